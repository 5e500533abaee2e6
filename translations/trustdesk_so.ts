<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the audit log</source>
        <translation>Waxaa lagu qorayaa diiwaanka hubinta</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Waxaa la akhrinayaa diiwaanka hubinta</translation>
    </message>
    <message>
        <source>Audit entry %1 is the first one but does not start the chain: earlier entries were removed.</source>
        <translation>Qoraalka hubinta %1 waa kan ugu horreeya laakiin ma bilaabo silsiladda: qoraallo hore ayaa la tirtiray.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries between them were removed or inserted, or entry %2 was changed.</source>
        <translation>Qoraalka hubinta %1 kama dambeeyo qoraalka %2: qoraallo u dhexeeyay ayaa la tirtiray ama la geliyay, ama qoraalka %2 ayaa la beddelay.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its hash does not match its contents.</source>
        <translation>Qoraalka hubinta %1 waa la beddelay ka dib markii la qoray: hash-kiisu kuma habboona waxa ku jira.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: diskigu waa buuxaa.</translation>
    </message>
    <message>
        <source>%1: the copy could not be completed.</source>
        <translation>%1: koobiga lama dhammaystiri karin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; horey ayuu u jiray; u dooro magac fayl cusub nuqulka kaydka.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Galka &quot;%1&quot; ma jiro.</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>Kaydinta nuqulka lama bilaabi karin.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be created.</source>
        <translation>Faylka nuqulka kaydka &quot;%1&quot; lama samayn karin.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be opened.</source>
        <translation>Faylka nuqulka kaydka &quot;%1&quot; lama furi karin.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Nuqul kayd ah ayaa la samaynayaa</translation>
    </message>
    <message>
        <source>The backup file could not be finished.</source>
        <translation>Faylka nuqulka kaydka lama dhammaystiri karin.</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>Nuqulka kaydka laguma qori karin diskiga.</translation>
    </message>
    <message>
        <source>The backup did not verify, so it was discarded: %1</source>
        <translation>Nuqulka kaydku kama gudbin hubinta, sidaas darteed waa la tuuray: %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place.</source>
        <translation>Nuqulka kaydka lama dhigi karin meeshiisa.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Kaydka xogta laguma soo celin karo naftiisa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>&quot;%1&quot; lama soo celin: %2</translation>
    </message>
    <message>
        <source>The restore could not be started.</source>
        <translation>Soo celinta lama bilaabi karin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>&quot;%1&quot; lama furi karin.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Waa la soo celinayaa</translation>
    </message>
    <message>
        <source>The backup&apos;s evidence folder could not be created: %1</source>
        <translation>Galka caddaymaha ee nuqulka kaydka lama samayn karin: %1</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>Nuqulka kaydka lama qorin: %1</translation>
    </message>
    <message>
        <source>The backup was not written, because evidence files in the store are missing or have changed (run verify to check the whole store):</source>
        <translation>Nuqulka kaydka lama qorin, sababtoo ah faylal caddayn ah oo ku jira kaydka ayaa maqan ama isbeddelay (orod verify si aad u hubiso kaydka oo dhan):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, and a backup keeps its evidence there; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; horey ayuu u jiray, nuqulka kaydkuna halkaas ayuu ku hayaa caddaymihiisa; u dooro magac fayl cusub nuqulka kaydka.</translation>
    </message>
    <message>
        <source>Evidence kept being removed while the backup ran, so it was not written. Try again when no one is removing evidence.</source>
        <translation>Caddaymo ayaa sii socday in laga saaro intii nuqulka kaydka la samaynayay, sidaas darteed lama qorin. Isku day mar kale marka aan qofna caddaymo ka saarayn.</translation>
    </message>
    <message>
        <source>Evidence files of the backup are missing or have changed:</source>
        <translation>Faylasha caddaymaha ee nuqulka kaydka waa maqan yihiin ama way isbeddeleen:</translation>
    </message>
    <message>
        <source>the evidence cannot be written beside the database: %1</source>
        <translation>caddaymaha lama qori karo meel u dhow kaydka xogta: %1</translation>
    </message>
    <message>
        <source>evidence files of the backup are missing or have changed:</source>
        <translation>faylasha caddaymaha ee nuqulka kaydka waa maqan yihiin ama way isbeddeleen:</translation>
    </message>
    <message>
        <source>The database was restored, but its evidence could not be put in place (%1). Run the restore again.</source>
        <translation>Kaydka xogta waa la soo celiyay, laakiin caddaymihiisa lama dhigi karin meeshooda (%1). Mar kale orod soo celinta.</translation>
    </message>
    <message>
        <source>The backup was canceled; nothing was written.</source>
        <translation>Nuqulka kaydka waa la joojiyay; waxba lama qorin.</translation>
    </message>
    <message>
        <source>The restore was canceled; nothing was changed.</source>
        <translation>Soo celinta waa la joojiyay; waxba lama beddelin.</translation>
    </message>
    <message>
        <source>The check of the backup was canceled.</source>
        <translation>Hubinta nuqulka kaydka waa la joojiyay.</translation>
    </message>
    <message>
        <source>This backup is encrypted: it opens only with the passphrase it was made with, or the recovery key.</source>
        <translation>Nuqulkan kaydka ah waa la sireeyay: waxaa lagu furi karaa oo keliya erayga sirta ah ee lagu sameeyay, ama furaha soo celinta.</translation>
    </message>
    <message>
        <source>the backup cannot be encrypted beside the database: %1</source>
        <translation>nuqulka kaydka lama sireyn karo meel u dhow kaydka xogta: %1</translation>
    </message>
    <message>
        <source>The backup was not written: the key file could not be copied.</source>
        <translation>Nuqulka kaydka lama qorin: faylka furayaasha lama koobiyeyn karin.</translation>
    </message>
    <message>
        <source>the backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new database, or encrypt this one first.</source>
        <translation>nuqulka kaydka waa la sireeyay, kaydkan xogtuna ma aha, sidaas darteed kiisaskiisa waxaa loo qori lahaa iyagoo aan la sirayn. Ku soo celi kayd xog oo cusub, ama marka hore siree kan.</translation>
    </message>
    <message>
        <source>the backup is of another encrypted database, and its evidence files are sealed with that database&apos;s keys. Restore it to a new path instead.</source>
        <translation>nuqulka kaydka wuxuu ka yimid kayd xog oo kale oo la sireeyay, faylasha caddaymihiisana waxaa lagu xiray furayaasha kaydkaas. Taa beddelkeeda ku soo celi waddo cusub.</translation>
    </message>
    <message>
        <source>the backup is not encrypted and holds evidence files, which would be placed unencrypted into this encrypted database. Restore it to a new path, then encrypt that database (trustdesk-cli encrypt).</source>
        <translation>nuqulka kaydka lama sirayn wuxuuna haystaa faylal caddayn ah, kuwaas oo iyagoo aan la sirayn la gelin lahaa kaydkan xogta ee la sireeyay. Ku soo celi waddo cusub, kadibna siree kaydkaas xogta (trustdesk-cli encrypt).</translation>
    </message>
    <message>
        <source>The database was restored, but the audit entries made since the backup could not be added back to its log: %1</source>
        <translation>Kaydka xogta waa la soo celiyay, laakiin qoraallada hubinta ee la sameeyay tan iyo nuqulka kaydka dib looguma dari karin diiwaankiisa: %1</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>TrustDesk backup %1</source>
        <translation>Nuqul kayd TrustDesk %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Samee nuqul kayd</translation>
    </message>
    <message>
        <source>The backup is in %1.

Its evidence files are in the folder %2 beside it. Keep the two together: copy or move them as a pair, because the backup is not complete without its evidence folder.</source>
        <translation>Nuqulka kaydku wuxuu ku jiraa %1.

Faylasha caddaymihiisa waxay ku jiraan galka %2 ee agtiisa ah. Labada isku hay: mar walba wada koobiyee ama wada rar, sababtoo ah nuqulka kaydku ma dhammaystirna galka caddaymihiisa la&apos;aantiis.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 horey ayuu u jiray. Nuqul kayd marna ma beddelo fayl: dooro magac kale.</translation>
    </message>
    <message>
        <source>The folder %1 already exists, and this backup would keep its evidence there. A backup never replaces anything: choose another name.</source>
        <translation>Galka %1 horey ayuu u jiray, nuqulkan kaydkuna halkaas ayuu ku hayn lahaa caddaymihiisa. Nuqul kayd marna waxba ma beddelo: dooro magac kale.</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…iyo %n kale.</numerusform>
            <numerusform>…iyo %n kale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>The cases could not be counted</source>
        <translation>Kiisaska lama tirin karin</translation>
    </message>
    <message>
        <source>The audit log could not be read</source>
        <translation>Diiwaanka hubinta lama akhrin karin</translation>
    </message>
</context>
<context>
    <name>BackupWrite</name>
    <message>
        <source>Back Up</source>
        <translation>Samee nuqul kayd</translation>
    </message>
    <message>
        <source>Back-up canceled; nothing was written.</source>
        <translation>Nuqul kaydintii waa la joojiyay; waxba lama qorin.</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Nuqulka kaydka lama qorin.</translation>
    </message>
    <message>
        <source>The changes you have not saved yet in the open case are not in this backup.</source>
        <translation>Isbeddellada aadan weli kaydin ee kiiska furan kuma jiraan nuqulkan kaydka ah.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Nuqulka kaydka waxaa lagu qoray %1</translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation>Nuqulka kaydka waa la qoray</translation>
    </message>
</context>
<context>
    <name>BusyTask</name>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
</context>
<context>
    <name>CaseConflict</name>
    <message>
        <source>Case</source>
        <translation>Kiiska</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Macmiilka</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Dhacdada %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Cabashooyinka</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Dabagallada</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Qof kale</translation>
    </message>
    <message>
        <source>%1 changed case %2.</source>
        <translation>%1 wuxuu beddelay kiiska %2.</translation>
    </message>
    <message>
        <source>%1 changed case %2 at %3.</source>
        <translation>%1 wuxuu beddelay kiiska %2 %3.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Yes</source>
        <translation>Haa</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Maya</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>La furay</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>La xiray</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Shaqaalaha kiiska</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Macmiilka</translation>
    </message>
    <message>
        <source>Hidden (sensitive)</source>
        <translation>Qarsoon (xasaasi)</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Dhacdada %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Goorma</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Halkee</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Degmada booliiska</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Hay&apos;adda</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Xadgudubyada</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Sheekada</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>baaj %1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Sarkaalka</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Markhaatiga</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Caddaymaha</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Cabashooyinka la gudbiyay</translation>
    </message>
    <message>
        <source>%1, %2, tracking number %3, %4</source>
        <translation>%1, %2, lambarka raadraaca %3, %4</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Dabagallada</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>St&amp;atus</source>
        <translation>&amp;Xaaladda</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>La &amp;furay</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>La x&amp;iray</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>&amp;Shaqaalaha kiiska</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Dhoofinta lama qori karin: %1</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… iyo %n dhibaato kale.</numerusform>
            <numerusform>… iyo %n dhibaato oo kale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added:
  %1</source>
        <translation>Faylka lama soo dejin; waxba laguma darin:
  %1</translation>
    </message>
    <message>
        <source>The file is empty: it holds no TrustDesk cases.</source>
        <translation>Faylku waa madhan yahay: kuma jiraan kiisas TrustDesk ah.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>Faylku maaha JSON sax ah (sadarka %1, tiirka %2: %3).</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: it must be a JSON object with &quot;format&quot;: &quot;trustdesk-cases&quot;.</source>
        <translation>Kani maaha fayl kiisas TrustDesk ah: waa inuu noqdaa shay JSON ah oo leh &quot;format&quot;: &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: its &quot;format&quot; must be &quot;trustdesk-cases&quot;.</source>
        <translation>Kani maaha fayl kiisas TrustDesk ah: &quot;format&quot;-kiisu waa inuu noqdaa &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>&quot;version&quot; faylka waa inuu noqdaa tiro dhan oo ka bilaabanta 1.</translation>
    </message>
    <message>
        <source>The file was made by a newer TrustDesk (format version %1); this version reads version %2. Update TrustDesk to import it.</source>
        <translation>Faylka waxaa sameeyay TrustDesk ka cusub (qaabka nooca %1); noocani wuxuu akhriyaa nooca %2. Cusboonaysii TrustDesk si aad u soo dejiso.</translation>
    </message>
    <message>
        <source>is required and must be a list.</source>
        <translation>waa loo baahan yahay waana inuu noqdaa liis.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>waa inuu noqdaa shay.</translation>
    </message>
    <message>
        <source>repeats the reference of cases[%1].</source>
        <translation>wuxuu ku celinayaa tixraaca cases[%1].</translation>
    </message>
    <message>
        <source>is already used by a case in this database.</source>
        <translation>waxaa horey u isticmaalay kiis ku jira kaydkan xogta.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added: %1</source>
        <translation>Faylka lama soo dejin; waxba laguma darin: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TrustDesk case file.</source>
        <translation>%1 waa gal, maaha fayl kiisas TrustDesk ah.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Lama akhrin karo %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB: split it into several files.</source>
        <translation>%1 wuu ka weyn yahay 1 GiB: u kala qaybi dhowr fayl.</translation>
    </message>
    <message>
        <source>is not a sensitive field.</source>
        <translation>maaha goob xasaasi ah.</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>must be an object.</source>
        <translation>waa inuu noqdaa shay.</translation>
    </message>
    <message>
        <source>is not a known violation category code.</source>
        <translation>maaha koodh nooc xadgudub oo la yaqaan.</translation>
    </message>
    <message>
        <source>repeats the category &quot;%1&quot;.</source>
        <translation>wuxuu ku celinayaa nooca &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>waa inaanu ahaan tiro taban.</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits.</source>
        <translation>waa inuu ahaadaa 64 lambar oo hexadecimal ah oo far yar ah.</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>waa inuu ahaadaa mid ka mid ah: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known case status.</source>
        <translation>&quot;%1&quot; maaha xaalad kiis oo la yaqaan.</translation>
    </message>
</context>
<context>
    <name>CaseListCsv</name>
    <message>
        <source>Reference</source>
        <translation>Tixraaca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Xaaladda</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>La furay</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Dhacdadii ugu dambaysay</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Shaqaalaha kiiska</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Macmiilka</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Dhoofinta waa la joojiyay.</translation>
    </message>
</context>
<context>
    <name>CaseListExportFlow</name>
    <message>
        <source>cases-%1.csv</source>
        <translation>cases-%1.csv</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>Dhoofi liiska kiisaska</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Waa la qorayaa %1…</translation>
    </message>
    <message>
        <source>The case list was not exported: %1</source>
        <translation>Liiska kiisaska lama dhoofin: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Waxaa loo dhoofiyay %n kiis %1.</numerusform>
            <numerusform>Waxaa loo dhoofiyay %n kiis %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lama qori karo: %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Tixraaca</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Macmiilka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Xaaladda</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>La furay</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Dhacdadii ugu dambaysay</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Shaqaalaha kiiska</translation>
    </message>
</context>
<context>
    <name>CaseListReader</name>
    <message>
        <source>Reading the case list</source>
        <translation>Liiska kiisaska ayaa la akhrinayaa</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Dhoofinta waa la joojiyay.</translation>
    </message>
    <message>
        <source>%1 cannot be exported in a list.</source>
        <translation>%1 laguma dhoofin karo liis.</translation>
    </message>
</context>
<context>
    <name>CaseListXlsx</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lama qori karo: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>xusuusta ayaa ka dhammaatay</translation>
    </message>
    <message>
        <source>a heading was refused</source>
        <translation>cinwaan ayaa la diiday</translation>
    </message>
    <message>
        <source>no header was written</source>
        <translation>cinwaan madax ah lama qorin</translation>
    </message>
    <message>
        <source>The list has more cases than a spreadsheet holds (%1 rows). Narrow the list, or export it as CSV.</source>
        <translation>Liisku wuxuu leeyahay kiisas ka badan inta xaashida xisaabeed qaadi karto (%1 saf). Yaree liiska, ama u dhoofi CSV ahaan.</translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <source>yes</source>
        <translation>haa</translation>
    </message>
    <message>
        <source>no</source>
        <translation>maya</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>La furay</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>La xiray</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Shaqaalaha kiiska</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Macmiilka</translation>
    </message>
    <message>
        <source>[withheld]</source>
        <translation>[la qariyay]</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Dhacdada %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Goorma</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Halkee</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Degmada booliiska</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Hay&apos;adda</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Xadgudubyada</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Sheekada</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Sarkaalka</translation>
    </message>
    <message>
        <source>%1, badge %2, unit %3, %4</source>
        <translation>%1, baaj %2, qaybta %3, %4</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Markhaatiga</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Caddaymaha</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Cabashooyinka</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Dabagallada</translation>
    </message>
    <message>
        <source>Sensitive fields are withheld. Use --include FIELD or --include-sensitive to show them (recorded in the audit log).</source>
        <translation>Goobaha xasaasiga ah waa la qariyay. Isticmaal --include GOOBTA ama --include-sensitive si aad u muujiso (waxaa lagu qorayaa diiwaanka hubinta).</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>Reading cases</source>
        <translation>Kiisaska ayaa la akhrinayaa</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Ma jiro kiis %1.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Kiisku hadda ma jiro.</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>Kiiska %1 wuxuu leeyahay xaalad aan la garanayn.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not saved:
%1</source>
        <translation>Kiiska lama kaydin:
%1</translation>
    </message>
    <message>
        <source>The case %1 no longer exists; it was not saved.</source>
        <translation>Kiiska %1 hadda ma jiro; lama kaydin.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Kiiska %1: %2</translation>
    </message>
    <message>
        <source>Deleting the case</source>
        <translation>Kiiska ayaa la tirtirayaa</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Tusaha raadinta ayaa la cusboonaysiinayaa</translation>
    </message>
    <message>
        <source>%1 Your changes were not saved; nothing was written.</source>
        <translation>%1 Isbeddelladaada lama kaydin; waxba lama qorin.</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>Kiiska ayaa la kaydinayaa</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Intake</source>
        <translation>Diiwaangelin</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Ururinta caddaymaha</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>Diyaar u ah gudbinta</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>La gudbiyay</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Dib-u-eegis ku jira</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>La xiray</translation>
    </message>
</context>
<context>
    <name>CaseTextRedactor</name>
    <message>
        <source>Client notes</source>
        <translation>Qoraallada macmiilka</translation>
    </message>
    <message>
        <source>Incident %1, %2</source>
        <translation>Dhacdada %1, %2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>goob</translation>
    </message>
    <message>
        <source>police district</source>
        <translation>degmada booliiska</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>hay&apos;ad</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>sharaxaad</translation>
    </message>
    <message>
        <source>Incident %1, officer %2, %3</source>
        <translation>Dhacdada %1, sarkaalka %2, %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>magac</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>lambarka calaamadda</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>qayb</translation>
    </message>
    <message>
        <source>description</source>
        <translation>faahfaahin</translation>
    </message>
    <message>
        <source>Incident %1, witness %2, %3</source>
        <translation>Dhacdada %1, markhaatiga %2, %3</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>xiriir</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>war-celin</translation>
    </message>
    <message>
        <source>Evidence %1, %2</source>
        <translation>Caddaynta %1, %2</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>magaca faylka</translation>
    </message>
    <message>
        <source>provided by</source>
        <translation>waxaa bixiyay</translation>
    </message>
    <message>
        <source>Filing %1, %2</source>
        <translation>Cabashada %1, %2</translation>
    </message>
    <message>
        <source>filed with</source>
        <translation>loo gudbiyay</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>habka</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>lambarka la socodka</translation>
    </message>
    <message>
        <source>status</source>
        <translation>xaalad</translation>
    </message>
    <message>
        <source>Follow-up %1, note</source>
        <translation>La socodka %1, qoraal</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The case reference must look like TD-2026-00042.</source>
        <translation>Tixraaca kiisku waa inuu u ekaadaa TD-2026-00042.</translation>
    </message>
    <message>
        <source>The date the case was opened is required.</source>
        <translation>Taariikhda kiiska la furay waa loo baahan yahay.</translation>
    </message>
    <message>
        <source>A case cannot be closed before it was opened.</source>
        <translation>Kiis lama xiri karo ka hor intaan la furin.</translation>
    </message>
    <message>
        <source>Say whom the complaint was filed with.</source>
        <translation>Sheeg cidda cabashada loo gudbiyay.</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>Dabagal wuxuu u baahan yahay taariikh kama dambays ah.</translation>
    </message>
    <message>
        <source>The SHA-256 must be 64 lowercase hexadecimal digits.</source>
        <translation>SHA-256 waa inuu ahaadaa 64 lambar oo hexadecimal ah oo far yar ah.</translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation>Cabbirku ma noqon karo tiro taban.</translation>
    </message>
    <message>
        <source>The original file name is required.</source>
        <translation>Magaca asalka ah ee faylka waa loo baahan yahay.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name, or mark the client as anonymous.</source>
        <translation>Geli magaca macmiilka, ama u calaamadee macmiilka inuu yahay qarsoodi.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Tani uma eka lambar taleefan.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Tani uma eka ciwaan iimayl.</translation>
    </message>
    <message>
        <source>The incident date is required.</source>
        <translation>Taariikhda dhacdada waa loo baahan yahay.</translation>
    </message>
    <message>
        <source>Unknown violation category &quot;%1&quot;.</source>
        <translation>Nooc xadgudub oo aan la garanayn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, badge number or a description.</source>
        <translation>Sheeg magaca sarkaalka, lambarka baajkiisa ama sharaxaad.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Taariikhdani waa mustaqbalka.</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Saving the case</source>
        <translation>Kiiska ayaa la kaydinayaa</translation>
    </message>
    <message>
        <source>The case numbering could not be read.</source>
        <translation>Tirinta kiisaska lama akhrin karin.</translation>
    </message>
    <message>
        <source>The client this case belongs to no longer exists.</source>
        <translation>Macmiilka uu kiiskani leeyahay hadda ma jiro.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Anonymous client</source>
        <translation>Macmiil qarsoodi ah</translation>
    </message>
</context>
<context>
    <name>ClientCopy</name>
    <message>
        <source>Your complaint</source>
        <translation>Cabashadaada</translation>
    </message>
    <message>
        <source>A short record of the complaint about police conduct filed for you, and what to do next. Keep this paper in a safe place.</source>
        <translation>Diiwaan kooban oo ku saabsan cabashada ku saabsan dhaqanka booliiska ee laguu gudbiyay, iyo waxa aad samaynayso marka xigta. Warqaddan meel ammaan ah ku hay.</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Tixraaca kiiska:</translation>
    </message>
    <message>
        <source>To be filed with:</source>
        <translation>Waxaa loo gudbinayaa:</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>La diyaariyay:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Lambarka raadraaca:</translation>
    </message>
    <message>
        <source>Filed with:</source>
        <translation>Loo gudbiyay:</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>La gudbiyay:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Sida:</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>Taariikhda dhacdada:</translation>
    </message>
    <message>
        <source>What the complaint is about:</source>
        <translation>Cabashadu waxay ku saabsan tahay:</translation>
    </message>
    <message>
        <source>Your caseworker:</source>
        <translation>Shaqaalaha kiiskaaga:</translation>
    </message>
    <message>
        <source>The client copy could not be printed.</source>
        <translation>Nuqulka macmiilka lama daabici karin.</translation>
    </message>
    <message>
        <source>Your legal-aid office:</source>
        <translation>Xafiiskaaga gargaarka sharciga:</translation>
    </message>
</context>
<context>
    <name>ClientField</name>
    <message>
        <source>Anonymous</source>
        <translation>Qarsoodi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Magaca oo dhan</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Magaca la doorbidayo</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Luqadda la doorbidayo</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Turjubaan ayaa loo baahan yahay</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Taleefanka</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Iimaylka</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Ciwaanka</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Taariikhda dhalashada</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Dalka dhalashada</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Xaaladda socdaalka</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Lambarka A</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Oggolaanshaha gudbinta</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Taariikhda oggolaanshaha</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qoraalo</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Sensitive: withheld from complaint reports, exports and printouts unless someone deliberately includes it (which is recorded).</source>
        <translation>Xasaasi: laguma daro warbixinnada cabashada, dhoofinta iyo daabacaadda, haddii aan qof si ula kac ah ugu darin (taas waa la diiwaangeliyaa).</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Qarsoodi</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Turjubaan ayaa loo baahan yahay</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Taleefanka</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>I&amp;imaylka</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Ciwaanka</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Taariikhda d&amp;halashada</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Oggolaanshaha gudbinta</translation>
    </message>
    <message>
        <source>Sensitive field</source>
        <translation>Goob xasaasi ah</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Magaca oo dhan</translation>
    </message>
    <message>
        <source>Prefe&amp;rred name</source>
        <translation>Magaca la &amp;doorbidayo</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage</source>
        <translation>&amp;Luqadda la doorbidayo</translation>
    </message>
    <message>
        <source>Coun&amp;try of birth</source>
        <translation>Dalka dhala&amp;shada</translation>
    </message>
    <message>
        <source>Immigration &amp;status</source>
        <translation>Xaaladda &amp;socdaalka</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Lambarka A</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Taariikhda oggolaanshaha</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qoraalo</translation>
    </message>
</context>
<context>
    <name>ClientMatcher</name>
    <message>
        <source>Looking for existing clients</source>
        <translation>Waxaa la raadinayaa macaamiil horey u jiray</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>create or migrate the database</source>
        <translation>samee ama cusboonaysii kaydka xogta</translation>
    </message>
    <message>
        <source>list cases, optionally of one status</source>
        <translation>liis kiisaska, haddii aad rabto hal xaalad oo keliya</translation>
    </message>
    <message>
        <source>full-text search over cases</source>
        <translation>ka raadi qoraalka oo dhan ee kiisaska</translation>
    </message>
    <message>
        <source>check integrity and invariants (exit 3 on failure)</source>
        <translation>hubi dhammaystirka iyo xeerarka (koodhka ka bixitaanka 3 haddii ay fashilmaan)</translation>
    </message>
    <message>
        <source>add fictional demo cases (for demos and benchmarks)</source>
        <translation>ku dar kiisas tusaale ah oo aan run ahayn (bandhig iyo cabbir xawaare)</translation>
    </message>
    <message>
        <source>export cases as TrustDesk JSON</source>
        <translation>u dhoofi kiisaska sida TrustDesk JSON</translation>
    </message>
    <message>
        <source>import a TrustDesk JSON file, all or nothing</source>
        <translation>soo deji fayl TrustDesk JSON ah, dhammaan ama waxba</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>muuji hal kiis</translation>
    </message>
    <message>
        <source>attach files to a case as evidence</source>
        <translation>fayllo ku lifaaq kiis sida caddayn</translation>
    </message>
    <message>
        <source>write the client&apos;s copy of a complaint as a PDF</source>
        <translation>u qor nuqulka macmiilka ee cabashada PDF ahaan</translation>
    </message>
    <message>
        <source>list a case&apos;s evidence (SHA-256 first)</source>
        <translation>liis caddaymaha kiis (SHA-256 marka hore)</translation>
    </message>
    <message>
        <source>export a case&apos;s evidence with a manifest</source>
        <translation>dhoofi caddaymaha kiis oo leh liis alaab</translation>
    </message>
    <message>
        <source>write a case&apos;s complaint submission as a PDF</source>
        <translation>u qor gudbinta cabashada kiis PDF ahaan</translation>
    </message>
    <message>
        <source>write a consistent, verified copy of the database and its evidence</source>
        <translation>qor nuqul isku xiran oo la hubiyay oo kaydka xogta iyo caddaymihiisa ah</translation>
    </message>
    <message>
        <source>replace the database and its evidence with a verified backup</source>
        <translation>ku beddel kaydka xogta iyo caddaymihiisa nuqul kayd ah oo la hubiyay</translation>
    </message>
    <message>
        <source>remove an evidence item from a case, with a reason</source>
        <translation>ka saar walax caddayn ah kiis, adigoo sheegaya sababta</translation>
    </message>
    <message>
        <source>list the audit log; &quot;audit verify&quot; checks its chain (exit 3 on a break)</source>
        <translation>tus diiwaanka hubinta; &quot;audit verify&quot; wuxuu hubiyaa silsiladdiisa (wuxuu ku baxaa 3 haddii ay jabto)</translation>
    </message>
    <message>
        <source>change an encrypted database&apos;s passphrase</source>
        <translation>beddel erayga sirta ah ee kayd xog oo la sireeyay</translation>
    </message>
    <message>
        <source>encrypt a plaintext database in place, safely</source>
        <translation>si ammaan ah meesha ku siree kayd xog oo aan la sirayn</translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one to the current schema. A new database is encrypted: its passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal), and its recovery key is shown once or written to --recovery-key-out.</source>
        <translation>Samee kaydka xogta, ama kayd jira u cusboonaysii qaab-dhismeedka hadda. Kayd xog oo cusub waa la sireeyaa: erayga sirta ah wuxuu ka yimaadaa --passphrase-file (ama faylka lagu magacaabay TRUSTDESK_PASSPHRASE_FILE, ama laba jeer ayaa terminal-ka lagu weydiiyaa), furaha soo celintiisana hal mar ayaa la tusaa ama waxaa lagu qoraa --recovery-key-out.</translation>
    </message>
    <message>
        <source>show or set the caseworker profile recorded as the actor</source>
        <translation>tus ama dhig xogta shaqaalaha kiiska ee loo diiwaangeliyo qofka falka sameeyay</translation>
    </message>
    <message>
        <source>rights guidance: list, show (--pdf), search, version, install</source>
        <translation>hagitaanka xuquuqda: list, show (--pdf), search, version, install</translation>
    </message>
    <message>
        <source>store a redacted copy of an image (boxes filled or pixelated)</source>
        <translation>kaydi nuqul sawir ah oo qaybo laga qariyay (sanduuqyo la buuxiyay ama pixel laga dhigay)</translation>
    </message>
    <message>
        <source>suggest boxes over faces in an image, for review</source>
        <translation>soo jeedi sanduuqyo ku dul yaal wajiyada sawirka, si loo eego</translation>
    </message>
    <message>
        <source>list repeat officers, or the cases of one badge number</source>
        <translation>taxo saraakiisha soo noqnoqda, ama kiisaska hal lambar baaj</translation>
    </message>
    <message>
        <source>count cases and incidents by category, month, district…</source>
        <translation>tiri kiisaska iyo dhacdooyinka nooc, bil, degmo…</translation>
    </message>
    <message>
        <source>manage the office key that encrypts an office server&apos;s evidence</source>
        <translation>maamul furaha xafiiska ee sireeya caddaymaha server-ka xafiiska</translation>
    </message>
    <message>
        <source>copy a database file with its evidence into an office server</source>
        <translation>koobiyee fayl kayd xog ah iyo caddaymihiisa oo geli server xafiis</translation>
    </message>
    <message>
        <source>manage the people of an office server and their roles</source>
        <translation>maamul dadka server xafiis iyo doorarkooda</translation>
    </message>
</context>
<context>
    <name>ComplaintRecipient</name>
    <message>
        <source>Boston Police Department, Internal Affairs Division</source>
        <translation>Waaxda Booliiska Boston, Qaybta Arrimaha Gudaha</translation>
    </message>
    <message>
        <source>City of Boston, Office of Police Accountability and Transparency</source>
        <translation>Magaalada Boston, Xafiiska Xisaabtanka iyo Daahfurnaanta Booliiska</translation>
    </message>
    <message>
        <source>Massachusetts Peace Officer Standards and Training (POST) Commission</source>
        <translation>Massachusetts Peace Officer Standards and Training (POST) Commission</translation>
    </message>
    <message>
        <source>Complaints about any certified officer in the Commonwealth</source>
        <translation>Cabashooyin ku saabsan sarkaal kasta oo shahaado haysta oo Massachusetts ka shaqeeya</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>Photo</source>
        <translation>Sawir</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Muuqaal</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Duubis cod</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dukumiinti PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Qoraal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Complaint submission %1</source>
        <translation>Gudbinta cabashada %1</translation>
    </message>
    <message>
        <source>Incident %1 of %2</source>
        <translation>Dhacdada %1 ee %2</translation>
    </message>
    <message>
        <source>DRAFT: the client&apos;s consent to file is not recorded in the case. Do not send this document until consent is recorded.</source>
        <translation>QABYO: oggolaanshaha macmiilka ee gudbinta kuma diiwaangashna kiiska. Ha dirin dukumiintigan ilaa oggolaanshaha la diiwaangeliyo.</translation>
    </message>
    <message>
        <source>Complaint about police conduct</source>
        <translation>Cabasho ku saabsan dhaqanka booliiska</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ku socota</translation>
    </message>
    <message>
        <source>The complainant, who asks to remain anonymous</source>
        <translation>Qofka cabashada leh, oo codsanaya inuu qarsoodi ahaado</translation>
    </message>
    <message>
        <source>Filed on the complainant&apos;s behalf</source>
        <translation>Waxaa loo gudbiyay qofka cabashada leh</translation>
    </message>
    <message>
        <source>%1, on the complainant&apos;s behalf</source>
        <translation>%1, iyadoo loo gudbinayo qofka cabashada leh</translation>
    </message>
    <message>
        <source>An anonymous complainant</source>
        <translation>Qof cabasho leh oo qarsoodi ah</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ka socota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Taariikhda</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tixraaca</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Qofka cabashada leh</translation>
    </message>
    <message>
        <source>Not given: the complainant asks to remain anonymous</source>
        <translation>Lama bixin: qofka cabashada leh wuxuu codsaday inuu qarsoodi ahaado</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Turjubaan</translation>
    </message>
    <message>
        <source>Needed for any interview</source>
        <translation>Waa loo baahan yahay wareysi kasta</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Looma baahna</translation>
    </message>
    <message>
        <source>Information withheld.</source>
        <translation>Macluumaad la qariyay.</translation>
    </message>
    <message>
        <source>To protect the complainant, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the complainant agrees.</source>
        <translation>Si loo ilaaliyo qofka cabashada leh, dukumiintigani kuma daro noocyadan macluumaadka: %1. Qofka gudbinaya wuxuu siin karaa baaraha haddii baaritaanku u baahdo oo qofka cabashada lehi oggolaado.</translation>
    </message>
    <message>
        <source>Included at the filer&apos;s deliberate choice: %1.</source>
        <translation>Waa lagu daray iyadoo qofka gudbinaya si ula kac ah u doortay: %1.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Dhacdada</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Dhacdooyinka</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waqtiga</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Lama yaqaan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Goobta</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Degmada booliiska</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Hay&apos;adda</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>Saraakiisha ku lug lahaa</translation>
    </message>
    <message>
        <source>Name not known</source>
        <translation>Magaca lama yaqaan</translation>
    </message>
    <message>
        <source>No officer could be identified.</source>
        <translation>Sarkaal lama aqoonsan karin.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Magaca</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Lambarka baajka</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Qaybta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Sharaxaad</translation>
    </message>
    <message>
        <source>Badge numbers are given exactly as the complainant recorded them.</source>
        <translation>Lambarrada baajka waxaa loo bixiyay sida saxda ah ee qofka cabashada lehi u qoray.</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Eedaymaha</translation>
    </message>
    <message>
        <source>The conduct is described in the account below.</source>
        <translation>Dhaqanka waxaa lagu sharxay sheekada hoose.</translation>
    </message>
    <message>
        <source> (incident %1)</source>
        <translation> (dhacdada %1)</translation>
    </message>
    <message>
        <source>Source [%1]: %2, %3.</source>
        <translation>Isha [%1]: %2, %3.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Waxa dhacay</translation>
    </message>
    <message>
        <source>No account was written down.</source>
        <translation>Sheeko lama qorin.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Markhaatiyaasha</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Lama bixin</translation>
    </message>
    <message>
        <source>No witnesses are named.</source>
        <translation>Markhaati lama magacaabin.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Xiriirka</translation>
    </message>
    <message>
        <source>What they saw or heard</source>
        <translation>Waxa ay arkeen ama maqleen</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Lifaaqyada</translation>
    </message>
    <message>
        <source>No exhibits are attached.</source>
        <translation>Lifaaq ma jiro.</translation>
    </message>
    <message>
        <source>Each exhibit is identified by its SHA-256 fingerprint: any change to the file changes the fingerprint.</source>
        <translation>Lifaaq kasta waxaa lagu aqoonsadaa faraha SHA-256: isbeddel kasta oo faylka ah wuxuu beddelaa faraha.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lr.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Lifaaqa</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Sharaxaad ma leh</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Nooca</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>La helay</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Waxaa keenay</translation>
    </message>
    <message>
        <source>We ask that you investigate the conduct described above, keep the complainant&apos;s identity and the withheld information confidential, give a tracking number for this complaint, and inform the complainant, through the filer, of the outcome.</source>
        <translation>Waxaan idinka codsanaynaa inaad baarto dhaqanka kor lagu sharxay, inaad qarsoodi ka dhigto aqoonsiga qofka cabashada leh iyo macluumaadka la qariyay, inaad siiso lambar raadraac cabashadan, oo aad natiijada ku wargeliso qofka cabashada leh adigoo sii maraya qofka gudbiyay.</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Tallaabada la codsaday</translation>
    </message>
    <message>
        <source>I declare that the information in this complaint is true and correct to the best of my knowledge.</source>
        <translation>Waxaan caddaynayaa in macluumaadka cabashadani ay run yihiin oo sax yihiin inta aan ogahay.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf and with their consent, given on %1. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>Waxaan cabashadan u gudbinayaa qofka cabashada leh iyadoo la helay oggolaanshihiisa, oo la bixiyay %1. Waxaan caddaynayaa inay si run ah u sheegayso waxa ii sheegay qofka cabashada leh iyo markhaatiyaashu.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>Waxaan cabashadan u gudbinayaa qofka cabashada leh. Waxaan caddaynayaa inay si run ah u sheegayso waxa ii sheegay qofka cabashada leh iyo markhaatiyaashu.</translation>
    </message>
    <message>
        <source>The information in this complaint is true and correct to the best of the complainant&apos;s knowledge.</source>
        <translation>Macluumaadka cabashadani waa run oo waa sax inta uu qofka cabashada lehi ogyahay.</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Caddayn</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Saxiixa (ikhtiyaari)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Saxiixa</translation>
    </message>
    <message>
        <source>Name (printed)</source>
        <translation>Magaca (far waaweyn)</translation>
    </message>
    <message>
        <source>Complaint submission · %1</source>
        <translation>Gudbinta cabashada · %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>La sameeyay %1</translation>
    </message>
    <message>
        <source>The complaint could not be printed.</source>
        <translation>Cabashada lama daabici karin.</translation>
    </message>
    <message>
        <source>To protect the complainant and the witnesses, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the people concerned agree.</source>
        <translation>Si loo ilaaliyo qofka cabashada leh iyo markhaatiyaasha, dukumiintigani kuma daro noocyadan macluumaadka: %1. Qofka gudbinaya wuxuu siin karaa baaraha haddii baaritaanku u baahdo oo dadka ay khusayso ay oggolaadaan.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>La qariyay</translation>
    </message>
    <message>
        <source>Words in the accounts below that touch on immigration status were reviewed by the filer and are given as written.</source>
        <translation>Erayada ku jira sheekooyinka hoose ee la xiriira xaaladda socdaalka waxaa dib u eegay qofka cabashada gudbiyay, waxaana loo bixiyay sidii loo qoray.</translation>
    </message>
    <message>
        <source>Rule: %1, %2.</source>
        <translation>Xeerka: %1, %2.</translation>
    </message>
    <message>
        <source>It applies to: %1.</source>
        <translation>Wuxuu khuseeyaa: %1.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Isha: %1.</translation>
    </message>
    <message>
        <source>See also the guidance “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Sidoo kale eeg hagitaanka “%1”, hagitaanka %2 (nooca %3, la hubiyay %4).</translation>
    </message>
    <message>
        <source>Guidance: “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Hagitaan: “%1”, hagitaanka %2 (nooca %3, la hubiyay %4).</translation>
    </message>
    <message>
        <source>Redacted copy of exhibit %1: parts of the image are covered.</source>
        <translation>Nuqulka lifaaqa %1 oo qaybo laga qariyay: qaybo sawirka ka mid ah waa la daboolay.</translation>
    </message>
    <message>
        <source>Redacted copy: parts of the image are covered.</source>
        <translation>Nuqul qaybo laga qariyay: qaybo sawirka ka mid ah waa la daboolay.</translation>
    </message>
    <message>
        <source>Original, not pictured: its redacted copy is exhibit %1.</source>
        <translation>Asalka, halkan kuma jiro: nuqulkiisa qaybaha laga qariyay waa lifaaqa %1.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>Xaashida xisaabeed lama qori karo: %1</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>Recording the chain of custody</source>
        <translation>Silsiladda haynta ayaa la qorayaa</translation>
    </message>
    <message>
        <source>Reading the chain of custody</source>
        <translation>Silsiladda haynta ayaa la akhrinayaa</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Starting to save</source>
        <translation>Kaydinta ayaa la bilaabayaa</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Waa la kaydinayaa</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Galka &quot;%1&quot; lama samayn karin.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be created.</source>
        <translation>Faylka kaydka xogta &quot;%1&quot; lama samayn karin.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>Kaydka xogta &quot;%1&quot; ma jiro.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Kaydka xogta ayaa la furayaa</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>Faylka kaydka xogta waa xumaaday lamana akhrin karo.</translation>
    </message>
    <message>
        <source>This file is not a TrustDesk database. It was left untouched.</source>
        <translation>Faylkani maaha kayd xog TrustDesk ah. Lama taaban.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of TrustDesk. Update TrustDesk to open it.</source>
        <translation>Kaydkan xogta waxaa qoray nooc TrustDesk ka cusub. Cusboonaysii TrustDesk si aad u furto.</translation>
    </message>
    <message>
        <source>Setting up the database</source>
        <translation>Kaydka xogta ayaa la diyaarinayaa</translation>
    </message>
    <message>
        <source>The database cannot be opened: the disk is full. Free some space and try again.</source>
        <translation>Kaydka xogta lama furi karo: diskigu waa buuxaa. Meel bannaan samee oo isku day mar kale.</translation>
    </message>
    <message>
        <source>The database key is missing.</source>
        <translation>Furaha kaydka xogta wuu maqan yahay.</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens only with its passphrase or recovery key.</source>
        <translation>Kaydkan xogta waa la sireeyay: waxaa lagu furi karaa oo keliya erayga sirta ah ama furaha soo celinta.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>Sireynta lagama heli karo nidaamkan.</translation>
    </message>
    <message>
        <source>The database could not be opened encrypted; nothing was written to it.</source>
        <translation>Kaydka xogta lama furi karin iyadoo la sireeyay; waxba laguma qorin.</translation>
    </message>
    <message>
        <source>The encrypted database could not be set up.</source>
        <translation>Kaydka xogta ee la sireeyay lama diyaarin karin.</translation>
    </message>
    <message>
        <source>An office server database is not opened with a vault key: its connection is protected by the server&apos;s login and TLS.</source>
        <translation>Kaydka xogta ee server-ka xafiiska laguma furo furaha khasnadda: xiriirkiisa waxaa ilaaliya galitaanka server-ka iyo TLS.</translation>
    </message>
    <message>
        <source>Starting to save: a save is already under way.</source>
        <translation>Kaydin lama bilaabi karo: kaydin ayaa hadda socota.</translation>
    </message>
    <message>
        <source>Office servers need Qt&apos;s PostgreSQL driver: install the package libqt6sql6-psql.</source>
        <translation>Server-yada xafiisku waxay u baahan yihiin darawalka PostgreSQL ee Qt: rakib xirmada libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The office database &quot;%1&quot; holds no TrustDesk data yet (run trustdesk-cli init to set it up).</source>
        <translation>Kaydka xogta xafiiska &quot;%1&quot; weli kuma jirto xog TrustDesk (socodsii trustdesk-cli init si aad u diyaariso).</translation>
    </message>
    <message>
        <source>This database is not a TrustDesk database. It was left untouched.</source>
        <translation>Kaydkan xogta maaha kayd xog TrustDesk ah. Lama taaban.</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network connection, then try again; nothing you typed is lost.</source>
        <translation>Server-ka xafiiska lama gaari karo. Hubi xiriirka shabakadda, kadibna isku day mar kale; waxaad qortay waxba kama lumin.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Faylka &quot;%1&quot; ma jiro.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Faylka &quot;%1&quot; lama akhrin karo: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a TrustDesk database.</source>
        <translation>Faylka &quot;%1&quot; waa madhan yahay. Maaha kayd xog TrustDesk ah.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a TrustDesk database (it is not an SQLite database at all).</source>
        <translation>Faylka &quot;%1&quot; maaha kayd xog TrustDesk ah (xitaa maaha kayd xog SQLite ah).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged (its header is invalid).</source>
        <translation>Faylka &quot;%1&quot; waa xumaaday (madaxiisu sax maaha).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: it is shorter than its own header says (it may have been cut off while copying). It was left untouched.</source>
        <translation>Faylka &quot;%1&quot; waa xumaaday: wuu ka gaaban yahay sida madaxiisu sheegayo (waxaa laga yaabaa in la gooyay markii la koobiyaynayay). Lama taaban.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a TrustDesk database. It was left untouched.</source>
        <translation>Faylka &quot;%1&quot; waa kayd xog SQLite oo barnaamij kale leeyahay, maaha kayd xog TrustDesk ah. Lama taaban.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of TrustDesk (schema %2; this version knows up to %3). Update TrustDesk to open it. It was left untouched.</source>
        <translation>Faylka &quot;%1&quot; waxaa qoray nooc TrustDesk ka cusub (qaabka %2; noocani wuxuu yaqaan ilaa %3). Cusboonaysii TrustDesk si aad u furto. Lama taaban.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. TrustDesk needs to write to its database; copy it to a folder you can write to, or change its permissions.</source>
        <translation>Faylka &quot;%1&quot; waa akhris oo keliya. TrustDesk wuxuu u baahan yahay inuu wax ku qoro kaydkiisa xogta; u koobiyee gal aad wax ku qori karto, ama beddel oggolaanshahiisa.</translation>
    </message>
    <message>
        <source>The folder holding &quot;%1&quot; is read-only. TrustDesk needs to write beside its database file.</source>
        <translation>Galka uu ku jiro &quot;%1&quot; waa akhris oo keliya. TrustDesk wuxuu u baahan yahay inuu wax ku qoro meel u dhow faylka kaydkiisa xogta.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft has an invalid name.</source>
        <translation>Qabyada magaceedu sax maaha.</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Galka qabyada %1 lama samayn karo.</translation>
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation>Qabyada lama kaydin karo: %1</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>Qabyada %1 lama tirtiri karo.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <source>Attach Evidence Files</source>
        <translation>Ku lifaaq faylal caddayn ah</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Ka saar caddaynta</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this case?

Its file leaves the evidence store unless another case holds the same file. Say why: the reason stays in the chain of custody.</source>
        <translation>Ka saar &quot;%1&quot; kiiskan?

Faylkiisu wuxuu ka baxayaa kaydka caddaymaha, haddii aan kiis kale hayn isla faylkaas. Sheeg sababta: sababtu waxay ku hartaa silsiladda haynta.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>&quot;%1&quot; lama qori karin: %2</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; is a symbolic link. Choose a real folder.</source>
        <translation>Galka dhoofinta &quot;%1&quot; waa isku xire calaamadeed. Dooro gal dhab ah.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>&quot;%1&quot; wuu jiraa mana aha gal.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty. Export into a new or empty folder so nothing is overwritten.</source>
        <translation>Galka &quot;%1&quot; madhan ma aha. U dhoofi gal cusub ama madhan si aan waxba loo dul qorin.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Galka &quot;%1&quot; lama samayn karin.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is missing from the evidence store and was not exported.</source>
        <translation>Caddaynta &quot;%1&quot; kama muuqato kaydka caddaymaha lamana dhoofin.</translation>
    </message>
    <message>
        <source>The export folder cannot be written: %1</source>
        <translation>Galka dhoofinta wax laguma qori karo: %1</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Dhoofintu way joogsatay: %1</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; has CHANGED since it was attached (SHA-256 mismatch) and was not exported.</source>
        <translation>Caddaynta &quot;%1&quot; WAY ISBEDESHAY tan iyo markii la lifaaqay (SHA-256 iskuma eka) lamana dhoofin.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;: %2</source>
        <translation>Caddaynta &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>shay %1</translation>
    </message>
    <message>
        <source>Its metadata could not be removed (%1), so it was not exported. Export with metadata included to hand it over as stored.</source>
        <translation>Xogta sharaxaadda (metadata) lagama saari karin (%1), sidaas darteed lama dhoofin. Ku dhoofi adigoo metadata-da ku daraya si aad u dhiibto sidii loo kaydiyay.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be saved.</source>
        <translation>Nuqulka la nadiifiyay lama kaydin karin.</translation>
    </message>
    <message>
        <source>The exported copy could not be read.</source>
        <translation>Nuqulka la dhoofiyay lama akhrin karin.</translation>
    </message>
    <message>
        <source>image too large</source>
        <translation>sawirku aad buu u weyn yahay</translation>
    </message>
    <message>
        <source>damaged or unusual image</source>
        <translation>sawir xumaaday ama aan caadi ahayn</translation>
    </message>
    <message>
        <source>The export folder cannot be written.</source>
        <translation>Galka dhoofinta wax laguma qori karo.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written (is the disk full?).</source>
        <translation>Nuqulka la nadiifiyay lama qori karin (ma disk-gu wuu buuxaa?).</translation>
    </message>
</context>
<context>
    <name>EvidenceJob</name>
    <message>
        <source>&quot;%1&quot; was not attached: canceled.</source>
        <translation>&quot;%1&quot; lama lifaaqin: waa la joojiyay.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; waa la lifaaqay.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file of imported evidence.</source>
        <translation>&quot;%1&quot; waa la lifaaqay: faylka caddayn la soo dejiyay.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already attached to this case as &quot;%2&quot;; it is stored once.</source>
        <translation>&quot;%1&quot; horey ayaa loogu lifaaqay kiiskan sida &quot;%2&quot;; hal mar ayaa la kaydiyaa.</translation>
    </message>
    <message>
        <source>Verifying the evidence store</source>
        <translation>Kaydka caddaymaha ayaa la hubinayaa</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) are intact.</source>
        <translation>
            <numerusform>Faylka caddaynta waa dhammaystiran yahay.</numerusform>
            <numerusform>Dhammaan %n faylasha caddaynta waa dhammaystiran yihiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file before showing it</source>
        <translation>Faylka ayaa la hubinayaa ka hor inta aan la muujin</translation>
    </message>
</context>
<context>
    <name>EvidenceLabels</name>
    <message>
        <source>Client</source>
        <translation>Macmiilka</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Markhaatiga</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Sarkaalka</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kale</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>La lifaaqay</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>La eegay</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>La dhoofiyay</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>La hubiyay</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>La saaray</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Faahfaahinta waa la beddelay</translation>
    </message>
    <message>
        <source>redacted copy of item %1</source>
        <translation>nuqulka shayga %1 oo qaybo laga qariyay</translation>
    </message>
    <message>
        <source>redacted copy of %1</source>
        <translation>nuqulka %1 oo qaybo laga qariyay</translation>
    </message>
    <message>
        <source>camera clock</source>
        <translation>saacadda kamaradda</translation>
    </message>
    <message>
        <source>time the file was last changed</source>
        <translation>waqtiga faylka ugu dambeeyay la beddelay</translation>
    </message>
    <message>
        <source>entered by the caseworker</source>
        <translation>waxaa geliyay shaqaalaha kiiska</translation>
    </message>
    <message>
        <source>source of the time not recorded</source>
        <translation>halka waqtigu ka yimid lama diiwaangelin</translation>
    </message>
    <message>
        <source>file changed</source>
        <extracomment>A time that is only when the evidence file was last modified, in a narrow table cell.</extracomment>
        <translation>faylka la beddelay</translation>
    </message>
    <message>
        <source>entered</source>
        <extracomment>A time a caseworker typed in, in a narrow table cell.</extracomment>
        <translation>gacanta lagu geliyay</translation>
    </message>
    <message>
        <source>Photo taken %1 (camera clock)</source>
        <translation>Sawirka waxaa la qaaday %1 (saacadda kamaradda)</translation>
    </message>
    <message>
        <source>Recorded %1 (device clock)</source>
        <translation>Waxaa la duubay %1 (saacadda qalabka)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when the photo was taken)</source>
        <translation>Faylka waxaa ugu dambeeyay la beddelay %1 (maaha hubaal inay tahay markii sawirka la qaaday)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when it was made)</source>
        <translation>Faylka waxaa ugu dambeeyay la beddelay %1 (maaha hubaal inay tahay markii la sameeyay)</translation>
    </message>
    <message>
        <source>Photo taken %1 (as entered by the caseworker)</source>
        <translation>Sawirka waxaa la qaaday %1 (sida uu geliyay shaqaalaha kiisku)</translation>
    </message>
    <message>
        <source>Made %1 (as entered by the caseworker)</source>
        <translation>Waxaa la sameeyay %1 (sida uu geliyay shaqaalaha kiisku)</translation>
    </message>
    <message>
        <source>Dated %1 (source of the time not recorded)</source>
        <translation>Taariikhdu waa %1 (halka waqtigu ka yimid lama diiwaangelin)</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Faahfaahinta oo keliya ayaa la soo dejiyay; faylku kuma jiro kaydka caddaymaha.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Magaca</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Nooca</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Cabbirka</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>La qaaday</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Isha</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EvidenceManifest</name>
    <message>
        <source>TrustDesk evidence export</source>
        <translation>Dhoofinta caddaymaha TrustDesk</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Kiiska: %1</translation>
    </message>
    <message>
        <source>Exported: %1 by %2</source>
        <translation>La dhoofiyay: %1 waxaa sameeyay %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Walxaha: %1</translation>
    </message>
    <message>
        <source>Check the files with: sha256sum -c SHA256SUMS</source>
        <translation>Ku hubi faylasha: sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(fayl ma leh)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Xaaladda: %1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>Magaca asalka ah: %1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>Nooca faylka: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Cabbirka: %1 baayt</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Captured: %1</source>
        <translation>La qaaday: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>lama yaqaan</translation>
    </message>
    <message>
        <source>Added: %1 by %2</source>
        <translation>La daray: %1 waxaa daray %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Isha: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Sharaxaad: %1</translation>
    </message>
    <message>
        <source>Chain of custody:</source>
        <translation>Silsiladda haynta:</translation>
    </message>
    <message>
        <source>Custody of items removed from the case:</source>
        <translation>Haynta walxaha laga saaray kiiska:</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>walaxda %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>la qariyay</translation>
    </message>
    <message>
        <source>removed from this copy (%1); SHA-256 of the copy: %2</source>
        <translation>laga saaray nuqulkan (%1); SHA-256 ee nuqulka: %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>waxba lama helin</translation>
    </message>
    <message>
        <source>kept as stored (included on purpose)</source>
        <translation>loo hayay sidii loo kaydiyay (si ula kac ah loogu daray)</translation>
    </message>
    <message>
        <source>not removed: TrustDesk cannot clean this kind of file</source>
        <translation>lama saarin: TrustDesk ma nadiifin karo faylka noocan ah</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Metadata: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EvidenceNames</name>
    <message>
        <source>unnamed</source>
        <translation>magac la&apos;aan</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Type: %1, %2</source>
        <translation>Nooca: %1, %2</translation>
    </message>
    <message>
        <source>Type: %1, %2 (%3 bytes)</source>
        <translation>Nooca: %1, %2 (%3 baayt)</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Faylka &quot;%1&quot; ma jiro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link. Attach the file it points to instead.</source>
        <translation>&quot;%1&quot; waa isku xire calaamadeed. Ku lifaaq faylka uu tilmaamayo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Attach the files inside it instead.</source>
        <translation>&quot;%1&quot; waa gal. Ku lifaaq faylasha ku jira.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket) and cannot be attached.</source>
        <translation>&quot;%1&quot; maaha fayl caadi ah (waa qalab, tuubo ama saldhig) lamana lifaaqi karo.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: permission denied.</source>
        <translation>Faylka &quot;%1&quot; lama akhrin karo: oggolaansho ma jiro.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Faylka &quot;%1&quot; lama akhrin karo: %2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Akhrinta &quot;%1&quot; way fashilantay: %2. Waxba lama kaydin.</translation>
    </message>
    <message>
        <source>Writing the copy of &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Qorista nuqulka &quot;%1&quot; way fashilantay: %2. Waxba lama kaydin.</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot; could not be copied. Nothing was stored; free some space and try again.</source>
        <translation>Diskigu waa buuxaa: &quot;%1&quot; lama koobiyayn karin. Waxba lama kaydin; meel bannaan samee oo isku day mar kale.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was being copied. Nothing was stored; try again once the file is complete.</source>
        <translation>&quot;%1&quot; ayaa isbeddelay intii la koobiyaynayay. Waxba lama kaydin; isku day mar kale marka faylku dhammaystiran yahay.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted or moved while it was being copied. Nothing was stored.</source>
        <translation>&quot;%1&quot; waa la tirtiray ama la raray intii la koobiyaynayay. Waxba lama kaydin.</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; was canceled. Nothing was stored.</source>
        <translation>Koobiyaynta &quot;%1&quot; waa la joojiyay. Waxba lama kaydin.</translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation>Caddaymaha ayaa la akhrinayaa</translation>
    </message>
    <message>
        <source>Looking up the case</source>
        <translation>Kiiska ayaa la raadinayaa</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Ma jiro kiis %1.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; is not a folder. Nothing was stored.</source>
        <translation>Kaydka caddaymaha &quot;%1&quot; maaha gal. Waxba lama kaydin.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; could not be created. Nothing was stored.</source>
        <translation>Kaydka caddaymaha &quot;%1&quot; lama samayn karin. Waxba lama kaydin.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Il aan la garanayn &quot;%1&quot;. Isticmaal mid ka mid ah: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty (0 bytes): there is nothing to attach.</source>
        <translation>Faylka &quot;%1&quot; waa madhan yahay (0 baayt): wax la lifaaqo ma jiraan.</translation>
    </message>
    <message>
        <source>The evidence store cannot be written: %1. Nothing was stored.</source>
        <translation>Kaydka caddaymaha wax laguma qori karo: %1. Waxba lama kaydin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be placed in the evidence store: %2. Nothing was stored.</source>
        <translation>&quot;%1&quot; lama gelin karin kaydka caddaymaha: %2. Waxba lama kaydin.</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>Caddaymo ayaa la lifaaqayaa</translation>
    </message>
    <message>
        <source>The new evidence record could not be read back.</source>
        <translation>Diiwaanka caddaynta cusub dib looma akhrin karin.</translation>
    </message>
    <message>
        <source>There is no evidence item %1.</source>
        <translation>Ma jirto walax caddayn %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in the evidence store: only its details were imported.</source>
        <translation>&quot;%1&quot; fayl kuma laha kaydka caddaymaha: faahfaahintiisa oo keliya ayaa la soo dejiyay.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is missing from the evidence store.</source>
        <translation>Faylka &quot;%1&quot; kama muuqdo kaydka caddaymaha.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; has changed since it was attached: its SHA-256 no longer matches.</source>
        <translation>Faylka &quot;%1&quot; wuu isbeddelay tan iyo markii la lifaaqay: SHA-256-kiisu hadda iskuma eka.</translation>
    </message>
    <message>
        <source>Give a reason for removing evidence: it is kept in the chain of custody.</source>
        <translation>Sheeg sababta caddaynta looga saarayo: waxay ku hartaa silsiladda haynta.</translation>
    </message>
    <message>
        <source>Removing evidence</source>
        <translation>Caddaynta ayaa la saarayaa</translation>
    </message>
    <message>
        <source>The file could not be removed from the evidence store: %1</source>
        <translation>Faylka lagama saari karin kaydka caddaymaha: %1</translation>
    </message>
    <message>
        <source>Saving the evidence details</source>
        <translation>Faahfaahinta caddaynta ayaa la kaydinayaa</translation>
    </message>
    <message>
        <source>The date captured is in the future. Give a date and time that have passed, or leave it unknown.</source>
        <translation>Taariikhda la qaaday waa mustaqbalka. Bixi taariikh iyo waqti tagay, ama u daa lama yaqaan.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; is damaged: it does not decrypt as it was written.</source>
        <translation>Faylka la kaydiyay ee &quot;%1&quot; waa xumaaday: looma furi karo sirta sidii loo qoray.</translation>
    </message>
    <message>
        <source>The redacted copy could not be stored: %1. Nothing was stored.</source>
        <translation>Nuqulka qaybaha laga qariyay lama kaydin karin: %1. Waxba lama kaydin.</translation>
    </message>
    <message>
        <source>The redacted copy is empty.</source>
        <translation>Nuqulka qaybaha laga qariyay waa madhan yahay.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not the file the redaction was made from. Nothing was stored.</source>
        <translation>Caddaynta %1 ma aha faylka laga sameeyay nuqulka qaybaha laga qariyay. Waxba lama kaydin.</translation>
    </message>
    <message>
        <source>Storing a redacted copy</source>
        <translation>Waxaa la kaydinayaa nuqul qaybo laga qariyay</translation>
    </message>
    <message>
        <source>The evidence on an office server is encrypted with the office key, which is not unlocked.</source>
        <translation>Caddaymaha server-ka xafiiska waxaa lagu sireeyay furaha xafiiska, oo aan weli la furin.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreConversion</name>
    <message>
        <source>The evidence can only be encrypted into an encrypted database.</source>
        <translation>Caddaymaha waxaa lagu sireyn karaa oo keliya kayd xog oo la sireeyay.</translation>
    </message>
    <message>
        <source>The encrypted evidence store must be a new folder, not the plaintext one.</source>
        <translation>Kaydka caddaymaha ee la sireeyay waa inuu noqdaa gal cusub, ma aha kan aan la sirayn.</translation>
    </message>
    <message>
        <source>The encrypted evidence store &quot;%1&quot; already exists and does not hold the evidence intact:</source>
        <translation>Kaydka caddaymaha ee la sireeyay &quot;%1&quot; horey ayuu u jiray mana haysto caddaymaha iyagoo dhammaystiran:</translation>
    </message>
    <message>
        <source>The encrypted evidence store cannot be written beside the database: %1</source>
        <translation>Kaydka caddaymaha ee la sireeyay lama qori karo meel u dhow kaydka xogta: %1</translation>
    </message>
    <message>
        <source>The evidence was not encrypted, because files in the evidence store are missing or have changed (run verify to check the whole store):</source>
        <translation>Caddaymaha lama sirayn, sababtoo ah faylal ku jira kaydka caddaymaha ayaa maqan ama isbeddelay (socodsii verify si aad u hubiso kaydka oo dhan):</translation>
    </message>
    <message>
        <source>The encrypted evidence did not read back intact, so it was discarded:</source>
        <translation>Caddaymaha la sireeyay si dhammaystiran dib looma akhrin, sidaas darteed waa la tuuray:</translation>
    </message>
    <message>
        <source>The encrypted evidence store could not be put in place: %1</source>
        <translation>Kaydka caddaymaha ee la sireeyay lama dhigi karin meeshiisa: %1</translation>
    </message>
    <message>
        <source>The plaintext evidence store &quot;%1&quot; could not be deleted completely.</source>
        <translation>Kaydka caddaymaha ee aan la sirayn &quot;%1&quot; si buuxda looma tirtiri karin.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreCopy</name>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing (expected at %3).</source>
        <translation>Kiiska %1: caddaynta &quot;%2&quot; waa maqan tahay (waxaa la filayay %3).</translation>
    </message>
    <message>
        <source>The disk is full: the evidence could not be copied.</source>
        <translation>Diskigu waa buuxaa: caddaymaha lama koobiyayn karin.</translation>
    </message>
    <message>
        <source>The evidence could not be copied: %1</source>
        <translation>Caddaymaha lama koobiyayn karin: %1</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read (%3).</source>
        <translation>Kiiska %1: caddaynta &quot;%2&quot; lama akhriyi karo (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: a link or folder is in its place (%3).</source>
        <translation>Kiiska %1: caddaynta &quot;%2&quot; lama hubin karo: isku xire ama gal ayaa meesheeda yaal (%3).</translation>
    </message>
    <message>
        <source>Copying the evidence was canceled.</source>
        <translation>Koobiyaynta caddaymaha waa la joojiyay.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; was deleted while it was being read (%3).</source>
        <translation>Kiiska %1: caddaynta &quot;%2&quot; waa la tirtiray intii la akhrinayay (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read to the end (%3).</source>
        <translation>Kiiska %1: caddaynta &quot;%2&quot; lama akhriyi karo ilaa dhammaadka (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; changed while it was being read (%3).</source>
        <translation>Kiiska %1: caddaynta &quot;%2&quot; way isbeddeshay intii la akhrinayay (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Kiiska %1: caddaynta &quot;%2&quot; WAY ISBEDESHAY tan iyo markii la lifaaqay: SHA-256 la filayay %3, la helay %4.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is damaged: it does not decrypt, so it was changed, cut short, extended or replaced (%3).</source>
        <translation>Kiiska %1: caddaynta &quot;%2&quot; waa xumaatay: sirteeda lama furi karo, taas oo macnaheedu yahay in la beddelay, la gaabiyay, la dheereeyay ama la beddelay mid kale (%3).</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>it cannot be read</source>
        <translation>lama akhrin karo</translation>
    </message>
    <message>
        <source>a link or folder is in its place</source>
        <translation>isku xire ama gal ayaa meeshiisa ku jira</translation>
    </message>
    <message>
        <source>The verification was canceled.</source>
        <translation>Hubinta waa la joojiyay.</translation>
    </message>
    <message>
        <source>it could not be read to the end</source>
        <translation>ilaa dhammaadka lama akhrin karin</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the evidence store (expected at %3).</source>
        <translation>Kiiska %1: caddaynta &quot;%2&quot; kama muuqato kaydka caddaymaha (waxaa la filayay %3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: %3 (%4).</source>
        <translation>Kiiska %1: caddaynta &quot;%2&quot; lama hubin karo: %3 (%4).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Kiiska %1: caddaynta &quot;%2&quot; WAY ISBEDESHAY tan iyo markii la lifaaqay: SHA-256 la filayay %3, la helay %4.</translation>
    </message>
    <message>
        <source>The evidence store %1 is not a folder.</source>
        <translation>Kaydka caddaymaha %1 maaha gal.</translation>
    </message>
    <message>
        <source>The evidence store can be opened by other accounts (mode %1); it should be 0700.</source>
        <translation>Akoonno kale ayaa furi kara kaydka caddaymaha (habka %1); waa inuu ahaadaa 0700.</translation>
    </message>
    <message>
        <source>Unexpected file in the evidence store: %1 (%2).</source>
        <translation>Fayl aan la filayn oo ku jira kaydka caddaymaha: %1 (%2).</translation>
    </message>
    <message>
        <source>a symbolic link, not followed</source>
        <translation>isku xire calaamadeed, lama raacin</translation>
    </message>
    <message>
        <source>left over from an interrupted import or removal</source>
        <translation>wuxuu ka haray soo dejin ama ka saarid la hakiyay</translation>
    </message>
    <message>
        <source>not part of the store&apos;s layout</source>
        <translation>kama mid aha qaabka kaydka</translation>
    </message>
    <message>
        <source>The evidence folder %1 can be opened by other accounts; it should be 0700.</source>
        <translation>Akoonno kale ayaa furi kara galka caddaymaha %1; waa inuu ahaadaa 0700.</translation>
    </message>
    <message>
        <source>no evidence item holds it</source>
        <translation>ma jirto walax caddayn oo haysa</translation>
    </message>
    <message>
        <source>The evidence file %1 can be read by other accounts; it should be 0400.</source>
        <translation>Akoonno kale ayaa akhrin kara faylka caddaynta %1; waa inuu ahaadaa 0400.</translation>
    </message>
    <message>
        <source>it does not decrypt: it was changed, cut short, extended or replaced</source>
        <translation>sirteeda lama furi karo: waa la beddelay, la gaabiyay, la dheereeyay ama mid kale ayaa lagu beddelay</translation>
    </message>
    <message>
        <source>The evidence on this office server can be checked only with the office key.</source>
        <translation>Caddaymaha server-kan xafiiska waxaa lagu hubin karaa oo keliya furaha xafiiska.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the office server.</source>
        <translation>Kiiska %1: caddaynta &quot;%2&quot; kuma jirto server-ka xafiiska.</translation>
    </message>
    <message>
        <source>The evidence could not be read from the office server.</source>
        <translation>Caddaynta lagama akhrin karin server-ka xafiiska.</translation>
    </message>
</context>
<context>
    <name>FaceSuggester</name>
    <message>
        <source>Face suggestions need OpenCV&apos;s face models, which are not installed: %1 is missing or cannot be read. Install the package opencv-data, or draw the boxes by hand.</source>
        <translation>Soo jeedinta wajiyada waxay u baahan tahay moodooyinka wajiga ee OpenCV, oo aan la rakibin: %1 ma jiro ama lama akhriyi karo. Rakib xirmada opencv-data, ama gacanta ku sawir sanduuqyada.</translation>
    </message>
</context>
<context>
    <name>FieldRegistry</name>
    <message>
        <source>Not a time: type it as HH:MM, e.g. 14:30.</source>
        <translation>Maaha waqti: u qor sida HH:MM, tusaale 14:30.</translation>
    </message>
    <message>
        <source>Not a date: type it like %1.</source>
        <translation>Maaha taariikh: u qor sida %1.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Open TrustDesk Database</source>
        <translation>Fur kaydka xogta TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite *.trustdesk *.db);;All files (*)</source>
        <translation>Kaydadka xogta TrustDesk (*.sqlite *.trustdesk *.db);;Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <source>New TrustDesk Database</source>
        <translation>Kayd xog TrustDesk oo cusub</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite)</source>
        <translation>Kaydadka xogta TrustDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>U kaydi PDF ahaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dukumiintiyada PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>U kaydi nuqulka kaydka sida</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk)</source>
        <translation>Nuqullada kaydka TrustDesk (*.trustdesk)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Ka soo celi nuqul kayd</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk *.sqlite *.db);;All files (*)</source>
        <translation>Nuqullada kaydka TrustDesk (*.trustdesk *.sqlite *.db);;Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <source>Save Recovery Key As</source>
        <translation>U kaydi furaha soo celinta sida</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Faylasha qoraalka (*.txt)</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>Dhoofi liiska kiisaska</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Xaashiyaha xisaabeed CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Dhoofi tirakoobka</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Faylasha Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Office Server&apos;s Certificate Authority</source>
        <translation>Hay&apos;adda shahaadooyinka ee server-ka xafiiska</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Shahaadooyin (*.pem *.crt *.cer);;Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <source>Restore Office Backup</source>
        <translation>Soo celi nuqul kayd xafiis</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob);;All files (*)</source>
        <translation>Nuqullada kaydka xafiiska TrustDesk (*.tdob);;Dhammaan faylasha (*)</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>&quot;%1&quot; lama akhrin karin: %2</translation>
    </message>
</context>
<context>
    <name>FileMoves</name>
    <message>
        <source>The folder could not be moved into place: %1</source>
        <translation>Galka lama dhigi karin meeshiisa: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpQuery</name>
    <message>
        <source>Reading follow-ups</source>
        <translation>Dabagallada ayaa la akhrinayaa</translation>
    </message>
</context>
<context>
    <name>GeneratedReportLog</name>
    <message>
        <source>Recording the generated report</source>
        <translation>Warbixinta la sameeyay ayaa la diiwaangelinayaa</translation>
    </message>
    <message>
        <source>Reading the generated reports</source>
        <translation>Warbixinnada la sameeyay ayaa la akhrinayaa</translation>
    </message>
</context>
<context>
    <name>GuidanceHandout</name>
    <message>
        <source>There is no guidance article &quot;%1&quot;.</source>
        <translation>Ma jiro maqaal hagitaan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>Hagitaanku kuma jiro &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ilaha</translation>
    </message>
    <message>
        <source>Language: %1 (%2). Translation status: %3.</source>
        <translation>Luqadda: %1 (%2). Xaaladda turjumaadda: %3.</translation>
    </message>
    <message>
        <source>Guidance pack %1, version %2, last reviewed %3. This is general information, not legal advice.</source>
        <translation>Xirmada hagitaanka %1, nooca %2, dib-u-eegistii ugu dambaysay %3. Tani waa macluumaad guud, maaha talo sharci.</translation>
    </message>
    <message>
        <source>TrustDesk rights guidance · %1</source>
        <translation>Hagitaanka xuquuqda TrustDesk · %1</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>Warqadda macluumaadka lama daabici karin.</translation>
    </message>
    <message>
        <source>Your legal-aid office</source>
        <translation>Xafiiskaaga gargaarka sharciga</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Ilaha markii ugu dambeysay la hubiyay: %1</translation>
    </message>
</context>
<context>
    <name>GuidancePackLoader</name>
    <message>
        <source>%1 is missing or unreadable.</source>
        <translation>%1 waa maqan yahay ama lama akhrin karo.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 aad buu u weyn yahay.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 maaha qoraal UTF-8 ah oo sax ah.</translation>
    </message>
    <message>
        <source>manifest.json: %1 needs a text value for &quot;%2&quot;.</source>
        <translation>manifest.json: %1 wuxuu u baahan yahay qiime qoraal ah oo loogu talagalay &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (at byte %1: %2).</source>
        <translation>manifest.json maaha JSON sax ah (baaytka %1: %2).</translation>
    </message>
    <message>
        <source>manifest.json is not a TrustDesk guidance pack manifest.</source>
        <translation>manifest.json maaha liiska xirmada hagitaanka TrustDesk.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;last_reviewed&quot; must be a date like 2026-11-24.</source>
        <translation>manifest.json: &quot;last_reviewed&quot; waa inuu noqdaa taariikh sida 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 needs a web address (https://…).</source>
        <translation>manifest.json: isha %1 waxay u baahan tahay ciwaan websayt (https://…).</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has direction &quot;%2&quot;; use ltr or rtl.</source>
        <translation>manifest.json: luqadda %1 waxay leedahay jihada &quot;%2&quot;; isticmaal ltr ama rtl.</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has an unknown review status &quot;%2&quot;.</source>
        <translation>manifest.json: luqadda %1 waxay leedahay xaalad dib-u-eegis oo aan la garanayn &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid language code.</source>
        <translation>manifest.json: &quot;%1&quot; maaha koodh luqadeed oo sax ah.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid article id.</source>
        <translation>manifest.json: &quot;%1&quot; maaha aqoonsi maqaal oo sax ah.</translation>
    </message>
    <message>
        <source>manifest.json must list sources, languages and articles.</source>
        <translation>manifest.json waa inuu liis gareeyaa ilaha, luqadaha iyo maqaallada.</translation>
    </message>
    <message>
        <source>The source language %1 is not among the pack&apos;s languages.</source>
        <translation>Luqadda isha %1 kama mid aha luqadaha xirmada.</translation>
    </message>
    <message>
        <source>Article %1 is listed twice.</source>
        <translation>Maqaalka %1 laba jeer ayaa lagu qoray.</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 waa maqan yahay ama waa madhan yahay.</translation>
    </message>
    <message>
        <source>%1 must start with its title as a &quot;# &quot; heading.</source>
        <translation>%1 waa inuu ku bilaabmaa cinwaankiisa oo ah madax &quot;# &quot;.</translation>
    </message>
    <message>
        <source>%1 cites source %2, which the manifest does not list.</source>
        <translation>%1 wuxuu xigtay isha %2, oo aan ku jirin liiska.</translation>
    </message>
    <message>
        <source>%1 links to article %2, which does not exist.</source>
        <translation>%1 wuxuu ku xiran yahay maqaalka %2, oo aan jirin.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 has the date &quot;%2&quot;; use 2019, 2019-12 or 2019-12-04.</source>
        <translation>manifest.json: isha %1 waxay leedahay taariikhda &quot;%2&quot;; isticmaal 2019, 2019-12 ama 2019-12-04.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs at least one citation.</source>
        <translation>manifest.json: maqaalka %1 wuxuu u baahan yahay ugu yaraan hal tixraac.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs &quot;last_checked&quot;, a date like 2026-11-24.</source>
        <translation>manifest.json: maqaalka %1 wuxuu u baahan yahay &quot;last_checked&quot;, taariikh sida 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs a known review status and a date for %2.</source>
        <translation>manifest.json: maqaalka %1 wuxuu u baahan yahay xaalad dib-u-eegis oo la yaqaan iyo taariikh %2.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 cites source %2, which the manifest does not list.</source>
        <translation>manifest.json: maqaalka %1 wuxuu xusayaa isha %2, oo aan ku jirin liiska manifest-ka.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 has a review for %2, which is not a language of the pack.</source>
        <translation>manifest.json: maqaalka %1 wuxuu leeyahay dib-u-eegis %2, oo aan ahayn luqad xirmada ku jirta.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names source %2, which the manifest does not list.</source>
        <translation>manifest.json: xeerka %1 wuxuu magacaabayaa isha %2, oo aan ku jirin liiska manifest-ka.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names article %2, which does not exist.</source>
        <translation>manifest.json: xeerka %1 wuxuu magacaabayaa maqaalka %2, oo aan jirin.</translation>
    </message>
    <message>
        <source>manifest.json: the violation category %1 is given to more than one rule.</source>
        <translation>manifest.json: qaybta xadgudubka %1 waxaa la siiyay in ka badan hal xeer.</translation>
    </message>
    <message>
        <source>This guidance pack uses format version %1; this TrustDesk reads versions 1 to %2.</source>
        <translation>Xirmadan hagitaanka waxay isticmaashaa nooca qaabka %1; TrustDesk-kan wuxuu akhriyaa noocyada 1 ilaa %2.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;pack_version&quot; must be numbers and dots, like 1.2.</source>
        <translation>manifest.json: &quot;pack_version&quot; waa inay noqotaa tirooyin iyo dhibco keliya, sida 1.2.</translation>
    </message>
    <message>
        <source>%1 links to source %2, which has no web address.</source>
        <translation>%1 wuxuu ku xiran yahay isha %2, oo aan lahayn cinwaan internet.</translation>
    </message>
</context>
<context>
    <name>GuidancePackStore</name>
    <message>
        <source>The guidance update could not be written to %1.</source>
        <translation>Cusboonaysiinta hagitaanka laguma qori karin %1.</translation>
    </message>
    <message>
        <source>This pack is for &quot;%1&quot;; the guidance in use is &quot;%2&quot;. Nothing was installed.</source>
        <translation>Xirmadani waxay u taallaa &quot;%1&quot;; hagitaanka la isticmaalayo waa &quot;%2&quot;. Waxba lama rakibin.</translation>
    </message>
    <message>
        <source>This pack is version %1; the guidance in use is already version %2. Only a newer version replaces it.</source>
        <translation>Xirmadani waa nooca %1; hagitaanka la isticmaalayo horeba waa nooca %2. Nooc ka cusub oo keliya ayaa beddeli kara.</translation>
    </message>
</context>
<context>
    <name>ImageRedactor</name>
    <message>
        <source>The file is not an image that can be redacted (JPEG, PNG, BMP, GIF or WebP).</source>
        <translation>Faylku ma aha sawir qaybo laga qarin karo (JPEG, PNG, BMP, GIF ama WebP).</translation>
    </message>
    <message>
        <source>The redacted image could not be encoded.</source>
        <translation>Sawirka qaybaha laga qariyay lama kaydin karin.</translation>
    </message>
    <message>
        <source>The image is too large to redact (more than %1 MB).</source>
        <translation>Sawirku aad buu u weyn yahay si qaybo looga qariyo (in ka badan %1 MB).</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Taariikhda</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Waqtiga</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>&amp;Hay&apos;adda</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Waxa dhacay</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Sheekada</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Saraakiisha</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Markhaatiyaasha</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Halkee</translation>
    </message>
    <message>
        <source>&amp;Police district</source>
        <translation>Degmada &amp;booliiska</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>is required but missing.</source>
        <translation>waa loo baahan yahay laakiin waa maqan yahay.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>waa inuu noqdaa qoraal.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>waa inaanu madhnaan.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>waa inuu noqdaa true ama false.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>waa inuu noqdaa tiro dhan.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>waa loo baahan yahay.</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-01.</source>
        <translation>waa inuu noqdaa taariikh sida 2026-03-01.</translation>
    </message>
    <message>
        <source>must be a time like 14:30.</source>
        <translation>waa inuu noqdaa waqti sida 14:30.</translation>
    </message>
    <message>
        <source>must be a UTC date and time like 2026-03-01T14:30:00Z.</source>
        <translation>waa inuu noqdaa taariikh iyo waqti UTC ah sida 2026-03-01T14:30:00Z.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>waa inuu noqdaa liis.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>waa inuu noqdaa shay.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>maaha goob la yaqaan.</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>%1 &quot;%2&quot; lama akhrin karo: %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty: its first line must hold it.</source>
        <translation>%1 &quot;%2&quot; waa madhan yahay: sadarkiisa koowaad waa inuu haystaa.</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>faylka furaha soo celinta</translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation>faylka erayga sirta ah</translation>
    </message>
    <message>
        <source>This database is encrypted and there is no terminal to ask for its passphrase. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or give the recovery key with --recovery-key-file FILE.</source>
        <translation>Kaydkan xogta waa la sireeyay mana jiro terminal lagu weydiiyo erayga sirta ah. Ku bixi --passphrase-file FILE (ama faylkaas ku magacow doorsoomaha deegaanka %1), ama furaha soo celinta ku bixi --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Erayga sirta ah: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Eray sir ah lama bixin.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Waxba lama beddelin.</translation>
    </message>
    <message>
        <source>A new encrypted database needs a passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or add --unencrypted for throwaway data.</source>
        <translation>Kayd xog oo cusub oo la sireeyay wuxuu u baahan yahay eray sir ah, mana jiro terminal lagu weydiiyo. Ku bixi --passphrase-file FILE (ama faylkaas ku magacow doorsoomaha deegaanka %1), ama ku dar --unencrypted xog la tuurayo.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>Eray sir ah oo cusub (ugu yaraan %1 xaraf): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Isla erayga sirta ah mar kale: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Labada eray sir ah way kala duwan yihiin; waxba lama beddelin.</translation>
    </message>
    <message>
        <source>Encrypting needs a new passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1). Nothing was changed.</source>
        <translation>Sirinta waxay u baahan tahay eray sir ah oo cusub, mana jiro terminal lagu weydiiyo. Ku bixi --passphrase-file FILE (ama faylkaas ku magacow doorsoomaha deegaanka %1). Waxba lama beddelin.</translation>
    </message>
    <message>
        <source>The office key needs a passphrase for your login, and there is no terminal to ask for it. Give it with %1 FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <extracomment>%1 is the option that names the passphrase file, --passphrase-file or --office-passphrase-file</extracomment>
        <translation>Furaha xafiiska wuxuu u baahan yahay eray sir ah oo akoonkaaga ah, mana jiro terminal lagu weydiiyo. Ku bixi %1 FILE (erayga sirta ah oo ku jira sadarka koowaad ee FILE). Waxba lama beddelin.</translation>
    </message>
    <message>
        <source>The new passphrase is needed, and there is no terminal to ask for it. Give it with --new-passphrase-file FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <translation>Erayga sirta ah ee cusub ayaa loo baahan yahay, mana jiro terminal lagu weydiiyo. Ku bixi --new-passphrase-file FILE (erayga sirta ah oo ku jira sadarka koowaad ee FILE). Waxba lama beddelin.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Ingiriisi</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Isbaanish</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Kiriyoolka Haiti</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Boortaqiis</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>Kiriyoolka Cape Verde</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Shiinays (la fududeeyay)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Shiinays (dhaqameed)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Fiitnaamiis</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Carabi</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruush</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Soomaali</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name, own name</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk cannot open this database.</source>
        <translation>TrustDesk ma furi karo kaydkan xogta.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Fur mid kale…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Samee mid cusub…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ka bax</translation>
    </message>
</context>
<context>
    <name>MetadataScrubber</name>
    <message>
        <source>This image is damaged or in a form TrustDesk cannot clean of metadata.</source>
        <translation>Sawirkan waa xumaaday ama wuxuu ku jiraa qaab aanu TrustDesk ka nadiifin karin metadata.</translation>
    </message>
    <message>
        <source>The cleaned PDF would overwrite a file.</source>
        <translation>PDF-ka la nadiifiyay wuxuu dul qori lahaa fayl.</translation>
    </message>
    <message>
        <source>PDF metadata cannot be removed here: qpdf and bubblewrap (packages qpdf and bubblewrap) are needed to open the PDF safely.</source>
        <translation>Metadata-da PDF halkan lagama saari karo: qpdf iyo bubblewrap (xirmooyinka qpdf iyo bubblewrap) ayaa loo baahan yahay si PDF-ka si ammaan ah loo furo.</translation>
    </message>
    <message>
        <source>This PDF is damaged or could not be rebuilt without its metadata.</source>
        <translation>PDF-kan waa xumaaday ama dib looma dhisi karin metadata-diisa la&apos;aanteed.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Kaydka xogta ayaa la cusboonaysiinayaa</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>Faylka kaydka xogta waa xumaaday lamana akhrin karo.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Kaydka xogta ayaa la samaynayaa</translation>
    </message>
    <message>
        <source>This version of TrustDesk cannot set up an office database.</source>
        <translation>Noocan TrustDesk ma diyaarin karo kayd xog xafiis.</translation>
    </message>
    <message>
        <source>The office database is damaged: its schema version is unknown.</source>
        <translation>Kaydka xogta xafiiska wuu dhaawacan yahay: nooca qaab-dhismeedkiisa lama yaqaan.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Isticmaal ugu yaraan %n xaraf.</numerusform>
            <numerusform>Isticmaal ugu yaraan %n xaraf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Labada eray sir ah way kala duwan yihiin. Laba jeer qor isla erayga sirta ah.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Choose another.</source>
        <translation>Erayga sirta ah ee cusub waa kan hadda. Dooro mid kale.</translation>
    </message>
</context>
<context>
    <name>OfficeBackup</name>
    <message>
        <source>The backup file could not be written.</source>
        <translation>Faylka nuqulka kaydka lama qori karin.</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>Waa la joojiyay; nuqul kayd lama qorin.</translation>
    </message>
    <message>
        <source>The backup holds a column this version of TrustDesk does not know (%1.%2); restore it with the version that made it.</source>
        <translation>Nuqulka kaydka wuxuu leeyahay tiir uusan noocan TrustDesk aqoon (%1.%2); ku soo celi noocii sameeyay.</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>Nuqul kayd ayaa laga samaynayaa kaydka xogta xafiiska</translation>
    </message>
    <message>
        <source>Only an office database is backed up this way.</source>
        <translation>Habkan waxaa nuqul kayd looga sameeyaa oo keliya kaydka xogta xafiiska.</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with `trustdesk-cli office-key init`.</source>
        <translation>Kaydka xogta xafiiskan weli ma laha furaha xafiiska, sidaas darteed nuqulkiisa kaydka lama siri karin. Marka hore mid ku samee `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 horey ayuu u jiray; u dooro nuqulka kaydka magac cusub.</translation>
    </message>
    <message>
        <source>The backup file could not be made in %1.</source>
        <translation>Faylka nuqulka kaydka laguma samayn karin %1.</translation>
    </message>
    <message>
        <source>The office database has a table this version of TrustDesk cannot back up (%1); nothing was written.</source>
        <translation>Kaydka xogta xafiiska wuxuu leeyahay shax uusan noocan TrustDesk nuqul kayd ka samayn karin (%1); waxba lama qorin.</translation>
    </message>
    <message>
        <source>The backup did not verify after writing; nothing was kept. %1</source>
        <translation>Nuqulka kaydka kuma guulaysan hubinta kadib markii la qoray; waxba lama hayn. %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as %1.</source>
        <translation>Nuqulka kaydka looma guurin karin meeshiisa isagoo ah %1.</translation>
    </message>
    <message>
        <source>Restoring the office database</source>
        <translation>Kaydka xogta xafiiska ayaa la soo celinayaa</translation>
    </message>
    <message>
        <source>An office backup restores into an office database.</source>
        <translation>Nuqul kayd xafiis waxaa lagu soo celiyaa kayd xog xafiis.</translation>
    </message>
    <message>
        <source>The office database holds data already; a backup is restored only into an empty one. Make a new database on the server (createdb) and restore into it.</source>
        <translation>Kaydka xogta xafiiska horey xog ayaa ugu jirta; nuqul kayd waxaa lagu soo celiyaa oo keliya kayd madhan. Samee kayd xog cusub oo server-ka ah (createdb) kuna soo celi.</translation>
    </message>
    <message>
        <source>The backup was made by a newer TrustDesk; update TrustDesk to restore it.</source>
        <translation>Nuqulka kaydka waxaa sameeyay TrustDesk ka cusub; cusboonaysii TrustDesk si aad u soo celiso.</translation>
    </message>
    <message>
        <source>The backup holds a table this version of TrustDesk does not know (%1).</source>
        <translation>Nuqulka kaydka wuxuu leeyahay shax uusan noocan TrustDesk aqoon (%1).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>Waa la joojiyay; waxba lama soo celin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it is not the backup as it was written.</source>
        <translation>&quot;%1&quot; waa xumaaday ama ma dhammaystirna: ma aha nuqulka kaydka sidii loo qoray.</translation>
    </message>
    <message>
        <source>The sealed content of evidence item %1 in the backup does not open whole with the office key.</source>
        <translation>Waxa xiran ee walaxda caddaynta %1 ee nuqulka kaydka si buuxda ugama furmaan furaha xafiiska.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>&quot;%1&quot; lama akhrin karo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup of an office database.</source>
        <translation>&quot;%1&quot; ma aha nuqul kayd oo kayd xog xafiis ah.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer TrustDesk; update TrustDesk to open it.</source>
        <translation>&quot;%1&quot; waxaa sameeyay TrustDesk ka cusub; cusboonaysii TrustDesk si aad u furto.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; held no copy of the office key when the backup was made; it opens with the passphrase of one of: %2.</source>
        <translation>Akoonka &quot;%1&quot; ma haysan nuqul furaha xafiiska ah markii nuqulka kaydka la samaynayay; wuxuu ku furmaa erayga sirta ah ee mid ka mid ah: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Waa la joojiyay.</translation>
    </message>
    <message>
        <source>The audit log in the backup does not chain at entry %1.</source>
        <translation>Silsiladda diiwaanka hubinta ee nuqulka kaydka way go&apos;an tahay qoraalka %1.</translation>
    </message>
    <message>
        <source>The office backup cannot be opened without the office key.</source>
        <translation>Nuqulka kaydka xafiiska lama furi karo furaha xafiiska la&apos;aantiis.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupFlow</name>
    <message>
        <source>TrustDesk office backup %1</source>
        <translation>Nuqul kayd xafiis TrustDesk %1</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>Nuqul kayd ayaa laga samaynayaa kaydka xogta xafiiska</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with trustdesk-cli office-key init.</source>
        <translation>Kaydka xogta xafiiskan weli ma laha furaha xafiiska, sidaas darteed nuqulkiisa kaydka lama siri karin. Marka hore mid ku samee trustdesk-cli office-key init.</translation>
    </message>
    <message>
        <source>The backup is encrypted with the office key, which is not unlocked. Connect again (File › Connect to Office Server…) and give your office key passphrase, then back up.</source>
        <translation>Nuqulka kaydka waxaa lagu sireeyaa furaha xafiiska, kaas oo aan furnayn. Mar kale isku xir (Fayl › Ku xir server-ka xafiiska…) oo geli erayga sirta ah ee furaha xafiiska, kadibna samee nuqul kayd.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Samee nuqul kayd</translation>
    </message>
    <message>
        <source>The backup is in %1, written and checked.

It holds the whole office database, evidence included, encrypted with the office key: it opens with the office key passphrase of anyone who held the key today. Keep it somewhere other than the server.</source>
        <translation>Nuqulka kaydku wuxuu ku jiraa %1, waa la qoray waana la hubiyay.

Wuxuu hayaa kaydka xogta xafiiska oo dhan, caddaymaha ay ku jiraan, oo lagu sireeyay furaha xafiiska: wuxuu ku furmaa erayga sirta ah ee furaha xafiiska ee qof kasta oo furaha haystay maanta. Ku hay meel aan ahayn server-ka.</translation>
    </message>
    <message>
        <source>Save Office Backup As</source>
        <translation>U kaydi nuqulka kaydka xafiiska sida</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob)</source>
        <translation>Nuqullada kaydka xafiiska TrustDesk (*.tdob)</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 horey ayuu u jiray. Nuqul kayd marna ma beddelo fayl: dooro magac kale.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupUnlock</name>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Whose office key passphrase opens this backup? It opens with the passphrase of a person who held the office key when it was made.</source>
        <translation>Akoonkee erayga sirta ah ee furaha xafiiska ayaa furaya nuqulkan kaydka? Wuxuu ku furmaa erayga sirta ah ee qof hayay furaha xafiiska markii la samaynayay.</translation>
    </message>
    <message>
        <source>Your login %1 held no copy of the office key when this backup was made. Whose office key passphrase opens it?</source>
        <translation>Akoonkaaga %1 ma haysan nuqul furaha xafiiska ah markii la samaynayay nuqulkan kaydka. Akoonkee erayga sirta ah ee furaha xafiiska ayaa furaya?</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Ka soo celi nuqul kayd</translation>
    </message>
    <message>
        <source>This backup holds no copy of the office key, so it cannot be opened.</source>
        <translation>Nuqulkan kaydka kuma jiro nuqul furaha xafiiska ah, sidaas darteed lama furi karo.</translation>
    </message>
    <message>
        <source>The office key passphrase of login %1 (when the backup was made):</source>
        <translation>Erayga sirta ah ee furaha xafiiska ee akoonka %1 (markii la samaynayay nuqulka kaydka):</translation>
    </message>
    <message>
        <source>Open the Office Backup</source>
        <translation>Fur nuqulka kaydka xafiiska</translation>
    </message>
    <message>
        <source>Opening the backup with the passphrase…</source>
        <translation>Nuqulka kaydka waxaa lagu furayaa erayga sirta ah…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Try again (login %1):</source>
        <translation>Erayga sirta ahi ma furo nuqulka kaydka. Isku day mar kale (akoonka %1):</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key stored on the server is damaged. Ask the office&apos;s administrator to restore it from a backup.</source>
        <translation>Furaha xafiiska ee server-ka ku kaydsan wuu xumaaday. Weydii maamulaha xafiiska inuu ka soo celiyo nuqul kayd ah.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>Xusuus ku filan ma jirto si loo hubiyo erayga sirta ah (256 MiB ayaa loo baahan yahay).</translation>
    </message>
</context>
<context>
    <name>OfficeKeyUnlock</name>
    <message>
        <source>Without the office key, evidence cannot be opened or attached, and drafts are kept in memory only.</source>
        <translation>Furaha xafiiska la&apos;aantiis, caddaymaha lama furi karo lamana lifaaqi karo, qabyo-qoraalladuna waxay ku jiraan xusuusta oo keliya.</translation>
    </message>
    <message>
        <source>Unlock the Office Key</source>
        <translation>Fur furaha xafiiska</translation>
    </message>
    <message>
        <source>This office server has no office key yet. %1</source>
        <translation>Server-kan xafiiska weli ma laha furaha xafiiska. %1</translation>
    </message>
    <message>
        <source>Your login %1 cannot open the office key yet. Ask a colleague who holds it to run:

trustdesk-cli office-key add %1

%2</source>
        <translation>Akoonkaaga %1 weli ma furi karo furaha xafiiska. Weydii saaxiib shaqo oo haysta inuu socodsiiyo:

trustdesk-cli office-key add %1

%2</translation>
    </message>
    <message>
        <source>Office Key</source>
        <translation>Furaha xafiiska</translation>
    </message>
    <message>
        <source>Your login %1 holds no office key: ask a colleague to run “trustdesk-cli office-key add %1”.</source>
        <translation>Akoonkaaga %1 ma haysto furaha xafiiska: weydii saaxiib shaqo inuu socodsiiyo “trustdesk-cli office-key add %1”.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key (login %1):</source>
        <translation>Erayga sirta ah ee aad u leedahay furaha xafiiska (akoonka %1):</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key. Try again (login %1):</source>
        <translation>Erayga sirta ahi ma furo furaha xafiiska. Isku day mar kale (akoonka %1):</translation>
    </message>
    <message>
        <source>Unlocking the office key…</source>
        <translation>Furaha xafiiska waa la furayaa…</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>Reading the office key</source>
        <translation>Furaha xafiiska ayaa la akhrinayaa</translation>
    </message>
    <message>
        <source>An office key exists only in an office server&apos;s database.</source>
        <translation>Furaha xafiisku wuxuu ku jiraa oo keliya kaydka xogta ee server-ka xafiiska.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so it cannot hold evidence. An administrator makes one with `trustdesk-cli office-key init`.</source>
        <translation>Server-kan xafiiska weli ma laha furaha xafiiska, sidaas darteed caddaymo kuma kaydin karo. Maamule ayaa mid ku sameeya `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>The office key was made by a newer version of TrustDesk. Update TrustDesk to use the evidence on this server.</source>
        <translation>Furaha xafiiska waxaa sameeyay nooc ka cusub oo TrustDesk ah. Cusboonaysii TrustDesk si aad u isticmaasho caddaymaha server-kan.</translation>
    </message>
    <message>
        <source>Storing the office key</source>
        <translation>Furaha xafiiska ayaa la kaydinayaa</translation>
    </message>
    <message>
        <source>This office server has an office key already; it is never replaced (that would make its evidence unreadable). Add people with `trustdesk-cli office-key add`.</source>
        <translation>Server-kan xafiisku horey ayuu u leeyahay furaha xafiiska; marnaba lama beddelo (taasi waxay ka dhigi lahayd caddaymihiisa kuwo aan la akhrin karin). Ku dar dad `trustdesk-cli office-key add`.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key. A colleague who has one adds it with `trustdesk-cli office-key add %1`.</source>
        <translation>Akoonka &quot;%1&quot; ma haysto nuqul furaha xafiiska ah. Saaxiib shaqo oo haysta ayaa ku dara `trustdesk-cli office-key add %1`.</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>Sheeg magaca akoonka la darayo.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was added.</source>
        <translation>Furahaasi maaha furaha xafiiskan; waxba laguma darin.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds a copy of the office key already; nothing was changed.</source>
        <translation>Akoonka &quot;%1&quot; horey ayuu u haystaa nuqul furaha xafiiska ah; waxba lama beddelin.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was changed.</source>
        <translation>Furahaasi ma aha furaha xafiiskan; waxba lama beddelin.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key; nothing was changed.</source>
        <translation>Akoonka &quot;%1&quot; ma haysto nuqul furaha xafiiska ah; waxba lama beddelin.</translation>
    </message>
</context>
<context>
    <name>OfficeRestoreFlow</name>
    <message>
        <source>Restoring an office backup</source>
        <translation>Nuqul kayd xafiis ayaa la soo celinayaa</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Ka soo celi nuqul kayd</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Soo celinta waa la joojiyay; waxba lama beddelin.</translation>
    </message>
    <message>
        <source>Restore canceled; the office database %1 was left empty.</source>
        <translation>Soo celinta waa la joojiyay; kaydka xogta xafiiska %1 madhan ayuu ku haray.</translation>
    </message>
    <message>
        <source>The backup was not restored; the office database %1 was left as empty as it was.</source>
        <translation>Nuqulka kaydka lama soo celin; kaydka xogta xafiiska %1 sidii uu ahaa ayuu madhan ku haray.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored, and nothing was changed.</source>
        <translation>&quot;%1&quot; lama soo celin karo, waxna lama beddelin.</translation>
    </message>
    <message numerus="yes">
        <source>The office database %1 now holds the %Ln case(s) of the backup %2, with their evidence and audit log; the backup and the audit log&apos;s chain were checked.</source>
        <translation>
            <numerusform>Kaydka xogta xafiiska %1 hadda wuxuu hayaa %Ln kiis oo ka yimid nuqulka kaydka %2, iyo caddaymihiisa iyo diiwaanka hubinta; nuqulka kaydka iyo silsiladda diiwaanka hubinta waa la hubiyay.</numerusform>
            <numerusform>Kaydka xogta xafiiska %1 hadda wuxuu hayaa %Ln kiis oo ka yimid nuqulka kaydka %2, iyo caddaymahooda iyo diiwaanka hubinta; nuqulka kaydka iyo silsiladda diiwaanka hubinta waa la hubiyay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Waa lagu soo celiyay %1.</translation>
    </message>
    <message>
        <source>Switch this window to the restored database? The window is on %1 now.</source>
        <translation>Ma u wareejinaysaa daaqaddan kaydka xogta la soo celiyay? Daaqaddu hadda waxay ku jirtaa %1.</translation>
    </message>
    <message>
        <source>&amp;Switch to Restored Database</source>
        <translation>&amp;U wareeg kaydka xogta la soo celiyay</translation>
    </message>
    <message>
        <source>S&amp;tay Here</source>
        <translation>&amp;Halkan joog</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>caseworker</source>
        <translation>shaqaalaha kiiska</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>kormeere</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>maamule</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3</source>
        <translation>Server-ka xafiiska: %1 oo ku jira %2, akoonka %3</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3 (%4)</source>
        <translation>Server-ka xafiiska: %1 oo ku jira %2, akoonka %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OfficeTransfer</name>
    <message>
        <source>Copying the database to the server</source>
        <translation>Kaydka xogta ayaa loo koobiyaynayaa server-ka</translation>
    </message>
    <message>
        <source>The server has no table &quot;%1&quot;.</source>
        <translation>Server-ku ma laha shax &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server has a table this version of TrustDesk cannot copy (&quot;%1&quot;): use the version that made it.</source>
        <translation>Server-ku wuxuu leeyahay shax uusan noocan TrustDesk koobiyeyn karin (&quot;%1&quot;): isticmaal noocii sameeyay.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Waa la joojiyay.</translation>
    </message>
</context>
<context>
    <name>OfficerQuery</name>
    <message>
        <source>Reading officers</source>
        <translation>Saraakiisha ayaa la akhrinayaa</translation>
    </message>
</context>
<context>
    <name>OfficerRosterModel</name>
    <message>
        <source>(agency unknown)</source>
        <translation>(hay&apos;adda lama yaqaan)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Dhacdooyinka</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kiisaska</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Baajka</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Hay&apos;adda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Magaca</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Xadgudubyada</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Dhacdadii ugu horreysay</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Dhacdadii ugu dambaysay</translation>
    </message>
</context>
<context>
    <name>PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Bogga %1 ee %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>&quot;%1&quot; lama qori karin: %2</translation>
    </message>
    <message>
        <source>Stopped: &quot;%1&quot; was not written.</source>
        <translation>Waa la joojiyay: &quot;%1&quot; lama qorin.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>&quot;%1&quot; was not written.</source>
        <translation>&quot;%1&quot; lama qorin.</translation>
    </message>
</context>
<context>
    <name>PgConnectFailure</name>
    <message>
        <source>Cannot reach the office server at %1. Check the network or ask your administrator; nothing was lost, try again.</source>
        <translation>Server-ka xafiiska ee %1 lama gaari karo. Hubi shabakadda ama weydii maamulahaaga; waxba ma lumin, isku day mar kale.</translation>
    </message>
    <message>
        <source>The office server wants a password for the login %1. Enter your server password and try again.</source>
        <translation>Server-ka xafiisku wuxuu u baahan yahay eray sir ah oo loogu talagalay akoonka %1. Geli erayga sirta ah ee server-ka oo isku day mar kale.</translation>
    </message>
    <message>
        <source>The server refused the password for the login %1. Check the password (capitals count) and try again, or ask your administrator.</source>
        <translation>Server-ku wuu diiday erayga sirta ah ee akoonka %1. Hubi erayga sirta ah (xarfaha waaweyn iyo kuwa yaryar way kala duwan yihiin) oo isku day mar kale, ama weydii maamulahaaga.</translation>
    </message>
    <message>
        <source>The office server at %1 did not let the login %2 open the database %3: the database may not exist there, or the server does not accept this login from this computer. Ask your administrator.</source>
        <translation>Server-ka xafiiska ee %1 uma oggolaan akoonka %2 inuu furo kaydka xogta %3: waxaa laga yaabaa in kaydka xogtu uusan halkaas ku jirin, ama server-ku uusan akoonkan ka aqbalin kombiyuutarkan. Weydii maamulahaaga.</translation>
    </message>
    <message>
        <source>The office server at %1 could not be reached, or it refused the login. Try again; nothing was lost.</source>
        <translation>Server-ka xafiiska ee %1 lama gaari karin, ama wuu diiday galitaanka. Isku day mar kale; waxba ma lumin.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The server address is not usable: %1</source>
        <translation>Cinwaanka server-ka lama isticmaali karo: %1</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>waa inuu ku bilaabmaa postgresql://</translation>
    </message>
    <message>
        <source>only one server can be named (no commas).</source>
        <translation>hal server oo keliya ayaa la magacaabi karaa (hakad la&apos;aan).</translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;.</source>
        <translation>magaca kaydka xogta kuma jiri karo &quot;/&quot;.</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>dekedda &quot;%1&quot; maaha tiro u dhaxaysa 1 ilaa 65535.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; cannot contain &quot;;&quot;.</source>
        <translation>qiimaha &quot;%1&quot; kuma jiri karo &quot;;&quot;.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported.</source>
        <translation>halbeegga &quot;%1&quot; lama taageero.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>kombiyuutarkan</translation>
    </message>
</context>
<context>
    <name>RedactJob</name>
    <message>
        <source>Opening the database…</source>
        <translation>Kaydka xogta ayaa la furayaa…</translation>
    </message>
    <message>
        <source>Covering the marked areas…</source>
        <translation>Meelaha la calaamadeeyay ayaa la daboolayaa…</translation>
    </message>
    <message>
        <source>Making the new image…</source>
        <translation>Sawirka cusub ayaa la samaynayaa…</translation>
    </message>
    <message>
        <source>Storing the copy and its record…</source>
        <translation>Nuqulka iyo diiwaankiisa ayaa la kaydinayaa…</translation>
    </message>
</context>
<context>
    <name>RedactionRecord</name>
    <message>
        <source>Unknown redaction method &quot;%1&quot;. Use fill or pixelate.</source>
        <translation>Hab qarin oo aan la aqoon: &quot;%1&quot;. Isticmaal fill ama pixelate.</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; is not four whole numbers X,Y,W,H (left, top, width, height in pixels).</source>
        <translation>Sanduuqa &quot;%1&quot; ma aha afar tiro oo dhan X,Y,W,H (bidix, kor, ballac, dherer, pixel ahaan).</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; has no area: its width and height must be at least 1.</source>
        <translation>Sanduuqa &quot;%1&quot; ma laha bed: ballaciisa iyo dhererkiisu waa inay ahaadaan ugu yaraan 1.</translation>
    </message>
    <message>
        <source>Give at least one box to redact.</source>
        <translation>Bixi ugu yaraan hal sanduuq oo la qarinayo.</translation>
    </message>
    <message>
        <source>The box %1 has no area: its width and height must be at least 1.</source>
        <translation>Sanduuqa %1 ma laha bed: ballaciisa iyo dhererkiisu waa inay ahaadaan ugu yaraan 1.</translation>
    </message>
    <message>
        <source>The box %1 is not inside the image, which is %2×%3 pixels (upright).</source>
        <translation>Sanduuqa %1 kuma jiro gudaha sawirka, kaas oo ah %2×%3 pixel (isagoo toosan).</translation>
    </message>
    <message>
        <source>The redaction record cannot be read.</source>
        <translation>Diiwaanka qarinta lama akhriyi karo.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Checking the Backup</source>
        <translation>Waa la hubinayaa nuqulka kaydka</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Soo celinta waa la joojiyay; waxba lama beddelin.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Ka soo celi nuqul kayd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: it did not pass its check, so nothing was changed.</source>
        <translation>&quot;%1&quot; lama soo celin karo: kama gudbin hubinta, sidaas darteed waxba lama beddelin.</translation>
    </message>
    <message>
        <source>The case you are editing has changes that are not saved. Save or close it first, then restore the backup.</source>
        <translation>Kiiska aad wax ka beddelayso waxaa ku jira isbeddello aan la kaydin. Marka hore kaydi ama xir, kadib soo celi nuqulka kaydka.</translation>
    </message>
    <message>
        <source>%1 is the database TrustDesk has open. Choose a backup of it instead.</source>
        <translation>%1 waa kaydka xogta ee TrustDesk hadda furan. Taa beddelkeeda dooro nuqul kayd oo isaga ah.</translation>
    </message>
    <message>
        <source>Replace the cases in TrustDesk with the cases in the backup?</source>
        <translation>Ma ku beddeshaa kiisaska TrustDesk kiisaska nuqulka kaydka?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln case(s) in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>
            <numerusform>Kiiska hadda ku jira TrustDesk iyo caddaymihiisa waxaa lagu beddeli doonaa kuwa nuqulka kaydka.</numerusform>
            <numerusform>Kiisaska hadda ku jira TrustDesk (%Ln) iyo caddaymahooda waxaa lagu beddeli doonaa kuwa nuqulka kaydka.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cases in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>Kiisaska hadda ku jira TrustDesk iyo caddaymahooda waxaa lagu beddeli doonaa kuwa nuqulka kaydka.</translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s); its newest recorded change is from %2.</source>
        <translation>
            <numerusform>Nuqulka kaydka &quot;%1&quot; wuxuu hayaa %Ln kiis; isbeddelkii ugu dambeeyay ee la diiwaangeliyay waa %2.</numerusform>
            <numerusform>Nuqulka kaydka &quot;%1&quot; wuxuu hayaa %Ln kiis; isbeddelkii ugu dambeeyay ee la diiwaangeliyay waa %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s).</source>
        <translation>
            <numerusform>Nuqulka kaydka &quot;%1&quot; wuxuu hayaa %Ln kiis.</numerusform>
            <numerusform>Nuqulka kaydka &quot;%1&quot; wuxuu hayaa %Ln kiis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything added or changed since that backup will be lost. The backup itself is not changed.</source>
        <translation>Wax kasta oo lagu daray ama la beddelay tan iyo nuqulkaas kaydka ah waa lumi doonaan. Nuqulka kaydka laftiisa isma beddelo.</translation>
    </message>
    <message>
        <source>&amp;Replace with Backup</source>
        <translation>&amp;Ku beddel nuqulka kaydka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>The restore did not finish.</source>
        <translation>Soo celinta ma dhammaan.</translation>
    </message>
    <message>
        <source>The backup was not restored, and nothing was changed.</source>
        <translation>Nuqulka kaydka lama soo celin, waxna lama beddelin.</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk now holds the %Ln case(s) of the backup %1, with their evidence.</source>
        <translation>
            <numerusform>Hadda TrustDesk wuxuu hayaa %Ln kiis oo ka yimid nuqulka kaydka %1, iyo caddaymihiisa.</numerusform>
            <numerusform>Hadda TrustDesk wuxuu hayaa %Ln kiis oo ka yimid nuqulka kaydka %1, iyo caddaymahooda.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an encrypted backup, and the database open now is not encrypted: restoring it here would put its cases on this disk unencrypted, so it was not restored. Encrypt this database first (Encrypt… above the cases), then restore.</source>
        <translation>&quot;%1&quot; waa nuqul kayd ah oo la sireeyay, kaydka xogta ee hadda furanna lama sireyn: halkan in lagu soo celiyo waxay kiisaskiisa dhigi lahayd diskigan iyagoon sir ahayn, sidaas darteed lama soo celin. Marka hore sir kaydkan xogta (Siree… oo ka sarreeya kiisaska), kadibna soo celi.</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Filed with</source>
        <translation>Loo gudbiyay</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Taariikhda</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Habka</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Lambarka raadraaca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Xaaladda</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Cabasho</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Kama dambays</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>La dhammeeyay</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Waxa la samaynayo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Dabagal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Magaca</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Lambarka baajka</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Qaybta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Sharaxaad</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Sarkaalka</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Xiriirka</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Hadalka</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Markhaatiga</translation>
    </message>
    <message>
        <source>Add co&amp;mplaint</source>
        <translation>Ku dar &amp;cabasho</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Ku dar dabagal</translation>
    </message>
    <message>
        <source>Add office&amp;r</source>
        <translation>Ku dar sar&amp;kaal</translation>
    </message>
    <message>
        <source>Add witne&amp;ss</source>
        <translation>Ku dar mark&amp;haati</translation>
    </message>
</context>
<context>
    <name>ScramVerifier</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>Maktabadda sirinta lama bilaabi karin.</translation>
    </message>
    <message>
        <source>The login password is empty.</source>
        <translation>Erayga sirta ah ee akoonku waa madhan yahay.</translation>
    </message>
    <message>
        <source>A login password may use only ASCII letters, digits, punctuation and spaces (no accented letters or other scripts): the server prepares other characters in a way TrustDesk cannot reproduce exactly, which could lock the person out. Choose a longer password of ASCII characters instead.</source>
        <translation>Erayga sirta ah ee akoonku wuxuu isticmaali karaa oo keliya xarfaha ASCII, tirooyin, calaamadaha qoraalka iyo meelo bannaan (xarfo calaamado leh ama far kale ma leh): server-ku xarfaha kale wuxuu u diyaariyaa si aan TrustDesk si sax ah ugu samayn karin, taasina waxay qofka ka xiri kartaa galitaanka. Taa beddelkeeda dooro eray sir ah oo ka dheer oo xarfo ASCII ah.</translation>
    </message>
    <message>
        <source>The login password cannot be prepared.</source>
        <translation>Erayga sirta ah ee akoonka lama diyaarin karo.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation>Tusaha raadinta ayaa la samaynayaa</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Tusaha raadinta ayaa la cusboonaysiinayaa</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>Tusaha raadinta ayaa la nadiifinayaa</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Waa la raadinayaa</translation>
    </message>
</context>
<context>
    <name>SensitiveDetail</name>
    <message>
        <source>Witness contact details</source>
        <translation>Xiriirka markhaatiyaasha</translation>
    </message>
</context>
<context>
    <name>ServerEvidence</name>
    <message>
        <source>The evidence could not be encrypted.</source>
        <translation>Caddaymaha lama siri karin.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the database reported an unexpected error.</source>
        <translation>%1: kaydka xogta wuxuu soo sheegay khalad aan la filayn.</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program. Try again in a moment.</source>
        <translation>%1: kaydka xogta waxaa isticmaalaya barnaamij kale. Isku day mar kale daqiiqad kadib.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (it is read-only).</source>
        <translation>%1: faylka kaydka xogta wax laguma qori karo (waa akhris oo keliya).</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>%1: diskigu waa buuxaa. Meel bannaan samee oo isku day mar kale; waxba lama kaydin.</translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written.</source>
        <translation>%1: faylka kaydka xogta lama akhrin karin lamana qori karin.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1: faylka kaydka xogta waa xumaaday.</translation>
    </message>
    <message>
        <source>%1: the data conflicts with what is already stored.</source>
        <translation>%1: xogtu waxay ka hor imanaysaa waxa horey loo kaydiyay.</translation>
    </message>
    <message>
        <source>%1: the connection to the office server was lost. Try again in a moment.</source>
        <translation>%1: xiriirkii server-ka xafiiska wuu go&apos;ay. Isku day mar kale daqiiqad kadib.</translation>
    </message>
    <message>
        <source>%1: the office server does not allow this login to make this change.</source>
        <translation>%1: server-ka xafiisku uma oggola galitaankan inuu sameeyo isbeddelkan.</translation>
    </message>
    <message>
        <source>%1: the office server&apos;s disk is full; nothing was saved. Tell the office admin.</source>
        <translation>%1: diskiga server-ka xafiisku wuu buuxaa; waxba lama kaydin. U sheeg maamulaha xafiiska.</translation>
    </message>
    <message>
        <source>%1: your role on the office server does not allow this. Ask the office admin if you need it.</source>
        <translation>%1: doorkaaga server-ka xafiiska ma oggola tan. Weydii maamulaha xafiiska haddii aad u baahan tahay.</translation>
    </message>
    <message>
        <source>%1: the office server refused this login. Ask your administrator.</source>
        <translation>%1: server-ka xafiisku wuu diiday akoonkan. Weydii maamulahaaga.</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>Managing the office&apos;s staff</source>
        <translation>Shaqaalaha xafiiska ayaa la maamulayaa</translation>
    </message>
    <message>
        <source>That login cannot be staff: it is a superuser, a group or a system role.</source>
        <translation>Akoonkaasi ma noqon karo shaqaale: waa superuser, koox ama door nidaam.</translation>
    </message>
    <message>
        <source>%1: only an office admin may do this, and your login is not one. Ask an admin to do it, or to make you one (trustdesk-cli staff role LOGIN admin).</source>
        <translation>%1: kaliya maamulaha xafiiska ayaa samayn kara tan, akoonkaaguna ma aha maamule. Weydii maamule inuu sameeyo, ama inuu maamule kaa dhigo (trustdesk-cli staff role LOGIN admin).</translation>
    </message>
    <message>
        <source>Setting a staff member&apos;s password</source>
        <translation>Erayga sirta ah ee shaqaale ayaa la dhigayaa</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot; on this office server (trustdesk-cli staff list shows them).</source>
        <translation>Server-kan xafiiska kuma jiro shaqaale la yiraahdo &quot;%1&quot; (trustdesk-cli staff list ayaa muujiya shaqaalaha).</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Other agency %1</source>
        <translation>Hay&apos;ad kale %1</translation>
    </message>
    <message>
        <source>Other outcome %1</source>
        <translation>Natiijo kale %1</translation>
    </message>
    <message>
        <source>Other district %1</source>
        <translation>Degmo kale %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Wadarta</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>Nooca xadgudubka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bisha</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Rubuca sanadka</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Degmada booliiska</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Hay&apos;adda</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Xaaladda kiiska</translation>
    </message>
    <message>
        <source>Complaint outcome</source>
        <translation>Natiijada cabashada</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kiisaska</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Dhacdooyinka</translation>
    </message>
    <message>
        <source>No category recorded</source>
        <translation>Nooc lama diiwaangelin</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>Lama gudbin</translation>
    </message>
    <message>
        <source>Filed, no status recorded</source>
        <translation>La gudbiyay, xaalad lama diiwaangelin</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Lama diiwaangelin</translation>
    </message>
    <message>
        <source>The caseworkers could not be read.</source>
        <translation>Shaqaalaha kiisaska lama akhrin karin.</translation>
    </message>
</context>
<context>
    <name>StatisticsChart</name>
    <message>
        <source>suppressed</source>
        <translation>la qariyay</translation>
    </message>
    <message>
        <source>Shaded: the count is suppressed (below the threshold).</source>
        <translation>Hadh leh: tirada waa la qariyay (way ka hoosaysaa xadka).</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 lama qori karin: %2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Dhoofi tirakoobka</translation>
    </message>
    <message>
        <source>Exported to %1. As for any published figures, no count below %2 is shown: %3 count(s) were hidden for being small and %4 more so that they cannot be worked out from the totals.</source>
        <translation>Waxaa loo dhoofiyay %1. Sida tirooyin kasta oo la daabaco, tiro ka yar %2 lama muujiyo: %3 tiro ayaa la qariyay maxaa yeelay way yar yihiin, %4 kalena si aan looga ogaan karin wadarrada.</translation>
    </message>
    <message>
        <source>Exported to %1 with every count shown (no suppression).</source>
        <translation>Waxaa loo dhoofiyay %1 iyadoo tiro kasta la muujiyay (wax la qariyay ma jiraan).</translation>
    </message>
    <message numerus="yes">
        <source>%n rare agency or outcome name(s) are replaced by &quot;Other …&quot;.</source>
        <translation>
            <numerusform>%n magac oo naadir ah oo hay&apos;ad ama natiijo ayaa lagu beddelay &quot;… kale&quot;.</numerusform>
            <numerusform>%n magac oo naadir ah oo hay&apos;ado ama natiijooyin ayaa lagu beddelay &quot;… kale&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>Dhoofinta laguma diiwaangelin karin diiwaanka hubinta: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>Counting cases for the statistics</source>
        <translation>Kiisaska ayaa loo tirinayaa tirakoobka</translation>
    </message>
    <message>
        <source>The statistics could not be counted: the database could not be read.</source>
        <translation>Tirakoobka lama tirin karin: kaydka xogta lama akhrin karin.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Reported police conduct by %1 and %2</source>
        <translation>Dhaqanka booliiska ee la soo sheegay, marka loo eego %1 iyo %2</translation>
    </message>
    <message>
        <source>Reported police conduct by %1</source>
        <translation>Dhaqanka booliiska ee la soo sheegay, marka loo eego %1</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2.</source>
        <translation>Dhacdooyinka laga bilaabo %1 ilaa %2.</translation>
    </message>
    <message>
        <source>All incidents recorded up to %1.</source>
        <translation>Dhammaan dhacdooyinka la diiwaangeliyay ilaa %1.</translation>
    </message>
    <message>
        <source>Cases with the status %1 only.</source>
        <translation>Kiisaska xaaladdoodu tahay %1 oo keliya.</translation>
    </message>
    <message>
        <source>The cases of one caseworker only.</source>
        <translation>Kiisaska hal shaqaale kiis oo keliya.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Wadarta</translation>
    </message>
    <message>
        <source>Totals count each case and incident once; one can fall in several rows or columns, so the totals can be less than the sum of their cells.</source>
        <translation>Wadarradu kiis iyo dhacdo kasta hal mar ayay tiriyaan; mid waxa uu ku dhici karaa dhowr saf ama tiir, sidaas darteed wadarradu way ka yaraan karaan isugeynta unugyadooda.</translation>
    </message>
    <message>
        <source>Table %1. Cases and incidents by %2</source>
        <translation>Shaxda %1. Kiisaska iyo dhacdooyinka marka loo eego %2</translation>
    </message>
    <message>
        <source>Table %1. %2 by %3 (rows) and %4 (columns)</source>
        <translation>Shaxda %1. %2 marka loo eego %3 (safafka) iyo %4 (tiirarka)</translation>
    </message>
    <message>
        <source>What is counted.</source>
        <translation>Waxa la tiriyo.</translation>
    </message>
    <message>
        <source>A case is counted when at least one of its incidents falls in the period and passes the filters; a case with no recorded incident is not counted. Violation category, month, quarter, police district and agency describe an incident; case status and complaint outcome describe the case. The outcome is the status of the case&apos;s latest complaint submission as recorded, ignoring capitals and spacing; &quot;Not filed&quot; when there is none. Agencies are grouped ignoring capitals and spacing.</source>
        <translation>Kiis waa la tiriyaa marka ugu yaraan mid ka mid ah dhacdooyinkiisu ku dhaco muddada oo uu ka gudbo shaandhooyinka; kiis aan dhacdo la diiwaangeliyay lahayn lama tiriyo. Nooca xadgudubka, bisha, rubuca sanadka, degmada booliiska iyo hay&apos;addu waxay sharxaan dhacdo; xaaladda kiiska iyo natiijada cabashaduna waxay sharxaan kiiska. Natiijadu waa xaaladda cabashadii ugu dambaysay ee kiiska loo gudbiyay sidii loo diiwaangeliyay, iyadoon la eegin xarfaha waaweyn iyo meelaha bannaan; &quot;Lama gudbin&quot; marka aysan jirin. Hay&apos;adaha waa la isku ururiyaa iyadoon la eegin xarfaha waaweyn iyo meelaha bannaan.</translation>
    </message>
    <message>
        <source>Overlapping rows.</source>
        <translation>Safaf isku dhex jira.</translation>
    </message>
    <message>
        <source>An incident can allege several violation categories, and a case can have incidents in several months, districts or agencies; it then counts once in each row or column it belongs to. Totals count every case and incident once, so they can be smaller than the sum of their rows.</source>
        <translation>Dhacdo waxaa lagu sheegi karaa dhowr nooc oo xadgudub, kiisna waxa uu yeelan karaa dhacdooyin dhowr bilood, degmo ama hay&apos;ad; markaas waxa la tiriyaa hal mar saf ama tiir kasta oo uu ka mid yahay. Wadarradu kiis iyo dhacdo kasta hal mar ayay tiriyaan, sidaas darteed way ka yaraan karaan isugeynta safafkooda.</translation>
    </message>
    <message>
        <source>Suppression.</source>
        <translation>Qarinta.</translation>
    </message>
    <message>
        <source>To protect the people behind small numbers, no count from 1 to %1 is shown: %2 count(s) of cases and %3 of incidents were hidden for that reason (primary suppression). So that none of them can be worked out by subtracting from a row, column or grand total, or from any combination of them, %4 further count(s) of cases and %5 of incidents were hidden, the smallest possible first (complementary suppression). A dash (–) marks a hidden count. Zeros are shown: they describe no one.</source>
        <translation>Si loo ilaaliyo dadka ka dambeeya tirooyinka yar, tiro u dhaxaysa 1 ilaa %1 lama muujiyo: sababtaas darteed waxaa la qariyay %2 tiro oo kiisas ah iyo %3 oo dhacdooyin ah (qarinta koowaad). Si midkoodna looga ogaan karin in laga jaro wadarta saf, tiir ama wadarta guud, ama isku darkooda, waxaa sidoo kale la qariyay %4 tiro oo kiisas ah iyo %5 oo dhacdooyin ah, kuwa ugu yar marka hore (qarinta dhammaystirka). Xariiq (–) ayaa calaamadeysa tiro la qariyay. Eberrada waa la muujiyaa: cidna ma sharxaan.</translation>
    </message>
    <message>
        <source>No count was suppressed (the threshold was set to 1).</source>
        <translation>Tiro lama qarin (xadka waxaa la dhigay 1).</translation>
    </message>
    <message>
        <source>This report holds no names, case references, badge numbers or narratives. Agency names and complaint outcomes are typed by caseworkers; any that counts fewer than %1 cases is not named (&quot;Other agency 1&quot;).</source>
        <translation>Warbixintan kuma jiraan magacyo, tixraacyo kiis, lambarro baaj ama sheekooyin. Magacyada hay&apos;adaha iyo natiijooyinka cabashada waxaa qora shaqaalaha kiisaska; mid kasta oo leh wax ka yar %1 kiis lama magacaabo (&quot;Hay&apos;ad kale 1&quot;).</translation>
    </message>
    <message>
        <source>%1 row(s) or column(s) were left unnamed for that reason.</source>
        <translation>Sababtaas darteed %1 saf ama tiir ayaa magac la&apos;aan lagu daayay.</translation>
    </message>
    <message>
        <source>Privacy.</source>
        <translation>Sirta.</translation>
    </message>
    <message>
        <source>Source.</source>
        <translation>Isha.</translation>
    </message>
    <message>
        <source>The office&apos;s TrustDesk case records, counted on %1.</source>
        <translation>Diiwaannada kiisaska TrustDesk ee xafiiska, la tiriyay %1.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Habka</translation>
    </message>
    <message>
        <source>%1 cases, %2 incidents</source>
        <translation>%1 kiis, %2 dhacdo</translation>
    </message>
    <message>
        <source>Figure 1. %1 by %2</source>
        <translation>Sawirka 1. %1 marka loo eego %2</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Tirakoob</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>La sameeyay %1</translation>
    </message>
    <message>
        <source>The statistics could not be printed.</source>
        <translation>Tirakoobka lama daabici karin.</translation>
    </message>
</context>
<context>
    <name>TextScanner</name>
    <message>
        <source>[withheld]</source>
        <translation>[la qariyay]</translation>
    </message>
</context>
<context>
    <name>VaultConversion</name>
    <message>
        <source>The encrypted copy does not hold the same data as the original (%1); the original was kept unchanged.</source>
        <translation>Nuqulka la sireeyay ma haysto xog la mid ah tan asalka (%1); asalka sidiisii ayaa loo daayay.</translation>
    </message>
    <message>
        <source>The encrypted copy could not be read back; the original was kept unchanged.</source>
        <translation>Nuqulka la sireeyay dib looma akhrin karin; asalka sidiisii ayaa loo daayay.</translation>
    </message>
    <message>
        <source>its schema</source>
        <translation>qaab-dhismeedkiisa</translation>
    </message>
    <message>
        <source>The encryption was canceled; nothing was changed.</source>
        <translation>Siraynta waa la joojiyay; waxba lama beddelin.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>shaxda %1</translation>
    </message>
    <message>
        <source>The database is open in TrustDesk or another program. Close it there and try again; nothing was changed.</source>
        <translation>Kaydka xogta wuxuu ku furan yahay TrustDesk ama barnaamij kale. Halkaas ka xir oo isku day mar kale; waxba lama beddelin.</translation>
    </message>
    <message>
        <source>The database could not be encrypted (%1); the original was kept unchanged.</source>
        <translation>Kaydka xogta lama sireyn karin (%1); asalka sidiisii ayaa loo daayay.</translation>
    </message>
    <message>
        <source>the copy could not be started</source>
        <translation>koobiyeynta lama bilaabi karin</translation>
    </message>
    <message>
        <source>the tables could not be made</source>
        <translation>shaxaha lama samayn karin</translation>
    </message>
    <message>
        <source>the rows could not be copied</source>
        <translation>safafka lama koobiyeyn karin</translation>
    </message>
    <message>
        <source>the indexes could not be made</source>
        <translation>tusmooyinka lama samayn karin</translation>
    </message>
    <message>
        <source>the copy could not be finished</source>
        <translation>koobiyeynta lama dhammayn karin</translation>
    </message>
    <message>
        <source>encryption is not available on this system</source>
        <translation>siraynta lagama heli karo nidaamkan</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>nuqulka lama furi karin</translation>
    </message>
    <message>
        <source>the copy could not be set up</source>
        <translation>nuqulka lama diyaarin karin</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>nuqulka laguma qori karin disk-ga</translation>
    </message>
    <message>
        <source>The encrypted copy did not pass its integrity check; the original was kept unchanged.</source>
        <translation>Nuqulka la sireeyay kama gudbin hubinta dhammaystirnaanta; asalka sidiisii ayaa loo daayay.</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>lama furi karin</translation>
    </message>
    <message>
        <source>The database is being encrypted by another program right now. Wait for it to finish.</source>
        <translation>Barnaamij kale ayaa hadda sireynaya kaydka xogta. Sug inta uu dhammaystirayo.</translation>
    </message>
    <message>
        <source>The interrupted encryption could not be finished: %1</source>
        <translation>Siraynta go&apos;day lama dhammayn karin: %1</translation>
    </message>
    <message>
        <source>The files of an interrupted encryption could not be removed.</source>
        <translation>Faylasha siraynta go&apos;day lama saari karin.</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>faylka lama furi karin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be created</source>
        <translation>&quot;%1&quot; lama samayn karin</translation>
    </message>
    <message>
        <source>This database is already encrypted.</source>
        <translation>Kaydkan xogta horey ayaa loo sireeyay.</translation>
    </message>
    <message>
        <source>An earlier encryption of this database did not finish; finish or undo it first.</source>
        <translation>Sirayn hore oo kaydkan xogta ah ma dhammaan; marka hore dhammaystir ama ka noqo.</translation>
    </message>
    <message>
        <source>The evidence of this database could not be counted.</source>
        <translation>Caddaymaha kaydkan xogta lama tirin karin.</translation>
    </message>
    <message>
        <source>the key file could not be put in place</source>
        <translation>faylka furayaasha lama dhigi karin meeshiisa</translation>
    </message>
    <message>
        <source>The database is encrypted, but the old unencrypted evidence folder &quot;%1&quot; could not be deleted completely. Run `trustdesk-cli encrypt` again to delete it.</source>
        <translation>Kaydka xogta waa la sireeyay, laakiin galkii hore ee caddaymaha aan sirta ahayn &quot;%1&quot; si buuxda looma tirtiri karin. Mar kale socodsii `trustdesk-cli encrypt` si aad u tirtirto.</translation>
    </message>
    <message>
        <source>This database has evidence files, and this conversion does not encrypt them; nothing was changed.</source>
        <translation>Kaydkan xogta wuxuu leeyahay faylal caddayn, beddelkanna ma sireeyo; waxba lama beddelin.</translation>
    </message>
    <message>
        <source>The encryption stopped while the encrypted copy was being put in place (%1). Nothing is lost: run `trustdesk-cli encrypt` again, or open the database in TrustDesk, to finish it.</source>
        <translation>Sireyntu way istaagtay intii nuqulka la sireeyay meeshiisa la dhigayay (%1). Waxba ma lumin: mar kale socodsii `trustdesk-cli encrypt`, ama ku fur kaydka xogta TrustDesk, si loo dhammeeyo.</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>The key file of this encrypted database is damaged. Use a backup of the database together with its key file.</source>
        <translation>Faylka furaha ee kaydkan xogta ee la sireeyay waa xumaaday. Isticmaal nuqul kayd oo kaydka xogta ah oo wata faylka furahiisa.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>Erayga sirta ah ma saxna.</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; could not be written: %2</source>
        <translation>Faylka furaha &quot;%1&quot; lama qori karin: %2</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; is missing: an encrypted database cannot be opened without it.</source>
        <translation>Faylka furaha &quot;%1&quot; wuu maqan yahay: kayd xog oo la sireeyay lama furi karo la&apos;aantiis.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of TrustDesk. Update TrustDesk to open this database.</source>
        <translation>Faylka furaha waxaa qoray nooc TrustDesk ka cusub. Cusboonaysii TrustDesk si aad u furto kaydkan xogta.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>Sireynta lagama heli karo nidaamkan.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Erayga sirta ah waa inuu ahaadaa ugu yaraan %1 xaraf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; a key file is never replaced by a new one.</source>
        <translation>&quot;%1&quot; horey ayuu u jiray; faylka furaha marna laguma beddelo mid cusub.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the passphrase (256 MiB are needed).</source>
        <translation>Xusuus ku filan ma jirto si loo ilaaliyo erayga sirta ah (waxaa loo baahan yahay 256 MiB).</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>Xusuus ku filan ma jirto si loo hubiyo erayga sirta ah (waxaa loo baahan yahay 256 MiB).</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 13 groups of four letters and digits.</source>
        <translation>Taasi ma aha fure soo celin: furaha soo celintu wuxuu leeyahay 13 koox, koox kastana waa afar xaraf ama lambar.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>Furaha soo celinta ma saxna.</translation>
    </message>
    <message>
        <source>That key does not belong to this database.</source>
        <translation>Furahaasi kama tirsana kaydkan xogta.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Verifying the database</source>
        <translation>Kaydka xogta ayaa la hubinayaa</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Faylka kaydka xogta waa xumaaday: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Hubinta dhammaystirka SQLite: %1</translation>
    </message>
    <message>
        <source>The file does not carry TrustDesk&apos;s application id.</source>
        <translation>Faylku ma wato aqoonsiga barnaamijka TrustDesk.</translation>
    </message>
    <message>
        <source>The schema is version %1; this TrustDesk uses %2 (run init to upgrade).</source>
        <translation>Qaabku waa nooca %1; TrustDesk-kan wuxuu isticmaalaa %2 (samee init si aad u cusboonaysiiso).</translation>
    </message>
    <message>
        <source>Broken link between records: %1</source>
        <translation>Xiriir go&apos;an oo u dhexeeya diiwaannada: %1</translation>
    </message>
    <message>
        <source>Case %1 is missing from the search index.</source>
        <translation>Kiiska %1 kama muuqdo tusaha raadinta.</translation>
    </message>
    <message>
        <source>The search index holds an entry (%1) for a case that no longer exists.</source>
        <translation>Tusaha raadintu wuxuu hayaa gelin (%1) oo loogu talagalay kiis hadda aan jirin.</translation>
    </message>
    <message>
        <source>Client record %1 belongs to no case.</source>
        <translation>Diiwaanka macmiilka %1 kama tirsana kiis.</translation>
    </message>
    <message>
        <source>Case %1 was closed before it was opened.</source>
        <translation>Kiiska %1 waa la xiray ka hor intaan la furin.</translation>
    </message>
    <message>
        <source>Evidence record %1 has an invalid SHA-256.</source>
        <translation>Diiwaanka caddaynta %1 wuxuu leeyahay SHA-256 aan sax ahayn.</translation>
    </message>
    <message>
        <source>Incident record %1 has no date.</source>
        <translation>Diiwaanka dhacdada %1 taariikh ma leh.</translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; is not in the TD-YYYY-NNNNN form.</source>
        <translation>Tixraaca kiiska &quot;%1&quot; kuma jiro qaabka TD-YYYY-NNNNN.</translation>
    </message>
    <message>
        <source>The case numbering for %1 is behind case %2; a new case could reuse its number.</source>
        <translation>Tirinta kiisaska ee %1 waxay ka dambaysaa kiiska %2; kiis cusub ayaa dib u isticmaali kara lambarkiisa.</translation>
    </message>
    <message>
        <source>The search index is inconsistent and needs rebuilding.</source>
        <translation>Tusaha raadintu isma waafaqsana waana in dib loo dhiso.</translation>
    </message>
</context>
<context>
    <name>ViolationCategory</name>
    <message>
        <source>Sharing personal information without lawful basis</source>
        <translation>Wadaagista macluumaad shakhsi ah iyadoo aan sal sharci ah jirin</translation>
    </message>
    <message>
        <source>Police shared personally identifiable information (such as a name, address or immigration details) with immigration enforcement without a lawful basis.</source>
        <translation>Booliisku wuxuu macluumaad shakhsi ah (sida magac, ciwaan ama faahfaahin socdaal) la wadaagay hay&apos;adaha fulinta socdaalka iyadoo aan sal sharci ah jirin.</translation>
    </message>
    <message>
        <source>Honoring a civil immigration detainer without legal authority</source>
        <translation>Fulinta codsi xarig socdaal oo madani ah iyadoo aan awood sharci ah jirin</translation>
    </message>
    <message>
        <source>Police held a person, or arranged a hand-over, because of a civil immigration detainer request, without legal authority or contrary to policy.</source>
        <translation>Booliisku wuxuu hayay qof, ama wuxuu diyaariyay in la wareejiyo, codsi xarig socdaal oo madani ah (detainer) darteed, iyadoo aan awood sharci ah jirin ama ka soo horjeeda siyaasadda.</translation>
    </message>
    <message>
        <source>Questioning or detention solely on immigration suspicion</source>
        <translation>Su&apos;aalo ama xarig keliya shaki socdaal darteed</translation>
    </message>
    <message>
        <source>Police questioned, stopped or held a person only because they suspected something about the person&apos;s immigration status.</source>
        <translation>Booliisku wuxuu su&apos;aalay, joojiyay ama hayay qof keliya sababtoo ah waxay ka shakiyeen wax ku saabsan xaaladda socdaalka qofkaas.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kale</translation>
    </message>
    <message>
        <source>Other conduct related to cooperation with immigration enforcement; describe it in the narrative.</source>
        <translation>Dhaqan kale oo la xiriira la shaqaynta hay&apos;adaha fulinta socdaalka; ku sharax sheekada.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrustDesk: document police misconduct and file complaints.</source>
        <translation>TrustDesk: diiwaangeli xadgudubka booliiska oo gudbi cabashooyin.</translation>
    </message>
    <message>
        <source>open the database at PATH (created when missing), or connect to the office server at a postgresql:// URI</source>
        <translation>fur kaydka xogta ee PATH (waa la sameeyaa haddii uusan jirin), ama ku xir server-ka xafiiska ee URI postgresql://</translation>
    </message>
</context>
<context>
    <name>td::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Diiwaanka hubinta</translation>
    </message>
    <message>
        <source>Filter by case, action or person, e.g. TD-2026-00042 or case.view_sensitive</source>
        <translation>Ku shaandhee kiis, ficil ama qof, tusaale TD-2026-00042 ama case.view_sensitive</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Shaandhee diiwaanka hubinta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Goorma</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Yaa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ficilka</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kiiska</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Faahfaahin</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln event(s)</source>
        <translation>
            <numerusform>Waxaa la muujinayaa %1 ka mid ah %Ln dhacdo</numerusform>
            <numerusform>Waxaa la muujinayaa %1 ka mid ah %Ln dhacdo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::BackupKeyDialog</name>
    <message>
        <source>Encrypted Backup</source>
        <translation>Nuqul kayd oo la sireeyay</translation>
    </message>
    <message>
        <source>This backup is encrypted. It opens with the passphrase the database had on the day of the backup, or its recovery key.</source>
        <translation>Nuqulkan kaydka ah waa la sireeyay. Wuxuu ku furmaa erayga sirta ah ee kaydka xogtu lahaa maalintii nuqulka la sameeyay, ama furaha soo celinta.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
</context>
<context>
    <name>td::ui::BackupProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Waa la bilaabayaa…</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Kaydka xogta ayaa la koobiyaynayaa…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Kaydka xogta ayaa la hubinayaa…</translation>
    </message>
    <message>
        <source>Copying the evidence files and checking each one…</source>
        <translation>Faylasha caddaymaha ayaa la koobiyaynayaa, mid kastana waa la hubinayaa…</translation>
    </message>
    <message>
        <source>Checking every evidence file…</source>
        <translation>Fayl kasta oo caddayn ah ayaa la hubinayaa…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Nuqulka kaydka ayaa meeshiisa la dhigayaa…</translation>
    </message>
    <message>
        <source>Replacing the cases with the backup&apos;s. This cannot be canceled now.</source>
        <translation>Kiisaska waxaa lagu beddelayaa kuwa nuqulka kaydka. Hadda lama joojin karo.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Waa la joojinayaa…</translation>
    </message>
    <message>
        <source>Checking the whole backup before anything is written…</source>
        <translation>Nuqulka kaydka oo dhan ayaa la hubinayaa ka hor inta aan waxba la qorin…</translation>
    </message>
    <message>
        <source>Writing the backup&apos;s cases, evidence and audit log into the empty office database…</source>
        <translation>Kiisaska, caddaymaha iyo diiwaanka hubinta ee nuqulka kaydka ayaa lagu qorayaa kaydka xogta xafiiska ee madhan…</translation>
    </message>
    <message>
        <source>Saving the restored database. This cannot be canceled now.</source>
        <translation>Kaydka xogta la soo celiyay ayaa la kaydinayaa. Hadda lama joojin karo.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseDetailPanel</name>
    <message>
        <source>Select a case in the list to see its details.</source>
        <translation>Ka dooro kiis liiska si aad u aragto faahfaahintiisa.</translation>
    </message>
    <message>
        <source>Show sensitive fields</source>
        <translation>Muuji goobaha xasaasiga ah</translation>
    </message>
    <message>
        <source>Immigration status, A-number, address and other fields that could endanger the client, and the witnesses&apos; contact details. Showing them is recorded in the audit log.</source>
        <translation>Xaaladda socdaalka, lambarka A, ciwaanka iyo goobo kale oo khatar gelin kara macmiilka, iyo xiriirka markhaatiyaasha. Muujintooda waxaa lagu qoraa diiwaanka hubinta.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseEditor</name>
    <message>
        <source>The case this draft belongs to no longer exists; the draft will be saved as a new case.</source>
        <translation>Kiiska qabyadani ay leedahay hadda ma jiro; qabyada waxaa loo kaydin doonaa kiis cusub.</translation>
    </message>
    <message>
        <source>Restored the unsaved draft from %1. Save it to keep it.</source>
        <translation>Qabyadii aan la kaydin ee %1 waa la soo celiyay. Kaydi si aad u hayso.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Dhacdada %1</translation>
    </message>
    <message>
        <source>Remove Incident</source>
        <translation>Ka saar dhacdada</translation>
    </message>
    <message>
        <source>Remove incident %1 and everything entered for it?</source>
        <translation>Ka saar dhacdada %1 iyo wax kasta oo loo geliyay?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ka saar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Hay</translation>
    </message>
    <message>
        <source>Not saved yet: please fix the fields marked in red.</source>
        <translation>Weli lama kaydin: fadlan sax goobaha guduudka lagu calaamadeeyay.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept in a draft.</source>
        <translation>Lama kaydin: %1 Waxa aad gelisay waxay ku jiraan qabyo.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>La kaydiyay %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Isbeddello aan la kaydin</translation>
    </message>
    <message>
        <source>Discard the changes to this case?</source>
        <translation>Iska tuur isbeddellada kiiskan?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydi</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Iska tuur</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Sii wad tafatirka</translation>
    </message>
    <message>
        <source>That client changed meanwhile; search again.</source>
        <translation>Macmiilkaas ayaa isbeddelay inta u dhaxaysa; mar kale raadi.</translation>
    </message>
    <message>
        <source>Linked to the existing client of %1.</source>
        <translation>Waxaa lagu xiray macmiilka jira ee %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Kiis cusub</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>Mac&amp;miilka</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Dhacdooyinka</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Ku dar dhacdo</translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation>Ka saar dhacdada</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Cabashooyinka la gudbiyay</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Dabagallada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydi</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>Kaydi kiiska (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ka noqo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ku celi</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>Kaydi kiiska</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Xir kiiska</translation>
    </message>
    <message>
        <source>Filing and follow-&amp;ups</source>
        <translation>Gudbinta iyo &amp;dabagallada</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Caddaymaha</translation>
    </message>
    <message>
        <source>Save the case first; then attach photos, recordings and documents.</source>
        <translation>Marka hore kaydi kiiska; kadib ku lifaaq sawirro, duubisyo iyo dukumiintiyo.</translation>
    </message>
    <message>
        <source>Case Changed Elsewhere</source>
        <translation>Kiiska meel kale ayaa lagu beddelay</translation>
    </message>
    <message>
        <source>Not saved: this case was changed elsewhere. Your entries are kept in a draft.</source>
        <translation>Lama kaydin: kiiskan meel kale ayaa lagu beddelay. Waxa aad qortay waxay ku jiraan qabyo-qoraal.</translation>
    </message>
    <message>
        <source>This case was deleted elsewhere. Saving will keep your entries in a draft; nothing is lost.</source>
        <translation>Kiiskan meel kale ayaa laga tirtiray. Markaad kaydiso, waxa aad qortay waxay ku jiri doonaan qabyo-qoraal; waxba ma lumayaan.</translation>
    </message>
    <message>
        <source>This case was changed elsewhere (in another window or by trustdesk-cli) since you opened it. When you save, you choose which version to keep.</source>
        <translation>Kiiskan meel kale ayaa lagu beddelay (daaqad kale ama trustdesk-cli) tan iyo markii aad furtay. Markaad kaydiso, adiga ayaa dooranaya nooca la hayo.</translation>
    </message>
    <message>
        <source>Not revealed: %1</source>
        <translation>Lama muujin: %1</translation>
    </message>
    <message>
        <source>no field you can see (the same values were saved again)</source>
        <translation>ma jiro meel aad arki karto (isla qiimayaashii ayaa mar kale la kaydiyay)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1

Changed since you opened it: %2.

Keep your version (it replaces theirs, and the audit log records that you overwrote it), take theirs (your version is kept as a draft), or go back to editing?</source>
        <translation>%1

Waxa is beddelay tan iyo markii aad furtay: %2.

Ma haysataa nooca adiga kuu gaarka ah (wuxuu beddelaa kooda, diiwaanka hubintana wuxuu qoraa inaad dul qortay), ma qaadataa kooda (noocaaga waxaa loo hayaa qabyo ahaan), mise waxaad ku noqonaysaa tafatirka?</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Hay kayga</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Qaado kooda</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>qof kale</translation>
    </message>
    <message>
        <source>Their version was not loaded: yours could not be kept as a draft, so it stays here.</source>
        <translation>Noocooda lama soo gelin: noocaaga looma hayn karin qabyo ahaan, sidaas darteed halkan ayuu ku jiraa.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1. Your version is kept as an unsaved draft; TrustDesk offers it again when it next starts.</source>
        <translation>Waxaa la soo geliyay nooca uu kaydiyay %1. Noocaaga waxaa loo hayaa qabyo aan la kaydin; TrustDesk ayaa mar kale kuu soo bandhigi doona marka xigta ee uu bilaabmo.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1.</source>
        <translation>Waxaa la soo geliyay nooca uu kaydiyay %1.</translation>
    </message>
    <message>
        <source>Office Server Unreachable</source>
        <translation>Server-ka xafiiska lama gaari karo</translation>
    </message>
    <message>
        <source>%1

Your entries stay in this form and in a draft on this computer.</source>
        <translation>%1

Waxaad gelisay waxay ku jiraan foomkan iyo qabyo ku jirta kombiyuutarkan.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Isku day mar kale</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Lama kaydin: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListExportDialog</name>
    <message>
        <source>Export Case List</source>
        <translation>Dhoofi liiska kiisaska</translation>
    </message>
    <message>
        <source>Also include these sensitive columns</source>
        <translation>Sidoo kale ku dar tiirarkan xasaasiga ah</translation>
    </message>
    <message>
        <source>The file will hold facts that can expose clients to immigration enforcement. Keep it on an encrypted disk and delete it when done.</source>
        <translation>Faylku wuxuu hayn doonaa xog u soo bandhigi karta macmiillada hay&apos;adaha fulinta socdaalka. Ku hay disk la sireeyay, tirtirna marka aad dhammayso.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dhoofi…</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) of the current list, in its order, go to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</source>
        <translation>
            <numerusform>%n kiis ee liiska hadda, siduu u kala horreeyo, wuxuu aadayaa fayl xaashi xisaabeed ah, CSV ama Excel (tixraac, xaalad, taariikho, shaqaalaha kiiska, magaca iyo luqadda macmiilka). Dhoofinta waxaa lagu diiwaangeliyaa diiwaanka hubinta.</numerusform>
            <numerusform>%n kiis ee liiska hadda, siduu u kala horreeyo, waxay aadayaan fayl xaashi xisaabeed ah, CSV ama Excel (tixraac, xaalad, taariikho, shaqaalaha kiiska, magaca iyo luqadda macmiilka). Dhoofinta waxaa lagu diiwaangeliyaa diiwaanka hubinta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListPage</name>
    <message>
        <source>Search names, places, narratives, officers, badge numbers…</source>
        <translation>Raadi magacyo, goobo, sheekooyin, saraakiil, lambarrada baajka…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Raadi kiisas</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Shaandhaynta xaaladda</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Dhammaan xaaladaha</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kiisaska</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Weli kiisas ma jiraan</translation>
    </message>
    <message>
        <source>Start with the person in front of you: New Case opens the intake form. Add your office&apos;s name, address, phone and email too: client copies and handouts print them, so clients know how to reach you.</source>
        <translation>Ka bilow qofka hortaada jooga: Kiis cusub wuxuu furaa foomka diiwaangelinta. Sidoo kale ku dar magaca xafiiskaaga, cinwaanka, telefoonka iyo iimaylka: nuqullada macmiilka iyo warqadaha macluumaadka ayaa daabaca, si macmiilladu u ogaadaan sida ay kuula xiriiri karaan.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseWorkspace</name>
    <message>
        <source>The case could not be opened.</source>
        <translation>Kiiska lama furi karin.</translation>
    </message>
    <message>
        <source>TrustDesk closed before your changes to %1 (%2) were saved. The draft is from %3.

Restore it?</source>
        <translation>TrustDesk wuu xirmay ka hor intaan isbeddelladaada %1 (%2) la kaydin. Qabyadu waxay ka timid %3.

Soo celi?</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>kiis</translation>
    </message>
    <message>
        <source>TrustDesk closed before a new case for %1 was saved. The draft is from %2.

Restore it?</source>
        <translation>TrustDesk wuu xirmay ka hor intaan kiis cusub oo %1 la kaydin. Qabyadu waxay ka timid %2.

Soo celi?</translation>
    </message>
    <message>
        <source>Restore Unsaved Draft</source>
        <translation>Soo celi qabyada aan la kaydin</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Soo celi</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Iska tuur</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Goor dambe</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Tirtir kiiska</translation>
    </message>
    <message>
        <source>Delete %1 (%2) and everything recorded in it? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>Tirtir %1 (%2) iyo wax kasta oo ku diiwaangashan? Tan lagama noqon karo; diiwaanka hubintu wuxuu hayaa diiwaan muujinaya in la tirtiray.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Tirtir</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Jooji</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>Kiis &amp;cusub</translation>
    </message>
    <message>
        <source>&amp;Edit Case</source>
        <translation>&amp;Wax ka beddel kiiska</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>&amp;Tirtir kiiska…</translation>
    </message>
    <message>
        <source>Save the case first: the report is made from what is stored.</source>
        <translation>Marka hore kaydi kiiska: warbixinta waxaa laga sameeyaa waxa la kaydiyay.</translation>
    </message>
    <message>
        <source>Complaint &amp;Report…</source>
        <translation>War&amp;bixinta cabashada…</translation>
    </message>
    <message>
        <source>Unsaved Draft Damaged</source>
        <translation>Qabyo aan la kaydin oo xumaatay</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</source>
        <translation>
            <numerusform>%n qabyo oo aan la kaydin lama furi karin: faylka disk-ga waa la beddelay ama wuu xumaaday, sidaas darteed lama soo celin. Waxaa la dhigay meel gaar ah %1.</numerusform>
            <numerusform>%n qabyo oo aan la kaydin lama furi karin: faylka disk-ga waa la beddelay ama wuu xumaaday, sidaas darteed lama soo celin. Waxaa la dhigay meel gaar ah %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseworkerProfileDialog</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>Ku soo dhawoow TrustDesk</translation>
    </message>
    <message>
        <source>Who is using TrustDesk on this computer? Your name and role are recorded with every change to a case and every look at a client&apos;s sensitive information, in the audit log and in the evidence chain of custody. You can change them later in Preferences.</source>
        <translation>Yaa ku isticmaalaya TrustDesk kombiyuutarkan? Magacaaga iyo doorkaaga waxaa lagu diiwaangeliyaa isbeddel kasta oo kiis lagu sameeyo iyo mar kasta oo la eego macluumaadka xasaasiga ah ee macmiilka, diiwaanka hubinta iyo silsiladda haynta caddaymaha. Hadhow waad ku beddeli kartaa Dookhyada.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bilow</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ka ba&amp;x</translation>
    </message>
    <message>
        <source>Caseworker Profile</source>
        <translation>Xogta shaqaalaha kiiska</translation>
    </message>
    <message>
        <source>Entries made from now on are recorded under this name and role. Entries already in the audit log keep the name they were made under.</source>
        <translation>Qoraallada hadda wixii ka dambeeya la sameeyo waxaa lagu diiwaangeliyaa magacan iyo doorkan. Qoraallada horey ugu jiray diiwaanka hubinta waxay hayaan magacii lagu sameeyay.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Magac:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Door:</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Magacaaga oo buuxa</translation>
    </message>
    <message>
        <source>For example: caseworker, supervisor, interpreter</source>
        <translation>Tusaale: shaqaalaha kiiska, kormeere, turjubaan</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Xafiiskaaga</translation>
    </message>
    <message>
        <source>How a client reaches you: printed on client copies and handouts. Leave empty what you do not want printed.</source>
        <translation>Sida macmiilku kuula xiriiro: waxaa lagu daabacaa nuqullada macmiilka iyo warqadaha macluumaadka. Madhan ka dhig waxa aadan rabin in la daabaco.</translation>
    </message>
    <message>
        <source>O&amp;ffice name:</source>
        <translation>Magaca &amp;xafiiska:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Cinwaanka:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoonka:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Iimaylka:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Aagga &amp;waqtiga:</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Kan kombiyuutarkan (%1)</translation>
    </message>
    <message>
        <source>Photo capture times and other times are shown in this zone.</source>
        <translation>Waqtiyada sawirada la qaaday iyo waqtiyada kale waxaa lagu muujiyaa aaggan.</translation>
    </message>
</context>
<context>
    <name>td::ui::ChangePassphraseDialog</name>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Qor erayga sirta ah ee hadda.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Erayga sirta ah ee hadda ma saxna. Waxba lama beddelin.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1 The old passphrase still opens the database.</source>
        <translation>Erayga sirta ah lama beddeli karin: %1 Erayga sirta ah ee hore wali wuu furaa kaydka xogta.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Beddel erayga sirta ah</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on; the old one no longer does. The recovery key you wrote down keeps working. Backups made before today still open with the passphrase of their day.</source>
        <translation>Hadda wixii ka dambeeya erayga sirta ah ee cusub ayaa fura kaydkan xogta; kii horena mar dambe ma furo. Furaha soo celinta ee aad qoratay wuu sii shaqaynayaa. Nuqullada kaydka ah ee la sameeyay maanta ka hor wali waxaa lagu furaa erayga sirta ah ee maalintoodii.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Erayga sirta ah ee &amp;hadda</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Erayga sirta ah ee &amp;cusub</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Xaqiiji</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>&amp;Beddel erayga sirta ah</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Erayga sirta ah ayaa la beddelayaa…</translation>
    </message>
</context>
<context>
    <name>td::ui::ClientForm</name>
    <message>
        <source>Not recorded</source>
        <translation>Lama diiwaangelin</translation>
    </message>
    <message>
        <source>As the client writes it, in any script</source>
        <translation>Sida macmiilku u qoro, far kasta</translation>
    </message>
    <message>
        <source>e.g. 617-555-0142</source>
        <translation>tusaale 617-555-0142</translation>
    </message>
    <message>
        <source>e.g. A123-456-789</source>
        <translation>tusaale A123-456-789</translation>
    </message>
    <message>
        <source>&amp;Link case to this client</source>
        <translation>&amp;Ku xir kiiska macmiilkan</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Ka fur</translation>
    </message>
    <message>
        <source>Possible matching clients</source>
        <translation>Macaamiil laga yaabo inay isku mid yihiin</translation>
    </message>
    <message>
        <source>This case is linked to a client already in the database: edits here update that client everywhere.</source>
        <translation>Kiiskan wuxuu ku xiran yahay macmiil horey ugu jiray kaydka xogta: isbeddellada halkan waxay cusboonaysiinayaan macmiilkaas meel kasta.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>magac isku mid ah</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>lambar taleefan oo isku mid ah</translation>
    </message>
    <message>
        <source>%1 (%2), cases: %3</source>
        <translation>%1 (%2), kiisaska: %3</translation>
    </message>
    <message>
        <source>This client may already be in the database. Link this case to them instead of creating a duplicate?</source>
        <translation>Macmiilkani waxaa laga yaabaa inuu horey ugu jiray kaydka xogta. Kiiskan ku xir isaga halkii aad ka samayn lahayd nuqul labaad?</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Muuji dhammaan</translation>
    </message>
    <message>
        <source>Reveal All Sensitive Fields</source>
        <translation>Muuji dhammaan goobaha xasaasiga ah</translation>
    </message>
    <message>
        <source>Show every hidden sensitive field (%1); recorded in the audit log</source>
        <translation>Muuji goob kasta oo xasaasi ah oo qarsoon (%1); waxaa lagu qoraa diiwaanka hubinta</translation>
    </message>
    <message>
        <source>Anonymous Client</source>
        <translation>Macmiil qarsoodi ah</translation>
    </message>
    <message>
        <source>An anonymous client&apos;s name is not kept. Remove the name from this case now?</source>
        <translation>Magaca macmiil qarsoodi ah lama hayo. Hadda ka saar magaca kiiskan?</translation>
    </message>
    <message>
        <source>&amp;Remove the Name</source>
        <translation>Ka &amp;saar magaca</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Jooji</translation>
    </message>
</context>
<context>
    <name>td::ui::ComplaintReportDialog</name>
    <message>
        <source>Complaint Submission: %1</source>
        <translation>Gudbinta cabashada: %1</translation>
    </message>
    <message>
        <source>Another body…</source>
        <translation>Hay&apos;ad kale…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Ku socota:</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>Magaca hay&apos;adda</translation>
    </message>
    <message>
        <source>The caseworker or office, on the client&apos;s behalf</source>
        <translation>Shaqaalaha kiiska ama xafiiska, iyagoo matalaya macmiilka</translation>
    </message>
    <message>
        <source>The client, in their own name</source>
        <translation>Macmiilka, magaciisa</translation>
    </message>
    <message>
        <source>Anonymous: name nobody</source>
        <translation>Qarsoodi: cidna ha magacaabin</translation>
    </message>
    <message>
        <source>&amp;Filed by:</source>
        <translation>&amp;Waxaa gudbiyay:</translation>
    </message>
    <message>
        <source>Filer&apos;s &amp;name:</source>
        <translation>&amp;Magaca qofka gudbinaya:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Ururka:</translation>
    </message>
    <message>
        <source>Leave empty for the standard request: investigate, keep the client&apos;s identity confidential, give a tracking number, report the outcome.</source>
        <translation>Madhan ka dhig codsiga caadiga ah: baar, qarsoodi ka dhig aqoonsiga macmiilka, bixi lambar raadraac, soo sheeg natiijada.</translation>
    </message>
    <message>
        <source>&amp;Requested action:</source>
        <translation>&amp;Tallaabada la codsanayo:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (Maraykan)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Warqadda:</translation>
    </message>
    <message>
        <source>Withheld from the document</source>
        <translation>Waxa laga qariyay dukumiintiga</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Ku dar %1</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Horu-eeg…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Daabac…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>U &amp;kaydi PDF ahaan…</translation>
    </message>
    <message>
        <source>&amp;Client Copy…</source>
        <translation>Nuqulka &amp;macmiilka…</translation>
    </message>
    <message>
        <source>A short copy for the client, in their language: what was filed and the next steps</source>
        <translation>Nuqul gaaban oo macmiilka loogu talagalay, luqaddiisa: waxa la gudbiyay iyo tallaabooyinka xiga</translation>
    </message>
    <message>
        <source>The client&apos;s consent to file is not recorded: the document is marked as a draft.</source>
        <translation>Oggolaanshaha macmiilka ee gudbinta lama diiwaangelin: dukumiintiga waxaa lagu calaamadeeyay qabyo.</translation>
    </message>
    <message>
        <source>Included deliberately: %1. The document will show these values, and the choice is recorded in the audit log.</source>
        <translation>Si ula kac ah loogu daray: %1. Dukumiintigu wuxuu muujin doonaa qiimayaashan, doorashadana waxaa lagu qoraa diiwaanka hubinta.</translation>
    </message>
    <message>
        <source>Include Sensitive Information</source>
        <translation>Ku dar macluumaad xasaasi ah</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1 to %2. Include it?</source>
        <translation>Dukumiintigani wuxuu %2 tusi doonaa &quot;%1&quot; macmiilka. Ku dar?</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Ku dar</translation>
    </message>
    <message>
        <source>Complaint Submission</source>
        <translation>Gudbinta cabashada</translation>
    </message>
    <message>
        <source>Print Complaint Submission</source>
        <translation>Daabac gudbinta cabashada</translation>
    </message>
    <message>
        <source>%1 complaint.pdf</source>
        <translation>%1 cabasho.pdf</translation>
    </message>
    <message>
        <source>%1 client copy.pdf</source>
        <translation>%1 nuqulka macmiilka.pdf</translation>
    </message>
    <message>
        <source>Client Copy</source>
        <translation>Nuqulka macmiilka</translation>
    </message>
    <message>
        <source>These facts about the client and the witnesses are left out; the document names the kinds withheld, never their values. Tick one only when the person concerned agrees it must go to this body.</source>
        <translation>Xogtan ku saabsan macmiilka iyo markhaatiyaasha waa laga reebay; dukumiintigu wuxuu sheegaa noocyada la qariyay, weligiis ma sheego qiimahooda. Mid calaamadee keliya marka qofka ay khusayso oggol yahay inay tahay inuu gaaro hay&apos;addan.</translation>
    </message>
    <message>
        <source>This document will show %1 to %2. Include them?</source>
        <translation>Dukumiintigani wuxuu %2 tusi doonaa &quot;%1&quot;. Ku dar?</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1, and %2, to %3. Include them?</source>
        <translation>Dukumiintigani wuxuu %3 tusi doonaa &quot;%1&quot; macmiilka, iyo &quot;%2&quot;. Ku dar?</translation>
    </message>
    <message>
        <source>Words that may reveal immigration status</source>
        <translation>Erayo muujin kara xaaladda socdaalka</translation>
    </message>
    <message>
        <source>Mask them in the document</source>
        <translation>Ku qari dukumentiga</translation>
    </message>
    <message>
        <source>&amp;Mask These</source>
        <translation>&amp;Qari kuwan</translation>
    </message>
    <message>
        <source>These words are masked as [withheld] in the document. The case itself keeps them.</source>
        <translation>Erayadan waxay dukumentiga ugu muuqdaan [la qariyay]. Kiiska laftiisu wuu hayaa.</translation>
    </message>
    <message>
        <source>The case&apos;s text has words that may tell the reader the client&apos;s immigration status. They are printed as written unless you mask them. Withheld values found in the text are always masked.</source>
        <translation>Qoraalka kiiska waxaa ku jira erayo u sheegi kara akhristaha xaaladda socdaalka ee macmiilka. Waxaa loo daabacaa sidii loo qoray haddii aadan qarin. Qiimayaasha la qariyay ee qoraalka laga helo mar walba waa la qariyaa.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Waa la joojinayaa…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Fur PD&amp;F</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Fur &amp;galka</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Fur PDF</translation>
    </message>
    <message>
        <source>No program to open &quot;%1&quot; was found.</source>
        <translation>Lama helin barnaamij lagu furo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Fur galka</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>Galka &quot;%1&quot; lama furi karin.</translation>
    </message>
    <message>
        <source>Laying out &quot;%1&quot;…</source>
        <translation>Waa la diyaarinayaa &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Waxaa la qorayaa bogga %1 ee %2…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in %2.</source>
        <translation>&quot;%1&quot; waxaa lagu kaydiyay %2.</translation>
    </message>
    <message>
        <source>Stopped. No PDF was saved.</source>
        <translation>Waa la joojiyay. PDF lama kaydin.</translation>
    </message>
</context>
<context>
    <name>td::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <translation>Ku xir server-ka xafiiska</translation>
    </message>
    <message>
        <source>Your office keeps its cases on a shared server. Enter what your administrator gave you.</source>
        <translation>Xafiiskaagu wuxuu kiisaskiisa ku hayaa server la wadaago. Geli waxa maamulahaagu ku siiyay.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server-ka:</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org, ama gal socket ah sida /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port-ka:</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Kaydka xogta:</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>&amp;Akoonkaaga:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Hay&apos;adda shahaadooyinka:</translation>
    </message>
    <message>
        <source>Optional: the office&apos;s certificate file (PEM)</source>
        <translation>Ikhtiyaari: faylka shahaadada xafiiska (PEM)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Baadh…</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>&amp;URI-ga xiriirka:</translation>
    </message>
    <message>
        <source>postgresql://login@server/database</source>
        <translation>postgresql://login@server/database</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Erayga sirta ah:</translation>
    </message>
    <message>
        <source>Only when the server asks for one. It is kept in memory for this session and never saved.</source>
        <translation>Kaliya marka server-ku weydiiyo. Waxaa lagu hayaa xusuusta fadhigan oo keliya, weligiisna lama kaydiyo.</translation>
    </message>
    <message>
        <source>Paste a connection URI &amp;instead</source>
        <translation>&amp;Taa beddelkeeda dheji URI xiriir</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ku &amp;xir</translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql:// — for example postgresql://login@server/database.</source>
        <translation>URI xiriir wuxuu ku bilaabmaa postgresql:// — tusaale ahaan postgresql://login@server/database.</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Enter a name such as db.example.org, an address, or a socket folder starting with /.</source>
        <translation>“%1” ma aha magac server. Geli magac sida db.example.org, cinwaan, ama gal socket ah oo ku bilaabma /.</translation>
    </message>
    <message>
        <source>The socket folder %1 does not exist on this computer.</source>
        <translation>Galka socket-ka %1 kuma jiro kombiyuutarkan.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Port-ku waa tiro u dhaxaysa 1 ilaa 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the office&apos;s database (your administrator knows it).</source>
        <translation>Geli magaca kaydka xogta xafiiska (maamulahaagu wuu yaqaan).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>Faylka hay&apos;adda shahaadooyinka %1 lama akhrin karo.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Waa la isku xirayaa…</translation>
    </message>
    <message>
        <source>Connecting was cancelled. What you typed is still here.</source>
        <translation>Isku xirka waa la joojiyay. Waxa aad qortay weli waa halkan.</translation>
    </message>
    <message>
        <source>Restore into an Empty Office Database</source>
        <translation>Ku soo celi kayd xog xafiis oo madhan</translation>
    </message>
    <message>
        <source>An office backup is restored only into an empty office database, never over one that holds cases. Make a new database on the server (createdb), then enter it here; the server and login are those you are connected with. Continue checks that it is empty before anything is written.</source>
        <translation>Nuqul kayd xafiis waxaa lagu soo celiyaa oo keliya kayd xog xafiis oo madhan, weligiisna laguma soo celiyo mid kiisas haya. Server-ka ku samee kayd xog cusub (createdb), kadibna halkan geli; server-ka iyo akoonku waa kuwa aad hadda ku xiran tahay. &quot;Sii wad&quot; ayaa hubiya inuu madhan yahay ka hor inta aan waxba la qorin.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Sii &amp;wad</translation>
    </message>
    <message>
        <source>Checking that the database is empty…</source>
        <translation>Waxaa la hubinayaa in kaydka xogtu madhan yahay…</translation>
    </message>
    <message>
        <source>Checking the office database…</source>
        <translation>Kaydka xogta xafiiska ayaa la hubinayaa…</translation>
    </message>
    <message>
        <source>Checking was cancelled. What you typed is still here.</source>
        <translation>Hubinta waa la joojiyay. Waxa aad qortay weli waa halkan.</translation>
    </message>
</context>
<context>
    <name>td::ui::DateLineEdit</name>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <extracomment>%1 is today&apos;s style of date in the interface language, e.g. 12/31/2026.</extracomment>
        <translation>tusaale %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EncryptDatabaseDialog</name>
    <message>
        <source>The database was not encrypted; it is as it was.
%1</source>
        <translation>Kaydka xogta lama sireyn; sidii uu ahaa ayuu yahay.
%1</translation>
    </message>
    <message>
        <source>Canceling… nothing will be changed.</source>
        <translation>Waa la joojinayaa… waxba lama beddeli doono.</translation>
    </message>
    <message>
        <source>Encrypt This Database</source>
        <translation>Sir kaydkan xogta</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Encrypt %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Once encrypted, nobody can read the clients&apos; names, addresses, immigration status, the evidence files or anything else in this database without it, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;An encrypted copy is made beside the database and checked against it; only then does it take the original&apos;s place, and the unencrypted files are deleted. If the passphrase is forgotten, the only way back in is the recovery key shown before the switch.&lt;/p&gt;&lt;p&gt;Deleted files can linger in the disk&apos;s free space: full-disk encryption of this computer is what removes that last trace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sir %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dooro eray sir ah. Marka la sireeyo, qofna ma akhriyi karo magacyada macmiilada, cinwaannadooda, xaaladdooda socdaalka, faylasha caddaymaha ama wax kale oo kaydkan xogta ku jira isaga la&apos;aantiis, xitaa haddii diskiga kombiyuutarkan gacantiisa ku jiro. Waad qortaa mar kasta oo TrustDesk bilaabmo.&lt;/p&gt;&lt;p&gt;Nuqul la sireeyay ayaa la sameeyaa kaydka xogta agtiisa waana lala barbardhigaa; kaliya markaas ayuu galaa meesha asalka, faylasha aan sirta ahaynna waa la tirtiraa. Haddii erayga sirta ah la ilaawo, waddada kaliya ee dib loogu geli karo waa furaha soo celinta ee la muujiyo ka hor beddelka.&lt;/p&gt;&lt;p&gt;Faylasha la tirtiray waxay ku hari karaan meesha bannaan ee diskiga: sireynta diskiga oo dhan ee kombiyuutarkan ayaa meesha ka saarta raadkaas ugu dambeeya.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Erayga sirta ah:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ku celi:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Erayga sirta ah</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ku celi erayga sirta ah</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Siree</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Waa la hubinayaa kaydka xogta…</translation>
    </message>
    <message>
        <source>Encrypting the cases…</source>
        <translation>Waa la sireynayaa kiisaska…</translation>
    </message>
    <message>
        <source>Comparing the encrypted copy with the original…</source>
        <translation>Waxaa la barbardhigayaa nuqulka la sireeyay iyo asalka…</translation>
    </message>
    <message>
        <source>Encrypting the evidence files…</source>
        <translation>Waa la sireynayaa faylasha caddaymaha…</translation>
    </message>
    <message>
        <source>Putting the encrypted database in place…</source>
        <translation>Kaydka xogta la sireeyay ayaa meeshiisa la dhigayaa…</translation>
    </message>
    <message>
        <source>The encrypted copy is ready and checked. This is its recovery key, shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase. The encrypted copy takes the original&apos;s place when you continue.</source>
        <translation>Nuqulka la sireeyay waa diyaar waana la hubiyay. Kani waa furaha soo celinta, oo hal mar oo keliya la muujinayo. Qor ama daabac, oo ku hay meel ammaan ah oo ka fog kombiyuutarkan. Wuxuu furaa kaydka xogta haddii erayga sirta ah la ilaawo, sidaas darteed u ilaali sida erayga sirta ah. Nuqulka la sireeyay wuxuu galaa meesha asalka marka aad sii wadato.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Daabac…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;obiyee</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>U kaydi &amp;fayl ahaan…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>Waan &amp;qoray ama meel ammaan ah ayaan dhigay</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Sii &amp;wad</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Furaha soo celinta</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceDetailsDialog</name>
    <message>
        <source>Evidence Details</source>
        <translation>Faahfaahinta caddaynta</translation>
    </message>
    <message>
        <source>Correct what was recorded about this file. The file itself never changes, and the correction is kept in its chain of custody.</source>
        <translation>Sax waxa laga diiwaangeliyay faylkan. Faylka laftiisu weligiis isma beddelo, saxiddana waxay ku hartaa silsiladda haynta.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Lama dhigin</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>&amp;Lama yaqaan</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Sharaxaad:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Isha:</translation>
    </message>
    <message>
        <source>Date ca&amp;ptured:</source>
        <translation>&amp;Taariikhda la qaaday:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fayl:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Nooca:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 baayt)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Cabbirka:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>The date captured is in the future. Pick a date and time that have passed, or tick Unknown.</source>
        <translation>Taariikhda la qaaday waa mustaqbalka. Dooro taariikh iyo waqti tagay, ama calaamadee Lama yaqaan.</translation>
    </message>
    <message>
        <source>The details were not saved. %1</source>
        <translation>Faahfaahinta lama kaydin. %1</translation>
    </message>
    <message>
        <source>The office&apos;s time zone (Preferences)</source>
        <translation>Aagga waqtiga xafiiska (Doorashooyin)</translation>
    </message>
    <message>
        <source>Where this time comes from: %1</source>
        <translation>Halka waqtigan ka yimid: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePanel</name>
    <message>
        <source>Select an item to see its details and chain of custody.</source>
        <translation>Dooro walax si aad u aragto faahfaahinteeda iyo silsiladda haynta.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>Waxaa daray %2 %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Isha: %1</translation>
    </message>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Faahfaahinta oo keliya ayaa la soo dejiyay; faylku kuma jiro kaydka caddaymaha.</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(lama akhrin)</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Waxaa la lifaaqayaa %n fayl…</numerusform>
            <numerusform>Waxaa la lifaaqayaa %n fayl…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying every evidence file…</source>
        <translation>Fayl kasta oo caddayn ah ayaa la hubinayaa…</translation>
    </message>
    <message>
        <source>Checking the file before opening it…</source>
        <translation>Faylka ayaa la hubinayaa ka hor inta aan la furin…</translation>
    </message>
    <message>
        <source>Nothing was removed: give a reason for removing evidence.</source>
        <translation>Waxba lama saarin: sheeg sababta caddaynta looga saarayo.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; the reason is kept in the chain of custody.</source>
        <translation>&quot;%1&quot; waa la saaray; sababtu waxay ku hartaa silsiladda haynta.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Canceled: nothing half-done was kept.</source>
        <translation>Waa la joojiyay: wax badh la sameeyay lama hayn.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Caddaymaha</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of case %1 (%n item(s))</source>
        <translation>
            <numerusform>Caddaymaha kiiska %1 (%n walax)</numerusform>
            <numerusform>Caddaymaha kiiska %1 (%n walxood)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>Ku lifaaq faylal…</translation>
    </message>
    <message>
        <source>Copy files into the evidence store; you can also drop files here.</source>
        <translation>Faylal ku koobiyee kaydka caddaymaha; waxaad sidoo kale faylal halkan ku ridi kartaa.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fur</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ka saar…</translation>
    </message>
    <message>
        <source>Verify All</source>
        <translation>Hubi dhammaan</translation>
    </message>
    <message>
        <source>Re-hash every evidence file and report any that changed, are missing or unexpected.</source>
        <translation>Dib u xisaabi hash-ka fayl kasta oo caddayn ah oo soo sheeg kuwa isbeddelay, maqan ama aan la filayn.</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Silsiladda haynta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Goorma</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Yaa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ficilka</translation>
    </message>
    <message>
        <source>SHA-256 at that moment</source>
        <translation>SHA-256 waqtigaas</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Faahfaahin</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Kaydka xogta ma furna.</translation>
    </message>
    <message>
        <source>The item is no longer on this case; it may have been removed in another window.</source>
        <translation>Walaxdu hadda kuma jirto kiiskan; waxaa laga yaabaa in laga saaray daaqad kale.</translation>
    </message>
    <message>
        <source>Saved the details of &quot;%1&quot;; the edit is recorded in the chain of custody.</source>
        <translation>Faahfaahinta &quot;%1&quot; waa la kaydiyay; isbeddelka waxaa lagu diiwaangeliyay silsiladda haynta.</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>Wax ka beddel faahfaahinta…</translation>
    </message>
    <message>
        <source>Correct the description, source or date captured (F2).</source>
        <translation>Sax sharaxaadda, isha ama taariikhda la qaaday (F2).</translation>
    </message>
    <message>
        <source>The same redacted copy is already item %1.</source>
        <translation>Isla nuqulka qaybaha laga qariyay horeba waa shayga %1.</translation>
    </message>
    <message>
        <source>Saved the redacted copy as item %1; the original is unchanged.</source>
        <translation>Nuqulka qaybaha laga qariyay waxaa loo kaydiyay shayga %1; asalka isma beddelin.</translation>
    </message>
    <message>
        <source>Checking the file before redacting it…</source>
        <translation>Waa la hubinayaa faylka ka hor inta aan qaybo laga qarin…</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>Qari qaybo…</translation>
    </message>
    <message>
        <source>Make a copy of this image with faces, plates or other details covered; the original is kept unchanged.</source>
        <translation>Samee nuqul sawirkan ah oo wajiyada, taarikada ama faahfaahin kale la daboolay; asalka sidiisa ayaa loo hayaa.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePreviewDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Caddayn: %1</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ku beeg</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Boggii hore</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Bogga xiga</translation>
    </message>
    <message>
        <source>Audio and video are not played inside TrustDesk. Use Open with System Player.</source>
        <translation>Cod iyo muuqaal laguma shido gudaha TrustDesk. Isticmaal Ku fur ciyaariyaha nidaamka.</translation>
    </message>
    <message>
        <source>TrustDesk cannot show this kind of file. Use Open with System Viewer.</source>
        <translation>TrustDesk ma muujin karo faylal noocan ah. Isticmaal Ku fur daawadaha nidaamka.</translation>
    </message>
    <message>
        <source>Open with System Player</source>
        <translation>Ku fur ciyaariyaha nidaamka</translation>
    </message>
    <message>
        <source>Open with System Viewer</source>
        <translation>Ku fur daawadaha nidaamka</translation>
    </message>
    <message>
        <source>Hand the checked file to the system&apos;s own viewer or player.</source>
        <translation>U dhiib faylka la hubiyay daawadaha ama ciyaariyaha nidaamka laftiisa.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Magaca: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Nooca: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>lama yaqaan</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Cabbirka: %1 (%2 baayt)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Isha: %1</translation>
    </message>
    <message>
        <source>This image could not be shown: it may be damaged, in a format TrustDesk cannot read, or too large to decode safely.</source>
        <translation>Sawirkan lama muujin karin: waxaa laga yaabaa inuu xumaaday, inuu ku jiro qaab TrustDesk aanu akhrin karin, ama inuu aad ugu weyn yahay in si ammaan ah loo furo.</translation>
    </message>
    <message>
        <source>Only the first %1 are shown. Open with System Viewer to see all of it.</source>
        <translation>Keliya %1 ee ugu horreeya ayaa la muujiyay. Isticmaal Ku fur daawadaha nidaamka si aad dhammaan u aragto.</translation>
    </message>
    <message>
        <source>The PDF renderer could not be started. Use Open with System Viewer.</source>
        <translation>Barnaamijka sawira bogagga PDF lama bilaabi karin. Isticmaal Ku fur daawadaha nidaamka.</translation>
    </message>
    <message numerus="yes">
        <source>Showing this PDF took longer than %n second(s) and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</source>
        <translation>
            <numerusform>Muujinta PDF-kan waxay qaadatay in ka badan %n ilbiriqsi waana la joojiyay. Waxaa laga yaabaa inuu xumaaday ama loo sameeyay inuu daawade culays saaro; isticmaal Ku fur daawadaha nidaamka haddii aad ku kalsoon tahay.</numerusform>
            <numerusform>Muujinta PDF-kan waxay qaadatay in ka badan %n ilbiriqsi waana la joojiyay. Waxaa laga yaabaa inuu xumaaday ama loo sameeyay inuu daawade culays saaro; isticmaal Ku fur daawadaha nidaamka haddii aad ku kalsoon tahay.</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF could not be shown: it may be damaged, not really a PDF, or need more memory than a preview may use. Use Open with System Viewer if you trust it.</source>
        <translation>PDF-kan lama muujin karin: waxaa laga yaabaa inuu xumaaday, inaanu dhab ahaan PDF ahayn, ama inuu u baahan yahay xusuus ka badan inta horudhac isticmaali karo. Isticmaal Ku fur daawadaha nidaamka haddii aad ku kalsoon tahay.</translation>
    </message>
    <message>
        <source>This PDF could not be shown: it has no pages TrustDesk can read. Use Open with System Viewer if you trust it.</source>
        <translation>PDF-kan lama muujin karin: ma laha bogag TrustDesk akhrin karo. Isticmaal Ku fur daawadaha nidaamka haddii aad ku kalsoon tahay.</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be shown.</source>
        <translation>Bogga %1 ee PDF-kan lama muujin karin.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Bogga %1 ee %2</translation>
    </message>
    <message>
        <source>This database is encrypted, so its evidence is never written out decrypted. Export the case&apos;s evidence to a folder to open it in another program.</source>
        <translation>Kaydkan xogta waa la sireeyay, sidaas darteed caddaymihiisa weligood dibadda looma qoro iyagoo sirta laga furay. U dhoofi caddaymaha kiiska gal si aad ugu furto barnaamij kale.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because poppler&apos;s pdftoppm and pdfinfo are not installed (package poppler-utils). Export the file to open it in another program.</source>
        <translation>Bogagga PDF halkan laguma tusi karo sababtoo ah pdftoppm iyo pdfinfo ee poppler lama rakibin (xirmada poppler-utils). Dhoofi faylka si aad ugu furto barnaamij kale.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely: bubblewrap (package bubblewrap) is needed to keep the file away from your other files.</source>
        <translation>Bogagga PDF halkan laguma tusi karo sababtoo ah PDF-ka si ammaan ah looma furi karo: bubblewrap (xirmada bubblewrap) ayaa loo baahan yahay si faylka looga fogeeyo faylashaada kale.</translation>
    </message>
    <message>
        <source>This PDF is too large to be shown here. Export it to open it in another program.</source>
        <translation>PDF-kan aad buu u weyn yahay in halkan lagu tuso. Dhoofi si aad ugu furto barnaamij kale.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely.</source>
        <translation>Bogagga PDF halkan laguma tusi karo sababtoo ah PDF-ka si ammaan ah looma furi karo.</translation>
    </message>
    <message>
        <source>Evidence on the office server is encrypted with the office key and is never written out decrypted on this computer. Export it (trustdesk-cli evidence-export) to open it in another program.</source>
        <translation>Caddaymaha server-ka xafiiska waxaa lagu sireeyay furaha xafiiska, weligoodna kombiyuutarkan laguma qoro iyagoo sirta laga furay. U dhoofi (trustdesk-cli evidence-export) si aad ugu furto barnaamij kale.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceThumbnailProxy</name>
    <message>
        <source>The evidence on this office server is encrypted with the office key, which is not unlocked: it cannot be shown, attached or redacted here. Connect again (File › Connect to Office Server…) and give your office key passphrase to open it.</source>
        <translation>Caddaymaha server-kan xafiiska waxaa lagu sireeyay furaha xafiiska, kaas oo aan furnayn: halkan lama muujin karo, lama lifaaqi karo, qaybona lagama qarin karo. Mar kale isku xir (Fayl › Ku xir server-ka xafiiska…) oo geli erayga sirta ah ee furaha xafiiska si aad u furto.</translation>
    </message>
</context>
<context>
    <name>td::ui::FollowUpsDock</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Dabagallada la gaaray</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Kama dambays</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kiiska</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Macmiilka</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Waxa la samaynayo</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Dib u dhacay (%1)</translation>
    </message>
    <message>
        <source>Due within a week (%1)</source>
        <translation>Hal toddobaad gudihiis (%1)</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>Wax dib u dhacay ama toddobaadkan la gaaray ma jiraan.</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleList</name>
    <message>
        <source>Overview</source>
        <translation>Dulmar</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Siyaasadda</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Waxa la samaynayo</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Xadgudubyada</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Su&apos;aalo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Soo koobid</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Caawimo</translation>
    </message>
    <message>
        <source>The law</source>
        <translation>Sharciga</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleView</name>
    <message>
        <source>Source %1: %2
%3</source>
        <translation>Isha %1: %2
%3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>U gudub “%1”</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceBrowser</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Load Guidance Folder…</source>
        <translation>&amp;Soo rar gal hagitaan…</translation>
    </message>
    <message>
        <source>Read a guidance pack your office keeps in a folder</source>
        <translation>Akhri xirmo hagitaan oo xafiiskaagu ku hayo gal</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Guidance</source>
        <translation>Isticmaal hagitaanka &amp;ku jira</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Daabac…</translation>
    </message>
    <message>
        <source>Print this article as a handout in the language shown</source>
        <translation>U daabac maqaalkan warqad macluumaad ahaan luqadda la muujiyay</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>U &amp;kaydi PDF ahaan…</translation>
    </message>
    <message>
        <source>Save this article as a PDF handout in the language shown</source>
        <translation>U kaydi maqaalkan warqad macluumaad PDF ah luqadda la muujiyay</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Xir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Muuqaal</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Dib</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Hore</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Dhinac dhinac</translation>
    </message>
    <message>
        <source>Show the article in two languages at once</source>
        <translation>Muuji maqaalka laba luqadood isku mar</translation>
    </message>
    <message>
        <source>&amp;Search Guidance</source>
        <translation>&amp;Raadi hagitaanka</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hagitaan</translation>
    </message>
    <message>
        <source>Rights Guidance — TrustDesk</source>
        <translation>Hagitaanka xuquuqda — TrustDesk</translation>
    </message>
    <message>
        <source>Rights Guidance: %1 — TrustDesk</source>
        <translation>Hagitaanka xuquuqda: %1 — TrustDesk</translation>
    </message>
    <message>
        <source>%1 · version %2 · last reviewed %3</source>
        <translation>%1 · nooca %2 · dib-u-eegistii ugu dambaysay %3</translation>
    </message>
    <message>
        <source>Built-in guidance</source>
        <translation>Hagitaanka ku jira</translation>
    </message>
    <message>
        <source>Rights Guidance</source>
        <translation>Hagitaanka xuquuqda</translation>
    </message>
    <message>
        <source>The guidance in %1 cannot be used, so the guidance already open stays in use.

%2</source>
        <translation>Hagitaanka ku jira %1 lama isticmaali karo, sidaas darteed hagitaanka hadda furan ayaa sii shaqaynaya.

%2</translation>
    </message>
    <message>
        <source>Loaded guidance from %1</source>
        <translation>Hagitaanka waxaa laga soo raray %1</translation>
    </message>
    <message>
        <source>Load Guidance Folder</source>
        <translation>Soo rar gal hagitaan</translation>
    </message>
    <message>
        <source>Category code: %1</source>
        <translation>Koodhka nooca: %1</translation>
    </message>
    <message>
        <source>Category codes: %1</source>
        <translation>Koodhadhka noocyada: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Isha %1: %2</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Nothing about the case is sent.</source>
        <translation>Ciwaankan ka fur daalacahaaga? Wax ku saabsan kiiska lama dirayo.</translation>
    </message>
    <message>
        <source>Open Source</source>
        <translation>Fur isha</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Ka fur daalacaha</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <translation>[%1] %2 — %3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>U gudub “%1”</translation>
    </message>
    <message>
        <source>Print Guidance Handout</source>
        <translation>Daabac warqadda macluumaadka hagitaanka</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>La kaydiyay %1</translation>
    </message>
    <message>
        <source>Installed guidance update</source>
        <translation>Cusboonaysiinta hagitaanka ee la rakibay</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidancePane</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Luqadda:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original text, in the language the guidance was written in.</source>
        <translation>Qoraalka asalka ah, luqadda hagitaanka lagu qoray.</translation>
    </message>
    <message>
        <source>Translation reviewed by a native speaker.</source>
        <translation>Turjumaad uu dib u eegay qof luqadda ku dhashay.</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet reviewed by a native speaker.</source>
        <translation>Turjumaad lagu caawiyay mashiin, weli uusan dib u eegin qof luqadda ku dhashay.</translation>
    </message>
    <message>
        <source>The %1 text is authoritative.</source>
        <translation>Qoraalka %1 ayaa ah kan sharci ahaan la raaco.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ilaha</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Ilaha markii ugu dambeysay la hubiyay: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceSearchPanel</name>
    <message>
        <source>Search the guidance…</source>
        <translation>Raadi hagitaanka…</translation>
    </message>
    <message>
        <source>&amp;All languages</source>
        <translation>&amp;Dhammaan luqadaha</translation>
    </message>
    <message>
        <source>Search every translation instead of only the language shown</source>
        <translation>Ka raadi turjumaad kasta halkii luqadda la muujiyay oo keliya</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n natiijo</numerusform>
            <numerusform>%n natiijo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::IncidentForm</name>
    <message>
        <source>Read the rights guidance</source>
        <translation>Akhri hagitaanka xuquuqda</translation>
    </message>
    <message>
        <source>Street address, intersection or landmark</source>
        <translation>Ciwaanka waddada, isgoyska ama calaamad la yaqaan</translation>
    </message>
    <message>
        <source>e.g. Boston Police Department</source>
        <translation>tusaale Waaxda Booliiska Boston</translation>
    </message>
    <message>
        <source>What happened, in the client&apos;s words, in order.</source>
        <translation>Waxa dhacay, erayada macmiilka, siday u dhaceen.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Lama yaqaan</translation>
    </message>
    <message>
        <source>Rights guidance: %1</source>
        <translation>Hagidda xuquuqda: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::LockScreen</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Erayga sirta ah ma saxna. Isku day mar kale.</translation>
    </message>
    <message>
        <source>TrustDesk is locked</source>
        <translation>TrustDesk waa qufulan yahay</translation>
    </message>
    <message>
        <source>Case data is hidden while you are away. Enter the app passphrase to continue.</source>
        <translation>Xogta kiisaska waa la qariyaa inta aad maqan tahay. Geli erayga sirta ah ee barnaamijka si aad u sii wadato.</translation>
    </message>
    <message>
        <source>App passphrase</source>
        <translation>Erayga sirta ah ee barnaamijka</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>Geli furaha soo celinta.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geli erayga sirta ah.</translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>Furahaas soo celinta ma furo kaydkan xogta.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Erayga sirta ah ma saxna.</translation>
    </message>
    <message numerus="yes">
        <source>%1 You can try again in %n second(s).</source>
        <translation>
            <numerusform>%1 Waad isku dayi kartaa mar kale %n ilbiriqsi kadib.</numerusform>
            <numerusform>%1 Waad isku dayi kartaa mar kale %n ilbiriqsi kadib.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Isku day mar kale.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Waa la furayaa…</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the database %1 was made: 13 groups of four letters and digits.</source>
        <translation>Qor furaha soo celinta ee aad qoratay markii la sameeyay kaydka xogta %1: 13 koox oo ka kooban afar xaraf iyo tiro.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>Kaydka xogta %1 waa la sireeyay. Geli erayga sirta ah si aad u furto.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Furaha soo celinta</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>Erayga sirta ah ee kaydka xogta</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>Isticmaal &amp;erayga sirta ah</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key</source>
        <translation>Ma ilowday erayga sirta ah? Isticmaal &amp;furaha soo celinta</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>F&amp;ur</translation>
    </message>
    <message>
        <source>No passphrase protects this database: it is closed, but anyone at this computer could open it again. Set an app passphrase now to continue; better still, encrypt the database afterwards (Encrypt… in the banner) so its file cannot be read without you.</source>
        <translation>Eray sir ah ma ilaaliyo kaydkan xogta: waa xiran yahay, laakiin qof kasta oo kombiyuutarkan jooga ayaa mar kale furi kara. Hadda dhig eray sir ah oo barnaamijka si aad u sii wadato; xitaa ka wanaagsan, kadib sir kaydka xogta (Siree… oo ku jira xariijinta) si faylkiisa aan laguu la&apos;aantaa loo akhriyi karin.</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>&amp;Dhig eray sir ah…</translation>
    </message>
    <message>
        <source>Enter your passphrase for the office key.</source>
        <translation>Geli erayga sirta ah ee aad u leedahay furaha xafiiska.</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key.</source>
        <translation>Erayga sirta ahi ma furo furaha xafiiska.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was opened; you can try again.</source>
        <translation>Waa la joojiyay. Waxba lama furin; mar kale ayaad isku dayi kartaa.</translation>
    </message>
    <message>
        <source>Connecting to the office server and unlocking the office key…</source>
        <translation>Waa la isku xirayaa server-ka xafiiska, furaha xafiiskana waa la furayaa…</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Waa la isku xirayaa server-ka xafiiska…</translation>
    </message>
    <message>
        <source>Case data on the office server (database %1) is hidden while you are away. Enter your passphrase for the office key (login %2) to continue.</source>
        <translation>Xogta kiisaska ee server-ka xafiiska (kaydka xogta %1) waa la qariyaa inta aad maqan tahay. Geli erayga sirta ah ee aad u leedahay furaha xafiiska (akoonka %2) si aad u sii wadato.</translation>
    </message>
    <message>
        <source>Office key passphrase</source>
        <translation>Erayga sirta ah ee furaha xafiiska</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Erayga sirta ah ee server-ka</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>Erayga sirta ah ee server-ka xafiiska</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Jooji</translation>
    </message>
    <message>
        <source>The office server did not let you in without a password. Enter your server password as well, then try again.</source>
        <translation>Server-ka xafiisku kuuma oggolaan inaad gasho eray sir ah la&apos;aantiis. Sidoo kale geli erayga sirta ah ee server-ka, kadibna isku day mar kale.</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Fur kayd xog…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ka ba&amp;x</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Tafatir</translation>
    </message>
    <message>
        <source>&amp;Find Cases</source>
        <translation>&amp;Hel kiisas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Muuqaal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Cusboonaysii</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Caawimo</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>&amp;Ku saabsan TrustDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Ku saabsan &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — TrustDesk</source>
        <translation>%1 — TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name so no existing file is replaced.</source>
        <translation>%1 horey ayuu u jiray. Dooro magac fayl cusub si aan fayl jira loo beddelin.</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>Ku saabsan TrustDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Case management for legal-aid caseworkers who help immigrants document police misconduct and file complaints.&lt;/p&gt;&lt;p&gt;Cases stay on this computer, in an owner-only database. Sensitive facts such as immigration status are withheld from everything that leaves the app unless you deliberately include them.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Maaraynta kiisaska ee shaqaalaha gargaarka sharciga ee caawiya soo galootiga inay diiwaangeliyaan xadgudubka booliiska oo ay gudbiyaan cabashooyin.&lt;/p&gt;&lt;p&gt;Kiisasku waxay ku jiraan kombiyuutarkan, kayd xog oo milkiilaha keliya furi karo. Macluumaadka xasaasiga ah sida xaaladda socdaalka laguma daro wax kasta oo ka baxa barnaamijka, haddii aadan si ula kac ah ugu darin.&lt;/p&gt;&lt;p&gt;Kaydka xogta: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching case(s)</source>
        <translation>
            <numerusform>%Ln kiis oo u dhigma</numerusform>
            <numerusform>%Ln kiis oo u dhigma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln kiis</numerusform>
            <numerusform>%Ln kiis</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Doorashooyin…</translation>
    </message>
    <message>
        <source>&amp;Rights Guidance</source>
        <translation>&amp;Hagitaanka xuquuqda</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>&amp;Amniga…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>&amp;Quful hadda</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Diiwaanka hubinta…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Samee nuqul kayd…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>&amp;Ka soo celi nuqul kayd…</translation>
    </message>
    <message>
        <source>Your &amp;Office and Profile…</source>
        <translation>&amp;Xafiiskaaga iyo xogtaada…</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>Quful hadda</translation>
    </message>
    <message>
        <source>No passphrase protects this window, so anyone could unlock it with one click. Set an app passphrase now to lock it?</source>
        <translation>Eray sir ah ma ilaaliyo daaqaddan, sidaas darteed qof kasta ayaa hal gujin ku furi kara. Hadda dhig eray sir ah oo barnaamijka si loo quful?</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>&amp;Dhig eray sir ah…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>The window was not locked: without a passphrase, anyone could unlock it. Set one in Edit › Security, or encrypt the database (Encrypt… in the banner) so its own passphrase locks it.</source>
        <translation>Daaqadda lama quful: eray sir ah la&apos;aantiis, qof kasta ayaa furi kara. Mid ku dhig Tafatir › Amniga, ama sir kaydka xogta (Siree… oo ku jira xariijinta) si erayga sirta ah ee isaga u quful.</translation>
    </message>
    <message>
        <source>New D&amp;atabase…</source>
        <translation>Kay&amp;d xog cusub…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Saraakiisha…</translation>
    </message>
    <message>
        <source>E&amp;xport Case List…</source>
        <translation>Dhoofi &amp;liiska kiisaska…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Tirakoob…</translation>
    </message>
    <message>
        <source>Connect to Office Ser&amp;ver…</source>
        <translation>Ku xir se&amp;rver-ka xafiiska…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>kombiyuutarkan</translation>
    </message>
    <message>
        <source>%1 on %2 — TrustDesk</source>
        <translation>%1 oo ku jira %2 — TrustDesk</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Siree</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln matching case(s)</source>
        <translation>
            <numerusform>In ka badan %Ln kiis oo u dhigma</numerusform>
            <numerusform>In ka badan %Ln kiis oo u dhigma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln case(s)</source>
        <translation>
            <numerusform>In ka badan %Ln kiis</numerusform>
            <numerusform>In ka badan %Ln kiis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works on a database file on this computer. An office server&apos;s data is protected by its logins and TLS, and its evidence is encrypted with the office key (see the office mode guide).</source>
        <translation>%1 wuxuu ka shaqeeyaa fayl kayd xog ah oo ku jira kombiyuutarkan. Xogta server-ka xafiiska waxaa ilaaliya akoonnadiisa iyo TLS, caddaymihiisana waxaa lagu sireeyay furaha xafiiska (eeg hagaha habka xafiiska).</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Isku xirka waa la joojiyay.</translation>
    </message>
    <message>
        <source>Res&amp;tore Office Backup…</source>
        <translation>Soo celi &amp;nuqul kayd xafiis…</translation>
    </message>
    <message>
        <source>Restores an office backup into a new, empty office database on the server (office admins only); the database open now is not changed.</source>
        <translation>Wuxuu nuqul kayd xafiis ku soo celiyaa kayd xog xafiis oo cusub oo madhan oo ku jira server-ka (maamulayaasha xafiiska oo keliya); kaydka xogta hadda furan isma beddelo.</translation>
    </message>
    <message>
        <source>Replaces the cases in this database with those of a backup.</source>
        <translation>Wuxuu kiisaska kaydkan xogta ku beddelaa kuwa nuqul kayd.</translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerHint</name>
    <message numerus="yes">
        <source>This officer appears in %n other case(s): %1</source>
        <translation>
            <numerusform>Sarkaalkan wuxuu ka muuqdaa %n kiis oo kale: %1</numerusform>
            <numerusform>Sarkaalkan wuxuu ka muuqdaa %n kiis oo kale: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerRosterDialog</name>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>%n sarkaal.</numerusform>
            <numerusform>%n sarkaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of badge %1 (%2):</source>
        <translation>Kiisaska baajka %1 (%2):</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>hay&apos;adda lama yaqaan</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this officer.</source>
        <translation>
            <numerusform>%n kiis oo sarkaalkan ah.</numerusform>
            <numerusform>%n kiis oo sarkaalkan ah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Saraakiisha</translation>
    </message>
    <message>
        <source>Officers recognized across cases by badge number and agency. Spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros in a badge number are ignored; a record without an agency is listed on its own.</source>
        <translation>Saraakiisha lagu aqoonsaday kiisaska oo dhan lambarka baajka iyo hay&apos;adda. Meelaha bannaan, &quot;#&quot;, &quot;No.&quot; iyo eberrada hore ee lambarka baajka lama eego; diiwaan aan hay&apos;ad lahayn si gaar ah ayaa loo taxaa.</translation>
    </message>
    <message>
        <source>In at least this many &amp;incidents:</source>
        <translation>Ugu yaraan inta &amp;dhacdo:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kiiska</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Dhacdadii ugu horreysay</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Dhacdadii ugu dambaysay</translation>
    </message>
    <message>
        <source>Press Enter on an officer to list their cases.</source>
        <translation>Riix Enter adigoo sarkaal dooranaya si aad u taxdo kiisaskiisa.</translation>
    </message>
    <message>
        <source>Reading the officers…</source>
        <translation>Saraakiisha ayaa la akhrinayaa…</translation>
    </message>
    <message>
        <source>Reading the cases of this officer…</source>
        <translation>Kiisaska sarkaalkan ayaa la akhrinayaa…</translation>
    </message>
</context>
<context>
    <name>td::ui::PlaintextBanner</name>
    <message>
        <source>This database is not encrypted. Anyone who gets hold of this computer or a copy of the file can read every case.</source>
        <translation>Kaydkan xogta lama sirayn. Qof kasta oo hela kombiyuutarkan ama nuqul faylka ah wuu akhrin karaa kiis kasta.</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>Kaydka xogta lama sirayn</translation>
    </message>
    <message>
        <source>E&amp;ncrypt…</source>
        <translation>&amp;Qarsoodi ka dhig…</translation>
    </message>
</context>
<context>
    <name>td::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Doorashooyin</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Luqadda:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Habka nidaamka (%1)</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Case records stay in the language they were written in.</source>
        <translation>Luqadda liisaska, badhamada iyo fariimaha. Diiwaannada kiisaska waxay ku haraan luqaddii lagu qoray.</translation>
    </message>
    <message>
        <source>The new language applies at once. Dates and numbers follow it.</source>
        <translation>Luqadda cusub isla markiiba way shaqaysaa. Taariikhaha iyo tirooyinkuna way raacaan.</translation>
    </message>
    <message>
        <source>&amp;Recorded as:</source>
        <translation>&amp;Loo diiwaangeliyay:</translation>
    </message>
    <message>
        <source>Set the caseworker profile…</source>
        <translation>Dhig xogta shaqaalaha kiiska…</translation>
    </message>
    <message>
        <source>The name and role that the audit log and the chain of custody record for what you do. Click to change them.</source>
        <translation>Magaca iyo doorka uu diiwaanka hubinta iyo silsiladda haynta u diiwaangeliyaan waxaad samayso. Guji si aad u beddesho.</translation>
    </message>
</context>
<context>
    <name>td::ui::RecoveryKeyActions</name>
    <message>
        <source>At least %n characters.</source>
        <translation>Ugu yaraan %n xaraf.</translation>
    </message>
    <message>
        <source>Strength: weak. Four or five unrelated words are much harder to guess and easier to remember.</source>
        <translation>Adkaanta: daciif. Afar ama shan eray oo aan isku xirnayn aad bay u adag yihiin in la qiyaaso, waana ka fudud yihiin in la xasuusto.</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>Adkaanta: dhexdhexaad. Dhowr eray oo kale ayaa aad uga dhigaya mid adag in la qiyaaso.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Adkaanta: adag.</translation>
    </message>
    <message>
        <source>TrustDesk recovery key</source>
        <translation>Furaha soo celinta TrustDesk</translation>
    </message>
    <message>
        <source>Keep this page locked away, apart from the computer. Anyone who has it and the database can read every case.</source>
        <translation>Boggan ku hay meel quful, kana fog kombiyuutarka. Qof kasta oo haysta isaga iyo kaydka xogta wuu akhriyi karaa kiis kasta.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Waxaa loo diray daabacaha.</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else so it does not stay on the clipboard.</source>
        <translation>Waa la koobiyeeyay. Ku dheji meesha aad si ammaan ah ugu haysato, kadib koobiyee wax kale si uusan ugu harin kaydka koobiga.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Kaydi furaha soo celinta</translation>
    </message>
    <message>
        <source>The recovery key could not be saved: %1</source>
        <translation>Furaha soo celinta lama kaydin karin: %1</translation>
    </message>
    <message>
        <source>TrustDesk recovery key for %1
%2
</source>
        <translation>Furaha soo celinta TrustDesk ee %1
%2
</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick kept locked away): beside the database it protects nothing.</source>
        <translation>Waxaa lagu kaydiyay %1. Ka saar kombiyuutarkan (USB meel quful lagu hayo): kaydka xogta agtiisa waxba ma ilaaliyo.</translation>
    </message>
</context>
<context>
    <name>td::ui::RedactDialog</name>
    <message>
        <source>Looking for faces…</source>
        <translation>Waxaa la raadinayaa wajiyo…</translation>
    </message>
    <message>
        <source>No face was suggested. Detection misses faces: look at the whole image.</source>
        <translation>Waji lama soo jeedin. Raadintu waxay seegtaa wajiyo: eeg sawirka oo dhan.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested (dashed yellow): accept each with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</source>
        <translation>
            <numerusform>%n waji ayaa la soo jeediyay (jaalle go&apos;go&apos;an): ku aqbal laba gujin ama Enter, dhaqaaji ama tirtir. Raadintu waxay seegtaa wajiyo: hubi sawirka oo dhan.</numerusform>
            <numerusform>%n waji ayaa la soo jeediyay (jaalle go&apos;go&apos;an): mid kasta ku aqbal laba gujin ama Enter, dhaqaaji ama tirtir. Raadintu waxay seegtaa wajiyo: hubi sawirka oo dhan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw at least one box over what should be hidden.</source>
        <translation>Ku sawir ugu yaraan hal sanduuq waxa la qarinayo dushiisa.</translation>
    </message>
    <message>
        <source>Suggestions Not Accepted</source>
        <translation>Soo jeedinno aan la aqbalin</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested box(es) were not accepted and will not be covered.</source>
        <translation>
            <numerusform>%n sanduuq oo la soo jeediyay lama aqbalin lamana dabooli doono.</numerusform>
            <numerusform>%n sanduuq oo la soo jeediyay lama aqbalin lamana dabooli doono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them</source>
        <translation>Eeg iyaga</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>Kaydi iyaga la&apos;aantood</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover; %1 suggestion(s) to review.</source>
        <translation>
            <numerusform>%n sanduuq oo la daboolayo; %1 soo jeedin oo la eegayo.</numerusform>
            <numerusform>%n sanduuq oo la daboolayo; %1 soo jeedin oo la eegayo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover.</source>
        <translation>
            <numerusform>%n sanduuq oo la daboolayo.</numerusform>
            <numerusform>%n sanduuq oo la daboolayo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redact %1</source>
        <translation>Qari qaybo %1</translation>
    </message>
    <message>
        <source>Drag on the image to cover faces, plates, badge numbers or addresses. Drag a box to move it; Delete removes the selected box. The copy is a new item: the original is kept unchanged.</source>
        <translation>Sawirka ku jiid si aad u daboosho wajiyada, taarikada, lambarada baajka ama cinwaannada. Jiid sanduuq si aad u dhaqaajiso; Delete wuxuu tirtiraa sanduuqa la doortay. Nuqulku waa shay cusub: asalka sidiisa ayaa loo hayaa.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Habka:</translation>
    </message>
    <message>
        <source>Fill (solid black)</source>
        <translation>Buuxi (madow adag)</translation>
    </message>
    <message>
        <source>Pixelate (coarse blocks)</source>
        <translation>Pixel ka dhig (qaybo waaweyn)</translation>
    </message>
    <message>
        <source>&amp;Suggest Faces</source>
        <translation>&amp;Soo jeedi wajiyo</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Aqbal soo jeedinta</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation>Aqbal &amp;dhammaan soo jeedinta</translation>
    </message>
    <message>
        <source>&amp;Remove Box</source>
        <translation>&amp;Tirtir sanduuqa</translation>
    </message>
    <message>
        <source>Save Redacted &amp;Copy</source>
        <translation>U kaydi &amp;nuqul qaybo laga qariyay</translation>
    </message>
    <message>
        <source>Saving the redacted copy of %1…</source>
        <translation>Nuqulka %1 oo qaybo laga qariyay ayaa la kaydinayaa…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Qari qaybo</translation>
    </message>
    <message>
        <source>The redacted copy was not saved: %1 Your boxes are still here; you can try again.</source>
        <translation>Nuqulka qaybaha laga qariyay lama kaydin: %1 Sanduuqyadaadu weli waa halkan; mar kale ayaad isku dayi kartaa.</translation>
    </message>
</context>
<context>
    <name>td::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Ka saar</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Ka saar %1 %2</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Weli waxba.</translation>
    </message>
</context>
<context>
    <name>td::ui::SecurityDialog</name>
    <message>
        <source>Security</source>
        <translation>Amniga</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Marnaba</translation>
    </message>
    <message>
        <source> min</source>
        <translation> daqiiqo</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Quful kadib</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Erayga sirta ah ee &amp;cusub</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Xaqiiji</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Erayga sirta ah ee hadda ma saxna.</translation>
    </message>
    <message>
        <source>The passphrase could not be stored; try again.</source>
        <translation>Erayga sirta ah lama kaydin karin; isku day mar kale.</translation>
    </message>
    <message>
        <source>Lock when the &amp;computer locks, goes to sleep or starts its screen saver</source>
        <translation>Quful marka &amp;kombiyuutarku xirmo, seexdo ama bilaabo ilaaliyaha shaashadda</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>&amp;Beddel erayga sirta ah…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Erayga sirta ah</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until the database&apos;s passphrase or recovery key is entered again.</source>
        <translation>Marka waqtiga la doortay uu dhaafo iyadoo aan waxba la gelin, TrustDesk wuxuu qariyaa dhammaan xogta kiisaska ilaa mar kale la geliyo erayga sirta ah ee kaydka xogta ama furaha soo celinta.</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until it is unlocked. The passphrase itself is never stored, only a check value that cannot be turned back into it; leave the new fields empty to keep it.</source>
        <translation>Marka waqtiga la doortay uu dhaafo iyadoo aan waxba la gelin, TrustDesk wuxuu qariyaa dhammaan xogta kiisaska ilaa la furo. Erayga sirta ah laftiisa marnaba lama kaydiyo, kaliya qiime hubin ah oo aan dib loogu celin karin; meelaha cusub madhan u daa si aad u haysato.</translation>
    </message>
    <message>
        <source>Passphrase Changed</source>
        <translation>Erayga sirta ah waa la beddelay</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on. The recovery key still does.</source>
        <translation>Hadda wixii ka dambeeya erayga sirta ah ee cusub ayaa fura kaydkan xogta. Furaha soo celintuna wali wuu furaa.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Erayga sirta ah ee &amp;hadda</translation>
    </message>
</context>
<context>
    <name>td::ui::SensitiveMask</name>
    <message>
        <source>Hidden</source>
        <translation>Qarsoon</translation>
    </message>
    <message>
        <source>Revealing cannot be recorded here.</source>
        <translation>Muujinta halkan laguma diiwaangelin karo.</translation>
    </message>
    <message>
        <source>Hidden. Reveal it with the button beside it (recorded in the audit log), or type a new value to replace it.</source>
        <translation>Qarsoon. Ku muuji badhanka agtiisa ah (waxaa lagu qoraa diiwaanka hubinta), ama qor qiime cusub si aad u beddesho.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Muuji</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Muuji %1</translation>
    </message>
    <message>
        <source>Show the stored %1 (recorded in the audit log)</source>
        <translation>Muuji %1 ee kaydsan (waxaa lagu qoraa diiwaanka hubinta)</translation>
    </message>
    <message>
        <source>Replaced by what you typed; clear the field to reveal the stored value instead.</source>
        <translation>Waxaa beddelay waxa aad qortay; madhi goobta si aad u muujiso qiimaha kaydsan.</translation>
    </message>
</context>
<context>
    <name>td::ui::ServerLogin</name>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Waa la isku xirayaa server-ka xafiiska…</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsChartView</name>
    <message>
        <source>Nothing to chart: no incident matches these filters.</source>
        <translation>Wax jaantus lagu sameeyo ma jiraan: dhacdo ku habboon shaandhooyinkan ma jirto.</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsTableModel</name>
    <message>
        <source>Total (each counted once)</source>
        <translation>Wadarta (mid kasta hal mar ayaa la tiriyay)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Wadarta</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsWindow</name>
    <message>
        <source>None</source>
        <translation>Midna</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Tirakoob</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Laga bilaabo:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Ilaa:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Shaqaala&amp;ha kiiska:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Xaaladda:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Safafka:</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>&amp;Tiirarka:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Maxaa la tirinayaa:</translation>
    </message>
    <message>
        <source>First incident date counted; empty: from the first incident.</source>
        <translation>Taariikhda ugu horreysa ee dhacdada la tiriyo; madhan: laga bilaabo dhacdada ugu horreysa.</translation>
    </message>
    <message>
        <source>Last incident date counted; empty: up to the last incident.</source>
        <translation>Taariikhda ugu dambaysa ee dhacdada la tiriyo; madhan: ilaa dhacdada ugu dambaysa.</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>Dhammaan shaqaalaha kiisaska</translation>
    </message>
    <message>
        <source>Tick the case statuses to count; none ticked counts every case.</source>
        <translation>Calaamadee xaaladaha kiisaska la tirinayo; haddii midna aan la calaamadeyn, kiis kasta waa la tiriyaa.</translation>
    </message>
    <message>
        <source>Export &amp;hides counts below:</source>
        <translation>Dhoofintu waxay qarisaa tirooyinka ka &amp;yar:</translation>
    </message>
    <message>
        <source>Published figures hide every count from 1 to this number minus one, and further counts so the hidden ones cannot be worked out. 1 hides nothing.</source>
        <translation>Tirooyinka la daabaco waxay qariyaan tiro kasta oo u dhaxaysa 1 ilaa tiradan laga jaray hal, iyo tirooyin kale si aan looga ogaan karin kuwa la qariyay. 1 waxba ma qariyo.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dhoofi…</translation>
    </message>
    <message>
        <source>Save these figures as CSV or PDF to publish, with small counts hidden. This window shows every count: it is for the office only.</source>
        <translation>U kaydi tirooyinkan CSV ama PDF si aad u daabacdo, iyadoo tirooyinka yar la qariyay. Daaqaddani waxay muujisaa tiro kasta: waa xafiiska oo keliya.</translation>
    </message>
    <message>
        <source>Ca&amp;ses: click a bar or double-click a cell to list its cases.</source>
        <translation>&amp;Kiisaska: guji tiir jaantuska ah ama laba jeer guji unug si aad u taxdo kiisaskiisa.</translation>
    </message>
    <message>
        <source>The first date is after the last: nothing to count.</source>
        <translation>Taariikhda hore waxay ka dambaysaa tan dambe: wax la tiriyo ma jiraan.</translation>
    </message>
    <message>
        <source>Chart of %1 by %2</source>
        <translation>Jaantuska %1 marka loo eego %2</translation>
    </message>
    <message>
        <source>Raw counts, for the office only: %1 and %2.</source>
        <translation>Tirooyinka aan la qarin, xafiiska oo keliya: %1 iyo %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln kiis</numerusform>
            <numerusform>%Ln kiis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln dhacdo</numerusform>
            <numerusform>%Ln dhacdo</numerusform>
        </translation>
    </message>
    <message>
        <source>A case or incident can fall in several rows or columns, so the totals count each once and are less than the sum of the cells.</source>
        <translation>Kiis ama dhacdo waxay ku dhici kartaa dhowr saf ama tiir, sidaas darteed wadarradu mid kasta hal mar ayay tiriyaan waxayna ka yar yihiin isugeynta unugyada.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: counting…</source>
        <translation>&amp;Kiisaska %1: waa la tirinayaa…</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: %2, the first %3 listed (double-click or Enter opens one)</source>
        <translation>&amp;Kiisaska %1: %2, %3-da ugu horreeya ayaa la taxay (laba jeer guji ama Enter ayaa mid fura)</translation>
    </message>
    <message numerus="yes">
        <source>Ca&amp;ses in %1: %Ln (double-click or Enter opens one)</source>
        <translation>
            <numerusform>&amp;Kiisaska %1: %Ln (laba jeer guji ama Enter ayaa mid fura)</numerusform>
            <numerusform>&amp;Kiisaska %1: %Ln (laba jeer guji ama Enter ayaa mid fura)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a date like %1, or leave it empty.</source>
        <extracomment>%1 is a date in the interface language&apos;s style, e.g. 12/31/2026.</extracomment>
        <translation>Qor taariikh sida %1, ama madhan u daa.</translation>
    </message>
</context>
<context>
    <name>td::ui::VaultSetupDialog</name>
    <message>
        <source>The encrypted database could not be created: %1</source>
        <translation>Kaydka xogta ee la sireeyay lama samayn karin: %1</translation>
    </message>
    <message>
        <source>Protect Your Cases</source>
        <translation>Ilaali kiisaskaaga</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TrustDesk keeps every case encrypted on this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Without it nobody can read the clients&apos; names, addresses, immigration status or anything else in TrustDesk, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;If the passphrase is forgotten, the only way back in is the recovery key shown on the next page. Without either, the cases are lost for good: nobody, not even the makers of TrustDesk, can recover them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TrustDesk wuxuu kiis kasta ku hayaa isagoo la sireeyay kombiyuutarkan.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dooro eray sir ah. La&apos;aantiis qofna ma akhrin karo magacyada macmiilada, cinwaannadooda, xaaladda socdaalkooda ama wax kale oo TrustDesk ku jira, xitaa haddii disk-ga kombiyuutarkan gacantiisa ku jiro. Waad qoraysaa mar kasta oo TrustDesk bilaabmo.&lt;/p&gt;&lt;p&gt;Haddii erayga sirta ah la ilaawo, habka keliya ee dib loo galo waa furaha soo celinta ee ka muuqda bogga xiga. Labadaba la&apos;aantood, kiisasku weligood way lumayaan: qofna, xitaa kuwa sameeyay TrustDesk, ma soo celin karo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Erayga sirta ah:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Ku &amp;celi:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Erayga sirta ah</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ku celi erayga sirta ah</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ka ba&amp;x</translation>
    </message>
    <message>
        <source>&amp;Encrypt and Continue</source>
        <translation>&amp;Siree oo sii wad</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds: the passphrase is made deliberately slow to guess.</source>
        <translation>Waxaa la samaynayaa kaydka xogta ee la sireeyay… Tani waxay qaadanaysaa dhowr ilbiriqsi: erayga sirta ah si ula kac ah ayaa looga dhigay mid gaabis ah in la qiyaaso.</translation>
    </message>
    <message>
        <source>This is the recovery key. It is shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase.</source>
        <translation>Kani waa furaha soo celinta. Waxaa la tusayaa oo keliya hal mar. Qor ama daabac, kuna hay meel ammaan ah oo ka fog kombiyuutarkan. Wuxuu furaa kaydka xogta haddii erayga sirta ah la ilaawo, sidaas darteed u ilaali sida erayga sirta ah.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Daabac…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Koobiyee</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>U kaydi &amp;fayl ahaan…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>Waan &amp;qoray ama si ammaan ah ayaan u kaydiyay</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Sii &amp;wad</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Furaha soo celinta</translation>
    </message>
</context>
<context>
    <name>trustdesk-cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>init ma qaato doodo.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Kaydka xogta waa diyaar: %1 (qaabka %2)</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n problem(s).</source>
        <translation>
            <numerusform>Hubintu WAY FASHILANTAY: %n dhibaato.</numerusform>
            <numerusform>Hubintu WAY FASHILANTAY: %n dhibaato.</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>faylka nuqulka kaydka</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 wuxuu u baahan yahay hal FILE oo keliya.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Nuqulka kaydka waa la qoray waana la hubiyay: %1</translation>
    </message>
    <message>
        <source>Restored from %1 into %2</source>
        <translation>Laga soo celiyay %1 loona celiyay %2</translation>
    </message>
    <message>
        <source>List cases, newest first: reference, status, opened date, client.</source>
        <translation>Liis kiisaska, kuwa ugu cusub marka hore: tixraac, xaalad, taariikhda la furay, macmiil.</translation>
    </message>
    <message>
        <source>only cases with this status (%1)</source>
        <translation>kiisaska xaaladdan leh oo keliya (%1)</translation>
    </message>
    <message>
        <source>print JSON instead of one line a case</source>
        <translation>daabac JSON halkii hal sadar kiis kasta</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list ma qaato doodo.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>Xaalad aan la garanayn &quot;%1&quot;. Isticmaal mid ka mid ah: %2.</translation>
    </message>
    <message>
        <source>Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</source>
        <translation>Isticmaalka: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Doorashooyinka guud:</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>muuji caawimadan; COMMAND --help wuxuu muujiyaa doorashooyinka amar</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>muuji nooca</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Amarrada:</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db wuxuu u baahan yahay waddada fayl.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Doorasho aan la garanayn %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Amar aan la garanayn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Search cases. Accents and case do not matter; the last word may be the start of a word. Best matches first.</source>
        <translation>Raadi kiisas. Shaqallada iyo farta waaweyn muhiim maaha; ereyga ugu dambeeya wuxuu noqon karaa bilowga eray. Kuwa ugu habboon marka hore.</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>erayada la raadinayo</translation>
    </message>
    <message>
        <source>at most N results (default 50)</source>
        <translation>ugu badnaan N natiijo (caadi ahaan 50)</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search wuxuu u baahan yahay QUERY.</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit wuxuu u baahan yahay tiro dhan oo togan.</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify ma qaato doodo.</translation>
    </message>
    <message>
        <source>Verification passed: %1</source>
        <translation>Hubintu way guulaysatay: %1</translation>
    </message>
    <message>
        <source>Add fictional demo cases to the database (created when missing). The same seed always gives the same cases.</source>
        <translation>Ku dar kiisas tusaale ah oo aan run ahayn kaydka xogta (waa la samaynayaa haddii uusan jirin). Abuurka isku midka ahi had iyo jeer wuxuu bixiyaa kiisas isku mid ah.</translation>
    </message>
    <message>
        <source>how many cases to add (required)</source>
        <translation>imisa kiis oo la darayo (waa loo baahan yahay)</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>abuur random ah (caadi ahaan 1)</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo ma qaato doodo.</translation>
    </message>
    <message>
        <source>demo needs --cases N.</source>
        <translation>demo wuxuu u baahan yahay --cases N.</translation>
    </message>
    <message>
        <source>--cases needs a positive whole number.</source>
        <translation>--cases wuxuu u baahan yahay tiro dhan oo togan.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of zero or more.</source>
        <translation>--seed wuxuu u baahan yahay tiro dhan oo eber ah ama ka badan.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) were added before the error.</source>
        <translation>
            <numerusform>%n kiis tusaale ah ayaa la daray ka hor khaladka.</numerusform>
            <numerusform>%n kiis tusaale ah ayaa la daray ka hor khaladka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding demo cases: %1 of %2</source>
        <translation>Kiisas tusaale ah ayaa la darayaa: %1 ee %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>Waxaa la daray %n kiis tusaale ah.</numerusform>
            <numerusform>Waxaa la daray %n kiis tusaale ah.</numerusform>
        </translation>
    </message>
    <message>
        <source>case references to export (default: every case)</source>
        <translation>tixraacyada kiisaska la dhoofinayo (caadi ahaan: kiis kasta)</translation>
    </message>
    <message>
        <source>write to FILE (owner-only) instead of standard output</source>
        <translation>ku qor FILE (milkiilaha keliya) halkii wax soo saarka caadiga ah</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Lama qori karo %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Waxaa loo dhoofiyay %n kiis %1.</numerusform>
            <numerusform>Waxaa loo dhoofiyay %n kiis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>language code (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</source>
        <translation>koodhka luqadda (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</translation>
    </message>
    <message>
        <source>with show: write a handout PDF to FILE</source>
        <translation>show: ku qor warqad macluumaad PDF ah FILE</translation>
    </message>
    <message>
        <source>load the guidance pack from FOLDER instead of the built-in one</source>
        <translation>ka soo rar xirmada hagitaanka FOLDER halkii tan ku jirta</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>Hagitaanku kuma jiro &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>guidance list takes no more arguments.</source>
        <translation>guidance list ma qaato doodo kale.</translation>
    </message>
    <message>
        <source>guidance show needs exactly one article ID.</source>
        <translation>guidance show wuxuu u baahan yahay hal ID maqaal oo keliya.</translation>
    </message>
    <message>
        <source>There is no guidance article &quot;%1&quot;. See: guidance list</source>
        <translation>Ma jiro maqaal hagitaan &quot;%1&quot;. Eeg: guidance list</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper waa inuu noqdaa a4 ama letter.</translation>
    </message>
    <message>
        <source>Handout written: %1</source>
        <translation>Warqadda macluumaadka waa la qoray: %1</translation>
    </message>
    <message>
        <source>guidance search needs a QUERY.</source>
        <translation>guidance search wuxuu u baahan yahay QUERY.</translation>
    </message>
    <message>
        <source>Import the cases of a TrustDesk JSON file. The whole file is checked first: one bad case rejects it, naming the case and the field, and nothing is added.</source>
        <translation>Soo deji kiisaska fayl TrustDesk JSON ah. Faylka oo dhan ayaa marka hore la hubiyaa: hal kiis oo khaldan ayaa keena in la diido, iyadoo la sheegayo kiiska iyo goobta, waxbana laguma daro.</translation>
    </message>
    <message>
        <source>the TrustDesk JSON file</source>
        <translation>faylka TrustDesk JSON</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import wuxuu u baahan yahay hal FILE oo keliya.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Waxaa la soo dejiyay %n kiis.</numerusform>
            <numerusform>Waxaa la soo dejiyay %n kiis.</numerusform>
        </translation>
    </message>
    <message>
        <source>the case reference, e.g. TD-2026-00042</source>
        <translation>tixraaca kiiska, tusaale TD-2026-00042</translation>
    </message>
    <message>
        <source>print JSON (the interchange format) instead of text</source>
        <translation>daabac JSON (qaabka isweydaarsiga) halkii qoraal</translation>
    </message>
    <message>
        <source>show needs exactly one REF.</source>
        <translation>show wuxuu u baahan yahay hal REF oo keliya.</translation>
    </message>
    <message>
        <source>Attach files to a case as evidence. Each file is copied into the evidence store beside the database and identified by its SHA-256; the original is only read. A file already on the case is reported and stored once.</source>
        <translation>Fayllo ku lifaaq kiis sida caddayn. Fayl kasta waxaa lagu koobiyeeyaa kaydka caddaymaha ee u dhow kaydka xogta, waxaana lagu aqoonsadaa SHA-256-kiisa; asalka waa la akhriyaa oo keliya. Fayl horey ugu jiray kiiska waa la sheegaa oo hal mar ayaa la kaydiyaa.</translation>
    </message>
    <message>
        <source>the case reference</source>
        <translation>tixraaca kiiska</translation>
    </message>
    <message>
        <source>files to attach</source>
        <translation>faylasha la lifaaqayo</translation>
    </message>
    <message>
        <source>a description recorded with every file</source>
        <translation>sharaxaad lagu kaydiyo fayl kasta</translation>
    </message>
    <message>
        <source>where the files came from: %1</source>
        <translation>meesha faylashu ka yimaadeen: %1</translation>
    </message>
    <message>
        <source>attach needs a case reference and at least one file.</source>
        <translation>attach wuxuu u baahan yahay tixraac kiis iyo ugu yaraan hal fayl.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Il aan la garanayn &quot;%1&quot;. Isticmaal mid ka mid ah: %2.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: %2, %3 bytes, %4</source>
        <translation>La lifaaqay &quot;%1&quot;: %2, %3 baayt, %4</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file for imported evidence item %2 (%3)</source>
        <translation>La lifaaqay &quot;%1&quot;: faylka walaxda caddaynta la soo dejiyay %2 (%3)</translation>
    </message>
    <message>
        <source>Already attached: &quot;%1&quot; is the same file as evidence item %2 (&quot;%3&quot;); stored once.</source>
        <translation>Horey ayaa loo lifaaqay: &quot;%1&quot; waa isla faylka walaxda caddaynta %2 (&quot;%3&quot;); hal mar ayaa la kaydiyay.</translation>
    </message>
    <message>
        <source>Write the client&apos;s copy as a PDF: what was filed and the next steps from the guidance pack, in the client&apos;s preferred language (or --lang). It names no sensitive client field.</source>
        <translation>U qor nuqulka macmiilka PDF ahaan: waxa la gudbiyay iyo tallaabooyinka xiga ee xirmada hagitaanka, luqadda uu macmiilku doorbido (ama --lang). Ma sheegayo goob xasaasi ah oo macmiilka.</translation>
    </message>
    <message>
        <source>the PDF to write (required)</source>
        <translation>PDF-ka la qorayo (waa loo baahan yahay)</translation>
    </message>
    <message>
        <source>when nothing is filed yet: bpd-iad (default), accountability or a body&apos;s name</source>
        <translation>marka aan weli waxba la gudbin: bpd-iad (caadi ahaan), accountability ama magaca hay&apos;ad</translation>
    </message>
    <message>
        <source>client-copy needs exactly one REF.</source>
        <translation>client-copy wuxuu u baahan yahay hal REF oo keliya.</translation>
    </message>
    <message>
        <source>client-copy needs --out FILE.pdf.</source>
        <translation>client-copy wuxuu u baahan yahay --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability or a body&apos;s name.</source>
        <translation>--to wuxuu u baahan yahay bpd-iad, accountability ama magaca hay&apos;ad.</translation>
    </message>
    <message>
        <source>Client copy written: %1 (%2)</source>
        <translation>Nuqulka macmiilka waa la qoray: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>daabac JSON</translation>
    </message>
    <message>
        <source>evidence needs exactly one case reference.</source>
        <translation>evidence wuxuu u baahan yahay hal tixraac kiis oo keliya.</translation>
    </message>
    <message>
        <source>Copy a case&apos;s evidence into a new or empty folder with manifest.json, manifest.txt and SHA256SUMS (names, hashes, sizes, chain of custody). Every file is re-hashed while it is copied; a changed or missing file is not exported and the exit code is 3.</source>
        <translation>Ku koobiyee caddaymaha kiis gal cusub ama madhan oo leh manifest.json, manifest.txt iyo SHA256SUMS (magacyo, hash, cabbirro, silsiladda haynta). Fayl kasta hash-kiisa dib ayaa loo xisaabiyaa inta la koobiyaynayo; fayl isbeddelay ama maqan lama dhoofiyo koodhka ka bixitaankuna waa 3.</translation>
    </message>
    <message>
        <source>the folder to write (created owner-only; must be new or empty)</source>
        <translation>galka la qorayo (waxaa loo sameeyaa milkiilaha keliya; waa inuu cusub yahay ama madhan yahay)</translation>
    </message>
    <message>
        <source>evidence-export needs exactly one case reference.</source>
        <translation>evidence-export wuxuu u baahan yahay hal tixraac kiis oo keliya.</translation>
    </message>
    <message>
        <source>evidence-export needs --out FOLDER.</source>
        <translation>evidence-export wuxuu u baahan yahay --out FOLDER.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Waxaa loo dhoofiyay %n fayl %1</numerusform>
            <numerusform>Waxaa loo dhoofiyay %n fayl %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no file (details imported only) and are listed in the manifest.</source>
        <translation>
            <numerusform>%n walax fayl ma laha (faahfaahin keliya ayaa la soo dejiyay) waxaana lagu qoray liiska alaabta.</numerusform>
            <numerusform>%n walxood fayl ma laha (faahfaahin keliya ayaa la soo dejiyay) waxaana lagu qoray liiska alaabta.</numerusform>
        </translation>
    </message>
    <message>
        <source>who files: client, on-behalf (default) or anonymous</source>
        <translation>cidda gudbinaysa: client, on-behalf (caadi ahaan) ama anonymous</translation>
    </message>
    <message>
        <source>with on-behalf: who files (default: the case&apos;s caseworker)</source>
        <translation>on-behalf: cidda gudbinaysa (caadi ahaan: shaqaalaha kiiska)</translation>
    </message>
    <message>
        <source>with on-behalf: the office filing</source>
        <translation>on-behalf: xafiiska gudbinaya</translation>
    </message>
    <message>
        <source>the requested action (default: the standard request)</source>
        <translation>tallaabada la codsanayo (caadi ahaan: codsiga caadiga ah)</translation>
    </message>
    <message>
        <source>report needs exactly one REF.</source>
        <translation>report wuxuu u baahan yahay hal REF oo keliya.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report wuxuu u baahan yahay --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--filer must be client, on-behalf or anonymous.</source>
        <translation>--filer waa inuu noqdaa client, on-behalf ama anonymous.</translation>
    </message>
    <message>
        <source>Warning: the client&apos;s consent to file is not recorded; the PDF is marked as a draft.</source>
        <translation>Digniin: oggolaanshaha macmiilka ee gudbinta lama diiwaangelin; PDF-ka waxaa lagu calaamadeeyay qabyo.</translation>
    </message>
    <message>
        <source>Complaint written: %1</source>
        <translation>Cabashada waa la qoray: %1</translation>
    </message>
    <message>
        <source>Sensitive fields included: %1</source>
        <translation>Goobaha xasaasiga ah ee lagu daray: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>midna</translation>
    </message>
    <message>
        <source>The verification could not be recorded in the chain of custody: %1</source>
        <translation>Hubinta laguma diiwaangelin karin silsiladda haynta: %1</translation>
    </message>
    <message>
        <source>This command needs %1, which is not installed next to trustdesk-cli. Reinstall TrustDesk.</source>
        <translation>Amarkan wuxuu u baahan yahay %1, oo aan lagu rakibin meel u dhow trustdesk-cli. Dib u rakib TrustDesk.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Lama bilaabi karin %1: %2</translation>
    </message>
    <message>
        <source>Its evidence is in %1; keep the two together.</source>
        <translation>Caddaymihiisu waxay ku jiraan %1; labada wada hay.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; nothing changed. %2</source>
        <translation>&quot;%1&quot; lama soo celin; waxba isma beddelin. %2</translation>
    </message>
    <message>
        <source>There is no evidence item %1. Nothing was removed.</source>
        <translation>Ma jiro walax caddayn ah oo %1 ah. Waxba lama saarin.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2. Nothing was removed.</source>
        <translation>Walaxda caddaynta %1 kuma jirto kiiska %2. Waxba lama saarin.</translation>
    </message>
    <message>
        <source>Remove one evidence item from a case. EVIDENCE_ID is the item id that &quot;evidence REF&quot; lists. The reason is required and stays in the chain of custody. The file leaves the evidence store unless another item (on any case) holds the same bytes.</source>
        <translation>Ka saar hal walax caddayn ah kiis. EVIDENCE_ID waa aqoonsiga walaxda ee &quot;evidence REF&quot; liiska ku soo bandhigo. Sababtu waa qasab waxayna ku hartaa silsiladda haynta. Faylku wuxuu ka baxayaa kaydka caddaymaha, haddii aan walax kale (kiis kasta ha ku jirtee) hayn isla baaytadaas.</translation>
    </message>
    <message>
        <source>the evidence item id</source>
        <translation>aqoonsiga walaxda caddaynta</translation>
    </message>
    <message>
        <source>why the item is removed (required; kept in the chain of custody)</source>
        <translation>sababta walaxda looga saarayo (qasab; waxay ku hartaa silsiladda haynta)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, id, sha256, display_name, stored (the item had a file) and file_removed (the file left the store)</source>
        <translation>daabac JSON: case_reference, id, sha256, display_name, stored (walaxdu fayl ayay lahayd) iyo file_removed (faylku wuu ka baxay kaydka)</translation>
    </message>
    <message>
        <source>evidence-remove needs a case reference and one evidence item id.</source>
        <translation>evidence-remove wuxuu u baahan yahay tixraac kiis iyo hal aqoonsi walax caddayn ah.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an evidence item id: use the number that &quot;evidence %2&quot; lists.</source>
        <translation>&quot;%1&quot; maaha aqoonsi walax caddayn ah: isticmaal lambarka uu &quot;evidence %2&quot; liiska ku soo bandhigo.</translation>
    </message>
    <message>
        <source>evidence-remove needs --reason TEXT: the reason is kept in the chain of custody.</source>
        <translation>evidence-remove wuxuu u baahan yahay --reason TEXT: sababtu waxay ku hartaa silsiladda haynta.</translation>
    </message>
    <message>
        <source>Removed evidence item %1 (&quot;%2&quot;) from %3; the reason is kept in the chain of custody.</source>
        <translation>Walaxda caddaynta %1 (&quot;%2&quot;) waa laga saaray %3; sababtu waxay ku hartaa silsiladda haynta.</translation>
    </message>
    <message>
        <source>Its file was deleted from the evidence store.</source>
        <translation>Faylkeeda waa laga tirtiray kaydka caddaymaha.</translation>
    </message>
    <message>
        <source>Its file stays in the evidence store: another item holds the same bytes.</source>
        <translation>Faylkeedu wuxuu ku hadhayaa kaydka caddaymaha: walax kale ayaa haysa isla baaytadaas.</translation>
    </message>
    <message>
        <source>Note: the file withheld these sensitive fields, which stay empty: %1</source>
        <translation>Ogow: faylku wuu qariyay goobahan xasaasiga ah, oo madhan ahaanaya: %1</translation>
    </message>
    <message>
        <source>deliberately include every sensitive client field and witness contact details (recorded in the audit log)</source>
        <translation>si ula kac ah ugu dar dhammaan goobaha xasaasiga ah ee macmiilka iyo xiriirka markhaatiyaasha (waxaa lagu qoraa diiwaanka hubinta)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive client field or witness detail. Use one of: %2.</source>
        <translation>&quot;%1&quot; maaha goob xasaasi ah oo macmiilka ama xog markhaati. Isticmaal mid ka mid ah: %2.</translation>
    </message>
    <message>
        <source>Show one case. Sensitive client fields and witness contact details are withheld unless deliberately included; --json prints a TrustDesk JSON file holding just this case.</source>
        <translation>Muuji hal kiis. Goobaha xasaasiga ah ee macmiilka iyo xiriirka markhaatiyaasha waa la qariyaa haddii aan si ula kac ah loogu darin; --json wuxuu daabacaa fayl TrustDesk JSON ah oo kiiskan keliya ku jiro.</translation>
    </message>
    <message>
        <source>audit verify takes no other argument than --head.</source>
        <translation>audit verify ma qaato dood kale oo aan ahayn --head.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the log was changed behind TrustDesk&apos;s back.</source>
        <translation>Hubinta diiwaanka hubinta WAY FASHILANTAY: diiwaanka waa la beddelay iyadoo TrustDesk aanu ogayn.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the entry %1 recorded earlier is no longer in the log; its tail was cut off or the log was replaced.</source>
        <translation>Hubinta diiwaanka hubinta WAY FASHILANTAY: qoraalka %1 ee hore loo diiwaangeliyay kuma jiro diiwaanka; dabadiisa waa la gooyay ama diiwaanka waa la beddelay.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: entry %1, recorded in %2 when it was written, is no longer in the log; its tail was cut off or an older copy of the database was put back.</source>
        <translation>Hubinta diiwaanka hubinta WAY FASHILANTAY: qoraalka %1, oo lagu diiwaangeliyay %2 markii la qoray, kuma jiro diiwaanka; dabadiisa waa la gooyay ama nuqul hore oo kaydka xogta ah ayaa dib loo dhigay.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entries, chain head %1.</source>
        <translation>
            <numerusform>Diiwaanka hubinta waa la xaqiijiyay: %n qoraal, madaxa silsiladda %1.</numerusform>
            <numerusform>Diiwaanka hubinta waa la xaqiijiyay: %n qoraal, madaxa silsiladda %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit log, oldest first: time (UTC), actor, action, case, details.
&quot;audit verify&quot; checks the log&apos;s hash chain instead (exit 3 when it was changed).</source>
        <translation>Tus diiwaanka hubinta, kan ugu da&apos;da weyn marka hore: waqti (UTC), qofka falay, fal, kiis, faahfaahin.
&quot;audit verify&quot; taa beddelkeeda wuxuu hubiyaa silsiladda hash-ka ee diiwaanka (wuxuu ku baxaa 3 haddii la beddelay).</translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation>hubi silsiladda hash-ka</translation>
    </message>
    <message>
        <source>only the entries about case REF</source>
        <translation>oo keliya qoraallada ku saabsan kiiska REF</translation>
    </message>
    <message>
        <source>only the entries from DATE on: YYYY-MM-DD or an ISO 8601 date and time (UTC unless it has an offset)</source>
        <translation>oo keliya qoraallada laga bilaabo DATE: YYYY-MM-DD ama taariikh iyo waqti ISO 8601 ah (UTC haddii aanu lahayn farqi waqti)</translation>
    </message>
    <message>
        <source>print JSON instead of one line an entry</source>
        <translation>daabac JSON halkii hal sadar qoraal kasta</translation>
    </message>
    <message>
        <source>with verify: also fail unless the entry with this hash (a head printed by an earlier verify) is still in the log</source>
        <translation>verify la jirta: sidoo kale fashil haddii qoraalka leh hash-kan (madax uu daabacay verify hore) aanu weli ku jirin diiwaanka</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; did you mean &quot;audit verify&quot;?</source>
        <translation>Dood aan la aqoon &quot;%1&quot;; ma waxaad ula jeeday &quot;audit verify&quot;?</translation>
    </message>
    <message>
        <source>--head goes with &quot;audit verify&quot;.</source>
        <translation>--head wuxuu la socdaa &quot;audit verify&quot;.</translation>
    </message>
    <message>
        <source>--case needs a reference.</source>
        <translation>--case wuxuu u baahan yahay tixraac.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation>&quot;%1&quot; ma aha taariikh: isticmaal YYYY-MM-DD ama YYYY-MM-DDTHH:MM[:SS].</translation>
    </message>
    <message>
        <source>(carried over by a restore)</source>
        <translation>(waxaa keenay soo celin)</translation>
    </message>
    <message>
        <source>The backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new path with --db, or run `trustdesk-cli encrypt` on this database first.</source>
        <translation>Nuqulka kaydka waa la sireeyay, kaydkan xogtuna ma aha, sidaas darteed kiisaskiisa waxaa loo qori lahaa iyagoo aan la sirayn. Ku soo celi waddo cusub adigoo isticmaalaya --db, ama marka hore ku socodsii `trustdesk-cli encrypt` kaydkan xogta.</translation>
    </message>
    <message>
        <source>The key file could not be copied beside %1.</source>
        <translation>Faylka furayaasha looma koobiyeyn karin agta %1.</translation>
    </message>
    <message>
        <source>the new passphrase: the first line of FILE</source>
        <translation>erayga sirta ah ee cusub: sadarka koowaad ee FILE</translation>
    </message>
    <message>
        <source>change-passphrase takes no arguments.</source>
        <translation>change-passphrase ma qaato doodo.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>Kaydka xogta &quot;%1&quot; ma jiro.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no passphrase to change. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Kaydkan xogta lama sirayn, sidaas darteed ma laha eray sir ah oo la beddelo. `trustdesk-cli encrypt` ayaa ka dhigaya khasnad.</translation>
    </message>
    <message>
        <source>The passphrase was changed. The old one no longer opens %1; the recovery key still does.</source>
        <translation>Erayga sirta ah waa la beddelay. Kii hore mar dambe ma furo %1; furaha soo celintu weli wuu furaa.</translation>
    </message>
    <message>
        <source>An encryption of this database is running or was interrupted. Run `trustdesk-cli encrypt` to finish or undo it.</source>
        <translation>Sirayn kaydkan xogta ah ayaa socota ama way go&apos;day. Socodsii `trustdesk-cli encrypt` si aad u dhammaystirto ama uga noqoto.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE</source>
        <translation>erayga sirta ah ee kayd xog oo la sireeyay: sadarka koowaad ee FILE</translation>
    </message>
    <message>
        <source>open an encrypted database with its recovery key, the first line of FILE</source>
        <translation>ku fur kayd xog oo la sireeyay furaha soo celintiisa, sadarka koowaad ee FILE</translation>
    </message>
    <message>
        <source>when the database does not exist yet, make it unencrypted (for throwaway data only); by default a new database is encrypted</source>
        <translation>marka kaydka xogta aanu weli jirin, u samee isagoo aan la sirayn (oo keliya xog la tuurayo); si caadi ah kayd xog oo cusub waa la sireeyaa</translation>
    </message>
    <message>
        <source>write a new encrypted database&apos;s recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>ku qor furaha soo celinta ee kayd xog cusub oo la sireeyay FILE (milkiilaha oo keliya ayaa geli kara; waa inuusan horey u jirin) halkii la tusi lahaa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; the recovery key is never written over a file.</source>
        <translation>&quot;%1&quot; horey ayuu u jiray; furaha soo celinta weligiis laguma dul qoro fayl.</translation>
    </message>
    <message>
        <source>The new database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Kaydka xogta ee cusub waa la sireeyay. Haddii erayga sirta ah la ilaawo, furahan soo celinta oo keliya ayaa fura. Hal mar oo keliya ayaa la tusayaa: qor ama daabac, kuna hay meel ammaan ah, oo ka fog kombiyuutarkan.</translation>
    </message>
    <message>
        <source>The new database is encrypted. Its recovery key, which opens it if the passphrase is ever forgotten, is in %1: keep that file safe, away from this computer.</source>
        <translation>Kaydka xogta ee cusub waa la sireeyay. Furaha soo celintiisa, oo fura haddii erayga sirta ah la ilaawo, wuxuu ku jiraa %1: faylkaas si ammaan ah u hay, kana fogee kombiyuutarkan.</translation>
    </message>
    <message>
        <source>The database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Kaydka xogta waa la sireeyay. Haddii erayga sirta ah la ilaawo, furahan soo celinta oo keliya ayaa fura. Hal mar oo keliya ayaa la tusayaa: qor ama daabac, kuna hay meel ammaan ah, oo ka fog kombiyuutarkan.</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>Furaha soo celinta laguma qori karin &quot;%1&quot;: %2. Waxba lama beddelin.</translation>
    </message>
    <message>
        <source>
The recovery key of the encrypted TrustDesk database %1.
It opens the database without its passphrase: keep it safe, away from the computer.
</source>
        <translation>
Furaha soo celinta ee kaydka xogta TrustDesk ee la sireeyay %1.
Wuxuu furaa kaydka xogta erayga sirta ah la&apos;aantiis: si ammaan ah u hay, kana fogee kombiyuutarka.
</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;. Nothing was changed.</source>
        <translation>Furaha soo celinta laguma qori karin &quot;%1&quot;. Waxba lama beddelin.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Waa la hubinayaa</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Waa la sireynayaa</translation>
    </message>
    <message>
        <source>Comparing with the original</source>
        <translation>Waxaa la barbardhigayaa asalka</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Caddaymaha</translation>
    </message>
    <message>
        <source>Putting in place</source>
        <translation>Waxaa la dhigayaa meeshiisa</translation>
    </message>
    <message>
        <source>write the recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>ku qor furaha soo celinta FILE (milkiilaha oo keliya ayaa geli kara; waa inuusan horey u jirin) halkii la tusi lahaa</translation>
    </message>
    <message>
        <source>encrypt takes no arguments.</source>
        <translation>encrypt ma qaato doodo.</translation>
    </message>
    <message>
        <source>An interrupted encryption was finished: %1 is encrypted now, with the passphrase and recovery key given then.</source>
        <translation>Sirayn go&apos;day waa la dhammaystiray: %1 hadda waa la sireeyay, iyadoo la adeegsaday erayga sirta ah iyo furaha soo celinta ee markaas la bixiyay.</translation>
    </message>
    <message>
        <source>An interrupted encryption was undone; the database was still unencrypted. Starting again.</source>
        <translation>Sirayn go&apos;day waa laga noqday; kaydka xogta weli lama sirayn. Dib ayaa loo bilaabayaa.</translation>
    </message>
    <message>
        <source>%1 is encrypted now; it opens only with its passphrase or recovery key.</source>
        <translation>%1 hadda waa la sireeyay; waxaa lagu furaa oo keliya erayga sirta ah ama furaha soo celinta.</translation>
    </message>
    <message>
        <source>hand the files over as stored, with their metadata (EXIF with GPS position and author, XMP, PDF information); recorded in the audit log. By default copies leave without it.</source>
        <translation>dhiib faylasha sidii loo kaydiyay, iyagoo wata metadata-dooda (EXIF oo leh goobta GPS iyo qoraaga, XMP, macluumaadka PDF); waxaa lagu diiwaangeliyaa diiwaanka hubinta. Si caadi ah nuqulladu way baxaan iyagoo aan wadan.</translation>
    </message>
    <message>
        <source>name the files and list them in the manifest by their original names (which may name the client); recorded in the audit log. By default files are named by case and item number.</source>
        <translation>u magacow faylasha oo ku qor liiska magacyadooda asalka ah (oo laga yaabo inay magacaabaan macmiilka); waxaa lagu diiwaangeliyaa diiwaanka hubinta. Si caadi ah faylasha waxaa loogu magacdaraa kiiska iyo lambarka shayga.</translation>
    </message>
    <message numerus="yes">
        <source>Metadata (such as GPS position, author, camera) was removed from %n copy(ies); the originals in the store are unchanged.</source>
        <translation>
            <numerusform>Metadata (sida goobta GPS, qoraaga, kamarada) waa laga saaray %n nuqul; asalka kaydka ku jira isma beddelin.</numerusform>
            <numerusform>Metadata (sida goobta GPS, qoraaga, kamarada) waa laga saaray %n nuqul; asallada kaydka ku jira isma beddelin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check them before they leave. The manifest marks them.</source>
        <translation>
            <numerusform>%n fayl waa nooc aanu TrustDesk ka saari karin metadata (muuqaal, cod, dukumenti); hubi ka hor inta uusan bixin. Liisku wuu calaamadeeyaa.</numerusform>
            <numerusform>%n fayl waa nooc aanu TrustDesk ka saari karin metadata (muuqaal, cod, dukumenti); hubi ka hor intaysan bixin. Liisku wuu calaamadeeyaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases (all, or the references given) as a TrustDesk JSON file. Sensitive client fields and witness contact details are left out unless deliberately included, and masked where the free text repeats them.</source>
        <translation>U dhoofi kiisaska (dhammaan, ama tixraacyada la bixiyay) fayl JSON ah oo TrustDesk. Meelaha xasaasiga ah ee macmiilka iyo xiriirka markhaatiyaasha waa laga reebaa haddii aan si ula kac ah loogu darin, waana la qariyaa meelaha qoraalka xorka ahi ku celiyo.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s) whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</source>
        <translation>
            <numerusform>… iyo %n kiis oo kale oo qoraalkiisa xorka ahi lahaa qiimayaal la qariyay ama weedho muujin kara xaaladda socdaalka (show REF ayaa tusa).</numerusform>
            <numerusform>… iyo %n kiis oo kale oo qoraalkooda xorka ahi lahaa qiimayaal la qariyay ama weedho muujin kara xaaladda socdaalka (show REF ayaa tusa).</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone with the file can read it. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Kaydkan xogta lama sirayn: qof kasta oo haya faylka wuu akhrin karaa. `trustdesk-cli encrypt` ayaa ka dhigaya khasnad.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE (else the file named by %1, else asked on the terminal)</source>
        <translation>erayga sirta ah ee kayd xog oo la sireeyay: sadarka koowaad ee FILE (haddii kale faylka lagu magacaabay %1, haddii kale terminal-ka ayaa lagu weydiiyaa)</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>%1 wuxuu u baahan yahay waddo fayl.</translation>
    </message>
    <message>
        <source>the caseworker&apos;s name</source>
        <translation>magaca shaqaalaha kiiska</translation>
    </message>
    <message>
        <source>their role (caseworker, supervisor, …)</source>
        <translation>doorkooda (shaqaalaha kiiska, kormeere, …)</translation>
    </message>
    <message>
        <source>profile takes no arguments.</source>
        <translation>profile ma qaato doodo.</translation>
    </message>
    <message>
        <source>A caseworker profile needs a name: trustdesk-cli profile --name NAME [--role ROLE].</source>
        <translation>Xogta shaqaalaha kiiska waxay u baahan tahay magac: trustdesk-cli profile --name NAME [--role ROLE].</translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings.</source>
        <translation>Xogta lagama kaydin karin dejinta.</translation>
    </message>
    <message>
        <source>No caseworker profile is set: entries are recorded as &quot;%1&quot;.
Set one with: trustdesk-cli profile --name NAME --role ROLE</source>
        <translation>Xogta shaqaalaha kiiska lama dhigin: qoraallada waxaa loo diiwaangeliyaa &quot;%1&quot;.
Ku dhig: trustdesk-cli profile --name NAME --role ROLE</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Magac: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Door: %1</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>Loo diiwaangeliyay: %1</translation>
    </message>
    <message>
        <source>deliberately include this sensitive client field or witness detail (%1), in its field and where the free text mentions it; repeatable, recorded in the audit log</source>
        <translation>si ula kac ah ugu dar meeshan xasaasiga ah ee macmiilka ama faahfaahinta markhaatiga (%1), meesheeda iyo meelaha qoraalka xorka ahi ku xuso; waa lagu celin karaa, waxaa lagu diiwaangeliyaa diiwaanka hubinta</translation>
    </message>
    <message>
        <source>also mask, as [withheld], the phrases in the free text that may reveal immigration status (listed on standard error either way)</source>
        <translation>sidoo kale u qari sida [la qariyay] weedhaha qoraalka xorka ah ee muujin kara xaaladda socdaalka (si kastaba waxaa lagu taxaa standard error)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n withheld value(s) found in the free text and masked.</source>
        <translation>
            <numerusform>%1: %n qiime oo la qariyay ayaa laga helay qoraalka xorka ah waana la qariyay.</numerusform>
            <numerusform>%1: %n qiime oo la qariyay ayaa laga helay qoraalka xorka ah waana la qariyay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, masked:</source>
        <translation>
            <numerusform>%1: %n weedh oo muujin karta xaaladda socdaalka, waa la qariyay:</numerusform>
            <numerusform>%1: %n weedhood oo muujin kara xaaladda socdaalka, waa la qariyay:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, left as written (--mask-status-phrases masks them):</source>
        <translation>
            <numerusform>%1: %n weedh oo muujin karta xaaladda socdaalka, loo daayay sidii loo qoray (--mask-status-phrases ayaa qariya):</numerusform>
            <numerusform>%1: %n weedhood oo muujin kara xaaladda socdaalka, loo daayay sidii loo qoray (--mask-status-phrases ayaa qariya):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot; in: %3</source>
        <translation>  %1: &quot;%2&quot; gudaha: %3</translation>
    </message>
    <message>
        <source>Write a case&apos;s complaint submission as a PDF. Sensitive client fields and witness contact details are withheld unless deliberately included, also where the free text mentions them; the PDF names the kinds withheld, never their values. Phrases that may reveal immigration status are listed on standard error and masked with --mask-status-phrases. Each report is recorded in the case (date, recipient, fields included, SHA-256) and in the audit log.</source>
        <translation>U qor cabashada kiis PDF ahaan. Meelaha xasaasiga ah ee macmiilka iyo xiriirka markhaatiyaasha waa la qariyaa haddii aan si ula kac ah loogu darin, sidoo kale meelaha qoraalka xorka ahi ku xuso; PDF-ku wuxuu sheegaa noocyada la qariyay, weligiis ma sheego qiimayaashooda. Weedhaha muujin kara xaaladda socdaalka waxaa lagu taxaa standard error waxaana lagu qariyaa --mask-status-phrases. Warbixin kasta waxaa lagu diiwaangeliyaa kiiska (taariikhda, qofka loo dirayo, meelaha lagu daray, SHA-256) iyo diiwaanka hubinta.</translation>
    </message>
    <message>
        <source>Encrypt an existing plaintext database in place. The new passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal); the recovery key is shown once or written to --recovery-key-out. An encrypted copy is written beside the database and compared with it table by table; only then does it take the database&apos;s place, and no plaintext copy is left. The evidence files are sealed the same way, checked, and the plaintext ones deleted. Close TrustDesk first: the database must not be open anywhere else. Run it again after an interruption: it finishes or undoes what was begun.</source>
        <translation>Meesheeda ku sir kayd xog oo jira oo aan sir ahayn. Erayga sirta ah ee cusub wuxuu ka yimaadaa --passphrase-file (ama faylka uu magacaabo TRUSTDESK_PASSPHRASE_FILE, ama laba jeer ayaa lagu weydiiyaa terminalka); furaha soo celinta hal mar ayaa la muujiyaa ama waxaa lagu qoraa --recovery-key-out. Nuqul la sireeyay ayaa lagu qoraa kaydka xogta agtiisa waxaana lala barbardhigaa miis miis; kaliya markaas ayuu galaa meesha kaydka xogta, nuqul aan sir ahaynna ma haro. Faylasha caddaymaha sidaas oo kale ayaa loo xiraa, waa la hubiyaa, kuwa aan sirta ahaynna waa la tirtiraa. Marka hore xir TrustDesk: kaydka xogta waa inaanu meel kale ka furnayn. Mar kale socodsii haddii la kala jaro: wuu dhammeeyaa ama wuu celiyaa wixii la bilaabay.</translation>
    </message>
    <message>
        <source>List a case&apos;s evidence, oldest first, one item a line, tab-separated: SHA-256, item id, size in bytes, &quot;stored&quot; or &quot;metadata-only&quot; (details imported without the file), media type, date captured (UTC, or -), name. --json adds every field and the chain of custody; a redacted copy has redacted_copy_of (the original&apos;s id) and redaction (its boxes and method).</source>
        <translation>Liis garee caddaymaha kiis, kan ugu da&apos;da weyn marka hore, hal shay sadar kasta, tab ku kala soocan: SHA-256, aqoonsiga shayga, cabbirka bytes ahaan, &quot;stored&quot; ama &quot;metadata-only&quot; (faahfaahin la soo geliyay faylka la&apos;aantiis), nooca warbaahinta, taariikhda la qaaday (UTC, ama -), magaca. --json wuxuu ku daraa goob kasta iyo silsiladda haynta; nuqul qaybo laga qariyay wuxuu leeyahay redacted_copy_of (aqoonsiga asalka) iyo redaction (sanduuqyadiisa iyo habka).</translation>
    </message>
    <message>
        <source>Print the boxes OpenCV&apos;s face detection suggests for an image, one X,Y,W,H a line (as &quot;redact --box&quot; takes them), in the pixels of the upright image. Suggestions only: detection misses faces (small, turned, covered), so look at the image.</source>
        <translation>Daabac sanduuqyada ay raadinta wajiga ee OpenCV u soo jeediso sawir, hal X,Y,W,H sadar kasta (sida &quot;redact --box&quot; u qaato), pixel-ka sawirka toosan. Soo jeedinno keliya: raadintu waxay seegtaa wajiyo (yaryar, leexsan, daboolan), sidaas darteed eeg sawirka.</translation>
    </message>
    <message>
        <source>the evidence item id (an image)</source>
        <translation>aqoonsiga caddaynta (sawir)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, evidence_id, width, height (of the upright image) and boxes, each with x, y, width, height</source>
        <translation>daabac JSON: case_reference, evidence_id, width, height (sawirka toosan) iyo boxes, mid kasta leh x, y, width, height</translation>
    </message>
    <message>
        <source>No face was suggested; detection misses faces, so check the image.</source>
        <translation>Waji lama soo jeedin; raadintu waxay seegtaa wajiyo, sidaas darteed hubi sawirka.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Isha: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Markii ugu dambeysay la hubiyay: %1</translation>
    </message>
    <message>
        <source>Rights guidance from the built-in pack (or --pack FOLDER).
  guidance list [--lang L]                 one article a line, its id first
  guidance show ID [--lang L] [--pdf FILE] the article as text, or a handout PDF
  guidance search QUERY [--lang L]         articles containing every word (all languages without --lang)
  guidance version                         which pack is in use: id, version, review date, where from
  guidance install PATH                    install a newer pack from its folder or manifest.json, after checking it</source>
        <translation>Hagitaanka xuquuqda ee xirmada ku dhex jirta (ama --pack FOLDER).
  guidance list [--lang L]                 hal maqaal sadar kasta, aqoonsigiisa marka hore
  guidance show ID [--lang L] [--pdf FILE] maqaalka qoraal ahaan, ama warqad macluumaad PDF ah
  guidance search QUERY [--lang L]         maqaallada ay ku jiraan eray kasta (dhammaan luqadaha haddii aan --lang la bixin)
  guidance version                         xirmada la isticmaalayo: aqoonsiga, nooca, taariikhda dib-u-eegista, meesha ay ka timid
  guidance install PATH                    rakib xirmo ka cusub galkeeda ama manifest.json-keeda, kadib marka la hubiyo</translation>
    </message>
    <message>
        <source>list, show, search, version or install</source>
        <translation>list, show, search, version ama install</translation>
    </message>
    <message>
        <source>guidance needs an action: list, show, search, version or install.</source>
        <translation>guidance wuxuu u baahan yahay fal: list, show, search, version ama install.</translation>
    </message>
    <message>
        <source>guidance install needs exactly one PATH, and no --pack.</source>
        <translation>guidance install wuxuu u baahan yahay hal PATH oo keliya, --pack la&apos;aan.</translation>
    </message>
    <message>
        <source>Installed guidance %1 version %2 (was version %3) in %4.</source>
        <translation>Hagitaanka %1 nooca %2 waxaa lagu rakibay %4 (wuxuu ahaa nooca %3).</translation>
    </message>
    <message>
        <source>guidance version takes no more arguments.</source>
        <translation>guidance version ma qaato doodo kale.</translation>
    </message>
    <message>
        <source>Unknown guidance action &quot;%1&quot;: use list, show, search, version or install.</source>
        <translation>Fal guidance oo aan la aqoon: &quot;%1&quot;. Isticmaal list, show, search, version ama install.</translation>
    </message>
    <message>
        <source>Warning: these anonymous clients came with a name, which was not stored: %1</source>
        <translation>Digniin: macmiilladan qarsoodiga ah waxay la yimaadeen magac, oo aan la kaydin: %1</translation>
    </message>
    <message>
        <source>Show the caseworker profile, or set it with --name (and --role). Audit and custody entries name this profile as who acted; without one they say &quot;unnamed&quot;. The --office options set the office printed on client copies and handouts.</source>
        <translation>Muuji xogta shaqaalaha kiiska, ama ku dhig --name (iyo --role). Diiwaannada hubinta iyo haynta waxay xogtan u magacaabaan qofka wax qabtay; la&apos;aanteed waxay leeyihiin &quot;unnamed&quot;. Doorashooyinka --office waxay dhigaan xafiiska lagu daabaco nuqullada macmiilka iyo warqadaha macluumaadka.</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>magaca xafiiska</translation>
    </message>
    <message>
        <source>its address (\n between lines)</source>
        <translation>cinwaankiisa (\n u dhexeeya sadarrada)</translation>
    </message>
    <message>
        <source>its phone number</source>
        <translation>lambarkiisa telefoonka</translation>
    </message>
    <message>
        <source>its email address</source>
        <translation>cinwaankiisa iimaylka</translation>
    </message>
    <message>
        <source>its time zone (America/New_York)</source>
        <translation>aaggiisa waqtiga (America/New_York)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows (for example America/New_York).</source>
        <translation>&quot;%1&quot; ma aha aag waqti oo nidaamkani yaqaan (tusaale America/New_York).</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Xafiiska:</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Aagga waqtiga: %1</translation>
    </message>
    <message>
        <source>%1 needs a case reference and one evidence item id.</source>
        <translation>%1 wuxuu u baahan yahay tixraac kiis iyo hal aqoonsi caddayn.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2.</source>
        <translation>Caddaynta %1 kuma jirto kiiska %2.</translation>
    </message>
    <message>
        <source>Store a redacted copy of an image as a new evidence item derived from it, and print the new item&apos;s id. Boxes are in the pixels of the image turned upright by its EXIF orientation (&quot;faces&quot; prints them the same way). The copy carries no metadata; the original is kept unchanged and still verifies.</source>
        <translation>Kaydi nuqul sawir ah oo qaybo laga qariyay sida caddayn cusub oo ka timid, oo daabac aqoonsiga shayga cusub. Sanduuqyadu waa pixel-ka sawirka loo toosiyay sida jihadiisa EXIF (&quot;faces&quot; sidaas oo kale ayuu u daabacaa). Nuqulku ma sido metadata; asalka sidiisa ayaa loo hayaa waana la hubin karaa weli.</translation>
    </message>
    <message>
        <source>a box to cover: left, top, width, height in pixels (repeat for more boxes)</source>
        <translation>sanduuq la daboolayo: bidix, kor, ballac, dherer pixel ahaan (ku celi sanduuqyo kale)</translation>
    </message>
    <message>
        <source>fill (solid black, the default) or pixelate (coarse blocks)</source>
        <translation>fill (madow adag, caadiga) ama pixelate (qaybo waaweyn)</translation>
    </message>
    <message>
        <source>also cover the faces OpenCV suggests (listed on stderr; detection misses faces: check the copy)</source>
        <translation>sidoo kale dabool wajiyada OpenCV soo jeediyo (waxaa lagu qoraa stderr; raadintu waxay seegtaa wajiyo: hubi nuqulka)</translation>
    </message>
    <message>
        <source>redact needs at least one --box X,Y,W,H (or --suggest).</source>
        <translation>redact wuxuu u baahan yahay ugu yaraan hal --box X,Y,W,H (ama --suggest).</translation>
    </message>
    <message>
        <source>Suggested face: %1</source>
        <translation>Waji la soo jeediyay: %1</translation>
    </message>
    <message>
        <source>Nothing to redact: give boxes with --box. Nothing was stored.</source>
        <translation>Wax la qariyo ma jiro: ku bixi sanduuqyo --box. Waxba lama kaydin.</translation>
    </message>
    <message>
        <source>The same redacted copy is already on the case (item %1).</source>
        <translation>Isla nuqulka qaybaha laga qariyay horeba wuu ku jiraa kiiska (shayga %1).</translation>
    </message>
    <message>
        <source>bpd-iad (Boston Police internal affairs, the default), accountability (the City&apos;s police accountability office), post (the state&apos;s POST Commission, for officers of any agency) or another body&apos;s name</source>
        <translation>bpd-iad (arrimaha gudaha ee Booliska Boston, caadiga), accountability (xafiiska la xisaabtanka booliska ee Magaalada), post (POST Commission-ka gobolka, saraakiisha hay&apos;ad kasta) ama magaca hay&apos;ad kale</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability, post or a body&apos;s name.</source>
        <translation>--to wuxuu u baahan yahay bpd-iad, accountability, post ama magaca hay&apos;ad.</translation>
    </message>
    <message>
        <source>with --pdf</source>
        <translation>marka --pdf</translation>
    </message>
    <message>
        <source>a4 or letter (default: the paper last chosen in the app, else letter)</source>
        <translation>a4 ama letter (caadi ahaan: warqadda ugu dambeysay ee lagu doortay barnaamijka, haddii kale letter)</translation>
    </message>
    <message>
        <source>trustdesk-cli %1 does not work with an office server yet.</source>
        <translation>trustdesk-cli %1 weli kuma shaqeeyo server xafiis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive column of the case list. Use one of: %2.</source>
        <translation>&quot;%1&quot; maaha tiir xasaasi ah oo liiska kiisaska ka mid ah. Isticmaal mid ka mid ah: %2.</translation>
    </message>
    <message>
        <source>write the list as CSV for a spreadsheet (UTF-8 with a byte-order mark); sensitive client columns are left out unless included; recorded in the audit log</source>
        <translation>u qor liiska CSV ahaan xaashi xisaabeed (UTF-8 oo leh calaamadda kala horreynta baaytka); tiirarka xasaasiga ah ee macmiilka waa laga reebaa haddii aan lagu darin; waxaa lagu qoraa diiwaanka hubinta</translation>
    </message>
    <message>
        <source>database file, or an office server&apos;s postgresql:// URI (default: %1)</source>
        <translation>faylka kaydka xogta, ama URI-ga postgresql:// ee server xafiis (caadi ahaan: %1)</translation>
    </message>
    <message>
        <source>List officers recorded in more than one incident, most incidents first: incidents, cases, badge number, agency, first and last incident, violation categories, name. Officers are recognized by badge number (spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros ignored) and agency.</source>
        <translation>Taxo saraakiisha lagu diiwaangeliyay in ka badan hal dhacdo, kuwa dhacdooyinka ugu badan leh marka hore: dhacdooyinka, kiisaska, lambarka baajka, hay&apos;adda, dhacdada ugu horreysa iyo tan ugu dambaysa, noocyada xadgudubka, magaca. Saraakiisha waxaa lagu aqoonsadaa lambarka baajka (meelaha bannaan, &quot;#&quot;, &quot;No.&quot; iyo eberrada hore lama eego) iyo hay&apos;adda.</translation>
    </message>
    <message>
        <source>print JSON instead of one line an officer</source>
        <translation>daabac JSON halkii hal sadar sarkaal kasta</translation>
    </message>
    <message>
        <source>only officers in at least N incidents (default 2; 1 lists all)</source>
        <translation>saraakiisha ku jira ugu yaraan N dhacdo oo keliya (caadi ahaan 2; 1 wuxuu taxaa dhammaan)</translation>
    </message>
    <message>
        <source>instead, list the cases in which this badge number appears</source>
        <translation>taa beddelkeeda, taxo kiisaska uu lambarkan baajku ka muuqdo</translation>
    </message>
    <message>
        <source>with --badge, only this agency (records without an agency match any)</source>
        <translation>--badge la socda, hay&apos;addan oo keliya (diiwaannada aan hay&apos;ad lahayn way ku habboon yihiin mid kasta)</translation>
    </message>
    <message>
        <source>officers takes no arguments.</source>
        <translation>officers ma qaato doodo.</translation>
    </message>
    <message>
        <source>--min-incidents needs a whole number of 1 or more.</source>
        <translation>--min-incidents wuxuu u baahan yahay tiro dhan oo ah 1 ama ka badan.</translation>
    </message>
    <message>
        <source>--agency needs --badge.</source>
        <translation>--agency wuxuu u baahan yahay --badge.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Wadarta</translation>
    </message>
    <message>
        <source>Cases and incidents by %1 and %2</source>
        <translation>Kiisaska iyo dhacdooyinka marka loo eego %1 iyo %2</translation>
    </message>
    <message>
        <source>Cases and incidents by %1</source>
        <translation>Kiisaska iyo dhacdooyinka marka loo eego %1</translation>
    </message>
    <message>
        <source>Incidents dated %1 to %2</source>
        <translation>Dhacdooyinka taariikhdoodu tahay %1 ilaa %2</translation>
    </message>
    <message>
        <source>Incidents dated %1 or later</source>
        <translation>Dhacdooyinka taariikhdoodu tahay %1 ama ka dambe</translation>
    </message>
    <message>
        <source>Incidents dated %1 or earlier</source>
        <translation>Dhacdooyinka taariikhdoodu tahay %1 ama ka hor</translation>
    </message>
    <message>
        <source>* suppressed: a count from 1 to %1, or one hidden so that such a count cannot be worked out from the totals.</source>
        <translation>* la qariyay: tiro u dhaxaysa 1 ilaa %1, ama mid la qariyay si tiradaas looga ogaan karin wadarrada.</translation>
    </message>
    <message>
        <source>A case or incident can count in several rows or columns (several categories, or incidents in several months, districts or agencies); totals count each once, so they are less than the sum of their cells.</source>
        <translation>Kiis ama dhacdo waxaa lagu tirin karaa dhowr saf ama tiir (dhowr nooc, ama dhacdooyin dhowr bilood, degmo ama hay&apos;ad); wadarradu mid kasta hal mar ayay tiriyaan, sidaas darteed way ka yar yihiin isugeynta unugyadooda.</translation>
    </message>
    <message>
        <source>--by takes one or two dimensions, e.g. --by category,month.</source>
        <translation>--by wuxuu qaataa hal ama laba qaybin, tusaale --by category,month.</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;. Use one or two of: %2.</source>
        <translation>Qaybin aan la aqoon &quot;%1&quot;. Isticmaal hal ama laba ka mid ah: %2.</translation>
    </message>
    <message>
        <source>--by names &quot;%1&quot; twice.</source>
        <translation>--by wuxuu &quot;%1&quot; sheegay laba jeer.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 wuxuu u baahan yahay taariikh sida YYYY-MM-DD, ma aha &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from waa inuusan ka dambayn --to.</translation>
    </message>
    <message>
        <source>--min-count needs a whole number of 1 or more.</source>
        <translation>--min-count wuxuu u baahan yahay tiro dhan oo ah 1 ama ka badan.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Dooro --json ama --csv, labadaba ha dooran.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf wuxuu u baahan yahay magac fayl.</translation>
    </message>
    <message>
        <source>Count cases and incidents by one or two dimensions, for an office&apos;s own overview or to publish. Counts from 1 to K-1 are suppressed, and further counts where one could otherwise be worked out from the totals; no names, references or free text are printed (docs/statistics.md).</source>
        <translation>Tiri kiisaska iyo dhacdooyinka hal ama laba qaybin, si xafiisku u helo aragti guud ama si loo daabaco. Tirooyinka 1 ilaa K-1 waa la qariyaa, iyo tirooyin kale oo haddii kale mid laga ogaan lahaa wadarrada; lama daabaco magacyo, tixraacyo ama qoraal xor ah (docs/statistics.md).</translation>
    </message>
    <message>
        <source>one or two dimensions, comma-separated (default category): %1</source>
        <translation>hal ama laba qaybin, hakad lagu kala saaray (caadi ahaan category): %1</translation>
    </message>
    <message>
        <source>count incidents dated on or after D (YYYY-MM-DD)</source>
        <translation>tiri dhacdooyinka taariikhdoodu tahay D ama ka dambe (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>count incidents dated on or before D (YYYY-MM-DD)</source>
        <translation>tiri dhacdooyinka taariikhdoodu tahay D ama ka hor (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>suppress counts below K (default %1)</source>
        <translation>qari tirooyinka ka yar K (caadi ahaan %1)</translation>
    </message>
    <message>
        <source>only cases with these statuses, comma-separated</source>
        <translation>kiisaska xaaladahan leh oo keliya, hakad lagu kala saaray</translation>
    </message>
    <message>
        <source>only the cases assigned to this caseworker</source>
        <translation>kiisaska loo xilsaaray shaqaalahan kiiska oo keliya</translation>
    </message>
    <message>
        <source>print JSON: each count, or null when suppressed</source>
        <translation>daabac JSON: tiro kasta, ama null marka la qariyay</translation>
    </message>
    <message>
        <source>print CSV (UTF-8 with a byte order mark)</source>
        <translation>daabac CSV (UTF-8 oo leh calaamadda kala horreynta baaytka)</translation>
    </message>
    <message>
        <source>also write the statistics as a PDF report to FILE</source>
        <translation>sidoo kale u qor tirakoobka warbixin PDF ah FILE</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>stats ma qaato doodo.</translation>
    </message>
    <message>
        <source>This program cannot write PDFs.</source>
        <translation>Barnaamijkani ma qori karo PDF.</translation>
    </message>
    <message>
        <source>The office key has no recovery key: give your own passphrase.</source>
        <translation>Furaha xafiisku ma laha furaha soo celinta: bixi erayga sirta ah ee adiga kuu gaarka ah.</translation>
    </message>
    <message>
        <source>write the list as an Excel workbook (.xlsx) to the file given with --out; the same columns as --csv, recorded in the audit log</source>
        <translation>u qor liiska fayl Excel ah (.xlsx) faylka lagu bixiyay --out; isla tiirarka --csv, waxaa lagu diiwaangeliyaa diiwaanka hubinta</translation>
    </message>
    <message>
        <source>with --csv or --xlsx, deliberately add this sensitive client column (%1); repeatable, recorded in the audit log</source>
        <translation>marka la isticmaalo --csv ama --xlsx, si ula kac ah ugu dar tiirkan xasaasiga ah ee macmiilka (%1); waa lagu celin karaa, waxaa lagu diiwaangeliyaa diiwaanka hubinta</translation>
    </message>
    <message>
        <source>with --csv, write to FILE (owner-only) instead of standard output; with --xlsx, the file to write (required)</source>
        <translation>marka la isticmaalo --csv, ku qor FILE (milkiilaha keliya) halkii wax soo saarka caadiga ah; marka la isticmaalo --xlsx, faylka la qorayo (waa qasab)</translation>
    </message>
    <message>
        <source>Choose one of --csv, --xlsx and --json.</source>
        <translation>Dooro mid keliya oo ka mid ah --csv, --xlsx iyo --json.</translation>
    </message>
    <message>
        <source>--include and --out need --csv or --xlsx.</source>
        <translation>--include iyo --out waxay u baahan yihiin --csv ama --xlsx.</translation>
    </message>
    <message>
        <source>An XLSX workbook is binary and is not written to a terminal. Give the file to write with --out FILE.</source>
        <translation>Faylka XLSX waa binary, laguma qoro terminal. Bixi faylka la qorayo adigoo isticmaalaya --out FILE.</translation>
    </message>
    <message>
        <source>--xlsx writes a file, not standard output: give it with --out FILE.</source>
        <translation>--xlsx wuxuu qoraa fayl, maaha wax soo saarka caadiga ah: ku bixi --out FILE.</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for the login &quot;%1&quot; with this passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`. Without at least one person&apos;s passphrase, the evidence on this server cannot be read: give the key to two people.</source>
        <translation>Furaha xafiiska waa la sameeyay waxaana loo xiray akoonka &quot;%1&quot; iyadoo la isticmaalayo erayga sirta ah. Ku dar saaxiibada shaqada `trustdesk-cli office-key add LOGIN`. La&apos;aanta erayga sirta ah ee ugu yaraan hal qof, caddaymaha server-kan lama akhrin karo: furaha sii laba qof.</translation>
    </message>
    <message>
        <source>The office key was wrapped for the login &quot;%1&quot;: that person now opens the evidence with their own passphrase. Nothing was re-encrypted.</source>
        <translation>Furaha xafiiska waxaa loo xiray akoonka &quot;%1&quot;: qofkaasi hadda wuxuu caddaymaha ku furaa erayga sirta ah ee isaga u gaarka ah. Waxba dib looma sireyn.</translation>
    </message>
    <message>
        <source>Manage the office key of an office server, which encrypts the evidence kept in it. &quot;init&quot; makes the key and wraps it for your login with a passphrase (from --passphrase-file or asked twice). &quot;add LOGIN&quot; wraps the same key for a colleague: your passphrase comes from the usual places, theirs from --new-passphrase-file or is asked twice. &quot;list&quot; shows the logins holding the key.</source>
        <translation>Maamul furaha xafiiska ee server-ka xafiiska, kaas oo sireeya caddaymaha ku kaydsan. &quot;init&quot; wuxuu sameeyaa furaha wuxuuna u xiraa akoonkaaga eray sir ah (ka yimid --passphrase-file ama laba jeer la weydiiyo). &quot;add LOGIN&quot; wuxuu isla furaha u xiraa saaxiib shaqo: erayga sirta ah ee adiga wuxuu ka yimaadaa meelaha caadiga ah, kiisana --new-passphrase-file ama laba jeer ayaa la weydiiyaa. &quot;list&quot; wuxuu muujiyaa akoonnada haysta furaha.</translation>
    </message>
    <message>
        <source>init, add or list</source>
        <translation>init, add ama list</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s server login</source>
        <translation>add ahaan: akoonka server-ka ee saaxiibka shaqada</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s passphrase, the first line of FILE</source>
        <translation>add ahaan: erayga sirta ah ee saaxiibka shaqada, safka koowaad ee FILE</translation>
    </message>
    <message>
        <source>office-key needs init, add LOGIN or list.</source>
        <translation>office-key wuxuu u baahan yahay init, add LOGIN ama list.</translation>
    </message>
    <message>
        <source>An office key exists only on an office server: give --db a postgresql:// URI. A database file is encrypted with its own passphrase instead.</source>
        <translation>Furaha xafiisku wuxuu ku jiraa oo keliya server-ka xafiiska: sii --db URI postgresql:// ah. Faylka kaydka xogta waxaa lagu sireeyaa erayga sirta ah ee isaga u gaarka ah.</translation>
    </message>
    <message>
        <source>Audit log checked only as far as your role allows: your %1 of %2 entries each match their hash. The links between everyone&apos;s entries can be checked only by a supervisor or an admin.</source>
        <translation>Diiwaanka hubinta waxaa la hubiyay inta doorkaagu oggol yahay oo keliya: qoraalladaada (%1 ka mid ah %2) mid kastaa wuxuu la mid yahay hash-kiisa. Xiriirka u dhexeeya qoraallada qof walba waxaa hubin kara oo keliya kormeere ama maamule.</translation>
    </message>
    <message>
        <source>--head was not checked: the entry may be one your role cannot read.</source>
        <translation>--head lama hubin: qoraalku waxaa laga yaabaa inuu yahay mid uusan doorkaagu akhrin karin.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE and of its evidence to the folder FILE.evidence beside it (safe while TrustDesk is open); together they are an openable TrustDesk database. Neither may exist yet. Every evidence file is re-hashed while it is copied: a missing or changed file stops the backup with exit code 3 and nothing is left behind. Of an office database (a postgresql:// URI), FILE alone holds everything, evidence included, encrypted with the office key.</source>
        <translation>Qor nuqul isku xiran oo kaydka xogta ah FILE, caddaymihiisana galka FILE.evidence ee ag yaal (waa ammaan inta TrustDesk furan yahay); labadooduba waa kayd xog TrustDesk ah oo la furi karo. Midkoodna waa inuusan weli jirin. Fayl kasta oo caddayn ah hash-kiisa mar kale ayaa la xisaabiyaa inta la koobiyaynayo: fayl maqan ama isbeddelay wuxuu joojiyaa nuqul kaydka isagoo ku baxaya koodhka 3, waxna kama haraan. Kaydka xogta xafiiska (URI postgresql://), FILE keligiis ayaa haya wax walba, caddaymaha ku jiraan, iyadoo lagu sireeyay furaha xafiiska.</translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents and its evidence with the backup FILE and the folder FILE.evidence beside it. The backup is verified first, every evidence file re-hashed; a backup that does not verify is refused and nothing changes. Run it while TrustDesk is closed. An encrypted backup (FILE.vault beside it) opens with the passphrase it was made with or the recovery key; it restores into an encrypted database, or onto a new path, which then opens like the backup. It is never restored into an unencrypted database. A plaintext backup restored into an encrypted database is encrypted on the way. An office backup restores into an empty office database only (a postgresql:// URI), opened with the passphrase of a login that held the office key when it was made.</source>
        <translation>Ku beddel waxa ku jira kaydka xogta iyo caddaymihiisa nuqulka kaydka FILE iyo galka FILE.evidence ee ag yaal. Marka hore nuqulka kaydka waa la hubiyaa, fayl kasta oo caddayn ah hash-kiisa mar kale ayaa la xisaabiyaa; nuqul kayd aan hubinta ku guulaysan waa la diidaa, waxna isma beddelaan. Socodsii inta TrustDesk xiran yahay. Nuqul kayd la sireeyay (FILE.vault oo ag yaal) wuxuu ku furmaa erayga sirta ah ee lagu sameeyay ama furaha soo celinta; waxaa lagu soo celiyaa kayd xog la sireeyay, ama waddo cusub, oo markaas u furma sida nuqulka kaydka. Weligiis laguma soo celiyo kayd xog aan la sirayn. Nuqul kayd aan la sirayn oo lagu soo celiyo kayd xog la sireeyay waa la sireeyaa inta la soo celinayo. Nuqul kayd xafiis waxaa lagu soo celiyaa oo keliya kayd xog xafiis oo madhan (URI postgresql://), waxaana lagu furaa erayga sirta ah ee akoon hayay furaha xafiiska markii la samaynayay.</translation>
    </message>
    <message>
        <source>office backup: whose copy of the office key opens it (default: the login of --db)</source>
        <translation>nuqul kayd xafiis: akoonka nuqulkiisa furaha xafiiska furo (caadi ahaan: akoonka --db)</translation>
    </message>
    <message>
        <source>--login is for restoring an office backup into an office database.</source>
        <translation>--login waxaa loogu talagalay in nuqul kayd xafiis lagu soo celiyo kayd xog xafiis.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so there is no passphrase to change. Your server login&apos;s password is the server administrator&apos;s to change.</source>
        <translation>Server-kan xafiiska weli ma laha furaha xafiiska, sidaas darteed ma jiro eray sir ah oo la beddelo. Erayga sirta ah ee akoonkaaga server-ka waxaa beddela maamulaha server-ka.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key was changed: the old one no longer opens the evidence on this server as &quot;%1&quot;. Colleagues keep their own passphrases; nothing was re-encrypted. Your server login&apos;s password is unchanged.</source>
        <translation>Erayga sirta ah ee aad u leedahay furaha xafiiska waa la beddelay: kii hore hadda ma furo caddaymaha server-kan sida &quot;%1&quot;. Saaxiibada shaqadu waxay hayaan erayadooda sirta ah; waxba dib looma sirin. Erayga sirta ah ee akoonkaaga server-ka isma beddelin.</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted database. The current passphrase (or the recovery key) comes from the usual places; the new one from --new-passphrase-file, else it is asked twice on the terminal. Only the key file is rewritten, in one step: after a crash exactly one of the two passphrases works. The recovery key stays the same. Backups made before keep opening with the passphrase they were made with. On an office server (--db postgresql://…) it changes your own passphrase for the office key instead.</source>
        <translation>Beddel erayga sirta ah ee kayd xog la sireeyay. Erayga sirta ah ee hadda (ama furaha soo celinta) wuxuu ka yimaadaa meelaha caadiga ah; kan cusubna --new-passphrase-file, haddii kale laba jeer ayaa terminal-ka lagu weydiiyaa. Faylka furaha oo keliya ayaa dib loo qoraa, hal tallaabo: burbur kadib labada eray sir ah mid keliya ayaa shaqeeya. Furaha soo celintu isma beddelo. Nuqullada kaydka ee hore loo sameeyay waxay sii furmayaan erayga sirta ah ee lagu sameeyay. Server xafiis (--db postgresql://…) taa beddelkeeda wuxuu beddelaa erayga sirta ah ee aad adigu u leedahay furaha xafiiska.</translation>
    </message>
    <message>
        <source>An office server is not encrypted with a passphrase: encrypt turns a database file into a vault. On a server, its logins and TLS protect the case data, and the evidence is already encrypted with the office key (`trustdesk-cli office-key`).</source>
        <translation>Server xafiis laguma sireeyo eray sir ah: encrypt wuxuu fayl kayd xog ah u beddelaa khasnad. Server-ka, akoonnadiisa iyo TLS ayaa ilaaliya xogta kiisaska, caddaymuhuna horey ayaa loogu sireeyay furaha xafiiska (`trustdesk-cli office-key`).</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for your login with the office passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`.</source>
        <translation>Furaha xafiiska waa la sameeyay waxaana akoonkaaga loogu duubay erayga sirta ah ee xafiiska. Ku dar saaxiibada shaqada `trustdesk-cli office-key add LOGIN`.</translation>
    </message>
    <message>
        <source>Office key passphrase: </source>
        <translation>Erayga sirta ah ee furaha xafiiska: </translation>
    </message>
    <message>
        <source>The server&apos;s office key needs your office passphrase: give --office-passphrase-file FILE or run migrate at a terminal.</source>
        <translation>Furaha xafiiska ee server-ku wuxuu u baahan yahay erayga sirta ah ee xafiiskaaga: bixi --office-passphrase-file FILE ama migrate ka socodsii terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</source>
        <translation>
            <numerusform>Waxaa loo koobiyeeyay %3 %n kiis iyo %1 walax caddayn (%2 bayt) waana la hubiyay: shax kastaa waxay leedahay isla safafka, silsiladda hubintu waa dhammaystiran tahay, walax kastana dib ayaa loo akhriyaa iyadoo SHA-256-keedu sax yahay.</numerusform>
            <numerusform>Waxaa loo koobiyeeyay %3 %n kiis iyo %1 walax caddayn (%2 bayt) waana la hubiyay: shax kastaa waxay leedahay isla safafka, silsiladda hubintu waa dhammaystiran tahay, walax kastana dib ayaa loo akhriyaa iyadoo SHA-256-keedu sax yahay.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was only read: keep it as it is until colleagues have worked on the server for a while, then delete it with its evidence folder (or keep it as a backup in a safe place).</source>
        <translation>%1 waa la akhriyay oo keliya: sidiisa u hay ilaa saaxiibada shaqadu muddo ka shaqeeyaan server-ka, kadibna tirtir isaga iyo galka caddaymihiisa (ama u hay nuqul kayd ahaan meel ammaan ah).</translation>
    </message>
    <message>
        <source>Copy the database file given with --db, with its evidence, into an empty office server (--to URI), then check the copy. The file is only read. An encrypted file opens with its passphrase as usual (--passphrase-file…). The evidence on the server is encrypted with the office key: when the server has none, it is made and wrapped with your office passphrase (--office-passphrase-file or asked twice); otherwise that passphrase unlocks it. Nothing is kept on the server unless everything copied and checked.</source>
        <translation>Koobiyee faylka kaydka xogta ee lagu bixiyay --db, iyo caddaymihiisa, server xafiis oo madhan (--to URI), kadibna hubi nuqulka. Faylka waa la akhriyaa oo keliya. Fayl la sireeyay wuxuu ku furmaa erayga sirta ah sida caadiga ah (--passphrase-file…). Caddaymaha server-ka waxaa lagu sireeyaa furaha xafiiska: haddii server-ku aanu lahayn, waa la sameeyaa waxaana lagu duubaa erayga sirta ah ee xafiiskaaga (--office-passphrase-file ama laba jeer ayaa lagu weydiiyaa); haddii kale erayga sirta ahi wuu furaa. Waxba server-ka laguma hayo haddii aan wax walba la koobiyeyn oo la hubin.</translation>
    </message>
    <message>
        <source>the office server, a postgresql:// URI (required)</source>
        <translation>server-ka xafiiska, URI postgresql:// (waa lagama maarmaan)</translation>
    </message>
    <message>
        <source>your passphrase for the office key, the first line of FILE (not the file&apos;s passphrase)</source>
        <translation>erayga sirta ah ee aad u leedahay furaha xafiiska, sadarka koowaad ee FILE (ma aha erayga sirta ah ee faylka)</translation>
    </message>
    <message>
        <source>print a summary as JSON</source>
        <translation>tus soo koobid JSON ahaan</translation>
    </message>
    <message>
        <source>migrate takes no arguments.</source>
        <translation>migrate ma qaato doodo.</translation>
    </message>
    <message>
        <source>migrate needs --to URI.</source>
        <translation>migrate wuxuu u baahan yahay --to URI.</translation>
    </message>
    <message>
        <source>migrate copies a database file: give --db the file and --to the server.</source>
        <translation>migrate wuxuu koobiyeeyaa fayl kayd xog ah: --db sii faylka, --to-na server-ka.</translation>
    </message>
    <message>
        <source>--to needs an office server&apos;s postgresql:// URI.</source>
        <translation>--to wuxuu u baahan yahay URI postgresql:// oo server xafiis ah.</translation>
    </message>
    <message>
        <source>The database file is at schema version %1, this version of TrustDesk at %2: open it once with the app or change it with trustdesk-cli to upgrade it, then migrate.</source>
        <translation>Faylka kaydka xogta wuxuu ku jiraa nooca qaab-dhismeedka %1, noocan TrustDesk-na %2: hal mar ku fur app-ka ama ku beddel trustdesk-cli si aad u cusboonaysiiso, kadibna u guuri.</translation>
    </message>
    <message>
        <source>The office server already holds data (table &quot;%1&quot; has rows): migrate copies only into an empty office database. Nothing was changed.</source>
        <translation>Server-ka xafiisku horey xog ayuu u hayaa (shaxda &quot;%1&quot; safaf ayay leedahay): migrate wuxuu koobiyeeyaa oo keliya kayd xog xafiis oo madhan. Waxba lama beddelin.</translation>
    </message>
    <message>
        <source>Migrating into the office database</source>
        <translation>Waxaa loo guurinayaa kaydka xogta xafiiska</translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 bytes</source>
        <translation>Caddaymaha: %1 ka mid ah %2 bayt</translation>
    </message>
    <message>
        <source>Checking the copy: %1 of %2</source>
        <translation>Nuqulka ayaa la hubinayaa: %1 ka mid ah %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Waxaa la koobiyaynayaa %1: %2 ka mid ah %3 saf</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 horey ayuu u jiray; u dooro nuqulka kaydka magac cusub.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Nuqul kayd ah ayaa la samaynayaa</translation>
    </message>
    <message>
        <source>It holds the whole office database, evidence included, encrypted with the office key: it opens with the passphrase of a person who held the key when it was made.</source>
        <translation>Wuxuu hayaa kaydka xogta xafiiska oo dhan, caddaymaha ku jiraan, iyadoo lagu sireeyay furaha xafiiska: wuxuu ku furmaa erayga sirta ah ee qof hayay furaha markii la samaynayay.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; the office database is unchanged. %2</source>
        <translation>&quot;%1&quot; lama soo celin; kaydka xogta xafiisku isma beddelin. %2</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Waa la soo celinayaa</translation>
    </message>
    <message>
        <source>Say whose passphrase opens the backup with --login: one of %1.</source>
        <translation>Ku sheeg --login cidda erayga sirta ahi furo nuqulka kaydka: mid ka mid ah %1.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>Hubintu WAY FASHILANTAY: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: %1 (made %2 by %3, schema %4; %n evidence item(s) open whole, audit log of %5 entries chains)</source>
        <translation>
            <numerusform>Nuqulka kaydka waa la hubiyay: %1 (waxaa sameeyay %3 %2, qaab-dhismeedka %4; %n walax caddayn ayaa si buuxda u furmaya, silsiladda diiwaanka hubinta ee %5 qoraal waa dhammaystiran tahay)</numerusform>
            <numerusform>Nuqulka kaydka waa la hubiyay: %1 (waxaa sameeyay %3 %2, qaab-dhismeedka %4; %n walax caddayn ayaa si buuxda u furmaya, silsiladda diiwaanka hubinta ee %5 qoraal waa dhammaystiran tahay)</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy on the server differs from the database file (%1). Nothing was kept on the server.</source>
        <translation>Nuqulka server-ku wuu ka duwan yahay faylka kaydka xogta (%1). Waxba server-ka laguma hayn.</translation>
    </message>
    <message>
        <source>Evidence item %1 (%2) of case %3 could not be copied: %4 Nothing was kept on the server.</source>
        <translation>Walaxda caddaynta %1 (%2) ee kiiska %3 lama koobiyeyn karin: %4 Waxba server-ka laguma hayn.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 on the server</source>
        <translation>%1: %2 saf, %3 server-ka</translation>
    </message>
    <message>
        <source>%1: the rows&apos; contents</source>
        <translation>%1: waxa ku jira safafka</translation>
    </message>
    <message>
        <source>evidence item %1 (%2)</source>
        <translation>walaxda caddaynta %1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>haa</translation>
    </message>
    <message>
        <source>no</source>
        <translation>maya</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is now %2 on this office server.</source>
        <translation>Akoonka &quot;%1&quot; hadda waa %2 server-kan xafiiska.</translation>
    </message>
    <message>
        <source>the person&apos;s server login</source>
        <translation>akoonka server-ka ee qofka</translation>
    </message>
    <message>
        <source>for role: caseworker, supervisor or admin</source>
        <translation>loogu talagalay role: caseworker, supervisor ama admin</translation>
    </message>
    <message>
        <source>for add: caseworker, supervisor or admin</source>
        <translation>loogu talagalay add: caseworker, supervisor ama admin</translation>
    </message>
    <message>
        <source>for list: print JSON</source>
        <translation>loogu talagalay list: tus JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use caseworker, supervisor or admin.</source>
        <translation>&quot;%1&quot; ma aha door: isticmaal caseworker, supervisor ama admin.</translation>
    </message>
    <message>
        <source>Staff and roles exist only on an office server: give --db a postgresql:// URI. A database file belongs to whoever can open it.</source>
        <translation>Shaqaalaha iyo doorarku waxay ka jiraan oo keliya server xafiis: --db sii URI postgresql://. Fayl kayd xog ah waxaa iska leh qof kasta oo furi kara.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no role on this office server any more; the login itself was kept.</source>
        <translation>Akoonka &quot;%1&quot; hadda door kuma laha server-kan xafiiska; akoonka laftiisa waa la hayaa.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; had no role on this office server.</source>
        <translation>Akoonka &quot;%1&quot; door kuma lahayn server-kan xafiiska.</translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity, links between records, the search index and case numbering, and re-hash every evidence file in the store (changed, missing or unexpected files fail). Changes nothing but the evidence chain of custody, which records each verification. With --backup FILE, check an office database&apos;s backup instead, without restoring it: every seal, the row counts, the audit chain and every evidence item&apos;s sealed chunks.</source>
        <translation>Hubi kaydka xogta: dhammaystirnaanta SQLite, xiriirka u dhexeeya diiwaannada, tusmada raadinta iyo lambarada kiisaska, oo mar kale xisaabi hash-ka fayl kasta oo caddayn ah oo kaydka ku jira (faylal isbeddelay, maqan ama aan la filayn way fashilmaan). Waxba ma beddelo marka laga reebo silsiladda haynta caddaymaha, oo diiwaangelisa hubin kasta. Marka --backup FILE la bixiyo, taa beddelkeeda hubi nuqul kayd oo kayd xog xafiis ah, adigoon soo celin: shaabad kasta, tirada safafka, silsiladda hubinta iyo qaybaha xiran ee walax caddayn kasta.</translation>
    </message>
    <message>
        <source>check this office backup file instead</source>
        <translation>taa beddelkeeda hubi faylkan nuqul kayd xafiis</translation>
    </message>
    <message>
        <source>with --backup: whose copy of the office key opens it (default: the login of --db, or the only one)</source>
        <translation>marka --backup: akoonka nuqulkiisa furaha xafiiska furo (caadi ahaan: akoonka --db, ama kan keliya)</translation>
    </message>
    <message>
        <source>--login goes with --backup.</source>
        <translation>--login wuxuu la socdaa --backup.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure, 4 wrong or missing passphrase or recovery key, 5 not allowed to this login by the office server.</source>
        <translation>Koodhadhka bixitaanka: 0 waa hagaag, 1 isticmaal khaldan, 2 gelin khaldan ama lama helin, 3 fashil dhammaystirnaan, 4 eray sir ah ama fure soo celin oo khaldan ama maqan, 5 server-ka xafiisku uma oggola akoonkan.</translation>
    </message>
    <message>
        <source>office passphrase file</source>
        <translation>faylka erayga sirta ah ee xafiiska</translation>
    </message>
    <message>
        <source>login password file</source>
        <translation>faylka erayga sirta ah ee akoonka</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has a new password; its old one no longer opens the office server.</source>
        <translation>Akoonka &quot;%1&quot; wuxuu leeyahay eray sir ah oo cusub; kii hore hadda ma furo server-ka xafiiska.</translation>
    </message>
    <message>
        <source>Manage the people of an office server (admins only). &quot;add LOGIN --role ROLE&quot; gives a login a role, creating the login (without a password, or with the first line of --password-file, ASCII only, of which the server receives only the SCRAM-SHA-256 verifier) when it is missing; &quot;role LOGIN ROLE&quot; changes it; &quot;password LOGIN --password-file FILE&quot; gives a staff member a new password (the same rules) and keeps the role; &quot;remove LOGIN&quot; takes every role away (the login stays); &quot;list&quot; shows login, role and whether the person holds the office key. Roles: caseworker, supervisor, admin.</source>
        <translation>Maamul dadka server xafiis (maamulayaasha oo keliya). &quot;add LOGIN --role ROLE&quot; wuxuu akoon siiyaa door, wuxuuna sameeyaa akoonka haddii uusan jirin (eray sir ah la&apos;aantiis, ama safka koowaad ee --password-file, ASCII oo keliya, oo server-ku ka helo oo keliya xaqiijiyaha SCRAM-SHA-256); &quot;role LOGIN ROLE&quot; wuxuu beddelaa doorka; &quot;password LOGIN --password-file FILE&quot; wuxuu shaqaale siiyaa eray sir ah oo cusub (isla xeerarka) wuxuuna hayaa doorka; &quot;remove LOGIN&quot; wuxuu ka qaadaa dhammaan doorarka (akoonku wuu harayaa); &quot;list&quot; wuxuu muujiyaa akoonka, doorka iyo in qofku haysto furaha xafiiska. Doorarka: caseworker, supervisor, admin.</translation>
    </message>
    <message>
        <source>add, role, password, remove or list</source>
        <translation>add, role, password, remove ama list</translation>
    </message>
    <message>
        <source>for add and password: the login&apos;s password (ASCII), the first line of FILE; only its SCRAM-SHA-256 verifier is sent to the server</source>
        <translation>loogu talagalay add iyo password: erayga sirta ah ee akoonka (ASCII), safka koowaad ee FILE; server-ka waxaa loo diraa oo keliya xaqiijiyaha SCRAM-SHA-256</translation>
    </message>
    <message>
        <source>staff needs add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN or list.</source>
        <translation>staff wuxuu u baahan yahay add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN ama list.</translation>
    </message>
</context>
</TS>
