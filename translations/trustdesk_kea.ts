<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kea">
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the audit log</source>
        <translation>Ta grava na rejistu di auditoria</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Ta lê rejistu di auditoria</translation>
    </message>
    <message>
        <source>Audit entry %1 is the first one but does not start the chain: earlier entries were removed.</source>
        <translation>Entrada di auditoria %1 é primeru, má el ka ta kumesa kadeia: entradas más antigu foi tiradu.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries between them were removed or inserted, or entry %2 was changed.</source>
        <translation>Entrada di auditoria %1 ka ta ben dipos di entrada %2: entradas entri es dos foi tiradu o pundu, o entrada %2 foi mudadu.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its hash does not match its contents.</source>
        <translation>Entrada di auditoria %1 foi mudadu dipos ki el foi gravadu: se hash ka ta bate ku se kontiudu.</translation>
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
        <translation>%1: disku sta xeiu.</translation>
    </message>
    <message>
        <source>%1: the copy could not be completed.</source>
        <translation>%1: ka da pa kaba kópia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; dja ta izisti; skodje un nomi novu di arkivu pa kópia di seguransa.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Pasta &quot;%1&quot; ka ta izisti.</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>Ka da pa kumesa kópia di seguransa.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be created.</source>
        <translation>Ka da pa kria arkivu di kópia di seguransa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be opened.</source>
        <translation>Ka da pa abri arkivu di kópia di seguransa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Ta faze kópia di seguransa</translation>
    </message>
    <message>
        <source>The backup file could not be finished.</source>
        <translation>Ka da pa kaba arkivu di kópia di seguransa.</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>Ka da pa grava kópia di seguransa na disku.</translation>
    </message>
    <message>
        <source>The backup did not verify, so it was discarded: %1</source>
        <translation>Kópia di seguransa ka pasa na verifikason, pur isu el foi diskartadu: %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place.</source>
        <translation>Ka da pa pui kópia di seguransa na si lugar.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Ka ta da pa rekupera un baze di dadus di el mesmu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>&quot;%1&quot; ka foi rekuperadu: %2</translation>
    </message>
    <message>
        <source>The restore could not be started.</source>
        <translation>Ka da pa kumesa rekuperason.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>Ka da pa abri &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Ta rekupera</translation>
    </message>
    <message>
        <source>The backup&apos;s evidence folder could not be created: %1</source>
        <translation>Ka da pa kria pasta di próvas di kópia di seguransa: %1</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>Kópia di seguransa ka foi gravadu: %1</translation>
    </message>
    <message>
        <source>The backup was not written, because evidence files in the store are missing or have changed (run verify to check the whole store):</source>
        <translation>Kópia di seguransa ka foi gravadu, pamodi ten arkivus di próva ki sta faltadu o ki muda na depózitu (koré verify pa verifika tudu depózitu):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, and a backup keeps its evidence there; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; dja ta izisti, i un kópia di seguransa ta guarda si próvas la; skodje un nomi novu di arkivu pa kópia di seguransa.</translation>
    </message>
    <message>
        <source>Evidence kept being removed while the backup ran, so it was not written. Try again when no one is removing evidence.</source>
        <translation>Próvas kontinua ta ser tiradu enkuantu kópia di seguransa staba ta faze, pur isu el ka foi gravadu. Tenta más un bes ora ki ninguen ka sta ta tira próvas.</translation>
    </message>
    <message>
        <source>Evidence files of the backup are missing or have changed:</source>
        <translation>Ten arkivus di próva di kópia di seguransa ki sta faltadu o ki muda:</translation>
    </message>
    <message>
        <source>the evidence cannot be written beside the database: %1</source>
        <translation>ka ta da pa grava próvas djuntu di baze di dadus: %1</translation>
    </message>
    <message>
        <source>evidence files of the backup are missing or have changed:</source>
        <translation>ten arkivus di próva di kópia di seguransa ki sta faltadu o ki muda:</translation>
    </message>
    <message>
        <source>The database was restored, but its evidence could not be put in place (%1). Run the restore again.</source>
        <translation>Baze di dadus foi rekuperadu, ma ka da pa pui si próvas na si lugar (%1). Faze rekuperason más un bes.</translation>
    </message>
    <message>
        <source>The backup was canceled; nothing was written.</source>
        <translation>Kópia di seguransa foi kanseladu; nada ka foi gravadu.</translation>
    </message>
    <message>
        <source>The restore was canceled; nothing was changed.</source>
        <translation>Rekuperason foi kanseladu; nada ka muda.</translation>
    </message>
    <message>
        <source>The check of the backup was canceled.</source>
        <translation>Verifikason di kópia di seguransa foi kanseladu.</translation>
    </message>
    <message>
        <source>This backup is encrypted: it opens only with the passphrase it was made with, or the recovery key.</source>
        <translation>Es kópia di seguransa sta sifradu: el ta abri só ku senha ki el foi fetu ku el, o ku xavi di rekuperason.</translation>
    </message>
    <message>
        <source>the backup cannot be encrypted beside the database: %1</source>
        <translation>kópia di seguransa ka pode ser sifradu djuntu baze di dadus: %1</translation>
    </message>
    <message>
        <source>The backup was not written: the key file could not be copied.</source>
        <translation>Kópia di seguransa ka foi gravadu: ka da pa kopia arkivu di xavis.</translation>
    </message>
    <message>
        <source>the backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new database, or encrypt this one first.</source>
        <translation>kópia di seguransa sta sifradu y es baze di dadus ka sta, pur isu se kazus ta ser gravadu sen sifra. Restaura-l na un baze di dadus novu, o sifra es li primeru.</translation>
    </message>
    <message>
        <source>the backup is of another encrypted database, and its evidence files are sealed with that database&apos;s keys. Restore it to a new path instead.</source>
        <translation>kópia di seguransa é di otu baze di dadus sifradu, y se arkivus di próva sta seladu ku xavis di kel baze di dadus. Restaura-l na un kaminhu novu.</translation>
    </message>
    <message>
        <source>the backup is not encrypted and holds evidence files, which would be placed unencrypted into this encrypted database. Restore it to a new path, then encrypt that database (trustdesk-cli encrypt).</source>
        <translation>kópia di seguransa ka sta sifradu y el ten arkivus di próva, ki ta ser pundu sen sifra na es baze di dadus sifradu. Restaura-l na un kaminhu novu, dipos sifra kel baze di dadus (trustdesk-cli encrypt).</translation>
    </message>
    <message>
        <source>The database was restored, but the audit entries made since the backup could not be added back to its log: %1</source>
        <translation>Baze di dadus foi restauradu, má ka da pa torna poi na se rejistu entradas di auditoria fetu dizdi kópia di seguransa: %1</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>TrustDesk backup %1</source>
        <translation>Kópia di seguransa TrustDesk %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Faze kópia di seguransa</translation>
    </message>
    <message>
        <source>The backup is in %1.

Its evidence files are in the folder %2 beside it. Keep the two together: copy or move them as a pair, because the backup is not complete without its evidence folder.</source>
        <translation>Kópia di seguransa sta na %1.

Si arkivus di próva sta na pasta %2, djuntu di el. Guarda es dôs djuntu: sénpri kopia o muda es dôs djuntu, pamodi kópia di seguransa ka sta kónpletu sen si pasta di próvas.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 dja ta izisti. Un kópia di seguransa nunka ta sustitui un arkivu: skodje otu nomi.</translation>
    </message>
    <message>
        <source>The folder %1 already exists, and this backup would keep its evidence there. A backup never replaces anything: choose another name.</source>
        <translation>Pasta %1 dja ta izisti, i es kópia di seguransa ta guardaba si próvas la. Un kópia di seguransa nunka ta sustitui nada: skodje otu nomi.</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…i más %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>The cases could not be counted</source>
        <translation>Ka da pa konta kazus</translation>
    </message>
    <message>
        <source>The audit log could not be read</source>
        <translation>Ka da pa lê rejistu di auditoria</translation>
    </message>
</context>
<context>
    <name>BackupWrite</name>
    <message>
        <source>Back Up</source>
        <translation>Faze kópia di seguransa</translation>
    </message>
    <message>
        <source>Back-up canceled; nothing was written.</source>
        <translation>Kópia di seguransa kanseladu; nada ka foi gravadu.</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Kópia di seguransa ka foi gravadu.</translation>
    </message>
    <message>
        <source>The changes you have not saved yet in the open case are not in this backup.</source>
        <translation>Mudansas ki bu inda ka grava na kazu abertu ka sta na es kópia di seguransa li.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Kópia di seguransa gravadu na %1</translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation>Kópia di seguransa gravadu</translation>
    </message>
</context>
<context>
    <name>BusyTask</name>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
</context>
<context>
    <name>CaseConflict</name>
    <message>
        <source>Case</source>
        <translation>Kazu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Insidenti %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Keixas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Akompanhamentus</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otu pesoa</translation>
    </message>
    <message>
        <source>%1 changed case %2.</source>
        <translation>%1 muda kazu %2.</translation>
    </message>
    <message>
        <source>%1 changed case %2 at %3.</source>
        <translation>%1 muda kazu %2 na %3.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Yes</source>
        <translation>Sin</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nau</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abertu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fitxadu</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsavel pa kazu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Hidden (sensitive)</source>
        <translation>Skondidu (sensível)</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Insidenti %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kuandu</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Undi</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distritu di polísia</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ajénsia</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violason</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relatu</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>xapa %1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Ofisial</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tistimunha</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Próvas</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Keixas prizentadu</translation>
    </message>
    <message>
        <source>%1, %2, tracking number %3, %4</source>
        <translation>%1, %2, númeru di akompanhamentu %3, %4</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Akompanhamentus</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>St&amp;atus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>&amp;Abertu</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>&amp;Fitxadu</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>Res&amp;ponsavel pa kazu</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Ka da pa grava esportason: %1</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… i más %n prublema.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added:
  %1</source>
        <translation>Arkivu ka foi inportadu; nada ka foi djuntadu:
  %1</translation>
    </message>
    <message>
        <source>The file is empty: it holds no TrustDesk cases.</source>
        <translation>Arkivu sta vaziu: el ka ten nenhun kazu di TrustDesk.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>Arkivu ka e JSON válidu (linha %1, koluna %2: %3).</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: it must be a JSON object with &quot;format&quot;: &quot;trustdesk-cases&quot;.</source>
        <translation>Es li ka e un arkivu di kazus di TrustDesk: el debe ser un objetu JSON ku &quot;format&quot;: &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: its &quot;format&quot; must be &quot;trustdesk-cases&quot;.</source>
        <translation>Es li ka e un arkivu di kazus di TrustDesk: si &quot;format&quot; debe ser &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>&quot;version&quot; di arkivu debe ser un númeru interu di 1 pa riba.</translation>
    </message>
    <message>
        <source>The file was made by a newer TrustDesk (format version %1); this version reads version %2. Update TrustDesk to import it.</source>
        <translation>Arkivu foi feitu pa un TrustDesk más novu (vérsãu di formatu %1); es vérsãu li ta lê vérsãu %2. Atualiza TrustDesk pa inporta-l.</translation>
    </message>
    <message>
        <source>is required and must be a list.</source>
        <translation>e obrigatóriu i el debe ser un lista.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>debe ser un objetu.</translation>
    </message>
    <message>
        <source>repeats the reference of cases[%1].</source>
        <translation>ta ripiti referénsia di cases[%1].</translation>
    </message>
    <message>
        <source>is already used by a case in this database.</source>
        <translation>dja sta uzadu pa un kazu na es baze di dadus li.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added: %1</source>
        <translation>Arkivu ka foi inportadu; nada ka foi djuntadu: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TrustDesk case file.</source>
        <translation>%1 e un pasta, ka e un arkivu di kazus di TrustDesk.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Ka ta da pa lê %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB: split it into several files.</source>
        <translation>%1 e más grandi ki 1 GiB: dividi-l na várius arkivu.</translation>
    </message>
    <message>
        <source>is not a sensitive field.</source>
        <translation>ka e un kanpu sensível.</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>must be an object.</source>
        <translation>debe ser un objetu.</translation>
    </message>
    <message>
        <source>is not a known violation category code.</source>
        <translation>ka e un kódigu di katigoria di violason konxedu.</translation>
    </message>
    <message>
        <source>repeats the category &quot;%1&quot;.</source>
        <translation>ta ripiti katigoria &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>ka debe ser negativu.</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits.</source>
        <translation>debe ten 64 dijitu egzadesimal na minúskula.</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>debe ser un di es: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known case status.</source>
        <translation>&quot;%1&quot; ka e un status di kazu konxedu.</translation>
    </message>
</context>
<context>
    <name>CaseListCsv</name>
    <message>
        <source>Reference</source>
        <translation>Referénsia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abertu</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Último insidenti</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsavel pa kazu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Esportason foi paradu.</translation>
    </message>
</context>
<context>
    <name>CaseListExportFlow</name>
    <message>
        <source>cases-%1.csv</source>
        <translation>kazus-%1.csv</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>Esporta lista di kazus</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Ta grava %1…</translation>
    </message>
    <message>
        <source>The case list was not exported: %1</source>
        <translation>Lista di kazus ka foi esportadu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n kazu esportadu pa %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Ka ta da pa grava %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Referénsia</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abertu</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Último insidenti</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsavel pa kazu</translation>
    </message>
</context>
<context>
    <name>CaseListReader</name>
    <message>
        <source>Reading the case list</source>
        <translation>Ta lê lista di kazus</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Esportason foi paradu.</translation>
    </message>
    <message>
        <source>%1 cannot be exported in a list.</source>
        <translation>%1 ka ta podi ser esportadu na un lista.</translation>
    </message>
</context>
<context>
    <name>CaseListXlsx</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Ka ta da pa grava %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>ka ten memória sufisienti</translation>
    </message>
    <message>
        <source>a heading was refused</source>
        <translation>un títulu ka foi aseitadu</translation>
    </message>
    <message>
        <source>no header was written</source>
        <translation>ninhun kabesalhu ka foi gravadu</translation>
    </message>
    <message>
        <source>The list has more cases than a spreadsheet holds (%1 rows). Narrow the list, or export it as CSV.</source>
        <translation>Lista ten más kazus di ki un planilha ta kabe (%1 linhas). Diminui lista, o esporta-l sima CSV.</translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <source>yes</source>
        <translation>sin</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nau</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abertu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fitxadu</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsavel pa kazu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>[withheld]</source>
        <translation>[skondidu]</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Insidenti %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kuandu</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Undi</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distritu di polísia</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ajénsia</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violason</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relatu</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Ofisial</translation>
    </message>
    <message>
        <source>%1, badge %2, unit %3, %4</source>
        <translation>%1, xapa %2, unidadi %3, %4</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tistimunha</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Próvas</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Keixas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Akompanhamentus</translation>
    </message>
    <message>
        <source>Sensitive fields are withheld. Use --include FIELD or --include-sensitive to show them (recorded in the audit log).</source>
        <translation>Kanpus sensível sta skondidu. Uza --include KANPU o --include-sensitive pa mostra-s (ta fika gravadu na rejistu di auditoria).</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>Reading cases</source>
        <translation>Ta lê kazus</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Ka ten kazu %1.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Kazu dja ka ta izisti.</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>Kazu %1 ten un status diskonxedu.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not saved:
%1</source>
        <translation>Kazu ka foi gravadu:
%1</translation>
    </message>
    <message>
        <source>The case %1 no longer exists; it was not saved.</source>
        <translation>Kazu %1 dja ka ta izisti; el ka foi gravadu.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Kazu %1: %2</translation>
    </message>
    <message>
        <source>Deleting the case</source>
        <translation>Ta apaga kazu</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Ta atualiza índisi di buska</translation>
    </message>
    <message>
        <source>%1 Your changes were not saved; nothing was written.</source>
        <translation>%1 Bu mudansas ka foi gravadu; nada ka foi skrebedu.</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>Ta grava kazu</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Intake</source>
        <translation>Atendimentu inisial</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Ta djunta próvas</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>Prontu pa prizenta</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Prizentadu</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Na analizi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fitxadu</translation>
    </message>
</context>
<context>
    <name>CaseTextRedactor</name>
    <message>
        <source>Client notes</source>
        <translation>Notas sobri klienti</translation>
    </message>
    <message>
        <source>Incident %1, %2</source>
        <translation>Inxidenti %1, %2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>police district</source>
        <translation>distritu polisial</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>ajénsia</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>relatu</translation>
    </message>
    <message>
        <source>Incident %1, officer %2, %3</source>
        <translation>Inxidenti %1, ajenti %2, %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nomi</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>númeru di xapa</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidadi</translation>
    </message>
    <message>
        <source>description</source>
        <translation>diskrison</translation>
    </message>
    <message>
        <source>Incident %1, witness %2, %3</source>
        <translation>Inxidenti %1, tistimunha %2, %3</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontaktu</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>dipoimentu</translation>
    </message>
    <message>
        <source>Evidence %1, %2</source>
        <translation>Próva %1, %2</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nomi di arkivu</translation>
    </message>
    <message>
        <source>provided by</source>
        <translation>dadu pa</translation>
    </message>
    <message>
        <source>Filing %1, %2</source>
        <translation>Keixa %1, %2</translation>
    </message>
    <message>
        <source>filed with</source>
        <translation>entregadu na</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>meiu</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>númeru di akompanhamentu</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Follow-up %1, note</source>
        <translation>Akompanhamentu %1, nota</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The case reference must look like TD-2026-00042.</source>
        <translation>Referénsia di kazu debe ser sima TD-2026-00042.</translation>
    </message>
    <message>
        <source>The date the case was opened is required.</source>
        <translation>Data ki kazu abri e obrigatóriu.</translation>
    </message>
    <message>
        <source>A case cannot be closed before it was opened.</source>
        <translation>Un kazu ka podi fitxa antis di el abri.</translation>
    </message>
    <message>
        <source>Say whom the complaint was filed with.</source>
        <translation>Fla ku kenha ki keixa foi prizentadu.</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>Un akompanhamentu meste un data limiti.</translation>
    </message>
    <message>
        <source>The SHA-256 must be 64 lowercase hexadecimal digits.</source>
        <translation>SHA-256 debe ten 64 dijitu egzadesimal na minúskula.</translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation>Tamanhu ka podi ser negativu.</translation>
    </message>
    <message>
        <source>The original file name is required.</source>
        <translation>Nomi orijinal di arkivu e obrigatóriu.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name, or mark the client as anonymous.</source>
        <translation>Skrebe nomi di klienti, o marka klienti suma anónimu.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Kel-li ka ta parse un númeru di telefoni.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Kel-li ka ta parse un enderesu di email.</translation>
    </message>
    <message>
        <source>The incident date is required.</source>
        <translation>Data di insidenti e obrigatóriu.</translation>
    </message>
    <message>
        <source>Unknown violation category &quot;%1&quot;.</source>
        <translation>Katigoria di violason diskonxedu: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, badge number or a description.</source>
        <translation>Da nomi di ofisial, númeru di xapa o un diskrison.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Es data li sta na futuru.</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Saving the case</source>
        <translation>Ta grava kazu</translation>
    </message>
    <message>
        <source>The case numbering could not be read.</source>
        <translation>Ka da pa lê numerason di kazus.</translation>
    </message>
    <message>
        <source>The client this case belongs to no longer exists.</source>
        <translation>Klienti di es kazu li dja ka ta izisti.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Anonymous client</source>
        <translation>Klienti anónimu</translation>
    </message>
</context>
<context>
    <name>ClientCopy</name>
    <message>
        <source>Your complaint</source>
        <translation>Bu keixa</translation>
    </message>
    <message>
        <source>A short record of the complaint about police conduct filed for you, and what to do next. Keep this paper in a safe place.</source>
        <translation>Un rejistu kurtu di keixa sobri konportamentu di polísia ki foi prizentadu pa bo, i kuzê ki bu debe faze dipôs. Guarda es papel li na un lugar siguru.</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Referénsia di kazu:</translation>
    </message>
    <message>
        <source>To be filed with:</source>
        <translation>Pa prizenta na:</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>Preparadu na dia:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Númeru di akompanhamentu:</translation>
    </message>
    <message>
        <source>Filed with:</source>
        <translation>Prizentadu na:</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>Prizentadu na dia:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Modi:</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>Data di insidenti:</translation>
    </message>
    <message>
        <source>What the complaint is about:</source>
        <translation>Keixa e sobri kuzê:</translation>
    </message>
    <message>
        <source>Your caseworker:</source>
        <translation>Bu responsavel pa kazu:</translation>
    </message>
    <message>
        <source>The client copy could not be printed.</source>
        <translation>Ka da pa inprimi kópia di klienti.</translation>
    </message>
    <message>
        <source>Your legal-aid office:</source>
        <translation>Bu ofisiu di asisténsia jurídika:</translation>
    </message>
</context>
<context>
    <name>ClientField</name>
    <message>
        <source>Anonymous</source>
        <translation>Anónimu</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nomi kunpletu</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nomi priferidu</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Língua priferidu</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Meste intérpreti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Enderesu</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nasimentu</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Txon undi ki nase</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Status di imigrason</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Númeru A</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Konsentimentu pa prizenta</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data di konsentimentu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Sensitive: withheld from complaint reports, exports and printouts unless someone deliberately includes it (which is recorded).</source>
        <translation>Sensível: ka ta parse na rilatóriu di keixa, na esportason nin na inpreson, salvu si algen ta djunta-l di propózitu (i kel-la ta fika gravadu).</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimu</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Meste intérpreti</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoni</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>En&amp;deresu</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Data di &amp;nasimentu</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Konsentimentu pa prizenta</translation>
    </message>
    <message>
        <source>Sensitive field</source>
        <translation>Kanpu sensível</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nomi kunpletu</translation>
    </message>
    <message>
        <source>Prefe&amp;rred name</source>
        <translation>Nomi p&amp;riferidu</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage</source>
        <translation>Língua prife&amp;ridu</translation>
    </message>
    <message>
        <source>Coun&amp;try of birth</source>
        <translation>Txon undi ki na&amp;se</translation>
    </message>
    <message>
        <source>Immigration &amp;status</source>
        <translation>Status di i&amp;migrason</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Númeru A</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data di konsentimentu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ClientMatcher</name>
    <message>
        <source>Looking for existing clients</source>
        <translation>Ta djobe klientis ki dja ta izisti</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>create or migrate the database</source>
        <translation>kria o atualiza baze di dadus</translation>
    </message>
    <message>
        <source>list cases, optionally of one status</source>
        <translation>lista kazus, si bu kre di un status só</translation>
    </message>
    <message>
        <source>full-text search over cases</source>
        <translation>buska na tudu testu di kazus</translation>
    </message>
    <message>
        <source>check integrity and invariants (exit 3 on failure)</source>
        <translation>verifika integridadi i regras (kódigu di saída 3 si falha)</translation>
    </message>
    <message>
        <source>add fictional demo cases (for demos and benchmarks)</source>
        <translation>djunta kazus di demonstrason ki ka e di verdadi (pa demonstrason i testi di velosidadi)</translation>
    </message>
    <message>
        <source>export cases as TrustDesk JSON</source>
        <translation>esporta kazus suma JSON di TrustDesk</translation>
    </message>
    <message>
        <source>import a TrustDesk JSON file, all or nothing</source>
        <translation>inporta un arkivu JSON di TrustDesk, tudu o nada</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>mostra un kazu</translation>
    </message>
    <message>
        <source>attach files to a case as evidence</source>
        <translation>djunta arkivus na un kazu suma próva</translation>
    </message>
    <message>
        <source>write the client&apos;s copy of a complaint as a PDF</source>
        <translation>grava kópia di klienti di un keixa na PDF</translation>
    </message>
    <message>
        <source>list a case&apos;s evidence (SHA-256 first)</source>
        <translation>lista próvas di un kazu (SHA-256 purmeru)</translation>
    </message>
    <message>
        <source>export a case&apos;s evidence with a manifest</source>
        <translation>esporta próvas di un kazu ku un inventáriu</translation>
    </message>
    <message>
        <source>write a case&apos;s complaint submission as a PDF</source>
        <translation>grava keixa di un kazu pa prizenta na PDF</translation>
    </message>
    <message>
        <source>write a consistent, verified copy of the database and its evidence</source>
        <translation>grava un kópia konsistenti i verifikadu di baze di dadus i di si próvas</translation>
    </message>
    <message>
        <source>replace the database and its evidence with a verified backup</source>
        <translation>sustitui baze di dadus i si próvas pa un kópia di seguransa verifikadu</translation>
    </message>
    <message>
        <source>remove an evidence item from a case, with a reason</source>
        <translation>tira un item di próva di un kazu, ku un rezon</translation>
    </message>
    <message>
        <source>list the audit log; &quot;audit verify&quot; checks its chain (exit 3 on a break)</source>
        <translation>mostra rejistu di auditoria; &quot;audit verify&quot; ta verifika se kadeia (ta sai ku 3 si el sta kebradu)</translation>
    </message>
    <message>
        <source>change an encrypted database&apos;s passphrase</source>
        <translation>muda senha di un baze di dadus sifradu</translation>
    </message>
    <message>
        <source>encrypt a plaintext database in place, safely</source>
        <translation>sifra un baze di dadus sen sifra na se lugar, ku seguransa</translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one to the current schema. A new database is encrypted: its passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal), and its recovery key is shown once or written to --recovery-key-out.</source>
        <translation>Kria baze di dadus, o atualiza un ki dja ta izisti pa skema atual. Un baze di dadus novu ta fika sifradu: se senha ta ben di --passphrase-file (o di arkivu indikadu na TRUSTDESK_PASSPHRASE_FILE, o é pididu dos bes na terminal), y se xavi di rekuperason ta mostradu un bes o gravadu na --recovery-key-out.</translation>
    </message>
    <message>
        <source>show or set the caseworker profile recorded as the actor</source>
        <translation>mostra o difini perfil di responsavel pa kazu ki ta rejistadu komu kenha ki faze</translation>
    </message>
    <message>
        <source>rights guidance: list, show (--pdf), search, version, install</source>
        <translation>orientason sobri direitus: list, show (--pdf), search, version, install</translation>
    </message>
    <message>
        <source>store a redacted copy of an image (boxes filled or pixelated)</source>
        <translation>grava un kópia di un imajen ku partis skondidu (kuadrus prenxidu o pixelizadu)</translation>
    </message>
    <message>
        <source>suggest boxes over faces in an image, for review</source>
        <translation>sujeri kuadrus riba karas na un imajen, pa rivê</translation>
    </message>
    <message>
        <source>list repeat officers, or the cases of one badge number</source>
        <translation>mostra ofisiais ki ta ripiti, o kazus di un númeru di xapa</translation>
    </message>
    <message>
        <source>count cases and incidents by category, month, district…</source>
        <translation>konta kazus i insidentis pa katigoria, mes, distritu…</translation>
    </message>
    <message>
        <source>manage the office key that encrypts an office server&apos;s evidence</source>
        <translation>ta trata di xavi di ofisiu ki ta sifra próvas di un servidor di ofisiu</translation>
    </message>
    <message>
        <source>copy a database file with its evidence into an office server</source>
        <translation>kopia un arkivu di baze di dadus, ku se próvas, pa un servidor di ofisiu</translation>
    </message>
    <message>
        <source>manage the people of an office server and their roles</source>
        <translation>ta trata di pesoas di un servidor di ofisiu i di ses funson</translation>
    </message>
</context>
<context>
    <name>ComplaintRecipient</name>
    <message>
        <source>Boston Police Department, Internal Affairs Division</source>
        <translation>Departamentu di Polísia di Boston, Divizon di Asuntus Internu</translation>
    </message>
    <message>
        <source>City of Boston, Office of Police Accountability and Transparency</source>
        <translation>Sidadi di Boston, Ofisiu di Prestason di Konta i Transparénsia di Polísia</translation>
    </message>
    <message>
        <source>Massachusetts Peace Officer Standards and Training (POST) Commission</source>
        <translation>Massachusetts Peace Officer Standards and Training (POST) Commission</translation>
    </message>
    <message>
        <source>Complaints about any certified officer in the Commonwealth</source>
        <translation>Keixas sobri kualker ofisial sertifikadu na Massachusetts</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>Photo</source>
        <translation>Fotu</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídiu</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Gravason di áudiu</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokumentu PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arkivu</translation>
    </message>
    <message>
        <source>Complaint submission %1</source>
        <translation>Keixa pa prizenta %1</translation>
    </message>
    <message>
        <source>Incident %1 of %2</source>
        <translation>Insidenti %1 di %2</translation>
    </message>
    <message>
        <source>DRAFT: the client&apos;s consent to file is not recorded in the case. Do not send this document until consent is recorded.</source>
        <translation>RASUNHU: konsentimentu di klienti pa prizenta keixa ka sta rejistadu na kazu. Ka manda es dokumentu li ti ki konsentimentu sta rejistadu.</translation>
    </message>
    <message>
        <source>Complaint about police conduct</source>
        <translation>Keixa sobri konportamentu di polísia</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Pa</translation>
    </message>
    <message>
        <source>The complainant, who asks to remain anonymous</source>
        <translation>Pesoa ki sta faze keixa, ki ta pidi pa fika anónimu</translation>
    </message>
    <message>
        <source>Filed on the complainant&apos;s behalf</source>
        <translation>Prizentadu na nomi di pesoa ki sta faze keixa</translation>
    </message>
    <message>
        <source>%1, on the complainant&apos;s behalf</source>
        <translation>%1, na nomi di pesoa ki sta faze keixa</translation>
    </message>
    <message>
        <source>An anonymous complainant</source>
        <translation>Un pesoa anónimu ki sta faze keixa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referénsia</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pesoa ki sta faze keixa</translation>
    </message>
    <message>
        <source>Not given: the complainant asks to remain anonymous</source>
        <translation>Ka dadu: pesoa ki sta faze keixa ta pidi pa fika anónimu</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérpreti</translation>
    </message>
    <message>
        <source>Needed for any interview</source>
        <translation>Nesesáriu pa tudu entrevista</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Ka e nesesáriu</translation>
    </message>
    <message>
        <source>Information withheld.</source>
        <translation>Informason skondidu.</translation>
    </message>
    <message>
        <source>To protect the complainant, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the complainant agrees.</source>
        <translation>Pa proteje pesoa ki sta faze keixa, es dokumentu li ta dexa di fora es tipu di informason li: %1. Kenha ki ta prizenta keixa podi da-s pa invistigador si invistigason meste-s i si pesoa ki sta faze keixa aseita.</translation>
    </message>
    <message>
        <source>Included at the filer&apos;s deliberate choice: %1.</source>
        <translation>Djuntadu pamodi kenha ki ta prizenta keixa skodje di propózitu: %1.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Insidenti</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Insidentis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ka sabedu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distritu di polísia</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ajénsia</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>Ofisiais envolvidu</translation>
    </message>
    <message>
        <source>Name not known</source>
        <translation>Nomi ka sabedu</translation>
    </message>
    <message>
        <source>No officer could be identified.</source>
        <translation>Ka da pa identifika nenhun ofisial.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Númeru di xapa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidadi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Diskrison</translation>
    </message>
    <message>
        <source>Badge numbers are given exactly as the complainant recorded them.</source>
        <translation>Númerus di xapa sta dadu izatamenti sima pesoa ki sta faze keixa nota-s.</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Akuzason</translation>
    </message>
    <message>
        <source>The conduct is described in the account below.</source>
        <translation>Konportamentu sta diskritu na relatu li embaxu.</translation>
    </message>
    <message>
        <source> (incident %1)</source>
        <translation> (insidenti %1)</translation>
    </message>
    <message>
        <source>Source [%1]: %2, %3.</source>
        <translation>Fonti [%1]: %2, %3.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kuzê ki kontise</translation>
    </message>
    <message>
        <source>No account was written down.</source>
        <translation>Ninguen ka skrebe nenhun relatu.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Tistimunhas</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ka dadu</translation>
    </message>
    <message>
        <source>No witnesses are named.</source>
        <translation>Ka ten nomi di nenhun tistimunha.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontatu</translation>
    </message>
    <message>
        <source>What they saw or heard</source>
        <translation>Kuzê ki es odja o obi</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Anexus</translation>
    </message>
    <message>
        <source>No exhibits are attached.</source>
        <translation>Ka ten nenhun anexu.</translation>
    </message>
    <message>
        <source>Each exhibit is identified by its SHA-256 fingerprint: any change to the file changes the fingerprint.</source>
        <translation>Kada anexu sta identifikadu pa si marka SHA-256: kualker mudansa na arkivu ta muda marka.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Anexu</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Sen diskrison</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Resebidu</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Dadu pa</translation>
    </message>
    <message>
        <source>We ask that you investigate the conduct described above, keep the complainant&apos;s identity and the withheld information confidential, give a tracking number for this complaint, and inform the complainant, through the filer, of the outcome.</source>
        <translation>Nu ta pidi pa nhos invistiga konportamentu diskritu li riba, guarda na sigredu identidadi di pesoa ki sta faze keixa i informason skondidu, da un númeru di akompanhamentu pa es keixa li, i informa pesoa ki sta faze keixa di rezultadu, atravez di kenha ki prizenta keixa.</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Asãu pididu</translation>
    </message>
    <message>
        <source>I declare that the information in this complaint is true and correct to the best of my knowledge.</source>
        <translation>N ta dikrara ma informason na es keixa li e verdadi i sertu, sima N sabe.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf and with their consent, given on %1. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>N ta prizenta es keixa li na nomi di pesoa ki sta faze keixa i ku si konsentimentu, dadu na %1. N ta dikrara ma el ta konta ku verdadi kuzê ki pesoa ki sta faze keixa i tistimunhas fla-m.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>N ta prizenta es keixa li na nomi di pesoa ki sta faze keixa. N ta dikrara ma el ta konta ku verdadi kuzê ki pesoa ki sta faze keixa i tistimunhas fla-m.</translation>
    </message>
    <message>
        <source>The information in this complaint is true and correct to the best of the complainant&apos;s knowledge.</source>
        <translation>Informason na es keixa li e verdadi i sertu, sima pesoa ki sta faze keixa sabe.</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Dikrarason</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Asinatura (si bu kre)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Asinatura</translation>
    </message>
    <message>
        <source>Name (printed)</source>
        <translation>Nomi (na létra di forma)</translation>
    </message>
    <message>
        <source>Complaint submission · %1</source>
        <translation>Keixa pa prizenta · %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Feitu na %1</translation>
    </message>
    <message>
        <source>The complaint could not be printed.</source>
        <translation>Ka da pa inprimi keixa.</translation>
    </message>
    <message>
        <source>To protect the complainant and the witnesses, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the people concerned agree.</source>
        <translation>Pa proteje pesoa ki sta faze keixa i tistimunhas, es dokumentu li ta dexa di fora es tipu di informason li: %1. Kenha ki ta prizenta keixa podi da-s pa invistigador si invistigason meste-s i si pesoas ki ta toka aseita.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Skondidu</translation>
    </message>
    <message>
        <source>Words in the accounts below that touch on immigration status were reviewed by the filer and are given as written.</source>
        <translation>Palavras na relatus li baxu ki ta toka na situason migratóriu foi rivistu pa kenha ki entrega keixa y es ta dadu sima es foi skrebedu.</translation>
    </message>
    <message>
        <source>Rule: %1, %2.</source>
        <translation>Régra: %1, %2.</translation>
    </message>
    <message>
        <source>It applies to: %1.</source>
        <translation>E ta aplika a: %1.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Fonti: %1.</translation>
    </message>
    <message>
        <source>See also the guidance “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Odja tanbê orientason “%1”, orientason di %2 (versan %3, verifikadu %4).</translation>
    </message>
    <message>
        <source>Guidance: “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Orientason: “%1”, orientason di %2 (versan %3, verifikadu %4).</translation>
    </message>
    <message>
        <source>Redacted copy of exhibit %1: parts of the image are covered.</source>
        <translation>Kópia di anexu %1 ku partis skondidu: partis di imajen sta kubridu.</translation>
    </message>
    <message>
        <source>Redacted copy: parts of the image are covered.</source>
        <translation>Kópia ku partis skondidu: partis di imajen sta kubridu.</translation>
    </message>
    <message>
        <source>Original, not pictured: its redacted copy is exhibit %1.</source>
        <translation>Orijinal, ki ka sta mostradu: se kópia ku partis skondidu é anexu %1.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>Ka ta da pa grava planilha: %1</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>Recording the chain of custody</source>
        <translation>Ta grava kadeia di kustódia</translation>
    </message>
    <message>
        <source>Reading the chain of custody</source>
        <translation>Ta lê kadeia di kustódia</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Starting to save</source>
        <translation>Ta kumesa grava</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Ta grava</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Ka da pa kria pasta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be created.</source>
        <translation>Ka da pa kria arkivu di baze di dadus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>Baze di dadus &quot;%1&quot; ka ta izisti.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Ta abri baze di dadus</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>Arkivu di baze di dadus sta stragadu i ka ta da pa lê-l.</translation>
    </message>
    <message>
        <source>This file is not a TrustDesk database. It was left untouched.</source>
        <translation>Es arkivu li ka e un baze di dadus di TrustDesk. Ninguen ka mexe na el.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of TrustDesk. Update TrustDesk to open it.</source>
        <translation>Es baze di dadus li foi gravadu pa un vérsãu más novu di TrustDesk. Atualiza TrustDesk pa abri-l.</translation>
    </message>
    <message>
        <source>Setting up the database</source>
        <translation>Ta prepara baze di dadus</translation>
    </message>
    <message>
        <source>The database cannot be opened: the disk is full. Free some space and try again.</source>
        <translation>Ka ta da pa abri baze di dadus: disku sta xeiu. Libra un poku spasu i tenta más un bes.</translation>
    </message>
    <message>
        <source>The database key is missing.</source>
        <translation>Xavi di baze di dadus sta faltadu.</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens only with its passphrase or recovery key.</source>
        <translation>Es baze di dadus li sta sifradu: el ta abri só ku se senha o ku se xavi di rekuperason.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>Sifrason ka sta disponível na es sistema li.</translation>
    </message>
    <message>
        <source>The database could not be opened encrypted; nothing was written to it.</source>
        <translation>Ka da pa abri baze di dadus ku sifrason; nada ka foi gravadu nel.</translation>
    </message>
    <message>
        <source>The encrypted database could not be set up.</source>
        <translation>Ka da pa prepara baze di dadus sifradu.</translation>
    </message>
    <message>
        <source>An office server database is not opened with a vault key: its connection is protected by the server&apos;s login and TLS.</source>
        <translation>Un baze di dadus na servidor di ofisiu ka ta abri ku xavi di sifra: se konekson sta protejidu pa login di servidor i pa TLS.</translation>
    </message>
    <message>
        <source>Starting to save: a save is already under way.</source>
        <translation>Ka da pa kumesa grava: dja sta ta grava.</translation>
    </message>
    <message>
        <source>Office servers need Qt&apos;s PostgreSQL driver: install the package libqt6sql6-psql.</source>
        <translation>Servidoris di ofisiu meste driver PostgreSQL di Qt: instala pakoti libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The office database &quot;%1&quot; holds no TrustDesk data yet (run trustdesk-cli init to set it up).</source>
        <translation>Baze di dadus di ofisiu &quot;%1&quot; inda ka ten dadus di TrustDesk (roda trustdesk-cli init pa prepara-l).</translation>
    </message>
    <message>
        <source>This database is not a TrustDesk database. It was left untouched.</source>
        <translation>Es baze di dadus li ka e di TrustDesk. Nada ka foi mudadu na el.</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network connection, then try again; nothing you typed is lost.</source>
        <translation>Ka ta da pa txiga na servidor di ofisiu. Verifika konekson di redi, dipôs tenta más un bes; nada di kuzê ki bu skrebe ka perdedu.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Arkivu &quot;%1&quot; ka ta izisti.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Ka ta da pa lê arkivu &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a TrustDesk database.</source>
        <translation>Arkivu &quot;%1&quot; sta vaziu. El ka e un baze di dadus di TrustDesk.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a TrustDesk database (it is not an SQLite database at all).</source>
        <translation>Arkivu &quot;%1&quot; ka e un baze di dadus di TrustDesk (nen el ka e un baze di dadus SQLite).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged (its header is invalid).</source>
        <translation>Arkivu &quot;%1&quot; sta stragadu (si kabesalhu ka sta válidu).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: it is shorter than its own header says (it may have been cut off while copying). It was left untouched.</source>
        <translation>Arkivu &quot;%1&quot; sta stragadu: el e más kurtu di ki si kabesalhu ta fla (talves el korta duranti kópia). Ninguen ka mexe na el.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a TrustDesk database. It was left untouched.</source>
        <translation>Arkivu &quot;%1&quot; e un baze di dadus SQLite di otu aplikason, ka e di TrustDesk. Ninguen ka mexe na el.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of TrustDesk (schema %2; this version knows up to %3). Update TrustDesk to open it. It was left untouched.</source>
        <translation>Arkivu &quot;%1&quot; foi gravadu pa un vérsãu más novu di TrustDesk (skema %2; es vérsãu li ta konxe ti %3). Atualiza TrustDesk pa abri-l. Ninguen ka mexe na el.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. TrustDesk needs to write to its database; copy it to a folder you can write to, or change its permissions.</source>
        <translation>Arkivu &quot;%1&quot; e só di leitura. TrustDesk meste grava na si baze di dadus; kopia-l pa un pasta undi bu podi grava, o muda si permison.</translation>
    </message>
    <message>
        <source>The folder holding &quot;%1&quot; is read-only. TrustDesk needs to write beside its database file.</source>
        <translation>Pasta ki ten &quot;%1&quot; e só di leitura. TrustDesk meste grava djuntu di arkivu di si baze di dadus.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft has an invalid name.</source>
        <translation>Rasunhu ten un nomi ki ka sta válidu.</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Ka ta da pa kria pasta di rasunhus %1.</translation>
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation>Ka ta da pa grava rasunhu: %1</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>Ka ta da pa apaga rasunhu %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <source>Attach Evidence Files</source>
        <translation>Djunta arkivus di próva</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tudu arkivu (*)</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Tira próva</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this case?

Its file leaves the evidence store unless another case holds the same file. Say why: the reason stays in the chain of custody.</source>
        <translation>Tira &quot;%1&quot; di es kazu li?

Si arkivu ta sai di depózitu di próvas, salvu si otu kazu ten mesmu arkivu. Fla pamodi: rezon ta fika na kadeia di kustódia.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>Ka da pa grava &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; is a symbolic link. Choose a real folder.</source>
        <translation>Pasta di esportason &quot;%1&quot; e un link simbóliku. Skodje un pasta di verdadi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>&quot;%1&quot; ta izisti i el ka e un pasta.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty. Export into a new or empty folder so nothing is overwritten.</source>
        <translation>Pasta &quot;%1&quot; ka sta vaziu. Esporta pa un pasta novu o vaziu pa nada ka ser sobriskritu.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Ka da pa kria pasta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is missing from the evidence store and was not exported.</source>
        <translation>Próva &quot;%1&quot; sta faltadu na depózitu di próvas i el ka foi esportadu.</translation>
    </message>
    <message>
        <source>The export folder cannot be written: %1</source>
        <translation>Ka ta da pa grava na pasta di esportason: %1</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Esportason para: %1</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; has CHANGED since it was attached (SHA-256 mismatch) and was not exported.</source>
        <translation>Próva &quot;%1&quot; MUDA dizdi ki el foi djuntadu (SHA-256 ka ta bate) i el ka foi esportadu.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;: %2</source>
        <translation>Próva &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>Its metadata could not be removed (%1), so it was not exported. Export with metadata included to hand it over as stored.</source>
        <translation>Ka da pa tira se metadadus (%1), pur isu el ka foi sportadu. Sporta ku metadadus inkluidu pa entrega-l sima el sta guardadu.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be saved.</source>
        <translation>Ka da pa guarda kópia linpu.</translation>
    </message>
    <message>
        <source>The exported copy could not be read.</source>
        <translation>Ka da pa lé kópia sportadu.</translation>
    </message>
    <message>
        <source>image too large</source>
        <translation>imajen mutu grandi</translation>
    </message>
    <message>
        <source>damaged or unusual image</source>
        <translation>imajen stragadu o ki ka é normal</translation>
    </message>
    <message>
        <source>The export folder cannot be written.</source>
        <translation>Ka ta da pa grava na pasta di sportason.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written (is the disk full?).</source>
        <translation>Ka da pa grava kópia linpu (dixku sta xeiu?).</translation>
    </message>
</context>
<context>
    <name>EvidenceJob</name>
    <message>
        <source>&quot;%1&quot; was not attached: canceled.</source>
        <translation>&quot;%1&quot; ka foi djuntadu: kanseladu.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; djuntadu.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file of imported evidence.</source>
        <translation>&quot;%1&quot; djuntadu: arkivu di un próva inportadu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already attached to this case as &quot;%2&quot;; it is stored once.</source>
        <translation>&quot;%1&quot; dja sta djuntadu na es kazu li suma &quot;%2&quot;; el ta guardadu un bes só.</translation>
    </message>
    <message>
        <source>Verifying the evidence store</source>
        <translation>Ta verifika depózitu di próvas</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) are intact.</source>
        <translation>
            <numerusform>Tudu %n arkivu di próva sta intaktu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file before showing it</source>
        <translation>Ta verifika arkivu antis di mostra-l</translation>
    </message>
</context>
<context>
    <name>EvidenceLabels</name>
    <message>
        <source>Client</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tistimunha</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Ofisial</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otu</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Anexadu</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Odjadu</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Sportadu</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifikadu</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Tiradu</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Detalhis editadu</translation>
    </message>
    <message>
        <source>redacted copy of item %1</source>
        <translation>kópia di ítem %1 ku partis skondidu</translation>
    </message>
    <message>
        <source>redacted copy of %1</source>
        <translation>kópia di %1 ku partis skondidu</translation>
    </message>
    <message>
        <source>camera clock</source>
        <translation>relójiu di kámara</translation>
    </message>
    <message>
        <source>time the file was last changed</source>
        <translation>ora ki arkivu foi mudadu pa último bes</translation>
    </message>
    <message>
        <source>entered by the caseworker</source>
        <translation>dadu pa responsavel pa kazu</translation>
    </message>
    <message>
        <source>source of the time not recorded</source>
        <translation>orijen di ora ka rejistadu</translation>
    </message>
    <message>
        <source>file changed</source>
        <extracomment>A time that is only when the evidence file was last modified, in a narrow table cell.</extracomment>
        <translation>arkivu mudadu</translation>
    </message>
    <message>
        <source>entered</source>
        <extracomment>A time a caseworker typed in, in a narrow table cell.</extracomment>
        <translation>dadu</translation>
    </message>
    <message>
        <source>Photo taken %1 (camera clock)</source>
        <translation>Foto tiradu na %1 (relójiu di kámara)</translation>
    </message>
    <message>
        <source>Recorded %1 (device clock)</source>
        <translation>Gravadu na %1 (relójiu di aparelhu)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when the photo was taken)</source>
        <translation>Arkivu mudadu pa último bes na %1 (ka ta kre fla ma foto foi tiradu nes ora)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when it was made)</source>
        <translation>Arkivu mudadu pa último bes na %1 (ka ta kre fla ma el foi fetu nes ora)</translation>
    </message>
    <message>
        <source>Photo taken %1 (as entered by the caseworker)</source>
        <translation>Foto tiradu na %1 (sima responsavel pa kazu da)</translation>
    </message>
    <message>
        <source>Made %1 (as entered by the caseworker)</source>
        <translation>Fetu na %1 (sima responsavel pa kazu da)</translation>
    </message>
    <message>
        <source>Dated %1 (source of the time not recorded)</source>
        <translation>Ku data %1 (orijen di ora ka rejistadu)</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Só detalhis ki foi inportadu; arkivu ka sta na depózitu di próvas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanhu</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Tiradu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Orijen</translation>
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
        <translation>Esportason di próvas di TrustDesk</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Kazu: %1</translation>
    </message>
    <message>
        <source>Exported: %1 by %2</source>
        <translation>Esportadu: %1 pa %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Itens: %1</translation>
    </message>
    <message>
        <source>Check the files with: sha256sum -c SHA256SUMS</source>
        <translation>Verifika arkivus ku: sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(sen arkivu)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>Nomi orijinal: %1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>Tipu di arkivu: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Tamanhu: %1 bytes</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Captured: %1</source>
        <translation>Tiradu na: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>diskonxedu</translation>
    </message>
    <message>
        <source>Added: %1 by %2</source>
        <translation>Djuntadu: %1 pa %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Orijen: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Diskrison: %1</translation>
    </message>
    <message>
        <source>Chain of custody:</source>
        <translation>Kadeia di kustódia:</translation>
    </message>
    <message>
        <source>Custody of items removed from the case:</source>
        <translation>Kustódia di itens tiradu di kazu:</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>skondidu</translation>
    </message>
    <message>
        <source>removed from this copy (%1); SHA-256 of the copy: %2</source>
        <translation>tiradu di es kópia (%1); SHA-256 di kópia: %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nada ka atxadu</translation>
    </message>
    <message>
        <source>kept as stored (included on purpose)</source>
        <translation>mantidu sima es sta guardadu (inkluidu di propózitu)</translation>
    </message>
    <message>
        <source>not removed: TrustDesk cannot clean this kind of file</source>
        <translation>ka tiradu: TrustDesk ka ta konsigi linpa es tipu di arkivu</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Metadadus: %1</translation>
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
        <translation>sen nomi</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Type: %1, %2</source>
        <translation>Tipu: %1, %2</translation>
    </message>
    <message>
        <source>Type: %1, %2 (%3 bytes)</source>
        <translation>Tipu: %1, %2 (%3 bytes)</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Arkivu &quot;%1&quot; ka ta izisti.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link. Attach the file it points to instead.</source>
        <translation>&quot;%1&quot; e un link simbóliku. Djunta arkivu ki el ta aponta pa el.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Attach the files inside it instead.</source>
        <translation>&quot;%1&quot; e un pasta. Djunta arkivus ki sta dentu di el.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket) and cannot be attached.</source>
        <translation>&quot;%1&quot; ka e un arkivu normal (el e un dispozitivu, un pipe o un socket) i ka ta da pa djunta-l.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: permission denied.</source>
        <translation>Ka ta da pa lê arkivu &quot;%1&quot;: permison ngadu.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Ka ta da pa lê arkivu &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Leitura di &quot;%1&quot; falha: %2. Nada ka foi guardadu.</translation>
    </message>
    <message>
        <source>Writing the copy of &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Gravason di kópia di &quot;%1&quot; falha: %2. Nada ka foi guardadu.</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot; could not be copied. Nothing was stored; free some space and try again.</source>
        <translation>Disku sta xeiu: ka da pa kopia &quot;%1&quot;. Nada ka foi guardadu; libra un poku spasu i tenta más un bes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was being copied. Nothing was stored; try again once the file is complete.</source>
        <translation>&quot;%1&quot; muda enkuantu el staba ta ser kopiadu. Nada ka foi guardadu; tenta más un bes ora ki arkivu sta kunpletu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted or moved while it was being copied. Nothing was stored.</source>
        <translation>&quot;%1&quot; foi apagadu o mudadu di lugar enkuantu el staba ta ser kopiadu. Nada ka foi guardadu.</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; was canceled. Nothing was stored.</source>
        <translation>Kópia di &quot;%1&quot; foi kanseladu. Nada ka foi guardadu.</translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation>Ta lê próvas</translation>
    </message>
    <message>
        <source>Looking up the case</source>
        <translation>Ta djobe kazu</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Ka ten kazu %1.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; is not a folder. Nothing was stored.</source>
        <translation>Depózitu di próvas &quot;%1&quot; ka e un pasta. Nada ka foi guardadu.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; could not be created. Nothing was stored.</source>
        <translation>Ka da pa kria depózitu di próvas &quot;%1&quot;. Nada ka foi guardadu.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Orijen diskonxedu &quot;%1&quot;. Uza un di es: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty (0 bytes): there is nothing to attach.</source>
        <translation>Arkivu &quot;%1&quot; sta vaziu (0 bytes): ka ten nada pa djunta.</translation>
    </message>
    <message>
        <source>The evidence store cannot be written: %1. Nothing was stored.</source>
        <translation>Ka ta da pa grava na depózitu di próvas: %1. Nada ka foi guardadu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be placed in the evidence store: %2. Nothing was stored.</source>
        <translation>Ka da pa pui &quot;%1&quot; na depózitu di próvas: %2. Nada ka foi guardadu.</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>Ta djunta próvas</translation>
    </message>
    <message>
        <source>The new evidence record could not be read back.</source>
        <translation>Ka da pa lê otu bes novu rejistu di próva.</translation>
    </message>
    <message>
        <source>There is no evidence item %1.</source>
        <translation>Ka ten item di próva %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in the evidence store: only its details were imported.</source>
        <translation>&quot;%1&quot; ka ten arkivu na depózitu di próvas: só si detalhis ki foi inportadu.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is missing from the evidence store.</source>
        <translation>Arkivu di &quot;%1&quot; sta faltadu na depózitu di próvas.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; has changed since it was attached: its SHA-256 no longer matches.</source>
        <translation>Arkivu di &quot;%1&quot; muda dizdi ki el foi djuntadu: si SHA-256 dja ka ta bate.</translation>
    </message>
    <message>
        <source>Give a reason for removing evidence: it is kept in the chain of custody.</source>
        <translation>Da un rezon pa tira próva: el ta fika na kadeia di kustódia.</translation>
    </message>
    <message>
        <source>Removing evidence</source>
        <translation>Ta tira próva</translation>
    </message>
    <message>
        <source>The file could not be removed from the evidence store: %1</source>
        <translation>Ka da pa tira arkivu di depózitu di próvas: %1</translation>
    </message>
    <message>
        <source>Saving the evidence details</source>
        <translation>Ta grava detalhis di próva</translation>
    </message>
    <message>
        <source>The date captured is in the future. Give a date and time that have passed, or leave it unknown.</source>
        <translation>Data ki foi tiradu sta na futuru. Da un data ku ora ki dja pasa, o dexa-l suma ka sabedu.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; is damaged: it does not decrypt as it was written.</source>
        <translation>Arkivu guardadu di &quot;%1&quot; sta stragadu: el ka ta disifra sima el foi gravadu.</translation>
    </message>
    <message>
        <source>The redacted copy could not be stored: %1. Nothing was stored.</source>
        <translation>Ka da pa grava kópia ku partis skondidu: %1. Nada ka gravadu.</translation>
    </message>
    <message>
        <source>The redacted copy is empty.</source>
        <translation>Kópia ku partis skondidu sta vaziu.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not the file the redaction was made from. Nothing was stored.</source>
        <translation>Próva %1 ka é arkivu di undi ki kópia ku partis skondidu fazedu. Nada ka gravadu.</translation>
    </message>
    <message>
        <source>Storing a redacted copy</source>
        <translation>Ta grava un kópia ku partis skondidu</translation>
    </message>
    <message>
        <source>The evidence on an office server is encrypted with the office key, which is not unlocked.</source>
        <translation>Próvas na un servidor di ofisiu sta sifradu ku xavi di ofisiu, ki ka sta dizblokiadu.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreConversion</name>
    <message>
        <source>The evidence can only be encrypted into an encrypted database.</source>
        <translation>Próvas só pode ser sifradu na un baze di dadus sifradu.</translation>
    </message>
    <message>
        <source>The encrypted evidence store must be a new folder, not the plaintext one.</source>
        <translation>Depózitu di próvas sifradu debe ser un pasta novu, ka kel ki sta sen sifra.</translation>
    </message>
    <message>
        <source>The encrypted evidence store &quot;%1&quot; already exists and does not hold the evidence intact:</source>
        <translation>Depózitu di próvas sifradu &quot;%1&quot; dja ta izisti y próvas ka sta intaktu la:</translation>
    </message>
    <message>
        <source>The encrypted evidence store cannot be written beside the database: %1</source>
        <translation>Ka ta da pa grava depózitu di próvas sifradu djuntu baze di dadus: %1</translation>
    </message>
    <message>
        <source>The evidence was not encrypted, because files in the evidence store are missing or have changed (run verify to check the whole store):</source>
        <translation>Próvas ka foi sifradu, pamodi ten arkivus ki ta falta o ki muda na depózitu di próvas (roda verify pa verifika tudu depózitu):</translation>
    </message>
    <message>
        <source>The encrypted evidence did not read back intact, so it was discarded:</source>
        <translation>Próvas sifradu ka foi relidu intaktu, pur isu es foi diskartadu:</translation>
    </message>
    <message>
        <source>The encrypted evidence store could not be put in place: %1</source>
        <translation>Ka da pa poi depózitu di próvas sifradu na se lugar: %1</translation>
    </message>
    <message>
        <source>The plaintext evidence store &quot;%1&quot; could not be deleted completely.</source>
        <translation>Ka da pa apaga tudu depózitu di próvas sen sifra &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreCopy</name>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing (expected at %3).</source>
        <translation>Kazu %1: próva &quot;%2&quot; sta faltadu (el debia sta na %3).</translation>
    </message>
    <message>
        <source>The disk is full: the evidence could not be copied.</source>
        <translation>Disku sta xeiu: ka da pa kopia próvas.</translation>
    </message>
    <message>
        <source>The evidence could not be copied: %1</source>
        <translation>Ka da pa kopia próvas: %1</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read (%3).</source>
        <translation>Kazu %1: ka ta da pa le próva &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: a link or folder is in its place (%3).</source>
        <translation>Kazu %1: ka ta da pa verifika próva &quot;%2&quot;: ten un link o un pasta na si lugar (%3).</translation>
    </message>
    <message>
        <source>Copying the evidence was canceled.</source>
        <translation>Kópia di próvas foi kanseladu.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; was deleted while it was being read (%3).</source>
        <translation>Kazu %1: próva &quot;%2&quot; foi apagadu enkuantu el staba ta ser lidu (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read to the end (%3).</source>
        <translation>Kazu %1: ka ta da pa le próva &quot;%2&quot; ti fin (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; changed while it was being read (%3).</source>
        <translation>Kazu %1: próva &quot;%2&quot; muda enkuantu el staba ta ser lidu (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Kazu %1: próva &quot;%2&quot; MUDA dizdi ki el foi djuntadu: SHA-256 speradu %3, atxadu %4.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is damaged: it does not decrypt, so it was changed, cut short, extended or replaced (%3).</source>
        <translation>Kazu %1: próva &quot;%2&quot; sta stragadu: el ka ta disifra, kel-li ta kre fla ma el foi mudadu, kortadu, kumpridu o trokadu (%3).</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>it cannot be read</source>
        <translation>ka ta da pa lê-l</translation>
    </message>
    <message>
        <source>a link or folder is in its place</source>
        <translation>ten un link o un pasta na si lugar</translation>
    </message>
    <message>
        <source>The verification was canceled.</source>
        <translation>Verifikason foi kanseladu.</translation>
    </message>
    <message>
        <source>it could not be read to the end</source>
        <translation>ka da pa lê-l ti fin</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the evidence store (expected at %3).</source>
        <translation>Kazu %1: próva &quot;%2&quot; sta faltadu na depózitu di próvas (el debia sta na %3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: %3 (%4).</source>
        <translation>Kazu %1: ka ta da pa verifika próva &quot;%2&quot;: %3 (%4).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Kazu %1: próva &quot;%2&quot; MUDA dizdi ki el foi djuntadu: SHA-256 speradu %3, atxadu %4.</translation>
    </message>
    <message>
        <source>The evidence store %1 is not a folder.</source>
        <translation>Depózitu di próvas %1 ka e un pasta.</translation>
    </message>
    <message>
        <source>The evidence store can be opened by other accounts (mode %1); it should be 0700.</source>
        <translation>Otus konta podi abri depózitu di próvas (modu %1); el debe ser 0700.</translation>
    </message>
    <message>
        <source>Unexpected file in the evidence store: %1 (%2).</source>
        <translation>Arkivu ki ka staba speradu na depózitu di próvas: %1 (%2).</translation>
    </message>
    <message>
        <source>a symbolic link, not followed</source>
        <translation>un link simbóliku, ka sigidu</translation>
    </message>
    <message>
        <source>left over from an interrupted import or removal</source>
        <translation>sobra di un inportason o di un tirada ki fika pa meiu</translation>
    </message>
    <message>
        <source>not part of the store&apos;s layout</source>
        <translation>ka ta faze parti di organizason di depózitu</translation>
    </message>
    <message>
        <source>The evidence folder %1 can be opened by other accounts; it should be 0700.</source>
        <translation>Otus konta podi abri pasta di próvas %1; el debe ser 0700.</translation>
    </message>
    <message>
        <source>no evidence item holds it</source>
        <translation>nenhun item di próva ka ten el</translation>
    </message>
    <message>
        <source>The evidence file %1 can be read by other accounts; it should be 0400.</source>
        <translation>Otus konta podi lê arkivu di próva %1; el debe ser 0400.</translation>
    </message>
    <message>
        <source>it does not decrypt: it was changed, cut short, extended or replaced</source>
        <translation>el ka ta disifra: el foi mudadu, kortadu, kumpridu o trokadu</translation>
    </message>
    <message>
        <source>The evidence on this office server can be checked only with the office key.</source>
        <translation>Próvas na es servidor di ofisiu li só ta da pa verifika ku xavi di ofisiu.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the office server.</source>
        <translation>Kazu %1: próva &quot;%2&quot; sta faltadu na servidor di ofisiu.</translation>
    </message>
    <message>
        <source>The evidence could not be read from the office server.</source>
        <translation>Ka da pa lê próvas na servidor di ofisiu.</translation>
    </message>
</context>
<context>
    <name>FaceSuggester</name>
    <message>
        <source>Face suggestions need OpenCV&apos;s face models, which are not installed: %1 is missing or cannot be read. Install the package opencv-data, or draw the boxes by hand.</source>
        <translation>Sujeston di karas meste modelus di kara di OpenCV, ki ka sta instaladu: %1 ka sta la o ka ta da pa lê. Instala pakoti opencv-data, o dizenha kuadrus ku mô.</translation>
    </message>
</context>
<context>
    <name>FieldRegistry</name>
    <message>
        <source>Not a time: type it as HH:MM, e.g. 14:30.</source>
        <translation>Kel-li ka e un ora: skrebe-l sima HH:MM, pur izénplu 14:30.</translation>
    </message>
    <message>
        <source>Not a date: type it like %1.</source>
        <translation>Kel-li ka e un data: skrebe-l sima %1.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Open TrustDesk Database</source>
        <translation>Abri baze di dadus di TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite *.trustdesk *.db);;All files (*)</source>
        <translation>Bazes di dadus di TrustDesk (*.sqlite *.trustdesk *.db);;Tudu arkivu (*)</translation>
    </message>
    <message>
        <source>New TrustDesk Database</source>
        <translation>Baze di dadus novu di TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite)</source>
        <translation>Bazes di dadus di TrustDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Grava suma PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumentus PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>Grava kópia di seguransa suma</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk)</source>
        <translation>Kópias di seguransa di TrustDesk (*.trustdesk)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Rekupera di kópia di seguransa</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk *.sqlite *.db);;All files (*)</source>
        <translation>Kópias di seguransa di TrustDesk (*.trustdesk *.sqlite *.db);;Tudu arkivu (*)</translation>
    </message>
    <message>
        <source>Save Recovery Key As</source>
        <translation>Guarda xavi di rekuperason komu</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Arkivus di testu (*.txt)</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>Esporta lista di kazus</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Planilhas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Esporta statístikas</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Livrus di Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Office Server&apos;s Certificate Authority</source>
        <translation>Autoridadi di sertifikason di servidor di ofisiu</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikadus (*.pem *.crt *.cer);;Tudu arkivu (*)</translation>
    </message>
    <message>
        <source>Restore Office Backup</source>
        <translation>Rekupera kópia di seguransa di ofisiu</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob);;All files (*)</source>
        <translation>Kópias di seguransa di ofisiu di TrustDesk (*.tdob);;Tudu arkivu (*)</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>Ka da pa lê &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>FileMoves</name>
    <message>
        <source>The folder could not be moved into place: %1</source>
        <translation>Ka da pa pui pasta na si lugar: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpQuery</name>
    <message>
        <source>Reading follow-ups</source>
        <translation>Ta lê akompanhamentus</translation>
    </message>
</context>
<context>
    <name>GeneratedReportLog</name>
    <message>
        <source>Recording the generated report</source>
        <translation>Ta grava rilatóriu feitu</translation>
    </message>
    <message>
        <source>Reading the generated reports</source>
        <translation>Ta lê rilatórius feitu</translation>
    </message>
</context>
<context>
    <name>GuidanceHandout</name>
    <message>
        <source>There is no guidance article &quot;%1&quot;.</source>
        <translation>Ka ten artigu di orientason &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>Orientason ka sta disponível na &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontis</translation>
    </message>
    <message>
        <source>Language: %1 (%2). Translation status: %3.</source>
        <translation>Língua: %1 (%2). Status di traduson: %3.</translation>
    </message>
    <message>
        <source>Guidance pack %1, version %2, last reviewed %3. This is general information, not legal advice.</source>
        <translation>Pakoti di orientason %1, vérsãu %2, último revizon %3. Es li e informason jeral, ka e konsedju jurídiku.</translation>
    </message>
    <message>
        <source>TrustDesk rights guidance · %1</source>
        <translation>Orientason di TrustDesk sobri direitus · %1</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>Ka da pa inprimi folhetu.</translation>
    </message>
    <message>
        <source>Your legal-aid office</source>
        <translation>Bu ofisiu di asisténsia jurídika</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Fontis verifikadu pa últimu bês: %1</translation>
    </message>
</context>
<context>
    <name>GuidancePackLoader</name>
    <message>
        <source>%1 is missing or unreadable.</source>
        <translation>%1 sta faltadu o ka ta da pa lê-l.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 e grandi dimás.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 ka e testu UTF-8 válidu.</translation>
    </message>
    <message>
        <source>manifest.json: %1 needs a text value for &quot;%2&quot;.</source>
        <translation>manifest.json: %1 meste un valor di testu pa &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (at byte %1: %2).</source>
        <translation>manifest.json ka e JSON válidu (na byte %1: %2).</translation>
    </message>
    <message>
        <source>manifest.json is not a TrustDesk guidance pack manifest.</source>
        <translation>manifest.json ka e un manifestu di pakoti di orientason di TrustDesk.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;last_reviewed&quot; must be a date like 2026-11-24.</source>
        <translation>manifest.json: &quot;last_reviewed&quot; debe ser un data sima 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 needs a web address (https://…).</source>
        <translation>manifest.json: fonti %1 meste un enderesu di internet (https://…).</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has direction &quot;%2&quot;; use ltr or rtl.</source>
        <translation>manifest.json: língua %1 ten diresãu &quot;%2&quot;; uza ltr o rtl.</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has an unknown review status &quot;%2&quot;.</source>
        <translation>manifest.json: língua %1 ten un status di revizon diskonxedu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid language code.</source>
        <translation>manifest.json: &quot;%1&quot; ka e un kódigu di língua válidu.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid article id.</source>
        <translation>manifest.json: &quot;%1&quot; ka e un identifikador di artigu válidu.</translation>
    </message>
    <message>
        <source>manifest.json must list sources, languages and articles.</source>
        <translation>manifest.json debe lista fontis, línguas i artigus.</translation>
    </message>
    <message>
        <source>The source language %1 is not among the pack&apos;s languages.</source>
        <translation>Língua di orijen %1 ka sta na meiu di línguas di pakoti.</translation>
    </message>
    <message>
        <source>Article %1 is listed twice.</source>
        <translation>Artigu %1 sta listadu dos bes.</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 sta faltadu o vaziu.</translation>
    </message>
    <message>
        <source>%1 must start with its title as a &quot;# &quot; heading.</source>
        <translation>%1 debe kumesa ku si títulu suma un kabesalhu &quot;# &quot;.</translation>
    </message>
    <message>
        <source>%1 cites source %2, which the manifest does not list.</source>
        <translation>%1 ta sita fonti %2, ki manifestu ka ta lista.</translation>
    </message>
    <message>
        <source>%1 links to article %2, which does not exist.</source>
        <translation>%1 ten link pa artigu %2, ki ka ta izisti.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 has the date &quot;%2&quot;; use 2019, 2019-12 or 2019-12-04.</source>
        <translation>manifest.json: fonti %1 ten data &quot;%2&quot;; uza 2019, 2019-12 o 2019-12-04.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs at least one citation.</source>
        <translation>manifest.json: artigu %1 meste pa menus un sitason.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs &quot;last_checked&quot;, a date like 2026-11-24.</source>
        <translation>manifest.json: artigu %1 meste &quot;last_checked&quot;, un data suma 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs a known review status and a date for %2.</source>
        <translation>manifest.json: artigu %1 meste un status di revizon konxedu i un data pa %2.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 cites source %2, which the manifest does not list.</source>
        <translation>manifest.json: artigu %1 ta sita fonti %2, ki manifestu ka ta lista.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 has a review for %2, which is not a language of the pack.</source>
        <translation>manifest.json: artigu %1 ten un revizon pa %2, ki ka é un lingua di pakoti.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names source %2, which the manifest does not list.</source>
        <translation>manifest.json: régra %1 ta nomia fonti %2, ki manifestu ka ta lista.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names article %2, which does not exist.</source>
        <translation>manifest.json: régra %1 ta nomia artigu %2, ki ka izisti.</translation>
    </message>
    <message>
        <source>manifest.json: the violation category %1 is given to more than one rule.</source>
        <translation>manifest.json: kategoria di violason %1 sta dadu a más di un régra.</translation>
    </message>
    <message>
        <source>This guidance pack uses format version %1; this TrustDesk reads versions 1 to %2.</source>
        <translation>Es pakoti di orientason ta uza versan di formatu %1; es TrustDesk li ta lê versons 1 a %2.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;pack_version&quot; must be numbers and dots, like 1.2.</source>
        <translation>manifest.json: &quot;pack_version&quot; debe ser só númerus i pontus, suma 1.2.</translation>
    </message>
    <message>
        <source>%1 links to source %2, which has no web address.</source>
        <translation>%1 ta liga pa fonti %2, ki ka ten enderesu na web.</translation>
    </message>
</context>
<context>
    <name>GuidancePackStore</name>
    <message>
        <source>The guidance update could not be written to %1.</source>
        <translation>Ka da pa skrebe atualizason di orientason na %1.</translation>
    </message>
    <message>
        <source>This pack is for &quot;%1&quot;; the guidance in use is &quot;%2&quot;. Nothing was installed.</source>
        <translation>Es pakoti li é pa &quot;%1&quot;; orientason ki sta na uzu é &quot;%2&quot;. Nada ka instaladu.</translation>
    </message>
    <message>
        <source>This pack is version %1; the guidance in use is already version %2. Only a newer version replaces it.</source>
        <translation>Es pakoti li é versan %1; orientason ki sta na uzu dja é versan %2. Só un versan más nobu ta sustitui-l.</translation>
    </message>
</context>
<context>
    <name>ImageRedactor</name>
    <message>
        <source>The file is not an image that can be redacted (JPEG, PNG, BMP, GIF or WebP).</source>
        <translation>Arkivu ka é un imajen ki ta da pa skondi partis (JPEG, PNG, BMP, GIF o WebP).</translation>
    </message>
    <message>
        <source>The redacted image could not be encoded.</source>
        <translation>Ka da pa kodifika imajen ku partis skondidu.</translation>
    </message>
    <message>
        <source>The image is too large to redact (more than %1 MB).</source>
        <translation>Imajen é grandi dimás pa skondi partis (más di %1 MB).</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Ora</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>A&amp;jénsia</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kuzê ki kontise</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Relatu</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Ofisiais</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Tistimunhas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Undi</translation>
    </message>
    <message>
        <source>&amp;Police district</source>
        <translation>Distritu di &amp;polísia</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>is required but missing.</source>
        <translation>e obrigatóriu, ma el sta faltadu.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>debe ser testu.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>ka debe sta vaziu.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>debe ser true o false.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>debe ser un númeru interu.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>e obrigatóriu.</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-01.</source>
        <translation>debe ser un data sima 2026-03-01.</translation>
    </message>
    <message>
        <source>must be a time like 14:30.</source>
        <translation>debe ser un ora sima 14:30.</translation>
    </message>
    <message>
        <source>must be a UTC date and time like 2026-03-01T14:30:00Z.</source>
        <translation>debe ser un data ku ora UTC sima 2026-03-01T14:30:00Z.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>debe ser un lista.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>debe ser un objetu.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>ka e un kanpu konxedu.</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>Ka ta da pa lé %1 &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty: its first line must hold it.</source>
        <translation>%1 &quot;%2&quot; sta bazio: se primeru linha debe ten-l.</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>arkivu di xavi di rekuperason</translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation>arkivu di senha</translation>
    </message>
    <message>
        <source>This database is encrypted and there is no terminal to ask for its passphrase. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or give the recovery key with --recovery-key-file FILE.</source>
        <translation>Es baze di dadus sta sifradu y ka ten terminal pa pidi se senha. Da-l ku --passphrase-file FILE (o poi nomi di kel arkivu na variavel di anbienti %1), o da xavi di rekuperason ku --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Senha: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Ninhun senha ka foi dadu.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada ka muda.</translation>
    </message>
    <message>
        <source>A new encrypted database needs a passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or add --unencrypted for throwaway data.</source>
        <translation>Un baze di dadus sifradu novu mesti un senha, y ka ten terminal pa pidi-l. Da-l ku --passphrase-file FILE (o poi nomi di kel arkivu na variavel di anbienti %1), o djunta --unencrypted pa dadus di tiste.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>Senha novu (pelu menus %1 karakteris): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Mésmu senha otu bes: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Kes dos senha ka ta bate; nada ka muda.</translation>
    </message>
    <message>
        <source>Encrypting needs a new passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1). Nothing was changed.</source>
        <translation>Pa sifra, meste un senha novu, i ka ten terminal pa pidi-l. Da-l ku --passphrase-file FILE (o poi nomi di kel arkivu na variavel di anbienti %1). Nada ka muda.</translation>
    </message>
    <message>
        <source>The office key needs a passphrase for your login, and there is no terminal to ask for it. Give it with %1 FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <extracomment>%1 is the option that names the passphrase file, --passphrase-file or --office-passphrase-file</extracomment>
        <translation>Pa abri xavi di ofisiu, meste bu senha (di bu login), i ka ten terminal pa pidi-l. Da-l ku %1 FILE (senha na purmeru linha di FILE). Nada ka muda.</translation>
    </message>
    <message>
        <source>The new passphrase is needed, and there is no terminal to ask for it. Give it with --new-passphrase-file FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <translation>Meste senha novu, i ka ten terminal pa pidi-l. Da-l ku --new-passphrase-file FILE (senha na purmeru linha di FILE). Nada ka muda.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Ingles</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanhol</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Kriolu aitianu</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Purtuges</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>Kriolu kabuverdianu</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Xines (simplifikadu)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Xines (tradisional)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabi</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rusu</translation>
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
        <translation>TrustDesk ka ta konsigi abri es baze di dadus li.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Abri otu…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Kria un novu…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sai</translation>
    </message>
</context>
<context>
    <name>MetadataScrubber</name>
    <message>
        <source>This image is damaged or in a form TrustDesk cannot clean of metadata.</source>
        <translation>Es imajen sta stragadu o el sta na un formatu ki TrustDesk ka ta konsigi tira metadadus.</translation>
    </message>
    <message>
        <source>The cleaned PDF would overwrite a file.</source>
        <translation>PDF linpu ta ba skrebe riba di un arkivu.</translation>
    </message>
    <message>
        <source>PDF metadata cannot be removed here: qpdf and bubblewrap (packages qpdf and bubblewrap) are needed to open the PDF safely.</source>
        <translation>Ka ta da pa tira metadadus di PDF li: é mesti qpdf y bubblewrap (pakotis qpdf y bubblewrap) pa abri PDF ku seguransa.</translation>
    </message>
    <message>
        <source>This PDF is damaged or could not be rebuilt without its metadata.</source>
        <translation>Es PDF sta stragadu o ka da pa torna faze-l sen se metadadus.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Ta atualiza baze di dadus</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>Arkivu di baze di dadus sta stragadu i ka ta da pa lê-l.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Ta kria baze di dadus</translation>
    </message>
    <message>
        <source>This version of TrustDesk cannot set up an office database.</source>
        <translation>Es versan di TrustDesk li ka ta da pa prepara un baze di dadus di ofisiu.</translation>
    </message>
    <message>
        <source>The office database is damaged: its schema version is unknown.</source>
        <translation>Baze di dadus di ofisiu sta stragadu: versan di se skema e diskonxedu.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Uza pelu menus %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Kes dos senha ka sta igual. Skrebe mesmu senha dos bes.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Choose another.</source>
        <translation>Senha novu e mesmu ki senha atual. Skodje otu.</translation>
    </message>
</context>
<context>
    <name>OfficeBackup</name>
    <message>
        <source>The backup file could not be written.</source>
        <translation>Ka da pa grava arkivu di kópia di seguransa.</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>Kanseladu; ninhun kópia di seguransa ka foi gravadu.</translation>
    </message>
    <message>
        <source>The backup holds a column this version of TrustDesk does not know (%1.%2); restore it with the version that made it.</source>
        <translation>Kópia di seguransa ten un koluna ki es versan di TrustDesk li ka ta konxe (%1.%2); rekupera-l ku versan ki faze-l.</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>Ta faze kópia di seguransa di baze di dadus di ofisiu</translation>
    </message>
    <message>
        <source>Only an office database is backed up this way.</source>
        <translation>Só baze di dadus di ofisiu ki ta faze kópia di seguransa di es manera li.</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with `trustdesk-cli office-key init`.</source>
        <translation>Es baze di dadus di ofisiu li inda ka ten xavi di ofisiu, pur isu ka da pa sifra se kópia di seguransa. Kria un purmeru ku `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 dja ta izisti; skodje un nomi novu pa kópia di seguransa.</translation>
    </message>
    <message>
        <source>The backup file could not be made in %1.</source>
        <translation>Ka da pa kria arkivu di kópia di seguransa na %1.</translation>
    </message>
    <message>
        <source>The office database has a table this version of TrustDesk cannot back up (%1); nothing was written.</source>
        <translation>Baze di dadus di ofisiu ten un tabela ki es versan di TrustDesk li ka ta konsigi kopia (%1); nada ka foi gravadu.</translation>
    </message>
    <message>
        <source>The backup did not verify after writing; nothing was kept. %1</source>
        <translation>Kópia di seguransa ka pasa na verifikason dipôs di gravadu; nada ka fika. %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as %1.</source>
        <translation>Ka da pa pui kópia di seguransa na se lugar komu %1.</translation>
    </message>
    <message>
        <source>Restoring the office database</source>
        <translation>Ta rekupera baze di dadus di ofisiu</translation>
    </message>
    <message>
        <source>An office backup restores into an office database.</source>
        <translation>Un kópia di seguransa di ofisiu ta rekuperadu na un baze di dadus di ofisiu.</translation>
    </message>
    <message>
        <source>The office database holds data already; a backup is restored only into an empty one. Make a new database on the server (createdb) and restore into it.</source>
        <translation>Baze di dadus di ofisiu dja ten dadus; un kópia di seguransa ta rekuperadu só na un baze vaziu. Kria un baze di dadus novu na servidor (createdb) i rekupera nel.</translation>
    </message>
    <message>
        <source>The backup was made by a newer TrustDesk; update TrustDesk to restore it.</source>
        <translation>Kópia di seguransa foi fetu pa un TrustDesk más novu; atualiza TrustDesk pa rekupera-l.</translation>
    </message>
    <message>
        <source>The backup holds a table this version of TrustDesk does not know (%1).</source>
        <translation>Kópia di seguransa ten un tabela ki es versan di TrustDesk li ka ta konxe (%1).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>Kanseladu; nada ka foi rekuperadu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it is not the backup as it was written.</source>
        <translation>&quot;%1&quot; sta stragadu o inkompletu: el ka e kópia di seguransa sima el foi gravadu.</translation>
    </message>
    <message>
        <source>The sealed content of evidence item %1 in the backup does not open whole with the office key.</source>
        <translation>Kontiudu seladu di próva %1 na kópia di seguransa ka ta abri interu ku xavi di ofisiu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>Ka ta da pa lê &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup of an office database.</source>
        <translation>&quot;%1&quot; ka e un kópia di seguransa di un baze di dadus di ofisiu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer TrustDesk; update TrustDesk to open it.</source>
        <translation>&quot;%1&quot; foi fetu pa un TrustDesk más novu; atualiza TrustDesk pa abri-l.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; held no copy of the office key when the backup was made; it opens with the passphrase of one of: %2.</source>
        <translation>Login &quot;%1&quot; ka tinha ninhun kópia di xavi di ofisiu kantu kópia di seguransa foi fetu; el ta abri ku senha di un di es: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Kanseladu.</translation>
    </message>
    <message>
        <source>The audit log in the backup does not chain at entry %1.</source>
        <translation>Kadeia di rejistu di auditoria na kópia di seguransa ta kebra na entrada %1.</translation>
    </message>
    <message>
        <source>The office backup cannot be opened without the office key.</source>
        <translation>Kópia di seguransa di ofisiu ka ta da pa abri sen xavi di ofisiu.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupFlow</name>
    <message>
        <source>TrustDesk office backup %1</source>
        <translation>Kópia di seguransa di ofisiu TrustDesk %1</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>Ta faze kópia di seguransa di baze di dadus di ofisiu</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with trustdesk-cli office-key init.</source>
        <translation>Es baze di dadus di ofisiu li inda ka ten xavi di ofisiu, pur isu ka da pa sifra se kópia di seguransa. Kria un purmeru ku trustdesk-cli office-key init.</translation>
    </message>
    <message>
        <source>The backup is encrypted with the office key, which is not unlocked. Connect again (File › Connect to Office Server…) and give your office key passphrase, then back up.</source>
        <translation>Kópia di seguransa ta sifradu ku xavi di ofisiu, ki ka sta dizblokiadu. Konekta otu bes (Arkivu › Konekta ku servidor di ofisiu…), da bu senha di xavi di ofisiu, dipôs faze kópia di seguransa.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Faze kópia di seguransa</translation>
    </message>
    <message>
        <source>The backup is in %1, written and checked.

It holds the whole office database, evidence included, encrypted with the office key: it opens with the office key passphrase of anyone who held the key today. Keep it somewhere other than the server.</source>
        <translation>Kópia di seguransa sta na %1, gravadu i verifikadu.

El ta guarda tudu baze di dadus di ofisiu, próvas inkluzive, sifradu ku xavi di ofisiu: el ta abri ku senha di xavi di ofisiu di kualker pesoa ki tinha xavi oji. Guarda-l na un lugar ki ka e servidor.</translation>
    </message>
    <message>
        <source>Save Office Backup As</source>
        <translation>Grava kópia di seguransa di ofisiu suma</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob)</source>
        <translation>Kópias di seguransa di ofisiu di TrustDesk (*.tdob)</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 dja ta izisti. Un kópia di seguransa nunka ta sustitui un arkivu: skodje otu nomi.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupUnlock</name>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
    <message>
        <source>Whose office key passphrase opens this backup? It opens with the passphrase of a person who held the office key when it was made.</source>
        <translation>Senha di xavi di ofisiu di kenha ki ta abri es kópia di seguransa li? El ta abri ku senha di un pesoa ki tinha xavi di ofisiu kantu el foi fetu.</translation>
    </message>
    <message>
        <source>Your login %1 held no copy of the office key when this backup was made. Whose office key passphrase opens it?</source>
        <translation>Bu login %1 ka tinha ninhun kópia di xavi di ofisiu kantu es kópia di seguransa li foi fetu. Senha di xavi di ofisiu di kenha ki ta abri-l?</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Rekupera di kópia di seguransa</translation>
    </message>
    <message>
        <source>This backup holds no copy of the office key, so it cannot be opened.</source>
        <translation>Es kópia di seguransa li ka ten ninhun kópia di xavi di ofisiu, pur isu el ka ta da pa abri.</translation>
    </message>
    <message>
        <source>The office key passphrase of login %1 (when the backup was made):</source>
        <translation>Senha di xavi di ofisiu di login %1 (di kantu kópia di seguransa foi fetu):</translation>
    </message>
    <message>
        <source>Open the Office Backup</source>
        <translation>Abri kópia di seguransa di ofisiu</translation>
    </message>
    <message>
        <source>Opening the backup with the passphrase…</source>
        <translation>Ta abri kópia di seguransa ku senha…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Try again (login %1):</source>
        <translation>Kel senha la ka ta abri kópia di seguransa. Tenta más un bes (login %1):</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key stored on the server is damaged. Ask the office&apos;s administrator to restore it from a backup.</source>
        <translation>Xavi di ofisiu ki sta guardadu na servidor sta stragadu. Pidi administrador di ofisiu pa restaura-l di un kópia di seguransa.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>Ka ten memória sufisienti pa verifika senha (ta mesti 256 MiB).</translation>
    </message>
</context>
<context>
    <name>OfficeKeyUnlock</name>
    <message>
        <source>Without the office key, evidence cannot be opened or attached, and drafts are kept in memory only.</source>
        <translation>Sen xavi di ofisiu, próvas ka ta da pa abri nen djunta, i rasunhus ta fika só na memória.</translation>
    </message>
    <message>
        <source>Unlock the Office Key</source>
        <translation>Dizbloka xavi di ofisiu</translation>
    </message>
    <message>
        <source>This office server has no office key yet. %1</source>
        <translation>Es servidor di ofisiu li inda ka ten xavi di ofisiu. %1</translation>
    </message>
    <message>
        <source>Your login %1 cannot open the office key yet. Ask a colleague who holds it to run:

trustdesk-cli office-key add %1

%2</source>
        <translation>Bu login %1 inda ka ta konsigi abri xavi di ofisiu. Pidi un koléga ki ten el pa roda:

trustdesk-cli office-key add %1

%2</translation>
    </message>
    <message>
        <source>Office Key</source>
        <translation>Xavi di ofisiu</translation>
    </message>
    <message>
        <source>Your login %1 holds no office key: ask a colleague to run “trustdesk-cli office-key add %1”.</source>
        <translation>Bu login %1 ka ten xavi di ofisiu: pidi un koléga pa roda “trustdesk-cli office-key add %1”.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key (login %1):</source>
        <translation>Bu senha di xavi di ofisiu (login %1):</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key. Try again (login %1):</source>
        <translation>Kel senha la ka ta abri xavi di ofisiu. Tenta más un bes (login %1):</translation>
    </message>
    <message>
        <source>Unlocking the office key…</source>
        <translation>Ta dizbloka xavi di ofisiu…</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>Reading the office key</source>
        <translation>Ta lê xavi di ofisiu</translation>
    </message>
    <message>
        <source>An office key exists only in an office server&apos;s database.</source>
        <translation>Xavi di ofisiu ta izisti só na baze di dadus di un servidor di ofisiu.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so it cannot hold evidence. An administrator makes one with `trustdesk-cli office-key init`.</source>
        <translation>Es servidor di ofisiu li inda ka ten xavi di ofisiu, pur isu el ka ta pode guarda próvas. Un administrador ta kria-l ku `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>The office key was made by a newer version of TrustDesk. Update TrustDesk to use the evidence on this server.</source>
        <translation>Xavi di ofisiu foi kriadu pa un vérsãu más novu di TrustDesk. Atualiza TrustDesk pa uza próvas di es servidor li.</translation>
    </message>
    <message>
        <source>Storing the office key</source>
        <translation>Ta guarda xavi di ofisiu</translation>
    </message>
    <message>
        <source>This office server has an office key already; it is never replaced (that would make its evidence unreadable). Add people with `trustdesk-cli office-key add`.</source>
        <translation>Es servidor di ofisiu li dja ten un xavi di ofisiu; el nunka ka ta trokadu (kel-la ta dexa se próvas sen pode lê). Djunta pesoas ku `trustdesk-cli office-key add`.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key. A colleague who has one adds it with `trustdesk-cli office-key add %1`.</source>
        <translation>Login &quot;%1&quot; ka ten ninhun kópia di xavi di ofisiu. Un koléga ki ten un ta djunta-l ku `trustdesk-cli office-key add %1`.</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>Da nomi di login pa djunta.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was added.</source>
        <translation>Kel xavi la ka e xavi di es ofisiu li; nada ka djuntadu.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds a copy of the office key already; nothing was changed.</source>
        <translation>Login &quot;%1&quot; dja ten un kópia di xavi di ofisiu; nada ka mudadu.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was changed.</source>
        <translation>Kel xavi la ka e xavi di es ofisiu li; nada ka muda.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key; nothing was changed.</source>
        <translation>Login &quot;%1&quot; ka ten ninhun kópia di xavi di ofisiu; nada ka muda.</translation>
    </message>
</context>
<context>
    <name>OfficeRestoreFlow</name>
    <message>
        <source>Restoring an office backup</source>
        <translation>Ta rekupera un kópia di seguransa di ofisiu</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Rekupera di kópia di seguransa</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Rekuperason kanseladu; nada ka muda.</translation>
    </message>
    <message>
        <source>Restore canceled; the office database %1 was left empty.</source>
        <translation>Rekuperason kanseladu; baze di dadus di ofisiu %1 fika vaziu.</translation>
    </message>
    <message>
        <source>The backup was not restored; the office database %1 was left as empty as it was.</source>
        <translation>Kópia di seguransa ka foi rekuperadu; baze di dadus di ofisiu %1 fika vaziu sima el staba.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored, and nothing was changed.</source>
        <translation>Ka ta da pa rekupera &quot;%1&quot;, i nada ka muda.</translation>
    </message>
    <message numerus="yes">
        <source>The office database %1 now holds the %Ln case(s) of the backup %2, with their evidence and audit log; the backup and the audit log&apos;s chain were checked.</source>
        <translation>
            <numerusform>Gosi baze di dadus di ofisiu %1 ten %Ln kazu di kópia di seguransa %2, ku ses próvas i rejistu di auditoria; kópia di seguransa i kadeia di rejistu di auditoria foi verifikadu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Rekuperadu na %1.</translation>
    </message>
    <message>
        <source>Switch this window to the restored database? The window is on %1 now.</source>
        <translation>Muda es janela li pa baze di dadus rekuperadu? Gosi janela sta na %1.</translation>
    </message>
    <message>
        <source>&amp;Switch to Restored Database</source>
        <translation>&amp;Muda pa baze di dadus rekuperadu</translation>
    </message>
    <message>
        <source>S&amp;tay Here</source>
        <translation>&amp;Fika li</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>caseworker</source>
        <translation>responsavel pa kazu</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervizor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3</source>
        <translation>Servidor di ofisiu: %1 na %2, login %3</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3 (%4)</source>
        <translation>Servidor di ofisiu: %1 na %2, login %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OfficeTransfer</name>
    <message>
        <source>Copying the database to the server</source>
        <translation>Ta kopia baze di dadus pa servidor</translation>
    </message>
    <message>
        <source>The server has no table &quot;%1&quot;.</source>
        <translation>Servidor ka ten tabela &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server has a table this version of TrustDesk cannot copy (&quot;%1&quot;): use the version that made it.</source>
        <translation>Servidor ten un tabela ki es versan di TrustDesk li ka ta konsigi kopia (&quot;%1&quot;): uza versan ki kria-l.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Kanseladu.</translation>
    </message>
</context>
<context>
    <name>OfficerQuery</name>
    <message>
        <source>Reading officers</source>
        <translation>Ta lê ofisiais</translation>
    </message>
</context>
<context>
    <name>OfficerRosterModel</name>
    <message>
        <source>(agency unknown)</source>
        <translation>(ajénsia diskonxedu)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Insidentis</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kazus</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Xapa</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ajénsia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violason</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Purmeru insidenti</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Último insidenti</translation>
    </message>
</context>
<context>
    <name>PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pájina %1 di %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>Ka da pa grava &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Stopped: &quot;%1&quot; was not written.</source>
        <translation>Paradu: &quot;%1&quot; ka skrebedu.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>&quot;%1&quot; was not written.</source>
        <translation>&quot;%1&quot; ka skrebedu.</translation>
    </message>
</context>
<context>
    <name>PgConnectFailure</name>
    <message>
        <source>Cannot reach the office server at %1. Check the network or ask your administrator; nothing was lost, try again.</source>
        <translation>Ka ta da pa txiga na servidor di ofisiu na %1. Verifika redi o pergunta bu administrador; nada ka perdedu, tenta más un bes.</translation>
    </message>
    <message>
        <source>The office server wants a password for the login %1. Enter your server password and try again.</source>
        <translation>Servidor di ofisiu sta pidi un senha pa login %1. Skrebe bu senha di servidor i tenta más un bes.</translation>
    </message>
    <message>
        <source>The server refused the password for the login %1. Check the password (capitals count) and try again, or ask your administrator.</source>
        <translation>Servidor ruza senha di login %1. Verifika senha (létra maiúskula i minúskula ka e mésmu kuza) i tenta más un bes, o pergunta bu administrador.</translation>
    </message>
    <message>
        <source>The office server at %1 did not let the login %2 open the database %3: the database may not exist there, or the server does not accept this login from this computer. Ask your administrator.</source>
        <translation>Servidor di ofisiu na %1 ka dexa login %2 abri baze di dadus %3: talvês baze di dadus ka ta izisti la, o servidor ka ta aseita es login li di es konputador li. Pergunta bu administrador.</translation>
    </message>
    <message>
        <source>The office server at %1 could not be reached, or it refused the login. Try again; nothing was lost.</source>
        <translation>Ka da pa txiga na servidor di ofisiu na %1, o el ruza login. Tenta más un bes; nada ka perdedu.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The server address is not usable: %1</source>
        <translation>Ka ta da pa uza enderesu di servidor: %1</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>el debe kumesa ku postgresql://</translation>
    </message>
    <message>
        <source>only one server can be named (no commas).</source>
        <translation>só un servidor podi ser indikadu (sen vírgula).</translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;.</source>
        <translation>nomi di baze di dadus ka podi ten &quot;/&quot;.</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>porta &quot;%1&quot; ka e un númeru di 1 te 65535.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; cannot contain &quot;;&quot;.</source>
        <translation>valor di &quot;%1&quot; ka podi ten &quot;;&quot;.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported.</source>
        <translation>parámetru &quot;%1&quot; ka ta aseitadu.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>es konputador li</translation>
    </message>
</context>
<context>
    <name>RedactJob</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ta abri baze di dadus…</translation>
    </message>
    <message>
        <source>Covering the marked areas…</source>
        <translation>Ta kubri áreas markadu…</translation>
    </message>
    <message>
        <source>Making the new image…</source>
        <translation>Ta faze imajen novu…</translation>
    </message>
    <message>
        <source>Storing the copy and its record…</source>
        <translation>Ta grava kópia i se rejistu…</translation>
    </message>
</context>
<context>
    <name>RedactionRecord</name>
    <message>
        <source>Unknown redaction method &quot;%1&quot;. Use fill or pixelate.</source>
        <translation>Métodu di skondi partis diskonxedu: &quot;%1&quot;. Uza fill o pixelate.</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; is not four whole numbers X,Y,W,H (left, top, width, height in pixels).</source>
        <translation>Kuadru &quot;%1&quot; ka é kuatu númeru interu X,Y,W,H (skerda, riba, largura, altura na pixels).</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; has no area: its width and height must be at least 1.</source>
        <translation>Kuadru &quot;%1&quot; ka ten área: se largura i se altura debe ser pa menus 1.</translation>
    </message>
    <message>
        <source>Give at least one box to redact.</source>
        <translation>Da pa menus un kuadru pa skondi.</translation>
    </message>
    <message>
        <source>The box %1 has no area: its width and height must be at least 1.</source>
        <translation>Kuadru %1 ka ten área: se largura i se altura debe ser pa menus 1.</translation>
    </message>
    <message>
        <source>The box %1 is not inside the image, which is %2×%3 pixels (upright).</source>
        <translation>Kuadru %1 ka sta dentu di imajen, ki ten %2×%3 pixels (direitu).</translation>
    </message>
    <message>
        <source>The redaction record cannot be read.</source>
        <translation>Ka ta da pa lê rejistu di partis skondidu.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Checking the Backup</source>
        <translation>Ta verifika kópia di seguransa</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Rekuperason kanseladu; nada ka muda.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Rekupera di kópia di seguransa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: it did not pass its check, so nothing was changed.</source>
        <translation>Ka ta da pa rekupera &quot;%1&quot;: el ka pasa na verifikason, pur isu nada ka muda.</translation>
    </message>
    <message>
        <source>The case you are editing has changes that are not saved. Save or close it first, then restore the backup.</source>
        <translation>Kazu ki bu sta ta muda ten mudansas ki ka foi gravadu. Grava-l o fitxa-l purmeru, dipôs rekupera kópia di seguransa.</translation>
    </message>
    <message>
        <source>%1 is the database TrustDesk has open. Choose a backup of it instead.</source>
        <translation>%1 é baze di dadus ki TrustDesk ten abertu. Skodje un kópia di seguransa di el.</translation>
    </message>
    <message>
        <source>Replace the cases in TrustDesk with the cases in the backup?</source>
        <translation>Sustitui kazus di TrustDesk pa kazus di kópia di seguransa?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln case(s) in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>
            <numerusform>%Ln kazu ki sta na TrustDesk gosi, ku ses próvas, ta ser sustituídu pa kes di kópia di seguransa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cases in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>Kazus ki sta na TrustDesk gosi, ku ses próvas, ta ser sustituídu pa kes di kópia di seguransa.</translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s); its newest recorded change is from %2.</source>
        <translation>
            <numerusform>Kópia di seguransa &quot;%1&quot; ten %Ln kazu; si últimu mudansa rejistradu é di %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s).</source>
        <translation>
            <numerusform>Kópia di seguransa &quot;%1&quot; ten %Ln kazu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything added or changed since that backup will be lost. The backup itself is not changed.</source>
        <translation>Tudu kuza ki foi djuntadu o mudadu dizdi kel kópia di seguransa la ta perde. Kópia di seguransa el mesmu ka ta muda.</translation>
    </message>
    <message>
        <source>&amp;Replace with Backup</source>
        <translation>&amp;Sustitui pa kópia di seguransa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
    <message>
        <source>The restore did not finish.</source>
        <translation>Rekuperason ka kaba.</translation>
    </message>
    <message>
        <source>The backup was not restored, and nothing was changed.</source>
        <translation>Kópia di seguransa ka foi rekuperadu, i nada ka muda.</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk now holds the %Ln case(s) of the backup %1, with their evidence.</source>
        <translation>
            <numerusform>Gosi TrustDesk ten %Ln kazu di kópia di seguransa %1, ku ses próvas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an encrypted backup, and the database open now is not encrypted: restoring it here would put its cases on this disk unencrypted, so it was not restored. Encrypt this database first (Encrypt… above the cases), then restore.</source>
        <translation>&quot;%1&quot; é un kópia di seguransa sifradu, i baze di dadus ki sta abertu gosi ka sta sifradu: rekupera-l li ta poi se kazus na es discu li sen sifra, pur isu e ka rekuperadu. Sifra es baze di dadus primeru (Sifra… riba di kazus), dipôs rekupera.</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Filed with</source>
        <translation>Prizentadu na</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Meiu</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Númeru di akompanhamentu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keixa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feitu</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Kuzê ki ta faze</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Akompanhamentu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Númeru di xapa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidadi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Diskrison</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Ofisial</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontatu</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Dipoimentu</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tistimunha</translation>
    </message>
    <message>
        <source>Add co&amp;mplaint</source>
        <translation>Djunta &amp;keixa</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Djunta akompanhamentu</translation>
    </message>
    <message>
        <source>Add office&amp;r</source>
        <translation>Djunta o&amp;fisial</translation>
    </message>
    <message>
        <source>Add witne&amp;ss</source>
        <translation>Djunta tis&amp;timunha</translation>
    </message>
</context>
<context>
    <name>ScramVerifier</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>Ka da pa kumesa biblioteka di kriptografia.</translation>
    </message>
    <message>
        <source>The login password is empty.</source>
        <translation>Senha di login sta vaziu.</translation>
    </message>
    <message>
        <source>A login password may use only ASCII letters, digits, punctuation and spaces (no accented letters or other scripts): the server prepares other characters in a way TrustDesk cannot reproduce exactly, which could lock the person out. Choose a longer password of ASCII characters instead.</source>
        <translation>Senha di un login só pode ten létra, númeru, sinal di puntuason i spasu ASCII (sen létra ku asentu nen di otu alfabetu): servidor ta prepara otus karakter di un manera ki TrustDesk ka ta konsigi repeti izatamenti, i kel-la podia dexa pesoa sen asesu. Na se lugar, skodje un senha más konpridu ku karakter ASCII.</translation>
    </message>
    <message>
        <source>The login password cannot be prepared.</source>
        <translation>Ka ta da pa prepara senha di login.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation>Ta kria índisi di buska</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Ta atualiza índisi di buska</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>Ta aruma índisi di buska</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Ta buska</translation>
    </message>
</context>
<context>
    <name>SensitiveDetail</name>
    <message>
        <source>Witness contact details</source>
        <translation>Kontatu di tistimunhas</translation>
    </message>
</context>
<context>
    <name>ServerEvidence</name>
    <message>
        <source>The evidence could not be encrypted.</source>
        <translation>Ka da pa sifra próvas.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the database reported an unexpected error.</source>
        <translation>%1: baze di dadus da un eru ki ka staba speradu.</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program. Try again in a moment.</source>
        <translation>%1: otu prugrama sta ta uza baze di dadus. Tenta más un bes daki un bokadinhu.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (it is read-only).</source>
        <translation>%1: ka ta da pa grava na arkivu di baze di dadus (el e só di leitura).</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>%1: disku sta xeiu. Libra un poku spasu i tenta más un bes; nada ka foi gravadu.</translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written.</source>
        <translation>%1: ka da pa lê o grava arkivu di baze di dadus.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1: arkivu di baze di dadus sta stragadu.</translation>
    </message>
    <message>
        <source>%1: the data conflicts with what is already stored.</source>
        <translation>%1: dadus ta txoka ku kuzê ki dja sta guardadu.</translation>
    </message>
    <message>
        <source>%1: the connection to the office server was lost. Try again in a moment.</source>
        <translation>%1: konekson ku servidor di ofisiu kai. Tenta más un bes daki un bokadinhu.</translation>
    </message>
    <message>
        <source>%1: the office server does not allow this login to make this change.</source>
        <translation>%1: servidor di ofisiu ka ta dexa es login faze es mudansa li.</translation>
    </message>
    <message>
        <source>%1: the office server&apos;s disk is full; nothing was saved. Tell the office admin.</source>
        <translation>%1: disku di servidor di ofisiu sta xeiu; nada ka foi gravadu. Aviza administrador di ofisiu.</translation>
    </message>
    <message>
        <source>%1: your role on the office server does not allow this. Ask the office admin if you need it.</source>
        <translation>%1: bu funson na servidor di ofisiu ka ta dexa faze es li. Si bu meste, pidi administrador di ofisiu.</translation>
    </message>
    <message>
        <source>%1: the office server refused this login. Ask your administrator.</source>
        <translation>%1: servidor di ofisiu ruza es login li. Pergunta bu administrador.</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>Managing the office&apos;s staff</source>
        <translation>Ta trata di pesoal di ofisiu</translation>
    </message>
    <message>
        <source>That login cannot be staff: it is a superuser, a group or a system role.</source>
        <translation>Kel login la ka ta pode ser di pesoal: el e un superuzuáriu, un grupu o un funson di sistema.</translation>
    </message>
    <message>
        <source>%1: only an office admin may do this, and your login is not one. Ask an admin to do it, or to make you one (trustdesk-cli staff role LOGIN admin).</source>
        <translation>%1: só un administrador di ofisiu ta pode faze es li, i bu login ka e administrador. Pidi un administrador pa faze-l, o pa faze-bu administrador (trustdesk-cli staff role LOGIN admin).</translation>
    </message>
    <message>
        <source>Setting a staff member&apos;s password</source>
        <translation>Ta poi senha di un ménbru di pesoal</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot; on this office server (trustdesk-cli staff list shows them).</source>
        <translation>Ka ten ninhun ménbru di pesoal &quot;%1&quot; na es servidor di ofisiu li (trustdesk-cli staff list ta mostra-s).</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Other agency %1</source>
        <translation>Otu ajénsia %1</translation>
    </message>
    <message>
        <source>Other outcome %1</source>
        <translation>Otu rezultadu %1</translation>
    </message>
    <message>
        <source>Other district %1</source>
        <translation>Otu distritu %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>Katigoria di violason</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestri</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distritu di polísia</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ajénsia</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Status di kazu</translation>
    </message>
    <message>
        <source>Complaint outcome</source>
        <translation>Rezultadu di keixa</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kazus</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Insidentis</translation>
    </message>
    <message>
        <source>No category recorded</source>
        <translation>Ninhun katigoria rejistadu</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>Ka prizentadu</translation>
    </message>
    <message>
        <source>Filed, no status recorded</source>
        <translation>Prizentadu, sen status rejistadu</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ka rejistadu</translation>
    </message>
    <message>
        <source>The caseworkers could not be read.</source>
        <translation>Ka da pa lê responsavel pa kazus.</translation>
    </message>
</context>
<context>
    <name>StatisticsChart</name>
    <message>
        <source>suppressed</source>
        <translation>skondidu</translation>
    </message>
    <message>
        <source>Shaded: the count is suppressed (below the threshold).</source>
        <translation>Ku sonbra: konta sta skondidu (baxu di limiti).</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Ka da pa grava %1: %2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Esporta statístikas</translation>
    </message>
    <message>
        <source>Exported to %1. As for any published figures, no count below %2 is shown: %3 count(s) were hidden for being small and %4 more so that they cannot be worked out from the totals.</source>
        <translation>Esportadu pa %1. Sima na tudu númerus publikadu, ninhun konta baxu di %2 ka ta mostradu: %3 konta(s) foi skondidu pamodi es e pikinoti i más %4 pa es ka podi diskobridu a partir di totais.</translation>
    </message>
    <message>
        <source>Exported to %1 with every count shown (no suppression).</source>
        <translation>Esportadu pa %1 ku tudu konta ta mostradu (nada skondidu).</translation>
    </message>
    <message numerus="yes">
        <source>%n rare agency or outcome name(s) are replaced by &quot;Other …&quot;.</source>
        <translation>
            <numerusform>%n nomi raru di ajénsia o di rezultadu foi trokadu pa &quot;Otu …&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>Ka da pa rejista esportason na rejistu di auditoria: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>Counting cases for the statistics</source>
        <translation>Ta konta kazus pa statístikas</translation>
    </message>
    <message>
        <source>The statistics could not be counted: the database could not be read.</source>
        <translation>Ka da pa kalkula statístikas: ka da pa lê baze di dadus.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Reported police conduct by %1 and %2</source>
        <translation>Konportamentu di polísia dinunsiadu pa %1 i %2</translation>
    </message>
    <message>
        <source>Reported police conduct by %1</source>
        <translation>Konportamentu di polísia dinunsiadu pa %1</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2.</source>
        <translation>Insidentis di %1 te %2.</translation>
    </message>
    <message>
        <source>All incidents recorded up to %1.</source>
        <translation>Tudu insidentis rejistadu te %1.</translation>
    </message>
    <message>
        <source>Cases with the status %1 only.</source>
        <translation>Só kazus ku status %1.</translation>
    </message>
    <message>
        <source>The cases of one caseworker only.</source>
        <translation>Só kazus di un responsavel.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Totals count each case and incident once; one can fall in several rows or columns, so the totals can be less than the sum of their cells.</source>
        <translation>Totais ta konta kada kazu i insidenti só un bes; un podi kai na txeu linha o koluna, pur isu totais podi ser menus ki soma di ses sélulas.</translation>
    </message>
    <message>
        <source>Table %1. Cases and incidents by %2</source>
        <translation>Tabela %1. Kazus i insidentis pa %2</translation>
    </message>
    <message>
        <source>Table %1. %2 by %3 (rows) and %4 (columns)</source>
        <translation>Tabela %1. %2 pa %3 (linhas) i %4 (kolunas)</translation>
    </message>
    <message>
        <source>What is counted.</source>
        <translation>Kuzê ki ta kontadu.</translation>
    </message>
    <message>
        <source>A case is counted when at least one of its incidents falls in the period and passes the filters; a case with no recorded incident is not counted. Violation category, month, quarter, police district and agency describe an incident; case status and complaint outcome describe the case. The outcome is the status of the case&apos;s latest complaint submission as recorded, ignoring capitals and spacing; &quot;Not filed&quot; when there is none. Agencies are grouped ignoring capitals and spacing.</source>
        <translation>Un kazu ta kontadu ora ki pelu menus un di ses insidentis kai na períodu i pasa na filtrus; un kazu sen insidenti rejistadu ka ta kontadu. Katigoria di violason, mes, trimestri, distritu di polísia i ajénsia ta diskrebe un insidenti; status di kazu i rezultadu di keixa ta diskrebe kazu. Rezultadu e status di última keixa prizentadu di kazu, sima el foi rejistadu, sen konta ku maiúskulas ku spasus; &quot;Ka prizentadu&quot; ora ki ka ten ninhun. Ajénsias ta djuntadu sen konta ku maiúskulas ku spasus.</translation>
    </message>
    <message>
        <source>Overlapping rows.</source>
        <translation>Linhas ki ta sobrepoi.</translation>
    </message>
    <message>
        <source>An incident can allege several violation categories, and a case can have incidents in several months, districts or agencies; it then counts once in each row or column it belongs to. Totals count every case and incident once, so they can be smaller than the sum of their rows.</source>
        <translation>Un insidenti podi ten txeu katigoria di violason, i un kazu podi ten insidentis na txeu mes, distritu o ajénsia; e ta kontadu un bes na kada linha o koluna ki e ta pertense. Totais ta konta kada kazu i insidenti só un bes, pur isu es podi ser menus ki soma di ses linhas.</translation>
    </message>
    <message>
        <source>Suppression.</source>
        <translation>Kontas skondidu.</translation>
    </message>
    <message>
        <source>To protect the people behind small numbers, no count from 1 to %1 is shown: %2 count(s) of cases and %3 of incidents were hidden for that reason (primary suppression). So that none of them can be worked out by subtracting from a row, column or grand total, or from any combination of them, %4 further count(s) of cases and %5 of incidents were hidden, the smallest possible first (complementary suppression). A dash (–) marks a hidden count. Zeros are shown: they describe no one.</source>
        <translation>Pa proteje pesoas ki sta pa tras di númerus pikinoti, ninhun konta di 1 te %1 ka ta mostradu: pur isu %2 konta(s) di kazus i %3 di insidentis foi skondidu (okultason primáriu). Pa ninhun di es ka podi diskobridu ku subtrason di un linha, koluna o total jeral, o di kualker konbinason di es, más %4 konta(s) di kazus i %5 di insidentis foi skondidu, purmeru kes más pikinoti posível (okultason kumplimentar). Un trasu (–) ta marka un konta skondidu. Zerus ta mostradu: es ka ta diskrebe ninguen.</translation>
    </message>
    <message>
        <source>No count was suppressed (the threshold was set to 1).</source>
        <translation>Ninhun konta ka foi skondidu (limiti éra 1).</translation>
    </message>
    <message>
        <source>This report holds no names, case references, badge numbers or narratives. Agency names and complaint outcomes are typed by caseworkers; any that counts fewer than %1 cases is not named (&quot;Other agency 1&quot;).</source>
        <translation>Es rilatóriu li ka ten nomis, referénsias di kazu, númerus di xapa nen relatus. Nomis di ajénsia i rezultadus di keixa e skrebedu pa responsavel pa kazu; kualker un ki ta konta menus di %1 kazus ka ta nomeadu (&quot;Otu ajénsia 1&quot;).</translation>
    </message>
    <message>
        <source>%1 row(s) or column(s) were left unnamed for that reason.</source>
        <translation>Pur es razon, %1 linha(s) o koluna(s) fika sen nomi.</translation>
    </message>
    <message>
        <source>Privacy.</source>
        <translation>Privasidadi.</translation>
    </message>
    <message>
        <source>Source.</source>
        <translation>Fonti.</translation>
    </message>
    <message>
        <source>The office&apos;s TrustDesk case records, counted on %1.</source>
        <translation>Rejistus di kazu di TrustDesk di ofisiu, kontadu na dia %1.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Métodu</translation>
    </message>
    <message>
        <source>%1 cases, %2 incidents</source>
        <translation>%1 kazus, %2 insidentis</translation>
    </message>
    <message>
        <source>Figure 1. %1 by %2</source>
        <translation>Figura 1. %1 pa %2</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statístikas</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Jeradu na %1</translation>
    </message>
    <message>
        <source>The statistics could not be printed.</source>
        <translation>Ka da pa inprimi statístikas.</translation>
    </message>
</context>
<context>
    <name>TextScanner</name>
    <message>
        <source>[withheld]</source>
        <translation>[skondidu]</translation>
    </message>
</context>
<context>
    <name>VaultConversion</name>
    <message>
        <source>The encrypted copy does not hold the same data as the original (%1); the original was kept unchanged.</source>
        <translation>Kópia sifradu ka ten mésmu dadus ki orijinal (%1); orijinal fika sen mudansa.</translation>
    </message>
    <message>
        <source>The encrypted copy could not be read back; the original was kept unchanged.</source>
        <translation>Ka da pa torna lé kópia sifradu; orijinal fika sen mudansa.</translation>
    </message>
    <message>
        <source>its schema</source>
        <translation>se skema</translation>
    </message>
    <message>
        <source>The encryption was canceled; nothing was changed.</source>
        <translation>Sifrason foi kanseladu; nada ka muda.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabela %1</translation>
    </message>
    <message>
        <source>The database is open in TrustDesk or another program. Close it there and try again; nothing was changed.</source>
        <translation>Baze di dadus sta abertu na TrustDesk o na otu programa. Fitxa-l la y tenta más un bes; nada ka muda.</translation>
    </message>
    <message>
        <source>The database could not be encrypted (%1); the original was kept unchanged.</source>
        <translation>Ka da pa sifra baze di dadus (%1); orijinal fika sen mudansa.</translation>
    </message>
    <message>
        <source>the copy could not be started</source>
        <translation>ka da pa kumesa kópia</translation>
    </message>
    <message>
        <source>the tables could not be made</source>
        <translation>ka da pa kria tabelas</translation>
    </message>
    <message>
        <source>the rows could not be copied</source>
        <translation>ka da pa kopia linhas</translation>
    </message>
    <message>
        <source>the indexes could not be made</source>
        <translation>ka da pa kria índisis</translation>
    </message>
    <message>
        <source>the copy could not be finished</source>
        <translation>ka da pa kaba kópia</translation>
    </message>
    <message>
        <source>encryption is not available on this system</source>
        <translation>sifrason ka sta disponível na es sistema</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>ka da pa abri kópia</translation>
    </message>
    <message>
        <source>the copy could not be set up</source>
        <translation>ka da pa prepara kópia</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>ka da pa grava kópia na dixku</translation>
    </message>
    <message>
        <source>The encrypted copy did not pass its integrity check; the original was kept unchanged.</source>
        <translation>Kópia sifradu ka pasa na verifikason di integridadi; orijinal fika sen mudansa.</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>ka da pa abri-l</translation>
    </message>
    <message>
        <source>The database is being encrypted by another program right now. Wait for it to finish.</source>
        <translation>Otu programa sta ta sifra baze di dadus gosi. Spera ti el kaba.</translation>
    </message>
    <message>
        <source>The interrupted encryption could not be finished: %1</source>
        <translation>Ka da pa kaba sifrason ki foi interonpidu: %1</translation>
    </message>
    <message>
        <source>The files of an interrupted encryption could not be removed.</source>
        <translation>Ka da pa tira arkivus di un sifrason interonpidu.</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>ka da pa abri arkivu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be created</source>
        <translation>ka da pa kria &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This database is already encrypted.</source>
        <translation>Es baze di dadus dja sta sifradu.</translation>
    </message>
    <message>
        <source>An earlier encryption of this database did not finish; finish or undo it first.</source>
        <translation>Un sifrason más antigu di es baze di dadus ka kaba; kaba-l o disfaze-l primeru.</translation>
    </message>
    <message>
        <source>The evidence of this database could not be counted.</source>
        <translation>Ka da pa konta próvas di es baze di dadus.</translation>
    </message>
    <message>
        <source>the key file could not be put in place</source>
        <translation>ka da pa poi arkivu di xavis na se lugar</translation>
    </message>
    <message>
        <source>The database is encrypted, but the old unencrypted evidence folder &quot;%1&quot; could not be deleted completely. Run `trustdesk-cli encrypt` again to delete it.</source>
        <translation>Baze di dadus sta sifradu, ma ka da pa apaga kompletamenti antigu pasta di próvas sen sifra &quot;%1&quot;. Roda `trustdesk-cli encrypt` otu bês pa apaga-l.</translation>
    </message>
    <message>
        <source>This database has evidence files, and this conversion does not encrypt them; nothing was changed.</source>
        <translation>Es baze di dadus ten arkivus di próvas, i es konverson li ka ta sifra-s; nada ka mudadu.</translation>
    </message>
    <message>
        <source>The encryption stopped while the encrypted copy was being put in place (%1). Nothing is lost: run `trustdesk-cli encrypt` again, or open the database in TrustDesk, to finish it.</source>
        <translation>Sifra para enkuantu kópia sifradu sa ta ser postu na se lugar (%1). Nada ka perdedu: roda `trustdesk-cli encrypt` otu bês, o abri baze di dadus na TrustDesk, pa kaba-l.</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>The key file of this encrypted database is damaged. Use a backup of the database together with its key file.</source>
        <translation>Arkivu di xavi di es baze di dadus sifradu li sta stragadu. Uza un kópia di seguransa di baze di dadus djuntu ku se arkivu di xavi.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>Senha ka sta sertu.</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; could not be written: %2</source>
        <translation>Ka da pa grava arkivu di xavi &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; is missing: an encrypted database cannot be opened without it.</source>
        <translation>Arkivu di xavi &quot;%1&quot; sta faltadu: un baze di dadus sifradu ka ta da pa abri sen el.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of TrustDesk. Update TrustDesk to open this database.</source>
        <translation>Arkivu di xavi foi gravadu pa un vérsãu más novu di TrustDesk. Atualiza TrustDesk pa abri es baze di dadus li.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>Sifrason ka sta disponível na es sistema li.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Senha debe ten pelu menus %1 karakter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; a key file is never replaced by a new one.</source>
        <translation>&quot;%1&quot; dja ta izisti; TrustDesk nunka ta sustitui un arkivu di xavi pa un novu.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the passphrase (256 MiB are needed).</source>
        <translation>Ka ten memória sufisienti pa proteje senha (ta mesti 256 MiB).</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>Ka ten memória sufisienti pa verifika senha (ta mesti 256 MiB).</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 13 groups of four letters and digits.</source>
        <translation>Es li ka é un xavi di rekuperason: un xavi di rekuperason ten 13 grupu di kuatu letra i númeru.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>Xavi di rekuperason ka sta sertu.</translation>
    </message>
    <message>
        <source>That key does not belong to this database.</source>
        <translation>Es xavi li ka é di es baze di dadus li.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Verifying the database</source>
        <translation>Ta verifika baze di dadus</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Arkivu di baze di dadus sta stragadu: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Verifikason di integridadi di SQLite: %1</translation>
    </message>
    <message>
        <source>The file does not carry TrustDesk&apos;s application id.</source>
        <translation>Arkivu ka ten identifikador di aplikason di TrustDesk.</translation>
    </message>
    <message>
        <source>The schema is version %1; this TrustDesk uses %2 (run init to upgrade).</source>
        <translation>Skema e vérsãu %1; es TrustDesk li ta uza %2 (roda init pa atualiza).</translation>
    </message>
    <message>
        <source>Broken link between records: %1</source>
        <translation>Ligason kebradu entri rejistus: %1</translation>
    </message>
    <message>
        <source>Case %1 is missing from the search index.</source>
        <translation>Kazu %1 sta faltadu na índisi di buska.</translation>
    </message>
    <message>
        <source>The search index holds an entry (%1) for a case that no longer exists.</source>
        <translation>Índisi di buska ten un entrada (%1) pa un kazu ki dja ka ta izisti.</translation>
    </message>
    <message>
        <source>Client record %1 belongs to no case.</source>
        <translation>Rejistu di klienti %1 ka ta pertense a nenhun kazu.</translation>
    </message>
    <message>
        <source>Case %1 was closed before it was opened.</source>
        <translation>Kazu %1 fitxa antis di el abri.</translation>
    </message>
    <message>
        <source>Evidence record %1 has an invalid SHA-256.</source>
        <translation>Rejistu di próva %1 ten un SHA-256 ki ka sta válidu.</translation>
    </message>
    <message>
        <source>Incident record %1 has no date.</source>
        <translation>Rejistu di insidenti %1 ka ten data.</translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; is not in the TD-YYYY-NNNNN form.</source>
        <translation>Referénsia di kazu &quot;%1&quot; ka sta na formatu TD-AAAA-NNNNN.</translation>
    </message>
    <message>
        <source>The case numbering for %1 is behind case %2; a new case could reuse its number.</source>
        <translation>Numerason di kazus pa %1 sta atrás di kazu %2; un kazu novu podia ripiti si númeru.</translation>
    </message>
    <message>
        <source>The search index is inconsistent and needs rebuilding.</source>
        <translation>Índisi di buska ka sta konsistenti i el meste ser refeitu.</translation>
    </message>
</context>
<context>
    <name>ViolationCategory</name>
    <message>
        <source>Sharing personal information without lawful basis</source>
        <translation>Partilha informason pesoal sen bazi legal</translation>
    </message>
    <message>
        <source>Police shared personally identifiable information (such as a name, address or immigration details) with immigration enforcement without a lawful basis.</source>
        <translation>Polísia partilha informason pesoal (sima nomi, enderesu o detalhis di imigrason) ku autoridadis di imigrason sen bazi legal.</translation>
    </message>
    <message>
        <source>Honoring a civil immigration detainer without legal authority</source>
        <translation>Kunpri un pididu sivil di detenson di imigrason sen autoridadi legal</translation>
    </message>
    <message>
        <source>Police held a person, or arranged a hand-over, because of a civil immigration detainer request, without legal authority or contrary to policy.</source>
        <translation>Polísia deteni un pesoa, o rinja pa entrega-l, pamodi un pididu sivil di detenson di imigrason (detainer), sen autoridadi legal o kontra pulítika.</translation>
    </message>
    <message>
        <source>Questioning or detention solely on immigration suspicion</source>
        <translation>Pergunta o detenson só pa suspeita di imigrason</translation>
    </message>
    <message>
        <source>Police questioned, stopped or held a person only because they suspected something about the person&apos;s immigration status.</source>
        <translation>Polísia pergunta, para o deteni un pesoa só pamodi es ta suspeita algun kuza sobri status di imigrason di kel pesoa.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otu</translation>
    </message>
    <message>
        <source>Other conduct related to cooperation with immigration enforcement; describe it in the narrative.</source>
        <translation>Otu konportamentu ligadu a kooperason ku autoridadis di imigrason; diskrebe-l na relatu.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrustDesk: document police misconduct and file complaints.</source>
        <translation>TrustDesk: dokumenta mau konportamentu di polísia i prizenta keixas.</translation>
    </message>
    <message>
        <source>open the database at PATH (created when missing), or connect to the office server at a postgresql:// URI</source>
        <translation>abri baze di dadus na PATH (ta kriadu si el ka izisti), o konekta ku servidor di ofisiu na un URI postgresql://</translation>
    </message>
</context>
<context>
    <name>td::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Rejistu di auditoria</translation>
    </message>
    <message>
        <source>Filter by case, action or person, e.g. TD-2026-00042 or case.view_sensitive</source>
        <translation>Filtra pa kazu, asãu o pesoa, pur izénplu TD-2026-00042 o case.view_sensitive</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtra rejistu di auditoria</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kuandu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kenha</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Asãu</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kazu</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhi</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln event(s)</source>
        <translation>
            <numerusform>Ta mostra %1 di %Ln eventu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::BackupKeyDialog</name>
    <message>
        <source>Encrypted Backup</source>
        <translation>Kópia di seguransa sifradu</translation>
    </message>
    <message>
        <source>This backup is encrypted. It opens with the passphrase the database had on the day of the backup, or its recovery key.</source>
        <translation>Es kópia di seguransa li sta sifradu. E ta abri ku senha ki baze di dadus tinha na dia di kópia, o ku se xavi di rekuperason.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
</context>
<context>
    <name>td::ui::BackupProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Ta kumesa…</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Ta kopia baze di dadus…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Ta verifika baze di dadus…</translation>
    </message>
    <message>
        <source>Copying the evidence files and checking each one…</source>
        <translation>Ta kopia arkivus di próva i ta verifika kada un…</translation>
    </message>
    <message>
        <source>Checking every evidence file…</source>
        <translation>Ta verifika tudu arkivu di próva…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Ta pui kópia di seguransa na si lugar…</translation>
    </message>
    <message>
        <source>Replacing the cases with the backup&apos;s. This cannot be canceled now.</source>
        <translation>Ta sustitui kazus pa kes di kópia di seguransa. Gosi dja ka ta da pa kansela.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Ta kansela…</translation>
    </message>
    <message>
        <source>Checking the whole backup before anything is written…</source>
        <translation>Ta verifika kópia di seguransa interu antis di grava kualker kuza…</translation>
    </message>
    <message>
        <source>Writing the backup&apos;s cases, evidence and audit log into the empty office database…</source>
        <translation>Ta grava kazus, próvas i rejistu di auditoria di kópia di seguransa na baze di dadus di ofisiu vaziu…</translation>
    </message>
    <message>
        <source>Saving the restored database. This cannot be canceled now.</source>
        <translation>Ta grava baze di dadus rekuperadu. Gosi dja ka ta da pa kansela.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseDetailPanel</name>
    <message>
        <source>Select a case in the list to see its details.</source>
        <translation>Skodje un kazu na lista pa odja si detalhis.</translation>
    </message>
    <message>
        <source>Show sensitive fields</source>
        <translation>Mostra kanpus sensível</translation>
    </message>
    <message>
        <source>Immigration status, A-number, address and other fields that could endanger the client, and the witnesses&apos; contact details. Showing them is recorded in the audit log.</source>
        <translation>Status di imigrason, númeru A, enderesu i otus kanpu ki podi pui klienti na perigu, i kontatu di tistimunhas. Mostra-s ta fika gravadu na rejistu di auditoria.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseEditor</name>
    <message>
        <source>The case this draft belongs to no longer exists; the draft will be saved as a new case.</source>
        <translation>Kazu di es rasunhu li dja ka ta izisti; rasunhu ta ser gravadu suma un kazu novu.</translation>
    </message>
    <message>
        <source>Restored the unsaved draft from %1. Save it to keep it.</source>
        <translation>Rasunhu ki ka staba gravadu di %1 foi rekuperadu. Grava-l pa guarda-l.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Insidenti %1</translation>
    </message>
    <message>
        <source>Remove Incident</source>
        <translation>Tira insidenti</translation>
    </message>
    <message>
        <source>Remove incident %1 and everything entered for it?</source>
        <translation>Tira insidenti %1 ku tudu kuzê ki foi skrebedu pa el?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tira</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Guarda</translation>
    </message>
    <message>
        <source>Not saved yet: please fix the fields marked in red.</source>
        <translation>Inda ka gravadu: favor koriji kanpus markadu na burmedju.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept in a draft.</source>
        <translation>Ka gravadu: %1 Kuzê ki bu skrebe sta guardadu na un rasunhu.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gravadu %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Mudansas ka gravadu</translation>
    </message>
    <message>
        <source>Discard the changes to this case?</source>
        <translation>Dexa kai mudansas na es kazu li?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Grava</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Dexa kai</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Kontinua ta muda</translation>
    </message>
    <message>
        <source>That client changed meanwhile; search again.</source>
        <translation>Kel klienti muda entretantu; djobe más un bes.</translation>
    </message>
    <message>
        <source>Linked to the existing client of %1.</source>
        <translation>Ligadu ku klienti ki dja ta izisti di %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Kazu novu</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>K&amp;lienti</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Insidentis</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Djunta insidenti</translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation>Tira insidenti</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Keixas prizentadu</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Akompanhamentus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Grava</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>Grava kazu (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fitxa</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Disfaze</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rifaze</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>Grava kazu</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Fitxa kazu</translation>
    </message>
    <message>
        <source>Filing and follow-&amp;ups</source>
        <translation>Prizentason i &amp;akompanhamentus</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Próvas</translation>
    </message>
    <message>
        <source>Save the case first; then attach photos, recordings and documents.</source>
        <translation>Grava kazu purmeru; dipôs djunta fotus, gravasons i dokumentus.</translation>
    </message>
    <message>
        <source>Case Changed Elsewhere</source>
        <translation>Kazu mudadu na otu lugar</translation>
    </message>
    <message>
        <source>Not saved: this case was changed elsewhere. Your entries are kept in a draft.</source>
        <translation>Ka grava: es kazu foi mudadu na otu lugar. Kuza ki bu skrebe ta fika na un rascunhu.</translation>
    </message>
    <message>
        <source>This case was deleted elsewhere. Saving will keep your entries in a draft; nothing is lost.</source>
        <translation>Es kazu foi apagadu na otu lugar. Óras ki bu grava, kuza ki bu skrebe ta fika na un rascunhu; nada ka ta perdi.</translation>
    </message>
    <message>
        <source>This case was changed elsewhere (in another window or by trustdesk-cli) since you opened it. When you save, you choose which version to keep.</source>
        <translation>Es kazu foi mudadu na otu lugar (na otu janela o ku trustdesk-cli) dizdi ki bu abri-l. Óras ki bu grava, é bo ki ta skodje kal vershon ki ta fika.</translation>
    </message>
    <message>
        <source>Not revealed: %1</source>
        <translation>Ka mostradu: %1</translation>
    </message>
    <message>
        <source>no field you can see (the same values were saved again)</source>
        <translation>ninhun kanpu ki bu ta odja (mesmu valoris foi gravadu otu bes)</translation>
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

Mudadu dizdi ki bu abri-l: %2.

Fika ku bu vérsãu (el ta troka kel otu, i rejistu di auditoria ta grava ma bu skrebe riba del), toma kel otu (bu vérsãu ta fika guardadu sima rasunhu), o volta pa muda?</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Fika ku di &amp;meu</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Toma kel otu</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otu pesoa</translation>
    </message>
    <message>
        <source>Their version was not loaded: yours could not be kept as a draft, so it stays here.</source>
        <translation>Kel otu vérsãu ka foi karegadu: ka da pa guarda bu vérsãu sima rasunhu, pur isu el ta fika li.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1. Your version is kept as an unsaved draft; TrustDesk offers it again when it next starts.</source>
        <translation>Vérsãu gravadu pa %1 foi karegadu. Bu vérsãu ta fika guardadu sima rasunhu ka gravadu; TrustDesk ta oferese-l otu bes próximu bes ki el kumesa.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1.</source>
        <translation>Vérsãu gravadu pa %1 foi karegadu.</translation>
    </message>
    <message>
        <source>Office Server Unreachable</source>
        <translation>Ka ta txiga na servidor di ofisiu</translation>
    </message>
    <message>
        <source>%1

Your entries stay in this form and in a draft on this computer.</source>
        <translation>%1

Kuzê ki bu skrebe ta fika na es formuláriu li i na un rasunhu na es komputador li.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tenta más un bes</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ka gravadu: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListExportDialog</name>
    <message>
        <source>Export Case List</source>
        <translation>Esporta lista di kazus</translation>
    </message>
    <message>
        <source>Also include these sensitive columns</source>
        <translation>Djunta tanbe es kolunas sensível li</translation>
    </message>
    <message>
        <source>The file will hold facts that can expose clients to immigration enforcement. Keep it on an encrypted disk and delete it when done.</source>
        <translation>Arkivu ta ten informason ki podi poi klienti na perigu djuntu di autoridadis di imigrason. Guarda-l na un disku sifradu i apaga-l ora ki bu kaba.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) of the current list, in its order, go to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</source>
        <translation>
            <numerusform>%n kazu di lista atual, na se orden, ta bai pa un arkivu di planilha, CSV o livru di Excel (referénsia, status, datas, responsavel pa kazu, nomi i língua di klienti). Esportason ta fika gravadu na rejistu di auditoria.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListPage</name>
    <message>
        <source>Search names, places, narratives, officers, badge numbers…</source>
        <translation>Buska nomis, lugaris, relatus, ofisiais, númerus di xapa…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buska kazus</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtru di status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tudu status</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kazus</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Inda ka ten kazu</translation>
    </message>
    <message>
        <source>Start with the person in front of you: New Case opens the intake form. Add your office&apos;s name, address, phone and email too: client copies and handouts print them, so clients know how to reach you.</source>
        <translation>Kumesa ku pesoa ki sta bu frenti: Kazu novu ta abri formuláriu di atendimentu. Djunta tanbê nomi, enderesu, telefoni i e-mail di bu ofisiu: kópias di klienti i folhetus ta inprimi-s, pa klientis sabe modi ki es ta kontakta-bu.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseWorkspace</name>
    <message>
        <source>The case could not be opened.</source>
        <translation>Ka da pa abri kazu.</translation>
    </message>
    <message>
        <source>TrustDesk closed before your changes to %1 (%2) were saved. The draft is from %3.

Restore it?</source>
        <translation>TrustDesk fitxa antis di bu mudansas na %1 (%2) ser gravadu. Rasunhu e di %3.

Rekupera-l?</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>un kazu</translation>
    </message>
    <message>
        <source>TrustDesk closed before a new case for %1 was saved. The draft is from %2.

Restore it?</source>
        <translation>TrustDesk fitxa antis di un kazu novu pa %1 ser gravadu. Rasunhu e di %2.

Rekupera-l?</translation>
    </message>
    <message>
        <source>Restore Unsaved Draft</source>
        <translation>Rekupera rasunhu ka gravadu</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Rekupera</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Dexa kai</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tardi</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Apaga kazu</translation>
    </message>
    <message>
        <source>Delete %1 (%2) and everything recorded in it? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>Apaga %1 (%2) ku tudu kuzê ki sta rejistadu na el? Kel-li ka podi disfazedu; rejistu di auditoria ta guarda ma el foi apagadu.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Apaga</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Kansela</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>Kazu &amp;novu</translation>
    </message>
    <message>
        <source>&amp;Edit Case</source>
        <translation>&amp;Muda kazu</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>A&amp;paga kazu…</translation>
    </message>
    <message>
        <source>Save the case first: the report is made from what is stored.</source>
        <translation>Grava kazu purmeru: rilatóriu ta faze ku kuzê ki sta gravadu.</translation>
    </message>
    <message>
        <source>Complaint &amp;Report…</source>
        <translation>&amp;Rilatóriu di keixa…</translation>
    </message>
    <message>
        <source>Unsaved Draft Damaged</source>
        <translation>Rascunhu ki ka guardadu sta stragadu</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</source>
        <translation>
            <numerusform>Ka da pa abri %n rascunhu ki ka guardadu: arkivu foi mudadu o stragadu na dixku, pur isu el ka foi restauradu. El foi guardadu na un banda na %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseworkerProfileDialog</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>Bem-vindu na TrustDesk</translation>
    </message>
    <message>
        <source>Who is using TrustDesk on this computer? Your name and role are recorded with every change to a case and every look at a client&apos;s sensitive information, in the audit log and in the evidence chain of custody. You can change them later in Preferences.</source>
        <translation>Kenha ki sta ta uza TrustDesk na es kumputador? Bu nomi y bu funson ta rejistadu ku kada mudansa na un kazu y kada bes ki bu odja informason sensível di un klienti, na rejistu di auditoria y na kadeia di kustódia di próvas. Bu pode muda-s dipos na Preferénsias.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Kumesa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sai</translation>
    </message>
    <message>
        <source>Caseworker Profile</source>
        <translation>Perfil di responsavel pa kazu</translation>
    </message>
    <message>
        <source>Entries made from now on are recorded under this name and role. Entries already in the audit log keep the name they were made under.</source>
        <translation>Entradas fetu di gosi pa frenti ta rejistadu ku es nomi y funson. Entradas ki dja sta na rejistu di auditoria ta fika ku nomi ki es foi fetu ku el.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Funson:</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Bu nomi kompletu</translation>
    </message>
    <message>
        <source>For example: caseworker, supervisor, interpreter</source>
        <translation>Pur izenplu: responsavel pa kazu, supervizor, intérpreti</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Bu ofisiu</translation>
    </message>
    <message>
        <source>How a client reaches you: printed on client copies and handouts. Leave empty what you do not want printed.</source>
        <translation>Modi ki un klienti ta kontakta-bu: ta sai inprimidu na kópias di klienti i folhetus. Dexa vaziu kuzé ki bu ka kre ki sai inprimidu.</translation>
    </message>
    <message>
        <source>O&amp;ffice name:</source>
        <translation>Nomi di &amp;ofisiu:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Enderesu:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoni:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona di ora:</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Di es komputador li (%1)</translation>
    </message>
    <message>
        <source>Photo capture times and other times are shown in this zone.</source>
        <translation>Ora di fotus i otus oras ta mostradu na es zona li.</translation>
    </message>
</context>
<context>
    <name>td::ui::ChangePassphraseDialog</name>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Skrebe senha atual.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Senha atual ka sta sertu. Nada ka mudadu.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1 The old passphrase still opens the database.</source>
        <translation>Ka da pa muda senha: %1 Senha antigu inda ta abri baze di dadus.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Muda senha</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on; the old one no longer does. The recovery key you wrote down keeps working. Backups made before today still open with the passphrase of their day.</source>
        <translation>Di gosi pa frenti, senha novu ta abri es baze di dadus li; kel antigu ka ta abri más. Xavi di rekuperason ki bu nota ta kontinua ta funsiona. Kópias di seguransa fetu antis di oji inda ta abri ku senha di kel dia.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Senha atual</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Senha &amp;nova</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>K&amp;onfirma</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>&amp;Muda senha</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Ta muda senha…</translation>
    </message>
</context>
<context>
    <name>td::ui::ClientForm</name>
    <message>
        <source>Not recorded</source>
        <translation>Ka rejistadu</translation>
    </message>
    <message>
        <source>As the client writes it, in any script</source>
        <translation>Sima klienti ta skrebe-l, na kualker alfabetu</translation>
    </message>
    <message>
        <source>e.g. 617-555-0142</source>
        <translation>pur izénplu 617-555-0142</translation>
    </message>
    <message>
        <source>e.g. A123-456-789</source>
        <translation>pur izénplu A123-456-789</translation>
    </message>
    <message>
        <source>&amp;Link case to this client</source>
        <translation>&amp;Liga kazu ku es klienti li</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Disliga</translation>
    </message>
    <message>
        <source>Possible matching clients</source>
        <translation>Klientis ki podi ser mesmu</translation>
    </message>
    <message>
        <source>This case is linked to a client already in the database: edits here update that client everywhere.</source>
        <translation>Es kazu li sta ligadu ku un klienti ki dja sta na baze di dadus: mudansas li ta atualiza kel klienti na tudu lugar.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mesmu nomi</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>mesmu númeru di telefoni</translation>
    </message>
    <message>
        <source>%1 (%2), cases: %3</source>
        <translation>%1 (%2), kazus: %3</translation>
    </message>
    <message>
        <source>This client may already be in the database. Link this case to them instead of creating a duplicate?</source>
        <translation>Talves es klienti li dja sta na baze di dadus. Liga es kazu li ku el, en vez di kria un duplikadu?</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Mostra tudu</translation>
    </message>
    <message>
        <source>Reveal All Sensitive Fields</source>
        <translation>Mostra tudu kanpus sensível</translation>
    </message>
    <message>
        <source>Show every hidden sensitive field (%1); recorded in the audit log</source>
        <translation>Mostra tudu kanpu sensível skondidu (%1); ta fika rejistadu na rejistu di auditoria</translation>
    </message>
    <message>
        <source>Anonymous Client</source>
        <translation>Klienti anónimu</translation>
    </message>
    <message>
        <source>An anonymous client&apos;s name is not kept. Remove the name from this case now?</source>
        <translation>Nomi di un klienti anónimu ka ta gardadu. Tira nomi di es kazu li gosi?</translation>
    </message>
    <message>
        <source>&amp;Remove the Name</source>
        <translation>&amp;Tira nomi</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Kansela</translation>
    </message>
</context>
<context>
    <name>td::ui::ComplaintReportDialog</name>
    <message>
        <source>Complaint Submission: %1</source>
        <translation>Keixa pa prizenta: %1</translation>
    </message>
    <message>
        <source>Another body…</source>
        <translation>Otu organizmu…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Pa:</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>Nomi di organizmu</translation>
    </message>
    <message>
        <source>The caseworker or office, on the client&apos;s behalf</source>
        <translation>Responsavel pa kazu o ofisiu, na nomi di klienti</translation>
    </message>
    <message>
        <source>The client, in their own name</source>
        <translation>Klienti, na si própi nomi</translation>
    </message>
    <message>
        <source>Anonymous: name nobody</source>
        <translation>Anónimu: ka ta fla nomi di ninguen</translation>
    </message>
    <message>
        <source>&amp;Filed by:</source>
        <translation>Prizentadu &amp;pa:</translation>
    </message>
    <message>
        <source>Filer&apos;s &amp;name:</source>
        <translation>&amp;Nomi di kenha ki ta prizenta:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organizason:</translation>
    </message>
    <message>
        <source>Leave empty for the standard request: investigate, keep the client&apos;s identity confidential, give a tracking number, report the outcome.</source>
        <translation>Dexa-l vaziu pa pididu normal: invistiga, guarda identidadi di klienti na sigredu, da un númeru di akompanhamentu, informa rezultadu.</translation>
    </message>
    <message>
        <source>&amp;Requested action:</source>
        <translation>&amp;Asãu pididu:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Karta (EUA)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Pa&amp;pel:</translation>
    </message>
    <message>
        <source>Withheld from the document</source>
        <translation>Kuzê ki ka sta na dokumentu</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Djunta %1</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Odja antis…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Inprimi…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Grava suma PDF…</translation>
    </message>
    <message>
        <source>&amp;Client Copy…</source>
        <translation>&amp;Kópia di klienti…</translation>
    </message>
    <message>
        <source>A short copy for the client, in their language: what was filed and the next steps</source>
        <translation>Un kópia kurtu pa klienti, na si língua: kuzê ki foi prizentadu i prósimu pasus</translation>
    </message>
    <message>
        <source>The client&apos;s consent to file is not recorded: the document is marked as a draft.</source>
        <translation>Konsentimentu di klienti pa prizenta keixa ka sta rejistadu: dokumentu sta markadu suma rasunhu.</translation>
    </message>
    <message>
        <source>Included deliberately: %1. The document will show these values, and the choice is recorded in the audit log.</source>
        <translation>Djuntadu di propózitu: %1. Dokumentu ta mostra es valor li, i skodja ta fika gravadu na rejistu di auditoria.</translation>
    </message>
    <message>
        <source>Include Sensitive Information</source>
        <translation>Djunta informason sensível</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1 to %2. Include it?</source>
        <translation>Es dokumentu li ta mostra &quot;%1&quot; di klienti pa %2. Djunta-l?</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Djunta</translation>
    </message>
    <message>
        <source>Complaint Submission</source>
        <translation>Keixa pa prizenta</translation>
    </message>
    <message>
        <source>Print Complaint Submission</source>
        <translation>Inprimi keixa pa prizenta</translation>
    </message>
    <message>
        <source>%1 complaint.pdf</source>
        <translation>%1 keixa.pdf</translation>
    </message>
    <message>
        <source>%1 client copy.pdf</source>
        <translation>%1 kópia di klienti.pdf</translation>
    </message>
    <message>
        <source>Client Copy</source>
        <translation>Kópia di klienti</translation>
    </message>
    <message>
        <source>These facts about the client and the witnesses are left out; the document names the kinds withheld, never their values. Tick one only when the person concerned agrees it must go to this body.</source>
        <translation>Es dadus di klienti i di tistimunhas li ta fika di fora; dokumentu ta fla tipus skondidu, ma nunka si valor. Marka un só ora ki pesoa ki ta toka aseita ma el debe bai pa es organizmu li.</translation>
    </message>
    <message>
        <source>This document will show %1 to %2. Include them?</source>
        <translation>Es dokumentu li ta mostra &quot;%1&quot; pa %2. Djunta-s?</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1, and %2, to %3. Include them?</source>
        <translation>Es dokumentu li ta mostra &quot;%1&quot; di klienti, i &quot;%2&quot;, pa %3. Djunta-s?</translation>
    </message>
    <message>
        <source>Words that may reveal immigration status</source>
        <translation>Palavras ki pode mostra situason migratóriu</translation>
    </message>
    <message>
        <source>Mask them in the document</source>
        <translation>Skondi-s na dokumentu</translation>
    </message>
    <message>
        <source>&amp;Mask These</source>
        <translation>&amp;Skondi es li</translation>
    </message>
    <message>
        <source>These words are masked as [withheld] in the document. The case itself keeps them.</source>
        <translation>Es palavras ta parse komu [skondidu] na dokumentu. Kazu mésmu ta fika ku es.</translation>
    </message>
    <message>
        <source>The case&apos;s text has words that may tell the reader the client&apos;s immigration status. They are printed as written unless you mask them. Withheld values found in the text are always masked.</source>
        <translation>Testu di kazu ten palavras ki pode fla kenha ki ta lé situason migratóriu di klienti. Es ta inprimidu sima es sta skrebedu, si bu ka skondi-s. Valoris skondidu ki atxadu na testu sénpri ta skondidu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Ta para…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Abri P&amp;DF</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Abri pas&amp;ta</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abri PDF</translation>
    </message>
    <message>
        <source>No program to open &quot;%1&quot; was found.</source>
        <translation>Ka atxadu nenhun programa pa abri &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abri pasta</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>Ka da pa abri pasta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Laying out &quot;%1&quot;…</source>
        <translation>Ta prepara &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Ta skrebe pájina %1 di %2…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in %2.</source>
        <translation>&quot;%1&quot; gravadu na %2.</translation>
    </message>
    <message>
        <source>Stopped. No PDF was saved.</source>
        <translation>Paradu. Nenhun PDF ka gravadu.</translation>
    </message>
</context>
<context>
    <name>td::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <translation>Konekta ku servidor di ofisiu</translation>
    </message>
    <message>
        <source>Your office keeps its cases on a shared server. Enter what your administrator gave you.</source>
        <translation>Bu ofisiu ta guarda ses kazus na un servidor partilhadu. Skrebe kuzê ki bu administrador da-bu.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org, o un pasta di socket sima /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Baze di &amp;dadus:</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>Bu &amp;login:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Autoridadi di sertifikason:</translation>
    </message>
    <message>
        <source>Optional: the office&apos;s certificate file (PEM)</source>
        <translation>Opsional: arkivu di sertifikadu di ofisiu (PEM)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rokura…</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>&amp;URI di konekson:</translation>
    </message>
    <message>
        <source>postgresql://login@server/database</source>
        <translation>postgresql://login@servidor/baze_di_dadus</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Only when the server asks for one. It is kept in memory for this session and never saved.</source>
        <translation>Só si servidor pidi-l. El ta fika na memória duranti es seson li i nunka el ka ta gravadu.</translation>
    </message>
    <message>
        <source>Paste a connection URI &amp;instead</source>
        <translation>&amp;Kola un URI di konekson na se lugar</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>K&amp;onekta</translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql:// — for example postgresql://login@server/database.</source>
        <translation>Un URI di konekson ta kumesa ku postgresql://; pur izenplu, postgresql://login@servidor/baze_di_dadus.</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Enter a name such as db.example.org, an address, or a socket folder starting with /.</source>
        <translation>“%1” ka e nomi di un servidor. Skrebe un nomi sima db.example.org, un enderesu, o un pasta di socket ki ta kumesa ku /.</translation>
    </message>
    <message>
        <source>The socket folder %1 does not exist on this computer.</source>
        <translation>Pasta di socket %1 ka ta izisti na es konputador li.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Porta e un númeru di 1 ti 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the office&apos;s database (your administrator knows it).</source>
        <translation>Skrebe nomi di baze di dadus di ofisiu (bu administrador sabe-l).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>Ka ta da pa lê arkivu di autoridadi di sertifikason %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ta konekta…</translation>
    </message>
    <message>
        <source>Connecting was cancelled. What you typed is still here.</source>
        <translation>Konekson foi kanseladu. Kuzê ki bu skrebe inda sta li.</translation>
    </message>
    <message>
        <source>Restore into an Empty Office Database</source>
        <translation>Rekupera na un baze di dadus di ofisiu vaziu</translation>
    </message>
    <message>
        <source>An office backup is restored only into an empty office database, never over one that holds cases. Make a new database on the server (createdb), then enter it here; the server and login are those you are connected with. Continue checks that it is empty before anything is written.</source>
        <translation>Un kópia di seguransa di ofisiu ta rekuperadu só na un baze di dadus di ofisiu vaziu, nunka riba di un ki ten kazus. Kria un baze di dadus novu na servidor (createdb), dipôs skrebe se nomi li; servidor i login e kes di bu konekson di gosi. “Kontinua” ta verifika si el sta vaziu antis di grava kualker kuza.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Kon&amp;tinua</translation>
    </message>
    <message>
        <source>Checking that the database is empty…</source>
        <translation>Ta verifika si baze di dadus sta vaziu…</translation>
    </message>
    <message>
        <source>Checking the office database…</source>
        <translation>Ta verifika baze di dadus di ofisiu…</translation>
    </message>
    <message>
        <source>Checking was cancelled. What you typed is still here.</source>
        <translation>Verifikason foi kanseladu. Kuzê ki bu skrebe inda sta li.</translation>
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
        <translation>pur izénplu %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EncryptDatabaseDialog</name>
    <message>
        <source>The database was not encrypted; it is as it was.
%1</source>
        <translation>Baze di dadus ka sifradu; e sta suma e staba.
%1</translation>
    </message>
    <message>
        <source>Canceling… nothing will be changed.</source>
        <translation>Ta kansela… nada ka ta mudadu.</translation>
    </message>
    <message>
        <source>Encrypt This Database</source>
        <translation>Sifra es baze di dadus li</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Encrypt %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Once encrypted, nobody can read the clients&apos; names, addresses, immigration status, the evidence files or anything else in this database without it, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;An encrypted copy is made beside the database and checked against it; only then does it take the original&apos;s place, and the unencrypted files are deleted. If the passphrase is forgotten, the only way back in is the recovery key shown before the switch.&lt;/p&gt;&lt;p&gt;Deleted files can linger in the disk&apos;s free space: full-disk encryption of this computer is what removes that last trace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sifra %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Skodje un senha. Dipôs di sifradu, ninguen ka ta podi lê nomi, enderesu, situason di imigrason di klientis, arkivus di próvas nen nada más na es baze di dadus sen el, nen ku discu di es komputador na se mô. Bu ta skrebe-l kada bês ki TrustDesk ta kumesa.&lt;/p&gt;&lt;p&gt;Un kópia sifradu ta fazedu djuntu di baze di dadus i ta konparadu ku el; só dipôs e ta toma lugar di orijinal, i arkivus sen sifra ta apagadu. Si senha skesedu, úniku manera di entra otu bês é xavi di rekuperason ki ta mostradu antis di mudansa.&lt;/p&gt;&lt;p&gt;Arkivus apagadu podi fika na spasu livri di discu: sifra di discu interu di es komputador é ki ta tira kel últimu rastu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ripiti-l:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ripiti senha</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fitxa</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>Si&amp;fra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Ta verifika baze di dadus…</translation>
    </message>
    <message>
        <source>Encrypting the cases…</source>
        <translation>Ta sifra kazus…</translation>
    </message>
    <message>
        <source>Comparing the encrypted copy with the original…</source>
        <translation>Ta konpara kópia sifradu ku orijinal…</translation>
    </message>
    <message>
        <source>Encrypting the evidence files…</source>
        <translation>Ta sifra arkivus di próvas…</translation>
    </message>
    <message>
        <source>Putting the encrypted database in place…</source>
        <translation>Ta poi baze di dadus sifradu na se lugar…</translation>
    </message>
    <message>
        <source>The encrypted copy is ready and checked. This is its recovery key, shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase. The encrypted copy takes the original&apos;s place when you continue.</source>
        <translation>Kópia sifradu sta prontu i verifikadu. Es é se xavi di rekuperason, mostradu só es bês li. Nota-l o inprimi-l, i garda-l na un lugar seguru lonji di es komputador. E ta abri baze di dadus si senha skesedu, pur isu proteje-l suma senha. Kópia sifradu ta toma lugar di orijinal ora ki bu kontinua.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Inprimi…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopia</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>&amp;Grava suma arkivu…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>N ja &amp;nota-l o N garda-l na un lugar seguru</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Kon&amp;tinua</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Xavi di rekuperason</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceDetailsDialog</name>
    <message>
        <source>Evidence Details</source>
        <translation>Detalhis di próva</translation>
    </message>
    <message>
        <source>Correct what was recorded about this file. The file itself never changes, and the correction is kept in its chain of custody.</source>
        <translation>Koriji kuzê ki foi rejistadu sobri es arkivu li. Arkivu el mesmu nunka ka ta muda, i koreson ta fika na si kadeia di kustódia.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ka dadu</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>&amp;Ka sabedu</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Diskrison:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Orijen:</translation>
    </message>
    <message>
        <source>Date ca&amp;ptured:</source>
        <translation>Data ki foi &amp;tiradu:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arkivu:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipu:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanhu:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>The date captured is in the future. Pick a date and time that have passed, or tick Unknown.</source>
        <translation>Data ki foi tiradu sta na futuru. Skodje un data ku ora ki dja pasa, o marka Ka sabedu.</translation>
    </message>
    <message>
        <source>The details were not saved. %1</source>
        <translation>Detalhis ka foi gravadu. %1</translation>
    </message>
    <message>
        <source>The office&apos;s time zone (Preferences)</source>
        <translation>Zona di ora di ofisiu (Preferénsias)</translation>
    </message>
    <message>
        <source>Where this time comes from: %1</source>
        <translation>Di undi ki es ora ta ben: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePanel</name>
    <message>
        <source>Select an item to see its details and chain of custody.</source>
        <translation>Skodje un item pa odja si detalhis i si kadeia di kustódia.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>Djuntadu na %1 pa %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Orijen: %1</translation>
    </message>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Só detalhis ki foi inportadu; arkivu ka sta na depózitu di próvas.</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(ka lidu)</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Ta djunta %n arkivu…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying every evidence file…</source>
        <translation>Ta verifika tudu arkivu di próva…</translation>
    </message>
    <message>
        <source>Checking the file before opening it…</source>
        <translation>Ta verifika arkivu antis di abri-l…</translation>
    </message>
    <message>
        <source>Nothing was removed: give a reason for removing evidence.</source>
        <translation>Nada ka foi tiradu: da un rezon pa tira próva.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; the reason is kept in the chain of custody.</source>
        <translation>&quot;%1&quot; tiradu; rezon ta fika na kadeia di kustódia.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
    <message>
        <source>Canceled: nothing half-done was kept.</source>
        <translation>Kanseladu: nada feitu pa metadi ka fika guardadu.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Próvas</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of case %1 (%n item(s))</source>
        <translation>
            <numerusform>Próvas di kazu %1 (%n item)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>Djunta arkivus…</translation>
    </message>
    <message>
        <source>Copy files into the evidence store; you can also drop files here.</source>
        <translation>Kopia arkivus pa depózitu di próvas; bu podi tanbe larga arkivus li.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abri</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Tira…</translation>
    </message>
    <message>
        <source>Verify All</source>
        <translation>Verifika tudu</translation>
    </message>
    <message>
        <source>Re-hash every evidence file and report any that changed, are missing or unexpected.</source>
        <translation>Kalkula di novu hash di kada arkivu di próva i fla kenha ki muda, ki sta faltadu o ki ka staba speradu.</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Kadeia di kustódia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kuandu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kenha</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Asãu</translation>
    </message>
    <message>
        <source>SHA-256 at that moment</source>
        <translation>SHA-256 na kel ora</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhi</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Baze di dadus ka sta abertu.</translation>
    </message>
    <message>
        <source>The item is no longer on this case; it may have been removed in another window.</source>
        <translation>Item dja ka sta na es kazu li; talvês el foi tiradu na otu janela.</translation>
    </message>
    <message>
        <source>Saved the details of &quot;%1&quot;; the edit is recorded in the chain of custody.</source>
        <translation>Detalhis di &quot;%1&quot; foi gravadu; mudansa ta fika rejistadu na kadeia di kustódia.</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>Muda detalhis…</translation>
    </message>
    <message>
        <source>Correct the description, source or date captured (F2).</source>
        <translation>Koriji diskrison, orijen o data ki foi tiradu (F2).</translation>
    </message>
    <message>
        <source>The same redacted copy is already item %1.</source>
        <translation>Mésmu kópia ku partis skondidu dja é ítem %1.</translation>
    </message>
    <message>
        <source>Saved the redacted copy as item %1; the original is unchanged.</source>
        <translation>Kópia ku partis skondidu gravadu suma ítem %1; orijinal ka mudadu.</translation>
    </message>
    <message>
        <source>Checking the file before redacting it…</source>
        <translation>Ta verifika arkivu antis di skondi partis…</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>Skondi partis…</translation>
    </message>
    <message>
        <source>Make a copy of this image with faces, plates or other details covered; the original is kept unchanged.</source>
        <translation>Faze un kópia di es imajen ku karas, xapas o otus detalhis kubridu; orijinal ta fika sen mudansa.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePreviewDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Próva: %1</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Djusta</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Pájina anterior</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Pájina sigenti</translation>
    </message>
    <message>
        <source>Audio and video are not played inside TrustDesk. Use Open with System Player.</source>
        <translation>Áudiu i vídiu ka ta toka dentu di TrustDesk. Uza Abri ku leitor di sistema.</translation>
    </message>
    <message>
        <source>TrustDesk cannot show this kind of file. Use Open with System Viewer.</source>
        <translation>TrustDesk ka podi mostra es tipu di arkivu li. Uza Abri ku vizualizador di sistema.</translation>
    </message>
    <message>
        <source>Open with System Player</source>
        <translation>Abri ku leitor di sistema</translation>
    </message>
    <message>
        <source>Open with System Viewer</source>
        <translation>Abri ku vizualizador di sistema</translation>
    </message>
    <message>
        <source>Hand the checked file to the system&apos;s own viewer or player.</source>
        <translation>Entrega arkivu ki dja foi verifikadu pa vizualizador o leitor di própi sistema.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fitxa</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nomi: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipu: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>diskonxedu</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Tamanhu: %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Orijen: %1</translation>
    </message>
    <message>
        <source>This image could not be shown: it may be damaged, in a format TrustDesk cannot read, or too large to decode safely.</source>
        <translation>Ka da pa mostra es imajen li: el podi sta stragadu, na un formatu ki TrustDesk ka ta lê, o grandi dimás pa deskodifika ku siguransa.</translation>
    </message>
    <message>
        <source>Only the first %1 are shown. Open with System Viewer to see all of it.</source>
        <translation>Só purmeru %1 ki sta mostradu. Uza Abri ku vizualizador di sistema pa odja tudu.</translation>
    </message>
    <message>
        <source>The PDF renderer could not be started. Use Open with System Viewer.</source>
        <translation>Ka da pa kumesa prugrama ki ta dezenha pájinas di PDF. Uza Abri ku vizualizador di sistema.</translation>
    </message>
    <message numerus="yes">
        <source>Showing this PDF took longer than %n second(s) and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</source>
        <translation>
            <numerusform>Mostra es PDF li leba más di %n sigundu i el foi paradu. El podi sta stragadu o feitu pa sobrekarega un vizualizador; uza Abri ku vizualizador di sistema si bu ta kunfia nel.</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF could not be shown: it may be damaged, not really a PDF, or need more memory than a preview may use. Use Open with System Viewer if you trust it.</source>
        <translation>Ka da pa mostra es PDF li: el podi sta stragadu, ka ser un PDF di verdadi, o mesti más memória di ki un pré-vizualizason podi uza. Uza Abri ku vizualizador di sistema si bu ta kunfia nel.</translation>
    </message>
    <message>
        <source>This PDF could not be shown: it has no pages TrustDesk can read. Use Open with System Viewer if you trust it.</source>
        <translation>Ka da pa mostra es PDF li: el ka ten ninhun pájina ki TrustDesk ta lê. Uza Abri ku vizualizador di sistema si bu ta kunfia nel.</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be shown.</source>
        <translation>Ka da pa mostra pájina %1 di es PDF li.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pájina %1 di %2</translation>
    </message>
    <message>
        <source>This database is encrypted, so its evidence is never written out decrypted. Export the case&apos;s evidence to a folder to open it in another program.</source>
        <translation>Es baze di dadus sta sifradu, pur isu se próvas nunka ka ta gravadu pa fora disifradu. Sporta próvas di kazu pa un pasta pa abri-s na otu programa.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because poppler&apos;s pdftoppm and pdfinfo are not installed (package poppler-utils). Export the file to open it in another program.</source>
        <translation>Ka ta da pa mostra pájinas di PDF li pamodi pdftoppm y pdfinfo di poppler ka sta instaladu (pakoti poppler-utils). Sporta arkivu pa abri-l na otu programa.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely: bubblewrap (package bubblewrap) is needed to keep the file away from your other files.</source>
        <translation>Ka ta da pa mostra pájinas di PDF li pamodi ka ta da pa abri PDF ku seguransa: é mesti bubblewrap (pakoti bubblewrap) pa mante arkivu lonji di bus otu arkivus.</translation>
    </message>
    <message>
        <source>This PDF is too large to be shown here. Export it to open it in another program.</source>
        <translation>Es PDF é mutu grandi pa mostra li. Sporta-l pa abri-l na otu programa.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely.</source>
        <translation>Ka ta da pa mostra pájinas di PDF li pamodi ka ta da pa abri PDF ku seguransa.</translation>
    </message>
    <message>
        <source>Evidence on the office server is encrypted with the office key and is never written out decrypted on this computer. Export it (trustdesk-cli evidence-export) to open it in another program.</source>
        <translation>Próvas na servidor di ofisiu sta sifradu ku xavi di ofisiu i nunka ka ta gravadu disifradu na es kumputador. Sporta-s (trustdesk-cli evidence-export) pa abri-s na otu programa.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceThumbnailProxy</name>
    <message>
        <source>The evidence on this office server is encrypted with the office key, which is not unlocked: it cannot be shown, attached or redacted here. Connect again (File › Connect to Office Server…) and give your office key passphrase to open it.</source>
        <translation>Próvas na es servidor di ofisiu li sta sifradu ku xavi di ofisiu, ki ka sta dizblokiadu: li es ka ta da pa mostra, djunta nen skondi partis di es. Konekta otu bes (Arkivu › Konekta ku servidor di ofisiu…) i da bu senha di xavi di ofisiu pa abri-s.</translation>
    </message>
</context>
<context>
    <name>td::ui::FollowUpsDock</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Akompanhamentus pa faze</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazu</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kazu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Kuzê ki ta faze</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Atrazadu (%1)</translation>
    </message>
    <message>
        <source>Due within a week (%1)</source>
        <translation>Pa faze dentu di un simana (%1)</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>Nada atrazadu nen pa es simana li.</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleList</name>
    <message>
        <source>Overview</source>
        <translation>Vizon jeral</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Pulítika</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Kuzê ki ta faze</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violason</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rizumu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Djuda</translation>
    </message>
    <message>
        <source>The law</source>
        <translation>Lei</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleView</name>
    <message>
        <source>Source %1: %2
%3</source>
        <translation>Fonti %1: %2
%3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Bai pa “%1”</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceBrowser</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkivu</translation>
    </message>
    <message>
        <source>&amp;Load Guidance Folder…</source>
        <translation>&amp;Karega pasta di orientason…</translation>
    </message>
    <message>
        <source>Read a guidance pack your office keeps in a folder</source>
        <translation>Lê un pakoti di orientason ki bu ofisiu ta guarda na un pasta</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Guidance</source>
        <translation>Uza orientason &amp;inkluídu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Inprimi…</translation>
    </message>
    <message>
        <source>Print this article as a handout in the language shown</source>
        <translation>Inprimi es artigu li suma folhetu na língua ki sta ta mostra</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Grava suma PDF…</translation>
    </message>
    <message>
        <source>Save this article as a PDF handout in the language shown</source>
        <translation>Grava es artigu li suma folhetu PDF na língua ki sta ta mostra</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fitxa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Odja</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volta</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Bai pa frenti</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Ladu a ladu</translation>
    </message>
    <message>
        <source>Show the article in two languages at once</source>
        <translation>Mostra artigu na dos língua na mesmu ora</translation>
    </message>
    <message>
        <source>&amp;Search Guidance</source>
        <translation>&amp;Buska na orientason</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientason</translation>
    </message>
    <message>
        <source>Rights Guidance — TrustDesk</source>
        <translation>Orientason sobri direitus — TrustDesk</translation>
    </message>
    <message>
        <source>Rights Guidance: %1 — TrustDesk</source>
        <translation>Orientason sobri direitus: %1 — TrustDesk</translation>
    </message>
    <message>
        <source>%1 · version %2 · last reviewed %3</source>
        <translation>%1 · vérsãu %2 · último revizon %3</translation>
    </message>
    <message>
        <source>Built-in guidance</source>
        <translation>Orientason inkluídu</translation>
    </message>
    <message>
        <source>Rights Guidance</source>
        <translation>Orientason sobri direitus</translation>
    </message>
    <message>
        <source>The guidance in %1 cannot be used, so the guidance already open stays in use.

%2</source>
        <translation>Ka ta da pa uza orientason na %1, pur isu orientason ki dja sta abertu ta kontinua.

%2</translation>
    </message>
    <message>
        <source>Loaded guidance from %1</source>
        <translation>Orientason karegadu di %1</translation>
    </message>
    <message>
        <source>Load Guidance Folder</source>
        <translation>Karega pasta di orientason</translation>
    </message>
    <message>
        <source>Category code: %1</source>
        <translation>Kódigu di katigoria: %1</translation>
    </message>
    <message>
        <source>Category codes: %1</source>
        <translation>Kódigus di katigoria: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Fonti %1: %2</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Nothing about the case is sent.</source>
        <translation>Abri es enderesu li na bu navegador? Nada sobri kazu ka ta ser mandadu.</translation>
    </message>
    <message>
        <source>Open Source</source>
        <translation>Abri fonti</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abri na navegador</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <translation>[%1] %2 — %3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Bai pa “%1”</translation>
    </message>
    <message>
        <source>Print Guidance Handout</source>
        <translation>Inprimi folhetu di orientason</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gravadu %1</translation>
    </message>
    <message>
        <source>Installed guidance update</source>
        <translation>Atualizason di orientason instaladu</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidancePane</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original text, in the language the guidance was written in.</source>
        <translation>Testu orijinal, na língua ki orientason foi skrebedu.</translation>
    </message>
    <message>
        <source>Translation reviewed by a native speaker.</source>
        <translation>Traduson revizadu pa un pesoa ki ta papia es língua di nasimentu.</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet reviewed by a native speaker.</source>
        <translation>Traduson feitu ku djuda di mákina, inda ka revizadu pa un pesoa ki ta papia es língua di nasimentu.</translation>
    </message>
    <message>
        <source>The %1 text is authoritative.</source>
        <translation>Testu na %1 é kel ki ta vale.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontis</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Fontis verifikadu pa últimu bês: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceSearchPanel</name>
    <message>
        <source>Search the guidance…</source>
        <translation>Buska na orientason…</translation>
    </message>
    <message>
        <source>&amp;All languages</source>
        <translation>&amp;Tudu língua</translation>
    </message>
    <message>
        <source>Search every translation instead of only the language shown</source>
        <translation>Buska na tudu traduson, en vez di só na língua ki sta ta mostra</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultadu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::IncidentForm</name>
    <message>
        <source>Read the rights guidance</source>
        <translation>Lê orientason sobri direitus</translation>
    </message>
    <message>
        <source>Street address, intersection or landmark</source>
        <translation>Enderesu, kruzamentu o un lugar konxedu</translation>
    </message>
    <message>
        <source>e.g. Boston Police Department</source>
        <translation>pur izénplu Departamentu di Polísia di Boston</translation>
    </message>
    <message>
        <source>What happened, in the client&apos;s words, in order.</source>
        <translation>Kuzê ki kontise, ku palavra di klienti, pa orden.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ka sabedu</translation>
    </message>
    <message>
        <source>Rights guidance: %1</source>
        <translation>Orientason sobri direitus: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::LockScreen</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Es senha li ka sta sertu. Tenta más un bes.</translation>
    </message>
    <message>
        <source>TrustDesk is locked</source>
        <translation>TrustDesk sta blokiadu</translation>
    </message>
    <message>
        <source>Case data is hidden while you are away. Enter the app passphrase to continue.</source>
        <translation>Dadus di kazus ta fika skondidu timenti bu ka sta li. Skrebe senha di aplikason pa kontinua.</translation>
    </message>
    <message>
        <source>App passphrase</source>
        <translation>Senha di aplikason</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>Poi xavi di rekuperason.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Poi senha.</translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>Kel xavi di rekuperason ka ta abri es baze di dadus.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Kel senha ka sta sertu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 You can try again in %n second(s).</source>
        <translation>
            <numerusform>%1 Bu pode tenta más un bes daki %n sigundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Tenta más un bes.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ta dizbloka…</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the database %1 was made: 13 groups of four letters and digits.</source>
        <translation>Skrebe xavi di rekuperason ki bu nota ora ki baze di dadus %1 foi kriadu: 13 grupu di kuatu létra y númeru.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>Baze di dadus %1 sta sifradu. Poi se senha pa abri-l.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Xavi di rekuperason</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>Senha di baze di dadus</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>Uza &amp;senha na se lugar</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key</source>
        <translation>Skese senha? Uza xavi di &amp;rekuperason</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Dizbloka</translation>
    </message>
    <message>
        <source>No passphrase protects this database: it is closed, but anyone at this computer could open it again. Set an app passphrase now to continue; better still, encrypt the database afterwards (Encrypt… in the banner) so its file cannot be read without you.</source>
        <translation>Nenhun senha ka ta proteje es baze di dadus: e sta fitxadu, ma kualker un na es komputador podi abri-l otu bês. Poi un senha di aplikason gosi pa kontinua; midjor inda, sifra baze di dadus dipôs (Sifra… na faixa) pa se arkivu ka podi lidu sen bo.</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>&amp;Poi un senha…</translation>
    </message>
    <message>
        <source>Enter your passphrase for the office key.</source>
        <translation>Poi bu senha di xavi di ofisiu.</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key.</source>
        <translation>Kel senha la ka ta abri xavi di ofisiu.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was opened; you can try again.</source>
        <translation>Paradu. Nada ka foi abridu; bu pode tenta más un bes.</translation>
    </message>
    <message>
        <source>Connecting to the office server and unlocking the office key…</source>
        <translation>Ta konekta ku servidor di ofisiu i ta dizbloka xavi di ofisiu…</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Ta konekta ku servidor di ofisiu…</translation>
    </message>
    <message>
        <source>Case data on the office server (database %1) is hidden while you are away. Enter your passphrase for the office key (login %2) to continue.</source>
        <translation>Dadus di kazus na servidor di ofisiu (baze di dadus %1) ta fika skondidu timenti bu ka sta li. Poi bu senha di xavi di ofisiu (login %2) pa kontinua.</translation>
    </message>
    <message>
        <source>Office key passphrase</source>
        <translation>Senha di xavi di ofisiu</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Senha di servidor</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>Senha di servidor di ofisiu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Kansela</translation>
    </message>
    <message>
        <source>The office server did not let you in without a password. Enter your server password as well, then try again.</source>
        <translation>Servidor di ofisiu ka dexa-bu entra sen senha. Skrebe tanbê bu senha di servidor, dipôs tenta más un bes.</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkivu</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abri baze di dadus…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sai</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muda</translation>
    </message>
    <message>
        <source>&amp;Find Cases</source>
        <translation>&amp;Buska kazus</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Odja</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualiza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Djuda</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>&amp;Sobri TrustDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobri &amp;Qt</translation>
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
        <translation>%1 dja ta izisti. Skodje un nomi novu di arkivu pa nenhun arkivu ki dja ta izisti ka ser sustituídu.</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>Sobri TrustDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Case management for legal-aid caseworkers who help immigrants document police misconduct and file complaints.&lt;/p&gt;&lt;p&gt;Cases stay on this computer, in an owner-only database. Sensitive facts such as immigration status are withheld from everything that leaves the app unless you deliberately include them.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Jeston di kazus pa kenha ki ta trabadja na asisténsia jurídiku i ta djuda imigranti dokumenta mau konportamentu di polísia i prizenta keixas.&lt;/p&gt;&lt;p&gt;Kazus ta fika na es kunputador li, na un baze di dadus ki só donu ta abri. Informason sensível, sima status di imigrason, ta fika di fora di tudu kuzê ki ta sai di aplikason, salvu si bu djunta-l di propózitu.&lt;/p&gt;&lt;p&gt;Baze di dadus: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching case(s)</source>
        <translation>
            <numerusform>%Ln kazu ki ta bate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln kazu</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferénsias…</translation>
    </message>
    <message>
        <source>&amp;Rights Guidance</source>
        <translation>&amp;Orientason sobri direitus</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>&amp;Seguransa…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>B&amp;lokia gosi</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Rejistu di auditoria…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Faze kópia di seguransa…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Re&amp;kupera di kópia di seguransa…</translation>
    </message>
    <message>
        <source>Your &amp;Office and Profile…</source>
        <translation>Bu o&amp;fisiu i perfil…</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>Blokia gosi</translation>
    </message>
    <message>
        <source>No passphrase protects this window, so anyone could unlock it with one click. Set an app passphrase now to lock it?</source>
        <translation>Nenhun senha ka ta proteje es djanela, pur isu kualker un podi dizbloka-l ku un kliki. Poi un senha di aplikason gosi pa blokia-l?</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>&amp;Poi un senha…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
    <message>
        <source>The window was not locked: without a passphrase, anyone could unlock it. Set one in Edit › Security, or encrypt the database (Encrypt… in the banner) so its own passphrase locks it.</source>
        <translation>Djanela ka blokiadu: sen senha, kualker un podi dizbloka-l. Poi un na Muda › Seguransa, o sifra baze di dadus (Sifra… na faixa) pa se propi senha blokia-l.</translation>
    </message>
    <message>
        <source>New D&amp;atabase…</source>
        <translation>Baze di &amp;dadus novu…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Ofisiais…</translation>
    </message>
    <message>
        <source>E&amp;xport Case List…</source>
        <translation>&amp;Esporta lista di kazus…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statístikas…</translation>
    </message>
    <message>
        <source>Connect to Office Ser&amp;ver…</source>
        <translation>Konekta ku ser&amp;vidor di ofisiu…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>es konputador li</translation>
    </message>
    <message>
        <source>%1 on %2 — TrustDesk</source>
        <translation>%1 na %2 — TrustDesk</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Sifra</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln matching case(s)</source>
        <translation>
            <numerusform>Más di %Ln kazu ki ta bate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln case(s)</source>
        <translation>
            <numerusform>Más di %Ln kazu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works on a database file on this computer. An office server&apos;s data is protected by its logins and TLS, and its evidence is encrypted with the office key (see the office mode guide).</source>
        <translation>%1 ta funsiona ku un arkivu di baze di dadus di es kumputador. Dadus di un servidor di ofisiu sta protejidu pa ses login i TLS, i se próvas sta sifradu ku xavi di ofisiu (odja gia di modu di ofisiu).</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Konekson foi kanseladu.</translation>
    </message>
    <message>
        <source>Res&amp;tore Office Backup…</source>
        <translation>Re&amp;kupera kópia di seguransa di ofisiu…</translation>
    </message>
    <message>
        <source>Restores an office backup into a new, empty office database on the server (office admins only); the database open now is not changed.</source>
        <translation>Ta rekupera un kópia di seguransa di ofisiu na un baze di dadus di ofisiu novu i vaziu na servidor (só administrador di ofisiu); baze di dadus ki sta abertu gosi ka ta muda.</translation>
    </message>
    <message>
        <source>Replaces the cases in this database with those of a backup.</source>
        <translation>Ta troka kazus di es baze di dadus li pa kes di un kópia di seguransa.</translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerHint</name>
    <message numerus="yes">
        <source>This officer appears in %n other case(s): %1</source>
        <translation>
            <numerusform>Es ofisial li ta aparese na más %n kazu: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerRosterDialog</name>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>%n ofisial(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of badge %1 (%2):</source>
        <translation>Kazus di xapa %1 (%2):</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>ajénsia diskonxedu</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this officer.</source>
        <translation>
            <numerusform>%n kazu di es ofisial li.</numerusform>
        </translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Ofisiais</translation>
    </message>
    <message>
        <source>Officers recognized across cases by badge number and agency. Spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros in a badge number are ignored; a record without an agency is listed on its own.</source>
        <translation>Ofisiais rekonhisidu entri kazus pa númeru di xapa i ajénsia. Spasus, &quot;#&quot;, &quot;No.&quot; i zerus na kumesu di númeru di xapa ta ignoradu; un rejistu sen ajénsia ta parse separadu.</translation>
    </message>
    <message>
        <source>In at least this many &amp;incidents:</source>
        <translation>Na pelu menus es kantidadi di &amp;insidentis:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kazu</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Purmeru insidenti</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Último insidenti</translation>
    </message>
    <message>
        <source>Press Enter on an officer to list their cases.</source>
        <translation>Karga Enter na un ofisial pa odja se kazus.</translation>
    </message>
    <message>
        <source>Reading the officers…</source>
        <translation>Ta lê ofisiais…</translation>
    </message>
    <message>
        <source>Reading the cases of this officer…</source>
        <translation>Ta lê kazus di es ofisial li…</translation>
    </message>
</context>
<context>
    <name>td::ui::PlaintextBanner</name>
    <message>
        <source>This database is not encrypted. Anyone who gets hold of this computer or a copy of the file can read every case.</source>
        <translation>Es baze di dadus ka sta sifradu. Kualker algen ki pega es kumputador o un kópia di arkivu pode lé tudu kazu.</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>Baze di dadus ka sta sifradu</translation>
    </message>
    <message>
        <source>E&amp;ncrypt…</source>
        <translation>&amp;Kriptografa…</translation>
    </message>
</context>
<context>
    <name>td::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferénsias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padron di sistema (%1)</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Case records stay in the language they were written in.</source>
        <translation>Língua di menus, botons i mensajens. Rejistus di kazus ta fika na língua ki es foi skrebedu.</translation>
    </message>
    <message>
        <source>The new language applies at once. Dates and numbers follow it.</source>
        <translation>Língua novu ta entra na ora. Datas i númerus ta sigi-l tanbe.</translation>
    </message>
    <message>
        <source>&amp;Recorded as:</source>
        <translation>&amp;Rejistadu komu:</translation>
    </message>
    <message>
        <source>Set the caseworker profile…</source>
        <translation>Difini perfil di responsavel pa kazu…</translation>
    </message>
    <message>
        <source>The name and role that the audit log and the chain of custody record for what you do. Click to change them.</source>
        <translation>Nomi y funson ki rejistu di auditoria y kadeia di kustódia ta rejista pa kuzas ki bu ta faze. Klika pa muda-s.</translation>
    </message>
</context>
<context>
    <name>td::ui::RecoveryKeyActions</name>
    <message>
        <source>At least %n characters.</source>
        <translation>Pa menus %n karákter.</translation>
    </message>
    <message>
        <source>Strength: weak. Four or five unrelated words are much harder to guess and easier to remember.</source>
        <translation>Forsa: fraku. Kuatu o sinku palavra sen ligason ta más difísil di adivinha i más fásil di lenbra.</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>Forsa: rezonável. Más algun palavra ta faze-l txeu más difísil di adivinha.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Forsa: forti.</translation>
    </message>
    <message>
        <source>TrustDesk recovery key</source>
        <translation>Xavi di rekuperason di TrustDesk</translation>
    </message>
    <message>
        <source>Keep this page locked away, apart from the computer. Anyone who has it and the database can read every case.</source>
        <translation>Garda es pájina fitxadu, lonji di komputador. Kualker un ki ten el ku baze di dadus podi lê tudu kazu.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Manda pa inprisora.</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else so it does not stay on the clipboard.</source>
        <translation>Kopiadu. Kola-l undi ki bu ta garda-l ku seguransa, dipôs kopia otu kuza pa e ka fika na área di transferénsia.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Grava xavi di rekuperason</translation>
    </message>
    <message>
        <source>The recovery key could not be saved: %1</source>
        <translation>Ka da pa grava xavi di rekuperason: %1</translation>
    </message>
    <message>
        <source>TrustDesk recovery key for %1
%2
</source>
        <translation>Xavi di rekuperason di TrustDesk pa %1
%2
</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick kept locked away): beside the database it protects nothing.</source>
        <translation>Gravadu na %1. Tira-l di es komputador (un pen USB gardadu fitxadu): djuntu di baze di dadus e ka ta proteje nada.</translation>
    </message>
</context>
<context>
    <name>td::ui::RedactDialog</name>
    <message>
        <source>Looking for faces…</source>
        <translation>Ta buska karas…</translation>
    </message>
    <message>
        <source>No face was suggested. Detection misses faces: look at the whole image.</source>
        <translation>Nenhun kara ka sujeridu. Detekson ta falha karas: odja imajen interu.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested (dashed yellow): accept each with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</source>
        <translation>
            <numerusform>%n kara sujeridu (amarelu trasejadu): aseita kada un ku dos kliki o Enter, move-l o apaga-l. Detekson ta falha karas: verifika imajen interu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw at least one box over what should be hidden.</source>
        <translation>Dizenha pa menus un kuadru riba di kuzé ki debe fika skondidu.</translation>
    </message>
    <message>
        <source>Suggestions Not Accepted</source>
        <translation>Sujeston ka aseitadu</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested box(es) were not accepted and will not be covered.</source>
        <translation>
            <numerusform>%n kuadru sujeridu ka aseitadu i e ka ta kubridu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them</source>
        <translation>Rivê-s</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>Grava sen es</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover; %1 suggestion(s) to review.</source>
        <translation>
            <numerusform>%n kuadru pa kubri; %1 sujeston pa rivê.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover.</source>
        <translation>
            <numerusform>%n kuadru pa kubri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redact %1</source>
        <translation>Skondi partis di %1</translation>
    </message>
    <message>
        <source>Drag on the image to cover faces, plates, badge numbers or addresses. Drag a box to move it; Delete removes the selected box. The copy is a new item: the original is kept unchanged.</source>
        <translation>Rasta riba di imajen pa kubri karas, xapas, númerus di distintivu o enderesus. Rasta un kuadru pa move-l; Delete ta tira kuadru skodjidu. Kópia é un ítem novu: orijinal ta fika sen mudansa.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Métodu:</translation>
    </message>
    <message>
        <source>Fill (solid black)</source>
        <translation>Prenxi (pretu sólidu)</translation>
    </message>
    <message>
        <source>Pixelate (coarse blocks)</source>
        <translation>Pixeliza (blokus grandi)</translation>
    </message>
    <message>
        <source>&amp;Suggest Faces</source>
        <translation>&amp;Sujeri karas</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Aseita sujeston</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation>Aseita &amp;tudu sujeston</translation>
    </message>
    <message>
        <source>&amp;Remove Box</source>
        <translation>&amp;Rapaga kuadru</translation>
    </message>
    <message>
        <source>Save Redacted &amp;Copy</source>
        <translation>Grava &amp;kópia ku partis skondidu</translation>
    </message>
    <message>
        <source>Saving the redacted copy of %1…</source>
        <translation>Ta grava kópia di %1 ku partis skondidu…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Skondi partis</translation>
    </message>
    <message>
        <source>The redacted copy was not saved: %1 Your boxes are still here; you can try again.</source>
        <translation>Kópia ku partis skondidu ka foi gravadu: %1 Bu kuadrus inda sta li; bu pode tenta más un bes.</translation>
    </message>
</context>
<context>
    <name>td::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Tira</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Tira %1 %2</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Inda nada.</translation>
    </message>
</context>
<context>
    <name>td::ui::SecurityDialog</name>
    <message>
        <source>Security</source>
        <translation>Seguransa</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunka</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Blokia dipôs di</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Senha &amp;nova</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>K&amp;onfirma</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Senha atual ka sta sertu.</translation>
    </message>
    <message>
        <source>The passphrase could not be stored; try again.</source>
        <translation>Ka da pa guarda senha; tenta más un bes.</translation>
    </message>
    <message>
        <source>Lock when the &amp;computer locks, goes to sleep or starts its screen saver</source>
        <translation>Blokia ora ki &amp;komputador blokia, bai durmi o kumesa proteson di ekran</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>&amp;Muda senha…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until the database&apos;s passphrase or recovery key is entered again.</source>
        <translation>Dipôs di tenpu skodjedu sen uzu, TrustDesk ta skondi tudu dadus di kazus ti ki senha o xavi di rekuperason di baze di dadus e skrebedu otu bes.</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until it is unlocked. The passphrase itself is never stored, only a check value that cannot be turned back into it; leave the new fields empty to keep it.</source>
        <translation>Dipôs di tenpu skodjedu sen uzu, TrustDesk ta skondi tudu dadus di kazus ti ki el e dizblokiadu. Senha el mesmu nunka ka ta guardadu, só un valor di verifikason ki ka ta da pa torna transforma na senha; dexa kanpus novu vaziu pa fika ku el.</translation>
    </message>
    <message>
        <source>Passphrase Changed</source>
        <translation>Senha mudadu</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on. The recovery key still does.</source>
        <translation>Di gosi pa frenti, senha novu ta abri es baze di dadus li. Xavi di rekuperason inda ta abri-l tanbe.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Senha atual</translation>
    </message>
</context>
<context>
    <name>td::ui::SensitiveMask</name>
    <message>
        <source>Hidden</source>
        <translation>Skondidu</translation>
    </message>
    <message>
        <source>Revealing cannot be recorded here.</source>
        <translation>Ka ta da pa rejista li ora ki ta mostra.</translation>
    </message>
    <message>
        <source>Hidden. Reveal it with the button beside it (recorded in the audit log), or type a new value to replace it.</source>
        <translation>Skondidu. Mostra-l ku botan djuntu del (ta fika rejistadu na rejistu di auditoria), o skrebe un valor novu pa sustitui-l.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Mostra %1</translation>
    </message>
    <message>
        <source>Show the stored %1 (recorded in the audit log)</source>
        <translation>Mostra %1 gravadu (ta fika rejistadu na rejistu di auditoria)</translation>
    </message>
    <message>
        <source>Replaced by what you typed; clear the field to reveal the stored value instead.</source>
        <translation>Sustituídu pa kuzé ki bu skrebe; linpa kanpu pa mostra valor gravadu.</translation>
    </message>
</context>
<context>
    <name>td::ui::ServerLogin</name>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Ta konekta ku servidor di ofisiu…</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsChartView</name>
    <message>
        <source>Nothing to chart: no incident matches these filters.</source>
        <translation>Ka ten nada pa grafiku: ninhun insidenti ka ta kumbina ku es filtrus li.</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsTableModel</name>
    <message>
        <source>Total (each counted once)</source>
        <translation>Total (kada un kontadu un bes)</translation>
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
        <translation>Ninhun</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statístikas</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Di:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Te:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Res&amp;ponsavel pa kazu:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Linhas:</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>K&amp;olunas:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Konta:</translation>
    </message>
    <message>
        <source>First incident date counted; empty: from the first incident.</source>
        <translation>Purmeru data di insidenti ki ta kontadu; vaziu: desdi purmeru insidenti.</translation>
    </message>
    <message>
        <source>Last incident date counted; empty: up to the last incident.</source>
        <translation>Último data di insidenti ki ta kontadu; vaziu: te último insidenti.</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>Tudu responsavel pa kazu</translation>
    </message>
    <message>
        <source>Tick the case statuses to count; none ticked counts every case.</source>
        <translation>Marka status di kazu ki bu kre konta; si bu ka marka ninhun, tudu kazu ta kontadu.</translation>
    </message>
    <message>
        <source>Export &amp;hides counts below:</source>
        <translation>Esportason ta &amp;skondi kontas baxu di:</translation>
    </message>
    <message>
        <source>Published figures hide every count from 1 to this number minus one, and further counts so the hidden ones cannot be worked out. 1 hides nothing.</source>
        <translation>Númerus publikadu ta skondi tudu konta di 1 te es númeru menus un, i otus kontas pa kes skondidu ka podi diskobridu. 1 ka ta skondi nada.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Save these figures as CSV or PDF to publish, with small counts hidden. This window shows every count: it is for the office only.</source>
        <translation>Grava es númerus li sima CSV o PDF pa publika, ku kontas pikinoti skondidu. Es djanela li ta mostra tudu konta: el e só pa ofisiu.</translation>
    </message>
    <message>
        <source>Ca&amp;ses: click a bar or double-click a cell to list its cases.</source>
        <translation>Ka&amp;zus: klika na un bara o klika dos bes na un sélula pa odja se kazus.</translation>
    </message>
    <message>
        <source>The first date is after the last: nothing to count.</source>
        <translation>Purmeru data sta dipos di último: ka ten nada pa konta.</translation>
    </message>
    <message>
        <source>Chart of %1 by %2</source>
        <translation>Gráfiku di %1 pa %2</translation>
    </message>
    <message>
        <source>Raw counts, for the office only: %1 and %2.</source>
        <translation>Kontas sen skondi, só pa ofisiu: %1 i %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln kazu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln insidenti</numerusform>
        </translation>
    </message>
    <message>
        <source>A case or incident can fall in several rows or columns, so the totals count each once and are less than the sum of the cells.</source>
        <translation>Un kazu o insidenti podi kai na txeu linha o koluna, pur isu totais ta konta kada un só un bes i es e menus ki soma di sélulas.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: counting…</source>
        <translation>Ka&amp;zus na %1: ta konta…</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: %2, the first %3 listed (double-click or Enter opens one)</source>
        <translation>Ka&amp;zus na %1: %2, purmeru %3 ta mostradu (klika dos bes o Enter ta abri un)</translation>
    </message>
    <message numerus="yes">
        <source>Ca&amp;ses in %1: %Ln (double-click or Enter opens one)</source>
        <translation>
            <numerusform>Ka&amp;zus na %1: %Ln (klika dos bes o Enter ta abri un)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a date like %1, or leave it empty.</source>
        <extracomment>%1 is a date in the interface language&apos;s style, e.g. 12/31/2026.</extracomment>
        <translation>Skrebe un data sima %1, o dexa-l vaziu.</translation>
    </message>
</context>
<context>
    <name>td::ui::VaultSetupDialog</name>
    <message>
        <source>The encrypted database could not be created: %1</source>
        <translation>Ka da pa kria baze di dadus sifradu: %1</translation>
    </message>
    <message>
        <source>Protect Your Cases</source>
        <translation>Proteje bus kazus</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TrustDesk keeps every case encrypted on this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Without it nobody can read the clients&apos; names, addresses, immigration status or anything else in TrustDesk, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;If the passphrase is forgotten, the only way back in is the recovery key shown on the next page. Without either, the cases are lost for good: nobody, not even the makers of TrustDesk, can recover them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TrustDesk ta guarda tudu kazu sifradu na es kumputador.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Skodje un senha. Sen el ninguen ka ta pode lé nomis, enderesus, situason migratóriu di klientis o nada más na TrustDesk, mésmu ku dixku di es kumputador na se mon. Bu ta skrebe-l tudu bes ki TrustDesk ta kumesa.&lt;/p&gt;&lt;p&gt;Si bu skese senha, úniku manera di torna entra é xavi di rekuperason ki ta mostradu na prósimu pájina. Sen nenhun di es dos, kazus ta pirdi pa sénpri: ninguen, nen kes ki faze TrustDesk, ka ta pode rekupera-s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ripiti-l:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ripiti senha</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sai</translation>
    </message>
    <message>
        <source>&amp;Encrypt and Continue</source>
        <translation>S&amp;ifra y kontinua</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds: the passphrase is made deliberately slow to guess.</source>
        <translation>Ta kria baze di dadus sifradu… Kel-li ta leba algun sigundu: senha é fetu dimoradu di divinha di propózitu.</translation>
    </message>
    <message>
        <source>This is the recovery key. It is shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase.</source>
        <translation>Es é xavi di rekuperason. El ta mostradu só es bes li. Nota-l o inprimi-l, y guarda-l na un lugar siguru lonji di es kumputador. El ta abri baze di dadus si bu skese senha, pur isu guarda-l sima senha.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Inprimi…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopia</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>&amp;Guarda komu arkivu…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>N &amp;nota-l o N guarda-l ku seguransa</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>K&amp;ontinua</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Xavi di rekuperason</translation>
    </message>
</context>
<context>
    <name>trustdesk-cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>init ka ta aseita argumentu.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Baze di dadus prontu: %1 (skema %2)</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n problem(s).</source>
        <translation>
            <numerusform>Verifikason FALHA: %n prublema.</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>arkivu di kópia di seguransa</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 meste izatamenti un FILE.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Kópia di seguransa gravadu i verifikadu: %1</translation>
    </message>
    <message>
        <source>Restored from %1 into %2</source>
        <translation>Rekuperadu di %1 pa %2</translation>
    </message>
    <message>
        <source>List cases, newest first: reference, status, opened date, client.</source>
        <translation>Lista kazus, más novu purmeru: referénsia, status, data ki abri, klienti.</translation>
    </message>
    <message>
        <source>only cases with this status (%1)</source>
        <translation>só kazus ku es status li (%1)</translation>
    </message>
    <message>
        <source>print JSON instead of one line a case</source>
        <translation>inprimi JSON en vez di un linha pa kada kazu</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list ka ta aseita argumentu.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>Status diskonxedu &quot;%1&quot;. Uza un di es: %2.</translation>
    </message>
    <message>
        <source>Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</source>
        <translation>Uzu: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opson jeral:</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>mostra es djuda li; COMMAND --help ta mostra opson di un kumandu</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>mostra vérsãu</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kumandus:</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db meste kaminhu di un arkivu.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opson diskonxedu %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Kumandu diskonxedu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Search cases. Accents and case do not matter; the last word may be the start of a word. Best matches first.</source>
        <translation>Buska kazus. Asentu i maiúskula ka ta importa; último palavra podi ser kumesu di un palavra. Midjor rezultadu purmeru.</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>palavras pa djobe</translation>
    </message>
    <message>
        <source>at most N results (default 50)</source>
        <translation>ti N rezultadu (padron 50)</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search meste un QUERY.</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit meste un númeru interu pozitivu.</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify ka ta aseita argumentu.</translation>
    </message>
    <message>
        <source>Verification passed: %1</source>
        <translation>Verifikason pasa: %1</translation>
    </message>
    <message>
        <source>Add fictional demo cases to the database (created when missing). The same seed always gives the same cases.</source>
        <translation>Djunta kazus di demonstrason ki ka e di verdadi na baze di dadus (el ta kriadu si el ka ta izisti). Mesmu simenti ta da senpri mesmu kazus.</translation>
    </message>
    <message>
        <source>how many cases to add (required)</source>
        <translation>kantu kazu pa djunta (obrigatóriu)</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>simenti aliatóriu (padron 1)</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo ka ta aseita argumentu.</translation>
    </message>
    <message>
        <source>demo needs --cases N.</source>
        <translation>demo meste --cases N.</translation>
    </message>
    <message>
        <source>--cases needs a positive whole number.</source>
        <translation>--cases meste un númeru interu pozitivu.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of zero or more.</source>
        <translation>--seed meste un númeru interu di zeru pa riba.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) were added before the error.</source>
        <translation>
            <numerusform>%n kazu di demonstrason foi djuntadu antis di eru.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding demo cases: %1 of %2</source>
        <translation>Ta djunta kazus di demonstrason: %1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>%n kazu di demonstrason djuntadu.</numerusform>
        </translation>
    </message>
    <message>
        <source>case references to export (default: every case)</source>
        <translation>referénsias di kazus pa esporta (padron: tudu kazu)</translation>
    </message>
    <message>
        <source>write to FILE (owner-only) instead of standard output</source>
        <translation>grava na FILE (só pa donu) en vez di saída padron</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Ka ta da pa grava %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n kazu esportadu pa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>language code (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</source>
        <translation>kódigu di língua (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</translation>
    </message>
    <message>
        <source>with show: write a handout PDF to FILE</source>
        <translation>ku show: grava un folhetu PDF na FILE</translation>
    </message>
    <message>
        <source>load the guidance pack from FOLDER instead of the built-in one</source>
        <translation>karega pakoti di orientason di FOLDER en vez di kel inkluídu</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>Orientason ka sta disponível na &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>guidance list takes no more arguments.</source>
        <translation>guidance list ka ta aseita más argumentu.</translation>
    </message>
    <message>
        <source>guidance show needs exactly one article ID.</source>
        <translation>guidance show meste izatamenti un ID di artigu.</translation>
    </message>
    <message>
        <source>There is no guidance article &quot;%1&quot;. See: guidance list</source>
        <translation>Ka ten artigu di orientason &quot;%1&quot;. Odja: guidance list</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper debe ser a4 o letter.</translation>
    </message>
    <message>
        <source>Handout written: %1</source>
        <translation>Folhetu gravadu: %1</translation>
    </message>
    <message>
        <source>guidance search needs a QUERY.</source>
        <translation>guidance search meste un QUERY.</translation>
    </message>
    <message>
        <source>Import the cases of a TrustDesk JSON file. The whole file is checked first: one bad case rejects it, naming the case and the field, and nothing is added.</source>
        <translation>Inporta kazus di un arkivu JSON di TrustDesk. Arkivu interu ta ser verifikadu purmeru: un kazu eradu ta faze-l ser rekuzadu, ku nomi di kazu i di kanpu, i nada ka ta djuntadu.</translation>
    </message>
    <message>
        <source>the TrustDesk JSON file</source>
        <translation>arkivu JSON di TrustDesk</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import meste izatamenti un FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>%n kazu inportadu.</numerusform>
        </translation>
    </message>
    <message>
        <source>the case reference, e.g. TD-2026-00042</source>
        <translation>referénsia di kazu, pur izénplu TD-2026-00042</translation>
    </message>
    <message>
        <source>print JSON (the interchange format) instead of text</source>
        <translation>inprimi JSON (formatu di intrekánbiu) en vez di testu</translation>
    </message>
    <message>
        <source>show needs exactly one REF.</source>
        <translation>show meste izatamenti un REF.</translation>
    </message>
    <message>
        <source>Attach files to a case as evidence. Each file is copied into the evidence store beside the database and identified by its SHA-256; the original is only read. A file already on the case is reported and stored once.</source>
        <translation>Djunta arkivus na un kazu suma próva. Kada arkivu ta ser kopiadu pa depózitu di próvas djuntu di baze di dadus i identifikadu pa si SHA-256; orijinal ta ser só lidu. Un arkivu ki dja sta na kazu ta ser avizadu i guardadu un bes só.</translation>
    </message>
    <message>
        <source>the case reference</source>
        <translation>referénsia di kazu</translation>
    </message>
    <message>
        <source>files to attach</source>
        <translation>arkivus pa djunta</translation>
    </message>
    <message>
        <source>a description recorded with every file</source>
        <translation>un diskrison gravadu ku kada arkivu</translation>
    </message>
    <message>
        <source>where the files came from: %1</source>
        <translation>di undi arkivus ben: %1</translation>
    </message>
    <message>
        <source>attach needs a case reference and at least one file.</source>
        <translation>attach meste un referénsia di kazu i pa menus un arkivu.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Orijen diskonxedu &quot;%1&quot;. Uza un di es: %2.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: %2, %3 bytes, %4</source>
        <translation>Djuntadu &quot;%1&quot;: %2, %3 bytes, %4</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file for imported evidence item %2 (%3)</source>
        <translation>Djuntadu &quot;%1&quot;: arkivu pa item di próva inportadu %2 (%3)</translation>
    </message>
    <message>
        <source>Already attached: &quot;%1&quot; is the same file as evidence item %2 (&quot;%3&quot;); stored once.</source>
        <translation>Dja djuntadu: &quot;%1&quot; e mesmu arkivu ki item di próva %2 (&quot;%3&quot;); guardadu un bes só.</translation>
    </message>
    <message>
        <source>Write the client&apos;s copy as a PDF: what was filed and the next steps from the guidance pack, in the client&apos;s preferred language (or --lang). It names no sensitive client field.</source>
        <translation>Grava kópia di klienti na PDF: kuzê ki foi prizentadu i prósimu pasu di pakoti di orientason, na língua priferidu di klienti (o --lang). El ka ta fla nenhun kanpu sensível di klienti.</translation>
    </message>
    <message>
        <source>the PDF to write (required)</source>
        <translation>PDF pa grava (obrigatóriu)</translation>
    </message>
    <message>
        <source>when nothing is filed yet: bpd-iad (default), accountability or a body&apos;s name</source>
        <translation>ora ki inda nada ka foi prizentadu: bpd-iad (padron), accountability o nomi di un organizmu</translation>
    </message>
    <message>
        <source>client-copy needs exactly one REF.</source>
        <translation>client-copy meste izatamenti un REF.</translation>
    </message>
    <message>
        <source>client-copy needs --out FILE.pdf.</source>
        <translation>client-copy meste --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability or a body&apos;s name.</source>
        <translation>--to meste bpd-iad, accountability o nomi di un organizmu.</translation>
    </message>
    <message>
        <source>Client copy written: %1 (%2)</source>
        <translation>Kópia di klienti gravadu: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>inprimi JSON</translation>
    </message>
    <message>
        <source>evidence needs exactly one case reference.</source>
        <translation>evidence meste izatamenti un referénsia di kazu.</translation>
    </message>
    <message>
        <source>Copy a case&apos;s evidence into a new or empty folder with manifest.json, manifest.txt and SHA256SUMS (names, hashes, sizes, chain of custody). Every file is re-hashed while it is copied; a changed or missing file is not exported and the exit code is 3.</source>
        <translation>Kopia próvas di un kazu pa un pasta novu o vaziu ku manifest.json, manifest.txt i SHA256SUMS (nomis, hash, tamanhus, kadeia di kustódia). Hash di kada arkivu ta ser kalkuladu di novu enkuantu el ta kopiadu; un arkivu mudadu o faltadu ka ta esportadu i kódigu di saída e 3.</translation>
    </message>
    <message>
        <source>the folder to write (created owner-only; must be new or empty)</source>
        <translation>pasta pa grava (kriadu só pa donu; el debe ser novu o vaziu)</translation>
    </message>
    <message>
        <source>evidence-export needs exactly one case reference.</source>
        <translation>evidence-export meste izatamenti un referénsia di kazu.</translation>
    </message>
    <message>
        <source>evidence-export needs --out FOLDER.</source>
        <translation>evidence-export meste --out FOLDER.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n arkivu esportadu pa %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no file (details imported only) and are listed in the manifest.</source>
        <translation>
            <numerusform>%n item ka ten arkivu (só detalhis inportadu) i es sta listadu na inventáriu.</numerusform>
        </translation>
    </message>
    <message>
        <source>who files: client, on-behalf (default) or anonymous</source>
        <translation>kenha ki ta prizenta: client, on-behalf (padron) o anonymous</translation>
    </message>
    <message>
        <source>with on-behalf: who files (default: the case&apos;s caseworker)</source>
        <translation>ku on-behalf: kenha ki ta prizenta (padron: responsavel pa kazu)</translation>
    </message>
    <message>
        <source>with on-behalf: the office filing</source>
        <translation>ku on-behalf: ofisiu ki ta prizenta</translation>
    </message>
    <message>
        <source>the requested action (default: the standard request)</source>
        <translation>asãu pididu (padron: pididu normal)</translation>
    </message>
    <message>
        <source>report needs exactly one REF.</source>
        <translation>report meste izatamenti un REF.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report meste --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--filer must be client, on-behalf or anonymous.</source>
        <translation>--filer debe ser client, on-behalf o anonymous.</translation>
    </message>
    <message>
        <source>Warning: the client&apos;s consent to file is not recorded; the PDF is marked as a draft.</source>
        <translation>Atenson: konsentimentu di klienti pa prizenta keixa ka sta rejistadu; PDF sta markadu suma rasunhu.</translation>
    </message>
    <message>
        <source>Complaint written: %1</source>
        <translation>Keixa gravadu: %1</translation>
    </message>
    <message>
        <source>Sensitive fields included: %1</source>
        <translation>Kanpus sensível djuntadu: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhun</translation>
    </message>
    <message>
        <source>The verification could not be recorded in the chain of custody: %1</source>
        <translation>Ka da pa rejista verifikason na kadeia di kustódia: %1</translation>
    </message>
    <message>
        <source>This command needs %1, which is not installed next to trustdesk-cli. Reinstall TrustDesk.</source>
        <translation>Es kumandu li meste %1, ma el ka sta instaladu djuntu ku trustdesk-cli. Torna instala TrustDesk.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Ka foi posivel kumesa %1: %2</translation>
    </message>
    <message>
        <source>Its evidence is in %1; keep the two together.</source>
        <translation>Si próvas sta na %1; guarda es dos djuntu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; nothing changed. %2</source>
        <translation>&quot;%1&quot; ka foi rekuperadu; nada ka muda. %2</translation>
    </message>
    <message>
        <source>There is no evidence item %1. Nothing was removed.</source>
        <translation>Ka ten item di próva %1. Nada ka foi tiradu.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2. Nothing was removed.</source>
        <translation>Item di próva %1 ka sta na kazu %2. Nada ka foi tiradu.</translation>
    </message>
    <message>
        <source>Remove one evidence item from a case. EVIDENCE_ID is the item id that &quot;evidence REF&quot; lists. The reason is required and stays in the chain of custody. The file leaves the evidence store unless another item (on any case) holds the same bytes.</source>
        <translation>Tira un item di próva di un kazu. EVIDENCE_ID e id di item ki &quot;evidence REF&quot; ta lista. Rezon e obrigatóriu i el ta fika na kadeia di kustódia. Arkivu ta sai di depózitu di próvas, salvu si otu item (di kualker kazu) ten mesmu bytes.</translation>
    </message>
    <message>
        <source>the evidence item id</source>
        <translation>id di item di próva</translation>
    </message>
    <message>
        <source>why the item is removed (required; kept in the chain of custody)</source>
        <translation>pamodi item ta ser tiradu (obrigatóriu; ta fika na kadeia di kustódia)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, id, sha256, display_name, stored (the item had a file) and file_removed (the file left the store)</source>
        <translation>inprimi JSON: case_reference, id, sha256, display_name, stored (item tinha arkivu) i file_removed (arkivu sai di depózitu)</translation>
    </message>
    <message>
        <source>evidence-remove needs a case reference and one evidence item id.</source>
        <translation>evidence-remove meste un referénsia di kazu i un id di item di próva.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an evidence item id: use the number that &quot;evidence %2&quot; lists.</source>
        <translation>&quot;%1&quot; ka e un id di item di próva: uza númeru ki &quot;evidence %2&quot; ta lista.</translation>
    </message>
    <message>
        <source>evidence-remove needs --reason TEXT: the reason is kept in the chain of custody.</source>
        <translation>evidence-remove meste --reason TEXT: rezon ta fika na kadeia di kustódia.</translation>
    </message>
    <message>
        <source>Removed evidence item %1 (&quot;%2&quot;) from %3; the reason is kept in the chain of custody.</source>
        <translation>Item di próva %1 (&quot;%2&quot;) tiradu di %3; rezon ta fika na kadeia di kustódia.</translation>
    </message>
    <message>
        <source>Its file was deleted from the evidence store.</source>
        <translation>Si arkivu foi apagadu di depózitu di próvas.</translation>
    </message>
    <message>
        <source>Its file stays in the evidence store: another item holds the same bytes.</source>
        <translation>Si arkivu ta fika na depózitu di próvas: otu item ten mesmu bytes.</translation>
    </message>
    <message>
        <source>Note: the file withheld these sensitive fields, which stay empty: %1</source>
        <translation>Nota: arkivu skondi es kanpus sensível li, ki ta fika vaziu: %1</translation>
    </message>
    <message>
        <source>deliberately include every sensitive client field and witness contact details (recorded in the audit log)</source>
        <translation>djunta di propózitu tudu kanpu sensível di klienti i kontatu di tistimunhas (ta fika gravadu na rejistu di auditoria)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive client field or witness detail. Use one of: %2.</source>
        <translation>&quot;%1&quot; ka e un kanpu sensível di klienti nin un dadu di tistimunha. Uza un di es: %2.</translation>
    </message>
    <message>
        <source>Show one case. Sensitive client fields and witness contact details are withheld unless deliberately included; --json prints a TrustDesk JSON file holding just this case.</source>
        <translation>Mostra un kazu. Kanpus sensível di klienti i kontatu di tistimunhas ta fika skondidu salvu si es djuntadu di propózitu; --json ta inprimi un arkivu JSON di TrustDesk ku só es kazu li.</translation>
    </message>
    <message>
        <source>audit verify takes no other argument than --head.</source>
        <translation>audit verify ka ta aseita otu argumentu álen di --head.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the log was changed behind TrustDesk&apos;s back.</source>
        <translation>Verifikason di rejistu di auditoria FADJA: rejistu foi mudadu sen TrustDesk sabe.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the entry %1 recorded earlier is no longer in the log; its tail was cut off or the log was replaced.</source>
        <translation>Verifikason di rejistu di auditoria FADJA: entrada %1 rejistadu antis dja ka sta na rejistu; se fin foi kortadu o rejistu foi trokadu.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: entry %1, recorded in %2 when it was written, is no longer in the log; its tail was cut off or an older copy of the database was put back.</source>
        <translation>Verifikason di rejistu di auditoria FADJA: entrada %1, rejistadu na %2 ora ki el foi gravadu, dja ka sta na rejistu; se fin foi kortadu o un kópia más antigu di baze di dadus foi torna pundu.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entries, chain head %1.</source>
        <translation>
            <numerusform>Rejistu di auditoria verifikadu: %n entrada, kabesa di kadeia %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit log, oldest first: time (UTC), actor, action, case, details.
&quot;audit verify&quot; checks the log&apos;s hash chain instead (exit 3 when it was changed).</source>
        <translation>Mostra rejistu di auditoria, más antigu primeru: ora (UTC), kenha ki faze, ason, kazu, detalhis.
&quot;audit verify&quot; ta verifika kadeia di hash di rejistu na se lugar (ta sai ku 3 si el foi mudadu).</translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation>verifika kadeia di hash</translation>
    </message>
    <message>
        <source>only the entries about case REF</source>
        <translation>só entradas sobri kazu REF</translation>
    </message>
    <message>
        <source>only the entries from DATE on: YYYY-MM-DD or an ISO 8601 date and time (UTC unless it has an offset)</source>
        <translation>só entradas a partir di DATE: YYYY-MM-DD o un data y ora ISO 8601 (UTC si el ka ten fuzu)</translation>
    </message>
    <message>
        <source>print JSON instead of one line an entry</source>
        <translation>inprimi JSON na lugar di un linha pa kada entrada</translation>
    </message>
    <message>
        <source>with verify: also fail unless the entry with this hash (a head printed by an earlier verify) is still in the log</source>
        <translation>ku verify: tanbe fadja si entrada ku es hash (un kabesa inprimidu pa un verify antis) dja ka sta na rejistu</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; did you mean &quot;audit verify&quot;?</source>
        <translation>Argumentu diskonxedu &quot;%1&quot;; bu kre fla &quot;audit verify&quot;?</translation>
    </message>
    <message>
        <source>--head goes with &quot;audit verify&quot;.</source>
        <translation>--head ta bai ku &quot;audit verify&quot;.</translation>
    </message>
    <message>
        <source>--case needs a reference.</source>
        <translation>--case mesti un referénsia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation>&quot;%1&quot; ka é un data: uza YYYY-MM-DD o YYYY-MM-DDTHH:MM[:SS].</translation>
    </message>
    <message>
        <source>(carried over by a restore)</source>
        <translation>(trazidu pa un restaurason)</translation>
    </message>
    <message>
        <source>The backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new path with --db, or run `trustdesk-cli encrypt` on this database first.</source>
        <translation>Kópia di seguransa sta sifradu y es baze di dadus ka sta, pur isu kazus ta ser gravadu sen sifra. Restaura-l na un kaminhu novu ku --db, o roda `trustdesk-cli encrypt` na es baze di dadus primeru.</translation>
    </message>
    <message>
        <source>The key file could not be copied beside %1.</source>
        <translation>Ka da pa kopia arkivu di xavis pa djuntu %1.</translation>
    </message>
    <message>
        <source>the new passphrase: the first line of FILE</source>
        <translation>senha novu: primeru linha di FILE</translation>
    </message>
    <message>
        <source>change-passphrase takes no arguments.</source>
        <translation>change-passphrase ka ta aseita argumentus.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>Baze di dadus &quot;%1&quot; ka ta izisti.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no passphrase to change. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Es baze di dadus ka sta sifradu, pur isu el ka ten senha pa muda. `trustdesk-cli encrypt` ta faze-l un kófri.</translation>
    </message>
    <message>
        <source>The passphrase was changed. The old one no longer opens %1; the recovery key still does.</source>
        <translation>Senha foi mudadu. Kel antigu dja ka ta abri %1; xavi di rekuperason inda ta abri.</translation>
    </message>
    <message>
        <source>An encryption of this database is running or was interrupted. Run `trustdesk-cli encrypt` to finish or undo it.</source>
        <translation>Un sifrason di es baze di dadus sta ta kore o el foi interonpidu. Roda `trustdesk-cli encrypt` pa kaba-l o disfaze-l.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE</source>
        <translation>senha di un baze di dadus sifradu: primeru linha di FILE</translation>
    </message>
    <message>
        <source>open an encrypted database with its recovery key, the first line of FILE</source>
        <translation>abri un baze di dadus sifradu ku se xavi di rekuperason, primeru linha di FILE</translation>
    </message>
    <message>
        <source>when the database does not exist yet, make it unencrypted (for throwaway data only); by default a new database is encrypted</source>
        <translation>ora ki baze di dadus inda ka ta izisti, kria-l sen sifra (só pa dadus di tiste); pur padron un baze di dadus novu ta fika sifradu</translation>
    </message>
    <message>
        <source>write a new encrypted database&apos;s recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>grava xavi di rekuperason di un baze di dadus sifradu novu na FILE (só dunu ta pode aseza; el ka debe izisti) na lugar di mostra-l</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; the recovery key is never written over a file.</source>
        <translation>&quot;%1&quot; dja ta izisti; xavi di rekuperason nunka ka ta gravadu riba di un arkivu.</translation>
    </message>
    <message>
        <source>The new database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Baze di dadus novu sta sifradu. Si un dia se senha skesedu, só es xavi di rekuperason ta abri-l. El ta mostradu só es bes li: nota-l o inprimi-l, y guarda-l na un lugar siguru, lonji di es kumputador.</translation>
    </message>
    <message>
        <source>The new database is encrypted. Its recovery key, which opens it if the passphrase is ever forgotten, is in %1: keep that file safe, away from this computer.</source>
        <translation>Baze di dadus novu sta sifradu. Se xavi di rekuperason, ki ta abri-l si un dia senha skesedu, sta na %1: guarda kel arkivu ku seguransa, lonji di es kumputador.</translation>
    </message>
    <message>
        <source>The database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Baze di dadus sta sifradu. Si un dia se senha skesedu, só es xavi di rekuperason ta abri-l. El ta mostradu só es bes li: nota-l o inprimi-l, y guarda-l na un lugar siguru, lonji di es kumputador.</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>Ka da pa grava xavi di rekuperason na &quot;%1&quot;: %2. Nada ka muda.</translation>
    </message>
    <message>
        <source>
The recovery key of the encrypted TrustDesk database %1.
It opens the database without its passphrase: keep it safe, away from the computer.
</source>
        <translation>
Xavi di rekuperason di baze di dadus sifradu di TrustDesk %1.
El ta abri baze di dadus sen se senha: guarda-l ku seguransa, lonji di kumputador.
</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;. Nothing was changed.</source>
        <translation>Ka da pa grava xavi di rekuperason na &quot;%1&quot;. Nada ka muda.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Ta verifika</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Ta sifra</translation>
    </message>
    <message>
        <source>Comparing with the original</source>
        <translation>Ta kompara ku orijinal</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Próvas</translation>
    </message>
    <message>
        <source>Putting in place</source>
        <translation>Ta poi na lugar</translation>
    </message>
    <message>
        <source>write the recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>grava xavi di rekuperason na FILE (só dunu ta pode aseza; el ka debe izisti) na lugar di mostra-l</translation>
    </message>
    <message>
        <source>encrypt takes no arguments.</source>
        <translation>encrypt ka ta aseita argumentus.</translation>
    </message>
    <message>
        <source>An interrupted encryption was finished: %1 is encrypted now, with the passphrase and recovery key given then.</source>
        <translation>Un sifrason interonpidu foi kabadu: %1 sta sifradu gosi, ku senha y xavi di rekuperason dadu na kel ora.</translation>
    </message>
    <message>
        <source>An interrupted encryption was undone; the database was still unencrypted. Starting again.</source>
        <translation>Un sifrason interonpidu foi disfetu; baze di dadus inda staba sen sifra. Ta kumesa otu bes.</translation>
    </message>
    <message>
        <source>%1 is encrypted now; it opens only with its passphrase or recovery key.</source>
        <translation>%1 sta sifradu gosi; el ta abri só ku se senha o xavi di rekuperason.</translation>
    </message>
    <message>
        <source>hand the files over as stored, with their metadata (EXIF with GPS position and author, XMP, PDF information); recorded in the audit log. By default copies leave without it.</source>
        <translation>entrega arkivus sima es sta guardadu, ku ses metadadus (EXIF ku pozison GPS y autor, XMP, informason di PDF); rejistadu na rejistu di auditoria. Pur padron kópias ta sai sen es.</translation>
    </message>
    <message>
        <source>name the files and list them in the manifest by their original names (which may name the client); recorded in the audit log. By default files are named by case and item number.</source>
        <translation>da arkivus y lista-s na manifestu ku ses nomi orijinal (ki pode ten nomi di klienti); rejistadu na rejistu di auditoria. Pur padron arkivus ta txomadu pa kazu y númeru di item.</translation>
    </message>
    <message numerus="yes">
        <source>Metadata (such as GPS position, author, camera) was removed from %n copy(ies); the originals in the store are unchanged.</source>
        <translation>
            <numerusform>Metadadus (sima pozison GPS, autor, kámara) foi tiradu di %n kópia; orijinais na depózitu ka muda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check them before they leave. The manifest marks them.</source>
        <translation>
            <numerusform>%n arkivu é di un tipu ki TrustDesk ka ta konsigi tira metadadus (vídeu, áudiu, dokumentus); verifika-s antis di es sai. Manifestu ta marka-s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases (all, or the references given) as a TrustDesk JSON file. Sensitive client fields and witness contact details are left out unless deliberately included, and masked where the free text repeats them.</source>
        <translation>Sporta kazus (tudu, o referénsias dadu) komu un arkivu JSON di TrustDesk. Kampus sensível di klienti y kontaktus di tistimunhas ta fika di fora si es ka inkluidu di propózitu, y es ta skondidu undi testu livri ta ripiti-s.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s) whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</source>
        <translation>
            <numerusform>… y más %n kazu ki se testu livri tinha valoris skondidu o frazis ki pode mostra situason migratóriu (show REF ta lista-s).</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone with the file can read it. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Es baze di dadus ka sta sifradu: kualker algen ku arkivu pode lé-l. `trustdesk-cli encrypt` ta faze-l un kófri.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE (else the file named by %1, else asked on the terminal)</source>
        <translation>senha di un baze di dadus sifradu: primeru linha di FILE (sinon arkivu indikadu na %1, sinon pididu na terminal)</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>%1 mesti un kaminhu di arkivu.</translation>
    </message>
    <message>
        <source>the caseworker&apos;s name</source>
        <translation>nomi di responsavel pa kazu</translation>
    </message>
    <message>
        <source>their role (caseworker, supervisor, …)</source>
        <translation>se funson (responsavel pa kazu, supervizor, …)</translation>
    </message>
    <message>
        <source>profile takes no arguments.</source>
        <translation>profile ka ta aseita argumentus.</translation>
    </message>
    <message>
        <source>A caseworker profile needs a name: trustdesk-cli profile --name NAME [--role ROLE].</source>
        <translation>Un perfil di responsavel pa kazu mesti un nomi: trustdesk-cli profile --name NAME [--role ROLE].</translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings.</source>
        <translation>Ka da pa guarda perfil na konfigurasons.</translation>
    </message>
    <message>
        <source>No caseworker profile is set: entries are recorded as &quot;%1&quot;.
Set one with: trustdesk-cli profile --name NAME --role ROLE</source>
        <translation>Ninhun perfil di responsavel pa kazu ka difinidu: entradas ta rejistadu komu &quot;%1&quot;.
Difini un ku: trustdesk-cli profile --name NAME --role ROLE</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nomi: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Funson: %1</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>Rejistadu komu: %1</translation>
    </message>
    <message>
        <source>deliberately include this sensitive client field or witness detail (%1), in its field and where the free text mentions it; repeatable, recorded in the audit log</source>
        <translation>inklui di propózitu es kanpu sensível di klienti o detalhi di tistimunha (%1), na se kanpu y undi testu livri ta fla del; pode ripiti, rejistadu na rejistu di auditoria</translation>
    </message>
    <message>
        <source>also mask, as [withheld], the phrases in the free text that may reveal immigration status (listed on standard error either way)</source>
        <translation>tanbe skondi, komu [skondidu], frazis di testu livri ki pode mostra situason migratóriu (es ta listadu na saida di eru padron di kualker manera)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n withheld value(s) found in the free text and masked.</source>
        <translation>
            <numerusform>%1: %n valor skondidu atxadu na testu livri y skondidu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, masked:</source>
        <translation>
            <numerusform>%1: %n fraze ki pode mostra situason migratóriu, skondidu:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, left as written (--mask-status-phrases masks them):</source>
        <translation>
            <numerusform>%1: %n fraze ki pode mostra situason migratóriu, dixadu sima skrebedu (--mask-status-phrases ta skondi-s):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot; in: %3</source>
        <translation>  %1: &quot;%2&quot; na: %3</translation>
    </message>
    <message>
        <source>Write a case&apos;s complaint submission as a PDF. Sensitive client fields and witness contact details are withheld unless deliberately included, also where the free text mentions them; the PDF names the kinds withheld, never their values. Phrases that may reveal immigration status are listed on standard error and masked with --mask-status-phrases. Each report is recorded in the case (date, recipient, fields included, SHA-256) and in the audit log.</source>
        <translation>Skrebe keixa di un kazu komu PDF. Kampus sensível di klienti y kontaktus di tistimunhas ta skondidu si es ka inkluidu di propózitu, tanbe undi testu livri ta fla des; PDF ta fla kuzé ki tipu di dadus ki skondidu, nunka ses valor. Frazis ki pode mostra situason migratóriu ta listadu na saida di eru padron y skondidu ku --mask-status-phrases. Kada relatóriu ta rejistadu na kazu (data, destinatáriu, kampus inkluidu, SHA-256) y na rejistu di auditoria.</translation>
    </message>
    <message>
        <source>Encrypt an existing plaintext database in place. The new passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal); the recovery key is shown once or written to --recovery-key-out. An encrypted copy is written beside the database and compared with it table by table; only then does it take the database&apos;s place, and no plaintext copy is left. The evidence files are sealed the same way, checked, and the plaintext ones deleted. Close TrustDesk first: the database must not be open anywhere else. Run it again after an interruption: it finishes or undoes what was begun.</source>
        <translation>Sifra na se lugar un baze di dadus ki dja izisti sen sifra. Senha novu ta ben di --passphrase-file (o di arkivu nomiadu pa TRUSTDESK_PASSPHRASE_FILE, o e ta pididu dos bês na terminal); xavi di rekuperason ta mostradu un bês o skrebedu na --recovery-key-out. Un kópia sifradu ta skrebedu djuntu di baze di dadus i ta konparadu ku el tabela pa tabela; só dipôs e ta toma lugar di baze di dadus, i nenhun kópia sen sifra ka ta fika. Arkivus di próvas ta seladu mésmu manera, verifikadu, i kes sen sifra ta apagadu. Fitxa TrustDesk primeru: baze di dadus ka podi sta abertu na nenhun otu lugar. Roda-l otu bês dipôs di un interupson: e ta kaba o e ta disfaze kuzé ki kumesadu.</translation>
    </message>
    <message>
        <source>List a case&apos;s evidence, oldest first, one item a line, tab-separated: SHA-256, item id, size in bytes, &quot;stored&quot; or &quot;metadata-only&quot; (details imported without the file), media type, date captured (UTC, or -), name. --json adds every field and the chain of custody; a redacted copy has redacted_copy_of (the original&apos;s id) and redaction (its boxes and method).</source>
        <translation>Lista próvas di un kazu, más antigu primeru, un ítem pa linha, separadu pa tab: SHA-256, id di ítem, tamañu na bytes, &quot;stored&quot; o &quot;metadata-only&quot; (detalhis inportadu sen arkivu), tipu di média, data di kaptura (UTC, o -), nomi. --json ta djunta tudu kanpu i kadeia di kustódia; un kópia ku partis skondidu ten redacted_copy_of (id di orijinal) i redaction (se kuadrus i métodu).</translation>
    </message>
    <message>
        <source>Print the boxes OpenCV&apos;s face detection suggests for an image, one X,Y,W,H a line (as &quot;redact --box&quot; takes them), in the pixels of the upright image. Suggestions only: detection misses faces (small, turned, covered), so look at the image.</source>
        <translation>Inprimi kuadrus ki detekson di kara di OpenCV ta sujeri pa un imajen, un X,Y,W,H pa linha (suma &quot;redact --box&quot; ta aseita-s), na pixels di imajen direitu. Só sujeston: detekson ta falha karas (pikinoti, viradu, kubridu), pur isu odja imajen.</translation>
    </message>
    <message>
        <source>the evidence item id (an image)</source>
        <translation>id di próva (un imajen)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, evidence_id, width, height (of the upright image) and boxes, each with x, y, width, height</source>
        <translation>inprimi JSON: case_reference, evidence_id, width, height (di imajen direitu) i boxes, kada un ku x, y, width, height</translation>
    </message>
    <message>
        <source>No face was suggested; detection misses faces, so check the image.</source>
        <translation>Nenhun kara ka sujeridu; detekson ta falha karas, pur isu verifika imajen.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonti: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Verifikadu pa últimu bês: %1</translation>
    </message>
    <message>
        <source>Rights guidance from the built-in pack (or --pack FOLDER).
  guidance list [--lang L]                 one article a line, its id first
  guidance show ID [--lang L] [--pdf FILE] the article as text, or a handout PDF
  guidance search QUERY [--lang L]         articles containing every word (all languages without --lang)
  guidance version                         which pack is in use: id, version, review date, where from
  guidance install PATH                    install a newer pack from its folder or manifest.json, after checking it</source>
        <translation>Orientason sobri direitus di pakoti inkluídu (o --pack FOLDER).
  guidance list [--lang L]                 un artigu pa linha, se id primeru
  guidance show ID [--lang L] [--pdf FILE] artigu suma testu, o un folhetu en PDF
  guidance search QUERY [--lang L]         artigus ki ten tudu palavra (tudu lingua sen --lang)
  guidance version                         ki pakoti ki sta na uzu: id, versan, data di revizon, di undi ki e ben
  guidance install PATH                    instala un pakoti más nobu di se pasta o manifest.json, dipôs di verifika-l</translation>
    </message>
    <message>
        <source>list, show, search, version or install</source>
        <translation>list, show, search, version o install</translation>
    </message>
    <message>
        <source>guidance needs an action: list, show, search, version or install.</source>
        <translation>guidance meste un asãu: list, show, search, version o install.</translation>
    </message>
    <message>
        <source>guidance install needs exactly one PATH, and no --pack.</source>
        <translation>guidance install meste izatamenti un PATH, i nenhun --pack.</translation>
    </message>
    <message>
        <source>Installed guidance %1 version %2 (was version %3) in %4.</source>
        <translation>Orientason %1 versan %2 instaladu (éra versan %3) na %4.</translation>
    </message>
    <message>
        <source>guidance version takes no more arguments.</source>
        <translation>guidance version ka ta aseita más argumentus.</translation>
    </message>
    <message>
        <source>Unknown guidance action &quot;%1&quot;: use list, show, search, version or install.</source>
        <translation>Asãu di guidance diskonxedu: &quot;%1&quot;. Uza list, show, search, version o install.</translation>
    </message>
    <message>
        <source>Warning: these anonymous clients came with a name, which was not stored: %1</source>
        <translation>Avizu: es klientis anónimu ben ku un nomi, ki ka gravadu: %1</translation>
    </message>
    <message>
        <source>Show the caseworker profile, or set it with --name (and --role). Audit and custody entries name this profile as who acted; without one they say &quot;unnamed&quot;. The --office options set the office printed on client copies and handouts.</source>
        <translation>Mostra perfil di responsavel pa kazu, o poi-l ku --name (i --role). Entradas di auditoria i di kustódia ta nomia es perfil suma kenha ki faze; sen el es ta fla &quot;unnamed&quot;. Opsons --office ta poi ofisiu ki ta inprimidu na kópias di klienti i folhetus.</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>nomi di ofisiu</translation>
    </message>
    <message>
        <source>its address (\n between lines)</source>
        <translation>se enderesu (\n entri linhas)</translation>
    </message>
    <message>
        <source>its phone number</source>
        <translation>se númeru di telefoni</translation>
    </message>
    <message>
        <source>its email address</source>
        <translation>se enderesu di e-mail</translation>
    </message>
    <message>
        <source>its time zone (America/New_York)</source>
        <translation>se zona di ora (America/New_York)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows (for example America/New_York).</source>
        <translation>&quot;%1&quot; ka é un zona di ora ki es sistema konxe (pur izénplu America/New_York).</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Ofisiu:</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zona di ora: %1</translation>
    </message>
    <message>
        <source>%1 needs a case reference and one evidence item id.</source>
        <translation>%1 meste un referénsia di kazu i un id di próva.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2.</source>
        <translation>Próva %1 ka sta na kazu %2.</translation>
    </message>
    <message>
        <source>Store a redacted copy of an image as a new evidence item derived from it, and print the new item&apos;s id. Boxes are in the pixels of the image turned upright by its EXIF orientation (&quot;faces&quot; prints them the same way). The copy carries no metadata; the original is kept unchanged and still verifies.</source>
        <translation>Grava un kópia di un imajen ku partis skondidu suma un próva nobu derivadu del, i inprimi id di ítem novu. Kuadrus sta na pixels di imajen postu direitu pa se orientason EXIF (&quot;faces&quot; ta inprimi-s mésmu manera). Kópia ka ta leba metadadus; orijinal ta fika sen mudansa i inda ta verifika.</translation>
    </message>
    <message>
        <source>a box to cover: left, top, width, height in pixels (repeat for more boxes)</source>
        <translation>un kuadru pa kubri: skerda, riba, largura, altura na pixels (ripiti pa más kuadrus)</translation>
    </message>
    <message>
        <source>fill (solid black, the default) or pixelate (coarse blocks)</source>
        <translation>fill (pretu sólidu, padron) o pixelate (blokus grandi)</translation>
    </message>
    <message>
        <source>also cover the faces OpenCV suggests (listed on stderr; detection misses faces: check the copy)</source>
        <translation>kubri tanbê karas ki OpenCV ta sujeri (listadu na stderr; detekson ta falha karas: verifika kópia)</translation>
    </message>
    <message>
        <source>redact needs at least one --box X,Y,W,H (or --suggest).</source>
        <translation>redact meste pa menus un --box X,Y,W,H (o --suggest).</translation>
    </message>
    <message>
        <source>Suggested face: %1</source>
        <translation>Kara sujeridu: %1</translation>
    </message>
    <message>
        <source>Nothing to redact: give boxes with --box. Nothing was stored.</source>
        <translation>Nada pa skondi: da kuadrus ku --box. Nada ka gravadu.</translation>
    </message>
    <message>
        <source>The same redacted copy is already on the case (item %1).</source>
        <translation>Mésmu kópia ku partis skondidu dja sta na kazu (ítem %1).</translation>
    </message>
    <message>
        <source>bpd-iad (Boston Police internal affairs, the default), accountability (the City&apos;s police accountability office), post (the state&apos;s POST Commission, for officers of any agency) or another body&apos;s name</source>
        <translation>bpd-iad (Asuntus Internus di Polísia di Boston, padron), accountability (ofisiu di prestason di kontas di polísia di Sidadi), post (POST Commission di stadu, pa ofisiais di kualker ajénsia) o nomi di otu organismu</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability, post or a body&apos;s name.</source>
        <translation>--to meste bpd-iad, accountability, post o nomi di un organismu.</translation>
    </message>
    <message>
        <source>with --pdf</source>
        <translation>ku --pdf</translation>
    </message>
    <message>
        <source>a4 or letter (default: the paper last chosen in the app, else letter)</source>
        <translation>a4 o letter (pa padron: papel skodjedu últimu bes na aplikason, si ka letter)</translation>
    </message>
    <message>
        <source>trustdesk-cli %1 does not work with an office server yet.</source>
        <translation>trustdesk-cli %1 inda ka ta funsiona ku un servidor di ofisiu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive column of the case list. Use one of: %2.</source>
        <translation>&quot;%1&quot; ka e un koluna sensível di lista di kazus. Uza un di es li: %2.</translation>
    </message>
    <message>
        <source>write the list as CSV for a spreadsheet (UTF-8 with a byte-order mark); sensitive client columns are left out unless included; recorded in the audit log</source>
        <translation>grava lista sima CSV pa un planilha (UTF-8 ku marka di orden di bytes); kolunas sensível di klienti ta fika di fora salvu si es djuntadu; ta fika gravadu na rejistu di auditoria</translation>
    </message>
    <message>
        <source>database file, or an office server&apos;s postgresql:// URI (default: %1)</source>
        <translation>arkivu di baze di dadus, o URI postgresql:// di un servidor di ofisiu (padron: %1)</translation>
    </message>
    <message>
        <source>List officers recorded in more than one incident, most incidents first: incidents, cases, badge number, agency, first and last incident, violation categories, name. Officers are recognized by badge number (spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros ignored) and agency.</source>
        <translation>Mostra ofisiais rejistadu na más di un insidenti, purmeru kes ku más insidentis: insidentis, kazus, númeru di xapa, ajénsia, purmeru i último insidenti, katigorias di violason, nomi. Ofisiais ta rekonhisidu pa númeru di xapa (spasus, &quot;#&quot;, &quot;No.&quot; i zerus na kumesu ignoradu) i ajénsia.</translation>
    </message>
    <message>
        <source>print JSON instead of one line an officer</source>
        <translation>inprimi JSON en vez di un linha pa kada ofisial</translation>
    </message>
    <message>
        <source>only officers in at least N incidents (default 2; 1 lists all)</source>
        <translation>só ofisiais na pelu menus N insidentis (padron 2; 1 ta mostra tudu)</translation>
    </message>
    <message>
        <source>instead, list the cases in which this badge number appears</source>
        <translation>en vez di kel-la, mostra kazus undi es númeru di xapa li ta aparese</translation>
    </message>
    <message>
        <source>with --badge, only this agency (records without an agency match any)</source>
        <translation>ku --badge, só es ajénsia li (rejistus sen ajénsia ta kumbina ku kualker un)</translation>
    </message>
    <message>
        <source>officers takes no arguments.</source>
        <translation>officers ka ta aseita argumentus.</translation>
    </message>
    <message>
        <source>--min-incidents needs a whole number of 1 or more.</source>
        <translation>--min-incidents meste un númeru interu di 1 pa riba.</translation>
    </message>
    <message>
        <source>--agency needs --badge.</source>
        <translation>--agency meste --badge.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cases and incidents by %1 and %2</source>
        <translation>Kazus i insidentis pa %1 i %2</translation>
    </message>
    <message>
        <source>Cases and incidents by %1</source>
        <translation>Kazus i insidentis pa %1</translation>
    </message>
    <message>
        <source>Incidents dated %1 to %2</source>
        <translation>Insidentis ku data di %1 te %2</translation>
    </message>
    <message>
        <source>Incidents dated %1 or later</source>
        <translation>Insidentis ku data di %1 pa frenti</translation>
    </message>
    <message>
        <source>Incidents dated %1 or earlier</source>
        <translation>Insidentis ku data te %1</translation>
    </message>
    <message>
        <source>* suppressed: a count from 1 to %1, or one hidden so that such a count cannot be worked out from the totals.</source>
        <translation>* skondidu: un konta di 1 te %1, o un ki foi skondidu pa kel konta ka podi diskobridu a partir di totais.</translation>
    </message>
    <message>
        <source>A case or incident can count in several rows or columns (several categories, or incidents in several months, districts or agencies); totals count each once, so they are less than the sum of their cells.</source>
        <translation>Un kazu o insidenti podi konta na txeu linha o koluna (txeu katigoria, o insidentis na txeu mes, distritu o ajénsia); totais ta konta kada un só un bes, pur isu es e menus ki soma di ses sélulas.</translation>
    </message>
    <message>
        <source>--by takes one or two dimensions, e.g. --by category,month.</source>
        <translation>--by ta aseita un o dos dimenson, pur izenplu --by category,month.</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;. Use one or two of: %2.</source>
        <translation>Dimenson diskonxedu &quot;%1&quot;. Uza un o dos di es li: %2.</translation>
    </message>
    <message>
        <source>--by names &quot;%1&quot; twice.</source>
        <translation>--by ta indika &quot;%1&quot; dos bes.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 meste un data sima YYYY-MM-DD, ka &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from ka podi ser dipos di --to.</translation>
    </message>
    <message>
        <source>--min-count needs a whole number of 1 or more.</source>
        <translation>--min-count meste un númeru interu di 1 pa riba.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Skodje --json o --csv, ka es dos.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf meste un nomi di arkivu.</translation>
    </message>
    <message>
        <source>Count cases and incidents by one or two dimensions, for an office&apos;s own overview or to publish. Counts from 1 to K-1 are suppressed, and further counts where one could otherwise be worked out from the totals; no names, references or free text are printed (docs/statistics.md).</source>
        <translation>Konta kazus i insidentis pa un o dos dimenson, pa vizon jeral di propi ofisiu o pa publika. Kontas di 1 te K-1 ta skondidu, i otus kontas ora ki un di es podia ser diskobridu a partir di totais; ninhun nomi, referénsia o testu livri ka ta inprimidu (docs/statistics.md).</translation>
    </message>
    <message>
        <source>one or two dimensions, comma-separated (default category): %1</source>
        <translation>un o dos dimenson, separadu ku vírgula (padron category): %1</translation>
    </message>
    <message>
        <source>count incidents dated on or after D (YYYY-MM-DD)</source>
        <translation>konta insidentis ku data D o dipos (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>count incidents dated on or before D (YYYY-MM-DD)</source>
        <translation>konta insidentis ku data D o antis (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>suppress counts below K (default %1)</source>
        <translation>skondi kontas baxu di K (padron %1)</translation>
    </message>
    <message>
        <source>only cases with these statuses, comma-separated</source>
        <translation>só kazus ku es status li, separadu ku vírgula</translation>
    </message>
    <message>
        <source>only the cases assigned to this caseworker</source>
        <translation>só kazus dadu a es responsavel li</translation>
    </message>
    <message>
        <source>print JSON: each count, or null when suppressed</source>
        <translation>inprimi JSON: kada konta, o null ora ki el sta skondidu</translation>
    </message>
    <message>
        <source>print CSV (UTF-8 with a byte order mark)</source>
        <translation>inprimi CSV (UTF-8 ku marka di orden di bytes)</translation>
    </message>
    <message>
        <source>also write the statistics as a PDF report to FILE</source>
        <translation>grava tanbe statístikas sima rilatóriu PDF na FILE</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>stats ka ta aseita argumentus.</translation>
    </message>
    <message>
        <source>This program cannot write PDFs.</source>
        <translation>Es prugrama li ka ta da pa grava PDFs.</translation>
    </message>
    <message>
        <source>The office key has no recovery key: give your own passphrase.</source>
        <translation>Xavi di ofisiu ka ten xavi di rekuperason: da bu propi senha.</translation>
    </message>
    <message>
        <source>write the list as an Excel workbook (.xlsx) to the file given with --out; the same columns as --csv, recorded in the audit log</source>
        <translation>grava lista sima livru di Excel (.xlsx) na arkivu dadu ku --out; mesmu kolunas ki --csv, ta fika gravadu na rejistu di auditoria</translation>
    </message>
    <message>
        <source>with --csv or --xlsx, deliberately add this sensitive client column (%1); repeatable, recorded in the audit log</source>
        <translation>ku --csv o --xlsx, djunta di propózitu es koluna sensível di klienti (%1); pode ripiti, ta fika gravadu na rejistu di auditoria</translation>
    </message>
    <message>
        <source>with --csv, write to FILE (owner-only) instead of standard output; with --xlsx, the file to write (required)</source>
        <translation>ku --csv, grava na FILE (só pa donu) en vez di saída padron; ku --xlsx, arkivu pa grava (obrigatóriu)</translation>
    </message>
    <message>
        <source>Choose one of --csv, --xlsx and --json.</source>
        <translation>Skodje só un di --csv, --xlsx i --json.</translation>
    </message>
    <message>
        <source>--include and --out need --csv or --xlsx.</source>
        <translation>--include i --out meste --csv o --xlsx.</translation>
    </message>
    <message>
        <source>An XLSX workbook is binary and is not written to a terminal. Give the file to write with --out FILE.</source>
        <translation>Un livru XLSX e binariu i el ka ta skrebedu na terminal. Da arkivu pa grava ku --out FILE.</translation>
    </message>
    <message>
        <source>--xlsx writes a file, not standard output: give it with --out FILE.</source>
        <translation>--xlsx ta grava un arkivu, ka saída padron: da-l ku --out FILE.</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for the login &quot;%1&quot; with this passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`. Without at least one person&apos;s passphrase, the evidence on this server cannot be read: give the key to two people.</source>
        <translation>Xavi di ofisiu foi kriadu i guardadu pa login &quot;%1&quot;, protejidu ku es senha li. Djunta kolégas ku `trustdesk-cli office-key add LOGIN`. Sen senha di pelu menus un pesoa, próvas di es servidor li ka ta da pa lê: da xavi pa dos pesoa.</translation>
    </message>
    <message>
        <source>The office key was wrapped for the login &quot;%1&quot;: that person now opens the evidence with their own passphrase. Nothing was re-encrypted.</source>
        <translation>Xavi di ofisiu foi guardadu pa login &quot;%1&quot;: gosi kel pesoa la ta abri próvas ku se propi senha. Nada ka foi sifradu otu bes.</translation>
    </message>
    <message>
        <source>Manage the office key of an office server, which encrypts the evidence kept in it. &quot;init&quot; makes the key and wraps it for your login with a passphrase (from --passphrase-file or asked twice). &quot;add LOGIN&quot; wraps the same key for a colleague: your passphrase comes from the usual places, theirs from --new-passphrase-file or is asked twice. &quot;list&quot; shows the logins holding the key.</source>
        <translation>Trata di xavi di ofisiu di un servidor di ofisiu, ki ta sifra próvas ki sta guardadu nel. &quot;init&quot; ta kria xavi i ta guarda-l pa bu login ku un senha (di --passphrase-file o pididu dos bes). &quot;add LOGIN&quot; ta guarda mesmu xavi pa un koléga: bu senha ta ben di lugaris di kostumi, senha di koléga ta ben di --new-passphrase-file o e pididu dos bes. &quot;list&quot; ta mostra logins ki ten xavi.</translation>
    </message>
    <message>
        <source>init, add or list</source>
        <translation>init, add o list</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s server login</source>
        <translation>pa add: login di koléga na servidor</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s passphrase, the first line of FILE</source>
        <translation>pa add: senha di koléga, primeru linha di FILE</translation>
    </message>
    <message>
        <source>office-key needs init, add LOGIN or list.</source>
        <translation>office-key meste init, add LOGIN o list.</translation>
    </message>
    <message>
        <source>An office key exists only on an office server: give --db a postgresql:// URI. A database file is encrypted with its own passphrase instead.</source>
        <translation>Xavi di ofisiu ta izisti só na un servidor di ofisiu: da --db un URI postgresql://. Un arkivu di baze di dadus, pa kontrariu, ta sifradu ku se propi senha.</translation>
    </message>
    <message>
        <source>Audit log checked only as far as your role allows: your %1 of %2 entries each match their hash. The links between everyone&apos;s entries can be checked only by a supervisor or an admin.</source>
        <translation>Rejistu di auditoria verifikadu só ti undi bu funson ta dexa: bu %1 di %2 entradas kada un ta bate ku se hash. Ligason entri entradas di tudu algen só un supervizor o un administrador ki ta pode verifika.</translation>
    </message>
    <message>
        <source>--head was not checked: the entry may be one your role cannot read.</source>
        <translation>--head ka foi verifikadu: talvês entrada e un ki bu funson ka ta pode lê.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE and of its evidence to the folder FILE.evidence beside it (safe while TrustDesk is open); together they are an openable TrustDesk database. Neither may exist yet. Every evidence file is re-hashed while it is copied: a missing or changed file stops the backup with exit code 3 and nothing is left behind. Of an office database (a postgresql:// URI), FILE alone holds everything, evidence included, encrypted with the office key.</source>
        <translation>Grava un kópia koerenti di baze di dadus na FILE i di se próvas na pasta FILE.evidence, djuntu di el (ka ten perigu mésmu ku TrustDesk abertu); djuntu es ta faze un baze di dadus di TrustDesk ki ta da pa abri. Ninhun di es dos ka debe izisti inda. Hash di kada arkivu di próva ta kalkuladu di novu duranti kópia: un arkivu ki sta faltadu o ki muda ta para kópia di seguransa ku kódigu di saida 3 i nada ka ta fika pa tras. Di un baze di dadus di ofisiu (un URI postgresql://), só FILE ta guarda tudu, próvas inkluzive, sifradu ku xavi di ofisiu.</translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents and its evidence with the backup FILE and the folder FILE.evidence beside it. The backup is verified first, every evidence file re-hashed; a backup that does not verify is refused and nothing changes. Run it while TrustDesk is closed. An encrypted backup (FILE.vault beside it) opens with the passphrase it was made with or the recovery key; it restores into an encrypted database, or onto a new path, which then opens like the backup. It is never restored into an unencrypted database. A plaintext backup restored into an encrypted database is encrypted on the way. An office backup restores into an empty office database only (a postgresql:// URI), opened with the passphrase of a login that held the office key when it was made.</source>
        <translation>Troka kontiudu di baze di dadus i se próvas pa kópia di seguransa FILE i pa pasta FILE.evidence djuntu di el. Purmeru kópia di seguransa ta verifikadu, ku hash di kada arkivu di próva kalkuladu di novu; un kópia ki ka pasa na verifikason ta ruzadu i nada ka ta muda. Roda-l ku TrustDesk fitxadu. Un kópia di seguransa sifradu (ku FILE.vault djuntu di el) ta abri ku senha ki el foi fetu ku el o ku xavi di rekuperason; el ta rekuperadu na un baze di dadus sifradu, o na un kaminhu novu, ki dipôs ta abri sima kópia di seguransa. Nunka el ka ta rekuperadu na un baze di dadus sen sifra. Un kópia sen sifra ki ta rekuperadu na un baze di dadus sifradu ta sifradu na kaminhu. Un kópia di seguransa di ofisiu ta rekuperadu só na un baze di dadus di ofisiu vaziu (un URI postgresql://), abertu ku senha di un login ki tinha xavi di ofisiu kantu el foi fetu.</translation>
    </message>
    <message>
        <source>office backup: whose copy of the office key opens it (default: the login of --db)</source>
        <translation>kópia di seguransa di ofisiu: di kenha ki e kópia di xavi di ofisiu ki ta abri-l (padron: login di --db)</translation>
    </message>
    <message>
        <source>--login is for restoring an office backup into an office database.</source>
        <translation>--login e pa rekupera un kópia di seguransa di ofisiu na un baze di dadus di ofisiu.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so there is no passphrase to change. Your server login&apos;s password is the server administrator&apos;s to change.</source>
        <translation>Es servidor di ofisiu li inda ka ten xavi di ofisiu, pur isu ka ten senha pa muda. Senha di bu login na servidor e administrador di servidor ki ta muda-l.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key was changed: the old one no longer opens the evidence on this server as &quot;%1&quot;. Colleagues keep their own passphrases; nothing was re-encrypted. Your server login&apos;s password is unchanged.</source>
        <translation>Bu senha di xavi di ofisiu muda: kel antigu dja ka ta abri próvas di es servidor li komu &quot;%1&quot;. Kolégas ta fika ku ses propi senha; nada ka foi sifradu di novu. Senha di bu login na servidor ka muda.</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted database. The current passphrase (or the recovery key) comes from the usual places; the new one from --new-passphrase-file, else it is asked twice on the terminal. Only the key file is rewritten, in one step: after a crash exactly one of the two passphrases works. The recovery key stays the same. Backups made before keep opening with the passphrase they were made with. On an office server (--db postgresql://…) it changes your own passphrase for the office key instead.</source>
        <translation>Muda senha di un baze di dadus sifradu. Senha atual (o xavi di rekuperason) ta ben di lugaris di kustumi; kel novu ta ben di --new-passphrase-file, o é pididu dos bes na terminal. Só arkivu di xavi ki ta gravadu di novu, di un bes: dipôs di un falha, izatamenti un di kes dos senha ta funsiona. Xavi di rekuperason ta fika mésmu. Kópias di seguransa fetu antis ta kontinua ta abri ku senha ki es foi fetu ku el. Na un servidor di ofisiu (--db postgresql://…), el ta muda, na se lugar, bu propi senha di xavi di ofisiu.</translation>
    </message>
    <message>
        <source>An office server is not encrypted with a passphrase: encrypt turns a database file into a vault. On a server, its logins and TLS protect the case data, and the evidence is already encrypted with the office key (`trustdesk-cli office-key`).</source>
        <translation>Un servidor di ofisiu ka ta sifradu ku un senha: encrypt ta transforma un arkivu di baze di dadus na un baze sifradu. Na un servidor, ses login i TLS ta proteje dadus di kazus, i próvas dja sta sifradu ku xavi di ofisiu (`trustdesk-cli office-key`).</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for your login with the office passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`.</source>
        <translation>Xavi di ofisiu foi kriadu i protejidu pa bu login ku bu senha di ofisiu. Djunta kolégas ku `trustdesk-cli office-key add LOGIN`.</translation>
    </message>
    <message>
        <source>Office key passphrase: </source>
        <translation>Senha di xavi di ofisiu: </translation>
    </message>
    <message>
        <source>The server&apos;s office key needs your office passphrase: give --office-passphrase-file FILE or run migrate at a terminal.</source>
        <translation>Xavi di ofisiu di servidor meste bu senha di ofisiu: da --office-passphrase-file FILE o roda migrate na un terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</source>
        <translation>
            <numerusform>Kopiadu %n kazu(s) i %1 próva(s) (%2 bytes) pa %3 i verifikadu: tudu tabela ten mésmu linhas, kadeia di auditoria sta interu i kada próva ta lidu di novu ku se SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was only read: keep it as it is until colleagues have worked on the server for a while, then delete it with its evidence folder (or keep it as a backup in a safe place).</source>
        <translation>%1 foi só lidu: guarda-l sima el sta ti kolégas trabadja na servidor un tenpu, dipôs apaga-l ku se pasta di próvas (o guarda-l komu kópia di seguransa na un lugar siguru).</translation>
    </message>
    <message>
        <source>Copy the database file given with --db, with its evidence, into an empty office server (--to URI), then check the copy. The file is only read. An encrypted file opens with its passphrase as usual (--passphrase-file…). The evidence on the server is encrypted with the office key: when the server has none, it is made and wrapped with your office passphrase (--office-passphrase-file or asked twice); otherwise that passphrase unlocks it. Nothing is kept on the server unless everything copied and checked.</source>
        <translation>Kopia arkivu di baze di dadus dadu ku --db, ku se próvas, pa un servidor di ofisiu vaziu (--to URI), dipôs verifika kópia. Arkivu ta lidu só. Un arkivu sifradu ta abri ku se senha sima sempri (--passphrase-file…). Próvas na servidor ta sifradu ku xavi di ofisiu: si servidor ka ten ninhun, el ta kriadu i protejidu ku bu senha di ofisiu (--office-passphrase-file o pididu dos bes); si ten, kel senha la ta dizbloka-l. Nada ka ta fika na servidor si tudu ka kopiadu i verifikadu.</translation>
    </message>
    <message>
        <source>the office server, a postgresql:// URI (required)</source>
        <translation>servidor di ofisiu, un URI postgresql:// (obrigatóriu)</translation>
    </message>
    <message>
        <source>your passphrase for the office key, the first line of FILE (not the file&apos;s passphrase)</source>
        <translation>bu senha di xavi di ofisiu, purmeru linha di FILE (ka senha di arkivu)</translation>
    </message>
    <message>
        <source>print a summary as JSON</source>
        <translation>mostra un rezumu na JSON</translation>
    </message>
    <message>
        <source>migrate takes no arguments.</source>
        <translation>migrate ka ta aseita argumentus.</translation>
    </message>
    <message>
        <source>migrate needs --to URI.</source>
        <translation>migrate meste --to URI.</translation>
    </message>
    <message>
        <source>migrate copies a database file: give --db the file and --to the server.</source>
        <translation>migrate ta kopia un arkivu di baze di dadus: da --db arkivu i --to servidor.</translation>
    </message>
    <message>
        <source>--to needs an office server&apos;s postgresql:// URI.</source>
        <translation>--to meste URI postgresql:// di un servidor di ofisiu.</translation>
    </message>
    <message>
        <source>The database file is at schema version %1, this version of TrustDesk at %2: open it once with the app or change it with trustdesk-cli to upgrade it, then migrate.</source>
        <translation>Arkivu di baze di dadus sta na versan di skema %1, es versan di TrustDesk li na %2: abri-l un bes ku aplikason o muda-l ku trustdesk-cli pa atualiza-l, dipôs roda migrate.</translation>
    </message>
    <message>
        <source>The office server already holds data (table &quot;%1&quot; has rows): migrate copies only into an empty office database. Nothing was changed.</source>
        <translation>Servidor di ofisiu dja ten dadus (tabela &quot;%1&quot; ten linhas): migrate ta kopia só pa un baze di dadus di ofisiu vaziu. Nada ka muda.</translation>
    </message>
    <message>
        <source>Migrating into the office database</source>
        <translation>Ta pasa dadus pa baze di dadus di ofisiu</translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 bytes</source>
        <translation>Próvas: %1 di %2 bytes</translation>
    </message>
    <message>
        <source>Checking the copy: %1 of %2</source>
        <translation>Ta verifika kópia: %1 di %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Ta kopia %1: %2 di %3 linhas</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 dja ta izisti; skodje un nomi novu pa kópia di seguransa.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Ta faze kópia di seguransa</translation>
    </message>
    <message>
        <source>It holds the whole office database, evidence included, encrypted with the office key: it opens with the passphrase of a person who held the key when it was made.</source>
        <translation>El ta guarda tudu baze di dadus di ofisiu, próvas inkluzive, sifradu ku xavi di ofisiu: el ta abri ku senha di un pesoa ki tinha xavi kantu el foi fetu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; the office database is unchanged. %2</source>
        <translation>&quot;%1&quot; ka foi rekuperadu; baze di dadus di ofisiu ka muda. %2</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Ta rekupera</translation>
    </message>
    <message>
        <source>Say whose passphrase opens the backup with --login: one of %1.</source>
        <translation>Fla ku --login di kenha ki e senha ki ta abri kópia di seguransa: un di es: %1.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>Verifikason FADJA: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: %1 (made %2 by %3, schema %4; %n evidence item(s) open whole, audit log of %5 entries chains)</source>
        <translation>
            <numerusform>Kópia di seguransa verifikadu: %1 (fetu na %2 pa %3, skema %4; %n próva(s) ta abri interu, kadeia di rejistu di auditoria di %5 entradas sta interu)</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy on the server differs from the database file (%1). Nothing was kept on the server.</source>
        <translation>Kópia na servidor e diferenti di arkivu di baze di dadus (%1). Nada ka fika na servidor.</translation>
    </message>
    <message>
        <source>Evidence item %1 (%2) of case %3 could not be copied: %4 Nothing was kept on the server.</source>
        <translation>Ka da pa kopia próva %1 (%2) di kazu %3: %4 Nada ka fika na servidor.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 on the server</source>
        <translation>%1: %2 linhas, %3 na servidor</translation>
    </message>
    <message>
        <source>%1: the rows&apos; contents</source>
        <translation>%1: kontiudu di linhas</translation>
    </message>
    <message>
        <source>evidence item %1 (%2)</source>
        <translation>próva %1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sin</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nau</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is now %2 on this office server.</source>
        <translation>Login &quot;%1&quot; gosi ten funson %2 na es servidor di ofisiu li.</translation>
    </message>
    <message>
        <source>the person&apos;s server login</source>
        <translation>login di pesoa na servidor</translation>
    </message>
    <message>
        <source>for role: caseworker, supervisor or admin</source>
        <translation>pa role: caseworker, supervisor o admin</translation>
    </message>
    <message>
        <source>for add: caseworker, supervisor or admin</source>
        <translation>pa add: caseworker, supervisor o admin</translation>
    </message>
    <message>
        <source>for list: print JSON</source>
        <translation>pa list: mostra JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use caseworker, supervisor or admin.</source>
        <translation>&quot;%1&quot; ka e un funson: uza caseworker, supervisor o admin.</translation>
    </message>
    <message>
        <source>Staff and roles exist only on an office server: give --db a postgresql:// URI. A database file belongs to whoever can open it.</source>
        <translation>Pesoal i funson ta izisti só na un servidor di ofisiu: da --db un URI postgresql://. Un arkivu di baze di dadus e di kenha ki ta konsigi abri-l.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no role on this office server any more; the login itself was kept.</source>
        <translation>Login &quot;%1&quot; dja ka ten funson na es servidor di ofisiu li; propi login fika.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; had no role on this office server.</source>
        <translation>Login &quot;%1&quot; ka tinha funson na es servidor di ofisiu li.</translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity, links between records, the search index and case numbering, and re-hash every evidence file in the store (changed, missing or unexpected files fail). Changes nothing but the evidence chain of custody, which records each verification. With --backup FILE, check an office database&apos;s backup instead, without restoring it: every seal, the row counts, the audit chain and every evidence item&apos;s sealed chunks.</source>
        <translation>Verifika baze di dadus: integridadi di SQLite, ligason entri rejistus, índisi di buska i numerason di kazus, i kalkula di novu hash di kada arkivu di próva na depózitu (arkivus mudadu, faltadu o inisperadu ta faze verifikason fadja). Nada ka ta muda, fora kadeia di kustódia di próvas, ki ta rejista kada verifikason. Ku --backup FILE, el ta verifika, na se lugar, kópia di seguransa di un baze di dadus di ofisiu, sen rekupera-l: kada selu, kantidadi di linhas, kadeia di auditoria i pedasus seladu di kada próva.</translation>
    </message>
    <message>
        <source>check this office backup file instead</source>
        <translation>verifika es arkivu di kópia di seguransa di ofisiu na se lugar</translation>
    </message>
    <message>
        <source>with --backup: whose copy of the office key opens it (default: the login of --db, or the only one)</source>
        <translation>ku --backup: di kenha ki e kópia di xavi di ofisiu ki ta abri-l (padron: login di --db, o úniku ki ten)</translation>
    </message>
    <message>
        <source>--login goes with --backup.</source>
        <translation>--login ta bai ku --backup.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure, 4 wrong or missing passphrase or recovery key, 5 not allowed to this login by the office server.</source>
        <translation>Kódigus di saida: 0 ok, 1 uzu, 2 entrada mariadu o ka atxadu, 3 falha di integridadi, 4 senha o xavi di rekuperason eradu o ki ta falta, 5 servidor di escritóriu ka ta dexa es login faze-l.</translation>
    </message>
    <message>
        <source>office passphrase file</source>
        <translation>arkivu di senha di ofisiu</translation>
    </message>
    <message>
        <source>login password file</source>
        <translation>arkivu di senha di login</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has a new password; its old one no longer opens the office server.</source>
        <translation>Login &quot;%1&quot; ten un senha novu; kel antigu dja ka ta abri servidor di ofisiu.</translation>
    </message>
    <message>
        <source>Manage the people of an office server (admins only). &quot;add LOGIN --role ROLE&quot; gives a login a role, creating the login (without a password, or with the first line of --password-file, ASCII only, of which the server receives only the SCRAM-SHA-256 verifier) when it is missing; &quot;role LOGIN ROLE&quot; changes it; &quot;password LOGIN --password-file FILE&quot; gives a staff member a new password (the same rules) and keeps the role; &quot;remove LOGIN&quot; takes every role away (the login stays); &quot;list&quot; shows login, role and whether the person holds the office key. Roles: caseworker, supervisor, admin.</source>
        <translation>Trata di pesoas di un servidor di ofisiu (só administrador). &quot;add LOGIN --role ROLE&quot; ta da un login un funson, i ta kria login si el ka ta izisti (sen senha, o ku purmeru linha di --password-file, só ASCII, ki di el servidor ta rasebe só verifikador SCRAM-SHA-256); &quot;role LOGIN ROLE&quot; ta muda-l; &quot;password LOGIN --password-file FILE&quot; ta da un ménbru di pesoal un senha novu (ku mésmu régras) i ta guarda se funson; &quot;remove LOGIN&quot; ta tira tudu funson (login ta fika); &quot;list&quot; ta mostra login, funson i si pesoa ten xavi di ofisiu. Funson: caseworker, supervisor, admin.</translation>
    </message>
    <message>
        <source>add, role, password, remove or list</source>
        <translation>add, role, password, remove o list</translation>
    </message>
    <message>
        <source>for add and password: the login&apos;s password (ASCII), the first line of FILE; only its SCRAM-SHA-256 verifier is sent to the server</source>
        <translation>pa add i password: senha di login (ASCII), purmeru linha di FILE; só se verifikador SCRAM-SHA-256 ki ta mandadu pa servidor</translation>
    </message>
    <message>
        <source>staff needs add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN or list.</source>
        <translation>staff meste add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN o list.</translation>
    </message>
</context>
</TS>
