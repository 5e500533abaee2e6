#include "monthnames.h"

#include <array>

namespace td {
namespace {

// One row per month; each cell is a language's names, separated by "|". A name of several words
// (كانون الثاني, "tháng ba") is left out: the scanner matches a month as one word.
constexpr std::array<const char *, 12> kMonths {
    "january|jan|enero|janeiro|janvye|janeru|январь|января|يناير|Janaayo|Janaayu",
    "february|feb|febrero|fevereiro|fevriye|fevereru|февраль|февраля|فبراير|شباط|Febraayo",
    "march|mar|marzo|março|mas|marsu|март|марта|مارس|آذار|Maarso",
    "april|apr|abril|avril|апрель|апреля|أبريل|ابريل|نيسان|Abriil",
    "may|mayo|maio|me|maiu|май|мая|مايو|أيار|Maajo|Maayo",
    "june|jun|junio|junho|jen|junhu|июнь|июня|يونيو|حزيران|Juun",
    "july|jul|julio|julho|jiyè|julhu|июль|июля|يوليو|تموز|Luuliyo",
    "august|aug|agosto|out|agostu|август|августа|أغسطس|آب|Ogost|Agoosto",
    "september|sep|sept|septiembre|setiembre|setembro|septanm|setenbru|сентябрь|сентября|سبتمبر|"
    "أيلول|Sebtembar",
    "october|oct|octubre|outubro|oktòb|otubru|октябрь|октября|أكتوبر|Oktoobar",
    "november|nov|noviembre|novembro|novanm|nuvenbru|ноябрь|ноября|نوفمبر|Nofembar",
    "december|dec|diciembre|dezembro|desanm|dizenbru|декабрь|декабря|ديسمبر|Desembar",
};

} // namespace

QStringList monthNames(int month)
{
    if (month < 1 || month > 12)
        return {};
    return QString::fromUtf8(kMonths.at(month - 1)).split(QLatin1Char('|'));
}

} // namespace td
