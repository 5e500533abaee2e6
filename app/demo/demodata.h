#pragma once

// The word lists the demo generator draws from. Every person, phone number, address, badge and
// tracking number here is invented; names are combined at random so no client stands for a real
// person.

#include "demorandom.h"

#include <QString>

#include <array>
#include <span>

namespace td::demo {

// ---- People ------------------------------------------------------------------------------------

enum class NameOrder
{
    GivenFamily,
    FamilyGiven,
    FamilyGivenNoSpace
};

struct LanguageProfile
{
    const char *code;
    int weight; ///< roughly the mix of languages at a Boston legal-aid intake desk
    NameOrder order;
    Words given;
    Words family;
    Words countries;
    Words nicknames; ///< Latin-script names people often give at the desk; may be empty
    Words emailStems; ///< for scripts an email address cannot be derived from
    const char *noEnglish; ///< "I don't speak English" as the client said it
};

inline constexpr const char *kEsGiven[] = {"José", "María", "Andrés", "Lucía", "Sofía", "Martín",
    "Inés", "Raúl", "Ramón", "Begoña", "Yésica", "Óscar", "Ángel", "Dulce María", "Joaquín"};
inline constexpr const char *kEsFamily[] = {"Hernández", "Gómez", "Pérez", "Martínez", "Núñez",
    "Castañeda", "Ibáñez", "Muñoz", "Córdova", "Argueta", "Ayala", "Peña", "Sandoval", "Quiñónez"};
inline constexpr const char *kEsCountries[] = {"El Salvador", "Guatemala", "Honduras", "Mexico",
    "Colombia", "Dominican Republic", "Venezuela", "Ecuador"};
inline constexpr const char *kPtGiven[] = {"João", "Conceição", "Thiago", "Luíza", "Sebastião",
    "Ângela", "Valdirene", "Márcio", "Gislaine", "Cláudio", "Rosângela"};
inline constexpr const char *kPtFamily[] = {"Gonçalves", "Araújo", "Simões", "Magalhães",
    "Assunção", "Brandão", "Figueiredo", "Damásio", "Patrício", "Lemos"};
inline constexpr const char *kPtCountries[] = {"Brazil"};
inline constexpr const char *kHtGiven[]
    = {"Wideline", "Fabienne", "Jéthro", "Mackenson", "Roselène", "Dieuseul", "Nadège", "Wilguens",
        "Marie-Ange", "Jean-Rony", "Fritznel", "Guerline"};
inline constexpr const char *kHtFamily[] = {"Pierre-Louis", "Désir", "Célestin", "Dorvil",
    "Augustin", "Saint-Fleur", "Jean-Baptiste", "Exantus", "Louissaint", "Civil", "Noël"};
inline constexpr const char *kHtCountries[] = {"Haiti"};
inline constexpr const char *kKeaGiven[] = {"Adilson", "Edmilson", "Nilda", "Zézito", "Lurdes",
    "Ailton", "Dulce", "Kátia", "Nha Tuta", "Djuzé", "Mirandolina", "Elisângela"};
inline constexpr const char *kKeaFamily[] = {"Fortes", "Tavares", "Monteiro", "Semedo", "Varela",
    "Furtado", "Tolentino", "Barros", "Sanches", "Moniz"};
inline constexpr const char *kKeaCountries[] = {"Cabo Verde"};
inline constexpr const char *kViGiven[] = {"Thị Hương", "Văn Tuấn", "Minh Khánh", "Thị Thảo",
    "Ngọc Quỳnh", "Đức Dũng", "Thị Phương", "Hoàng Long", "Bảo Trâm", "Quốc Việt"};
inline constexpr const char *kViFamily[]
    = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"};
inline constexpr const char *kViCountries[] = {"Vietnam"};
inline constexpr const char *kViNicknames[] = {"Lily", "Tony", "Kim", "Vicky", "Danny"};
inline constexpr const char *kViStems[]
    = {"huong.n", "tuan.tran", "khanh.le", "thao.pham", "quynh.vo"};
inline constexpr const char *kZhCnGiven[]
    = {"晓红", "丽娟", "国强", "志刚", "海燕", "建华", "秀英", "俊杰", "静怡", "鹏飞"};
inline constexpr const char *kZhCnFamily[]
    = {"王", "张", "刘", "陈", "杨", "黄", "赵", "吴", "郑", "孙"};
inline constexpr const char *kZhCnCountries[] = {"China"};
inline constexpr const char *kZhNicknames[] = {"Amy", "Kevin", "Grace", "Jason", "Helen", "Eric"};
inline constexpr const char *kZhCnStems[]
    = {"xiaohong.w", "guoqiang.zhang", "haiyan.liu", "jianhua.chen", "junjie.yang"};
inline constexpr const char *kZhTwGiven[]
    = {"偉倫", "淑芬", "志豪", "雅婷", "家豪", "怡君", "俊傑", "美玲", "冠宇", "詩涵"};
inline constexpr const char *kZhTwFamily[]
    = {"張", "劉", "陳", "楊", "黃", "趙", "吳", "林", "蔡", "鄭"};
inline constexpr const char *kZhTwCountries[] = {"Taiwan", "Hong Kong"};
inline constexpr const char *kZhTwStems[]
    = {"weilun.c", "shufen.lin", "yating.huang", "chihhao.tsai", "meiling.cheng"};
inline constexpr const char *kArGiven[]
    = {"أحمد", "فاطمة", "يوسف", "مريم", "عمر", "ليلى", "خالد", "سلمى", "حسن", "نور"};
inline constexpr const char *kArFamily[]
    = {"الحسيني", "حداد", "منصور", "الخطيب", "ناصر", "العمري", "بن سالم", "الزين"};
inline constexpr const char *kArCountries[]
    = {"Morocco", "Syria", "Egypt", "Sudan", "Lebanon", "Iraq", "Yemen"};
inline constexpr const char *kArStems[]
    = {"ahmad.h", "fatima.m", "youssef.k", "maryam.n", "omar.z"};
inline constexpr const char *kRuGiven[] = {"Анна", "Дмитро", "Ольга", "Сергій", "Наталья",
    "Олексій", "Ирина", "Мирон", "Тетяна", "Виктор"};
inline constexpr const char *kRuFamily[]
    = {"Коваленко", "Мельник", "Кравчук", "Бондар", "Гончаренко", "Лысенко", "Шевчук", "Руденко"};
inline constexpr const char *kRuCountries[]
    = {"Ukraine", "Russia", "Belarus", "Kazakhstan", "Moldova", "Uzbekistan"};
inline constexpr const char *kRuStems[] = {"anna.k", "dmytro.m", "olga.b", "serhii.r", "iryna.sh"};
inline constexpr const char *kSoGiven[] = {"Faadumo", "Cabdi", "Xaawo", "Maxamed", "Hodan", "Cawo",
    "Ayaan", "Warsame", "Sahra", "Cabdirashiid"};
inline constexpr const char *kSoFamily[]
    = {"Cali", "Xasan", "Maxamuud", "Jaamac", "Cismaan", "Yuusuf", "Faarax", "Aadan"};
inline constexpr const char *kSoCountries[] = {"Somalia", "Kenya", "Ethiopia"};
inline constexpr const char *kEnGiven[] = {"Chidinma", "Kwame", "Tamika", "Oluwaseun", "Abena",
    "Desmond", "Shanice", "Kofi", "Marcia", "Emeka"};
inline constexpr const char *kEnFamily[] = {
    "Okonkwo", "Mensah", "Boateng", "Adeyemi", "Osei", "Whyte", "Ramcharan", "Kamara", "Ogunleye"};
inline constexpr const char *kEnCountries[]
    = {"Jamaica", "Nigeria", "Ghana", "Trinidad and Tobago", "Kenya", "Liberia"};

inline const std::array kLanguages {
    LanguageProfile {"es", 25, NameOrder::GivenFamily, kEsGiven, kEsFamily, kEsCountries, {}, {},
        "No hablo inglés"},
    LanguageProfile {"ht", 12, NameOrder::GivenFamily, kHtGiven, kHtFamily, kHtCountries, {}, {},
        "Mwen pa pale angle"},
    LanguageProfile {"pt", 12, NameOrder::GivenFamily, kPtGiven, kPtFamily, kPtCountries, {}, {},
        "Não falo inglês"},
    LanguageProfile {"kea", 8, NameOrder::GivenFamily, kKeaGiven, kKeaFamily, kKeaCountries, {}, {},
        "N ka ta papia inglês"},
    LanguageProfile {"vi", 8, NameOrder::FamilyGiven, kViGiven, kViFamily, kViCountries,
        kViNicknames, kViStems, "Tôi không nói được tiếng Anh"},
    LanguageProfile {"zh_CN", 7, NameOrder::FamilyGivenNoSpace, kZhCnGiven, kZhCnFamily,
        kZhCnCountries, kZhNicknames, kZhCnStems, "我不会说英语"},
    LanguageProfile {"zh_TW", 3, NameOrder::FamilyGivenNoSpace, kZhTwGiven, kZhTwFamily,
        kZhTwCountries, kZhNicknames, kZhTwStems, "我不會說英語"},
    LanguageProfile {"ar", 6, NameOrder::GivenFamily, kArGiven, kArFamily, kArCountries, {},
        kArStems, "لا أتكلم الإنجليزية"},
    LanguageProfile {"ru", 6, NameOrder::GivenFamily, kRuGiven, kRuFamily, kRuCountries, {},
        kRuStems, "Я не говорю по-английски"},
    LanguageProfile {"so", 5, NameOrder::GivenFamily, kSoGiven, kSoFamily, kSoCountries, {}, {},
        "Ingiriisi ma aqaan"},
    LanguageProfile {
        "en", 8, NameOrder::GivenFamily, kEnGiven, kEnFamily, kEnCountries, {}, {}, nullptr},
};

inline constexpr const char *kImmigrationStatuses[]
    = {"Asylum application pending", "Temporary Protected Status (TPS)", "DACA recipient",
        "Lawful permanent resident", "U visa applicant", "Humanitarian parole", "Visa overstay",
        "Undocumented", "Not disclosed", "Removal proceedings pending"};
inline constexpr const char *kClientNotes[] = {
    "Prefers calls after 6 pm; do not leave a voicemail.", "Works nights. Text first, then call.",
    "Has a hearing at the immigration court next month; coordinate with the immigration attorney.",
    "Asked that nothing be mailed to the home address.",
    ("Brings a family member to appointments, but wants a professional interpreter for the "
     "interview."),
    "Referred by a community organisation in the neighbourhood.",
    "Afraid of retaliation; confirm consent again before anything is filed."};
inline constexpr const char *kCaseworkers[] = {"R. Alvarado", "M. Tran", "K. O'Neill", "S. Haddad",
    "J. Baptiste", "L. Fernandes", "A. Okafor", "D. Kowalczyk"};

// ---- Places ------------------------------------------------------------------------------------

struct Neighbourhood
{
    const char *name;
    const char *zip;
    const char *district; ///< Boston Police district that covers it
    Words streets;
    Words landmarks;
};

inline constexpr const char *kEastBostonStreets[]
    = {"Meridian St", "Bennington St", "Saratoga St", "Maverick St", "Border St"};
inline constexpr const char *kEastBostonPlaces[]
    = {"outside Maverick station", "in Central Square", "by the Airport station busway"};
inline constexpr const char *kDorchesterStreets[]
    = {"Dorchester Ave", "Bowdoin St", "Geneva Ave", "Adams St", "Hancock St"};
inline constexpr const char *kDorchesterPlaces[]
    = {"at Fields Corner station", "outside Ashmont station", "near Upham's Corner"};
inline constexpr const char *kMattapanStreets[]
    = {"Blue Hill Ave", "River St", "Morton St", "Cummins Hwy"};
inline constexpr const char *kMattapanPlaces[]
    = {"in Mattapan Square", "at the Mattapan trolley stop"};
inline constexpr const char *kRoxburyStreets[]
    = {"Warren St", "Dudley St", "Blue Hill Ave", "Columbus Ave"};
inline constexpr const char *kRoxburyPlaces[]
    = {"in Nubian Square", "at the Jackson Square bus stop", "near Roxbury Crossing station"};
inline constexpr const char *kJpStreets[]
    = {"Centre St", "Hyde Park Ave", "Washington St", "Amory St"};
inline constexpr const char *kJpPlaces[]
    = {"at Forest Hills station", "near Hyde Square", "outside Stony Brook station"};
inline constexpr const char *kHydeParkStreets[]
    = {"Hyde Park Ave", "River St", "Truman Pkwy", "Fairmount Ave"};
inline constexpr const char *kHydeParkPlaces[]
    = {"in Cleary Square", "at the Readville commuter rail stop"};
inline constexpr const char *kAllstonStreets[]
    = {"Brighton Ave", "Harvard Ave", "Cambridge St", "Commonwealth Ave"};
inline constexpr const char *kAllstonPlaces[]
    = {"near Packard's Corner", "in Union Square", "outside a laundromat on Harvard Ave"};
inline constexpr const char *kChinatownStreets[]
    = {"Beach St", "Tyler St", "Hudson St", "Harrison Ave"};
inline constexpr const char *kChinatownPlaces[]
    = {"by the Chinatown Gate", "outside Chinatown station", "at Downtown Crossing"};
inline constexpr const char *kSouthEndStreets[]
    = {"Tremont St", "Shawmut Ave", "Washington St", "Massachusetts Ave"};
inline constexpr const char *kSouthEndPlaces[]
    = {"at Massachusetts Ave and Tremont St", "near Boston Medical Center"};
inline constexpr const char *kRoslindaleStreets[]
    = {"Washington St", "Belgrade Ave", "Poplar St", "South St"};
inline constexpr const char *kRoslindalePlaces[]
    = {"in Roslindale Village", "at the Roslindale Square bus stop"};
inline constexpr const char *kSouthBostonStreets[]
    = {"Broadway", "Dorchester St", "East 4th St", "Old Colony Ave"};
inline constexpr const char *kSouthBostonPlaces[]
    = {"outside Broadway station", "near Andrew Square"};

inline const std::array kNeighbourhoods {
    Neighbourhood {"East Boston", "02128", "A-7", kEastBostonStreets, kEastBostonPlaces},
    Neighbourhood {"Dorchester", "02124", "C-11", kDorchesterStreets, kDorchesterPlaces},
    Neighbourhood {"Mattapan", "02126", "B-3", kMattapanStreets, kMattapanPlaces},
    Neighbourhood {"Roxbury", "02119", "B-2", kRoxburyStreets, kRoxburyPlaces},
    Neighbourhood {"Jamaica Plain", "02130", "E-13", kJpStreets, kJpPlaces},
    Neighbourhood {"Hyde Park", "02136", "E-18", kHydeParkStreets, kHydeParkPlaces},
    Neighbourhood {"Allston", "02134", "D-14", kAllstonStreets, kAllstonPlaces},
    Neighbourhood {"Chinatown", "02111", "A-1", kChinatownStreets, kChinatownPlaces},
    Neighbourhood {"South End", "02118", "D-4", kSouthEndStreets, kSouthEndPlaces},
    Neighbourhood {"Roslindale", "02131", "E-5", kRoslindaleStreets, kRoslindalePlaces},
    Neighbourhood {"South Boston", "02127", "C-6", kSouthBostonStreets, kSouthBostonPlaces},
};

// ---- Incidents ---------------------------------------------------------------------------------

inline constexpr const char *kAgencies[] = {"Boston Police Department", "Boston Police Department",
    "Boston Police Department", "Boston Police Department", "MBTA Transit Police",
    "Massachusetts State Police", "Boston Police Department, with ICE ERO officers present",
    "Suffolk County Sheriff's Department"};
inline constexpr const char *kActivities[]
    = {"waiting for the bus", "walking home from work", "driving to a job site",
        "selling food from a cart", "picking up the children from school", "leaving a laundromat",
        "riding a bicycle to a restaurant shift", "sitting in a parked car with a cousin"};
inline constexpr const char *kPiiSharing[] = {"The officer photographed the client's consular ID "
                                              "and said it would be \"sent along to the feds\".",
    "Two days after the stop, ICE officers came to the client's home address, which the client had "
    "only given to the police.",
    "The officer read the client's name and date of birth over the radio and asked dispatch to "
    "\"check with immigration\".",
    "A letter from ICE quoted details from the police report that the client had never given "
    "anyone else."};
inline constexpr const char *kCivilDetainer[]
    = {"The client was kept in a cell at the district station for hours after bail was posted "
       "because of an ICE detainer request.",
        "Officers said the client could not leave until \"immigration\" arrived, although no judge "
        "had signed anything.",
        "The client was handed over to ICE officers in the station's sally port instead of being "
        "released."};
inline constexpr const char *kQuestioning[]
    = {"The officer asked where the client was born and whether the client \"had papers\".",
        "During a stop for a broken tail light, the officer asked only about the client's "
        "immigration status.",
        "The officer asked the client to show a green card and said a passport from home \"doesn't "
        "count\".",
        "The client was held on the sidewalk for forty minutes while the officer asked about the "
        "client's country of origin."};
inline constexpr const char *kOther[] = {
    "The officer refused to call an interpreter although the client asked for one several times.",
    ("An officer took the client's phone, scrolled through the messages and would not give it "
     "back until the end of the stop."),
    "The officer told the client that calling a lawyer would \"make things worse with ICE\".",
    "The officers would not give their names or badge numbers when the client asked."};
inline constexpr const char *kDetails[] = {"A neighbour recorded part of the encounter on a phone.",
    "The officers' body-worn cameras appeared to be switched on.",
    "A cruiser with a second officer blocked the street during the stop.",
    "The client's child was present and was very frightened.",
    "A store clerk saw the end of the encounter through the window.",
    "The client did not understand most of what the officer said."};
inline constexpr const char *kEndings[] = {"The client was released without charges.",
    "No citation was issued and no reason for the stop was given.",
    ("The client is afraid to go back to the area and asked that the complaint be filed without "
     "the home address."),
    "The client was later given a citation for a minor traffic violation.",
    "The client came to the office the next week with a receipt from the station."};

inline constexpr const char *kOfficerNames[] = {"Sullivan", "Murphy", "Costa", "Reyes", "Walsh",
    "O'Brien", "Brennan", "Flaherty", "Santos", "Doherty", "Lydon", "Mahoney"};
inline constexpr const char *kOfficerRanks[]
    = {"Officer", "Officer", "Officer", "Sgt.", "Det.", "Lt."};
inline constexpr const char *kUnits[]
    = {"District patrol", "Youth Violence Strike Force", "Drug Control Unit", "Bicycle Unit",
        "Traffic Unit", "Bureau of Investigative Services", "Fugitive Unit"};
inline constexpr const char *kTransitUnits[]
    = {"Transit Police patrol", "Transit Police detectives"};
inline constexpr const char *kOfficerLooks[] = {"White man, about 40, shaved head, moustache",
    "Tall woman, dark hair in a bun, spoke some Spanish",
    "Plain clothes, grey hoodie, badge on a chain",
    "Short man with glasses, about 50, heavy Boston accent",
    "Young officer, red hair, freckles, seemed new",
    "Stocky man with a beard, wore a winter hat with a BPD logo",
    "Woman about 30, blond ponytail, did most of the talking",
    "Man in an unmarked car, dark jacket, ear piece"};
inline constexpr const char *kWitnessRoles[]
    = {"Bus driver (name unknown)", "Store clerk (name unknown)", "Passer-by who filmed the stop"};
inline constexpr const char *kWitnessStatements[]
    = {"Saw the officer hold the client's ID and talk on the radio for a long time.",
        "Heard the officer ask the client \"where are your papers\".",
        "Recorded about two minutes of video on a phone and is willing to share it.",
        "Saw the client being put in the cruiser; the client was not resisting.",
        "Was with the client the whole time and confirms that no reason for the stop was given."};

// ---- Filings and follow-ups --------------------------------------------------------------------

struct Oversight
{
    const char *name;
    const char *prefix; ///< of the invented tracking number
};

inline constexpr std::array kOversight {
    Oversight {"Boston Police Internal Affairs Division", "IAD"},
    Oversight {"Office of Police Accountability and Transparency (OPAT)", "OPAT"},
    Oversight {"Massachusetts POST Commission", "POST"},
    Oversight {"DHS Office for Civil Rights and Civil Liberties", "CRCL"},
    Oversight {"Suffolk County District Attorney", "SCDA"},
};
inline constexpr const char *kChannels[] = {"online portal", "in person", "mail", "email", "phone"};
inline constexpr const char *kOpenComplaintStates[]
    = {"received", "acknowledged", "under investigation", "waiting for the client's interview"};
inline constexpr const char *kClosedComplaintStates[] = {"closed: sustained",
    "closed: not sustained", "closed: exonerated", "closed: withdrawn by client"};
inline constexpr const char *kFollowUps[] = {"Ask BPD for the incident report",
    "Call the client with an update (interpreter needed)", "Request the 911 recording and CAD log",
    "Chase the tracking number", "Check whether body-worn camera footage was preserved",
    "Send the client a copy of the filed complaint", "Ask the witness for the video",
    "Public records request for the booking sheet"};

} // namespace td::demo
