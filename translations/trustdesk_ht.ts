<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht">
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the audit log</source>
        <translation>N ap ekri nan jounal kontwòl la</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>N ap li jounal kontwòl la</translation>
    </message>
    <message>
        <source>Audit entry %1 is the first one but does not start the chain: earlier entries were removed.</source>
        <translation>Antre kontwòl %1 la se premye a, men li pa kòmanse chèn nan: yo te retire antre ki te vin anvan yo.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries between them were removed or inserted, or entry %2 was changed.</source>
        <translation>Antre kontwòl %1 la pa swiv antre %2 a: yo te retire oswa mete antre ant yo, oswa yo te chanje antre %2 a.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its hash does not match its contents.</source>
        <translation>Yo te chanje antre kontwòl %1 la apre yo te ekri l: hash li pa koresponn ak sa ki ladan l.</translation>
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
        <translation>%1: disk la plen.</translation>
    </message>
    <message>
        <source>%1: the copy could not be completed.</source>
        <translation>%1: nou pa t kapab fini kopi a.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; egziste deja; chwazi yon lòt non fichye pou kopi sekirite a.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Dosye &quot;%1&quot; a pa egziste.</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>Nou pa t kapab kòmanse kopi sekirite a.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be created.</source>
        <translation>Nou pa t kapab kreye fichye kopi sekirite &quot;%1&quot; a.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be opened.</source>
        <translation>Nou pa t kapab louvri fichye kopi sekirite &quot;%1&quot; a.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>N ap fè kopi sekirite a</translation>
    </message>
    <message>
        <source>The backup file could not be finished.</source>
        <translation>Nou pa t kapab fini fichye kopi sekirite a.</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>Nou pa t kapab ekri kopi sekirite a sou disk la.</translation>
    </message>
    <message>
        <source>The backup did not verify, so it was discarded: %1</source>
        <translation>Kopi sekirite a pa t pase verifikasyon an, donk nou jete l: %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place.</source>
        <translation>Nou pa t kapab mete kopi sekirite a nan plas li.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Ou pa kapab retabli yon baz done ak li menm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>&quot;%1&quot; pa t retabli: %2</translation>
    </message>
    <message>
        <source>The restore could not be started.</source>
        <translation>Nou pa t kapab kòmanse retablisman an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>Nou pa t kapab louvri &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>N ap retabli</translation>
    </message>
    <message>
        <source>The backup&apos;s evidence folder could not be created: %1</source>
        <translation>Nou pa t kapab kreye dosye prèv kopi sekirite a: %1</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>Nou pa t ekri kopi sekirite a: %1</translation>
    </message>
    <message>
        <source>The backup was not written, because evidence files in the store are missing or have changed (run verify to check the whole store):</source>
        <translation>Nou pa t ekri kopi sekirite a, paske gen fichye prèv ki manke oswa ki chanje nan depo a (lanse verify pou tcheke tout depo a):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, and a backup keeps its evidence there; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; egziste deja, epi yon kopi sekirite kenbe prèv li yo la; chwazi yon lòt non fichye pou kopi sekirite a.</translation>
    </message>
    <message>
        <source>Evidence kept being removed while the backup ran, so it was not written. Try again when no one is removing evidence.</source>
        <translation>Moun te kontinye retire prèv pandan kopi sekirite a t ap fèt, donk nou pa t ekri l. Eseye ankò lè pèsonn p ap retire prèv.</translation>
    </message>
    <message>
        <source>Evidence files of the backup are missing or have changed:</source>
        <translation>Gen fichye prèv nan kopi sekirite a ki manke oswa ki chanje:</translation>
    </message>
    <message>
        <source>the evidence cannot be written beside the database: %1</source>
        <translation>nou pa kapab ekri prèv yo bò baz done a: %1</translation>
    </message>
    <message>
        <source>evidence files of the backup are missing or have changed:</source>
        <translation>gen fichye prèv nan kopi sekirite a ki manke oswa ki chanje:</translation>
    </message>
    <message>
        <source>The database was restored, but its evidence could not be put in place (%1). Run the restore again.</source>
        <translation>Baz done a retabli, men nou pa t kapab mete prèv li yo nan plas yo (%1). Fè retablisman an ankò.</translation>
    </message>
    <message>
        <source>The backup was canceled; nothing was written.</source>
        <translation>Kopi sekirite a anile; nou pa t ekri anyen.</translation>
    </message>
    <message>
        <source>The restore was canceled; nothing was changed.</source>
        <translation>Retablisman an anile; anyen pa t chanje.</translation>
    </message>
    <message>
        <source>The check of the backup was canceled.</source>
        <translation>Verifikasyon kopi sekirite a anile.</translation>
    </message>
    <message>
        <source>This backup is encrypted: it opens only with the passphrase it was made with, or the recovery key.</source>
        <translation>Kopi sekirite sa a chifre: li louvri sèlman ak modpas yo te itilize pou fè l la, oswa ak kle rekiperasyon an.</translation>
    </message>
    <message>
        <source>the backup cannot be encrypted beside the database: %1</source>
        <translation>nou pa ka chifre kopi sekirite a bò kote baz done a: %1</translation>
    </message>
    <message>
        <source>The backup was not written: the key file could not be copied.</source>
        <translation>Nou pa t ekri kopi sekirite a: nou pa t kapab kopye fichye kle a.</translation>
    </message>
    <message>
        <source>the backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new database, or encrypt this one first.</source>
        <translation>kopi sekirite a chifre men baz done sa a pa chifre, kidonk ka yo ta ekri san chifre. Retabli l nan yon nouvo baz done, oswa chifre baz done sa a anvan.</translation>
    </message>
    <message>
        <source>the backup is of another encrypted database, and its evidence files are sealed with that database&apos;s keys. Restore it to a new path instead.</source>
        <translation>kopi sekirite a soti nan yon lòt baz done chifre, e fichye prèv li yo sele ak kle baz done sa a. Retabli l nan yon nouvo chemen pito.</translation>
    </message>
    <message>
        <source>the backup is not encrypted and holds evidence files, which would be placed unencrypted into this encrypted database. Restore it to a new path, then encrypt that database (trustdesk-cli encrypt).</source>
        <translation>kopi sekirite a pa chifre e li gen fichye prèv ladan l, ki ta antre san chifre nan baz done chifre sa a. Retabli l nan yon nouvo chemen, epi chifre baz done sa a (trustdesk-cli encrypt).</translation>
    </message>
    <message>
        <source>The database was restored, but the audit entries made since the backup could not be added back to its log: %1</source>
        <translation>Nou retabli baz done a, men nou pa t kapab remete nan jounal li antre kontwòl ki te fèt depi kopi sekirite a: %1</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>TrustDesk backup %1</source>
        <translation>Kopi sekirite TrustDesk %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Fè yon kopi sekirite</translation>
    </message>
    <message>
        <source>The backup is in %1.

Its evidence files are in the folder %2 beside it. Keep the two together: copy or move them as a pair, because the backup is not complete without its evidence folder.</source>
        <translation>Kopi sekirite a nan %1.

Fichye prèv li yo nan dosye %2 ki bò kote l la. Kenbe de yo ansanm: toujou kopye oswa deplase yo ansanm, paske kopi sekirite a pa konplè san dosye prèv li a.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 egziste deja. Yon kopi sekirite pa janm ranplase yon fichye: chwazi yon lòt non.</translation>
    </message>
    <message>
        <source>The folder %1 already exists, and this backup would keep its evidence there. A backup never replaces anything: choose another name.</source>
        <translation>Dosye %1 la egziste deja, epi kopi sekirite sa a ta kenbe prèv li yo ladan l. Yon kopi sekirite pa janm ranplase anyen: chwazi yon lòt non.</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ak %n lòt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>The cases could not be counted</source>
        <translation>Nou pa t kapab konte ka yo</translation>
    </message>
    <message>
        <source>The audit log could not be read</source>
        <translation>Nou pa t kapab li jounal kontwòl la</translation>
    </message>
</context>
<context>
    <name>BackupWrite</name>
    <message>
        <source>Back Up</source>
        <translation>Fè yon kopi sekirite</translation>
    </message>
    <message>
        <source>Back-up canceled; nothing was written.</source>
        <translation>Kopi sekirite anile; nou pa t ekri anyen.</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Nou pa t ekri kopi sekirite a.</translation>
    </message>
    <message>
        <source>The changes you have not saved yet in the open case are not in this backup.</source>
        <translation>Chanjman ou poko anrejistre nan ka ki louvri a pa nan kopi sekirite sa a.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Kopi sekirite ekri nan %1</translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation>Kopi sekirite ekri</translation>
    </message>
</context>
<context>
    <name>BusyTask</name>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
</context>
<context>
    <name>CaseConflict</name>
    <message>
        <source>Case</source>
        <translation>Ka</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliyan</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Ensidan %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Plent</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Swivi</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Yon lòt moun</translation>
    </message>
    <message>
        <source>%1 changed case %2.</source>
        <translation>%1 chanje ka %2.</translation>
    </message>
    <message>
        <source>%1 changed case %2 at %3.</source>
        <translation>%1 chanje ka %2 a %3.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Yes</source>
        <translation>Wi</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsab ka a</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliyan</translation>
    </message>
    <message>
        <source>Hidden (sensitive)</source>
        <translation>Kache (sansib)</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Ensidan %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ki lè</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ki kote</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distri polis</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ajans</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Vyolasyon</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Rakont</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>badj %1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Ofisye</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Temwen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prèv</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Plent ki depoze</translation>
    </message>
    <message>
        <source>%1, %2, tracking number %3, %4</source>
        <translation>%1, %2, nimewo swivi %3, %4</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Swivi</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>St&amp;atus</source>
        <translation>Es&amp;tati</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>&amp;Louvri</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>&amp;Fèmen</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>Res&amp;ponsab ka a</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Nou pa t kapab ekri ekspòtasyon an: %1</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… ak %n lòt pwoblèm.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added:
  %1</source>
        <translation>Nou pa t enpòte fichye a; nou pa t ajoute anyen:
  %1</translation>
    </message>
    <message>
        <source>The file is empty: it holds no TrustDesk cases.</source>
        <translation>Fichye a vid: pa gen okenn ka TrustDesk ladan l.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>Fichye a pa yon JSON ki valab (liy %1, kolòn %2: %3).</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: it must be a JSON object with &quot;format&quot;: &quot;trustdesk-cases&quot;.</source>
        <translation>Sa a pa yon fichye ka TrustDesk: li dwe yon objè JSON ak &quot;format&quot;: &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: its &quot;format&quot; must be &quot;trustdesk-cases&quot;.</source>
        <translation>Sa a pa yon fichye ka TrustDesk: &quot;format&quot; li dwe &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>&quot;version&quot; fichye a dwe yon nonb antye ki kòmanse nan 1.</translation>
    </message>
    <message>
        <source>The file was made by a newer TrustDesk (format version %1); this version reads version %2. Update TrustDesk to import it.</source>
        <translation>Se yon TrustDesk ki pi nouvo ki fè fichye a (vèsyon fòma %1); vèsyon sa a li vèsyon %2. Mete TrustDesk ajou pou w ka enpòte l.</translation>
    </message>
    <message>
        <source>is required and must be a list.</source>
        <translation>obligatwa epi li dwe yon lis.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>dwe yon objè.</translation>
    </message>
    <message>
        <source>repeats the reference of cases[%1].</source>
        <translation>repete referans cases[%1].</translation>
    </message>
    <message>
        <source>is already used by a case in this database.</source>
        <translation>gen yon ka nan baz done sa a ki itilize l deja.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added: %1</source>
        <translation>Nou pa t enpòte fichye a; nou pa t ajoute anyen: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TrustDesk case file.</source>
        <translation>%1 se yon dosye, se pa yon fichye ka TrustDesk.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nou pa kapab li %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB: split it into several files.</source>
        <translation>%1 pi gwo pase 1 GiB: separe l an plizyè fichye.</translation>
    </message>
    <message>
        <source>is not a sensitive field.</source>
        <translation>se pa yon chan sansib.</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>must be an object.</source>
        <translation>dwe yon objè.</translation>
    </message>
    <message>
        <source>is not a known violation category code.</source>
        <translation>se pa yon kòd kategori vyolasyon nou konnen.</translation>
    </message>
    <message>
        <source>repeats the category &quot;%1&quot;.</source>
        <translation>repete kategori &quot;%1&quot; a.</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>pa dwe negatif.</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits.</source>
        <translation>dwe gen 64 chif eksadesimal an miniskil.</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>dwe youn nan sa yo: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known case status.</source>
        <translation>&quot;%1&quot; se pa yon estati ka nou konnen.</translation>
    </message>
</context>
<context>
    <name>CaseListCsv</name>
    <message>
        <source>Reference</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Dènye ensidan</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsab ka a</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliyan</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Ekspòtasyon an te kanpe.</translation>
    </message>
</context>
<context>
    <name>CaseListExportFlow</name>
    <message>
        <source>cases-%1.csv</source>
        <translation>ka-%1.csv</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>Ekspòte lis ka yo</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>N ap ekri %1…</translation>
    </message>
    <message>
        <source>The case list was not exported: %1</source>
        <translation>Nou pa t ekspòte lis ka yo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Nou ekspòte %n ka nan %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nou pa kapab ekri %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliyan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Dènye ensidan</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsab ka a</translation>
    </message>
</context>
<context>
    <name>CaseListReader</name>
    <message>
        <source>Reading the case list</source>
        <translation>N ap li lis ka yo</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Ekspòtasyon an te kanpe.</translation>
    </message>
    <message>
        <source>%1 cannot be exported in a list.</source>
        <translation>Nou pa kapab ekspòte %1 nan yon lis.</translation>
    </message>
</context>
<context>
    <name>CaseListXlsx</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nou pa kapab ekri %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>pa gen ase memwa</translation>
    </message>
    <message>
        <source>a heading was refused</source>
        <translation>yo refize yon tit</translation>
    </message>
    <message>
        <source>no header was written</source>
        <translation>nou pa t ekri okenn antèt</translation>
    </message>
    <message>
        <source>The list has more cases than a spreadsheet holds (%1 rows). Narrow the list, or export it as CSV.</source>
        <translation>Lis la gen plis ka pase sa yon fichye kalkil ka kenbe (%1 liy). Fè lis la pi piti, oswa ekspòte l an CSV.</translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <source>yes</source>
        <translation>wi</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsab ka a</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliyan</translation>
    </message>
    <message>
        <source>[withheld]</source>
        <translation>[kache]</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Ensidan %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ki lè</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ki kote</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distri polis</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ajans</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Vyolasyon</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Rakont</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Ofisye</translation>
    </message>
    <message>
        <source>%1, badge %2, unit %3, %4</source>
        <translation>%1, badj %2, inite %3, %4</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Temwen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prèv</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Plent</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Swivi</translation>
    </message>
    <message>
        <source>Sensitive fields are withheld. Use --include FIELD or --include-sensitive to show them (recorded in the audit log).</source>
        <translation>Chan sansib yo kache. Sèvi ak --include CHAN oswa --include-sensitive pou montre yo (sa ekri nan jounal kontwòl la).</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>Reading cases</source>
        <translation>N ap li ka yo</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Pa gen ka %1.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Ka a pa egziste ankò.</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>Ka %1 gen yon estati nou pa konnen.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not saved:
%1</source>
        <translation>Nou pa t anrejistre ka a:
%1</translation>
    </message>
    <message>
        <source>The case %1 no longer exists; it was not saved.</source>
        <translation>Ka %1 pa egziste ankò; nou pa t anrejistre l.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Ka %1: %2</translation>
    </message>
    <message>
        <source>Deleting the case</source>
        <translation>N ap efase ka a</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>N ap mete endèks rechèch la ajou</translation>
    </message>
    <message>
        <source>%1 Your changes were not saved; nothing was written.</source>
        <translation>%1 Nou pa t anrejistre chanjman ou yo; nou pa t ekri anyen.</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>N ap anrejistre ka a</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Intake</source>
        <translation>Resepsyon</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Ap ranmase prèv</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>Pare pou depoze</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Depoze</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Ap egzamine</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fèmen</translation>
    </message>
</context>
<context>
    <name>CaseTextRedactor</name>
    <message>
        <source>Client notes</source>
        <translation>Nòt sou kliyan an</translation>
    </message>
    <message>
        <source>Incident %1, %2</source>
        <translation>Ensidan %1, %2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>kote</translation>
    </message>
    <message>
        <source>police district</source>
        <translation>distri polis</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>ajans</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>rakonte</translation>
    </message>
    <message>
        <source>Incident %1, officer %2, %3</source>
        <translation>Ensidan %1, ofisye %2, %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>non</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>nimewo badj</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>inite</translation>
    </message>
    <message>
        <source>description</source>
        <translation>deskripsyon</translation>
    </message>
    <message>
        <source>Incident %1, witness %2, %3</source>
        <translation>Ensidan %1, temwen %2, %3</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontak</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>deklarasyon</translation>
    </message>
    <message>
        <source>Evidence %1, %2</source>
        <translation>Prèv %1, %2</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>non fichye</translation>
    </message>
    <message>
        <source>provided by</source>
        <translation>bay pa</translation>
    </message>
    <message>
        <source>Filing %1, %2</source>
        <translation>Plent %1, %2</translation>
    </message>
    <message>
        <source>filed with</source>
        <translation>depoze kote</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>mwayen</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>nimewo swivi</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estati</translation>
    </message>
    <message>
        <source>Follow-up %1, note</source>
        <translation>Swivi %1, nòt</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The case reference must look like TD-2026-00042.</source>
        <translation>Referans ka a dwe sanble ak TD-2026-00042.</translation>
    </message>
    <message>
        <source>The date the case was opened is required.</source>
        <translation>Dat yo louvri ka a obligatwa.</translation>
    </message>
    <message>
        <source>A case cannot be closed before it was opened.</source>
        <translation>Yon ka pa kapab fèmen anvan yo louvri l.</translation>
    </message>
    <message>
        <source>Say whom the complaint was filed with.</source>
        <translation>Di ki kote yo depoze plent lan.</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>Yon swivi bezwen yon dat limit.</translation>
    </message>
    <message>
        <source>The SHA-256 must be 64 lowercase hexadecimal digits.</source>
        <translation>SHA-256 a dwe gen 64 chif eksadesimal an miniskil.</translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation>Gwosè a pa kapab negatif.</translation>
    </message>
    <message>
        <source>The original file name is required.</source>
        <translation>Non orijinal fichye a obligatwa.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name, or mark the client as anonymous.</source>
        <translation>Ekri non kliyan an, oswa make kliyan an kòm anonim.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Sa pa sanble yon nimewo telefòn.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Sa pa sanble yon adrès imèl.</translation>
    </message>
    <message>
        <source>The incident date is required.</source>
        <translation>Dat ensidan an obligatwa.</translation>
    </message>
    <message>
        <source>Unknown violation category &quot;%1&quot;.</source>
        <translation>Kategori vyolasyon nou pa konnen: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, badge number or a description.</source>
        <translation>Bay non ofisye a, nimewo badj li oswa yon deskripsyon.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Dat sa a nan lavni.</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Saving the case</source>
        <translation>N ap anrejistre ka a</translation>
    </message>
    <message>
        <source>The case numbering could not be read.</source>
        <translation>Nou pa t kapab li nimewotaj ka yo.</translation>
    </message>
    <message>
        <source>The client this case belongs to no longer exists.</source>
        <translation>Kliyan ka sa a pa egziste ankò.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Anonymous client</source>
        <translation>Kliyan anonim</translation>
    </message>
</context>
<context>
    <name>ClientCopy</name>
    <message>
        <source>Your complaint</source>
        <translation>Plent ou</translation>
    </message>
    <message>
        <source>A short record of the complaint about police conduct filed for you, and what to do next. Keep this paper in a safe place.</source>
        <translation>Yon ti rezime plent sou konpòtman polis la yo depoze pou ou, ak sa pou w fè apre. Kenbe papye sa a yon kote ki an sekirite.</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Referans ka a:</translation>
    </message>
    <message>
        <source>To be filed with:</source>
        <translation>Pou depoze kote:</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>Prepare le:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Nimewo swivi:</translation>
    </message>
    <message>
        <source>Filed with:</source>
        <translation>Depoze kote:</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>Depoze le:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Kijan:</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>Dat ensidan an:</translation>
    </message>
    <message>
        <source>What the complaint is about:</source>
        <translation>Sou kisa plent lan ye:</translation>
    </message>
    <message>
        <source>Your caseworker:</source>
        <translation>Responsab ka ou a:</translation>
    </message>
    <message>
        <source>The client copy could not be printed.</source>
        <translation>Nou pa t kapab enprime kopi kliyan an.</translation>
    </message>
    <message>
        <source>Your legal-aid office:</source>
        <translation>Biwo asistans jiridik ou:</translation>
    </message>
</context>
<context>
    <name>ClientField</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Non konplè</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Non li prefere</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Lang li prefere</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Bezwen entèprèt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefòn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Imèl</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adrès</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dat nesans</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Peyi kote li fèt</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Estati imigrasyon</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Nimewo A</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Konsantman pou depoze</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Dat konsantman</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Sensitive: withheld from complaint reports, exports and printouts unless someone deliberately includes it (which is recorded).</source>
        <translation>Sansib: li pa parèt nan rapò plent, nan ekspòtasyon ni nan sa yo enprime, sòf si yon moun mete l espre (epi sa ekri nan jounal la).</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Bezwen entèprèt</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefòn</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>I&amp;mèl</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;drès</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Dat &amp;nesans</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Konsantman pou depoze</translation>
    </message>
    <message>
        <source>Sensitive field</source>
        <translation>Chan sansib</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Non konplè</translation>
    </message>
    <message>
        <source>Prefe&amp;rred name</source>
        <translation>Non li p&amp;refere</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage</source>
        <translation>Lang li prefe&amp;re</translation>
    </message>
    <message>
        <source>Coun&amp;try of birth</source>
        <translation>Peyi kote li &amp;fèt</translation>
    </message>
    <message>
        <source>Immigration &amp;status</source>
        <translation>Estati i&amp;migrasyon</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Nimewo A</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Dat konsantman</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
</context>
<context>
    <name>ClientMatcher</name>
    <message>
        <source>Looking for existing clients</source>
        <translation>N ap chèche kliyan ki egziste deja</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>create or migrate the database</source>
        <translation>kreye oswa mete baz done a ajou</translation>
    </message>
    <message>
        <source>list cases, optionally of one status</source>
        <translation>bay lis ka yo, si ou vle pou yon sèl estati</translation>
    </message>
    <message>
        <source>full-text search over cases</source>
        <translation>chèche nan tout tèks ka yo</translation>
    </message>
    <message>
        <source>check integrity and invariants (exit 3 on failure)</source>
        <translation>tcheke entegrite ak règ yo (kòd sòti 3 si gen pwoblèm)</translation>
    </message>
    <message>
        <source>add fictional demo cases (for demos and benchmarks)</source>
        <translation>ajoute ka demonstrasyon ki pa vre (pou demonstrasyon ak tès vitès)</translation>
    </message>
    <message>
        <source>export cases as TrustDesk JSON</source>
        <translation>ekspòte ka yo kòm JSON TrustDesk</translation>
    </message>
    <message>
        <source>import a TrustDesk JSON file, all or nothing</source>
        <translation>enpòte yon fichye JSON TrustDesk, tout oswa anyen</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>montre yon ka</translation>
    </message>
    <message>
        <source>attach files to a case as evidence</source>
        <translation>tache fichye nan yon ka kòm prèv</translation>
    </message>
    <message>
        <source>write the client&apos;s copy of a complaint as a PDF</source>
        <translation>ekri kopi kliyan an pou yon plent an PDF</translation>
    </message>
    <message>
        <source>list a case&apos;s evidence (SHA-256 first)</source>
        <translation>bay lis prèv yon ka (SHA-256 an premye)</translation>
    </message>
    <message>
        <source>export a case&apos;s evidence with a manifest</source>
        <translation>ekspòte prèv yon ka ak yon lis envantè</translation>
    </message>
    <message>
        <source>write a case&apos;s complaint submission as a PDF</source>
        <translation>ekri plent yon ka pou depoze a an PDF</translation>
    </message>
    <message>
        <source>write a consistent, verified copy of the database and its evidence</source>
        <translation>ekri yon kopi baz done a ak prèv li yo ki konplè epi ki verifye</translation>
    </message>
    <message>
        <source>replace the database and its evidence with a verified backup</source>
        <translation>ranplase baz done a ak prèv li yo ak yon kopi sekirite ki verifye</translation>
    </message>
    <message>
        <source>remove an evidence item from a case, with a reason</source>
        <translation>retire yon eleman prèv nan yon ka, ak yon rezon</translation>
    </message>
    <message>
        <source>list the audit log; &quot;audit verify&quot; checks its chain (exit 3 on a break)</source>
        <translation>montre jounal kontwòl la; &quot;audit verify&quot; verifye chèn li (sòti ak 3 si li kase)</translation>
    </message>
    <message>
        <source>change an encrypted database&apos;s passphrase</source>
        <translation>chanje modpas yon baz done chifre</translation>
    </message>
    <message>
        <source>encrypt a plaintext database in place, safely</source>
        <translation>chifre yon baz done ki pa chifre, sou plas, san danje</translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one to the current schema. A new database is encrypted: its passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal), and its recovery key is shown once or written to --recovery-key-out.</source>
        <translation>Kreye baz done a, oswa mete yon baz done ki egziste deja ajou ak estrikti aktyèl la. Yon nouvo baz done chifre: modpas li soti nan --passphrase-file (oswa fichye ki nan TRUSTDESK_PASSPHRASE_FILE, oswa yo mande l de fwa nan tèminal la), epi kle rekiperasyon li parèt yon sèl fwa oswa yo ekri l nan --recovery-key-out.</translation>
    </message>
    <message>
        <source>show or set the caseworker profile recorded as the actor</source>
        <translation>montre oswa chwazi pwofil responsab ka a ki anrejistre kòm moun ki aji a</translation>
    </message>
    <message>
        <source>rights guidance: list, show (--pdf), search, version, install</source>
        <translation>gid sou dwa: list, show (--pdf), search, version, install</translation>
    </message>
    <message>
        <source>store a redacted copy of an image (boxes filled or pixelated)</source>
        <translation>anrejistre yon kopi yon imaj ak pati kache (kare ranpli oswa an piksèl)</translation>
    </message>
    <message>
        <source>suggest boxes over faces in an image, for review</source>
        <translation>sijere kare sou figi ki nan yon imaj, pou w revize yo</translation>
    </message>
    <message>
        <source>list repeat officers, or the cases of one badge number</source>
        <translation>montre ofisye ki parèt plizyè fwa, oswa ka yon nimewo badj</translation>
    </message>
    <message>
        <source>count cases and incidents by category, month, district…</source>
        <translation>konte ka ak ensidan pa kategori, mwa, distri…</translation>
    </message>
    <message>
        <source>manage the office key that encrypts an office server&apos;s evidence</source>
        <translation>jere kle biwo a ki chifre prèv yon sèvè biwo</translation>
    </message>
    <message>
        <source>copy a database file with its evidence into an office server</source>
        <translation>kopye yon fichye baz done ak prèv li yo sou yon sèvè biwo</translation>
    </message>
    <message>
        <source>manage the people of an office server and their roles</source>
        <translation>jere moun ki sou yon sèvè biwo ak wòl yo</translation>
    </message>
</context>
<context>
    <name>ComplaintRecipient</name>
    <message>
        <source>Boston Police Department, Internal Affairs Division</source>
        <translation>Depatman Polis Boston, Divizyon Afè Entèn</translation>
    </message>
    <message>
        <source>City of Boston, Office of Police Accountability and Transparency</source>
        <translation>Vil Boston, Biwo Responsablite ak Transparans Polis</translation>
    </message>
    <message>
        <source>Massachusetts Peace Officer Standards and Training (POST) Commission</source>
        <translation>Massachusetts Peace Officer Standards and Training (POST) Commission</translation>
    </message>
    <message>
        <source>Complaints about any certified officer in the Commonwealth</source>
        <translation>Plent sou nenpòt ofisye ki sètifye nan Massachusetts</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Videyo</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Anrejistreman odyo</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokiman PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tèks</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichye</translation>
    </message>
    <message>
        <source>Complaint submission %1</source>
        <translation>Plent pou depoze %1</translation>
    </message>
    <message>
        <source>Incident %1 of %2</source>
        <translation>Ensidan %1 sou %2</translation>
    </message>
    <message>
        <source>DRAFT: the client&apos;s consent to file is not recorded in the case. Do not send this document until consent is recorded.</source>
        <translation>BOUYON: konsantman kliyan an pou depoze plent lan pa anrejistre nan ka a. Pa voye dokiman sa a jiskaske konsantman an anrejistre.</translation>
    </message>
    <message>
        <source>Complaint about police conduct</source>
        <translation>Plent sou konpòtman polis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Pou</translation>
    </message>
    <message>
        <source>The complainant, who asks to remain anonymous</source>
        <translation>Moun k ap pote plent lan, ki mande pou l rete anonim</translation>
    </message>
    <message>
        <source>Filed on the complainant&apos;s behalf</source>
        <translation>Depoze nan non moun k ap pote plent lan</translation>
    </message>
    <message>
        <source>%1, on the complainant&apos;s behalf</source>
        <translation>%1, nan non moun k ap pote plent lan</translation>
    </message>
    <message>
        <source>An anonymous complainant</source>
        <translation>Yon moun anonim k ap pote plent</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Moun k ap pote plent lan</translation>
    </message>
    <message>
        <source>Not given: the complainant asks to remain anonymous</source>
        <translation>Pa bay: moun k ap pote plent lan mande pou l rete anonim</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Entèprèt</translation>
    </message>
    <message>
        <source>Needed for any interview</source>
        <translation>Nesesè pou nenpòt entèvyou</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Pa nesesè</translation>
    </message>
    <message>
        <source>Information withheld.</source>
        <translation>Enfòmasyon kache.</translation>
    </message>
    <message>
        <source>To protect the complainant, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the complainant agrees.</source>
        <translation>Pou pwoteje moun k ap pote plent lan, dokiman sa a pa mete kalite enfòmasyon sa yo: %1. Moun k ap depoze plent lan ka bay envestigatè a yo si envestigasyon an bezwen yo epi moun k ap pote plent lan dakò.</translation>
    </message>
    <message>
        <source>Included at the filer&apos;s deliberate choice: %1.</source>
        <translation>Mete ladan l paske moun k ap depoze a chwazi sa espre: %1.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Ensidan</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Ensidan yo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Lè</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Pa konnen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Kote</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distri polis</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ajans</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>Ofisye ki te la</translation>
    </message>
    <message>
        <source>Name not known</source>
        <translation>Non pa konnen</translation>
    </message>
    <message>
        <source>No officer could be identified.</source>
        <translation>Nou pa t kapab idantifye okenn ofisye.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Nimewo badj</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Inite</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsyon</translation>
    </message>
    <message>
        <source>Badge numbers are given exactly as the complainant recorded them.</source>
        <translation>Nimewo badj yo bay egzakteman jan moun k ap pote plent lan te note yo.</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Akizasyon</translation>
    </message>
    <message>
        <source>The conduct is described in the account below.</source>
        <translation>Konpòtman an dekri nan rakont ki anba a.</translation>
    </message>
    <message>
        <source> (incident %1)</source>
        <translation> (ensidan %1)</translation>
    </message>
    <message>
        <source>Source [%1]: %2, %3.</source>
        <translation>Sous [%1]: %2, %3.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Sa k te pase</translation>
    </message>
    <message>
        <source>No account was written down.</source>
        <translation>Pa gen rakont ki ekri.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Temwen</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Pa bay</translation>
    </message>
    <message>
        <source>No witnesses are named.</source>
        <translation>Pa gen non okenn temwen.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>What they saw or heard</source>
        <translation>Sa yo te wè oswa tande</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pyès</translation>
    </message>
    <message>
        <source>No exhibits are attached.</source>
        <translation>Pa gen okenn pyès tache.</translation>
    </message>
    <message>
        <source>Each exhibit is identified by its SHA-256 fingerprint: any change to the file changes the fingerprint.</source>
        <translation>Chak pyès idantifye ak anprent SHA-256 li: nenpòt chanjman nan fichye a chanje anprent lan.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pyès</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Pa gen deskripsyon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Resevwa</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Bay pa</translation>
    </message>
    <message>
        <source>We ask that you investigate the conduct described above, keep the complainant&apos;s identity and the withheld information confidential, give a tracking number for this complaint, and inform the complainant, through the filer, of the outcome.</source>
        <translation>Nou mande pou nou envestige konpòtman ki dekri anwo a, kenbe idantite moun k ap pote plent lan ak enfòmasyon ki kache yo an konfidans, bay yon nimewo swivi pou plent sa a, epi fè moun k ap pote plent lan konnen rezilta a, atravè moun ki depoze plent lan.</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Aksyon nou mande</translation>
    </message>
    <message>
        <source>I declare that the information in this complaint is true and correct to the best of my knowledge.</source>
        <translation>Mwen deklare enfòmasyon ki nan plent sa a vre epi kòrèk, dapre sa m konnen.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf and with their consent, given on %1. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>Mwen depoze plent sa a nan non moun k ap pote plent lan e avèk konsantman li, li te bay li le %1. Mwen deklare li rapòte byen sa moun k ap pote plent lan ak temwen yo te di m.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>Mwen depoze plent sa a nan non moun k ap pote plent lan. Mwen deklare li rapòte byen sa moun k ap pote plent lan ak temwen yo te di m.</translation>
    </message>
    <message>
        <source>The information in this complaint is true and correct to the best of the complainant&apos;s knowledge.</source>
        <translation>Enfòmasyon ki nan plent sa a vre epi kòrèk, dapre sa moun k ap pote plent lan konnen.</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Deklarasyon</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Siyati (si ou vle)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Siyati</translation>
    </message>
    <message>
        <source>Name (printed)</source>
        <translation>Non (an lèt detache)</translation>
    </message>
    <message>
        <source>Complaint submission · %1</source>
        <translation>Plent pou depoze · %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Fèt le %1</translation>
    </message>
    <message>
        <source>The complaint could not be printed.</source>
        <translation>Nou pa t kapab enprime plent lan.</translation>
    </message>
    <message>
        <source>To protect the complainant and the witnesses, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the people concerned agree.</source>
        <translation>Pou pwoteje moun k ap pote plent lan ak temwen yo, dokiman sa a pa mete kalite enfòmasyon sa yo: %1. Moun k ap depoze plent lan ka bay envestigatè a yo si envestigasyon an bezwen yo epi moun ki konsène yo dakò.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Kache</translation>
    </message>
    <message>
        <source>Words in the accounts below that touch on immigration status were reviewed by the filer and are given as written.</source>
        <translation>Moun ki depoze plent lan te revize mo ki nan temwayaj ki anba yo ki touche estati imigrasyon, e yo parèt jan yo te ekri yo.</translation>
    </message>
    <message>
        <source>Rule: %1, %2.</source>
        <translation>Règ: %1, %2.</translation>
    </message>
    <message>
        <source>It applies to: %1.</source>
        <translation>Li aplike pou: %1.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Sous: %1.</translation>
    </message>
    <message>
        <source>See also the guidance “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Gade tou gid “%1”, gid %2 (vèsyon %3, verifye %4).</translation>
    </message>
    <message>
        <source>Guidance: “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Gid: “%1”, gid %2 (vèsyon %3, verifye %4).</translation>
    </message>
    <message>
        <source>Redacted copy of exhibit %1: parts of the image are covered.</source>
        <translation>Kopi pyès %1 ak pati kache: gen pati nan imaj la ki kouvri.</translation>
    </message>
    <message>
        <source>Redacted copy: parts of the image are covered.</source>
        <translation>Kopi ak pati kache: gen pati nan imaj la ki kouvri.</translation>
    </message>
    <message>
        <source>Original, not pictured: its redacted copy is exhibit %1.</source>
        <translation>Orijinal la, ki pa parèt la a: kopi li ak pati kache a se pyès %1.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>Nou pa kapab ekri fichye kalkil la: %1</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>Recording the chain of custody</source>
        <translation>N ap ekri chèn gadyennaj la</translation>
    </message>
    <message>
        <source>Reading the chain of custody</source>
        <translation>N ap li chèn gadyennaj la</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Starting to save</source>
        <translation>N ap kòmanse anrejistre</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>N ap anrejistre</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Nou pa t kapab kreye dosye &quot;%1&quot; a.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be created.</source>
        <translation>Nou pa t kapab kreye fichye baz done &quot;%1&quot; a.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>Baz done &quot;%1&quot; a pa egziste.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>N ap louvri baz done a</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>Fichye baz done a domaje, nou pa kapab li l.</translation>
    </message>
    <message>
        <source>This file is not a TrustDesk database. It was left untouched.</source>
        <translation>Fichye sa a se pa yon baz done TrustDesk. Nou pa manyen l.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of TrustDesk. Update TrustDesk to open it.</source>
        <translation>Se yon vèsyon TrustDesk ki pi nouvo ki ekri baz done sa a. Mete TrustDesk ajou pou w ka louvri l.</translation>
    </message>
    <message>
        <source>Setting up the database</source>
        <translation>N ap prepare baz done a</translation>
    </message>
    <message>
        <source>The database cannot be opened: the disk is full. Free some space and try again.</source>
        <translation>Nou pa kapab louvri baz done a: disk la plen. Libere kèk espas epi eseye ankò.</translation>
    </message>
    <message>
        <source>The database key is missing.</source>
        <translation>Kle baz done a manke.</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens only with its passphrase or recovery key.</source>
        <translation>Baz done sa a chifre: li louvri sèlman ak modpas li oswa ak kle rekiperasyon li.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>Sistèm sa a pa ka chifre done.</translation>
    </message>
    <message>
        <source>The database could not be opened encrypted; nothing was written to it.</source>
        <translation>Nou pa t kapab louvri baz done a pou l rete chifre; nou pa t ekri anyen ladan l.</translation>
    </message>
    <message>
        <source>The encrypted database could not be set up.</source>
        <translation>Nou pa t kapab prepare baz done chifre a.</translation>
    </message>
    <message>
        <source>An office server database is not opened with a vault key: its connection is protected by the server&apos;s login and TLS.</source>
        <translation>Yon baz done sou sèvè biwo a pa louvri ak yon kle chifreman: koneksyon li pwoteje pa login sèvè a ak TLS.</translation>
    </message>
    <message>
        <source>Starting to save: a save is already under way.</source>
        <translation>Nou pa kapab kòmanse anrejistre: gen yon anrejistreman k ap fèt deja.</translation>
    </message>
    <message>
        <source>Office servers need Qt&apos;s PostgreSQL driver: install the package libqt6sql6-psql.</source>
        <translation>Sèvè biwo yo bezwen drayvè PostgreSQL Qt la: enstale pake libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The office database &quot;%1&quot; holds no TrustDesk data yet (run trustdesk-cli init to set it up).</source>
        <translation>Baz done biwo a &quot;%1&quot; poko gen done TrustDesk (lanse trustdesk-cli init pou prepare l).</translation>
    </message>
    <message>
        <source>This database is not a TrustDesk database. It was left untouched.</source>
        <translation>Baz done sa a se pa yon baz done TrustDesk. Nou pa t manyen l.</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network connection, then try again; nothing you typed is lost.</source>
        <translation>Nou pa kapab rive jwenn sèvè biwo a. Tcheke koneksyon rezo a, epi eseye ankò; anyen ou te tape pa pèdi.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Fichye &quot;%1&quot; a pa egziste.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Nou pa kapab li fichye &quot;%1&quot; a: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a TrustDesk database.</source>
        <translation>Fichye &quot;%1&quot; a vid. Se pa yon baz done TrustDesk.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a TrustDesk database (it is not an SQLite database at all).</source>
        <translation>Fichye &quot;%1&quot; a se pa yon baz done TrustDesk (se pa menm yon baz done SQLite).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged (its header is invalid).</source>
        <translation>Fichye &quot;%1&quot; a domaje (antèt li pa valab).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: it is shorter than its own header says (it may have been cut off while copying). It was left untouched.</source>
        <translation>Fichye &quot;%1&quot; a domaje: li pi kout pase sa antèt li di (petèt li koupe pandan yo t ap kopye l). Nou pa manyen l.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a TrustDesk database. It was left untouched.</source>
        <translation>Fichye &quot;%1&quot; a se yon baz done SQLite yon lòt aplikasyon, se pa yon baz done TrustDesk. Nou pa manyen l.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of TrustDesk (schema %2; this version knows up to %3). Update TrustDesk to open it. It was left untouched.</source>
        <translation>Se yon vèsyon TrustDesk ki pi nouvo ki ekri fichye &quot;%1&quot; a (chema %2; vèsyon sa a konnen jiska %3). Mete TrustDesk ajou pou w ka louvri l. Nou pa manyen l.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. TrustDesk needs to write to its database; copy it to a folder you can write to, or change its permissions.</source>
        <translation>Fichye &quot;%1&quot; a se lekti sèlman. TrustDesk bezwen ekri nan baz done li; kopye l nan yon dosye kote ou ka ekri, oswa chanje pèmisyon li.</translation>
    </message>
    <message>
        <source>The folder holding &quot;%1&quot; is read-only. TrustDesk needs to write beside its database file.</source>
        <translation>Dosye ki gen &quot;%1&quot; a se lekti sèlman. TrustDesk bezwen ekri bò kote fichye baz done li.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft has an invalid name.</source>
        <translation>Bouyon an gen yon non ki pa valab.</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Nou pa kapab kreye dosye bouyon %1 la.</translation>
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation>Nou pa kapab anrejistre bouyon an: %1</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>Nou pa kapab efase bouyon %1 la.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <source>Attach Evidence Files</source>
        <translation>Tache fichye prèv</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tout fichye (*)</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Retire prèv</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this case?

Its file leaves the evidence store unless another case holds the same file. Say why: the reason stays in the chain of custody.</source>
        <translation>Retire &quot;%1&quot; nan ka sa a?

Fichye li a ap soti nan depo prèv la, sòf si yon lòt ka gen menm fichye a. Di poukisa: rezon an rete nan chèn gadyennaj la.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>Nou pa t kapab ekri &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; is a symbolic link. Choose a real folder.</source>
        <translation>Dosye ekspòtasyon &quot;%1&quot; a se yon lyen senbolik. Chwazi yon vrè dosye.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>&quot;%1&quot; egziste epi se pa yon dosye.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty. Export into a new or empty folder so nothing is overwritten.</source>
        <translation>Dosye &quot;%1&quot; a pa vid. Ekspòte nan yon dosye nouvo oswa vid pou anyen pa efase.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Nou pa t kapab kreye dosye &quot;%1&quot; a.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is missing from the evidence store and was not exported.</source>
        <translation>Prèv &quot;%1&quot; a manke nan depo prèv la, nou pa t ekspòte l.</translation>
    </message>
    <message>
        <source>The export folder cannot be written: %1</source>
        <translation>Nou pa kapab ekri nan dosye ekspòtasyon an: %1</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Ekspòtasyon an kanpe: %1</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; has CHANGED since it was attached (SHA-256 mismatch) and was not exported.</source>
        <translation>Prèv &quot;%1&quot; a CHANJE depi yo te tache l (SHA-256 a pa koresponn), nou pa t ekspòte l.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;: %2</source>
        <translation>Prèv &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>eleman %1</translation>
    </message>
    <message>
        <source>Its metadata could not be removed (%1), so it was not exported. Export with metadata included to hand it over as stored.</source>
        <translation>Nou pa t kapab retire metadone li (%1), kidonk nou pa t ekspòte l. Ekspòte avèk metadone yo pou bay li jan li sove a.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be saved.</source>
        <translation>Nou pa t kapab sove kopi ki netwaye a.</translation>
    </message>
    <message>
        <source>The exported copy could not be read.</source>
        <translation>Nou pa t kapab li kopi ki ekspòte a.</translation>
    </message>
    <message>
        <source>image too large</source>
        <translation>imaj la twò gwo</translation>
    </message>
    <message>
        <source>damaged or unusual image</source>
        <translation>imaj domaje oswa ki pa nòmal</translation>
    </message>
    <message>
        <source>The export folder cannot be written.</source>
        <translation>Nou pa ka ekri nan dosye ekspòtasyon an.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written (is the disk full?).</source>
        <translation>Nou pa t kapab ekri kopi ki netwaye a (èske disk la plen?).</translation>
    </message>
</context>
<context>
    <name>EvidenceJob</name>
    <message>
        <source>&quot;%1&quot; was not attached: canceled.</source>
        <translation>Nou pa t tache &quot;%1&quot;: li anile.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;.</source>
        <translation>Nou tache &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file of imported evidence.</source>
        <translation>Nou tache &quot;%1&quot;: fichye yon prèv ki te enpòte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already attached to this case as &quot;%2&quot;; it is stored once.</source>
        <translation>&quot;%1&quot; deja tache nan ka sa a kòm &quot;%2&quot;; nou kenbe l yon sèl fwa.</translation>
    </message>
    <message>
        <source>Verifying the evidence store</source>
        <translation>N ap verifye depo prèv la</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) are intact.</source>
        <translation>
            <numerusform>Tout %n fichye prèv yo an bon eta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file before showing it</source>
        <translation>N ap tcheke fichye a anvan nou montre l</translation>
    </message>
</context>
<context>
    <name>EvidenceLabels</name>
    <message>
        <source>Client</source>
        <translation>Kliyan</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Temwen</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Ofisye</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lòt</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Tache</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Gade</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Ekspòte</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifye</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Detay yo modifye</translation>
    </message>
    <message>
        <source>redacted copy of item %1</source>
        <translation>kopi eleman %1 ak pati kache</translation>
    </message>
    <message>
        <source>redacted copy of %1</source>
        <translation>kopi %1 ak pati kache</translation>
    </message>
    <message>
        <source>camera clock</source>
        <translation>lè kamera a</translation>
    </message>
    <message>
        <source>time the file was last changed</source>
        <translation>dènye fwa fichye a te chanje</translation>
    </message>
    <message>
        <source>entered by the caseworker</source>
        <translation>responsab ka a te antre l</translation>
    </message>
    <message>
        <source>source of the time not recorded</source>
        <translation>nou pa konnen ki kote lè a soti</translation>
    </message>
    <message>
        <source>file changed</source>
        <extracomment>A time that is only when the evidence file was last modified, in a narrow table cell.</extracomment>
        <translation>fichye chanje</translation>
    </message>
    <message>
        <source>entered</source>
        <extracomment>A time a caseworker typed in, in a narrow table cell.</extracomment>
        <translation>antre alamen</translation>
    </message>
    <message>
        <source>Photo taken %1 (camera clock)</source>
        <translation>Foto pran %1 (lè kamera a)</translation>
    </message>
    <message>
        <source>Recorded %1 (device clock)</source>
        <translation>Anrejistre %1 (lè aparèy la)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when the photo was taken)</source>
        <translation>Dènye chanjman fichye a %1 (se pa fòseman lè yo te pran foto a)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when it was made)</source>
        <translation>Dènye chanjman fichye a %1 (se pa fòseman lè yo te fè l)</translation>
    </message>
    <message>
        <source>Photo taken %1 (as entered by the caseworker)</source>
        <translation>Foto pran %1 (jan responsab ka a te antre l)</translation>
    </message>
    <message>
        <source>Made %1 (as entered by the caseworker)</source>
        <translation>Fèt %1 (jan responsab ka a te antre l)</translation>
    </message>
    <message>
        <source>Dated %1 (source of the time not recorded)</source>
        <translation>Dat %1 (nou pa konnen ki kote lè a soti)</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Se sèlman detay yo ki te enpòte; fichye a pa nan depo prèv la.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Gwosè</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Pran le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sous</translation>
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
        <translation>Ekspòtasyon prèv TrustDesk</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Ka: %1</translation>
    </message>
    <message>
        <source>Exported: %1 by %2</source>
        <translation>Ekspòte: %1 pa %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Eleman: %1</translation>
    </message>
    <message>
        <source>Check the files with: sha256sum -c SHA256SUMS</source>
        <translation>Tcheke fichye yo ak: sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(pa gen fichye)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estati: %1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>Non orijinal: %1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>Kalite fichye: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Gwosè: %1 octets</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Captured: %1</source>
        <translation>Pran le: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>pa konnen</translation>
    </message>
    <message>
        <source>Added: %1 by %2</source>
        <translation>Ajoute: %1 pa %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sous: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Deskripsyon: %1</translation>
    </message>
    <message>
        <source>Chain of custody:</source>
        <translation>Chèn gadyennaj:</translation>
    </message>
    <message>
        <source>Custody of items removed from the case:</source>
        <translation>Gadyennaj eleman yo retire nan ka a:</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>eleman %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>kache</translation>
    </message>
    <message>
        <source>removed from this copy (%1); SHA-256 of the copy: %2</source>
        <translation>retire nan kopi sa a (%1); SHA-256 kopi a: %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nou pa jwenn anyen</translation>
    </message>
    <message>
        <source>kept as stored (included on purpose)</source>
        <translation>kenbe jan yo sove (mete espre)</translation>
    </message>
    <message>
        <source>not removed: TrustDesk cannot clean this kind of file</source>
        <translation>pa retire: TrustDesk pa ka netwaye kalite fichye sa a</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Metadone: %1</translation>
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
        <translation>san non</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Type: %1, %2</source>
        <translation>Kalite: %1, %2</translation>
    </message>
    <message>
        <source>Type: %1, %2 (%3 bytes)</source>
        <translation>Kalite: %1, %2 (%3 octets)</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Fichye &quot;%1&quot; a pa egziste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link. Attach the file it points to instead.</source>
        <translation>&quot;%1&quot; se yon lyen senbolik. Tache fichye li montre a pito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Attach the files inside it instead.</source>
        <translation>&quot;%1&quot; se yon dosye. Tache fichye ki ladan l yo pito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket) and cannot be attached.</source>
        <translation>&quot;%1&quot; se pa yon fichye nòmal (se yon aparèy, yon tiyo oswa yon priz rezo), nou pa kapab tache l.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: permission denied.</source>
        <translation>Nou pa kapab li fichye &quot;%1&quot; a: pa gen pèmisyon.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Nou pa kapab li fichye &quot;%1&quot; a: %2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Lekti &quot;%1&quot; echwe: %2. Nou pa kenbe anyen.</translation>
    </message>
    <message>
        <source>Writing the copy of &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Ekriti kopi &quot;%1&quot; a echwe: %2. Nou pa kenbe anyen.</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot; could not be copied. Nothing was stored; free some space and try again.</source>
        <translation>Disk la plen: nou pa t kapab kopye &quot;%1&quot;. Nou pa kenbe anyen; libere kèk espas epi eseye ankò.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was being copied. Nothing was stored; try again once the file is complete.</source>
        <translation>&quot;%1&quot; chanje pandan n ap kopye l. Nou pa kenbe anyen; eseye ankò lè fichye a fin konplè.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted or moved while it was being copied. Nothing was stored.</source>
        <translation>Yo efase oswa deplase &quot;%1&quot; pandan n ap kopye l. Nou pa kenbe anyen.</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; was canceled. Nothing was stored.</source>
        <translation>Kopi &quot;%1&quot; a anile. Nou pa kenbe anyen.</translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation>N ap li prèv yo</translation>
    </message>
    <message>
        <source>Looking up the case</source>
        <translation>N ap chèche ka a</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Pa gen ka %1.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; is not a folder. Nothing was stored.</source>
        <translation>Depo prèv &quot;%1&quot; a se pa yon dosye. Nou pa kenbe anyen.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; could not be created. Nothing was stored.</source>
        <translation>Nou pa t kapab kreye depo prèv &quot;%1&quot; a. Nou pa kenbe anyen.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Sous nou pa konnen &quot;%1&quot;. Sèvi ak youn nan sa yo: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty (0 bytes): there is nothing to attach.</source>
        <translation>Fichye &quot;%1&quot; a vid (0 octet): pa gen anyen pou tache.</translation>
    </message>
    <message>
        <source>The evidence store cannot be written: %1. Nothing was stored.</source>
        <translation>Nou pa kapab ekri nan depo prèv la: %1. Nou pa kenbe anyen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be placed in the evidence store: %2. Nothing was stored.</source>
        <translation>Nou pa t kapab mete &quot;%1&quot; nan depo prèv la: %2. Nou pa kenbe anyen.</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>N ap tache prèv</translation>
    </message>
    <message>
        <source>The new evidence record could not be read back.</source>
        <translation>Nou pa t kapab reli nouvo dosye prèv la.</translation>
    </message>
    <message>
        <source>There is no evidence item %1.</source>
        <translation>Pa gen eleman prèv %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in the evidence store: only its details were imported.</source>
        <translation>&quot;%1&quot; pa gen fichye nan depo prèv la: se sèlman detay li yo nou te enpòte.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is missing from the evidence store.</source>
        <translation>Fichye &quot;%1&quot; a manke nan depo prèv la.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; has changed since it was attached: its SHA-256 no longer matches.</source>
        <translation>Fichye &quot;%1&quot; a chanje depi yo te tache l: SHA-256 li pa koresponn ankò.</translation>
    </message>
    <message>
        <source>Give a reason for removing evidence: it is kept in the chain of custody.</source>
        <translation>Bay rezon ou retire prèv la: sa rete nan chèn gadyennaj la.</translation>
    </message>
    <message>
        <source>Removing evidence</source>
        <translation>N ap retire prèv la</translation>
    </message>
    <message>
        <source>The file could not be removed from the evidence store: %1</source>
        <translation>Nou pa t kapab retire fichye a nan depo prèv la: %1</translation>
    </message>
    <message>
        <source>Saving the evidence details</source>
        <translation>N ap anrejistre detay prèv la</translation>
    </message>
    <message>
        <source>The date captured is in the future. Give a date and time that have passed, or leave it unknown.</source>
        <translation>Dat yo pran l la nan lavni. Bay yon dat ak yon lè ki pase deja, oswa kite l kòm pa konnen.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; is damaged: it does not decrypt as it was written.</source>
        <translation>Fichye ki sove pou &quot;%1&quot; la domaje: li pa dechifre jan yo te ekri l.</translation>
    </message>
    <message>
        <source>The redacted copy could not be stored: %1. Nothing was stored.</source>
        <translation>Nou pa t kapab anrejistre kopi ak pati kache a: %1. Nou pa t anrejistre anyen.</translation>
    </message>
    <message>
        <source>The redacted copy is empty.</source>
        <translation>Kopi ak pati kache a vid.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not the file the redaction was made from. Nothing was stored.</source>
        <translation>Prèv %1 se pa fichye yo te sèvi pou fè kopi ak pati kache a. Nou pa t anrejistre anyen.</translation>
    </message>
    <message>
        <source>Storing a redacted copy</source>
        <translation>N ap anrejistre yon kopi ak pati kache</translation>
    </message>
    <message>
        <source>The evidence on an office server is encrypted with the office key, which is not unlocked.</source>
        <translation>Prèv ki sou yon sèvè biwo chifre ak kle biwo a, e kle sa a pa debloke.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreConversion</name>
    <message>
        <source>The evidence can only be encrypted into an encrypted database.</source>
        <translation>Prèv yo ka chifre sèlman nan yon baz done chifre.</translation>
    </message>
    <message>
        <source>The encrypted evidence store must be a new folder, not the plaintext one.</source>
        <translation>Depo prèv chifre a dwe yon nouvo dosye, pa sa ki pa chifre a.</translation>
    </message>
    <message>
        <source>The encrypted evidence store &quot;%1&quot; already exists and does not hold the evidence intact:</source>
        <translation>Depo prèv chifre &quot;%1&quot; la egziste deja e prèv yo pa ladan l an bon eta:</translation>
    </message>
    <message>
        <source>The encrypted evidence store cannot be written beside the database: %1</source>
        <translation>Nou pa ka ekri depo prèv chifre a bò kote baz done a: %1</translation>
    </message>
    <message>
        <source>The evidence was not encrypted, because files in the evidence store are missing or have changed (run verify to check the whole store):</source>
        <translation>Nou pa t chifre prèv yo, paske gen fichye ki manke oswa ki chanje nan depo prèv la (kouri verify pou verifye tout depo a):</translation>
    </message>
    <message>
        <source>The encrypted evidence did not read back intact, so it was discarded:</source>
        <translation>Lè nou reli prèv chifre yo, yo pa t an bon eta, kidonk nou jete yo:</translation>
    </message>
    <message>
        <source>The encrypted evidence store could not be put in place: %1</source>
        <translation>Nou pa t kapab mete depo prèv chifre a nan plas li: %1</translation>
    </message>
    <message>
        <source>The plaintext evidence store &quot;%1&quot; could not be deleted completely.</source>
        <translation>Nou pa t kapab efase depo prèv ki pa chifre &quot;%1&quot; a nèt.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreCopy</name>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing (expected at %3).</source>
        <translation>Ka %1: prèv &quot;%2&quot; a manke (nou te tann li nan %3).</translation>
    </message>
    <message>
        <source>The disk is full: the evidence could not be copied.</source>
        <translation>Disk la plen: nou pa t kapab kopye prèv yo.</translation>
    </message>
    <message>
        <source>The evidence could not be copied: %1</source>
        <translation>Nou pa t kapab kopye prèv yo: %1</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read (%3).</source>
        <translation>Ka %1: nou pa kapab li prèv &quot;%2&quot; a (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: a link or folder is in its place (%3).</source>
        <translation>Ka %1: nou pa kapab tcheke prèv &quot;%2&quot; a: gen yon lyen oswa yon dosye nan plas li (%3).</translation>
    </message>
    <message>
        <source>Copying the evidence was canceled.</source>
        <translation>Kopi prèv yo anile.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; was deleted while it was being read (%3).</source>
        <translation>Ka %1: yo efase prèv &quot;%2&quot; a pandan n ap li l (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read to the end (%3).</source>
        <translation>Ka %1: nou pa kapab li prèv &quot;%2&quot; a jiska lafen (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; changed while it was being read (%3).</source>
        <translation>Ka %1: prèv &quot;%2&quot; a chanje pandan n ap li l (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Ka %1: prèv &quot;%2&quot; a CHANJE depi yo te tache l: nou te tann SHA-256 %3, nou jwenn %4.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is damaged: it does not decrypt, so it was changed, cut short, extended or replaced (%3).</source>
        <translation>Ka %1: prèv &quot;%2&quot; a domaje: li pa dechifre, sa vle di yo te chanje l, koupe l, lonje l oswa ranplase l (%3).</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>it cannot be read</source>
        <translation>nou pa kapab li l</translation>
    </message>
    <message>
        <source>a link or folder is in its place</source>
        <translation>gen yon lyen oswa yon dosye nan plas li</translation>
    </message>
    <message>
        <source>The verification was canceled.</source>
        <translation>Verifikasyon an anile.</translation>
    </message>
    <message>
        <source>it could not be read to the end</source>
        <translation>nou pa t kapab li l jiska lafen</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the evidence store (expected at %3).</source>
        <translation>Ka %1: prèv &quot;%2&quot; a manke nan depo prèv la (nou te tann li nan %3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: %3 (%4).</source>
        <translation>Ka %1: nou pa kapab tcheke prèv &quot;%2&quot; a: %3 (%4).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Ka %1: prèv &quot;%2&quot; a CHANJE depi yo te tache l: nou te tann SHA-256 %3, nou jwenn %4.</translation>
    </message>
    <message>
        <source>The evidence store %1 is not a folder.</source>
        <translation>Depo prèv %1 la se pa yon dosye.</translation>
    </message>
    <message>
        <source>The evidence store can be opened by other accounts (mode %1); it should be 0700.</source>
        <translation>Lòt kont ka louvri depo prèv la (mòd %1); li ta dwe 0700.</translation>
    </message>
    <message>
        <source>Unexpected file in the evidence store: %1 (%2).</source>
        <translation>Fichye nou pa t tann nan depo prèv la: %1 (%2).</translation>
    </message>
    <message>
        <source>a symbolic link, not followed</source>
        <translation>yon lyen senbolik, nou pa swiv li</translation>
    </message>
    <message>
        <source>left over from an interrupted import or removal</source>
        <translation>rès yon enpòtasyon oswa yon retrè ki te entèwonp</translation>
    </message>
    <message>
        <source>not part of the store&apos;s layout</source>
        <translation>li pa fè pati òganizasyon depo a</translation>
    </message>
    <message>
        <source>The evidence folder %1 can be opened by other accounts; it should be 0700.</source>
        <translation>Lòt kont ka louvri dosye prèv %1 la; li ta dwe 0700.</translation>
    </message>
    <message>
        <source>no evidence item holds it</source>
        <translation>okenn eleman prèv pa genyen l</translation>
    </message>
    <message>
        <source>The evidence file %1 can be read by other accounts; it should be 0400.</source>
        <translation>Lòt kont ka li fichye prèv %1 la; li ta dwe 0400.</translation>
    </message>
    <message>
        <source>it does not decrypt: it was changed, cut short, extended or replaced</source>
        <translation>li pa dechifre: yo te chanje l, koupe l, lonje l oswa ranplase l</translation>
    </message>
    <message>
        <source>The evidence on this office server can be checked only with the office key.</source>
        <translation>Se sèlman ak kle biwo a nou ka verifye prèv ki sou sèvè biwo sa a.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the office server.</source>
        <translation>Ka %1: prèv &quot;%2&quot; a manke sou sèvè biwo a.</translation>
    </message>
    <message>
        <source>The evidence could not be read from the office server.</source>
        <translation>Nou pa t kapab li prèv la sou sèvè biwo a.</translation>
    </message>
</context>
<context>
    <name>FaceSuggester</name>
    <message>
        <source>Face suggestions need OpenCV&apos;s face models, which are not installed: %1 is missing or cannot be read. Install the package opencv-data, or draw the boxes by hand.</source>
        <translation>Sijesyon figi bezwen modèl figi OpenCV yo, ki pa enstale: %1 manke oswa nou pa ka li l. Enstale pakè opencv-data a, oswa trase kare yo ak men.</translation>
    </message>
</context>
<context>
    <name>FieldRegistry</name>
    <message>
        <source>Not a time: type it as HH:MM, e.g. 14:30.</source>
        <translation>Sa se pa yon lè: ekri l konsa HH:MM, pa egzanp 14:30.</translation>
    </message>
    <message>
        <source>Not a date: type it like %1.</source>
        <translation>Sa se pa yon dat: ekri l konsa %1.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Open TrustDesk Database</source>
        <translation>Louvri yon baz done TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite *.trustdesk *.db);;All files (*)</source>
        <translation>Baz done TrustDesk (*.sqlite *.trustdesk *.db);;Tout fichye (*)</translation>
    </message>
    <message>
        <source>New TrustDesk Database</source>
        <translation>Nouvo baz done TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite)</source>
        <translation>Baz done TrustDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Anrejistre an PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokiman PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>Anrejistre kopi sekirite a kòm</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk)</source>
        <translation>Kopi sekirite TrustDesk (*.trustdesk)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Retabli soti nan yon kopi sekirite</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk *.sqlite *.db);;All files (*)</source>
        <translation>Kopi sekirite TrustDesk (*.trustdesk *.sqlite *.db);;Tout fichye (*)</translation>
    </message>
    <message>
        <source>Save Recovery Key As</source>
        <translation>Sove kle rekiperasyon an kòm</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichye tèks (*.txt)</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>Ekspòte lis ka yo</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Fichye kalkil CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Ekspòte estatistik</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Fichye Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Office Server&apos;s Certificate Authority</source>
        <translation>Otorite sètifika sèvè biwo a</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sètifika (*.pem *.crt *.cer);;Tout fichye (*)</translation>
    </message>
    <message>
        <source>Restore Office Backup</source>
        <translation>Retabli kopi sekirite biwo a</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob);;All files (*)</source>
        <translation>Kopi sekirite biwo TrustDesk (*.tdob);;Tout fichye (*)</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>Nou pa t kapab li &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>FileMoves</name>
    <message>
        <source>The folder could not be moved into place: %1</source>
        <translation>Nou pa t kapab mete dosye a nan plas li: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpQuery</name>
    <message>
        <source>Reading follow-ups</source>
        <translation>N ap li swivi yo</translation>
    </message>
</context>
<context>
    <name>GeneratedReportLog</name>
    <message>
        <source>Recording the generated report</source>
        <translation>N ap ekri rapò ki fèt la</translation>
    </message>
    <message>
        <source>Reading the generated reports</source>
        <translation>N ap li rapò ki fèt yo</translation>
    </message>
</context>
<context>
    <name>GuidanceHandout</name>
    <message>
        <source>There is no guidance article &quot;%1&quot;.</source>
        <translation>Pa gen atik gid &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>Gid la pa disponib nan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sous</translation>
    </message>
    <message>
        <source>Language: %1 (%2). Translation status: %3.</source>
        <translation>Lang: %1 (%2). Estati tradiksyon an: %3.</translation>
    </message>
    <message>
        <source>Guidance pack %1, version %2, last reviewed %3. This is general information, not legal advice.</source>
        <translation>Pake gid %1, vèsyon %2, dènye revizyon %3. Sa se enfòmasyon jeneral, se pa konsèy jiridik.</translation>
    </message>
    <message>
        <source>TrustDesk rights guidance · %1</source>
        <translation>Gid TrustDesk sou dwa · %1</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>Nou pa t kapab enprime fèy enfòmasyon an.</translation>
    </message>
    <message>
        <source>Your legal-aid office</source>
        <translation>Biwo asistans jiridik ou</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Dènye fwa yo te verifye sous yo: %1</translation>
    </message>
</context>
<context>
    <name>GuidancePackLoader</name>
    <message>
        <source>%1 is missing or unreadable.</source>
        <translation>%1 manke oswa nou pa kapab li l.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 twò gwo.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 se pa tèks UTF-8 ki valab.</translation>
    </message>
    <message>
        <source>manifest.json: %1 needs a text value for &quot;%2&quot;.</source>
        <translation>manifest.json: %1 bezwen yon valè tèks pou &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (at byte %1: %2).</source>
        <translation>manifest.json se pa yon JSON ki valab (nan octet %1: %2).</translation>
    </message>
    <message>
        <source>manifest.json is not a TrustDesk guidance pack manifest.</source>
        <translation>manifest.json se pa yon manifès pake gid TrustDesk.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;last_reviewed&quot; must be a date like 2026-11-24.</source>
        <translation>manifest.json: &quot;last_reviewed&quot; dwe yon dat tankou 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 needs a web address (https://…).</source>
        <translation>manifest.json: sous %1 bezwen yon adrès entènèt (https://…).</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has direction &quot;%2&quot;; use ltr or rtl.</source>
        <translation>manifest.json: lang %1 gen direksyon &quot;%2&quot;; sèvi ak ltr oswa rtl.</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has an unknown review status &quot;%2&quot;.</source>
        <translation>manifest.json: lang %1 gen yon estati revizyon nou pa konnen &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid language code.</source>
        <translation>manifest.json: &quot;%1&quot; se pa yon kòd lang ki valab.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid article id.</source>
        <translation>manifest.json: &quot;%1&quot; se pa yon idantifyan atik ki valab.</translation>
    </message>
    <message>
        <source>manifest.json must list sources, languages and articles.</source>
        <translation>manifest.json dwe bay lis sous, lang ak atik.</translation>
    </message>
    <message>
        <source>The source language %1 is not among the pack&apos;s languages.</source>
        <translation>Lang sous %1 la pa nan lang pake a.</translation>
    </message>
    <message>
        <source>Article %1 is listed twice.</source>
        <translation>Atik %1 parèt de fwa.</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 manke oswa li vid.</translation>
    </message>
    <message>
        <source>%1 must start with its title as a &quot;# &quot; heading.</source>
        <translation>%1 dwe kòmanse ak tit li kòm yon antèt &quot;# &quot;.</translation>
    </message>
    <message>
        <source>%1 cites source %2, which the manifest does not list.</source>
        <translation>%1 site sous %2, men manifès la pa genyen l.</translation>
    </message>
    <message>
        <source>%1 links to article %2, which does not exist.</source>
        <translation>%1 gen yon lyen pou atik %2, men li pa egziste.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 has the date &quot;%2&quot;; use 2019, 2019-12 or 2019-12-04.</source>
        <translation>manifest.json: sous %1 gen dat &quot;%2&quot;; sèvi ak 2019, 2019-12 oswa 2019-12-04.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs at least one citation.</source>
        <translation>manifest.json: atik %1 bezwen omwen yon referans.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs &quot;last_checked&quot;, a date like 2026-11-24.</source>
        <translation>manifest.json: atik %1 bezwen &quot;last_checked&quot;, yon dat tankou 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs a known review status and a date for %2.</source>
        <translation>manifest.json: atik %1 bezwen yon estati revizyon ki konnen ak yon dat pou %2.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 cites source %2, which the manifest does not list.</source>
        <translation>manifest.json: atik %1 site sous %2, ki pa nan lis manifès la.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 has a review for %2, which is not a language of the pack.</source>
        <translation>manifest.json: atik %1 gen yon revizyon pou %2, ki pa yon lang nan pakè a.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names source %2, which the manifest does not list.</source>
        <translation>manifest.json: règ %1 nonmen sous %2, ki pa nan lis manifès la.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names article %2, which does not exist.</source>
        <translation>manifest.json: règ %1 nonmen atik %2, ki pa egziste.</translation>
    </message>
    <message>
        <source>manifest.json: the violation category %1 is given to more than one rule.</source>
        <translation>manifest.json: kategori vyolasyon %1 bay plis pase yon règ.</translation>
    </message>
    <message>
        <source>This guidance pack uses format version %1; this TrustDesk reads versions 1 to %2.</source>
        <translation>Pakè gid sa a sèvi ak vèsyon fòma %1; TrustDesk sa a li vèsyon 1 rive %2.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;pack_version&quot; must be numbers and dots, like 1.2.</source>
        <translation>manifest.json: &quot;pack_version&quot; dwe gen sèlman chif ak pwen, tankou 1.2.</translation>
    </message>
    <message>
        <source>%1 links to source %2, which has no web address.</source>
        <translation>%1 mennen nan sous %2, ki pa gen adrès sou entènèt.</translation>
    </message>
</context>
<context>
    <name>GuidancePackStore</name>
    <message>
        <source>The guidance update could not be written to %1.</source>
        <translation>Nou pa t kapab ekri mizajou gid la nan %1.</translation>
    </message>
    <message>
        <source>This pack is for &quot;%1&quot;; the guidance in use is &quot;%2&quot;. Nothing was installed.</source>
        <translation>Pakè sa a se pou &quot;%1&quot;; gid k ap sèvi kounye a se &quot;%2&quot;. Nou pa t enstale anyen.</translation>
    </message>
    <message>
        <source>This pack is version %1; the guidance in use is already version %2. Only a newer version replaces it.</source>
        <translation>Pakè sa a se vèsyon %1; gid k ap sèvi a deja vèsyon %2. Se sèlman yon vèsyon ki pi nouvo ki ka ranplase l.</translation>
    </message>
</context>
<context>
    <name>ImageRedactor</name>
    <message>
        <source>The file is not an image that can be redacted (JPEG, PNG, BMP, GIF or WebP).</source>
        <translation>Fichye a se pa yon imaj nou ka kache pati ladan l (JPEG, PNG, BMP, GIF oswa WebP).</translation>
    </message>
    <message>
        <source>The redacted image could not be encoded.</source>
        <translation>Nou pa t kapab kode imaj ak pati kache a.</translation>
    </message>
    <message>
        <source>The image is too large to redact (more than %1 MB).</source>
        <translation>Imaj la twò gwo pou kache pati ladan l (plis pase %1 MB).</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dat</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Lè</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>A&amp;jans</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Sa k te pase</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Rakont</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Ofisye</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Temwen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ki kote</translation>
    </message>
    <message>
        <source>&amp;Police district</source>
        <translation>Distri &amp;polis</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>is required but missing.</source>
        <translation>obligatwa men li manke.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>dwe tèks.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>pa dwe vid.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>dwe true oswa false.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>dwe yon nonb antye.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>obligatwa.</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-01.</source>
        <translation>dwe yon dat tankou 2026-03-01.</translation>
    </message>
    <message>
        <source>must be a time like 14:30.</source>
        <translation>dwe yon lè tankou 14:30.</translation>
    </message>
    <message>
        <source>must be a UTC date and time like 2026-03-01T14:30:00Z.</source>
        <translation>dwe yon dat ak lè UTC tankou 2026-03-01T14:30:00Z.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>dwe yon lis.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>dwe yon objè.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>se pa yon chan nou konnen.</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>Nou pa ka li %1 &quot;%2&quot; la: %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty: its first line must hold it.</source>
        <translation>%1 &quot;%2&quot; la vid: premye liy li dwe genyen l.</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>fichye kle rekiperasyon</translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation>fichye modpas</translation>
    </message>
    <message>
        <source>This database is encrypted and there is no terminal to ask for its passphrase. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or give the recovery key with --recovery-key-file FILE.</source>
        <translation>Baz done sa a chifre e pa gen tèminal pou mande modpas li. Bay li ak --passphrase-file FILE (oswa mete non fichye sa a nan varyab anviwònman %1), oswa bay kle rekiperasyon an ak --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Modpas: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Yo pa t bay okenn modpas.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Anyen pa t chanje.</translation>
    </message>
    <message>
        <source>A new encrypted database needs a passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or add --unencrypted for throwaway data.</source>
        <translation>Yon nouvo baz done chifre bezwen yon modpas, e pa gen tèminal pou mande l. Bay li ak --passphrase-file FILE (oswa mete non fichye sa a nan varyab anviwònman %1), oswa ajoute --unencrypted pou done ou pral jete.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>Nouvo modpas (omwen %1 karaktè): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Menm modpas la ankò: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>De modpas yo pa menm; anyen pa t chanje.</translation>
    </message>
    <message>
        <source>Encrypting needs a new passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1). Nothing was changed.</source>
        <translation>Pou chifre, nou bezwen yon nouvo modpas, e pa gen tèminal pou mande l. Bay li ak --passphrase-file FILE (oswa mete non fichye sa a nan varyab anviwònman %1). Anyen pa t chanje.</translation>
    </message>
    <message>
        <source>The office key needs a passphrase for your login, and there is no terminal to ask for it. Give it with %1 FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <extracomment>%1 is the option that names the passphrase file, --passphrase-file or --office-passphrase-file</extracomment>
        <translation>Kle biwo a bezwen yon modpas pou login ou, e pa gen tèminal pou mande l. Bay li ak %1 FILE (modpas la sou premye liy FILE). Anyen pa t chanje.</translation>
    </message>
    <message>
        <source>The new passphrase is needed, and there is no terminal to ask for it. Give it with --new-passphrase-file FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <translation>Nou bezwen nouvo modpas la, e pa gen tèminal pou mande l. Bay li ak --new-passphrase-file FILE (modpas la sou premye liy FILE). Anyen pa t chanje.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Angle</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Panyòl</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Kreyòl ayisyen</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Pòtigè</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>Kreyòl Kap Vè</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinwa (senplifye)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinwa (tradisyonèl)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vyetnamyen</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arab</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ris</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
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
        <translation>TrustDesk pa kapab louvri baz done sa a.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Louvri yon lòt…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Kreye yon nouvo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Kite</translation>
    </message>
</context>
<context>
    <name>MetadataScrubber</name>
    <message>
        <source>This image is damaged or in a form TrustDesk cannot clean of metadata.</source>
        <translation>Imaj sa a domaje oswa li nan yon fòma TrustDesk pa ka retire metadone ladan l.</translation>
    </message>
    <message>
        <source>The cleaned PDF would overwrite a file.</source>
        <translation>PDF ki netwaye a ta ekri sou yon fichye.</translation>
    </message>
    <message>
        <source>PDF metadata cannot be removed here: qpdf and bubblewrap (packages qpdf and bubblewrap) are needed to open the PDF safely.</source>
        <translation>Nou pa ka retire metadone PDF la isit la: fòk gen qpdf ak bubblewrap (pakè qpdf ak bubblewrap) pou louvri PDF la san danje.</translation>
    </message>
    <message>
        <source>This PDF is damaged or could not be rebuilt without its metadata.</source>
        <translation>PDF sa a domaje oswa nou pa t kapab refè l san metadone li.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation>N ap mete baz done a ajou</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>Fichye baz done a domaje, nou pa kapab li l.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>N ap kreye baz done a</translation>
    </message>
    <message>
        <source>This version of TrustDesk cannot set up an office database.</source>
        <translation>Vèsyon TrustDesk sa a pa kapab prepare yon baz done biwo.</translation>
    </message>
    <message>
        <source>The office database is damaged: its schema version is unknown.</source>
        <translation>Baz done biwo a domaje: nou pa konnen vèsyon chema li.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Sèvi ak omwen %n karaktè.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>De modpas yo pa menm. Tape menm modpas la de fwa.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Choose another.</source>
        <translation>Nouvo modpas la se menm ak modpas aktyèl la. Chwazi yon lòt.</translation>
    </message>
</context>
<context>
    <name>OfficeBackup</name>
    <message>
        <source>The backup file could not be written.</source>
        <translation>Nou pa t kapab ekri fichye kopi sekirite a.</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>Anile; nou pa t ekri okenn kopi sekirite.</translation>
    </message>
    <message>
        <source>The backup holds a column this version of TrustDesk does not know (%1.%2); restore it with the version that made it.</source>
        <translation>Kopi sekirite a gen yon kolòn vèsyon TrustDesk sa a pa konnen (%1.%2); retabli l ak vèsyon ki te fè l la.</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>N ap fè kopi sekirite baz done biwo a</translation>
    </message>
    <message>
        <source>Only an office database is backed up this way.</source>
        <translation>Se sèlman yon baz done biwo ki fè kopi sekirite konsa.</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with `trustdesk-cli office-key init`.</source>
        <translation>Baz done biwo sa a poko gen kle biwo, kidonk nou pa t kapab chifre kopi sekirite li. Fè youn anvan ak `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 egziste deja; chwazi yon lòt non pou kopi sekirite a.</translation>
    </message>
    <message>
        <source>The backup file could not be made in %1.</source>
        <translation>Nou pa t kapab fè fichye kopi sekirite a nan %1.</translation>
    </message>
    <message>
        <source>The office database has a table this version of TrustDesk cannot back up (%1); nothing was written.</source>
        <translation>Baz done biwo a gen yon tab vèsyon TrustDesk sa a pa kapab fè kopi sekirite (%1); nou pa t ekri anyen.</translation>
    </message>
    <message>
        <source>The backup did not verify after writing; nothing was kept. %1</source>
        <translation>Kopi sekirite a pa t pase verifikasyon an apre nou fin ekri l; nou pa t kenbe anyen. %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as %1.</source>
        <translation>Nou pa t kapab mete kopi sekirite a nan plas li kòm %1.</translation>
    </message>
    <message>
        <source>Restoring the office database</source>
        <translation>N ap retabli baz done biwo a</translation>
    </message>
    <message>
        <source>An office backup restores into an office database.</source>
        <translation>Yon kopi sekirite biwo retabli sèlman nan yon baz done biwo.</translation>
    </message>
    <message>
        <source>The office database holds data already; a backup is restored only into an empty one. Make a new database on the server (createdb) and restore into it.</source>
        <translation>Baz done biwo a gen done ladan l deja; nou retabli yon kopi sekirite sèlman nan yon baz done ki vid. Fè yon nouvo baz done sou sèvè a (createdb) epi retabli ladan l.</translation>
    </message>
    <message>
        <source>The backup was made by a newer TrustDesk; update TrustDesk to restore it.</source>
        <translation>Se yon TrustDesk ki pi nouvo ki te fè kopi sekirite a; mete TrustDesk ajou pou w ka retabli l.</translation>
    </message>
    <message>
        <source>The backup holds a table this version of TrustDesk does not know (%1).</source>
        <translation>Kopi sekirite a gen yon tab vèsyon TrustDesk sa a pa konnen (%1).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>Anile; nou pa t retabli anyen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it is not the backup as it was written.</source>
        <translation>&quot;%1&quot; domaje oswa li pa konplè: se pa kopi sekirite a jan yo te ekri l la.</translation>
    </message>
    <message>
        <source>The sealed content of evidence item %1 in the backup does not open whole with the office key.</source>
        <translation>Kontni sele eleman prèv %1 la nan kopi sekirite a pa louvri nèt ak kle biwo a.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>Nou pa kapab li &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup of an office database.</source>
        <translation>&quot;%1&quot; se pa yon kopi sekirite yon baz done biwo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer TrustDesk; update TrustDesk to open it.</source>
        <translation>Se yon TrustDesk ki pi nouvo ki te fè &quot;%1&quot;; mete TrustDesk ajou pou w ka louvri l.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; held no copy of the office key when the backup was made; it opens with the passphrase of one of: %2.</source>
        <translation>Login &quot;%1&quot; la pa t gen okenn kopi kle biwo a lè yo te fè kopi sekirite a; li louvri ak modpas youn nan login sa yo: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anile.</translation>
    </message>
    <message>
        <source>The audit log in the backup does not chain at entry %1.</source>
        <translation>Chèn jounal kontwòl ki nan kopi sekirite a kase nan antre %1.</translation>
    </message>
    <message>
        <source>The office backup cannot be opened without the office key.</source>
        <translation>Nou pa ka louvri kopi sekirite biwo a san kle biwo a.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupFlow</name>
    <message>
        <source>TrustDesk office backup %1</source>
        <translation>Kopi sekirite biwo TrustDesk %1</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>N ap fè kopi sekirite baz done biwo a</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with trustdesk-cli office-key init.</source>
        <translation>Baz done biwo sa a poko gen kle biwo, kidonk nou pa t kapab chifre kopi sekirite li. Fè youn anvan ak trustdesk-cli office-key init.</translation>
    </message>
    <message>
        <source>The backup is encrypted with the office key, which is not unlocked. Connect again (File › Connect to Office Server…) and give your office key passphrase, then back up.</source>
        <translation>Kopi sekirite a chifre ak kle biwo a, e kle sa a pa debloke. Konekte ankò (Fichye › Konekte ak sèvè biwo a…) epi bay modpas kle biwo ou, apre sa fè kopi sekirite a.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Fè yon kopi sekirite</translation>
    </message>
    <message>
        <source>The backup is in %1, written and checked.

It holds the whole office database, evidence included, encrypted with the office key: it opens with the office key passphrase of anyone who held the key today. Keep it somewhere other than the server.</source>
        <translation>Kopi sekirite a nan %1, li ekri epi li verifye.

Li gen tout baz done biwo a, ansanm ak prèv yo, chifre ak kle biwo a: li louvri ak modpas kle biwo nenpòt moun ki te gen kle a jodi a. Kenbe l yon lòt kote, pa sou sèvè a.</translation>
    </message>
    <message>
        <source>Save Office Backup As</source>
        <translation>Anrejistre kopi sekirite biwo a kòm</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob)</source>
        <translation>Kopi sekirite biwo TrustDesk (*.tdob)</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 egziste deja. Yon kopi sekirite pa janm ranplase yon fichye: chwazi yon lòt non.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupUnlock</name>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Whose office key passphrase opens this backup? It opens with the passphrase of a person who held the office key when it was made.</source>
        <translation>Modpas kle biwo ki moun ki louvri kopi sekirite sa a? Li louvri ak modpas yon moun ki te gen kle biwo a lè yo te fè l.</translation>
    </message>
    <message>
        <source>Your login %1 held no copy of the office key when this backup was made. Whose office key passphrase opens it?</source>
        <translation>Login ou %1 pa t gen okenn kopi kle biwo a lè yo te fè kopi sekirite sa a. Modpas kle biwo ki moun ki louvri l?</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Retabli soti nan yon kopi sekirite</translation>
    </message>
    <message>
        <source>This backup holds no copy of the office key, so it cannot be opened.</source>
        <translation>Kopi sekirite sa a pa gen okenn kopi kle biwo a, kidonk nou pa ka louvri l.</translation>
    </message>
    <message>
        <source>The office key passphrase of login %1 (when the backup was made):</source>
        <translation>Modpas kle biwo login %1 la (lè yo te fè kopi sekirite a):</translation>
    </message>
    <message>
        <source>Open the Office Backup</source>
        <translation>Louvri kopi sekirite biwo a</translation>
    </message>
    <message>
        <source>Opening the backup with the passphrase…</source>
        <translation>N ap louvri kopi sekirite a ak modpas la…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Try again (login %1):</source>
        <translation>Modpas sa a pa louvri kopi sekirite a. Eseye ankò (login %1):</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key stored on the server is damaged. Ask the office&apos;s administrator to restore it from a backup.</source>
        <translation>Kle biwo a ki sou sèvè a domaje. Mande administratè biwo a pou l retabli l ak yon kopi sekirite.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>Pa gen ase memwa pou verifye modpas la (fòk gen 256 MiB).</translation>
    </message>
</context>
<context>
    <name>OfficeKeyUnlock</name>
    <message>
        <source>Without the office key, evidence cannot be opened or attached, and drafts are kept in memory only.</source>
        <translation>San kle biwo a, ou pa ka louvri ni tache prèv, epi bouyon yo rete sèlman nan memwa.</translation>
    </message>
    <message>
        <source>Unlock the Office Key</source>
        <translation>Debloke kle biwo a</translation>
    </message>
    <message>
        <source>This office server has no office key yet. %1</source>
        <translation>Sèvè biwo sa a poko gen kle biwo. %1</translation>
    </message>
    <message>
        <source>Your login %1 cannot open the office key yet. Ask a colleague who holds it to run:

trustdesk-cli office-key add %1

%2</source>
        <translation>Login ou %1 poko ka louvri kle biwo a. Mande yon kòlèg ki genyen l pou l lanse:

trustdesk-cli office-key add %1

%2</translation>
    </message>
    <message>
        <source>Office Key</source>
        <translation>Kle biwo</translation>
    </message>
    <message>
        <source>Your login %1 holds no office key: ask a colleague to run “trustdesk-cli office-key add %1”.</source>
        <translation>Login ou %1 pa gen kle biwo: mande yon kòlèg pou l lanse “trustdesk-cli office-key add %1”.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key (login %1):</source>
        <translation>Modpas ou pou kle biwo a (login %1):</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key. Try again (login %1):</source>
        <translation>Modpas sa a pa louvri kle biwo a. Eseye ankò (login %1):</translation>
    </message>
    <message>
        <source>Unlocking the office key…</source>
        <translation>N ap debloke kle biwo a…</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>Reading the office key</source>
        <translation>N ap li kle biwo a</translation>
    </message>
    <message>
        <source>An office key exists only in an office server&apos;s database.</source>
        <translation>Yon kle biwo egziste sèlman nan baz done yon sèvè biwo.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so it cannot hold evidence. An administrator makes one with `trustdesk-cli office-key init`.</source>
        <translation>Sèvè biwo sa a poko gen kle biwo, kidonk li pa ka kenbe prèv. Yon administratè fè youn ak `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>The office key was made by a newer version of TrustDesk. Update TrustDesk to use the evidence on this server.</source>
        <translation>Se yon vèsyon TrustDesk ki pi nouvo ki te fè kle biwo a. Mete TrustDesk ajou pou w ka sèvi ak prèv ki sou sèvè sa a.</translation>
    </message>
    <message>
        <source>Storing the office key</source>
        <translation>N ap anrejistre kle biwo a</translation>
    </message>
    <message>
        <source>This office server has an office key already; it is never replaced (that would make its evidence unreadable). Add people with `trustdesk-cli office-key add`.</source>
        <translation>Sèvè biwo sa a gen yon kle biwo deja; nou pa janm ranplase l (sa ta fè pèsonn pa ka li prèv li yo ankò). Ajoute moun ak `trustdesk-cli office-key add`.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key. A colleague who has one adds it with `trustdesk-cli office-key add %1`.</source>
        <translation>Login &quot;%1&quot; la pa gen okenn kopi kle biwo a. Yon kòlèg ki genyen l ajoute l ak `trustdesk-cli office-key add %1`.</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>Bay non login pou ajoute a.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was added.</source>
        <translation>Kle sa a se pa kle biwo sa a; nou pa t ajoute anyen.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds a copy of the office key already; nothing was changed.</source>
        <translation>Login &quot;%1&quot; la gen yon kopi kle biwo a deja; anyen pa t chanje.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was changed.</source>
        <translation>Kle sa a se pa kle biwo sa a; anyen pa t chanje.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key; nothing was changed.</source>
        <translation>Login &quot;%1&quot; la pa gen okenn kopi kle biwo a; anyen pa t chanje.</translation>
    </message>
</context>
<context>
    <name>OfficeRestoreFlow</name>
    <message>
        <source>Restoring an office backup</source>
        <translation>N ap retabli yon kopi sekirite biwo</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Retabli soti nan yon kopi sekirite</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Retablisman anile; anyen pa t chanje.</translation>
    </message>
    <message>
        <source>Restore canceled; the office database %1 was left empty.</source>
        <translation>Retablisman anile; baz done biwo %1 la rete vid.</translation>
    </message>
    <message>
        <source>The backup was not restored; the office database %1 was left as empty as it was.</source>
        <translation>Nou pa t retabli kopi sekirite a; baz done biwo %1 la rete vid jan l te ye a.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored, and nothing was changed.</source>
        <translation>Nou pa ka retabli &quot;%1&quot;, e anyen pa t chanje.</translation>
    </message>
    <message numerus="yes">
        <source>The office database %1 now holds the %Ln case(s) of the backup %2, with their evidence and audit log; the backup and the audit log&apos;s chain were checked.</source>
        <translation>
            <numerusform>Kounye a baz done biwo %1 la gen %Ln ka ki te nan kopi sekirite %2 la, ak prèv yo ak jounal kontwòl yo; nou verifye kopi sekirite a ak chèn jounal kontwòl la.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Retabli nan %1.</translation>
    </message>
    <message>
        <source>Switch this window to the restored database? The window is on %1 now.</source>
        <translation>Mete fenèt sa a sou baz done ki retabli a? Kounye a fenèt la sou %1.</translation>
    </message>
    <message>
        <source>&amp;Switch to Restored Database</source>
        <translation>&amp;Ale nan baz done ki retabli a</translation>
    </message>
    <message>
        <source>S&amp;tay Here</source>
        <translation>&amp;Rete isit</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>caseworker</source>
        <translation>responsab ka</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>sipèvizè</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administratè</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3</source>
        <translation>Sèvè biwo: %1 sou %2, login %3</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3 (%4)</source>
        <translation>Sèvè biwo: %1 sou %2, login %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OfficeTransfer</name>
    <message>
        <source>Copying the database to the server</source>
        <translation>N ap kopye baz done a sou sèvè a</translation>
    </message>
    <message>
        <source>The server has no table &quot;%1&quot;.</source>
        <translation>Sèvè a pa gen tab &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server has a table this version of TrustDesk cannot copy (&quot;%1&quot;): use the version that made it.</source>
        <translation>Sèvè a gen yon tab vèsyon TrustDesk sa a pa kapab kopye (&quot;%1&quot;): sèvi ak vèsyon ki te fè l la.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anile.</translation>
    </message>
</context>
<context>
    <name>OfficerQuery</name>
    <message>
        <source>Reading officers</source>
        <translation>N ap li ofisye yo</translation>
    </message>
</context>
<context>
    <name>OfficerRosterModel</name>
    <message>
        <source>(agency unknown)</source>
        <translation>(ajans nou pa konnen)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Ensidan yo</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ka yo</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badj</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ajans</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Vyolasyon</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Premye ensidan</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Dènye ensidan</translation>
    </message>
</context>
<context>
    <name>PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Paj %1 sou %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>Nou pa t kapab ekri &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Stopped: &quot;%1&quot; was not written.</source>
        <translation>Kanpe: nou pa t ekri &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>&quot;%1&quot; was not written.</source>
        <translation>Nou pa t ekri &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>PgConnectFailure</name>
    <message>
        <source>Cannot reach the office server at %1. Check the network or ask your administrator; nothing was lost, try again.</source>
        <translation>Nou pa ka rive jwenn sèvè biwo a nan %1. Tcheke rezo a oswa mande administratè ou; anyen pa pèdi, eseye ankò.</translation>
    </message>
    <message>
        <source>The office server wants a password for the login %1. Enter your server password and try again.</source>
        <translation>Sèvè biwo a mande yon modpas pou login %1 la. Antre modpas sèvè ou epi eseye ankò.</translation>
    </message>
    <message>
        <source>The server refused the password for the login %1. Check the password (capitals count) and try again, or ask your administrator.</source>
        <translation>Sèvè a refize modpas login %1 la. Tcheke modpas la (lèt majiskil ak lèt miniskil pa menm bagay) epi eseye ankò, oswa mande administratè ou.</translation>
    </message>
    <message>
        <source>The office server at %1 did not let the login %2 open the database %3: the database may not exist there, or the server does not accept this login from this computer. Ask your administrator.</source>
        <translation>Sèvè biwo ki nan %1 la pa t kite login %2 la louvri baz done %3 la: petèt baz done a pa egziste la, oswa sèvè a pa aksepte login sa a depi òdinatè sa a. Mande administratè ou.</translation>
    </message>
    <message>
        <source>The office server at %1 could not be reached, or it refused the login. Try again; nothing was lost.</source>
        <translation>Nou pa t ka rive jwenn sèvè biwo ki nan %1 la, oswa li te refize login nan. Eseye ankò; anyen pa pèdi.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The server address is not usable: %1</source>
        <translation>Nou pa kapab sèvi ak adrès sèvè a: %1</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>li dwe kòmanse ak postgresql://</translation>
    </message>
    <message>
        <source>only one server can be named (no commas).</source>
        <translation>ou ka bay yon sèl sèvè sèlman (san vigil).</translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;.</source>
        <translation>non baz done a pa ka gen &quot;/&quot;.</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>pò &quot;%1&quot; a se pa yon nimewo ant 1 ak 65535.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; cannot contain &quot;;&quot;.</source>
        <translation>valè &quot;%1&quot; a pa ka gen &quot;;&quot;.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported.</source>
        <translation>nou pa sipòte paramèt &quot;%1&quot; a.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>òdinatè sa a</translation>
    </message>
</context>
<context>
    <name>RedactJob</name>
    <message>
        <source>Opening the database…</source>
        <translation>N ap louvri baz done a…</translation>
    </message>
    <message>
        <source>Covering the marked areas…</source>
        <translation>N ap kouvri zòn ki make yo…</translation>
    </message>
    <message>
        <source>Making the new image…</source>
        <translation>N ap fè nouvo imaj la…</translation>
    </message>
    <message>
        <source>Storing the copy and its record…</source>
        <translation>N ap anrejistre kopi a ak fich li…</translation>
    </message>
</context>
<context>
    <name>RedactionRecord</name>
    <message>
        <source>Unknown redaction method &quot;%1&quot;. Use fill or pixelate.</source>
        <translation>Metòd pou kache pati nou pa konnen: &quot;%1&quot;. Sèvi ak fill oswa pixelate.</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; is not four whole numbers X,Y,W,H (left, top, width, height in pixels).</source>
        <translation>Kare &quot;%1&quot; a se pa kat nonb antye X,Y,W,H (goch, anwo, lajè, wotè an piksèl).</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; has no area: its width and height must be at least 1.</source>
        <translation>Kare &quot;%1&quot; a pa gen sifas: lajè l ak wotè l dwe omwen 1.</translation>
    </message>
    <message>
        <source>Give at least one box to redact.</source>
        <translation>Bay omwen yon kare pou kache.</translation>
    </message>
    <message>
        <source>The box %1 has no area: its width and height must be at least 1.</source>
        <translation>Kare %1 a pa gen sifas: lajè l ak wotè l dwe omwen 1.</translation>
    </message>
    <message>
        <source>The box %1 is not inside the image, which is %2×%3 pixels (upright).</source>
        <translation>Kare %1 a pa anndan imaj la, ki fè %2×%3 piksèl (kanpe dwat).</translation>
    </message>
    <message>
        <source>The redaction record cannot be read.</source>
        <translation>Nou pa ka li dosye pati kache yo.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Checking the Backup</source>
        <translation>N ap verifye kopi sekirite a</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Retablisman anile; anyen pa t chanje.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Retabli soti nan yon kopi sekirite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: it did not pass its check, so nothing was changed.</source>
        <translation>Nou pa kapab retabli &quot;%1&quot;: li pa t pase verifikasyon an, donk anyen pa t chanje.</translation>
    </message>
    <message>
        <source>The case you are editing has changes that are not saved. Save or close it first, then restore the backup.</source>
        <translation>Ka w ap modifye a gen chanjman ki pa anrejistre. Anrejistre l oswa fèmen l anvan, apre sa retabli kopi sekirite a.</translation>
    </message>
    <message>
        <source>%1 is the database TrustDesk has open. Choose a backup of it instead.</source>
        <translation>%1 se baz done TrustDesk gen louvri kounye a. Chwazi yon kopi sekirite li pito.</translation>
    </message>
    <message>
        <source>Replace the cases in TrustDesk with the cases in the backup?</source>
        <translation>Ranplase ka ki nan TrustDesk yo ak ka ki nan kopi sekirite a?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln case(s) in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>
            <numerusform>%Ln ka ki nan TrustDesk kounye a, ak prèv yo, pral ranplase pa sa ki nan kopi sekirite a.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cases in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>Ka ki nan TrustDesk kounye a, ak prèv yo, pral ranplase pa sa ki nan kopi sekirite a.</translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s); its newest recorded change is from %2.</source>
        <translation>
            <numerusform>Kopi sekirite &quot;%1&quot; la gen %Ln ka; dènye chanjman ki anrejistre ladan l se nan dat %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s).</source>
        <translation>
            <numerusform>Kopi sekirite &quot;%1&quot; la gen %Ln ka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything added or changed since that backup will be lost. The backup itself is not changed.</source>
        <translation>Tout sa ki te ajoute oswa chanje depi kopi sekirite sa a pral pèdi. Kopi sekirite a limenm pa chanje.</translation>
    </message>
    <message>
        <source>&amp;Replace with Backup</source>
        <translation>&amp;Ranplase ak kopi sekirite a</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>The restore did not finish.</source>
        <translation>Retablisman an pa t fini.</translation>
    </message>
    <message>
        <source>The backup was not restored, and nothing was changed.</source>
        <translation>Nou pa t retabli kopi sekirite a, e anyen pa t chanje.</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk now holds the %Ln case(s) of the backup %1, with their evidence.</source>
        <translation>
            <numerusform>Kounye a TrustDesk gen %Ln ka ki soti nan kopi sekirite %1 la, ak prèv yo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an encrypted backup, and the database open now is not encrypted: restoring it here would put its cases on this disk unencrypted, so it was not restored. Encrypt this database first (Encrypt… above the cases), then restore.</source>
        <translation>&quot;%1&quot; se yon kopi sekirite ki chifre, epi baz done ki louvri kounye a pa chifre: si nou retabli l la a, ka li yo ta rete sou disk sa a san chifre, kidonk nou pa t retabli l. Chifre baz done sa a anvan (Chifre… anlè ka yo), epi retabli l apre.</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Filed with</source>
        <translation>Depoze kote</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Mwayen</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nimewo swivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Plent</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dat limit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fini</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Sa pou fè</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Swivi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Nimewo badj</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Inite</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsyon</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Ofisye</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Deklarasyon</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Temwen</translation>
    </message>
    <message>
        <source>Add co&amp;mplaint</source>
        <translation>Ajoute yon p&amp;lent</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Ajoute yon swivi</translation>
    </message>
    <message>
        <source>Add office&amp;r</source>
        <translation>Ajoute yon o&amp;fisye</translation>
    </message>
    <message>
        <source>Add witne&amp;ss</source>
        <translation>Ajoute yon te&amp;mwen</translation>
    </message>
</context>
<context>
    <name>ScramVerifier</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>Bibliyotèk kriptografi a pa t kapab demare.</translation>
    </message>
    <message>
        <source>The login password is empty.</source>
        <translation>Modpas login nan vid.</translation>
    </message>
    <message>
        <source>A login password may use only ASCII letters, digits, punctuation and spaces (no accented letters or other scripts): the server prepares other characters in a way TrustDesk cannot reproduce exactly, which could lock the person out. Choose a longer password of ASCII characters instead.</source>
        <translation>Yon modpas login ka sèvi sèlman ak lèt ASCII, chif, ponktiyasyon ak espas (pa lèt ki gen aksan tankou è oswa ò, pa lòt alfabè): sèvè a prepare lòt karaktè yo yon fason TrustDesk pa ka refè egzakteman, sa ki ta ka anpeche moun nan konekte. Chwazi pito yon modpas ki pi long ak karaktè ASCII.</translation>
    </message>
    <message>
        <source>The login password cannot be prepared.</source>
        <translation>Nou pa kapab prepare modpas login nan.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation>N ap kreye endèks rechèch la</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>N ap mete endèks rechèch la ajou</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>N ap netwaye endèks rechèch la</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>N ap chèche</translation>
    </message>
</context>
<context>
    <name>SensitiveDetail</name>
    <message>
        <source>Witness contact details</source>
        <translation>Kontak temwen yo</translation>
    </message>
</context>
<context>
    <name>ServerEvidence</name>
    <message>
        <source>The evidence could not be encrypted.</source>
        <translation>Nou pa t kapab chifre prèv la.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the database reported an unexpected error.</source>
        <translation>%1: baz done a bay yon erè nou pa t tann.</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program. Try again in a moment.</source>
        <translation>%1: yon lòt pwogram ap sèvi ak baz done a. Eseye ankò nan yon ti moman.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (it is read-only).</source>
        <translation>%1: nou pa kapab ekri nan fichye baz done a (se lekti sèlman).</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>%1: disk la plen. Libere kèk espas epi eseye ankò; nou pa anrejistre anyen.</translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written.</source>
        <translation>%1: nou pa t kapab li oswa ekri fichye baz done a.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1: fichye baz done a domaje.</translation>
    </message>
    <message>
        <source>%1: the data conflicts with what is already stored.</source>
        <translation>%1: done yo pa mache ak sa ki anrejistre deja.</translation>
    </message>
    <message>
        <source>%1: the connection to the office server was lost. Try again in a moment.</source>
        <translation>%1: koneksyon ak sèvè biwo a koupe. Eseye ankò nan yon ti moman.</translation>
    </message>
    <message>
        <source>%1: the office server does not allow this login to make this change.</source>
        <translation>%1: sèvè biwo a pa kite login sa a fè chanjman sa a.</translation>
    </message>
    <message>
        <source>%1: the office server&apos;s disk is full; nothing was saved. Tell the office admin.</source>
        <translation>%1: disk sèvè biwo a plen; nou pa anrejistre anyen. Avèti administratè biwo a.</translation>
    </message>
    <message>
        <source>%1: your role on the office server does not allow this. Ask the office admin if you need it.</source>
        <translation>%1: wòl ou sou sèvè biwo a pa pèmèt sa. Mande administratè biwo a si ou bezwen l.</translation>
    </message>
    <message>
        <source>%1: the office server refused this login. Ask your administrator.</source>
        <translation>%1: sèvè biwo a refize login sa a. Mande administratè ou.</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>Managing the office&apos;s staff</source>
        <translation>N ap jere anplwaye biwo a</translation>
    </message>
    <message>
        <source>That login cannot be staff: it is a superuser, a group or a system role.</source>
        <translation>Login sa a pa ka yon anplwaye: se yon sipèitilizatè, yon gwoup oswa yon wòl sistèm.</translation>
    </message>
    <message>
        <source>%1: only an office admin may do this, and your login is not one. Ask an admin to do it, or to make you one (trustdesk-cli staff role LOGIN admin).</source>
        <translation>%1: se sèlman yon administratè biwo ki ka fè sa, e login ou pa administratè. Mande yon administratè pou l fè l, oswa pou l fè w administratè (trustdesk-cli staff role LOGIN admin).</translation>
    </message>
    <message>
        <source>Setting a staff member&apos;s password</source>
        <translation>N ap mete modpas yon anplwaye</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot; on this office server (trustdesk-cli staff list shows them).</source>
        <translation>Pa gen okenn anplwaye &quot;%1&quot; sou sèvè biwo sa a (trustdesk-cli staff list montre yo).</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Other agency %1</source>
        <translation>Lòt ajans %1</translation>
    </message>
    <message>
        <source>Other outcome %1</source>
        <translation>Lòt rezilta %1</translation>
    </message>
    <message>
        <source>Other district %1</source>
        <translation>Lòt distri %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>Kategori vyolasyon</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mwa</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimès</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distri polis</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ajans</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estati ka a</translation>
    </message>
    <message>
        <source>Complaint outcome</source>
        <translation>Rezilta plent lan</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ka yo</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Ensidan yo</translation>
    </message>
    <message>
        <source>No category recorded</source>
        <translation>Pa gen kategori ki anrejistre</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>Pa depoze</translation>
    </message>
    <message>
        <source>Filed, no status recorded</source>
        <translation>Depoze, pa gen estati ki anrejistre</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Pa anrejistre</translation>
    </message>
    <message>
        <source>The caseworkers could not be read.</source>
        <translation>Nou pa t kapab li responsab ka yo.</translation>
    </message>
</context>
<context>
    <name>StatisticsChart</name>
    <message>
        <source>suppressed</source>
        <translation>kache</translation>
    </message>
    <message>
        <source>Shaded: the count is suppressed (below the threshold).</source>
        <translation>An gri: nou kache kont lan (li anba limit la).</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Nou pa t kapab ekri %1: %2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Ekspòte estatistik</translation>
    </message>
    <message>
        <source>Exported to %1. As for any published figures, no count below %2 is shown: %3 count(s) were hidden for being small and %4 more so that they cannot be worked out from the totals.</source>
        <translation>Nou ekspòte nan %1. Tankou pou nenpòt chif ki pibliye, nou pa montre okenn kont ki pi piti pase %2: nou kache %3 kont paske yo piti, ak %4 lòt pou moun pa ka dedui yo apati total yo.</translation>
    </message>
    <message>
        <source>Exported to %1 with every count shown (no suppression).</source>
        <translation>Nou ekspòte nan %1 ak tout kont yo parèt (nou pa kache anyen).</translation>
    </message>
    <message numerus="yes">
        <source>%n rare agency or outcome name(s) are replaced by &quot;Other …&quot;.</source>
        <translation>
            <numerusform>Nou ranplase %n non ajans oswa rezilta ki ra pa &quot;Lòt …&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>Nou pa t kapab ekri ekspòtasyon an nan jounal kontwòl la: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>Counting cases for the statistics</source>
        <translation>N ap konte ka yo pou estatistik yo</translation>
    </message>
    <message>
        <source>The statistics could not be counted: the database could not be read.</source>
        <translation>Nou pa t kapab kalkile estatistik yo: nou pa t kapab li baz done a.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Reported police conduct by %1 and %2</source>
        <translation>Konpòtman polis yo rapòte pa %1 ak %2</translation>
    </message>
    <message>
        <source>Reported police conduct by %1</source>
        <translation>Konpòtman polis yo rapòte pa %1</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2.</source>
        <translation>Ensidan soti %1 rive %2.</translation>
    </message>
    <message>
        <source>All incidents recorded up to %1.</source>
        <translation>Tout ensidan ki anrejistre jiska %1.</translation>
    </message>
    <message>
        <source>Cases with the status %1 only.</source>
        <translation>Sèlman ka ki gen estati %1.</translation>
    </message>
    <message>
        <source>The cases of one caseworker only.</source>
        <translation>Sèlman ka yon sèl responsab.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Totals count each case and incident once; one can fall in several rows or columns, so the totals can be less than the sum of their cells.</source>
        <translation>Total yo konte chak ka ak chak ensidan yon sèl fwa; yon ka oswa yon ensidan ka nan plizyè liy oswa kolòn, kidonk total yo ka pi piti pase sòm selil yo.</translation>
    </message>
    <message>
        <source>Table %1. Cases and incidents by %2</source>
        <translation>Tablo %1. Ka ak ensidan pa %2</translation>
    </message>
    <message>
        <source>Table %1. %2 by %3 (rows) and %4 (columns)</source>
        <translation>Tablo %1. %2 pa %3 (liy) ak %4 (kolòn)</translation>
    </message>
    <message>
        <source>What is counted.</source>
        <translation>Sa nou konte.</translation>
    </message>
    <message>
        <source>A case is counted when at least one of its incidents falls in the period and passes the filters; a case with no recorded incident is not counted. Violation category, month, quarter, police district and agency describe an incident; case status and complaint outcome describe the case. The outcome is the status of the case&apos;s latest complaint submission as recorded, ignoring capitals and spacing; &quot;Not filed&quot; when there is none. Agencies are grouped ignoring capitals and spacing.</source>
        <translation>Nou konte yon ka lè omwen youn nan ensidan li yo tonbe nan peryòd la epi li pase filt yo; nou pa konte yon ka ki pa gen okenn ensidan anrejistre. Kategori vyolasyon, mwa, trimès, distri polis ak ajans dekri yon ensidan; estati ka a ak rezilta plent lan dekri ka a. Rezilta a se estati dènye plent ka a te depoze, jan li te anrejistre, san konte lèt majiskil ak espas; &quot;Pa depoze&quot; lè pa gen okenn. Nou mete ajans yo ansanm san konte lèt majiskil ak espas.</translation>
    </message>
    <message>
        <source>Overlapping rows.</source>
        <translation>Liy ki kwaze.</translation>
    </message>
    <message>
        <source>An incident can allege several violation categories, and a case can have incidents in several months, districts or agencies; it then counts once in each row or column it belongs to. Totals count every case and incident once, so they can be smaller than the sum of their rows.</source>
        <translation>Yon ensidan ka gen plizyè kategori vyolasyon, epi yon ka ka gen ensidan nan plizyè mwa, distri oswa ajans; lè sa a li konte yon fwa nan chak liy oswa kolòn li ladan l. Total yo konte chak ka ak chak ensidan yon sèl fwa, kidonk yo ka pi piti pase sòm liy yo.</translation>
    </message>
    <message>
        <source>Suppression.</source>
        <translation>Kont ki kache.</translation>
    </message>
    <message>
        <source>To protect the people behind small numbers, no count from 1 to %1 is shown: %2 count(s) of cases and %3 of incidents were hidden for that reason (primary suppression). So that none of them can be worked out by subtracting from a row, column or grand total, or from any combination of them, %4 further count(s) of cases and %5 of incidents were hidden, the smallest possible first (complementary suppression). A dash (–) marks a hidden count. Zeros are shown: they describe no one.</source>
        <translation>Pou pwoteje moun ki dèyè ti chif yo, nou pa montre okenn kont soti 1 rive %1: se pou sa nou kache %2 kont ka ak %3 kont ensidan (premye kachaj). Pou pèsonn pa ka dedui youn ladan yo lè yo retire l nan yon liy, yon kolòn oswa gran total la, oswa nan nenpòt konbinezon yo, nou kache %4 lòt kont ka ak %5 kont ensidan, pi piti yo an premye (kachaj konplemantè). Yon tirè (–) make yon kont ki kache. Nou montre zewo yo: yo pa dekri pèsonn.</translation>
    </message>
    <message>
        <source>No count was suppressed (the threshold was set to 1).</source>
        <translation>Nou pa kache okenn kont (limit la te 1).</translation>
    </message>
    <message>
        <source>This report holds no names, case references, badge numbers or narratives. Agency names and complaint outcomes are typed by caseworkers; any that counts fewer than %1 cases is not named (&quot;Other agency 1&quot;).</source>
        <translation>Rapò sa a pa gen non, referans ka, nimewo badj ni rakont. Se responsab ka yo ki tape non ajans ak rezilta plent yo; nou pa bay non okenn ki gen mwens pase %1 ka (&quot;Lòt ajans 1&quot;).</translation>
    </message>
    <message>
        <source>%1 row(s) or column(s) were left unnamed for that reason.</source>
        <translation>Se pou rezon sa a %1 liy oswa kolòn rete san non.</translation>
    </message>
    <message>
        <source>Privacy.</source>
        <translation>Vi prive.</translation>
    </message>
    <message>
        <source>Source.</source>
        <translation>Sous.</translation>
    </message>
    <message>
        <source>The office&apos;s TrustDesk case records, counted on %1.</source>
        <translation>Dosye ka TrustDesk biwo a, nou konte yo le %1.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metòd</translation>
    </message>
    <message>
        <source>%1 cases, %2 incidents</source>
        <translation>%1 ka, %2 ensidan</translation>
    </message>
    <message>
        <source>Figure 1. %1 by %2</source>
        <translation>Figi 1. %1 pa %2</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatistik</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Fèt le %1</translation>
    </message>
    <message>
        <source>The statistics could not be printed.</source>
        <translation>Nou pa t kapab enprime estatistik yo.</translation>
    </message>
</context>
<context>
    <name>TextScanner</name>
    <message>
        <source>[withheld]</source>
        <translation>[kache]</translation>
    </message>
</context>
<context>
    <name>VaultConversion</name>
    <message>
        <source>The encrypted copy does not hold the same data as the original (%1); the original was kept unchanged.</source>
        <translation>Kopi chifre a pa gen menm done ak orijinal la (%1); nou kite orijinal la jan l te ye a.</translation>
    </message>
    <message>
        <source>The encrypted copy could not be read back; the original was kept unchanged.</source>
        <translation>Nou pa t kapab reli kopi chifre a; nou kite orijinal la jan l te ye a.</translation>
    </message>
    <message>
        <source>its schema</source>
        <translation>estrikti li</translation>
    </message>
    <message>
        <source>The encryption was canceled; nothing was changed.</source>
        <translation>Chifraj la anile; anyen pa t chanje.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tab %1</translation>
    </message>
    <message>
        <source>The database is open in TrustDesk or another program. Close it there and try again; nothing was changed.</source>
        <translation>Baz done a louvri nan TrustDesk oswa nan yon lòt pwogram. Fèmen l la a epi eseye ankò; anyen pa t chanje.</translation>
    </message>
    <message>
        <source>The database could not be encrypted (%1); the original was kept unchanged.</source>
        <translation>Nou pa t kapab chifre baz done a (%1); nou kite orijinal la jan l te ye a.</translation>
    </message>
    <message>
        <source>the copy could not be started</source>
        <translation>nou pa t kapab kòmanse kopi a</translation>
    </message>
    <message>
        <source>the tables could not be made</source>
        <translation>nou pa t kapab fè tab yo</translation>
    </message>
    <message>
        <source>the rows could not be copied</source>
        <translation>nou pa t kapab kopye liy yo</translation>
    </message>
    <message>
        <source>the indexes could not be made</source>
        <translation>nou pa t kapab fè endèks yo</translation>
    </message>
    <message>
        <source>the copy could not be finished</source>
        <translation>nou pa t kapab fini kopi a</translation>
    </message>
    <message>
        <source>encryption is not available on this system</source>
        <translation>chifraj pa disponib sou sistèm sa a</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>nou pa t kapab louvri kopi a</translation>
    </message>
    <message>
        <source>the copy could not be set up</source>
        <translation>nou pa t kapab prepare kopi a</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>nou pa t kapab ekri kopi a sou disk la</translation>
    </message>
    <message>
        <source>The encrypted copy did not pass its integrity check; the original was kept unchanged.</source>
        <translation>Kopi chifre a pa t pase verifikasyon entegrite a; nou kite orijinal la jan l te ye a.</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>nou pa t kapab louvri l</translation>
    </message>
    <message>
        <source>The database is being encrypted by another program right now. Wait for it to finish.</source>
        <translation>Yon lòt pwogram ap chifre baz done a kounye a. Tann li fini.</translation>
    </message>
    <message>
        <source>The interrupted encryption could not be finished: %1</source>
        <translation>Nou pa t kapab fini chifraj ki te entèwonp la: %1</translation>
    </message>
    <message>
        <source>The files of an interrupted encryption could not be removed.</source>
        <translation>Nou pa t kapab retire fichye yon chifraj ki te entèwonp.</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>nou pa t kapab louvri fichye a</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be created</source>
        <translation>nou pa t kapab kreye &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This database is already encrypted.</source>
        <translation>Baz done sa a chifre deja.</translation>
    </message>
    <message>
        <source>An earlier encryption of this database did not finish; finish or undo it first.</source>
        <translation>Yon chifraj anvan sou baz done sa a pa t fini; fini l oswa defèt li anvan.</translation>
    </message>
    <message>
        <source>The evidence of this database could not be counted.</source>
        <translation>Nou pa t kapab konte prèv baz done sa a.</translation>
    </message>
    <message>
        <source>the key file could not be put in place</source>
        <translation>nou pa t kapab mete fichye kle a nan plas li</translation>
    </message>
    <message>
        <source>The database is encrypted, but the old unencrypted evidence folder &quot;%1&quot; could not be deleted completely. Run `trustdesk-cli encrypt` again to delete it.</source>
        <translation>Baz done a chifre, men nou pa t kapab efase nèt ansyen dosye prèv san chifre &quot;%1&quot; la. Lanse `trustdesk-cli encrypt` ankò pou efase l.</translation>
    </message>
    <message>
        <source>This database has evidence files, and this conversion does not encrypt them; nothing was changed.</source>
        <translation>Baz done sa a gen fichye prèv, epi konvèsyon sa a pa chifre yo; nou pa t chanje anyen.</translation>
    </message>
    <message>
        <source>The encryption stopped while the encrypted copy was being put in place (%1). Nothing is lost: run `trustdesk-cli encrypt` again, or open the database in TrustDesk, to finish it.</source>
        <translation>Chifreman an te kanpe pandan nou t ap mete kopi chifre a nan plas li (%1). Pa gen anyen ki pèdi: lanse `trustdesk-cli encrypt` ankò, oswa louvri baz done a nan TrustDesk, pou fini l.</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>The key file of this encrypted database is damaged. Use a backup of the database together with its key file.</source>
        <translation>Fichye kle baz done chifre sa a domaje. Sèvi ak yon kopi sekirite baz done a ansanm ak fichye kle li.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>Modpas la pa bon.</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; could not be written: %2</source>
        <translation>Nou pa t kapab ekri fichye kle &quot;%1&quot; a: %2</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; is missing: an encrypted database cannot be opened without it.</source>
        <translation>Fichye kle &quot;%1&quot; a manke: nou pa kapab louvri yon baz done chifre san li.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of TrustDesk. Update TrustDesk to open this database.</source>
        <translation>Se yon vèsyon TrustDesk ki pi nouvo ki ekri fichye kle a. Mete TrustDesk ajou pou w ka louvri baz done sa a.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>Sistèm sa a pa ka chifre done.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Modpas la dwe gen omwen %1 karaktè.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; a key file is never replaced by a new one.</source>
        <translation>&quot;%1&quot; egziste deja; nou pa janm ranplase yon fichye kle ak yon lòt nouvo.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the passphrase (256 MiB are needed).</source>
        <translation>Pa gen ase memwa pou pwoteje modpas la (sa bezwen 256 MiB).</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>Pa gen ase memwa pou verifye modpas la (sa bezwen 256 MiB).</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 13 groups of four letters and digits.</source>
        <translation>Sa a se pa yon kle rekiperasyon: yon kle rekiperasyon gen 13 gwoup kat lèt ak chif.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>Kle rekiperasyon an pa bon.</translation>
    </message>
    <message>
        <source>That key does not belong to this database.</source>
        <translation>Kle sa a pa pou baz done sa a.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Verifying the database</source>
        <translation>N ap verifye baz done a</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Fichye baz done a domaje: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Tcheke entegrite SQLite: %1</translation>
    </message>
    <message>
        <source>The file does not carry TrustDesk&apos;s application id.</source>
        <translation>Fichye a pa gen idantifyan aplikasyon TrustDesk la.</translation>
    </message>
    <message>
        <source>The schema is version %1; this TrustDesk uses %2 (run init to upgrade).</source>
        <translation>Chema a se vèsyon %1; TrustDesk sa a sèvi ak %2 (lanse init pou mete l ajou).</translation>
    </message>
    <message>
        <source>Broken link between records: %1</source>
        <translation>Lyen kase ant dosye yo: %1</translation>
    </message>
    <message>
        <source>Case %1 is missing from the search index.</source>
        <translation>Ka %1 manke nan endèks rechèch la.</translation>
    </message>
    <message>
        <source>The search index holds an entry (%1) for a case that no longer exists.</source>
        <translation>Endèks rechèch la gen yon antre (%1) pou yon ka ki pa egziste ankò.</translation>
    </message>
    <message>
        <source>Client record %1 belongs to no case.</source>
        <translation>Dosye kliyan %1 pa nan okenn ka.</translation>
    </message>
    <message>
        <source>Case %1 was closed before it was opened.</source>
        <translation>Ka %1 te fèmen anvan yo te louvri l.</translation>
    </message>
    <message>
        <source>Evidence record %1 has an invalid SHA-256.</source>
        <translation>Dosye prèv %1 gen yon SHA-256 ki pa valab.</translation>
    </message>
    <message>
        <source>Incident record %1 has no date.</source>
        <translation>Dosye ensidan %1 pa gen dat.</translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; is not in the TD-YYYY-NNNNN form.</source>
        <translation>Referans ka &quot;%1&quot; a pa nan fòm TD-AAAA-NNNNN.</translation>
    </message>
    <message>
        <source>The case numbering for %1 is behind case %2; a new case could reuse its number.</source>
        <translation>Nimewotaj ka pou %1 dèyè ka %2; yon nouvo ka ta ka repran nimewo li.</translation>
    </message>
    <message>
        <source>The search index is inconsistent and needs rebuilding.</source>
        <translation>Endèks rechèch la pa kòhéran, fòk yo refè l.</translation>
    </message>
</context>
<context>
    <name>ViolationCategory</name>
    <message>
        <source>Sharing personal information without lawful basis</source>
        <translation>Pataje enfòmasyon pèsonèl san baz legal</translation>
    </message>
    <message>
        <source>Police shared personally identifiable information (such as a name, address or immigration details) with immigration enforcement without a lawful basis.</source>
        <translation>Polis pataje enfòmasyon pèsonèl (tankou yon non, yon adrès oswa detay imigrasyon) ak otorite imigrasyon san baz legal.</translation>
    </message>
    <message>
        <source>Honoring a civil immigration detainer without legal authority</source>
        <translation>Respekte yon demann detansyon imigrasyon sivil san otorite legal</translation>
    </message>
    <message>
        <source>Police held a person, or arranged a hand-over, because of a civil immigration detainer request, without legal authority or contrary to policy.</source>
        <translation>Polis kenbe yon moun, oswa òganize pou yo remèt li, akoz yon demann detansyon imigrasyon sivil (detainer), san otorite legal oswa kont règleman an.</translation>
    </message>
    <message>
        <source>Questioning or detention solely on immigration suspicion</source>
        <translation>Kesyon oswa detansyon sèlman akoz sispèk sou imigrasyon</translation>
    </message>
    <message>
        <source>Police questioned, stopped or held a person only because they suspected something about the person&apos;s immigration status.</source>
        <translation>Polis poze yon moun kesyon, kanpe l oswa kenbe l sèlman paske yo te sispèk yon bagay sou estati imigrasyon li.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lòt</translation>
    </message>
    <message>
        <source>Other conduct related to cooperation with immigration enforcement; describe it in the narrative.</source>
        <translation>Lòt konpòtman ki gen rapò ak koperasyon ak otorite imigrasyon; dekri l nan rakont lan.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrustDesk: document police misconduct and file complaints.</source>
        <translation>TrustDesk: dokimante move konpòtman polis epi depoze plent.</translation>
    </message>
    <message>
        <source>open the database at PATH (created when missing), or connect to the office server at a postgresql:// URI</source>
        <translation>louvri baz done ki nan PATH (nou kreye l si li pa egziste), oswa konekte ak sèvè biwo a nan yon URI postgresql://</translation>
    </message>
</context>
<context>
    <name>td::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Jounal kontwòl</translation>
    </message>
    <message>
        <source>Filter by case, action or person, e.g. TD-2026-00042 or case.view_sensitive</source>
        <translation>Filtre pa ka, aksyon oswa moun, pa egzanp TD-2026-00042 oswa case.view_sensitive</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtre jounal kontwòl la</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ki lè</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kiyès</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksyon</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ka</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detay</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln event(s)</source>
        <translation>
            <numerusform>N ap montre %1 sou %Ln evènman</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::BackupKeyDialog</name>
    <message>
        <source>Encrypted Backup</source>
        <translation>Kopi sekirite chifre</translation>
    </message>
    <message>
        <source>This backup is encrypted. It opens with the passphrase the database had on the day of the backup, or its recovery key.</source>
        <translation>Kopi sekirite sa a chifre. Li louvri ak modpas baz done a te genyen jou yo te fè kopi a, oswa ak kle rekiperasyon li.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
</context>
<context>
    <name>td::ui::BackupProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>N ap kòmanse…</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>N ap kopye baz done a…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>N ap verifye baz done a…</translation>
    </message>
    <message>
        <source>Copying the evidence files and checking each one…</source>
        <translation>N ap kopye fichye prèv yo epi verifye chak grenn…</translation>
    </message>
    <message>
        <source>Checking every evidence file…</source>
        <translation>N ap verifye chak fichye prèv…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>N ap mete kopi sekirite a nan plas li…</translation>
    </message>
    <message>
        <source>Replacing the cases with the backup&apos;s. This cannot be canceled now.</source>
        <translation>N ap ranplase ka yo ak sa ki nan kopi sekirite a. Ou pa kapab anile sa kounye a.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>N ap anile…</translation>
    </message>
    <message>
        <source>Checking the whole backup before anything is written…</source>
        <translation>N ap verifye tout kopi sekirite a anvan nou ekri anyen…</translation>
    </message>
    <message>
        <source>Writing the backup&apos;s cases, evidence and audit log into the empty office database…</source>
        <translation>N ap ekri ka yo, prèv yo ak jounal kontwòl kopi sekirite a nan baz done biwo ki vid la…</translation>
    </message>
    <message>
        <source>Saving the restored database. This cannot be canceled now.</source>
        <translation>N ap anrejistre baz done ki retabli a. Ou pa kapab anile sa kounye a.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseDetailPanel</name>
    <message>
        <source>Select a case in the list to see its details.</source>
        <translation>Chwazi yon ka nan lis la pou w wè detay li.</translation>
    </message>
    <message>
        <source>Show sensitive fields</source>
        <translation>Montre chan sansib yo</translation>
    </message>
    <message>
        <source>Immigration status, A-number, address and other fields that could endanger the client, and the witnesses&apos; contact details. Showing them is recorded in the audit log.</source>
        <translation>Estati imigrasyon, nimewo A, adrès ak lòt chan ki ka mete kliyan an an danje, ak kontak temwen yo. Lè ou montre yo, sa ekri nan jounal kontwòl la.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseEditor</name>
    <message>
        <source>The case this draft belongs to no longer exists; the draft will be saved as a new case.</source>
        <translation>Ka bouyon sa a te pou li a pa egziste ankò; n ap anrejistre bouyon an kòm yon nouvo ka.</translation>
    </message>
    <message>
        <source>Restored the unsaved draft from %1. Save it to keep it.</source>
        <translation>Nou retabli bouyon ki pa t anrejistre a, ki soti %1. Anrejistre l pou w kenbe l.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Ensidan %1</translation>
    </message>
    <message>
        <source>Remove Incident</source>
        <translation>Retire ensidan an</translation>
    </message>
    <message>
        <source>Remove incident %1 and everything entered for it?</source>
        <translation>Retire ensidan %1 ak tout sa ki te ekri pou li?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Kenbe</translation>
    </message>
    <message>
        <source>Not saved yet: please fix the fields marked in red.</source>
        <translation>Poko anrejistre: tanpri korije chan ki make an wouj yo.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept in a draft.</source>
        <translation>Pa anrejistre: %1 Sa ou te antre yo rete nan yon bouyon.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Anrejistre %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Chanjman ki pa anrejistre</translation>
    </message>
    <message>
        <source>Discard the changes to this case?</source>
        <translation>Abandone chanjman ou fè nan ka sa a?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Anrejistre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandone</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Kontinye modifye</translation>
    </message>
    <message>
        <source>That client changed meanwhile; search again.</source>
        <translation>Kliyan sa a chanje pandan tan an; chèche ankò.</translation>
    </message>
    <message>
        <source>Linked to the existing client of %1.</source>
        <translation>Konekte ak kliyan ki egziste deja nan %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouvo ka</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>K&amp;liyan</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Ensidan</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Ajoute yon ensidan</translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation>Retire ensidan an</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Plent ki depoze</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Swivi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Anrejistre</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>Anrejistre ka a (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Defèt</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refè</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>Anrejistre ka a</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Fèmen ka a</translation>
    </message>
    <message>
        <source>Filing and follow-&amp;ups</source>
        <translation>Depo plent ak &amp;swivi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prèv</translation>
    </message>
    <message>
        <source>Save the case first; then attach photos, recordings and documents.</source>
        <translation>Anrejistre ka a anvan; apre sa, tache foto, anrejistreman ak dokiman.</translation>
    </message>
    <message>
        <source>Case Changed Elsewhere</source>
        <translation>Ka a chanje yon lòt kote</translation>
    </message>
    <message>
        <source>Not saved: this case was changed elsewhere. Your entries are kept in a draft.</source>
        <translation>Pa anrejistre: ka sa a te chanje yon lòt kote. Sa ou te tape yo rete nan yon bouyon.</translation>
    </message>
    <message>
        <source>This case was deleted elsewhere. Saving will keep your entries in a draft; nothing is lost.</source>
        <translation>Ka sa a te efase yon lòt kote. Lè ou anrejistre, sa ou te tape yo ap rete nan yon bouyon; anyen pa pèdi.</translation>
    </message>
    <message>
        <source>This case was changed elsewhere (in another window or by trustdesk-cli) since you opened it. When you save, you choose which version to keep.</source>
        <translation>Ka sa a te chanje yon lòt kote (nan yon lòt fenèt oswa ak trustdesk-cli) depi ou te louvri l. Lè ou anrejistre, se ou ki chwazi ki vèsyon pou kenbe.</translation>
    </message>
    <message>
        <source>Not revealed: %1</source>
        <translation>Pa montre: %1</translation>
    </message>
    <message>
        <source>no field you can see (the same values were saved again)</source>
        <translation>okenn chan ou ka wè (yo te anrejistre menm valè yo ankò)</translation>
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

Sa ki chanje depi ou te louvri l: %2.

Kenbe vèsyon pa w la (li ranplase pa yo a, epi jounal kontwòl la anrejistre ke ou te ekri sou li), pran pa yo a (nou kenbe vèsyon pa w la kòm bouyon), oswa retounen modifye?</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Kenbe &amp;vèsyon pa m</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Pran &amp;pa yo a</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>yon lòt moun</translation>
    </message>
    <message>
        <source>Their version was not loaded: yours could not be kept as a draft, so it stays here.</source>
        <translation>Nou pa t chaje vèsyon pa yo a: nou pa t kapab kenbe pa w la kòm bouyon, kidonk li rete la a.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1. Your version is kept as an unsaved draft; TrustDesk offers it again when it next starts.</source>
        <translation>Nou chaje vèsyon %1 te anrejistre a. Nou kenbe vèsyon pa w la kòm yon bouyon ki pa anrejistre; TrustDesk ap ofri l ankò pwochen fwa li demare.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1.</source>
        <translation>Nou chaje vèsyon %1 te anrejistre a.</translation>
    </message>
    <message>
        <source>Office Server Unreachable</source>
        <translation>Nou pa ka jwenn sèvè biwo a</translation>
    </message>
    <message>
        <source>%1

Your entries stay in this form and in a draft on this computer.</source>
        <translation>%1

Sa ou te antre yo rete nan fòmilè sa a ak nan yon bouyon sou òdinatè sa a.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Eseye ankò</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Pa anrejistre: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListExportDialog</name>
    <message>
        <source>Export Case List</source>
        <translation>Ekspòte lis ka yo</translation>
    </message>
    <message>
        <source>Also include these sensitive columns</source>
        <translation>Mete kolòn sansib sa yo tou</translation>
    </message>
    <message>
        <source>The file will hold facts that can expose clients to immigration enforcement. Keep it on an encrypted disk and delete it when done.</source>
        <translation>Fichye a ap gen enfòmasyon ki ka mete kliyan yo devan otorite imigrasyon. Kenbe l sou yon disk ki chifre epi efase l lè ou fini.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspòte…</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) of the current list, in its order, go to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</source>
        <translation>
            <numerusform>%n ka ki nan lis la kounye a, nan menm lòd la, ale nan yon fichye kalkil, CSV oswa Excel (referans, estati, dat, responsab ka, non ak lang kliyan an). Ekspòtasyon an anrejistre nan jounal kontwòl la.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListPage</name>
    <message>
        <source>Search names, places, narratives, officers, badge numbers…</source>
        <translation>Chèche non, kote, rakont, ofisye, nimewo badj…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Chèche ka</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtè estati</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tout estati</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ka yo</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Poko gen ka</translation>
    </message>
    <message>
        <source>Start with the person in front of you: New Case opens the intake form. Add your office&apos;s name, address, phone and email too: client copies and handouts print them, so clients know how to reach you.</source>
        <translation>Kòmanse ak moun ki devan w lan: Nouvo ka louvri fòm resepsyon an. Ajoute non biwo w la, adrès li, telefòn li ak imèl li tou: kopi pou kliyan ak fèy enfòmasyon yo enprime yo, pou kliyan yo konnen kijan pou yo kontakte w.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseWorkspace</name>
    <message>
        <source>The case could not be opened.</source>
        <translation>Nou pa t kapab louvri ka a.</translation>
    </message>
    <message>
        <source>TrustDesk closed before your changes to %1 (%2) were saved. The draft is from %3.

Restore it?</source>
        <translation>TrustDesk te fèmen anvan chanjman ou yo nan %1 (%2) te anrejistre. Bouyon an soti %3.

Retabli l?</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>yon ka</translation>
    </message>
    <message>
        <source>TrustDesk closed before a new case for %1 was saved. The draft is from %2.

Restore it?</source>
        <translation>TrustDesk te fèmen anvan yon nouvo ka pou %1 te anrejistre. Bouyon an soti %2.

Retabli l?</translation>
    </message>
    <message>
        <source>Restore Unsaved Draft</source>
        <translation>Retabli bouyon ki pa anrejistre a</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Retabli</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandone</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Pita</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Efase ka a</translation>
    </message>
    <message>
        <source>Delete %1 (%2) and everything recorded in it? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>Efase %1 (%2) ak tout sa ki anrejistre ladan l? Ou pa kapab defèt sa; jounal kontwòl la kenbe yon tras ki montre li te efase.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Efase</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anile</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>&amp;Nouvo ka</translation>
    </message>
    <message>
        <source>&amp;Edit Case</source>
        <translation>&amp;Modifye ka a</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>E&amp;fase ka a…</translation>
    </message>
    <message>
        <source>Save the case first: the report is made from what is stored.</source>
        <translation>Anrejistre ka a anvan: rapò a fèt ak sa ki anrejistre.</translation>
    </message>
    <message>
        <source>Complaint &amp;Report…</source>
        <translation>&amp;Rapò plent…</translation>
    </message>
    <message>
        <source>Unsaved Draft Damaged</source>
        <translation>Bouyon ki pa sove a domaje</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</source>
        <translation>
            <numerusform>Nou pa t kapab louvri %n bouyon ki pa t sove: fichye a te chanje oswa domaje sou disk la, kidonk nou pa t retabli l. Nou mete l sou kote nan %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseworkerProfileDialog</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>Byenvini nan TrustDesk</translation>
    </message>
    <message>
        <source>Who is using TrustDesk on this computer? Your name and role are recorded with every change to a case and every look at a client&apos;s sensitive information, in the audit log and in the evidence chain of custody. You can change them later in Preferences.</source>
        <translation>Kiyès k ap itilize TrustDesk sou òdinatè sa a? Non ou ak wòl ou anrejistre chak fwa gen yon chanjman nan yon ka ak chak fwa yo gade enfòmasyon sansib yon kliyan, nan jounal kontwòl la ak nan chèn gadyennaj prèv yo. Ou ka chanje yo pita nan Preferans.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Kòmanse</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Soti</translation>
    </message>
    <message>
        <source>Caseworker Profile</source>
        <translation>Pwofil responsab ka a</translation>
    </message>
    <message>
        <source>Entries made from now on are recorded under this name and role. Entries already in the audit log keep the name they were made under.</source>
        <translation>Antre ki fèt apati kounye a ap anrejistre ak non ak wòl sa a. Antre ki deja nan jounal kontwòl la kenbe non yo te fèt ak li a.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Non:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Wòl:</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Non konplè ou</translation>
    </message>
    <message>
        <source>For example: caseworker, supervisor, interpreter</source>
        <translation>Pa egzanp: responsab ka, sipèvizè, entèprèt</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Biwo ou</translation>
    </message>
    <message>
        <source>How a client reaches you: printed on client copies and handouts. Leave empty what you do not want printed.</source>
        <translation>Kijan yon kliyan ka kontakte w: sa enprime sou kopi pou kliyan ak fèy enfòmasyon yo. Kite vid sa ou pa vle yo enprime.</translation>
    </message>
    <message>
        <source>O&amp;ffice name:</source>
        <translation>Non &amp;biwo a:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adrès:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefòn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Imèl:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zòn lè:</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Pa òdinatè sa a (%1)</translation>
    </message>
    <message>
        <source>Photo capture times and other times are shown in this zone.</source>
        <translation>Lè foto yo te pran ak lòt lè yo parèt nan zòn sa a.</translation>
    </message>
</context>
<context>
    <name>td::ui::ChangePassphraseDialog</name>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Tape modpas aktyèl la.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Modpas aktyèl la pa bon. Anyen pa t chanje.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1 The old passphrase still opens the database.</source>
        <translation>Nou pa t kapab chanje modpas la: %1 Ansyen modpas la toujou louvri baz done a.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Chanje modpas</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on; the old one no longer does. The recovery key you wrote down keeps working. Backups made before today still open with the passphrase of their day.</source>
        <translation>Depi kounye a, se nouvo modpas la ki louvri baz done sa a; ansyen an pa louvri l ankò. Kle rekiperasyon ou te ekri a kontinye mache. Kopi sekirite ki te fèt anvan jodi a toujou louvri ak modpas jou yo te fèt la.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Modpas &amp;aktyèl</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvo modpas</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>K&amp;onfime</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>C&amp;hanje modpas</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>N ap chanje modpas la…</translation>
    </message>
</context>
<context>
    <name>td::ui::ClientForm</name>
    <message>
        <source>Not recorded</source>
        <translation>Pa anrejistre</translation>
    </message>
    <message>
        <source>As the client writes it, in any script</source>
        <translation>Jan kliyan an ekri l, nan nenpòt alfabè</translation>
    </message>
    <message>
        <source>e.g. 617-555-0142</source>
        <translation>pa egzanp 617-555-0142</translation>
    </message>
    <message>
        <source>e.g. A123-456-789</source>
        <translation>pa egzanp A123-456-789</translation>
    </message>
    <message>
        <source>&amp;Link case to this client</source>
        <translation>&amp;Konekte ka a ak kliyan sa a</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Dekonekte</translation>
    </message>
    <message>
        <source>Possible matching clients</source>
        <translation>Kliyan ki ka koresponn</translation>
    </message>
    <message>
        <source>This case is linked to a client already in the database: edits here update that client everywhere.</source>
        <translation>Ka sa a konekte ak yon kliyan ki nan baz done a deja: chanjman ou fè la a mete kliyan sa a ajou toupatou.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>menm non</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>menm nimewo telefòn</translation>
    </message>
    <message>
        <source>%1 (%2), cases: %3</source>
        <translation>%1 (%2), ka: %3</translation>
    </message>
    <message>
        <source>This client may already be in the database. Link this case to them instead of creating a duplicate?</source>
        <translation>Kliyan sa a ka deja nan baz done a. Konekte ka sa a ak li olye ou kreye yon doublon?</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Montre tout</translation>
    </message>
    <message>
        <source>Reveal All Sensitive Fields</source>
        <translation>Montre tout chan sansib yo</translation>
    </message>
    <message>
        <source>Show every hidden sensitive field (%1); recorded in the audit log</source>
        <translation>Montre tout chan sansib ki kache (%1); sa anrejistre nan jounal kontwòl la</translation>
    </message>
    <message>
        <source>Anonymous Client</source>
        <translation>Kliyan anonim</translation>
    </message>
    <message>
        <source>An anonymous client&apos;s name is not kept. Remove the name from this case now?</source>
        <translation>Nou pa kenbe non yon kliyan anonim. Retire non an nan ka sa a kounye a?</translation>
    </message>
    <message>
        <source>&amp;Remove the Name</source>
        <translation>&amp;Retire non an</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anile</translation>
    </message>
</context>
<context>
    <name>td::ui::ComplaintReportDialog</name>
    <message>
        <source>Complaint Submission: %1</source>
        <translation>Plent pou depoze: %1</translation>
    </message>
    <message>
        <source>Another body…</source>
        <translation>Yon lòt òganis…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Pou:</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>Non òganis lan</translation>
    </message>
    <message>
        <source>The caseworker or office, on the client&apos;s behalf</source>
        <translation>Responsab ka a oswa biwo a, nan non kliyan an</translation>
    </message>
    <message>
        <source>The client, in their own name</source>
        <translation>Kliyan an, nan pwòp non li</translation>
    </message>
    <message>
        <source>Anonymous: name nobody</source>
        <translation>Anonim: pa bay non pèsonn</translation>
    </message>
    <message>
        <source>&amp;Filed by:</source>
        <translation>&amp;Depoze pa:</translation>
    </message>
    <message>
        <source>Filer&apos;s &amp;name:</source>
        <translation>&amp;Non moun k ap depoze a:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>Ò&amp;ganizasyon:</translation>
    </message>
    <message>
        <source>Leave empty for the standard request: investigate, keep the client&apos;s identity confidential, give a tracking number, report the outcome.</source>
        <translation>Kite l vid pou demann nòmal la: envestige, kenbe idantite kliyan an an konfidans, bay yon nimewo swivi, fè konnen rezilta a.</translation>
    </message>
    <message>
        <source>&amp;Requested action:</source>
        <translation>&amp;Aksyon nou mande:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lèt (Etazini)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Pa&amp;pye:</translation>
    </message>
    <message>
        <source>Withheld from the document</source>
        <translation>Sa ki pa nan dokiman an</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Mete %1</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Apèsi…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Enprime…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Anrejistre an PDF…</translation>
    </message>
    <message>
        <source>&amp;Client Copy…</source>
        <translation>&amp;Kopi pou kliyan an…</translation>
    </message>
    <message>
        <source>A short copy for the client, in their language: what was filed and the next steps</source>
        <translation>Yon ti kopi pou kliyan an, nan lang li: sa ki te depoze ak pwochen etap yo</translation>
    </message>
    <message>
        <source>The client&apos;s consent to file is not recorded: the document is marked as a draft.</source>
        <translation>Konsantman kliyan an pou depoze plent lan pa anrejistre: dokiman an make kòm bouyon.</translation>
    </message>
    <message>
        <source>Included deliberately: %1. The document will show these values, and the choice is recorded in the audit log.</source>
        <translation>Mete espre: %1. Dokiman an ap montre valè sa yo, epi chwa a ekri nan jounal kontwòl la.</translation>
    </message>
    <message>
        <source>Include Sensitive Information</source>
        <translation>Mete enfòmasyon sansib</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1 to %2. Include it?</source>
        <translation>Dokiman sa a ap montre &quot;%1&quot; kliyan an bay %2. Mete l?</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Mete l</translation>
    </message>
    <message>
        <source>Complaint Submission</source>
        <translation>Plent pou depoze</translation>
    </message>
    <message>
        <source>Print Complaint Submission</source>
        <translation>Enprime plent pou depoze a</translation>
    </message>
    <message>
        <source>%1 complaint.pdf</source>
        <translation>%1 plent.pdf</translation>
    </message>
    <message>
        <source>%1 client copy.pdf</source>
        <translation>%1 kopi kliyan.pdf</translation>
    </message>
    <message>
        <source>Client Copy</source>
        <translation>Kopi pou kliyan an</translation>
    </message>
    <message>
        <source>These facts about the client and the witnesses are left out; the document names the kinds withheld, never their values. Tick one only when the person concerned agrees it must go to this body.</source>
        <translation>Enfòmasyon sa yo sou kliyan an ak temwen yo pa ladan l; dokiman an site kalite enfòmasyon ki kache yo, men jamè valè yo. Make youn sèlman lè moun ki konsène a dakò li dwe ale bay òganis sa a.</translation>
    </message>
    <message>
        <source>This document will show %1 to %2. Include them?</source>
        <translation>Dokiman sa a ap montre &quot;%1&quot; bay %2. Mete yo?</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1, and %2, to %3. Include them?</source>
        <translation>Dokiman sa a ap montre &quot;%1&quot; kliyan an, ak &quot;%2&quot;, bay %3. Mete yo?</translation>
    </message>
    <message>
        <source>Words that may reveal immigration status</source>
        <translation>Mo ki ka devwale estati imigrasyon</translation>
    </message>
    <message>
        <source>Mask them in the document</source>
        <translation>Kache yo nan dokiman an</translation>
    </message>
    <message>
        <source>&amp;Mask These</source>
        <translation>&amp;Kache sa yo</translation>
    </message>
    <message>
        <source>These words are masked as [withheld] in the document. The case itself keeps them.</source>
        <translation>Mo sa yo parèt kòm [kache] nan dokiman an. Ka a li menm kenbe yo.</translation>
    </message>
    <message>
        <source>The case&apos;s text has words that may tell the reader the client&apos;s immigration status. They are printed as written unless you mask them. Withheld values found in the text are always masked.</source>
        <translation>Tèks ka a gen mo ki ka fè moun k ap li a konnen estati imigrasyon kliyan an. Yo enprime jan yo ekri a sòf si ou kache yo. Valè kache yo jwenn nan tèks la toujou kache.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Kanpe</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>N ap kanpe…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Louvri PD&amp;F</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Louvri do&amp;sye a</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Louvri PDF</translation>
    </message>
    <message>
        <source>No program to open &quot;%1&quot; was found.</source>
        <translation>Nou pa jwenn okenn pwogram pou louvri &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Louvri dosye a</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>Nou pa t kapab louvri dosye &quot;%1&quot; la.</translation>
    </message>
    <message>
        <source>Laying out &quot;%1&quot;…</source>
        <translation>N ap prepare paj &quot;%1&quot; yo…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>N ap ekri paj %1 sou %2…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in %2.</source>
        <translation>&quot;%1&quot; anrejistre nan %2.</translation>
    </message>
    <message>
        <source>Stopped. No PDF was saved.</source>
        <translation>Kanpe. Nou pa t anrejistre okenn PDF.</translation>
    </message>
</context>
<context>
    <name>td::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <translation>Konekte ak sèvè biwo a</translation>
    </message>
    <message>
        <source>Your office keeps its cases on a shared server. Enter what your administrator gave you.</source>
        <translation>Biwo ou kenbe ka li yo sou yon sèvè tout moun pataje. Antre sa administratè ou te ba ou.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Sèvè:</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org, oswa yon dosye socket tankou /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Pò:</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baz done:</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>&amp;Login ou:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Otorite sètifika:</translation>
    </message>
    <message>
        <source>Optional: the office&apos;s certificate file (PEM)</source>
        <translation>Si ou vle: fichye sètifika biwo a (PEM)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Chwazi &amp;fichye…</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>&amp;URI koneksyon:</translation>
    </message>
    <message>
        <source>postgresql://login@server/database</source>
        <translation>postgresql://login@server/database</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mo&amp;dpas:</translation>
    </message>
    <message>
        <source>Only when the server asks for one. It is kept in memory for this session and never saved.</source>
        <translation>Sèlman si sèvè a mande youn. Nou kenbe l nan memwa pou sesyon sa a sèlman, nou pa janm anrejistre l.</translation>
    </message>
    <message>
        <source>Paste a connection URI &amp;instead</source>
        <translation>&amp;Kole yon URI koneksyon pito</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ko&amp;nekte</translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql:// — for example postgresql://login@server/database.</source>
        <translation>Yon URI koneksyon kòmanse ak postgresql:// — pa egzanp postgresql://login@server/database.</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Enter a name such as db.example.org, an address, or a socket folder starting with /.</source>
        <translation>“%1” se pa non yon sèvè. Antre yon non tankou db.example.org, yon adrès, oswa yon dosye socket ki kòmanse ak /.</translation>
    </message>
    <message>
        <source>The socket folder %1 does not exist on this computer.</source>
        <translation>Dosye socket %1 la pa egziste sou òdinatè sa a.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Pò a se yon nimewo ant 1 ak 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the office&apos;s database (your administrator knows it).</source>
        <translation>Antre non baz done biwo a (administratè ou konnen l).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>Nou pa kapab li fichye otorite sètifika %1 la.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>N ap konekte…</translation>
    </message>
    <message>
        <source>Connecting was cancelled. What you typed is still here.</source>
        <translation>Koneksyon an anile. Sa ou te tape a toujou la.</translation>
    </message>
    <message>
        <source>Restore into an Empty Office Database</source>
        <translation>Retabli nan yon baz done biwo ki vid</translation>
    </message>
    <message>
        <source>An office backup is restored only into an empty office database, never over one that holds cases. Make a new database on the server (createdb), then enter it here; the server and login are those you are connected with. Continue checks that it is empty before anything is written.</source>
        <translation>Yon kopi sekirite biwo retabli sèlman nan yon baz done biwo ki vid, pa janm sou yon baz done ki gen ka ladan l. Fè yon nouvo baz done sou sèvè a (createdb), epi antre non l isit la; sèvè a ak login nan se sa ou konekte avè yo kounye a. “Kontinye” verifye si li vid anvan nou ekri anyen.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Kontinye</translation>
    </message>
    <message>
        <source>Checking that the database is empty…</source>
        <translation>N ap verifye si baz done a vid…</translation>
    </message>
    <message>
        <source>Checking the office database…</source>
        <translation>N ap verifye baz done biwo a…</translation>
    </message>
    <message>
        <source>Checking was cancelled. What you typed is still here.</source>
        <translation>Verifikasyon an anile. Sa ou te tape a toujou la.</translation>
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
        <translation>pa egzanp %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EncryptDatabaseDialog</name>
    <message>
        <source>The database was not encrypted; it is as it was.
%1</source>
        <translation>Nou pa t chifre baz done a; li rete jan l te ye a.
%1</translation>
    </message>
    <message>
        <source>Canceling… nothing will be changed.</source>
        <translation>N ap anile… pa gen anyen k ap chanje.</translation>
    </message>
    <message>
        <source>Encrypt This Database</source>
        <translation>Chifre baz done sa a</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Encrypt %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Once encrypted, nobody can read the clients&apos; names, addresses, immigration status, the evidence files or anything else in this database without it, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;An encrypted copy is made beside the database and checked against it; only then does it take the original&apos;s place, and the unencrypted files are deleted. If the passphrase is forgotten, the only way back in is the recovery key shown before the switch.&lt;/p&gt;&lt;p&gt;Deleted files can linger in the disk&apos;s free space: full-disk encryption of this computer is what removes that last trace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Chifre %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Chwazi yon modpas. Depi baz done a chifre, pesonn pa ka li non kliyan yo, adrès yo, sitiyasyon imigrasyon yo, fichye prèv yo oswa nenpòt lòt bagay nan baz done sa a san modpas la, menm si yo gen disk òdinatè sa a nan men yo. W ap tape l chak fwa TrustDesk kòmanse.&lt;/p&gt;&lt;p&gt;Nou fè yon kopi chifre bò kote baz done a epi nou konpare l avè l; se sèlman apre sa li pran plas orijinal la, epi nou efase fichye ki pa chifre yo. Si w bliye modpas la, sèl fason pou w antre ankò se kle rekiperasyon nou montre w anvan chanjman an.&lt;/p&gt;&lt;p&gt;Fichye ki efase ka rete nan espas lib disk la: se chifreman tout disk òdinatè sa a ki retire dènye tras sa a.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Modpas:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repete l:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Modpas</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repete modpas la</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chifre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>N ap verifye baz done a…</translation>
    </message>
    <message>
        <source>Encrypting the cases…</source>
        <translation>N ap chifre ka yo…</translation>
    </message>
    <message>
        <source>Comparing the encrypted copy with the original…</source>
        <translation>N ap konpare kopi chifre a ak orijinal la…</translation>
    </message>
    <message>
        <source>Encrypting the evidence files…</source>
        <translation>N ap chifre fichye prèv yo…</translation>
    </message>
    <message>
        <source>Putting the encrypted database in place…</source>
        <translation>N ap mete baz done chifre a nan plas li…</translation>
    </message>
    <message>
        <source>The encrypted copy is ready and checked. This is its recovery key, shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase. The encrypted copy takes the original&apos;s place when you continue.</source>
        <translation>Kopi chifre a pare epi li verifye. Men kle rekiperasyon li, nou montre l sèlman fwa sa a. Ekri l oswa enprime l, epi kenbe l yon kote ki an sekirite, lwen òdinatè sa a. Li louvri baz done a si w bliye modpas la, kidonk pwoteje l menm jan ak modpas la. Kopi chifre a pran plas orijinal la lè w kontinye.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Enprime…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opye</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>Anrejistre kòm &amp;fichye…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>Mwen &amp;note l oswa mwen sere l an sekirite</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Kontinye</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kle rekiperasyon</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceDetailsDialog</name>
    <message>
        <source>Evidence Details</source>
        <translation>Detay prèv la</translation>
    </message>
    <message>
        <source>Correct what was recorded about this file. The file itself never changes, and the correction is kept in its chain of custody.</source>
        <translation>Korije sa ki te anrejistre sou fichye sa a. Fichye a li menm pa janm chanje, epi koreksyon an rete nan chèn gadyennaj li.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Pa mete</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>Pa &amp;konnen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsyon:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sous:</translation>
    </message>
    <message>
        <source>Date ca&amp;ptured:</source>
        <translation>Dat yo &amp;pran l:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichye:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Kalite:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Gwosè:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>The date captured is in the future. Pick a date and time that have passed, or tick Unknown.</source>
        <translation>Dat yo pran l la nan lavni. Chwazi yon dat ak yon lè ki pase deja, oswa make Pa konnen.</translation>
    </message>
    <message>
        <source>The details were not saved. %1</source>
        <translation>Nou pa t anrejistre detay yo. %1</translation>
    </message>
    <message>
        <source>The office&apos;s time zone (Preferences)</source>
        <translation>Zòn lè biwo a (Preferans)</translation>
    </message>
    <message>
        <source>Where this time comes from: %1</source>
        <translation>Kote lè sa a soti: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePanel</name>
    <message>
        <source>Select an item to see its details and chain of custody.</source>
        <translation>Chwazi yon eleman pou w wè detay li ak chèn gadyennaj li.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>Ajoute %1 pa %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sous: %1</translation>
    </message>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Se sèlman detay yo ki te enpòte; fichye a pa nan depo prèv la.</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(pa li)</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>N ap tache %n fichye…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying every evidence file…</source>
        <translation>N ap verifye chak fichye prèv…</translation>
    </message>
    <message>
        <source>Checking the file before opening it…</source>
        <translation>N ap tcheke fichye a anvan nou louvri l…</translation>
    </message>
    <message>
        <source>Nothing was removed: give a reason for removing evidence.</source>
        <translation>Nou pa retire anyen: bay rezon ou retire prèv la.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; the reason is kept in the chain of custody.</source>
        <translation>Nou retire &quot;%1&quot;; rezon an rete nan chèn gadyennaj la.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Canceled: nothing half-done was kept.</source>
        <translation>Anile: nou pa kenbe anyen ki te fèt mwatye.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prèv</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of case %1 (%n item(s))</source>
        <translation>
            <numerusform>Prèv ka %1 (%n eleman)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>Tache fichye…</translation>
    </message>
    <message>
        <source>Copy files into the evidence store; you can also drop files here.</source>
        <translation>Kopye fichye nan depo prèv la; ou ka depoze fichye isit la tou.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retire…</translation>
    </message>
    <message>
        <source>Verify All</source>
        <translation>Verifye tout</translation>
    </message>
    <message>
        <source>Re-hash every evidence file and report any that changed, are missing or unexpected.</source>
        <translation>Rekalkile hash chak fichye prèv epi di ki sa ki chanje, ki manke oswa nou pa t tann.</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chèn gadyennaj</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ki lè</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kiyès</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksyon</translation>
    </message>
    <message>
        <source>SHA-256 at that moment</source>
        <translation>SHA-256 nan moman sa a</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detay</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Baz done a pa louvri.</translation>
    </message>
    <message>
        <source>The item is no longer on this case; it may have been removed in another window.</source>
        <translation>Eleman an pa nan ka sa a ankò; petèt yo te retire l nan yon lòt fenèt.</translation>
    </message>
    <message>
        <source>Saved the details of &quot;%1&quot;; the edit is recorded in the chain of custody.</source>
        <translation>Nou anrejistre detay &quot;%1&quot;; chanjman an ekri nan chèn gadyennaj la.</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>Modifye detay yo…</translation>
    </message>
    <message>
        <source>Correct the description, source or date captured (F2).</source>
        <translation>Korije deskripsyon an, sous la oswa dat yo pran l la (F2).</translation>
    </message>
    <message>
        <source>The same redacted copy is already item %1.</source>
        <translation>Menm kopi ak pati kache a deja se eleman %1.</translation>
    </message>
    <message>
        <source>Saved the redacted copy as item %1; the original is unchanged.</source>
        <translation>Kopi ak pati kache a anrejistre kòm eleman %1; orijinal la pa chanje.</translation>
    </message>
    <message>
        <source>Checking the file before redacting it…</source>
        <translation>N ap verifye fichye a anvan nou kache pati ladan l…</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>Kache pati…</translation>
    </message>
    <message>
        <source>Make a copy of this image with faces, plates or other details covered; the original is kept unchanged.</source>
        <translation>Fè yon kopi imaj sa a ak figi, plak oswa lòt detay kouvri; orijinal la rete jan l ye a.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePreviewDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Prèv: %1</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajiste</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Paj anvan</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Paj apre</translation>
    </message>
    <message>
        <source>Audio and video are not played inside TrustDesk. Use Open with System Player.</source>
        <translation>TrustDesk pa jwe odyo ak videyo anndan l. Sèvi ak Louvri ak lektè sistèm nan.</translation>
    </message>
    <message>
        <source>TrustDesk cannot show this kind of file. Use Open with System Viewer.</source>
        <translation>TrustDesk pa ka montre kalite fichye sa a. Sèvi ak Louvri ak pwogram sistèm nan.</translation>
    </message>
    <message>
        <source>Open with System Player</source>
        <translation>Louvri ak lektè sistèm nan</translation>
    </message>
    <message>
        <source>Open with System Viewer</source>
        <translation>Louvri ak pwogram sistèm nan</translation>
    </message>
    <message>
        <source>Hand the checked file to the system&apos;s own viewer or player.</source>
        <translation>Voye fichye ki te tcheke a bay pwogram oswa lektè sistèm nan menm.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Non: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Kalite: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>pa konnen</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Gwosè: %1 (%2 octets)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sous: %1</translation>
    </message>
    <message>
        <source>This image could not be shown: it may be damaged, in a format TrustDesk cannot read, or too large to decode safely.</source>
        <translation>Nou pa t kapab montre imaj sa a: li ka domaje, li ka nan yon fòma TrustDesk pa konn li, oswa li ka twò gwo pou nou dekode l san danje.</translation>
    </message>
    <message>
        <source>Only the first %1 are shown. Open with System Viewer to see all of it.</source>
        <translation>Se sèlman premye %1 yo ki parèt. Sèvi ak Louvri ak pwogram sistèm nan pou w wè tout.</translation>
    </message>
    <message>
        <source>The PDF renderer could not be started. Use Open with System Viewer.</source>
        <translation>Nou pa t kapab lanse pwogram ki desinen paj PDF yo. Sèvi ak Louvri ak pwogram sistèm nan.</translation>
    </message>
    <message numerus="yes">
        <source>Showing this PDF took longer than %n second(s) and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</source>
        <translation>
            <numerusform>Montre PDF sa a te pran plis pase %n segonn, kidonk nou kanpe l. Li ka domaje oswa li ka fèt espre pou l fè yon pwogram twò chaje; sèvi ak Louvri ak pwogram sistèm nan si ou fè l konfyans.</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF could not be shown: it may be damaged, not really a PDF, or need more memory than a preview may use. Use Open with System Viewer if you trust it.</source>
        <translation>Nou pa t kapab montre PDF sa a: li ka domaje, li ka pa yon vrè PDF, oswa li ka bezwen plis memwa pase sa yon apèsi gen dwa sèvi. Sèvi ak Louvri ak pwogram sistèm nan si ou fè l konfyans.</translation>
    </message>
    <message>
        <source>This PDF could not be shown: it has no pages TrustDesk can read. Use Open with System Viewer if you trust it.</source>
        <translation>Nou pa t kapab montre PDF sa a: li pa gen okenn paj TrustDesk ka li. Sèvi ak Louvri ak pwogram sistèm nan si ou fè l konfyans.</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be shown.</source>
        <translation>Nou pa t kapab montre paj %1 nan PDF sa a.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Paj %1 sou %2</translation>
    </message>
    <message>
        <source>This database is encrypted, so its evidence is never written out decrypted. Export the case&apos;s evidence to a folder to open it in another program.</source>
        <translation>Baz done sa a chifre, kidonk prèv li yo pa janm ekri deyò san chifre. Ekspòte prèv ka a nan yon dosye pou louvri yo nan yon lòt pwogram.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because poppler&apos;s pdftoppm and pdfinfo are not installed (package poppler-utils). Export the file to open it in another program.</source>
        <translation>Nou pa ka montre paj PDF yo isit la paske pdftoppm ak pdfinfo poppler pa enstale (pakè poppler-utils). Ekspòte fichye a pou louvri l nan yon lòt pwogram.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely: bubblewrap (package bubblewrap) is needed to keep the file away from your other files.</source>
        <translation>Nou pa ka montre paj PDF yo isit la paske nou pa ka louvri PDF la san danje: fòk gen bubblewrap (pakè bubblewrap) pou kenbe fichye a lwen lòt fichye ou yo.</translation>
    </message>
    <message>
        <source>This PDF is too large to be shown here. Export it to open it in another program.</source>
        <translation>PDF sa a twò gwo pou montre isit la. Ekspòte l pou louvri l nan yon lòt pwogram.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely.</source>
        <translation>Nou pa ka montre paj PDF yo isit la paske nou pa ka louvri PDF la san danje.</translation>
    </message>
    <message>
        <source>Evidence on the office server is encrypted with the office key and is never written out decrypted on this computer. Export it (trustdesk-cli evidence-export) to open it in another program.</source>
        <translation>Prèv ki sou sèvè biwo a chifre ak kle biwo a, e nou pa janm ekri yo san chifre sou òdinatè sa a. Ekspòte yo (trustdesk-cli evidence-export) pou louvri yo nan yon lòt pwogram.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceThumbnailProxy</name>
    <message>
        <source>The evidence on this office server is encrypted with the office key, which is not unlocked: it cannot be shown, attached or redacted here. Connect again (File › Connect to Office Server…) and give your office key passphrase to open it.</source>
        <translation>Prèv ki sou sèvè biwo sa a chifre ak kle biwo a, e kle sa a pa debloke: nou pa ka montre yo, tache yo oswa kache pati ladan yo isit la. Konekte ankò (Fichye › Konekte ak sèvè biwo a…) epi bay modpas kle biwo ou pou louvri yo.</translation>
    </message>
</context>
<context>
    <name>td::ui::FollowUpsDock</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Swivi ki pou fèt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dat limit</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ka</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliyan</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Sa pou fè</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>An reta (%1)</translation>
    </message>
    <message>
        <source>Due within a week (%1)</source>
        <translation>Pou fèt nan yon semèn (%1)</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>Pa gen anyen an reta ni pou semèn sa a.</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleList</name>
    <message>
        <source>Overview</source>
        <translation>Apèsi</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règleman</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Sa pou fè</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Vyolasyon</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Kesyon</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezime</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Èd</translation>
    </message>
    <message>
        <source>The law</source>
        <translation>Lalwa</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleView</name>
    <message>
        <source>Source %1: %2
%3</source>
        <translation>Sous %1: %2
%3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Ale nan “%1”</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceBrowser</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichye</translation>
    </message>
    <message>
        <source>&amp;Load Guidance Folder…</source>
        <translation>&amp;Chaje yon dosye gid…</translation>
    </message>
    <message>
        <source>Read a guidance pack your office keeps in a folder</source>
        <translation>Li yon pake gid biwo ou kenbe nan yon dosye</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Guidance</source>
        <translation>Sèvi ak gid ki &amp;enkli a</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Enprime…</translation>
    </message>
    <message>
        <source>Print this article as a handout in the language shown</source>
        <translation>Enprime atik sa a kòm fèy enfòmasyon nan lang ki parèt la</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Anrejistre an PDF…</translation>
    </message>
    <message>
        <source>Save this article as a PDF handout in the language shown</source>
        <translation>Anrejistre atik sa a kòm fèy enfòmasyon PDF nan lang ki parèt la</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fèmen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afichaj</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retounen</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avanse</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Youn bò lòt</translation>
    </message>
    <message>
        <source>Show the article in two languages at once</source>
        <translation>Montre atik la nan de lang an menm tan</translation>
    </message>
    <message>
        <source>&amp;Search Guidance</source>
        <translation>&amp;Chèche nan gid la</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Gid</translation>
    </message>
    <message>
        <source>Rights Guidance — TrustDesk</source>
        <translation>Gid sou dwa — TrustDesk</translation>
    </message>
    <message>
        <source>Rights Guidance: %1 — TrustDesk</source>
        <translation>Gid sou dwa: %1 — TrustDesk</translation>
    </message>
    <message>
        <source>%1 · version %2 · last reviewed %3</source>
        <translation>%1 · vèsyon %2 · dènye revizyon %3</translation>
    </message>
    <message>
        <source>Built-in guidance</source>
        <translation>Gid ki enkli</translation>
    </message>
    <message>
        <source>Rights Guidance</source>
        <translation>Gid sou dwa</translation>
    </message>
    <message>
        <source>The guidance in %1 cannot be used, so the guidance already open stays in use.

%2</source>
        <translation>Nou pa kapab sèvi ak gid ki nan %1 la, donk gid ki louvri deja a rete an sèvis.

%2</translation>
    </message>
    <message>
        <source>Loaded guidance from %1</source>
        <translation>Gid chaje soti nan %1</translation>
    </message>
    <message>
        <source>Load Guidance Folder</source>
        <translation>Chaje yon dosye gid</translation>
    </message>
    <message>
        <source>Category code: %1</source>
        <translation>Kòd kategori: %1</translation>
    </message>
    <message>
        <source>Category codes: %1</source>
        <translation>Kòd kategori: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Sous %1: %2</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Nothing about the case is sent.</source>
        <translation>Louvri adrès sa a nan navigatè entènèt ou? Nou pa voye anyen sou ka a.</translation>
    </message>
    <message>
        <source>Open Source</source>
        <translation>Louvri sous la</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Louvri nan navigatè a</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <translation>[%1] %2 — %3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Ale nan “%1”</translation>
    </message>
    <message>
        <source>Print Guidance Handout</source>
        <translation>Enprime fèy enfòmasyon gid la</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Anrejistre %1</translation>
    </message>
    <message>
        <source>Installed guidance update</source>
        <translation>Mizajou gid ki enstale</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidancePane</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lang:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original text, in the language the guidance was written in.</source>
        <translation>Tèks orijinal, nan lang yo te ekri gid la.</translation>
    </message>
    <message>
        <source>Translation reviewed by a native speaker.</source>
        <translation>Tradiksyon yon moun ki pale lang lan natifnatal revize.</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet reviewed by a native speaker.</source>
        <translation>Tradiksyon fèt ak èd machin, poko gen yon moun natifnatal ki revize l.</translation>
    </message>
    <message>
        <source>The %1 text is authoritative.</source>
        <translation>Tèks an %1 an se li ki gen fòs lalwa.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sous</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Dènye fwa yo te verifye sous yo: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceSearchPanel</name>
    <message>
        <source>Search the guidance…</source>
        <translation>Chèche nan gid la…</translation>
    </message>
    <message>
        <source>&amp;All languages</source>
        <translation>&amp;Tout lang</translation>
    </message>
    <message>
        <source>Search every translation instead of only the language shown</source>
        <translation>Chèche nan tout tradiksyon yo olye sèlman nan lang ki parèt la</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezilta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::IncidentForm</name>
    <message>
        <source>Read the rights guidance</source>
        <translation>Li gid sou dwa yo</translation>
    </message>
    <message>
        <source>Street address, intersection or landmark</source>
        <translation>Adrès, kwazman lari oswa yon kote moun konnen</translation>
    </message>
    <message>
        <source>e.g. Boston Police Department</source>
        <translation>pa egzanp Depatman Polis Boston</translation>
    </message>
    <message>
        <source>What happened, in the client&apos;s words, in order.</source>
        <translation>Sa k te pase, ak pwòp mo kliyan an, nan lòd.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Pa konnen</translation>
    </message>
    <message>
        <source>Rights guidance: %1</source>
        <translation>Konsèy sou dwa: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::LockScreen</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Modpas sa a pa bon. Eseye ankò.</translation>
    </message>
    <message>
        <source>TrustDesk is locked</source>
        <translation>TrustDesk bloke</translation>
    </message>
    <message>
        <source>Case data is hidden while you are away. Enter the app passphrase to continue.</source>
        <translation>Done ka yo kache pandan ou pa la. Antre modpas aplikasyon an pou w kontinye.</translation>
    </message>
    <message>
        <source>App passphrase</source>
        <translation>Modpas aplikasyon an</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>Antre kle rekiperasyon an.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Antre modpas la.</translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>Kle rekiperasyon sa a pa louvri baz done sa a.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Modpas sa a pa bon.</translation>
    </message>
    <message numerus="yes">
        <source>%1 You can try again in %n second(s).</source>
        <translation>
            <numerusform>%1 Ou ka eseye ankò nan %n segonn.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Eseye ankò.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>N ap debloke…</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the database %1 was made: 13 groups of four letters and digits.</source>
        <translation>Tape kle rekiperasyon ou te ekri lè yo te kreye baz done %1 la: 13 gwoup kat lèt ak chif.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>Baz done %1 la chifre. Antre modpas li pou louvri l.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kle rekiperasyon</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>Modpas baz done a</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>Sèvi ak &amp;modpas la pito</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key</source>
        <translation>Ou bliye modpas la? Sèvi ak &amp;kle rekiperasyon an</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Debloke</translation>
    </message>
    <message>
        <source>No passphrase protects this database: it is closed, but anyone at this computer could open it again. Set an app passphrase now to continue; better still, encrypt the database afterwards (Encrypt… in the banner) so its file cannot be read without you.</source>
        <translation>Okenn modpas pa pwoteje baz done sa a: li fèmen, men nenpòt moun ki devan òdinatè sa a ta ka louvri l ankò. Mete yon modpas aplikasyon kounye a pou w kontinye; pi bon toujou, chifre baz done a apre (Chifre… nan bann anlè a) pou pesonn pa ka li fichye li san ou.</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>Me&amp;te yon modpas…</translation>
    </message>
    <message>
        <source>Enter your passphrase for the office key.</source>
        <translation>Antre modpas ou pou kle biwo a.</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key.</source>
        <translation>Modpas sa a pa louvri kle biwo a.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was opened; you can try again.</source>
        <translation>Kanpe. Anyen pa t louvri; ou ka eseye ankò.</translation>
    </message>
    <message>
        <source>Connecting to the office server and unlocking the office key…</source>
        <translation>N ap konekte ak sèvè biwo a epi n ap debloke kle biwo a…</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>N ap konekte ak sèvè biwo a…</translation>
    </message>
    <message>
        <source>Case data on the office server (database %1) is hidden while you are away. Enter your passphrase for the office key (login %2) to continue.</source>
        <translation>Done ka yo ki sou sèvè biwo a (baz done %1) kache pandan ou pa la. Antre modpas ou pou kle biwo a (login %2) pou w kontinye.</translation>
    </message>
    <message>
        <source>Office key passphrase</source>
        <translation>Modpas kle biwo a</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Modpas sèvè a</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>Modpas pou sèvè biwo a</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anile</translation>
    </message>
    <message>
        <source>The office server did not let you in without a password. Enter your server password as well, then try again.</source>
        <translation>Sèvè biwo a pa t kite w antre san modpas. Antre modpas sèvè ou tou, epi eseye ankò.</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichye</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Louvri baz done…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kite</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifye</translation>
    </message>
    <message>
        <source>&amp;Find Cases</source>
        <translation>&amp;Chèche ka</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afichaj</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Rafrechi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>È&amp;d</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>&amp;Apre TrustDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Apre &amp;Qt</translation>
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
        <translation>%1 egziste deja. Chwazi yon nouvo non fichye pou okenn fichye ki egziste pa ranplase.</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>Apre TrustDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Case management for legal-aid caseworkers who help immigrants document police misconduct and file complaints.&lt;/p&gt;&lt;p&gt;Cases stay on this computer, in an owner-only database. Sensitive facts such as immigration status are withheld from everything that leaves the app unless you deliberately include them.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Jesyon ka pou moun k ap travay nan asistans jiridik ki ede imigran dokimante move konpòtman polis epi depoze plent.&lt;/p&gt;&lt;p&gt;Ka yo rete sou òdinatè sa a, nan yon baz done se sèlman pwopriyetè a ki ka louvri. Enfòmasyon sansib tankou estati imigrasyon pa soti nan okenn bagay ki kite aplikasyon an, sòf si ou mete yo espre.&lt;/p&gt;&lt;p&gt;Baz done: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching case(s)</source>
        <translation>
            <numerusform>%Ln ka ki koresponn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln ka</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferans…</translation>
    </message>
    <message>
        <source>&amp;Rights Guidance</source>
        <translation>&amp;Gid sou dwa</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>&amp;Sekirite…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>&amp;Bloke kounye a</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Jounal kontwòl…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Fè yon kopi &amp;sekirite…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Re&amp;tabli soti nan yon kopi sekirite…</translation>
    </message>
    <message>
        <source>Your &amp;Office and Profile…</source>
        <translation>Bi&amp;wo ou ak pwofil ou…</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>Bloke kounye a</translation>
    </message>
    <message>
        <source>No passphrase protects this window, so anyone could unlock it with one click. Set an app passphrase now to lock it?</source>
        <translation>Okenn modpas pa pwoteje fenèt sa a, kidonk nenpòt moun ta ka debloke l ak yon sèl klik. Mete yon modpas aplikasyon kounye a pou bloke l?</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>Me&amp;te yon modpas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>The window was not locked: without a passphrase, anyone could unlock it. Set one in Edit › Security, or encrypt the database (Encrypt… in the banner) so its own passphrase locks it.</source>
        <translation>Nou pa t bloke fenèt la: san modpas, nenpòt moun ta ka debloke l. Mete youn nan Modifye › Sekirite, oswa chifre baz done a (Chifre… nan bann anlè a) pou pwòp modpas li bloke l.</translation>
    </message>
    <message>
        <source>New D&amp;atabase…</source>
        <translation>Nouvo &amp;baz done…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Ofisye…</translation>
    </message>
    <message>
        <source>E&amp;xport Case List…</source>
        <translation>&amp;Ekspòte lis ka yo…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Estatistik…</translation>
    </message>
    <message>
        <source>Connect to Office Ser&amp;ver…</source>
        <translation>Konekte ak sè&amp;vè biwo a…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>òdinatè sa a</translation>
    </message>
    <message>
        <source>%1 on %2 — TrustDesk</source>
        <translation>%1 sou %2 — TrustDesk</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Chifre</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln matching case(s)</source>
        <translation>
            <numerusform>Plis pase %Ln ka ki koresponn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln case(s)</source>
        <translation>
            <numerusform>Plis pase %Ln ka</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works on a database file on this computer. An office server&apos;s data is protected by its logins and TLS, and its evidence is encrypted with the office key (see the office mode guide).</source>
        <translation>%1 mache ak yon fichye baz done sou òdinatè sa a. Done yon sèvè biwo pwoteje pa login li yo ak TLS, epi prèv li yo chifre ak kle biwo a (gade gid mòd biwo a).</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Koneksyon an anile.</translation>
    </message>
    <message>
        <source>Res&amp;tore Office Backup…</source>
        <translation>Re&amp;tabli kopi sekirite biwo a…</translation>
    </message>
    <message>
        <source>Restores an office backup into a new, empty office database on the server (office admins only); the database open now is not changed.</source>
        <translation>Retabli yon kopi sekirite biwo nan yon nouvo baz done biwo ki vid sou sèvè a (administratè biwo sèlman); baz done ki louvri kounye a pa chanje.</translation>
    </message>
    <message>
        <source>Replaces the cases in this database with those of a backup.</source>
        <translation>Ranplase ka ki nan baz done sa a ak ka ki nan yon kopi sekirite.</translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerHint</name>
    <message numerus="yes">
        <source>This officer appears in %n other case(s): %1</source>
        <translation>
            <numerusform>Ofisye sa a parèt nan %n lòt ka: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerRosterDialog</name>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>%n ofisye.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of badge %1 (%2):</source>
        <translation>Ka badj %1 (%2):</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>ajans nou pa konnen</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this officer.</source>
        <translation>
            <numerusform>%n ka ofisye sa a.</numerusform>
        </translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Ofisye</translation>
    </message>
    <message>
        <source>Officers recognized across cases by badge number and agency. Spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros in a badge number are ignored; a record without an agency is listed on its own.</source>
        <translation>Ofisye nou rekonèt nan plizyè ka gras a nimewo badj ak ajans yo. Nou pa konte espas, &quot;#&quot;, &quot;No.&quot; ak zewo ki devan nan nimewo badj la; yon dosye ki pa gen ajans parèt apa.</translation>
    </message>
    <message>
        <source>In at least this many &amp;incidents:</source>
        <translation>Nan omwen kantite &amp;ensidan sa a:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ka</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Premye ensidan</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Dènye ensidan</translation>
    </message>
    <message>
        <source>Press Enter on an officer to list their cases.</source>
        <translation>Peze Enter sou yon ofisye pou wè ka li yo.</translation>
    </message>
    <message>
        <source>Reading the officers…</source>
        <translation>N ap li ofisye yo…</translation>
    </message>
    <message>
        <source>Reading the cases of this officer…</source>
        <translation>N ap li ka ofisye sa a…</translation>
    </message>
</context>
<context>
    <name>td::ui::PlaintextBanner</name>
    <message>
        <source>This database is not encrypted. Anyone who gets hold of this computer or a copy of the file can read every case.</source>
        <translation>Baz done sa a pa chifre. Nenpòt moun ki mete men sou òdinatè sa a oswa sou yon kopi fichye a ka li tout ka yo.</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>Baz done a pa chifre</translation>
    </message>
    <message>
        <source>E&amp;ncrypt…</source>
        <translation>&amp;Chifre…</translation>
    </message>
</context>
<context>
    <name>td::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferans</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lang:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Paramèt sistèm nan (%1)</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Case records stay in the language they were written in.</source>
        <translation>Lang meni yo, bouton yo ak mesaj yo. Dosye ka yo rete nan lang yo te ekri yo a.</translation>
    </message>
    <message>
        <source>The new language applies at once. Dates and numbers follow it.</source>
        <translation>Nouvo lang lan aplike touswit. Dat ak nonb swiv li tou.</translation>
    </message>
    <message>
        <source>&amp;Recorded as:</source>
        <translation>&amp;Anrejistre kòm:</translation>
    </message>
    <message>
        <source>Set the caseworker profile…</source>
        <translation>Chwazi pwofil responsab ka a…</translation>
    </message>
    <message>
        <source>The name and role that the audit log and the chain of custody record for what you do. Click to change them.</source>
        <translation>Non ak wòl jounal kontwòl la ak chèn gadyennaj la anrejistre pou sa ou fè. Klike pou chanje yo.</translation>
    </message>
</context>
<context>
    <name>td::ui::RecoveryKeyActions</name>
    <message>
        <source>At least %n characters.</source>
        <translation>Omwen %n karaktè.</translation>
    </message>
    <message>
        <source>Strength: weak. Four or five unrelated words are much harder to guess and easier to remember.</source>
        <translation>Fòs: fèb. Kat oswa senk mo ki pa gen rapò youn ak lòt pi difisil pou devine epi pi fasil pou sonje.</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>Fòs: mwayen. Kèk mo anplis fè l pi difisil anpil pou devine.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Fòs: fò.</translation>
    </message>
    <message>
        <source>TrustDesk recovery key</source>
        <translation>Kle rekiperasyon TrustDesk</translation>
    </message>
    <message>
        <source>Keep this page locked away, apart from the computer. Anyone who has it and the database can read every case.</source>
        <translation>Kenbe paj sa a fèmen a kle, lwen òdinatè a. Nenpòt moun ki genyen l ansanm ak baz done a ka li tout ka yo.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Voye bay enprimant lan.</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else so it does not stay on the clipboard.</source>
        <translation>Kopye. Kole l kote ou kenbe l an sekirite, epi kopye yon lòt bagay pou l pa rete nan memwa kopi a.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Anrejistre kle rekiperasyon an</translation>
    </message>
    <message>
        <source>The recovery key could not be saved: %1</source>
        <translation>Nou pa t kapab anrejistre kle rekiperasyon an: %1</translation>
    </message>
    <message>
        <source>TrustDesk recovery key for %1
%2
</source>
        <translation>Kle rekiperasyon TrustDesk pou %1
%2
</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick kept locked away): beside the database it protects nothing.</source>
        <translation>Anrejistre nan %1. Retire l sou òdinatè sa a (sou yon kle USB ki fèmen a kle): bò kote baz done a li pa pwoteje anyen.</translation>
    </message>
</context>
<context>
    <name>td::ui::RedactDialog</name>
    <message>
        <source>Looking for faces…</source>
        <translation>N ap chèche figi…</translation>
    </message>
    <message>
        <source>No face was suggested. Detection misses faces: look at the whole image.</source>
        <translation>Pa gen figi ki sijere. Deteksyon an rate figi: gade tout imaj la.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested (dashed yellow): accept each with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</source>
        <translation>
            <numerusform>%n figi sijere (jòn an tirè): aksepte chak ak yon doub klik oswa Antre, deplase l oswa efase l. Deteksyon an rate figi: verifye tout imaj la.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw at least one box over what should be hidden.</source>
        <translation>Trase omwen yon kare sou sa ki dwe kache.</translation>
    </message>
    <message>
        <source>Suggestions Not Accepted</source>
        <translation>Sijesyon ki pa aksepte</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested box(es) were not accepted and will not be covered.</source>
        <translation>
            <numerusform>%n kare sijere pa t aksepte epi yo p ap kouvri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them</source>
        <translation>Revize yo</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>Anrejistre san yo</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover; %1 suggestion(s) to review.</source>
        <translation>
            <numerusform>%n kare pou kouvri; %1 sijesyon pou revize.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover.</source>
        <translation>
            <numerusform>%n kare pou kouvri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redact %1</source>
        <translation>Kache pati nan %1</translation>
    </message>
    <message>
        <source>Drag on the image to cover faces, plates, badge numbers or addresses. Drag a box to move it; Delete removes the selected box. The copy is a new item: the original is kept unchanged.</source>
        <translation>Trennen sou imaj la pou kouvri figi, plak machin, nimewo badj oswa adrès. Trennen yon kare pou deplase l; Delete retire kare ki chwazi a. Kopi a se yon nouvo eleman: orijinal la rete jan l ye a.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metòd:</translation>
    </message>
    <message>
        <source>Fill (solid black)</source>
        <translation>Ranpli (nwa nèt)</translation>
    </message>
    <message>
        <source>Pixelate (coarse blocks)</source>
        <translation>An piksèl (gwo blòk)</translation>
    </message>
    <message>
        <source>&amp;Suggest Faces</source>
        <translation>&amp;Sijere figi</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Aksepte sijesyon an</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation>Aksepte &amp;tout sijesyon yo</translation>
    </message>
    <message>
        <source>&amp;Remove Box</source>
        <translation>&amp;Retire kare a</translation>
    </message>
    <message>
        <source>Save Redacted &amp;Copy</source>
        <translation>Anrejistre &amp;kopi ak pati kache</translation>
    </message>
    <message>
        <source>Saving the redacted copy of %1…</source>
        <translation>N ap anrejistre kopi %1 ak pati kache a…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Kache pati</translation>
    </message>
    <message>
        <source>The redacted copy was not saved: %1 Your boxes are still here; you can try again.</source>
        <translation>Nou pa t anrejistre kopi ak pati kache a: %1 Kare ou yo toujou la; ou ka eseye ankò.</translation>
    </message>
</context>
<context>
    <name>td::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Retire %1 %2</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Poko gen anyen.</translation>
    </message>
</context>
<context>
    <name>td::ui::SecurityDialog</name>
    <message>
        <source>Security</source>
        <translation>Sekirite</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamè</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloke apre</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvo modpas</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>K&amp;onfime</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Modpas aktyèl la pa bon.</translation>
    </message>
    <message>
        <source>The passphrase could not be stored; try again.</source>
        <translation>Nou pa t kapab anrejistre modpas la; eseye ankò.</translation>
    </message>
    <message>
        <source>Lock when the &amp;computer locks, goes to sleep or starts its screen saver</source>
        <translation>Bloke &amp;lè òdinatè a bloke, al dòmi oswa kòmanse ekonomizè ekran an</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>C&amp;hanje modpas…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Modpas</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until the database&apos;s passphrase or recovery key is entered again.</source>
        <translation>Apre tan ou chwazi a pase san pèsonn pa tape anyen, TrustDesk kache tout done ka yo jiskaske yo antre modpas baz done a oswa kle rekiperasyon an ankò.</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until it is unlocked. The passphrase itself is never stored, only a check value that cannot be turned back into it; leave the new fields empty to keep it.</source>
        <translation>Apre tan ou chwazi a pase san pèsonn pa tape anyen, TrustDesk kache tout done ka yo jiskaske yo debloke l. Nou pa janm anrejistre modpas la li menm, sèlman yon valè verifikasyon ki pa ka tounen modpas la; kite nouvo chan yo vid pou kenbe l.</translation>
    </message>
    <message>
        <source>Passphrase Changed</source>
        <translation>Modpas la chanje</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on. The recovery key still does.</source>
        <translation>Depi kounye a, se nouvo modpas la ki louvri baz done sa a. Kle rekiperasyon an toujou louvri l tou.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Modpas &amp;aktyèl</translation>
    </message>
</context>
<context>
    <name>td::ui::SensitiveMask</name>
    <message>
        <source>Hidden</source>
        <translation>Kache</translation>
    </message>
    <message>
        <source>Revealing cannot be recorded here.</source>
        <translation>Nou pa ka anrejistre montre a isit la.</translation>
    </message>
    <message>
        <source>Hidden. Reveal it with the button beside it (recorded in the audit log), or type a new value to replace it.</source>
        <translation>Kache. Montre l ak bouton ki bò kote l la (sa anrejistre nan jounal kontwòl la), oswa tape yon nouvo valè pou ranplase l.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Montre</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Montre %1</translation>
    </message>
    <message>
        <source>Show the stored %1 (recorded in the audit log)</source>
        <translation>Montre %1 ki anrejistre a (sa anrejistre nan jounal kontwòl la)</translation>
    </message>
    <message>
        <source>Replaced by what you typed; clear the field to reveal the stored value instead.</source>
        <translation>Ranplase pa sa ou tape a; efase chan an pou montre valè ki anrejistre a pito.</translation>
    </message>
</context>
<context>
    <name>td::ui::ServerLogin</name>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>N ap konekte ak sèvè biwo a…</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsChartView</name>
    <message>
        <source>Nothing to chart: no incident matches these filters.</source>
        <translation>Pa gen anyen pou mete nan grafik: okenn ensidan pa koresponn ak filt sa yo.</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsTableModel</name>
    <message>
        <source>Total (each counted once)</source>
        <translation>Total (chak konte yon fwa)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsWindow</name>
    <message>
        <source>None</source>
        <translation>Okenn</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatistik</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Depi:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Jiska:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Res&amp;ponsab ka a:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Es&amp;tati:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Liy:</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>K&amp;olòn:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Konte:</translation>
    </message>
    <message>
        <source>First incident date counted; empty: from the first incident.</source>
        <translation>Premye dat ensidan nou konte; vid: depi premye ensidan an.</translation>
    </message>
    <message>
        <source>Last incident date counted; empty: up to the last incident.</source>
        <translation>Dènye dat ensidan nou konte; vid: jiska dènye ensidan an.</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>Tout responsab ka yo</translation>
    </message>
    <message>
        <source>Tick the case statuses to count; none ticked counts every case.</source>
        <translation>Make estati ka ou vle konte yo; si ou pa make okenn, nou konte tout ka yo.</translation>
    </message>
    <message>
        <source>Export &amp;hides counts below:</source>
        <translation>Ekspòtasyon an ka&amp;che kont ki pi piti pase:</translation>
    </message>
    <message>
        <source>Published figures hide every count from 1 to this number minus one, and further counts so the hidden ones cannot be worked out. 1 hides nothing.</source>
        <translation>Chif ki pibliye yo kache tout kont soti 1 rive nimewo sa a mwens en, ak lòt kont pou moun pa ka dedui sa ki kache yo. 1 pa kache anyen.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspòte…</translation>
    </message>
    <message>
        <source>Save these figures as CSV or PDF to publish, with small counts hidden. This window shows every count: it is for the office only.</source>
        <translation>Anrejistre chif sa yo an CSV oswa PDF pou pibliye, ak ti kont yo kache. Fenèt sa a montre tout kont yo: se pou biwo a sèlman.</translation>
    </message>
    <message>
        <source>Ca&amp;ses: click a bar or double-click a cell to list its cases.</source>
        <translation>K&amp;a yo: klike sou yon ba oswa klike de fwa sou yon selil pou wè ka li yo.</translation>
    </message>
    <message>
        <source>The first date is after the last: nothing to count.</source>
        <translation>Premye dat la vini apre dènye a: pa gen anyen pou konte.</translation>
    </message>
    <message>
        <source>Chart of %1 by %2</source>
        <translation>Grafik %1 pa %2</translation>
    </message>
    <message>
        <source>Raw counts, for the office only: %1 and %2.</source>
        <translation>Kont san kachaj, pou biwo a sèlman: %1 ak %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln ka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln ensidan</numerusform>
        </translation>
    </message>
    <message>
        <source>A case or incident can fall in several rows or columns, so the totals count each once and are less than the sum of the cells.</source>
        <translation>Yon ka oswa yon ensidan ka nan plizyè liy oswa kolòn, kidonk total yo konte chak yon sèl fwa epi yo pi piti pase sòm selil yo.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: counting…</source>
        <translation>K&amp;a nan %1: n ap konte…</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: %2, the first %3 listed (double-click or Enter opens one)</source>
        <translation>K&amp;a nan %1: %2, nou montre %3 premye yo (klike de fwa oswa Enter louvri youn)</translation>
    </message>
    <message numerus="yes">
        <source>Ca&amp;ses in %1: %Ln (double-click or Enter opens one)</source>
        <translation>
            <numerusform>K&amp;a nan %1: %Ln (klike de fwa oswa Enter louvri youn)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a date like %1, or leave it empty.</source>
        <extracomment>%1 is a date in the interface language&apos;s style, e.g. 12/31/2026.</extracomment>
        <translation>Tape yon dat konsa %1, oswa kite l vid.</translation>
    </message>
</context>
<context>
    <name>td::ui::VaultSetupDialog</name>
    <message>
        <source>The encrypted database could not be created: %1</source>
        <translation>Nou pa t kapab kreye baz done chifre a: %1</translation>
    </message>
    <message>
        <source>Protect Your Cases</source>
        <translation>Pwoteje ka ou yo</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TrustDesk keeps every case encrypted on this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Without it nobody can read the clients&apos; names, addresses, immigration status or anything else in TrustDesk, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;If the passphrase is forgotten, the only way back in is the recovery key shown on the next page. Without either, the cases are lost for good: nobody, not even the makers of TrustDesk, can recover them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TrustDesk kenbe tout ka yo chifre sou òdinatè sa a.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Chwazi yon modpas. San li, pèsonn pa ka li non kliyan yo, adrès yo, estati imigrasyon yo oswa okenn lòt bagay nan TrustDesk, menm si yo gen disk òdinatè sa a nan men yo. Ou tape l chak fwa TrustDesk louvri.&lt;/p&gt;&lt;p&gt;Si ou bliye modpas la, sèl fason pou antre ankò se kle rekiperasyon ki parèt sou paj kap vini an. San youn ni lòt, ka yo pèdi pou tout tan: pèsonn, menm moun ki fè TrustDesk yo, pa ka rekipere yo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Modpas:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Tape l ankò:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Modpas</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Tape modpas la ankò</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Soti</translation>
    </message>
    <message>
        <source>&amp;Encrypt and Continue</source>
        <translation>&amp;Chifre epi kontinye</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds: the passphrase is made deliberately slow to guess.</source>
        <translation>N ap kreye baz done chifre a… Sa pran kèk segonn: nou fè modpas la lan espre pou li difisil pou devine.</translation>
    </message>
    <message>
        <source>This is the recovery key. It is shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase.</source>
        <translation>Sa a se kle rekiperasyon an. Li parèt sèlman fwa sa a. Ekri l oswa enprime l, epi kenbe l yon kote ki an sekirite, lwen òdinatè sa a. Li louvri baz done a si ou bliye modpas la, kidonk veye l menm jan ak modpas la.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Enprime…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopye</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>&amp;Sove kòm fichye…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>Mwen &amp;ekri l oswa mwen sere l an sekirite</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>K&amp;ontinye</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kle rekiperasyon</translation>
    </message>
</context>
<context>
    <name>trustdesk-cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>init pa pran okenn agiman.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Baz done a pare: %1 (chema %2)</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n problem(s).</source>
        <translation>
            <numerusform>Verifikasyon ECHWE: %n pwoblèm.</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>fichye kopi sekirite a</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 bezwen egzakteman yon FILE.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Kopi sekirite ekri epi verifye: %1</translation>
    </message>
    <message>
        <source>Restored from %1 into %2</source>
        <translation>Retabli soti nan %1 nan %2</translation>
    </message>
    <message>
        <source>List cases, newest first: reference, status, opened date, client.</source>
        <translation>Bay lis ka yo, pi nouvo a an premye: referans, estati, dat yo louvri l, kliyan.</translation>
    </message>
    <message>
        <source>only cases with this status (%1)</source>
        <translation>sèlman ka ki gen estati sa a (%1)</translation>
    </message>
    <message>
        <source>print JSON instead of one line a case</source>
        <translation>ekri JSON olye yon liy pou chak ka</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list pa pran okenn agiman.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>Estati nou pa konnen &quot;%1&quot;. Sèvi ak youn nan sa yo: %2.</translation>
    </message>
    <message>
        <source>Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</source>
        <translation>Itilizasyon: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opsyon jeneral:</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>montre èd sa a; COMMAND --help montre opsyon yon kòmand</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>montre vèsyon an</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kòmand:</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db bezwen chemen yon fichye.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opsyon nou pa konnen %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Kòmand nou pa konnen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Search cases. Accents and case do not matter; the last word may be the start of a word. Best matches first.</source>
        <translation>Chèche ka. Aksan ak majiskil pa konte; dènye mo a ka kòmansman yon mo. Pi bon rezilta yo an premye.</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>mo pou chèche</translation>
    </message>
    <message>
        <source>at most N results (default 50)</source>
        <translation>pa plis pase N rezilta (pa defo 50)</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search bezwen yon QUERY.</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit bezwen yon nonb antye pozitif.</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify pa pran okenn agiman.</translation>
    </message>
    <message>
        <source>Verification passed: %1</source>
        <translation>Verifikasyon pase: %1</translation>
    </message>
    <message>
        <source>Add fictional demo cases to the database (created when missing). The same seed always gives the same cases.</source>
        <translation>Ajoute ka demonstrasyon ki pa vre nan baz done a (li kreye si li pa egziste). Menm grenn lan toujou bay menm ka yo.</translation>
    </message>
    <message>
        <source>how many cases to add (required)</source>
        <translation>konbyen ka pou ajoute (obligatwa)</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>grenn aleyatwa (pa defo 1)</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo pa pran okenn agiman.</translation>
    </message>
    <message>
        <source>demo needs --cases N.</source>
        <translation>demo bezwen --cases N.</translation>
    </message>
    <message>
        <source>--cases needs a positive whole number.</source>
        <translation>--cases bezwen yon nonb antye pozitif.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of zero or more.</source>
        <translation>--seed bezwen yon nonb antye zewo oswa plis.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) were added before the error.</source>
        <translation>
            <numerusform>%n ka demonstrasyon te ajoute anvan erè a.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding demo cases: %1 of %2</source>
        <translation>N ap ajoute ka demonstrasyon: %1 sou %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>Nou ajoute %n ka demonstrasyon.</numerusform>
        </translation>
    </message>
    <message>
        <source>case references to export (default: every case)</source>
        <translation>referans ka pou ekspòte (pa defo: tout ka yo)</translation>
    </message>
    <message>
        <source>write to FILE (owner-only) instead of standard output</source>
        <translation>ekri nan FILE (pou pwopriyetè a sèlman) olye sòti estanda a</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nou pa kapab ekri %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Nou ekspòte %n ka nan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>language code (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</source>
        <translation>kòd lang (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</translation>
    </message>
    <message>
        <source>with show: write a handout PDF to FILE</source>
        <translation>ak show: ekri yon fèy enfòmasyon PDF nan FILE</translation>
    </message>
    <message>
        <source>load the guidance pack from FOLDER instead of the built-in one</source>
        <translation>chaje pake gid la nan FOLDER olye sa ki enkli a</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>Gid la pa disponib nan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>guidance list takes no more arguments.</source>
        <translation>guidance list pa pran plis agiman.</translation>
    </message>
    <message>
        <source>guidance show needs exactly one article ID.</source>
        <translation>guidance show bezwen egzakteman yon ID atik.</translation>
    </message>
    <message>
        <source>There is no guidance article &quot;%1&quot;. See: guidance list</source>
        <translation>Pa gen atik gid &quot;%1&quot;. Gade: guidance list</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper dwe a4 oswa letter.</translation>
    </message>
    <message>
        <source>Handout written: %1</source>
        <translation>Fèy enfòmasyon ekri: %1</translation>
    </message>
    <message>
        <source>guidance search needs a QUERY.</source>
        <translation>guidance search bezwen yon QUERY.</translation>
    </message>
    <message>
        <source>Import the cases of a TrustDesk JSON file. The whole file is checked first: one bad case rejects it, naming the case and the field, and nothing is added.</source>
        <translation>Enpòte ka ki nan yon fichye JSON TrustDesk. Nou tcheke tout fichye a anvan: si yon sèl ka gen pwoblèm, nou refize l, nou di ki ka ak ki chan, epi nou pa ajoute anyen.</translation>
    </message>
    <message>
        <source>the TrustDesk JSON file</source>
        <translation>fichye JSON TrustDesk la</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import bezwen egzakteman yon FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Nou enpòte %n ka.</numerusform>
        </translation>
    </message>
    <message>
        <source>the case reference, e.g. TD-2026-00042</source>
        <translation>referans ka a, pa egzanp TD-2026-00042</translation>
    </message>
    <message>
        <source>print JSON (the interchange format) instead of text</source>
        <translation>ekri JSON (fòma echanj la) olye tèks</translation>
    </message>
    <message>
        <source>show needs exactly one REF.</source>
        <translation>show bezwen egzakteman yon REF.</translation>
    </message>
    <message>
        <source>Attach files to a case as evidence. Each file is copied into the evidence store beside the database and identified by its SHA-256; the original is only read. A file already on the case is reported and stored once.</source>
        <translation>Tache fichye nan yon ka kòm prèv. Nou kopye chak fichye nan depo prèv ki bò baz done a epi nou idantifye l ak SHA-256 li; nou sèlman li fichye orijinal la. Si yon fichye deja nan ka a, nou di sa epi nou kenbe l yon sèl fwa.</translation>
    </message>
    <message>
        <source>the case reference</source>
        <translation>referans ka a</translation>
    </message>
    <message>
        <source>files to attach</source>
        <translation>fichye pou tache</translation>
    </message>
    <message>
        <source>a description recorded with every file</source>
        <translation>yon deskripsyon ki anrejistre ak chak fichye</translation>
    </message>
    <message>
        <source>where the files came from: %1</source>
        <translation>kote fichye yo soti: %1</translation>
    </message>
    <message>
        <source>attach needs a case reference and at least one file.</source>
        <translation>attach bezwen yon referans ka ak omwen yon fichye.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Sous nou pa konnen &quot;%1&quot;. Sèvi ak youn nan sa yo: %2.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: %2, %3 bytes, %4</source>
        <translation>Tache &quot;%1&quot;: %2, %3 octets, %4</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file for imported evidence item %2 (%3)</source>
        <translation>Tache &quot;%1&quot;: fichye pou eleman prèv enpòte %2 la (%3)</translation>
    </message>
    <message>
        <source>Already attached: &quot;%1&quot; is the same file as evidence item %2 (&quot;%3&quot;); stored once.</source>
        <translation>Deja tache: &quot;%1&quot; se menm fichye ak eleman prèv %2 (&quot;%3&quot;); nou kenbe l yon sèl fwa.</translation>
    </message>
    <message>
        <source>Write the client&apos;s copy as a PDF: what was filed and the next steps from the guidance pack, in the client&apos;s preferred language (or --lang). It names no sensitive client field.</source>
        <translation>Ekri kopi kliyan an an PDF: sa ki te depoze ak pwochen etap yo dapre pake gid la, nan lang kliyan an prefere (oswa --lang). Li pa site okenn chan sansib kliyan an.</translation>
    </message>
    <message>
        <source>the PDF to write (required)</source>
        <translation>PDF pou ekri a (obligatwa)</translation>
    </message>
    <message>
        <source>when nothing is filed yet: bpd-iad (default), accountability or a body&apos;s name</source>
        <translation>lè poko gen anyen ki depoze: bpd-iad (pa defo), accountability oswa non yon òganis</translation>
    </message>
    <message>
        <source>client-copy needs exactly one REF.</source>
        <translation>client-copy bezwen egzakteman yon REF.</translation>
    </message>
    <message>
        <source>client-copy needs --out FILE.pdf.</source>
        <translation>client-copy bezwen --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability or a body&apos;s name.</source>
        <translation>--to bezwen bpd-iad, accountability oswa non yon òganis.</translation>
    </message>
    <message>
        <source>Client copy written: %1 (%2)</source>
        <translation>Kopi kliyan an ekri: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>ekri JSON</translation>
    </message>
    <message>
        <source>evidence needs exactly one case reference.</source>
        <translation>evidence bezwen egzakteman yon referans ka.</translation>
    </message>
    <message>
        <source>Copy a case&apos;s evidence into a new or empty folder with manifest.json, manifest.txt and SHA256SUMS (names, hashes, sizes, chain of custody). Every file is re-hashed while it is copied; a changed or missing file is not exported and the exit code is 3.</source>
        <translation>Kopye prèv yon ka nan yon dosye nouvo oswa vid ak manifest.json, manifest.txt ak SHA256SUMS (non, hash, gwosè, chèn gadyennaj). Nou rekalkile hash chak fichye pandan n ap kopye l; yon fichye ki chanje oswa ki manke pa ekspòte epi kòd sòti a se 3.</translation>
    </message>
    <message>
        <source>the folder to write (created owner-only; must be new or empty)</source>
        <translation>dosye pou ekri a (kreye pou pwopriyetè a sèlman; li dwe nouvo oswa vid)</translation>
    </message>
    <message>
        <source>evidence-export needs exactly one case reference.</source>
        <translation>evidence-export bezwen egzakteman yon referans ka.</translation>
    </message>
    <message>
        <source>evidence-export needs --out FOLDER.</source>
        <translation>evidence-export bezwen --out FOLDER.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Nou ekspòte %n fichye nan %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no file (details imported only) and are listed in the manifest.</source>
        <translation>
            <numerusform>%n eleman pa gen fichye (se detay yo sèlman ki enpòte) epi yo nan lis envantè a.</numerusform>
        </translation>
    </message>
    <message>
        <source>who files: client, on-behalf (default) or anonymous</source>
        <translation>kiyès k ap depoze: client, on-behalf (pa defo) oswa anonymous</translation>
    </message>
    <message>
        <source>with on-behalf: who files (default: the case&apos;s caseworker)</source>
        <translation>ak on-behalf: kiyès k ap depoze (pa defo: responsab ka a)</translation>
    </message>
    <message>
        <source>with on-behalf: the office filing</source>
        <translation>ak on-behalf: biwo k ap depoze a</translation>
    </message>
    <message>
        <source>the requested action (default: the standard request)</source>
        <translation>aksyon nou mande a (pa defo: demann nòmal la)</translation>
    </message>
    <message>
        <source>report needs exactly one REF.</source>
        <translation>report bezwen egzakteman yon REF.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report bezwen --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--filer must be client, on-behalf or anonymous.</source>
        <translation>--filer dwe client, on-behalf oswa anonymous.</translation>
    </message>
    <message>
        <source>Warning: the client&apos;s consent to file is not recorded; the PDF is marked as a draft.</source>
        <translation>Atansyon: konsantman kliyan an pou depoze plent lan pa anrejistre; PDF la make kòm bouyon.</translation>
    </message>
    <message>
        <source>Complaint written: %1</source>
        <translation>Plent lan ekri: %1</translation>
    </message>
    <message>
        <source>Sensitive fields included: %1</source>
        <translation>Chan sansib ki ladan l: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>okenn</translation>
    </message>
    <message>
        <source>The verification could not be recorded in the chain of custody: %1</source>
        <translation>Nou pa t kapab anrejistre verifikasyon an nan chèn gadyennaj la: %1</translation>
    </message>
    <message>
        <source>This command needs %1, which is not installed next to trustdesk-cli. Reinstall TrustDesk.</source>
        <translation>Kòmand sa a bezwen %1, men li pa enstale bò kote trustdesk-cli. Enstale TrustDesk ankò.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Pa t kapab lanse %1: %2</translation>
    </message>
    <message>
        <source>Its evidence is in %1; keep the two together.</source>
        <translation>Prèv li yo nan %1; kenbe de yo ansanm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; nothing changed. %2</source>
        <translation>&quot;%1&quot; pa t retabli; anyen pa chanje. %2</translation>
    </message>
    <message>
        <source>There is no evidence item %1. Nothing was removed.</source>
        <translation>Pa gen eleman prèv %1. Nou pa retire anyen.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2. Nothing was removed.</source>
        <translation>Eleman prèv %1 pa nan ka %2. Nou pa retire anyen.</translation>
    </message>
    <message>
        <source>Remove one evidence item from a case. EVIDENCE_ID is the item id that &quot;evidence REF&quot; lists. The reason is required and stays in the chain of custody. The file leaves the evidence store unless another item (on any case) holds the same bytes.</source>
        <translation>Retire yon eleman prèv nan yon ka. EVIDENCE_ID se idantifyan eleman an ki parèt nan lis &quot;evidence REF&quot; la. Rezon an obligatwa epi li rete nan chèn gadyennaj la. Fichye a soti nan depo prèv la, sòf si yon lòt eleman (nan nenpòt ka) gen menm octets yo.</translation>
    </message>
    <message>
        <source>the evidence item id</source>
        <translation>idantifyan eleman prèv la</translation>
    </message>
    <message>
        <source>why the item is removed (required; kept in the chain of custody)</source>
        <translation>poukisa yo retire eleman an (obligatwa; li rete nan chèn gadyennaj la)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, id, sha256, display_name, stored (the item had a file) and file_removed (the file left the store)</source>
        <translation>ekri JSON: case_reference, id, sha256, display_name, stored (eleman an te gen yon fichye) ak file_removed (fichye a soti nan depo a)</translation>
    </message>
    <message>
        <source>evidence-remove needs a case reference and one evidence item id.</source>
        <translation>evidence-remove bezwen yon referans ka ak yon idantifyan eleman prèv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an evidence item id: use the number that &quot;evidence %2&quot; lists.</source>
        <translation>&quot;%1&quot; se pa yon idantifyan eleman prèv: sèvi ak nimewo ki parèt nan lis &quot;evidence %2&quot; la.</translation>
    </message>
    <message>
        <source>evidence-remove needs --reason TEXT: the reason is kept in the chain of custody.</source>
        <translation>evidence-remove bezwen --reason TEXT: rezon an rete nan chèn gadyennaj la.</translation>
    </message>
    <message>
        <source>Removed evidence item %1 (&quot;%2&quot;) from %3; the reason is kept in the chain of custody.</source>
        <translation>Nou retire eleman prèv %1 (&quot;%2&quot;) nan %3; rezon an rete nan chèn gadyennaj la.</translation>
    </message>
    <message>
        <source>Its file was deleted from the evidence store.</source>
        <translation>Nou efase fichye li a nan depo prèv la.</translation>
    </message>
    <message>
        <source>Its file stays in the evidence store: another item holds the same bytes.</source>
        <translation>Fichye li a rete nan depo prèv la: yon lòt eleman gen menm octets yo.</translation>
    </message>
    <message>
        <source>Note: the file withheld these sensitive fields, which stay empty: %1</source>
        <translation>Nòt: fichye a te kache chan sansib sa yo, yo rete vid: %1</translation>
    </message>
    <message>
        <source>deliberately include every sensitive client field and witness contact details (recorded in the audit log)</source>
        <translation>mete tout chan sansib kliyan yo ak kontak temwen yo espre (sa ekri nan jounal kontwòl la)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive client field or witness detail. Use one of: %2.</source>
        <translation>&quot;%1&quot; se pa yon chan sansib pou kliyan an ni yon enfòmasyon sou temwen. Sèvi ak youn nan sa yo: %2.</translation>
    </message>
    <message>
        <source>Show one case. Sensitive client fields and witness contact details are withheld unless deliberately included; --json prints a TrustDesk JSON file holding just this case.</source>
        <translation>Montre yon ka. Chan sansib kliyan yo ak kontak temwen yo kache sòf si yo mete yo espre; --json ekri yon fichye JSON TrustDesk ki gen ka sa a sèlman.</translation>
    </message>
    <message>
        <source>audit verify takes no other argument than --head.</source>
        <translation>audit verify pa pran lòt agiman pase --head.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the log was changed behind TrustDesk&apos;s back.</source>
        <translation>Verifikasyon jounal kontwòl la ECHWE: yo te chanje jounal la san TrustDesk pa konnen.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the entry %1 recorded earlier is no longer in the log; its tail was cut off or the log was replaced.</source>
        <translation>Verifikasyon jounal kontwòl la ECHWE: antre %1 ki te anrejistre anvan an pa nan jounal la ankò; yo te koupe dènye pati li oswa yo te ranplase jounal la.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: entry %1, recorded in %2 when it was written, is no longer in the log; its tail was cut off or an older copy of the database was put back.</source>
        <translation>Verifikasyon jounal kontwòl la ECHWE: antre %1, ki te anrejistre nan %2 lè yo te ekri l, pa nan jounal la ankò; yo te koupe dènye pati li oswa yo te remete yon kopi baz done a ki pi ansyen.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entries, chain head %1.</source>
        <translation>
            <numerusform>Jounal kontwòl la verifye: %n antre, tèt chèn %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit log, oldest first: time (UTC), actor, action, case, details.
&quot;audit verify&quot; checks the log&apos;s hash chain instead (exit 3 when it was changed).</source>
        <translation>Montre jounal kontwòl la, pi ansyen an anvan: lè (UTC), moun ki aji, aksyon, ka, detay.
&quot;audit verify&quot; verifye chèn hash jounal la pito (sòti ak 3 si yo te chanje l).</translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation>verifye chèn hash la</translation>
    </message>
    <message>
        <source>only the entries about case REF</source>
        <translation>sèlman antre ki konsène ka REF</translation>
    </message>
    <message>
        <source>only the entries from DATE on: YYYY-MM-DD or an ISO 8601 date and time (UTC unless it has an offset)</source>
        <translation>sèlman antre depi DATE: YYYY-MM-DD oswa yon dat ak lè ISO 8601 (UTC sòf si li gen yon dekalaj)</translation>
    </message>
    <message>
        <source>print JSON instead of one line an entry</source>
        <translation>enprime JSON olye de yon liy pou chak antre</translation>
    </message>
    <message>
        <source>with verify: also fail unless the entry with this hash (a head printed by an earlier verify) is still in the log</source>
        <translation>ak verify: echwe tou si antre ki gen hash sa a (yon tèt yon verify anvan te enprime) pa nan jounal la ankò</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; did you mean &quot;audit verify&quot;?</source>
        <translation>Agiman &quot;%1&quot; pa rekonèt; èske ou te vle di &quot;audit verify&quot;?</translation>
    </message>
    <message>
        <source>--head goes with &quot;audit verify&quot;.</source>
        <translation>--head ale ak &quot;audit verify&quot;.</translation>
    </message>
    <message>
        <source>--case needs a reference.</source>
        <translation>--case bezwen yon referans.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation>&quot;%1&quot; se pa yon dat: sèvi ak YYYY-MM-DD oswa YYYY-MM-DDTHH:MM[:SS].</translation>
    </message>
    <message>
        <source>(carried over by a restore)</source>
        <translation>(pote pa yon retablisman)</translation>
    </message>
    <message>
        <source>The backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new path with --db, or run `trustdesk-cli encrypt` on this database first.</source>
        <translation>Kopi sekirite a chifre men baz done sa a pa chifre, kidonk ka yo ta ekri san chifre. Retabli l nan yon nouvo chemen ak --db, oswa kouri `trustdesk-cli encrypt` sou baz done sa a anvan.</translation>
    </message>
    <message>
        <source>The key file could not be copied beside %1.</source>
        <translation>Nou pa t kapab kopye fichye kle a bò kote %1.</translation>
    </message>
    <message>
        <source>the new passphrase: the first line of FILE</source>
        <translation>nouvo modpas la: premye liy FILE</translation>
    </message>
    <message>
        <source>change-passphrase takes no arguments.</source>
        <translation>change-passphrase pa pran agiman.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>Baz done &quot;%1&quot; la pa egziste.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no passphrase to change. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Baz done sa a pa chifre, kidonk li pa gen modpas pou chanje. `trustdesk-cli encrypt` fè l tounen yon kòfrefò.</translation>
    </message>
    <message>
        <source>The passphrase was changed. The old one no longer opens %1; the recovery key still does.</source>
        <translation>Modpas la chanje. Ansyen an pa louvri %1 ankò; kle rekiperasyon an toujou louvri l.</translation>
    </message>
    <message>
        <source>An encryption of this database is running or was interrupted. Run `trustdesk-cli encrypt` to finish or undo it.</source>
        <translation>Gen yon chifraj baz done sa a k ap fèt oswa ki te entèwonp. Kouri `trustdesk-cli encrypt` pou fini l oswa defèt li.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE</source>
        <translation>modpas yon baz done chifre: premye liy FILE</translation>
    </message>
    <message>
        <source>open an encrypted database with its recovery key, the first line of FILE</source>
        <translation>louvri yon baz done chifre ak kle rekiperasyon li, premye liy FILE</translation>
    </message>
    <message>
        <source>when the database does not exist yet, make it unencrypted (for throwaway data only); by default a new database is encrypted</source>
        <translation>lè baz done a poko egziste, fè l san chifre (sèlman pou done ou pral jete); pa defo yon nouvo baz done chifre</translation>
    </message>
    <message>
        <source>write a new encrypted database&apos;s recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>ekri kle rekiperasyon yon nouvo baz done chifre nan FILE (sèlman pwopriyetè a ka wè l; li pa dwe egziste deja) olye de montre l</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; the recovery key is never written over a file.</source>
        <translation>&quot;%1&quot; egziste deja; nou pa janm ekri kle rekiperasyon an sou yon fichye.</translation>
    </message>
    <message>
        <source>The new database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Nouvo baz done a chifre. Si yon jou ou bliye modpas li, se sèlman kle rekiperasyon sa a ki louvri l. Li parèt fwa sa a sèlman: ekri l oswa enprime l, epi kenbe l yon kote ki an sekirite, lwen òdinatè sa a.</translation>
    </message>
    <message>
        <source>The new database is encrypted. Its recovery key, which opens it if the passphrase is ever forgotten, is in %1: keep that file safe, away from this computer.</source>
        <translation>Nouvo baz done a chifre. Kle rekiperasyon li, ki louvri l si yon jou ou bliye modpas la, nan %1: kenbe fichye sa a an sekirite, lwen òdinatè sa a.</translation>
    </message>
    <message>
        <source>The database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Baz done a chifre. Si yon jou ou bliye modpas li, se sèlman kle rekiperasyon sa a ki louvri l. Li parèt fwa sa a sèlman: ekri l oswa enprime l, epi kenbe l yon kote ki an sekirite, lwen òdinatè sa a.</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>Nou pa t kapab ekri kle rekiperasyon an nan &quot;%1&quot;: %2. Anyen pa t chanje.</translation>
    </message>
    <message>
        <source>
The recovery key of the encrypted TrustDesk database %1.
It opens the database without its passphrase: keep it safe, away from the computer.
</source>
        <translation>
Kle rekiperasyon baz done TrustDesk chifre %1 la.
Li louvri baz done a san modpas li: kenbe l an sekirite, lwen òdinatè a.
</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;. Nothing was changed.</source>
        <translation>Nou pa t kapab ekri kle rekiperasyon an nan &quot;%1&quot;. Anyen pa t chanje.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>N ap verifye</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>N ap chifre</translation>
    </message>
    <message>
        <source>Comparing with the original</source>
        <translation>N ap konpare ak orijinal la</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prèv</translation>
    </message>
    <message>
        <source>Putting in place</source>
        <translation>N ap mete l nan plas li</translation>
    </message>
    <message>
        <source>write the recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>ekri kle rekiperasyon an nan FILE (sèlman pwopriyetè a ka wè l; li pa dwe egziste deja) olye de montre l</translation>
    </message>
    <message>
        <source>encrypt takes no arguments.</source>
        <translation>encrypt pa pran agiman.</translation>
    </message>
    <message>
        <source>An interrupted encryption was finished: %1 is encrypted now, with the passphrase and recovery key given then.</source>
        <translation>Nou fini yon chifraj ki te entèwonp: %1 chifre kounye a, ak modpas ak kle rekiperasyon yo te bay lè sa a.</translation>
    </message>
    <message>
        <source>An interrupted encryption was undone; the database was still unencrypted. Starting again.</source>
        <translation>Nou defèt yon chifraj ki te entèwonp; baz done a te toujou pa chifre. N ap rekòmanse.</translation>
    </message>
    <message>
        <source>%1 is encrypted now; it opens only with its passphrase or recovery key.</source>
        <translation>%1 chifre kounye a; li louvri sèlman ak modpas li oswa kle rekiperasyon li.</translation>
    </message>
    <message>
        <source>hand the files over as stored, with their metadata (EXIF with GPS position and author, XMP, PDF information); recorded in the audit log. By default copies leave without it.</source>
        <translation>bay fichye yo jan yo sove a, ak metadone yo (EXIF ak pozisyon GPS ak otè, XMP, enfòmasyon PDF); sa anrejistre nan jounal kontwòl la. Pa defo kopi yo soti san metadone.</translation>
    </message>
    <message>
        <source>name the files and list them in the manifest by their original names (which may name the client); recorded in the audit log. By default files are named by case and item number.</source>
        <translation>bay fichye yo non orijinal yo epi mete yo nan manifès la ak non sa yo (ki ka gen non kliyan an); sa anrejistre nan jounal kontwòl la. Pa defo fichye yo rele dapre ka a ak nimewo eleman an.</translation>
    </message>
    <message numerus="yes">
        <source>Metadata (such as GPS position, author, camera) was removed from %n copy(ies); the originals in the store are unchanged.</source>
        <translation>
            <numerusform>Nou retire metadone (tankou pozisyon GPS, otè, kamera) nan %n kopi; orijinal ki nan depo a pa chanje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check them before they leave. The manifest marks them.</source>
        <translation>
            <numerusform>%n fichye se yon kalite TrustDesk pa ka retire metadone ladan (videyo, odyo, dokiman); verifye yo anvan yo soti. Manifès la make yo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases (all, or the references given) as a TrustDesk JSON file. Sensitive client fields and witness contact details are left out unless deliberately included, and masked where the free text repeats them.</source>
        <translation>Ekspòte ka yo (tout, oswa referans yo bay yo) nan yon fichye JSON TrustDesk. Chan sansib kliyan an ak kontak temwen yo pa ladan sòf si yo mete yo espre, e yo kache kote tèks lib la repete yo.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s) whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</source>
        <translation>
            <numerusform>… ak %n lòt ka ki gen valè kache oswa fraz ki ka devwale estati imigrasyon nan tèks lib yo (show REF montre yo).</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone with the file can read it. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Baz done sa a pa chifre: nenpòt moun ki gen fichye a ka li l. `trustdesk-cli encrypt` fè l tounen yon kòfrefò.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE (else the file named by %1, else asked on the terminal)</source>
        <translation>modpas yon baz done chifre: premye liy FILE (sinon fichye ki nan %1, sinon yo mande l nan tèminal la)</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>%1 bezwen yon chemen fichye.</translation>
    </message>
    <message>
        <source>the caseworker&apos;s name</source>
        <translation>non responsab ka a</translation>
    </message>
    <message>
        <source>their role (caseworker, supervisor, …)</source>
        <translation>wòl li (responsab ka, sipèvizè, …)</translation>
    </message>
    <message>
        <source>profile takes no arguments.</source>
        <translation>profile pa pran agiman.</translation>
    </message>
    <message>
        <source>A caseworker profile needs a name: trustdesk-cli profile --name NAME [--role ROLE].</source>
        <translation>Yon pwofil responsab ka bezwen yon non: trustdesk-cli profile --name NAME [--role ROLE].</translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings.</source>
        <translation>Nou pa t kapab sove pwofil la nan paramèt yo.</translation>
    </message>
    <message>
        <source>No caseworker profile is set: entries are recorded as &quot;%1&quot;.
Set one with: trustdesk-cli profile --name NAME --role ROLE</source>
        <translation>Pa gen pwofil responsab ka: antre yo anrejistre kòm &quot;%1&quot;.
Chwazi youn ak: trustdesk-cli profile --name NAME --role ROLE</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Non: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Wòl: %1</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>Anrejistre kòm: %1</translation>
    </message>
    <message>
        <source>deliberately include this sensitive client field or witness detail (%1), in its field and where the free text mentions it; repeatable, recorded in the audit log</source>
        <translation>mete espre chan sansib kliyan sa a oswa detay temwen sa a (%1), nan chan li ak kote tèks lib la pale de li; ou ka repete l, sa anrejistre nan jounal kontwòl la</translation>
    </message>
    <message>
        <source>also mask, as [withheld], the phrases in the free text that may reveal immigration status (listed on standard error either way)</source>
        <translation>kache tou, kòm [kache], fraz nan tèks lib la ki ka devwale estati imigrasyon (yo parèt nan erè estanda a kèlkeswa sa)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n withheld value(s) found in the free text and masked.</source>
        <translation>
            <numerusform>%1: nou jwenn %n valè kache nan tèks lib la e nou kache yo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, masked:</source>
        <translation>
            <numerusform>%1: %n fraz ki ka devwale estati imigrasyon, kache:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, left as written (--mask-status-phrases masks them):</source>
        <translation>
            <numerusform>%1: %n fraz ki ka devwale estati imigrasyon, kite jan yo ekri a (--mask-status-phrases kache yo):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot; in: %3</source>
        <translation>  %1: &quot;%2&quot; nan: %3</translation>
    </message>
    <message>
        <source>Write a case&apos;s complaint submission as a PDF. Sensitive client fields and witness contact details are withheld unless deliberately included, also where the free text mentions them; the PDF names the kinds withheld, never their values. Phrases that may reveal immigration status are listed on standard error and masked with --mask-status-phrases. Each report is recorded in the case (date, recipient, fields included, SHA-256) and in the audit log.</source>
        <translation>Ekri plent yon ka nan yon PDF. Chan sansib kliyan an ak kontak temwen yo kache sòf si yo mete yo espre, menm kote tèks lib la pale de yo; PDF la di ki kalite enfòmasyon ki kache, men li pa janm bay valè yo. Fraz ki ka devwale estati imigrasyon parèt nan erè estanda a e yo kache ak --mask-status-phrases. Chak rapò anrejistre nan ka a (dat, moun ki resevwa l, chan ki ladan, SHA-256) ak nan jounal kontwòl la.</translation>
    </message>
    <message>
        <source>Encrypt an existing plaintext database in place. The new passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal); the recovery key is shown once or written to --recovery-key-out. An encrypted copy is written beside the database and compared with it table by table; only then does it take the database&apos;s place, and no plaintext copy is left. The evidence files are sealed the same way, checked, and the plaintext ones deleted. Close TrustDesk first: the database must not be open anywhere else. Run it again after an interruption: it finishes or undoes what was begun.</source>
        <translation>Chifre yon baz done ki egziste deja san chifre, nan menm plas la. Nouvo modpas la soti nan --passphrase-file (oswa nan fichye TRUSTDESK_PASSPHRASE_FILE nonmen an, oswa yo mande l de fwa nan tèminal la); kle rekiperasyon an parèt yon sèl fwa oswa yo ekri l nan --recovery-key-out. Yo ekri yon kopi chifre bò kote baz done a epi yo konpare l avè l tab pa tab; se sèlman apre sa li pran plas baz done a, epi pa gen okenn kopi san chifre ki rete. Fichye prèv yo sele menm jan an, yo verifye yo, epi yo efase sa ki pa chifre yo. Fèmen TrustDesk anvan: baz done a pa dwe louvri okenn lòt kote. Lanse l ankò apre yon entèripsyon: li fini oswa li defèt sa ki te kòmanse a.</translation>
    </message>
    <message>
        <source>List a case&apos;s evidence, oldest first, one item a line, tab-separated: SHA-256, item id, size in bytes, &quot;stored&quot; or &quot;metadata-only&quot; (details imported without the file), media type, date captured (UTC, or -), name. --json adds every field and the chain of custody; a redacted copy has redacted_copy_of (the original&apos;s id) and redaction (its boxes and method).</source>
        <translation>Bay lis prèv yon ka, pi ansyen an anvan, yon eleman pa liy, separe ak tab: SHA-256, id eleman an, gwosè an byte, &quot;stored&quot; oswa &quot;metadata-only&quot; (detay enpòte san fichye a), kalite medya, dat yo te pran l (UTC, oswa -), non. --json ajoute tout chan yo ak chèn kontwòl la; yon kopi ak pati kache gen redacted_copy_of (id orijinal la) ak redaction (kare li yo ak metòd la).</translation>
    </message>
    <message>
        <source>Print the boxes OpenCV&apos;s face detection suggests for an image, one X,Y,W,H a line (as &quot;redact --box&quot; takes them), in the pixels of the upright image. Suggestions only: detection misses faces (small, turned, covered), so look at the image.</source>
        <translation>Enprime kare deteksyon figi OpenCV sijere pou yon imaj, yon X,Y,W,H pa liy (jan &quot;redact --box&quot; pran yo), an piksèl imaj la kanpe dwat. Se sijesyon sèlman: deteksyon an rate figi (piti, vire, kouvri), kidonk gade imaj la.</translation>
    </message>
    <message>
        <source>the evidence item id (an image)</source>
        <translation>id prèv la (yon imaj)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, evidence_id, width, height (of the upright image) and boxes, each with x, y, width, height</source>
        <translation>enprime JSON: case_reference, evidence_id, width, height (imaj la kanpe dwat) ak boxes, chak ak x, y, width, height</translation>
    </message>
    <message>
        <source>No face was suggested; detection misses faces, so check the image.</source>
        <translation>Pa gen figi ki sijere; deteksyon an rate figi, kidonk verifye imaj la.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sous: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Dènye verifikasyon: %1</translation>
    </message>
    <message>
        <source>Rights guidance from the built-in pack (or --pack FOLDER).
  guidance list [--lang L]                 one article a line, its id first
  guidance show ID [--lang L] [--pdf FILE] the article as text, or a handout PDF
  guidance search QUERY [--lang L]         articles containing every word (all languages without --lang)
  guidance version                         which pack is in use: id, version, review date, where from
  guidance install PATH                    install a newer pack from its folder or manifest.json, after checking it</source>
        <translation>Gid sou dwa ki soti nan pakè entegre a (oswa --pack FOLDER).
  guidance list [--lang L]                 yon atik pa liy, id li an premye
  guidance show ID [--lang L] [--pdf FILE] atik la an tèks, oswa yon fèy enfòmasyon PDF
  guidance search QUERY [--lang L]         atik ki gen chak mo yo (tout lang yo san --lang)
  guidance version                         ki pakè k ap sèvi: id, vèsyon, dat revizyon, kote li soti
  guidance install PATH                    enstale yon pakè ki pi nouvo soti nan dosye li oswa manifest.json li, apre verifikasyon</translation>
    </message>
    <message>
        <source>list, show, search, version or install</source>
        <translation>list, show, search, version oswa install</translation>
    </message>
    <message>
        <source>guidance needs an action: list, show, search, version or install.</source>
        <translation>guidance bezwen yon aksyon: list, show, search, version oswa install.</translation>
    </message>
    <message>
        <source>guidance install needs exactly one PATH, and no --pack.</source>
        <translation>guidance install bezwen egzakteman yon PATH, epi pa --pack.</translation>
    </message>
    <message>
        <source>Installed guidance %1 version %2 (was version %3) in %4.</source>
        <translation>Gid %1 vèsyon %2 enstale (te vèsyon %3) nan %4.</translation>
    </message>
    <message>
        <source>guidance version takes no more arguments.</source>
        <translation>guidance version pa pran lòt agiman.</translation>
    </message>
    <message>
        <source>Unknown guidance action &quot;%1&quot;: use list, show, search, version or install.</source>
        <translation>Aksyon guidance nou pa konnen: &quot;%1&quot;. Sèvi ak list, show, search, version oswa install.</translation>
    </message>
    <message>
        <source>Warning: these anonymous clients came with a name, which was not stored: %1</source>
        <translation>Avètisman: kliyan anonim sa yo te vini ak yon non, ke nou pa t anrejistre: %1</translation>
    </message>
    <message>
        <source>Show the caseworker profile, or set it with --name (and --role). Audit and custody entries name this profile as who acted; without one they say &quot;unnamed&quot;. The --office options set the office printed on client copies and handouts.</source>
        <translation>Montre pwofil responsab ka a, oswa mete l ak --name (ak --role). Antre odit ak kontwòl yo nonmen pwofil sa a kòm moun ki te aji a; san li yo di &quot;unnamed&quot;. Opsyon --office yo mete biwo ki enprime sou kopi pou kliyan ak fèy enfòmasyon yo.</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>non biwo a</translation>
    </message>
    <message>
        <source>its address (\n between lines)</source>
        <translation>adrès li (\n ant liy yo)</translation>
    </message>
    <message>
        <source>its phone number</source>
        <translation>nimewo telefòn li</translation>
    </message>
    <message>
        <source>its email address</source>
        <translation>adrès imèl li</translation>
    </message>
    <message>
        <source>its time zone (America/New_York)</source>
        <translation>zòn lè li (America/New_York)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows (for example America/New_York).</source>
        <translation>&quot;%1&quot; se pa yon zòn lè sistèm sa a konnen (pa egzanp America/New_York).</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Biwo:</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zòn lè: %1</translation>
    </message>
    <message>
        <source>%1 needs a case reference and one evidence item id.</source>
        <translation>%1 bezwen yon referans ka ak yon id prèv.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2.</source>
        <translation>Prèv %1 pa nan ka %2.</translation>
    </message>
    <message>
        <source>Store a redacted copy of an image as a new evidence item derived from it, and print the new item&apos;s id. Boxes are in the pixels of the image turned upright by its EXIF orientation (&quot;faces&quot; prints them the same way). The copy carries no metadata; the original is kept unchanged and still verifies.</source>
        <translation>Anrejistre yon kopi yon imaj ak pati kache kòm yon nouvo prèv ki soti nan li, epi enprime id nouvo eleman an. Kare yo an piksèl imaj la kanpe dwat dapre oryantasyon EXIF li (&quot;faces&quot; enprime yo menm jan an). Kopi a pa gen metadone; orijinal la rete jan l ye a epi li toujou verifye.</translation>
    </message>
    <message>
        <source>a box to cover: left, top, width, height in pixels (repeat for more boxes)</source>
        <translation>yon kare pou kouvri: goch, anwo, lajè, wotè an piksèl (repete pou plis kare)</translation>
    </message>
    <message>
        <source>fill (solid black, the default) or pixelate (coarse blocks)</source>
        <translation>fill (nwa nèt, pa defo) oswa pixelate (gwo blòk)</translation>
    </message>
    <message>
        <source>also cover the faces OpenCV suggests (listed on stderr; detection misses faces: check the copy)</source>
        <translation>kouvri tou figi OpenCV sijere yo (lis yo sou stderr; deteksyon an rate figi: verifye kopi a)</translation>
    </message>
    <message>
        <source>redact needs at least one --box X,Y,W,H (or --suggest).</source>
        <translation>redact bezwen omwen yon --box X,Y,W,H (oswa --suggest).</translation>
    </message>
    <message>
        <source>Suggested face: %1</source>
        <translation>Figi sijere: %1</translation>
    </message>
    <message>
        <source>Nothing to redact: give boxes with --box. Nothing was stored.</source>
        <translation>Pa gen anyen pou kache: bay kare ak --box. Nou pa t anrejistre anyen.</translation>
    </message>
    <message>
        <source>The same redacted copy is already on the case (item %1).</source>
        <translation>Menm kopi ak pati kache a deja nan ka a (eleman %1).</translation>
    </message>
    <message>
        <source>bpd-iad (Boston Police internal affairs, the default), accountability (the City&apos;s police accountability office), post (the state&apos;s POST Commission, for officers of any agency) or another body&apos;s name</source>
        <translation>bpd-iad (Afè Entèn Lapolis Boston, pa defo), accountability (biwo responsabilite lapolis Vil la), post (POST Commission eta a, pou ofisye nenpòt ajans) oswa non yon lòt enstitisyon</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability, post or a body&apos;s name.</source>
        <translation>--to bezwen bpd-iad, accountability, post oswa non yon enstitisyon.</translation>
    </message>
    <message>
        <source>with --pdf</source>
        <translation>avèk --pdf</translation>
    </message>
    <message>
        <source>a4 or letter (default: the paper last chosen in the app, else letter)</source>
        <translation>a4 oswa letter (pa defo: papye ou te chwazi dènye fwa nan aplikasyon an, sinon letter)</translation>
    </message>
    <message>
        <source>trustdesk-cli %1 does not work with an office server yet.</source>
        <translation>trustdesk-cli %1 poko mache ak yon sèvè biwo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive column of the case list. Use one of: %2.</source>
        <translation>&quot;%1&quot; se pa yon kolòn sansib nan lis ka yo. Sèvi ak youn nan sa yo: %2.</translation>
    </message>
    <message>
        <source>write the list as CSV for a spreadsheet (UTF-8 with a byte-order mark); sensitive client columns are left out unless included; recorded in the audit log</source>
        <translation>ekri lis la an CSV pou yon pwogram kalkil (UTF-8 ak yon mak lòd byte); kolòn sansib kliyan yo rete deyò sòf si ou mete yo; sa ekri nan jounal kontwòl la</translation>
    </message>
    <message>
        <source>database file, or an office server&apos;s postgresql:// URI (default: %1)</source>
        <translation>fichye baz done, oswa URI postgresql:// yon sèvè biwo (pa defo: %1)</translation>
    </message>
    <message>
        <source>List officers recorded in more than one incident, most incidents first: incidents, cases, badge number, agency, first and last incident, violation categories, name. Officers are recognized by badge number (spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros ignored) and agency.</source>
        <translation>Montre ofisye ki anrejistre nan plis pase yon ensidan, sa ki gen plis ensidan yo an premye: ensidan, ka, nimewo badj, ajans, premye ak dènye ensidan, kategori vyolasyon, non. Nou rekonèt ofisye yo gras a nimewo badj (san konte espas, &quot;#&quot;, &quot;No.&quot; ak zewo ki devan) ak ajans.</translation>
    </message>
    <message>
        <source>print JSON instead of one line an officer</source>
        <translation>ekri JSON olye yon liy pou chak ofisye</translation>
    </message>
    <message>
        <source>only officers in at least N incidents (default 2; 1 lists all)</source>
        <translation>sèlman ofisye ki nan omwen N ensidan (pa defo 2; 1 montre tout)</translation>
    </message>
    <message>
        <source>instead, list the cases in which this badge number appears</source>
        <translation>olye sa, montre ka kote nimewo badj sa a parèt</translation>
    </message>
    <message>
        <source>with --badge, only this agency (records without an agency match any)</source>
        <translation>ak --badge, sèlman ajans sa a (dosye ki pa gen ajans koresponn ak nenpòt)</translation>
    </message>
    <message>
        <source>officers takes no arguments.</source>
        <translation>officers pa pran agiman.</translation>
    </message>
    <message>
        <source>--min-incidents needs a whole number of 1 or more.</source>
        <translation>--min-incidents bezwen yon nonb antye 1 oswa plis.</translation>
    </message>
    <message>
        <source>--agency needs --badge.</source>
        <translation>--agency bezwen --badge.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cases and incidents by %1 and %2</source>
        <translation>Ka ak ensidan pa %1 ak %2</translation>
    </message>
    <message>
        <source>Cases and incidents by %1</source>
        <translation>Ka ak ensidan pa %1</translation>
    </message>
    <message>
        <source>Incidents dated %1 to %2</source>
        <translation>Ensidan ki gen dat soti %1 rive %2</translation>
    </message>
    <message>
        <source>Incidents dated %1 or later</source>
        <translation>Ensidan ki gen dat %1 oswa apre</translation>
    </message>
    <message>
        <source>Incidents dated %1 or earlier</source>
        <translation>Ensidan ki gen dat %1 oswa anvan</translation>
    </message>
    <message>
        <source>* suppressed: a count from 1 to %1, or one hidden so that such a count cannot be worked out from the totals.</source>
        <translation>* kache: yon kont soti 1 rive %1, oswa yon kont nou kache pou moun pa ka dedui yon kont konsa apati total yo.</translation>
    </message>
    <message>
        <source>A case or incident can count in several rows or columns (several categories, or incidents in several months, districts or agencies); totals count each once, so they are less than the sum of their cells.</source>
        <translation>Yon ka oswa yon ensidan ka konte nan plizyè liy oswa kolòn (plizyè kategori, oswa ensidan nan plizyè mwa, distri oswa ajans); total yo konte chak yon sèl fwa, kidonk yo pi piti pase sòm selil yo.</translation>
    </message>
    <message>
        <source>--by takes one or two dimensions, e.g. --by category,month.</source>
        <translation>--by pran youn oswa de dimansyon, pa egzanp --by category,month.</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;. Use one or two of: %2.</source>
        <translation>Nou pa konnen dimansyon &quot;%1&quot;. Sèvi ak youn oswa de nan sa yo: %2.</translation>
    </message>
    <message>
        <source>--by names &quot;%1&quot; twice.</source>
        <translation>--by bay &quot;%1&quot; de fwa.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 bezwen yon dat konsa YYYY-MM-DD, pa &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from pa dwe vini apre --to.</translation>
    </message>
    <message>
        <source>--min-count needs a whole number of 1 or more.</source>
        <translation>--min-count bezwen yon nonb antye 1 oswa plis.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Chwazi --json oswa --csv, pa tou de.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf bezwen yon non fichye.</translation>
    </message>
    <message>
        <source>Count cases and incidents by one or two dimensions, for an office&apos;s own overview or to publish. Counts from 1 to K-1 are suppressed, and further counts where one could otherwise be worked out from the totals; no names, references or free text are printed (docs/statistics.md).</source>
        <translation>Konte ka ak ensidan pa youn oswa de dimansyon, pou biwo a gen yon apèsi pou tèt li oswa pou pibliye. Nou kache kont soti 1 rive K-1, ak lòt kont kote moun ta ka dedui youn apati total yo; nou pa ekri okenn non, referans oswa tèks lib (docs/statistics.md).</translation>
    </message>
    <message>
        <source>one or two dimensions, comma-separated (default category): %1</source>
        <translation>youn oswa de dimansyon, separe ak vigil (pa defo category): %1</translation>
    </message>
    <message>
        <source>count incidents dated on or after D (YYYY-MM-DD)</source>
        <translation>konte ensidan ki gen dat D oswa apre (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>count incidents dated on or before D (YYYY-MM-DD)</source>
        <translation>konte ensidan ki gen dat D oswa anvan (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>suppress counts below K (default %1)</source>
        <translation>kache kont ki pi piti pase K (pa defo %1)</translation>
    </message>
    <message>
        <source>only cases with these statuses, comma-separated</source>
        <translation>sèlman ka ki gen estati sa yo, separe ak vigil</translation>
    </message>
    <message>
        <source>only the cases assigned to this caseworker</source>
        <translation>sèlman ka yo bay responsab sa a</translation>
    </message>
    <message>
        <source>print JSON: each count, or null when suppressed</source>
        <translation>ekri JSON: chak kont, oswa null lè li kache</translation>
    </message>
    <message>
        <source>print CSV (UTF-8 with a byte order mark)</source>
        <translation>ekri CSV (UTF-8 ak yon mak lòd byte)</translation>
    </message>
    <message>
        <source>also write the statistics as a PDF report to FILE</source>
        <translation>ekri estatistik yo tou kòm rapò PDF nan FILE</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>stats pa pran agiman.</translation>
    </message>
    <message>
        <source>This program cannot write PDFs.</source>
        <translation>Pwogram sa a pa kapab ekri PDF.</translation>
    </message>
    <message>
        <source>The office key has no recovery key: give your own passphrase.</source>
        <translation>Kle biwo a pa gen kle rekiperasyon: bay pwòp modpas ou.</translation>
    </message>
    <message>
        <source>write the list as an Excel workbook (.xlsx) to the file given with --out; the same columns as --csv, recorded in the audit log</source>
        <translation>ekri lis la kòm fichye Excel (.xlsx) nan fichye yo bay ak --out; menm kolòn ak --csv, sa anrejistre nan jounal kontwòl la</translation>
    </message>
    <message>
        <source>with --csv or --xlsx, deliberately add this sensitive client column (%1); repeatable, recorded in the audit log</source>
        <translation>ak --csv oswa --xlsx, ajoute espre kolòn sansib kliyan sa a (%1); ou ka repete l, sa anrejistre nan jounal kontwòl la</translation>
    </message>
    <message>
        <source>with --csv, write to FILE (owner-only) instead of standard output; with --xlsx, the file to write (required)</source>
        <translation>ak --csv, ekri nan FILE (pou pwopriyetè a sèlman) olye sòti estanda a; ak --xlsx, fichye pou ekri a (obligatwa)</translation>
    </message>
    <message>
        <source>Choose one of --csv, --xlsx and --json.</source>
        <translation>Chwazi youn sèlman nan --csv, --xlsx ak --json.</translation>
    </message>
    <message>
        <source>--include and --out need --csv or --xlsx.</source>
        <translation>--include ak --out bezwen --csv oswa --xlsx.</translation>
    </message>
    <message>
        <source>An XLSX workbook is binary and is not written to a terminal. Give the file to write with --out FILE.</source>
        <translation>Yon fichye XLSX se binè, nou pa ekri l nan yon tèminal. Bay fichye pou ekri a ak --out FILE.</translation>
    </message>
    <message>
        <source>--xlsx writes a file, not standard output: give it with --out FILE.</source>
        <translation>--xlsx ekri yon fichye, li pa ekri nan sòti estanda a: bay fichye a ak --out FILE.</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for the login &quot;%1&quot; with this passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`. Without at least one person&apos;s passphrase, the evidence on this server cannot be read: give the key to two people.</source>
        <translation>Nou fè kle biwo a epi nou fèmen l pou login &quot;%1&quot; la ak modpas sa a. Ajoute kòlèg ak `trustdesk-cli office-key add LOGIN`. San modpas omwen yon moun, pèsonn pa ka li prèv ki sou sèvè sa a: bay de moun kle a.</translation>
    </message>
    <message>
        <source>The office key was wrapped for the login &quot;%1&quot;: that person now opens the evidence with their own passphrase. Nothing was re-encrypted.</source>
        <translation>Nou fèmen kle biwo a pou login &quot;%1&quot; la: moun sa a louvri prèv yo kounye a ak pwòp modpas li. Nou pa t rechifre anyen.</translation>
    </message>
    <message>
        <source>Manage the office key of an office server, which encrypts the evidence kept in it. &quot;init&quot; makes the key and wraps it for your login with a passphrase (from --passphrase-file or asked twice). &quot;add LOGIN&quot; wraps the same key for a colleague: your passphrase comes from the usual places, theirs from --new-passphrase-file or is asked twice. &quot;list&quot; shows the logins holding the key.</source>
        <translation>Jere kle biwo yon sèvè biwo, kle ki chifre prèv ki sou li. &quot;init&quot; fè kle a epi fèmen l pou login ou ak yon modpas (ki soti nan --passphrase-file oswa nou mande l de fwa). &quot;add LOGIN&quot; fèmen menm kle a pou yon kòlèg: modpas pa w la soti nan kote abityèl yo, pa l la soti nan --new-passphrase-file oswa nou mande l de fwa. &quot;list&quot; montre login ki gen kle a.</translation>
    </message>
    <message>
        <source>init, add or list</source>
        <translation>init, add oswa list</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s server login</source>
        <translation>pou add: login kòlèg la sou sèvè a</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s passphrase, the first line of FILE</source>
        <translation>pou add: modpas kòlèg la, premye liy FILE</translation>
    </message>
    <message>
        <source>office-key needs init, add LOGIN or list.</source>
        <translation>office-key bezwen init, add LOGIN oswa list.</translation>
    </message>
    <message>
        <source>An office key exists only on an office server: give --db a postgresql:// URI. A database file is encrypted with its own passphrase instead.</source>
        <translation>Yon kle biwo egziste sèlman sou yon sèvè biwo: bay --db yon URI postgresql://. Yon fichye baz done chifre ak pwòp modpas pa l pito.</translation>
    </message>
    <message>
        <source>Audit log checked only as far as your role allows: your %1 of %2 entries each match their hash. The links between everyone&apos;s entries can be checked only by a supervisor or an admin.</source>
        <translation>Nou verifye jounal kontwòl la sèlman jan wòl ou pèmèt: %1 antre ou ka wè sou %2 yo, chak koresponn ak hash li. Se sèlman yon sipèvizè oswa yon administratè ki ka verifye lyen ant antre tout moun.</translation>
    </message>
    <message>
        <source>--head was not checked: the entry may be one your role cannot read.</source>
        <translation>Nou pa t verifye --head: petèt se yon antre wòl ou pa ka li.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE and of its evidence to the folder FILE.evidence beside it (safe while TrustDesk is open); together they are an openable TrustDesk database. Neither may exist yet. Every evidence file is re-hashed while it is copied: a missing or changed file stops the backup with exit code 3 and nothing is left behind. Of an office database (a postgresql:// URI), FILE alone holds everything, evidence included, encrypted with the office key.</source>
        <translation>Ekri yon kopi fidèl baz done a nan FILE ak prèv li yo nan dosye FILE.evidence ki bò kote l (san danje menm lè TrustDesk louvri); ansanm yo fè yon baz done TrustDesk ou ka louvri. Ni youn ni lòt pa dwe egziste deja. Nou rekalkile hash chak fichye prèv pandan n ap kopye l: yon fichye ki manke oswa ki chanje kanpe kopi sekirite a ak kòd sòti 3, epi anyen pa rete dèyè. Pou yon baz done biwo (yon URI postgresql://), FILE pou kont li kenbe tout bagay, prèv yo ladan l, chifre ak kle biwo a.</translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents and its evidence with the backup FILE and the folder FILE.evidence beside it. The backup is verified first, every evidence file re-hashed; a backup that does not verify is refused and nothing changes. Run it while TrustDesk is closed. An encrypted backup (FILE.vault beside it) opens with the passphrase it was made with or the recovery key; it restores into an encrypted database, or onto a new path, which then opens like the backup. It is never restored into an unencrypted database. A plaintext backup restored into an encrypted database is encrypted on the way. An office backup restores into an empty office database only (a postgresql:// URI), opened with the passphrase of a login that held the office key when it was made.</source>
        <translation>Ranplase kontni baz done a ak prèv li yo ak kopi sekirite FILE la ak dosye FILE.evidence ki bò kote l. Nou verifye kopi sekirite a anvan, nou rekalkile hash chak fichye prèv; nou refize yon kopi sekirite ki pa pase verifikasyon an, epi anyen pa chanje. Lanse l lè TrustDesk fèmen. Yon kopi sekirite chifre (ak FILE.vault bò kote l) louvri ak modpas yo te itilize pou fè l la oswa ak kle rekiperasyon an; li retabli nan yon baz done chifre, oswa nan yon nouvo chemen, ki louvri apre sa menm jan ak kopi sekirite a. Nou pa janm retabli l nan yon baz done ki pa chifre. Yon kopi sekirite san chifre ou retabli nan yon baz done chifre vin chifre pandan retablisman an. Yon kopi sekirite biwo retabli sèlman nan yon baz done biwo ki vid (yon URI postgresql://), epi li louvri ak modpas yon login ki te gen kle biwo a lè yo te fè l.</translation>
    </message>
    <message>
        <source>office backup: whose copy of the office key opens it (default: the login of --db)</source>
        <translation>kopi sekirite biwo: kopi kle biwo ki moun ki louvri l (pa defo: login --db la)</translation>
    </message>
    <message>
        <source>--login is for restoring an office backup into an office database.</source>
        <translation>--login se pou retabli yon kopi sekirite biwo nan yon baz done biwo.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so there is no passphrase to change. Your server login&apos;s password is the server administrator&apos;s to change.</source>
        <translation>Sèvè biwo sa a poko gen kle biwo, kidonk pa gen modpas pou chanje. Se administratè sèvè a ki chanje modpas login ou sou sèvè a.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key was changed: the old one no longer opens the evidence on this server as &quot;%1&quot;. Colleagues keep their own passphrases; nothing was re-encrypted. Your server login&apos;s password is unchanged.</source>
        <translation>Nou chanje modpas ou pou kle biwo a: ansyen an pa louvri prèv ki sou sèvè sa a ankò kòm &quot;%1&quot;. Kòlèg yo kenbe pwòp modpas pa yo; nou pa t rechifre anyen. Modpas login ou sou sèvè a pa chanje.</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted database. The current passphrase (or the recovery key) comes from the usual places; the new one from --new-passphrase-file, else it is asked twice on the terminal. Only the key file is rewritten, in one step: after a crash exactly one of the two passphrases works. The recovery key stays the same. Backups made before keep opening with the passphrase they were made with. On an office server (--db postgresql://…) it changes your own passphrase for the office key instead.</source>
        <translation>Chanje modpas yon baz done chifre. Modpas aktyèl la (oswa kle rekiperasyon an) soti nan kote abityèl yo; nouvo a soti nan --new-passphrase-file, sinon nou mande l de fwa nan tèminal la. Se sèlman fichye kle a nou reekri, an yon sèl etap: apre yon pàn, youn sèlman nan de modpas yo mache. Kle rekiperasyon an rete menm jan an. Kopi sekirite yo te fè anvan yo kontinye louvri ak modpas yo te itilize pou fè yo a. Sou yon sèvè biwo (--db postgresql://…), li chanje pwòp modpas ou pou kle biwo a pito.</translation>
    </message>
    <message>
        <source>An office server is not encrypted with a passphrase: encrypt turns a database file into a vault. On a server, its logins and TLS protect the case data, and the evidence is already encrypted with the office key (`trustdesk-cli office-key`).</source>
        <translation>Yon sèvè biwo pa chifre ak yon modpas: encrypt fè yon fichye baz done tounen yon kòfrefò. Sou yon sèvè, login yo ak TLS pwoteje done ka yo, epi prèv yo deja chifre ak kle biwo a (`trustdesk-cli office-key`).</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for your login with the office passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`.</source>
        <translation>Nou fè kle biwo a epi nou fèmen l pou login ou ak modpas biwo a. Ajoute kòlèg ak `trustdesk-cli office-key add LOGIN`.</translation>
    </message>
    <message>
        <source>Office key passphrase: </source>
        <translation>Modpas kle biwo a: </translation>
    </message>
    <message>
        <source>The server&apos;s office key needs your office passphrase: give --office-passphrase-file FILE or run migrate at a terminal.</source>
        <translation>Kle biwo sèvè a bezwen modpas biwo ou: bay --office-passphrase-file FILE oswa lanse migrate nan yon tèminal.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</source>
        <translation>
            <numerusform>Nou kopye %n ka ak %1 eleman prèv (%2 byte) sou %3 epi nou verifye yo: chak tab gen menm liy yo, chèn jounal kontwòl la pa kase, epi chak eleman li ankò ak bon SHA-256 li.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was only read: keep it as it is until colleagues have worked on the server for a while, then delete it with its evidence folder (or keep it as a backup in a safe place).</source>
        <translation>Nou sèlman li %1: kite l jan l ye a jiskaske kòlèg yo fin travay sou sèvè a pandan yon ti tan, epi apre sa efase l ak dosye prèv li (oswa kenbe l kòm kopi sekirite nan yon kote ki an sekirite).</translation>
    </message>
    <message>
        <source>Copy the database file given with --db, with its evidence, into an empty office server (--to URI), then check the copy. The file is only read. An encrypted file opens with its passphrase as usual (--passphrase-file…). The evidence on the server is encrypted with the office key: when the server has none, it is made and wrapped with your office passphrase (--office-passphrase-file or asked twice); otherwise that passphrase unlocks it. Nothing is kept on the server unless everything copied and checked.</source>
        <translation>Kopye fichye baz done --db bay la, ak prèv li yo, sou yon sèvè biwo ki vid (--to URI), epi verifye kopi a. Nou sèlman li fichye a. Yon fichye chifre louvri ak modpas li tankou dabitid (--passphrase-file…). Prèv ki sou sèvè a chifre ak kle biwo a: si sèvè a pa genyen youn, nou fè l epi nou fèmen l ak modpas biwo ou (--office-passphrase-file oswa nou mande l de fwa); sinon modpas sa a debloke l. Anyen pa rete sou sèvè a si tout bagay pa t kopye epi verifye.</translation>
    </message>
    <message>
        <source>the office server, a postgresql:// URI (required)</source>
        <translation>sèvè biwo a, yon URI postgresql:// (obligatwa)</translation>
    </message>
    <message>
        <source>your passphrase for the office key, the first line of FILE (not the file&apos;s passphrase)</source>
        <translation>modpas ou pou kle biwo a, premye liy FILE (se pa modpas fichye baz done a)</translation>
    </message>
    <message>
        <source>print a summary as JSON</source>
        <translation>enprime yon rezime an JSON</translation>
    </message>
    <message>
        <source>migrate takes no arguments.</source>
        <translation>migrate pa pran okenn agiman.</translation>
    </message>
    <message>
        <source>migrate needs --to URI.</source>
        <translation>migrate bezwen --to URI.</translation>
    </message>
    <message>
        <source>migrate copies a database file: give --db the file and --to the server.</source>
        <translation>migrate kopye yon fichye baz done: bay --db fichye a ak --to sèvè a.</translation>
    </message>
    <message>
        <source>--to needs an office server&apos;s postgresql:// URI.</source>
        <translation>--to bezwen URI postgresql:// yon sèvè biwo.</translation>
    </message>
    <message>
        <source>The database file is at schema version %1, this version of TrustDesk at %2: open it once with the app or change it with trustdesk-cli to upgrade it, then migrate.</source>
        <translation>Fichye baz done a nan vèsyon chema %1, vèsyon TrustDesk sa a nan %2: louvri l yon fwa ak aplikasyon an oswa chanje l ak trustdesk-cli pou mete l ajou, epi apre sa lanse migrate.</translation>
    </message>
    <message>
        <source>The office server already holds data (table &quot;%1&quot; has rows): migrate copies only into an empty office database. Nothing was changed.</source>
        <translation>Sèvè biwo a gen done deja (tab &quot;%1&quot; la gen liy): migrate kopye sèlman nan yon baz done biwo ki vid. Anyen pa t chanje.</translation>
    </message>
    <message>
        <source>Migrating into the office database</source>
        <translation>N ap transfere nan baz done biwo a</translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 bytes</source>
        <translation>Prèv: %1 sou %2 byte</translation>
    </message>
    <message>
        <source>Checking the copy: %1 of %2</source>
        <translation>N ap verifye kopi a: %1 sou %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>N ap kopye %1: %2 sou %3 liy</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 egziste deja; chwazi yon lòt non pou kopi sekirite a.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>N ap fè kopi sekirite a</translation>
    </message>
    <message>
        <source>It holds the whole office database, evidence included, encrypted with the office key: it opens with the passphrase of a person who held the key when it was made.</source>
        <translation>Li kenbe tout baz done biwo a, prèv yo ladan l, chifre ak kle biwo a: li louvri ak modpas yon moun ki te gen kle a lè yo te fè l.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; the office database is unchanged. %2</source>
        <translation>&quot;%1&quot; pa t retabli; baz done biwo a pa chanje. %2</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>N ap retabli</translation>
    </message>
    <message>
        <source>Say whose passphrase opens the backup with --login: one of %1.</source>
        <translation>Di ak --login ki moun modpas li louvri kopi sekirite a: youn nan %1.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>Verifikasyon an ECHWE: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: %1 (made %2 by %3, schema %4; %n evidence item(s) open whole, audit log of %5 entries chains)</source>
        <translation>
            <numerusform>Kopi sekirite a verifye: %1 (fèt %2 pa %3, chema %4; %n eleman prèv louvri nèt, chèn jounal kontwòl %5 antre a pa kase)</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy on the server differs from the database file (%1). Nothing was kept on the server.</source>
        <translation>Kopi ki sou sèvè a pa menm ak fichye baz done a (%1). Anyen pa rete sou sèvè a.</translation>
    </message>
    <message>
        <source>Evidence item %1 (%2) of case %3 could not be copied: %4 Nothing was kept on the server.</source>
        <translation>Nou pa t kapab kopye eleman prèv %1 (%2) ka %3 la: %4 Anyen pa rete sou sèvè a.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 on the server</source>
        <translation>%1: %2 liy, %3 sou sèvè a</translation>
    </message>
    <message>
        <source>%1: the rows&apos; contents</source>
        <translation>%1: kontni liy yo</translation>
    </message>
    <message>
        <source>evidence item %1 (%2)</source>
        <translation>eleman prèv %1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>wi</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is now %2 on this office server.</source>
        <translation>Login &quot;%1&quot; la gen wòl %2 kounye a sou sèvè biwo sa a.</translation>
    </message>
    <message>
        <source>the person&apos;s server login</source>
        <translation>login moun nan sou sèvè a</translation>
    </message>
    <message>
        <source>for role: caseworker, supervisor or admin</source>
        <translation>pou role: caseworker, supervisor oswa admin</translation>
    </message>
    <message>
        <source>for add: caseworker, supervisor or admin</source>
        <translation>pou add: caseworker, supervisor oswa admin</translation>
    </message>
    <message>
        <source>for list: print JSON</source>
        <translation>pou list: enprime JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use caseworker, supervisor or admin.</source>
        <translation>&quot;%1&quot; se pa yon wòl: sèvi ak caseworker, supervisor oswa admin.</translation>
    </message>
    <message>
        <source>Staff and roles exist only on an office server: give --db a postgresql:// URI. A database file belongs to whoever can open it.</source>
        <translation>Anplwaye ak wòl egziste sèlman sou yon sèvè biwo: bay --db yon URI postgresql://. Yon fichye baz done se pou nenpòt moun ki ka louvri l.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no role on this office server any more; the login itself was kept.</source>
        <translation>Login &quot;%1&quot; la pa gen okenn wòl sou sèvè biwo sa a ankò; nou kenbe login nan li menm.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; had no role on this office server.</source>
        <translation>Login &quot;%1&quot; la pa t gen okenn wòl sou sèvè biwo sa a.</translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity, links between records, the search index and case numbering, and re-hash every evidence file in the store (changed, missing or unexpected files fail). Changes nothing but the evidence chain of custody, which records each verification. With --backup FILE, check an office database&apos;s backup instead, without restoring it: every seal, the row counts, the audit chain and every evidence item&apos;s sealed chunks.</source>
        <translation>Verifye baz done a: entegrite SQLite, lyen ant dosye yo, endèks rechèch la ak nimewotaj ka yo, epi rekalkile hash chak fichye prèv nan depo a (fichye ki chanje, ki manke oswa nou pa t tann fè verifikasyon an echwe). Li pa chanje anyen eksepte chèn gadyennaj prèv yo, ki anrejistre chak verifikasyon. Ak --backup FILE, verifye kopi sekirite yon baz done biwo pito, san retabli l: chak sele, kantite liy yo, chèn jounal kontwòl la ak moso sele chak eleman prèv.</translation>
    </message>
    <message>
        <source>check this office backup file instead</source>
        <translation>verifye fichye kopi sekirite biwo sa a pito</translation>
    </message>
    <message>
        <source>with --backup: whose copy of the office key opens it (default: the login of --db, or the only one)</source>
        <translation>ak --backup: kopi kle biwo ki moun ki louvri l (pa defo: login --db la, oswa sèl login ki genyen l)</translation>
    </message>
    <message>
        <source>--login goes with --backup.</source>
        <translation>--login mache ak --backup.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure, 4 wrong or missing passphrase or recovery key, 5 not allowed to this login by the office server.</source>
        <translation>Kòd sòti: 0 ok, 1 move itilizasyon, 2 move done oswa pa jwenn, 3 pwoblèm entegrite, 4 modpas oswa kle rekiperasyon ki pa bon oswa ki manke, 5 sèvè biwo a pa pèmèt login sa a fè sa.</translation>
    </message>
    <message>
        <source>office passphrase file</source>
        <translation>fichye modpas biwo</translation>
    </message>
    <message>
        <source>login password file</source>
        <translation>fichye modpas login</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has a new password; its old one no longer opens the office server.</source>
        <translation>Login &quot;%1&quot; la gen yon nouvo modpas; ansyen an pa louvri sèvè biwo a ankò.</translation>
    </message>
    <message>
        <source>Manage the people of an office server (admins only). &quot;add LOGIN --role ROLE&quot; gives a login a role, creating the login (without a password, or with the first line of --password-file, ASCII only, of which the server receives only the SCRAM-SHA-256 verifier) when it is missing; &quot;role LOGIN ROLE&quot; changes it; &quot;password LOGIN --password-file FILE&quot; gives a staff member a new password (the same rules) and keeps the role; &quot;remove LOGIN&quot; takes every role away (the login stays); &quot;list&quot; shows login, role and whether the person holds the office key. Roles: caseworker, supervisor, admin.</source>
        <translation>Jere moun ki sou yon sèvè biwo (administratè sèlman). &quot;add LOGIN --role ROLE&quot; bay yon login yon wòl, epi li kreye login nan si li pa egziste (san modpas, oswa ak premye liy --password-file, ASCII sèlman, e sèvè a resevwa sèlman verifikatè SCRAM-SHA-256 li); &quot;role LOGIN ROLE&quot; chanje wòl la; &quot;password LOGIN --password-file FILE&quot; bay yon anplwaye yon nouvo modpas (menm règ yo) epi kenbe wòl li; &quot;remove LOGIN&quot; retire tout wòl (login nan rete); &quot;list&quot; montre login, wòl ak si moun nan gen kle biwo a. Wòl: caseworker, supervisor, admin.</translation>
    </message>
    <message>
        <source>add, role, password, remove or list</source>
        <translation>add, role, password, remove oswa list</translation>
    </message>
    <message>
        <source>for add and password: the login&apos;s password (ASCII), the first line of FILE; only its SCRAM-SHA-256 verifier is sent to the server</source>
        <translation>pou add ak password: modpas login nan (ASCII), premye liy FILE; se sèlman verifikatè SCRAM-SHA-256 li ki ale nan sèvè a</translation>
    </message>
    <message>
        <source>staff needs add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN or list.</source>
        <translation>staff bezwen add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN oswa list.</translation>
    </message>
</context>
</TS>
