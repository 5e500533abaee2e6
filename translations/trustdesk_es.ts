<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the audit log</source>
        <translation>Registrando en el registro de auditoría</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Leyendo el registro de auditoría</translation>
    </message>
    <message>
        <source>Audit entry %1 is the first one but does not start the chain: earlier entries were removed.</source>
        <translation>La entrada de auditoría %1 es la primera, pero no inicia la cadena: se eliminaron entradas anteriores.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries between them were removed or inserted, or entry %2 was changed.</source>
        <translation>La entrada de auditoría %1 no sigue a la entrada %2: se eliminaron o insertaron entradas entre ellas, o se modificó la entrada %2.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its hash does not match its contents.</source>
        <translation>La entrada de auditoría %1 se modificó después de escribirse: su hash no coincide con su contenido.</translation>
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
        <translation>%1: el disco está lleno.</translation>
    </message>
    <message>
        <source>%1: the copy could not be completed.</source>
        <translation>%1: no se pudo completar la copia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; ya existe; elija un nombre de archivo nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>La carpeta &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>No se pudo iniciar la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be created.</source>
        <translation>No se pudo crear el archivo de copia de seguridad &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be opened.</source>
        <translation>No se pudo abrir el archivo de copia de seguridad &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo la copia de seguridad</translation>
    </message>
    <message>
        <source>The backup file could not be finished.</source>
        <translation>No se pudo terminar el archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>No se pudo escribir la copia de seguridad en el disco.</translation>
    </message>
    <message>
        <source>The backup did not verify, so it was discarded: %1</source>
        <translation>La copia de seguridad no pasó la verificación, así que se descartó: %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place.</source>
        <translation>No se pudo mover la copia de seguridad a su lugar.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>No se puede restaurar una base de datos desde sí misma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>&quot;%1&quot; no se restauró: %2</translation>
    </message>
    <message>
        <source>The restore could not be started.</source>
        <translation>No se pudo iniciar la restauración.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>No se pudo abrir &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>The backup&apos;s evidence folder could not be created: %1</source>
        <translation>No se pudo crear la carpeta de pruebas de la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>No se escribió la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The backup was not written, because evidence files in the store are missing or have changed (run verify to check the whole store):</source>
        <translation>No se escribió la copia de seguridad porque faltan archivos de prueba en el almacén o han cambiado (ejecute verify para comprobar todo el almacén):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, and a backup keeps its evidence there; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; ya existe, y una copia de seguridad guarda allí sus pruebas; elija un nombre de archivo nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Evidence kept being removed while the backup ran, so it was not written. Try again when no one is removing evidence.</source>
        <translation>Se siguieron retirando pruebas mientras se hacía la copia de seguridad, así que no se escribió. Inténtelo de nuevo cuando nadie esté retirando pruebas.</translation>
    </message>
    <message>
        <source>Evidence files of the backup are missing or have changed:</source>
        <translation>Faltan archivos de prueba de la copia de seguridad o han cambiado:</translation>
    </message>
    <message>
        <source>the evidence cannot be written beside the database: %1</source>
        <translation>no se pueden escribir las pruebas junto a la base de datos: %1</translation>
    </message>
    <message>
        <source>evidence files of the backup are missing or have changed:</source>
        <translation>faltan archivos de prueba de la copia de seguridad o han cambiado:</translation>
    </message>
    <message>
        <source>The database was restored, but its evidence could not be put in place (%1). Run the restore again.</source>
        <translation>Se restauró la base de datos, pero no se pudieron colocar sus pruebas en su lugar (%1). Vuelva a ejecutar la restauración.</translation>
    </message>
    <message>
        <source>The backup was canceled; nothing was written.</source>
        <translation>Se canceló la copia de seguridad; no se escribió nada.</translation>
    </message>
    <message>
        <source>The restore was canceled; nothing was changed.</source>
        <translation>Se canceló la restauración; no se cambió nada.</translation>
    </message>
    <message>
        <source>The check of the backup was canceled.</source>
        <translation>Se canceló la comprobación de la copia de seguridad.</translation>
    </message>
    <message>
        <source>This backup is encrypted: it opens only with the passphrase it was made with, or the recovery key.</source>
        <translation>Esta copia de seguridad está cifrada: solo se abre con la contraseña con la que se hizo o con la clave de recuperación.</translation>
    </message>
    <message>
        <source>the backup cannot be encrypted beside the database: %1</source>
        <translation>la copia de seguridad no se puede cifrar junto a la base de datos: %1</translation>
    </message>
    <message>
        <source>The backup was not written: the key file could not be copied.</source>
        <translation>No se escribió la copia de seguridad: no se pudo copiar el archivo de claves.</translation>
    </message>
    <message>
        <source>the backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new database, or encrypt this one first.</source>
        <translation>la copia de seguridad está cifrada y esta base de datos no, así que sus casos se escribirían sin cifrar. Restáurela en una base de datos nueva o cifre primero esta.</translation>
    </message>
    <message>
        <source>the backup is of another encrypted database, and its evidence files are sealed with that database&apos;s keys. Restore it to a new path instead.</source>
        <translation>la copia de seguridad es de otra base de datos cifrada, y sus archivos de prueba están sellados con las claves de esa base de datos. Restáurela en una ruta nueva.</translation>
    </message>
    <message>
        <source>the backup is not encrypted and holds evidence files, which would be placed unencrypted into this encrypted database. Restore it to a new path, then encrypt that database (trustdesk-cli encrypt).</source>
        <translation>la copia de seguridad no está cifrada y contiene archivos de prueba, que quedarían sin cifrar en esta base de datos cifrada. Restáurela en una ruta nueva y luego cifre esa base de datos (trustdesk-cli encrypt).</translation>
    </message>
    <message>
        <source>The database was restored, but the audit entries made since the backup could not be added back to its log: %1</source>
        <translation>Se restauró la base de datos, pero no se pudieron volver a añadir a su registro las entradas de auditoría hechas desde la copia de seguridad: %1</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>TrustDesk backup %1</source>
        <translation>Copia de seguridad de TrustDesk %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Hacer copia de seguridad</translation>
    </message>
    <message>
        <source>The backup is in %1.

Its evidence files are in the folder %2 beside it. Keep the two together: copy or move them as a pair, because the backup is not complete without its evidence folder.</source>
        <translation>La copia de seguridad está en %1.

Sus archivos de prueba están en la carpeta %2, junto a ella. Mantenga las dos juntas: cópielas o muévalas siempre como pareja, porque la copia de seguridad no está completa sin su carpeta de pruebas.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 ya existe. Una copia de seguridad nunca reemplaza un archivo: elija otro nombre.</translation>
    </message>
    <message>
        <source>The folder %1 already exists, and this backup would keep its evidence there. A backup never replaces anything: choose another name.</source>
        <translation>La carpeta %1 ya existe, y esta copia de seguridad guardaría allí sus pruebas. Una copia de seguridad nunca reemplaza nada: elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>The cases could not be counted</source>
        <translation>No se pudieron contar los casos</translation>
    </message>
    <message>
        <source>The audit log could not be read</source>
        <translation>No se pudo leer el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>BackupWrite</name>
    <message>
        <source>Back Up</source>
        <translation>Hacer copia de seguridad</translation>
    </message>
    <message>
        <source>Back-up canceled; nothing was written.</source>
        <translation>Copia de seguridad cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>No se escribió la copia de seguridad.</translation>
    </message>
    <message>
        <source>The changes you have not saved yet in the open case are not in this backup.</source>
        <translation>Los cambios que aún no ha guardado en el caso abierto no están en esta copia de seguridad.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Copia de seguridad escrita en %1</translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation>Copia de seguridad escrita</translation>
    </message>
</context>
<context>
    <name>BusyTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CaseConflict</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>%1 changed case %2.</source>
        <translation>%1 cambió el caso %2.</translation>
    </message>
    <message>
        <source>%1 changed case %2 at %3.</source>
        <translation>%1 cambió el caso %2 el %3.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsable del caso</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Hidden (sensitive)</source>
        <translation>Oculto (sensible)</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distrito policial</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infracciones</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>placa %1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Quejas presentadas</translation>
    </message>
    <message>
        <source>%1, %2, tracking number %3, %4</source>
        <translation>%1, %2, número de seguimiento %3, %4</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>St&amp;atus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>&amp;Abierto</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>&amp;Cerrado</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>Res&amp;ponsable del caso</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>No se pudo escribir la exportación: %1</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added:
  %1</source>
        <translation>El archivo no se importó; no se agregó nada:
  %1</translation>
    </message>
    <message>
        <source>The file is empty: it holds no TrustDesk cases.</source>
        <translation>El archivo está vacío: no contiene casos de TrustDesk.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>El archivo no es JSON válido (línea %1, columna %2: %3).</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: it must be a JSON object with &quot;format&quot;: &quot;trustdesk-cases&quot;.</source>
        <translation>Este no es un archivo de casos de TrustDesk: debe ser un objeto JSON con &quot;format&quot;: &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: its &quot;format&quot; must be &quot;trustdesk-cases&quot;.</source>
        <translation>Este no es un archivo de casos de TrustDesk: su &quot;format&quot; debe ser &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>La &quot;version&quot; del archivo debe ser un número entero a partir de 1.</translation>
    </message>
    <message>
        <source>The file was made by a newer TrustDesk (format version %1); this version reads version %2. Update TrustDesk to import it.</source>
        <translation>El archivo fue creado por un TrustDesk más nuevo (versión de formato %1); esta versión lee la versión %2. Actualice TrustDesk para importarlo.</translation>
    </message>
    <message>
        <source>is required and must be a list.</source>
        <translation>es obligatorio y debe ser una lista.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>debe ser un objeto.</translation>
    </message>
    <message>
        <source>repeats the reference of cases[%1].</source>
        <translation>repite la referencia de cases[%1].</translation>
    </message>
    <message>
        <source>is already used by a case in this database.</source>
        <translation>ya lo usa un caso en esta base de datos.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added: %1</source>
        <translation>El archivo no se importó; no se agregó nada: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TrustDesk case file.</source>
        <translation>%1 es una carpeta, no un archivo de casos de TrustDesk.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB: split it into several files.</source>
        <translation>%1 pesa más de 1 GiB: divídalo en varios archivos.</translation>
    </message>
    <message>
        <source>is not a sensitive field.</source>
        <translation>no es un campo sensible.</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>must be an object.</source>
        <translation>debe ser un objeto.</translation>
    </message>
    <message>
        <source>is not a known violation category code.</source>
        <translation>no es un código de categoría de infracción conocido.</translation>
    </message>
    <message>
        <source>repeats the category &quot;%1&quot;.</source>
        <translation>repite la categoría &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>no debe ser negativo.</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits.</source>
        <translation>debe tener 64 dígitos hexadecimales en minúscula.</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>debe ser uno de: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known case status.</source>
        <translation>&quot;%1&quot; no es un estado de caso conocido.</translation>
    </message>
</context>
<context>
    <name>CaseListCsv</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Último incidente</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsable del caso</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Se detuvo la exportación.</translation>
    </message>
</context>
<context>
    <name>CaseListExportFlow</name>
    <message>
        <source>cases-%1.csv</source>
        <translation>casos-%1.csv</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>Exportar lista de casos</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>The case list was not exported: %1</source>
        <translation>No se exportó la lista de casos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n caso a %1.</numerusform>
            <numerusform>Se exportaron %n casos a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Último incidente</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsable del caso</translation>
    </message>
</context>
<context>
    <name>CaseListReader</name>
    <message>
        <source>Reading the case list</source>
        <translation>Leyendo la lista de casos</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Se detuvo la exportación.</translation>
    </message>
    <message>
        <source>%1 cannot be exported in a list.</source>
        <translation>%1 no se puede exportar en una lista.</translation>
    </message>
</context>
<context>
    <name>CaseListXlsx</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>no hay suficiente memoria</translation>
    </message>
    <message>
        <source>a heading was refused</source>
        <translation>se rechazó un encabezado</translation>
    </message>
    <message>
        <source>no header was written</source>
        <translation>no se escribió el encabezado</translation>
    </message>
    <message>
        <source>The list has more cases than a spreadsheet holds (%1 rows). Narrow the list, or export it as CSV.</source>
        <translation>La lista tiene más casos de los que caben en una hoja de cálculo (%1 filas). Reduzca la lista o expórtela como CSV.</translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsable del caso</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>[withheld]</source>
        <translation>[ocultado]</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distrito policial</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infracciones</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>%1, badge %2, unit %3, %4</source>
        <translation>%1, placa %2, unidad %3, %4</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Sensitive fields are withheld. Use --include FIELD or --include-sensitive to show them (recorded in the audit log).</source>
        <translation>Los campos sensibles están ocultos. Use --include CAMPO o --include-sensitive para mostrarlos (queda registrado en el registro de auditoría).</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>Reading cases</source>
        <translation>Leyendo los casos</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>El caso ya no existe.</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>El caso %1 tiene un estado desconocido.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not saved:
%1</source>
        <translation>El caso no se guardó:
%1</translation>
    </message>
    <message>
        <source>The case %1 no longer exists; it was not saved.</source>
        <translation>El caso %1 ya no existe; no se guardó.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Caso %1: %2</translation>
    </message>
    <message>
        <source>Deleting the case</source>
        <translation>Eliminando el caso</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Actualizando el índice de búsqueda</translation>
    </message>
    <message>
        <source>%1 Your changes were not saved; nothing was written.</source>
        <translation>%1 Sus cambios no se guardaron; no se escribió nada.</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>Guardando el caso</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Reuniendo pruebas</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>Listo para presentar</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>CaseTextRedactor</name>
    <message>
        <source>Client notes</source>
        <translation>Notas del cliente</translation>
    </message>
    <message>
        <source>Incident %1, %2</source>
        <translation>Incidente %1, %2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>police district</source>
        <translation>distrito policial</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agencia</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>relato</translation>
    </message>
    <message>
        <source>Incident %1, officer %2, %3</source>
        <translation>Incidente %1, agente %2, %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>número de placa</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>Incident %1, witness %2, %3</source>
        <translation>Incidente %1, testigo %2, %3</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>declaración</translation>
    </message>
    <message>
        <source>Evidence %1, %2</source>
        <translation>Prueba %1, %2</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nombre de archivo</translation>
    </message>
    <message>
        <source>provided by</source>
        <translation>aportada por</translation>
    </message>
    <message>
        <source>Filing %1, %2</source>
        <translation>Denuncia %1, %2</translation>
    </message>
    <message>
        <source>filed with</source>
        <translation>presentada ante</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>vía</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>número de seguimiento</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Follow-up %1, note</source>
        <translation>Seguimiento %1, nota</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The case reference must look like TD-2026-00042.</source>
        <translation>La referencia del caso debe tener la forma TD-2026-00042.</translation>
    </message>
    <message>
        <source>The date the case was opened is required.</source>
        <translation>La fecha de apertura del caso es obligatoria.</translation>
    </message>
    <message>
        <source>A case cannot be closed before it was opened.</source>
        <translation>Un caso no puede cerrarse antes de abrirse.</translation>
    </message>
    <message>
        <source>Say whom the complaint was filed with.</source>
        <translation>Indique ante quién se presentó la queja.</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>Un seguimiento necesita una fecha límite.</translation>
    </message>
    <message>
        <source>The SHA-256 must be 64 lowercase hexadecimal digits.</source>
        <translation>El SHA-256 debe tener 64 dígitos hexadecimales en minúscula.</translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation>El tamaño no puede ser negativo.</translation>
    </message>
    <message>
        <source>The original file name is required.</source>
        <translation>El nombre original del archivo es obligatorio.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name, or mark the client as anonymous.</source>
        <translation>Escriba el nombre del cliente o márquelo como anónimo.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Esto no parece un número de teléfono.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Esto no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The incident date is required.</source>
        <translation>La fecha del incidente es obligatoria.</translation>
    </message>
    <message>
        <source>Unknown violation category &quot;%1&quot;.</source>
        <translation>Categoría de infracción desconocida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, badge number or a description.</source>
        <translation>Indique el nombre del agente, su número de placa o una descripción.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Esta fecha es futura.</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Saving the case</source>
        <translation>Guardando el caso</translation>
    </message>
    <message>
        <source>The case numbering could not be read.</source>
        <translation>No se pudo leer la numeración de casos.</translation>
    </message>
    <message>
        <source>The client this case belongs to no longer exists.</source>
        <translation>El cliente al que pertenece este caso ya no existe.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Anonymous client</source>
        <translation>Cliente anónimo</translation>
    </message>
</context>
<context>
    <name>ClientCopy</name>
    <message>
        <source>Your complaint</source>
        <translation>Su queja</translation>
    </message>
    <message>
        <source>A short record of the complaint about police conduct filed for you, and what to do next. Keep this paper in a safe place.</source>
        <translation>Un breve registro de la queja sobre la conducta policial presentada en su nombre, y qué hacer después. Guarde este papel en un lugar seguro.</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Referencia del caso:</translation>
    </message>
    <message>
        <source>To be filed with:</source>
        <translation>Se presentará ante:</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>Preparado el:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Número de seguimiento:</translation>
    </message>
    <message>
        <source>Filed with:</source>
        <translation>Presentada ante:</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>Presentada el:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>Fecha del incidente:</translation>
    </message>
    <message>
        <source>What the complaint is about:</source>
        <translation>De qué trata la queja:</translation>
    </message>
    <message>
        <source>Your caseworker:</source>
        <translation>Su responsable del caso:</translation>
    </message>
    <message>
        <source>The client copy could not be printed.</source>
        <translation>No se pudo imprimir la copia para el cliente.</translation>
    </message>
    <message>
        <source>Your legal-aid office:</source>
        <translation>Su oficina de asistencia legal:</translation>
    </message>
</context>
<context>
    <name>ClientField</name>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Estatus migratorio</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Consentimiento para presentar</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
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
        <translation>Sensible: no aparece en los informes de queja, las exportaciones ni las impresiones, salvo que alguien lo incluya a propósito (y eso queda registrado).</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Corr&amp;eo electrónico</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Consentimiento para presentar</translation>
    </message>
    <message>
        <source>Sensitive field</source>
        <translation>Campo sensible</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>Prefe&amp;rred name</source>
        <translation>Nombre p&amp;referido</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage</source>
        <translation>Idioma prefe&amp;rido</translation>
    </message>
    <message>
        <source>Coun&amp;try of birth</source>
        <translation>Paí&amp;s de nacimiento</translation>
    </message>
    <message>
        <source>Immigration &amp;status</source>
        <translation>Estatus &amp;migratorio</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
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
        <translation>Buscando clientes existentes</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>create or migrate the database</source>
        <translation>crear o actualizar la base de datos</translation>
    </message>
    <message>
        <source>list cases, optionally of one status</source>
        <translation>listar casos, opcionalmente de un solo estado</translation>
    </message>
    <message>
        <source>full-text search over cases</source>
        <translation>búsqueda de texto completo en los casos</translation>
    </message>
    <message>
        <source>check integrity and invariants (exit 3 on failure)</source>
        <translation>comprobar la integridad y las reglas (código de salida 3 si falla)</translation>
    </message>
    <message>
        <source>add fictional demo cases (for demos and benchmarks)</source>
        <translation>agregar casos ficticios de demostración (para demostraciones y pruebas de rendimiento)</translation>
    </message>
    <message>
        <source>export cases as TrustDesk JSON</source>
        <translation>exportar casos como JSON de TrustDesk</translation>
    </message>
    <message>
        <source>import a TrustDesk JSON file, all or nothing</source>
        <translation>importar un archivo JSON de TrustDesk, todo o nada</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>mostrar un caso</translation>
    </message>
    <message>
        <source>attach files to a case as evidence</source>
        <translation>adjuntar archivos a un caso como pruebas</translation>
    </message>
    <message>
        <source>write the client&apos;s copy of a complaint as a PDF</source>
        <translation>escribir la copia del cliente de una queja en PDF</translation>
    </message>
    <message>
        <source>list a case&apos;s evidence (SHA-256 first)</source>
        <translation>listar las pruebas de un caso (primero el SHA-256)</translation>
    </message>
    <message>
        <source>export a case&apos;s evidence with a manifest</source>
        <translation>exportar las pruebas de un caso con un inventario</translation>
    </message>
    <message>
        <source>write a case&apos;s complaint submission as a PDF</source>
        <translation>escribir la presentación de la queja de un caso en PDF</translation>
    </message>
    <message>
        <source>write a consistent, verified copy of the database and its evidence</source>
        <translation>escribir una copia coherente y verificada de la base de datos y sus pruebas</translation>
    </message>
    <message>
        <source>replace the database and its evidence with a verified backup</source>
        <translation>reemplazar la base de datos y sus pruebas con una copia de seguridad verificada</translation>
    </message>
    <message>
        <source>remove an evidence item from a case, with a reason</source>
        <translation>retirar un elemento de prueba de un caso, indicando el motivo</translation>
    </message>
    <message>
        <source>list the audit log; &quot;audit verify&quot; checks its chain (exit 3 on a break)</source>
        <translation>lista el registro de auditoría; &quot;audit verify&quot; comprueba su cadena (sale con 3 si está rota)</translation>
    </message>
    <message>
        <source>change an encrypted database&apos;s passphrase</source>
        <translation>cambia la contraseña de una base de datos cifrada</translation>
    </message>
    <message>
        <source>encrypt a plaintext database in place, safely</source>
        <translation>cifra una base de datos sin cifrar en su sitio, de forma segura</translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one to the current schema. A new database is encrypted: its passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal), and its recovery key is shown once or written to --recovery-key-out.</source>
        <translation>Crea la base de datos o actualiza una existente al esquema actual. Una base de datos nueva se cifra: su contraseña se toma de --passphrase-file (o del archivo indicado en TRUSTDESK_PASSPHRASE_FILE, o se pide dos veces en el terminal), y su clave de recuperación se muestra una vez o se escribe en --recovery-key-out.</translation>
    </message>
    <message>
        <source>show or set the caseworker profile recorded as the actor</source>
        <translation>muestra o establece el perfil del responsable del caso que se registra como autor</translation>
    </message>
    <message>
        <source>rights guidance: list, show (--pdf), search, version, install</source>
        <translation>orientación sobre derechos: list, show (--pdf), search, version, install</translation>
    </message>
    <message>
        <source>store a redacted copy of an image (boxes filled or pixelated)</source>
        <translation>guardar una copia de una imagen con partes ocultas (recuadros rellenos o pixelados)</translation>
    </message>
    <message>
        <source>suggest boxes over faces in an image, for review</source>
        <translation>sugerir recuadros sobre los rostros de una imagen, para revisarlos</translation>
    </message>
    <message>
        <source>list repeat officers, or the cases of one badge number</source>
        <translation>listar los agentes que se repiten, o los casos de un número de placa</translation>
    </message>
    <message>
        <source>count cases and incidents by category, month, district…</source>
        <translation>contar casos e incidentes por categoría, mes, distrito…</translation>
    </message>
    <message>
        <source>manage the office key that encrypts an office server&apos;s evidence</source>
        <translation>administra la clave de la oficina que cifra las pruebas de un servidor de la oficina</translation>
    </message>
    <message>
        <source>copy a database file with its evidence into an office server</source>
        <translation>copia un archivo de base de datos con sus pruebas en un servidor de la oficina</translation>
    </message>
    <message>
        <source>manage the people of an office server and their roles</source>
        <translation>administra las personas de un servidor de la oficina y sus funciones</translation>
    </message>
</context>
<context>
    <name>ComplaintRecipient</name>
    <message>
        <source>Boston Police Department, Internal Affairs Division</source>
        <translation>Departamento de Policía de Boston, División de Asuntos Internos</translation>
    </message>
    <message>
        <source>City of Boston, Office of Police Accountability and Transparency</source>
        <translation>Ciudad de Boston, Oficina de Rendición de Cuentas y Transparencia Policial</translation>
    </message>
    <message>
        <source>Massachusetts Peace Officer Standards and Training (POST) Commission</source>
        <translation>Massachusetts Peace Officer Standards and Training (POST) Commission</translation>
    </message>
    <message>
        <source>Complaints about any certified officer in the Commonwealth</source>
        <translation>Quejas sobre cualquier agente certificado en Massachusetts</translation>
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
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Grabación de audio</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Complaint submission %1</source>
        <translation>Presentación de la queja %1</translation>
    </message>
    <message>
        <source>Incident %1 of %2</source>
        <translation>Incidente %1 de %2</translation>
    </message>
    <message>
        <source>DRAFT: the client&apos;s consent to file is not recorded in the case. Do not send this document until consent is recorded.</source>
        <translation>BORRADOR: el consentimiento del cliente para presentar la queja no está registrado en el caso. No envíe este documento hasta que se registre el consentimiento.</translation>
    </message>
    <message>
        <source>Complaint about police conduct</source>
        <translation>Queja sobre conducta policial</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>The complainant, who asks to remain anonymous</source>
        <translation>La persona denunciante, que pide permanecer en el anonimato</translation>
    </message>
    <message>
        <source>Filed on the complainant&apos;s behalf</source>
        <translation>Presentada en nombre de la persona denunciante</translation>
    </message>
    <message>
        <source>%1, on the complainant&apos;s behalf</source>
        <translation>%1, en nombre de la persona denunciante</translation>
    </message>
    <message>
        <source>An anonymous complainant</source>
        <translation>Una persona denunciante anónima</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Persona denunciante</translation>
    </message>
    <message>
        <source>Not given: the complainant asks to remain anonymous</source>
        <translation>No se indica: la persona denunciante pide permanecer en el anonimato</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Needed for any interview</source>
        <translation>Necesario para cualquier entrevista</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No es necesario</translation>
    </message>
    <message>
        <source>Information withheld.</source>
        <translation>Información omitida.</translation>
    </message>
    <message>
        <source>To protect the complainant, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the complainant agrees.</source>
        <translation>Para proteger a la persona denunciante, este documento omite estos tipos de información: %1. Quien presenta la queja puede darlos al investigador si la investigación los necesita y la persona denunciante está de acuerdo.</translation>
    </message>
    <message>
        <source>Included at the filer&apos;s deliberate choice: %1.</source>
        <translation>Incluido por decisión deliberada de quien presenta la queja: %1.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distrito policial</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>Agentes involucrados</translation>
    </message>
    <message>
        <source>Name not known</source>
        <translation>Nombre desconocido</translation>
    </message>
    <message>
        <source>No officer could be identified.</source>
        <translation>No se pudo identificar a ningún agente.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Número de placa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Badge numbers are given exactly as the complainant recorded them.</source>
        <translation>Los números de placa se dan tal como los anotó la persona denunciante.</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Acusaciones</translation>
    </message>
    <message>
        <source>The conduct is described in the account below.</source>
        <translation>La conducta se describe en el relato que sigue.</translation>
    </message>
    <message>
        <source> (incident %1)</source>
        <translation> (incidente %1)</translation>
    </message>
    <message>
        <source>Source [%1]: %2, %3.</source>
        <translation>Fuente [%1]: %2, %3.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>No account was written down.</source>
        <translation>No se escribió ningún relato.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No se indica</translation>
    </message>
    <message>
        <source>No witnesses are named.</source>
        <translation>No se nombra a ningún testigo.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>What they saw or heard</source>
        <translation>Lo que vieron u oyeron</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>No exhibits are attached.</source>
        <translation>No hay anexos.</translation>
    </message>
    <message>
        <source>Each exhibit is identified by its SHA-256 fingerprint: any change to the file changes the fingerprint.</source>
        <translation>Cada anexo se identifica por su huella SHA-256: cualquier cambio en el archivo cambia la huella.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Sin descripción</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Aportado por</translation>
    </message>
    <message>
        <source>We ask that you investigate the conduct described above, keep the complainant&apos;s identity and the withheld information confidential, give a tracking number for this complaint, and inform the complainant, through the filer, of the outcome.</source>
        <translation>Pedimos que investiguen la conducta descrita arriba, mantengan confidencial la identidad de la persona denunciante y la información omitida, den un número de seguimiento para esta queja e informen del resultado a la persona denunciante a través de quien presenta la queja.</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Acción solicitada</translation>
    </message>
    <message>
        <source>I declare that the information in this complaint is true and correct to the best of my knowledge.</source>
        <translation>Declaro que la información de esta queja es verdadera y correcta según mi leal saber y entender.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf and with their consent, given on %1. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>Presento esta queja en nombre de la persona denunciante y con su consentimiento, dado el %1. Declaro que refleja fielmente lo que me dijeron la persona denunciante y los testigos.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>Presento esta queja en nombre de la persona denunciante. Declaro que refleja fielmente lo que me dijeron la persona denunciante y los testigos.</translation>
    </message>
    <message>
        <source>The information in this complaint is true and correct to the best of the complainant&apos;s knowledge.</source>
        <translation>La información de esta queja es verdadera y correcta según el leal saber y entender de la persona denunciante.</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Firma (opcional)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Name (printed)</source>
        <translation>Nombre (en letra de molde)</translation>
    </message>
    <message>
        <source>Complaint submission · %1</source>
        <translation>Presentación de la queja · %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>The complaint could not be printed.</source>
        <translation>No se pudo imprimir la queja.</translation>
    </message>
    <message>
        <source>To protect the complainant and the witnesses, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the people concerned agree.</source>
        <translation>Para proteger a la persona denunciante y a los testigos, este documento omite estos tipos de información: %1. Quien presenta la queja puede darlos al investigador si la investigación los necesita y las personas afectadas están de acuerdo.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Words in the accounts below that touch on immigration status were reviewed by the filer and are given as written.</source>
        <translation>Las palabras de los relatos siguientes que tocan la situación migratoria fueron revisadas por quien presenta la denuncia y se reproducen tal como se escribieron.</translation>
    </message>
    <message>
        <source>Rule: %1, %2.</source>
        <translation>Norma: %1, %2.</translation>
    </message>
    <message>
        <source>It applies to: %1.</source>
        <translation>Se aplica a: %1.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Fuente: %1.</translation>
    </message>
    <message>
        <source>See also the guidance “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Vea también la orientación “%1”, orientación de %2 (versión %3, revisada el %4).</translation>
    </message>
    <message>
        <source>Guidance: “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Orientación: “%1”, orientación de %2 (versión %3, revisada el %4).</translation>
    </message>
    <message>
        <source>Redacted copy of exhibit %1: parts of the image are covered.</source>
        <translation>Copia con partes ocultas del anexo %1: partes de la imagen están tapadas.</translation>
    </message>
    <message>
        <source>Redacted copy: parts of the image are covered.</source>
        <translation>Copia con partes ocultas: partes de la imagen están tapadas.</translation>
    </message>
    <message>
        <source>Original, not pictured: its redacted copy is exhibit %1.</source>
        <translation>Original, no se muestra: su copia con partes ocultas es el anexo %1.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>No se puede escribir la hoja de cálculo: %1</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>Recording the chain of custody</source>
        <translation>Registrando la cadena de custodia</translation>
    </message>
    <message>
        <source>Reading the chain of custody</source>
        <translation>Leyendo la cadena de custodia</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Starting to save</source>
        <translation>Empezando a guardar</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>No se pudo crear la carpeta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be created.</source>
        <translation>No se pudo crear el archivo de base de datos &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>La base de datos &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Abriendo la base de datos</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>El archivo de la base de datos está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>This file is not a TrustDesk database. It was left untouched.</source>
        <translation>Este archivo no es una base de datos de TrustDesk. No se modificó.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of TrustDesk. Update TrustDesk to open it.</source>
        <translation>Esta base de datos fue escrita por una versión más nueva de TrustDesk. Actualice TrustDesk para abrirla.</translation>
    </message>
    <message>
        <source>Setting up the database</source>
        <translation>Preparando la base de datos</translation>
    </message>
    <message>
        <source>The database cannot be opened: the disk is full. Free some space and try again.</source>
        <translation>No se puede abrir la base de datos: el disco está lleno. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database key is missing.</source>
        <translation>Falta la clave de la base de datos.</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens only with its passphrase or recovery key.</source>
        <translation>Esta base de datos está cifrada: solo se abre con su contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>El cifrado no está disponible en este sistema.</translation>
    </message>
    <message>
        <source>The database could not be opened encrypted; nothing was written to it.</source>
        <translation>No se pudo abrir la base de datos con cifrado; no se escribió nada en ella.</translation>
    </message>
    <message>
        <source>The encrypted database could not be set up.</source>
        <translation>No se pudo preparar la base de datos cifrada.</translation>
    </message>
    <message>
        <source>An office server database is not opened with a vault key: its connection is protected by the server&apos;s login and TLS.</source>
        <translation>Una base de datos en el servidor de la oficina no se abre con una clave de cifrado: su conexión está protegida por el inicio de sesión del servidor y por TLS.</translation>
    </message>
    <message>
        <source>Starting to save: a save is already under way.</source>
        <translation>No se puede empezar a guardar: ya se está guardando.</translation>
    </message>
    <message>
        <source>Office servers need Qt&apos;s PostgreSQL driver: install the package libqt6sql6-psql.</source>
        <translation>Los servidores de la oficina necesitan el controlador PostgreSQL de Qt: instale el paquete libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The office database &quot;%1&quot; holds no TrustDesk data yet (run trustdesk-cli init to set it up).</source>
        <translation>La base de datos de la oficina &quot;%1&quot; todavía no tiene datos de TrustDesk (ejecute trustdesk-cli init para prepararla).</translation>
    </message>
    <message>
        <source>This database is not a TrustDesk database. It was left untouched.</source>
        <translation>Esta base de datos no es de TrustDesk. No se modificó.</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network connection, then try again; nothing you typed is lost.</source>
        <translation>No se puede conectar con el servidor de la oficina. Revise la conexión de red e inténtelo de nuevo; no se pierde nada de lo que escribió.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>El archivo &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer el archivo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a TrustDesk database.</source>
        <translation>El archivo &quot;%1&quot; está vacío. No es una base de datos de TrustDesk.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a TrustDesk database (it is not an SQLite database at all).</source>
        <translation>El archivo &quot;%1&quot; no es una base de datos de TrustDesk (ni siquiera es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged (its header is invalid).</source>
        <translation>El archivo &quot;%1&quot; está dañado (su encabezado no es válido).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: it is shorter than its own header says (it may have been cut off while copying). It was left untouched.</source>
        <translation>El archivo &quot;%1&quot; está dañado: es más corto de lo que indica su propio encabezado (puede que se cortara al copiarlo). No se modificó.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a TrustDesk database. It was left untouched.</source>
        <translation>El archivo &quot;%1&quot; es una base de datos SQLite de otra aplicación, no de TrustDesk. No se modificó.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of TrustDesk (schema %2; this version knows up to %3). Update TrustDesk to open it. It was left untouched.</source>
        <translation>El archivo &quot;%1&quot; fue escrito por una versión más nueva de TrustDesk (esquema %2; esta versión conoce hasta el %3). Actualice TrustDesk para abrirlo. No se modificó.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. TrustDesk needs to write to its database; copy it to a folder you can write to, or change its permissions.</source>
        <translation>El archivo &quot;%1&quot; es de solo lectura. TrustDesk necesita escribir en su base de datos; cópiela a una carpeta donde pueda escribir o cambie sus permisos.</translation>
    </message>
    <message>
        <source>The folder holding &quot;%1&quot; is read-only. TrustDesk needs to write beside its database file.</source>
        <translation>La carpeta que contiene &quot;%1&quot; es de solo lectura. TrustDesk necesita escribir junto al archivo de su base de datos.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft has an invalid name.</source>
        <translation>El borrador tiene un nombre no válido.</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>No se puede crear la carpeta de borradores %1.</translation>
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation>No se puede guardar el borrador: %1</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>No se puede eliminar el borrador %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <source>Attach Evidence Files</source>
        <translation>Adjuntar archivos de prueba</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Retirar prueba</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this case?

Its file leaves the evidence store unless another case holds the same file. Say why: the reason stays in the chain of custody.</source>
        <translation>¿Retirar &quot;%1&quot; de este caso?

Su archivo sale del almacén de pruebas, salvo que otro caso tenga el mismo archivo. Indique el motivo: queda en la cadena de custodia.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>No se pudo escribir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; is a symbolic link. Choose a real folder.</source>
        <translation>La carpeta de exportación &quot;%1&quot; es un enlace simbólico. Elija una carpeta real.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>&quot;%1&quot; existe y no es una carpeta.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty. Export into a new or empty folder so nothing is overwritten.</source>
        <translation>La carpeta &quot;%1&quot; no está vacía. Exporte a una carpeta nueva o vacía para no sobrescribir nada.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>No se pudo crear la carpeta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is missing from the evidence store and was not exported.</source>
        <translation>La prueba &quot;%1&quot; falta en el almacén de pruebas y no se exportó.</translation>
    </message>
    <message>
        <source>The export folder cannot be written: %1</source>
        <translation>No se puede escribir en la carpeta de exportación: %1</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>La exportación se detuvo: %1</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; has CHANGED since it was attached (SHA-256 mismatch) and was not exported.</source>
        <translation>La prueba &quot;%1&quot; ha CAMBIADO desde que se adjuntó (el SHA-256 no coincide) y no se exportó.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;: %2</source>
        <translation>Prueba &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>Its metadata could not be removed (%1), so it was not exported. Export with metadata included to hand it over as stored.</source>
        <translation>No se pudieron quitar sus metadatos (%1), así que no se exportó. Exporte con los metadatos incluidos para entregarlo tal como está guardado.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be saved.</source>
        <translation>No se pudo guardar la copia limpia.</translation>
    </message>
    <message>
        <source>The exported copy could not be read.</source>
        <translation>No se pudo leer la copia exportada.</translation>
    </message>
    <message>
        <source>image too large</source>
        <translation>imagen demasiado grande</translation>
    </message>
    <message>
        <source>damaged or unusual image</source>
        <translation>imagen dañada o poco común</translation>
    </message>
    <message>
        <source>The export folder cannot be written.</source>
        <translation>No se puede escribir en la carpeta de exportación.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written (is the disk full?).</source>
        <translation>No se pudo escribir la copia limpia (¿está lleno el disco?).</translation>
    </message>
</context>
<context>
    <name>EvidenceJob</name>
    <message>
        <source>&quot;%1&quot; was not attached: canceled.</source>
        <translation>&quot;%1&quot; no se adjuntó: se canceló.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;.</source>
        <translation>Se adjuntó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file of imported evidence.</source>
        <translation>Se adjuntó &quot;%1&quot;: el archivo de una prueba importada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already attached to this case as &quot;%2&quot;; it is stored once.</source>
        <translation>&quot;%1&quot; ya está adjunto a este caso como &quot;%2&quot;; se guarda una sola vez.</translation>
    </message>
    <message>
        <source>Verifying the evidence store</source>
        <translation>Verificando el almacén de pruebas</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) are intact.</source>
        <translation>
            <numerusform>El archivo de prueba está intacto.</numerusform>
            <numerusform>Los %n archivos de prueba están intactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file before showing it</source>
        <translation>Comprobando el archivo antes de mostrarlo</translation>
    </message>
</context>
<context>
    <name>EvidenceLabels</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Adjuntado</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Detalles editados</translation>
    </message>
    <message>
        <source>redacted copy of item %1</source>
        <translation>copia con partes ocultas del elemento %1</translation>
    </message>
    <message>
        <source>redacted copy of %1</source>
        <translation>copia con partes ocultas de %1</translation>
    </message>
    <message>
        <source>camera clock</source>
        <translation>reloj de la cámara</translation>
    </message>
    <message>
        <source>time the file was last changed</source>
        <translation>hora del último cambio del archivo</translation>
    </message>
    <message>
        <source>entered by the caseworker</source>
        <translation>indicada por el responsable del caso</translation>
    </message>
    <message>
        <source>source of the time not recorded</source>
        <translation>origen de la hora sin registrar</translation>
    </message>
    <message>
        <source>file changed</source>
        <extracomment>A time that is only when the evidence file was last modified, in a narrow table cell.</extracomment>
        <translation>cambio del archivo</translation>
    </message>
    <message>
        <source>entered</source>
        <extracomment>A time a caseworker typed in, in a narrow table cell.</extracomment>
        <translation>indicada</translation>
    </message>
    <message>
        <source>Photo taken %1 (camera clock)</source>
        <translation>Foto tomada el %1 (reloj de la cámara)</translation>
    </message>
    <message>
        <source>Recorded %1 (device clock)</source>
        <translation>Grabado el %1 (reloj del dispositivo)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when the photo was taken)</source>
        <translation>Último cambio del archivo: %1 (no necesariamente cuando se tomó la foto)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when it was made)</source>
        <translation>Último cambio del archivo: %1 (no necesariamente cuando se hizo)</translation>
    </message>
    <message>
        <source>Photo taken %1 (as entered by the caseworker)</source>
        <translation>Foto tomada el %1 (según indicó el responsable del caso)</translation>
    </message>
    <message>
        <source>Made %1 (as entered by the caseworker)</source>
        <translation>Hecho el %1 (según indicó el responsable del caso)</translation>
    </message>
    <message>
        <source>Dated %1 (source of the time not recorded)</source>
        <translation>Con fecha %1 (origen de la hora sin registrar)</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Solo se importaron los datos; el archivo no está en el almacén de pruebas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
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
        <translation>Exportación de pruebas de TrustDesk</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Caso: %1</translation>
    </message>
    <message>
        <source>Exported: %1 by %2</source>
        <translation>Exportado: %1 por %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Elementos: %1</translation>
    </message>
    <message>
        <source>Check the files with: sha256sum -c SHA256SUMS</source>
        <translation>Compruebe los archivos con: sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(sin archivo)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>Nombre original: %1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>Tipo de archivo: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Tamaño: %1 bytes</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Captured: %1</source>
        <translation>Capturado: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Added: %1 by %2</source>
        <translation>Agregado: %1 por %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <source>Chain of custody:</source>
        <translation>Cadena de custodia:</translation>
    </message>
    <message>
        <source>Custody of items removed from the case:</source>
        <translation>Custodia de los elementos retirados del caso:</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>ocultado</translation>
    </message>
    <message>
        <source>removed from this copy (%1); SHA-256 of the copy: %2</source>
        <translation>quitados de esta copia (%1); SHA-256 de la copia: %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguno</translation>
    </message>
    <message>
        <source>kept as stored (included on purpose)</source>
        <translation>se conservan tal como están guardados (incluidos a propósito)</translation>
    </message>
    <message>
        <source>not removed: TrustDesk cannot clean this kind of file</source>
        <translation>no se quitaron: TrustDesk no puede limpiar este tipo de archivo</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Metadatos: %1</translation>
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
        <translation>sin nombre</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Type: %1, %2</source>
        <translation>Tipo: %1, %2</translation>
    </message>
    <message>
        <source>Type: %1, %2 (%3 bytes)</source>
        <translation>Tipo: %1, %2 (%3 bytes)</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>El archivo &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link. Attach the file it points to instead.</source>
        <translation>&quot;%1&quot; es un enlace simbólico. Adjunte el archivo al que apunta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Attach the files inside it instead.</source>
        <translation>&quot;%1&quot; es una carpeta. Adjunte los archivos que contiene.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket) and cannot be attached.</source>
        <translation>&quot;%1&quot; no es un archivo normal (es un dispositivo, una tubería o un socket) y no se puede adjuntar.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: permission denied.</source>
        <translation>No se puede leer el archivo &quot;%1&quot;: permiso denegado.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer el archivo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Falló la lectura de &quot;%1&quot;: %2. No se guardó nada.</translation>
    </message>
    <message>
        <source>Writing the copy of &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Falló la escritura de la copia de &quot;%1&quot;: %2. No se guardó nada.</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot; could not be copied. Nothing was stored; free some space and try again.</source>
        <translation>El disco está lleno: no se pudo copiar &quot;%1&quot;. No se guardó nada; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was being copied. Nothing was stored; try again once the file is complete.</source>
        <translation>&quot;%1&quot; cambió mientras se copiaba. No se guardó nada; inténtelo de nuevo cuando el archivo esté completo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted or moved while it was being copied. Nothing was stored.</source>
        <translation>&quot;%1&quot; se eliminó o se movió mientras se copiaba. No se guardó nada.</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; was canceled. Nothing was stored.</source>
        <translation>Se canceló la copia de &quot;%1&quot;. No se guardó nada.</translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation>Leyendo las pruebas</translation>
    </message>
    <message>
        <source>Looking up the case</source>
        <translation>Buscando el caso</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; is not a folder. Nothing was stored.</source>
        <translation>El almacén de pruebas &quot;%1&quot; no es una carpeta. No se guardó nada.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; could not be created. Nothing was stored.</source>
        <translation>No se pudo crear el almacén de pruebas &quot;%1&quot;. No se guardó nada.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Origen desconocido &quot;%1&quot;. Use uno de: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty (0 bytes): there is nothing to attach.</source>
        <translation>El archivo &quot;%1&quot; está vacío (0 bytes): no hay nada que adjuntar.</translation>
    </message>
    <message>
        <source>The evidence store cannot be written: %1. Nothing was stored.</source>
        <translation>No se puede escribir en el almacén de pruebas: %1. No se guardó nada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be placed in the evidence store: %2. Nothing was stored.</source>
        <translation>No se pudo colocar &quot;%1&quot; en el almacén de pruebas: %2. No se guardó nada.</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>Adjuntando pruebas</translation>
    </message>
    <message>
        <source>The new evidence record could not be read back.</source>
        <translation>No se pudo volver a leer el nuevo registro de prueba.</translation>
    </message>
    <message>
        <source>There is no evidence item %1.</source>
        <translation>No existe el elemento de prueba %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in the evidence store: only its details were imported.</source>
        <translation>&quot;%1&quot; no tiene archivo en el almacén de pruebas: solo se importaron sus datos.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is missing from the evidence store.</source>
        <translation>Falta el archivo de &quot;%1&quot; en el almacén de pruebas.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; has changed since it was attached: its SHA-256 no longer matches.</source>
        <translation>El archivo de &quot;%1&quot; ha cambiado desde que se adjuntó: su SHA-256 ya no coincide.</translation>
    </message>
    <message>
        <source>Give a reason for removing evidence: it is kept in the chain of custody.</source>
        <translation>Indique el motivo para retirar la prueba: se conserva en la cadena de custodia.</translation>
    </message>
    <message>
        <source>Removing evidence</source>
        <translation>Retirando la prueba</translation>
    </message>
    <message>
        <source>The file could not be removed from the evidence store: %1</source>
        <translation>No se pudo quitar el archivo del almacén de pruebas: %1</translation>
    </message>
    <message>
        <source>Saving the evidence details</source>
        <translation>Guardando los datos de la prueba</translation>
    </message>
    <message>
        <source>The date captured is in the future. Give a date and time that have passed, or leave it unknown.</source>
        <translation>La fecha de captura está en el futuro. Indique una fecha y hora que ya hayan pasado, o déjela como desconocida.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; is damaged: it does not decrypt as it was written.</source>
        <translation>El archivo guardado de &quot;%1&quot; está dañado: no se descifra tal como se escribió.</translation>
    </message>
    <message>
        <source>The redacted copy could not be stored: %1. Nothing was stored.</source>
        <translation>No se pudo guardar la copia con partes ocultas: %1. No se guardó nada.</translation>
    </message>
    <message>
        <source>The redacted copy is empty.</source>
        <translation>La copia con partes ocultas está vacía.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not the file the redaction was made from. Nothing was stored.</source>
        <translation>La prueba %1 no es el archivo del que se hizo la copia con partes ocultas. No se guardó nada.</translation>
    </message>
    <message>
        <source>Storing a redacted copy</source>
        <translation>Guardando una copia con partes ocultas</translation>
    </message>
    <message>
        <source>The evidence on an office server is encrypted with the office key, which is not unlocked.</source>
        <translation>Las pruebas de un servidor de la oficina están cifradas con la clave de la oficina, que no está desbloqueada.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreConversion</name>
    <message>
        <source>The evidence can only be encrypted into an encrypted database.</source>
        <translation>Las pruebas solo se pueden cifrar en una base de datos cifrada.</translation>
    </message>
    <message>
        <source>The encrypted evidence store must be a new folder, not the plaintext one.</source>
        <translation>El almacén de pruebas cifrado debe ser una carpeta nueva, no la que está sin cifrar.</translation>
    </message>
    <message>
        <source>The encrypted evidence store &quot;%1&quot; already exists and does not hold the evidence intact:</source>
        <translation>El almacén de pruebas cifrado &quot;%1&quot; ya existe y no contiene las pruebas intactas:</translation>
    </message>
    <message>
        <source>The encrypted evidence store cannot be written beside the database: %1</source>
        <translation>No se puede escribir el almacén de pruebas cifrado junto a la base de datos: %1</translation>
    </message>
    <message>
        <source>The evidence was not encrypted, because files in the evidence store are missing or have changed (run verify to check the whole store):</source>
        <translation>No se cifraron las pruebas porque faltan archivos en el almacén de pruebas o han cambiado (ejecute verify para comprobar todo el almacén):</translation>
    </message>
    <message>
        <source>The encrypted evidence did not read back intact, so it was discarded:</source>
        <translation>Las pruebas cifradas no se pudieron releer intactas, así que se descartaron:</translation>
    </message>
    <message>
        <source>The encrypted evidence store could not be put in place: %1</source>
        <translation>No se pudo colocar en su sitio el almacén de pruebas cifrado: %1</translation>
    </message>
    <message>
        <source>The plaintext evidence store &quot;%1&quot; could not be deleted completely.</source>
        <translation>No se pudo borrar por completo el almacén de pruebas sin cifrar &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreCopy</name>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing (expected at %3).</source>
        <translation>Caso %1: falta la prueba &quot;%2&quot; (se esperaba en %3).</translation>
    </message>
    <message>
        <source>The disk is full: the evidence could not be copied.</source>
        <translation>El disco está lleno: no se pudieron copiar las pruebas.</translation>
    </message>
    <message>
        <source>The evidence could not be copied: %1</source>
        <translation>No se pudieron copiar las pruebas: %1</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read (%3).</source>
        <translation>Caso %1: no se puede leer la prueba &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: a link or folder is in its place (%3).</source>
        <translation>Caso %1: la prueba &quot;%2&quot; no se puede comprobar: en su lugar hay un enlace o una carpeta (%3).</translation>
    </message>
    <message>
        <source>Copying the evidence was canceled.</source>
        <translation>Se canceló la copia de las pruebas.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; was deleted while it was being read (%3).</source>
        <translation>Caso %1: la prueba &quot;%2&quot; se eliminó mientras se leía (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read to the end (%3).</source>
        <translation>Caso %1: la prueba &quot;%2&quot; no se puede leer hasta el final (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; changed while it was being read (%3).</source>
        <translation>Caso %1: la prueba &quot;%2&quot; cambió mientras se leía (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Caso %1: la prueba &quot;%2&quot; ha CAMBIADO desde que se adjuntó: se esperaba el SHA-256 %3 y se encontró %4.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is damaged: it does not decrypt, so it was changed, cut short, extended or replaced (%3).</source>
        <translation>Caso %1: la prueba &quot;%2&quot; está dañada: no se descifra, así que fue modificada, recortada, alargada o sustituida (%3).</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>a link or folder is in its place</source>
        <translation>hay un enlace o una carpeta en su lugar</translation>
    </message>
    <message>
        <source>The verification was canceled.</source>
        <translation>Se canceló la verificación.</translation>
    </message>
    <message>
        <source>it could not be read to the end</source>
        <translation>no se pudo leer hasta el final</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the evidence store (expected at %3).</source>
        <translation>Caso %1: la prueba &quot;%2&quot; falta en el almacén de pruebas (se esperaba en %3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: %3 (%4).</source>
        <translation>Caso %1: la prueba &quot;%2&quot; no se puede comprobar: %3 (%4).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Caso %1: la prueba &quot;%2&quot; ha CAMBIADO desde que se adjuntó: se esperaba el SHA-256 %3 y se encontró %4.</translation>
    </message>
    <message>
        <source>The evidence store %1 is not a folder.</source>
        <translation>El almacén de pruebas %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>The evidence store can be opened by other accounts (mode %1); it should be 0700.</source>
        <translation>Otras cuentas pueden abrir el almacén de pruebas (modo %1); debería ser 0700.</translation>
    </message>
    <message>
        <source>Unexpected file in the evidence store: %1 (%2).</source>
        <translation>Archivo inesperado en el almacén de pruebas: %1 (%2).</translation>
    </message>
    <message>
        <source>a symbolic link, not followed</source>
        <translation>un enlace simbólico, no se siguió</translation>
    </message>
    <message>
        <source>left over from an interrupted import or removal</source>
        <translation>sobrante de una importación o eliminación interrumpida</translation>
    </message>
    <message>
        <source>not part of the store&apos;s layout</source>
        <translation>no forma parte de la estructura del almacén</translation>
    </message>
    <message>
        <source>The evidence folder %1 can be opened by other accounts; it should be 0700.</source>
        <translation>Otras cuentas pueden abrir la carpeta de pruebas %1; debería ser 0700.</translation>
    </message>
    <message>
        <source>no evidence item holds it</source>
        <translation>ningún elemento de prueba lo contiene</translation>
    </message>
    <message>
        <source>The evidence file %1 can be read by other accounts; it should be 0400.</source>
        <translation>Otras cuentas pueden leer el archivo de prueba %1; debería ser 0400.</translation>
    </message>
    <message>
        <source>it does not decrypt: it was changed, cut short, extended or replaced</source>
        <translation>no se descifra: fue modificada, recortada, alargada o sustituida</translation>
    </message>
    <message>
        <source>The evidence on this office server can be checked only with the office key.</source>
        <translation>Las pruebas de este servidor de la oficina solo se pueden comprobar con la clave de la oficina.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the office server.</source>
        <translation>Caso %1: la prueba &quot;%2&quot; falta en el servidor de la oficina.</translation>
    </message>
    <message>
        <source>The evidence could not be read from the office server.</source>
        <translation>No se pudieron leer las pruebas del servidor de la oficina.</translation>
    </message>
</context>
<context>
    <name>FaceSuggester</name>
    <message>
        <source>Face suggestions need OpenCV&apos;s face models, which are not installed: %1 is missing or cannot be read. Install the package opencv-data, or draw the boxes by hand.</source>
        <translation>Las sugerencias de rostros necesitan los modelos de rostros de OpenCV, que no están instalados: falta %1 o no se puede leer. Instale el paquete opencv-data o dibuje los recuadros a mano.</translation>
    </message>
</context>
<context>
    <name>FieldRegistry</name>
    <message>
        <source>Not a time: type it as HH:MM, e.g. 14:30.</source>
        <translation>No es una hora: escríbala como HH:MM, p. ej. 14:30.</translation>
    </message>
    <message>
        <source>Not a date: type it like %1.</source>
        <translation>No es una fecha: escríbala como %1.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Open TrustDesk Database</source>
        <translation>Abrir base de datos de TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite *.trustdesk *.db);;All files (*)</source>
        <translation>Bases de datos de TrustDesk (*.sqlite *.trustdesk *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New TrustDesk Database</source>
        <translation>Nueva base de datos de TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite)</source>
        <translation>Bases de datos de TrustDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>Guardar copia de seguridad como</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk)</source>
        <translation>Copias de seguridad de TrustDesk (*.trustdesk)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk *.sqlite *.db);;All files (*)</source>
        <translation>Copias de seguridad de TrustDesk (*.trustdesk *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Recovery Key As</source>
        <translation>Guardar la clave de recuperación como</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>Exportar lista de casos</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Hojas de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Office Server&apos;s Certificate Authority</source>
        <translation>Autoridad de certificación del servidor de la oficina</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore Office Backup</source>
        <translation>Restaurar copia de seguridad de la oficina</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob);;All files (*)</source>
        <translation>Copias de seguridad de la oficina de TrustDesk (*.tdob);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>No se pudo leer &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>FileMoves</name>
    <message>
        <source>The folder could not be moved into place: %1</source>
        <translation>No se pudo mover la carpeta a su lugar: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpQuery</name>
    <message>
        <source>Reading follow-ups</source>
        <translation>Leyendo los seguimientos</translation>
    </message>
</context>
<context>
    <name>GeneratedReportLog</name>
    <message>
        <source>Recording the generated report</source>
        <translation>Registrando el informe generado</translation>
    </message>
    <message>
        <source>Reading the generated reports</source>
        <translation>Leyendo los informes generados</translation>
    </message>
</context>
<context>
    <name>GuidanceHandout</name>
    <message>
        <source>There is no guidance article &quot;%1&quot;.</source>
        <translation>No existe el artículo de orientación &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>La orientación no está disponible en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Language: %1 (%2). Translation status: %3.</source>
        <translation>Idioma: %1 (%2). Estado de la traducción: %3.</translation>
    </message>
    <message>
        <source>Guidance pack %1, version %2, last reviewed %3. This is general information, not legal advice.</source>
        <translation>Paquete de orientación %1, versión %2, revisado por última vez el %3. Esta es información general, no asesoría legal.</translation>
    </message>
    <message>
        <source>TrustDesk rights guidance · %1</source>
        <translation>Guía de derechos de TrustDesk · %1</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>No se pudo imprimir la hoja informativa.</translation>
    </message>
    <message>
        <source>Your legal-aid office</source>
        <translation>Su oficina de asistencia legal</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Fuentes revisadas por última vez: %1</translation>
    </message>
</context>
<context>
    <name>GuidancePackLoader</name>
    <message>
        <source>%1 is missing or unreadable.</source>
        <translation>%1 falta o no se puede leer.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 es demasiado grande.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 no es texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>manifest.json: %1 needs a text value for &quot;%2&quot;.</source>
        <translation>manifest.json: %1 necesita un valor de texto para &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (at byte %1: %2).</source>
        <translation>manifest.json no es JSON válido (en el byte %1: %2).</translation>
    </message>
    <message>
        <source>manifest.json is not a TrustDesk guidance pack manifest.</source>
        <translation>manifest.json no es un manifiesto de paquete de orientación de TrustDesk.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;last_reviewed&quot; must be a date like 2026-11-24.</source>
        <translation>manifest.json: &quot;last_reviewed&quot; debe ser una fecha como 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 needs a web address (https://…).</source>
        <translation>manifest.json: la fuente %1 necesita una dirección web (https://…).</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has direction &quot;%2&quot;; use ltr or rtl.</source>
        <translation>manifest.json: el idioma %1 tiene la dirección &quot;%2&quot;; use ltr o rtl.</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has an unknown review status &quot;%2&quot;.</source>
        <translation>manifest.json: el idioma %1 tiene un estado de revisión desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid language code.</source>
        <translation>manifest.json: &quot;%1&quot; no es un código de idioma válido.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid article id.</source>
        <translation>manifest.json: &quot;%1&quot; no es un identificador de artículo válido.</translation>
    </message>
    <message>
        <source>manifest.json must list sources, languages and articles.</source>
        <translation>manifest.json debe listar fuentes, idiomas y artículos.</translation>
    </message>
    <message>
        <source>The source language %1 is not among the pack&apos;s languages.</source>
        <translation>El idioma de origen %1 no está entre los idiomas del paquete.</translation>
    </message>
    <message>
        <source>Article %1 is listed twice.</source>
        <translation>El artículo %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 falta o está vacío.</translation>
    </message>
    <message>
        <source>%1 must start with its title as a &quot;# &quot; heading.</source>
        <translation>%1 debe empezar con su título como encabezado &quot;# &quot;.</translation>
    </message>
    <message>
        <source>%1 cites source %2, which the manifest does not list.</source>
        <translation>%1 cita la fuente %2, que el manifiesto no incluye.</translation>
    </message>
    <message>
        <source>%1 links to article %2, which does not exist.</source>
        <translation>%1 enlaza con el artículo %2, que no existe.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 has the date &quot;%2&quot;; use 2019, 2019-12 or 2019-12-04.</source>
        <translation>manifest.json: la fuente %1 tiene la fecha &quot;%2&quot;; use 2019, 2019-12 o 2019-12-04.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs at least one citation.</source>
        <translation>manifest.json: el artículo %1 necesita al menos una cita.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs &quot;last_checked&quot;, a date like 2026-11-24.</source>
        <translation>manifest.json: el artículo %1 necesita &quot;last_checked&quot;, una fecha como 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs a known review status and a date for %2.</source>
        <translation>manifest.json: el artículo %1 necesita un estado de revisión conocido y una fecha para %2.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 cites source %2, which the manifest does not list.</source>
        <translation>manifest.json: el artículo %1 cita la fuente %2, que no está en el manifiesto.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 has a review for %2, which is not a language of the pack.</source>
        <translation>manifest.json: el artículo %1 tiene una revisión para %2, que no es un idioma del paquete.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names source %2, which the manifest does not list.</source>
        <translation>manifest.json: la norma %1 nombra la fuente %2, que no está en el manifiesto.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names article %2, which does not exist.</source>
        <translation>manifest.json: la norma %1 nombra el artículo %2, que no existe.</translation>
    </message>
    <message>
        <source>manifest.json: the violation category %1 is given to more than one rule.</source>
        <translation>manifest.json: la categoría de violación %1 está asignada a más de una norma.</translation>
    </message>
    <message>
        <source>This guidance pack uses format version %1; this TrustDesk reads versions 1 to %2.</source>
        <translation>Este paquete de orientación usa la versión de formato %1; este TrustDesk lee las versiones 1 a %2.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;pack_version&quot; must be numbers and dots, like 1.2.</source>
        <translation>manifest.json: &quot;pack_version&quot; debe tener solo números y puntos, como 1.2.</translation>
    </message>
    <message>
        <source>%1 links to source %2, which has no web address.</source>
        <translation>%1 enlaza con la fuente %2, que no tiene dirección web.</translation>
    </message>
</context>
<context>
    <name>GuidancePackStore</name>
    <message>
        <source>The guidance update could not be written to %1.</source>
        <translation>No se pudo escribir la actualización de la orientación en %1.</translation>
    </message>
    <message>
        <source>This pack is for &quot;%1&quot;; the guidance in use is &quot;%2&quot;. Nothing was installed.</source>
        <translation>Este paquete es para &quot;%1&quot;; la orientación en uso es &quot;%2&quot;. No se instaló nada.</translation>
    </message>
    <message>
        <source>This pack is version %1; the guidance in use is already version %2. Only a newer version replaces it.</source>
        <translation>Este paquete es la versión %1; la orientación en uso ya es la versión %2. Solo una versión más reciente la reemplaza.</translation>
    </message>
</context>
<context>
    <name>ImageRedactor</name>
    <message>
        <source>The file is not an image that can be redacted (JPEG, PNG, BMP, GIF or WebP).</source>
        <translation>El archivo no es una imagen en la que se puedan ocultar partes (JPEG, PNG, BMP, GIF o WebP).</translation>
    </message>
    <message>
        <source>The redacted image could not be encoded.</source>
        <translation>No se pudo codificar la imagen con partes ocultas.</translation>
    </message>
    <message>
        <source>The image is too large to redact (more than %1 MB).</source>
        <translation>La imagen es demasiado grande para ocultar partes (más de %1 MB).</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>A&amp;gencia</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Relato</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>&amp;Police district</source>
        <translation>Distrito &amp;policial</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>is required but missing.</source>
        <translation>es obligatorio pero falta.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>debe ser texto.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>no debe estar vacío.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>debe ser true o false.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>debe ser un número entero.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>es obligatorio.</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-01.</source>
        <translation>debe ser una fecha como 2026-03-01.</translation>
    </message>
    <message>
        <source>must be a time like 14:30.</source>
        <translation>debe ser una hora como 14:30.</translation>
    </message>
    <message>
        <source>must be a UTC date and time like 2026-03-01T14:30:00Z.</source>
        <translation>debe ser una fecha y hora UTC como 2026-03-01T14:30:00Z.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>debe ser una lista.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>debe ser un objeto.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>no es un campo conocido.</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>No se puede leer el %1 &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty: its first line must hold it.</source>
        <translation>El %1 &quot;%2&quot; está vacío: su primera línea debe contenerla.</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>archivo de la clave de recuperación</translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation>archivo de la contraseña</translation>
    </message>
    <message>
        <source>This database is encrypted and there is no terminal to ask for its passphrase. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or give the recovery key with --recovery-key-file FILE.</source>
        <translation>Esta base de datos está cifrada y no hay terminal para pedir su contraseña. Indíquela con --passphrase-file ARCHIVO (o nombre ese archivo en la variable de entorno %1), o dé la clave de recuperación con --recovery-key-file ARCHIVO.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>No se indicó ninguna contraseña.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>A new encrypted database needs a passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or add --unencrypted for throwaway data.</source>
        <translation>Una base de datos cifrada nueva necesita una contraseña y no hay terminal para pedirla. Indíquela con --passphrase-file ARCHIVO (o nombre ese archivo en la variable de entorno %1), o añada --unencrypted para datos desechables.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>Nueva contraseña (al menos %1 caracteres): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La misma contraseña otra vez: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>Encrypting needs a new passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1). Nothing was changed.</source>
        <translation>Para cifrar se necesita una contraseña nueva, y no hay terminal para pedirla. Indíquela con --passphrase-file FILE (o nombre ese archivo en la variable de entorno %1). No se cambió nada.</translation>
    </message>
    <message>
        <source>The office key needs a passphrase for your login, and there is no terminal to ask for it. Give it with %1 FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <extracomment>%1 is the option that names the passphrase file, --passphrase-file or --office-passphrase-file</extracomment>
        <translation>Para abrir la clave de la oficina se necesita su contraseña (la de su usuario), y no hay terminal para pedirla. Indíquela con %1 FILE (la contraseña en la primera línea de FILE). No se cambió nada.</translation>
    </message>
    <message>
        <source>The new passphrase is needed, and there is no terminal to ask for it. Give it with --new-passphrase-file FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <translation>Se necesita la contraseña nueva, y no hay terminal para pedirla. Indíquela con --new-passphrase-file FILE (la contraseña en la primera línea de FILE). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>Criollo caboverdiano</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chino (simplificado)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chino (tradicional)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalí</translation>
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
        <translation>TrustDesk no puede abrir esta base de datos.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Abrir otra…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Crear una nueva…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>MetadataScrubber</name>
    <message>
        <source>This image is damaged or in a form TrustDesk cannot clean of metadata.</source>
        <translation>Esta imagen está dañada o tiene un formato del que TrustDesk no puede quitar los metadatos.</translation>
    </message>
    <message>
        <source>The cleaned PDF would overwrite a file.</source>
        <translation>El PDF limpio sobrescribiría un archivo.</translation>
    </message>
    <message>
        <source>PDF metadata cannot be removed here: qpdf and bubblewrap (packages qpdf and bubblewrap) are needed to open the PDF safely.</source>
        <translation>Aquí no se pueden quitar los metadatos del PDF: se necesitan qpdf y bubblewrap (paquetes qpdf y bubblewrap) para abrir el PDF de forma segura.</translation>
    </message>
    <message>
        <source>This PDF is damaged or could not be rebuilt without its metadata.</source>
        <translation>Este PDF está dañado o no se pudo reconstruir sin sus metadatos.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Actualizando la base de datos</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>El archivo de la base de datos está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Creando la base de datos</translation>
    </message>
    <message>
        <source>This version of TrustDesk cannot set up an office database.</source>
        <translation>Esta versión de TrustDesk no puede preparar una base de datos de la oficina.</translation>
    </message>
    <message>
        <source>The office database is damaged: its schema version is unknown.</source>
        <translation>La base de datos de la oficina está dañada: se desconoce la versión de su esquema.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use al menos %n carácter.</numerusform>
            <numerusform>Use al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Choose another.</source>
        <translation>La contraseña nueva es la actual. Elija otra.</translation>
    </message>
</context>
<context>
    <name>OfficeBackup</name>
    <message>
        <source>The backup file could not be written.</source>
        <translation>No se pudo escribir el archivo de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>Cancelado; no se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup holds a column this version of TrustDesk does not know (%1.%2); restore it with the version that made it.</source>
        <translation>La copia de seguridad tiene una columna que esta versión de TrustDesk no conoce (%1.%2); restáurela con la versión que la hizo.</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>Haciendo la copia de seguridad de la base de datos de la oficina</translation>
    </message>
    <message>
        <source>Only an office database is backed up this way.</source>
        <translation>Solo una base de datos de la oficina se copia de esta manera.</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with `trustdesk-cli office-key init`.</source>
        <translation>Esta base de datos de la oficina todavía no tiene clave de la oficina, así que no se pudo cifrar su copia de seguridad. Cree una primero con `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 ya existe; elija un nombre nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup file could not be made in %1.</source>
        <translation>No se pudo crear el archivo de la copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>The office database has a table this version of TrustDesk cannot back up (%1); nothing was written.</source>
        <translation>La base de datos de la oficina tiene una tabla que esta versión de TrustDesk no puede copiar (%1); no se escribió nada.</translation>
    </message>
    <message>
        <source>The backup did not verify after writing; nothing was kept. %1</source>
        <translation>La copia de seguridad no pasó la comprobación después de escribirse; no se guardó nada. %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as %1.</source>
        <translation>No se pudo poner la copia de seguridad en su lugar como %1.</translation>
    </message>
    <message>
        <source>Restoring the office database</source>
        <translation>Restaurando la base de datos de la oficina</translation>
    </message>
    <message>
        <source>An office backup restores into an office database.</source>
        <translation>Una copia de seguridad de la oficina se restaura en una base de datos de la oficina.</translation>
    </message>
    <message>
        <source>The office database holds data already; a backup is restored only into an empty one. Make a new database on the server (createdb) and restore into it.</source>
        <translation>La base de datos de la oficina ya tiene datos; una copia de seguridad solo se restaura en una vacía. Cree una base de datos nueva en el servidor (createdb) y restaure en ella.</translation>
    </message>
    <message>
        <source>The backup was made by a newer TrustDesk; update TrustDesk to restore it.</source>
        <translation>La copia de seguridad se hizo con un TrustDesk más nuevo; actualice TrustDesk para restaurarla.</translation>
    </message>
    <message>
        <source>The backup holds a table this version of TrustDesk does not know (%1).</source>
        <translation>La copia de seguridad tiene una tabla que esta versión de TrustDesk no conoce (%1).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>Cancelado; no se restauró nada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it is not the backup as it was written.</source>
        <translation>&quot;%1&quot; está dañado o incompleto: no es la copia de seguridad tal como se escribió.</translation>
    </message>
    <message>
        <source>The sealed content of evidence item %1 in the backup does not open whole with the office key.</source>
        <translation>El contenido sellado de la prueba %1 de la copia de seguridad no se abre completo con la clave de la oficina.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>No se puede leer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup of an office database.</source>
        <translation>&quot;%1&quot; no es una copia de seguridad de una base de datos de la oficina.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer TrustDesk; update TrustDesk to open it.</source>
        <translation>&quot;%1&quot; se hizo con un TrustDesk más nuevo; actualice TrustDesk para abrirlo.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; held no copy of the office key when the backup was made; it opens with the passphrase of one of: %2.</source>
        <translation>El usuario &quot;%1&quot; no tenía ninguna copia de la clave de la oficina cuando se hizo la copia de seguridad; se abre con la contraseña de uno de estos: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The audit log in the backup does not chain at entry %1.</source>
        <translation>La cadena del registro de auditoría de la copia de seguridad se rompe en la entrada %1.</translation>
    </message>
    <message>
        <source>The office backup cannot be opened without the office key.</source>
        <translation>La copia de seguridad de la oficina no se puede abrir sin la clave de la oficina.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupFlow</name>
    <message>
        <source>TrustDesk office backup %1</source>
        <translation>Copia de seguridad de la oficina de TrustDesk %1</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>Haciendo la copia de seguridad de la base de datos de la oficina</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with trustdesk-cli office-key init.</source>
        <translation>Esta base de datos de la oficina todavía no tiene clave de la oficina, así que no se pudo cifrar su copia de seguridad. Cree una primero con trustdesk-cli office-key init.</translation>
    </message>
    <message>
        <source>The backup is encrypted with the office key, which is not unlocked. Connect again (File › Connect to Office Server…) and give your office key passphrase, then back up.</source>
        <translation>La copia de seguridad se cifra con la clave de la oficina, que no está desbloqueada. Vuelva a conectarse (Archivo › Conectar al servidor de la oficina…), indique su contraseña de la clave de la oficina y luego haga la copia de seguridad.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Hacer copia de seguridad</translation>
    </message>
    <message>
        <source>The backup is in %1, written and checked.

It holds the whole office database, evidence included, encrypted with the office key: it opens with the office key passphrase of anyone who held the key today. Keep it somewhere other than the server.</source>
        <translation>La copia de seguridad está en %1, escrita y comprobada.

Contiene toda la base de datos de la oficina, pruebas incluidas, cifrada con la clave de la oficina: se abre con la contraseña de la clave de la oficina de cualquier persona que tuviera la clave hoy. Guárdela en otro lugar que no sea el servidor.</translation>
    </message>
    <message>
        <source>Save Office Backup As</source>
        <translation>Guardar copia de seguridad de la oficina como</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob)</source>
        <translation>Copias de seguridad de la oficina de TrustDesk (*.tdob)</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 ya existe. Una copia de seguridad nunca reemplaza un archivo: elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupUnlock</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Whose office key passphrase opens this backup? It opens with the passphrase of a person who held the office key when it was made.</source>
        <translation>¿Con la contraseña de la clave de la oficina de quién se abre esta copia de seguridad? Se abre con la contraseña de una persona que tenía la clave de la oficina cuando se hizo.</translation>
    </message>
    <message>
        <source>Your login %1 held no copy of the office key when this backup was made. Whose office key passphrase opens it?</source>
        <translation>Su usuario %1 no tenía ninguna copia de la clave de la oficina cuando se hizo esta copia de seguridad. ¿Con la contraseña de la clave de la oficina de quién se abre?</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>This backup holds no copy of the office key, so it cannot be opened.</source>
        <translation>Esta copia de seguridad no contiene ninguna copia de la clave de la oficina, así que no se puede abrir.</translation>
    </message>
    <message>
        <source>The office key passphrase of login %1 (when the backup was made):</source>
        <translation>La contraseña de la clave de la oficina del usuario %1 (cuando se hizo la copia de seguridad):</translation>
    </message>
    <message>
        <source>Open the Office Backup</source>
        <translation>Abrir la copia de seguridad de la oficina</translation>
    </message>
    <message>
        <source>Opening the backup with the passphrase…</source>
        <translation>Abriendo la copia de seguridad con la contraseña…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Try again (login %1):</source>
        <translation>Esa contraseña no abre la copia de seguridad. Inténtelo de nuevo (usuario %1):</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key stored on the server is damaged. Ask the office&apos;s administrator to restore it from a backup.</source>
        <translation>La clave de la oficina guardada en el servidor está dañada. Pida al administrador de la oficina que la restaure desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>No hay suficiente memoria para comprobar la contraseña (se necesitan 256 MiB).</translation>
    </message>
</context>
<context>
    <name>OfficeKeyUnlock</name>
    <message>
        <source>Without the office key, evidence cannot be opened or attached, and drafts are kept in memory only.</source>
        <translation>Sin la clave de la oficina no se pueden abrir ni adjuntar pruebas, y los borradores solo se guardan en la memoria.</translation>
    </message>
    <message>
        <source>Unlock the Office Key</source>
        <translation>Desbloquear la clave de la oficina</translation>
    </message>
    <message>
        <source>This office server has no office key yet. %1</source>
        <translation>Este servidor de la oficina todavía no tiene clave de la oficina. %1</translation>
    </message>
    <message>
        <source>Your login %1 cannot open the office key yet. Ask a colleague who holds it to run:

trustdesk-cli office-key add %1

%2</source>
        <translation>Su usuario %1 todavía no puede abrir la clave de la oficina. Pida a un colega que la tenga que ejecute:

trustdesk-cli office-key add %1

%2</translation>
    </message>
    <message>
        <source>Office Key</source>
        <translation>Clave de la oficina</translation>
    </message>
    <message>
        <source>Your login %1 holds no office key: ask a colleague to run “trustdesk-cli office-key add %1”.</source>
        <translation>Su usuario %1 no tiene la clave de la oficina: pida a un colega que ejecute “trustdesk-cli office-key add %1”.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key (login %1):</source>
        <translation>Su contraseña de la clave de la oficina (usuario %1):</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key. Try again (login %1):</source>
        <translation>Esa contraseña no abre la clave de la oficina. Inténtelo de nuevo (usuario %1):</translation>
    </message>
    <message>
        <source>Unlocking the office key…</source>
        <translation>Desbloqueando la clave de la oficina…</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>Reading the office key</source>
        <translation>Leyendo la clave de la oficina</translation>
    </message>
    <message>
        <source>An office key exists only in an office server&apos;s database.</source>
        <translation>La clave de la oficina solo existe en la base de datos de un servidor de la oficina.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so it cannot hold evidence. An administrator makes one with `trustdesk-cli office-key init`.</source>
        <translation>Este servidor de la oficina todavía no tiene clave de la oficina, así que no puede guardar pruebas. Un administrador la crea con `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>The office key was made by a newer version of TrustDesk. Update TrustDesk to use the evidence on this server.</source>
        <translation>La clave de la oficina se creó con una versión más nueva de TrustDesk. Actualice TrustDesk para usar las pruebas de este servidor.</translation>
    </message>
    <message>
        <source>Storing the office key</source>
        <translation>Guardando la clave de la oficina</translation>
    </message>
    <message>
        <source>This office server has an office key already; it is never replaced (that would make its evidence unreadable). Add people with `trustdesk-cli office-key add`.</source>
        <translation>Este servidor de la oficina ya tiene una clave de la oficina; nunca se reemplaza (sus pruebas quedarían ilegibles). Agregue personas con `trustdesk-cli office-key add`.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key. A colleague who has one adds it with `trustdesk-cli office-key add %1`.</source>
        <translation>El usuario &quot;%1&quot; no tiene ninguna copia de la clave de la oficina. Un colega que la tenga se la agrega con `trustdesk-cli office-key add %1`.</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>Indique el usuario que quiere agregar.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was added.</source>
        <translation>Esa clave no es la clave de esta oficina; no se agregó nada.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds a copy of the office key already; nothing was changed.</source>
        <translation>El usuario &quot;%1&quot; ya tiene una copia de la clave de la oficina; no se cambió nada.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was changed.</source>
        <translation>Esa clave no es la clave de esta oficina; no se cambió nada.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key; nothing was changed.</source>
        <translation>El usuario &quot;%1&quot; no tiene ninguna copia de la clave de la oficina; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>OfficeRestoreFlow</name>
    <message>
        <source>Restoring an office backup</source>
        <translation>Restaurando una copia de seguridad de la oficina</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Restauración cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Restore canceled; the office database %1 was left empty.</source>
        <translation>Restauración cancelada; la base de datos de la oficina %1 quedó vacía.</translation>
    </message>
    <message>
        <source>The backup was not restored; the office database %1 was left as empty as it was.</source>
        <translation>No se restauró la copia de seguridad; la base de datos de la oficina %1 quedó tan vacía como estaba.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored, and nothing was changed.</source>
        <translation>&quot;%1&quot; no se puede restaurar, y no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>The office database %1 now holds the %Ln case(s) of the backup %2, with their evidence and audit log; the backup and the audit log&apos;s chain were checked.</source>
        <translation>
            <numerusform>La base de datos de la oficina %1 ahora contiene el %Ln caso de la copia de seguridad %2, con sus pruebas y su registro de auditoría; se comprobaron la copia de seguridad y la cadena del registro de auditoría.</numerusform>
            <numerusform>La base de datos de la oficina %1 ahora contiene los %Ln casos de la copia de seguridad %2, con sus pruebas y su registro de auditoría; se comprobaron la copia de seguridad y la cadena del registro de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Se restauró en %1.</translation>
    </message>
    <message>
        <source>Switch this window to the restored database? The window is on %1 now.</source>
        <translation>¿Pasar esta ventana a la base de datos restaurada? Ahora la ventana está en %1.</translation>
    </message>
    <message>
        <source>&amp;Switch to Restored Database</source>
        <translation>&amp;Cambiar a la base de datos restaurada</translation>
    </message>
    <message>
        <source>S&amp;tay Here</source>
        <translation>&amp;Quedarse aquí</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>caseworker</source>
        <translation>responsable del caso</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3</source>
        <translation>Servidor de la oficina: %1 en %2, usuario %3</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3 (%4)</source>
        <translation>Servidor de la oficina: %1 en %2, usuario %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OfficeTransfer</name>
    <message>
        <source>Copying the database to the server</source>
        <translation>Copiando la base de datos al servidor</translation>
    </message>
    <message>
        <source>The server has no table &quot;%1&quot;.</source>
        <translation>El servidor no tiene la tabla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server has a table this version of TrustDesk cannot copy (&quot;%1&quot;): use the version that made it.</source>
        <translation>El servidor tiene una tabla que esta versión de TrustDesk no puede copiar (&quot;%1&quot;): use la versión que la creó.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>OfficerQuery</name>
    <message>
        <source>Reading officers</source>
        <translation>Leyendo los agentes</translation>
    </message>
</context>
<context>
    <name>OfficerRosterModel</name>
    <message>
        <source>(agency unknown)</source>
        <translation>(agencia desconocida)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infracciones</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Primer incidente</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Último incidente</translation>
    </message>
</context>
<context>
    <name>PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>No se pudo escribir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Stopped: &quot;%1&quot; was not written.</source>
        <translation>Detenido: no se escribió &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>&quot;%1&quot; was not written.</source>
        <translation>No se escribió &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>PgConnectFailure</name>
    <message>
        <source>Cannot reach the office server at %1. Check the network or ask your administrator; nothing was lost, try again.</source>
        <translation>No se puede conectar con el servidor de la oficina en %1. Revise la red o pregunte a su administrador; no se perdió nada, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The office server wants a password for the login %1. Enter your server password and try again.</source>
        <translation>El servidor de la oficina pide una contraseña para el usuario %1. Escriba su contraseña del servidor e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server refused the password for the login %1. Check the password (capitals count) and try again, or ask your administrator.</source>
        <translation>El servidor rechazó la contraseña del usuario %1. Revise la contraseña (las mayúsculas cuentan) e inténtelo de nuevo, o pregunte a su administrador.</translation>
    </message>
    <message>
        <source>The office server at %1 did not let the login %2 open the database %3: the database may not exist there, or the server does not accept this login from this computer. Ask your administrator.</source>
        <translation>El servidor de la oficina en %1 no permitió que el usuario %2 abriera la base de datos %3: puede que la base de datos no exista allí, o que el servidor no acepte este usuario desde este equipo. Pregunte a su administrador.</translation>
    </message>
    <message>
        <source>The office server at %1 could not be reached, or it refused the login. Try again; nothing was lost.</source>
        <translation>No se pudo conectar con el servidor de la oficina en %1, o el servidor rechazó el usuario. Inténtelo de nuevo; no se perdió nada.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The server address is not usable: %1</source>
        <translation>No se puede usar la dirección del servidor: %1</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>debe empezar por postgresql://</translation>
    </message>
    <message>
        <source>only one server can be named (no commas).</source>
        <translation>solo se puede indicar un servidor (sin comas).</translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;.</source>
        <translation>el nombre de la base de datos no puede contener &quot;/&quot;.</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>el puerto &quot;%1&quot; no es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; cannot contain &quot;;&quot;.</source>
        <translation>el valor de &quot;%1&quot; no puede contener &quot;;&quot;.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported.</source>
        <translation>el parámetro &quot;%1&quot; no se admite.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
</context>
<context>
    <name>RedactJob</name>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Covering the marked areas…</source>
        <translation>Tapando las zonas marcadas…</translation>
    </message>
    <message>
        <source>Making the new image…</source>
        <translation>Creando la imagen nueva…</translation>
    </message>
    <message>
        <source>Storing the copy and its record…</source>
        <translation>Guardando la copia y su registro…</translation>
    </message>
</context>
<context>
    <name>RedactionRecord</name>
    <message>
        <source>Unknown redaction method &quot;%1&quot;. Use fill or pixelate.</source>
        <translation>Método desconocido para ocultar partes: &quot;%1&quot;. Use fill o pixelate.</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; is not four whole numbers X,Y,W,H (left, top, width, height in pixels).</source>
        <translation>El recuadro &quot;%1&quot; no son cuatro números enteros X,Y,W,H (izquierda, arriba, ancho, alto en píxeles).</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; has no area: its width and height must be at least 1.</source>
        <translation>El recuadro &quot;%1&quot; no tiene área: su ancho y su alto deben ser al menos 1.</translation>
    </message>
    <message>
        <source>Give at least one box to redact.</source>
        <translation>Indique al menos un recuadro que ocultar.</translation>
    </message>
    <message>
        <source>The box %1 has no area: its width and height must be at least 1.</source>
        <translation>El recuadro %1 no tiene área: su ancho y su alto deben ser al menos 1.</translation>
    </message>
    <message>
        <source>The box %1 is not inside the image, which is %2×%3 pixels (upright).</source>
        <translation>El recuadro %1 no está dentro de la imagen, que mide %2×%3 píxeles (en posición vertical).</translation>
    </message>
    <message>
        <source>The redaction record cannot be read.</source>
        <translation>No se puede leer el registro de las partes ocultas.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Checking the Backup</source>
        <translation>Comprobando la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Restauración cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: it did not pass its check, so nothing was changed.</source>
        <translation>No se puede restaurar &quot;%1&quot;: no pasó la comprobación, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>The case you are editing has changes that are not saved. Save or close it first, then restore the backup.</source>
        <translation>El caso que está editando tiene cambios sin guardar. Guárdelo o ciérrelo primero y después restaure la copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is the database TrustDesk has open. Choose a backup of it instead.</source>
        <translation>%1 es la base de datos que TrustDesk tiene abierta. Elija en su lugar una copia de seguridad de ella.</translation>
    </message>
    <message>
        <source>Replace the cases in TrustDesk with the cases in the backup?</source>
        <translation>¿Reemplazar los casos de TrustDesk con los casos de la copia de seguridad?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln case(s) in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>
            <numerusform>El caso que hay ahora en TrustDesk y sus pruebas se reemplazarán por los de la copia de seguridad.</numerusform>
            <numerusform>Los %Ln casos que hay ahora en TrustDesk y sus pruebas se reemplazarán por los de la copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cases in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>Los casos que hay ahora en TrustDesk y sus pruebas se reemplazarán por los de la copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s); its newest recorded change is from %2.</source>
        <translation>
            <numerusform>La copia de seguridad &quot;%1&quot; contiene %Ln caso; su último cambio registrado es del %2.</numerusform>
            <numerusform>La copia de seguridad &quot;%1&quot; contiene %Ln casos; su último cambio registrado es del %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s).</source>
        <translation>
            <numerusform>La copia de seguridad &quot;%1&quot; contiene %Ln caso.</numerusform>
            <numerusform>La copia de seguridad &quot;%1&quot; contiene %Ln casos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything added or changed since that backup will be lost. The backup itself is not changed.</source>
        <translation>Se perderá todo lo que se haya agregado o cambiado desde esa copia de seguridad. La copia de seguridad en sí no cambia.</translation>
    </message>
    <message>
        <source>&amp;Replace with Backup</source>
        <translation>&amp;Reemplazar con la copia de seguridad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The restore did not finish.</source>
        <translation>La restauración no terminó.</translation>
    </message>
    <message>
        <source>The backup was not restored, and nothing was changed.</source>
        <translation>No se restauró la copia de seguridad y no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk now holds the %Ln case(s) of the backup %1, with their evidence.</source>
        <translation>
            <numerusform>TrustDesk ahora contiene %Ln caso de la copia de seguridad %1, con sus pruebas.</numerusform>
            <numerusform>TrustDesk ahora contiene los %Ln casos de la copia de seguridad %1, con sus pruebas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an encrypted backup, and the database open now is not encrypted: restoring it here would put its cases on this disk unencrypted, so it was not restored. Encrypt this database first (Encrypt… above the cases), then restore.</source>
        <translation>&quot;%1&quot; es una copia de seguridad cifrada, y la base de datos abierta ahora no está cifrada: restaurarla aquí dejaría sus casos sin cifrar en este disco, así que no se restauró. Primero cifre esta base de datos (Cifrar… encima de los casos) y luego restaure.</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Filed with</source>
        <translation>Presentada ante</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Número de placa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Add co&amp;mplaint</source>
        <translation>Agregar &amp;queja</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Agregar seguimiento</translation>
    </message>
    <message>
        <source>Add office&amp;r</source>
        <translation>Agregar &amp;agente</translation>
    </message>
    <message>
        <source>Add witne&amp;ss</source>
        <translation>Agregar &amp;testigo</translation>
    </message>
</context>
<context>
    <name>ScramVerifier</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>No se pudo iniciar la biblioteca de cifrado.</translation>
    </message>
    <message>
        <source>The login password is empty.</source>
        <translation>La contraseña del usuario del servidor está vacía.</translation>
    </message>
    <message>
        <source>A login password may use only ASCII letters, digits, punctuation and spaces (no accented letters or other scripts): the server prepares other characters in a way TrustDesk cannot reproduce exactly, which could lock the person out. Choose a longer password of ASCII characters instead.</source>
        <translation>La contraseña de un usuario del servidor solo puede tener letras, números, signos de puntuación y espacios ASCII (sin letras con acento ni de otros alfabetos): el servidor prepara los demás caracteres de una forma que TrustDesk no puede reproducir exactamente, lo que podría dejar a la persona sin acceso. Elija en su lugar una contraseña más larga con caracteres ASCII.</translation>
    </message>
    <message>
        <source>The login password cannot be prepared.</source>
        <translation>No se puede preparar la contraseña del usuario del servidor.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation>Creando el índice de búsqueda</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Actualizando el índice de búsqueda</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>Ordenando el índice de búsqueda</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
</context>
<context>
    <name>SensitiveDetail</name>
    <message>
        <source>Witness contact details</source>
        <translation>Datos de contacto de los testigos</translation>
    </message>
</context>
<context>
    <name>ServerEvidence</name>
    <message>
        <source>The evidence could not be encrypted.</source>
        <translation>No se pudieron cifrar las pruebas.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the database reported an unexpected error.</source>
        <translation>%1: la base de datos informó un error inesperado.</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program. Try again in a moment.</source>
        <translation>%1: otro programa está usando la base de datos. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (it is read-only).</source>
        <translation>%1: no se puede escribir en el archivo de la base de datos (es de solo lectura).</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>%1: el disco está lleno. Libere espacio e inténtelo de nuevo; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written.</source>
        <translation>%1: no se pudo leer ni escribir el archivo de la base de datos.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1: el archivo de la base de datos está dañado.</translation>
    </message>
    <message>
        <source>%1: the data conflicts with what is already stored.</source>
        <translation>%1: los datos chocan con lo que ya está guardado.</translation>
    </message>
    <message>
        <source>%1: the connection to the office server was lost. Try again in a moment.</source>
        <translation>%1: se perdió la conexión con el servidor de la oficina. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>%1: the office server does not allow this login to make this change.</source>
        <translation>%1: el servidor de la oficina no permite a este usuario hacer este cambio.</translation>
    </message>
    <message>
        <source>%1: the office server&apos;s disk is full; nothing was saved. Tell the office admin.</source>
        <translation>%1: el disco del servidor de la oficina está lleno; no se guardó nada. Avise al administrador de la oficina.</translation>
    </message>
    <message>
        <source>%1: your role on the office server does not allow this. Ask the office admin if you need it.</source>
        <translation>%1: su función en el servidor de la oficina no permite esto. Si lo necesita, pídalo al administrador de la oficina.</translation>
    </message>
    <message>
        <source>%1: the office server refused this login. Ask your administrator.</source>
        <translation>%1: el servidor de la oficina rechazó este usuario. Pregunte a su administrador.</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>Managing the office&apos;s staff</source>
        <translation>Administrando el personal de la oficina</translation>
    </message>
    <message>
        <source>That login cannot be staff: it is a superuser, a group or a system role.</source>
        <translation>Ese usuario no puede ser parte del personal: es un superusuario, un grupo o un rol del sistema.</translation>
    </message>
    <message>
        <source>%1: only an office admin may do this, and your login is not one. Ask an admin to do it, or to make you one (trustdesk-cli staff role LOGIN admin).</source>
        <translation>%1: solo un administrador de la oficina puede hacer esto, y su usuario no lo es. Pida a un administrador que lo haga, o que lo haga administrador a usted (trustdesk-cli staff role LOGIN admin).</translation>
    </message>
    <message>
        <source>Setting a staff member&apos;s password</source>
        <translation>Estableciendo la contraseña de un miembro del personal</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot; on this office server (trustdesk-cli staff list shows them).</source>
        <translation>No hay ningún miembro del personal &quot;%1&quot; en este servidor de la oficina (trustdesk-cli staff list los muestra).</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Other agency %1</source>
        <translation>Otra agencia %1</translation>
    </message>
    <message>
        <source>Other outcome %1</source>
        <translation>Otro resultado %1</translation>
    </message>
    <message>
        <source>Other district %1</source>
        <translation>Otro distrito %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>Categoría de infracción</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distrito policial</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Complaint outcome</source>
        <translation>Resultado de la queja</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>No category recorded</source>
        <translation>Sin categoría registrada</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>No presentada</translation>
    </message>
    <message>
        <source>Filed, no status recorded</source>
        <translation>Presentada, sin estado registrado</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>The caseworkers could not be read.</source>
        <translation>No se pudieron leer los responsables de casos.</translation>
    </message>
</context>
<context>
    <name>StatisticsChart</name>
    <message>
        <source>suppressed</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Shaded: the count is suppressed (below the threshold).</source>
        <translation>Sombreado: el recuento está oculto (por debajo del umbral).</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <source>Exported to %1. As for any published figures, no count below %2 is shown: %3 count(s) were hidden for being small and %4 more so that they cannot be worked out from the totals.</source>
        <translation>Exportado a %1. Como en toda cifra publicada, no se muestra ningún recuento menor de %2: se ocultaron %3 recuento(s) por ser pequeños y %4 más para que no se puedan deducir de los totales.</translation>
    </message>
    <message>
        <source>Exported to %1 with every count shown (no suppression).</source>
        <translation>Exportado a %1 con todos los recuentos visibles (sin ocultar ninguno).</translation>
    </message>
    <message numerus="yes">
        <source>%n rare agency or outcome name(s) are replaced by &quot;Other …&quot;.</source>
        <translation>
            <numerusform>%n nombre poco frecuente de agencia o resultado se sustituye por &quot;Otro …&quot;.</numerusform>
            <numerusform>%n nombres poco frecuentes de agencia o resultado se sustituyen por &quot;Otro …&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>No se pudo registrar la exportación en el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>Counting cases for the statistics</source>
        <translation>Contando los casos para las estadísticas</translation>
    </message>
    <message>
        <source>The statistics could not be counted: the database could not be read.</source>
        <translation>No se pudieron calcular las estadísticas: no se pudo leer la base de datos.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Reported police conduct by %1 and %2</source>
        <translation>Conducta policial denunciada por %1 y %2</translation>
    </message>
    <message>
        <source>Reported police conduct by %1</source>
        <translation>Conducta policial denunciada por %1</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2.</source>
        <translation>Incidentes del %1 al %2.</translation>
    </message>
    <message>
        <source>All incidents recorded up to %1.</source>
        <translation>Todos los incidentes registrados hasta el %1.</translation>
    </message>
    <message>
        <source>Cases with the status %1 only.</source>
        <translation>Solo casos con el estado %1.</translation>
    </message>
    <message>
        <source>The cases of one caseworker only.</source>
        <translation>Solo los casos de un responsable.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Totals count each case and incident once; one can fall in several rows or columns, so the totals can be less than the sum of their cells.</source>
        <translation>Los totales cuentan cada caso e incidente una sola vez; uno puede estar en varias filas o columnas, así que los totales pueden ser menores que la suma de sus celdas.</translation>
    </message>
    <message>
        <source>Table %1. Cases and incidents by %2</source>
        <translation>Tabla %1. Casos e incidentes por %2</translation>
    </message>
    <message>
        <source>Table %1. %2 by %3 (rows) and %4 (columns)</source>
        <translation>Tabla %1. %2 por %3 (filas) y %4 (columnas)</translation>
    </message>
    <message>
        <source>What is counted.</source>
        <translation>Qué se cuenta.</translation>
    </message>
    <message>
        <source>A case is counted when at least one of its incidents falls in the period and passes the filters; a case with no recorded incident is not counted. Violation category, month, quarter, police district and agency describe an incident; case status and complaint outcome describe the case. The outcome is the status of the case&apos;s latest complaint submission as recorded, ignoring capitals and spacing; &quot;Not filed&quot; when there is none. Agencies are grouped ignoring capitals and spacing.</source>
        <translation>Un caso se cuenta cuando al menos uno de sus incidentes cae en el período y pasa los filtros; un caso sin incidentes registrados no se cuenta. La categoría de infracción, el mes, el trimestre, el distrito policial y la agencia describen un incidente; el estado del caso y el resultado de la queja describen el caso. El resultado es el estado de la última presentación de queja del caso tal como se registró, sin tener en cuenta mayúsculas ni espacios; &quot;No presentada&quot; si no hay ninguna. Las agencias se agrupan sin tener en cuenta mayúsculas ni espacios.</translation>
    </message>
    <message>
        <source>Overlapping rows.</source>
        <translation>Filas que se solapan.</translation>
    </message>
    <message>
        <source>An incident can allege several violation categories, and a case can have incidents in several months, districts or agencies; it then counts once in each row or column it belongs to. Totals count every case and incident once, so they can be smaller than the sum of their rows.</source>
        <translation>Un incidente puede alegar varias categorías de infracción, y un caso puede tener incidentes en varios meses, distritos o agencias; entonces cuenta una vez en cada fila o columna a la que pertenece. Los totales cuentan cada caso e incidente una sola vez, así que pueden ser menores que la suma de sus filas.</translation>
    </message>
    <message>
        <source>Suppression.</source>
        <translation>Recuentos ocultos.</translation>
    </message>
    <message>
        <source>To protect the people behind small numbers, no count from 1 to %1 is shown: %2 count(s) of cases and %3 of incidents were hidden for that reason (primary suppression). So that none of them can be worked out by subtracting from a row, column or grand total, or from any combination of them, %4 further count(s) of cases and %5 of incidents were hidden, the smallest possible first (complementary suppression). A dash (–) marks a hidden count. Zeros are shown: they describe no one.</source>
        <translation>Para proteger a las personas detrás de los números pequeños, no se muestra ningún recuento del 1 al %1: por eso se ocultaron %2 recuento(s) de casos y %3 de incidentes (ocultación primaria). Para que ninguno se pueda deducir restando de una fila, una columna o el total general, o de cualquier combinación de ellos, se ocultaron %4 recuento(s) más de casos y %5 de incidentes, primero los más pequeños posibles (ocultación complementaria). Un guion (–) marca un recuento oculto. Los ceros se muestran: no describen a nadie.</translation>
    </message>
    <message>
        <source>No count was suppressed (the threshold was set to 1).</source>
        <translation>No se ocultó ningún recuento (el umbral era 1).</translation>
    </message>
    <message>
        <source>This report holds no names, case references, badge numbers or narratives. Agency names and complaint outcomes are typed by caseworkers; any that counts fewer than %1 cases is not named (&quot;Other agency 1&quot;).</source>
        <translation>Este informe no contiene nombres, referencias de casos, números de placa ni relatos. Los nombres de agencias y los resultados de quejas los escriben los responsables de casos; los que cuentan menos de %1 casos no se nombran (&quot;Otra agencia 1&quot;).</translation>
    </message>
    <message>
        <source>%1 row(s) or column(s) were left unnamed for that reason.</source>
        <translation>Por ese motivo, %1 fila(s) o columna(s) quedaron sin nombre.</translation>
    </message>
    <message>
        <source>Privacy.</source>
        <translation>Privacidad.</translation>
    </message>
    <message>
        <source>Source.</source>
        <translation>Fuente.</translation>
    </message>
    <message>
        <source>The office&apos;s TrustDesk case records, counted on %1.</source>
        <translation>Los registros de casos de TrustDesk de la oficina, contados el %1.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>%1 cases, %2 incidents</source>
        <translation>%1 casos, %2 incidentes</translation>
    </message>
    <message>
        <source>Figure 1. %1 by %2</source>
        <translation>Figura 1. %1 por %2</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>The statistics could not be printed.</source>
        <translation>No se pudieron imprimir las estadísticas.</translation>
    </message>
</context>
<context>
    <name>TextScanner</name>
    <message>
        <source>[withheld]</source>
        <translation>[ocultado]</translation>
    </message>
</context>
<context>
    <name>VaultConversion</name>
    <message>
        <source>The encrypted copy does not hold the same data as the original (%1); the original was kept unchanged.</source>
        <translation>La copia cifrada no contiene los mismos datos que el original (%1); el original se conservó sin cambios.</translation>
    </message>
    <message>
        <source>The encrypted copy could not be read back; the original was kept unchanged.</source>
        <translation>No se pudo releer la copia cifrada; el original se conservó sin cambios.</translation>
    </message>
    <message>
        <source>its schema</source>
        <translation>su esquema</translation>
    </message>
    <message>
        <source>The encryption was canceled; nothing was changed.</source>
        <translation>Se canceló el cifrado; no se cambió nada.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabla %1</translation>
    </message>
    <message>
        <source>The database is open in TrustDesk or another program. Close it there and try again; nothing was changed.</source>
        <translation>La base de datos está abierta en TrustDesk o en otro programa. Ciérrela allí e inténtelo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The database could not be encrypted (%1); the original was kept unchanged.</source>
        <translation>No se pudo cifrar la base de datos (%1); el original se conservó sin cambios.</translation>
    </message>
    <message>
        <source>the copy could not be started</source>
        <translation>no se pudo iniciar la copia</translation>
    </message>
    <message>
        <source>the tables could not be made</source>
        <translation>no se pudieron crear las tablas</translation>
    </message>
    <message>
        <source>the rows could not be copied</source>
        <translation>no se pudieron copiar las filas</translation>
    </message>
    <message>
        <source>the indexes could not be made</source>
        <translation>no se pudieron crear los índices</translation>
    </message>
    <message>
        <source>the copy could not be finished</source>
        <translation>no se pudo terminar la copia</translation>
    </message>
    <message>
        <source>encryption is not available on this system</source>
        <translation>el cifrado no está disponible en este sistema</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>no se pudo abrir la copia</translation>
    </message>
    <message>
        <source>the copy could not be set up</source>
        <translation>no se pudo preparar la copia</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>no se pudo escribir la copia en el disco</translation>
    </message>
    <message>
        <source>The encrypted copy did not pass its integrity check; the original was kept unchanged.</source>
        <translation>La copia cifrada no superó la comprobación de integridad; el original se conservó sin cambios.</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>no se pudo abrir</translation>
    </message>
    <message>
        <source>The database is being encrypted by another program right now. Wait for it to finish.</source>
        <translation>Otro programa está cifrando la base de datos en este momento. Espere a que termine.</translation>
    </message>
    <message>
        <source>The interrupted encryption could not be finished: %1</source>
        <translation>No se pudo terminar el cifrado interrumpido: %1</translation>
    </message>
    <message>
        <source>The files of an interrupted encryption could not be removed.</source>
        <translation>No se pudieron quitar los archivos de un cifrado interrumpido.</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>no se pudo abrir el archivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be created</source>
        <translation>no se pudo crear &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This database is already encrypted.</source>
        <translation>Esta base de datos ya está cifrada.</translation>
    </message>
    <message>
        <source>An earlier encryption of this database did not finish; finish or undo it first.</source>
        <translation>Un cifrado anterior de esta base de datos no terminó; termínelo o deshágalo primero.</translation>
    </message>
    <message>
        <source>The evidence of this database could not be counted.</source>
        <translation>No se pudieron contar las pruebas de esta base de datos.</translation>
    </message>
    <message>
        <source>the key file could not be put in place</source>
        <translation>no se pudo colocar en su sitio el archivo de claves</translation>
    </message>
    <message>
        <source>The database is encrypted, but the old unencrypted evidence folder &quot;%1&quot; could not be deleted completely. Run `trustdesk-cli encrypt` again to delete it.</source>
        <translation>La base de datos está cifrada, pero no se pudo borrar por completo la antigua carpeta de pruebas sin cifrar &quot;%1&quot;. Vuelva a ejecutar `trustdesk-cli encrypt` para borrarla.</translation>
    </message>
    <message>
        <source>This database has evidence files, and this conversion does not encrypt them; nothing was changed.</source>
        <translation>Esta base de datos tiene archivos de pruebas, y esta conversión no los cifra; no se cambió nada.</translation>
    </message>
    <message>
        <source>The encryption stopped while the encrypted copy was being put in place (%1). Nothing is lost: run `trustdesk-cli encrypt` again, or open the database in TrustDesk, to finish it.</source>
        <translation>El cifrado se detuvo mientras se colocaba la copia cifrada en su lugar (%1). No se ha perdido nada: vuelva a ejecutar `trustdesk-cli encrypt`, o abra la base de datos en TrustDesk, para terminarlo.</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>The key file of this encrypted database is damaged. Use a backup of the database together with its key file.</source>
        <translation>El archivo de clave de esta base de datos cifrada está dañado. Use una copia de seguridad de la base de datos junto con su archivo de clave.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; could not be written: %2</source>
        <translation>No se pudo escribir el archivo de clave &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; is missing: an encrypted database cannot be opened without it.</source>
        <translation>Falta el archivo de clave &quot;%1&quot;: una base de datos cifrada no se puede abrir sin él.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of TrustDesk. Update TrustDesk to open this database.</source>
        <translation>El archivo de clave fue escrito por una versión más nueva de TrustDesk. Actualice TrustDesk para abrir esta base de datos.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>El cifrado no está disponible en este sistema.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; a key file is never replaced by a new one.</source>
        <translation>&quot;%1&quot; ya existe; un archivo de clave nunca se reemplaza por uno nuevo.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the passphrase (256 MiB are needed).</source>
        <translation>No hay suficiente memoria para proteger la contraseña (se necesitan 256 MiB).</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>No hay suficiente memoria para comprobar la contraseña (se necesitan 256 MiB).</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 13 groups of four letters and digits.</source>
        <translation>Eso no es una clave de recuperación: una clave de recuperación tiene 13 grupos de cuatro letras y números.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>La clave de recuperación no es correcta.</translation>
    </message>
    <message>
        <source>That key does not belong to this database.</source>
        <translation>Esa clave no pertenece a esta base de datos.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Verifying the database</source>
        <translation>Verificando la base de datos</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>El archivo de la base de datos está dañado: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Comprobación de integridad de SQLite: %1</translation>
    </message>
    <message>
        <source>The file does not carry TrustDesk&apos;s application id.</source>
        <translation>El archivo no lleva el identificador de aplicación de TrustDesk.</translation>
    </message>
    <message>
        <source>The schema is version %1; this TrustDesk uses %2 (run init to upgrade).</source>
        <translation>El esquema es la versión %1; este TrustDesk usa la %2 (ejecute init para actualizarlo).</translation>
    </message>
    <message>
        <source>Broken link between records: %1</source>
        <translation>Vínculo roto entre registros: %1</translation>
    </message>
    <message>
        <source>Case %1 is missing from the search index.</source>
        <translation>Falta el caso %1 en el índice de búsqueda.</translation>
    </message>
    <message>
        <source>The search index holds an entry (%1) for a case that no longer exists.</source>
        <translation>El índice de búsqueda tiene una entrada (%1) de un caso que ya no existe.</translation>
    </message>
    <message>
        <source>Client record %1 belongs to no case.</source>
        <translation>El registro de cliente %1 no pertenece a ningún caso.</translation>
    </message>
    <message>
        <source>Case %1 was closed before it was opened.</source>
        <translation>El caso %1 se cerró antes de abrirse.</translation>
    </message>
    <message>
        <source>Evidence record %1 has an invalid SHA-256.</source>
        <translation>El registro de prueba %1 tiene un SHA-256 no válido.</translation>
    </message>
    <message>
        <source>Incident record %1 has no date.</source>
        <translation>El registro de incidente %1 no tiene fecha.</translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; is not in the TD-YYYY-NNNNN form.</source>
        <translation>La referencia de caso &quot;%1&quot; no tiene la forma TD-AAAA-NNNNN.</translation>
    </message>
    <message>
        <source>The case numbering for %1 is behind case %2; a new case could reuse its number.</source>
        <translation>La numeración de casos de %1 va por detrás del caso %2; un caso nuevo podría repetir su número.</translation>
    </message>
    <message>
        <source>The search index is inconsistent and needs rebuilding.</source>
        <translation>El índice de búsqueda es incoherente y hay que reconstruirlo.</translation>
    </message>
</context>
<context>
    <name>ViolationCategory</name>
    <message>
        <source>Sharing personal information without lawful basis</source>
        <translation>Compartir datos personales sin base legal</translation>
    </message>
    <message>
        <source>Police shared personally identifiable information (such as a name, address or immigration details) with immigration enforcement without a lawful basis.</source>
        <translation>La policía compartió datos personales (como un nombre, una dirección o datos migratorios) con las autoridades de inmigración sin base legal.</translation>
    </message>
    <message>
        <source>Honoring a civil immigration detainer without legal authority</source>
        <translation>Cumplir una orden de retención de inmigración civil sin autoridad legal</translation>
    </message>
    <message>
        <source>Police held a person, or arranged a hand-over, because of a civil immigration detainer request, without legal authority or contrary to policy.</source>
        <translation>La policía retuvo a una persona, o coordinó su entrega, por una solicitud civil de retención de inmigración (detainer), sin autoridad legal o en contra de la política.</translation>
    </message>
    <message>
        <source>Questioning or detention solely on immigration suspicion</source>
        <translation>Interrogatorio o detención solo por sospechas migratorias</translation>
    </message>
    <message>
        <source>Police questioned, stopped or held a person only because they suspected something about the person&apos;s immigration status.</source>
        <translation>La policía interrogó, paró o retuvo a una persona solo porque sospechaba algo sobre su estatus migratorio.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Other conduct related to cooperation with immigration enforcement; describe it in the narrative.</source>
        <translation>Otra conducta relacionada con la cooperación con las autoridades de inmigración; descríbala en el relato.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrustDesk: document police misconduct and file complaints.</source>
        <translation>TrustDesk: documente la mala conducta policial y presente quejas.</translation>
    </message>
    <message>
        <source>open the database at PATH (created when missing), or connect to the office server at a postgresql:// URI</source>
        <translation>abre la base de datos en PATH (se crea si no existe), o se conecta al servidor de la oficina con un URI postgresql://</translation>
    </message>
</context>
<context>
    <name>td::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Filter by case, action or person, e.g. TD-2026-00042 or case.view_sensitive</source>
        <translation>Filtrar por caso, acción o persona, p. ej. TD-2026-00042 o case.view_sensitive</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrar el registro de auditoría</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln event(s)</source>
        <translation>
            <numerusform>Mostrando %1 de %Ln evento</numerusform>
            <numerusform>Mostrando %1 de %Ln eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::BackupKeyDialog</name>
    <message>
        <source>Encrypted Backup</source>
        <translation>Copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>This backup is encrypted. It opens with the passphrase the database had on the day of the backup, or its recovery key.</source>
        <translation>Esta copia de seguridad está cifrada. Se abre con la contraseña que tenía la base de datos el día de la copia, o con su clave de recuperación.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>td::ui::BackupProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Copiando la base de datos…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Comprobando la base de datos…</translation>
    </message>
    <message>
        <source>Copying the evidence files and checking each one…</source>
        <translation>Copiando los archivos de prueba y comprobando cada uno…</translation>
    </message>
    <message>
        <source>Checking every evidence file…</source>
        <translation>Comprobando todos los archivos de prueba…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Colocando la copia de seguridad en su lugar…</translation>
    </message>
    <message>
        <source>Replacing the cases with the backup&apos;s. This cannot be canceled now.</source>
        <translation>Reemplazando los casos con los de la copia de seguridad. Ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Checking the whole backup before anything is written…</source>
        <translation>Comprobando toda la copia de seguridad antes de escribir nada…</translation>
    </message>
    <message>
        <source>Writing the backup&apos;s cases, evidence and audit log into the empty office database…</source>
        <translation>Escribiendo los casos, las pruebas y el registro de auditoría de la copia de seguridad en la base de datos de la oficina vacía…</translation>
    </message>
    <message>
        <source>Saving the restored database. This cannot be canceled now.</source>
        <translation>Guardando la base de datos restaurada. Ya no se puede cancelar.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseDetailPanel</name>
    <message>
        <source>Select a case in the list to see its details.</source>
        <translation>Seleccione un caso de la lista para ver sus detalles.</translation>
    </message>
    <message>
        <source>Show sensitive fields</source>
        <translation>Mostrar campos sensibles</translation>
    </message>
    <message>
        <source>Immigration status, A-number, address and other fields that could endanger the client, and the witnesses&apos; contact details. Showing them is recorded in the audit log.</source>
        <translation>Estatus migratorio, número A, dirección y otros datos que podrían poner en peligro al cliente, y los datos de contacto de los testigos. Mostrarlos queda registrado en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseEditor</name>
    <message>
        <source>The case this draft belongs to no longer exists; the draft will be saved as a new case.</source>
        <translation>El caso al que pertenece este borrador ya no existe; el borrador se guardará como un caso nuevo.</translation>
    </message>
    <message>
        <source>Restored the unsaved draft from %1. Save it to keep it.</source>
        <translation>Se recuperó el borrador no guardado de %1. Guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>Remove Incident</source>
        <translation>Quitar incidente</translation>
    </message>
    <message>
        <source>Remove incident %1 and everything entered for it?</source>
        <translation>¿Quitar el incidente %1 y todo lo que se anotó en él?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Not saved yet: please fix the fields marked in red.</source>
        <translation>Aún no se guardó: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept in a draft.</source>
        <translation>No se guardó: %1 Sus datos se conservan en un borrador.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard the changes to this case?</source>
        <translation>¿Descartar los cambios en este caso?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>That client changed meanwhile; search again.</source>
        <translation>Ese cliente cambió mientras tanto; busque de nuevo.</translation>
    </message>
    <message>
        <source>Linked to the existing client of %1.</source>
        <translation>Vinculado al cliente existente de %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidentes</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Agregar incidente</translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation>Quitar incidente</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Quejas presentadas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>Guardar el caso (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>Guardar caso</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <source>Filing and follow-&amp;ups</source>
        <translation>Presentación y &amp;seguimientos</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Save the case first; then attach photos, recordings and documents.</source>
        <translation>Guarde primero el caso; después adjunte fotos, grabaciones y documentos.</translation>
    </message>
    <message>
        <source>Case Changed Elsewhere</source>
        <translation>Caso modificado en otro lugar</translation>
    </message>
    <message>
        <source>Not saved: this case was changed elsewhere. Your entries are kept in a draft.</source>
        <translation>No se guardó: este caso fue modificado en otro lugar. Lo que escribió se conserva en un borrador.</translation>
    </message>
    <message>
        <source>This case was deleted elsewhere. Saving will keep your entries in a draft; nothing is lost.</source>
        <translation>Este caso fue eliminado en otro lugar. Al guardar, lo que escribió se conserva en un borrador; no se pierde nada.</translation>
    </message>
    <message>
        <source>This case was changed elsewhere (in another window or by trustdesk-cli) since you opened it. When you save, you choose which version to keep.</source>
        <translation>Este caso fue modificado en otro lugar (en otra ventana o con trustdesk-cli) desde que lo abrió. Al guardar, usted elige qué versión conservar.</translation>
    </message>
    <message>
        <source>Not revealed: %1</source>
        <translation>No se muestra: %1</translation>
    </message>
    <message>
        <source>no field you can see (the same values were saved again)</source>
        <translation>ningún campo visible (se volvieron a guardar los mismos valores)</translation>
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

Cambios desde que lo abrió: %2.

¿Conservar su versión (reemplaza la otra, y el registro de auditoría anota que usted la sobrescribió), tomar la otra (su versión se guarda como borrador) o volver a editar?</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Mantener la mía</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Tomar la otra</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>Their version was not loaded: yours could not be kept as a draft, so it stays here.</source>
        <translation>No se cargó la otra versión: la suya no se pudo guardar como borrador, así que sigue aquí.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1. Your version is kept as an unsaved draft; TrustDesk offers it again when it next starts.</source>
        <translation>Se cargó la versión guardada por %1. Su versión se conserva como borrador sin guardar; TrustDesk se la ofrecerá de nuevo la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1.</source>
        <translation>Se cargó la versión guardada por %1.</translation>
    </message>
    <message>
        <source>Office Server Unreachable</source>
        <translation>No se puede conectar con el servidor de la oficina</translation>
    </message>
    <message>
        <source>%1

Your entries stay in this form and in a draft on this computer.</source>
        <translation>%1

Lo que escribió sigue en este formulario y en un borrador en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListExportDialog</name>
    <message>
        <source>Export Case List</source>
        <translation>Exportar lista de casos</translation>
    </message>
    <message>
        <source>Also include these sensitive columns</source>
        <translation>Incluir también estas columnas sensibles</translation>
    </message>
    <message>
        <source>The file will hold facts that can expose clients to immigration enforcement. Keep it on an encrypted disk and delete it when done.</source>
        <translation>El archivo tendrá datos que pueden exponer a los clientes ante las autoridades de inmigración. Guárdelo en un disco cifrado y elimínelo cuando termine.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) of the current list, in its order, go to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</source>
        <translation>
            <numerusform>El %n caso de la lista actual va a un archivo de hoja de cálculo, CSV o libro de Excel (referencia, estado, fechas, responsable del caso, nombre e idioma del cliente). La exportación queda en el registro de auditoría.</numerusform>
            <numerusform>Los %n casos de la lista actual, en su orden, van a un archivo de hoja de cálculo, CSV o libro de Excel (referencia, estado, fechas, responsable del caso, nombre e idioma del cliente). La exportación queda en el registro de auditoría.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListPage</name>
    <message>
        <source>Search names, places, narratives, officers, badge numbers…</source>
        <translation>Buscar nombres, lugares, relatos, agentes, números de placa…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Todavía no hay casos</translation>
    </message>
    <message>
        <source>Start with the person in front of you: New Case opens the intake form. Add your office&apos;s name, address, phone and email too: client copies and handouts print them, so clients know how to reach you.</source>
        <translation>Empiece por la persona que tiene delante: Nuevo caso abre el formulario de admisión. Agregue también el nombre, la dirección, el teléfono y el correo electrónico de su oficina: las copias para el cliente y las hojas informativas los imprimen, para que los clientes sepan cómo comunicarse con usted.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseWorkspace</name>
    <message>
        <source>The case could not be opened.</source>
        <translation>No se pudo abrir el caso.</translation>
    </message>
    <message>
        <source>TrustDesk closed before your changes to %1 (%2) were saved. The draft is from %3.

Restore it?</source>
        <translation>TrustDesk se cerró antes de guardar sus cambios en %1 (%2). El borrador es del %3.

¿Recuperarlo?</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>un caso</translation>
    </message>
    <message>
        <source>TrustDesk closed before a new case for %1 was saved. The draft is from %2.

Restore it?</source>
        <translation>TrustDesk se cerró antes de guardar un caso nuevo de %1. El borrador es del %2.

¿Recuperarlo?</translation>
    </message>
    <message>
        <source>Restore Unsaved Draft</source>
        <translation>Recuperar borrador no guardado</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Eliminar caso</translation>
    </message>
    <message>
        <source>Delete %1 (%2) and everything recorded in it? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>¿Eliminar %1 (%2) y todo lo que contiene? No se puede deshacer; el registro de auditoría guarda constancia de que se eliminó.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <source>&amp;Edit Case</source>
        <translation>&amp;Editar caso</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>E&amp;liminar caso…</translation>
    </message>
    <message>
        <source>Save the case first: the report is made from what is stored.</source>
        <translation>Guarde primero el caso: el informe se hace con lo que está guardado.</translation>
    </message>
    <message>
        <source>Complaint &amp;Report…</source>
        <translation>&amp;Informe de queja…</translation>
    </message>
    <message>
        <source>Unsaved Draft Damaged</source>
        <translation>Borrador sin guardar dañado</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</source>
        <translation>
            <numerusform>No se pudo abrir %n borrador sin guardar: el archivo se modificó o se dañó en el disco, así que no se restauró. Se guardó aparte en %1.</numerusform>
            <numerusform>No se pudieron abrir %n borradores sin guardar: el archivo se modificó o se dañó en el disco, así que no se restauró. Se guardó aparte en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseworkerProfileDialog</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>Bienvenido a TrustDesk</translation>
    </message>
    <message>
        <source>Who is using TrustDesk on this computer? Your name and role are recorded with every change to a case and every look at a client&apos;s sensitive information, in the audit log and in the evidence chain of custody. You can change them later in Preferences.</source>
        <translation>¿Quién usa TrustDesk en este equipo? Su nombre y su función se registran con cada cambio en un caso y cada consulta de la información sensible de un cliente, en el registro de auditoría y en la cadena de custodia de las pruebas. Puede cambiarlos más tarde en Preferencias.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Caseworker Profile</source>
        <translation>Perfil del responsable del caso</translation>
    </message>
    <message>
        <source>Entries made from now on are recorded under this name and role. Entries already in the audit log keep the name they were made under.</source>
        <translation>Las entradas hechas a partir de ahora se registran con este nombre y función. Las entradas que ya están en el registro de auditoría conservan el nombre con el que se hicieron.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Su nombre completo</translation>
    </message>
    <message>
        <source>For example: caseworker, supervisor, interpreter</source>
        <translation>Por ejemplo: responsable del caso, supervisor, intérprete</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Su oficina</translation>
    </message>
    <message>
        <source>How a client reaches you: printed on client copies and handouts. Leave empty what you do not want printed.</source>
        <translation>Cómo se comunica un cliente con usted: se imprime en las copias para el cliente y las hojas informativas. Deje vacío lo que no quiera que se imprima.</translation>
    </message>
    <message>
        <source>O&amp;ffice name:</source>
        <translation>Nombre de la &amp;oficina:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>La de este equipo (%1)</translation>
    </message>
    <message>
        <source>Photo capture times and other times are shown in this zone.</source>
        <translation>La hora de las fotos y las demás horas se muestran en esta zona.</translation>
    </message>
</context>
<context>
    <name>td::ui::ChangePassphraseDialog</name>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Escriba la contraseña actual.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La contraseña actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1 The old passphrase still opens the database.</source>
        <translation>No se pudo cambiar la contraseña: %1 La contraseña anterior sigue abriendo la base de datos.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on; the old one no longer does. The recovery key you wrote down keeps working. Backups made before today still open with the passphrase of their day.</source>
        <translation>Desde ahora, la contraseña nueva abre esta base de datos y la anterior ya no. La clave de recuperación que anotó sigue sirviendo. Las copias de seguridad hechas antes de hoy se siguen abriendo con la contraseña que había ese día.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmar</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>Ca&amp;mbiar contraseña</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la contraseña…</translation>
    </message>
</context>
<context>
    <name>td::ui::ClientForm</name>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>As the client writes it, in any script</source>
        <translation>Como lo escribe el cliente, en cualquier alfabeto</translation>
    </message>
    <message>
        <source>e.g. 617-555-0142</source>
        <translation>p. ej. 617-555-0142</translation>
    </message>
    <message>
        <source>e.g. A123-456-789</source>
        <translation>p. ej. A123-456-789</translation>
    </message>
    <message>
        <source>&amp;Link case to this client</source>
        <translation>&amp;Vincular el caso a este cliente</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Possible matching clients</source>
        <translation>Posibles clientes coincidentes</translation>
    </message>
    <message>
        <source>This case is linked to a client already in the database: edits here update that client everywhere.</source>
        <translation>Este caso está vinculado a un cliente que ya está en la base de datos: los cambios aquí actualizan ese cliente en todas partes.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
    <message>
        <source>%1 (%2), cases: %3</source>
        <translation>%1 (%2), casos: %3</translation>
    </message>
    <message>
        <source>This client may already be in the database. Link this case to them instead of creating a duplicate?</source>
        <translation>Puede que este cliente ya esté en la base de datos. ¿Vincular este caso a ese cliente en lugar de crear un duplicado?</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Reveal All Sensitive Fields</source>
        <translation>Mostrar todos los campos sensibles</translation>
    </message>
    <message>
        <source>Show every hidden sensitive field (%1); recorded in the audit log</source>
        <translation>Mostrar todos los campos sensibles ocultos (%1); queda anotado en el registro de auditoría</translation>
    </message>
    <message>
        <source>Anonymous Client</source>
        <translation>Cliente anónimo</translation>
    </message>
    <message>
        <source>An anonymous client&apos;s name is not kept. Remove the name from this case now?</source>
        <translation>El nombre de un cliente anónimo no se guarda. ¿Quitar ahora el nombre de este caso?</translation>
    </message>
    <message>
        <source>&amp;Remove the Name</source>
        <translation>&amp;Quitar el nombre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>td::ui::ComplaintReportDialog</name>
    <message>
        <source>Complaint Submission: %1</source>
        <translation>Presentación de la queja: %1</translation>
    </message>
    <message>
        <source>Another body…</source>
        <translation>Otro organismo…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>Nombre del organismo</translation>
    </message>
    <message>
        <source>The caseworker or office, on the client&apos;s behalf</source>
        <translation>El responsable del caso o la oficina, en nombre del cliente</translation>
    </message>
    <message>
        <source>The client, in their own name</source>
        <translation>El cliente, en su propio nombre</translation>
    </message>
    <message>
        <source>Anonymous: name nobody</source>
        <translation>Anónima: sin nombrar a nadie</translation>
    </message>
    <message>
        <source>&amp;Filed by:</source>
        <translation>&amp;Presentada por:</translation>
    </message>
    <message>
        <source>Filer&apos;s &amp;name:</source>
        <translation>&amp;Nombre de quien presenta:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Leave empty for the standard request: investigate, keep the client&apos;s identity confidential, give a tracking number, report the outcome.</source>
        <translation>Déjelo vacío para la solicitud estándar: investigar, mantener confidencial la identidad del cliente, dar un número de seguimiento e informar el resultado.</translation>
    </message>
    <message>
        <source>&amp;Requested action:</source>
        <translation>&amp;Acción solicitada:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Pa&amp;pel:</translation>
    </message>
    <message>
        <source>Withheld from the document</source>
        <translation>Omitido del documento</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Incluir %1</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Client Copy…</source>
        <translation>&amp;Copia para el cliente…</translation>
    </message>
    <message>
        <source>A short copy for the client, in their language: what was filed and the next steps</source>
        <translation>Una copia breve para el cliente, en su idioma: qué se presentó y los próximos pasos</translation>
    </message>
    <message>
        <source>The client&apos;s consent to file is not recorded: the document is marked as a draft.</source>
        <translation>El consentimiento del cliente para presentar la queja no está registrado: el documento se marca como borrador.</translation>
    </message>
    <message>
        <source>Included deliberately: %1. The document will show these values, and the choice is recorded in the audit log.</source>
        <translation>Incluido a propósito: %1. El documento mostrará estos datos y la decisión queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Include Sensitive Information</source>
        <translation>Incluir información sensible</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1 to %2. Include it?</source>
        <translation>Este documento mostrará el dato del cliente &quot;%1&quot; a %2. ¿Incluirlo?</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Complaint Submission</source>
        <translation>Presentación de la queja</translation>
    </message>
    <message>
        <source>Print Complaint Submission</source>
        <translation>Imprimir presentación de la queja</translation>
    </message>
    <message>
        <source>%1 complaint.pdf</source>
        <translation>%1 queja.pdf</translation>
    </message>
    <message>
        <source>%1 client copy.pdf</source>
        <translation>%1 copia del cliente.pdf</translation>
    </message>
    <message>
        <source>Client Copy</source>
        <translation>Copia para el cliente</translation>
    </message>
    <message>
        <source>These facts about the client and the witnesses are left out; the document names the kinds withheld, never their values. Tick one only when the person concerned agrees it must go to this body.</source>
        <translation>Estos datos del cliente y de los testigos se omiten; el documento nombra los tipos omitidos, nunca sus valores. Marque uno solo si la persona afectada está de acuerdo en que debe llegar a este organismo.</translation>
    </message>
    <message>
        <source>This document will show %1 to %2. Include them?</source>
        <translation>Este documento mostrará &quot;%1&quot; a %2. ¿Incluirlos?</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1, and %2, to %3. Include them?</source>
        <translation>Este documento mostrará el dato del cliente &quot;%1&quot;, y &quot;%2&quot;, a %3. ¿Incluirlos?</translation>
    </message>
    <message>
        <source>Words that may reveal immigration status</source>
        <translation>Palabras que pueden revelar la situación migratoria</translation>
    </message>
    <message>
        <source>Mask them in the document</source>
        <translation>Ocultarlas en el documento</translation>
    </message>
    <message>
        <source>&amp;Mask These</source>
        <translation>&amp;Ocultar estas</translation>
    </message>
    <message>
        <source>These words are masked as [withheld] in the document. The case itself keeps them.</source>
        <translation>Estas palabras aparecen como [ocultado] en el documento. El caso en sí las conserva.</translation>
    </message>
    <message>
        <source>The case&apos;s text has words that may tell the reader the client&apos;s immigration status. They are printed as written unless you mask them. Withheld values found in the text are always masked.</source>
        <translation>El texto del caso tiene palabras que pueden revelar al lector la situación migratoria del cliente. Se imprimen tal como están escritas a menos que las oculte. Los valores ocultados que aparecen en el texto siempre se ocultan.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Abrir P&amp;DF</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Abrir carp&amp;eta</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <source>No program to open &quot;%1&quot; was found.</source>
        <translation>No se encontró ningún programa para abrir &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>No se pudo abrir la carpeta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Laying out &quot;%1&quot;…</source>
        <translation>Preparando &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Escribiendo la página %1 de %2…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in %2.</source>
        <translation>Se guardó &quot;%1&quot; en %2.</translation>
    </message>
    <message>
        <source>Stopped. No PDF was saved.</source>
        <translation>Detenido. No se guardó ningún PDF.</translation>
    </message>
</context>
<context>
    <name>td::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <translation>Conectar al servidor de la oficina</translation>
    </message>
    <message>
        <source>Your office keeps its cases on a shared server. Enter what your administrator gave you.</source>
        <translation>Su oficina guarda sus casos en un servidor compartido. Escriba los datos que le dio su administrador.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org, o una carpeta de socket como /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>Su &amp;nombre de usuario:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Autoridad de certificación:</translation>
    </message>
    <message>
        <source>Optional: the office&apos;s certificate file (PEM)</source>
        <translation>Opcional: el archivo de certificado de la oficina (PEM)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>&amp;URI de conexión:</translation>
    </message>
    <message>
        <source>postgresql://login@server/database</source>
        <translation>postgresql://usuario@servidor/base_de_datos</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Only when the server asks for one. It is kept in memory for this session and never saved.</source>
        <translation>Solo si el servidor la pide. Se guarda en la memoria durante esta sesión y nunca se almacena.</translation>
    </message>
    <message>
        <source>Paste a connection URI &amp;instead</source>
        <translation>Pegar un URI de conexión en su &amp;lugar</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql:// — for example postgresql://login@server/database.</source>
        <translation>Un URI de conexión empieza por postgresql://; por ejemplo, postgresql://usuario@servidor/base_de_datos.</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Enter a name such as db.example.org, an address, or a socket folder starting with /.</source>
        <translation>“%1” no es un nombre de servidor. Escriba un nombre como db.example.org, una dirección o una carpeta de socket que empiece por /.</translation>
    </message>
    <message>
        <source>The socket folder %1 does not exist on this computer.</source>
        <translation>La carpeta de socket %1 no existe en este equipo.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>El puerto es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the office&apos;s database (your administrator knows it).</source>
        <translation>Escriba el nombre de la base de datos de la oficina (su administrador lo sabe).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de la autoridad de certificación %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connecting was cancelled. What you typed is still here.</source>
        <translation>Se canceló la conexión. Lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <source>Restore into an Empty Office Database</source>
        <translation>Restaurar en una base de datos de la oficina vacía</translation>
    </message>
    <message>
        <source>An office backup is restored only into an empty office database, never over one that holds cases. Make a new database on the server (createdb), then enter it here; the server and login are those you are connected with. Continue checks that it is empty before anything is written.</source>
        <translation>Una copia de seguridad de la oficina solo se restaura en una base de datos de la oficina vacía, nunca sobre una que tenga casos. Cree una base de datos nueva en el servidor (createdb) y luego escriba su nombre aquí; el servidor y el usuario son los de su conexión actual. “Continuar” comprueba que esté vacía antes de escribir nada.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Con&amp;tinuar</translation>
    </message>
    <message>
        <source>Checking that the database is empty…</source>
        <translation>Comprobando que la base de datos esté vacía…</translation>
    </message>
    <message>
        <source>Checking the office database…</source>
        <translation>Comprobando la base de datos de la oficina…</translation>
    </message>
    <message>
        <source>Checking was cancelled. What you typed is still here.</source>
        <translation>Se canceló la comprobación. Lo que escribió sigue aquí.</translation>
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
        <translation>p. ej. %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EncryptDatabaseDialog</name>
    <message>
        <source>The database was not encrypted; it is as it was.
%1</source>
        <translation>La base de datos no se cifró; está como estaba.
%1</translation>
    </message>
    <message>
        <source>Canceling… nothing will be changed.</source>
        <translation>Cancelando… no se cambiará nada.</translation>
    </message>
    <message>
        <source>Encrypt This Database</source>
        <translation>Cifrar esta base de datos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Encrypt %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Once encrypted, nobody can read the clients&apos; names, addresses, immigration status, the evidence files or anything else in this database without it, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;An encrypted copy is made beside the database and checked against it; only then does it take the original&apos;s place, and the unencrypted files are deleted. If the passphrase is forgotten, the only way back in is the recovery key shown before the switch.&lt;/p&gt;&lt;p&gt;Deleted files can linger in the disk&apos;s free space: full-disk encryption of this computer is what removes that last trace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cifrar %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Elija una contraseña. Una vez cifrada, nadie puede leer los nombres, las direcciones, la situación migratoria de los clientes, los archivos de pruebas ni nada más de esta base de datos sin ella, aunque tenga en sus manos el disco de este equipo. La escribirá cada vez que se inicie TrustDesk.&lt;/p&gt;&lt;p&gt;Se hace una copia cifrada junto a la base de datos y se compara con ella; solo entonces ocupa el lugar del original, y se borran los archivos sin cifrar. Si se olvida la contraseña, la única forma de volver a entrar es la clave de recuperación que se muestra antes del cambio.&lt;/p&gt;&lt;p&gt;Los archivos borrados pueden quedar en el espacio libre del disco: el cifrado de disco completo de este equipo es lo que elimina ese último rastro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Co&amp;ntraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Cifrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Revisando la base de datos…</translation>
    </message>
    <message>
        <source>Encrypting the cases…</source>
        <translation>Cifrando los casos…</translation>
    </message>
    <message>
        <source>Comparing the encrypted copy with the original…</source>
        <translation>Comparando la copia cifrada con el original…</translation>
    </message>
    <message>
        <source>Encrypting the evidence files…</source>
        <translation>Cifrando los archivos de pruebas…</translation>
    </message>
    <message>
        <source>Putting the encrypted database in place…</source>
        <translation>Colocando la base de datos cifrada en su lugar…</translation>
    </message>
    <message>
        <source>The encrypted copy is ready and checked. This is its recovery key, shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase. The encrypted copy takes the original&apos;s place when you continue.</source>
        <translation>La copia cifrada está lista y revisada. Esta es su clave de recuperación, que se muestra solo esta vez. Anótela o imprímala, y guárdela en un lugar seguro, lejos de este equipo. Abre la base de datos si se olvida la contraseña, así que protéjala como la contraseña. La copia cifrada ocupa el lugar del original cuando continúe.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>&amp;Guardar como archivo…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>Lo he &amp;anotado o guardado en un lugar seguro</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Con&amp;tinuar</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceDetailsDialog</name>
    <message>
        <source>Evidence Details</source>
        <translation>Datos de la prueba</translation>
    </message>
    <message>
        <source>Correct what was recorded about this file. The file itself never changes, and the correction is kept in its chain of custody.</source>
        <translation>Corrija lo que se registró sobre este archivo. El archivo en sí nunca cambia, y la corrección se conserva en su cadena de custodia.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>Se des&amp;conoce</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>Date ca&amp;ptured:</source>
        <translation>Fecha de ca&amp;ptura:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>The date captured is in the future. Pick a date and time that have passed, or tick Unknown.</source>
        <translation>La fecha de captura está en el futuro. Elija una fecha y hora que ya hayan pasado, o marque Se desconoce.</translation>
    </message>
    <message>
        <source>The details were not saved. %1</source>
        <translation>No se guardaron los datos. %1</translation>
    </message>
    <message>
        <source>The office&apos;s time zone (Preferences)</source>
        <translation>La zona horaria de la oficina (Preferencias)</translation>
    </message>
    <message>
        <source>Where this time comes from: %1</source>
        <translation>De dónde viene esta hora: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePanel</name>
    <message>
        <source>Select an item to see its details and chain of custody.</source>
        <translation>Seleccione un elemento para ver sus datos y su cadena de custodia.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>Agregado el %1 por %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Solo se importaron los datos; el archivo no está en el almacén de pruebas.</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(no leído)</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Adjuntando %n archivo…</numerusform>
            <numerusform>Adjuntando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying every evidence file…</source>
        <translation>Verificando todos los archivos de prueba…</translation>
    </message>
    <message>
        <source>Checking the file before opening it…</source>
        <translation>Comprobando el archivo antes de abrirlo…</translation>
    </message>
    <message>
        <source>Nothing was removed: give a reason for removing evidence.</source>
        <translation>No se retiró nada: indique el motivo para retirar la prueba.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; the reason is kept in the chain of custody.</source>
        <translation>Se retiró &quot;%1&quot;; el motivo se conserva en la cadena de custodia.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Canceled: nothing half-done was kept.</source>
        <translation>Cancelado: no se conservó nada a medias.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of case %1 (%n item(s))</source>
        <translation>
            <numerusform>Pruebas del caso %1 (%n elemento)</numerusform>
            <numerusform>Pruebas del caso %1 (%n elementos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Copy files into the evidence store; you can also drop files here.</source>
        <translation>Copiar archivos al almacén de pruebas; también puede soltar archivos aquí.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Verify All</source>
        <translation>Verificar todo</translation>
    </message>
    <message>
        <source>Re-hash every evidence file and report any that changed, are missing or unexpected.</source>
        <translation>Volver a calcular el hash de cada archivo de prueba e informar de los que cambiaron, faltan o son inesperados.</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>SHA-256 at that moment</source>
        <translation>SHA-256 en ese momento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>The item is no longer on this case; it may have been removed in another window.</source>
        <translation>El elemento ya no está en este caso; puede que se haya retirado en otra ventana.</translation>
    </message>
    <message>
        <source>Saved the details of &quot;%1&quot;; the edit is recorded in the chain of custody.</source>
        <translation>Se guardaron los datos de &quot;%1&quot;; el cambio queda registrado en la cadena de custodia.</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <source>Correct the description, source or date captured (F2).</source>
        <translation>Corregir la descripción, el origen o la fecha de captura (F2).</translation>
    </message>
    <message>
        <source>The same redacted copy is already item %1.</source>
        <translation>La misma copia con partes ocultas ya es el elemento %1.</translation>
    </message>
    <message>
        <source>Saved the redacted copy as item %1; the original is unchanged.</source>
        <translation>Se guardó la copia con partes ocultas como elemento %1; el original no cambia.</translation>
    </message>
    <message>
        <source>Checking the file before redacting it…</source>
        <translation>Revisando el archivo antes de ocultar partes…</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>Ocultar partes…</translation>
    </message>
    <message>
        <source>Make a copy of this image with faces, plates or other details covered; the original is kept unchanged.</source>
        <translation>Hacer una copia de esta imagen con rostros, placas u otros datos tapados; el original se conserva sin cambios.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePreviewDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Prueba: %1</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Audio and video are not played inside TrustDesk. Use Open with System Player.</source>
        <translation>El audio y el video no se reproducen dentro de TrustDesk. Use Abrir con el reproductor del sistema.</translation>
    </message>
    <message>
        <source>TrustDesk cannot show this kind of file. Use Open with System Viewer.</source>
        <translation>TrustDesk no puede mostrar este tipo de archivo. Use Abrir con el visor del sistema.</translation>
    </message>
    <message>
        <source>Open with System Player</source>
        <translation>Abrir con el reproductor del sistema</translation>
    </message>
    <message>
        <source>Open with System Viewer</source>
        <translation>Abrir con el visor del sistema</translation>
    </message>
    <message>
        <source>Hand the checked file to the system&apos;s own viewer or player.</source>
        <translation>Pasar el archivo ya comprobado al visor o reproductor del propio sistema.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Tamaño: %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>This image could not be shown: it may be damaged, in a format TrustDesk cannot read, or too large to decode safely.</source>
        <translation>No se pudo mostrar esta imagen: puede estar dañada, estar en un formato que TrustDesk no puede leer o ser demasiado grande para decodificarla de forma segura.</translation>
    </message>
    <message>
        <source>Only the first %1 are shown. Open with System Viewer to see all of it.</source>
        <translation>Solo se muestran los primeros %1. Use Abrir con el visor del sistema para verlo completo.</translation>
    </message>
    <message>
        <source>The PDF renderer could not be started. Use Open with System Viewer.</source>
        <translation>No se pudo iniciar el programa que dibuja las páginas del PDF. Use Abrir con el visor del sistema.</translation>
    </message>
    <message numerus="yes">
        <source>Showing this PDF took longer than %n second(s) and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</source>
        <translation>
            <numerusform>Mostrar este PDF tardó más de %n segundo y se detuvo. Puede estar dañado o estar hecho para sobrecargar un visor; use Abrir con el visor del sistema si confía en él.</numerusform>
            <numerusform>Mostrar este PDF tardó más de %n segundos y se detuvo. Puede estar dañado o estar hecho para sobrecargar un visor; use Abrir con el visor del sistema si confía en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF could not be shown: it may be damaged, not really a PDF, or need more memory than a preview may use. Use Open with System Viewer if you trust it.</source>
        <translation>No se pudo mostrar este PDF: puede estar dañado, no ser realmente un PDF o necesitar más memoria de la que puede usar una vista previa. Use Abrir con el visor del sistema si confía en él.</translation>
    </message>
    <message>
        <source>This PDF could not be shown: it has no pages TrustDesk can read. Use Open with System Viewer if you trust it.</source>
        <translation>No se pudo mostrar este PDF: no tiene páginas que TrustDesk pueda leer. Use Abrir con el visor del sistema si confía en él.</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be shown.</source>
        <translation>No se pudo mostrar la página %1 de este PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>This database is encrypted, so its evidence is never written out decrypted. Export the case&apos;s evidence to a folder to open it in another program.</source>
        <translation>Esta base de datos está cifrada, así que sus pruebas nunca se escriben descifradas. Exporte las pruebas del caso a una carpeta para abrirlas en otro programa.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because poppler&apos;s pdftoppm and pdfinfo are not installed (package poppler-utils). Export the file to open it in another program.</source>
        <translation>Aquí no se pueden mostrar las páginas del PDF porque pdftoppm y pdfinfo de poppler no están instalados (paquete poppler-utils). Exporte el archivo para abrirlo en otro programa.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely: bubblewrap (package bubblewrap) is needed to keep the file away from your other files.</source>
        <translation>Aquí no se pueden mostrar las páginas del PDF porque el PDF no se puede abrir de forma segura: se necesita bubblewrap (paquete bubblewrap) para mantener el archivo apartado de sus demás archivos.</translation>
    </message>
    <message>
        <source>This PDF is too large to be shown here. Export it to open it in another program.</source>
        <translation>Este PDF es demasiado grande para mostrarlo aquí. Expórtelo para abrirlo en otro programa.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely.</source>
        <translation>Aquí no se pueden mostrar las páginas del PDF porque el PDF no se puede abrir de forma segura.</translation>
    </message>
    <message>
        <source>Evidence on the office server is encrypted with the office key and is never written out decrypted on this computer. Export it (trustdesk-cli evidence-export) to open it in another program.</source>
        <translation>Las pruebas del servidor de la oficina están cifradas con la clave de la oficina y nunca se escriben descifradas en este equipo. Expórtelas (trustdesk-cli evidence-export) para abrirlas en otro programa.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceThumbnailProxy</name>
    <message>
        <source>The evidence on this office server is encrypted with the office key, which is not unlocked: it cannot be shown, attached or redacted here. Connect again (File › Connect to Office Server…) and give your office key passphrase to open it.</source>
        <translation>Las pruebas de este servidor de la oficina están cifradas con la clave de la oficina, que no está desbloqueada: aquí no se pueden mostrar, adjuntar ni ocultar partes de ellas. Vuelva a conectarse (Archivo › Conectar al servidor de la oficina…) e indique su contraseña de la clave de la oficina para abrirlas.</translation>
    </message>
</context>
<context>
    <name>td::ui::FollowUpsDock</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Vencidos (%1)</translation>
    </message>
    <message>
        <source>Due within a week (%1)</source>
        <translation>Vencen en una semana (%1)</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>Nada vencido ni pendiente esta semana.</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleList</name>
    <message>
        <source>Overview</source>
        <translation>Resumen general</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infracciones</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>The law</source>
        <translation>La ley</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleView</name>
    <message>
        <source>Source %1: %2
%3</source>
        <translation>Fuente %1: %2
%3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Ir a “%1”</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceBrowser</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Load Guidance Folder…</source>
        <translation>&amp;Cargar carpeta de orientación…</translation>
    </message>
    <message>
        <source>Read a guidance pack your office keeps in a folder</source>
        <translation>Leer un paquete de orientación que su oficina guarda en una carpeta</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Guidance</source>
        <translation>Usar la orientación &amp;incluida</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print this article as a handout in the language shown</source>
        <translation>Imprimir este artículo como hoja informativa en el idioma que se muestra</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save this article as a PDF handout in the language shown</source>
        <translation>Guardar este artículo como hoja informativa en PDF en el idioma que se muestra</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>Show the article in two languages at once</source>
        <translation>Mostrar el artículo en dos idiomas a la vez</translation>
    </message>
    <message>
        <source>&amp;Search Guidance</source>
        <translation>&amp;Buscar en la orientación</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Rights Guidance — TrustDesk</source>
        <translation>Guía de derechos — TrustDesk</translation>
    </message>
    <message>
        <source>Rights Guidance: %1 — TrustDesk</source>
        <translation>Guía de derechos: %1 — TrustDesk</translation>
    </message>
    <message>
        <source>%1 · version %2 · last reviewed %3</source>
        <translation>%1 · versión %2 · revisado por última vez el %3</translation>
    </message>
    <message>
        <source>Built-in guidance</source>
        <translation>Orientación incluida</translation>
    </message>
    <message>
        <source>Rights Guidance</source>
        <translation>Guía de derechos</translation>
    </message>
    <message>
        <source>The guidance in %1 cannot be used, so the guidance already open stays in use.

%2</source>
        <translation>La orientación de %1 no se puede usar, así que se sigue usando la que ya está abierta.

%2</translation>
    </message>
    <message>
        <source>Loaded guidance from %1</source>
        <translation>Orientación cargada desde %1</translation>
    </message>
    <message>
        <source>Load Guidance Folder</source>
        <translation>Cargar carpeta de orientación</translation>
    </message>
    <message>
        <source>Category code: %1</source>
        <translation>Código de categoría: %1</translation>
    </message>
    <message>
        <source>Category codes: %1</source>
        <translation>Códigos de categoría: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Fuente %1: %2</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Nothing about the case is sent.</source>
        <translation>¿Abrir esta dirección en su navegador web? No se envía nada sobre el caso.</translation>
    </message>
    <message>
        <source>Open Source</source>
        <translation>Abrir fuente</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <translation>[%1] %2 — %3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Ir a “%1”</translation>
    </message>
    <message>
        <source>Print Guidance Handout</source>
        <translation>Imprimir hoja informativa de orientación</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Installed guidance update</source>
        <translation>Actualización de la orientación instalada</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidancePane</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original text, in the language the guidance was written in.</source>
        <translation>Texto original, en el idioma en que se escribió la orientación.</translation>
    </message>
    <message>
        <source>Translation reviewed by a native speaker.</source>
        <translation>Traducción revisada por un hablante nativo.</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet reviewed by a native speaker.</source>
        <translation>Traducción asistida por máquina, aún no revisada por un hablante nativo.</translation>
    </message>
    <message>
        <source>The %1 text is authoritative.</source>
        <translation>El texto en %1 es el que tiene validez.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Fuentes revisadas por última vez: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceSearchPanel</name>
    <message>
        <source>Search the guidance…</source>
        <translation>Buscar en la orientación…</translation>
    </message>
    <message>
        <source>&amp;All languages</source>
        <translation>&amp;Todos los idiomas</translation>
    </message>
    <message>
        <source>Search every translation instead of only the language shown</source>
        <translation>Buscar en todas las traducciones en lugar de solo en el idioma que se muestra</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::IncidentForm</name>
    <message>
        <source>Read the rights guidance</source>
        <translation>Leer la guía de derechos</translation>
    </message>
    <message>
        <source>Street address, intersection or landmark</source>
        <translation>Dirección, cruce de calles o punto de referencia</translation>
    </message>
    <message>
        <source>e.g. Boston Police Department</source>
        <translation>p. ej. Departamento de Policía de Boston</translation>
    </message>
    <message>
        <source>What happened, in the client&apos;s words, in order.</source>
        <translation>Qué pasó, con las palabras del cliente, en orden.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>Rights guidance: %1</source>
        <translation>Orientación sobre derechos: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::LockScreen</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Esa contraseña no es correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>TrustDesk is locked</source>
        <translation>TrustDesk está bloqueado</translation>
    </message>
    <message>
        <source>Case data is hidden while you are away. Enter the app passphrase to continue.</source>
        <translation>Los datos de los casos se ocultan mientras usted no está. Escriba la contraseña de la aplicación para continuar.</translation>
    </message>
    <message>
        <source>App passphrase</source>
        <translation>Contraseña de la aplicación</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>Escriba la clave de recuperación.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Escriba la contraseña.</translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>Esa clave de recuperación no abre esta base de datos.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Esa contraseña no es correcta.</translation>
    </message>
    <message numerus="yes">
        <source>%1 You can try again in %n second(s).</source>
        <translation>
            <numerusform>%1 Puede volver a intentarlo en %n segundo.</numerusform>
            <numerusform>%1 Puede volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the database %1 was made: 13 groups of four letters and digits.</source>
        <translation>Escriba la clave de recuperación que anotó cuando se creó la base de datos %1: 13 grupos de cuatro letras y cifras.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>La base de datos %1 está cifrada. Escriba su contraseña para abrirla.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>Usar la &amp;contraseña en su lugar</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key</source>
        <translation>¿Olvidó la contraseña? Use la clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>No passphrase protects this database: it is closed, but anyone at this computer could open it again. Set an app passphrase now to continue; better still, encrypt the database afterwards (Encrypt… in the banner) so its file cannot be read without you.</source>
        <translation>Ninguna contraseña protege esta base de datos: está cerrada, pero cualquiera en este equipo podría volver a abrirla. Establezca ahora una contraseña de la aplicación para continuar; mejor aún, cifre después la base de datos (Cifrar… en el aviso) para que su archivo no se pueda leer sin usted.</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>&amp;Establecer una contraseña…</translation>
    </message>
    <message>
        <source>Enter your passphrase for the office key.</source>
        <translation>Escriba su contraseña de la clave de la oficina.</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key.</source>
        <translation>Esa contraseña no abre la clave de la oficina.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was opened; you can try again.</source>
        <translation>Detenido. No se abrió nada; puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>Connecting to the office server and unlocking the office key…</source>
        <translation>Conectando con el servidor de la oficina y desbloqueando la clave de la oficina…</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Conectando con el servidor de la oficina…</translation>
    </message>
    <message>
        <source>Case data on the office server (database %1) is hidden while you are away. Enter your passphrase for the office key (login %2) to continue.</source>
        <translation>Los datos de los casos en el servidor de la oficina (base de datos %1) se ocultan mientras usted no está. Escriba su contraseña de la clave de la oficina (usuario %2) para continuar.</translation>
    </message>
    <message>
        <source>Office key passphrase</source>
        <translation>Contraseña de la clave de la oficina</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>Contraseña del servidor de la oficina</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>The office server did not let you in without a password. Enter your server password as well, then try again.</source>
        <translation>El servidor de la oficina no le dejó entrar sin contraseña. Escriba también su contraseña del servidor e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find Cases</source>
        <translation>&amp;Buscar casos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>&amp;Acerca de TrustDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
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
        <translation>%1 ya existe. Elija un nombre de archivo nuevo para no reemplazar ningún archivo existente.</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>Acerca de TrustDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Case management for legal-aid caseworkers who help immigrants document police misconduct and file complaints.&lt;/p&gt;&lt;p&gt;Cases stay on this computer, in an owner-only database. Sensitive facts such as immigration status are withheld from everything that leaves the app unless you deliberately include them.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Gestión de casos para el personal de asistencia legal que ayuda a personas inmigrantes a documentar la mala conducta policial y presentar quejas.&lt;/p&gt;&lt;p&gt;Los casos se quedan en esta computadora, en una base de datos a la que solo accede su propietario. Los datos sensibles, como el estatus migratorio, se omiten en todo lo que sale de la aplicación, salvo que usted los incluya a propósito.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching case(s)</source>
        <translation>
            <numerusform>%Ln caso coincidente</numerusform>
            <numerusform>%Ln casos coincidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Rights Guidance</source>
        <translation>&amp;Guía de derechos</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>&amp;Seguridad…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>B&amp;loquear ahora</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Res&amp;taurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>Your &amp;Office and Profile…</source>
        <translation>Su &amp;oficina y perfil…</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>No passphrase protects this window, so anyone could unlock it with one click. Set an app passphrase now to lock it?</source>
        <translation>Ninguna contraseña protege esta ventana, así que cualquiera podría desbloquearla con un clic. ¿Establecer ahora una contraseña de la aplicación para bloquearla?</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>&amp;Establecer una contraseña…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The window was not locked: without a passphrase, anyone could unlock it. Set one in Edit › Security, or encrypt the database (Encrypt… in the banner) so its own passphrase locks it.</source>
        <translation>La ventana no se bloqueó: sin contraseña, cualquiera podría desbloquearla. Establezca una en Editar › Seguridad, o cifre la base de datos (Cifrar… en el aviso) para que su propia contraseña la bloquee.</translation>
    </message>
    <message>
        <source>New D&amp;atabase…</source>
        <translation>Nueva base de &amp;datos…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>A&amp;gentes…</translation>
    </message>
    <message>
        <source>E&amp;xport Case List…</source>
        <translation>E&amp;xportar lista de casos…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Estadísticas…</translation>
    </message>
    <message>
        <source>Connect to Office Ser&amp;ver…</source>
        <translation>Conectar al ser&amp;vidor de la oficina…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>%1 on %2 — TrustDesk</source>
        <translation>%1 en %2 — TrustDesk</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln matching case(s)</source>
        <translation>
            <numerusform>Más de %Ln caso coincidente</numerusform>
            <numerusform>Más de %Ln casos coincidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln case(s)</source>
        <translation>
            <numerusform>Más de %Ln caso</numerusform>
            <numerusform>Más de %Ln casos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works on a database file on this computer. An office server&apos;s data is protected by its logins and TLS, and its evidence is encrypted with the office key (see the office mode guide).</source>
        <translation>%1 funciona con un archivo de base de datos de este equipo. Los datos de un servidor de la oficina están protegidos por sus usuarios y por TLS, y sus pruebas están cifradas con la clave de la oficina (vea la guía del modo de oficina).</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Se canceló la conexión.</translation>
    </message>
    <message>
        <source>Res&amp;tore Office Backup…</source>
        <translation>Res&amp;taurar copia de seguridad de la oficina…</translation>
    </message>
    <message>
        <source>Restores an office backup into a new, empty office database on the server (office admins only); the database open now is not changed.</source>
        <translation>Restaura una copia de seguridad de la oficina en una base de datos de la oficina nueva y vacía en el servidor (solo administradores de la oficina); la base de datos abierta ahora no cambia.</translation>
    </message>
    <message>
        <source>Replaces the cases in this database with those of a backup.</source>
        <translation>Reemplaza los casos de esta base de datos con los de una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerHint</name>
    <message numerus="yes">
        <source>This officer appears in %n other case(s): %1</source>
        <translation>
            <numerusform>Este agente aparece en %n caso más: %1</numerusform>
            <numerusform>Este agente aparece en %n casos más: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerRosterDialog</name>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>%n agente.</numerusform>
            <numerusform>%n agentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of badge %1 (%2):</source>
        <translation>Casos de la placa %1 (%2):</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>agencia desconocida</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this officer.</source>
        <translation>
            <numerusform>%n caso de este agente.</numerusform>
            <numerusform>%n casos de este agente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Officers recognized across cases by badge number and agency. Spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros in a badge number are ignored; a record without an agency is listed on its own.</source>
        <translation>Agentes reconocidos entre casos por número de placa y agencia. Se ignoran los espacios, &quot;#&quot;, &quot;No.&quot; y los ceros iniciales del número de placa; un registro sin agencia aparece por separado.</translation>
    </message>
    <message>
        <source>In at least this many &amp;incidents:</source>
        <translation>En al menos esta cantidad de &amp;incidentes:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Primer incidente</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Último incidente</translation>
    </message>
    <message>
        <source>Press Enter on an officer to list their cases.</source>
        <translation>Pulse Intro sobre un agente para ver sus casos.</translation>
    </message>
    <message>
        <source>Reading the officers…</source>
        <translation>Leyendo los agentes…</translation>
    </message>
    <message>
        <source>Reading the cases of this officer…</source>
        <translation>Leyendo los casos de este agente…</translation>
    </message>
</context>
<context>
    <name>td::ui::PlaintextBanner</name>
    <message>
        <source>This database is not encrypted. Anyone who gets hold of this computer or a copy of the file can read every case.</source>
        <translation>Esta base de datos no está cifrada. Cualquiera que tenga este equipo o una copia del archivo puede leer todos los casos.</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>La base de datos no está cifrada</translation>
    </message>
    <message>
        <source>E&amp;ncrypt…</source>
        <translation>&amp;Cifrar…</translation>
    </message>
</context>
<context>
    <name>td::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Case records stay in the language they were written in.</source>
        <translation>El idioma de los menús, botones y mensajes. Los registros de los casos se quedan en el idioma en que se escribieron.</translation>
    </message>
    <message>
        <source>The new language applies at once. Dates and numbers follow it.</source>
        <translation>El nuevo idioma se aplica de inmediato. Las fechas y los números también lo siguen.</translation>
    </message>
    <message>
        <source>&amp;Recorded as:</source>
        <translation>&amp;Registrado como:</translation>
    </message>
    <message>
        <source>Set the caseworker profile…</source>
        <translation>Establecer el perfil del responsable del caso…</translation>
    </message>
    <message>
        <source>The name and role that the audit log and the chain of custody record for what you do. Click to change them.</source>
        <translation>El nombre y la función con los que el registro de auditoría y la cadena de custodia registran lo que usted hace. Haga clic para cambiarlos.</translation>
    </message>
</context>
<context>
    <name>td::ui::RecoveryKeyActions</name>
    <message>
        <source>At least %n characters.</source>
        <translation>Al menos %n caracteres.</translation>
    </message>
    <message>
        <source>Strength: weak. Four or five unrelated words are much harder to guess and easier to remember.</source>
        <translation>Seguridad: débil. Cuatro o cinco palabras sin relación entre sí son mucho más difíciles de adivinar y más fáciles de recordar.</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>Seguridad: aceptable. Unas pocas palabras más la hacen mucho más difícil de adivinar.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Seguridad: fuerte.</translation>
    </message>
    <message>
        <source>TrustDesk recovery key</source>
        <translation>Clave de recuperación de TrustDesk</translation>
    </message>
    <message>
        <source>Keep this page locked away, apart from the computer. Anyone who has it and the database can read every case.</source>
        <translation>Guarde esta página bajo llave, lejos del equipo. Quien la tenga junto con la base de datos puede leer todos los casos.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else so it does not stay on the clipboard.</source>
        <translation>Copiada. Péguela donde la guarda de forma segura y luego copie otra cosa para que no quede en el portapapeles.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <source>The recovery key could not be saved: %1</source>
        <translation>No se pudo guardar la clave de recuperación: %1</translation>
    </message>
    <message>
        <source>TrustDesk recovery key for %1
%2
</source>
        <translation>Clave de recuperación de TrustDesk para %1
%2
</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick kept locked away): beside the database it protects nothing.</source>
        <translation>Guardada en %1. Sáquela de este equipo (a una memoria USB guardada bajo llave): junto a la base de datos no protege nada.</translation>
    </message>
</context>
<context>
    <name>td::ui::RedactDialog</name>
    <message>
        <source>Looking for faces…</source>
        <translation>Buscando rostros…</translation>
    </message>
    <message>
        <source>No face was suggested. Detection misses faces: look at the whole image.</source>
        <translation>No se sugirió ningún rostro. La detección no encuentra todos los rostros: revise toda la imagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested (dashed yellow): accept each with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</source>
        <translation>
            <numerusform>%n rostro sugerido (amarillo discontinuo): acéptelo con doble clic o Intro, muévalo o bórrelo. La detección no encuentra todos los rostros: revise toda la imagen.</numerusform>
            <numerusform>%n rostros sugeridos (amarillo discontinuo): acepte cada uno con doble clic o Intro, muévalo o bórrelo. La detección no encuentra todos los rostros: revise toda la imagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw at least one box over what should be hidden.</source>
        <translation>Dibuje al menos un recuadro sobre lo que se debe ocultar.</translation>
    </message>
    <message>
        <source>Suggestions Not Accepted</source>
        <translation>Sugerencias no aceptadas</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested box(es) were not accepted and will not be covered.</source>
        <translation>
            <numerusform>%n recuadro sugerido no se aceptó y no se tapará.</numerusform>
            <numerusform>%n recuadros sugeridos no se aceptaron y no se taparán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them</source>
        <translation>Revisarlas</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>Guardar sin ellas</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover; %1 suggestion(s) to review.</source>
        <translation>
            <numerusform>%n recuadro que tapar; %1 sugerencia(s) que revisar.</numerusform>
            <numerusform>%n recuadros que tapar; %1 sugerencia(s) que revisar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover.</source>
        <translation>
            <numerusform>%n recuadro que tapar.</numerusform>
            <numerusform>%n recuadros que tapar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redact %1</source>
        <translation>Ocultar partes de %1</translation>
    </message>
    <message>
        <source>Drag on the image to cover faces, plates, badge numbers or addresses. Drag a box to move it; Delete removes the selected box. The copy is a new item: the original is kept unchanged.</source>
        <translation>Arrastre sobre la imagen para tapar rostros, placas, números de placa de agentes o direcciones. Arrastre un recuadro para moverlo; Supr quita el recuadro seleccionado. La copia es un elemento nuevo: el original se conserva sin cambios.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Fill (solid black)</source>
        <translation>Rellenar (negro sólido)</translation>
    </message>
    <message>
        <source>Pixelate (coarse blocks)</source>
        <translation>Pixelar (bloques gruesos)</translation>
    </message>
    <message>
        <source>&amp;Suggest Faces</source>
        <translation>&amp;Sugerir rostros</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Aceptar sugerencia</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation>Aceptar &amp;todas las sugerencias</translation>
    </message>
    <message>
        <source>&amp;Remove Box</source>
        <translation>&amp;Quitar recuadro</translation>
    </message>
    <message>
        <source>Save Redacted &amp;Copy</source>
        <translation>Guardar &amp;copia con partes ocultas</translation>
    </message>
    <message>
        <source>Saving the redacted copy of %1…</source>
        <translation>Guardando la copia con partes ocultas de %1…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Ocultar partes</translation>
    </message>
    <message>
        <source>The redacted copy was not saved: %1 Your boxes are still here; you can try again.</source>
        <translation>No se guardó la copia con partes ocultas: %1 Sus recuadros siguen aquí; puede intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>td::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Quitar %1 %2</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nada todavía.</translation>
    </message>
</context>
<context>
    <name>td::ui::SecurityDialog</name>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloquear después de</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmar</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The passphrase could not be stored; try again.</source>
        <translation>No se pudo guardar la contraseña; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Lock when the &amp;computer locks, goes to sleep or starts its screen saver</source>
        <translation>Bloquear cuando el &amp;equipo se bloquee, entre en suspensión o inicie el protector de pantalla</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>Ca&amp;mbiar contraseña…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until the database&apos;s passphrase or recovery key is entered again.</source>
        <translation>Tras el tiempo elegido sin actividad, TrustDesk oculta todos los datos de los casos hasta que se vuelva a escribir la contraseña o la clave de recuperación de la base de datos.</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until it is unlocked. The passphrase itself is never stored, only a check value that cannot be turned back into it; leave the new fields empty to keep it.</source>
        <translation>Tras el tiempo elegido sin actividad, TrustDesk oculta todos los datos de los casos hasta que se desbloquee. La contraseña en sí nunca se guarda, solo un valor de comprobación que no permite recuperarla; deje vacíos los campos nuevos para conservarla.</translation>
    </message>
    <message>
        <source>Passphrase Changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on. The recovery key still does.</source>
        <translation>Desde ahora, la contraseña nueva abre esta base de datos. La clave de recuperación también la sigue abriendo.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
</context>
<context>
    <name>td::ui::SensitiveMask</name>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Revealing cannot be recorded here.</source>
        <translation>Aquí no se puede registrar la acción de mostrar.</translation>
    </message>
    <message>
        <source>Hidden. Reveal it with the button beside it (recorded in the audit log), or type a new value to replace it.</source>
        <translation>Oculto. Muéstrelo con el botón de al lado (queda anotado en el registro de auditoría) o escriba un valor nuevo para reemplazarlo.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Show the stored %1 (recorded in the audit log)</source>
        <translation>Mostrar %1 guardado (queda anotado en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Replaced by what you typed; clear the field to reveal the stored value instead.</source>
        <translation>Reemplazado por lo que escribió; vacíe el campo para mostrar el valor guardado.</translation>
    </message>
</context>
<context>
    <name>td::ui::ServerLogin</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Conectando con el servidor de la oficina…</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsChartView</name>
    <message>
        <source>Nothing to chart: no incident matches these filters.</source>
        <translation>Nada que graficar: ningún incidente coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsTableModel</name>
    <message>
        <source>Total (each counted once)</source>
        <translation>Total (cada uno contado una vez)</translation>
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
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Res&amp;ponsable del caso:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Colu&amp;mnas:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Contar:</translation>
    </message>
    <message>
        <source>First incident date counted; empty: from the first incident.</source>
        <translation>Primera fecha de incidente que se cuenta; vacía: desde el primer incidente.</translation>
    </message>
    <message>
        <source>Last incident date counted; empty: up to the last incident.</source>
        <translation>Última fecha de incidente que se cuenta; vacía: hasta el último incidente.</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>Tick the case statuses to count; none ticked counts every case.</source>
        <translation>Marque los estados de caso que quiere contar; si no marca ninguno, se cuentan todos los casos.</translation>
    </message>
    <message>
        <source>Export &amp;hides counts below:</source>
        <translation>La exportación &amp;oculta los recuentos menores de:</translation>
    </message>
    <message>
        <source>Published figures hide every count from 1 to this number minus one, and further counts so the hidden ones cannot be worked out. 1 hides nothing.</source>
        <translation>Las cifras publicadas ocultan todo recuento desde 1 hasta este número menos uno, y otros recuentos para que los ocultos no se puedan deducir. 1 no oculta nada.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save these figures as CSV or PDF to publish, with small counts hidden. This window shows every count: it is for the office only.</source>
        <translation>Guarde estas cifras como CSV o PDF para publicarlas, con los recuentos pequeños ocultos. Esta ventana muestra todos los recuentos: es solo para la oficina.</translation>
    </message>
    <message>
        <source>Ca&amp;ses: click a bar or double-click a cell to list its cases.</source>
        <translation>Ca&amp;sos: haga clic en una barra o doble clic en una celda para ver sus casos.</translation>
    </message>
    <message>
        <source>The first date is after the last: nothing to count.</source>
        <translation>La primera fecha es posterior a la última: no hay nada que contar.</translation>
    </message>
    <message>
        <source>Chart of %1 by %2</source>
        <translation>Gráfico de %1 por %2</translation>
    </message>
    <message>
        <source>Raw counts, for the office only: %1 and %2.</source>
        <translation>Recuentos sin ocultar, solo para la oficina: %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incidente</numerusform>
            <numerusform>%Ln incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>A case or incident can fall in several rows or columns, so the totals count each once and are less than the sum of the cells.</source>
        <translation>Un caso o incidente puede estar en varias filas o columnas, así que los totales cuentan cada uno una sola vez y son menores que la suma de las celdas.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: counting…</source>
        <translation>Ca&amp;sos en %1: contando…</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: %2, the first %3 listed (double-click or Enter opens one)</source>
        <translation>Ca&amp;sos en %1: %2, se muestran los primeros %3 (doble clic o Intro abre uno)</translation>
    </message>
    <message numerus="yes">
        <source>Ca&amp;ses in %1: %Ln (double-click or Enter opens one)</source>
        <translation>
            <numerusform>Ca&amp;sos en %1: %Ln (doble clic o Intro lo abre)</numerusform>
            <numerusform>Ca&amp;sos en %1: %Ln (doble clic o Intro abre uno)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a date like %1, or leave it empty.</source>
        <extracomment>%1 is a date in the interface language&apos;s style, e.g. 12/31/2026.</extracomment>
        <translation>Escriba una fecha como %1 o déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>td::ui::VaultSetupDialog</name>
    <message>
        <source>The encrypted database could not be created: %1</source>
        <translation>No se pudo crear la base de datos cifrada: %1</translation>
    </message>
    <message>
        <source>Protect Your Cases</source>
        <translation>Proteja sus casos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TrustDesk keeps every case encrypted on this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Without it nobody can read the clients&apos; names, addresses, immigration status or anything else in TrustDesk, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;If the passphrase is forgotten, the only way back in is the recovery key shown on the next page. Without either, the cases are lost for good: nobody, not even the makers of TrustDesk, can recover them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TrustDesk guarda todos los casos cifrados en este equipo.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Elija una contraseña. Sin ella nadie puede leer los nombres, las direcciones, la situación migratoria de los clientes ni nada más de TrustDesk, aunque tenga en sus manos el disco de este equipo. La escribirá cada vez que se inicie TrustDesk.&lt;/p&gt;&lt;p&gt;Si se olvida la contraseña, la única forma de volver a entrar es la clave de recuperación que se muestra en la página siguiente. Sin ninguna de las dos, los casos se pierden para siempre: nadie, ni siquiera los creadores de TrustDesk, puede recuperarlos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Encrypt and Continue</source>
        <translation>C&amp;ifrar y continuar</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds: the passphrase is made deliberately slow to guess.</source>
        <translation>Creando la base de datos cifrada… Tarda unos segundos: la contraseña se hace lenta de adivinar a propósito.</translation>
    </message>
    <message>
        <source>This is the recovery key. It is shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase.</source>
        <translation>Esta es la clave de recuperación. Solo se muestra esta vez. Anótela o imprímala y guárdela en un lugar seguro, lejos de este equipo. Abre la base de datos si se olvida la contraseña, así que protéjala como la contraseña.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>&amp;Guardar como archivo…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>La he &amp;anotado o guardado de forma segura</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
</context>
<context>
    <name>trustdesk-cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>init no admite argumentos.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Base de datos lista: %1 (esquema %2)</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n problem(s).</source>
        <translation>
            <numerusform>Verificación FALLIDA: %n problema.</numerusform>
            <numerusform>Verificación FALLIDA: %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>el archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 necesita exactamente un FILE.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Copia de seguridad escrita y verificada: %1</translation>
    </message>
    <message>
        <source>Restored from %1 into %2</source>
        <translation>Restaurado de %1 en %2</translation>
    </message>
    <message>
        <source>List cases, newest first: reference, status, opened date, client.</source>
        <translation>Lista los casos, del más reciente al más antiguo: referencia, estado, fecha de apertura, cliente.</translation>
    </message>
    <message>
        <source>only cases with this status (%1)</source>
        <translation>solo los casos con este estado (%1)</translation>
    </message>
    <message>
        <source>print JSON instead of one line a case</source>
        <translation>imprimir JSON en lugar de una línea por caso</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list no admite argumentos.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>Estado desconocido &quot;%1&quot;. Use uno de: %2.</translation>
    </message>
    <message>
        <source>Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</source>
        <translation>Uso: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>mostrar esta ayuda; COMMAND --help muestra las opciones de un comando</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db necesita la ruta de un archivo.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Search cases. Accents and case do not matter; the last word may be the start of a word. Best matches first.</source>
        <translation>Busca casos. No importan los acentos ni las mayúsculas; la última palabra puede ser el comienzo de una palabra. Primero los mejores resultados.</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>palabras que buscar</translation>
    </message>
    <message>
        <source>at most N results (default 50)</source>
        <translation>como máximo N resultados (predeterminado 50)</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search necesita una QUERY.</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit necesita un número entero positivo.</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify no admite argumentos.</translation>
    </message>
    <message>
        <source>Verification passed: %1</source>
        <translation>Verificación correcta: %1</translation>
    </message>
    <message>
        <source>Add fictional demo cases to the database (created when missing). The same seed always gives the same cases.</source>
        <translation>Agrega casos ficticios de demostración a la base de datos (se crea si no existe). La misma semilla siempre da los mismos casos.</translation>
    </message>
    <message>
        <source>how many cases to add (required)</source>
        <translation>cuántos casos agregar (obligatorio)</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>semilla aleatoria (predeterminado 1)</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo no admite argumentos.</translation>
    </message>
    <message>
        <source>demo needs --cases N.</source>
        <translation>demo necesita --cases N.</translation>
    </message>
    <message>
        <source>--cases needs a positive whole number.</source>
        <translation>--cases necesita un número entero positivo.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of zero or more.</source>
        <translation>--seed necesita un número entero de cero o más.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) were added before the error.</source>
        <translation>
            <numerusform>Se agregó %n caso de demostración antes del error.</numerusform>
            <numerusform>Se agregaron %n casos de demostración antes del error.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding demo cases: %1 of %2</source>
        <translation>Agregando casos de demostración: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>Se agregó %n caso de demostración.</numerusform>
            <numerusform>Se agregaron %n casos de demostración.</numerusform>
        </translation>
    </message>
    <message>
        <source>case references to export (default: every case)</source>
        <translation>referencias de los casos que exportar (predeterminado: todos los casos)</translation>
    </message>
    <message>
        <source>write to FILE (owner-only) instead of standard output</source>
        <translation>escribir en FILE (solo para el propietario) en lugar de la salida estándar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n caso a %1.</numerusform>
            <numerusform>Se exportaron %n casos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>language code (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</source>
        <translation>código de idioma (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</translation>
    </message>
    <message>
        <source>with show: write a handout PDF to FILE</source>
        <translation>con show: escribir una hoja informativa en PDF en FILE</translation>
    </message>
    <message>
        <source>load the guidance pack from FOLDER instead of the built-in one</source>
        <translation>cargar el paquete de orientación desde FOLDER en lugar del incluido</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>La orientación no está disponible en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>guidance list takes no more arguments.</source>
        <translation>guidance list no admite más argumentos.</translation>
    </message>
    <message>
        <source>guidance show needs exactly one article ID.</source>
        <translation>guidance show necesita exactamente un ID de artículo.</translation>
    </message>
    <message>
        <source>There is no guidance article &quot;%1&quot;. See: guidance list</source>
        <translation>No existe el artículo de orientación &quot;%1&quot;. Vea: guidance list</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper debe ser a4 o letter.</translation>
    </message>
    <message>
        <source>Handout written: %1</source>
        <translation>Hoja informativa escrita: %1</translation>
    </message>
    <message>
        <source>guidance search needs a QUERY.</source>
        <translation>guidance search necesita una QUERY.</translation>
    </message>
    <message>
        <source>Import the cases of a TrustDesk JSON file. The whole file is checked first: one bad case rejects it, naming the case and the field, and nothing is added.</source>
        <translation>Importa los casos de un archivo JSON de TrustDesk. Primero se comprueba todo el archivo: un caso incorrecto hace que se rechace, indicando el caso y el campo, y no se agrega nada.</translation>
    </message>
    <message>
        <source>the TrustDesk JSON file</source>
        <translation>el archivo JSON de TrustDesk</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import necesita exactamente un FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Se importó %n caso.</numerusform>
            <numerusform>Se importaron %n casos.</numerusform>
        </translation>
    </message>
    <message>
        <source>the case reference, e.g. TD-2026-00042</source>
        <translation>la referencia del caso, p. ej. TD-2026-00042</translation>
    </message>
    <message>
        <source>print JSON (the interchange format) instead of text</source>
        <translation>imprimir JSON (el formato de intercambio) en lugar de texto</translation>
    </message>
    <message>
        <source>show needs exactly one REF.</source>
        <translation>show necesita exactamente una REF.</translation>
    </message>
    <message>
        <source>Attach files to a case as evidence. Each file is copied into the evidence store beside the database and identified by its SHA-256; the original is only read. A file already on the case is reported and stored once.</source>
        <translation>Adjunta archivos a un caso como pruebas. Cada archivo se copia al almacén de pruebas junto a la base de datos y se identifica por su SHA-256; el original solo se lee. Si un archivo ya está en el caso, se avisa y se guarda una sola vez.</translation>
    </message>
    <message>
        <source>the case reference</source>
        <translation>la referencia del caso</translation>
    </message>
    <message>
        <source>files to attach</source>
        <translation>archivos que adjuntar</translation>
    </message>
    <message>
        <source>a description recorded with every file</source>
        <translation>una descripción que se guarda con cada archivo</translation>
    </message>
    <message>
        <source>where the files came from: %1</source>
        <translation>de dónde vienen los archivos: %1</translation>
    </message>
    <message>
        <source>attach needs a case reference and at least one file.</source>
        <translation>attach necesita una referencia de caso y al menos un archivo.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Origen desconocido &quot;%1&quot;. Use uno de: %2.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: %2, %3 bytes, %4</source>
        <translation>Adjuntado &quot;%1&quot;: %2, %3 bytes, %4</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file for imported evidence item %2 (%3)</source>
        <translation>Adjuntado &quot;%1&quot;: el archivo del elemento de prueba importado %2 (%3)</translation>
    </message>
    <message>
        <source>Already attached: &quot;%1&quot; is the same file as evidence item %2 (&quot;%3&quot;); stored once.</source>
        <translation>Ya adjuntado: &quot;%1&quot; es el mismo archivo que el elemento de prueba %2 (&quot;%3&quot;); se guarda una sola vez.</translation>
    </message>
    <message>
        <source>Write the client&apos;s copy as a PDF: what was filed and the next steps from the guidance pack, in the client&apos;s preferred language (or --lang). It names no sensitive client field.</source>
        <translation>Escribe la copia del cliente en PDF: lo que se presentó y los próximos pasos según el paquete de orientación, en el idioma preferido del cliente (o --lang). No menciona ningún campo sensible del cliente.</translation>
    </message>
    <message>
        <source>the PDF to write (required)</source>
        <translation>el PDF que escribir (obligatorio)</translation>
    </message>
    <message>
        <source>when nothing is filed yet: bpd-iad (default), accountability or a body&apos;s name</source>
        <translation>si aún no se presentó nada: bpd-iad (predeterminado), accountability o el nombre de un organismo</translation>
    </message>
    <message>
        <source>client-copy needs exactly one REF.</source>
        <translation>client-copy necesita exactamente una REF.</translation>
    </message>
    <message>
        <source>client-copy needs --out FILE.pdf.</source>
        <translation>client-copy necesita --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability or a body&apos;s name.</source>
        <translation>--to necesita bpd-iad, accountability o el nombre de un organismo.</translation>
    </message>
    <message>
        <source>Client copy written: %1 (%2)</source>
        <translation>Copia del cliente escrita: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>imprimir JSON</translation>
    </message>
    <message>
        <source>evidence needs exactly one case reference.</source>
        <translation>evidence necesita exactamente una referencia de caso.</translation>
    </message>
    <message>
        <source>Copy a case&apos;s evidence into a new or empty folder with manifest.json, manifest.txt and SHA256SUMS (names, hashes, sizes, chain of custody). Every file is re-hashed while it is copied; a changed or missing file is not exported and the exit code is 3.</source>
        <translation>Copia las pruebas de un caso a una carpeta nueva o vacía con manifest.json, manifest.txt y SHA256SUMS (nombres, hashes, tamaños, cadena de custodia). Cada archivo se vuelve a calcular mientras se copia; un archivo cambiado o ausente no se exporta y el código de salida es 3.</translation>
    </message>
    <message>
        <source>the folder to write (created owner-only; must be new or empty)</source>
        <translation>la carpeta que escribir (se crea solo para el propietario; debe ser nueva o estar vacía)</translation>
    </message>
    <message>
        <source>evidence-export needs exactly one case reference.</source>
        <translation>evidence-export necesita exactamente una referencia de caso.</translation>
    </message>
    <message>
        <source>evidence-export needs --out FOLDER.</source>
        <translation>evidence-export necesita --out FOLDER.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n archivo a %1</numerusform>
            <numerusform>Se exportaron %n archivos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no file (details imported only) and are listed in the manifest.</source>
        <translation>
            <numerusform>%n elemento no tiene archivo (solo se importaron sus datos) y aparece en el inventario.</numerusform>
            <numerusform>%n elementos no tienen archivo (solo se importaron sus datos) y aparecen en el inventario.</numerusform>
        </translation>
    </message>
    <message>
        <source>who files: client, on-behalf (default) or anonymous</source>
        <translation>quién presenta: client, on-behalf (predeterminado) o anonymous</translation>
    </message>
    <message>
        <source>with on-behalf: who files (default: the case&apos;s caseworker)</source>
        <translation>con on-behalf: quién presenta (predeterminado: el responsable del caso)</translation>
    </message>
    <message>
        <source>with on-behalf: the office filing</source>
        <translation>con on-behalf: la oficina que presenta</translation>
    </message>
    <message>
        <source>the requested action (default: the standard request)</source>
        <translation>la acción solicitada (predeterminado: la solicitud estándar)</translation>
    </message>
    <message>
        <source>report needs exactly one REF.</source>
        <translation>report necesita exactamente una REF.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report necesita --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--filer must be client, on-behalf or anonymous.</source>
        <translation>--filer debe ser client, on-behalf o anonymous.</translation>
    </message>
    <message>
        <source>Warning: the client&apos;s consent to file is not recorded; the PDF is marked as a draft.</source>
        <translation>Aviso: el consentimiento del cliente para presentar la queja no está registrado; el PDF se marca como borrador.</translation>
    </message>
    <message>
        <source>Complaint written: %1</source>
        <translation>Queja escrita: %1</translation>
    </message>
    <message>
        <source>Sensitive fields included: %1</source>
        <translation>Campos sensibles incluidos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The verification could not be recorded in the chain of custody: %1</source>
        <translation>No se pudo registrar la verificación en la cadena de custodia: %1</translation>
    </message>
    <message>
        <source>This command needs %1, which is not installed next to trustdesk-cli. Reinstall TrustDesk.</source>
        <translation>Este comando necesita %1, que no está instalado junto a trustdesk-cli. Vuelva a instalar TrustDesk.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>Its evidence is in %1; keep the two together.</source>
        <translation>Sus pruebas están en %1; mantenga ambos juntos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; nothing changed. %2</source>
        <translation>&quot;%1&quot; no se restauró; no cambió nada. %2</translation>
    </message>
    <message>
        <source>There is no evidence item %1. Nothing was removed.</source>
        <translation>No existe el elemento de prueba %1. No se retiró nada.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2. Nothing was removed.</source>
        <translation>El elemento de prueba %1 no está en el caso %2. No se retiró nada.</translation>
    </message>
    <message>
        <source>Remove one evidence item from a case. EVIDENCE_ID is the item id that &quot;evidence REF&quot; lists. The reason is required and stays in the chain of custody. The file leaves the evidence store unless another item (on any case) holds the same bytes.</source>
        <translation>Retira un elemento de prueba de un caso. EVIDENCE_ID es el id del elemento que lista &quot;evidence REF&quot;. El motivo es obligatorio y queda en la cadena de custodia. El archivo sale del almacén de pruebas, salvo que otro elemento (de cualquier caso) tenga los mismos bytes.</translation>
    </message>
    <message>
        <source>the evidence item id</source>
        <translation>el id del elemento de prueba</translation>
    </message>
    <message>
        <source>why the item is removed (required; kept in the chain of custody)</source>
        <translation>por qué se retira el elemento (obligatorio; se conserva en la cadena de custodia)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, id, sha256, display_name, stored (the item had a file) and file_removed (the file left the store)</source>
        <translation>imprimir JSON: case_reference, id, sha256, display_name, stored (el elemento tenía archivo) y file_removed (el archivo salió del almacén)</translation>
    </message>
    <message>
        <source>evidence-remove needs a case reference and one evidence item id.</source>
        <translation>evidence-remove necesita una referencia de caso y un id de elemento de prueba.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an evidence item id: use the number that &quot;evidence %2&quot; lists.</source>
        <translation>&quot;%1&quot; no es un id de elemento de prueba: use el número que lista &quot;evidence %2&quot;.</translation>
    </message>
    <message>
        <source>evidence-remove needs --reason TEXT: the reason is kept in the chain of custody.</source>
        <translation>evidence-remove necesita --reason TEXT: el motivo se conserva en la cadena de custodia.</translation>
    </message>
    <message>
        <source>Removed evidence item %1 (&quot;%2&quot;) from %3; the reason is kept in the chain of custody.</source>
        <translation>Se retiró el elemento de prueba %1 (&quot;%2&quot;) de %3; el motivo se conserva en la cadena de custodia.</translation>
    </message>
    <message>
        <source>Its file was deleted from the evidence store.</source>
        <translation>Su archivo se eliminó del almacén de pruebas.</translation>
    </message>
    <message>
        <source>Its file stays in the evidence store: another item holds the same bytes.</source>
        <translation>Su archivo sigue en el almacén de pruebas: otro elemento tiene los mismos bytes.</translation>
    </message>
    <message>
        <source>Note: the file withheld these sensitive fields, which stay empty: %1</source>
        <translation>Nota: el archivo omitió estos campos sensibles, que quedan vacíos: %1</translation>
    </message>
    <message>
        <source>deliberately include every sensitive client field and witness contact details (recorded in the audit log)</source>
        <translation>incluir a propósito todos los campos sensibles del cliente y los datos de contacto de los testigos (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive client field or witness detail. Use one of: %2.</source>
        <translation>&quot;%1&quot; no es un campo sensible del cliente ni un dato de los testigos. Use uno de: %2.</translation>
    </message>
    <message>
        <source>Show one case. Sensitive client fields and witness contact details are withheld unless deliberately included; --json prints a TrustDesk JSON file holding just this case.</source>
        <translation>Muestra un caso. Los campos sensibles del cliente y los datos de contacto de los testigos se omiten salvo que se incluyan a propósito; --json imprime un archivo JSON de TrustDesk con solo este caso.</translation>
    </message>
    <message>
        <source>audit verify takes no other argument than --head.</source>
        <translation>audit verify no admite más argumento que --head.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the log was changed behind TrustDesk&apos;s back.</source>
        <translation>La verificación del registro de auditoría FALLÓ: el registro se modificó a espaldas de TrustDesk.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the entry %1 recorded earlier is no longer in the log; its tail was cut off or the log was replaced.</source>
        <translation>La verificación del registro de auditoría FALLÓ: la entrada %1 registrada antes ya no está en el registro; se cortó su final o se sustituyó el registro.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: entry %1, recorded in %2 when it was written, is no longer in the log; its tail was cut off or an older copy of the database was put back.</source>
        <translation>La verificación del registro de auditoría FALLÓ: la entrada %1, registrada en %2 cuando se escribió, ya no está en el registro; se cortó su final o se volvió a poner una copia más antigua de la base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entries, chain head %1.</source>
        <translation>
            <numerusform>Registro de auditoría verificado: %n entrada, cabeza de la cadena %1.</numerusform>
            <numerusform>Registro de auditoría verificado: %n entradas, cabeza de la cadena %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit log, oldest first: time (UTC), actor, action, case, details.
&quot;audit verify&quot; checks the log&apos;s hash chain instead (exit 3 when it was changed).</source>
        <translation>Lista el registro de auditoría, de la más antigua a la más reciente: hora (UTC), autor, acción, caso, detalles.
&quot;audit verify&quot; comprueba en cambio la cadena de hashes del registro (sale con 3 si se modificó).</translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation>comprobar la cadena de hashes</translation>
    </message>
    <message>
        <source>only the entries about case REF</source>
        <translation>solo las entradas sobre el caso REF</translation>
    </message>
    <message>
        <source>only the entries from DATE on: YYYY-MM-DD or an ISO 8601 date and time (UTC unless it has an offset)</source>
        <translation>solo las entradas desde FECHA: YYYY-MM-DD o una fecha y hora ISO 8601 (UTC salvo que lleve desfase)</translation>
    </message>
    <message>
        <source>print JSON instead of one line an entry</source>
        <translation>imprimir JSON en lugar de una línea por entrada</translation>
    </message>
    <message>
        <source>with verify: also fail unless the entry with this hash (a head printed by an earlier verify) is still in the log</source>
        <translation>con verify: fallar también si la entrada con este hash (una cabeza impresa por un verify anterior) ya no está en el registro</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; did you mean &quot;audit verify&quot;?</source>
        <translation>Argumento desconocido &quot;%1&quot;; ¿quiso decir &quot;audit verify&quot;?</translation>
    </message>
    <message>
        <source>--head goes with &quot;audit verify&quot;.</source>
        <translation>--head va con &quot;audit verify&quot;.</translation>
    </message>
    <message>
        <source>--case needs a reference.</source>
        <translation>--case necesita una referencia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation>&quot;%1&quot; no es una fecha: use YYYY-MM-DD o YYYY-MM-DDTHH:MM[:SS].</translation>
    </message>
    <message>
        <source>(carried over by a restore)</source>
        <translation>(traída por una restauración)</translation>
    </message>
    <message>
        <source>The backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new path with --db, or run `trustdesk-cli encrypt` on this database first.</source>
        <translation>La copia de seguridad está cifrada y esta base de datos no, así que sus casos se escribirían sin cifrar. Restáurela en una ruta nueva con --db, o ejecute primero `trustdesk-cli encrypt` en esta base de datos.</translation>
    </message>
    <message>
        <source>The key file could not be copied beside %1.</source>
        <translation>No se pudo copiar el archivo de claves junto a %1.</translation>
    </message>
    <message>
        <source>the new passphrase: the first line of FILE</source>
        <translation>la nueva contraseña: la primera línea de ARCHIVO</translation>
    </message>
    <message>
        <source>change-passphrase takes no arguments.</source>
        <translation>change-passphrase no admite argumentos.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>La base de datos &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no passphrase to change. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Esta base de datos no está cifrada, así que no tiene contraseña que cambiar. `trustdesk-cli encrypt` la convierte en una caja fuerte.</translation>
    </message>
    <message>
        <source>The passphrase was changed. The old one no longer opens %1; the recovery key still does.</source>
        <translation>Se cambió la contraseña. La antigua ya no abre %1; la clave de recuperación sí.</translation>
    </message>
    <message>
        <source>An encryption of this database is running or was interrupted. Run `trustdesk-cli encrypt` to finish or undo it.</source>
        <translation>Hay un cifrado de esta base de datos en curso o interrumpido. Ejecute `trustdesk-cli encrypt` para terminarlo o deshacerlo.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE</source>
        <translation>la contraseña de una base de datos cifrada: la primera línea de ARCHIVO</translation>
    </message>
    <message>
        <source>open an encrypted database with its recovery key, the first line of FILE</source>
        <translation>abrir una base de datos cifrada con su clave de recuperación, la primera línea de ARCHIVO</translation>
    </message>
    <message>
        <source>when the database does not exist yet, make it unencrypted (for throwaway data only); by default a new database is encrypted</source>
        <translation>si la base de datos aún no existe, crearla sin cifrar (solo para datos desechables); por defecto una base de datos nueva se cifra</translation>
    </message>
    <message>
        <source>write a new encrypted database&apos;s recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>escribir la clave de recuperación de una base de datos cifrada nueva en ARCHIVO (solo accesible para su propietario; no debe existir) en lugar de mostrarla</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; the recovery key is never written over a file.</source>
        <translation>&quot;%1&quot; ya existe; la clave de recuperación nunca se escribe encima de un archivo.</translation>
    </message>
    <message>
        <source>The new database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>La nueva base de datos está cifrada. Si alguna vez se olvida su contraseña, solo esta clave de recuperación la abre. Se muestra solo esta vez: anótela o imprímala y guárdela en un lugar seguro, lejos de este equipo.</translation>
    </message>
    <message>
        <source>The new database is encrypted. Its recovery key, which opens it if the passphrase is ever forgotten, is in %1: keep that file safe, away from this computer.</source>
        <translation>La nueva base de datos está cifrada. Su clave de recuperación, que la abre si alguna vez se olvida la contraseña, está en %1: guarde ese archivo en un lugar seguro, lejos de este equipo.</translation>
    </message>
    <message>
        <source>The database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>La base de datos está cifrada. Si alguna vez se olvida su contraseña, solo esta clave de recuperación la abre. Se muestra solo esta vez: anótela o imprímala y guárdela en un lugar seguro, lejos de este equipo.</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>No se pudo escribir la clave de recuperación en &quot;%1&quot;: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>
The recovery key of the encrypted TrustDesk database %1.
It opens the database without its passphrase: keep it safe, away from the computer.
</source>
        <translation>
La clave de recuperación de la base de datos cifrada de TrustDesk %1.
Abre la base de datos sin su contraseña: guárdela en un lugar seguro, lejos del equipo.
</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;. Nothing was changed.</source>
        <translation>No se pudo escribir la clave de recuperación en &quot;%1&quot;. No se cambió nada.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Cifrando</translation>
    </message>
    <message>
        <source>Comparing with the original</source>
        <translation>Comparando con el original</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Putting in place</source>
        <translation>Colocando en su sitio</translation>
    </message>
    <message>
        <source>write the recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>escribir la clave de recuperación en ARCHIVO (solo accesible para su propietario; no debe existir) en lugar de mostrarla</translation>
    </message>
    <message>
        <source>encrypt takes no arguments.</source>
        <translation>encrypt no admite argumentos.</translation>
    </message>
    <message>
        <source>An interrupted encryption was finished: %1 is encrypted now, with the passphrase and recovery key given then.</source>
        <translation>Se terminó un cifrado interrumpido: %1 ya está cifrada, con la contraseña y la clave de recuperación indicadas entonces.</translation>
    </message>
    <message>
        <source>An interrupted encryption was undone; the database was still unencrypted. Starting again.</source>
        <translation>Se deshizo un cifrado interrumpido; la base de datos seguía sin cifrar. Empezando de nuevo.</translation>
    </message>
    <message>
        <source>%1 is encrypted now; it opens only with its passphrase or recovery key.</source>
        <translation>%1 ya está cifrada; solo se abre con su contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <source>hand the files over as stored, with their metadata (EXIF with GPS position and author, XMP, PDF information); recorded in the audit log. By default copies leave without it.</source>
        <translation>entregar los archivos tal como están guardados, con sus metadatos (EXIF con posición GPS y autor, XMP, información del PDF); queda en el registro de auditoría. Por defecto las copias salen sin ellos.</translation>
    </message>
    <message>
        <source>name the files and list them in the manifest by their original names (which may name the client); recorded in the audit log. By default files are named by case and item number.</source>
        <translation>nombrar los archivos y listarlos en el manifiesto con sus nombres originales (que pueden nombrar al cliente); queda en el registro de auditoría. Por defecto los archivos se nombran por caso y número de elemento.</translation>
    </message>
    <message numerus="yes">
        <source>Metadata (such as GPS position, author, camera) was removed from %n copy(ies); the originals in the store are unchanged.</source>
        <translation>
            <numerusform>Se quitaron los metadatos (como posición GPS, autor, cámara) de %n copia; los originales del almacén no cambian.</numerusform>
            <numerusform>Se quitaron los metadatos (como posición GPS, autor, cámara) de %n copias; los originales del almacén no cambian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check them before they leave. The manifest marks them.</source>
        <translation>
            <numerusform>%n archivo es de un tipo cuyos metadatos TrustDesk no puede quitar (vídeo, audio, documentos); revíselo antes de que salga. El manifiesto lo señala.</numerusform>
            <numerusform>%n archivos son de un tipo cuyos metadatos TrustDesk no puede quitar (vídeo, audio, documentos); revíselos antes de que salgan. El manifiesto los señala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases (all, or the references given) as a TrustDesk JSON file. Sensitive client fields and witness contact details are left out unless deliberately included, and masked where the free text repeats them.</source>
        <translation>Exporta casos (todos, o las referencias indicadas) como un archivo JSON de TrustDesk. Los campos sensibles del cliente y los datos de contacto de los testigos se omiten salvo que se incluyan a propósito, y se ocultan donde el texto libre los repite.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s) whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</source>
        <translation>
            <numerusform>… y %n caso más cuyo texto libre tenía valores ocultados o frases que pueden revelar la situación migratoria (show REF los lista).</numerusform>
            <numerusform>… y %n casos más cuyo texto libre tenía valores ocultados o frases que pueden revelar la situación migratoria (show REF los lista).</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone with the file can read it. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Esta base de datos no está cifrada: cualquiera que tenga el archivo puede leerla. `trustdesk-cli encrypt` la convierte en una caja fuerte.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE (else the file named by %1, else asked on the terminal)</source>
        <translation>la contraseña de una base de datos cifrada: la primera línea de ARCHIVO (si no, el archivo indicado en %1; si no, se pide en el terminal)</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>%1 necesita una ruta de archivo.</translation>
    </message>
    <message>
        <source>the caseworker&apos;s name</source>
        <translation>el nombre del responsable del caso</translation>
    </message>
    <message>
        <source>their role (caseworker, supervisor, …)</source>
        <translation>su función (responsable del caso, supervisor, …)</translation>
    </message>
    <message>
        <source>profile takes no arguments.</source>
        <translation>profile no admite argumentos.</translation>
    </message>
    <message>
        <source>A caseworker profile needs a name: trustdesk-cli profile --name NAME [--role ROLE].</source>
        <translation>Un perfil de responsable del caso necesita un nombre: trustdesk-cli profile --name NOMBRE [--role FUNCIÓN].</translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings.</source>
        <translation>No se pudo guardar el perfil en la configuración.</translation>
    </message>
    <message>
        <source>No caseworker profile is set: entries are recorded as &quot;%1&quot;.
Set one with: trustdesk-cli profile --name NAME --role ROLE</source>
        <translation>No hay perfil de responsable del caso: las entradas se registran como &quot;%1&quot;.
Establezca uno con: trustdesk-cli profile --name NOMBRE --role FUNCIÓN</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Función: %1</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>Registrado como: %1</translation>
    </message>
    <message>
        <source>deliberately include this sensitive client field or witness detail (%1), in its field and where the free text mentions it; repeatable, recorded in the audit log</source>
        <translation>incluir a propósito este campo sensible del cliente o dato del testigo (%1), en su campo y donde el texto libre lo menciona; se puede repetir, queda en el registro de auditoría</translation>
    </message>
    <message>
        <source>also mask, as [withheld], the phrases in the free text that may reveal immigration status (listed on standard error either way)</source>
        <translation>ocultar también, como [ocultado], las frases del texto libre que pueden revelar la situación migratoria (se listan en la salida de error estándar en cualquier caso)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n withheld value(s) found in the free text and masked.</source>
        <translation>
            <numerusform>%1: se encontró %n valor ocultado en el texto libre y se ocultó.</numerusform>
            <numerusform>%1: se encontraron %n valores ocultados en el texto libre y se ocultaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, masked:</source>
        <translation>
            <numerusform>%1: %n frase que puede revelar la situación migratoria, ocultada:</numerusform>
            <numerusform>%1: %n frases que pueden revelar la situación migratoria, ocultadas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, left as written (--mask-status-phrases masks them):</source>
        <translation>
            <numerusform>%1: %n frase que puede revelar la situación migratoria, dejada tal como está escrita (--mask-status-phrases la oculta):</numerusform>
            <numerusform>%1: %n frases que pueden revelar la situación migratoria, dejadas tal como están escritas (--mask-status-phrases las oculta):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot; in: %3</source>
        <translation>  %1: &quot;%2&quot; en: %3</translation>
    </message>
    <message>
        <source>Write a case&apos;s complaint submission as a PDF. Sensitive client fields and witness contact details are withheld unless deliberately included, also where the free text mentions them; the PDF names the kinds withheld, never their values. Phrases that may reveal immigration status are listed on standard error and masked with --mask-status-phrases. Each report is recorded in the case (date, recipient, fields included, SHA-256) and in the audit log.</source>
        <translation>Escribe la denuncia de un caso como PDF. Los campos sensibles del cliente y los datos de contacto de los testigos se ocultan salvo que se incluyan a propósito, también donde el texto libre los menciona; el PDF nombra los tipos ocultados, nunca sus valores. Las frases que pueden revelar la situación migratoria se listan en la salida de error estándar y se ocultan con --mask-status-phrases. Cada informe queda registrado en el caso (fecha, destinatario, campos incluidos, SHA-256) y en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Encrypt an existing plaintext database in place. The new passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal); the recovery key is shown once or written to --recovery-key-out. An encrypted copy is written beside the database and compared with it table by table; only then does it take the database&apos;s place, and no plaintext copy is left. The evidence files are sealed the same way, checked, and the plaintext ones deleted. Close TrustDesk first: the database must not be open anywhere else. Run it again after an interruption: it finishes or undoes what was begun.</source>
        <translation>Cifra en su lugar una base de datos existente sin cifrar. La nueva contraseña viene de --passphrase-file (o del archivo indicado en TRUSTDESK_PASSPHRASE_FILE, o se pide dos veces en la terminal); la clave de recuperación se muestra una vez o se escribe en --recovery-key-out. Se escribe una copia cifrada junto a la base de datos y se compara con ella tabla por tabla; solo entonces ocupa el lugar de la base de datos, y no queda ninguna copia sin cifrar. Los archivos de pruebas se sellan de la misma manera, se revisan, y se borran los que no están cifrados. Cierre TrustDesk primero: la base de datos no debe estar abierta en ningún otro lugar. Vuelva a ejecutarlo después de una interrupción: termina o deshace lo que se empezó.</translation>
    </message>
    <message>
        <source>List a case&apos;s evidence, oldest first, one item a line, tab-separated: SHA-256, item id, size in bytes, &quot;stored&quot; or &quot;metadata-only&quot; (details imported without the file), media type, date captured (UTC, or -), name. --json adds every field and the chain of custody; a redacted copy has redacted_copy_of (the original&apos;s id) and redaction (its boxes and method).</source>
        <translation>Lista las pruebas de un caso, de la más antigua a la más reciente, un elemento por línea, separados por tabulaciones: SHA-256, id del elemento, tamaño en bytes, &quot;stored&quot; o &quot;metadata-only&quot; (datos importados sin el archivo), tipo de medio, fecha de captura (UTC, o -), nombre. --json agrega todos los campos y la cadena de custodia; una copia con partes ocultas tiene redacted_copy_of (el id del original) y redaction (sus recuadros y su método).</translation>
    </message>
    <message>
        <source>Print the boxes OpenCV&apos;s face detection suggests for an image, one X,Y,W,H a line (as &quot;redact --box&quot; takes them), in the pixels of the upright image. Suggestions only: detection misses faces (small, turned, covered), so look at the image.</source>
        <translation>Imprime los recuadros que sugiere la detección de rostros de OpenCV para una imagen, un X,Y,W,H por línea (como los acepta &quot;redact --box&quot;), en píxeles de la imagen en posición vertical. Son solo sugerencias: la detección no encuentra todos los rostros (pequeños, de lado, cubiertos), así que mire la imagen.</translation>
    </message>
    <message>
        <source>the evidence item id (an image)</source>
        <translation>el id de la prueba (una imagen)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, evidence_id, width, height (of the upright image) and boxes, each with x, y, width, height</source>
        <translation>imprimir JSON: case_reference, evidence_id, width, height (de la imagen en posición vertical) y boxes, cada uno con x, y, width, height</translation>
    </message>
    <message>
        <source>No face was suggested; detection misses faces, so check the image.</source>
        <translation>No se sugirió ningún rostro; la detección no encuentra todos los rostros, así que revise la imagen.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Revisado por última vez: %1</translation>
    </message>
    <message>
        <source>Rights guidance from the built-in pack (or --pack FOLDER).
  guidance list [--lang L]                 one article a line, its id first
  guidance show ID [--lang L] [--pdf FILE] the article as text, or a handout PDF
  guidance search QUERY [--lang L]         articles containing every word (all languages without --lang)
  guidance version                         which pack is in use: id, version, review date, where from
  guidance install PATH                    install a newer pack from its folder or manifest.json, after checking it</source>
        <translation>Orientación sobre derechos del paquete incorporado (o --pack FOLDER).
  guidance list [--lang L]                 un artículo por línea, primero su id
  guidance show ID [--lang L] [--pdf FILE] el artículo como texto, o una hoja informativa en PDF
  guidance search QUERY [--lang L]         artículos que contienen todas las palabras (todos los idiomas sin --lang)
  guidance version                         qué paquete está en uso: id, versión, fecha de revisión, de dónde viene
  guidance install PATH                    instala un paquete más reciente desde su carpeta o su manifest.json, después de revisarlo</translation>
    </message>
    <message>
        <source>list, show, search, version or install</source>
        <translation>list, show, search, version o install</translation>
    </message>
    <message>
        <source>guidance needs an action: list, show, search, version or install.</source>
        <translation>guidance necesita una acción: list, show, search, version o install.</translation>
    </message>
    <message>
        <source>guidance install needs exactly one PATH, and no --pack.</source>
        <translation>guidance install necesita exactamente un PATH, y no --pack.</translation>
    </message>
    <message>
        <source>Installed guidance %1 version %2 (was version %3) in %4.</source>
        <translation>Orientación %1 versión %2 instalada (antes versión %3) en %4.</translation>
    </message>
    <message>
        <source>guidance version takes no more arguments.</source>
        <translation>guidance version no admite más argumentos.</translation>
    </message>
    <message>
        <source>Unknown guidance action &quot;%1&quot;: use list, show, search, version or install.</source>
        <translation>Acción de guidance desconocida: &quot;%1&quot;. Use list, show, search, version o install.</translation>
    </message>
    <message>
        <source>Warning: these anonymous clients came with a name, which was not stored: %1</source>
        <translation>Advertencia: estos clientes anónimos venían con un nombre, que no se guardó: %1</translation>
    </message>
    <message>
        <source>Show the caseworker profile, or set it with --name (and --role). Audit and custody entries name this profile as who acted; without one they say &quot;unnamed&quot;. The --office options set the office printed on client copies and handouts.</source>
        <translation>Muestra el perfil del responsable del caso, o lo establece con --name (y --role). Las entradas de auditoría y de custodia nombran este perfil como quien actuó; sin perfil dicen &quot;unnamed&quot;. Las opciones --office establecen la oficina que se imprime en las copias para el cliente y las hojas informativas.</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>el nombre de la oficina</translation>
    </message>
    <message>
        <source>its address (\n between lines)</source>
        <translation>su dirección (\n entre líneas)</translation>
    </message>
    <message>
        <source>its phone number</source>
        <translation>su número de teléfono</translation>
    </message>
    <message>
        <source>its email address</source>
        <translation>su correo electrónico</translation>
    </message>
    <message>
        <source>its time zone (America/New_York)</source>
        <translation>su zona horaria (America/New_York)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows (for example America/New_York).</source>
        <translation>&quot;%1&quot; no es una zona horaria que este sistema conozca (por ejemplo, America/New_York).</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zona horaria: %1</translation>
    </message>
    <message>
        <source>%1 needs a case reference and one evidence item id.</source>
        <translation>%1 necesita una referencia de caso y un id de prueba.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2.</source>
        <translation>La prueba %1 no pertenece al caso %2.</translation>
    </message>
    <message>
        <source>Store a redacted copy of an image as a new evidence item derived from it, and print the new item&apos;s id. Boxes are in the pixels of the image turned upright by its EXIF orientation (&quot;faces&quot; prints them the same way). The copy carries no metadata; the original is kept unchanged and still verifies.</source>
        <translation>Guarda una copia de una imagen con partes ocultas como una prueba nueva derivada de ella, e imprime el id del nuevo elemento. Los recuadros están en píxeles de la imagen puesta en posición vertical según su orientación EXIF (&quot;faces&quot; los imprime de la misma forma). La copia no lleva metadatos; el original se conserva sin cambios y sigue verificándose.</translation>
    </message>
    <message>
        <source>a box to cover: left, top, width, height in pixels (repeat for more boxes)</source>
        <translation>un recuadro que tapar: izquierda, arriba, ancho, alto en píxeles (repítalo para más recuadros)</translation>
    </message>
    <message>
        <source>fill (solid black, the default) or pixelate (coarse blocks)</source>
        <translation>fill (negro sólido, el predeterminado) o pixelate (bloques gruesos)</translation>
    </message>
    <message>
        <source>also cover the faces OpenCV suggests (listed on stderr; detection misses faces: check the copy)</source>
        <translation>tapar también los rostros que sugiere OpenCV (se listan en stderr; la detección no encuentra todos los rostros: revise la copia)</translation>
    </message>
    <message>
        <source>redact needs at least one --box X,Y,W,H (or --suggest).</source>
        <translation>redact necesita al menos un --box X,Y,W,H (o --suggest).</translation>
    </message>
    <message>
        <source>Suggested face: %1</source>
        <translation>Rostro sugerido: %1</translation>
    </message>
    <message>
        <source>Nothing to redact: give boxes with --box. Nothing was stored.</source>
        <translation>Nada que ocultar: indique recuadros con --box. No se guardó nada.</translation>
    </message>
    <message>
        <source>The same redacted copy is already on the case (item %1).</source>
        <translation>La misma copia con partes ocultas ya está en el caso (elemento %1).</translation>
    </message>
    <message>
        <source>bpd-iad (Boston Police internal affairs, the default), accountability (the City&apos;s police accountability office), post (the state&apos;s POST Commission, for officers of any agency) or another body&apos;s name</source>
        <translation>bpd-iad (Asuntos Internos de la Policía de Boston, el predeterminado), accountability (la oficina de rendición de cuentas policial de la Ciudad), post (la POST Commission del estado, para agentes de cualquier agencia) o el nombre de otro organismo</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability, post or a body&apos;s name.</source>
        <translation>--to necesita bpd-iad, accountability, post o el nombre de un organismo.</translation>
    </message>
    <message>
        <source>with --pdf</source>
        <translation>con --pdf</translation>
    </message>
    <message>
        <source>a4 or letter (default: the paper last chosen in the app, else letter)</source>
        <translation>a4 o letter (predeterminado: el papel elegido por última vez en la aplicación; si no, letter)</translation>
    </message>
    <message>
        <source>trustdesk-cli %1 does not work with an office server yet.</source>
        <translation>trustdesk-cli %1 todavía no funciona con un servidor de la oficina.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive column of the case list. Use one of: %2.</source>
        <translation>&quot;%1&quot; no es una columna sensible de la lista de casos. Use una de estas: %2.</translation>
    </message>
    <message>
        <source>write the list as CSV for a spreadsheet (UTF-8 with a byte-order mark); sensitive client columns are left out unless included; recorded in the audit log</source>
        <translation>escribir la lista como CSV para una hoja de cálculo (UTF-8 con marca de orden de bytes); las columnas sensibles del cliente se omiten salvo que se incluyan; queda en el registro de auditoría</translation>
    </message>
    <message>
        <source>database file, or an office server&apos;s postgresql:// URI (default: %1)</source>
        <translation>archivo de base de datos, o URI postgresql:// de un servidor de la oficina (predeterminado: %1)</translation>
    </message>
    <message>
        <source>List officers recorded in more than one incident, most incidents first: incidents, cases, badge number, agency, first and last incident, violation categories, name. Officers are recognized by badge number (spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros ignored) and agency.</source>
        <translation>Lista los agentes registrados en más de un incidente, primero los que tienen más incidentes: incidentes, casos, número de placa, agencia, primer y último incidente, categorías de infracción, nombre. Los agentes se reconocen por número de placa (se ignoran espacios, &quot;#&quot;, &quot;No.&quot; y ceros iniciales) y agencia.</translation>
    </message>
    <message>
        <source>print JSON instead of one line an officer</source>
        <translation>imprimir JSON en lugar de una línea por agente</translation>
    </message>
    <message>
        <source>only officers in at least N incidents (default 2; 1 lists all)</source>
        <translation>solo agentes en al menos N incidentes (predeterminado 2; 1 los lista todos)</translation>
    </message>
    <message>
        <source>instead, list the cases in which this badge number appears</source>
        <translation>en su lugar, listar los casos en los que aparece este número de placa</translation>
    </message>
    <message>
        <source>with --badge, only this agency (records without an agency match any)</source>
        <translation>con --badge, solo esta agencia (los registros sin agencia coinciden con cualquiera)</translation>
    </message>
    <message>
        <source>officers takes no arguments.</source>
        <translation>officers no admite argumentos.</translation>
    </message>
    <message>
        <source>--min-incidents needs a whole number of 1 or more.</source>
        <translation>--min-incidents necesita un número entero de 1 o más.</translation>
    </message>
    <message>
        <source>--agency needs --badge.</source>
        <translation>--agency necesita --badge.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cases and incidents by %1 and %2</source>
        <translation>Casos e incidentes por %1 y %2</translation>
    </message>
    <message>
        <source>Cases and incidents by %1</source>
        <translation>Casos e incidentes por %1</translation>
    </message>
    <message>
        <source>Incidents dated %1 to %2</source>
        <translation>Incidentes con fecha del %1 al %2</translation>
    </message>
    <message>
        <source>Incidents dated %1 or later</source>
        <translation>Incidentes con fecha del %1 o posterior</translation>
    </message>
    <message>
        <source>Incidents dated %1 or earlier</source>
        <translation>Incidentes con fecha del %1 o anterior</translation>
    </message>
    <message>
        <source>* suppressed: a count from 1 to %1, or one hidden so that such a count cannot be worked out from the totals.</source>
        <translation>* oculto: un recuento del 1 al %1, u otro ocultado para que ese recuento no se pueda deducir de los totales.</translation>
    </message>
    <message>
        <source>A case or incident can count in several rows or columns (several categories, or incidents in several months, districts or agencies); totals count each once, so they are less than the sum of their cells.</source>
        <translation>Un caso o incidente puede contar en varias filas o columnas (varias categorías, o incidentes en varios meses, distritos o agencias); los totales cuentan cada uno una sola vez, así que son menores que la suma de sus celdas.</translation>
    </message>
    <message>
        <source>--by takes one or two dimensions, e.g. --by category,month.</source>
        <translation>--by admite una o dos dimensiones, p. ej. --by category,month.</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;. Use one or two of: %2.</source>
        <translation>Dimensión desconocida &quot;%1&quot;. Use una o dos de estas: %2.</translation>
    </message>
    <message>
        <source>--by names &quot;%1&quot; twice.</source>
        <translation>--by nombra &quot;%1&quot; dos veces.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 necesita una fecha como YYYY-MM-DD, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from no debe ser posterior a --to.</translation>
    </message>
    <message>
        <source>--min-count needs a whole number of 1 or more.</source>
        <translation>--min-count necesita un número entero de 1 o más.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Elija --json o --csv, no ambos.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>Count cases and incidents by one or two dimensions, for an office&apos;s own overview or to publish. Counts from 1 to K-1 are suppressed, and further counts where one could otherwise be worked out from the totals; no names, references or free text are printed (docs/statistics.md).</source>
        <translation>Cuenta casos e incidentes por una o dos dimensiones, para el panorama propio de una oficina o para publicar. Se ocultan los recuentos del 1 al K-1, y otros recuentos cuando de lo contrario se podrían deducir de los totales; no se imprimen nombres, referencias ni texto libre (docs/statistics.md).</translation>
    </message>
    <message>
        <source>one or two dimensions, comma-separated (default category): %1</source>
        <translation>una o dos dimensiones, separadas por comas (predeterminado category): %1</translation>
    </message>
    <message>
        <source>count incidents dated on or after D (YYYY-MM-DD)</source>
        <translation>contar incidentes con fecha D o posterior (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>count incidents dated on or before D (YYYY-MM-DD)</source>
        <translation>contar incidentes con fecha D o anterior (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>suppress counts below K (default %1)</source>
        <translation>ocultar recuentos menores de K (predeterminado %1)</translation>
    </message>
    <message>
        <source>only cases with these statuses, comma-separated</source>
        <translation>solo casos con estos estados, separados por comas</translation>
    </message>
    <message>
        <source>only the cases assigned to this caseworker</source>
        <translation>solo los casos asignados a este responsable</translation>
    </message>
    <message>
        <source>print JSON: each count, or null when suppressed</source>
        <translation>imprimir JSON: cada recuento, o null si está oculto</translation>
    </message>
    <message>
        <source>print CSV (UTF-8 with a byte order mark)</source>
        <translation>imprimir CSV (UTF-8 con marca de orden de bytes)</translation>
    </message>
    <message>
        <source>also write the statistics as a PDF report to FILE</source>
        <translation>escribir además las estadísticas como informe PDF en FILE</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>stats no admite argumentos.</translation>
    </message>
    <message>
        <source>This program cannot write PDFs.</source>
        <translation>Este programa no puede escribir archivos PDF.</translation>
    </message>
    <message>
        <source>The office key has no recovery key: give your own passphrase.</source>
        <translation>La clave de la oficina no tiene clave de recuperación: indique su propia contraseña.</translation>
    </message>
    <message>
        <source>write the list as an Excel workbook (.xlsx) to the file given with --out; the same columns as --csv, recorded in the audit log</source>
        <translation>escribir la lista como libro de Excel (.xlsx) en el archivo indicado con --out; las mismas columnas que --csv, queda en el registro de auditoría</translation>
    </message>
    <message>
        <source>with --csv or --xlsx, deliberately add this sensitive client column (%1); repeatable, recorded in the audit log</source>
        <translation>con --csv o --xlsx, agregar a propósito esta columna sensible del cliente (%1); se puede repetir, queda en el registro de auditoría</translation>
    </message>
    <message>
        <source>with --csv, write to FILE (owner-only) instead of standard output; with --xlsx, the file to write (required)</source>
        <translation>con --csv, escribir en FILE (solo para el propietario) en lugar de la salida estándar; con --xlsx, el archivo que escribir (obligatorio)</translation>
    </message>
    <message>
        <source>Choose one of --csv, --xlsx and --json.</source>
        <translation>Elija solo uno de --csv, --xlsx y --json.</translation>
    </message>
    <message>
        <source>--include and --out need --csv or --xlsx.</source>
        <translation>--include y --out necesitan --csv o --xlsx.</translation>
    </message>
    <message>
        <source>An XLSX workbook is binary and is not written to a terminal. Give the file to write with --out FILE.</source>
        <translation>Un libro XLSX es binario y no se escribe en una terminal. Indique el archivo que escribir con --out FILE.</translation>
    </message>
    <message>
        <source>--xlsx writes a file, not standard output: give it with --out FILE.</source>
        <translation>--xlsx escribe un archivo, no la salida estándar: indíquelo con --out FILE.</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for the login &quot;%1&quot; with this passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`. Without at least one person&apos;s passphrase, the evidence on this server cannot be read: give the key to two people.</source>
        <translation>Se creó la clave de la oficina y se guardó para el usuario &quot;%1&quot;, protegida con esta contraseña. Agregue colegas con `trustdesk-cli office-key add LOGIN`. Sin la contraseña de al menos una persona, las pruebas de este servidor no se pueden leer: dé la clave a dos personas.</translation>
    </message>
    <message>
        <source>The office key was wrapped for the login &quot;%1&quot;: that person now opens the evidence with their own passphrase. Nothing was re-encrypted.</source>
        <translation>Se guardó la clave de la oficina para el usuario &quot;%1&quot;: esa persona ahora abre las pruebas con su propia contraseña. No se volvió a cifrar nada.</translation>
    </message>
    <message>
        <source>Manage the office key of an office server, which encrypts the evidence kept in it. &quot;init&quot; makes the key and wraps it for your login with a passphrase (from --passphrase-file or asked twice). &quot;add LOGIN&quot; wraps the same key for a colleague: your passphrase comes from the usual places, theirs from --new-passphrase-file or is asked twice. &quot;list&quot; shows the logins holding the key.</source>
        <translation>Administra la clave de la oficina de un servidor de la oficina, que cifra las pruebas guardadas en él. &quot;init&quot; crea la clave y la guarda para su usuario con una contraseña (de --passphrase-file o pedida dos veces). &quot;add LOGIN&quot; guarda la misma clave para un colega: su contraseña se toma de los lugares habituales, y la del colega de --new-passphrase-file o se pide dos veces. &quot;list&quot; muestra los usuarios que tienen la clave.</translation>
    </message>
    <message>
        <source>init, add or list</source>
        <translation>init, add o list</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s server login</source>
        <translation>para add: el usuario del colega en el servidor</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s passphrase, the first line of FILE</source>
        <translation>para add: la contraseña del colega, la primera línea de FILE</translation>
    </message>
    <message>
        <source>office-key needs init, add LOGIN or list.</source>
        <translation>office-key necesita init, add LOGIN o list.</translation>
    </message>
    <message>
        <source>An office key exists only on an office server: give --db a postgresql:// URI. A database file is encrypted with its own passphrase instead.</source>
        <translation>La clave de la oficina solo existe en un servidor de la oficina: dé a --db una URI postgresql://. Un archivo de base de datos, en cambio, se cifra con su propia contraseña.</translation>
    </message>
    <message>
        <source>Audit log checked only as far as your role allows: your %1 of %2 entries each match their hash. The links between everyone&apos;s entries can be checked only by a supervisor or an admin.</source>
        <translation>Registro de auditoría comprobado solo hasta donde permite su función: sus %1 de %2 entradas coinciden cada una con su hash. Los enlaces entre las entradas de todos solo puede comprobarlos un supervisor o un administrador.</translation>
    </message>
    <message>
        <source>--head was not checked: the entry may be one your role cannot read.</source>
        <translation>--head no se comprobó: puede que la entrada sea una que su función no puede leer.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE and of its evidence to the folder FILE.evidence beside it (safe while TrustDesk is open); together they are an openable TrustDesk database. Neither may exist yet. Every evidence file is re-hashed while it is copied: a missing or changed file stops the backup with exit code 3 and nothing is left behind. Of an office database (a postgresql:// URI), FILE alone holds everything, evidence included, encrypted with the office key.</source>
        <translation>Escribe una copia coherente de la base de datos en FILE y de sus pruebas en la carpeta FILE.evidence, a su lado (es seguro aunque TrustDesk esté abierto); juntas forman una base de datos de TrustDesk que se puede abrir. Ninguna de las dos debe existir todavía. El hash de cada archivo de prueba se vuelve a calcular mientras se copia: un archivo que falta o que cambió detiene la copia de seguridad con el código de salida 3 y no queda nada. De una base de datos de la oficina (un URI postgresql://), solo FILE lo contiene todo, pruebas incluidas, cifrado con la clave de la oficina.</translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents and its evidence with the backup FILE and the folder FILE.evidence beside it. The backup is verified first, every evidence file re-hashed; a backup that does not verify is refused and nothing changes. Run it while TrustDesk is closed. An encrypted backup (FILE.vault beside it) opens with the passphrase it was made with or the recovery key; it restores into an encrypted database, or onto a new path, which then opens like the backup. It is never restored into an unencrypted database. A plaintext backup restored into an encrypted database is encrypted on the way. An office backup restores into an empty office database only (a postgresql:// URI), opened with the passphrase of a login that held the office key when it was made.</source>
        <translation>Reemplaza el contenido de la base de datos y sus pruebas con la copia de seguridad FILE y la carpeta FILE.evidence que está a su lado. Primero se comprueba la copia de seguridad, volviendo a calcular el hash de cada archivo de prueba; una copia que no pasa la comprobación se rechaza y no cambia nada. Ejecútelo con TrustDesk cerrado. Una copia de seguridad cifrada (con FILE.vault a su lado) se abre con la contraseña con la que se hizo o con la clave de recuperación; se restaura en una base de datos cifrada, o en una ruta nueva, que luego se abre igual que la copia. Nunca se restaura en una base de datos sin cifrar. Una copia sin cifrar que se restaura en una base de datos cifrada se cifra por el camino. Una copia de seguridad de la oficina solo se restaura en una base de datos de la oficina vacía (un URI postgresql://), y se abre con la contraseña de un usuario que tenía la clave de la oficina cuando se hizo.</translation>
    </message>
    <message>
        <source>office backup: whose copy of the office key opens it (default: the login of --db)</source>
        <translation>copia de seguridad de la oficina: de quién es la copia de la clave de la oficina que la abre (por defecto: el usuario de --db)</translation>
    </message>
    <message>
        <source>--login is for restoring an office backup into an office database.</source>
        <translation>--login sirve para restaurar una copia de seguridad de la oficina en una base de datos de la oficina.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so there is no passphrase to change. Your server login&apos;s password is the server administrator&apos;s to change.</source>
        <translation>Este servidor de la oficina todavía no tiene clave de la oficina, así que no hay ninguna contraseña que cambiar. La contraseña de su usuario del servidor la cambia el administrador del servidor.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key was changed: the old one no longer opens the evidence on this server as &quot;%1&quot;. Colleagues keep their own passphrases; nothing was re-encrypted. Your server login&apos;s password is unchanged.</source>
        <translation>Se cambió su contraseña de la clave de la oficina: la anterior ya no abre las pruebas de este servidor como &quot;%1&quot;. Sus colegas conservan sus propias contraseñas; no se volvió a cifrar nada. La contraseña de su usuario del servidor no cambió.</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted database. The current passphrase (or the recovery key) comes from the usual places; the new one from --new-passphrase-file, else it is asked twice on the terminal. Only the key file is rewritten, in one step: after a crash exactly one of the two passphrases works. The recovery key stays the same. Backups made before keep opening with the passphrase they were made with. On an office server (--db postgresql://…) it changes your own passphrase for the office key instead.</source>
        <translation>Cambia la contraseña de una base de datos cifrada. La contraseña actual (o la clave de recuperación) se toma de los lugares habituales; la nueva, de --new-passphrase-file, o se pide dos veces en el terminal. Solo se reescribe el archivo de la clave, en un solo paso: después de un fallo, funciona exactamente una de las dos contraseñas. La clave de recuperación no cambia. Las copias de seguridad hechas antes se siguen abriendo con la contraseña con la que se hicieron. En un servidor de la oficina (--db postgresql://…) cambia en su lugar su propia contraseña de la clave de la oficina.</translation>
    </message>
    <message>
        <source>An office server is not encrypted with a passphrase: encrypt turns a database file into a vault. On a server, its logins and TLS protect the case data, and the evidence is already encrypted with the office key (`trustdesk-cli office-key`).</source>
        <translation>Un servidor de la oficina no se cifra con una contraseña: encrypt convierte un archivo de base de datos en una base cifrada. En un servidor, sus usuarios y TLS protegen los datos de los casos, y las pruebas ya están cifradas con la clave de la oficina (`trustdesk-cli office-key`).</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for your login with the office passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`.</source>
        <translation>Se creó la clave de la oficina y se protegió para su usuario con su contraseña de la oficina. Agregue a sus colegas con `trustdesk-cli office-key add LOGIN`.</translation>
    </message>
    <message>
        <source>Office key passphrase: </source>
        <translation>Contraseña de la clave de la oficina: </translation>
    </message>
    <message>
        <source>The server&apos;s office key needs your office passphrase: give --office-passphrase-file FILE or run migrate at a terminal.</source>
        <translation>La clave de la oficina del servidor necesita su contraseña de la oficina: indique --office-passphrase-file FILE o ejecute migrate en un terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</source>
        <translation>
            <numerusform>Se copió %n caso y %1 prueba(s) (%2 bytes) a %3 y se comprobaron: todas las tablas tienen las mismas filas, la cadena de auditoría está intacta y cada prueba se vuelve a leer con su SHA-256.</numerusform>
            <numerusform>Se copiaron %n casos y %1 prueba(s) (%2 bytes) a %3 y se comprobaron: todas las tablas tienen las mismas filas, la cadena de auditoría está intacta y cada prueba se vuelve a leer con su SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was only read: keep it as it is until colleagues have worked on the server for a while, then delete it with its evidence folder (or keep it as a backup in a safe place).</source>
        <translation>%1 solo se leyó: consérvelo tal como está hasta que sus colegas hayan trabajado un tiempo en el servidor; luego elimínelo junto con su carpeta de pruebas (o guárdelo como copia de seguridad en un lugar seguro).</translation>
    </message>
    <message>
        <source>Copy the database file given with --db, with its evidence, into an empty office server (--to URI), then check the copy. The file is only read. An encrypted file opens with its passphrase as usual (--passphrase-file…). The evidence on the server is encrypted with the office key: when the server has none, it is made and wrapped with your office passphrase (--office-passphrase-file or asked twice); otherwise that passphrase unlocks it. Nothing is kept on the server unless everything copied and checked.</source>
        <translation>Copia el archivo de base de datos indicado con --db, con sus pruebas, en un servidor de la oficina vacío (--to URI), y luego comprueba la copia. El archivo solo se lee. Un archivo cifrado se abre con su contraseña como siempre (--passphrase-file…). Las pruebas del servidor se cifran con la clave de la oficina: si el servidor no tiene ninguna, se crea y se protege con su contraseña de la oficina (--office-passphrase-file, o se pide dos veces); si no, esa contraseña la desbloquea. No se guarda nada en el servidor a menos que todo se haya copiado y comprobado.</translation>
    </message>
    <message>
        <source>the office server, a postgresql:// URI (required)</source>
        <translation>el servidor de la oficina, un URI postgresql:// (obligatorio)</translation>
    </message>
    <message>
        <source>your passphrase for the office key, the first line of FILE (not the file&apos;s passphrase)</source>
        <translation>su contraseña de la clave de la oficina, la primera línea de FILE (no la contraseña del archivo)</translation>
    </message>
    <message>
        <source>print a summary as JSON</source>
        <translation>imprime un resumen en JSON</translation>
    </message>
    <message>
        <source>migrate takes no arguments.</source>
        <translation>migrate no admite argumentos.</translation>
    </message>
    <message>
        <source>migrate needs --to URI.</source>
        <translation>migrate necesita --to URI.</translation>
    </message>
    <message>
        <source>migrate copies a database file: give --db the file and --to the server.</source>
        <translation>migrate copia un archivo de base de datos: indique el archivo con --db y el servidor con --to.</translation>
    </message>
    <message>
        <source>--to needs an office server&apos;s postgresql:// URI.</source>
        <translation>--to necesita el URI postgresql:// de un servidor de la oficina.</translation>
    </message>
    <message>
        <source>The database file is at schema version %1, this version of TrustDesk at %2: open it once with the app or change it with trustdesk-cli to upgrade it, then migrate.</source>
        <translation>El archivo de base de datos está en la versión de esquema %1, y esta versión de TrustDesk en la %2: ábralo una vez con la aplicación o modifíquelo con trustdesk-cli para actualizarlo, y luego ejecute migrate.</translation>
    </message>
    <message>
        <source>The office server already holds data (table &quot;%1&quot; has rows): migrate copies only into an empty office database. Nothing was changed.</source>
        <translation>El servidor de la oficina ya tiene datos (la tabla &quot;%1&quot; tiene filas): migrate solo copia en una base de datos de la oficina vacía. No se cambió nada.</translation>
    </message>
    <message>
        <source>Migrating into the office database</source>
        <translation>Pasando los datos a la base de datos de la oficina</translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 bytes</source>
        <translation>Pruebas: %1 de %2 bytes</translation>
    </message>
    <message>
        <source>Checking the copy: %1 of %2</source>
        <translation>Comprobando la copia: %1 de %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Copiando %1: %2 de %3 filas</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 ya existe; elija un nombre nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo la copia de seguridad</translation>
    </message>
    <message>
        <source>It holds the whole office database, evidence included, encrypted with the office key: it opens with the passphrase of a person who held the key when it was made.</source>
        <translation>Contiene toda la base de datos de la oficina, pruebas incluidas, cifrada con la clave de la oficina: se abre con la contraseña de una persona que tenía la clave cuando se hizo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; the office database is unchanged. %2</source>
        <translation>&quot;%1&quot; no se restauró; la base de datos de la oficina no cambió. %2</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Say whose passphrase opens the backup with --login: one of %1.</source>
        <translation>Indique con --login la contraseña de quién abre la copia de seguridad: uno de %1.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>La comprobación FALLÓ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: %1 (made %2 by %3, schema %4; %n evidence item(s) open whole, audit log of %5 entries chains)</source>
        <translation>
            <numerusform>Copia de seguridad comprobada: %1 (hecha el %2 por %3, esquema %4; %n prueba se abre completa, la cadena del registro de auditoría de %5 entradas está intacta)</numerusform>
            <numerusform>Copia de seguridad comprobada: %1 (hecha el %2 por %3, esquema %4; %n pruebas se abren completas, la cadena del registro de auditoría de %5 entradas está intacta)</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy on the server differs from the database file (%1). Nothing was kept on the server.</source>
        <translation>La copia del servidor no coincide con el archivo de base de datos (%1). No se guardó nada en el servidor.</translation>
    </message>
    <message>
        <source>Evidence item %1 (%2) of case %3 could not be copied: %4 Nothing was kept on the server.</source>
        <translation>No se pudo copiar la prueba %1 (%2) del caso %3: %4 No se guardó nada en el servidor.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 on the server</source>
        <translation>%1: %2 filas, %3 en el servidor</translation>
    </message>
    <message>
        <source>%1: the rows&apos; contents</source>
        <translation>%1: el contenido de las filas</translation>
    </message>
    <message>
        <source>evidence item %1 (%2)</source>
        <translation>prueba %1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is now %2 on this office server.</source>
        <translation>El usuario &quot;%1&quot; ahora tiene la función %2 en este servidor de la oficina.</translation>
    </message>
    <message>
        <source>the person&apos;s server login</source>
        <translation>el usuario de la persona en el servidor</translation>
    </message>
    <message>
        <source>for role: caseworker, supervisor or admin</source>
        <translation>para role: caseworker, supervisor o admin</translation>
    </message>
    <message>
        <source>for add: caseworker, supervisor or admin</source>
        <translation>para add: caseworker, supervisor o admin</translation>
    </message>
    <message>
        <source>for list: print JSON</source>
        <translation>para list: imprime JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use caseworker, supervisor or admin.</source>
        <translation>&quot;%1&quot; no es una función: use caseworker, supervisor o admin.</translation>
    </message>
    <message>
        <source>Staff and roles exist only on an office server: give --db a postgresql:// URI. A database file belongs to whoever can open it.</source>
        <translation>El personal y las funciones solo existen en un servidor de la oficina: indique en --db un URI postgresql://. Un archivo de base de datos pertenece a quien pueda abrirlo.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no role on this office server any more; the login itself was kept.</source>
        <translation>El usuario &quot;%1&quot; ya no tiene ninguna función en este servidor de la oficina; el usuario en sí se conservó.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; had no role on this office server.</source>
        <translation>El usuario &quot;%1&quot; no tenía ninguna función en este servidor de la oficina.</translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity, links between records, the search index and case numbering, and re-hash every evidence file in the store (changed, missing or unexpected files fail). Changes nothing but the evidence chain of custody, which records each verification. With --backup FILE, check an office database&apos;s backup instead, without restoring it: every seal, the row counts, the audit chain and every evidence item&apos;s sealed chunks.</source>
        <translation>Comprueba la base de datos: la integridad de SQLite, los enlaces entre registros, el índice de búsqueda y la numeración de los casos, y vuelve a calcular el hash de cada archivo de prueba del almacén (los archivos cambiados, que faltan o inesperados hacen fallar la comprobación). No cambia nada, salvo la cadena de custodia de las pruebas, que registra cada comprobación. Con --backup FILE, comprueba en cambio una copia de seguridad de una base de datos de la oficina, sin restaurarla: cada sello, el número de filas, la cadena de auditoría y los fragmentos sellados de cada prueba.</translation>
    </message>
    <message>
        <source>check this office backup file instead</source>
        <translation>comprueba este archivo de copia de seguridad de la oficina en su lugar</translation>
    </message>
    <message>
        <source>with --backup: whose copy of the office key opens it (default: the login of --db, or the only one)</source>
        <translation>con --backup: de quién es la copia de la clave de la oficina que la abre (por defecto: el usuario de --db, o el único que haya)</translation>
    </message>
    <message>
        <source>--login goes with --backup.</source>
        <translation>--login va con --backup.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure, 4 wrong or missing passphrase or recovery key, 5 not allowed to this login by the office server.</source>
        <translation>Códigos de salida: 0 correcto, 1 uso, 2 entrada incorrecta o no encontrada, 3 fallo de integridad, 4 contraseña o clave de recuperación incorrecta o ausente, 5 el servidor de la oficina no se lo permite a este usuario.</translation>
    </message>
    <message>
        <source>office passphrase file</source>
        <translation>archivo de la contraseña de la oficina</translation>
    </message>
    <message>
        <source>login password file</source>
        <translation>archivo de la contraseña del usuario del servidor</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has a new password; its old one no longer opens the office server.</source>
        <translation>El usuario &quot;%1&quot; tiene una contraseña nueva; la anterior ya no abre el servidor de la oficina.</translation>
    </message>
    <message>
        <source>Manage the people of an office server (admins only). &quot;add LOGIN --role ROLE&quot; gives a login a role, creating the login (without a password, or with the first line of --password-file, ASCII only, of which the server receives only the SCRAM-SHA-256 verifier) when it is missing; &quot;role LOGIN ROLE&quot; changes it; &quot;password LOGIN --password-file FILE&quot; gives a staff member a new password (the same rules) and keeps the role; &quot;remove LOGIN&quot; takes every role away (the login stays); &quot;list&quot; shows login, role and whether the person holds the office key. Roles: caseworker, supervisor, admin.</source>
        <translation>Administra las personas de un servidor de la oficina (solo administradores). &quot;add LOGIN --role ROLE&quot; da una función a un usuario, y crea el usuario si no existe (sin contraseña, o con la primera línea de --password-file, solo ASCII, de la que el servidor recibe únicamente el verificador SCRAM-SHA-256); &quot;role LOGIN ROLE&quot; la cambia; &quot;password LOGIN --password-file FILE&quot; da una contraseña nueva a un miembro del personal (con las mismas reglas) y mantiene su función; &quot;remove LOGIN&quot; quita todas las funciones (el usuario se mantiene); &quot;list&quot; muestra el usuario, la función y si la persona tiene la clave de la oficina. Funciones: caseworker, supervisor, admin.</translation>
    </message>
    <message>
        <source>add, role, password, remove or list</source>
        <translation>add, role, password, remove o list</translation>
    </message>
    <message>
        <source>for add and password: the login&apos;s password (ASCII), the first line of FILE; only its SCRAM-SHA-256 verifier is sent to the server</source>
        <translation>para add y password: la contraseña del usuario (ASCII), la primera línea de FILE; al servidor solo se envía su verificador SCRAM-SHA-256</translation>
    </message>
    <message>
        <source>staff needs add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN or list.</source>
        <translation>staff necesita add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN o list.</translation>
    </message>
</context>
</TS>
