<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the audit log</source>
        <translation>Запись в журнал аудита</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Чтение журнала аудита</translation>
    </message>
    <message>
        <source>Audit entry %1 is the first one but does not start the chain: earlier entries were removed.</source>
        <translation>Запись аудита %1 — первая, но не начинает цепочку: более ранние записи были удалены.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries between them were removed or inserted, or entry %2 was changed.</source>
        <translation>Запись аудита %1 не следует за записью %2: записи между ними были удалены или вставлены, либо запись %2 была изменена.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its hash does not match its contents.</source>
        <translation>Запись аудита %1 была изменена после записи: её хеш не совпадает с содержимым.</translation>
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
        <translation>%1: диск заполнен.</translation>
    </message>
    <message>
        <source>%1: the copy could not be completed.</source>
        <translation>%1: не удалось завершить копирование.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>«%1» уже существует; выберите для резервной копии новое имя файла.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Папка «%1» не существует.</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>Не удалось начать резервное копирование.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be created.</source>
        <translation>Не удалось создать файл резервной копии «%1».</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be opened.</source>
        <translation>Не удалось открыть файл резервной копии «%1».</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>The backup file could not be finished.</source>
        <translation>Не удалось завершить файл резервной копии.</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>Не удалось записать резервную копию на диск.</translation>
    </message>
    <message>
        <source>The backup did not verify, so it was discarded: %1</source>
        <translation>Резервная копия не прошла проверку и была удалена: %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place.</source>
        <translation>Не удалось переместить резервную копию на место.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Нельзя восстановить базу данных из неё самой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>«%1» не восстановлен: %2</translation>
    </message>
    <message>
        <source>The restore could not be started.</source>
        <translation>Не удалось начать восстановление.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>Не удалось открыть «%1».</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>The backup&apos;s evidence folder could not be created: %1</source>
        <translation>Не удалось создать папку доказательств резервной копии: %1</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>Резервная копия не записана: %1</translation>
    </message>
    <message>
        <source>The backup was not written, because evidence files in the store are missing or have changed (run verify to check the whole store):</source>
        <translation>Резервная копия не записана, потому что файлы доказательств в хранилище отсутствуют или изменились (запустите verify, чтобы проверить всё хранилище):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, and a backup keeps its evidence there; choose a new file name for the backup.</source>
        <translation>«%1» уже существует, а резервная копия хранит там свои доказательства; выберите для резервной копии новое имя файла.</translation>
    </message>
    <message>
        <source>Evidence kept being removed while the backup ran, so it was not written. Try again when no one is removing evidence.</source>
        <translation>Во время резервного копирования доказательства продолжали удаляться, поэтому копия не записана. Попробуйте снова, когда никто не удаляет доказательства.</translation>
    </message>
    <message>
        <source>Evidence files of the backup are missing or have changed:</source>
        <translation>Файлы доказательств резервной копии отсутствуют или изменились:</translation>
    </message>
    <message>
        <source>the evidence cannot be written beside the database: %1</source>
        <translation>не удаётся записать доказательства рядом с базой данных: %1</translation>
    </message>
    <message>
        <source>evidence files of the backup are missing or have changed:</source>
        <translation>файлы доказательств резервной копии отсутствуют или изменились:</translation>
    </message>
    <message>
        <source>The database was restored, but its evidence could not be put in place (%1). Run the restore again.</source>
        <translation>База данных восстановлена, но её доказательства не удалось поместить на место (%1). Запустите восстановление ещё раз.</translation>
    </message>
    <message>
        <source>The backup was canceled; nothing was written.</source>
        <translation>Резервное копирование отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>The restore was canceled; nothing was changed.</source>
        <translation>Восстановление отменено; ничего не изменилось.</translation>
    </message>
    <message>
        <source>The check of the backup was canceled.</source>
        <translation>Проверка резервной копии отменена.</translation>
    </message>
    <message>
        <source>This backup is encrypted: it opens only with the passphrase it was made with, or the recovery key.</source>
        <translation>Эта резервная копия зашифрована: она открывается только паролем, с которым она была сделана, или ключом восстановления.</translation>
    </message>
    <message>
        <source>the backup cannot be encrypted beside the database: %1</source>
        <translation>резервную копию нельзя зашифровать рядом с базой данных: %1</translation>
    </message>
    <message>
        <source>The backup was not written: the key file could not be copied.</source>
        <translation>Резервная копия не записана: не удалось скопировать файл ключей.</translation>
    </message>
    <message>
        <source>the backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new database, or encrypt this one first.</source>
        <translation>резервная копия зашифрована, а эта база данных нет, поэтому её дела были бы записаны без шифрования. Восстановите её в новую базу данных или сначала зашифруйте эту.</translation>
    </message>
    <message>
        <source>the backup is of another encrypted database, and its evidence files are sealed with that database&apos;s keys. Restore it to a new path instead.</source>
        <translation>резервная копия относится к другой зашифрованной базе данных, и её файлы доказательств запечатаны ключами той базы. Восстановите её по новому пути.</translation>
    </message>
    <message>
        <source>the backup is not encrypted and holds evidence files, which would be placed unencrypted into this encrypted database. Restore it to a new path, then encrypt that database (trustdesk-cli encrypt).</source>
        <translation>резервная копия не зашифрована и содержит файлы доказательств, которые попали бы в эту зашифрованную базу данных без шифрования. Восстановите её по новому пути, затем зашифруйте ту базу данных (trustdesk-cli encrypt).</translation>
    </message>
    <message>
        <source>The database was restored, but the audit entries made since the backup could not be added back to its log: %1</source>
        <translation>База данных восстановлена, но записи аудита, сделанные после резервной копии, не удалось вернуть в её журнал: %1</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>TrustDesk backup %1</source>
        <translation>Резервная копия TrustDesk %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>The backup is in %1.

Its evidence files are in the folder %2 beside it. Keep the two together: copy or move them as a pair, because the backup is not complete without its evidence folder.</source>
        <translation>Резервная копия находится в %1.

Её файлы доказательств находятся в папке %2 рядом с ней. Храните их вместе: копируйте и перемещайте только парой, потому что без папки доказательств резервная копия неполная.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 уже существует. Резервная копия никогда не заменяет файлы: выберите другое имя.</translation>
    </message>
    <message>
        <source>The folder %1 already exists, and this backup would keep its evidence there. A backup never replaces anything: choose another name.</source>
        <translation>Папка %1 уже существует, а эта резервная копия хранила бы там свои доказательства. Резервная копия никогда ничего не заменяет: выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…и ещё %n.</numerusform>
            <numerusform>…и ещё %n.</numerusform>
            <numerusform>…и ещё %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>The cases could not be counted</source>
        <translation>Не удалось подсчитать дела</translation>
    </message>
    <message>
        <source>The audit log could not be read</source>
        <translation>Не удалось прочитать журнал аудита</translation>
    </message>
</context>
<context>
    <name>BackupWrite</name>
    <message>
        <source>Back Up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Back-up canceled; nothing was written.</source>
        <translation>Резервное копирование отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Резервная копия не записана.</translation>
    </message>
    <message>
        <source>The changes you have not saved yet in the open case are not in this backup.</source>
        <translation>Изменения в открытом деле, которые вы ещё не сохранили, не вошли в эту резервную копию.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Резервная копия записана в %1</translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation>Резервная копия записана</translation>
    </message>
</context>
<context>
    <name>BusyTask</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>CaseConflict</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Происшествие %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Последующие действия</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Кто-то другой</translation>
    </message>
    <message>
        <source>%1 changed case %2.</source>
        <translation>%1 изменил(а) дело %2.</translation>
    </message>
    <message>
        <source>%1 changed case %2 at %3.</source>
        <translation>%1 изменил(а) дело %2 (%3).</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Сотрудник по делу</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Hidden (sensitive)</source>
        <translation>Скрыто (конфиденциально)</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Происшествие %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Полицейский округ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>жетон %1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Полицейский</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Поданные жалобы</translation>
    </message>
    <message>
        <source>%1, %2, tracking number %3, %4</source>
        <translation>%1, %2, номер обращения %3, %4</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Последующие действия</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>St&amp;atus</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>&amp;Открыто</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>&amp;Закрыто</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>Со&amp;трудник по делу</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Не удалось записать экспорт: %1</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… и ещё %n проблема.</numerusform>
            <numerusform>… и ещё %n проблемы.</numerusform>
            <numerusform>… и ещё %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added:
  %1</source>
        <translation>Файл не импортирован; ничего не добавлено:
  %1</translation>
    </message>
    <message>
        <source>The file is empty: it holds no TrustDesk cases.</source>
        <translation>Файл пуст: в нём нет дел TrustDesk.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>Файл не является корректным JSON (строка %1, столбец %2: %3).</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: it must be a JSON object with &quot;format&quot;: &quot;trustdesk-cases&quot;.</source>
        <translation>Это не файл дел TrustDesk: он должен быть объектом JSON с &quot;format&quot;: &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: its &quot;format&quot; must be &quot;trustdesk-cases&quot;.</source>
        <translation>Это не файл дел TrustDesk: его &quot;format&quot; должен быть &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>&quot;version&quot; файла должен быть целым числом от 1.</translation>
    </message>
    <message>
        <source>The file was made by a newer TrustDesk (format version %1); this version reads version %2. Update TrustDesk to import it.</source>
        <translation>Файл создан более новой версией TrustDesk (версия формата %1); эта версия читает версию %2. Обновите TrustDesk, чтобы импортировать его.</translation>
    </message>
    <message>
        <source>is required and must be a list.</source>
        <translation>обязательно и должно быть списком.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>должно быть объектом.</translation>
    </message>
    <message>
        <source>repeats the reference of cases[%1].</source>
        <translation>повторяет номер дела cases[%1].</translation>
    </message>
    <message>
        <source>is already used by a case in this database.</source>
        <translation>уже используется делом в этой базе данных.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added: %1</source>
        <translation>Файл не импортирован; ничего не добавлено: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TrustDesk case file.</source>
        <translation>%1 — это папка, а не файл дел TrustDesk.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB: split it into several files.</source>
        <translation>%1 больше 1 ГиБ: разделите его на несколько файлов.</translation>
    </message>
    <message>
        <source>is not a sensitive field.</source>
        <translation>не является конфиденциальным полем.</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>must be an object.</source>
        <translation>должно быть объектом.</translation>
    </message>
    <message>
        <source>is not a known violation category code.</source>
        <translation>не является известным кодом категории нарушения.</translation>
    </message>
    <message>
        <source>repeats the category &quot;%1&quot;.</source>
        <translation>повторяет категорию «%1».</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>не может быть отрицательным.</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits.</source>
        <translation>должно состоять из 64 шестнадцатеричных цифр в нижнем регистре.</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>должно быть одним из: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known case status.</source>
        <translation>«%1» — неизвестный статус дела.</translation>
    </message>
</context>
<context>
    <name>CaseListCsv</name>
    <message>
        <source>Reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Последнее происшествие</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Сотрудник по делу</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Экспорт остановлен.</translation>
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
        <translation>Экспорт списка дел</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>The case list was not exported: %1</source>
        <translation>Список дел не экспортирован: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Экспортировано %n дело в %1.</numerusform>
            <numerusform>Экспортировано %n дела в %1.</numerusform>
            <numerusform>Экспортировано %n дел в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Последнее происшествие</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Сотрудник по делу</translation>
    </message>
</context>
<context>
    <name>CaseListReader</name>
    <message>
        <source>Reading the case list</source>
        <translation>Чтение списка дел</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Экспорт остановлен.</translation>
    </message>
    <message>
        <source>%1 cannot be exported in a list.</source>
        <translation>%1 нельзя экспортировать в списке.</translation>
    </message>
</context>
<context>
    <name>CaseListXlsx</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>a heading was refused</source>
        <translation>заголовок столбца не принят</translation>
    </message>
    <message>
        <source>no header was written</source>
        <translation>строка заголовков не записана</translation>
    </message>
    <message>
        <source>The list has more cases than a spreadsheet holds (%1 rows). Narrow the list, or export it as CSV.</source>
        <translation>В списке больше дел, чем вмещает электронная таблица (строк: %1). Сократите список или экспортируйте его в CSV.</translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Сотрудник по делу</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>[withheld]</source>
        <translation>[скрыто]</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Происшествие %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Полицейский округ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Полицейский</translation>
    </message>
    <message>
        <source>%1, badge %2, unit %3, %4</source>
        <translation>%1, жетон %2, подразделение %3, %4</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Последующие действия</translation>
    </message>
    <message>
        <source>Sensitive fields are withheld. Use --include FIELD or --include-sensitive to show them (recorded in the audit log).</source>
        <translation>Конфиденциальные поля скрыты. Чтобы показать их, используйте --include ПОЛЕ или --include-sensitive (это записывается в журнал аудита).</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>Reading cases</source>
        <translation>Чтение дел</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Дела %1 нет.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Дело больше не существует.</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>У дела %1 неизвестный статус.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not saved:
%1</source>
        <translation>Дело не сохранено:
%1</translation>
    </message>
    <message>
        <source>The case %1 no longer exists; it was not saved.</source>
        <translation>Дело %1 больше не существует; оно не сохранено.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Дело %1: %2</translation>
    </message>
    <message>
        <source>Deleting the case</source>
        <translation>Удаление дела</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Обновление поискового индекса</translation>
    </message>
    <message>
        <source>%1 Your changes were not saved; nothing was written.</source>
        <translation>%1 Ваши изменения не сохранены; ничего не записано.</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>Сохранение дела</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Intake</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Сбор доказательств</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>Готово к подаче</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
</context>
<context>
    <name>CaseTextRedactor</name>
    <message>
        <source>Client notes</source>
        <translation>Заметки о клиенте</translation>
    </message>
    <message>
        <source>Incident %1, %2</source>
        <translation>Инцидент %1, %2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>police district</source>
        <translation>полицейский участок</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>ведомство</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>описание событий</translation>
    </message>
    <message>
        <source>Incident %1, officer %2, %3</source>
        <translation>Инцидент %1, сотрудник полиции %2, %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>номер жетона</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>Incident %1, witness %2, %3</source>
        <translation>Инцидент %1, свидетель %2, %3</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>показания</translation>
    </message>
    <message>
        <source>Evidence %1, %2</source>
        <translation>Доказательство %1, %2</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <source>provided by</source>
        <translation>предоставил</translation>
    </message>
    <message>
        <source>Filing %1, %2</source>
        <translation>Жалоба %1, %2</translation>
    </message>
    <message>
        <source>filed with</source>
        <translation>подана в</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>способ подачи</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>номер для отслеживания</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>Follow-up %1, note</source>
        <translation>Дальнейшее действие %1, заметка</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The case reference must look like TD-2026-00042.</source>
        <translation>Номер дела должен выглядеть как TD-2026-00042.</translation>
    </message>
    <message>
        <source>The date the case was opened is required.</source>
        <translation>Дата открытия дела обязательна.</translation>
    </message>
    <message>
        <source>A case cannot be closed before it was opened.</source>
        <translation>Дело не может быть закрыто раньше, чем открыто.</translation>
    </message>
    <message>
        <source>Say whom the complaint was filed with.</source>
        <translation>Укажите, куда подана жалоба.</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>Для последующего действия нужен срок.</translation>
    </message>
    <message>
        <source>The SHA-256 must be 64 lowercase hexadecimal digits.</source>
        <translation>SHA-256 должен состоять из 64 шестнадцатеричных цифр в нижнем регистре.</translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation>Размер не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The original file name is required.</source>
        <translation>Исходное имя файла обязательно.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name, or mark the client as anonymous.</source>
        <translation>Введите имя клиента или отметьте клиента как анонимного.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Это не похоже на номер телефона.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Это не похоже на адрес электронной почты.</translation>
    </message>
    <message>
        <source>The incident date is required.</source>
        <translation>Дата происшествия обязательна.</translation>
    </message>
    <message>
        <source>Unknown violation category &quot;%1&quot;.</source>
        <translation>Неизвестная категория нарушения «%1».</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, badge number or a description.</source>
        <translation>Укажите имя полицейского, номер жетона или описание.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Эта дата в будущем.</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Saving the case</source>
        <translation>Сохранение дела</translation>
    </message>
    <message>
        <source>The case numbering could not be read.</source>
        <translation>Не удалось прочитать нумерацию дел.</translation>
    </message>
    <message>
        <source>The client this case belongs to no longer exists.</source>
        <translation>Клиент, к которому относится это дело, больше не существует.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Anonymous client</source>
        <translation>Анонимный клиент</translation>
    </message>
</context>
<context>
    <name>ClientCopy</name>
    <message>
        <source>Your complaint</source>
        <translation>Ваша жалоба</translation>
    </message>
    <message>
        <source>A short record of the complaint about police conduct filed for you, and what to do next. Keep this paper in a safe place.</source>
        <translation>Краткая запись о жалобе на действия полиции, поданной от вашего имени, и о том, что делать дальше. Храните этот лист в надёжном месте.</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Номер дела:</translation>
    </message>
    <message>
        <source>To be filed with:</source>
        <translation>Будет подана в:</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>Подготовлено:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Номер обращения:</translation>
    </message>
    <message>
        <source>Filed with:</source>
        <translation>Подана в:</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>Дата подачи:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Способ:</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>Дата происшествия:</translation>
    </message>
    <message>
        <source>What the complaint is about:</source>
        <translation>Суть жалобы:</translation>
    </message>
    <message>
        <source>Your caseworker:</source>
        <translation>Ваш сотрудник по делу:</translation>
    </message>
    <message>
        <source>The client copy could not be printed.</source>
        <translation>Не удалось напечатать копию для клиента.</translation>
    </message>
    <message>
        <source>Your legal-aid office:</source>
        <translation>Ваша организация юридической помощи:</translation>
    </message>
</context>
<context>
    <name>ClientField</name>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Предпочитаемое имя</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Нужен переводчик</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Страна рождения</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Иммиграционный статус</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Номер A</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Согласие на подачу</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Sensitive: withheld from complaint reports, exports and printouts unless someone deliberately includes it (which is recorded).</source>
        <translation>Конфиденциально: не попадает в отчёты о жалобах, экспорт и распечатки, если только кто-то не включит это намеренно (что записывается).</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Нужен переводчик</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Эл. по&amp;чта</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Согласие на подачу</translation>
    </message>
    <message>
        <source>Sensitive field</source>
        <translation>Конфиденциальное поле</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>По&amp;лное имя</translation>
    </message>
    <message>
        <source>Prefe&amp;rred name</source>
        <translation>Пр&amp;едпочитаемое имя</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage</source>
        <translation>Предпочитаемый &amp;язык</translation>
    </message>
    <message>
        <source>Coun&amp;try of birth</source>
        <translation>Стра&amp;на рождения</translation>
    </message>
    <message>
        <source>Immigration &amp;status</source>
        <translation>&amp;Иммиграционный статус</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Номер A</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>ClientMatcher</name>
    <message>
        <source>Looking for existing clients</source>
        <translation>Поиск существующих клиентов</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>create or migrate the database</source>
        <translation>создать или обновить базу данных</translation>
    </message>
    <message>
        <source>list cases, optionally of one status</source>
        <translation>перечислить дела, при желании только с одним статусом</translation>
    </message>
    <message>
        <source>full-text search over cases</source>
        <translation>полнотекстовый поиск по делам</translation>
    </message>
    <message>
        <source>check integrity and invariants (exit 3 on failure)</source>
        <translation>проверить целостность и правила (код выхода 3 при ошибке)</translation>
    </message>
    <message>
        <source>add fictional demo cases (for demos and benchmarks)</source>
        <translation>добавить вымышленные демонстрационные дела (для демонстраций и замеров)</translation>
    </message>
    <message>
        <source>export cases as TrustDesk JSON</source>
        <translation>экспортировать дела в формате TrustDesk JSON</translation>
    </message>
    <message>
        <source>import a TrustDesk JSON file, all or nothing</source>
        <translation>импортировать файл TrustDesk JSON, всё или ничего</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>показать одно дело</translation>
    </message>
    <message>
        <source>attach files to a case as evidence</source>
        <translation>прикрепить файлы к делу как доказательства</translation>
    </message>
    <message>
        <source>write the client&apos;s copy of a complaint as a PDF</source>
        <translation>записать копию жалобы для клиента в PDF</translation>
    </message>
    <message>
        <source>list a case&apos;s evidence (SHA-256 first)</source>
        <translation>перечислить доказательства по делу (сначала SHA-256)</translation>
    </message>
    <message>
        <source>export a case&apos;s evidence with a manifest</source>
        <translation>экспортировать доказательства по делу с описью</translation>
    </message>
    <message>
        <source>write a case&apos;s complaint submission as a PDF</source>
        <translation>записать жалобу по делу для подачи в PDF</translation>
    </message>
    <message>
        <source>write a consistent, verified copy of the database and its evidence</source>
        <translation>записать согласованную проверенную копию базы данных и её доказательств</translation>
    </message>
    <message>
        <source>replace the database and its evidence with a verified backup</source>
        <translation>заменить базу данных и её доказательства проверенной резервной копией</translation>
    </message>
    <message>
        <source>remove an evidence item from a case, with a reason</source>
        <translation>удалить элемент доказательств из дела с указанием причины</translation>
    </message>
    <message>
        <source>list the audit log; &quot;audit verify&quot; checks its chain (exit 3 on a break)</source>
        <translation>показать журнал аудита; &quot;audit verify&quot; проверяет его цепочку (код выхода 3 при разрыве)</translation>
    </message>
    <message>
        <source>change an encrypted database&apos;s passphrase</source>
        <translation>сменить пароль зашифрованной базы данных</translation>
    </message>
    <message>
        <source>encrypt a plaintext database in place, safely</source>
        <translation>безопасно зашифровать незашифрованную базу данных на месте</translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one to the current schema. A new database is encrypted: its passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal), and its recovery key is shown once or written to --recovery-key-out.</source>
        <translation>Создать базу данных или привести существующую к текущей схеме. Новая база данных шифруется: её пароль берётся из --passphrase-file (или из файла, указанного в TRUSTDESK_PASSPHRASE_FILE, или запрашивается дважды в терминале), а ключ восстановления показывается один раз или записывается в --recovery-key-out.</translation>
    </message>
    <message>
        <source>show or set the caseworker profile recorded as the actor</source>
        <translation>показать или задать профиль сотрудника по делу, который записывается как исполнитель</translation>
    </message>
    <message>
        <source>rights guidance: list, show (--pdf), search, version, install</source>
        <translation>памятки о правах: list, show (--pdf), search, version, install</translation>
    </message>
    <message>
        <source>store a redacted copy of an image (boxes filled or pixelated)</source>
        <translation>сохранить копию изображения со скрытыми фрагментами (закрашенными или пикселизированными)</translation>
    </message>
    <message>
        <source>suggest boxes over faces in an image, for review</source>
        <translation>предложить рамки вокруг лиц на изображении, для проверки</translation>
    </message>
    <message>
        <source>list repeat officers, or the cases of one badge number</source>
        <translation>показать полицейских, встречающихся повторно, или дела с одним номером жетона</translation>
    </message>
    <message>
        <source>count cases and incidents by category, month, district…</source>
        <translation>подсчитать дела и происшествия по категориям, месяцам, округам…</translation>
    </message>
    <message>
        <source>manage the office key that encrypts an office server&apos;s evidence</source>
        <translation>управлять ключом организации, которым шифруются доказательства на сервере организации</translation>
    </message>
    <message>
        <source>copy a database file with its evidence into an office server</source>
        <translation>скопировать файл базы данных вместе с доказательствами на сервер организации</translation>
    </message>
    <message>
        <source>manage the people of an office server and their roles</source>
        <translation>управлять сотрудниками на сервере организации и их ролями</translation>
    </message>
</context>
<context>
    <name>ComplaintRecipient</name>
    <message>
        <source>Boston Police Department, Internal Affairs Division</source>
        <translation>Полицейское управление Бостона, Отдел внутренних расследований</translation>
    </message>
    <message>
        <source>City of Boston, Office of Police Accountability and Transparency</source>
        <translation>Город Бостон, Управление по подотчётности и прозрачности полиции</translation>
    </message>
    <message>
        <source>Massachusetts Peace Officer Standards and Training (POST) Commission</source>
        <translation>Massachusetts Peace Officer Standards and Training (POST) Commission</translation>
    </message>
    <message>
        <source>Complaints about any certified officer in the Commonwealth</source>
        <translation>Жалобы на любого сертифицированного полицейского в штате Массачусетс</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Аудиозапись</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Complaint submission %1</source>
        <translation>Жалоба для подачи %1</translation>
    </message>
    <message>
        <source>Incident %1 of %2</source>
        <translation>Происшествие %1 из %2</translation>
    </message>
    <message>
        <source>DRAFT: the client&apos;s consent to file is not recorded in the case. Do not send this document until consent is recorded.</source>
        <translation>ЧЕРНОВИК: согласие клиента на подачу жалобы не записано в деле. Не отправляйте этот документ, пока согласие не будет записано.</translation>
    </message>
    <message>
        <source>Complaint about police conduct</source>
        <translation>Жалоба на действия полиции</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>The complainant, who asks to remain anonymous</source>
        <translation>Заявитель, который просит сохранить анонимность</translation>
    </message>
    <message>
        <source>Filed on the complainant&apos;s behalf</source>
        <translation>Подана от имени заявителя</translation>
    </message>
    <message>
        <source>%1, on the complainant&apos;s behalf</source>
        <translation>%1, от имени заявителя</translation>
    </message>
    <message>
        <source>An anonymous complainant</source>
        <translation>Анонимный заявитель</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Not given: the complainant asks to remain anonymous</source>
        <translation>Не указано: заявитель просит сохранить анонимность</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Needed for any interview</source>
        <translation>Нужен на любой беседе</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не нужен</translation>
    </message>
    <message>
        <source>Information withheld.</source>
        <translation>Сведения не включены.</translation>
    </message>
    <message>
        <source>To protect the complainant, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the complainant agrees.</source>
        <translation>Чтобы защитить заявителя, в этот документ не включены следующие виды сведений: %1. Подающий жалобу может предоставить их следователю, если они понадобятся для расследования и заявитель согласится.</translation>
    </message>
    <message>
        <source>Included at the filer&apos;s deliberate choice: %1.</source>
        <translation>Включено по сознательному выбору подающего жалобу: %1.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Происшествия</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Полицейский округ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>Причастные полицейские</translation>
    </message>
    <message>
        <source>Name not known</source>
        <translation>Имя неизвестно</translation>
    </message>
    <message>
        <source>No officer could be identified.</source>
        <translation>Не удалось установить ни одного полицейского.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Номер жетона</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Badge numbers are given exactly as the complainant recorded them.</source>
        <translation>Номера жетонов приведены точно так, как их записал заявитель.</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>The conduct is described in the account below.</source>
        <translation>Действия описаны в рассказе ниже.</translation>
    </message>
    <message>
        <source> (incident %1)</source>
        <translation> (происшествие %1)</translation>
    </message>
    <message>
        <source>Source [%1]: %2, %3.</source>
        <translation>Источник [%1]: %2, %3.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>No account was written down.</source>
        <translation>Рассказ не записан.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>No witnesses are named.</source>
        <translation>Свидетели не названы.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>What they saw or heard</source>
        <translation>Что они видели или слышали</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>No exhibits are attached.</source>
        <translation>Приложений нет.</translation>
    </message>
    <message>
        <source>Each exhibit is identified by its SHA-256 fingerprint: any change to the file changes the fingerprint.</source>
        <translation>Каждое приложение определяется своим отпечатком SHA-256: любое изменение файла меняет отпечаток.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Без описания</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Предоставил</translation>
    </message>
    <message>
        <source>We ask that you investigate the conduct described above, keep the complainant&apos;s identity and the withheld information confidential, give a tracking number for this complaint, and inform the complainant, through the filer, of the outcome.</source>
        <translation>Просим расследовать описанные выше действия, сохранить в тайне личность заявителя и не включённые сведения, присвоить этой жалобе номер обращения и сообщить заявителю о результате через подающего жалобу.</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Запрашиваемые меры</translation>
    </message>
    <message>
        <source>I declare that the information in this complaint is true and correct to the best of my knowledge.</source>
        <translation>Заявляю, что сведения в этой жалобе верны и точны, насколько мне известно.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf and with their consent, given on %1. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>Я подаю эту жалобу от имени заявителя и с его согласия, полученного %1. Заявляю, что в ней правдиво изложено то, что мне сообщили заявитель и свидетели.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>Я подаю эту жалобу от имени заявителя. Заявляю, что в ней правдиво изложено то, что мне сообщили заявитель и свидетели.</translation>
    </message>
    <message>
        <source>The information in this complaint is true and correct to the best of the complainant&apos;s knowledge.</source>
        <translation>Сведения в этой жалобе верны и точны, насколько известно заявителю.</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Подпись (необязательно)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Name (printed)</source>
        <translation>Имя (печатными буквами)</translation>
    </message>
    <message>
        <source>Complaint submission · %1</source>
        <translation>Жалоба для подачи · %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Создано %1</translation>
    </message>
    <message>
        <source>The complaint could not be printed.</source>
        <translation>Не удалось напечатать жалобу.</translation>
    </message>
    <message>
        <source>To protect the complainant and the witnesses, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the people concerned agree.</source>
        <translation>Чтобы защитить заявителя и свидетелей, в этот документ не включены следующие виды сведений: %1. Подающий жалобу может предоставить их следователю, если они понадобятся для расследования и соответствующие люди согласятся.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Не включено</translation>
    </message>
    <message>
        <source>Words in the accounts below that touch on immigration status were reviewed by the filer and are given as written.</source>
        <translation>Слова в приведённых ниже рассказах, касающиеся иммиграционного статуса, проверены подавшим жалобу и приводятся так, как они написаны.</translation>
    </message>
    <message>
        <source>Rule: %1, %2.</source>
        <translation>Правило: %1, %2.</translation>
    </message>
    <message>
        <source>It applies to: %1.</source>
        <translation>Применяется к: %1.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Источник: %1.</translation>
    </message>
    <message>
        <source>See also the guidance “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>См. также памятку «%1», памятки %2 (версия %3, проверено %4).</translation>
    </message>
    <message>
        <source>Guidance: “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Памятка: «%1», памятки %2 (версия %3, проверено %4).</translation>
    </message>
    <message>
        <source>Redacted copy of exhibit %1: parts of the image are covered.</source>
        <translation>Копия приложения %1 со скрытыми фрагментами: части изображения закрыты.</translation>
    </message>
    <message>
        <source>Redacted copy: parts of the image are covered.</source>
        <translation>Копия со скрытыми фрагментами: части изображения закрыты.</translation>
    </message>
    <message>
        <source>Original, not pictured: its redacted copy is exhibit %1.</source>
        <translation>Оригинал не показан: его копия со скрытыми фрагментами — приложение %1.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>Не удаётся записать таблицу: %1</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>Recording the chain of custody</source>
        <translation>Запись цепочки хранения</translation>
    </message>
    <message>
        <source>Reading the chain of custody</source>
        <translation>Чтение цепочки хранения</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Starting to save</source>
        <translation>Начало сохранения</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Не удалось создать папку «%1».</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be created.</source>
        <translation>Не удалось создать файл базы данных «%1».</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>База данных «%1» не существует.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>Файл базы данных повреждён и не читается.</translation>
    </message>
    <message>
        <source>This file is not a TrustDesk database. It was left untouched.</source>
        <translation>Этот файл не является базой данных TrustDesk. Он не был изменён.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of TrustDesk. Update TrustDesk to open it.</source>
        <translation>Эта база данных записана более новой версией TrustDesk. Обновите TrustDesk, чтобы открыть её.</translation>
    </message>
    <message>
        <source>Setting up the database</source>
        <translation>Подготовка базы данных</translation>
    </message>
    <message>
        <source>The database cannot be opened: the disk is full. Free some space and try again.</source>
        <translation>Не удаётся открыть базу данных: диск заполнен. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The database key is missing.</source>
        <translation>Отсутствует ключ базы данных.</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens only with its passphrase or recovery key.</source>
        <translation>Эта база данных зашифрована: её можно открыть только паролем или ключом восстановления.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>Шифрование недоступно в этой системе.</translation>
    </message>
    <message>
        <source>The database could not be opened encrypted; nothing was written to it.</source>
        <translation>Не удалось открыть базу данных в зашифрованном виде; в неё ничего не записано.</translation>
    </message>
    <message>
        <source>The encrypted database could not be set up.</source>
        <translation>Не удалось подготовить зашифрованную базу данных.</translation>
    </message>
    <message>
        <source>An office server database is not opened with a vault key: its connection is protected by the server&apos;s login and TLS.</source>
        <translation>База данных на сервере организации не открывается ключом хранилища: её соединение защищено входом на сервер и TLS.</translation>
    </message>
    <message>
        <source>Starting to save: a save is already under way.</source>
        <translation>Не удаётся начать сохранение: сохранение уже идёт.</translation>
    </message>
    <message>
        <source>Office servers need Qt&apos;s PostgreSQL driver: install the package libqt6sql6-psql.</source>
        <translation>Для серверов организации нужен драйвер PostgreSQL для Qt: установите пакет libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The office database &quot;%1&quot; holds no TrustDesk data yet (run trustdesk-cli init to set it up).</source>
        <translation>В базе данных организации «%1» ещё нет данных TrustDesk (чтобы подготовить её, выполните trustdesk-cli init).</translation>
    </message>
    <message>
        <source>This database is not a TrustDesk database. It was left untouched.</source>
        <translation>Эта база данных — не база данных TrustDesk. Она не была изменена.</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network connection, then try again; nothing you typed is lost.</source>
        <translation>Не удаётся связаться с сервером организации. Проверьте подключение к сети и попробуйте снова; ничего из введённого вами не потеряно.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Файл «%1» не существует.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Не удаётся прочитать файл «%1»: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a TrustDesk database.</source>
        <translation>Файл «%1» пуст. Это не база данных TrustDesk.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a TrustDesk database (it is not an SQLite database at all).</source>
        <translation>Файл «%1» не является базой данных TrustDesk (и вообще не является базой данных SQLite).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged (its header is invalid).</source>
        <translation>Файл «%1» повреждён (неверный заголовок).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: it is shorter than its own header says (it may have been cut off while copying). It was left untouched.</source>
        <translation>Файл «%1» повреждён: он короче, чем указано в его заголовке (возможно, он был обрезан при копировании). Он не был изменён.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a TrustDesk database. It was left untouched.</source>
        <translation>Файл «%1» — это база данных SQLite другой программы, а не TrustDesk. Он не был изменён.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of TrustDesk (schema %2; this version knows up to %3). Update TrustDesk to open it. It was left untouched.</source>
        <translation>Файл «%1» записан более новой версией TrustDesk (схема %2; эта версия знает схемы до %3). Обновите TrustDesk, чтобы открыть его. Он не был изменён.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. TrustDesk needs to write to its database; copy it to a folder you can write to, or change its permissions.</source>
        <translation>Файл «%1» доступен только для чтения. TrustDesk нужно записывать в свою базу данных; скопируйте её в папку, куда можно записывать, или измените права доступа.</translation>
    </message>
    <message>
        <source>The folder holding &quot;%1&quot; is read-only. TrustDesk needs to write beside its database file.</source>
        <translation>Папка с «%1» доступна только для чтения. TrustDesk нужно записывать файлы рядом со своей базой данных.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft has an invalid name.</source>
        <translation>У черновика недопустимое имя.</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Не удаётся создать папку черновиков %1.</translation>
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation>Не удаётся сохранить черновик: %1</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>Не удаётся удалить черновик %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <source>Attach Evidence Files</source>
        <translation>Прикрепить файлы доказательств</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Удалить доказательство</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this case?

Its file leaves the evidence store unless another case holds the same file. Say why: the reason stays in the chain of custody.</source>
        <translation>Удалить «%1» из этого дела?

Его файл будет удалён из хранилища доказательств, если только тот же файл не хранится в другом деле. Укажите причину: она останется в цепочке хранения.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; is a symbolic link. Choose a real folder.</source>
        <translation>Папка экспорта «%1» — символическая ссылка. Выберите настоящую папку.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>«%1» существует и не является папкой.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty. Export into a new or empty folder so nothing is overwritten.</source>
        <translation>Папка «%1» не пуста. Экспортируйте в новую или пустую папку, чтобы ничего не перезаписать.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Не удалось создать папку «%1».</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is missing from the evidence store and was not exported.</source>
        <translation>Доказательство «%1» отсутствует в хранилище доказательств и не было экспортировано.</translation>
    </message>
    <message>
        <source>The export folder cannot be written: %1</source>
        <translation>Не удаётся записать в папку экспорта: %1</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Экспорт остановлен: %1</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; has CHANGED since it was attached (SHA-256 mismatch) and was not exported.</source>
        <translation>Доказательство «%1» ИЗМЕНИЛОСЬ после прикрепления (SHA-256 не совпадает) и не было экспортировано.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;: %2</source>
        <translation>Доказательство «%1»: %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>элемент %1</translation>
    </message>
    <message>
        <source>Its metadata could not be removed (%1), so it was not exported. Export with metadata included to hand it over as stored.</source>
        <translation>Не удалось удалить его метаданные (%1), поэтому он не экспортирован. Экспортируйте с метаданными, чтобы передать его в том виде, в каком он хранится.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be saved.</source>
        <translation>Не удалось сохранить очищенную копию.</translation>
    </message>
    <message>
        <source>The exported copy could not be read.</source>
        <translation>Не удалось прочитать экспортированную копию.</translation>
    </message>
    <message>
        <source>image too large</source>
        <translation>изображение слишком большое</translation>
    </message>
    <message>
        <source>damaged or unusual image</source>
        <translation>повреждённое или необычное изображение</translation>
    </message>
    <message>
        <source>The export folder cannot be written.</source>
        <translation>В папку экспорта нельзя записывать.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written (is the disk full?).</source>
        <translation>Не удалось записать очищенную копию (диск заполнен?).</translation>
    </message>
</context>
<context>
    <name>EvidenceJob</name>
    <message>
        <source>&quot;%1&quot; was not attached: canceled.</source>
        <translation>«%1» не прикреплён: отменено.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;.</source>
        <translation>«%1» прикреплён.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file of imported evidence.</source>
        <translation>«%1» прикреплён: файл импортированного доказательства.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already attached to this case as &quot;%2&quot;; it is stored once.</source>
        <translation>«%1» уже прикреплён к этому делу как «%2»; он хранится один раз.</translation>
    </message>
    <message>
        <source>Verifying the evidence store</source>
        <translation>Проверка хранилища доказательств</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) are intact.</source>
        <translation>
            <numerusform>%n файл доказательств цел.</numerusform>
            <numerusform>Все %n файла доказательств целы.</numerusform>
            <numerusform>Все %n файлов доказательств целы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file before showing it</source>
        <translation>Проверка файла перед показом</translation>
    </message>
</context>
<context>
    <name>EvidenceLabels</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Полицейский</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Прикреплено</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Сведения изменены</translation>
    </message>
    <message>
        <source>redacted copy of item %1</source>
        <translation>копия элемента %1 со скрытыми фрагментами</translation>
    </message>
    <message>
        <source>redacted copy of %1</source>
        <translation>копия %1 со скрытыми фрагментами</translation>
    </message>
    <message>
        <source>camera clock</source>
        <translation>часы камеры</translation>
    </message>
    <message>
        <source>time the file was last changed</source>
        <translation>время последнего изменения файла</translation>
    </message>
    <message>
        <source>entered by the caseworker</source>
        <translation>введено сотрудником по делу</translation>
    </message>
    <message>
        <source>source of the time not recorded</source>
        <translation>источник времени не записан</translation>
    </message>
    <message>
        <source>file changed</source>
        <extracomment>A time that is only when the evidence file was last modified, in a narrow table cell.</extracomment>
        <translation>изменение файла</translation>
    </message>
    <message>
        <source>entered</source>
        <extracomment>A time a caseworker typed in, in a narrow table cell.</extracomment>
        <translation>введено вручную</translation>
    </message>
    <message>
        <source>Photo taken %1 (camera clock)</source>
        <translation>Снято %1 (по часам камеры)</translation>
    </message>
    <message>
        <source>Recorded %1 (device clock)</source>
        <translation>Записано %1 (по часам устройства)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when the photo was taken)</source>
        <translation>Файл последний раз изменён %1 (не обязательно тогда, когда сделано фото)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when it was made)</source>
        <translation>Файл последний раз изменён %1 (не обязательно тогда, когда он создан)</translation>
    </message>
    <message>
        <source>Photo taken %1 (as entered by the caseworker)</source>
        <translation>Снято %1 (со слов сотрудника по делу, введено вручную)</translation>
    </message>
    <message>
        <source>Made %1 (as entered by the caseworker)</source>
        <translation>Создано %1 (со слов сотрудника по делу, введено вручную)</translation>
    </message>
    <message>
        <source>Dated %1 (source of the time not recorded)</source>
        <translation>Дата: %1 (источник времени не записан)</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Импортированы только сведения; файла нет в хранилище доказательств.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
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
        <translation>Экспорт доказательств TrustDesk</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Дело: %1</translation>
    </message>
    <message>
        <source>Exported: %1 by %2</source>
        <translation>Экспортировано: %1, %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Элементов: %1</translation>
    </message>
    <message>
        <source>Check the files with: sha256sum -c SHA256SUMS</source>
        <translation>Проверьте файлы командой: sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(нет файла)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>Исходное имя: %1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>Тип файла: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Размер: %1 байт</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Captured: %1</source>
        <translation>Снято: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Added: %1 by %2</source>
        <translation>Добавлено: %1, %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Описание: %1</translation>
    </message>
    <message>
        <source>Chain of custody:</source>
        <translation>Цепочка хранения:</translation>
    </message>
    <message>
        <source>Custody of items removed from the case:</source>
        <translation>Хранение элементов, удалённых из дела:</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>элемент %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>removed from this copy (%1); SHA-256 of the copy: %2</source>
        <translation>удалены из этой копии (%1); SHA-256 копии: %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <source>kept as stored (included on purpose)</source>
        <translation>сохранены как есть (включены намеренно)</translation>
    </message>
    <message>
        <source>not removed: TrustDesk cannot clean this kind of file</source>
        <translation>не удалены: TrustDesk не умеет очищать файлы такого типа</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Метаданные: %1</translation>
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
        <translation>без имени</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Type: %1, %2</source>
        <translation>Тип: %1, %2</translation>
    </message>
    <message>
        <source>Type: %1, %2 (%3 bytes)</source>
        <translation>Тип: %1, %2 (%3 байт)</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Файл «%1» не существует.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link. Attach the file it points to instead.</source>
        <translation>«%1» — символическая ссылка. Прикрепите файл, на который она указывает.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Attach the files inside it instead.</source>
        <translation>«%1» — папка. Прикрепите файлы, которые в ней находятся.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket) and cannot be attached.</source>
        <translation>«%1» не является обычным файлом (это устройство, канал или сокет), и его нельзя прикрепить.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: permission denied.</source>
        <translation>Не удаётся прочитать файл «%1»: доступ запрещён.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Не удаётся прочитать файл «%1»: %2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Ошибка чтения «%1»: %2. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Writing the copy of &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Ошибка записи копии «%1»: %2. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot; could not be copied. Nothing was stored; free some space and try again.</source>
        <translation>Диск заполнен: не удалось скопировать «%1». Ничего не сохранено; освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was being copied. Nothing was stored; try again once the file is complete.</source>
        <translation>«%1» изменился во время копирования. Ничего не сохранено; попробуйте снова, когда файл будет полностью готов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted or moved while it was being copied. Nothing was stored.</source>
        <translation>«%1» был удалён или перемещён во время копирования. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; was canceled. Nothing was stored.</source>
        <translation>Копирование «%1» отменено. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation>Чтение доказательств</translation>
    </message>
    <message>
        <source>Looking up the case</source>
        <translation>Поиск дела</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Дела %1 нет.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; is not a folder. Nothing was stored.</source>
        <translation>Хранилище доказательств «%1» не является папкой. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; could not be created. Nothing was stored.</source>
        <translation>Не удалось создать хранилище доказательств «%1». Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Неизвестный источник «%1». Используйте один из: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty (0 bytes): there is nothing to attach.</source>
        <translation>Файл «%1» пуст (0 байт): прикреплять нечего.</translation>
    </message>
    <message>
        <source>The evidence store cannot be written: %1. Nothing was stored.</source>
        <translation>Не удаётся записать в хранилище доказательств: %1. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be placed in the evidence store: %2. Nothing was stored.</source>
        <translation>Не удалось поместить «%1» в хранилище доказательств: %2. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>Прикрепление доказательств</translation>
    </message>
    <message>
        <source>The new evidence record could not be read back.</source>
        <translation>Не удалось прочитать новую запись о доказательстве.</translation>
    </message>
    <message>
        <source>There is no evidence item %1.</source>
        <translation>Элемента доказательств %1 нет.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in the evidence store: only its details were imported.</source>
        <translation>У «%1» нет файла в хранилище доказательств: импортированы только сведения.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is missing from the evidence store.</source>
        <translation>Файл «%1» отсутствует в хранилище доказательств.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; has changed since it was attached: its SHA-256 no longer matches.</source>
        <translation>Файл «%1» изменился после прикрепления: его SHA-256 больше не совпадает.</translation>
    </message>
    <message>
        <source>Give a reason for removing evidence: it is kept in the chain of custody.</source>
        <translation>Укажите причину удаления доказательства: она сохраняется в цепочке хранения.</translation>
    </message>
    <message>
        <source>Removing evidence</source>
        <translation>Удаление доказательства</translation>
    </message>
    <message>
        <source>The file could not be removed from the evidence store: %1</source>
        <translation>Не удалось удалить файл из хранилища доказательств: %1</translation>
    </message>
    <message>
        <source>Saving the evidence details</source>
        <translation>Сохранение сведений о доказательстве</translation>
    </message>
    <message>
        <source>The date captured is in the future. Give a date and time that have passed, or leave it unknown.</source>
        <translation>Дата съёмки в будущем. Укажите уже прошедшие дату и время или оставьте её неизвестной.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; is damaged: it does not decrypt as it was written.</source>
        <translation>Сохранённый файл «%1» повреждён: он не расшифровывается так, как был записан.</translation>
    </message>
    <message>
        <source>The redacted copy could not be stored: %1. Nothing was stored.</source>
        <translation>Не удалось сохранить копию со скрытыми фрагментами: %1. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The redacted copy is empty.</source>
        <translation>Копия со скрытыми фрагментами пуста.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not the file the redaction was made from. Nothing was stored.</source>
        <translation>Элемент доказательств %1 — не тот файл, из которого сделана копия. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Storing a redacted copy</source>
        <translation>Сохранение копии со скрытыми фрагментами</translation>
    </message>
    <message>
        <source>The evidence on an office server is encrypted with the office key, which is not unlocked.</source>
        <translation>Доказательства на сервере организации зашифрованы ключом организации, а он не разблокирован.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreConversion</name>
    <message>
        <source>The evidence can only be encrypted into an encrypted database.</source>
        <translation>Доказательства можно зашифровать только в зашифрованную базу данных.</translation>
    </message>
    <message>
        <source>The encrypted evidence store must be a new folder, not the plaintext one.</source>
        <translation>Зашифрованное хранилище доказательств должно быть новой папкой, а не незашифрованной.</translation>
    </message>
    <message>
        <source>The encrypted evidence store &quot;%1&quot; already exists and does not hold the evidence intact:</source>
        <translation>Зашифрованное хранилище доказательств «%1» уже существует, и доказательства в нём не целы:</translation>
    </message>
    <message>
        <source>The encrypted evidence store cannot be written beside the database: %1</source>
        <translation>Зашифрованное хранилище доказательств нельзя записать рядом с базой данных: %1</translation>
    </message>
    <message>
        <source>The evidence was not encrypted, because files in the evidence store are missing or have changed (run verify to check the whole store):</source>
        <translation>Доказательства не зашифрованы, потому что в хранилище доказательств не хватает файлов или они изменились (запустите verify, чтобы проверить всё хранилище):</translation>
    </message>
    <message>
        <source>The encrypted evidence did not read back intact, so it was discarded:</source>
        <translation>Зашифрованные доказательства при повторном чтении оказались не целы, поэтому они отброшены:</translation>
    </message>
    <message>
        <source>The encrypted evidence store could not be put in place: %1</source>
        <translation>Не удалось поставить на место зашифрованное хранилище доказательств: %1</translation>
    </message>
    <message>
        <source>The plaintext evidence store &quot;%1&quot; could not be deleted completely.</source>
        <translation>Не удалось полностью удалить незашифрованное хранилище доказательств «%1».</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreCopy</name>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing (expected at %3).</source>
        <translation>Дело %1: доказательство «%2» отсутствует (ожидалось в %3).</translation>
    </message>
    <message>
        <source>The disk is full: the evidence could not be copied.</source>
        <translation>Диск заполнен: не удалось скопировать доказательства.</translation>
    </message>
    <message>
        <source>The evidence could not be copied: %1</source>
        <translation>Не удалось скопировать доказательства: %1</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read (%3).</source>
        <translation>Дело %1: не удаётся прочитать доказательство «%2» (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: a link or folder is in its place (%3).</source>
        <translation>Дело %1: доказательство «%2» нельзя проверить: на его месте ссылка или папка (%3).</translation>
    </message>
    <message>
        <source>Copying the evidence was canceled.</source>
        <translation>Копирование доказательств отменено.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; was deleted while it was being read (%3).</source>
        <translation>Дело %1: доказательство «%2» было удалено во время чтения (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read to the end (%3).</source>
        <translation>Дело %1: доказательство «%2» не удаётся прочитать до конца (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; changed while it was being read (%3).</source>
        <translation>Дело %1: доказательство «%2» изменилось во время чтения (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Дело %1: доказательство «%2» ИЗМЕНИЛОСЬ после прикрепления: ожидался SHA-256 %3, найден %4.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is damaged: it does not decrypt, so it was changed, cut short, extended or replaced (%3).</source>
        <translation>Дело %1: доказательство «%2» повреждено: оно не расшифровывается, значит, его изменили, обрезали, удлинили или заменили (%3).</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>it cannot be read</source>
        <translation>его нельзя прочитать</translation>
    </message>
    <message>
        <source>a link or folder is in its place</source>
        <translation>на его месте ссылка или папка</translation>
    </message>
    <message>
        <source>The verification was canceled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>it could not be read to the end</source>
        <translation>его не удалось дочитать до конца</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the evidence store (expected at %3).</source>
        <translation>Дело %1: доказательство «%2» отсутствует в хранилище доказательств (ожидалось в %3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: %3 (%4).</source>
        <translation>Дело %1: доказательство «%2» нельзя проверить: %3 (%4).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Дело %1: доказательство «%2» ИЗМЕНИЛОСЬ после прикрепления: ожидался SHA-256 %3, найден %4.</translation>
    </message>
    <message>
        <source>The evidence store %1 is not a folder.</source>
        <translation>Хранилище доказательств %1 не является папкой.</translation>
    </message>
    <message>
        <source>The evidence store can be opened by other accounts (mode %1); it should be 0700.</source>
        <translation>Хранилище доказательств могут открыть другие учётные записи (режим %1); должно быть 0700.</translation>
    </message>
    <message>
        <source>Unexpected file in the evidence store: %1 (%2).</source>
        <translation>Непредвиденный файл в хранилище доказательств: %1 (%2).</translation>
    </message>
    <message>
        <source>a symbolic link, not followed</source>
        <translation>символическая ссылка, не открывалась</translation>
    </message>
    <message>
        <source>left over from an interrupted import or removal</source>
        <translation>остался после прерванного импорта или удаления</translation>
    </message>
    <message>
        <source>not part of the store&apos;s layout</source>
        <translation>не входит в структуру хранилища</translation>
    </message>
    <message>
        <source>The evidence folder %1 can be opened by other accounts; it should be 0700.</source>
        <translation>Папку доказательств %1 могут открыть другие учётные записи; должно быть 0700.</translation>
    </message>
    <message>
        <source>no evidence item holds it</source>
        <translation>ни один элемент доказательств его не содержит</translation>
    </message>
    <message>
        <source>The evidence file %1 can be read by other accounts; it should be 0400.</source>
        <translation>Файл доказательства %1 могут прочитать другие учётные записи; должно быть 0400.</translation>
    </message>
    <message>
        <source>it does not decrypt: it was changed, cut short, extended or replaced</source>
        <translation>не расшифровывается: его изменили, обрезали, удлинили или заменили</translation>
    </message>
    <message>
        <source>The evidence on this office server can be checked only with the office key.</source>
        <translation>Доказательства на этом сервере организации можно проверить только с ключом организации.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the office server.</source>
        <translation>Дело %1: доказательство «%2» отсутствует на сервере организации.</translation>
    </message>
    <message>
        <source>The evidence could not be read from the office server.</source>
        <translation>Не удалось прочитать доказательства с сервера организации.</translation>
    </message>
</context>
<context>
    <name>FaceSuggester</name>
    <message>
        <source>Face suggestions need OpenCV&apos;s face models, which are not installed: %1 is missing or cannot be read. Install the package opencv-data, or draw the boxes by hand.</source>
        <translation>Для поиска лиц нужны модели лиц OpenCV, но они не установлены: %1 отсутствует или не читается. Установите пакет opencv-data или нарисуйте рамки вручную.</translation>
    </message>
</context>
<context>
    <name>FieldRegistry</name>
    <message>
        <source>Not a time: type it as HH:MM, e.g. 14:30.</source>
        <translation>Это не время: введите в виде ЧЧ:ММ, например 14:30.</translation>
    </message>
    <message>
        <source>Not a date: type it like %1.</source>
        <translation>Это не дата: введите её так: %1.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Open TrustDesk Database</source>
        <translation>Открыть базу данных TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite *.trustdesk *.db);;All files (*)</source>
        <translation>Базы данных TrustDesk (*.sqlite *.trustdesk *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New TrustDesk Database</source>
        <translation>Новая база данных TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite)</source>
        <translation>Базы данных TrustDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>Сохранить резервную копию как</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk)</source>
        <translation>Резервные копии TrustDesk (*.trustdesk)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk *.sqlite *.db);;All files (*)</source>
        <translation>Резервные копии TrustDesk (*.trustdesk *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save Recovery Key As</source>
        <translation>Сохранить ключ восстановления как</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>Экспорт списка дел</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Экспорт статистики</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Office Server&apos;s Certificate Authority</source>
        <translation>Центр сертификации сервера организации</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore Office Backup</source>
        <translation>Восстановить резервную копию организации</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob);;All files (*)</source>
        <translation>Резервные копии организации TrustDesk (*.tdob);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>FileMoves</name>
    <message>
        <source>The folder could not be moved into place: %1</source>
        <translation>Не удалось переместить папку на место: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpQuery</name>
    <message>
        <source>Reading follow-ups</source>
        <translation>Чтение последующих действий</translation>
    </message>
</context>
<context>
    <name>GeneratedReportLog</name>
    <message>
        <source>Recording the generated report</source>
        <translation>Запись созданного отчёта</translation>
    </message>
    <message>
        <source>Reading the generated reports</source>
        <translation>Чтение созданных отчётов</translation>
    </message>
</context>
<context>
    <name>GuidanceHandout</name>
    <message>
        <source>There is no guidance article &quot;%1&quot;.</source>
        <translation>Памятки «%1» нет.</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>Памятка недоступна на языке «%1».</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Language: %1 (%2). Translation status: %3.</source>
        <translation>Язык: %1 (%2). Состояние перевода: %3.</translation>
    </message>
    <message>
        <source>Guidance pack %1, version %2, last reviewed %3. This is general information, not legal advice.</source>
        <translation>Пакет памяток %1, версия %2, последняя проверка %3. Это общая информация, а не юридическая консультация.</translation>
    </message>
    <message>
        <source>TrustDesk rights guidance · %1</source>
        <translation>Памятка TrustDesk о правах · %1</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>Не удалось напечатать памятку.</translation>
    </message>
    <message>
        <source>Your legal-aid office</source>
        <translation>Ваша организация юридической помощи</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Источники проверены: %1</translation>
    </message>
</context>
<context>
    <name>GuidancePackLoader</name>
    <message>
        <source>%1 is missing or unreadable.</source>
        <translation>%1 отсутствует или не читается.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 слишком велик.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 не является корректным текстом UTF-8.</translation>
    </message>
    <message>
        <source>manifest.json: %1 needs a text value for &quot;%2&quot;.</source>
        <translation>manifest.json: %1 требует текстовое значение для &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (at byte %1: %2).</source>
        <translation>manifest.json не является корректным JSON (байт %1: %2).</translation>
    </message>
    <message>
        <source>manifest.json is not a TrustDesk guidance pack manifest.</source>
        <translation>manifest.json не является манифестом пакета памяток TrustDesk.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;last_reviewed&quot; must be a date like 2026-11-24.</source>
        <translation>manifest.json: &quot;last_reviewed&quot; должно быть датой, например 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 needs a web address (https://…).</source>
        <translation>manifest.json: источнику %1 нужен веб-адрес (https://…).</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has direction &quot;%2&quot;; use ltr or rtl.</source>
        <translation>manifest.json: у языка %1 направление «%2»; используйте ltr или rtl.</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has an unknown review status &quot;%2&quot;.</source>
        <translation>manifest.json: у языка %1 неизвестный статус проверки «%2».</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid language code.</source>
        <translation>manifest.json: «%1» — недопустимый код языка.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid article id.</source>
        <translation>manifest.json: «%1» — недопустимый идентификатор статьи.</translation>
    </message>
    <message>
        <source>manifest.json must list sources, languages and articles.</source>
        <translation>manifest.json должен перечислять источники, языки и статьи.</translation>
    </message>
    <message>
        <source>The source language %1 is not among the pack&apos;s languages.</source>
        <translation>Исходного языка %1 нет среди языков пакета.</translation>
    </message>
    <message>
        <source>Article %1 is listed twice.</source>
        <translation>Статья %1 указана дважды.</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 отсутствует или пуст.</translation>
    </message>
    <message>
        <source>%1 must start with its title as a &quot;# &quot; heading.</source>
        <translation>%1 должен начинаться с заголовка вида &quot;# &quot;.</translation>
    </message>
    <message>
        <source>%1 cites source %2, which the manifest does not list.</source>
        <translation>%1 ссылается на источник %2, которого нет в манифесте.</translation>
    </message>
    <message>
        <source>%1 links to article %2, which does not exist.</source>
        <translation>%1 ссылается на статью %2, которой не существует.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 has the date &quot;%2&quot;; use 2019, 2019-12 or 2019-12-04.</source>
        <translation>manifest.json: у источника %1 дата «%2»; используйте 2019, 2019-12 или 2019-12-04.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs at least one citation.</source>
        <translation>manifest.json: статье %1 нужна хотя бы одна ссылка на источник.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs &quot;last_checked&quot;, a date like 2026-11-24.</source>
        <translation>manifest.json: статье %1 нужно поле «last_checked» с датой вида 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs a known review status and a date for %2.</source>
        <translation>manifest.json: статье %1 нужен известный статус проверки и дата для %2.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 cites source %2, which the manifest does not list.</source>
        <translation>manifest.json: статья %1 ссылается на источник %2, которого нет в манифесте.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 has a review for %2, which is not a language of the pack.</source>
        <translation>manifest.json: у статьи %1 есть проверка для %2, но это не язык пакета.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names source %2, which the manifest does not list.</source>
        <translation>manifest.json: правило %1 указывает источник %2, которого нет в манифесте.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names article %2, which does not exist.</source>
        <translation>manifest.json: правило %1 указывает статью %2, которой не существует.</translation>
    </message>
    <message>
        <source>manifest.json: the violation category %1 is given to more than one rule.</source>
        <translation>manifest.json: категория нарушения %1 указана у нескольких правил.</translation>
    </message>
    <message>
        <source>This guidance pack uses format version %1; this TrustDesk reads versions 1 to %2.</source>
        <translation>Этот пакет памяток использует формат версии %1; эта версия TrustDesk читает версии с 1 по %2.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;pack_version&quot; must be numbers and dots, like 1.2.</source>
        <translation>manifest.json: «pack_version» должно состоять из чисел и точек, например 1.2.</translation>
    </message>
    <message>
        <source>%1 links to source %2, which has no web address.</source>
        <translation>%1 ссылается на источник %2, у которого нет веб-адреса.</translation>
    </message>
</context>
<context>
    <name>GuidancePackStore</name>
    <message>
        <source>The guidance update could not be written to %1.</source>
        <translation>Не удалось записать обновление памяток в %1.</translation>
    </message>
    <message>
        <source>This pack is for &quot;%1&quot;; the guidance in use is &quot;%2&quot;. Nothing was installed.</source>
        <translation>Этот пакет предназначен для «%1»; используются памятки «%2». Ничего не установлено.</translation>
    </message>
    <message>
        <source>This pack is version %1; the guidance in use is already version %2. Only a newer version replaces it.</source>
        <translation>Этот пакет имеет версию %1; используемые памятки уже имеют версию %2. Заменить их может только более новая версия.</translation>
    </message>
</context>
<context>
    <name>ImageRedactor</name>
    <message>
        <source>The file is not an image that can be redacted (JPEG, PNG, BMP, GIF or WebP).</source>
        <translation>Этот файл не является изображением, в котором можно скрыть фрагменты (JPEG, PNG, BMP, GIF или WebP).</translation>
    </message>
    <message>
        <source>The redacted image could not be encoded.</source>
        <translation>Не удалось закодировать изображение со скрытыми фрагментами.</translation>
    </message>
    <message>
        <source>The image is too large to redact (more than %1 MB).</source>
        <translation>Изображение слишком большое (более %1 МБ).</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Время</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>Ве&amp;домство</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Рассказ</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Полицейские</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>&amp;Police district</source>
        <translation>Полицейский &amp;округ</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>is required but missing.</source>
        <translation>обязательно, но отсутствует.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>должно быть текстом.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>не должно быть пустым.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>должно быть true или false.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>должно быть целым числом.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>обязательно.</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-01.</source>
        <translation>должно быть датой, например 2026-03-01.</translation>
    </message>
    <message>
        <source>must be a time like 14:30.</source>
        <translation>должно быть временем, например 14:30.</translation>
    </message>
    <message>
        <source>must be a UTC date and time like 2026-03-01T14:30:00Z.</source>
        <translation>должно быть датой и временем UTC, например 2026-03-01T14:30:00Z.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>должно быть списком.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>должно быть объектом.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>неизвестное поле.</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>Не удаётся прочитать %1 «%2»: %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty: its first line must hold it.</source>
        <translation>%1 «%2» пуст: его первая строка должна его содержать.</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>файл ключа восстановления</translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation>файл пароля</translation>
    </message>
    <message>
        <source>This database is encrypted and there is no terminal to ask for its passphrase. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or give the recovery key with --recovery-key-file FILE.</source>
        <translation>Эта база данных зашифрована, а терминала для запроса пароля нет. Укажите его с помощью --passphrase-file FILE (или укажите этот файл в переменной окружения %1) либо укажите ключ восстановления с помощью --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Пароль не указан.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>A new encrypted database needs a passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or add --unencrypted for throwaway data.</source>
        <translation>Новой зашифрованной базе данных нужен пароль, а терминала для его запроса нет. Укажите его с помощью --passphrase-file FILE (или укажите этот файл в переменной окружения %1) либо добавьте --unencrypted для временных данных.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>Новый пароль (не менее %1 символов): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Тот же пароль ещё раз: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>Encrypting needs a new passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1). Nothing was changed.</source>
        <translation>Для шифрования нужен новый пароль, а терминала для его запроса нет. Укажите его с помощью --passphrase-file FILE (или укажите этот файл в переменной окружения %1). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The office key needs a passphrase for your login, and there is no terminal to ask for it. Give it with %1 FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <extracomment>%1 is the option that names the passphrase file, --passphrase-file or --office-passphrase-file</extracomment>
        <translation>Для ключа организации нужен пароль вашей учётной записи, а терминала для его запроса нет. Укажите его с помощью %1 FILE (пароль — первая строка FILE). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The new passphrase is needed, and there is no terminal to ask for it. Give it with --new-passphrase-file FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <translation>Нужен новый пароль, а терминала для его запроса нет. Укажите его с помощью --new-passphrase-file FILE (пароль — первая строка FILE). Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Гаитянский креольский</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Португальский</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>Кабовердианский креольский</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Китайский (упрощённый)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Китайский (традиционный)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Вьетнамский</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Сомалийский</translation>
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
        <translation>TrustDesk не может открыть эту базу данных.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Открыть другую…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Создать новую…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>MetadataScrubber</name>
    <message>
        <source>This image is damaged or in a form TrustDesk cannot clean of metadata.</source>
        <translation>Это изображение повреждено или имеет формат, из которого TrustDesk не может удалить метаданные.</translation>
    </message>
    <message>
        <source>The cleaned PDF would overwrite a file.</source>
        <translation>Очищенный PDF перезаписал бы файл.</translation>
    </message>
    <message>
        <source>PDF metadata cannot be removed here: qpdf and bubblewrap (packages qpdf and bubblewrap) are needed to open the PDF safely.</source>
        <translation>Здесь нельзя удалить метаданные PDF: для безопасного открытия PDF нужны qpdf и bubblewrap (пакеты qpdf и bubblewrap).</translation>
    </message>
    <message>
        <source>This PDF is damaged or could not be rebuilt without its metadata.</source>
        <translation>Этот PDF повреждён или его не удалось пересобрать без метаданных.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Обновление базы данных</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>Файл базы данных повреждён и не читается.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Создание базы данных</translation>
    </message>
    <message>
        <source>This version of TrustDesk cannot set up an office database.</source>
        <translation>Эта версия TrustDesk не может подготовить базу данных организации.</translation>
    </message>
    <message>
        <source>The office database is damaged: its schema version is unknown.</source>
        <translation>База данных организации повреждена: версия её схемы неизвестна.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Используйте не менее %n символа.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Choose another.</source>
        <translation>Новый пароль совпадает с текущим. Выберите другой.</translation>
    </message>
</context>
<context>
    <name>OfficeBackup</name>
    <message>
        <source>The backup file could not be written.</source>
        <translation>Не удалось записать файл резервной копии.</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>Отменено; резервная копия не записана.</translation>
    </message>
    <message>
        <source>The backup holds a column this version of TrustDesk does not know (%1.%2); restore it with the version that made it.</source>
        <translation>В резервной копии есть столбец, неизвестный этой версии TrustDesk (%1.%2); восстановите её той версией, которая её создала.</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>Резервное копирование базы данных организации</translation>
    </message>
    <message>
        <source>Only an office database is backed up this way.</source>
        <translation>Так копируется только база данных организации.</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with `trustdesk-cli office-key init`.</source>
        <translation>У этой базы данных организации ещё нет ключа организации, поэтому её резервную копию нельзя зашифровать. Сначала создайте ключ командой `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 уже существует; выберите для резервной копии новое имя.</translation>
    </message>
    <message>
        <source>The backup file could not be made in %1.</source>
        <translation>Не удалось создать файл резервной копии в %1.</translation>
    </message>
    <message>
        <source>The office database has a table this version of TrustDesk cannot back up (%1); nothing was written.</source>
        <translation>В базе данных организации есть таблица, которую эта версия TrustDesk не может скопировать (%1); ничего не записано.</translation>
    </message>
    <message>
        <source>The backup did not verify after writing; nothing was kept. %1</source>
        <translation>Резервная копия не прошла проверку после записи; ничего не сохранено. %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as %1.</source>
        <translation>Не удалось переместить резервную копию на место как %1.</translation>
    </message>
    <message>
        <source>Restoring the office database</source>
        <translation>Восстановление базы данных организации</translation>
    </message>
    <message>
        <source>An office backup restores into an office database.</source>
        <translation>Резервная копия организации восстанавливается в базу данных организации.</translation>
    </message>
    <message>
        <source>The office database holds data already; a backup is restored only into an empty one. Make a new database on the server (createdb) and restore into it.</source>
        <translation>В базе данных организации уже есть данные; резервная копия восстанавливается только в пустую базу. Создайте на сервере новую базу данных (createdb) и восстановите копию в неё.</translation>
    </message>
    <message>
        <source>The backup was made by a newer TrustDesk; update TrustDesk to restore it.</source>
        <translation>Резервная копия создана более новой версией TrustDesk; обновите TrustDesk, чтобы восстановить её.</translation>
    </message>
    <message>
        <source>The backup holds a table this version of TrustDesk does not know (%1).</source>
        <translation>В резервной копии есть таблица, неизвестная этой версии TrustDesk (%1).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>Отменено; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it is not the backup as it was written.</source>
        <translation>«%1» повреждён или неполон: это не та резервная копия, которая была записана.</translation>
    </message>
    <message>
        <source>The sealed content of evidence item %1 in the backup does not open whole with the office key.</source>
        <translation>Запечатанное содержимое элемента доказательств %1 в резервной копии не открывается целиком ключом организации.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>Не удаётся прочитать «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup of an office database.</source>
        <translation>«%1» — не резервная копия базы данных организации.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer TrustDesk; update TrustDesk to open it.</source>
        <translation>«%1» создан более новой версией TrustDesk; обновите TrustDesk, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; held no copy of the office key when the backup was made; it opens with the passphrase of one of: %2.</source>
        <translation>У учётной записи «%1» не было копии ключа организации, когда создавалась резервная копия; копия открывается паролем одной из учётных записей: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The audit log in the backup does not chain at entry %1.</source>
        <translation>Цепочка журнала аудита в резервной копии прерывается на записи %1.</translation>
    </message>
    <message>
        <source>The office backup cannot be opened without the office key.</source>
        <translation>Резервную копию организации нельзя открыть без ключа организации.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupFlow</name>
    <message>
        <source>TrustDesk office backup %1</source>
        <translation>Резервная копия организации TrustDesk %1</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>Резервное копирование базы данных организации</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with trustdesk-cli office-key init.</source>
        <translation>У этой базы данных организации ещё нет ключа организации, поэтому её резервную копию нельзя зашифровать. Сначала создайте ключ командой trustdesk-cli office-key init.</translation>
    </message>
    <message>
        <source>The backup is encrypted with the office key, which is not unlocked. Connect again (File › Connect to Office Server…) and give your office key passphrase, then back up.</source>
        <translation>Резервная копия шифруется ключом организации, а он не разблокирован. Подключитесь снова (Файл › Подключиться к серверу организации…), введите свой пароль к ключу организации и затем создайте резервную копию.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>The backup is in %1, written and checked.

It holds the whole office database, evidence included, encrypted with the office key: it opens with the office key passphrase of anyone who held the key today. Keep it somewhere other than the server.</source>
        <translation>Резервная копия записана в %1 и проверена.

В ней вся база данных организации вместе с доказательствами, зашифрованная ключом организации: её можно открыть паролем к ключу организации любого, у кого сегодня есть этот ключ. Храните её не на сервере, а в другом месте.</translation>
    </message>
    <message>
        <source>Save Office Backup As</source>
        <translation>Сохранить резервную копию организации как</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob)</source>
        <translation>Резервные копии организации TrustDesk (*.tdob)</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 уже существует. Резервная копия никогда не заменяет файлы: выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupUnlock</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Whose office key passphrase opens this backup? It opens with the passphrase of a person who held the office key when it was made.</source>
        <translation>Чей пароль к ключу организации открывает эту резервную копию? Её открывает пароль человека, у которого был ключ организации, когда она создавалась.</translation>
    </message>
    <message>
        <source>Your login %1 held no copy of the office key when this backup was made. Whose office key passphrase opens it?</source>
        <translation>У вашей учётной записи %1 не было копии ключа организации, когда создавалась эта резервная копия. Чей пароль к ключу организации её открывает?</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>This backup holds no copy of the office key, so it cannot be opened.</source>
        <translation>В этой резервной копии нет ни одной копии ключа организации, поэтому её нельзя открыть.</translation>
    </message>
    <message>
        <source>The office key passphrase of login %1 (when the backup was made):</source>
        <translation>Пароль к ключу организации учётной записи %1 (на момент создания резервной копии):</translation>
    </message>
    <message>
        <source>Open the Office Backup</source>
        <translation>Открыть резервную копию организации</translation>
    </message>
    <message>
        <source>Opening the backup with the passphrase…</source>
        <translation>Открытие резервной копии с помощью пароля…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Try again (login %1):</source>
        <translation>Этот пароль не открывает резервную копию. Попробуйте снова (учётная запись %1):</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key stored on the server is damaged. Ask the office&apos;s administrator to restore it from a backup.</source>
        <translation>Ключ организации, хранящийся на сервере, повреждён. Попросите администратора организации восстановить его из резервной копии.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>Недостаточно памяти, чтобы проверить пароль (нужно 256 MiB).</translation>
    </message>
</context>
<context>
    <name>OfficeKeyUnlock</name>
    <message>
        <source>Without the office key, evidence cannot be opened or attached, and drafts are kept in memory only.</source>
        <translation>Без ключа организации доказательства нельзя открыть или прикрепить, а черновики хранятся только в памяти.</translation>
    </message>
    <message>
        <source>Unlock the Office Key</source>
        <translation>Разблокировать ключ организации</translation>
    </message>
    <message>
        <source>This office server has no office key yet. %1</source>
        <translation>У этого сервера организации ещё нет ключа организации. %1</translation>
    </message>
    <message>
        <source>Your login %1 cannot open the office key yet. Ask a colleague who holds it to run:

trustdesk-cli office-key add %1

%2</source>
        <translation>Ваша учётная запись %1 пока не может открыть ключ организации. Попросите коллегу, у которого он есть, выполнить:

trustdesk-cli office-key add %1

%2</translation>
    </message>
    <message>
        <source>Office Key</source>
        <translation>Ключ организации</translation>
    </message>
    <message>
        <source>Your login %1 holds no office key: ask a colleague to run “trustdesk-cli office-key add %1”.</source>
        <translation>У вашей учётной записи %1 нет ключа организации: попросите коллегу выполнить «trustdesk-cli office-key add %1».</translation>
    </message>
    <message>
        <source>Your passphrase for the office key (login %1):</source>
        <translation>Ваш пароль к ключу организации (учётная запись %1):</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key. Try again (login %1):</source>
        <translation>Этот пароль не открывает ключ организации. Попробуйте снова (учётная запись %1):</translation>
    </message>
    <message>
        <source>Unlocking the office key…</source>
        <translation>Разблокировка ключа организации…</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>Reading the office key</source>
        <translation>Чтение ключа организации</translation>
    </message>
    <message>
        <source>An office key exists only in an office server&apos;s database.</source>
        <translation>Ключ организации есть только в базе данных на сервере организации.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so it cannot hold evidence. An administrator makes one with `trustdesk-cli office-key init`.</source>
        <translation>У этого сервера организации ещё нет ключа организации, поэтому на нём нельзя хранить доказательства. Администратор создаёт ключ командой `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>The office key was made by a newer version of TrustDesk. Update TrustDesk to use the evidence on this server.</source>
        <translation>Ключ организации создан более новой версией TrustDesk. Обновите TrustDesk, чтобы работать с доказательствами на этом сервере.</translation>
    </message>
    <message>
        <source>Storing the office key</source>
        <translation>Сохранение ключа организации</translation>
    </message>
    <message>
        <source>This office server has an office key already; it is never replaced (that would make its evidence unreadable). Add people with `trustdesk-cli office-key add`.</source>
        <translation>У этого сервера организации уже есть ключ организации; он никогда не заменяется (иначе доказательства на сервере стало бы невозможно прочитать). Добавляйте людей командой `trustdesk-cli office-key add`.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key. A colleague who has one adds it with `trustdesk-cli office-key add %1`.</source>
        <translation>У учётной записи «%1» нет копии ключа организации. Её добавляет коллега, у которого копия есть, командой `trustdesk-cli office-key add %1`.</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>Укажите учётную запись, которую нужно добавить.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was added.</source>
        <translation>Это не ключ этой организации; ничего не добавлено.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds a copy of the office key already; nothing was changed.</source>
        <translation>У учётной записи «%1» уже есть копия ключа организации; ничего не изменено.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was changed.</source>
        <translation>Это не ключ этой организации; ничего не изменено.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key; nothing was changed.</source>
        <translation>У учётной записи «%1» нет копии ключа организации; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>OfficeRestoreFlow</name>
    <message>
        <source>Restoring an office backup</source>
        <translation>Восстановление резервной копии организации</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Восстановление отменено; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Restore canceled; the office database %1 was left empty.</source>
        <translation>Восстановление отменено; база данных организации %1 осталась пустой.</translation>
    </message>
    <message>
        <source>The backup was not restored; the office database %1 was left as empty as it was.</source>
        <translation>Резервная копия не восстановлена; база данных организации %1 осталась такой же пустой, какой была.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored, and nothing was changed.</source>
        <translation>«%1» нельзя восстановить; ничего не изменилось.</translation>
    </message>
    <message numerus="yes">
        <source>The office database %1 now holds the %Ln case(s) of the backup %2, with their evidence and audit log; the backup and the audit log&apos;s chain were checked.</source>
        <translation>
            <numerusform>База данных организации %1 теперь содержит %Ln дело из резервной копии %2 вместе с доказательствами и журналом аудита; резервная копия и цепочка журнала аудита проверены.</numerusform>
            <numerusform>База данных организации %1 теперь содержит %Ln дела из резервной копии %2 вместе с доказательствами и журналом аудита; резервная копия и цепочка журнала аудита проверены.</numerusform>
            <numerusform>База данных организации %1 теперь содержит %Ln дел из резервной копии %2 вместе с доказательствами и журналом аудита; резервная копия и цепочка журнала аудита проверены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Восстановлено в %1.</translation>
    </message>
    <message>
        <source>Switch this window to the restored database? The window is on %1 now.</source>
        <translation>Переключить это окно на восстановленную базу данных? Сейчас в окне открыта база %1.</translation>
    </message>
    <message>
        <source>&amp;Switch to Restored Database</source>
        <translation>&amp;Переключиться на восстановленную базу данных</translation>
    </message>
    <message>
        <source>S&amp;tay Here</source>
        <translation>&amp;Остаться здесь</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>caseworker</source>
        <translation>сотрудник по делу</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3</source>
        <translation>Сервер организации: %1 на %2, учётная запись %3</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3 (%4)</source>
        <translation>Сервер организации: %1 на %2, учётная запись %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OfficeTransfer</name>
    <message>
        <source>Copying the database to the server</source>
        <translation>Копирование базы данных на сервер</translation>
    </message>
    <message>
        <source>The server has no table &quot;%1&quot;.</source>
        <translation>На сервере нет таблицы «%1».</translation>
    </message>
    <message>
        <source>The server has a table this version of TrustDesk cannot copy (&quot;%1&quot;): use the version that made it.</source>
        <translation>На сервере есть таблица, которую эта версия TrustDesk не может скопировать («%1»): используйте версию, которая её создала.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>OfficerQuery</name>
    <message>
        <source>Reading officers</source>
        <translation>Чтение данных о полицейских</translation>
    </message>
</context>
<context>
    <name>OfficerRosterModel</name>
    <message>
        <source>(agency unknown)</source>
        <translation>(ведомство неизвестно)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Происшествия</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Жетон</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Первое происшествие</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Последнее происшествие</translation>
    </message>
</context>
<context>
    <name>PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>Stopped: &quot;%1&quot; was not written.</source>
        <translation>Остановлено: «%1» не записан.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>&quot;%1&quot; was not written.</source>
        <translation>«%1» не записан.</translation>
    </message>
</context>
<context>
    <name>PgConnectFailure</name>
    <message>
        <source>Cannot reach the office server at %1. Check the network or ask your administrator; nothing was lost, try again.</source>
        <translation>Не удаётся связаться с сервером организации по адресу %1. Проверьте сеть или обратитесь к администратору; ничего не потеряно, попробуйте снова.</translation>
    </message>
    <message>
        <source>The office server wants a password for the login %1. Enter your server password and try again.</source>
        <translation>Сервер организации запрашивает пароль для учётной записи %1. Введите пароль сервера и попробуйте снова.</translation>
    </message>
    <message>
        <source>The server refused the password for the login %1. Check the password (capitals count) and try again, or ask your administrator.</source>
        <translation>Сервер отклонил пароль для учётной записи %1. Проверьте пароль (заглавные и строчные буквы различаются) и попробуйте снова или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The office server at %1 did not let the login %2 open the database %3: the database may not exist there, or the server does not accept this login from this computer. Ask your administrator.</source>
        <translation>Сервер организации по адресу %1 не позволил учётной записи %2 открыть базу данных %3: возможно, такой базы данных там нет или сервер не принимает эту учётную запись с этого компьютера. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The office server at %1 could not be reached, or it refused the login. Try again; nothing was lost.</source>
        <translation>Не удалось связаться с сервером организации по адресу %1, или он отклонил вход. Попробуйте снова; ничего не потеряно.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The server address is not usable: %1</source>
        <translation>Адрес сервера нельзя использовать: %1</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>он должен начинаться с postgresql://</translation>
    </message>
    <message>
        <source>only one server can be named (no commas).</source>
        <translation>можно указать только один сервер (без запятых).</translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;.</source>
        <translation>имя базы данных не может содержать «/».</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>порт «%1» — не число от 1 до 65535.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; cannot contain &quot;;&quot;.</source>
        <translation>значение «%1» не может содержать «;».</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported.</source>
        <translation>параметр «%1» не поддерживается.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этом компьютере</translation>
    </message>
</context>
<context>
    <name>RedactJob</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>Covering the marked areas…</source>
        <translation>Скрытие отмеченных областей…</translation>
    </message>
    <message>
        <source>Making the new image…</source>
        <translation>Создание нового изображения…</translation>
    </message>
    <message>
        <source>Storing the copy and its record…</source>
        <translation>Сохранение копии и записи о ней…</translation>
    </message>
</context>
<context>
    <name>RedactionRecord</name>
    <message>
        <source>Unknown redaction method &quot;%1&quot;. Use fill or pixelate.</source>
        <translation>Неизвестный способ скрытия «%1». Используйте fill или pixelate.</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; is not four whole numbers X,Y,W,H (left, top, width, height in pixels).</source>
        <translation>Рамка «%1» — это не четыре целых числа X,Y,W,H (слева, сверху, ширина, высота в пикселях).</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; has no area: its width and height must be at least 1.</source>
        <translation>У рамки «%1» нет площади: ширина и высота должны быть не меньше 1.</translation>
    </message>
    <message>
        <source>Give at least one box to redact.</source>
        <translation>Укажите хотя бы одну рамку для скрытия.</translation>
    </message>
    <message>
        <source>The box %1 has no area: its width and height must be at least 1.</source>
        <translation>У рамки %1 нет площади: ширина и высота должны быть не меньше 1.</translation>
    </message>
    <message>
        <source>The box %1 is not inside the image, which is %2×%3 pixels (upright).</source>
        <translation>Рамка %1 выходит за пределы изображения размером %2×%3 пикселей (в правильной ориентации).</translation>
    </message>
    <message>
        <source>The redaction record cannot be read.</source>
        <translation>Не удалось прочитать запись о скрытии фрагментов.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Checking the Backup</source>
        <translation>Проверка резервной копии</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Восстановление отменено; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: it did not pass its check, so nothing was changed.</source>
        <translation>«%1» нельзя восстановить: файл не прошёл проверку, поэтому ничего не изменилось.</translation>
    </message>
    <message>
        <source>The case you are editing has changes that are not saved. Save or close it first, then restore the backup.</source>
        <translation>В деле, которое вы редактируете, есть несохранённые изменения. Сначала сохраните или закройте его, затем восстановите резервную копию.</translation>
    </message>
    <message>
        <source>%1 is the database TrustDesk has open. Choose a backup of it instead.</source>
        <translation>%1 — это база данных, открытая сейчас в TrustDesk. Выберите вместо неё её резервную копию.</translation>
    </message>
    <message>
        <source>Replace the cases in TrustDesk with the cases in the backup?</source>
        <translation>Заменить дела в TrustDesk делами из резервной копии?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln case(s) in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>
            <numerusform>Дела, которые сейчас в TrustDesk (%Ln дело), и их доказательства будут заменены данными из резервной копии.</numerusform>
            <numerusform>Дела, которые сейчас в TrustDesk (%Ln дела), и их доказательства будут заменены данными из резервной копии.</numerusform>
            <numerusform>Дела, которые сейчас в TrustDesk (%Ln дел), и их доказательства будут заменены данными из резервной копии.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cases in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>Дела, которые сейчас в TrustDesk, и их доказательства будут заменены данными из резервной копии.</translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s); its newest recorded change is from %2.</source>
        <translation>
            <numerusform>В резервной копии «%1» %Ln дело; последнее записанное изменение в ней — от %2.</numerusform>
            <numerusform>В резервной копии «%1» %Ln дела; последнее записанное изменение в ней — от %2.</numerusform>
            <numerusform>В резервной копии «%1» %Ln дел; последнее записанное изменение в ней — от %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s).</source>
        <translation>
            <numerusform>В резервной копии «%1» %Ln дело.</numerusform>
            <numerusform>В резервной копии «%1» %Ln дела.</numerusform>
            <numerusform>В резервной копии «%1» %Ln дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything added or changed since that backup will be lost. The backup itself is not changed.</source>
        <translation>Всё, что было добавлено или изменено после этой резервной копии, будет потеряно. Сама резервная копия не изменится.</translation>
    </message>
    <message>
        <source>&amp;Replace with Backup</source>
        <translation>&amp;Заменить резервной копией</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The restore did not finish.</source>
        <translation>Восстановление не завершилось.</translation>
    </message>
    <message>
        <source>The backup was not restored, and nothing was changed.</source>
        <translation>Резервная копия не восстановлена, ничего не изменилось.</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk now holds the %Ln case(s) of the backup %1, with their evidence.</source>
        <translation>
            <numerusform>Теперь в TrustDesk %Ln дело из резервной копии %1 вместе с доказательствами.</numerusform>
            <numerusform>Теперь в TrustDesk %Ln дела из резервной копии %1 вместе с доказательствами.</numerusform>
            <numerusform>Теперь в TrustDesk %Ln дел из резервной копии %1 вместе с доказательствами.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an encrypted backup, and the database open now is not encrypted: restoring it here would put its cases on this disk unencrypted, so it was not restored. Encrypt this database first (Encrypt… above the cases), then restore.</source>
        <translation>«%1» — зашифрованная резервная копия, а открытая сейчас база данных не зашифрована: восстановление здесь сохранило бы её дела на этом диске в незашифрованном виде, поэтому она не восстановлена. Сначала зашифруйте эту базу данных (кнопка «Зашифровать…» над списком дел), затем восстановите копию.</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Filed with</source>
        <translation>Куда подана</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Номер обращения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Последующее действие</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Номер жетона</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Полицейский</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Add co&amp;mplaint</source>
        <translation>Добавить &amp;жалобу</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Добавить последующее действие</translation>
    </message>
    <message>
        <source>Add office&amp;r</source>
        <translation>Добавить по&amp;лицейского</translation>
    </message>
    <message>
        <source>Add witne&amp;ss</source>
        <translation>Добавить с&amp;видетеля</translation>
    </message>
</context>
<context>
    <name>ScramVerifier</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>Не удалось запустить криптографическую библиотеку.</translation>
    </message>
    <message>
        <source>The login password is empty.</source>
        <translation>Пароль учётной записи пуст.</translation>
    </message>
    <message>
        <source>A login password may use only ASCII letters, digits, punctuation and spaces (no accented letters or other scripts): the server prepares other characters in a way TrustDesk cannot reproduce exactly, which could lock the person out. Choose a longer password of ASCII characters instead.</source>
        <translation>Пароль учётной записи может содержать только латинские буквы ASCII, цифры, знаки препинания и пробелы (без букв с диакритическими знаками и без букв других алфавитов, например кириллицы): сервер обрабатывает другие символы так, что TrustDesk не может в точности это повторить, и человек может потерять доступ. Вместо этого выберите более длинный пароль из символов ASCII.</translation>
    </message>
    <message>
        <source>The login password cannot be prepared.</source>
        <translation>Не удаётся подготовить пароль учётной записи.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation>Создание поискового индекса</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Обновление поискового индекса</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>Упорядочивание поискового индекса</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>SensitiveDetail</name>
    <message>
        <source>Witness contact details</source>
        <translation>Контакты свидетелей</translation>
    </message>
</context>
<context>
    <name>ServerEvidence</name>
    <message>
        <source>The evidence could not be encrypted.</source>
        <translation>Не удалось зашифровать доказательства.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the database reported an unexpected error.</source>
        <translation>%1: база данных сообщила о непредвиденной ошибке.</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program. Try again in a moment.</source>
        <translation>%1: база данных используется другой программой. Повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (it is read-only).</source>
        <translation>%1: в файл базы данных нельзя записывать (он только для чтения).</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>%1: диск заполнен. Освободите место и попробуйте снова; ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written.</source>
        <translation>%1: не удалось прочитать или записать файл базы данных.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1: файл базы данных повреждён.</translation>
    </message>
    <message>
        <source>%1: the data conflicts with what is already stored.</source>
        <translation>%1: данные противоречат уже сохранённым.</translation>
    </message>
    <message>
        <source>%1: the connection to the office server was lost. Try again in a moment.</source>
        <translation>%1: соединение с сервером организации потеряно. Повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>%1: the office server does not allow this login to make this change.</source>
        <translation>%1: сервер организации не разрешает этой учётной записи вносить это изменение.</translation>
    </message>
    <message>
        <source>%1: the office server&apos;s disk is full; nothing was saved. Tell the office admin.</source>
        <translation>%1: диск сервера организации заполнен; ничего не сохранено. Сообщите администратору организации.</translation>
    </message>
    <message>
        <source>%1: your role on the office server does not allow this. Ask the office admin if you need it.</source>
        <translation>%1: ваша роль на сервере организации этого не позволяет. Если вам это нужно, обратитесь к администратору организации.</translation>
    </message>
    <message>
        <source>%1: the office server refused this login. Ask your administrator.</source>
        <translation>%1: сервер организации отклонил эту учётную запись. Обратитесь к администратору.</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>Managing the office&apos;s staff</source>
        <translation>Управление сотрудниками организации</translation>
    </message>
    <message>
        <source>That login cannot be staff: it is a superuser, a group or a system role.</source>
        <translation>Эта учётная запись не может быть сотрудником: это суперпользователь, группа или системная роль.</translation>
    </message>
    <message>
        <source>%1: only an office admin may do this, and your login is not one. Ask an admin to do it, or to make you one (trustdesk-cli staff role LOGIN admin).</source>
        <translation>%1: это может делать только администратор организации, а ваша учётная запись — не администратор. Попросите администратора сделать это или назначить администратором вас (trustdesk-cli staff role LOGIN admin).</translation>
    </message>
    <message>
        <source>Setting a staff member&apos;s password</source>
        <translation>Установка пароля сотрудника</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot; on this office server (trustdesk-cli staff list shows them).</source>
        <translation>На этом сервере организации нет сотрудника «%1» (список сотрудников показывает trustdesk-cli staff list).</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Other agency %1</source>
        <translation>Другое ведомство %1</translation>
    </message>
    <message>
        <source>Other outcome %1</source>
        <translation>Другой результат %1</translation>
    </message>
    <message>
        <source>Other district %1</source>
        <translation>Другой округ %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>Категория нарушения</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Полицейский округ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>Complaint outcome</source>
        <translation>Результат жалобы</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Происшествия</translation>
    </message>
    <message>
        <source>No category recorded</source>
        <translation>Категория не записана</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>Не подана</translation>
    </message>
    <message>
        <source>Filed, no status recorded</source>
        <translation>Подана, статус не записан</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>The caseworkers could not be read.</source>
        <translation>Не удалось прочитать список сотрудников по делам.</translation>
    </message>
</context>
<context>
    <name>StatisticsChart</name>
    <message>
        <source>suppressed</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Shaded: the count is suppressed (below the threshold).</source>
        <translation>Затенено: число скрыто (меньше порога).</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Экспорт статистики</translation>
    </message>
    <message>
        <source>Exported to %1. As for any published figures, no count below %2 is shown: %3 count(s) were hidden for being small and %4 more so that they cannot be worked out from the totals.</source>
        <translation>Экспортировано в %1. Как и в любых публикуемых данных, числа меньше %2 не показаны: скрыто чисел как слишком малых — %3, и ещё %4, чтобы их нельзя было вычислить по итогам.</translation>
    </message>
    <message>
        <source>Exported to %1 with every count shown (no suppression).</source>
        <translation>Экспортировано в %1 со всеми числами (ничего не скрыто).</translation>
    </message>
    <message numerus="yes">
        <source>%n rare agency or outcome name(s) are replaced by &quot;Other …&quot;.</source>
        <translation>
            <numerusform>%n редкое название ведомства или результата заменено на «Другое …».</numerusform>
            <numerusform>%n редких названия ведомств или результатов заменены на «Другое …».</numerusform>
            <numerusform>%n редких названий ведомств или результатов заменены на «Другое …».</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>Не удалось записать экспорт в журнал аудита: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>Counting cases for the statistics</source>
        <translation>Подсчёт дел для статистики</translation>
    </message>
    <message>
        <source>The statistics could not be counted: the database could not be read.</source>
        <translation>Не удалось подсчитать статистику: не удалось прочитать базу данных.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Reported police conduct by %1 and %2</source>
        <translation>Заявленные действия полиции по признакам «%1» и «%2»</translation>
    </message>
    <message>
        <source>Reported police conduct by %1</source>
        <translation>Заявленные действия полиции по признаку «%1»</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2.</source>
        <translation>Происшествия с %1 по %2.</translation>
    </message>
    <message>
        <source>All incidents recorded up to %1.</source>
        <translation>Все происшествия, записанные по %1.</translation>
    </message>
    <message>
        <source>Cases with the status %1 only.</source>
        <translation>Только дела со статусом %1.</translation>
    </message>
    <message>
        <source>The cases of one caseworker only.</source>
        <translation>Только дела одного сотрудника.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Totals count each case and incident once; one can fall in several rows or columns, so the totals can be less than the sum of their cells.</source>
        <translation>В итогах каждое дело и происшествие считается один раз; оно может попасть в несколько строк или столбцов, поэтому итоги могут быть меньше суммы ячеек.</translation>
    </message>
    <message>
        <source>Table %1. Cases and incidents by %2</source>
        <translation>Таблица %1. Дела и происшествия по признаку «%2»</translation>
    </message>
    <message>
        <source>Table %1. %2 by %3 (rows) and %4 (columns)</source>
        <translation>Таблица %1. %2 по признакам «%3» (строки) и «%4» (столбцы)</translation>
    </message>
    <message>
        <source>What is counted.</source>
        <translation>Что подсчитывается.</translation>
    </message>
    <message>
        <source>A case is counted when at least one of its incidents falls in the period and passes the filters; a case with no recorded incident is not counted. Violation category, month, quarter, police district and agency describe an incident; case status and complaint outcome describe the case. The outcome is the status of the case&apos;s latest complaint submission as recorded, ignoring capitals and spacing; &quot;Not filed&quot; when there is none. Agencies are grouped ignoring capitals and spacing.</source>
        <translation>Дело учитывается, если хотя бы одно его происшествие попадает в период и проходит фильтры; дело без записанных происшествий не учитывается. Категория нарушения, месяц, квартал, полицейский округ и ведомство описывают происшествие; статус дела и результат жалобы описывают дело. Результат — это записанный статус последней поданной по делу жалобы, без учёта заглавных букв и пробелов; «Не подана», если жалобы нет. Ведомства группируются без учёта заглавных букв и пробелов.</translation>
    </message>
    <message>
        <source>Overlapping rows.</source>
        <translation>Пересекающиеся строки.</translation>
    </message>
    <message>
        <source>An incident can allege several violation categories, and a case can have incidents in several months, districts or agencies; it then counts once in each row or column it belongs to. Totals count every case and incident once, so they can be smaller than the sum of their rows.</source>
        <translation>В происшествии могут быть заявлены нарушения нескольких категорий, а у дела могут быть происшествия в разных месяцах, округах или ведомствах; тогда оно учитывается по одному разу в каждой строке или столбце, к которым относится. В итогах каждое дело и происшествие считается один раз, поэтому итоги могут быть меньше суммы строк.</translation>
    </message>
    <message>
        <source>Suppression.</source>
        <translation>Скрытие чисел.</translation>
    </message>
    <message>
        <source>To protect the people behind small numbers, no count from 1 to %1 is shown: %2 count(s) of cases and %3 of incidents were hidden for that reason (primary suppression). So that none of them can be worked out by subtracting from a row, column or grand total, or from any combination of them, %4 further count(s) of cases and %5 of incidents were hidden, the smallest possible first (complementary suppression). A dash (–) marks a hidden count. Zeros are shown: they describe no one.</source>
        <translation>Чтобы защитить людей, стоящих за малыми числами, числа от 1 до %1 не показаны: по этой причине скрыто чисел дел — %2, чисел происшествий — %3 (первичное скрытие). Чтобы ни одно из них нельзя было вычислить вычитанием из итога строки, столбца или общего итога или из их сочетания, дополнительно скрыто чисел дел — %4, чисел происшествий — %5, начиная с самых малых (дополнительное скрытие). Скрытое число обозначено тире (–). Нули показаны: они не описывают никого.</translation>
    </message>
    <message>
        <source>No count was suppressed (the threshold was set to 1).</source>
        <translation>Ни одно число не скрыто (порог был равен 1).</translation>
    </message>
    <message>
        <source>This report holds no names, case references, badge numbers or narratives. Agency names and complaint outcomes are typed by caseworkers; any that counts fewer than %1 cases is not named (&quot;Other agency 1&quot;).</source>
        <translation>В этом отчёте нет имён, номеров дел, номеров жетонов и рассказов. Названия ведомств и результаты жалоб вводят сотрудники по делам; те, что встречаются менее чем в %1 делах, не называются («Другое ведомство 1»).</translation>
    </message>
    <message>
        <source>%1 row(s) or column(s) were left unnamed for that reason.</source>
        <translation>По этой причине без названия оставлено строк или столбцов: %1.</translation>
    </message>
    <message>
        <source>Privacy.</source>
        <translation>Конфиденциальность.</translation>
    </message>
    <message>
        <source>Source.</source>
        <translation>Источник.</translation>
    </message>
    <message>
        <source>The office&apos;s TrustDesk case records, counted on %1.</source>
        <translation>Записи о делах организации в TrustDesk, подсчитано %1.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>%1 cases, %2 incidents</source>
        <translation>дел: %1, происшествий: %2</translation>
    </message>
    <message>
        <source>Figure 1. %1 by %2</source>
        <translation>Рисунок 1. %1 по признаку «%2»</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Создано %1</translation>
    </message>
    <message>
        <source>The statistics could not be printed.</source>
        <translation>Не удалось напечатать статистику.</translation>
    </message>
</context>
<context>
    <name>TextScanner</name>
    <message>
        <source>[withheld]</source>
        <translation>[скрыто]</translation>
    </message>
</context>
<context>
    <name>VaultConversion</name>
    <message>
        <source>The encrypted copy does not hold the same data as the original (%1); the original was kept unchanged.</source>
        <translation>Зашифрованная копия содержит не те же данные, что оригинал (%1); оригинал оставлен без изменений.</translation>
    </message>
    <message>
        <source>The encrypted copy could not be read back; the original was kept unchanged.</source>
        <translation>Не удалось прочитать зашифрованную копию; оригинал оставлен без изменений.</translation>
    </message>
    <message>
        <source>its schema</source>
        <translation>её схема</translation>
    </message>
    <message>
        <source>The encryption was canceled; nothing was changed.</source>
        <translation>Шифрование отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>таблица %1</translation>
    </message>
    <message>
        <source>The database is open in TrustDesk or another program. Close it there and try again; nothing was changed.</source>
        <translation>База данных открыта в TrustDesk или в другой программе. Закройте её там и повторите попытку; ничего не изменено.</translation>
    </message>
    <message>
        <source>The database could not be encrypted (%1); the original was kept unchanged.</source>
        <translation>Не удалось зашифровать базу данных (%1); оригинал оставлен без изменений.</translation>
    </message>
    <message>
        <source>the copy could not be started</source>
        <translation>не удалось начать копирование</translation>
    </message>
    <message>
        <source>the tables could not be made</source>
        <translation>не удалось создать таблицы</translation>
    </message>
    <message>
        <source>the rows could not be copied</source>
        <translation>не удалось скопировать строки</translation>
    </message>
    <message>
        <source>the indexes could not be made</source>
        <translation>не удалось создать индексы</translation>
    </message>
    <message>
        <source>the copy could not be finished</source>
        <translation>не удалось завершить копирование</translation>
    </message>
    <message>
        <source>encryption is not available on this system</source>
        <translation>шифрование недоступно в этой системе</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>не удалось открыть копию</translation>
    </message>
    <message>
        <source>the copy could not be set up</source>
        <translation>не удалось подготовить копию</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>не удалось записать копию на диск</translation>
    </message>
    <message>
        <source>The encrypted copy did not pass its integrity check; the original was kept unchanged.</source>
        <translation>Зашифрованная копия не прошла проверку целостности; оригинал оставлен без изменений.</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>не удалось открыть</translation>
    </message>
    <message>
        <source>The database is being encrypted by another program right now. Wait for it to finish.</source>
        <translation>Сейчас базу данных шифрует другая программа. Дождитесь окончания.</translation>
    </message>
    <message>
        <source>The interrupted encryption could not be finished: %1</source>
        <translation>Не удалось завершить прерванное шифрование: %1</translation>
    </message>
    <message>
        <source>The files of an interrupted encryption could not be removed.</source>
        <translation>Не удалось удалить файлы прерванного шифрования.</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>не удалось открыть файл</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be created</source>
        <translation>не удалось создать «%1»</translation>
    </message>
    <message>
        <source>This database is already encrypted.</source>
        <translation>Эта база данных уже зашифрована.</translation>
    </message>
    <message>
        <source>An earlier encryption of this database did not finish; finish or undo it first.</source>
        <translation>Предыдущее шифрование этой базы данных не завершилось; сначала завершите или отмените его.</translation>
    </message>
    <message>
        <source>The evidence of this database could not be counted.</source>
        <translation>Не удалось подсчитать доказательства этой базы данных.</translation>
    </message>
    <message>
        <source>the key file could not be put in place</source>
        <translation>не удалось поставить на место файл ключей</translation>
    </message>
    <message>
        <source>The database is encrypted, but the old unencrypted evidence folder &quot;%1&quot; could not be deleted completely. Run `trustdesk-cli encrypt` again to delete it.</source>
        <translation>База данных зашифрована, но старую незашифрованную папку доказательств «%1» не удалось удалить полностью. Запустите `trustdesk-cli encrypt` ещё раз, чтобы удалить её.</translation>
    </message>
    <message>
        <source>This database has evidence files, and this conversion does not encrypt them; nothing was changed.</source>
        <translation>В этой базе данных есть файлы доказательств, а это преобразование их не шифрует; ничего не изменено.</translation>
    </message>
    <message>
        <source>The encryption stopped while the encrypted copy was being put in place (%1). Nothing is lost: run `trustdesk-cli encrypt` again, or open the database in TrustDesk, to finish it.</source>
        <translation>Шифрование остановилось, когда зашифрованная копия ставилась на место (%1). Ничего не потеряно: запустите `trustdesk-cli encrypt` ещё раз или откройте базу данных в TrustDesk, чтобы завершить его.</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>The key file of this encrypted database is damaged. Use a backup of the database together with its key file.</source>
        <translation>Файл ключа этой зашифрованной базы данных повреждён. Используйте резервную копию базы данных вместе с её файлом ключа.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; could not be written: %2</source>
        <translation>Не удалось записать файл ключа «%1»: %2</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; is missing: an encrypted database cannot be opened without it.</source>
        <translation>Файл ключа «%1» отсутствует: без него зашифрованную базу данных открыть нельзя.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of TrustDesk. Update TrustDesk to open this database.</source>
        <translation>Файл ключа записан более новой версией TrustDesk. Обновите TrustDesk, чтобы открыть эту базу данных.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>Шифрование недоступно в этой системе.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; a key file is never replaced by a new one.</source>
        <translation>«%1» уже существует; файл ключа никогда не заменяется новым.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the passphrase (256 MiB are needed).</source>
        <translation>Недостаточно памяти, чтобы защитить пароль (нужно 256 MiB).</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>Недостаточно памяти, чтобы проверить пароль (нужно 256 MiB).</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 13 groups of four letters and digits.</source>
        <translation>Это не ключ восстановления: ключ восстановления состоит из 13 групп по четыре буквы или цифры.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>Неверный ключ восстановления.</translation>
    </message>
    <message>
        <source>That key does not belong to this database.</source>
        <translation>Этот ключ не принадлежит этой базе данных.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Verifying the database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Файл базы данных повреждён: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Проверка целостности SQLite: %1</translation>
    </message>
    <message>
        <source>The file does not carry TrustDesk&apos;s application id.</source>
        <translation>У файла нет идентификатора приложения TrustDesk.</translation>
    </message>
    <message>
        <source>The schema is version %1; this TrustDesk uses %2 (run init to upgrade).</source>
        <translation>Схема версии %1; эта версия TrustDesk использует %2 (запустите init для обновления).</translation>
    </message>
    <message>
        <source>Broken link between records: %1</source>
        <translation>Нарушена связь между записями: %1</translation>
    </message>
    <message>
        <source>Case %1 is missing from the search index.</source>
        <translation>Дело %1 отсутствует в поисковом индексе.</translation>
    </message>
    <message>
        <source>The search index holds an entry (%1) for a case that no longer exists.</source>
        <translation>В поисковом индексе есть запись (%1) о деле, которого больше нет.</translation>
    </message>
    <message>
        <source>Client record %1 belongs to no case.</source>
        <translation>Запись клиента %1 не относится ни к одному делу.</translation>
    </message>
    <message>
        <source>Case %1 was closed before it was opened.</source>
        <translation>Дело %1 закрыто раньше, чем открыто.</translation>
    </message>
    <message>
        <source>Evidence record %1 has an invalid SHA-256.</source>
        <translation>У записи доказательства %1 недопустимый SHA-256.</translation>
    </message>
    <message>
        <source>Incident record %1 has no date.</source>
        <translation>У записи происшествия %1 нет даты.</translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; is not in the TD-YYYY-NNNNN form.</source>
        <translation>Номер дела «%1» не соответствует виду TD-ГГГГ-NNNNN.</translation>
    </message>
    <message>
        <source>The case numbering for %1 is behind case %2; a new case could reuse its number.</source>
        <translation>Нумерация дел за %1 отстаёт от дела %2; новое дело может получить тот же номер.</translation>
    </message>
    <message>
        <source>The search index is inconsistent and needs rebuilding.</source>
        <translation>Поисковый индекс несогласован и требует перестройки.</translation>
    </message>
</context>
<context>
    <name>ViolationCategory</name>
    <message>
        <source>Sharing personal information without lawful basis</source>
        <translation>Передача персональных данных без законного основания</translation>
    </message>
    <message>
        <source>Police shared personally identifiable information (such as a name, address or immigration details) with immigration enforcement without a lawful basis.</source>
        <translation>Полиция передала иммиграционным органам персональные данные (например, имя, адрес или сведения об иммиграции) без законного основания.</translation>
    </message>
    <message>
        <source>Honoring a civil immigration detainer without legal authority</source>
        <translation>Исполнение гражданского иммиграционного запроса о задержании без законных полномочий</translation>
    </message>
    <message>
        <source>Police held a person, or arranged a hand-over, because of a civil immigration detainer request, without legal authority or contrary to policy.</source>
        <translation>Полиция задержала человека или организовала его передачу по гражданскому иммиграционному запросу о задержании (detainer) без законных полномочий или в нарушение правил.</translation>
    </message>
    <message>
        <source>Questioning or detention solely on immigration suspicion</source>
        <translation>Допрос или задержание только из-за подозрений об иммиграционном статусе</translation>
    </message>
    <message>
        <source>Police questioned, stopped or held a person only because they suspected something about the person&apos;s immigration status.</source>
        <translation>Полиция допросила, остановила или задержала человека только потому, что подозревала что-то о его иммиграционном статусе.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Other conduct related to cooperation with immigration enforcement; describe it in the narrative.</source>
        <translation>Другие действия, связанные с сотрудничеством с иммиграционными органами; опишите их в рассказе.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrustDesk: document police misconduct and file complaints.</source>
        <translation>TrustDesk: документирование неправомерных действий полиции и подача жалоб.</translation>
    </message>
    <message>
        <source>open the database at PATH (created when missing), or connect to the office server at a postgresql:// URI</source>
        <translation>открыть базу данных по пути PATH (она создаётся, если её нет) или подключиться к серверу организации по URI postgresql://</translation>
    </message>
</context>
<context>
    <name>td::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Filter by case, action or person, e.g. TD-2026-00042 or case.view_sensitive</source>
        <translation>Фильтр по делу, действию или человеку, например TD-2026-00042 или case.view_sensitive</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Отфильтровать журнал аудита</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln event(s)</source>
        <translation>
            <numerusform>Показано %1 из %Ln события</numerusform>
            <numerusform>Показано %1 из %Ln событий</numerusform>
            <numerusform>Показано %1 из %Ln событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::BackupKeyDialog</name>
    <message>
        <source>Encrypted Backup</source>
        <translation>Зашифрованная резервная копия</translation>
    </message>
    <message>
        <source>This backup is encrypted. It opens with the passphrase the database had on the day of the backup, or its recovery key.</source>
        <translation>Эта резервная копия зашифрована. Она открывается паролем, который был у базы данных в день создания копии, или её ключом восстановления.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>td::ui::BackupProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Копирование базы данных…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <source>Copying the evidence files and checking each one…</source>
        <translation>Копирование файлов доказательств и проверка каждого…</translation>
    </message>
    <message>
        <source>Checking every evidence file…</source>
        <translation>Проверка всех файлов доказательств…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Установка резервной копии на место…</translation>
    </message>
    <message>
        <source>Replacing the cases with the backup&apos;s. This cannot be canceled now.</source>
        <translation>Замена дел делами из резервной копии. Теперь это нельзя отменить.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Checking the whole backup before anything is written…</source>
        <translation>Проверка всей резервной копии, прежде чем что-либо будет записано…</translation>
    </message>
    <message>
        <source>Writing the backup&apos;s cases, evidence and audit log into the empty office database…</source>
        <translation>Запись дел, доказательств и журнала аудита из резервной копии в пустую базу данных организации…</translation>
    </message>
    <message>
        <source>Saving the restored database. This cannot be canceled now.</source>
        <translation>Сохранение восстановленной базы данных. Теперь это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseDetailPanel</name>
    <message>
        <source>Select a case in the list to see its details.</source>
        <translation>Выберите дело в списке, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Show sensitive fields</source>
        <translation>Показать конфиденциальные поля</translation>
    </message>
    <message>
        <source>Immigration status, A-number, address and other fields that could endanger the client, and the witnesses&apos; contact details. Showing them is recorded in the audit log.</source>
        <translation>Иммиграционный статус, номер A, адрес и другие поля, которые могут подвергнуть клиента опасности, а также контакты свидетелей. Их показ записывается в журнал аудита.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseEditor</name>
    <message>
        <source>The case this draft belongs to no longer exists; the draft will be saved as a new case.</source>
        <translation>Дела, к которому относится этот черновик, больше нет; черновик будет сохранён как новое дело.</translation>
    </message>
    <message>
        <source>Restored the unsaved draft from %1. Save it to keep it.</source>
        <translation>Восстановлен несохранённый черновик от %1. Сохраните его, чтобы не потерять.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Происшествие %1</translation>
    </message>
    <message>
        <source>Remove Incident</source>
        <translation>Удалить происшествие</translation>
    </message>
    <message>
        <source>Remove incident %1 and everything entered for it?</source>
        <translation>Удалить происшествие %1 и всё, что для него введено?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Not saved yet: please fix the fields marked in red.</source>
        <translation>Ещё не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept in a draft.</source>
        <translation>Не сохранено: %1 Введённые данные сохранены в черновике.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Discard the changes to this case?</source>
        <translation>Отменить изменения в этом деле?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
    <message>
        <source>That client changed meanwhile; search again.</source>
        <translation>Этот клиент тем временем изменился; выполните поиск снова.</translation>
    </message>
    <message>
        <source>Linked to the existing client of %1.</source>
        <translation>Связано с существующим клиентом дела %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>К&amp;лиент</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Происшествия</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Добавить происшествие</translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation>Удалить происшествие</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Поданные жалобы</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Последующие действия</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>Сохранить дело (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>Сохранить дело</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Закрыть дело</translation>
    </message>
    <message>
        <source>Filing and follow-&amp;ups</source>
        <translation>Подача и &amp;последующие действия</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Save the case first; then attach photos, recordings and documents.</source>
        <translation>Сначала сохраните дело, затем прикрепите фото, записи и документы.</translation>
    </message>
    <message>
        <source>Case Changed Elsewhere</source>
        <translation>Дело изменено в другом месте</translation>
    </message>
    <message>
        <source>Not saved: this case was changed elsewhere. Your entries are kept in a draft.</source>
        <translation>Не сохранено: это дело было изменено в другом месте. Введённое вами сохранено в черновике.</translation>
    </message>
    <message>
        <source>This case was deleted elsewhere. Saving will keep your entries in a draft; nothing is lost.</source>
        <translation>Это дело было удалено в другом месте. При сохранении введённое вами останется в черновике; ничего не потеряется.</translation>
    </message>
    <message>
        <source>This case was changed elsewhere (in another window or by trustdesk-cli) since you opened it. When you save, you choose which version to keep.</source>
        <translation>Это дело было изменено в другом месте (в другом окне или через trustdesk-cli) с тех пор, как вы его открыли. При сохранении вы выберете, какую версию оставить.</translation>
    </message>
    <message>
        <source>Not revealed: %1</source>
        <translation>Не показано: %1</translation>
    </message>
    <message>
        <source>no field you can see (the same values were saved again)</source>
        <translation>ни одно из видимых вам полей (те же значения сохранены повторно)</translation>
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

Изменено с тех пор, как вы его открыли: %2.

Оставить вашу версию (она заменит их версию, а в журнал аудита будет записано, что вы её перезаписали), взять их версию (ваша сохранится как черновик) или вернуться к правке?</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Оставить &amp;мою</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Взять &amp;их</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <source>Their version was not loaded: yours could not be kept as a draft, so it stays here.</source>
        <translation>Их версия не загружена: вашу не удалось сохранить как черновик, поэтому она остаётся здесь.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1. Your version is kept as an unsaved draft; TrustDesk offers it again when it next starts.</source>
        <translation>Загружена версия, которую сохранил(а) %1. Ваша версия хранится как несохранённый черновик; TrustDesk снова предложит её при следующем запуске.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1.</source>
        <translation>Загружена версия, которую сохранил(а) %1.</translation>
    </message>
    <message>
        <source>Office Server Unreachable</source>
        <translation>Сервер организации недоступен</translation>
    </message>
    <message>
        <source>%1

Your entries stay in this form and in a draft on this computer.</source>
        <translation>%1

Введённые вами данные остаются в этой форме и в черновике на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>По&amp;вторить</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListExportDialog</name>
    <message>
        <source>Export Case List</source>
        <translation>Экспорт списка дел</translation>
    </message>
    <message>
        <source>Also include these sensitive columns</source>
        <translation>Также включить эти конфиденциальные столбцы</translation>
    </message>
    <message>
        <source>The file will hold facts that can expose clients to immigration enforcement. Keep it on an encrypted disk and delete it when done.</source>
        <translation>В файле будут сведения, из-за которых клиенты могут попасть в поле зрения иммиграционных органов. Храните его на зашифрованном диске и удалите, когда закончите.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) of the current list, in its order, go to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</source>
        <translation>
            <numerusform>%n дело текущего списка будет записано в файл электронной таблицы (CSV или книгу Excel) в порядке списка: номер дела, статус, даты, сотрудник по делу, имя и язык клиента. Экспорт записывается в журнал аудита.</numerusform>
            <numerusform>%n дела текущего списка будут записаны в файл электронной таблицы (CSV или книгу Excel) в порядке списка: номер дела, статус, даты, сотрудник по делу, имя и язык клиента. Экспорт записывается в журнал аудита.</numerusform>
            <numerusform>%n дел текущего списка будут записаны в файл электронной таблицы (CSV или книгу Excel) в порядке списка: номер дела, статус, даты, сотрудник по делу, имя и язык клиента. Экспорт записывается в журнал аудита.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListPage</name>
    <message>
        <source>Search names, places, narratives, officers, badge numbers…</source>
        <translation>Поиск по именам, местам, рассказам, полицейским, номерам жетонов…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Дел пока нет</translation>
    </message>
    <message>
        <source>Start with the person in front of you: New Case opens the intake form. Add your office&apos;s name, address, phone and email too: client copies and handouts print them, so clients know how to reach you.</source>
        <translation>Начните с человека, который перед вами: «Новое дело» открывает форму приёма. Добавьте также название, адрес, телефон и эл. почту вашей организации: они печатаются на копиях для клиента и памятках, чтобы клиенты знали, как с вами связаться.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseWorkspace</name>
    <message>
        <source>The case could not be opened.</source>
        <translation>Не удалось открыть дело.</translation>
    </message>
    <message>
        <source>TrustDesk closed before your changes to %1 (%2) were saved. The draft is from %3.

Restore it?</source>
        <translation>TrustDesk закрылся до того, как ваши изменения в %1 (%2) были сохранены. Черновик от %3.

Восстановить его?</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>TrustDesk closed before a new case for %1 was saved. The draft is from %2.

Restore it?</source>
        <translation>TrustDesk закрылся до того, как новое дело для %1 было сохранено. Черновик от %2.

Восстановить его?</translation>
    </message>
    <message>
        <source>Restore Unsaved Draft</source>
        <translation>Восстановить несохранённый черновик</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <source>Delete %1 (%2) and everything recorded in it? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>Удалить %1 (%2) и всё, что в нём записано? Это нельзя отменить; в журнале аудита останется запись об удалении.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>&amp;Edit Case</source>
        <translation>&amp;Изменить дело</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>&amp;Удалить дело…</translation>
    </message>
    <message>
        <source>Save the case first: the report is made from what is stored.</source>
        <translation>Сначала сохраните дело: отчёт составляется по сохранённым данным.</translation>
    </message>
    <message>
        <source>Complaint &amp;Report…</source>
        <translation>От&amp;чёт о жалобе…</translation>
    </message>
    <message>
        <source>Unsaved Draft Damaged</source>
        <translation>Несохранённый черновик повреждён</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</source>
        <translation>
            <numerusform>Не удалось открыть %n несохранённый черновик: файл на диске изменён или повреждён, поэтому он не восстановлен. Он отложен в %1.</numerusform>
            <numerusform>Не удалось открыть %n несохранённых черновика: файл на диске изменён или повреждён, поэтому он не восстановлен. Он отложен в %1.</numerusform>
            <numerusform>Не удалось открыть %n несохранённых черновиков: файл на диске изменён или повреждён, поэтому он не восстановлен. Он отложен в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseworkerProfileDialog</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>Добро пожаловать в TrustDesk</translation>
    </message>
    <message>
        <source>Who is using TrustDesk on this computer? Your name and role are recorded with every change to a case and every look at a client&apos;s sensitive information, in the audit log and in the evidence chain of custody. You can change them later in Preferences.</source>
        <translation>Кто пользуется TrustDesk на этом компьютере? Ваше имя и роль записываются при каждом изменении дела и каждом просмотре конфиденциальных сведений клиента — в журнале аудита и в цепочке хранения доказательств. Позже их можно изменить в настройках.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Caseworker Profile</source>
        <translation>Профиль сотрудника по делу</translation>
    </message>
    <message>
        <source>Entries made from now on are recorded under this name and role. Entries already in the audit log keep the name they were made under.</source>
        <translation>Записи, сделанные с этого момента, регистрируются под этим именем и ролью. Записи, уже находящиеся в журнале аудита, сохраняют имя, под которым они были сделаны.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Ваше полное имя</translation>
    </message>
    <message>
        <source>For example: caseworker, supervisor, interpreter</source>
        <translation>Например: сотрудник по делу, руководитель, переводчик</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Ваша организация</translation>
    </message>
    <message>
        <source>How a client reaches you: printed on client copies and handouts. Leave empty what you do not want printed.</source>
        <translation>Как клиент может с вами связаться: печатается на копиях для клиента и памятках. Оставьте пустым то, что не нужно печатать.</translation>
    </message>
    <message>
        <source>O&amp;ffice name:</source>
        <translation>&amp;Название организации:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Пояс этого компьютера (%1)</translation>
    </message>
    <message>
        <source>Photo capture times and other times are shown in this zone.</source>
        <translation>Время съёмки фотографий и другое время показывается в этом поясе.</translation>
    </message>
</context>
<context>
    <name>td::ui::ChangePassphraseDialog</name>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Текущий пароль неверен. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1 The old passphrase still opens the database.</source>
        <translation>Не удалось сменить пароль: %1 Старый пароль по-прежнему открывает базу данных.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on; the old one no longer does. The recovery key you wrote down keeps working. Backups made before today still open with the passphrase of their day.</source>
        <translation>С этого момента базу данных открывает новый пароль, а старый больше не открывает. Записанный вами ключ восстановления продолжает работать. Резервные копии, сделанные до сегодняшнего дня, по-прежнему открываются паролем, который действовал в тот день.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Подтверждение</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>&amp;Сменить пароль</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Смена пароля…</translation>
    </message>
</context>
<context>
    <name>td::ui::ClientForm</name>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>As the client writes it, in any script</source>
        <translation>Так, как пишет клиент, любым алфавитом</translation>
    </message>
    <message>
        <source>e.g. 617-555-0142</source>
        <translation>например, 617-555-0142</translation>
    </message>
    <message>
        <source>e.g. A123-456-789</source>
        <translation>например, A123-456-789</translation>
    </message>
    <message>
        <source>&amp;Link case to this client</source>
        <translation>&amp;Связать дело с этим клиентом</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <source>Possible matching clients</source>
        <translation>Возможные совпадения среди клиентов</translation>
    </message>
    <message>
        <source>This case is linked to a client already in the database: edits here update that client everywhere.</source>
        <translation>Это дело связано с клиентом, который уже есть в базе данных: изменения здесь обновят этого клиента везде.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>то же имя</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>тот же номер телефона</translation>
    </message>
    <message>
        <source>%1 (%2), cases: %3</source>
        <translation>%1 (%2), дела: %3</translation>
    </message>
    <message>
        <source>This client may already be in the database. Link this case to them instead of creating a duplicate?</source>
        <translation>Возможно, этот клиент уже есть в базе данных. Связать это дело с ним вместо создания дубликата?</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Reveal All Sensitive Fields</source>
        <translation>Показать все конфиденциальные поля</translation>
    </message>
    <message>
        <source>Show every hidden sensitive field (%1); recorded in the audit log</source>
        <translation>Показать все скрытые конфиденциальные поля (%1); записывается в журнал аудита</translation>
    </message>
    <message>
        <source>Anonymous Client</source>
        <translation>Анонимный клиент</translation>
    </message>
    <message>
        <source>An anonymous client&apos;s name is not kept. Remove the name from this case now?</source>
        <translation>Имя анонимного клиента не хранится. Удалить имя из этого дела сейчас?</translation>
    </message>
    <message>
        <source>&amp;Remove the Name</source>
        <translation>&amp;Удалить имя</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
</context>
<context>
    <name>td::ui::ComplaintReportDialog</name>
    <message>
        <source>Complaint Submission: %1</source>
        <translation>Жалоба для подачи: %1</translation>
    </message>
    <message>
        <source>Another body…</source>
        <translation>Другой орган…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>Название органа</translation>
    </message>
    <message>
        <source>The caseworker or office, on the client&apos;s behalf</source>
        <translation>Сотрудник по делу или организация, от имени клиента</translation>
    </message>
    <message>
        <source>The client, in their own name</source>
        <translation>Клиент, от своего имени</translation>
    </message>
    <message>
        <source>Anonymous: name nobody</source>
        <translation>Анонимно: никого не называть</translation>
    </message>
    <message>
        <source>&amp;Filed by:</source>
        <translation>&amp;Подаёт:</translation>
    </message>
    <message>
        <source>Filer&apos;s &amp;name:</source>
        <translation>&amp;Имя подающего:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Leave empty for the standard request: investigate, keep the client&apos;s identity confidential, give a tracking number, report the outcome.</source>
        <translation>Оставьте пустым для стандартной просьбы: расследовать, сохранить в тайне личность клиента, присвоить номер обращения, сообщить результат.</translation>
    </message>
    <message>
        <source>&amp;Requested action:</source>
        <translation>&amp;Запрашиваемые меры:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>Withheld from the document</source>
        <translation>Не включается в документ</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Включить: %1</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Пред&amp;просмотр…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить как PDF…</translation>
    </message>
    <message>
        <source>&amp;Client Copy…</source>
        <translation>&amp;Копия для клиента…</translation>
    </message>
    <message>
        <source>A short copy for the client, in their language: what was filed and the next steps</source>
        <translation>Краткая копия для клиента на его языке: что подано и дальнейшие шаги</translation>
    </message>
    <message>
        <source>The client&apos;s consent to file is not recorded: the document is marked as a draft.</source>
        <translation>Согласие клиента на подачу жалобы не записано: документ помечен как черновик.</translation>
    </message>
    <message>
        <source>Included deliberately: %1. The document will show these values, and the choice is recorded in the audit log.</source>
        <translation>Включено намеренно: %1. Документ покажет эти значения, а выбор записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Include Sensitive Information</source>
        <translation>Включить конфиденциальные сведения</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1 to %2. Include it?</source>
        <translation>Этот документ покажет «%1» клиента органу «%2». Включить?</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Complaint Submission</source>
        <translation>Жалоба для подачи</translation>
    </message>
    <message>
        <source>Print Complaint Submission</source>
        <translation>Печать жалобы для подачи</translation>
    </message>
    <message>
        <source>%1 complaint.pdf</source>
        <translation>%1 жалоба.pdf</translation>
    </message>
    <message>
        <source>%1 client copy.pdf</source>
        <translation>%1 копия для клиента.pdf</translation>
    </message>
    <message>
        <source>Client Copy</source>
        <translation>Копия для клиента</translation>
    </message>
    <message>
        <source>These facts about the client and the witnesses are left out; the document names the kinds withheld, never their values. Tick one only when the person concerned agrees it must go to this body.</source>
        <translation>Эти сведения о клиенте и свидетелях не включаются; в документе указываются виды скрытых сведений, но не их значения. Отмечайте пункт, только если человек, которого это касается, согласен, что эти сведения должны попасть в этот орган.</translation>
    </message>
    <message>
        <source>This document will show %1 to %2. Include them?</source>
        <translation>Этот документ покажет «%1» органу «%2». Включить их?</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1, and %2, to %3. Include them?</source>
        <translation>Этот документ покажет «%1» клиента, а также «%2», органу «%3». Включить их?</translation>
    </message>
    <message>
        <source>Words that may reveal immigration status</source>
        <translation>Слова, которые могут раскрыть иммиграционный статус</translation>
    </message>
    <message>
        <source>Mask them in the document</source>
        <translation>Скрыть их в документе</translation>
    </message>
    <message>
        <source>&amp;Mask These</source>
        <translation>&amp;Скрыть эти</translation>
    </message>
    <message>
        <source>These words are masked as [withheld] in the document. The case itself keeps them.</source>
        <translation>В документе эти слова заменяются на [скрыто]. В самом деле они сохраняются.</translation>
    </message>
    <message>
        <source>The case&apos;s text has words that may tell the reader the client&apos;s immigration status. They are printed as written unless you mask them. Withheld values found in the text are always masked.</source>
        <translation>В тексте дела есть слова, по которым читатель может узнать иммиграционный статус клиента. Они печатаются как есть, если вы их не скроете. Скрытые значения, найденные в тексте, скрываются всегда.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Открыть P&amp;DF</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <source>No program to open &quot;%1&quot; was found.</source>
        <translation>Не найдена программа, чтобы открыть «%1».</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>Не удалось открыть папку «%1».</translation>
    </message>
    <message>
        <source>Laying out &quot;%1&quot;…</source>
        <translation>Вёрстка «%1»…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Запись страницы %1 из %2…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in %2.</source>
        <translation>«%1» сохранён в %2.</translation>
    </message>
    <message>
        <source>Stopped. No PDF was saved.</source>
        <translation>Остановлено. PDF не сохранён.</translation>
    </message>
</context>
<context>
    <name>td::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <translation>Подключение к серверу организации</translation>
    </message>
    <message>
        <source>Your office keeps its cases on a shared server. Enter what your administrator gave you.</source>
        <translation>Ваша организация хранит дела на общем сервере. Введите данные, которые вам дал администратор.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org или папка сокета, например /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Пор&amp;т:</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>Ваша &amp;учётная запись:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Центр сертификации:</translation>
    </message>
    <message>
        <source>Optional: the office&apos;s certificate file (PEM)</source>
        <translation>Необязательно: файл сертификата организации (PEM)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>URI &amp;подключения:</translation>
    </message>
    <message>
        <source>postgresql://login@server/database</source>
        <translation>postgresql://login@server/database</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Only when the server asks for one. It is kept in memory for this session and never saved.</source>
        <translation>Только если сервер его запрашивает. Он хранится в памяти на время этого сеанса и никогда не сохраняется.</translation>
    </message>
    <message>
        <source>Paste a connection URI &amp;instead</source>
        <translation>Вместо этого &amp;вставить URI подключения</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql:// — for example postgresql://login@server/database.</source>
        <translation>URI подключения начинается с postgresql:// — например, postgresql://login@server/database.</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Enter a name such as db.example.org, an address, or a socket folder starting with /.</source>
        <translation>«%1» — не имя сервера. Введите имя, например db.example.org, адрес или папку сокета, начинающуюся с /.</translation>
    </message>
    <message>
        <source>The socket folder %1 does not exist on this computer.</source>
        <translation>Папки сокета %1 на этом компьютере нет.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Порт — это число от 1 до 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the office&apos;s database (your administrator knows it).</source>
        <translation>Введите имя базы данных организации (его знает ваш администратор).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>Не удаётся прочитать файл центра сертификации %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connecting was cancelled. What you typed is still here.</source>
        <translation>Подключение отменено. Всё, что вы ввели, осталось на месте.</translation>
    </message>
    <message>
        <source>Restore into an Empty Office Database</source>
        <translation>Восстановление в пустую базу данных организации</translation>
    </message>
    <message>
        <source>An office backup is restored only into an empty office database, never over one that holds cases. Make a new database on the server (createdb), then enter it here; the server and login are those you are connected with. Continue checks that it is empty before anything is written.</source>
        <translation>Резервная копия организации восстанавливается только в пустую базу данных организации и никогда — поверх базы, в которой есть дела. Создайте на сервере новую базу данных (createdb), затем укажите её здесь; сервер и учётная запись — те, с которыми вы сейчас подключены. Кнопка «Далее» проверит, что база пуста, прежде чем что-либо будет записано.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Checking that the database is empty…</source>
        <translation>Проверка того, что база данных пуста…</translation>
    </message>
    <message>
        <source>Checking the office database…</source>
        <translation>Проверка базы данных организации…</translation>
    </message>
    <message>
        <source>Checking was cancelled. What you typed is still here.</source>
        <translation>Проверка отменена. Всё, что вы ввели, осталось на месте.</translation>
    </message>
</context>
<context>
    <name>td::ui::DateLineEdit</name>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <extracomment>%1 is today&apos;s style of date in the interface language, e.g. 12/31/2026.</extracomment>
        <translation>например, %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EncryptDatabaseDialog</name>
    <message>
        <source>The database was not encrypted; it is as it was.
%1</source>
        <translation>База данных не зашифрована; она осталась как была.
%1</translation>
    </message>
    <message>
        <source>Canceling… nothing will be changed.</source>
        <translation>Отмена… ничего не будет изменено.</translation>
    </message>
    <message>
        <source>Encrypt This Database</source>
        <translation>Зашифровать эту базу данных</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Encrypt %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Once encrypted, nobody can read the clients&apos; names, addresses, immigration status, the evidence files or anything else in this database without it, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;An encrypted copy is made beside the database and checked against it; only then does it take the original&apos;s place, and the unencrypted files are deleted. If the passphrase is forgotten, the only way back in is the recovery key shown before the switch.&lt;/p&gt;&lt;p&gt;Deleted files can linger in the disk&apos;s free space: full-disk encryption of this computer is what removes that last trace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Зашифровать %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Выберите пароль. После шифрования никто не сможет прочитать имена клиентов, адреса, иммиграционный статус, файлы доказательств и всё остальное в этой базе данных без него, даже если диск этого компьютера окажется у него в руках. Вы вводите пароль при каждом запуске TrustDesk.&lt;/p&gt;&lt;p&gt;Рядом с базой данных создаётся зашифрованная копия, и она сверяется с оригиналом; только после этого она занимает его место, а незашифрованные файлы удаляются. Если пароль забыт, единственный способ войти — ключ восстановления, показанный перед заменой.&lt;/p&gt;&lt;p&gt;Удалённые файлы могут оставаться в свободном месте диска: последний след убирает только полное шифрование диска этого компьютера.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>По&amp;вторите его:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Зашифровать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <source>Encrypting the cases…</source>
        <translation>Шифрование дел…</translation>
    </message>
    <message>
        <source>Comparing the encrypted copy with the original…</source>
        <translation>Сравнение зашифрованной копии с оригиналом…</translation>
    </message>
    <message>
        <source>Encrypting the evidence files…</source>
        <translation>Шифрование файлов доказательств…</translation>
    </message>
    <message>
        <source>Putting the encrypted database in place…</source>
        <translation>Установка зашифрованной базы данных на место…</translation>
    </message>
    <message>
        <source>The encrypted copy is ready and checked. This is its recovery key, shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase. The encrypted copy takes the original&apos;s place when you continue.</source>
        <translation>Зашифрованная копия готова и проверена. Это её ключ восстановления, он показывается только один раз. Запишите или распечатайте его и храните в надёжном месте отдельно от этого компьютера. Он открывает базу данных, если пароль забыт, поэтому берегите его так же, как пароль. Когда вы продолжите, зашифрованная копия займёт место оригинала.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>&amp;Сохранить в файл…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>Я записал его или надёжно с&amp;охранил</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceDetailsDialog</name>
    <message>
        <source>Evidence Details</source>
        <translation>Сведения о доказательстве</translation>
    </message>
    <message>
        <source>Correct what was recorded about this file. The file itself never changes, and the correction is kept in its chain of custody.</source>
        <translation>Исправьте то, что записано об этом файле. Сам файл никогда не меняется, а исправление сохраняется в его цепочке хранения.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>&amp;Неизвестно</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Date ca&amp;ptured:</source>
        <translation>Дата &amp;съёмки:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 байт)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>The date captured is in the future. Pick a date and time that have passed, or tick Unknown.</source>
        <translation>Дата съёмки в будущем. Выберите уже прошедшие дату и время или отметьте «Неизвестно».</translation>
    </message>
    <message>
        <source>The details were not saved. %1</source>
        <translation>Сведения не сохранены. %1</translation>
    </message>
    <message>
        <source>The office&apos;s time zone (Preferences)</source>
        <translation>Часовой пояс организации (Настройки)</translation>
    </message>
    <message>
        <source>Where this time comes from: %1</source>
        <translation>Откуда это время: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePanel</name>
    <message>
        <source>Select an item to see its details and chain of custody.</source>
        <translation>Выберите элемент, чтобы увидеть сведения о нём и цепочку хранения.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>Добавлено %1, %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Импортированы только сведения; файла нет в хранилище доказательств.</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(не прочитано)</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Прикрепление %n файла…</numerusform>
            <numerusform>Прикрепление %n файлов…</numerusform>
            <numerusform>Прикрепление %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying every evidence file…</source>
        <translation>Проверка всех файлов доказательств…</translation>
    </message>
    <message>
        <source>Checking the file before opening it…</source>
        <translation>Проверка файла перед открытием…</translation>
    </message>
    <message>
        <source>Nothing was removed: give a reason for removing evidence.</source>
        <translation>Ничего не удалено: укажите причину удаления доказательства.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; the reason is kept in the chain of custody.</source>
        <translation>«%1» удалён; причина сохранена в цепочке хранения.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Canceled: nothing half-done was kept.</source>
        <translation>Отменено: ничего недоделанного не сохранено.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of case %1 (%n item(s))</source>
        <translation>
            <numerusform>Доказательства по делу %1 (%n элемент)</numerusform>
            <numerusform>Доказательства по делу %1 (%n элемента)</numerusform>
            <numerusform>Доказательства по делу %1 (%n элементов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>Прикрепить файлы…</translation>
    </message>
    <message>
        <source>Copy files into the evidence store; you can also drop files here.</source>
        <translation>Скопировать файлы в хранилище доказательств; файлы можно также перетащить сюда.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Verify All</source>
        <translation>Проверить все</translation>
    </message>
    <message>
        <source>Re-hash every evidence file and report any that changed, are missing or unexpected.</source>
        <translation>Пересчитать хеш каждого файла доказательств и сообщить об изменённых, отсутствующих или непредвиденных.</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>SHA-256 at that moment</source>
        <translation>SHA-256 на тот момент</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>The item is no longer on this case; it may have been removed in another window.</source>
        <translation>Этого элемента больше нет в деле; возможно, его удалили в другом окне.</translation>
    </message>
    <message>
        <source>Saved the details of &quot;%1&quot;; the edit is recorded in the chain of custody.</source>
        <translation>Сведения о «%1» сохранены; изменение записано в цепочку хранения.</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>Изменить сведения…</translation>
    </message>
    <message>
        <source>Correct the description, source or date captured (F2).</source>
        <translation>Исправить описание, источник или дату съёмки (F2).</translation>
    </message>
    <message>
        <source>The same redacted copy is already item %1.</source>
        <translation>Такая же копия со скрытыми фрагментами уже есть: элемент %1.</translation>
    </message>
    <message>
        <source>Saved the redacted copy as item %1; the original is unchanged.</source>
        <translation>Копия со скрытыми фрагментами сохранена как элемент %1; оригинал не изменён.</translation>
    </message>
    <message>
        <source>Checking the file before redacting it…</source>
        <translation>Проверка файла перед скрытием фрагментов…</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>Скрыть фрагменты…</translation>
    </message>
    <message>
        <source>Make a copy of this image with faces, plates or other details covered; the original is kept unchanged.</source>
        <translation>Сделать копию этого изображения, где лица, номера машин или другие детали закрыты; оригинал остаётся без изменений.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePreviewDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Доказательство: %1</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Audio and video are not played inside TrustDesk. Use Open with System Player.</source>
        <translation>Аудио и видео не воспроизводятся внутри TrustDesk. Используйте «Открыть в системном проигрывателе».</translation>
    </message>
    <message>
        <source>TrustDesk cannot show this kind of file. Use Open with System Viewer.</source>
        <translation>TrustDesk не может показать файл такого типа. Используйте «Открыть в системной программе просмотра».</translation>
    </message>
    <message>
        <source>Open with System Player</source>
        <translation>Открыть в системном проигрывателе</translation>
    </message>
    <message>
        <source>Open with System Viewer</source>
        <translation>Открыть в системной программе просмотра</translation>
    </message>
    <message>
        <source>Hand the checked file to the system&apos;s own viewer or player.</source>
        <translation>Передать проверенный файл системной программе просмотра или проигрывателю.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Имя: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Размер: %1 (%2 байт)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>This image could not be shown: it may be damaged, in a format TrustDesk cannot read, or too large to decode safely.</source>
        <translation>Не удалось показать это изображение: возможно, оно повреждено, сохранено в формате, который TrustDesk не читает, или слишком велико для безопасного декодирования.</translation>
    </message>
    <message>
        <source>Only the first %1 are shown. Open with System Viewer to see all of it.</source>
        <translation>Показаны только первые %1. Чтобы увидеть всё, используйте «Открыть в системной программе просмотра».</translation>
    </message>
    <message>
        <source>The PDF renderer could not be started. Use Open with System Viewer.</source>
        <translation>Не удалось запустить программу отрисовки страниц PDF. Используйте «Открыть в системной программе просмотра».</translation>
    </message>
    <message numerus="yes">
        <source>Showing this PDF took longer than %n second(s) and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</source>
        <translation>
            <numerusform>Показ этого PDF занял больше %n секунды и был остановлен. Возможно, файл повреждён или специально создан, чтобы перегрузить программу просмотра; если вы ему доверяете, используйте «Открыть в системной программе просмотра».</numerusform>
            <numerusform>Показ этого PDF занял больше %n секунд и был остановлен. Возможно, файл повреждён или специально создан, чтобы перегрузить программу просмотра; если вы ему доверяете, используйте «Открыть в системной программе просмотра».</numerusform>
            <numerusform>Показ этого PDF занял больше %n секунд и был остановлен. Возможно, файл повреждён или специально создан, чтобы перегрузить программу просмотра; если вы ему доверяете, используйте «Открыть в системной программе просмотра».</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF could not be shown: it may be damaged, not really a PDF, or need more memory than a preview may use. Use Open with System Viewer if you trust it.</source>
        <translation>Не удалось показать этот PDF: возможно, он повреждён, на самом деле не является PDF или требует больше памяти, чем разрешено для предпросмотра. Если вы ему доверяете, используйте «Открыть в системной программе просмотра».</translation>
    </message>
    <message>
        <source>This PDF could not be shown: it has no pages TrustDesk can read. Use Open with System Viewer if you trust it.</source>
        <translation>Не удалось показать этот PDF: в нём нет страниц, которые TrustDesk может прочитать. Если вы ему доверяете, используйте «Открыть в системной программе просмотра».</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be shown.</source>
        <translation>Не удалось показать страницу %1 этого PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>This database is encrypted, so its evidence is never written out decrypted. Export the case&apos;s evidence to a folder to open it in another program.</source>
        <translation>Эта база данных зашифрована, поэтому её доказательства никогда не записываются в расшифрованном виде. Экспортируйте доказательства дела в папку, чтобы открыть их в другой программе.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because poppler&apos;s pdftoppm and pdfinfo are not installed (package poppler-utils). Export the file to open it in another program.</source>
        <translation>Страницы PDF здесь показать нельзя, потому что не установлены pdftoppm и pdfinfo из poppler (пакет poppler-utils). Экспортируйте файл, чтобы открыть его в другой программе.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely: bubblewrap (package bubblewrap) is needed to keep the file away from your other files.</source>
        <translation>Страницы PDF здесь показать нельзя, потому что PDF нельзя безопасно открыть: нужен bubblewrap (пакет bubblewrap), чтобы изолировать файл от других ваших файлов.</translation>
    </message>
    <message>
        <source>This PDF is too large to be shown here. Export it to open it in another program.</source>
        <translation>Этот PDF слишком велик, чтобы показать его здесь. Экспортируйте его, чтобы открыть в другой программе.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely.</source>
        <translation>Страницы PDF здесь показать нельзя, потому что PDF нельзя безопасно открыть.</translation>
    </message>
    <message>
        <source>Evidence on the office server is encrypted with the office key and is never written out decrypted on this computer. Export it (trustdesk-cli evidence-export) to open it in another program.</source>
        <translation>Доказательства на сервере организации зашифрованы ключом организации и никогда не записываются на этот компьютер в расшифрованном виде. Экспортируйте их (trustdesk-cli evidence-export), чтобы открыть в другой программе.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceThumbnailProxy</name>
    <message>
        <source>The evidence on this office server is encrypted with the office key, which is not unlocked: it cannot be shown, attached or redacted here. Connect again (File › Connect to Office Server…) and give your office key passphrase to open it.</source>
        <translation>Доказательства на этом сервере организации зашифрованы ключом организации, а он не разблокирован: здесь их нельзя показать, прикрепить или скрыть в них фрагменты. Подключитесь снова (Файл › Подключиться к серверу организации…) и введите свой пароль к ключу организации, чтобы открыть их.</translation>
    </message>
</context>
<context>
    <name>td::ui::FollowUpsDock</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Предстоящие действия</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Просрочено (%1)</translation>
    </message>
    <message>
        <source>Due within a week (%1)</source>
        <translation>В течение недели (%1)</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>Нет ничего просроченного или на этой неделе.</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleList</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>The law</source>
        <translation>Закон</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleView</name>
    <message>
        <source>Source %1: %2
%3</source>
        <translation>Источник %1: %2
%3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Перейти к «%1»</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceBrowser</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Load Guidance Folder…</source>
        <translation>&amp;Загрузить папку памяток…</translation>
    </message>
    <message>
        <source>Read a guidance pack your office keeps in a folder</source>
        <translation>Прочитать пакет памяток, который ваша организация хранит в папке</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Guidance</source>
        <translation>Использовать &amp;встроенные памятки</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print this article as a handout in the language shown</source>
        <translation>Напечатать эту статью как памятку на показанном языке</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Save this article as a PDF handout in the language shown</source>
        <translation>Сохранить эту статью как памятку в PDF на показанном языке</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>В&amp;перёд</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Рядом</translation>
    </message>
    <message>
        <source>Show the article in two languages at once</source>
        <translation>Показать статью сразу на двух языках</translation>
    </message>
    <message>
        <source>&amp;Search Guidance</source>
        <translation>&amp;Поиск по памяткам</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Памятки</translation>
    </message>
    <message>
        <source>Rights Guidance — TrustDesk</source>
        <translation>Памятки о правах — TrustDesk</translation>
    </message>
    <message>
        <source>Rights Guidance: %1 — TrustDesk</source>
        <translation>Памятки о правах: %1 — TrustDesk</translation>
    </message>
    <message>
        <source>%1 · version %2 · last reviewed %3</source>
        <translation>%1 · версия %2 · последняя проверка %3</translation>
    </message>
    <message>
        <source>Built-in guidance</source>
        <translation>Встроенные памятки</translation>
    </message>
    <message>
        <source>Rights Guidance</source>
        <translation>Памятки о правах</translation>
    </message>
    <message>
        <source>The guidance in %1 cannot be used, so the guidance already open stays in use.

%2</source>
        <translation>Памятки в %1 нельзя использовать, поэтому остаются уже открытые.

%2</translation>
    </message>
    <message>
        <source>Loaded guidance from %1</source>
        <translation>Памятки загружены из %1</translation>
    </message>
    <message>
        <source>Load Guidance Folder</source>
        <translation>Загрузить папку памяток</translation>
    </message>
    <message>
        <source>Category code: %1</source>
        <translation>Код категории: %1</translation>
    </message>
    <message>
        <source>Category codes: %1</source>
        <translation>Коды категорий: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Источник %1: %2</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Nothing about the case is sent.</source>
        <translation>Открыть этот адрес в браузере? Никакие сведения о деле не передаются.</translation>
    </message>
    <message>
        <source>Open Source</source>
        <translation>Открыть источник</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <translation>[%1] %2 — %3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Перейти к «%1»</translation>
    </message>
    <message>
        <source>Print Guidance Handout</source>
        <translation>Печать памятки</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Installed guidance update</source>
        <translation>Установленное обновление памяток</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidancePane</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original text, in the language the guidance was written in.</source>
        <translation>Исходный текст на языке, на котором написана памятка.</translation>
    </message>
    <message>
        <source>Translation reviewed by a native speaker.</source>
        <translation>Перевод проверен носителем языка.</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet reviewed by a native speaker.</source>
        <translation>Машинный перевод, ещё не проверенный носителем языка.</translation>
    </message>
    <message>
        <source>The %1 text is authoritative.</source>
        <translation>Текст на языке %1 имеет силу.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Источники проверены: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceSearchPanel</name>
    <message>
        <source>Search the guidance…</source>
        <translation>Поиск по памяткам…</translation>
    </message>
    <message>
        <source>&amp;All languages</source>
        <translation>&amp;Все языки</translation>
    </message>
    <message>
        <source>Search every translation instead of only the language shown</source>
        <translation>Искать во всех переводах, а не только на показанном языке</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::IncidentForm</name>
    <message>
        <source>Read the rights guidance</source>
        <translation>Прочитать памятку о правах</translation>
    </message>
    <message>
        <source>Street address, intersection or landmark</source>
        <translation>Адрес, перекрёсток или ориентир</translation>
    </message>
    <message>
        <source>e.g. Boston Police Department</source>
        <translation>например, Полицейское управление Бостона</translation>
    </message>
    <message>
        <source>What happened, in the client&apos;s words, in order.</source>
        <translation>Что произошло, словами клиента, по порядку.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Rights guidance: %1</source>
        <translation>Разъяснение прав: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::LockScreen</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Неверный пароль. Попробуйте снова.</translation>
    </message>
    <message>
        <source>TrustDesk is locked</source>
        <translation>TrustDesk заблокирован</translation>
    </message>
    <message>
        <source>Case data is hidden while you are away. Enter the app passphrase to continue.</source>
        <translation>Пока вас нет, данные дел скрыты. Введите пароль приложения, чтобы продолжить.</translation>
    </message>
    <message>
        <source>App passphrase</source>
        <translation>Пароль приложения</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>Введите ключ восстановления.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>Этот ключ восстановления не открывает эту базу данных.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Этот пароль неверен.</translation>
    </message>
    <message numerus="yes">
        <source>%1 You can try again in %n second(s).</source>
        <translation>
            <numerusform>%1 Повторить попытку можно через %n секунду.</numerusform>
            <numerusform>%1 Повторить попытку можно через %n секунды.</numerusform>
            <numerusform>%1 Повторить попытку можно через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Попробуйте снова.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the database %1 was made: 13 groups of four letters and digits.</source>
        <translation>Введите ключ восстановления, который вы записали при создании базы данных %1: 13 групп из четырёх букв и цифр.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>База данных %1 зашифрована. Введите её пароль, чтобы открыть её.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>Пароль базы данных</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>Использовать &amp;пароль</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key</source>
        <translation>Забыли пароль? Используйте &amp;ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>No passphrase protects this database: it is closed, but anyone at this computer could open it again. Set an app passphrase now to continue; better still, encrypt the database afterwards (Encrypt… in the banner) so its file cannot be read without you.</source>
        <translation>Эту базу данных не защищает пароль: она закрыта, но любой за этим компьютером может снова её открыть. Чтобы продолжить, задайте пароль приложения; а лучше потом ещё и зашифруйте базу данных («Зашифровать…» на панели), чтобы её файл нельзя было прочитать без вас.</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>&amp;Задать пароль…</translation>
    </message>
    <message>
        <source>Enter your passphrase for the office key.</source>
        <translation>Введите ваш пароль к ключу организации.</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key.</source>
        <translation>Этот пароль не открывает ключ организации.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was opened; you can try again.</source>
        <translation>Остановлено. Ничего не открыто; можно попробовать снова.</translation>
    </message>
    <message>
        <source>Connecting to the office server and unlocking the office key…</source>
        <translation>Подключение к серверу организации и разблокировка ключа организации…</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Подключение к серверу организации…</translation>
    </message>
    <message>
        <source>Case data on the office server (database %1) is hidden while you are away. Enter your passphrase for the office key (login %2) to continue.</source>
        <translation>Пока вас нет, данные дел на сервере организации (база данных %1) скрыты. Введите ваш пароль к ключу организации (учётная запись %2), чтобы продолжить.</translation>
    </message>
    <message>
        <source>Office key passphrase</source>
        <translation>Пароль к ключу организации</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Пароль сервера</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>Пароль для сервера организации</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>The office server did not let you in without a password. Enter your server password as well, then try again.</source>
        <translation>Сервер организации не впустил вас без пароля. Введите также пароль сервера и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find Cases</source>
        <translation>&amp;Найти дела</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>&amp;О программе TrustDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
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
        <translation>%1 уже существует. Выберите новое имя файла, чтобы не заменить существующий файл.</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>О программе TrustDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Case management for legal-aid caseworkers who help immigrants document police misconduct and file complaints.&lt;/p&gt;&lt;p&gt;Cases stay on this computer, in an owner-only database. Sensitive facts such as immigration status are withheld from everything that leaves the app unless you deliberately include them.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Ведение дел для сотрудников юридической помощи, которые помогают иммигрантам документировать неправомерные действия полиции и подавать жалобы.&lt;/p&gt;&lt;p&gt;Дела хранятся на этом компьютере, в базе данных, доступной только владельцу. Конфиденциальные сведения, например иммиграционный статус, не попадают ни во что, что покидает программу, если только вы не включите их намеренно.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching case(s)</source>
        <translation>
            <numerusform>%Ln подходящее дело</numerusform>
            <numerusform>%Ln подходящих дела</numerusform>
            <numerusform>%Ln подходящих дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>&amp;Rights Guidance</source>
        <translation>&amp;Памятки о правах</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>&amp;Безопасность…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Вос&amp;становить из резервной копии…</translation>
    </message>
    <message>
        <source>Your &amp;Office and Profile…</source>
        <translation>&amp;Организация и профиль…</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>Заблокировать сейчас</translation>
    </message>
    <message>
        <source>No passphrase protects this window, so anyone could unlock it with one click. Set an app passphrase now to lock it?</source>
        <translation>Это окно не защищено паролем, поэтому любой может разблокировать его одним щелчком. Задать пароль приложения сейчас, чтобы заблокировать окно?</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>&amp;Задать пароль…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The window was not locked: without a passphrase, anyone could unlock it. Set one in Edit › Security, or encrypt the database (Encrypt… in the banner) so its own passphrase locks it.</source>
        <translation>Окно не заблокировано: без пароля его может разблокировать любой. Задайте пароль в меню Правка › Безопасность или зашифруйте базу данных («Зашифровать…» на панели), чтобы её собственный пароль блокировал окно.</translation>
    </message>
    <message>
        <source>New D&amp;atabase…</source>
        <translation>Новая &amp;база данных…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Полицейские…</translation>
    </message>
    <message>
        <source>E&amp;xport Case List…</source>
        <translation>&amp;Экспорт списка дел…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
    <message>
        <source>Connect to Office Ser&amp;ver…</source>
        <translation>Под&amp;ключиться к серверу организации…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этом компьютере</translation>
    </message>
    <message>
        <source>%1 on %2 — TrustDesk</source>
        <translation>%1 на %2 — TrustDesk</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Зашифровать</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln matching case(s)</source>
        <translation>
            <numerusform>Более %Ln подходящего дела</numerusform>
            <numerusform>Более %Ln подходящих дел</numerusform>
            <numerusform>Более %Ln подходящих дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln case(s)</source>
        <translation>
            <numerusform>Более %Ln дела</numerusform>
            <numerusform>Более %Ln дел</numerusform>
            <numerusform>Более %Ln дел</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works on a database file on this computer. An office server&apos;s data is protected by its logins and TLS, and its evidence is encrypted with the office key (see the office mode guide).</source>
        <translation>%1 работает с файлом базы данных на этом компьютере. Данные сервера организации защищены его учётными записями и TLS, а доказательства на нём зашифрованы ключом организации (см. руководство по работе с сервером организации).</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Подключение отменено.</translation>
    </message>
    <message>
        <source>Res&amp;tore Office Backup…</source>
        <translation>Вос&amp;становить резервную копию организации…</translation>
    </message>
    <message>
        <source>Restores an office backup into a new, empty office database on the server (office admins only); the database open now is not changed.</source>
        <translation>Восстанавливает резервную копию организации в новую пустую базу данных организации на сервере (только для администраторов организации); открытая сейчас база данных не меняется.</translation>
    </message>
    <message>
        <source>Replaces the cases in this database with those of a backup.</source>
        <translation>Заменяет дела в этой базе данных делами из резервной копии.</translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerHint</name>
    <message numerus="yes">
        <source>This officer appears in %n other case(s): %1</source>
        <translation>
            <numerusform>Этот полицейский встречается ещё в %n деле: %1</numerusform>
            <numerusform>Этот полицейский встречается ещё в %n делах: %1</numerusform>
            <numerusform>Этот полицейский встречается ещё в %n делах: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerRosterDialog</name>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>%n полицейский.</numerusform>
            <numerusform>%n полицейских.</numerusform>
            <numerusform>%n полицейских.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of badge %1 (%2):</source>
        <translation>Дела с жетоном %1 (%2):</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>ведомство неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this officer.</source>
        <translation>
            <numerusform>%n дело этого полицейского.</numerusform>
            <numerusform>%n дела этого полицейского.</numerusform>
            <numerusform>%n дел этого полицейского.</numerusform>
        </translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Полицейские</translation>
    </message>
    <message>
        <source>Officers recognized across cases by badge number and agency. Spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros in a badge number are ignored; a record without an agency is listed on its own.</source>
        <translation>Полицейские, узнаваемые в разных делах по номеру жетона и ведомству. Пробелы, «#», «No.» и начальные нули в номере жетона не учитываются; запись без ведомства показывается отдельно.</translation>
    </message>
    <message>
        <source>In at least this many &amp;incidents:</source>
        <translation>Не меньше стольких &amp;происшествий:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Первое происшествие</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Последнее происшествие</translation>
    </message>
    <message>
        <source>Press Enter on an officer to list their cases.</source>
        <translation>Нажмите Enter на полицейском, чтобы увидеть его дела.</translation>
    </message>
    <message>
        <source>Reading the officers…</source>
        <translation>Чтение данных о полицейских…</translation>
    </message>
    <message>
        <source>Reading the cases of this officer…</source>
        <translation>Чтение дел этого полицейского…</translation>
    </message>
</context>
<context>
    <name>td::ui::PlaintextBanner</name>
    <message>
        <source>This database is not encrypted. Anyone who gets hold of this computer or a copy of the file can read every case.</source>
        <translation>Эта база данных не зашифрована. Любой, кто получит этот компьютер или копию файла, сможет прочитать все дела.</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>База данных не зашифрована</translation>
    </message>
    <message>
        <source>E&amp;ncrypt…</source>
        <translation>&amp;Зашифровать…</translation>
    </message>
</context>
<context>
    <name>td::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Case records stay in the language they were written in.</source>
        <translation>Язык меню, кнопок и сообщений. Записи дел остаются на том языке, на котором они написаны.</translation>
    </message>
    <message>
        <source>The new language applies at once. Dates and numbers follow it.</source>
        <translation>Новый язык применяется сразу. Даты и числа тоже меняются.</translation>
    </message>
    <message>
        <source>&amp;Recorded as:</source>
        <translation>&amp;Записывается как:</translation>
    </message>
    <message>
        <source>Set the caseworker profile…</source>
        <translation>Задать профиль сотрудника по делу…</translation>
    </message>
    <message>
        <source>The name and role that the audit log and the chain of custody record for what you do. Click to change them.</source>
        <translation>Имя и роль, которые журнал аудита и цепочка хранения записывают для ваших действий. Нажмите, чтобы изменить.</translation>
    </message>
</context>
<context>
    <name>td::ui::RecoveryKeyActions</name>
    <message>
        <source>At least %n characters.</source>
        <translation>Не менее %n символов.</translation>
    </message>
    <message>
        <source>Strength: weak. Four or five unrelated words are much harder to guess and easier to remember.</source>
        <translation>Надёжность: низкая. Четыре-пять не связанных между собой слов гораздо труднее угадать и легче запомнить.</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>Надёжность: средняя. Ещё несколько слов сделают пароль гораздо труднее для угадывания.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Надёжность: высокая.</translation>
    </message>
    <message>
        <source>TrustDesk recovery key</source>
        <translation>Ключ восстановления TrustDesk</translation>
    </message>
    <message>
        <source>Keep this page locked away, apart from the computer. Anyone who has it and the database can read every case.</source>
        <translation>Храните эту страницу под замком, отдельно от компьютера. Любой, у кого есть она и база данных, может прочитать все дела.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else so it does not stay on the clipboard.</source>
        <translation>Скопировано. Вставьте туда, где храните его в безопасности, затем скопируйте что-нибудь другое, чтобы ключ не остался в буфере обмена.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Сохранить ключ восстановления</translation>
    </message>
    <message>
        <source>The recovery key could not be saved: %1</source>
        <translation>Не удалось сохранить ключ восстановления: %1</translation>
    </message>
    <message>
        <source>TrustDesk recovery key for %1
%2
</source>
        <translation>Ключ восстановления TrustDesk для %1
%2
</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick kept locked away): beside the database it protects nothing.</source>
        <translation>Сохранено в %1. Перенесите его с этого компьютера (на USB-накопитель, который хранится под замком): рядом с базой данных он ничего не защищает.</translation>
    </message>
</context>
<context>
    <name>td::ui::RedactDialog</name>
    <message>
        <source>Looking for faces…</source>
        <translation>Поиск лиц…</translation>
    </message>
    <message>
        <source>No face was suggested. Detection misses faces: look at the whole image.</source>
        <translation>Лица не найдены. Поиск пропускает лица: просмотрите всё изображение.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested (dashed yellow): accept each with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</source>
        <translation>
            <numerusform>Предложено %n лицо (жёлтый пунктир): примите каждое двойным щелчком или клавишей Enter, переместите или удалите. Поиск пропускает лица: проверьте всё изображение.</numerusform>
            <numerusform>Предложено %n лица (жёлтый пунктир): примите каждое двойным щелчком или клавишей Enter, переместите или удалите. Поиск пропускает лица: проверьте всё изображение.</numerusform>
            <numerusform>Предложено %n лиц (жёлтый пунктир): примите каждое двойным щелчком или клавишей Enter, переместите или удалите. Поиск пропускает лица: проверьте всё изображение.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw at least one box over what should be hidden.</source>
        <translation>Нарисуйте хотя бы одну рамку над тем, что нужно скрыть.</translation>
    </message>
    <message>
        <source>Suggestions Not Accepted</source>
        <translation>Предложения не приняты</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested box(es) were not accepted and will not be covered.</source>
        <translation>
            <numerusform>%n предложенная рамка не принята и не будет закрыта.</numerusform>
            <numerusform>%n предложенные рамки не приняты и не будут закрыты.</numerusform>
            <numerusform>%n предложенных рамок не приняты и не будут закрыты.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them</source>
        <translation>Проверить их</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>Сохранить без них</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover; %1 suggestion(s) to review.</source>
        <translation>
            <numerusform>%n рамка для закрытия; предложений для проверки: %1.</numerusform>
            <numerusform>%n рамки для закрытия; предложений для проверки: %1.</numerusform>
            <numerusform>%n рамок для закрытия; предложений для проверки: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover.</source>
        <translation>
            <numerusform>%n рамка для закрытия.</numerusform>
            <numerusform>%n рамки для закрытия.</numerusform>
            <numerusform>%n рамок для закрытия.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redact %1</source>
        <translation>Скрыть фрагменты: %1</translation>
    </message>
    <message>
        <source>Drag on the image to cover faces, plates, badge numbers or addresses. Drag a box to move it; Delete removes the selected box. The copy is a new item: the original is kept unchanged.</source>
        <translation>Проведите по изображению, чтобы закрыть лица, номера машин, номера жетонов или адреса. Перетащите рамку, чтобы её переместить; Delete удаляет выбранную рамку. Копия — новый элемент: оригинал остаётся без изменений.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <source>Fill (solid black)</source>
        <translation>Заливка (сплошной чёрный)</translation>
    </message>
    <message>
        <source>Pixelate (coarse blocks)</source>
        <translation>Пикселизация (крупные блоки)</translation>
    </message>
    <message>
        <source>&amp;Suggest Faces</source>
        <translation>&amp;Найти лица</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Принять предложение</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation>Принять &amp;все предложения</translation>
    </message>
    <message>
        <source>&amp;Remove Box</source>
        <translation>&amp;Удалить рамку</translation>
    </message>
    <message>
        <source>Save Redacted &amp;Copy</source>
        <translation>Сохранить &amp;копию</translation>
    </message>
    <message>
        <source>Saving the redacted copy of %1…</source>
        <translation>Сохранение копии %1 со скрытыми фрагментами…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Скрытие фрагментов</translation>
    </message>
    <message>
        <source>The redacted copy was not saved: %1 Your boxes are still here; you can try again.</source>
        <translation>Копия со скрытыми фрагментами не сохранена: %1 Ваши рамки остались на месте; можно попробовать снова.</translation>
    </message>
</context>
<context>
    <name>td::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Удалить %1 %2</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Пока ничего.</translation>
    </message>
</context>
<context>
    <name>td::ui::SecurityDialog</name>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Блокировать через</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Подтверждение</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>The passphrase could not be stored; try again.</source>
        <translation>Не удалось сохранить пароль; попробуйте снова.</translation>
    </message>
    <message>
        <source>Lock when the &amp;computer locks, goes to sleep or starts its screen saver</source>
        <translation>Блокировать, когда &amp;компьютер блокируется, засыпает или включает заставку</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>&amp;Сменить пароль…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until the database&apos;s passphrase or recovery key is entered again.</source>
        <translation>Если в течение выбранного времени ничего не вводится, TrustDesk скрывает все данные дел, пока снова не будет введён пароль базы данных или ключ восстановления.</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until it is unlocked. The passphrase itself is never stored, only a check value that cannot be turned back into it; leave the new fields empty to keep it.</source>
        <translation>Если в течение выбранного времени ничего не вводится, TrustDesk скрывает все данные дел до разблокировки. Сам пароль никогда не хранится — только контрольное значение, из которого его нельзя восстановить; чтобы оставить текущий пароль, не заполняйте новые поля.</translation>
    </message>
    <message>
        <source>Passphrase Changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on. The recovery key still does.</source>
        <translation>С этого момента базу данных открывает новый пароль. Ключ восстановления по-прежнему её открывает.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
</context>
<context>
    <name>td::ui::SensitiveMask</name>
    <message>
        <source>Hidden</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <source>Revealing cannot be recorded here.</source>
        <translation>Здесь показ нельзя записать в журнал.</translation>
    </message>
    <message>
        <source>Hidden. Reveal it with the button beside it (recorded in the audit log), or type a new value to replace it.</source>
        <translation>Скрыто. Покажите значение кнопкой рядом (это записывается в журнал аудита) или введите новое значение, чтобы заменить его.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Показать: %1</translation>
    </message>
    <message>
        <source>Show the stored %1 (recorded in the audit log)</source>
        <translation>Показать сохранённое значение «%1» (записывается в журнал аудита)</translation>
    </message>
    <message>
        <source>Replaced by what you typed; clear the field to reveal the stored value instead.</source>
        <translation>Заменено введённым вами; очистите поле, чтобы вместо этого показать сохранённое значение.</translation>
    </message>
</context>
<context>
    <name>td::ui::ServerLogin</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Подключение к серверу организации…</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsChartView</name>
    <message>
        <source>Nothing to chart: no incident matches these filters.</source>
        <translation>Нечего показать на диаграмме: ни одно происшествие не подходит под эти фильтры.</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsTableModel</name>
    <message>
        <source>Total (each counted once)</source>
        <translation>Всего (каждое считается один раз)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsWindow</name>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Со&amp;трудник:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>Стр&amp;оки:</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Сто&amp;лбцы:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Что считать:</translation>
    </message>
    <message>
        <source>First incident date counted; empty: from the first incident.</source>
        <translation>Первая учитываемая дата происшествия; пусто — с первого происшествия.</translation>
    </message>
    <message>
        <source>Last incident date counted; empty: up to the last incident.</source>
        <translation>Последняя учитываемая дата происшествия; пусто — до последнего происшествия.</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>Tick the case statuses to count; none ticked counts every case.</source>
        <translation>Отметьте статусы дел, которые нужно учитывать; если ничего не отмечено, учитываются все дела.</translation>
    </message>
    <message>
        <source>Export &amp;hides counts below:</source>
        <translation>Экспорт скрывает числа &amp;ниже:</translation>
    </message>
    <message>
        <source>Published figures hide every count from 1 to this number minus one, and further counts so the hidden ones cannot be worked out. 1 hides nothing.</source>
        <translation>В публикуемых данных скрыты все числа от 1 до этого числа минус один, а также другие числа, чтобы скрытые нельзя было вычислить. 1 ничего не скрывает.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save these figures as CSV or PDF to publish, with small counts hidden. This window shows every count: it is for the office only.</source>
        <translation>Сохраните эти данные в CSV или PDF для публикации, малые числа будут скрыты. Это окно показывает все числа: оно только для сотрудников организации.</translation>
    </message>
    <message>
        <source>Ca&amp;ses: click a bar or double-click a cell to list its cases.</source>
        <translation>&amp;Дела: щёлкните столбец диаграммы или дважды щёлкните ячейку, чтобы увидеть её дела.</translation>
    </message>
    <message>
        <source>The first date is after the last: nothing to count.</source>
        <translation>Первая дата позже последней: считать нечего.</translation>
    </message>
    <message>
        <source>Chart of %1 by %2</source>
        <translation>Диаграмма: %1 по признаку «%2»</translation>
    </message>
    <message>
        <source>Raw counts, for the office only: %1 and %2.</source>
        <translation>Нескрытые числа, только для сотрудников организации: %1 и %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln происшествие</numerusform>
            <numerusform>%Ln происшествия</numerusform>
            <numerusform>%Ln происшествий</numerusform>
        </translation>
    </message>
    <message>
        <source>A case or incident can fall in several rows or columns, so the totals count each once and are less than the sum of the cells.</source>
        <translation>Дело или происшествие может попасть в несколько строк или столбцов, поэтому в итогах каждое считается один раз, и итоги меньше суммы ячеек.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: counting…</source>
        <translation>&amp;Дела в %1: подсчёт…</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: %2, the first %3 listed (double-click or Enter opens one)</source>
        <translation>&amp;Дела в %1: %2, показаны первые %3 (двойной щелчок или Enter открывает дело)</translation>
    </message>
    <message numerus="yes">
        <source>Ca&amp;ses in %1: %Ln (double-click or Enter opens one)</source>
        <translation>
            <numerusform>&amp;Дела в %1: %Ln (двойной щелчок или Enter открывает дело)</numerusform>
            <numerusform>&amp;Дела в %1: %Ln (двойной щелчок или Enter открывает дело)</numerusform>
            <numerusform>&amp;Дела в %1: %Ln (двойной щелчок или Enter открывает дело)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a date like %1, or leave it empty.</source>
        <extracomment>%1 is a date in the interface language&apos;s style, e.g. 12/31/2026.</extracomment>
        <translation>Введите дату, например %1, или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>td::ui::VaultSetupDialog</name>
    <message>
        <source>The encrypted database could not be created: %1</source>
        <translation>Не удалось создать зашифрованную базу данных: %1</translation>
    </message>
    <message>
        <source>Protect Your Cases</source>
        <translation>Защитите свои дела</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TrustDesk keeps every case encrypted on this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Without it nobody can read the clients&apos; names, addresses, immigration status or anything else in TrustDesk, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;If the passphrase is forgotten, the only way back in is the recovery key shown on the next page. Without either, the cases are lost for good: nobody, not even the makers of TrustDesk, can recover them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TrustDesk хранит все дела на этом компьютере в зашифрованном виде.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Выберите пароль. Без него никто не сможет прочитать имена, адреса, иммиграционный статус клиентов и вообще ничего в TrustDesk, даже имея в руках диск этого компьютера. Вы вводите его при каждом запуске TrustDesk.&lt;/p&gt;&lt;p&gt;Если пароль забыт, единственный способ снова войти — ключ восстановления, показанный на следующей странице. Без того и другого дела потеряны навсегда: никто, даже создатели TrustDesk, не сможет их восстановить.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Encrypt and Continue</source>
        <translation>&amp;Зашифровать и продолжить</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds: the passphrase is made deliberately slow to guess.</source>
        <translation>Создание зашифрованной базы данных… Это займёт несколько секунд: пароль намеренно делается медленным для подбора.</translation>
    </message>
    <message>
        <source>This is the recovery key. It is shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase.</source>
        <translation>Это ключ восстановления. Он показывается только один раз. Запишите или распечатайте его и храните в надёжном месте вдали от этого компьютера. Он открывает базу данных, если пароль забыт, поэтому берегите его так же, как пароль.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>&amp;Сохранить в файл…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>Я &amp;записал его или надёжно сохранил</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>П&amp;родолжить</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
</context>
<context>
    <name>trustdesk-cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>init не принимает аргументов.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>База данных готова: %1 (схема %2)</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n problem(s).</source>
        <translation>
            <numerusform>Проверка НЕ ПРОЙДЕНА: %n проблема.</numerusform>
            <numerusform>Проверка НЕ ПРОЙДЕНА: %n проблемы.</numerusform>
            <numerusform>Проверка НЕ ПРОЙДЕНА: %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>файл резервной копии</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 требует ровно один FILE.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Резервная копия записана и проверена: %1</translation>
    </message>
    <message>
        <source>Restored from %1 into %2</source>
        <translation>Восстановлено из %1 в %2</translation>
    </message>
    <message>
        <source>List cases, newest first: reference, status, opened date, client.</source>
        <translation>Перечислить дела, сначала новые: номер, статус, дата открытия, клиент.</translation>
    </message>
    <message>
        <source>only cases with this status (%1)</source>
        <translation>только дела с этим статусом (%1)</translation>
    </message>
    <message>
        <source>print JSON instead of one line a case</source>
        <translation>выводить JSON вместо одной строки на дело</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list не принимает аргументов.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>Неизвестный статус «%1». Используйте один из: %2.</translation>
    </message>
    <message>
        <source>Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</source>
        <translation>Использование: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Общие параметры:</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>показать эту справку; COMMAND --help показывает параметры команды</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>показать версию</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db требует путь к файлу.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Search cases. Accents and case do not matter; the last word may be the start of a word. Best matches first.</source>
        <translation>Поиск дел. Диакритика и регистр не важны; последнее слово может быть началом слова. Лучшие совпадения идут первыми.</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>слова для поиска</translation>
    </message>
    <message>
        <source>at most N results (default 50)</source>
        <translation>не более N результатов (по умолчанию 50)</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search требует QUERY.</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit требует положительное целое число.</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify не принимает аргументов.</translation>
    </message>
    <message>
        <source>Verification passed: %1</source>
        <translation>Проверка пройдена: %1</translation>
    </message>
    <message>
        <source>Add fictional demo cases to the database (created when missing). The same seed always gives the same cases.</source>
        <translation>Добавить вымышленные демонстрационные дела в базу данных (создаётся, если её нет). Одно и то же начальное значение всегда даёт одни и те же дела.</translation>
    </message>
    <message>
        <source>how many cases to add (required)</source>
        <translation>сколько дел добавить (обязательно)</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>начальное значение генератора (по умолчанию 1)</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo не принимает аргументов.</translation>
    </message>
    <message>
        <source>demo needs --cases N.</source>
        <translation>demo требует --cases N.</translation>
    </message>
    <message>
        <source>--cases needs a positive whole number.</source>
        <translation>--cases требует положительное целое число.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of zero or more.</source>
        <translation>--seed требует целое число не меньше нуля.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) were added before the error.</source>
        <translation>
            <numerusform>До ошибки добавлено %n демонстрационное дело.</numerusform>
            <numerusform>До ошибки добавлено %n демонстрационных дела.</numerusform>
            <numerusform>До ошибки добавлено %n демонстрационных дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding demo cases: %1 of %2</source>
        <translation>Добавление демонстрационных дел: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>Добавлено %n демонстрационное дело.</numerusform>
            <numerusform>Добавлено %n демонстрационных дела.</numerusform>
            <numerusform>Добавлено %n демонстрационных дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>case references to export (default: every case)</source>
        <translation>номера дел для экспорта (по умолчанию: все дела)</translation>
    </message>
    <message>
        <source>write to FILE (owner-only) instead of standard output</source>
        <translation>записать в FILE (доступ только владельцу) вместо стандартного вывода</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Экспортировано %n дело в %1.</numerusform>
            <numerusform>Экспортировано %n дела в %1.</numerusform>
            <numerusform>Экспортировано %n дел в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>language code (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</source>
        <translation>код языка (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</translation>
    </message>
    <message>
        <source>with show: write a handout PDF to FILE</source>
        <translation>с show: записать памятку в PDF в FILE</translation>
    </message>
    <message>
        <source>load the guidance pack from FOLDER instead of the built-in one</source>
        <translation>загрузить пакет памяток из FOLDER вместо встроенного</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>Памятка недоступна на языке «%1».</translation>
    </message>
    <message>
        <source>guidance list takes no more arguments.</source>
        <translation>guidance list не принимает других аргументов.</translation>
    </message>
    <message>
        <source>guidance show needs exactly one article ID.</source>
        <translation>guidance show требует ровно один ID статьи.</translation>
    </message>
    <message>
        <source>There is no guidance article &quot;%1&quot;. See: guidance list</source>
        <translation>Памятки «%1» нет. См.: guidance list</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper должен быть a4 или letter.</translation>
    </message>
    <message>
        <source>Handout written: %1</source>
        <translation>Памятка записана: %1</translation>
    </message>
    <message>
        <source>guidance search needs a QUERY.</source>
        <translation>guidance search требует QUERY.</translation>
    </message>
    <message>
        <source>Import the cases of a TrustDesk JSON file. The whole file is checked first: one bad case rejects it, naming the case and the field, and nothing is added.</source>
        <translation>Импортировать дела из файла TrustDesk JSON. Сначала проверяется весь файл: одно неверное дело приводит к отказу с указанием дела и поля, и ничего не добавляется.</translation>
    </message>
    <message>
        <source>the TrustDesk JSON file</source>
        <translation>файл TrustDesk JSON</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import требует ровно один FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Импортировано %n дело.</numerusform>
            <numerusform>Импортировано %n дела.</numerusform>
            <numerusform>Импортировано %n дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>the case reference, e.g. TD-2026-00042</source>
        <translation>номер дела, например TD-2026-00042</translation>
    </message>
    <message>
        <source>print JSON (the interchange format) instead of text</source>
        <translation>выводить JSON (формат обмена) вместо текста</translation>
    </message>
    <message>
        <source>show needs exactly one REF.</source>
        <translation>show требует ровно один REF.</translation>
    </message>
    <message>
        <source>Attach files to a case as evidence. Each file is copied into the evidence store beside the database and identified by its SHA-256; the original is only read. A file already on the case is reported and stored once.</source>
        <translation>Прикрепить файлы к делу как доказательства. Каждый файл копируется в хранилище доказательств рядом с базой данных и определяется по SHA-256; исходный файл только читается. О файле, который уже есть в деле, сообщается, и он хранится один раз.</translation>
    </message>
    <message>
        <source>the case reference</source>
        <translation>номер дела</translation>
    </message>
    <message>
        <source>files to attach</source>
        <translation>файлы для прикрепления</translation>
    </message>
    <message>
        <source>a description recorded with every file</source>
        <translation>описание, записываемое для каждого файла</translation>
    </message>
    <message>
        <source>where the files came from: %1</source>
        <translation>откуда получены файлы: %1</translation>
    </message>
    <message>
        <source>attach needs a case reference and at least one file.</source>
        <translation>attach требует номер дела и хотя бы один файл.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Неизвестный источник «%1». Используйте один из: %2.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: %2, %3 bytes, %4</source>
        <translation>Прикреплено «%1»: %2, %3 байт, %4</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file for imported evidence item %2 (%3)</source>
        <translation>Прикреплено «%1»: файл для импортированного элемента доказательств %2 (%3)</translation>
    </message>
    <message>
        <source>Already attached: &quot;%1&quot; is the same file as evidence item %2 (&quot;%3&quot;); stored once.</source>
        <translation>Уже прикреплено: «%1» — тот же файл, что и элемент доказательств %2 («%3»); хранится один раз.</translation>
    </message>
    <message>
        <source>Write the client&apos;s copy as a PDF: what was filed and the next steps from the guidance pack, in the client&apos;s preferred language (or --lang). It names no sensitive client field.</source>
        <translation>Записать копию для клиента в PDF: что подано и дальнейшие шаги из пакета памяток, на предпочитаемом языке клиента (или --lang). В ней не упоминается ни одно конфиденциальное поле клиента.</translation>
    </message>
    <message>
        <source>the PDF to write (required)</source>
        <translation>PDF для записи (обязательно)</translation>
    </message>
    <message>
        <source>when nothing is filed yet: bpd-iad (default), accountability or a body&apos;s name</source>
        <translation>если ещё ничего не подано: bpd-iad (по умолчанию), accountability или название органа</translation>
    </message>
    <message>
        <source>client-copy needs exactly one REF.</source>
        <translation>client-copy требует ровно один REF.</translation>
    </message>
    <message>
        <source>client-copy needs --out FILE.pdf.</source>
        <translation>client-copy требует --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability or a body&apos;s name.</source>
        <translation>--to требует bpd-iad, accountability или название органа.</translation>
    </message>
    <message>
        <source>Client copy written: %1 (%2)</source>
        <translation>Копия для клиента записана: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>выводить JSON</translation>
    </message>
    <message>
        <source>evidence needs exactly one case reference.</source>
        <translation>evidence требует ровно один номер дела.</translation>
    </message>
    <message>
        <source>Copy a case&apos;s evidence into a new or empty folder with manifest.json, manifest.txt and SHA256SUMS (names, hashes, sizes, chain of custody). Every file is re-hashed while it is copied; a changed or missing file is not exported and the exit code is 3.</source>
        <translation>Скопировать доказательства по делу в новую или пустую папку вместе с manifest.json, manifest.txt и SHA256SUMS (имена, хеши, размеры, цепочка хранения). Хеш каждого файла пересчитывается при копировании; изменённый или отсутствующий файл не экспортируется, и код выхода равен 3.</translation>
    </message>
    <message>
        <source>the folder to write (created owner-only; must be new or empty)</source>
        <translation>папка для записи (создаётся с доступом только владельцу; должна быть новой или пустой)</translation>
    </message>
    <message>
        <source>evidence-export needs exactly one case reference.</source>
        <translation>evidence-export требует ровно один номер дела.</translation>
    </message>
    <message>
        <source>evidence-export needs --out FOLDER.</source>
        <translation>evidence-export требует --out FOLDER.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Экспортирован %n файл в %1</numerusform>
            <numerusform>Экспортировано %n файла в %1</numerusform>
            <numerusform>Экспортировано %n файлов в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no file (details imported only) and are listed in the manifest.</source>
        <translation>
            <numerusform>У %n элемента нет файла (импортированы только сведения), он указан в описи.</numerusform>
            <numerusform>У %n элементов нет файла (импортированы только сведения), они указаны в описи.</numerusform>
            <numerusform>У %n элементов нет файла (импортированы только сведения), они указаны в описи.</numerusform>
        </translation>
    </message>
    <message>
        <source>who files: client, on-behalf (default) or anonymous</source>
        <translation>кто подаёт: client, on-behalf (по умолчанию) или anonymous</translation>
    </message>
    <message>
        <source>with on-behalf: who files (default: the case&apos;s caseworker)</source>
        <translation>с on-behalf: кто подаёт (по умолчанию: сотрудник по делу)</translation>
    </message>
    <message>
        <source>with on-behalf: the office filing</source>
        <translation>с on-behalf: организация, которая подаёт</translation>
    </message>
    <message>
        <source>the requested action (default: the standard request)</source>
        <translation>запрашиваемые меры (по умолчанию: стандартная просьба)</translation>
    </message>
    <message>
        <source>report needs exactly one REF.</source>
        <translation>report требует ровно один REF.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report требует --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--filer must be client, on-behalf or anonymous.</source>
        <translation>--filer должен быть client, on-behalf или anonymous.</translation>
    </message>
    <message>
        <source>Warning: the client&apos;s consent to file is not recorded; the PDF is marked as a draft.</source>
        <translation>Внимание: согласие клиента на подачу жалобы не записано; PDF помечен как черновик.</translation>
    </message>
    <message>
        <source>Complaint written: %1</source>
        <translation>Жалоба записана: %1</translation>
    </message>
    <message>
        <source>Sensitive fields included: %1</source>
        <translation>Включены конфиденциальные поля: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The verification could not be recorded in the chain of custody: %1</source>
        <translation>Не удалось записать проверку в цепочку хранения: %1</translation>
    </message>
    <message>
        <source>This command needs %1, which is not installed next to trustdesk-cli. Reinstall TrustDesk.</source>
        <translation>Этой команде нужна программа %1, но она не установлена рядом с trustdesk-cli. Переустановите TrustDesk.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Не удалось запустить %1: %2</translation>
    </message>
    <message>
        <source>Its evidence is in %1; keep the two together.</source>
        <translation>Её доказательства находятся в %1; храните их вместе.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; nothing changed. %2</source>
        <translation>«%1» не восстановлен; ничего не изменилось. %2</translation>
    </message>
    <message>
        <source>There is no evidence item %1. Nothing was removed.</source>
        <translation>Элемента доказательств %1 нет. Ничего не удалено.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2. Nothing was removed.</source>
        <translation>Элемент доказательств %1 не относится к делу %2. Ничего не удалено.</translation>
    </message>
    <message>
        <source>Remove one evidence item from a case. EVIDENCE_ID is the item id that &quot;evidence REF&quot; lists. The reason is required and stays in the chain of custody. The file leaves the evidence store unless another item (on any case) holds the same bytes.</source>
        <translation>Удалить один элемент доказательств из дела. EVIDENCE_ID — идентификатор элемента, который выводит &quot;evidence REF&quot;. Причина обязательна и остаётся в цепочке хранения. Файл удаляется из хранилища доказательств, если только другой элемент (в любом деле) не содержит те же байты.</translation>
    </message>
    <message>
        <source>the evidence item id</source>
        <translation>идентификатор элемента доказательств</translation>
    </message>
    <message>
        <source>why the item is removed (required; kept in the chain of custody)</source>
        <translation>почему элемент удаляется (обязательно; сохраняется в цепочке хранения)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, id, sha256, display_name, stored (the item had a file) and file_removed (the file left the store)</source>
        <translation>выводить JSON: case_reference, id, sha256, display_name, stored (у элемента был файл) и file_removed (файл удалён из хранилища)</translation>
    </message>
    <message>
        <source>evidence-remove needs a case reference and one evidence item id.</source>
        <translation>evidence-remove требует номер дела и один идентификатор элемента доказательств.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an evidence item id: use the number that &quot;evidence %2&quot; lists.</source>
        <translation>«%1» не является идентификатором элемента доказательств: используйте номер, который выводит &quot;evidence %2&quot;.</translation>
    </message>
    <message>
        <source>evidence-remove needs --reason TEXT: the reason is kept in the chain of custody.</source>
        <translation>evidence-remove требует --reason TEXT: причина сохраняется в цепочке хранения.</translation>
    </message>
    <message>
        <source>Removed evidence item %1 (&quot;%2&quot;) from %3; the reason is kept in the chain of custody.</source>
        <translation>Элемент доказательств %1 («%2») удалён из %3; причина сохранена в цепочке хранения.</translation>
    </message>
    <message>
        <source>Its file was deleted from the evidence store.</source>
        <translation>Его файл удалён из хранилища доказательств.</translation>
    </message>
    <message>
        <source>Its file stays in the evidence store: another item holds the same bytes.</source>
        <translation>Его файл остаётся в хранилище доказательств: другой элемент содержит те же байты.</translation>
    </message>
    <message>
        <source>Note: the file withheld these sensitive fields, which stay empty: %1</source>
        <translation>Примечание: в файле не были переданы эти конфиденциальные поля, они останутся пустыми: %1</translation>
    </message>
    <message>
        <source>deliberately include every sensitive client field and witness contact details (recorded in the audit log)</source>
        <translation>намеренно включить все конфиденциальные поля клиента и контакты свидетелей (записывается в журнал аудита)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive client field or witness detail. Use one of: %2.</source>
        <translation>«%1» не является конфиденциальным полем клиента или сведениями о свидетелях. Используйте одно из: %2.</translation>
    </message>
    <message>
        <source>Show one case. Sensitive client fields and witness contact details are withheld unless deliberately included; --json prints a TrustDesk JSON file holding just this case.</source>
        <translation>Показать одно дело. Конфиденциальные поля клиента и контакты свидетелей скрыты, если только их не включить намеренно; --json выводит файл TrustDesk JSON только с этим делом.</translation>
    </message>
    <message>
        <source>audit verify takes no other argument than --head.</source>
        <translation>audit verify не принимает других аргументов, кроме --head.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the log was changed behind TrustDesk&apos;s back.</source>
        <translation>Проверка журнала аудита НЕ ПРОЙДЕНА: журнал был изменён в обход TrustDesk.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the entry %1 recorded earlier is no longer in the log; its tail was cut off or the log was replaced.</source>
        <translation>Проверка журнала аудита НЕ ПРОЙДЕНА: ранее зафиксированной записи %1 больше нет в журнале; его конец обрезан или журнал заменён.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: entry %1, recorded in %2 when it was written, is no longer in the log; its tail was cut off or an older copy of the database was put back.</source>
        <translation>Проверка журнала аудита НЕ ПРОЙДЕНА: записи %1, зафиксированной в %2 при её создании, больше нет в журнале; его конец обрезан или была возвращена более старая копия базы данных.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entries, chain head %1.</source>
        <translation>
            <numerusform>Журнал аудита проверен: %n запись, вершина цепочки %1.</numerusform>
            <numerusform>Журнал аудита проверен: %n записи, вершина цепочки %1.</numerusform>
            <numerusform>Журнал аудита проверен: %n записей, вершина цепочки %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit log, oldest first: time (UTC), actor, action, case, details.
&quot;audit verify&quot; checks the log&apos;s hash chain instead (exit 3 when it was changed).</source>
        <translation>Показать журнал аудита, начиная с самых старых записей: время (UTC), исполнитель, действие, дело, подробности.
&quot;audit verify&quot; вместо этого проверяет цепочку хешей журнала (код выхода 3, если он изменён).</translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation>проверить цепочку хешей</translation>
    </message>
    <message>
        <source>only the entries about case REF</source>
        <translation>только записи о деле REF</translation>
    </message>
    <message>
        <source>only the entries from DATE on: YYYY-MM-DD or an ISO 8601 date and time (UTC unless it has an offset)</source>
        <translation>только записи начиная с DATE: YYYY-MM-DD или дата и время ISO 8601 (UTC, если не указано смещение)</translation>
    </message>
    <message>
        <source>print JSON instead of one line an entry</source>
        <translation>выводить JSON вместо строки на запись</translation>
    </message>
    <message>
        <source>with verify: also fail unless the entry with this hash (a head printed by an earlier verify) is still in the log</source>
        <translation>с verify: также завершаться ошибкой, если записи с этим хешем (вершины, выведенной прежним verify) больше нет в журнале</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; did you mean &quot;audit verify&quot;?</source>
        <translation>Неизвестный аргумент «%1»; возможно, вы имели в виду &quot;audit verify&quot;?</translation>
    </message>
    <message>
        <source>--head goes with &quot;audit verify&quot;.</source>
        <translation>--head используется с &quot;audit verify&quot;.</translation>
    </message>
    <message>
        <source>--case needs a reference.</source>
        <translation>Для --case нужен номер дела.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation>«%1» — не дата: используйте YYYY-MM-DD или YYYY-MM-DDTHH:MM[:SS].</translation>
    </message>
    <message>
        <source>(carried over by a restore)</source>
        <translation>(перенесено при восстановлении)</translation>
    </message>
    <message>
        <source>The backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new path with --db, or run `trustdesk-cli encrypt` on this database first.</source>
        <translation>Резервная копия зашифрована, а эта база данных нет, поэтому дела были бы записаны без шифрования. Восстановите её по новому пути с помощью --db или сначала выполните `trustdesk-cli encrypt` для этой базы данных.</translation>
    </message>
    <message>
        <source>The key file could not be copied beside %1.</source>
        <translation>Не удалось скопировать файл ключей рядом с %1.</translation>
    </message>
    <message>
        <source>the new passphrase: the first line of FILE</source>
        <translation>новый пароль: первая строка FILE</translation>
    </message>
    <message>
        <source>change-passphrase takes no arguments.</source>
        <translation>change-passphrase не принимает аргументов.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>База данных «%1» не существует.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no passphrase to change. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Эта база данных не зашифрована, поэтому у неё нет пароля, который можно сменить. `trustdesk-cli encrypt` превратит её в защищённое хранилище.</translation>
    </message>
    <message>
        <source>The passphrase was changed. The old one no longer opens %1; the recovery key still does.</source>
        <translation>Пароль изменён. Старый больше не открывает %1; ключ восстановления по-прежнему открывает.</translation>
    </message>
    <message>
        <source>An encryption of this database is running or was interrupted. Run `trustdesk-cli encrypt` to finish or undo it.</source>
        <translation>Шифрование этой базы данных выполняется или было прервано. Выполните `trustdesk-cli encrypt`, чтобы завершить или отменить его.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE</source>
        <translation>пароль зашифрованной базы данных: первая строка FILE</translation>
    </message>
    <message>
        <source>open an encrypted database with its recovery key, the first line of FILE</source>
        <translation>открыть зашифрованную базу данных ключом восстановления — первой строкой FILE</translation>
    </message>
    <message>
        <source>when the database does not exist yet, make it unencrypted (for throwaway data only); by default a new database is encrypted</source>
        <translation>если базы данных ещё нет, создать её без шифрования (только для временных данных); по умолчанию новая база данных шифруется</translation>
    </message>
    <message>
        <source>write a new encrypted database&apos;s recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>записать ключ восстановления новой зашифрованной базы данных в FILE (доступ только владельцу; файла не должно существовать) вместо показа</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; the recovery key is never written over a file.</source>
        <translation>«%1» уже существует; ключ восстановления никогда не записывается поверх файла.</translation>
    </message>
    <message>
        <source>The new database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Новая база данных зашифрована. Если пароль когда-нибудь забудется, открыть её сможет только этот ключ восстановления. Он показывается один раз: запишите или распечатайте его и храните в надёжном месте вдали от этого компьютера.</translation>
    </message>
    <message>
        <source>The new database is encrypted. Its recovery key, which opens it if the passphrase is ever forgotten, is in %1: keep that file safe, away from this computer.</source>
        <translation>Новая база данных зашифрована. Её ключ восстановления, который откроет её, если пароль забудется, находится в %1: храните этот файл в надёжном месте вдали от этого компьютера.</translation>
    </message>
    <message>
        <source>The database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>База данных зашифрована. Если пароль когда-нибудь забудется, открыть её сможет только этот ключ восстановления. Он показывается один раз: запишите или распечатайте его и храните в надёжном месте вдали от этого компьютера.</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>Не удалось записать ключ восстановления в «%1»: %2. Ничего не изменено.</translation>
    </message>
    <message>
        <source>
The recovery key of the encrypted TrustDesk database %1.
It opens the database without its passphrase: keep it safe, away from the computer.
</source>
        <translation>
Ключ восстановления зашифрованной базы данных TrustDesk %1.
Он открывает базу данных без пароля: храните его в надёжном месте вдали от компьютера.
</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;. Nothing was changed.</source>
        <translation>Не удалось записать ключ восстановления в «%1». Ничего не изменено.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>Comparing with the original</source>
        <translation>Сравнение с оригиналом</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Putting in place</source>
        <translation>Установка на место</translation>
    </message>
    <message>
        <source>write the recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>записать ключ восстановления в FILE (доступ только владельцу; файла не должно существовать) вместо показа</translation>
    </message>
    <message>
        <source>encrypt takes no arguments.</source>
        <translation>encrypt не принимает аргументов.</translation>
    </message>
    <message>
        <source>An interrupted encryption was finished: %1 is encrypted now, with the passphrase and recovery key given then.</source>
        <translation>Прерванное шифрование завершено: %1 теперь зашифрована с паролем и ключом восстановления, заданными тогда.</translation>
    </message>
    <message>
        <source>An interrupted encryption was undone; the database was still unencrypted. Starting again.</source>
        <translation>Прерванное шифрование отменено; база данных ещё не была зашифрована. Начинаем заново.</translation>
    </message>
    <message>
        <source>%1 is encrypted now; it opens only with its passphrase or recovery key.</source>
        <translation>%1 теперь зашифрована; она открывается только паролем или ключом восстановления.</translation>
    </message>
    <message>
        <source>hand the files over as stored, with their metadata (EXIF with GPS position and author, XMP, PDF information); recorded in the audit log. By default copies leave without it.</source>
        <translation>передать файлы в том виде, в каком они хранятся, с метаданными (EXIF с GPS-координатами и автором, XMP, сведения PDF); записывается в журнал аудита. По умолчанию копии выдаются без метаданных.</translation>
    </message>
    <message>
        <source>name the files and list them in the manifest by their original names (which may name the client); recorded in the audit log. By default files are named by case and item number.</source>
        <translation>называть файлы и перечислять их в манифесте по исходным именам (в которых может быть имя клиента); записывается в журнал аудита. По умолчанию файлы называются по номеру дела и элемента.</translation>
    </message>
    <message numerus="yes">
        <source>Metadata (such as GPS position, author, camera) was removed from %n copy(ies); the originals in the store are unchanged.</source>
        <translation>
            <numerusform>Метаданные (например, GPS-координаты, автор, камера) удалены из %n копии; оригиналы в хранилище не изменены.</numerusform>
            <numerusform>Метаданные (например, GPS-координаты, автор, камера) удалены из %n копий; оригиналы в хранилище не изменены.</numerusform>
            <numerusform>Метаданные (например, GPS-координаты, автор, камера) удалены из %n копий; оригиналы в хранилище не изменены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check them before they leave. The manifest marks them.</source>
        <translation>
            <numerusform>%n файл относится к типу, из которого TrustDesk не может удалить метаданные (видео, аудио, документы); проверьте его перед передачей. Он отмечен в манифесте.</numerusform>
            <numerusform>%n файла относятся к типу, из которого TrustDesk не может удалить метаданные (видео, аудио, документы); проверьте их перед передачей. Они отмечены в манифесте.</numerusform>
            <numerusform>%n файлов относятся к типу, из которого TrustDesk не может удалить метаданные (видео, аудио, документы); проверьте их перед передачей. Они отмечены в манифесте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases (all, or the references given) as a TrustDesk JSON file. Sensitive client fields and witness contact details are left out unless deliberately included, and masked where the free text repeats them.</source>
        <translation>Экспортировать дела (все или с указанными номерами) в файл JSON TrustDesk. Конфиденциальные поля клиента и контакты свидетелей не включаются, если не включены намеренно, и скрываются там, где их повторяет свободный текст.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s) whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</source>
        <translation>
            <numerusform>… и ещё %n дело, в свободном тексте которого были скрытые значения или фразы, способные раскрыть иммиграционный статус (show REF их покажет).</numerusform>
            <numerusform>… и ещё %n дела, в свободном тексте которых были скрытые значения или фразы, способные раскрыть иммиграционный статус (show REF их покажет).</numerusform>
            <numerusform>… и ещё %n дел, в свободном тексте которых были скрытые значения или фразы, способные раскрыть иммиграционный статус (show REF их покажет).</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone with the file can read it. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Эта база данных не зашифрована: её может прочитать любой, у кого есть файл. `trustdesk-cli encrypt` превратит её в защищённое хранилище.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE (else the file named by %1, else asked on the terminal)</source>
        <translation>пароль зашифрованной базы данных: первая строка FILE (иначе файл, указанный в %1, иначе запрос в терминале)</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>Для %1 нужен путь к файлу.</translation>
    </message>
    <message>
        <source>the caseworker&apos;s name</source>
        <translation>имя сотрудника по делу</translation>
    </message>
    <message>
        <source>their role (caseworker, supervisor, …)</source>
        <translation>его роль (сотрудник по делу, руководитель, …)</translation>
    </message>
    <message>
        <source>profile takes no arguments.</source>
        <translation>profile не принимает аргументов.</translation>
    </message>
    <message>
        <source>A caseworker profile needs a name: trustdesk-cli profile --name NAME [--role ROLE].</source>
        <translation>Для профиля сотрудника по делу нужно имя: trustdesk-cli profile --name NAME [--role ROLE].</translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings.</source>
        <translation>Не удалось сохранить профиль в настройках.</translation>
    </message>
    <message>
        <source>No caseworker profile is set: entries are recorded as &quot;%1&quot;.
Set one with: trustdesk-cli profile --name NAME --role ROLE</source>
        <translation>Профиль сотрудника по делу не задан: записи регистрируются как «%1».
Задайте его командой: trustdesk-cli profile --name NAME --role ROLE</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Имя: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>Записывается как: %1</translation>
    </message>
    <message>
        <source>deliberately include this sensitive client field or witness detail (%1), in its field and where the free text mentions it; repeatable, recorded in the audit log</source>
        <translation>намеренно включить это конфиденциальное поле клиента или сведение о свидетеле (%1) — в его поле и там, где его упоминает свободный текст; можно повторять, записывается в журнал аудита</translation>
    </message>
    <message>
        <source>also mask, as [withheld], the phrases in the free text that may reveal immigration status (listed on standard error either way)</source>
        <translation>также заменять на [скрыто] фразы свободного текста, способные раскрыть иммиграционный статус (в любом случае они выводятся в стандартный поток ошибок)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n withheld value(s) found in the free text and masked.</source>
        <translation>
            <numerusform>%1: в свободном тексте найдено и скрыто %n скрываемое значение.</numerusform>
            <numerusform>%1: в свободном тексте найдено и скрыто %n скрываемых значения.</numerusform>
            <numerusform>%1: в свободном тексте найдено и скрыто %n скрываемых значений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, masked:</source>
        <translation>
            <numerusform>%1: %n фраза, способная раскрыть иммиграционный статус, скрыта:</numerusform>
            <numerusform>%1: %n фразы, способные раскрыть иммиграционный статус, скрыты:</numerusform>
            <numerusform>%1: %n фраз, способных раскрыть иммиграционный статус, скрыты:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, left as written (--mask-status-phrases masks them):</source>
        <translation>
            <numerusform>%1: %n фраза, способная раскрыть иммиграционный статус, оставлена как есть (--mask-status-phrases скрывает её):</numerusform>
            <numerusform>%1: %n фразы, способные раскрыть иммиграционный статус, оставлены как есть (--mask-status-phrases скрывает их):</numerusform>
            <numerusform>%1: %n фраз, способных раскрыть иммиграционный статус, оставлены как есть (--mask-status-phrases скрывает их):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot; in: %3</source>
        <translation>  %1: «%2» в: %3</translation>
    </message>
    <message>
        <source>Write a case&apos;s complaint submission as a PDF. Sensitive client fields and witness contact details are withheld unless deliberately included, also where the free text mentions them; the PDF names the kinds withheld, never their values. Phrases that may reveal immigration status are listed on standard error and masked with --mask-status-phrases. Each report is recorded in the case (date, recipient, fields included, SHA-256) and in the audit log.</source>
        <translation>Записать жалобу по делу в PDF. Конфиденциальные поля клиента и контакты свидетелей скрываются, если не включены намеренно, — в том числе там, где их упоминает свободный текст; в PDF указываются виды скрытых сведений, но никогда их значения. Фразы, способные раскрыть иммиграционный статус, выводятся в стандартный поток ошибок и скрываются с --mask-status-phrases. Каждый отчёт записывается в дело (дата, получатель, включённые поля, SHA-256) и в журнал аудита.</translation>
    </message>
    <message>
        <source>Encrypt an existing plaintext database in place. The new passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal); the recovery key is shown once or written to --recovery-key-out. An encrypted copy is written beside the database and compared with it table by table; only then does it take the database&apos;s place, and no plaintext copy is left. The evidence files are sealed the same way, checked, and the plaintext ones deleted. Close TrustDesk first: the database must not be open anywhere else. Run it again after an interruption: it finishes or undoes what was begun.</source>
        <translation>Зашифровать существующую незашифрованную базу данных на месте. Новый пароль берётся из --passphrase-file (или из файла, указанного в TRUSTDESK_PASSPHRASE_FILE, или запрашивается дважды в терминале); ключ восстановления показывается один раз или записывается в --recovery-key-out. Зашифрованная копия записывается рядом с базой данных и сравнивается с ней таблица за таблицей; только после этого она занимает место базы данных, и незашифрованной копии не остаётся. Файлы доказательств запечатываются так же, проверяются, а незашифрованные удаляются. Сначала закройте TrustDesk: база данных не должна быть открыта где-либо ещё. После прерывания запустите команду снова: она завершит или отменит начатое.</translation>
    </message>
    <message>
        <source>List a case&apos;s evidence, oldest first, one item a line, tab-separated: SHA-256, item id, size in bytes, &quot;stored&quot; or &quot;metadata-only&quot; (details imported without the file), media type, date captured (UTC, or -), name. --json adds every field and the chain of custody; a redacted copy has redacted_copy_of (the original&apos;s id) and redaction (its boxes and method).</source>
        <translation>Вывести доказательства по делу, от самых старых, по одному элементу в строке, через табуляцию: SHA-256, id элемента, размер в байтах, «stored» или «metadata-only» (сведения импортированы без файла), тип данных, дата съёмки (UTC или -), имя. --json добавляет все поля и цепочку хранения; у копии со скрытыми фрагментами есть redacted_copy_of (id оригинала) и redaction (её рамки и способ).</translation>
    </message>
    <message>
        <source>Print the boxes OpenCV&apos;s face detection suggests for an image, one X,Y,W,H a line (as &quot;redact --box&quot; takes them), in the pixels of the upright image. Suggestions only: detection misses faces (small, turned, covered), so look at the image.</source>
        <translation>Вывести рамки, которые предлагает поиск лиц OpenCV для изображения, по одной X,Y,W,H в строке (в том виде, в каком их принимает «redact --box»), в пикселях изображения в правильной ориентации. Это только предложения: поиск пропускает лица (маленькие, повёрнутые, закрытые), поэтому просмотрите изображение.</translation>
    </message>
    <message>
        <source>the evidence item id (an image)</source>
        <translation>id элемента доказательств (изображения)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, evidence_id, width, height (of the upright image) and boxes, each with x, y, width, height</source>
        <translation>вывести JSON: case_reference, evidence_id, width, height (изображения в правильной ориентации) и boxes, каждая с x, y, width, height</translation>
    </message>
    <message>
        <source>No face was suggested; detection misses faces, so check the image.</source>
        <translation>Лица не найдены; поиск пропускает лица, поэтому проверьте изображение.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Проверено: %1</translation>
    </message>
    <message>
        <source>Rights guidance from the built-in pack (or --pack FOLDER).
  guidance list [--lang L]                 one article a line, its id first
  guidance show ID [--lang L] [--pdf FILE] the article as text, or a handout PDF
  guidance search QUERY [--lang L]         articles containing every word (all languages without --lang)
  guidance version                         which pack is in use: id, version, review date, where from
  guidance install PATH                    install a newer pack from its folder or manifest.json, after checking it</source>
        <translation>Памятки о правах из встроенного пакета (или --pack ПАПКА).
  guidance list [--lang L]                 по одной статье в строке, сначала её id
  guidance show ID [--lang L] [--pdf FILE] статья в виде текста или памятка в PDF
  guidance search QUERY [--lang L]         статьи, содержащие все слова (на всех языках без --lang)
  guidance version                         какой пакет используется: id, версия, дата проверки, откуда
  guidance install PATH                    установить более новый пакет из его папки или manifest.json, после проверки</translation>
    </message>
    <message>
        <source>list, show, search, version or install</source>
        <translation>list, show, search, version или install</translation>
    </message>
    <message>
        <source>guidance needs an action: list, show, search, version or install.</source>
        <translation>Для guidance нужно действие: list, show, search, version или install.</translation>
    </message>
    <message>
        <source>guidance install needs exactly one PATH, and no --pack.</source>
        <translation>Для guidance install нужен ровно один PATH и нельзя указывать --pack.</translation>
    </message>
    <message>
        <source>Installed guidance %1 version %2 (was version %3) in %4.</source>
        <translation>Установлены памятки %1 версии %2 (была версия %3) в %4.</translation>
    </message>
    <message>
        <source>guidance version takes no more arguments.</source>
        <translation>guidance version не принимает других аргументов.</translation>
    </message>
    <message>
        <source>Unknown guidance action &quot;%1&quot;: use list, show, search, version or install.</source>
        <translation>Неизвестное действие guidance «%1»: используйте list, show, search, version или install.</translation>
    </message>
    <message>
        <source>Warning: these anonymous clients came with a name, which was not stored: %1</source>
        <translation>Внимание: эти анонимные клиенты пришли с именем, которое не было сохранено: %1</translation>
    </message>
    <message>
        <source>Show the caseworker profile, or set it with --name (and --role). Audit and custody entries name this profile as who acted; without one they say &quot;unnamed&quot;. The --office options set the office printed on client copies and handouts.</source>
        <translation>Показать профиль сотрудника по делу или задать его с помощью --name (и --role). В записях аудита и цепочки хранения этот профиль указывается как исполнитель; без него там написано «unnamed». Параметры --office задают организацию, которая печатается на копиях для клиента и памятках.</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>название организации</translation>
    </message>
    <message>
        <source>its address (\n between lines)</source>
        <translation>её адрес (\n между строками)</translation>
    </message>
    <message>
        <source>its phone number</source>
        <translation>её номер телефона</translation>
    </message>
    <message>
        <source>its email address</source>
        <translation>её адрес эл. почты</translation>
    </message>
    <message>
        <source>its time zone (America/New_York)</source>
        <translation>её часовой пояс (America/New_York)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows (for example America/New_York).</source>
        <translation>«%1» — неизвестный этой системе часовой пояс (например, America/New_York).</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Часовой пояс: %1</translation>
    </message>
    <message>
        <source>%1 needs a case reference and one evidence item id.</source>
        <translation>Для %1 нужны номер дела и один id элемента доказательств.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2.</source>
        <translation>Элемента доказательств %1 нет в деле %2.</translation>
    </message>
    <message>
        <source>Store a redacted copy of an image as a new evidence item derived from it, and print the new item&apos;s id. Boxes are in the pixels of the image turned upright by its EXIF orientation (&quot;faces&quot; prints them the same way). The copy carries no metadata; the original is kept unchanged and still verifies.</source>
        <translation>Сохранить копию изображения со скрытыми фрагментами как новый элемент доказательств, созданный из него, и вывести id нового элемента. Рамки задаются в пикселях изображения, повёрнутого в правильную ориентацию по EXIF («faces» выводит их так же). Копия не содержит метаданных; оригинал остаётся без изменений и по-прежнему проходит проверку.</translation>
    </message>
    <message>
        <source>a box to cover: left, top, width, height in pixels (repeat for more boxes)</source>
        <translation>рамка для закрытия: слева, сверху, ширина, высота в пикселях (повторите для других рамок)</translation>
    </message>
    <message>
        <source>fill (solid black, the default) or pixelate (coarse blocks)</source>
        <translation>fill (сплошной чёрный, по умолчанию) или pixelate (крупные блоки)</translation>
    </message>
    <message>
        <source>also cover the faces OpenCV suggests (listed on stderr; detection misses faces: check the copy)</source>
        <translation>также закрыть лица, предложенные OpenCV (список в stderr; поиск пропускает лица: проверьте копию)</translation>
    </message>
    <message>
        <source>redact needs at least one --box X,Y,W,H (or --suggest).</source>
        <translation>Для redact нужен хотя бы один --box X,Y,W,H (или --suggest).</translation>
    </message>
    <message>
        <source>Suggested face: %1</source>
        <translation>Предложенное лицо: %1</translation>
    </message>
    <message>
        <source>Nothing to redact: give boxes with --box. Nothing was stored.</source>
        <translation>Нечего скрывать: укажите рамки с --box. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The same redacted copy is already on the case (item %1).</source>
        <translation>Такая же копия со скрытыми фрагментами уже есть в деле (элемент %1).</translation>
    </message>
    <message>
        <source>bpd-iad (Boston Police internal affairs, the default), accountability (the City&apos;s police accountability office), post (the state&apos;s POST Commission, for officers of any agency) or another body&apos;s name</source>
        <translation>bpd-iad (отдел внутренних расследований полиции Бостона, по умолчанию), accountability (городское управление по подотчётности полиции), post (POST Commission штата, для полицейских любого ведомства) или название другого органа</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability, post or a body&apos;s name.</source>
        <translation>Для --to нужно bpd-iad, accountability, post или название органа.</translation>
    </message>
    <message>
        <source>with --pdf</source>
        <translation>с --pdf</translation>
    </message>
    <message>
        <source>a4 or letter (default: the paper last chosen in the app, else letter)</source>
        <translation>a4 или letter (по умолчанию: бумага, выбранная в приложении последней, иначе letter)</translation>
    </message>
    <message>
        <source>trustdesk-cli %1 does not work with an office server yet.</source>
        <translation>trustdesk-cli %1 пока не работает с сервером организации.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive column of the case list. Use one of: %2.</source>
        <translation>«%1» не является конфиденциальным столбцом списка дел. Используйте одно из: %2.</translation>
    </message>
    <message>
        <source>write the list as CSV for a spreadsheet (UTF-8 with a byte-order mark); sensitive client columns are left out unless included; recorded in the audit log</source>
        <translation>записать список в CSV для электронной таблицы (UTF-8 с меткой порядка байтов); конфиденциальные столбцы клиента не включаются, если их не добавить; записывается в журнал аудита</translation>
    </message>
    <message>
        <source>database file, or an office server&apos;s postgresql:// URI (default: %1)</source>
        <translation>файл базы данных или URI postgresql:// сервера организации (по умолчанию: %1)</translation>
    </message>
    <message>
        <source>List officers recorded in more than one incident, most incidents first: incidents, cases, badge number, agency, first and last incident, violation categories, name. Officers are recognized by badge number (spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros ignored) and agency.</source>
        <translation>Показать полицейских, записанных более чем в одном происшествии, начиная с тех, у кого их больше всего: происшествия, дела, номер жетона, ведомство, первое и последнее происшествие, категории нарушений, имя. Полицейские узнаются по номеру жетона (пробелы, «#», «No.» и начальные нули не учитываются) и ведомству.</translation>
    </message>
    <message>
        <source>print JSON instead of one line an officer</source>
        <translation>вывести JSON вместо одной строки на полицейского</translation>
    </message>
    <message>
        <source>only officers in at least N incidents (default 2; 1 lists all)</source>
        <translation>только полицейские, у которых не меньше N происшествий (по умолчанию 2; 1 показывает всех)</translation>
    </message>
    <message>
        <source>instead, list the cases in which this badge number appears</source>
        <translation>вместо этого показать дела, в которых встречается этот номер жетона</translation>
    </message>
    <message>
        <source>with --badge, only this agency (records without an agency match any)</source>
        <translation>с --badge: только это ведомство (записи без ведомства подходят к любому)</translation>
    </message>
    <message>
        <source>officers takes no arguments.</source>
        <translation>officers не принимает аргументов.</translation>
    </message>
    <message>
        <source>--min-incidents needs a whole number of 1 or more.</source>
        <translation>--min-incidents требует целое число не меньше 1.</translation>
    </message>
    <message>
        <source>--agency needs --badge.</source>
        <translation>--agency требует --badge.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Cases and incidents by %1 and %2</source>
        <translation>Дела и происшествия по признакам «%1» и «%2»</translation>
    </message>
    <message>
        <source>Cases and incidents by %1</source>
        <translation>Дела и происшествия по признаку «%1»</translation>
    </message>
    <message>
        <source>Incidents dated %1 to %2</source>
        <translation>Происшествия с %1 по %2</translation>
    </message>
    <message>
        <source>Incidents dated %1 or later</source>
        <translation>Происшествия с %1 и позже</translation>
    </message>
    <message>
        <source>Incidents dated %1 or earlier</source>
        <translation>Происшествия по %1 и раньше</translation>
    </message>
    <message>
        <source>* suppressed: a count from 1 to %1, or one hidden so that such a count cannot be worked out from the totals.</source>
        <translation>* скрыто: число от 1 до %1 или число, скрытое, чтобы такое число нельзя было вычислить по итогам.</translation>
    </message>
    <message>
        <source>A case or incident can count in several rows or columns (several categories, or incidents in several months, districts or agencies); totals count each once, so they are less than the sum of their cells.</source>
        <translation>Дело или происшествие может учитываться в нескольких строках или столбцах (несколько категорий или происшествия в разных месяцах, округах или ведомствах); в итогах каждое считается один раз, поэтому итоги меньше суммы ячеек.</translation>
    </message>
    <message>
        <source>--by takes one or two dimensions, e.g. --by category,month.</source>
        <translation>--by принимает один или два признака, например --by category,month.</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;. Use one or two of: %2.</source>
        <translation>Неизвестный признак «%1». Используйте один или два из: %2.</translation>
    </message>
    <message>
        <source>--by names &quot;%1&quot; twice.</source>
        <translation>--by называет «%1» дважды.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 требует дату в виде YYYY-MM-DD, а не «%2».</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from не должен быть позже --to.</translation>
    </message>
    <message>
        <source>--min-count needs a whole number of 1 or more.</source>
        <translation>--min-count требует целое число не меньше 1.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Выберите --json или --csv, но не оба.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf требует имя файла.</translation>
    </message>
    <message>
        <source>Count cases and incidents by one or two dimensions, for an office&apos;s own overview or to publish. Counts from 1 to K-1 are suppressed, and further counts where one could otherwise be worked out from the totals; no names, references or free text are printed (docs/statistics.md).</source>
        <translation>Подсчитать дела и происшествия по одному или двум признакам — для обзора внутри организации или для публикации. Числа от 1 до K-1 скрываются, как и другие числа, по которым их можно было бы вычислить из итогов; имена, номера дел и свободный текст не выводятся (docs/statistics.md).</translation>
    </message>
    <message>
        <source>one or two dimensions, comma-separated (default category): %1</source>
        <translation>один или два признака через запятую (по умолчанию category): %1</translation>
    </message>
    <message>
        <source>count incidents dated on or after D (YYYY-MM-DD)</source>
        <translation>учитывать происшествия с даты D и позже (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>count incidents dated on or before D (YYYY-MM-DD)</source>
        <translation>учитывать происшествия по дату D и раньше (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>suppress counts below K (default %1)</source>
        <translation>скрывать числа меньше K (по умолчанию %1)</translation>
    </message>
    <message>
        <source>only cases with these statuses, comma-separated</source>
        <translation>только дела с этими статусами, через запятую</translation>
    </message>
    <message>
        <source>only the cases assigned to this caseworker</source>
        <translation>только дела, назначенные этому сотруднику</translation>
    </message>
    <message>
        <source>print JSON: each count, or null when suppressed</source>
        <translation>вывести JSON: каждое число или null, если оно скрыто</translation>
    </message>
    <message>
        <source>print CSV (UTF-8 with a byte order mark)</source>
        <translation>вывести CSV (UTF-8 с меткой порядка байтов)</translation>
    </message>
    <message>
        <source>also write the statistics as a PDF report to FILE</source>
        <translation>также записать статистику как отчёт PDF в FILE</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>stats не принимает аргументов.</translation>
    </message>
    <message>
        <source>This program cannot write PDFs.</source>
        <translation>Эта программа не умеет записывать PDF.</translation>
    </message>
    <message>
        <source>The office key has no recovery key: give your own passphrase.</source>
        <translation>У ключа организации нет ключа восстановления: укажите свой пароль.</translation>
    </message>
    <message>
        <source>write the list as an Excel workbook (.xlsx) to the file given with --out; the same columns as --csv, recorded in the audit log</source>
        <translation>записать список как книгу Excel (.xlsx) в файл, указанный в --out; те же столбцы, что и с --csv; записывается в журнал аудита</translation>
    </message>
    <message>
        <source>with --csv or --xlsx, deliberately add this sensitive client column (%1); repeatable, recorded in the audit log</source>
        <translation>с --csv или --xlsx: намеренно добавить этот конфиденциальный столбец клиента (%1); можно повторять; записывается в журнал аудита</translation>
    </message>
    <message>
        <source>with --csv, write to FILE (owner-only) instead of standard output; with --xlsx, the file to write (required)</source>
        <translation>с --csv: записать в FILE (доступ только владельцу) вместо стандартного вывода; с --xlsx: файл для записи (обязательно)</translation>
    </message>
    <message>
        <source>Choose one of --csv, --xlsx and --json.</source>
        <translation>Выберите что-то одно: --csv, --xlsx или --json.</translation>
    </message>
    <message>
        <source>--include and --out need --csv or --xlsx.</source>
        <translation>--include и --out требуют --csv или --xlsx.</translation>
    </message>
    <message>
        <source>An XLSX workbook is binary and is not written to a terminal. Give the file to write with --out FILE.</source>
        <translation>Книга XLSX — двоичный файл, она не выводится в терминал. Укажите файл для записи с помощью --out FILE.</translation>
    </message>
    <message>
        <source>--xlsx writes a file, not standard output: give it with --out FILE.</source>
        <translation>--xlsx записывает файл, а не стандартный вывод: укажите его с помощью --out FILE.</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for the login &quot;%1&quot; with this passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`. Without at least one person&apos;s passphrase, the evidence on this server cannot be read: give the key to two people.</source>
        <translation>Ключ организации создан, и его копия для учётной записи «%1» зашифрована этим паролем. Добавляйте коллег командой `trustdesk-cli office-key add LOGIN`. Без пароля хотя бы одного человека доказательства на этом сервере прочитать нельзя: дайте ключ двум людям.</translation>
    </message>
    <message>
        <source>The office key was wrapped for the login &quot;%1&quot;: that person now opens the evidence with their own passphrase. Nothing was re-encrypted.</source>
        <translation>Копия ключа организации зашифрована для учётной записи «%1»: теперь этот человек открывает доказательства своим паролем. Ничего не перешифровывалось.</translation>
    </message>
    <message>
        <source>Manage the office key of an office server, which encrypts the evidence kept in it. &quot;init&quot; makes the key and wraps it for your login with a passphrase (from --passphrase-file or asked twice). &quot;add LOGIN&quot; wraps the same key for a colleague: your passphrase comes from the usual places, theirs from --new-passphrase-file or is asked twice. &quot;list&quot; shows the logins holding the key.</source>
        <translation>Управлять ключом организации на сервере организации; этим ключом шифруются хранящиеся на сервере доказательства. &quot;init&quot; создаёт ключ и шифрует его копию для вашей учётной записи паролем (из --passphrase-file или запрашиваемым дважды). &quot;add LOGIN&quot; шифрует копию того же ключа для коллеги: ваш пароль берётся из обычных мест, пароль коллеги — из --new-passphrase-file, иначе запрашивается дважды. &quot;list&quot; показывает учётные записи, у которых есть ключ.</translation>
    </message>
    <message>
        <source>init, add or list</source>
        <translation>init, add или list</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s server login</source>
        <translation>для add: учётная запись коллеги на сервере</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s passphrase, the first line of FILE</source>
        <translation>для add: пароль коллеги — первая строка FILE</translation>
    </message>
    <message>
        <source>office-key needs init, add LOGIN or list.</source>
        <translation>office-key требует init, add LOGIN или list.</translation>
    </message>
    <message>
        <source>An office key exists only on an office server: give --db a postgresql:// URI. A database file is encrypted with its own passphrase instead.</source>
        <translation>Ключ организации есть только на сервере организации: укажите в --db URI postgresql://. Файл базы данных вместо этого шифруется собственным паролем.</translation>
    </message>
    <message>
        <source>Audit log checked only as far as your role allows: your %1 of %2 entries each match their hash. The links between everyone&apos;s entries can be checked only by a supervisor or an admin.</source>
        <translation>Журнал аудита проверен лишь настолько, насколько позволяет ваша роль: каждая из ваших записей (%1 из %2) совпадает со своим хешем. Связи между записями всех сотрудников может проверить только руководитель или администратор.</translation>
    </message>
    <message>
        <source>--head was not checked: the entry may be one your role cannot read.</source>
        <translation>--head не проверен: возможно, ваша роль не позволяет прочитать эту запись.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE and of its evidence to the folder FILE.evidence beside it (safe while TrustDesk is open); together they are an openable TrustDesk database. Neither may exist yet. Every evidence file is re-hashed while it is copied: a missing or changed file stops the backup with exit code 3 and nothing is left behind. Of an office database (a postgresql:// URI), FILE alone holds everything, evidence included, encrypted with the office key.</source>
        <translation>Записать согласованную копию базы данных в FILE, а её доказательств — в папку FILE.evidence рядом с ним (безопасно, пока TrustDesk открыт); вместе они образуют базу данных TrustDesk, которую можно открыть. Ни того, ни другого ещё не должно существовать. Хеш каждого файла доказательств пересчитывается при копировании: отсутствующий или изменённый файл останавливает резервное копирование с кодом выхода 3, и ничего не остаётся. Для базы данных организации (URI postgresql://) всё, включая доказательства, содержится в одном FILE и зашифровано ключом организации.</translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents and its evidence with the backup FILE and the folder FILE.evidence beside it. The backup is verified first, every evidence file re-hashed; a backup that does not verify is refused and nothing changes. Run it while TrustDesk is closed. An encrypted backup (FILE.vault beside it) opens with the passphrase it was made with or the recovery key; it restores into an encrypted database, or onto a new path, which then opens like the backup. It is never restored into an unencrypted database. A plaintext backup restored into an encrypted database is encrypted on the way. An office backup restores into an empty office database only (a postgresql:// URI), opened with the passphrase of a login that held the office key when it was made.</source>
        <translation>Заменить содержимое базы данных и её доказательства резервной копией FILE и папкой FILE.evidence рядом с ней. Сначала резервная копия проверяется, хеш каждого файла доказательств пересчитывается; копия, не прошедшая проверку, отклоняется, и ничего не меняется. Запускайте, когда TrustDesk закрыт. Зашифрованная резервная копия (FILE.vault рядом с ней) открывается паролем, с которым она была сделана, или ключом восстановления; она восстанавливается в зашифрованную базу данных или по новому пути, который затем открывается так же, как резервная копия. В незашифрованную базу данных она никогда не восстанавливается. Незашифрованная резервная копия, восстанавливаемая в зашифрованную базу данных, по пути шифруется. Резервная копия организации восстанавливается только в пустую базу данных организации (URI postgresql://) и открывается паролем учётной записи, у которой был ключ организации, когда копия создавалась.</translation>
    </message>
    <message>
        <source>office backup: whose copy of the office key opens it (default: the login of --db)</source>
        <translation>резервная копия организации: чья копия ключа организации её открывает (по умолчанию — учётная запись из --db)</translation>
    </message>
    <message>
        <source>--login is for restoring an office backup into an office database.</source>
        <translation>--login служит для восстановления резервной копии организации в базу данных организации.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so there is no passphrase to change. Your server login&apos;s password is the server administrator&apos;s to change.</source>
        <translation>У этого сервера организации ещё нет ключа организации, поэтому менять нечего. Пароль вашей учётной записи на сервере меняет администратор сервера.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key was changed: the old one no longer opens the evidence on this server as &quot;%1&quot;. Colleagues keep their own passphrases; nothing was re-encrypted. Your server login&apos;s password is unchanged.</source>
        <translation>Ваш пароль к ключу организации изменён: старый больше не открывает доказательства на этом сервере для учётной записи «%1». У коллег остаются их собственные пароли; ничего не перешифровано. Пароль вашей учётной записи на сервере не изменился.</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted database. The current passphrase (or the recovery key) comes from the usual places; the new one from --new-passphrase-file, else it is asked twice on the terminal. Only the key file is rewritten, in one step: after a crash exactly one of the two passphrases works. The recovery key stays the same. Backups made before keep opening with the passphrase they were made with. On an office server (--db postgresql://…) it changes your own passphrase for the office key instead.</source>
        <translation>Изменить пароль зашифрованной базы данных. Текущий пароль (или ключ восстановления) берётся из обычных мест, новый — из --new-passphrase-file, иначе он дважды запрашивается в терминале. Перезаписывается только файл ключа, за один шаг: после сбоя работает ровно один из двух паролей. Ключ восстановления остаётся прежним. Ранее сделанные резервные копии по-прежнему открываются паролем, с которым они были сделаны. На сервере организации (--db postgresql://…) вместо этого меняется ваш собственный пароль к ключу организации.</translation>
    </message>
    <message>
        <source>An office server is not encrypted with a passphrase: encrypt turns a database file into a vault. On a server, its logins and TLS protect the case data, and the evidence is already encrypted with the office key (`trustdesk-cli office-key`).</source>
        <translation>Сервер организации не шифруется паролем: encrypt превращает файл базы данных в хранилище. На сервере данные дел защищают его учётные записи и TLS, а доказательства уже зашифрованы ключом организации (`trustdesk-cli office-key`).</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for your login with the office passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`.</source>
        <translation>Ключ организации создан и защищён для вашей учётной записи паролем организации. Добавляйте коллег командой `trustdesk-cli office-key add LOGIN`.</translation>
    </message>
    <message>
        <source>Office key passphrase: </source>
        <translation>Пароль к ключу организации: </translation>
    </message>
    <message>
        <source>The server&apos;s office key needs your office passphrase: give --office-passphrase-file FILE or run migrate at a terminal.</source>
        <translation>Ключу организации на сервере нужен ваш пароль организации: укажите --office-passphrase-file FILE или запустите migrate в терминале.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</source>
        <translation>
            <numerusform>Скопировано в %3 и проверено: %n дело, элементов доказательств — %1 (%2 байт). В каждой таблице те же строки, цепочка аудита не нарушена, и каждый элемент читается обратно с тем же SHA-256.</numerusform>
            <numerusform>Скопировано в %3 и проверено: %n дела, элементов доказательств — %1 (%2 байт). В каждой таблице те же строки, цепочка аудита не нарушена, и каждый элемент читается обратно с тем же SHA-256.</numerusform>
            <numerusform>Скопировано в %3 и проверено: %n дел, элементов доказательств — %1 (%2 байт). В каждой таблице те же строки, цепочка аудита не нарушена, и каждый элемент читается обратно с тем же SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was only read: keep it as it is until colleagues have worked on the server for a while, then delete it with its evidence folder (or keep it as a backup in a safe place).</source>
        <translation>%1 был только прочитан: сохраните его как есть, пока коллеги какое-то время поработают на сервере, затем удалите его вместе с папкой доказательств (или храните как резервную копию в надёжном месте).</translation>
    </message>
    <message>
        <source>Copy the database file given with --db, with its evidence, into an empty office server (--to URI), then check the copy. The file is only read. An encrypted file opens with its passphrase as usual (--passphrase-file…). The evidence on the server is encrypted with the office key: when the server has none, it is made and wrapped with your office passphrase (--office-passphrase-file or asked twice); otherwise that passphrase unlocks it. Nothing is kept on the server unless everything copied and checked.</source>
        <translation>Скопировать файл базы данных, указанный в --db, вместе с доказательствами на пустой сервер организации (--to URI), затем проверить копию. Файл только читается. Зашифрованный файл открывается своим паролем как обычно (--passphrase-file…). Доказательства на сервере шифруются ключом организации: если на сервере его нет, он создаётся и защищается вашим паролем организации (--office-passphrase-file или запрашивается дважды); иначе этот пароль его разблокирует. На сервере ничего не остаётся, если не всё скопировано и проверено.</translation>
    </message>
    <message>
        <source>the office server, a postgresql:// URI (required)</source>
        <translation>сервер организации, URI postgresql:// (обязательно)</translation>
    </message>
    <message>
        <source>your passphrase for the office key, the first line of FILE (not the file&apos;s passphrase)</source>
        <translation>ваш пароль к ключу организации, первая строка FILE (не пароль самого файла)</translation>
    </message>
    <message>
        <source>print a summary as JSON</source>
        <translation>вывести сводку в JSON</translation>
    </message>
    <message>
        <source>migrate takes no arguments.</source>
        <translation>migrate не принимает аргументов.</translation>
    </message>
    <message>
        <source>migrate needs --to URI.</source>
        <translation>Для migrate нужен --to URI.</translation>
    </message>
    <message>
        <source>migrate copies a database file: give --db the file and --to the server.</source>
        <translation>migrate копирует файл базы данных: укажите в --db файл, а в --to сервер.</translation>
    </message>
    <message>
        <source>--to needs an office server&apos;s postgresql:// URI.</source>
        <translation>Для --to нужен URI postgresql:// сервера организации.</translation>
    </message>
    <message>
        <source>The database file is at schema version %1, this version of TrustDesk at %2: open it once with the app or change it with trustdesk-cli to upgrade it, then migrate.</source>
        <translation>Схема файла базы данных — версии %1, а этой версии TrustDesk — %2: откройте его один раз в приложении или измените с помощью trustdesk-cli, чтобы обновить, затем выполните перенос.</translation>
    </message>
    <message>
        <source>The office server already holds data (table &quot;%1&quot; has rows): migrate copies only into an empty office database. Nothing was changed.</source>
        <translation>На сервере организации уже есть данные (в таблице «%1» есть строки): migrate копирует только в пустую базу данных организации. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Migrating into the office database</source>
        <translation>Перенос в базу данных организации</translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 bytes</source>
        <translation>Доказательства: %1 из %2 байт</translation>
    </message>
    <message>
        <source>Checking the copy: %1 of %2</source>
        <translation>Проверка копии: %1 из %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Копирование %1: %2 из %3 строк</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 уже существует; выберите для резервной копии новое имя.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>It holds the whole office database, evidence included, encrypted with the office key: it opens with the passphrase of a person who held the key when it was made.</source>
        <translation>Она содержит всю базу данных организации, включая доказательства, зашифрованную ключом организации: она открывается паролем сотрудника, у которого был ключ, когда она создавалась.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; the office database is unchanged. %2</source>
        <translation>«%1» не восстановлена; база данных организации не изменена. %2</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Say whose passphrase opens the backup with --login: one of %1.</source>
        <translation>Укажите с помощью --login, чей пароль открывает резервную копию: одна из учётных записей %1.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>Проверка НЕ ПРОЙДЕНА: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: %1 (made %2 by %3, schema %4; %n evidence item(s) open whole, audit log of %5 entries chains)</source>
        <translation>
            <numerusform>Резервная копия проверена: %1 (создана %2 учётной записью %3, схема %4; %n элемент доказательств открывается целиком, цепочка журнала аудита из %5 записей не нарушена)</numerusform>
            <numerusform>Резервная копия проверена: %1 (создана %2 учётной записью %3, схема %4; %n элемента доказательств открываются целиком, цепочка журнала аудита из %5 записей не нарушена)</numerusform>
            <numerusform>Резервная копия проверена: %1 (создана %2 учётной записью %3, схема %4; %n элементов доказательств открываются целиком, цепочка журнала аудита из %5 записей не нарушена)</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy on the server differs from the database file (%1). Nothing was kept on the server.</source>
        <translation>Копия на сервере отличается от файла базы данных (%1). На сервере ничего не сохранено.</translation>
    </message>
    <message>
        <source>Evidence item %1 (%2) of case %3 could not be copied: %4 Nothing was kept on the server.</source>
        <translation>Не удалось скопировать элемент доказательств %1 (%2) дела %3: %4 На сервере ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 on the server</source>
        <translation>%1: строк %2, на сервере %3</translation>
    </message>
    <message>
        <source>%1: the rows&apos; contents</source>
        <translation>%1: содержимое строк</translation>
    </message>
    <message>
        <source>evidence item %1 (%2)</source>
        <translation>элемент доказательств %1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is now %2 on this office server.</source>
        <translation>Учётная запись «%1» теперь имеет роль %2 на этом сервере организации.</translation>
    </message>
    <message>
        <source>the person&apos;s server login</source>
        <translation>учётная запись человека на сервере</translation>
    </message>
    <message>
        <source>for role: caseworker, supervisor or admin</source>
        <translation>для role: caseworker, supervisor или admin</translation>
    </message>
    <message>
        <source>for add: caseworker, supervisor or admin</source>
        <translation>для add: caseworker, supervisor или admin</translation>
    </message>
    <message>
        <source>for list: print JSON</source>
        <translation>для list: вывести JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use caseworker, supervisor or admin.</source>
        <translation>«%1» — не роль: используйте caseworker, supervisor или admin.</translation>
    </message>
    <message>
        <source>Staff and roles exist only on an office server: give --db a postgresql:// URI. A database file belongs to whoever can open it.</source>
        <translation>Сотрудники и роли есть только на сервере организации: укажите в --db URI postgresql://. Файл базы данных принадлежит тому, кто может его открыть.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no role on this office server any more; the login itself was kept.</source>
        <translation>У учётной записи «%1» больше нет роли на этом сервере организации; сама учётная запись сохранена.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; had no role on this office server.</source>
        <translation>У учётной записи «%1» не было роли на этом сервере организации.</translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity, links between records, the search index and case numbering, and re-hash every evidence file in the store (changed, missing or unexpected files fail). Changes nothing but the evidence chain of custody, which records each verification. With --backup FILE, check an office database&apos;s backup instead, without restoring it: every seal, the row counts, the audit chain and every evidence item&apos;s sealed chunks.</source>
        <translation>Проверить базу данных: целостность SQLite, связи между записями, поисковый индекс и нумерацию дел, а также пересчитать хеш каждого файла доказательств в хранилище (изменённые, отсутствующие или лишние файлы дают ошибку). Ничего не меняет, кроме цепочки хранения доказательств, в которую записывается каждая проверка. С --backup FILE вместо этого проверяется резервная копия базы данных организации без её восстановления: каждая печать, число строк, цепочка аудита и запечатанные части каждого элемента доказательств.</translation>
    </message>
    <message>
        <source>check this office backup file instead</source>
        <translation>вместо этого проверить этот файл резервной копии организации</translation>
    </message>
    <message>
        <source>with --backup: whose copy of the office key opens it (default: the login of --db, or the only one)</source>
        <translation>с --backup: чья копия ключа организации её открывает (по умолчанию — учётная запись из --db или единственная)</translation>
    </message>
    <message>
        <source>--login goes with --backup.</source>
        <translation>--login используется только вместе с --backup.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure, 4 wrong or missing passphrase or recovery key, 5 not allowed to this login by the office server.</source>
        <translation>Коды выхода: 0 успех, 1 неверный вызов, 2 неверные данные или не найдено, 3 нарушение целостности, 4 неверный или отсутствующий пароль или ключ восстановления, 5 сервер офиса не разрешает это этой учётной записи.</translation>
    </message>
    <message>
        <source>office passphrase file</source>
        <translation>файл пароля организации</translation>
    </message>
    <message>
        <source>login password file</source>
        <translation>файл пароля учётной записи</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has a new password; its old one no longer opens the office server.</source>
        <translation>У учётной записи «%1» новый пароль; старый больше не открывает доступ к серверу организации.</translation>
    </message>
    <message>
        <source>Manage the people of an office server (admins only). &quot;add LOGIN --role ROLE&quot; gives a login a role, creating the login (without a password, or with the first line of --password-file, ASCII only, of which the server receives only the SCRAM-SHA-256 verifier) when it is missing; &quot;role LOGIN ROLE&quot; changes it; &quot;password LOGIN --password-file FILE&quot; gives a staff member a new password (the same rules) and keeps the role; &quot;remove LOGIN&quot; takes every role away (the login stays); &quot;list&quot; shows login, role and whether the person holds the office key. Roles: caseworker, supervisor, admin.</source>
        <translation>Управлять людьми на сервере организации (только для администраторов). &quot;add LOGIN --role ROLE&quot; назначает учётной записи роль и создаёт учётную запись, если её нет (без пароля или с паролем из первой строки --password-file, только символы ASCII; сервер получает только его верификатор SCRAM-SHA-256); &quot;role LOGIN ROLE&quot; меняет роль; &quot;password LOGIN --password-file FILE&quot; задаёт сотруднику новый пароль (по тем же правилам) и сохраняет роль; &quot;remove LOGIN&quot; снимает все роли (учётная запись остаётся); &quot;list&quot; показывает учётную запись, роль и есть ли у человека ключ организации. Роли: caseworker, supervisor, admin.</translation>
    </message>
    <message>
        <source>add, role, password, remove or list</source>
        <translation>add, role, password, remove или list</translation>
    </message>
    <message>
        <source>for add and password: the login&apos;s password (ASCII), the first line of FILE; only its SCRAM-SHA-256 verifier is sent to the server</source>
        <translation>для add и password: пароль учётной записи (ASCII) — первая строка FILE; на сервер отправляется только его верификатор SCRAM-SHA-256</translation>
    </message>
    <message>
        <source>staff needs add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN or list.</source>
        <translation>staff требует add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN или list.</translation>
    </message>
</context>
</TS>
