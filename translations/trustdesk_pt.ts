<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the audit log</source>
        <translation>Registrando no registro de auditoria</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Lendo o registro de auditoria</translation>
    </message>
    <message>
        <source>Audit entry %1 is the first one but does not start the chain: earlier entries were removed.</source>
        <translation>A entrada de auditoria %1 é a primeira, mas não inicia a cadeia: entradas anteriores foram removidas.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries between them were removed or inserted, or entry %2 was changed.</source>
        <translation>A entrada de auditoria %1 não vem depois da entrada %2: entradas entre elas foram removidas ou inseridas, ou a entrada %2 foi alterada.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its hash does not match its contents.</source>
        <translation>A entrada de auditoria %1 foi alterada depois de gravada: o hash dela não corresponde ao conteúdo.</translation>
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
        <translation>%1: o disco está cheio.</translation>
    </message>
    <message>
        <source>%1: the copy could not be completed.</source>
        <translation>%1: não foi possível concluir a cópia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; já existe; escolha um novo nome de arquivo para o backup.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>A pasta &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>Não foi possível iniciar o backup.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be created.</source>
        <translation>Não foi possível criar o arquivo de backup &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be opened.</source>
        <translation>Não foi possível abrir o arquivo de backup &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Fazendo o backup</translation>
    </message>
    <message>
        <source>The backup file could not be finished.</source>
        <translation>Não foi possível concluir o arquivo de backup.</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>Não foi possível gravar o backup no disco.</translation>
    </message>
    <message>
        <source>The backup did not verify, so it was discarded: %1</source>
        <translation>O backup não passou na verificação e foi descartado: %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place.</source>
        <translation>Não foi possível mover o backup para o lugar certo.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Não é possível restaurar um banco de dados a partir dele mesmo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>&quot;%1&quot; não foi restaurado: %2</translation>
    </message>
    <message>
        <source>The restore could not be started.</source>
        <translation>Não foi possível iniciar a restauração.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>Não foi possível abrir &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>The backup&apos;s evidence folder could not be created: %1</source>
        <translation>Não foi possível criar a pasta de provas do backup: %1</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>O backup não foi gravado: %1</translation>
    </message>
    <message>
        <source>The backup was not written, because evidence files in the store are missing or have changed (run verify to check the whole store):</source>
        <translation>O backup não foi gravado porque há arquivos de prova faltando ou alterados no depósito (execute verify para verificar todo o depósito):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, and a backup keeps its evidence there; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; já existe, e um backup guarda as provas ali; escolha um novo nome de arquivo para o backup.</translation>
    </message>
    <message>
        <source>Evidence kept being removed while the backup ran, so it was not written. Try again when no one is removing evidence.</source>
        <translation>Provas continuaram sendo retiradas durante o backup, por isso ele não foi gravado. Tente de novo quando ninguém estiver retirando provas.</translation>
    </message>
    <message>
        <source>Evidence files of the backup are missing or have changed:</source>
        <translation>Há arquivos de prova do backup faltando ou alterados:</translation>
    </message>
    <message>
        <source>the evidence cannot be written beside the database: %1</source>
        <translation>não é possível gravar as provas ao lado do banco de dados: %1</translation>
    </message>
    <message>
        <source>evidence files of the backup are missing or have changed:</source>
        <translation>há arquivos de prova do backup faltando ou alterados:</translation>
    </message>
    <message>
        <source>The database was restored, but its evidence could not be put in place (%1). Run the restore again.</source>
        <translation>O banco de dados foi restaurado, mas não foi possível colocar as provas no lugar (%1). Execute a restauração de novo.</translation>
    </message>
    <message>
        <source>The backup was canceled; nothing was written.</source>
        <translation>O backup foi cancelado; nada foi gravado.</translation>
    </message>
    <message>
        <source>The restore was canceled; nothing was changed.</source>
        <translation>A restauração foi cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>The check of the backup was canceled.</source>
        <translation>A verificação do backup foi cancelada.</translation>
    </message>
    <message>
        <source>This backup is encrypted: it opens only with the passphrase it was made with, or the recovery key.</source>
        <translation>Este backup é criptografado: só abre com a senha usada para fazê-lo ou com a chave de recuperação.</translation>
    </message>
    <message>
        <source>the backup cannot be encrypted beside the database: %1</source>
        <translation>não é possível criptografar o backup ao lado do banco de dados: %1</translation>
    </message>
    <message>
        <source>The backup was not written: the key file could not be copied.</source>
        <translation>O backup não foi gravado: não foi possível copiar o arquivo de chaves.</translation>
    </message>
    <message>
        <source>the backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new database, or encrypt this one first.</source>
        <translation>o backup é criptografado e este banco de dados não é, então os casos dele seriam gravados sem criptografia. Restaure-o em um novo banco de dados ou criptografe este primeiro.</translation>
    </message>
    <message>
        <source>the backup is of another encrypted database, and its evidence files are sealed with that database&apos;s keys. Restore it to a new path instead.</source>
        <translation>o backup é de outro banco de dados criptografado, e os arquivos de prova dele estão selados com as chaves desse banco. Restaure-o em um novo caminho.</translation>
    </message>
    <message>
        <source>the backup is not encrypted and holds evidence files, which would be placed unencrypted into this encrypted database. Restore it to a new path, then encrypt that database (trustdesk-cli encrypt).</source>
        <translation>o backup não é criptografado e contém arquivos de prova, que ficariam sem criptografia neste banco de dados criptografado. Restaure-o em um novo caminho e depois criptografe esse banco (trustdesk-cli encrypt).</translation>
    </message>
    <message>
        <source>The database was restored, but the audit entries made since the backup could not be added back to its log: %1</source>
        <translation>O banco de dados foi restaurado, mas não foi possível adicionar de volta ao registro as entradas de auditoria feitas desde o backup: %1</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>TrustDesk backup %1</source>
        <translation>Backup do TrustDesk %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Fazer backup</translation>
    </message>
    <message>
        <source>The backup is in %1.

Its evidence files are in the folder %2 beside it. Keep the two together: copy or move them as a pair, because the backup is not complete without its evidence folder.</source>
        <translation>O backup está em %1.

Os arquivos de prova dele estão na pasta %2, ao lado. Mantenha os dois juntos: copie ou mova sempre os dois, porque o backup não fica completo sem a pasta de provas.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 já existe. Um backup nunca substitui um arquivo: escolha outro nome.</translation>
    </message>
    <message>
        <source>The folder %1 already exists, and this backup would keep its evidence there. A backup never replaces anything: choose another name.</source>
        <translation>A pasta %1 já existe, e este backup guardaria as provas nela. Um backup nunca substitui nada: escolha outro nome.</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…e mais %n.</numerusform>
            <numerusform>…e mais %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>The cases could not be counted</source>
        <translation>Não foi possível contar os casos</translation>
    </message>
    <message>
        <source>The audit log could not be read</source>
        <translation>Não foi possível ler o registro de auditoria</translation>
    </message>
</context>
<context>
    <name>BackupWrite</name>
    <message>
        <source>Back Up</source>
        <translation>Fazer backup</translation>
    </message>
    <message>
        <source>Back-up canceled; nothing was written.</source>
        <translation>Backup cancelado; nada foi gravado.</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>O backup não foi gravado.</translation>
    </message>
    <message>
        <source>The changes you have not saved yet in the open case are not in this backup.</source>
        <translation>As alterações que você ainda não salvou no caso aberto não estão neste backup.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup gravado em %1</translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation>Backup gravado</translation>
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
        <translation>Queixas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Acompanhamentos</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Outra pessoa</translation>
    </message>
    <message>
        <source>%1 changed case %2.</source>
        <translation>%1 alterou o caso %2.</translation>
    </message>
    <message>
        <source>%1 changed case %2 at %3.</source>
        <translation>%1 alterou o caso %2 em %3.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsável pelo caso</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Hidden (sensitive)</source>
        <translation>Oculto (sensível)</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distrito policial</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Órgão</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violações</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>distintivo %1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Policial</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testemunha</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Queixas apresentadas</translation>
    </message>
    <message>
        <source>%1, %2, tracking number %3, %4</source>
        <translation>%1, %2, número de protocolo %3, %4</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Acompanhamentos</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>St&amp;atus</source>
        <translation>Si&amp;tuação</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>&amp;Aberto</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>&amp;Encerrado</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>Res&amp;ponsável pelo caso</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Não foi possível gravar a exportação: %1</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… e mais %n problema.</numerusform>
            <numerusform>… e mais %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added:
  %1</source>
        <translation>O arquivo não foi importado; nada foi adicionado:
  %1</translation>
    </message>
    <message>
        <source>The file is empty: it holds no TrustDesk cases.</source>
        <translation>O arquivo está vazio: não contém casos do TrustDesk.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>O arquivo não é um JSON válido (linha %1, coluna %2: %3).</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: it must be a JSON object with &quot;format&quot;: &quot;trustdesk-cases&quot;.</source>
        <translation>Este não é um arquivo de casos do TrustDesk: ele deve ser um objeto JSON com &quot;format&quot;: &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: its &quot;format&quot; must be &quot;trustdesk-cases&quot;.</source>
        <translation>Este não é um arquivo de casos do TrustDesk: o &quot;format&quot; dele deve ser &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>A &quot;version&quot; do arquivo deve ser um número inteiro a partir de 1.</translation>
    </message>
    <message>
        <source>The file was made by a newer TrustDesk (format version %1); this version reads version %2. Update TrustDesk to import it.</source>
        <translation>O arquivo foi criado por um TrustDesk mais novo (versão de formato %1); esta versão lê a versão %2. Atualize o TrustDesk para importá-lo.</translation>
    </message>
    <message>
        <source>is required and must be a list.</source>
        <translation>é obrigatório e deve ser uma lista.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>deve ser um objeto.</translation>
    </message>
    <message>
        <source>repeats the reference of cases[%1].</source>
        <translation>repete a referência de cases[%1].</translation>
    </message>
    <message>
        <source>is already used by a case in this database.</source>
        <translation>já é usado por um caso neste banco de dados.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added: %1</source>
        <translation>O arquivo não foi importado; nada foi adicionado: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TrustDesk case file.</source>
        <translation>%1 é uma pasta, não um arquivo de casos do TrustDesk.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB: split it into several files.</source>
        <translation>%1 tem mais de 1 GiB: divida-o em vários arquivos.</translation>
    </message>
    <message>
        <source>is not a sensitive field.</source>
        <translation>não é um campo sensível.</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>must be an object.</source>
        <translation>deve ser um objeto.</translation>
    </message>
    <message>
        <source>is not a known violation category code.</source>
        <translation>não é um código de categoria de violação conhecido.</translation>
    </message>
    <message>
        <source>repeats the category &quot;%1&quot;.</source>
        <translation>repete a categoria &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>não pode ser negativo.</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits.</source>
        <translation>deve ter 64 dígitos hexadecimais em minúsculas.</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>deve ser um destes: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known case status.</source>
        <translation>&quot;%1&quot; não é uma situação de caso conhecida.</translation>
    </message>
</context>
<context>
    <name>CaseListCsv</name>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Último incidente</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsável pelo caso</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>A exportação foi interrompida.</translation>
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
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <source>The case list was not exported: %1</source>
        <translation>A lista de casos não foi exportada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n caso exportado para %1.</numerusform>
            <numerusform>%n casos exportados para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Último incidente</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsável pelo caso</translation>
    </message>
</context>
<context>
    <name>CaseListReader</name>
    <message>
        <source>Reading the case list</source>
        <translation>Lendo a lista de casos</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>A exportação foi interrompida.</translation>
    </message>
    <message>
        <source>%1 cannot be exported in a list.</source>
        <translation>%1 não pode ser exportado em uma lista.</translation>
    </message>
</context>
<context>
    <name>CaseListXlsx</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memória insuficiente</translation>
    </message>
    <message>
        <source>a heading was refused</source>
        <translation>um título foi recusado</translation>
    </message>
    <message>
        <source>no header was written</source>
        <translation>nenhum cabeçalho foi gravado</translation>
    </message>
    <message>
        <source>The list has more cases than a spreadsheet holds (%1 rows). Narrow the list, or export it as CSV.</source>
        <translation>A lista tem mais casos do que cabem em uma planilha (%1 linhas). Reduza a lista ou exporte-a como CSV.</translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Responsável pelo caso</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>[withheld]</source>
        <translation>[omitido]</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distrito policial</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Órgão</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violações</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Policial</translation>
    </message>
    <message>
        <source>%1, badge %2, unit %3, %4</source>
        <translation>%1, distintivo %2, unidade %3, %4</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testemunha</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Queixas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Acompanhamentos</translation>
    </message>
    <message>
        <source>Sensitive fields are withheld. Use --include FIELD or --include-sensitive to show them (recorded in the audit log).</source>
        <translation>Os campos sensíveis estão omitidos. Use --include CAMPO ou --include-sensitive para mostrá-los (fica gravado no registro de auditoria).</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>Reading cases</source>
        <translation>Lendo os casos</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Não existe o caso %1.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>O caso não existe mais.</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>O caso %1 tem uma situação desconhecida.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not saved:
%1</source>
        <translation>O caso não foi salvo:
%1</translation>
    </message>
    <message>
        <source>The case %1 no longer exists; it was not saved.</source>
        <translation>O caso %1 não existe mais; ele não foi salvo.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Caso %1: %2</translation>
    </message>
    <message>
        <source>Deleting the case</source>
        <translation>Excluindo o caso</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Atualizando o índice de busca</translation>
    </message>
    <message>
        <source>%1 Your changes were not saved; nothing was written.</source>
        <translation>%1 Suas alterações não foram salvas; nada foi gravado.</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>Salvando o caso</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Intake</source>
        <translation>Triagem</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Reunindo provas</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>Pronto para apresentar</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Apresentado</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
</context>
<context>
    <name>CaseTextRedactor</name>
    <message>
        <source>Client notes</source>
        <translation>Anotações sobre o cliente</translation>
    </message>
    <message>
        <source>Incident %1, %2</source>
        <translation>Incidente %1, %2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>local</translation>
    </message>
    <message>
        <source>police district</source>
        <translation>distrito policial</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>órgão</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>relato</translation>
    </message>
    <message>
        <source>Incident %1, officer %2, %3</source>
        <translation>Incidente %1, policial %2, %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>número do distintivo</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <source>Incident %1, witness %2, %3</source>
        <translation>Incidente %1, testemunha %2, %3</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contato</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>depoimento</translation>
    </message>
    <message>
        <source>Evidence %1, %2</source>
        <translation>Prova %1, %2</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nome do arquivo</translation>
    </message>
    <message>
        <source>provided by</source>
        <translation>fornecida por</translation>
    </message>
    <message>
        <source>Filing %1, %2</source>
        <translation>Denúncia %1, %2</translation>
    </message>
    <message>
        <source>filed with</source>
        <translation>apresentada a</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>meio</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>número de acompanhamento</translation>
    </message>
    <message>
        <source>status</source>
        <translation>situação</translation>
    </message>
    <message>
        <source>Follow-up %1, note</source>
        <translation>Acompanhamento %1, anotação</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The case reference must look like TD-2026-00042.</source>
        <translation>A referência do caso deve ter o formato TD-2026-00042.</translation>
    </message>
    <message>
        <source>The date the case was opened is required.</source>
        <translation>A data de abertura do caso é obrigatória.</translation>
    </message>
    <message>
        <source>A case cannot be closed before it was opened.</source>
        <translation>Um caso não pode ser encerrado antes de ser aberto.</translation>
    </message>
    <message>
        <source>Say whom the complaint was filed with.</source>
        <translation>Informe a quem a queixa foi apresentada.</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>Um acompanhamento precisa de uma data de vencimento.</translation>
    </message>
    <message>
        <source>The SHA-256 must be 64 lowercase hexadecimal digits.</source>
        <translation>O SHA-256 deve ter 64 dígitos hexadecimais em minúsculas.</translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation>O tamanho não pode ser negativo.</translation>
    </message>
    <message>
        <source>The original file name is required.</source>
        <translation>O nome original do arquivo é obrigatório.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name, or mark the client as anonymous.</source>
        <translation>Digite o nome do cliente ou marque o cliente como anônimo.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Isto não parece um número de telefone.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Isto não parece um endereço de e-mail.</translation>
    </message>
    <message>
        <source>The incident date is required.</source>
        <translation>A data do incidente é obrigatória.</translation>
    </message>
    <message>
        <source>Unknown violation category &quot;%1&quot;.</source>
        <translation>Categoria de violação desconhecida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, badge number or a description.</source>
        <translation>Informe o nome do policial, o número do distintivo ou uma descrição.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Esta data está no futuro.</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Saving the case</source>
        <translation>Salvando o caso</translation>
    </message>
    <message>
        <source>The case numbering could not be read.</source>
        <translation>Não foi possível ler a numeração dos casos.</translation>
    </message>
    <message>
        <source>The client this case belongs to no longer exists.</source>
        <translation>O cliente deste caso não existe mais.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Anonymous client</source>
        <translation>Cliente anônimo</translation>
    </message>
</context>
<context>
    <name>ClientCopy</name>
    <message>
        <source>Your complaint</source>
        <translation>Sua queixa</translation>
    </message>
    <message>
        <source>A short record of the complaint about police conduct filed for you, and what to do next. Keep this paper in a safe place.</source>
        <translation>Um breve registro da queixa sobre a conduta policial apresentada em seu nome, e o que fazer em seguida. Guarde este papel em um lugar seguro.</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Referência do caso:</translation>
    </message>
    <message>
        <source>To be filed with:</source>
        <translation>A ser apresentada a:</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>Preparado em:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Número de protocolo:</translation>
    </message>
    <message>
        <source>Filed with:</source>
        <translation>Apresentada a:</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>Apresentada em:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Como:</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>Data do incidente:</translation>
    </message>
    <message>
        <source>What the complaint is about:</source>
        <translation>Do que trata a queixa:</translation>
    </message>
    <message>
        <source>Your caseworker:</source>
        <translation>Seu responsável pelo caso:</translation>
    </message>
    <message>
        <source>The client copy could not be printed.</source>
        <translation>Não foi possível imprimir a cópia do cliente.</translation>
    </message>
    <message>
        <source>Your legal-aid office:</source>
        <translation>Seu escritório de assistência jurídica:</translation>
    </message>
</context>
<context>
    <name>ClientField</name>
    <message>
        <source>Anonymous</source>
        <translation>Anônimo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nome preferido</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Precisa de intérprete</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nascimento</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Situação migratória</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Consentimento para apresentar</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data do consentimento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Sensitive: withheld from complaint reports, exports and printouts unless someone deliberately includes it (which is recorded).</source>
        <translation>Sensível: omitido dos relatórios de queixa, das exportações e das impressões, a menos que alguém o inclua de propósito (o que fica registrado).</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anônimo</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Precisa de intérprete</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>En&amp;dereço</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Data de &amp;nascimento</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Consentimento para apresentar</translation>
    </message>
    <message>
        <source>Sensitive field</source>
        <translation>Campo sensível</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nome completo</translation>
    </message>
    <message>
        <source>Prefe&amp;rred name</source>
        <translation>Nome p&amp;referido</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage</source>
        <translation>Idioma prefe&amp;rido</translation>
    </message>
    <message>
        <source>Coun&amp;try of birth</source>
        <translation>Paí&amp;s de nascimento</translation>
    </message>
    <message>
        <source>Immigration &amp;status</source>
        <translation>Situação &amp;migratória</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data do consentimento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
</context>
<context>
    <name>ClientMatcher</name>
    <message>
        <source>Looking for existing clients</source>
        <translation>Procurando clientes existentes</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>create or migrate the database</source>
        <translation>criar ou atualizar o banco de dados</translation>
    </message>
    <message>
        <source>list cases, optionally of one status</source>
        <translation>listar casos, opcionalmente de uma só situação</translation>
    </message>
    <message>
        <source>full-text search over cases</source>
        <translation>busca de texto completo nos casos</translation>
    </message>
    <message>
        <source>check integrity and invariants (exit 3 on failure)</source>
        <translation>verificar a integridade e as regras (código de saída 3 em caso de falha)</translation>
    </message>
    <message>
        <source>add fictional demo cases (for demos and benchmarks)</source>
        <translation>adicionar casos fictícios de demonstração (para demonstrações e testes de desempenho)</translation>
    </message>
    <message>
        <source>export cases as TrustDesk JSON</source>
        <translation>exportar casos como JSON do TrustDesk</translation>
    </message>
    <message>
        <source>import a TrustDesk JSON file, all or nothing</source>
        <translation>importar um arquivo JSON do TrustDesk, tudo ou nada</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>mostrar um caso</translation>
    </message>
    <message>
        <source>attach files to a case as evidence</source>
        <translation>anexar arquivos a um caso como provas</translation>
    </message>
    <message>
        <source>write the client&apos;s copy of a complaint as a PDF</source>
        <translation>gravar a cópia do cliente de uma queixa em PDF</translation>
    </message>
    <message>
        <source>list a case&apos;s evidence (SHA-256 first)</source>
        <translation>listar as provas de um caso (SHA-256 primeiro)</translation>
    </message>
    <message>
        <source>export a case&apos;s evidence with a manifest</source>
        <translation>exportar as provas de um caso com um inventário</translation>
    </message>
    <message>
        <source>write a case&apos;s complaint submission as a PDF</source>
        <translation>gravar a apresentação da queixa de um caso em PDF</translation>
    </message>
    <message>
        <source>write a consistent, verified copy of the database and its evidence</source>
        <translation>gravar uma cópia consistente e verificada do banco de dados e das provas</translation>
    </message>
    <message>
        <source>replace the database and its evidence with a verified backup</source>
        <translation>substituir o banco de dados e as provas por um backup verificado</translation>
    </message>
    <message>
        <source>remove an evidence item from a case, with a reason</source>
        <translation>retirar um item de prova de um caso, informando o motivo</translation>
    </message>
    <message>
        <source>list the audit log; &quot;audit verify&quot; checks its chain (exit 3 on a break)</source>
        <translation>lista o registro de auditoria; &quot;audit verify&quot; verifica a cadeia dele (sai com 3 se estiver quebrada)</translation>
    </message>
    <message>
        <source>change an encrypted database&apos;s passphrase</source>
        <translation>troca a senha de um banco de dados criptografado</translation>
    </message>
    <message>
        <source>encrypt a plaintext database in place, safely</source>
        <translation>criptografa no lugar, com segurança, um banco de dados sem criptografia</translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one to the current schema. A new database is encrypted: its passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal), and its recovery key is shown once or written to --recovery-key-out.</source>
        <translation>Cria o banco de dados ou atualiza um existente para o esquema atual. Um novo banco de dados é criptografado: a senha vem de --passphrase-file (ou do arquivo indicado em TRUSTDESK_PASSPHRASE_FILE, ou é pedida duas vezes no terminal), e a chave de recuperação é mostrada uma vez ou gravada em --recovery-key-out.</translation>
    </message>
    <message>
        <source>show or set the caseworker profile recorded as the actor</source>
        <translation>mostra ou define o perfil do responsável pelo caso registrado como autor</translation>
    </message>
    <message>
        <source>rights guidance: list, show (--pdf), search, version, install</source>
        <translation>orientação sobre direitos: list, show (--pdf), search, version, install</translation>
    </message>
    <message>
        <source>store a redacted copy of an image (boxes filled or pixelated)</source>
        <translation>salvar uma cópia de uma imagem com partes ocultas (retângulos preenchidos ou pixelados)</translation>
    </message>
    <message>
        <source>suggest boxes over faces in an image, for review</source>
        <translation>sugerir retângulos sobre os rostos de uma imagem, para revisão</translation>
    </message>
    <message>
        <source>list repeat officers, or the cases of one badge number</source>
        <translation>listar policiais que se repetem, ou os casos de um número de distintivo</translation>
    </message>
    <message>
        <source>count cases and incidents by category, month, district…</source>
        <translation>contar casos e incidentes por categoria, mês, distrito…</translation>
    </message>
    <message>
        <source>manage the office key that encrypts an office server&apos;s evidence</source>
        <translation>gerencia a chave do escritório que criptografa as provas de um servidor do escritório</translation>
    </message>
    <message>
        <source>copy a database file with its evidence into an office server</source>
        <translation>copia um arquivo de banco de dados, com as provas, para um servidor do escritório</translation>
    </message>
    <message>
        <source>manage the people of an office server and their roles</source>
        <translation>gerencia as pessoas de um servidor do escritório e as funções delas</translation>
    </message>
</context>
<context>
    <name>ComplaintRecipient</name>
    <message>
        <source>Boston Police Department, Internal Affairs Division</source>
        <translation>Departamento de Polícia de Boston, Divisão de Assuntos Internos</translation>
    </message>
    <message>
        <source>City of Boston, Office of Police Accountability and Transparency</source>
        <translation>Cidade de Boston, Escritório de Responsabilização e Transparência Policial</translation>
    </message>
    <message>
        <source>Massachusetts Peace Officer Standards and Training (POST) Commission</source>
        <translation>Massachusetts Peace Officer Standards and Training (POST) Commission</translation>
    </message>
    <message>
        <source>Complaints about any certified officer in the Commonwealth</source>
        <translation>Reclamações sobre qualquer policial certificado em Massachusetts</translation>
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
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Gravação de áudio</translation>
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
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Complaint submission %1</source>
        <translation>Apresentação da queixa %1</translation>
    </message>
    <message>
        <source>Incident %1 of %2</source>
        <translation>Incidente %1 de %2</translation>
    </message>
    <message>
        <source>DRAFT: the client&apos;s consent to file is not recorded in the case. Do not send this document until consent is recorded.</source>
        <translation>RASCUNHO: o consentimento do cliente para apresentar a queixa não está registrado no caso. Não envie este documento até que o consentimento seja registrado.</translation>
    </message>
    <message>
        <source>Complaint about police conduct</source>
        <translation>Queixa sobre conduta policial</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>The complainant, who asks to remain anonymous</source>
        <translation>A pessoa reclamante, que pede para permanecer anônima</translation>
    </message>
    <message>
        <source>Filed on the complainant&apos;s behalf</source>
        <translation>Apresentada em nome da pessoa reclamante</translation>
    </message>
    <message>
        <source>%1, on the complainant&apos;s behalf</source>
        <translation>%1, em nome da pessoa reclamante</translation>
    </message>
    <message>
        <source>An anonymous complainant</source>
        <translation>Uma pessoa reclamante anônima</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pessoa reclamante</translation>
    </message>
    <message>
        <source>Not given: the complainant asks to remain anonymous</source>
        <translation>Não informado: a pessoa reclamante pede para permanecer anônima</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Needed for any interview</source>
        <translation>Necessário em qualquer entrevista</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Não é necessário</translation>
    </message>
    <message>
        <source>Information withheld.</source>
        <translation>Informações omitidas.</translation>
    </message>
    <message>
        <source>To protect the complainant, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the complainant agrees.</source>
        <translation>Para proteger a pessoa reclamante, este documento deixa de fora estes tipos de informação: %1. Quem apresenta a queixa pode fornecê-los ao investigador se a investigação precisar deles e a pessoa reclamante concordar.</translation>
    </message>
    <message>
        <source>Included at the filer&apos;s deliberate choice: %1.</source>
        <translation>Incluído por escolha deliberada de quem apresenta a queixa: %1.</translation>
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
        <translation>Não se sabe</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Distrito policial</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Órgão</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>Policiais envolvidos</translation>
    </message>
    <message>
        <source>Name not known</source>
        <translation>Nome não conhecido</translation>
    </message>
    <message>
        <source>No officer could be identified.</source>
        <translation>Nenhum policial pôde ser identificado.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Número do distintivo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Badge numbers are given exactly as the complainant recorded them.</source>
        <translation>Os números de distintivo são dados exatamente como a pessoa reclamante os anotou.</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Alegações</translation>
    </message>
    <message>
        <source>The conduct is described in the account below.</source>
        <translation>A conduta é descrita no relato abaixo.</translation>
    </message>
    <message>
        <source> (incident %1)</source>
        <translation> (incidente %1)</translation>
    </message>
    <message>
        <source>Source [%1]: %2, %3.</source>
        <translation>Fonte [%1]: %2, %3.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>No account was written down.</source>
        <translation>Nenhum relato foi escrito.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testemunhas</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>No witnesses are named.</source>
        <translation>Nenhuma testemunha é citada.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>What they saw or heard</source>
        <translation>O que viram ou ouviram</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>No exhibits are attached.</source>
        <translation>Não há anexos.</translation>
    </message>
    <message>
        <source>Each exhibit is identified by its SHA-256 fingerprint: any change to the file changes the fingerprint.</source>
        <translation>Cada anexo é identificado pela impressão digital SHA-256: qualquer alteração no arquivo muda a impressão digital.</translation>
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
        <translation>Sem descrição</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Fornecido por</translation>
    </message>
    <message>
        <source>We ask that you investigate the conduct described above, keep the complainant&apos;s identity and the withheld information confidential, give a tracking number for this complaint, and inform the complainant, through the filer, of the outcome.</source>
        <translation>Pedimos que investiguem a conduta descrita acima, mantenham em sigilo a identidade da pessoa reclamante e as informações omitidas, forneçam um número de protocolo para esta queixa e informem o resultado à pessoa reclamante por meio de quem apresenta a queixa.</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Providência solicitada</translation>
    </message>
    <message>
        <source>I declare that the information in this complaint is true and correct to the best of my knowledge.</source>
        <translation>Declaro que as informações desta queixa são verdadeiras e corretas, até onde sei.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf and with their consent, given on %1. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>Apresento esta queixa em nome da pessoa reclamante e com o consentimento dela, dado em %1. Declaro que ela relata fielmente o que a pessoa reclamante e as testemunhas me disseram.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>Apresento esta queixa em nome da pessoa reclamante. Declaro que ela relata fielmente o que a pessoa reclamante e as testemunhas me disseram.</translation>
    </message>
    <message>
        <source>The information in this complaint is true and correct to the best of the complainant&apos;s knowledge.</source>
        <translation>As informações desta queixa são verdadeiras e corretas, até onde a pessoa reclamante sabe.</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaração</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Assinatura (opcional)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Name (printed)</source>
        <translation>Nome (em letra de forma)</translation>
    </message>
    <message>
        <source>Complaint submission · %1</source>
        <translation>Apresentação da queixa · %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Gerado em %1</translation>
    </message>
    <message>
        <source>The complaint could not be printed.</source>
        <translation>Não foi possível imprimir a queixa.</translation>
    </message>
    <message>
        <source>To protect the complainant and the witnesses, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the people concerned agree.</source>
        <translation>Para proteger a pessoa reclamante e as testemunhas, este documento deixa de fora estes tipos de informação: %1. Quem apresenta a queixa pode fornecê-los ao investigador se a investigação precisar deles e as pessoas envolvidas concordarem.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Words in the accounts below that touch on immigration status were reviewed by the filer and are given as written.</source>
        <translation>As palavras dos relatos abaixo que tocam na situação migratória foram revisadas por quem apresenta a denúncia e aparecem como foram escritas.</translation>
    </message>
    <message>
        <source>Rule: %1, %2.</source>
        <translation>Norma: %1, %2.</translation>
    </message>
    <message>
        <source>It applies to: %1.</source>
        <translation>Aplica-se a: %1.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Fonte: %1.</translation>
    </message>
    <message>
        <source>See also the guidance “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Veja também a orientação “%1”, orientação de %2 (versão %3, verificada em %4).</translation>
    </message>
    <message>
        <source>Guidance: “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Orientação: “%1”, orientação de %2 (versão %3, verificada em %4).</translation>
    </message>
    <message>
        <source>Redacted copy of exhibit %1: parts of the image are covered.</source>
        <translation>Cópia com partes ocultas do anexo %1: partes da imagem estão cobertas.</translation>
    </message>
    <message>
        <source>Redacted copy: parts of the image are covered.</source>
        <translation>Cópia com partes ocultas: partes da imagem estão cobertas.</translation>
    </message>
    <message>
        <source>Original, not pictured: its redacted copy is exhibit %1.</source>
        <translation>Original, não mostrado: sua cópia com partes ocultas é o anexo %1.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>Não é possível gravar a planilha: %1</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>Recording the chain of custody</source>
        <translation>Registrando a cadeia de custódia</translation>
    </message>
    <message>
        <source>Reading the chain of custody</source>
        <translation>Lendo a cadeia de custódia</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Starting to save</source>
        <translation>Começando a salvar</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvando</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Não foi possível criar a pasta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be created.</source>
        <translation>Não foi possível criar o arquivo de banco de dados &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>O banco de dados &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Abrindo o banco de dados</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>O arquivo do banco de dados está danificado e não pode ser lido.</translation>
    </message>
    <message>
        <source>This file is not a TrustDesk database. It was left untouched.</source>
        <translation>Este arquivo não é um banco de dados do TrustDesk. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of TrustDesk. Update TrustDesk to open it.</source>
        <translation>Este banco de dados foi gravado por uma versão mais nova do TrustDesk. Atualize o TrustDesk para abri-lo.</translation>
    </message>
    <message>
        <source>Setting up the database</source>
        <translation>Preparando o banco de dados</translation>
    </message>
    <message>
        <source>The database cannot be opened: the disk is full. Free some space and try again.</source>
        <translation>Não é possível abrir o banco de dados: o disco está cheio. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The database key is missing.</source>
        <translation>A chave do banco de dados está faltando.</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens only with its passphrase or recovery key.</source>
        <translation>Este banco de dados é criptografado: só abre com a senha ou a chave de recuperação dele.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>A criptografia não está disponível neste sistema.</translation>
    </message>
    <message>
        <source>The database could not be opened encrypted; nothing was written to it.</source>
        <translation>Não foi possível abrir o banco de dados com criptografia; nada foi gravado nele.</translation>
    </message>
    <message>
        <source>The encrypted database could not be set up.</source>
        <translation>Não foi possível preparar o banco de dados criptografado.</translation>
    </message>
    <message>
        <source>An office server database is not opened with a vault key: its connection is protected by the server&apos;s login and TLS.</source>
        <translation>Um banco de dados no servidor do escritório não é aberto com uma chave de criptografia: a conexão é protegida pelo login do servidor e por TLS.</translation>
    </message>
    <message>
        <source>Starting to save: a save is already under way.</source>
        <translation>Não foi possível começar a salvar: já há um salvamento em andamento.</translation>
    </message>
    <message>
        <source>Office servers need Qt&apos;s PostgreSQL driver: install the package libqt6sql6-psql.</source>
        <translation>Os servidores do escritório precisam do driver PostgreSQL do Qt: instale o pacote libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The office database &quot;%1&quot; holds no TrustDesk data yet (run trustdesk-cli init to set it up).</source>
        <translation>O banco de dados do escritório &quot;%1&quot; ainda não tem dados do TrustDesk (execute trustdesk-cli init para prepará-lo).</translation>
    </message>
    <message>
        <source>This database is not a TrustDesk database. It was left untouched.</source>
        <translation>Este banco de dados não é do TrustDesk. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network connection, then try again; nothing you typed is lost.</source>
        <translation>Não é possível acessar o servidor do escritório. Verifique a conexão de rede e tente de novo; nada do que você digitou foi perdido.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>O arquivo &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Não é possível ler o arquivo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a TrustDesk database.</source>
        <translation>O arquivo &quot;%1&quot; está vazio. Ele não é um banco de dados do TrustDesk.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a TrustDesk database (it is not an SQLite database at all).</source>
        <translation>O arquivo &quot;%1&quot; não é um banco de dados do TrustDesk (nem sequer é um banco de dados SQLite).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged (its header is invalid).</source>
        <translation>O arquivo &quot;%1&quot; está danificado (o cabeçalho é inválido).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: it is shorter than its own header says (it may have been cut off while copying). It was left untouched.</source>
        <translation>O arquivo &quot;%1&quot; está danificado: é mais curto do que diz o próprio cabeçalho (pode ter sido cortado durante a cópia). Ele não foi alterado.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a TrustDesk database. It was left untouched.</source>
        <translation>O arquivo &quot;%1&quot; é um banco de dados SQLite de outro aplicativo, não do TrustDesk. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of TrustDesk (schema %2; this version knows up to %3). Update TrustDesk to open it. It was left untouched.</source>
        <translation>O arquivo &quot;%1&quot; foi gravado por uma versão mais nova do TrustDesk (esquema %2; esta versão conhece até o %3). Atualize o TrustDesk para abri-lo. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. TrustDesk needs to write to its database; copy it to a folder you can write to, or change its permissions.</source>
        <translation>O arquivo &quot;%1&quot; é somente leitura. O TrustDesk precisa gravar no banco de dados; copie-o para uma pasta onde você possa gravar ou altere as permissões dele.</translation>
    </message>
    <message>
        <source>The folder holding &quot;%1&quot; is read-only. TrustDesk needs to write beside its database file.</source>
        <translation>A pasta que contém &quot;%1&quot; é somente leitura. O TrustDesk precisa gravar ao lado do arquivo do banco de dados.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft has an invalid name.</source>
        <translation>O rascunho tem um nome inválido.</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Não é possível criar a pasta de rascunhos %1.</translation>
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation>Não é possível salvar o rascunho: %1</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>Não é possível excluir o rascunho %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <source>Attach Evidence Files</source>
        <translation>Anexar arquivos de prova</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Retirar prova</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this case?

Its file leaves the evidence store unless another case holds the same file. Say why: the reason stays in the chain of custody.</source>
        <translation>Retirar &quot;%1&quot; deste caso?

O arquivo sai do depósito de provas, a menos que outro caso tenha o mesmo arquivo. Informe o motivo: ele fica na cadeia de custódia.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>Não foi possível gravar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; is a symbolic link. Choose a real folder.</source>
        <translation>A pasta de exportação &quot;%1&quot; é um link simbólico. Escolha uma pasta real.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>&quot;%1&quot; existe e não é uma pasta.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty. Export into a new or empty folder so nothing is overwritten.</source>
        <translation>A pasta &quot;%1&quot; não está vazia. Exporte para uma pasta nova ou vazia para que nada seja sobrescrito.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Não foi possível criar a pasta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is missing from the evidence store and was not exported.</source>
        <translation>A prova &quot;%1&quot; está faltando no depósito de provas e não foi exportada.</translation>
    </message>
    <message>
        <source>The export folder cannot be written: %1</source>
        <translation>Não é possível gravar na pasta de exportação: %1</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>A exportação parou: %1</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; has CHANGED since it was attached (SHA-256 mismatch) and was not exported.</source>
        <translation>A prova &quot;%1&quot; MUDOU desde que foi anexada (o SHA-256 não confere) e não foi exportada.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;: %2</source>
        <translation>Prova &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>Its metadata could not be removed (%1), so it was not exported. Export with metadata included to hand it over as stored.</source>
        <translation>Não foi possível remover os metadados (%1), então não foi exportado. Exporte com os metadados incluídos para entregá-lo como está guardado.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be saved.</source>
        <translation>Não foi possível salvar a cópia limpa.</translation>
    </message>
    <message>
        <source>The exported copy could not be read.</source>
        <translation>Não foi possível ler a cópia exportada.</translation>
    </message>
    <message>
        <source>image too large</source>
        <translation>imagem grande demais</translation>
    </message>
    <message>
        <source>damaged or unusual image</source>
        <translation>imagem danificada ou incomum</translation>
    </message>
    <message>
        <source>The export folder cannot be written.</source>
        <translation>Não é possível gravar na pasta de exportação.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written (is the disk full?).</source>
        <translation>Não foi possível gravar a cópia limpa (o disco está cheio?).</translation>
    </message>
</context>
<context>
    <name>EvidenceJob</name>
    <message>
        <source>&quot;%1&quot; was not attached: canceled.</source>
        <translation>&quot;%1&quot; não foi anexado: cancelado.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; anexado.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file of imported evidence.</source>
        <translation>&quot;%1&quot; anexado: o arquivo de uma prova importada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already attached to this case as &quot;%2&quot;; it is stored once.</source>
        <translation>&quot;%1&quot; já está anexado a este caso como &quot;%2&quot;; é guardado uma só vez.</translation>
    </message>
    <message>
        <source>Verifying the evidence store</source>
        <translation>Verificando o depósito de provas</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) are intact.</source>
        <translation>
            <numerusform>O arquivo de prova está intacto.</numerusform>
            <numerusform>Todos os %n arquivos de prova estão intactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file before showing it</source>
        <translation>Verificando o arquivo antes de mostrá-lo</translation>
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
        <translation>Testemunha</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Policial</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Anexado</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Visualizado</translation>
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
        <translation>Removido</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Detalhes editados</translation>
    </message>
    <message>
        <source>redacted copy of item %1</source>
        <translation>cópia com partes ocultas do item %1</translation>
    </message>
    <message>
        <source>redacted copy of %1</source>
        <translation>cópia com partes ocultas de %1</translation>
    </message>
    <message>
        <source>camera clock</source>
        <translation>relógio da câmera</translation>
    </message>
    <message>
        <source>time the file was last changed</source>
        <translation>hora da última alteração do arquivo</translation>
    </message>
    <message>
        <source>entered by the caseworker</source>
        <translation>informada pelo responsável pelo caso</translation>
    </message>
    <message>
        <source>source of the time not recorded</source>
        <translation>origem da hora não registrada</translation>
    </message>
    <message>
        <source>file changed</source>
        <extracomment>A time that is only when the evidence file was last modified, in a narrow table cell.</extracomment>
        <translation>alteração do arquivo</translation>
    </message>
    <message>
        <source>entered</source>
        <extracomment>A time a caseworker typed in, in a narrow table cell.</extracomment>
        <translation>informada</translation>
    </message>
    <message>
        <source>Photo taken %1 (camera clock)</source>
        <translation>Foto tirada em %1 (relógio da câmera)</translation>
    </message>
    <message>
        <source>Recorded %1 (device clock)</source>
        <translation>Gravado em %1 (relógio do aparelho)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when the photo was taken)</source>
        <translation>Última alteração do arquivo: %1 (não necessariamente quando a foto foi tirada)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when it was made)</source>
        <translation>Última alteração do arquivo: %1 (não necessariamente quando ele foi feito)</translation>
    </message>
    <message>
        <source>Photo taken %1 (as entered by the caseworker)</source>
        <translation>Foto tirada em %1 (conforme informado pelo responsável pelo caso)</translation>
    </message>
    <message>
        <source>Made %1 (as entered by the caseworker)</source>
        <translation>Feito em %1 (conforme informado pelo responsável pelo caso)</translation>
    </message>
    <message>
        <source>Dated %1 (source of the time not recorded)</source>
        <translation>Com data de %1 (origem da hora não registrada)</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Só os dados foram importados; o arquivo não está no depósito de provas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
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
        <translation>Exportação de provas do TrustDesk</translation>
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
        <translation>Itens: %1</translation>
    </message>
    <message>
        <source>Check the files with: sha256sum -c SHA256SUMS</source>
        <translation>Verifique os arquivos com: sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(sem arquivo)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Situação: %1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>Nome original: %1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>Tipo de arquivo: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Tamanho: %1 bytes</translation>
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
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Added: %1 by %2</source>
        <translation>Adicionado: %1 por %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origem: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descrição: %1</translation>
    </message>
    <message>
        <source>Chain of custody:</source>
        <translation>Cadeia de custódia:</translation>
    </message>
    <message>
        <source>Custody of items removed from the case:</source>
        <translation>Custódia dos itens retirados do caso:</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>removed from this copy (%1); SHA-256 of the copy: %2</source>
        <translation>removidos desta cópia (%1); SHA-256 da cópia: %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nenhum encontrado</translation>
    </message>
    <message>
        <source>kept as stored (included on purpose)</source>
        <translation>mantidos como estão guardados (incluídos de propósito)</translation>
    </message>
    <message>
        <source>not removed: TrustDesk cannot clean this kind of file</source>
        <translation>não removidos: o TrustDesk não consegue limpar este tipo de arquivo</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Metadados: %1</translation>
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
        <translation>sem nome</translation>
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
        <translation>O arquivo &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link. Attach the file it points to instead.</source>
        <translation>&quot;%1&quot; é um link simbólico. Anexe o arquivo para o qual ele aponta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Attach the files inside it instead.</source>
        <translation>&quot;%1&quot; é uma pasta. Anexe os arquivos que estão dentro dela.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket) and cannot be attached.</source>
        <translation>&quot;%1&quot; não é um arquivo comum (é um dispositivo, pipe ou socket) e não pode ser anexado.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: permission denied.</source>
        <translation>Não é possível ler o arquivo &quot;%1&quot;: permissão negada.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Não é possível ler o arquivo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Falha ao ler &quot;%1&quot;: %2. Nada foi guardado.</translation>
    </message>
    <message>
        <source>Writing the copy of &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Falha ao gravar a cópia de &quot;%1&quot;: %2. Nada foi guardado.</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot; could not be copied. Nothing was stored; free some space and try again.</source>
        <translation>O disco está cheio: não foi possível copiar &quot;%1&quot;. Nada foi guardado; libere espaço e tente de novo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was being copied. Nothing was stored; try again once the file is complete.</source>
        <translation>&quot;%1&quot; mudou enquanto era copiado. Nada foi guardado; tente de novo quando o arquivo estiver completo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted or moved while it was being copied. Nothing was stored.</source>
        <translation>&quot;%1&quot; foi excluído ou movido enquanto era copiado. Nada foi guardado.</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; was canceled. Nothing was stored.</source>
        <translation>A cópia de &quot;%1&quot; foi cancelada. Nada foi guardado.</translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation>Lendo as provas</translation>
    </message>
    <message>
        <source>Looking up the case</source>
        <translation>Procurando o caso</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Não existe o caso %1.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; is not a folder. Nothing was stored.</source>
        <translation>O depósito de provas &quot;%1&quot; não é uma pasta. Nada foi guardado.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; could not be created. Nothing was stored.</source>
        <translation>Não foi possível criar o depósito de provas &quot;%1&quot;. Nada foi guardado.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Origem desconhecida &quot;%1&quot;. Use uma destas: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty (0 bytes): there is nothing to attach.</source>
        <translation>O arquivo &quot;%1&quot; está vazio (0 bytes): não há nada para anexar.</translation>
    </message>
    <message>
        <source>The evidence store cannot be written: %1. Nothing was stored.</source>
        <translation>Não é possível gravar no depósito de provas: %1. Nada foi guardado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be placed in the evidence store: %2. Nothing was stored.</source>
        <translation>Não foi possível colocar &quot;%1&quot; no depósito de provas: %2. Nada foi guardado.</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>Anexando provas</translation>
    </message>
    <message>
        <source>The new evidence record could not be read back.</source>
        <translation>Não foi possível ler de volta o novo registro de prova.</translation>
    </message>
    <message>
        <source>There is no evidence item %1.</source>
        <translation>Não existe o item de prova %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in the evidence store: only its details were imported.</source>
        <translation>&quot;%1&quot; não tem arquivo no depósito de provas: apenas os dados dele foram importados.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is missing from the evidence store.</source>
        <translation>O arquivo de &quot;%1&quot; está faltando no depósito de provas.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; has changed since it was attached: its SHA-256 no longer matches.</source>
        <translation>O arquivo de &quot;%1&quot; mudou desde que foi anexado: o SHA-256 dele não confere mais.</translation>
    </message>
    <message>
        <source>Give a reason for removing evidence: it is kept in the chain of custody.</source>
        <translation>Informe o motivo para retirar a prova: ele fica guardado na cadeia de custódia.</translation>
    </message>
    <message>
        <source>Removing evidence</source>
        <translation>Retirando a prova</translation>
    </message>
    <message>
        <source>The file could not be removed from the evidence store: %1</source>
        <translation>Não foi possível remover o arquivo do depósito de provas: %1</translation>
    </message>
    <message>
        <source>Saving the evidence details</source>
        <translation>Salvando os dados da prova</translation>
    </message>
    <message>
        <source>The date captured is in the future. Give a date and time that have passed, or leave it unknown.</source>
        <translation>A data de captura está no futuro. Informe uma data e hora que já passaram ou deixe-a como desconhecida.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; is damaged: it does not decrypt as it was written.</source>
        <translation>O arquivo guardado de &quot;%1&quot; está danificado: não se descriptografa como foi gravado.</translation>
    </message>
    <message>
        <source>The redacted copy could not be stored: %1. Nothing was stored.</source>
        <translation>Não foi possível salvar a cópia com partes ocultas: %1. Nada foi salvo.</translation>
    </message>
    <message>
        <source>The redacted copy is empty.</source>
        <translation>A cópia com partes ocultas está vazia.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not the file the redaction was made from. Nothing was stored.</source>
        <translation>A prova %1 não é o arquivo a partir do qual a cópia com partes ocultas foi feita. Nada foi salvo.</translation>
    </message>
    <message>
        <source>Storing a redacted copy</source>
        <translation>Salvando uma cópia com partes ocultas</translation>
    </message>
    <message>
        <source>The evidence on an office server is encrypted with the office key, which is not unlocked.</source>
        <translation>As provas de um servidor do escritório são criptografadas com a chave do escritório, que não está desbloqueada.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreConversion</name>
    <message>
        <source>The evidence can only be encrypted into an encrypted database.</source>
        <translation>As provas só podem ser criptografadas em um banco de dados criptografado.</translation>
    </message>
    <message>
        <source>The encrypted evidence store must be a new folder, not the plaintext one.</source>
        <translation>O depósito de provas criptografado deve ser uma pasta nova, não a que está sem criptografia.</translation>
    </message>
    <message>
        <source>The encrypted evidence store &quot;%1&quot; already exists and does not hold the evidence intact:</source>
        <translation>O depósito de provas criptografado &quot;%1&quot; já existe e não contém as provas intactas:</translation>
    </message>
    <message>
        <source>The encrypted evidence store cannot be written beside the database: %1</source>
        <translation>Não é possível gravar o depósito de provas criptografado ao lado do banco de dados: %1</translation>
    </message>
    <message>
        <source>The evidence was not encrypted, because files in the evidence store are missing or have changed (run verify to check the whole store):</source>
        <translation>As provas não foram criptografadas porque há arquivos faltando ou alterados no depósito de provas (execute verify para verificar todo o depósito):</translation>
    </message>
    <message>
        <source>The encrypted evidence did not read back intact, so it was discarded:</source>
        <translation>As provas criptografadas não foram relidas intactas, então foram descartadas:</translation>
    </message>
    <message>
        <source>The encrypted evidence store could not be put in place: %1</source>
        <translation>Não foi possível colocar o depósito de provas criptografado no lugar: %1</translation>
    </message>
    <message>
        <source>The plaintext evidence store &quot;%1&quot; could not be deleted completely.</source>
        <translation>Não foi possível apagar completamente o depósito de provas sem criptografia &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreCopy</name>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing (expected at %3).</source>
        <translation>Caso %1: a prova &quot;%2&quot; está faltando (esperada em %3).</translation>
    </message>
    <message>
        <source>The disk is full: the evidence could not be copied.</source>
        <translation>O disco está cheio: não foi possível copiar as provas.</translation>
    </message>
    <message>
        <source>The evidence could not be copied: %1</source>
        <translation>Não foi possível copiar as provas: %1</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read (%3).</source>
        <translation>Caso %1: não é possível ler a prova &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: a link or folder is in its place (%3).</source>
        <translation>Caso %1: a prova &quot;%2&quot; não pode ser verificada: há um link ou uma pasta no lugar dela (%3).</translation>
    </message>
    <message>
        <source>Copying the evidence was canceled.</source>
        <translation>A cópia das provas foi cancelada.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; was deleted while it was being read (%3).</source>
        <translation>Caso %1: a prova &quot;%2&quot; foi excluída enquanto era lida (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read to the end (%3).</source>
        <translation>Caso %1: a prova &quot;%2&quot; não pode ser lida até o fim (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; changed while it was being read (%3).</source>
        <translation>Caso %1: a prova &quot;%2&quot; mudou enquanto era lida (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Caso %1: a prova &quot;%2&quot; MUDOU desde que foi anexada: SHA-256 esperado %3, encontrado %4.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is damaged: it does not decrypt, so it was changed, cut short, extended or replaced (%3).</source>
        <translation>Caso %1: a prova &quot;%2&quot; está danificada: não se descriptografa, então foi alterada, encurtada, aumentada ou substituída (%3).</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>it cannot be read</source>
        <translation>não pode ser lido</translation>
    </message>
    <message>
        <source>a link or folder is in its place</source>
        <translation>há um link ou uma pasta no lugar dele</translation>
    </message>
    <message>
        <source>The verification was canceled.</source>
        <translation>A verificação foi cancelada.</translation>
    </message>
    <message>
        <source>it could not be read to the end</source>
        <translation>não pôde ser lido até o fim</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the evidence store (expected at %3).</source>
        <translation>Caso %1: a prova &quot;%2&quot; está faltando no depósito de provas (esperada em %3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: %3 (%4).</source>
        <translation>Caso %1: a prova &quot;%2&quot; não pode ser verificada: %3 (%4).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Caso %1: a prova &quot;%2&quot; MUDOU desde que foi anexada: SHA-256 esperado %3, encontrado %4.</translation>
    </message>
    <message>
        <source>The evidence store %1 is not a folder.</source>
        <translation>O depósito de provas %1 não é uma pasta.</translation>
    </message>
    <message>
        <source>The evidence store can be opened by other accounts (mode %1); it should be 0700.</source>
        <translation>Outras contas podem abrir o depósito de provas (modo %1); deveria ser 0700.</translation>
    </message>
    <message>
        <source>Unexpected file in the evidence store: %1 (%2).</source>
        <translation>Arquivo inesperado no depósito de provas: %1 (%2).</translation>
    </message>
    <message>
        <source>a symbolic link, not followed</source>
        <translation>um link simbólico, não seguido</translation>
    </message>
    <message>
        <source>left over from an interrupted import or removal</source>
        <translation>sobra de uma importação ou remoção interrompida</translation>
    </message>
    <message>
        <source>not part of the store&apos;s layout</source>
        <translation>não faz parte da estrutura do depósito</translation>
    </message>
    <message>
        <source>The evidence folder %1 can be opened by other accounts; it should be 0700.</source>
        <translation>Outras contas podem abrir a pasta de provas %1; deveria ser 0700.</translation>
    </message>
    <message>
        <source>no evidence item holds it</source>
        <translation>nenhum item de prova o contém</translation>
    </message>
    <message>
        <source>The evidence file %1 can be read by other accounts; it should be 0400.</source>
        <translation>Outras contas podem ler o arquivo de prova %1; deveria ser 0400.</translation>
    </message>
    <message>
        <source>it does not decrypt: it was changed, cut short, extended or replaced</source>
        <translation>não se descriptografa: foi alterada, encurtada, aumentada ou substituída</translation>
    </message>
    <message>
        <source>The evidence on this office server can be checked only with the office key.</source>
        <translation>As provas deste servidor do escritório só podem ser verificadas com a chave do escritório.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the office server.</source>
        <translation>Caso %1: a prova &quot;%2&quot; está faltando no servidor do escritório.</translation>
    </message>
    <message>
        <source>The evidence could not be read from the office server.</source>
        <translation>Não foi possível ler as provas do servidor do escritório.</translation>
    </message>
</context>
<context>
    <name>FaceSuggester</name>
    <message>
        <source>Face suggestions need OpenCV&apos;s face models, which are not installed: %1 is missing or cannot be read. Install the package opencv-data, or draw the boxes by hand.</source>
        <translation>As sugestões de rostos precisam dos modelos de rosto do OpenCV, que não estão instalados: %1 está faltando ou não pode ser lido. Instale o pacote opencv-data ou desenhe os retângulos à mão.</translation>
    </message>
</context>
<context>
    <name>FieldRegistry</name>
    <message>
        <source>Not a time: type it as HH:MM, e.g. 14:30.</source>
        <translation>Não é uma hora: digite como HH:MM, por exemplo 14:30.</translation>
    </message>
    <message>
        <source>Not a date: type it like %1.</source>
        <translation>Não é uma data: digite como %1.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Open TrustDesk Database</source>
        <translation>Abrir banco de dados do TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite *.trustdesk *.db);;All files (*)</source>
        <translation>Bancos de dados do TrustDesk (*.sqlite *.trustdesk *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>New TrustDesk Database</source>
        <translation>Novo banco de dados do TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite)</source>
        <translation>Bancos de dados do TrustDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>Salvar backup como</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk)</source>
        <translation>Backups do TrustDesk (*.trustdesk)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar a partir do backup</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk *.sqlite *.db);;All files (*)</source>
        <translation>Backups do TrustDesk (*.trustdesk *.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save Recovery Key As</source>
        <translation>Salvar a chave de recuperação como</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>Exportar lista de casos</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Planilhas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Exportar estatísticas</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Office Server&apos;s Certificate Authority</source>
        <translation>Autoridade certificadora do servidor do escritório</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Restore Office Backup</source>
        <translation>Restaurar backup do escritório</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob);;All files (*)</source>
        <translation>Backups do escritório do TrustDesk (*.tdob);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>Não foi possível ler &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>FileMoves</name>
    <message>
        <source>The folder could not be moved into place: %1</source>
        <translation>Não foi possível mover a pasta para o lugar certo: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpQuery</name>
    <message>
        <source>Reading follow-ups</source>
        <translation>Lendo os acompanhamentos</translation>
    </message>
</context>
<context>
    <name>GeneratedReportLog</name>
    <message>
        <source>Recording the generated report</source>
        <translation>Registrando o relatório gerado</translation>
    </message>
    <message>
        <source>Reading the generated reports</source>
        <translation>Lendo os relatórios gerados</translation>
    </message>
</context>
<context>
    <name>GuidanceHandout</name>
    <message>
        <source>There is no guidance article &quot;%1&quot;.</source>
        <translation>Não existe o artigo de orientação &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>A orientação não está disponível em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Language: %1 (%2). Translation status: %3.</source>
        <translation>Idioma: %1 (%2). Situação da tradução: %3.</translation>
    </message>
    <message>
        <source>Guidance pack %1, version %2, last reviewed %3. This is general information, not legal advice.</source>
        <translation>Pacote de orientação %1, versão %2, revisado pela última vez em %3. Estas são informações gerais, não aconselhamento jurídico.</translation>
    </message>
    <message>
        <source>TrustDesk rights guidance · %1</source>
        <translation>Orientação sobre direitos do TrustDesk · %1</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>Não foi possível imprimir o folheto.</translation>
    </message>
    <message>
        <source>Your legal-aid office</source>
        <translation>Seu escritório de assistência jurídica</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Fontes verificadas pela última vez: %1</translation>
    </message>
</context>
<context>
    <name>GuidancePackLoader</name>
    <message>
        <source>%1 is missing or unreadable.</source>
        <translation>%1 está faltando ou não pode ser lido.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 é grande demais.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 não é um texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>manifest.json: %1 needs a text value for &quot;%2&quot;.</source>
        <translation>manifest.json: %1 precisa de um valor de texto para &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (at byte %1: %2).</source>
        <translation>manifest.json não é um JSON válido (no byte %1: %2).</translation>
    </message>
    <message>
        <source>manifest.json is not a TrustDesk guidance pack manifest.</source>
        <translation>manifest.json não é um manifesto de pacote de orientação do TrustDesk.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;last_reviewed&quot; must be a date like 2026-11-24.</source>
        <translation>manifest.json: &quot;last_reviewed&quot; deve ser uma data como 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 needs a web address (https://…).</source>
        <translation>manifest.json: a fonte %1 precisa de um endereço da web (https://…).</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has direction &quot;%2&quot;; use ltr or rtl.</source>
        <translation>manifest.json: o idioma %1 tem a direção &quot;%2&quot;; use ltr ou rtl.</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has an unknown review status &quot;%2&quot;.</source>
        <translation>manifest.json: o idioma %1 tem uma situação de revisão desconhecida &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid language code.</source>
        <translation>manifest.json: &quot;%1&quot; não é um código de idioma válido.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid article id.</source>
        <translation>manifest.json: &quot;%1&quot; não é um identificador de artigo válido.</translation>
    </message>
    <message>
        <source>manifest.json must list sources, languages and articles.</source>
        <translation>manifest.json deve listar fontes, idiomas e artigos.</translation>
    </message>
    <message>
        <source>The source language %1 is not among the pack&apos;s languages.</source>
        <translation>O idioma de origem %1 não está entre os idiomas do pacote.</translation>
    </message>
    <message>
        <source>Article %1 is listed twice.</source>
        <translation>O artigo %1 aparece duas vezes.</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 está faltando ou vazio.</translation>
    </message>
    <message>
        <source>%1 must start with its title as a &quot;# &quot; heading.</source>
        <translation>%1 deve começar com o título como um cabeçalho &quot;# &quot;.</translation>
    </message>
    <message>
        <source>%1 cites source %2, which the manifest does not list.</source>
        <translation>%1 cita a fonte %2, que o manifesto não lista.</translation>
    </message>
    <message>
        <source>%1 links to article %2, which does not exist.</source>
        <translation>%1 tem um link para o artigo %2, que não existe.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 has the date &quot;%2&quot;; use 2019, 2019-12 or 2019-12-04.</source>
        <translation>manifest.json: a fonte %1 tem a data &quot;%2&quot;; use 2019, 2019-12 ou 2019-12-04.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs at least one citation.</source>
        <translation>manifest.json: o artigo %1 precisa de pelo menos uma citação.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs &quot;last_checked&quot;, a date like 2026-11-24.</source>
        <translation>manifest.json: o artigo %1 precisa de &quot;last_checked&quot;, uma data como 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs a known review status and a date for %2.</source>
        <translation>manifest.json: o artigo %1 precisa de um status de revisão conhecido e de uma data para %2.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 cites source %2, which the manifest does not list.</source>
        <translation>manifest.json: o artigo %1 cita a fonte %2, que o manifesto não lista.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 has a review for %2, which is not a language of the pack.</source>
        <translation>manifest.json: o artigo %1 tem uma revisão para %2, que não é um idioma do pacote.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names source %2, which the manifest does not list.</source>
        <translation>manifest.json: a norma %1 cita a fonte %2, que o manifesto não lista.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names article %2, which does not exist.</source>
        <translation>manifest.json: a norma %1 cita o artigo %2, que não existe.</translation>
    </message>
    <message>
        <source>manifest.json: the violation category %1 is given to more than one rule.</source>
        <translation>manifest.json: a categoria de violação %1 foi atribuída a mais de uma norma.</translation>
    </message>
    <message>
        <source>This guidance pack uses format version %1; this TrustDesk reads versions 1 to %2.</source>
        <translation>Este pacote de orientação usa a versão de formato %1; este TrustDesk lê as versões 1 a %2.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;pack_version&quot; must be numbers and dots, like 1.2.</source>
        <translation>manifest.json: &quot;pack_version&quot; deve ter apenas números e pontos, como 1.2.</translation>
    </message>
    <message>
        <source>%1 links to source %2, which has no web address.</source>
        <translation>%1 aponta para a fonte %2, que não tem endereço na web.</translation>
    </message>
</context>
<context>
    <name>GuidancePackStore</name>
    <message>
        <source>The guidance update could not be written to %1.</source>
        <translation>Não foi possível gravar a atualização da orientação em %1.</translation>
    </message>
    <message>
        <source>This pack is for &quot;%1&quot;; the guidance in use is &quot;%2&quot;. Nothing was installed.</source>
        <translation>Este pacote é para &quot;%1&quot;; a orientação em uso é &quot;%2&quot;. Nada foi instalado.</translation>
    </message>
    <message>
        <source>This pack is version %1; the guidance in use is already version %2. Only a newer version replaces it.</source>
        <translation>Este pacote é a versão %1; a orientação em uso já é a versão %2. Só uma versão mais nova a substitui.</translation>
    </message>
</context>
<context>
    <name>ImageRedactor</name>
    <message>
        <source>The file is not an image that can be redacted (JPEG, PNG, BMP, GIF or WebP).</source>
        <translation>O arquivo não é uma imagem em que se possam ocultar partes (JPEG, PNG, BMP, GIF ou WebP).</translation>
    </message>
    <message>
        <source>The redacted image could not be encoded.</source>
        <translation>Não foi possível codificar a imagem com partes ocultas.</translation>
    </message>
    <message>
        <source>The image is too large to redact (more than %1 MB).</source>
        <translation>A imagem é grande demais para ocultar partes (mais de %1 MB).</translation>
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
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>Ór&amp;gão</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Relato</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Policiais</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testemunhas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
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
        <translation>é obrigatório, mas está faltando.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>deve ser um texto.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>não pode estar vazio.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>deve ser true ou false.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>é obrigatório.</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-01.</source>
        <translation>deve ser uma data como 2026-03-01.</translation>
    </message>
    <message>
        <source>must be a time like 14:30.</source>
        <translation>deve ser uma hora como 14:30.</translation>
    </message>
    <message>
        <source>must be a UTC date and time like 2026-03-01T14:30:00Z.</source>
        <translation>deve ser uma data e hora UTC como 2026-03-01T14:30:00Z.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>deve ser uma lista.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>deve ser um objeto.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>não é um campo conhecido.</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>Não é possível ler o %1 &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty: its first line must hold it.</source>
        <translation>O %1 &quot;%2&quot; está vazio: a primeira linha dele deve contê-la.</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>arquivo da chave de recuperação</translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation>arquivo da senha</translation>
    </message>
    <message>
        <source>This database is encrypted and there is no terminal to ask for its passphrase. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or give the recovery key with --recovery-key-file FILE.</source>
        <translation>Este banco de dados é criptografado e não há terminal para pedir a senha. Informe-a com --passphrase-file FILE (ou indique esse arquivo na variável de ambiente %1), ou informe a chave de recuperação com --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Senha: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Nenhuma senha foi informada.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>A new encrypted database needs a passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or add --unencrypted for throwaway data.</source>
        <translation>Um novo banco de dados criptografado precisa de uma senha, e não há terminal para pedi-la. Informe-a com --passphrase-file FILE (ou indique esse arquivo na variável de ambiente %1), ou acrescente --unencrypted para dados descartáveis.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>Nova senha (pelo menos %1 caracteres): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>A mesma senha de novo: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>As duas senhas são diferentes; nada foi alterado.</translation>
    </message>
    <message>
        <source>Encrypting needs a new passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1). Nothing was changed.</source>
        <translation>Para criptografar é preciso uma senha nova, e não há terminal para pedi-la. Informe-a com --passphrase-file FILE (ou indique esse arquivo na variável de ambiente %1). Nada foi alterado.</translation>
    </message>
    <message>
        <source>The office key needs a passphrase for your login, and there is no terminal to ask for it. Give it with %1 FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <extracomment>%1 is the option that names the passphrase file, --passphrase-file or --office-passphrase-file</extracomment>
        <translation>Para abrir a chave do escritório é preciso a sua senha (a do seu login), e não há terminal para pedi-la. Informe-a com %1 FILE (a senha na primeira linha de FILE). Nada foi alterado.</translation>
    </message>
    <message>
        <source>The new passphrase is needed, and there is no terminal to ask for it. Give it with --new-passphrase-file FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <translation>É preciso a senha nova, e não há terminal para pedi-la. Informe-a com --new-passphrase-file FILE (a senha na primeira linha de FILE). Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Crioulo haitiano</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>Crioulo cabo-verdiano</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinês (simplificado)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinês (tradicional)</translation>
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
        <translation>Russo</translation>
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
        <translation>O TrustDesk não consegue abrir este banco de dados.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Abrir outro…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Criar novo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>MetadataScrubber</name>
    <message>
        <source>This image is damaged or in a form TrustDesk cannot clean of metadata.</source>
        <translation>Esta imagem está danificada ou em um formato do qual o TrustDesk não consegue remover os metadados.</translation>
    </message>
    <message>
        <source>The cleaned PDF would overwrite a file.</source>
        <translation>O PDF limpo substituiria um arquivo.</translation>
    </message>
    <message>
        <source>PDF metadata cannot be removed here: qpdf and bubblewrap (packages qpdf and bubblewrap) are needed to open the PDF safely.</source>
        <translation>Não é possível remover os metadados do PDF aqui: são necessários qpdf e bubblewrap (pacotes qpdf e bubblewrap) para abrir o PDF com segurança.</translation>
    </message>
    <message>
        <source>This PDF is damaged or could not be rebuilt without its metadata.</source>
        <translation>Este PDF está danificado ou não pôde ser refeito sem os metadados.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Atualizando o banco de dados</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>O arquivo do banco de dados está danificado e não pode ser lido.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Criando o banco de dados</translation>
    </message>
    <message>
        <source>This version of TrustDesk cannot set up an office database.</source>
        <translation>Esta versão do TrustDesk não consegue preparar um banco de dados do escritório.</translation>
    </message>
    <message>
        <source>The office database is damaged: its schema version is unknown.</source>
        <translation>O banco de dados do escritório está danificado: a versão do esquema é desconhecida.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use pelo menos %n caractere.</numerusform>
            <numerusform>Use pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>As duas senhas são diferentes. Digite a mesma senha duas vezes.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Choose another.</source>
        <translation>A senha nova é igual à atual. Escolha outra.</translation>
    </message>
</context>
<context>
    <name>OfficeBackup</name>
    <message>
        <source>The backup file could not be written.</source>
        <translation>Não foi possível gravar o arquivo de backup.</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>Cancelado; nenhum backup foi gravado.</translation>
    </message>
    <message>
        <source>The backup holds a column this version of TrustDesk does not know (%1.%2); restore it with the version that made it.</source>
        <translation>O backup tem uma coluna que esta versão do TrustDesk não conhece (%1.%2); restaure-o com a versão que o fez.</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>Fazendo backup do banco de dados do escritório</translation>
    </message>
    <message>
        <source>Only an office database is backed up this way.</source>
        <translation>Só um banco de dados do escritório tem backup feito desta forma.</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with `trustdesk-cli office-key init`.</source>
        <translation>Este banco de dados do escritório ainda não tem chave do escritório, então não foi possível criptografar o backup dele. Crie uma antes com `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 já existe; escolha um novo nome para o backup.</translation>
    </message>
    <message>
        <source>The backup file could not be made in %1.</source>
        <translation>Não foi possível criar o arquivo de backup em %1.</translation>
    </message>
    <message>
        <source>The office database has a table this version of TrustDesk cannot back up (%1); nothing was written.</source>
        <translation>O banco de dados do escritório tem uma tabela que esta versão do TrustDesk não consegue incluir no backup (%1); nada foi gravado.</translation>
    </message>
    <message>
        <source>The backup did not verify after writing; nothing was kept. %1</source>
        <translation>O backup não passou na verificação depois de gravado; nada foi mantido. %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as %1.</source>
        <translation>Não foi possível colocar o backup no lugar como %1.</translation>
    </message>
    <message>
        <source>Restoring the office database</source>
        <translation>Restaurando o banco de dados do escritório</translation>
    </message>
    <message>
        <source>An office backup restores into an office database.</source>
        <translation>Um backup do escritório é restaurado em um banco de dados do escritório.</translation>
    </message>
    <message>
        <source>The office database holds data already; a backup is restored only into an empty one. Make a new database on the server (createdb) and restore into it.</source>
        <translation>O banco de dados do escritório já tem dados; um backup só é restaurado em um banco vazio. Crie um novo banco de dados no servidor (createdb) e restaure nele.</translation>
    </message>
    <message>
        <source>The backup was made by a newer TrustDesk; update TrustDesk to restore it.</source>
        <translation>O backup foi feito por um TrustDesk mais novo; atualize o TrustDesk para restaurá-lo.</translation>
    </message>
    <message>
        <source>The backup holds a table this version of TrustDesk does not know (%1).</source>
        <translation>O backup tem uma tabela que esta versão do TrustDesk não conhece (%1).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>Cancelado; nada foi restaurado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it is not the backup as it was written.</source>
        <translation>&quot;%1&quot; está danificado ou incompleto: não é o backup como foi gravado.</translation>
    </message>
    <message>
        <source>The sealed content of evidence item %1 in the backup does not open whole with the office key.</source>
        <translation>O conteúdo selado da prova %1 no backup não abre por inteiro com a chave do escritório.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>Não é possível ler &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup of an office database.</source>
        <translation>&quot;%1&quot; não é um backup de um banco de dados do escritório.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer TrustDesk; update TrustDesk to open it.</source>
        <translation>&quot;%1&quot; foi feito por um TrustDesk mais novo; atualize o TrustDesk para abri-lo.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; held no copy of the office key when the backup was made; it opens with the passphrase of one of: %2.</source>
        <translation>O login &quot;%1&quot; não tinha nenhuma cópia da chave do escritório quando o backup foi feito; ele abre com a senha de um destes: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The audit log in the backup does not chain at entry %1.</source>
        <translation>A cadeia do registro de auditoria do backup se rompe na entrada %1.</translation>
    </message>
    <message>
        <source>The office backup cannot be opened without the office key.</source>
        <translation>O backup do escritório não pode ser aberto sem a chave do escritório.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupFlow</name>
    <message>
        <source>TrustDesk office backup %1</source>
        <translation>Backup do escritório do TrustDesk %1</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>Fazendo backup do banco de dados do escritório</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with trustdesk-cli office-key init.</source>
        <translation>Este banco de dados do escritório ainda não tem chave do escritório, então não foi possível criptografar o backup dele. Crie uma antes com trustdesk-cli office-key init.</translation>
    </message>
    <message>
        <source>The backup is encrypted with the office key, which is not unlocked. Connect again (File › Connect to Office Server…) and give your office key passphrase, then back up.</source>
        <translation>O backup é criptografado com a chave do escritório, que não está desbloqueada. Conecte-se de novo (Arquivo › Conectar ao servidor do escritório…), informe sua senha da chave do escritório e depois faça o backup.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Fazer backup</translation>
    </message>
    <message>
        <source>The backup is in %1, written and checked.

It holds the whole office database, evidence included, encrypted with the office key: it opens with the office key passphrase of anyone who held the key today. Keep it somewhere other than the server.</source>
        <translation>O backup está em %1, gravado e verificado.

Ele contém todo o banco de dados do escritório, provas incluídas, criptografado com a chave do escritório: abre com a senha da chave do escritório de qualquer pessoa que tinha a chave hoje. Guarde-o em outro lugar que não seja o servidor.</translation>
    </message>
    <message>
        <source>Save Office Backup As</source>
        <translation>Salvar backup do escritório como</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob)</source>
        <translation>Backups do escritório do TrustDesk (*.tdob)</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 já existe. Um backup nunca substitui um arquivo: escolha outro nome.</translation>
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
        <translation>De quem é a senha da chave do escritório que abre este backup? Ele abre com a senha de uma pessoa que tinha a chave do escritório quando ele foi feito.</translation>
    </message>
    <message>
        <source>Your login %1 held no copy of the office key when this backup was made. Whose office key passphrase opens it?</source>
        <translation>Seu login %1 não tinha nenhuma cópia da chave do escritório quando este backup foi feito. De quem é a senha da chave do escritório que o abre?</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar a partir do backup</translation>
    </message>
    <message>
        <source>This backup holds no copy of the office key, so it cannot be opened.</source>
        <translation>Este backup não tem nenhuma cópia da chave do escritório, então não pode ser aberto.</translation>
    </message>
    <message>
        <source>The office key passphrase of login %1 (when the backup was made):</source>
        <translation>A senha da chave do escritório do login %1 (de quando o backup foi feito):</translation>
    </message>
    <message>
        <source>Open the Office Backup</source>
        <translation>Abrir o backup do escritório</translation>
    </message>
    <message>
        <source>Opening the backup with the passphrase…</source>
        <translation>Abrindo o backup com a senha…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Try again (login %1):</source>
        <translation>Essa senha não abre o backup. Tente de novo (login %1):</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key stored on the server is damaged. Ask the office&apos;s administrator to restore it from a backup.</source>
        <translation>A chave do escritório guardada no servidor está danificada. Peça ao administrador do escritório para restaurá-la a partir de um backup.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>Não há memória suficiente para verificar a senha (são necessários 256 MiB).</translation>
    </message>
</context>
<context>
    <name>OfficeKeyUnlock</name>
    <message>
        <source>Without the office key, evidence cannot be opened or attached, and drafts are kept in memory only.</source>
        <translation>Sem a chave do escritório, as provas não podem ser abertas nem anexadas, e os rascunhos ficam só na memória.</translation>
    </message>
    <message>
        <source>Unlock the Office Key</source>
        <translation>Desbloquear a chave do escritório</translation>
    </message>
    <message>
        <source>This office server has no office key yet. %1</source>
        <translation>Este servidor do escritório ainda não tem chave do escritório. %1</translation>
    </message>
    <message>
        <source>Your login %1 cannot open the office key yet. Ask a colleague who holds it to run:

trustdesk-cli office-key add %1

%2</source>
        <translation>Seu login %1 ainda não consegue abrir a chave do escritório. Peça a um colega que a tenha para executar:

trustdesk-cli office-key add %1

%2</translation>
    </message>
    <message>
        <source>Office Key</source>
        <translation>Chave do escritório</translation>
    </message>
    <message>
        <source>Your login %1 holds no office key: ask a colleague to run “trustdesk-cli office-key add %1”.</source>
        <translation>Seu login %1 não tem a chave do escritório: peça a um colega para executar “trustdesk-cli office-key add %1”.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key (login %1):</source>
        <translation>Sua senha da chave do escritório (login %1):</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key. Try again (login %1):</source>
        <translation>Essa senha não abre a chave do escritório. Tente de novo (login %1):</translation>
    </message>
    <message>
        <source>Unlocking the office key…</source>
        <translation>Desbloqueando a chave do escritório…</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>Reading the office key</source>
        <translation>Lendo a chave do escritório</translation>
    </message>
    <message>
        <source>An office key exists only in an office server&apos;s database.</source>
        <translation>A chave do escritório só existe no banco de dados de um servidor do escritório.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so it cannot hold evidence. An administrator makes one with `trustdesk-cli office-key init`.</source>
        <translation>Este servidor do escritório ainda não tem chave do escritório, então não pode guardar provas. Um administrador a cria com `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>The office key was made by a newer version of TrustDesk. Update TrustDesk to use the evidence on this server.</source>
        <translation>A chave do escritório foi criada por uma versão mais nova do TrustDesk. Atualize o TrustDesk para usar as provas deste servidor.</translation>
    </message>
    <message>
        <source>Storing the office key</source>
        <translation>Salvando a chave do escritório</translation>
    </message>
    <message>
        <source>This office server has an office key already; it is never replaced (that would make its evidence unreadable). Add people with `trustdesk-cli office-key add`.</source>
        <translation>Este servidor do escritório já tem uma chave do escritório; ela nunca é substituída (isso deixaria as provas ilegíveis). Adicione pessoas com `trustdesk-cli office-key add`.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key. A colleague who has one adds it with `trustdesk-cli office-key add %1`.</source>
        <translation>O login &quot;%1&quot; não tem nenhuma cópia da chave do escritório. Um colega que tenha uma a adiciona com `trustdesk-cli office-key add %1`.</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>Informe o login a adicionar.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was added.</source>
        <translation>Essa chave não é a chave deste escritório; nada foi adicionado.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds a copy of the office key already; nothing was changed.</source>
        <translation>O login &quot;%1&quot; já tem uma cópia da chave do escritório; nada foi alterado.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was changed.</source>
        <translation>Essa chave não é a chave deste escritório; nada foi alterado.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key; nothing was changed.</source>
        <translation>O login &quot;%1&quot; não tem nenhuma cópia da chave do escritório; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>OfficeRestoreFlow</name>
    <message>
        <source>Restoring an office backup</source>
        <translation>Restaurando um backup do escritório</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar a partir do backup</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Restauração cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Restore canceled; the office database %1 was left empty.</source>
        <translation>Restauração cancelada; o banco de dados do escritório %1 ficou vazio.</translation>
    </message>
    <message>
        <source>The backup was not restored; the office database %1 was left as empty as it was.</source>
        <translation>O backup não foi restaurado; o banco de dados do escritório %1 continua vazio como estava.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored, and nothing was changed.</source>
        <translation>&quot;%1&quot; não pode ser restaurado, e nada foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>The office database %1 now holds the %Ln case(s) of the backup %2, with their evidence and audit log; the backup and the audit log&apos;s chain were checked.</source>
        <translation>
            <numerusform>O banco de dados do escritório %1 agora tem o %Ln caso do backup %2, com as provas e o registro de auditoria dele; o backup e a cadeia do registro de auditoria foram verificados.</numerusform>
            <numerusform>O banco de dados do escritório %1 agora tem os %Ln casos do backup %2, com as provas e o registro de auditoria deles; o backup e a cadeia do registro de auditoria foram verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Restaurado em %1.</translation>
    </message>
    <message>
        <source>Switch this window to the restored database? The window is on %1 now.</source>
        <translation>Mudar esta janela para o banco de dados restaurado? Agora a janela está em %1.</translation>
    </message>
    <message>
        <source>&amp;Switch to Restored Database</source>
        <translation>&amp;Mudar para o banco de dados restaurado</translation>
    </message>
    <message>
        <source>S&amp;tay Here</source>
        <translation>&amp;Ficar aqui</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>caseworker</source>
        <translation>responsável pelo caso</translation>
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
        <translation>Servidor do escritório: %1 em %2, login %3</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3 (%4)</source>
        <translation>Servidor do escritório: %1 em %2, login %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OfficeTransfer</name>
    <message>
        <source>Copying the database to the server</source>
        <translation>Copiando o banco de dados para o servidor</translation>
    </message>
    <message>
        <source>The server has no table &quot;%1&quot;.</source>
        <translation>O servidor não tem a tabela &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server has a table this version of TrustDesk cannot copy (&quot;%1&quot;): use the version that made it.</source>
        <translation>O servidor tem uma tabela que esta versão do TrustDesk não consegue copiar (&quot;%1&quot;): use a versão que a criou.</translation>
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
        <translation>Lendo os policiais</translation>
    </message>
</context>
<context>
    <name>OfficerRosterModel</name>
    <message>
        <source>(agency unknown)</source>
        <translation>(órgão desconhecido)</translation>
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
        <translation>Distintivo</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Órgão</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violações</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Primeiro incidente</translation>
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
        <translation>Não foi possível gravar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Stopped: &quot;%1&quot; was not written.</source>
        <translation>Interrompido: &quot;%1&quot; não foi gravado.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>&quot;%1&quot; was not written.</source>
        <translation>&quot;%1&quot; não foi gravado.</translation>
    </message>
</context>
<context>
    <name>PgConnectFailure</name>
    <message>
        <source>Cannot reach the office server at %1. Check the network or ask your administrator; nothing was lost, try again.</source>
        <translation>Não é possível acessar o servidor do escritório em %1. Verifique a rede ou fale com o seu administrador; nada foi perdido, tente de novo.</translation>
    </message>
    <message>
        <source>The office server wants a password for the login %1. Enter your server password and try again.</source>
        <translation>O servidor do escritório pede uma senha para o login %1. Digite a sua senha do servidor e tente de novo.</translation>
    </message>
    <message>
        <source>The server refused the password for the login %1. Check the password (capitals count) and try again, or ask your administrator.</source>
        <translation>O servidor recusou a senha do login %1. Confira a senha (maiúsculas e minúsculas fazem diferença) e tente de novo, ou fale com o seu administrador.</translation>
    </message>
    <message>
        <source>The office server at %1 did not let the login %2 open the database %3: the database may not exist there, or the server does not accept this login from this computer. Ask your administrator.</source>
        <translation>O servidor do escritório em %1 não deixou o login %2 abrir o banco de dados %3: talvez o banco de dados não exista lá, ou o servidor não aceite este login a partir deste computador. Fale com o seu administrador.</translation>
    </message>
    <message>
        <source>The office server at %1 could not be reached, or it refused the login. Try again; nothing was lost.</source>
        <translation>Não foi possível acessar o servidor do escritório em %1, ou ele recusou o login. Tente de novo; nada foi perdido.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The server address is not usable: %1</source>
        <translation>O endereço do servidor não pode ser usado: %1</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>ele deve começar com postgresql://</translation>
    </message>
    <message>
        <source>only one server can be named (no commas).</source>
        <translation>só um servidor pode ser indicado (sem vírgulas).</translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;.</source>
        <translation>o nome do banco de dados não pode conter &quot;/&quot;.</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>a porta &quot;%1&quot; não é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; cannot contain &quot;;&quot;.</source>
        <translation>o valor de &quot;%1&quot; não pode conter &quot;;&quot;.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported.</source>
        <translation>o parâmetro &quot;%1&quot; não é aceito.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
</context>
<context>
    <name>RedactJob</name>
    <message>
        <source>Opening the database…</source>
        <translation>Abrindo o banco de dados…</translation>
    </message>
    <message>
        <source>Covering the marked areas…</source>
        <translation>Cobrindo as áreas marcadas…</translation>
    </message>
    <message>
        <source>Making the new image…</source>
        <translation>Criando a nova imagem…</translation>
    </message>
    <message>
        <source>Storing the copy and its record…</source>
        <translation>Salvando a cópia e o registro dela…</translation>
    </message>
</context>
<context>
    <name>RedactionRecord</name>
    <message>
        <source>Unknown redaction method &quot;%1&quot;. Use fill or pixelate.</source>
        <translation>Método desconhecido para ocultar partes: &quot;%1&quot;. Use fill ou pixelate.</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; is not four whole numbers X,Y,W,H (left, top, width, height in pixels).</source>
        <translation>O retângulo &quot;%1&quot; não tem quatro números inteiros X,Y,W,H (esquerda, topo, largura, altura em pixels).</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; has no area: its width and height must be at least 1.</source>
        <translation>O retângulo &quot;%1&quot; não tem área: largura e altura devem ser pelo menos 1.</translation>
    </message>
    <message>
        <source>Give at least one box to redact.</source>
        <translation>Indique pelo menos um retângulo a ocultar.</translation>
    </message>
    <message>
        <source>The box %1 has no area: its width and height must be at least 1.</source>
        <translation>O retângulo %1 não tem área: largura e altura devem ser pelo menos 1.</translation>
    </message>
    <message>
        <source>The box %1 is not inside the image, which is %2×%3 pixels (upright).</source>
        <translation>O retângulo %1 não está dentro da imagem, que tem %2×%3 pixels (na posição vertical).</translation>
    </message>
    <message>
        <source>The redaction record cannot be read.</source>
        <translation>Não é possível ler o registro das partes ocultas.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Checking the Backup</source>
        <translation>Verificando o backup</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Restauração cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar a partir do backup</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: it did not pass its check, so nothing was changed.</source>
        <translation>&quot;%1&quot; não pode ser restaurado: não passou na verificação, então nada foi alterado.</translation>
    </message>
    <message>
        <source>The case you are editing has changes that are not saved. Save or close it first, then restore the backup.</source>
        <translation>O caso que você está editando tem alterações não salvas. Salve ou feche o caso primeiro e depois restaure o backup.</translation>
    </message>
    <message>
        <source>%1 is the database TrustDesk has open. Choose a backup of it instead.</source>
        <translation>%1 é o banco de dados aberto no TrustDesk. Escolha um backup dele.</translation>
    </message>
    <message>
        <source>Replace the cases in TrustDesk with the cases in the backup?</source>
        <translation>Substituir os casos do TrustDesk pelos casos do backup?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln case(s) in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>
            <numerusform>O caso que está no TrustDesk agora e as provas dele serão substituídos pelos do backup.</numerusform>
            <numerusform>Os %Ln casos que estão no TrustDesk agora e as provas deles serão substituídos pelos do backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cases in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>Os casos que estão no TrustDesk agora e as provas deles serão substituídos pelos do backup.</translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s); its newest recorded change is from %2.</source>
        <translation>
            <numerusform>O backup &quot;%1&quot; tem %Ln caso; a alteração registrada mais recente é de %2.</numerusform>
            <numerusform>O backup &quot;%1&quot; tem %Ln casos; a alteração registrada mais recente é de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s).</source>
        <translation>
            <numerusform>O backup &quot;%1&quot; tem %Ln caso.</numerusform>
            <numerusform>O backup &quot;%1&quot; tem %Ln casos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything added or changed since that backup will be lost. The backup itself is not changed.</source>
        <translation>Tudo o que foi adicionado ou alterado depois desse backup será perdido. O próprio backup não é alterado.</translation>
    </message>
    <message>
        <source>&amp;Replace with Backup</source>
        <translation>&amp;Substituir pelo backup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The restore did not finish.</source>
        <translation>A restauração não terminou.</translation>
    </message>
    <message>
        <source>The backup was not restored, and nothing was changed.</source>
        <translation>O backup não foi restaurado, e nada foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk now holds the %Ln case(s) of the backup %1, with their evidence.</source>
        <translation>
            <numerusform>Agora o TrustDesk tem %Ln caso do backup %1, com as provas dele.</numerusform>
            <numerusform>Agora o TrustDesk tem os %Ln casos do backup %1, com as provas deles.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an encrypted backup, and the database open now is not encrypted: restoring it here would put its cases on this disk unencrypted, so it was not restored. Encrypt this database first (Encrypt… above the cases), then restore.</source>
        <translation>&quot;%1&quot; é um backup criptografado, e o banco de dados aberto agora não está criptografado: restaurá-lo aqui deixaria os casos dele neste disco sem criptografia, por isso ele não foi restaurado. Criptografe este banco de dados primeiro (Criptografar… acima dos casos) e depois restaure.</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Filed with</source>
        <translation>Apresentada a</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Meio</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de protocolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queixa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Número do distintivo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Policial</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Depoimento</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testemunha</translation>
    </message>
    <message>
        <source>Add co&amp;mplaint</source>
        <translation>Adicionar &amp;queixa</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Adicionar acompanhamento</translation>
    </message>
    <message>
        <source>Add office&amp;r</source>
        <translation>Adicionar &amp;policial</translation>
    </message>
    <message>
        <source>Add witne&amp;ss</source>
        <translation>Adicionar &amp;testemunha</translation>
    </message>
</context>
<context>
    <name>ScramVerifier</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>Não foi possível iniciar a biblioteca de criptografia.</translation>
    </message>
    <message>
        <source>The login password is empty.</source>
        <translation>A senha do login está vazia.</translation>
    </message>
    <message>
        <source>A login password may use only ASCII letters, digits, punctuation and spaces (no accented letters or other scripts): the server prepares other characters in a way TrustDesk cannot reproduce exactly, which could lock the person out. Choose a longer password of ASCII characters instead.</source>
        <translation>A senha de um login só pode usar letras, números, sinais de pontuação e espaços ASCII (sem letras acentuadas nem de outros alfabetos): o servidor prepara os outros caracteres de um jeito que o TrustDesk não consegue reproduzir exatamente, o que poderia deixar a pessoa sem acesso. Em vez disso, escolha uma senha mais longa com caracteres ASCII.</translation>
    </message>
    <message>
        <source>The login password cannot be prepared.</source>
        <translation>Não é possível preparar a senha do login.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation>Criando o índice de busca</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Atualizando o índice de busca</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>Organizando o índice de busca</translation>
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
        <translation>Dados de contato das testemunhas</translation>
    </message>
</context>
<context>
    <name>ServerEvidence</name>
    <message>
        <source>The evidence could not be encrypted.</source>
        <translation>Não foi possível criptografar as provas.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the database reported an unexpected error.</source>
        <translation>%1: o banco de dados informou um erro inesperado.</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program. Try again in a moment.</source>
        <translation>%1: o banco de dados está sendo usado por outro programa. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (it is read-only).</source>
        <translation>%1: não é possível gravar no arquivo do banco de dados (ele é somente leitura).</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>%1: o disco está cheio. Libere espaço e tente de novo; nada foi salvo.</translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written.</source>
        <translation>%1: não foi possível ler ou gravar o arquivo do banco de dados.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1: o arquivo do banco de dados está danificado.</translation>
    </message>
    <message>
        <source>%1: the data conflicts with what is already stored.</source>
        <translation>%1: os dados entram em conflito com o que já está guardado.</translation>
    </message>
    <message>
        <source>%1: the connection to the office server was lost. Try again in a moment.</source>
        <translation>%1: a conexão com o servidor do escritório caiu. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>%1: the office server does not allow this login to make this change.</source>
        <translation>%1: o servidor do escritório não permite que este login faça esta alteração.</translation>
    </message>
    <message>
        <source>%1: the office server&apos;s disk is full; nothing was saved. Tell the office admin.</source>
        <translation>%1: o disco do servidor do escritório está cheio; nada foi salvo. Avise o administrador do escritório.</translation>
    </message>
    <message>
        <source>%1: your role on the office server does not allow this. Ask the office admin if you need it.</source>
        <translation>%1: sua função no servidor do escritório não permite isso. Se precisar, peça ao administrador do escritório.</translation>
    </message>
    <message>
        <source>%1: the office server refused this login. Ask your administrator.</source>
        <translation>%1: o servidor do escritório recusou este login. Fale com o seu administrador.</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>Managing the office&apos;s staff</source>
        <translation>Gerenciando a equipe do escritório</translation>
    </message>
    <message>
        <source>That login cannot be staff: it is a superuser, a group or a system role.</source>
        <translation>Esse login não pode fazer parte da equipe: é um superusuário, um grupo ou uma função do sistema.</translation>
    </message>
    <message>
        <source>%1: only an office admin may do this, and your login is not one. Ask an admin to do it, or to make you one (trustdesk-cli staff role LOGIN admin).</source>
        <translation>%1: só um administrador do escritório pode fazer isso, e seu login não é administrador. Peça a um administrador para fazer isso, ou para tornar você administrador (trustdesk-cli staff role LOGIN admin).</translation>
    </message>
    <message>
        <source>Setting a staff member&apos;s password</source>
        <translation>Definindo a senha de um membro da equipe</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot; on this office server (trustdesk-cli staff list shows them).</source>
        <translation>Não há nenhum membro da equipe &quot;%1&quot; neste servidor do escritório (trustdesk-cli staff list mostra os membros).</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Other agency %1</source>
        <translation>Outro órgão %1</translation>
    </message>
    <message>
        <source>Other outcome %1</source>
        <translation>Outro resultado %1</translation>
    </message>
    <message>
        <source>Other district %1</source>
        <translation>Outro distrito %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>Categoria de violação</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
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
        <translation>Órgão</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Situação do caso</translation>
    </message>
    <message>
        <source>Complaint outcome</source>
        <translation>Resultado da queixa</translation>
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
        <translation>Nenhuma categoria registrada</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>Não apresentada</translation>
    </message>
    <message>
        <source>Filed, no status recorded</source>
        <translation>Apresentada, sem situação registrada</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>The caseworkers could not be read.</source>
        <translation>Não foi possível ler os responsáveis pelos casos.</translation>
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
        <translation>Sombreado: a contagem está oculta (abaixo do limite).</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Exportar estatísticas</translation>
    </message>
    <message>
        <source>Exported to %1. As for any published figures, no count below %2 is shown: %3 count(s) were hidden for being small and %4 more so that they cannot be worked out from the totals.</source>
        <translation>Exportado para %1. Como em qualquer número publicado, nenhuma contagem abaixo de %2 é mostrada: %3 contagem(ns) foram ocultadas por serem pequenas e mais %4 para que não possam ser deduzidas dos totais.</translation>
    </message>
    <message>
        <source>Exported to %1 with every count shown (no suppression).</source>
        <translation>Exportado para %1 com todas as contagens visíveis (nada ocultado).</translation>
    </message>
    <message numerus="yes">
        <source>%n rare agency or outcome name(s) are replaced by &quot;Other …&quot;.</source>
        <translation>
            <numerusform>%n nome raro de órgão ou resultado foi substituído por &quot;Outro …&quot;.</numerusform>
            <numerusform>%n nomes raros de órgão ou resultado foram substituídos por &quot;Outro …&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>Não foi possível registrar a exportação no registro de auditoria: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>Counting cases for the statistics</source>
        <translation>Contando os casos para as estatísticas</translation>
    </message>
    <message>
        <source>The statistics could not be counted: the database could not be read.</source>
        <translation>Não foi possível calcular as estatísticas: não foi possível ler o banco de dados.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Reported police conduct by %1 and %2</source>
        <translation>Conduta policial denunciada por %1 e %2</translation>
    </message>
    <message>
        <source>Reported police conduct by %1</source>
        <translation>Conduta policial denunciada por %1</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2.</source>
        <translation>Incidentes de %1 a %2.</translation>
    </message>
    <message>
        <source>All incidents recorded up to %1.</source>
        <translation>Todos os incidentes registrados até %1.</translation>
    </message>
    <message>
        <source>Cases with the status %1 only.</source>
        <translation>Só casos com a situação %1.</translation>
    </message>
    <message>
        <source>The cases of one caseworker only.</source>
        <translation>Só os casos de um responsável.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Totals count each case and incident once; one can fall in several rows or columns, so the totals can be less than the sum of their cells.</source>
        <translation>Os totais contam cada caso e incidente uma só vez; um deles pode estar em várias linhas ou colunas, então os totais podem ser menores que a soma das células.</translation>
    </message>
    <message>
        <source>Table %1. Cases and incidents by %2</source>
        <translation>Tabela %1. Casos e incidentes por %2</translation>
    </message>
    <message>
        <source>Table %1. %2 by %3 (rows) and %4 (columns)</source>
        <translation>Tabela %1. %2 por %3 (linhas) e %4 (colunas)</translation>
    </message>
    <message>
        <source>What is counted.</source>
        <translation>O que é contado.</translation>
    </message>
    <message>
        <source>A case is counted when at least one of its incidents falls in the period and passes the filters; a case with no recorded incident is not counted. Violation category, month, quarter, police district and agency describe an incident; case status and complaint outcome describe the case. The outcome is the status of the case&apos;s latest complaint submission as recorded, ignoring capitals and spacing; &quot;Not filed&quot; when there is none. Agencies are grouped ignoring capitals and spacing.</source>
        <translation>Um caso é contado quando pelo menos um dos seus incidentes cai no período e passa pelos filtros; um caso sem incidente registrado não é contado. Categoria de violação, mês, trimestre, distrito policial e órgão descrevem um incidente; situação do caso e resultado da queixa descrevem o caso. O resultado é a situação da apresentação de queixa mais recente do caso, como foi registrada, ignorando maiúsculas e espaços; &quot;Não apresentada&quot; quando não há nenhuma. Os órgãos são agrupados ignorando maiúsculas e espaços.</translation>
    </message>
    <message>
        <source>Overlapping rows.</source>
        <translation>Linhas que se sobrepõem.</translation>
    </message>
    <message>
        <source>An incident can allege several violation categories, and a case can have incidents in several months, districts or agencies; it then counts once in each row or column it belongs to. Totals count every case and incident once, so they can be smaller than the sum of their rows.</source>
        <translation>Um incidente pode alegar várias categorias de violação, e um caso pode ter incidentes em vários meses, distritos ou órgãos; então ele conta uma vez em cada linha ou coluna a que pertence. Os totais contam cada caso e incidente uma só vez, então podem ser menores que a soma das linhas.</translation>
    </message>
    <message>
        <source>Suppression.</source>
        <translation>Contagens ocultadas.</translation>
    </message>
    <message>
        <source>To protect the people behind small numbers, no count from 1 to %1 is shown: %2 count(s) of cases and %3 of incidents were hidden for that reason (primary suppression). So that none of them can be worked out by subtracting from a row, column or grand total, or from any combination of them, %4 further count(s) of cases and %5 of incidents were hidden, the smallest possible first (complementary suppression). A dash (–) marks a hidden count. Zeros are shown: they describe no one.</source>
        <translation>Para proteger as pessoas por trás de números pequenos, nenhuma contagem de 1 a %1 é mostrada: por isso, %2 contagem(ns) de casos e %3 de incidentes foram ocultadas (supressão primária). Para que nenhuma delas possa ser deduzida subtraindo de uma linha, coluna ou total geral, ou de qualquer combinação deles, mais %4 contagem(ns) de casos e %5 de incidentes foram ocultadas, as menores possíveis primeiro (supressão complementar). Um traço (–) marca uma contagem oculta. Os zeros são mostrados: eles não descrevem ninguém.</translation>
    </message>
    <message>
        <source>No count was suppressed (the threshold was set to 1).</source>
        <translation>Nenhuma contagem foi ocultada (o limite era 1).</translation>
    </message>
    <message>
        <source>This report holds no names, case references, badge numbers or narratives. Agency names and complaint outcomes are typed by caseworkers; any that counts fewer than %1 cases is not named (&quot;Other agency 1&quot;).</source>
        <translation>Este relatório não contém nomes, referências de casos, números de distintivo nem relatos. Os nomes de órgãos e os resultados de queixas são digitados pelos responsáveis pelos casos; os que contam menos de %1 casos não são nomeados (&quot;Outro órgão 1&quot;).</translation>
    </message>
    <message>
        <source>%1 row(s) or column(s) were left unnamed for that reason.</source>
        <translation>Por esse motivo, %1 linha(s) ou coluna(s) ficaram sem nome.</translation>
    </message>
    <message>
        <source>Privacy.</source>
        <translation>Privacidade.</translation>
    </message>
    <message>
        <source>Source.</source>
        <translation>Fonte.</translation>
    </message>
    <message>
        <source>The office&apos;s TrustDesk case records, counted on %1.</source>
        <translation>Os registros de casos do TrustDesk do escritório, contados em %1.</translation>
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
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Gerado em %1</translation>
    </message>
    <message>
        <source>The statistics could not be printed.</source>
        <translation>Não foi possível imprimir as estatísticas.</translation>
    </message>
</context>
<context>
    <name>TextScanner</name>
    <message>
        <source>[withheld]</source>
        <translation>[omitido]</translation>
    </message>
</context>
<context>
    <name>VaultConversion</name>
    <message>
        <source>The encrypted copy does not hold the same data as the original (%1); the original was kept unchanged.</source>
        <translation>A cópia criptografada não contém os mesmos dados que o original (%1); o original foi mantido sem alterações.</translation>
    </message>
    <message>
        <source>The encrypted copy could not be read back; the original was kept unchanged.</source>
        <translation>Não foi possível reler a cópia criptografada; o original foi mantido sem alterações.</translation>
    </message>
    <message>
        <source>its schema</source>
        <translation>o esquema dele</translation>
    </message>
    <message>
        <source>The encryption was canceled; nothing was changed.</source>
        <translation>A criptografia foi cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabela %1</translation>
    </message>
    <message>
        <source>The database is open in TrustDesk or another program. Close it there and try again; nothing was changed.</source>
        <translation>O banco de dados está aberto no TrustDesk ou em outro programa. Feche-o lá e tente de novo; nada foi alterado.</translation>
    </message>
    <message>
        <source>The database could not be encrypted (%1); the original was kept unchanged.</source>
        <translation>Não foi possível criptografar o banco de dados (%1); o original foi mantido sem alterações.</translation>
    </message>
    <message>
        <source>the copy could not be started</source>
        <translation>não foi possível iniciar a cópia</translation>
    </message>
    <message>
        <source>the tables could not be made</source>
        <translation>não foi possível criar as tabelas</translation>
    </message>
    <message>
        <source>the rows could not be copied</source>
        <translation>não foi possível copiar as linhas</translation>
    </message>
    <message>
        <source>the indexes could not be made</source>
        <translation>não foi possível criar os índices</translation>
    </message>
    <message>
        <source>the copy could not be finished</source>
        <translation>não foi possível terminar a cópia</translation>
    </message>
    <message>
        <source>encryption is not available on this system</source>
        <translation>a criptografia não está disponível neste sistema</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>não foi possível abrir a cópia</translation>
    </message>
    <message>
        <source>the copy could not be set up</source>
        <translation>não foi possível preparar a cópia</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>não foi possível gravar a cópia no disco</translation>
    </message>
    <message>
        <source>The encrypted copy did not pass its integrity check; the original was kept unchanged.</source>
        <translation>A cópia criptografada não passou na verificação de integridade; o original foi mantido sem alterações.</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>não foi possível abri-lo</translation>
    </message>
    <message>
        <source>The database is being encrypted by another program right now. Wait for it to finish.</source>
        <translation>Outro programa está criptografando o banco de dados agora. Espere terminar.</translation>
    </message>
    <message>
        <source>The interrupted encryption could not be finished: %1</source>
        <translation>Não foi possível terminar a criptografia interrompida: %1</translation>
    </message>
    <message>
        <source>The files of an interrupted encryption could not be removed.</source>
        <translation>Não foi possível remover os arquivos de uma criptografia interrompida.</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>não foi possível abrir o arquivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be created</source>
        <translation>não foi possível criar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This database is already encrypted.</source>
        <translation>Este banco de dados já é criptografado.</translation>
    </message>
    <message>
        <source>An earlier encryption of this database did not finish; finish or undo it first.</source>
        <translation>Uma criptografia anterior deste banco de dados não terminou; termine-a ou desfaça-a primeiro.</translation>
    </message>
    <message>
        <source>The evidence of this database could not be counted.</source>
        <translation>Não foi possível contar as provas deste banco de dados.</translation>
    </message>
    <message>
        <source>the key file could not be put in place</source>
        <translation>não foi possível colocar o arquivo de chaves no lugar</translation>
    </message>
    <message>
        <source>The database is encrypted, but the old unencrypted evidence folder &quot;%1&quot; could not be deleted completely. Run `trustdesk-cli encrypt` again to delete it.</source>
        <translation>O banco de dados está criptografado, mas a antiga pasta de provas sem criptografia &quot;%1&quot; não pôde ser apagada por completo. Execute `trustdesk-cli encrypt` de novo para apagá-la.</translation>
    </message>
    <message>
        <source>This database has evidence files, and this conversion does not encrypt them; nothing was changed.</source>
        <translation>Este banco de dados tem arquivos de provas, e esta conversão não os criptografa; nada foi alterado.</translation>
    </message>
    <message>
        <source>The encryption stopped while the encrypted copy was being put in place (%1). Nothing is lost: run `trustdesk-cli encrypt` again, or open the database in TrustDesk, to finish it.</source>
        <translation>A criptografia parou enquanto a cópia criptografada estava sendo colocada no lugar (%1). Nada foi perdido: execute `trustdesk-cli encrypt` de novo, ou abra o banco de dados no TrustDesk, para concluí-la.</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>The key file of this encrypted database is damaged. Use a backup of the database together with its key file.</source>
        <translation>O arquivo de chave deste banco de dados criptografado está danificado. Use um backup do banco de dados junto com o arquivo de chave dele.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>A senha não está certa.</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; could not be written: %2</source>
        <translation>Não foi possível gravar o arquivo de chave &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; is missing: an encrypted database cannot be opened without it.</source>
        <translation>O arquivo de chave &quot;%1&quot; está faltando: um banco de dados criptografado não pode ser aberto sem ele.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of TrustDesk. Update TrustDesk to open this database.</source>
        <translation>O arquivo de chave foi gravado por uma versão mais nova do TrustDesk. Atualize o TrustDesk para abrir este banco de dados.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>A criptografia não está disponível neste sistema.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>A senha deve ter pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; a key file is never replaced by a new one.</source>
        <translation>&quot;%1&quot; já existe; um arquivo de chave nunca é substituído por um novo.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the passphrase (256 MiB are needed).</source>
        <translation>Não há memória suficiente para proteger a senha (são necessários 256 MiB).</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>Não há memória suficiente para verificar a senha (são necessários 256 MiB).</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 13 groups of four letters and digits.</source>
        <translation>Isso não é uma chave de recuperação: uma chave de recuperação tem 13 grupos de quatro letras e números.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>A chave de recuperação não está certa.</translation>
    </message>
    <message>
        <source>That key does not belong to this database.</source>
        <translation>Essa chave não pertence a este banco de dados.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Verifying the database</source>
        <translation>Verificando o banco de dados</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>O arquivo do banco de dados está danificado: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Verificação de integridade do SQLite: %1</translation>
    </message>
    <message>
        <source>The file does not carry TrustDesk&apos;s application id.</source>
        <translation>O arquivo não tem o identificador de aplicativo do TrustDesk.</translation>
    </message>
    <message>
        <source>The schema is version %1; this TrustDesk uses %2 (run init to upgrade).</source>
        <translation>O esquema é a versão %1; este TrustDesk usa a %2 (execute init para atualizar).</translation>
    </message>
    <message>
        <source>Broken link between records: %1</source>
        <translation>Ligação quebrada entre registros: %1</translation>
    </message>
    <message>
        <source>Case %1 is missing from the search index.</source>
        <translation>O caso %1 está faltando no índice de busca.</translation>
    </message>
    <message>
        <source>The search index holds an entry (%1) for a case that no longer exists.</source>
        <translation>O índice de busca tem uma entrada (%1) de um caso que não existe mais.</translation>
    </message>
    <message>
        <source>Client record %1 belongs to no case.</source>
        <translation>O registro de cliente %1 não pertence a nenhum caso.</translation>
    </message>
    <message>
        <source>Case %1 was closed before it was opened.</source>
        <translation>O caso %1 foi encerrado antes de ser aberto.</translation>
    </message>
    <message>
        <source>Evidence record %1 has an invalid SHA-256.</source>
        <translation>O registro de prova %1 tem um SHA-256 inválido.</translation>
    </message>
    <message>
        <source>Incident record %1 has no date.</source>
        <translation>O registro de incidente %1 não tem data.</translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; is not in the TD-YYYY-NNNNN form.</source>
        <translation>A referência de caso &quot;%1&quot; não está no formato TD-AAAA-NNNNN.</translation>
    </message>
    <message>
        <source>The case numbering for %1 is behind case %2; a new case could reuse its number.</source>
        <translation>A numeração de casos de %1 está atrás do caso %2; um caso novo poderia repetir o número dele.</translation>
    </message>
    <message>
        <source>The search index is inconsistent and needs rebuilding.</source>
        <translation>O índice de busca está inconsistente e precisa ser reconstruído.</translation>
    </message>
</context>
<context>
    <name>ViolationCategory</name>
    <message>
        <source>Sharing personal information without lawful basis</source>
        <translation>Compartilhar dados pessoais sem base legal</translation>
    </message>
    <message>
        <source>Police shared personally identifiable information (such as a name, address or immigration details) with immigration enforcement without a lawful basis.</source>
        <translation>A polícia compartilhou dados pessoais (como nome, endereço ou dados migratórios) com as autoridades de imigração sem base legal.</translation>
    </message>
    <message>
        <source>Honoring a civil immigration detainer without legal authority</source>
        <translation>Cumprir um pedido civil de detenção migratória sem autoridade legal</translation>
    </message>
    <message>
        <source>Police held a person, or arranged a hand-over, because of a civil immigration detainer request, without legal authority or contrary to policy.</source>
        <translation>A polícia manteve uma pessoa detida, ou combinou a entrega dela, por causa de um pedido civil de detenção migratória (detainer), sem autoridade legal ou contra a política.</translation>
    </message>
    <message>
        <source>Questioning or detention solely on immigration suspicion</source>
        <translation>Interrogatório ou detenção só por suspeita migratória</translation>
    </message>
    <message>
        <source>Police questioned, stopped or held a person only because they suspected something about the person&apos;s immigration status.</source>
        <translation>A polícia interrogou, parou ou deteve uma pessoa só porque suspeitava de algo sobre a situação migratória dela.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Other conduct related to cooperation with immigration enforcement; describe it in the narrative.</source>
        <translation>Outra conduta relacionada à cooperação com as autoridades de imigração; descreva-a no relato.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrustDesk: document police misconduct and file complaints.</source>
        <translation>TrustDesk: documente a má conduta policial e apresente queixas.</translation>
    </message>
    <message>
        <source>open the database at PATH (created when missing), or connect to the office server at a postgresql:// URI</source>
        <translation>abre o banco de dados em PATH (criado se não existir), ou conecta ao servidor do escritório por uma URI postgresql://</translation>
    </message>
</context>
<context>
    <name>td::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>Filter by case, action or person, e.g. TD-2026-00042 or case.view_sensitive</source>
        <translation>Filtrar por caso, ação ou pessoa, por exemplo TD-2026-00042 ou case.view_sensitive</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrar o registro de auditoria</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
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
        <translation>Backup criptografado</translation>
    </message>
    <message>
        <source>This backup is encrypted. It opens with the passphrase the database had on the day of the backup, or its recovery key.</source>
        <translation>Este backup está criptografado. Ele abre com a senha que o banco de dados tinha no dia do backup, ou com a chave de recuperação dele.</translation>
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
        <translation>Copiando o banco de dados…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Verificando o banco de dados…</translation>
    </message>
    <message>
        <source>Copying the evidence files and checking each one…</source>
        <translation>Copiando os arquivos de prova e verificando cada um…</translation>
    </message>
    <message>
        <source>Checking every evidence file…</source>
        <translation>Verificando todos os arquivos de prova…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Colocando o backup no lugar…</translation>
    </message>
    <message>
        <source>Replacing the cases with the backup&apos;s. This cannot be canceled now.</source>
        <translation>Substituindo os casos pelos do backup. Isso não pode mais ser cancelado.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Checking the whole backup before anything is written…</source>
        <translation>Verificando o backup inteiro antes de gravar qualquer coisa…</translation>
    </message>
    <message>
        <source>Writing the backup&apos;s cases, evidence and audit log into the empty office database…</source>
        <translation>Gravando os casos, as provas e o registro de auditoria do backup no banco de dados do escritório vazio…</translation>
    </message>
    <message>
        <source>Saving the restored database. This cannot be canceled now.</source>
        <translation>Salvando o banco de dados restaurado. Isso não pode mais ser cancelado.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseDetailPanel</name>
    <message>
        <source>Select a case in the list to see its details.</source>
        <translation>Selecione um caso na lista para ver os detalhes.</translation>
    </message>
    <message>
        <source>Show sensitive fields</source>
        <translation>Mostrar campos sensíveis</translation>
    </message>
    <message>
        <source>Immigration status, A-number, address and other fields that could endanger the client, and the witnesses&apos; contact details. Showing them is recorded in the audit log.</source>
        <translation>Situação migratória, número A, endereço e outros dados que podem colocar o cliente em perigo, e os dados de contato das testemunhas. Mostrá-los fica gravado no registro de auditoria.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseEditor</name>
    <message>
        <source>The case this draft belongs to no longer exists; the draft will be saved as a new case.</source>
        <translation>O caso deste rascunho não existe mais; o rascunho será salvo como um caso novo.</translation>
    </message>
    <message>
        <source>Restored the unsaved draft from %1. Save it to keep it.</source>
        <translation>O rascunho não salvo de %1 foi recuperado. Salve-o para mantê-lo.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>Remove Incident</source>
        <translation>Remover incidente</translation>
    </message>
    <message>
        <source>Remove incident %1 and everything entered for it?</source>
        <translation>Remover o incidente %1 e tudo o que foi anotado nele?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Not saved yet: please fix the fields marked in red.</source>
        <translation>Ainda não foi salvo: corrija os campos marcados em vermelho.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept in a draft.</source>
        <translation>Não foi salvo: %1 Seus dados ficam guardados em um rascunho.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Salvo %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Discard the changes to this case?</source>
        <translation>Descartar as alterações neste caso?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>Continuar &amp;editando</translation>
    </message>
    <message>
        <source>That client changed meanwhile; search again.</source>
        <translation>Esse cliente mudou nesse meio-tempo; busque de novo.</translation>
    </message>
    <message>
        <source>Linked to the existing client of %1.</source>
        <translation>Vinculado ao cliente existente de %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Caso novo</translation>
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
        <translation>Adicionar incidente</translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation>Remover incidente</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Queixas apresentadas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Acompanhamentos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>Salvar o caso (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>Salvar caso</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Fechar caso</translation>
    </message>
    <message>
        <source>Filing and follow-&amp;ups</source>
        <translation>Apresentação e &amp;acompanhamentos</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>Save the case first; then attach photos, recordings and documents.</source>
        <translation>Salve o caso primeiro; depois anexe fotos, gravações e documentos.</translation>
    </message>
    <message>
        <source>Case Changed Elsewhere</source>
        <translation>Caso alterado em outro lugar</translation>
    </message>
    <message>
        <source>Not saved: this case was changed elsewhere. Your entries are kept in a draft.</source>
        <translation>Não salvo: este caso foi alterado em outro lugar. O que você digitou fica guardado em um rascunho.</translation>
    </message>
    <message>
        <source>This case was deleted elsewhere. Saving will keep your entries in a draft; nothing is lost.</source>
        <translation>Este caso foi excluído em outro lugar. Ao salvar, o que você digitou fica guardado em um rascunho; nada se perde.</translation>
    </message>
    <message>
        <source>This case was changed elsewhere (in another window or by trustdesk-cli) since you opened it. When you save, you choose which version to keep.</source>
        <translation>Este caso foi alterado em outro lugar (em outra janela ou pelo trustdesk-cli) desde que você o abriu. Ao salvar, você escolhe qual versão manter.</translation>
    </message>
    <message>
        <source>Not revealed: %1</source>
        <translation>Não revelado: %1</translation>
    </message>
    <message>
        <source>no field you can see (the same values were saved again)</source>
        <translation>nenhum campo visível (os mesmos valores foram salvos de novo)</translation>
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

Alterado desde que você o abriu: %2.

Manter a sua versão (ela substitui a outra, e o registro de auditoria anota que você a sobrescreveu), usar a outra (a sua versão fica guardada como rascunho) ou voltar a editar?</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Manter a &amp;minha</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Usar a outra</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>outra pessoa</translation>
    </message>
    <message>
        <source>Their version was not loaded: yours could not be kept as a draft, so it stays here.</source>
        <translation>A outra versão não foi carregada: não foi possível guardar a sua como rascunho, então ela continua aqui.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1. Your version is kept as an unsaved draft; TrustDesk offers it again when it next starts.</source>
        <translation>A versão salva por %1 foi carregada. A sua versão fica guardada como rascunho não salvo; o TrustDesk a oferece de novo na próxima vez que abrir.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1.</source>
        <translation>A versão salva por %1 foi carregada.</translation>
    </message>
    <message>
        <source>Office Server Unreachable</source>
        <translation>Servidor do escritório inacessível</translation>
    </message>
    <message>
        <source>%1

Your entries stay in this form and in a draft on this computer.</source>
        <translation>%1

O que você digitou continua neste formulário e em um rascunho neste computador.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
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
        <translation>Incluir também estas colunas sensíveis</translation>
    </message>
    <message>
        <source>The file will hold facts that can expose clients to immigration enforcement. Keep it on an encrypted disk and delete it when done.</source>
        <translation>O arquivo terá dados que podem expor os clientes às autoridades de imigração. Guarde-o em um disco criptografado e exclua-o quando terminar.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) of the current list, in its order, go to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</source>
        <translation>
            <numerusform>O %n caso da lista atual vai para um arquivo de planilha, CSV ou pasta de trabalho do Excel (referência, situação, datas, responsável pelo caso, nome e idioma do cliente). A exportação fica gravada no registro de auditoria.</numerusform>
            <numerusform>Os %n casos da lista atual, na ordem dela, vão para um arquivo de planilha, CSV ou pasta de trabalho do Excel (referência, situação, datas, responsável pelo caso, nome e idioma do cliente). A exportação fica gravada no registro de auditoria.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListPage</name>
    <message>
        <source>Search names, places, narratives, officers, badge numbers…</source>
        <translation>Buscar nomes, lugares, relatos, policiais, números de distintivo…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de situação</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Ainda não há casos</translation>
    </message>
    <message>
        <source>Start with the person in front of you: New Case opens the intake form. Add your office&apos;s name, address, phone and email too: client copies and handouts print them, so clients know how to reach you.</source>
        <translation>Comece pela pessoa à sua frente: Novo caso abre o formulário de atendimento. Adicione também o nome, o endereço, o telefone e o e-mail do seu escritório: as cópias do cliente e os folhetos os imprimem, para que os clientes saibam como entrar em contato com você.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseWorkspace</name>
    <message>
        <source>The case could not be opened.</source>
        <translation>Não foi possível abrir o caso.</translation>
    </message>
    <message>
        <source>TrustDesk closed before your changes to %1 (%2) were saved. The draft is from %3.

Restore it?</source>
        <translation>O TrustDesk fechou antes de salvar suas alterações em %1 (%2). O rascunho é de %3.

Recuperá-lo?</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>um caso</translation>
    </message>
    <message>
        <source>TrustDesk closed before a new case for %1 was saved. The draft is from %2.

Restore it?</source>
        <translation>O TrustDesk fechou antes de salvar um caso novo de %1. O rascunho é de %2.

Recuperá-lo?</translation>
    </message>
    <message>
        <source>Restore Unsaved Draft</source>
        <translation>Recuperar rascunho não salvo</translation>
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
        <translation>Mais &amp;tarde</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Excluir caso</translation>
    </message>
    <message>
        <source>Delete %1 (%2) and everything recorded in it? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>Excluir %1 (%2) e tudo o que está registrado nele? Isso não pode ser desfeito; o registro de auditoria guarda a informação de que ele foi excluído.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>&amp;Novo caso</translation>
    </message>
    <message>
        <source>&amp;Edit Case</source>
        <translation>&amp;Editar caso</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>E&amp;xcluir caso…</translation>
    </message>
    <message>
        <source>Save the case first: the report is made from what is stored.</source>
        <translation>Salve o caso primeiro: o relatório é feito com o que está salvo.</translation>
    </message>
    <message>
        <source>Complaint &amp;Report…</source>
        <translation>&amp;Relatório da queixa…</translation>
    </message>
    <message>
        <source>Unsaved Draft Damaged</source>
        <translation>Rascunho não salvo danificado</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</source>
        <translation>
            <numerusform>Não foi possível abrir %n rascunho não salvo: o arquivo foi alterado ou danificado no disco, então não foi restaurado. Ele foi guardado à parte em %1.</numerusform>
            <numerusform>Não foi possível abrir %n rascunhos não salvos: o arquivo foi alterado ou danificado no disco, então não foi restaurado. Ele foi guardado à parte em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseworkerProfileDialog</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>Bem-vindo ao TrustDesk</translation>
    </message>
    <message>
        <source>Who is using TrustDesk on this computer? Your name and role are recorded with every change to a case and every look at a client&apos;s sensitive information, in the audit log and in the evidence chain of custody. You can change them later in Preferences.</source>
        <translation>Quem está usando o TrustDesk neste computador? Seu nome e sua função são registrados a cada alteração em um caso e a cada consulta às informações sensíveis de um cliente, no registro de auditoria e na cadeia de custódia das provas. Você pode mudá-los depois em Preferências.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Começar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Caseworker Profile</source>
        <translation>Perfil do responsável pelo caso</translation>
    </message>
    <message>
        <source>Entries made from now on are recorded under this name and role. Entries already in the audit log keep the name they were made under.</source>
        <translation>As entradas feitas a partir de agora são registradas com este nome e esta função. As entradas que já estão no registro de auditoria mantêm o nome com que foram feitas.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Seu nome completo</translation>
    </message>
    <message>
        <source>For example: caseworker, supervisor, interpreter</source>
        <translation>Por exemplo: responsável pelo caso, supervisor, intérprete</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Seu escritório</translation>
    </message>
    <message>
        <source>How a client reaches you: printed on client copies and handouts. Leave empty what you do not want printed.</source>
        <translation>Como um cliente entra em contato com você: impresso nas cópias do cliente e nos folhetos. Deixe em branco o que você não quer imprimir.</translation>
    </message>
    <message>
        <source>O&amp;ffice name:</source>
        <translation>Nome do &amp;escritório:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>En&amp;dereço:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Fuso &amp;horário:</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>O deste computador (%1)</translation>
    </message>
    <message>
        <source>Photo capture times and other times are shown in this zone.</source>
        <translation>Os horários das fotos e os demais horários são mostrados neste fuso.</translation>
    </message>
</context>
<context>
    <name>td::ui::ChangePassphraseDialog</name>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Digite a senha atual.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>A senha atual não está certa. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1 The old passphrase still opens the database.</source>
        <translation>Não foi possível trocar a senha: %1 A senha antiga ainda abre o banco de dados.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Trocar senha</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on; the old one no longer does. The recovery key you wrote down keeps working. Backups made before today still open with the passphrase of their day.</source>
        <translation>A partir de agora, a senha nova abre este banco de dados e a antiga não abre mais. A chave de recuperação que você anotou continua valendo. Os backups feitos antes de hoje ainda abrem com a senha da época em que foram feitos.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Senha atual</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nova senha</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmar</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>&amp;Trocar senha</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Trocando a senha…</translation>
    </message>
</context>
<context>
    <name>td::ui::ClientForm</name>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>As the client writes it, in any script</source>
        <translation>Como o cliente escreve, em qualquer alfabeto</translation>
    </message>
    <message>
        <source>e.g. 617-555-0142</source>
        <translation>ex.: 617-555-0142</translation>
    </message>
    <message>
        <source>e.g. A123-456-789</source>
        <translation>ex.: A123-456-789</translation>
    </message>
    <message>
        <source>&amp;Link case to this client</source>
        <translation>&amp;Vincular o caso a este cliente</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Possible matching clients</source>
        <translation>Possíveis clientes correspondentes</translation>
    </message>
    <message>
        <source>This case is linked to a client already in the database: edits here update that client everywhere.</source>
        <translation>Este caso está vinculado a um cliente que já está no banco de dados: as alterações aqui atualizam esse cliente em todos os lugares.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>mesmo número de telefone</translation>
    </message>
    <message>
        <source>%1 (%2), cases: %3</source>
        <translation>%1 (%2), casos: %3</translation>
    </message>
    <message>
        <source>This client may already be in the database. Link this case to them instead of creating a duplicate?</source>
        <translation>Este cliente talvez já esteja no banco de dados. Vincular este caso a ele em vez de criar um duplicado?</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Revelar tudo</translation>
    </message>
    <message>
        <source>Reveal All Sensitive Fields</source>
        <translation>Revelar todos os campos sensíveis</translation>
    </message>
    <message>
        <source>Show every hidden sensitive field (%1); recorded in the audit log</source>
        <translation>Mostrar todos os campos sensíveis ocultos (%1); fica registrado no registro de auditoria</translation>
    </message>
    <message>
        <source>Anonymous Client</source>
        <translation>Cliente anônimo</translation>
    </message>
    <message>
        <source>An anonymous client&apos;s name is not kept. Remove the name from this case now?</source>
        <translation>O nome de um cliente anônimo não é guardado. Remover agora o nome deste caso?</translation>
    </message>
    <message>
        <source>&amp;Remove the Name</source>
        <translation>&amp;Remover o nome</translation>
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
        <translation>Apresentação da queixa: %1</translation>
    </message>
    <message>
        <source>Another body…</source>
        <translation>Outro órgão…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>Nome do órgão</translation>
    </message>
    <message>
        <source>The caseworker or office, on the client&apos;s behalf</source>
        <translation>O responsável pelo caso ou o escritório, em nome do cliente</translation>
    </message>
    <message>
        <source>The client, in their own name</source>
        <translation>O cliente, em nome próprio</translation>
    </message>
    <message>
        <source>Anonymous: name nobody</source>
        <translation>Anônima: sem citar ninguém</translation>
    </message>
    <message>
        <source>&amp;Filed by:</source>
        <translation>&amp;Apresentada por:</translation>
    </message>
    <message>
        <source>Filer&apos;s &amp;name:</source>
        <translation>&amp;Nome de quem apresenta:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>Leave empty for the standard request: investigate, keep the client&apos;s identity confidential, give a tracking number, report the outcome.</source>
        <translation>Deixe vazio para o pedido padrão: investigar, manter em sigilo a identidade do cliente, fornecer um número de protocolo e informar o resultado.</translation>
    </message>
    <message>
        <source>&amp;Requested action:</source>
        <translation>P&amp;rovidência solicitada:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Pa&amp;pel:</translation>
    </message>
    <message>
        <source>Withheld from the document</source>
        <translation>Omitido do documento</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Incluir %1</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Visualizar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Client Copy…</source>
        <translation>&amp;Cópia do cliente…</translation>
    </message>
    <message>
        <source>A short copy for the client, in their language: what was filed and the next steps</source>
        <translation>Uma cópia curta para o cliente, no idioma dele: o que foi apresentado e os próximos passos</translation>
    </message>
    <message>
        <source>The client&apos;s consent to file is not recorded: the document is marked as a draft.</source>
        <translation>O consentimento do cliente para apresentar a queixa não está registrado: o documento é marcado como rascunho.</translation>
    </message>
    <message>
        <source>Included deliberately: %1. The document will show these values, and the choice is recorded in the audit log.</source>
        <translation>Incluído de propósito: %1. O documento mostrará esses dados, e a escolha fica gravada no registro de auditoria.</translation>
    </message>
    <message>
        <source>Include Sensitive Information</source>
        <translation>Incluir informação sensível</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1 to %2. Include it?</source>
        <translation>Este documento mostrará o dado &quot;%1&quot; do cliente para %2. Incluir?</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Complaint Submission</source>
        <translation>Apresentação da queixa</translation>
    </message>
    <message>
        <source>Print Complaint Submission</source>
        <translation>Imprimir apresentação da queixa</translation>
    </message>
    <message>
        <source>%1 complaint.pdf</source>
        <translation>%1 queixa.pdf</translation>
    </message>
    <message>
        <source>%1 client copy.pdf</source>
        <translation>%1 cópia do cliente.pdf</translation>
    </message>
    <message>
        <source>Client Copy</source>
        <translation>Cópia do cliente</translation>
    </message>
    <message>
        <source>These facts about the client and the witnesses are left out; the document names the kinds withheld, never their values. Tick one only when the person concerned agrees it must go to this body.</source>
        <translation>Estes dados do cliente e das testemunhas ficam de fora; o documento cita os tipos omitidos, nunca os valores. Marque um só quando a pessoa envolvida concordar que ele precisa ir para este órgão.</translation>
    </message>
    <message>
        <source>This document will show %1 to %2. Include them?</source>
        <translation>Este documento mostrará &quot;%1&quot; para %2. Incluir?</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1, and %2, to %3. Include them?</source>
        <translation>Este documento mostrará o dado &quot;%1&quot; do cliente, e &quot;%2&quot;, para %3. Incluir?</translation>
    </message>
    <message>
        <source>Words that may reveal immigration status</source>
        <translation>Palavras que podem revelar a situação migratória</translation>
    </message>
    <message>
        <source>Mask them in the document</source>
        <translation>Ocultá-las no documento</translation>
    </message>
    <message>
        <source>&amp;Mask These</source>
        <translation>&amp;Ocultar estas</translation>
    </message>
    <message>
        <source>These words are masked as [withheld] in the document. The case itself keeps them.</source>
        <translation>Estas palavras aparecem como [omitido] no documento. O caso em si as mantém.</translation>
    </message>
    <message>
        <source>The case&apos;s text has words that may tell the reader the client&apos;s immigration status. They are printed as written unless you mask them. Withheld values found in the text are always masked.</source>
        <translation>O texto do caso tem palavras que podem revelar ao leitor a situação migratória do cliente. Elas são impressas como foram escritas, a menos que você as oculte. Valores omitidos encontrados no texto são sempre ocultados.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Abrir P&amp;DF</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Abrir pas&amp;ta</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <source>No program to open &quot;%1&quot; was found.</source>
        <translation>Nenhum programa para abrir &quot;%1&quot; foi encontrado.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>Não foi possível abrir a pasta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Laying out &quot;%1&quot;…</source>
        <translation>Diagramando &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Gravando a página %1 de %2…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in %2.</source>
        <translation>&quot;%1&quot; salvo em %2.</translation>
    </message>
    <message>
        <source>Stopped. No PDF was saved.</source>
        <translation>Interrompido. Nenhum PDF foi salvo.</translation>
    </message>
</context>
<context>
    <name>td::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <translation>Conectar ao servidor do escritório</translation>
    </message>
    <message>
        <source>Your office keeps its cases on a shared server. Enter what your administrator gave you.</source>
        <translation>Seu escritório guarda os casos em um servidor compartilhado. Digite os dados que o seu administrador passou.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org, ou uma pasta de socket como /run/postgresql</translation>
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
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>Seu &amp;login:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Autoridade certificadora:</translation>
    </message>
    <message>
        <source>Optional: the office&apos;s certificate file (PEM)</source>
        <translation>Opcional: o arquivo de certificado do escritório (PEM)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>&amp;URI de conexão:</translation>
    </message>
    <message>
        <source>postgresql://login@server/database</source>
        <translation>postgresql://login@servidor/banco_de_dados</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Only when the server asks for one. It is kept in memory for this session and never saved.</source>
        <translation>Só se o servidor pedir. Ela fica na memória durante esta sessão e nunca é salva.</translation>
    </message>
    <message>
        <source>Paste a connection URI &amp;instead</source>
        <translation>Colar uma URI de conexão &amp;em vez disso</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql:// — for example postgresql://login@server/database.</source>
        <translation>Uma URI de conexão começa com postgresql://; por exemplo, postgresql://login@servidor/banco_de_dados.</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Enter a name such as db.example.org, an address, or a socket folder starting with /.</source>
        <translation>“%1” não é um nome de servidor. Digite um nome como db.example.org, um endereço ou uma pasta de socket que comece com /.</translation>
    </message>
    <message>
        <source>The socket folder %1 does not exist on this computer.</source>
        <translation>A pasta de socket %1 não existe neste computador.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>A porta é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the office&apos;s database (your administrator knows it).</source>
        <translation>Digite o nome do banco de dados do escritório (o seu administrador sabe qual é).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>Não é possível ler o arquivo da autoridade certificadora %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connecting was cancelled. What you typed is still here.</source>
        <translation>A conexão foi cancelada. O que você digitou continua aqui.</translation>
    </message>
    <message>
        <source>Restore into an Empty Office Database</source>
        <translation>Restaurar em um banco de dados do escritório vazio</translation>
    </message>
    <message>
        <source>An office backup is restored only into an empty office database, never over one that holds cases. Make a new database on the server (createdb), then enter it here; the server and login are those you are connected with. Continue checks that it is empty before anything is written.</source>
        <translation>Um backup do escritório só é restaurado em um banco de dados do escritório vazio, nunca por cima de um que tenha casos. Crie um novo banco de dados no servidor (createdb) e depois digite o nome dele aqui; o servidor e o login são os da sua conexão atual. “Continuar” verifica se ele está vazio antes de gravar qualquer coisa.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Con&amp;tinuar</translation>
    </message>
    <message>
        <source>Checking that the database is empty…</source>
        <translation>Verificando se o banco de dados está vazio…</translation>
    </message>
    <message>
        <source>Checking the office database…</source>
        <translation>Verificando o banco de dados do escritório…</translation>
    </message>
    <message>
        <source>Checking was cancelled. What you typed is still here.</source>
        <translation>A verificação foi cancelada. O que você digitou continua aqui.</translation>
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
        <translation>ex.: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EncryptDatabaseDialog</name>
    <message>
        <source>The database was not encrypted; it is as it was.
%1</source>
        <translation>O banco de dados não foi criptografado; está como estava.
%1</translation>
    </message>
    <message>
        <source>Canceling… nothing will be changed.</source>
        <translation>Cancelando… nada será alterado.</translation>
    </message>
    <message>
        <source>Encrypt This Database</source>
        <translation>Criptografar este banco de dados</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Encrypt %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Once encrypted, nobody can read the clients&apos; names, addresses, immigration status, the evidence files or anything else in this database without it, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;An encrypted copy is made beside the database and checked against it; only then does it take the original&apos;s place, and the unencrypted files are deleted. If the passphrase is forgotten, the only way back in is the recovery key shown before the switch.&lt;/p&gt;&lt;p&gt;Deleted files can linger in the disk&apos;s free space: full-disk encryption of this computer is what removes that last trace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Criptografar %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Escolha uma senha. Depois de criptografado, ninguém consegue ler os nomes, endereços e a situação imigratória dos clientes, os arquivos de provas nem nada mais neste banco de dados sem ela, mesmo com o disco deste computador nas mãos. Você a digita sempre que o TrustDesk é iniciado.&lt;/p&gt;&lt;p&gt;Uma cópia criptografada é feita ao lado do banco de dados e conferida com ele; só então ela toma o lugar do original, e os arquivos sem criptografia são apagados. Se a senha for esquecida, a única forma de voltar a entrar é a chave de recuperação mostrada antes da troca.&lt;/p&gt;&lt;p&gt;Arquivos apagados podem permanecer no espaço livre do disco: a criptografia de disco inteiro deste computador é o que remove esse último vestígio.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repita:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Criptografar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Verificando o banco de dados…</translation>
    </message>
    <message>
        <source>Encrypting the cases…</source>
        <translation>Criptografando os casos…</translation>
    </message>
    <message>
        <source>Comparing the encrypted copy with the original…</source>
        <translation>Comparando a cópia criptografada com o original…</translation>
    </message>
    <message>
        <source>Encrypting the evidence files…</source>
        <translation>Criptografando os arquivos de provas…</translation>
    </message>
    <message>
        <source>Putting the encrypted database in place…</source>
        <translation>Colocando o banco de dados criptografado no lugar…</translation>
    </message>
    <message>
        <source>The encrypted copy is ready and checked. This is its recovery key, shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase. The encrypted copy takes the original&apos;s place when you continue.</source>
        <translation>A cópia criptografada está pronta e conferida. Esta é a chave de recuperação dela, mostrada só desta vez. Anote-a ou imprima-a e guarde-a em um lugar seguro, longe deste computador. Ela abre o banco de dados se a senha for esquecida, então proteja-a como a senha. A cópia criptografada toma o lugar do original quando você continuar.</translation>
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
        <translation>Salvar como &amp;arquivo…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>Já a&amp;notei ou guardei em lugar seguro</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Con&amp;tinuar</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceDetailsDialog</name>
    <message>
        <source>Evidence Details</source>
        <translation>Dados da prova</translation>
    </message>
    <message>
        <source>Correct what was recorded about this file. The file itself never changes, and the correction is kept in its chain of custody.</source>
        <translation>Corrija o que foi registrado sobre este arquivo. O arquivo em si nunca muda, e a correção fica guardada na cadeia de custódia dele.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>Não se &amp;sabe</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origem:</translation>
    </message>
    <message>
        <source>Date ca&amp;ptured:</source>
        <translation>Data de ca&amp;ptura:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
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
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>The date captured is in the future. Pick a date and time that have passed, or tick Unknown.</source>
        <translation>A data de captura está no futuro. Escolha uma data e hora que já passaram ou marque Não se sabe.</translation>
    </message>
    <message>
        <source>The details were not saved. %1</source>
        <translation>Os dados não foram salvos. %1</translation>
    </message>
    <message>
        <source>The office&apos;s time zone (Preferences)</source>
        <translation>O fuso horário do escritório (Preferências)</translation>
    </message>
    <message>
        <source>Where this time comes from: %1</source>
        <translation>De onde vem esta hora: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePanel</name>
    <message>
        <source>Select an item to see its details and chain of custody.</source>
        <translation>Selecione um item para ver os dados e a cadeia de custódia.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>Adicionado em %1 por %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origem: %1</translation>
    </message>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Só os dados foram importados; o arquivo não está no depósito de provas.</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(não lido)</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Anexando %n arquivo…</numerusform>
            <numerusform>Anexando %n arquivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying every evidence file…</source>
        <translation>Verificando todos os arquivos de prova…</translation>
    </message>
    <message>
        <source>Checking the file before opening it…</source>
        <translation>Verificando o arquivo antes de abri-lo…</translation>
    </message>
    <message>
        <source>Nothing was removed: give a reason for removing evidence.</source>
        <translation>Nada foi retirado: informe o motivo para retirar a prova.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; the reason is kept in the chain of custody.</source>
        <translation>&quot;%1&quot; retirado; o motivo fica guardado na cadeia de custódia.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Canceled: nothing half-done was kept.</source>
        <translation>Cancelado: nada feito pela metade foi mantido.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of case %1 (%n item(s))</source>
        <translation>
            <numerusform>Provas do caso %1 (%n item)</numerusform>
            <numerusform>Provas do caso %1 (%n itens)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>Anexar arquivos…</translation>
    </message>
    <message>
        <source>Copy files into the evidence store; you can also drop files here.</source>
        <translation>Copiar arquivos para o depósito de provas; você também pode soltar arquivos aqui.</translation>
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
        <translation>Verificar tudo</translation>
    </message>
    <message>
        <source>Re-hash every evidence file and report any that changed, are missing or unexpected.</source>
        <translation>Recalcular o hash de cada arquivo de prova e informar os que mudaram, estão faltando ou são inesperados.</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Cadeia de custódia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>SHA-256 at that moment</source>
        <translation>SHA-256 naquele momento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>O banco de dados não está aberto.</translation>
    </message>
    <message>
        <source>The item is no longer on this case; it may have been removed in another window.</source>
        <translation>O item não está mais neste caso; talvez tenha sido retirado em outra janela.</translation>
    </message>
    <message>
        <source>Saved the details of &quot;%1&quot;; the edit is recorded in the chain of custody.</source>
        <translation>Os dados de &quot;%1&quot; foram salvos; a alteração fica registrada na cadeia de custódia.</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>Editar dados…</translation>
    </message>
    <message>
        <source>Correct the description, source or date captured (F2).</source>
        <translation>Corrigir a descrição, a origem ou a data de captura (F2).</translation>
    </message>
    <message>
        <source>The same redacted copy is already item %1.</source>
        <translation>A mesma cópia com partes ocultas já é o item %1.</translation>
    </message>
    <message>
        <source>Saved the redacted copy as item %1; the original is unchanged.</source>
        <translation>A cópia com partes ocultas foi salva como item %1; o original não foi alterado.</translation>
    </message>
    <message>
        <source>Checking the file before redacting it…</source>
        <translation>Verificando o arquivo antes de ocultar partes…</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>Ocultar partes…</translation>
    </message>
    <message>
        <source>Make a copy of this image with faces, plates or other details covered; the original is kept unchanged.</source>
        <translation>Fazer uma cópia desta imagem com rostos, placas ou outros detalhes cobertos; o original é mantido sem alterações.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePreviewDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Prova: %1</translation>
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
        <translation>Próxima página</translation>
    </message>
    <message>
        <source>Audio and video are not played inside TrustDesk. Use Open with System Player.</source>
        <translation>Áudio e vídeo não são reproduzidos dentro do TrustDesk. Use Abrir no reprodutor do sistema.</translation>
    </message>
    <message>
        <source>TrustDesk cannot show this kind of file. Use Open with System Viewer.</source>
        <translation>O TrustDesk não consegue mostrar este tipo de arquivo. Use Abrir no visualizador do sistema.</translation>
    </message>
    <message>
        <source>Open with System Player</source>
        <translation>Abrir no reprodutor do sistema</translation>
    </message>
    <message>
        <source>Open with System Viewer</source>
        <translation>Abrir no visualizador do sistema</translation>
    </message>
    <message>
        <source>Hand the checked file to the system&apos;s own viewer or player.</source>
        <translation>Entregar o arquivo já verificado ao visualizador ou reprodutor do próprio sistema.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nome: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Tamanho: %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origem: %1</translation>
    </message>
    <message>
        <source>This image could not be shown: it may be damaged, in a format TrustDesk cannot read, or too large to decode safely.</source>
        <translation>Não foi possível mostrar esta imagem: ela pode estar danificada, estar em um formato que o TrustDesk não consegue ler ou ser grande demais para ser decodificada com segurança.</translation>
    </message>
    <message>
        <source>Only the first %1 are shown. Open with System Viewer to see all of it.</source>
        <translation>Só os primeiros %1 são mostrados. Use Abrir no visualizador do sistema para ver tudo.</translation>
    </message>
    <message>
        <source>The PDF renderer could not be started. Use Open with System Viewer.</source>
        <translation>Não foi possível iniciar o programa que desenha as páginas do PDF. Use Abrir no visualizador do sistema.</translation>
    </message>
    <message numerus="yes">
        <source>Showing this PDF took longer than %n second(s) and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</source>
        <translation>
            <numerusform>Mostrar este PDF levou mais de %n segundo e foi interrompido. Ele pode estar danificado ou ter sido feito para sobrecarregar um visualizador; use Abrir no visualizador do sistema se você confiar nele.</numerusform>
            <numerusform>Mostrar este PDF levou mais de %n segundos e foi interrompido. Ele pode estar danificado ou ter sido feito para sobrecarregar um visualizador; use Abrir no visualizador do sistema se você confiar nele.</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF could not be shown: it may be damaged, not really a PDF, or need more memory than a preview may use. Use Open with System Viewer if you trust it.</source>
        <translation>Não foi possível mostrar este PDF: ele pode estar danificado, não ser realmente um PDF ou precisar de mais memória do que uma pré-visualização pode usar. Use Abrir no visualizador do sistema se você confiar nele.</translation>
    </message>
    <message>
        <source>This PDF could not be shown: it has no pages TrustDesk can read. Use Open with System Viewer if you trust it.</source>
        <translation>Não foi possível mostrar este PDF: ele não tem páginas que o TrustDesk consiga ler. Use Abrir no visualizador do sistema se você confiar nele.</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be shown.</source>
        <translation>Não foi possível mostrar a página %1 deste PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>This database is encrypted, so its evidence is never written out decrypted. Export the case&apos;s evidence to a folder to open it in another program.</source>
        <translation>Este banco de dados é criptografado, então as provas dele nunca são gravadas descriptografadas. Exporte as provas do caso para uma pasta para abri-las em outro programa.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because poppler&apos;s pdftoppm and pdfinfo are not installed (package poppler-utils). Export the file to open it in another program.</source>
        <translation>Não é possível mostrar as páginas do PDF aqui porque pdftoppm e pdfinfo do poppler não estão instalados (pacote poppler-utils). Exporte o arquivo para abri-lo em outro programa.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely: bubblewrap (package bubblewrap) is needed to keep the file away from your other files.</source>
        <translation>Não é possível mostrar as páginas do PDF aqui porque o PDF não pode ser aberto com segurança: é necessário o bubblewrap (pacote bubblewrap) para manter o arquivo longe dos seus outros arquivos.</translation>
    </message>
    <message>
        <source>This PDF is too large to be shown here. Export it to open it in another program.</source>
        <translation>Este PDF é grande demais para ser mostrado aqui. Exporte-o para abri-lo em outro programa.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely.</source>
        <translation>Não é possível mostrar as páginas do PDF aqui porque o PDF não pode ser aberto com segurança.</translation>
    </message>
    <message>
        <source>Evidence on the office server is encrypted with the office key and is never written out decrypted on this computer. Export it (trustdesk-cli evidence-export) to open it in another program.</source>
        <translation>As provas do servidor do escritório são criptografadas com a chave do escritório e nunca são gravadas descriptografadas neste computador. Exporte-as (trustdesk-cli evidence-export) para abri-las em outro programa.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceThumbnailProxy</name>
    <message>
        <source>The evidence on this office server is encrypted with the office key, which is not unlocked: it cannot be shown, attached or redacted here. Connect again (File › Connect to Office Server…) and give your office key passphrase to open it.</source>
        <translation>As provas deste servidor do escritório são criptografadas com a chave do escritório, que não está desbloqueada: aqui não é possível mostrá-las, anexá-las nem ocultar partes delas. Conecte-se de novo (Arquivo › Conectar ao servidor do escritório…) e informe sua senha da chave do escritório para abri-las.</translation>
    </message>
</context>
<context>
    <name>td::ui::FollowUpsDock</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Acompanhamentos pendentes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimento</translation>
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
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Atrasados (%1)</translation>
    </message>
    <message>
        <source>Due within a week (%1)</source>
        <translation>Vencem em até uma semana (%1)</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>Nada atrasado nem para esta semana.</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleList</name>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violações</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>The law</source>
        <translation>A lei</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleView</name>
    <message>
        <source>Source %1: %2
%3</source>
        <translation>Fonte %1: %2
%3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Ir para “%1”</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceBrowser</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Load Guidance Folder…</source>
        <translation>&amp;Carregar pasta de orientação…</translation>
    </message>
    <message>
        <source>Read a guidance pack your office keeps in a folder</source>
        <translation>Ler um pacote de orientação que o seu escritório mantém em uma pasta</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Guidance</source>
        <translation>Usar a orientação &amp;incluída</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print this article as a handout in the language shown</source>
        <translation>Imprimir este artigo como folheto no idioma exibido</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvar como PDF…</translation>
    </message>
    <message>
        <source>Save this article as a PDF handout in the language shown</source>
        <translation>Salvar este artigo como folheto em PDF no idioma exibido</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>Show the article in two languages at once</source>
        <translation>Mostrar o artigo em dois idiomas ao mesmo tempo</translation>
    </message>
    <message>
        <source>&amp;Search Guidance</source>
        <translation>&amp;Buscar na orientação</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientação</translation>
    </message>
    <message>
        <source>Rights Guidance — TrustDesk</source>
        <translation>Orientação sobre direitos — TrustDesk</translation>
    </message>
    <message>
        <source>Rights Guidance: %1 — TrustDesk</source>
        <translation>Orientação sobre direitos: %1 — TrustDesk</translation>
    </message>
    <message>
        <source>%1 · version %2 · last reviewed %3</source>
        <translation>%1 · versão %2 · revisado pela última vez em %3</translation>
    </message>
    <message>
        <source>Built-in guidance</source>
        <translation>Orientação incluída</translation>
    </message>
    <message>
        <source>Rights Guidance</source>
        <translation>Orientação sobre direitos</translation>
    </message>
    <message>
        <source>The guidance in %1 cannot be used, so the guidance already open stays in use.

%2</source>
        <translation>A orientação em %1 não pode ser usada, então a orientação já aberta continua em uso.

%2</translation>
    </message>
    <message>
        <source>Loaded guidance from %1</source>
        <translation>Orientação carregada de %1</translation>
    </message>
    <message>
        <source>Load Guidance Folder</source>
        <translation>Carregar pasta de orientação</translation>
    </message>
    <message>
        <source>Category code: %1</source>
        <translation>Código da categoria: %1</translation>
    </message>
    <message>
        <source>Category codes: %1</source>
        <translation>Códigos das categorias: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Fonte %1: %2</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Nothing about the case is sent.</source>
        <translation>Abrir este endereço no navegador? Nada sobre o caso é enviado.</translation>
    </message>
    <message>
        <source>Open Source</source>
        <translation>Abrir fonte</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <translation>[%1] %2 — %3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Ir para “%1”</translation>
    </message>
    <message>
        <source>Print Guidance Handout</source>
        <translation>Imprimir folheto de orientação</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo %1</translation>
    </message>
    <message>
        <source>Installed guidance update</source>
        <translation>Atualização de orientação instalada</translation>
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
        <translation>Texto original, no idioma em que a orientação foi escrita.</translation>
    </message>
    <message>
        <source>Translation reviewed by a native speaker.</source>
        <translation>Tradução revisada por um falante nativo.</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet reviewed by a native speaker.</source>
        <translation>Tradução feita com ajuda de máquina, ainda não revisada por um falante nativo.</translation>
    </message>
    <message>
        <source>The %1 text is authoritative.</source>
        <translation>O texto em %1 é o que vale.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Fontes verificadas pela última vez: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceSearchPanel</name>
    <message>
        <source>Search the guidance…</source>
        <translation>Buscar na orientação…</translation>
    </message>
    <message>
        <source>&amp;All languages</source>
        <translation>&amp;Todos os idiomas</translation>
    </message>
    <message>
        <source>Search every translation instead of only the language shown</source>
        <translation>Buscar em todas as traduções, e não só no idioma exibido</translation>
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
        <translation>Ler a orientação sobre direitos</translation>
    </message>
    <message>
        <source>Street address, intersection or landmark</source>
        <translation>Endereço, cruzamento ou ponto de referência</translation>
    </message>
    <message>
        <source>e.g. Boston Police Department</source>
        <translation>ex.: Departamento de Polícia de Boston</translation>
    </message>
    <message>
        <source>What happened, in the client&apos;s words, in order.</source>
        <translation>O que aconteceu, com as palavras do cliente, em ordem.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Não se sabe</translation>
    </message>
    <message>
        <source>Rights guidance: %1</source>
        <translation>Orientação sobre direitos: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::LockScreen</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Essa senha não está certa. Tente de novo.</translation>
    </message>
    <message>
        <source>TrustDesk is locked</source>
        <translation>O TrustDesk está bloqueado</translation>
    </message>
    <message>
        <source>Case data is hidden while you are away. Enter the app passphrase to continue.</source>
        <translation>Os dados dos casos ficam ocultos enquanto você está ausente. Digite a senha do aplicativo para continuar.</translation>
    </message>
    <message>
        <source>App passphrase</source>
        <translation>Senha do aplicativo</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>Digite a chave de recuperação.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Digite a senha.</translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>Essa chave de recuperação não abre este banco de dados.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Essa senha não está certa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 You can try again in %n second(s).</source>
        <translation>
            <numerusform>%1 Você pode tentar de novo em %n segundo.</numerusform>
            <numerusform>%1 Você pode tentar de novo em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Tente de novo.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the database %1 was made: 13 groups of four letters and digits.</source>
        <translation>Digite a chave de recuperação que você anotou quando o banco de dados %1 foi criado: 13 grupos de quatro letras e números.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>O banco de dados %1 é criptografado. Digite a senha para abri-lo.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>Senha do banco de dados</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>Usar a &amp;senha em vez disso</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key</source>
        <translation>Esqueceu a senha? Use a chave de &amp;recuperação</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>No passphrase protects this database: it is closed, but anyone at this computer could open it again. Set an app passphrase now to continue; better still, encrypt the database afterwards (Encrypt… in the banner) so its file cannot be read without you.</source>
        <translation>Nenhuma senha protege este banco de dados: ele está fechado, mas qualquer pessoa neste computador poderia abri-lo de novo. Defina agora uma senha do aplicativo para continuar; melhor ainda, criptografe o banco de dados depois (Criptografar… no aviso) para que o arquivo dele não possa ser lido sem você.</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>De&amp;finir uma senha…</translation>
    </message>
    <message>
        <source>Enter your passphrase for the office key.</source>
        <translation>Digite a sua senha da chave do escritório.</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key.</source>
        <translation>Essa senha não abre a chave do escritório.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was opened; you can try again.</source>
        <translation>Interrompido. Nada foi aberto; você pode tentar de novo.</translation>
    </message>
    <message>
        <source>Connecting to the office server and unlocking the office key…</source>
        <translation>Conectando ao servidor do escritório e desbloqueando a chave do escritório…</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Conectando ao servidor do escritório…</translation>
    </message>
    <message>
        <source>Case data on the office server (database %1) is hidden while you are away. Enter your passphrase for the office key (login %2) to continue.</source>
        <translation>Os dados dos casos no servidor do escritório (banco de dados %1) ficam ocultos enquanto você está ausente. Digite a sua senha da chave do escritório (login %2) para continuar.</translation>
    </message>
    <message>
        <source>Office key passphrase</source>
        <translation>Senha da chave do escritório</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Senha do servidor</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>Senha do servidor do escritório</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>The office server did not let you in without a password. Enter your server password as well, then try again.</source>
        <translation>O servidor do escritório não deixou você entrar sem senha. Digite também a sua senha do servidor e tente de novo.</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir banco de dados…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
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
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>&amp;Sobre o TrustDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
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
        <translation>%1 já existe. Escolha um novo nome de arquivo para que nenhum arquivo existente seja substituído.</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>Sobre o TrustDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Case management for legal-aid caseworkers who help immigrants document police misconduct and file complaints.&lt;/p&gt;&lt;p&gt;Cases stay on this computer, in an owner-only database. Sensitive facts such as immigration status are withheld from everything that leaves the app unless you deliberately include them.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Gestão de casos para equipes de assistência jurídica que ajudam imigrantes a documentar a má conduta policial e apresentar queixas.&lt;/p&gt;&lt;p&gt;Os casos ficam neste computador, em um banco de dados que só o dono acessa. Dados sensíveis, como a situação migratória, são omitidos de tudo o que sai do aplicativo, a menos que você os inclua de propósito.&lt;/p&gt;&lt;p&gt;Banco de dados: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching case(s)</source>
        <translation>
            <numerusform>%Ln caso correspondente</numerusform>
            <numerusform>%Ln casos correspondentes</numerusform>
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
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Rights Guidance</source>
        <translation>&amp;Orientação sobre direitos</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>&amp;Segurança…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>B&amp;loquear agora</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Registro de auditoria…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Fazer &amp;backup…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Res&amp;taurar a partir do backup…</translation>
    </message>
    <message>
        <source>Your &amp;Office and Profile…</source>
        <translation>Seu &amp;escritório e perfil…</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>Bloquear agora</translation>
    </message>
    <message>
        <source>No passphrase protects this window, so anyone could unlock it with one click. Set an app passphrase now to lock it?</source>
        <translation>Nenhuma senha protege esta janela, então qualquer pessoa poderia desbloqueá-la com um clique. Definir agora uma senha do aplicativo para bloqueá-la?</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>De&amp;finir uma senha…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The window was not locked: without a passphrase, anyone could unlock it. Set one in Edit › Security, or encrypt the database (Encrypt… in the banner) so its own passphrase locks it.</source>
        <translation>A janela não foi bloqueada: sem senha, qualquer pessoa poderia desbloqueá-la. Defina uma em Editar › Segurança, ou criptografe o banco de dados (Criptografar… no aviso) para que a própria senha dele a bloqueie.</translation>
    </message>
    <message>
        <source>New D&amp;atabase…</source>
        <translation>Novo banco de &amp;dados…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Policiais…</translation>
    </message>
    <message>
        <source>E&amp;xport Case List…</source>
        <translation>Exportar &amp;lista de casos…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Estatísticas…</translation>
    </message>
    <message>
        <source>Connect to Office Ser&amp;ver…</source>
        <translation>Conectar ao ser&amp;vidor do escritório…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>%1 on %2 — TrustDesk</source>
        <translation>%1 em %2 — TrustDesk</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Criptografar</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln matching case(s)</source>
        <translation>
            <numerusform>Mais de %Ln caso correspondente</numerusform>
            <numerusform>Mais de %Ln casos correspondentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln case(s)</source>
        <translation>
            <numerusform>Mais de %Ln caso</numerusform>
            <numerusform>Mais de %Ln casos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works on a database file on this computer. An office server&apos;s data is protected by its logins and TLS, and its evidence is encrypted with the office key (see the office mode guide).</source>
        <translation>%1 funciona com um arquivo de banco de dados deste computador. Os dados de um servidor do escritório são protegidos pelos logins e pelo TLS, e as provas são criptografadas com a chave do escritório (veja o guia do modo escritório).</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>A conexão foi cancelada.</translation>
    </message>
    <message>
        <source>Res&amp;tore Office Backup…</source>
        <translation>Res&amp;taurar backup do escritório…</translation>
    </message>
    <message>
        <source>Restores an office backup into a new, empty office database on the server (office admins only); the database open now is not changed.</source>
        <translation>Restaura um backup do escritório em um novo banco de dados do escritório, vazio, no servidor (só administradores do escritório); o banco de dados aberto agora não é alterado.</translation>
    </message>
    <message>
        <source>Replaces the cases in this database with those of a backup.</source>
        <translation>Substitui os casos deste banco de dados pelos de um backup.</translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerHint</name>
    <message numerus="yes">
        <source>This officer appears in %n other case(s): %1</source>
        <translation>
            <numerusform>Este policial aparece em mais %n caso: %1</numerusform>
            <numerusform>Este policial aparece em mais %n casos: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerRosterDialog</name>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>%n policial.</numerusform>
            <numerusform>%n policiais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of badge %1 (%2):</source>
        <translation>Casos do distintivo %1 (%2):</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>órgão desconhecido</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this officer.</source>
        <translation>
            <numerusform>%n caso deste policial.</numerusform>
            <numerusform>%n casos deste policial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Policiais</translation>
    </message>
    <message>
        <source>Officers recognized across cases by badge number and agency. Spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros in a badge number are ignored; a record without an agency is listed on its own.</source>
        <translation>Policiais reconhecidos entre os casos pelo número do distintivo e pelo órgão. Espaços, &quot;#&quot;, &quot;No.&quot; e zeros à esquerda no número do distintivo são ignorados; um registro sem órgão aparece separado.</translation>
    </message>
    <message>
        <source>In at least this many &amp;incidents:</source>
        <translation>Em pelo menos este número de &amp;incidentes:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Primeiro incidente</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Último incidente</translation>
    </message>
    <message>
        <source>Press Enter on an officer to list their cases.</source>
        <translation>Pressione Enter em um policial para ver os casos dele.</translation>
    </message>
    <message>
        <source>Reading the officers…</source>
        <translation>Lendo os policiais…</translation>
    </message>
    <message>
        <source>Reading the cases of this officer…</source>
        <translation>Lendo os casos deste policial…</translation>
    </message>
</context>
<context>
    <name>td::ui::PlaintextBanner</name>
    <message>
        <source>This database is not encrypted. Anyone who gets hold of this computer or a copy of the file can read every case.</source>
        <translation>Este banco de dados não é criptografado. Qualquer pessoa que pegue este computador ou uma cópia do arquivo pode ler todos os casos.</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>O banco de dados não é criptografado</translation>
    </message>
    <message>
        <source>E&amp;ncrypt…</source>
        <translation>&amp;Criptografar…</translation>
    </message>
</context>
<context>
    <name>td::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Case records stay in the language they were written in.</source>
        <translation>O idioma dos menus, botões e mensagens. Os registros dos casos ficam no idioma em que foram escritos.</translation>
    </message>
    <message>
        <source>The new language applies at once. Dates and numbers follow it.</source>
        <translation>O novo idioma vale na hora. Datas e números também seguem o idioma.</translation>
    </message>
    <message>
        <source>&amp;Recorded as:</source>
        <translation>&amp;Registrado como:</translation>
    </message>
    <message>
        <source>Set the caseworker profile…</source>
        <translation>Definir o perfil do responsável pelo caso…</translation>
    </message>
    <message>
        <source>The name and role that the audit log and the chain of custody record for what you do. Click to change them.</source>
        <translation>O nome e a função que o registro de auditoria e a cadeia de custódia registram para o que você faz. Clique para mudá-los.</translation>
    </message>
</context>
<context>
    <name>td::ui::RecoveryKeyActions</name>
    <message>
        <source>At least %n characters.</source>
        <translation>Pelo menos %n caracteres.</translation>
    </message>
    <message>
        <source>Strength: weak. Four or five unrelated words are much harder to guess and easier to remember.</source>
        <translation>Força: fraca. Quatro ou cinco palavras sem relação entre si são muito mais difíceis de adivinhar e mais fáceis de lembrar.</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>Força: razoável. Mais algumas palavras a tornam muito mais difícil de adivinhar.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Força: forte.</translation>
    </message>
    <message>
        <source>TrustDesk recovery key</source>
        <translation>Chave de recuperação do TrustDesk</translation>
    </message>
    <message>
        <source>Keep this page locked away, apart from the computer. Anyone who has it and the database can read every case.</source>
        <translation>Guarde esta página trancada, longe do computador. Quem a tiver junto com o banco de dados pode ler todos os casos.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else so it does not stay on the clipboard.</source>
        <translation>Copiada. Cole-a onde você a guarda em segurança e depois copie outra coisa para que ela não fique na área de transferência.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Salvar chave de recuperação</translation>
    </message>
    <message>
        <source>The recovery key could not be saved: %1</source>
        <translation>Não foi possível salvar a chave de recuperação: %1</translation>
    </message>
    <message>
        <source>TrustDesk recovery key for %1
%2
</source>
        <translation>Chave de recuperação do TrustDesk para %1
%2
</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick kept locked away): beside the database it protects nothing.</source>
        <translation>Salva em %1. Tire-a deste computador (um pendrive guardado trancado): ao lado do banco de dados ela não protege nada.</translation>
    </message>
</context>
<context>
    <name>td::ui::RedactDialog</name>
    <message>
        <source>Looking for faces…</source>
        <translation>Procurando rostos…</translation>
    </message>
    <message>
        <source>No face was suggested. Detection misses faces: look at the whole image.</source>
        <translation>Nenhum rosto foi sugerido. A detecção deixa passar rostos: olhe a imagem inteira.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested (dashed yellow): accept each with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</source>
        <translation>
            <numerusform>%n rosto sugerido (amarelo tracejado): aceite-o com um clique duplo ou Enter, mova-o ou apague-o. A detecção deixa passar rostos: confira a imagem inteira.</numerusform>
            <numerusform>%n rostos sugeridos (amarelo tracejado): aceite cada um com um clique duplo ou Enter, mova-o ou apague-o. A detecção deixa passar rostos: confira a imagem inteira.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw at least one box over what should be hidden.</source>
        <translation>Desenhe pelo menos um retângulo sobre o que deve ficar oculto.</translation>
    </message>
    <message>
        <source>Suggestions Not Accepted</source>
        <translation>Sugestões não aceitas</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested box(es) were not accepted and will not be covered.</source>
        <translation>
            <numerusform>%n retângulo sugerido não foi aceito e não será coberto.</numerusform>
            <numerusform>%n retângulos sugeridos não foram aceitos e não serão cobertos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them</source>
        <translation>Revisá-las</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>Salvar sem elas</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover; %1 suggestion(s) to review.</source>
        <translation>
            <numerusform>%n retângulo a cobrir; %1 sugestão(ões) a revisar.</numerusform>
            <numerusform>%n retângulos a cobrir; %1 sugestão(ões) a revisar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover.</source>
        <translation>
            <numerusform>%n retângulo a cobrir.</numerusform>
            <numerusform>%n retângulos a cobrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redact %1</source>
        <translation>Ocultar partes de %1</translation>
    </message>
    <message>
        <source>Drag on the image to cover faces, plates, badge numbers or addresses. Drag a box to move it; Delete removes the selected box. The copy is a new item: the original is kept unchanged.</source>
        <translation>Arraste sobre a imagem para cobrir rostos, placas, números de distintivo ou endereços. Arraste um retângulo para movê-lo; Delete remove o retângulo selecionado. A cópia é um item novo: o original é mantido sem alterações.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Fill (solid black)</source>
        <translation>Preencher (preto sólido)</translation>
    </message>
    <message>
        <source>Pixelate (coarse blocks)</source>
        <translation>Pixelar (blocos grandes)</translation>
    </message>
    <message>
        <source>&amp;Suggest Faces</source>
        <translation>&amp;Sugerir rostos</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Aceitar sugestão</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation>Aceitar &amp;todas as sugestões</translation>
    </message>
    <message>
        <source>&amp;Remove Box</source>
        <translation>&amp;Remover retângulo</translation>
    </message>
    <message>
        <source>Save Redacted &amp;Copy</source>
        <translation>Salvar &amp;cópia com partes ocultas</translation>
    </message>
    <message>
        <source>Saving the redacted copy of %1…</source>
        <translation>Salvando a cópia com partes ocultas de %1…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Ocultar partes</translation>
    </message>
    <message>
        <source>The redacted copy was not saved: %1 Your boxes are still here; you can try again.</source>
        <translation>A cópia com partes ocultas não foi salva: %1 Seus retângulos continuam aqui; você pode tentar de novo.</translation>
    </message>
</context>
<context>
    <name>td::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Remover %1 %2</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nada ainda.</translation>
    </message>
</context>
<context>
    <name>td::ui::SecurityDialog</name>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
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
        <translation>&amp;Bloquear após</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nova senha</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmar</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>A senha atual não está certa.</translation>
    </message>
    <message>
        <source>The passphrase could not be stored; try again.</source>
        <translation>Não foi possível salvar a senha; tente de novo.</translation>
    </message>
    <message>
        <source>Lock when the &amp;computer locks, goes to sleep or starts its screen saver</source>
        <translation>Bloquear quando o &amp;computador bloquear, entrar em suspensão ou iniciar a proteção de tela</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>&amp;Trocar senha…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until the database&apos;s passphrase or recovery key is entered again.</source>
        <translation>Depois do tempo escolhido sem uso, o TrustDesk oculta todos os dados dos casos até que a senha ou a chave de recuperação do banco de dados seja digitada de novo.</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until it is unlocked. The passphrase itself is never stored, only a check value that cannot be turned back into it; leave the new fields empty to keep it.</source>
        <translation>Depois do tempo escolhido sem uso, o TrustDesk oculta todos os dados dos casos até ser desbloqueado. A senha em si nunca é guardada, só um valor de verificação que não permite recuperá-la; deixe os campos novos vazios para mantê-la.</translation>
    </message>
    <message>
        <source>Passphrase Changed</source>
        <translation>Senha trocada</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on. The recovery key still does.</source>
        <translation>A partir de agora, a senha nova abre este banco de dados. A chave de recuperação também continua abrindo.</translation>
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
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Revealing cannot be recorded here.</source>
        <translation>Não é possível registrar a revelação aqui.</translation>
    </message>
    <message>
        <source>Hidden. Reveal it with the button beside it (recorded in the audit log), or type a new value to replace it.</source>
        <translation>Oculto. Revele-o com o botão ao lado (fica registrado no registro de auditoria) ou digite um novo valor para substituí-lo.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Revelar %1</translation>
    </message>
    <message>
        <source>Show the stored %1 (recorded in the audit log)</source>
        <translation>Mostrar %1 guardado (fica registrado no registro de auditoria)</translation>
    </message>
    <message>
        <source>Replaced by what you typed; clear the field to reveal the stored value instead.</source>
        <translation>Substituído pelo que você digitou; limpe o campo para revelar o valor guardado.</translation>
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
        <translation>Conectando ao servidor do escritório…</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsChartView</name>
    <message>
        <source>Nothing to chart: no incident matches these filters.</source>
        <translation>Nada para mostrar no gráfico: nenhum incidente corresponde a estes filtros.</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsTableModel</name>
    <message>
        <source>Total (each counted once)</source>
        <translation>Total (cada um contado uma vez)</translation>
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
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Res&amp;ponsável pelo caso:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Si&amp;tuação:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Linhas:</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Colu&amp;nas:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Contar:</translation>
    </message>
    <message>
        <source>First incident date counted; empty: from the first incident.</source>
        <translation>Primeira data de incidente contada; vazio: desde o primeiro incidente.</translation>
    </message>
    <message>
        <source>Last incident date counted; empty: up to the last incident.</source>
        <translation>Última data de incidente contada; vazio: até o último incidente.</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>Todos os responsáveis</translation>
    </message>
    <message>
        <source>Tick the case statuses to count; none ticked counts every case.</source>
        <translation>Marque as situações de caso a contar; sem nenhuma marcada, todos os casos são contados.</translation>
    </message>
    <message>
        <source>Export &amp;hides counts below:</source>
        <translation>A exportação o&amp;mite contagens abaixo de:</translation>
    </message>
    <message>
        <source>Published figures hide every count from 1 to this number minus one, and further counts so the hidden ones cannot be worked out. 1 hides nothing.</source>
        <translation>Os números publicados ocultam toda contagem de 1 até este número menos um, e outras contagens para que as ocultas não possam ser deduzidas. 1 não oculta nada.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save these figures as CSV or PDF to publish, with small counts hidden. This window shows every count: it is for the office only.</source>
        <translation>Salve estes números como CSV ou PDF para publicar, com as contagens pequenas ocultas. Esta janela mostra todas as contagens: ela é só para o escritório.</translation>
    </message>
    <message>
        <source>Ca&amp;ses: click a bar or double-click a cell to list its cases.</source>
        <translation>Ca&amp;sos: clique em uma barra ou clique duas vezes em uma célula para ver os casos dela.</translation>
    </message>
    <message>
        <source>The first date is after the last: nothing to count.</source>
        <translation>A primeira data é posterior à última: nada para contar.</translation>
    </message>
    <message>
        <source>Chart of %1 by %2</source>
        <translation>Gráfico de %1 por %2</translation>
    </message>
    <message>
        <source>Raw counts, for the office only: %1 and %2.</source>
        <translation>Contagens sem ocultação, só para o escritório: %1 e %2.</translation>
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
        <translation>Um caso ou incidente pode estar em várias linhas ou colunas, então os totais contam cada um uma só vez e são menores que a soma das células.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: counting…</source>
        <translation>Ca&amp;sos em %1: contando…</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: %2, the first %3 listed (double-click or Enter opens one)</source>
        <translation>Ca&amp;sos em %1: %2, os primeiros %3 listados (clique duas vezes ou Enter abre um)</translation>
    </message>
    <message numerus="yes">
        <source>Ca&amp;ses in %1: %Ln (double-click or Enter opens one)</source>
        <translation>
            <numerusform>Ca&amp;sos em %1: %Ln (clique duas vezes ou Enter o abre)</numerusform>
            <numerusform>Ca&amp;sos em %1: %Ln (clique duas vezes ou Enter abre um)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a date like %1, or leave it empty.</source>
        <extracomment>%1 is a date in the interface language&apos;s style, e.g. 12/31/2026.</extracomment>
        <translation>Digite uma data como %1 ou deixe vazio.</translation>
    </message>
</context>
<context>
    <name>td::ui::VaultSetupDialog</name>
    <message>
        <source>The encrypted database could not be created: %1</source>
        <translation>Não foi possível criar o banco de dados criptografado: %1</translation>
    </message>
    <message>
        <source>Protect Your Cases</source>
        <translation>Proteja seus casos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TrustDesk keeps every case encrypted on this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Without it nobody can read the clients&apos; names, addresses, immigration status or anything else in TrustDesk, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;If the passphrase is forgotten, the only way back in is the recovery key shown on the next page. Without either, the cases are lost for good: nobody, not even the makers of TrustDesk, can recover them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;O TrustDesk guarda todos os casos criptografados neste computador.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Escolha uma senha. Sem ela ninguém consegue ler os nomes, endereços, a situação migratória dos clientes ou qualquer outra coisa no TrustDesk, mesmo com o disco deste computador nas mãos. Você a digita sempre que o TrustDesk é aberto.&lt;/p&gt;&lt;p&gt;Se a senha for esquecida, a única forma de entrar de novo é a chave de recuperação mostrada na próxima página. Sem nenhuma das duas, os casos se perdem para sempre: ninguém, nem mesmo os criadores do TrustDesk, pode recuperá-los.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repita-a:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Encrypt and Continue</source>
        <translation>&amp;Criptografar e continuar</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds: the passphrase is made deliberately slow to guess.</source>
        <translation>Criando o banco de dados criptografado… Isso leva alguns segundos: a senha é tornada lenta de adivinhar de propósito.</translation>
    </message>
    <message>
        <source>This is the recovery key. It is shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase.</source>
        <translation>Esta é a chave de recuperação. Ela só é mostrada esta vez. Anote-a ou imprima-a e guarde-a em um lugar seguro, longe deste computador. Ela abre o banco de dados se a senha for esquecida, então proteja-a como a senha.</translation>
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
        <translation>Sa&amp;lvar como arquivo…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>Eu a &amp;anotei ou guardei com segurança</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
</context>
<context>
    <name>trustdesk-cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>init não aceita argumentos.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Banco de dados pronto: %1 (esquema %2)</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n problem(s).</source>
        <translation>
            <numerusform>Verificação FALHOU: %n problema.</numerusform>
            <numerusform>Verificação FALHOU: %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>o arquivo de backup</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 precisa de exatamente um FILE.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Backup gravado e verificado: %1</translation>
    </message>
    <message>
        <source>Restored from %1 into %2</source>
        <translation>Restaurado de %1 em %2</translation>
    </message>
    <message>
        <source>List cases, newest first: reference, status, opened date, client.</source>
        <translation>Lista os casos, do mais recente ao mais antigo: referência, situação, data de abertura, cliente.</translation>
    </message>
    <message>
        <source>only cases with this status (%1)</source>
        <translation>só os casos com esta situação (%1)</translation>
    </message>
    <message>
        <source>print JSON instead of one line a case</source>
        <translation>imprimir JSON em vez de uma linha por caso</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list não aceita argumentos.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>Situação desconhecida &quot;%1&quot;. Use uma destas: %2.</translation>
    </message>
    <message>
        <source>Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</source>
        <translation>Uso: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opções gerais:</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>mostrar esta ajuda; COMMAND --help mostra as opções de um comando</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>mostrar a versão</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db precisa do caminho de um arquivo.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opção desconhecida %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Search cases. Accents and case do not matter; the last word may be the start of a word. Best matches first.</source>
        <translation>Busca casos. Acentos e maiúsculas não importam; a última palavra pode ser o começo de uma palavra. Melhores resultados primeiro.</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>palavras a procurar</translation>
    </message>
    <message>
        <source>at most N results (default 50)</source>
        <translation>no máximo N resultados (padrão 50)</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search precisa de uma QUERY.</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit precisa de um número inteiro positivo.</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify não aceita argumentos.</translation>
    </message>
    <message>
        <source>Verification passed: %1</source>
        <translation>Verificação aprovada: %1</translation>
    </message>
    <message>
        <source>Add fictional demo cases to the database (created when missing). The same seed always gives the same cases.</source>
        <translation>Adiciona casos fictícios de demonstração ao banco de dados (criado se não existir). A mesma semente sempre gera os mesmos casos.</translation>
    </message>
    <message>
        <source>how many cases to add (required)</source>
        <translation>quantos casos adicionar (obrigatório)</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>semente aleatória (padrão 1)</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo não aceita argumentos.</translation>
    </message>
    <message>
        <source>demo needs --cases N.</source>
        <translation>demo precisa de --cases N.</translation>
    </message>
    <message>
        <source>--cases needs a positive whole number.</source>
        <translation>--cases precisa de um número inteiro positivo.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of zero or more.</source>
        <translation>--seed precisa de um número inteiro igual ou maior que zero.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) were added before the error.</source>
        <translation>
            <numerusform>%n caso de demonstração foi adicionado antes do erro.</numerusform>
            <numerusform>%n casos de demonstração foram adicionados antes do erro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding demo cases: %1 of %2</source>
        <translation>Adicionando casos de demonstração: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>%n caso de demonstração adicionado.</numerusform>
            <numerusform>%n casos de demonstração adicionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>case references to export (default: every case)</source>
        <translation>referências dos casos a exportar (padrão: todos os casos)</translation>
    </message>
    <message>
        <source>write to FILE (owner-only) instead of standard output</source>
        <translation>gravar em FILE (só para o dono) em vez da saída padrão</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n caso exportado para %1.</numerusform>
            <numerusform>%n casos exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>language code (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</source>
        <translation>código do idioma (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</translation>
    </message>
    <message>
        <source>with show: write a handout PDF to FILE</source>
        <translation>com show: gravar um folheto em PDF em FILE</translation>
    </message>
    <message>
        <source>load the guidance pack from FOLDER instead of the built-in one</source>
        <translation>carregar o pacote de orientação de FOLDER em vez do incluído</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>A orientação não está disponível em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>guidance list takes no more arguments.</source>
        <translation>guidance list não aceita mais argumentos.</translation>
    </message>
    <message>
        <source>guidance show needs exactly one article ID.</source>
        <translation>guidance show precisa de exatamente um ID de artigo.</translation>
    </message>
    <message>
        <source>There is no guidance article &quot;%1&quot;. See: guidance list</source>
        <translation>Não existe o artigo de orientação &quot;%1&quot;. Veja: guidance list</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper deve ser a4 ou letter.</translation>
    </message>
    <message>
        <source>Handout written: %1</source>
        <translation>Folheto gravado: %1</translation>
    </message>
    <message>
        <source>guidance search needs a QUERY.</source>
        <translation>guidance search precisa de uma QUERY.</translation>
    </message>
    <message>
        <source>Import the cases of a TrustDesk JSON file. The whole file is checked first: one bad case rejects it, naming the case and the field, and nothing is added.</source>
        <translation>Importa os casos de um arquivo JSON do TrustDesk. O arquivo inteiro é verificado primeiro: um caso com erro faz com que ele seja recusado, indicando o caso e o campo, e nada é adicionado.</translation>
    </message>
    <message>
        <source>the TrustDesk JSON file</source>
        <translation>o arquivo JSON do TrustDesk</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import precisa de exatamente um FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>%n caso importado.</numerusform>
            <numerusform>%n casos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>the case reference, e.g. TD-2026-00042</source>
        <translation>a referência do caso, por exemplo TD-2026-00042</translation>
    </message>
    <message>
        <source>print JSON (the interchange format) instead of text</source>
        <translation>imprimir JSON (o formato de intercâmbio) em vez de texto</translation>
    </message>
    <message>
        <source>show needs exactly one REF.</source>
        <translation>show precisa de exatamente uma REF.</translation>
    </message>
    <message>
        <source>Attach files to a case as evidence. Each file is copied into the evidence store beside the database and identified by its SHA-256; the original is only read. A file already on the case is reported and stored once.</source>
        <translation>Anexa arquivos a um caso como provas. Cada arquivo é copiado para o depósito de provas ao lado do banco de dados e identificado pelo SHA-256; o original só é lido. Um arquivo que já está no caso é informado e guardado uma só vez.</translation>
    </message>
    <message>
        <source>the case reference</source>
        <translation>a referência do caso</translation>
    </message>
    <message>
        <source>files to attach</source>
        <translation>arquivos a anexar</translation>
    </message>
    <message>
        <source>a description recorded with every file</source>
        <translation>uma descrição gravada com cada arquivo</translation>
    </message>
    <message>
        <source>where the files came from: %1</source>
        <translation>de onde vieram os arquivos: %1</translation>
    </message>
    <message>
        <source>attach needs a case reference and at least one file.</source>
        <translation>attach precisa de uma referência de caso e de pelo menos um arquivo.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Origem desconhecida &quot;%1&quot;. Use uma destas: %2.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: %2, %3 bytes, %4</source>
        <translation>Anexado &quot;%1&quot;: %2, %3 bytes, %4</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file for imported evidence item %2 (%3)</source>
        <translation>Anexado &quot;%1&quot;: o arquivo do item de prova importado %2 (%3)</translation>
    </message>
    <message>
        <source>Already attached: &quot;%1&quot; is the same file as evidence item %2 (&quot;%3&quot;); stored once.</source>
        <translation>Já anexado: &quot;%1&quot; é o mesmo arquivo que o item de prova %2 (&quot;%3&quot;); guardado uma só vez.</translation>
    </message>
    <message>
        <source>Write the client&apos;s copy as a PDF: what was filed and the next steps from the guidance pack, in the client&apos;s preferred language (or --lang). It names no sensitive client field.</source>
        <translation>Grava a cópia do cliente em PDF: o que foi apresentado e os próximos passos do pacote de orientação, no idioma preferido do cliente (ou --lang). Não menciona nenhum campo sensível do cliente.</translation>
    </message>
    <message>
        <source>the PDF to write (required)</source>
        <translation>o PDF a gravar (obrigatório)</translation>
    </message>
    <message>
        <source>when nothing is filed yet: bpd-iad (default), accountability or a body&apos;s name</source>
        <translation>quando nada foi apresentado ainda: bpd-iad (padrão), accountability ou o nome de um órgão</translation>
    </message>
    <message>
        <source>client-copy needs exactly one REF.</source>
        <translation>client-copy precisa de exatamente uma REF.</translation>
    </message>
    <message>
        <source>client-copy needs --out FILE.pdf.</source>
        <translation>client-copy precisa de --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability or a body&apos;s name.</source>
        <translation>--to precisa de bpd-iad, accountability ou o nome de um órgão.</translation>
    </message>
    <message>
        <source>Client copy written: %1 (%2)</source>
        <translation>Cópia do cliente gravada: %1 (%2)</translation>
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
        <translation>evidence precisa de exatamente uma referência de caso.</translation>
    </message>
    <message>
        <source>Copy a case&apos;s evidence into a new or empty folder with manifest.json, manifest.txt and SHA256SUMS (names, hashes, sizes, chain of custody). Every file is re-hashed while it is copied; a changed or missing file is not exported and the exit code is 3.</source>
        <translation>Copia as provas de um caso para uma pasta nova ou vazia com manifest.json, manifest.txt e SHA256SUMS (nomes, hashes, tamanhos, cadeia de custódia). O hash de cada arquivo é recalculado durante a cópia; um arquivo alterado ou faltando não é exportado e o código de saída é 3.</translation>
    </message>
    <message>
        <source>the folder to write (created owner-only; must be new or empty)</source>
        <translation>a pasta a gravar (criada só para o dono; deve ser nova ou estar vazia)</translation>
    </message>
    <message>
        <source>evidence-export needs exactly one case reference.</source>
        <translation>evidence-export precisa de exatamente uma referência de caso.</translation>
    </message>
    <message>
        <source>evidence-export needs --out FOLDER.</source>
        <translation>evidence-export precisa de --out FOLDER.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n arquivo exportado para %1</numerusform>
            <numerusform>%n arquivos exportados para %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no file (details imported only) and are listed in the manifest.</source>
        <translation>
            <numerusform>%n item não tem arquivo (só os dados foram importados) e está listado no inventário.</numerusform>
            <numerusform>%n itens não têm arquivo (só os dados foram importados) e estão listados no inventário.</numerusform>
        </translation>
    </message>
    <message>
        <source>who files: client, on-behalf (default) or anonymous</source>
        <translation>quem apresenta: client, on-behalf (padrão) ou anonymous</translation>
    </message>
    <message>
        <source>with on-behalf: who files (default: the case&apos;s caseworker)</source>
        <translation>com on-behalf: quem apresenta (padrão: o responsável pelo caso)</translation>
    </message>
    <message>
        <source>with on-behalf: the office filing</source>
        <translation>com on-behalf: o escritório que apresenta</translation>
    </message>
    <message>
        <source>the requested action (default: the standard request)</source>
        <translation>a providência solicitada (padrão: o pedido padrão)</translation>
    </message>
    <message>
        <source>report needs exactly one REF.</source>
        <translation>report precisa de exatamente uma REF.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report precisa de --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--filer must be client, on-behalf or anonymous.</source>
        <translation>--filer deve ser client, on-behalf ou anonymous.</translation>
    </message>
    <message>
        <source>Warning: the client&apos;s consent to file is not recorded; the PDF is marked as a draft.</source>
        <translation>Aviso: o consentimento do cliente para apresentar a queixa não está registrado; o PDF é marcado como rascunho.</translation>
    </message>
    <message>
        <source>Complaint written: %1</source>
        <translation>Queixa gravada: %1</translation>
    </message>
    <message>
        <source>Sensitive fields included: %1</source>
        <translation>Campos sensíveis incluídos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>The verification could not be recorded in the chain of custody: %1</source>
        <translation>Não foi possível registrar a verificação na cadeia de custódia: %1</translation>
    </message>
    <message>
        <source>This command needs %1, which is not installed next to trustdesk-cli. Reinstall TrustDesk.</source>
        <translation>Este comando precisa de %1, que não está instalado junto ao trustdesk-cli. Reinstale o TrustDesk.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Não foi possível iniciar %1: %2</translation>
    </message>
    <message>
        <source>Its evidence is in %1; keep the two together.</source>
        <translation>As provas dele estão em %1; mantenha os dois juntos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; nothing changed. %2</source>
        <translation>&quot;%1&quot; não foi restaurado; nada mudou. %2</translation>
    </message>
    <message>
        <source>There is no evidence item %1. Nothing was removed.</source>
        <translation>Não existe o item de prova %1. Nada foi retirado.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2. Nothing was removed.</source>
        <translation>O item de prova %1 não está no caso %2. Nada foi retirado.</translation>
    </message>
    <message>
        <source>Remove one evidence item from a case. EVIDENCE_ID is the item id that &quot;evidence REF&quot; lists. The reason is required and stays in the chain of custody. The file leaves the evidence store unless another item (on any case) holds the same bytes.</source>
        <translation>Retira um item de prova de um caso. EVIDENCE_ID é o id do item que &quot;evidence REF&quot; lista. O motivo é obrigatório e fica na cadeia de custódia. O arquivo sai do depósito de provas, a menos que outro item (de qualquer caso) tenha os mesmos bytes.</translation>
    </message>
    <message>
        <source>the evidence item id</source>
        <translation>o id do item de prova</translation>
    </message>
    <message>
        <source>why the item is removed (required; kept in the chain of custody)</source>
        <translation>por que o item é retirado (obrigatório; fica guardado na cadeia de custódia)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, id, sha256, display_name, stored (the item had a file) and file_removed (the file left the store)</source>
        <translation>imprimir JSON: case_reference, id, sha256, display_name, stored (o item tinha arquivo) e file_removed (o arquivo saiu do depósito)</translation>
    </message>
    <message>
        <source>evidence-remove needs a case reference and one evidence item id.</source>
        <translation>evidence-remove precisa de uma referência de caso e de um id de item de prova.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an evidence item id: use the number that &quot;evidence %2&quot; lists.</source>
        <translation>&quot;%1&quot; não é um id de item de prova: use o número que &quot;evidence %2&quot; lista.</translation>
    </message>
    <message>
        <source>evidence-remove needs --reason TEXT: the reason is kept in the chain of custody.</source>
        <translation>evidence-remove precisa de --reason TEXT: o motivo fica guardado na cadeia de custódia.</translation>
    </message>
    <message>
        <source>Removed evidence item %1 (&quot;%2&quot;) from %3; the reason is kept in the chain of custody.</source>
        <translation>Item de prova %1 (&quot;%2&quot;) retirado de %3; o motivo fica guardado na cadeia de custódia.</translation>
    </message>
    <message>
        <source>Its file was deleted from the evidence store.</source>
        <translation>O arquivo dele foi excluído do depósito de provas.</translation>
    </message>
    <message>
        <source>Its file stays in the evidence store: another item holds the same bytes.</source>
        <translation>O arquivo dele continua no depósito de provas: outro item tem os mesmos bytes.</translation>
    </message>
    <message>
        <source>Note: the file withheld these sensitive fields, which stay empty: %1</source>
        <translation>Observação: o arquivo omitiu estes campos sensíveis, que ficam vazios: %1</translation>
    </message>
    <message>
        <source>deliberately include every sensitive client field and witness contact details (recorded in the audit log)</source>
        <translation>incluir de propósito todos os campos sensíveis do cliente e os dados de contato das testemunhas (fica gravado no registro de auditoria)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive client field or witness detail. Use one of: %2.</source>
        <translation>&quot;%1&quot; não é um campo sensível do cliente nem um dado das testemunhas. Use um destes: %2.</translation>
    </message>
    <message>
        <source>Show one case. Sensitive client fields and witness contact details are withheld unless deliberately included; --json prints a TrustDesk JSON file holding just this case.</source>
        <translation>Mostra um caso. Os campos sensíveis do cliente e os dados de contato das testemunhas ficam omitidos, a menos que sejam incluídos de propósito; --json imprime um arquivo JSON do TrustDesk só com este caso.</translation>
    </message>
    <message>
        <source>audit verify takes no other argument than --head.</source>
        <translation>audit verify não aceita outro argumento além de --head.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the log was changed behind TrustDesk&apos;s back.</source>
        <translation>A verificação do registro de auditoria FALHOU: o registro foi alterado sem o TrustDesk saber.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the entry %1 recorded earlier is no longer in the log; its tail was cut off or the log was replaced.</source>
        <translation>A verificação do registro de auditoria FALHOU: a entrada %1 registrada antes não está mais no registro; o final dele foi cortado ou o registro foi substituído.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: entry %1, recorded in %2 when it was written, is no longer in the log; its tail was cut off or an older copy of the database was put back.</source>
        <translation>A verificação do registro de auditoria FALHOU: a entrada %1, registrada em %2 quando foi gravada, não está mais no registro; o final dele foi cortado ou uma cópia mais antiga do banco de dados foi recolocada.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entries, chain head %1.</source>
        <translation>
            <numerusform>Registro de auditoria verificado: %n entrada, início da cadeia %1.</numerusform>
            <numerusform>Registro de auditoria verificado: %n entradas, início da cadeia %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit log, oldest first: time (UTC), actor, action, case, details.
&quot;audit verify&quot; checks the log&apos;s hash chain instead (exit 3 when it was changed).</source>
        <translation>Lista o registro de auditoria, do mais antigo ao mais recente: hora (UTC), autor, ação, caso, detalhes.
&quot;audit verify&quot; verifica em vez disso a cadeia de hashes do registro (sai com 3 se foi alterado).</translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation>verificar a cadeia de hashes</translation>
    </message>
    <message>
        <source>only the entries about case REF</source>
        <translation>apenas as entradas sobre o caso REF</translation>
    </message>
    <message>
        <source>only the entries from DATE on: YYYY-MM-DD or an ISO 8601 date and time (UTC unless it has an offset)</source>
        <translation>apenas as entradas a partir de DATE: YYYY-MM-DD ou uma data e hora ISO 8601 (UTC, a menos que tenha fuso)</translation>
    </message>
    <message>
        <source>print JSON instead of one line an entry</source>
        <translation>imprimir JSON em vez de uma linha por entrada</translation>
    </message>
    <message>
        <source>with verify: also fail unless the entry with this hash (a head printed by an earlier verify) is still in the log</source>
        <translation>com verify: falhar também se a entrada com este hash (um início impresso por um verify anterior) não estiver mais no registro</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; did you mean &quot;audit verify&quot;?</source>
        <translation>Argumento desconhecido &quot;%1&quot;; você quis dizer &quot;audit verify&quot;?</translation>
    </message>
    <message>
        <source>--head goes with &quot;audit verify&quot;.</source>
        <translation>--head é usado com &quot;audit verify&quot;.</translation>
    </message>
    <message>
        <source>--case needs a reference.</source>
        <translation>--case precisa de uma referência.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation>&quot;%1&quot; não é uma data: use YYYY-MM-DD ou YYYY-MM-DDTHH:MM[:SS].</translation>
    </message>
    <message>
        <source>(carried over by a restore)</source>
        <translation>(trazida por uma restauração)</translation>
    </message>
    <message>
        <source>The backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new path with --db, or run `trustdesk-cli encrypt` on this database first.</source>
        <translation>O backup é criptografado e este banco de dados não é, então os casos seriam gravados sem criptografia. Restaure-o em um novo caminho com --db, ou execute primeiro `trustdesk-cli encrypt` neste banco de dados.</translation>
    </message>
    <message>
        <source>The key file could not be copied beside %1.</source>
        <translation>Não foi possível copiar o arquivo de chaves para o lado de %1.</translation>
    </message>
    <message>
        <source>the new passphrase: the first line of FILE</source>
        <translation>a nova senha: a primeira linha de FILE</translation>
    </message>
    <message>
        <source>change-passphrase takes no arguments.</source>
        <translation>change-passphrase não aceita argumentos.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>O banco de dados &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no passphrase to change. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Este banco de dados não é criptografado, então não tem senha para trocar. `trustdesk-cli encrypt` o transforma em um cofre.</translation>
    </message>
    <message>
        <source>The passphrase was changed. The old one no longer opens %1; the recovery key still does.</source>
        <translation>A senha foi trocada. A antiga não abre mais %1; a chave de recuperação continua abrindo.</translation>
    </message>
    <message>
        <source>An encryption of this database is running or was interrupted. Run `trustdesk-cli encrypt` to finish or undo it.</source>
        <translation>Uma criptografia deste banco de dados está em andamento ou foi interrompida. Execute `trustdesk-cli encrypt` para terminá-la ou desfazê-la.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE</source>
        <translation>a senha de um banco de dados criptografado: a primeira linha de FILE</translation>
    </message>
    <message>
        <source>open an encrypted database with its recovery key, the first line of FILE</source>
        <translation>abrir um banco de dados criptografado com a chave de recuperação, a primeira linha de FILE</translation>
    </message>
    <message>
        <source>when the database does not exist yet, make it unencrypted (for throwaway data only); by default a new database is encrypted</source>
        <translation>quando o banco de dados ainda não existe, criá-lo sem criptografia (só para dados descartáveis); por padrão um novo banco de dados é criptografado</translation>
    </message>
    <message>
        <source>write a new encrypted database&apos;s recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>gravar a chave de recuperação de um novo banco de dados criptografado em FILE (acessível só ao dono; não pode existir) em vez de mostrá-la</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; the recovery key is never written over a file.</source>
        <translation>&quot;%1&quot; já existe; a chave de recuperação nunca é gravada por cima de um arquivo.</translation>
    </message>
    <message>
        <source>The new database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>O novo banco de dados é criptografado. Se a senha for esquecida, só esta chave de recuperação o abre. Ela é mostrada só esta vez: anote-a ou imprima-a e guarde-a em um lugar seguro, longe deste computador.</translation>
    </message>
    <message>
        <source>The new database is encrypted. Its recovery key, which opens it if the passphrase is ever forgotten, is in %1: keep that file safe, away from this computer.</source>
        <translation>O novo banco de dados é criptografado. A chave de recuperação, que o abre se a senha for esquecida, está em %1: guarde esse arquivo com segurança, longe deste computador.</translation>
    </message>
    <message>
        <source>The database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>O banco de dados é criptografado. Se a senha for esquecida, só esta chave de recuperação o abre. Ela é mostrada só esta vez: anote-a ou imprima-a e guarde-a em um lugar seguro, longe deste computador.</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>Não foi possível gravar a chave de recuperação em &quot;%1&quot;: %2. Nada foi alterado.</translation>
    </message>
    <message>
        <source>
The recovery key of the encrypted TrustDesk database %1.
It opens the database without its passphrase: keep it safe, away from the computer.
</source>
        <translation>
A chave de recuperação do banco de dados criptografado do TrustDesk %1.
Ela abre o banco de dados sem a senha: guarde-a com segurança, longe do computador.
</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;. Nothing was changed.</source>
        <translation>Não foi possível gravar a chave de recuperação em &quot;%1&quot;. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Criptografando</translation>
    </message>
    <message>
        <source>Comparing with the original</source>
        <translation>Comparando com o original</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>Putting in place</source>
        <translation>Colocando no lugar</translation>
    </message>
    <message>
        <source>write the recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>gravar a chave de recuperação em FILE (acessível só ao dono; não pode existir) em vez de mostrá-la</translation>
    </message>
    <message>
        <source>encrypt takes no arguments.</source>
        <translation>encrypt não aceita argumentos.</translation>
    </message>
    <message>
        <source>An interrupted encryption was finished: %1 is encrypted now, with the passphrase and recovery key given then.</source>
        <translation>Uma criptografia interrompida foi terminada: %1 agora é criptografado, com a senha e a chave de recuperação informadas na época.</translation>
    </message>
    <message>
        <source>An interrupted encryption was undone; the database was still unencrypted. Starting again.</source>
        <translation>Uma criptografia interrompida foi desfeita; o banco de dados ainda estava sem criptografia. Começando de novo.</translation>
    </message>
    <message>
        <source>%1 is encrypted now; it opens only with its passphrase or recovery key.</source>
        <translation>%1 agora é criptografado; só abre com a senha ou a chave de recuperação.</translation>
    </message>
    <message>
        <source>hand the files over as stored, with their metadata (EXIF with GPS position and author, XMP, PDF information); recorded in the audit log. By default copies leave without it.</source>
        <translation>entregar os arquivos como estão guardados, com os metadados (EXIF com posição GPS e autor, XMP, informações do PDF); fica no registro de auditoria. Por padrão as cópias saem sem eles.</translation>
    </message>
    <message>
        <source>name the files and list them in the manifest by their original names (which may name the client); recorded in the audit log. By default files are named by case and item number.</source>
        <translation>nomear os arquivos e listá-los no manifesto pelos nomes originais (que podem conter o nome do cliente); fica no registro de auditoria. Por padrão os arquivos são nomeados por caso e número do item.</translation>
    </message>
    <message numerus="yes">
        <source>Metadata (such as GPS position, author, camera) was removed from %n copy(ies); the originals in the store are unchanged.</source>
        <translation>
            <numerusform>Os metadados (como posição GPS, autor, câmera) foram removidos de %n cópia; os originais no depósito não mudaram.</numerusform>
            <numerusform>Os metadados (como posição GPS, autor, câmera) foram removidos de %n cópias; os originais no depósito não mudaram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check them before they leave. The manifest marks them.</source>
        <translation>
            <numerusform>%n arquivo é de um tipo cujos metadados o TrustDesk não consegue remover (vídeo, áudio, documentos); verifique-o antes de sair. O manifesto o marca.</numerusform>
            <numerusform>%n arquivos são de um tipo cujos metadados o TrustDesk não consegue remover (vídeo, áudio, documentos); verifique-os antes de saírem. O manifesto os marca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases (all, or the references given) as a TrustDesk JSON file. Sensitive client fields and witness contact details are left out unless deliberately included, and masked where the free text repeats them.</source>
        <translation>Exporta casos (todos, ou as referências informadas) como um arquivo JSON do TrustDesk. Os campos sensíveis do cliente e os contatos das testemunhas ficam de fora, a menos que sejam incluídos de propósito, e são ocultados onde o texto livre os repete.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s) whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</source>
        <translation>
            <numerusform>… e mais %n caso cujo texto livre tinha valores omitidos ou frases que podem revelar a situação migratória (show REF os lista).</numerusform>
            <numerusform>… e mais %n casos cujo texto livre tinha valores omitidos ou frases que podem revelar a situação migratória (show REF os lista).</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone with the file can read it. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Este banco de dados não é criptografado: qualquer pessoa com o arquivo pode lê-lo. `trustdesk-cli encrypt` o transforma em um cofre.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE (else the file named by %1, else asked on the terminal)</source>
        <translation>a senha de um banco de dados criptografado: a primeira linha de FILE (senão, o arquivo indicado em %1; senão, pedida no terminal)</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>%1 precisa de um caminho de arquivo.</translation>
    </message>
    <message>
        <source>the caseworker&apos;s name</source>
        <translation>o nome do responsável pelo caso</translation>
    </message>
    <message>
        <source>their role (caseworker, supervisor, …)</source>
        <translation>a função (responsável pelo caso, supervisor, …)</translation>
    </message>
    <message>
        <source>profile takes no arguments.</source>
        <translation>profile não aceita argumentos.</translation>
    </message>
    <message>
        <source>A caseworker profile needs a name: trustdesk-cli profile --name NAME [--role ROLE].</source>
        <translation>Um perfil de responsável pelo caso precisa de um nome: trustdesk-cli profile --name NAME [--role ROLE].</translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings.</source>
        <translation>Não foi possível salvar o perfil nas configurações.</translation>
    </message>
    <message>
        <source>No caseworker profile is set: entries are recorded as &quot;%1&quot;.
Set one with: trustdesk-cli profile --name NAME --role ROLE</source>
        <translation>Nenhum perfil de responsável pelo caso definido: as entradas são registradas como &quot;%1&quot;.
Defina um com: trustdesk-cli profile --name NAME --role ROLE</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nome: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Função: %1</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>Registrado como: %1</translation>
    </message>
    <message>
        <source>deliberately include this sensitive client field or witness detail (%1), in its field and where the free text mentions it; repeatable, recorded in the audit log</source>
        <translation>incluir de propósito este campo sensível do cliente ou dado da testemunha (%1), no campo dele e onde o texto livre o menciona; pode ser repetido, fica no registro de auditoria</translation>
    </message>
    <message>
        <source>also mask, as [withheld], the phrases in the free text that may reveal immigration status (listed on standard error either way)</source>
        <translation>ocultar também, como [omitido], as frases do texto livre que podem revelar a situação migratória (listadas na saída de erro padrão de qualquer forma)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n withheld value(s) found in the free text and masked.</source>
        <translation>
            <numerusform>%1: %n valor omitido encontrado no texto livre e ocultado.</numerusform>
            <numerusform>%1: %n valores omitidos encontrados no texto livre e ocultados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, masked:</source>
        <translation>
            <numerusform>%1: %n frase que pode revelar a situação migratória, ocultada:</numerusform>
            <numerusform>%1: %n frases que podem revelar a situação migratória, ocultadas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, left as written (--mask-status-phrases masks them):</source>
        <translation>
            <numerusform>%1: %n frase que pode revelar a situação migratória, deixada como foi escrita (--mask-status-phrases a oculta):</numerusform>
            <numerusform>%1: %n frases que podem revelar a situação migratória, deixadas como foram escritas (--mask-status-phrases as oculta):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot; in: %3</source>
        <translation>  %1: &quot;%2&quot; em: %3</translation>
    </message>
    <message>
        <source>Write a case&apos;s complaint submission as a PDF. Sensitive client fields and witness contact details are withheld unless deliberately included, also where the free text mentions them; the PDF names the kinds withheld, never their values. Phrases that may reveal immigration status are listed on standard error and masked with --mask-status-phrases. Each report is recorded in the case (date, recipient, fields included, SHA-256) and in the audit log.</source>
        <translation>Gera a denúncia de um caso como PDF. Os campos sensíveis do cliente e os contatos das testemunhas são omitidos, a menos que sejam incluídos de propósito, também onde o texto livre os menciona; o PDF indica os tipos omitidos, nunca os valores. As frases que podem revelar a situação migratória são listadas na saída de erro padrão e ocultadas com --mask-status-phrases. Cada relatório fica registrado no caso (data, destinatário, campos incluídos, SHA-256) e no registro de auditoria.</translation>
    </message>
    <message>
        <source>Encrypt an existing plaintext database in place. The new passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal); the recovery key is shown once or written to --recovery-key-out. An encrypted copy is written beside the database and compared with it table by table; only then does it take the database&apos;s place, and no plaintext copy is left. The evidence files are sealed the same way, checked, and the plaintext ones deleted. Close TrustDesk first: the database must not be open anywhere else. Run it again after an interruption: it finishes or undoes what was begun.</source>
        <translation>Criptografa no lugar um banco de dados existente sem criptografia. A nova senha vem de --passphrase-file (ou do arquivo indicado por TRUSTDESK_PASSPHRASE_FILE, ou é pedida duas vezes no terminal); a chave de recuperação é mostrada uma vez ou gravada em --recovery-key-out. Uma cópia criptografada é gravada ao lado do banco de dados e comparada com ele tabela por tabela; só então ela toma o lugar do banco de dados, e nenhuma cópia sem criptografia fica para trás. Os arquivos de provas são selados da mesma forma, conferidos, e os sem criptografia são apagados. Feche o TrustDesk primeiro: o banco de dados não pode estar aberto em nenhum outro lugar. Execute de novo após uma interrupção: ele conclui ou desfaz o que foi começado.</translation>
    </message>
    <message>
        <source>List a case&apos;s evidence, oldest first, one item a line, tab-separated: SHA-256, item id, size in bytes, &quot;stored&quot; or &quot;metadata-only&quot; (details imported without the file), media type, date captured (UTC, or -), name. --json adds every field and the chain of custody; a redacted copy has redacted_copy_of (the original&apos;s id) and redaction (its boxes and method).</source>
        <translation>Lista as provas de um caso, da mais antiga para a mais recente, um item por linha, separados por tabulação: SHA-256, id do item, tamanho em bytes, &quot;stored&quot; ou &quot;metadata-only&quot; (dados importados sem o arquivo), tipo de mídia, data de captura (UTC, ou -), nome. --json acrescenta todos os campos e a cadeia de custódia; uma cópia com partes ocultas tem redacted_copy_of (o id do original) e redaction (seus retângulos e o método).</translation>
    </message>
    <message>
        <source>Print the boxes OpenCV&apos;s face detection suggests for an image, one X,Y,W,H a line (as &quot;redact --box&quot; takes them), in the pixels of the upright image. Suggestions only: detection misses faces (small, turned, covered), so look at the image.</source>
        <translation>Imprime os retângulos que a detecção de rostos do OpenCV sugere para uma imagem, um X,Y,W,H por linha (como &quot;redact --box&quot; os aceita), em pixels da imagem na posição vertical. São só sugestões: a detecção deixa passar rostos (pequenos, virados, cobertos), então olhe a imagem.</translation>
    </message>
    <message>
        <source>the evidence item id (an image)</source>
        <translation>o id da prova (uma imagem)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, evidence_id, width, height (of the upright image) and boxes, each with x, y, width, height</source>
        <translation>imprimir JSON: case_reference, evidence_id, width, height (da imagem na posição vertical) e boxes, cada um com x, y, width, height</translation>
    </message>
    <message>
        <source>No face was suggested; detection misses faces, so check the image.</source>
        <translation>Nenhum rosto foi sugerido; a detecção deixa passar rostos, então confira a imagem.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Verificado pela última vez: %1</translation>
    </message>
    <message>
        <source>Rights guidance from the built-in pack (or --pack FOLDER).
  guidance list [--lang L]                 one article a line, its id first
  guidance show ID [--lang L] [--pdf FILE] the article as text, or a handout PDF
  guidance search QUERY [--lang L]         articles containing every word (all languages without --lang)
  guidance version                         which pack is in use: id, version, review date, where from
  guidance install PATH                    install a newer pack from its folder or manifest.json, after checking it</source>
        <translation>Orientação sobre direitos do pacote embutido (ou --pack FOLDER).
  guidance list [--lang L]                 um artigo por linha, com o id primeiro
  guidance show ID [--lang L] [--pdf FILE] o artigo como texto, ou um folheto em PDF
  guidance search QUERY [--lang L]         artigos que contêm todas as palavras (todos os idiomas sem --lang)
  guidance version                         qual pacote está em uso: id, versão, data de revisão, de onde veio
  guidance install PATH                    instala um pacote mais novo a partir da pasta ou do manifest.json dele, depois de verificá-lo</translation>
    </message>
    <message>
        <source>list, show, search, version or install</source>
        <translation>list, show, search, version ou install</translation>
    </message>
    <message>
        <source>guidance needs an action: list, show, search, version or install.</source>
        <translation>guidance precisa de uma ação: list, show, search, version ou install.</translation>
    </message>
    <message>
        <source>guidance install needs exactly one PATH, and no --pack.</source>
        <translation>guidance install precisa de exatamente um PATH, e não de --pack.</translation>
    </message>
    <message>
        <source>Installed guidance %1 version %2 (was version %3) in %4.</source>
        <translation>Orientação %1 versão %2 instalada (antes versão %3) em %4.</translation>
    </message>
    <message>
        <source>guidance version takes no more arguments.</source>
        <translation>guidance version não aceita mais argumentos.</translation>
    </message>
    <message>
        <source>Unknown guidance action &quot;%1&quot;: use list, show, search, version or install.</source>
        <translation>Ação de guidance desconhecida: &quot;%1&quot;. Use list, show, search, version ou install.</translation>
    </message>
    <message>
        <source>Warning: these anonymous clients came with a name, which was not stored: %1</source>
        <translation>Aviso: estes clientes anônimos vieram com um nome, que não foi guardado: %1</translation>
    </message>
    <message>
        <source>Show the caseworker profile, or set it with --name (and --role). Audit and custody entries name this profile as who acted; without one they say &quot;unnamed&quot;. The --office options set the office printed on client copies and handouts.</source>
        <translation>Mostra o perfil do responsável pelo caso, ou o define com --name (e --role). As entradas de auditoria e de custódia citam este perfil como quem agiu; sem ele, dizem &quot;unnamed&quot;. As opções --office definem o escritório impresso nas cópias do cliente e nos folhetos.</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>o nome do escritório</translation>
    </message>
    <message>
        <source>its address (\n between lines)</source>
        <translation>o endereço dele (\n entre as linhas)</translation>
    </message>
    <message>
        <source>its phone number</source>
        <translation>o telefone dele</translation>
    </message>
    <message>
        <source>its email address</source>
        <translation>o e-mail dele</translation>
    </message>
    <message>
        <source>its time zone (America/New_York)</source>
        <translation>o fuso horário dele (America/New_York)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows (for example America/New_York).</source>
        <translation>&quot;%1&quot; não é um fuso horário que este sistema conheça (por exemplo, America/New_York).</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Escritório:</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuso horário: %1</translation>
    </message>
    <message>
        <source>%1 needs a case reference and one evidence item id.</source>
        <translation>%1 precisa de uma referência de caso e de um id de prova.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2.</source>
        <translation>A prova %1 não pertence ao caso %2.</translation>
    </message>
    <message>
        <source>Store a redacted copy of an image as a new evidence item derived from it, and print the new item&apos;s id. Boxes are in the pixels of the image turned upright by its EXIF orientation (&quot;faces&quot; prints them the same way). The copy carries no metadata; the original is kept unchanged and still verifies.</source>
        <translation>Salva uma cópia de uma imagem com partes ocultas como uma nova prova derivada dela e imprime o id do novo item. Os retângulos estão em pixels da imagem colocada na posição vertical pela orientação EXIF (&quot;faces&quot; os imprime da mesma forma). A cópia não leva metadados; o original é mantido sem alterações e continua sendo verificado.</translation>
    </message>
    <message>
        <source>a box to cover: left, top, width, height in pixels (repeat for more boxes)</source>
        <translation>um retângulo a cobrir: esquerda, topo, largura, altura em pixels (repita para mais retângulos)</translation>
    </message>
    <message>
        <source>fill (solid black, the default) or pixelate (coarse blocks)</source>
        <translation>fill (preto sólido, o padrão) ou pixelate (blocos grandes)</translation>
    </message>
    <message>
        <source>also cover the faces OpenCV suggests (listed on stderr; detection misses faces: check the copy)</source>
        <translation>cobrir também os rostos que o OpenCV sugere (listados no stderr; a detecção deixa passar rostos: confira a cópia)</translation>
    </message>
    <message>
        <source>redact needs at least one --box X,Y,W,H (or --suggest).</source>
        <translation>redact precisa de pelo menos um --box X,Y,W,H (ou --suggest).</translation>
    </message>
    <message>
        <source>Suggested face: %1</source>
        <translation>Rosto sugerido: %1</translation>
    </message>
    <message>
        <source>Nothing to redact: give boxes with --box. Nothing was stored.</source>
        <translation>Nada a ocultar: indique retângulos com --box. Nada foi salvo.</translation>
    </message>
    <message>
        <source>The same redacted copy is already on the case (item %1).</source>
        <translation>A mesma cópia com partes ocultas já está no caso (item %1).</translation>
    </message>
    <message>
        <source>bpd-iad (Boston Police internal affairs, the default), accountability (the City&apos;s police accountability office), post (the state&apos;s POST Commission, for officers of any agency) or another body&apos;s name</source>
        <translation>bpd-iad (Corregedoria da Polícia de Boston, o padrão), accountability (o escritório de responsabilização policial da Prefeitura), post (a POST Commission do estado, para policiais de qualquer órgão) ou o nome de outro órgão</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability, post or a body&apos;s name.</source>
        <translation>--to precisa de bpd-iad, accountability, post ou do nome de um órgão.</translation>
    </message>
    <message>
        <source>with --pdf</source>
        <translation>com --pdf</translation>
    </message>
    <message>
        <source>a4 or letter (default: the paper last chosen in the app, else letter)</source>
        <translation>a4 ou letter (padrão: o papel escolhido por último no aplicativo; senão, letter)</translation>
    </message>
    <message>
        <source>trustdesk-cli %1 does not work with an office server yet.</source>
        <translation>trustdesk-cli %1 ainda não funciona com um servidor do escritório.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive column of the case list. Use one of: %2.</source>
        <translation>&quot;%1&quot; não é uma coluna sensível da lista de casos. Use uma destas: %2.</translation>
    </message>
    <message>
        <source>write the list as CSV for a spreadsheet (UTF-8 with a byte-order mark); sensitive client columns are left out unless included; recorded in the audit log</source>
        <translation>gravar a lista como CSV para uma planilha (UTF-8 com marca de ordem de bytes); as colunas sensíveis do cliente ficam de fora, a menos que sejam incluídas; fica gravado no registro de auditoria</translation>
    </message>
    <message>
        <source>database file, or an office server&apos;s postgresql:// URI (default: %1)</source>
        <translation>arquivo do banco de dados, ou URI postgresql:// de um servidor do escritório (padrão: %1)</translation>
    </message>
    <message>
        <source>List officers recorded in more than one incident, most incidents first: incidents, cases, badge number, agency, first and last incident, violation categories, name. Officers are recognized by badge number (spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros ignored) and agency.</source>
        <translation>Lista os policiais registrados em mais de um incidente, primeiro os com mais incidentes: incidentes, casos, número do distintivo, órgão, primeiro e último incidente, categorias de violação, nome. Os policiais são reconhecidos pelo número do distintivo (espaços, &quot;#&quot;, &quot;No.&quot; e zeros à esquerda ignorados) e pelo órgão.</translation>
    </message>
    <message>
        <source>print JSON instead of one line an officer</source>
        <translation>imprimir JSON em vez de uma linha por policial</translation>
    </message>
    <message>
        <source>only officers in at least N incidents (default 2; 1 lists all)</source>
        <translation>só policiais em pelo menos N incidentes (padrão 2; 1 lista todos)</translation>
    </message>
    <message>
        <source>instead, list the cases in which this badge number appears</source>
        <translation>em vez disso, listar os casos em que este número de distintivo aparece</translation>
    </message>
    <message>
        <source>with --badge, only this agency (records without an agency match any)</source>
        <translation>com --badge, só este órgão (registros sem órgão correspondem a qualquer um)</translation>
    </message>
    <message>
        <source>officers takes no arguments.</source>
        <translation>officers não aceita argumentos.</translation>
    </message>
    <message>
        <source>--min-incidents needs a whole number of 1 or more.</source>
        <translation>--min-incidents precisa de um número inteiro igual ou maior que 1.</translation>
    </message>
    <message>
        <source>--agency needs --badge.</source>
        <translation>--agency precisa de --badge.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cases and incidents by %1 and %2</source>
        <translation>Casos e incidentes por %1 e %2</translation>
    </message>
    <message>
        <source>Cases and incidents by %1</source>
        <translation>Casos e incidentes por %1</translation>
    </message>
    <message>
        <source>Incidents dated %1 to %2</source>
        <translation>Incidentes com data de %1 a %2</translation>
    </message>
    <message>
        <source>Incidents dated %1 or later</source>
        <translation>Incidentes com data de %1 em diante</translation>
    </message>
    <message>
        <source>Incidents dated %1 or earlier</source>
        <translation>Incidentes com data até %1</translation>
    </message>
    <message>
        <source>* suppressed: a count from 1 to %1, or one hidden so that such a count cannot be worked out from the totals.</source>
        <translation>* oculto: uma contagem de 1 a %1, ou uma ocultada para que essa contagem não possa ser deduzida dos totais.</translation>
    </message>
    <message>
        <source>A case or incident can count in several rows or columns (several categories, or incidents in several months, districts or agencies); totals count each once, so they are less than the sum of their cells.</source>
        <translation>Um caso ou incidente pode contar em várias linhas ou colunas (várias categorias, ou incidentes em vários meses, distritos ou órgãos); os totais contam cada um uma só vez, então são menores que a soma das células.</translation>
    </message>
    <message>
        <source>--by takes one or two dimensions, e.g. --by category,month.</source>
        <translation>--by aceita uma ou duas dimensões, por exemplo --by category,month.</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;. Use one or two of: %2.</source>
        <translation>Dimensão desconhecida &quot;%1&quot;. Use uma ou duas destas: %2.</translation>
    </message>
    <message>
        <source>--by names &quot;%1&quot; twice.</source>
        <translation>--by indica &quot;%1&quot; duas vezes.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 precisa de uma data como YYYY-MM-DD, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from não pode ser posterior a --to.</translation>
    </message>
    <message>
        <source>--min-count needs a whole number of 1 or more.</source>
        <translation>--min-count precisa de um número inteiro igual ou maior que 1.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Escolha --json ou --csv, não os dois.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf precisa de um nome de arquivo.</translation>
    </message>
    <message>
        <source>Count cases and incidents by one or two dimensions, for an office&apos;s own overview or to publish. Counts from 1 to K-1 are suppressed, and further counts where one could otherwise be worked out from the totals; no names, references or free text are printed (docs/statistics.md).</source>
        <translation>Conta casos e incidentes por uma ou duas dimensões, para a visão geral do próprio escritório ou para publicar. As contagens de 1 a K-1 são ocultadas, e também outras contagens quando uma delas poderia ser deduzida dos totais; nenhum nome, referência ou texto livre é impresso (docs/statistics.md).</translation>
    </message>
    <message>
        <source>one or two dimensions, comma-separated (default category): %1</source>
        <translation>uma ou duas dimensões, separadas por vírgula (padrão category): %1</translation>
    </message>
    <message>
        <source>count incidents dated on or after D (YYYY-MM-DD)</source>
        <translation>contar incidentes com data D ou posterior (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>count incidents dated on or before D (YYYY-MM-DD)</source>
        <translation>contar incidentes com data D ou anterior (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>suppress counts below K (default %1)</source>
        <translation>ocultar contagens abaixo de K (padrão %1)</translation>
    </message>
    <message>
        <source>only cases with these statuses, comma-separated</source>
        <translation>só casos com estas situações, separadas por vírgula</translation>
    </message>
    <message>
        <source>only the cases assigned to this caseworker</source>
        <translation>só os casos atribuídos a este responsável</translation>
    </message>
    <message>
        <source>print JSON: each count, or null when suppressed</source>
        <translation>imprimir JSON: cada contagem, ou null quando ocultada</translation>
    </message>
    <message>
        <source>print CSV (UTF-8 with a byte order mark)</source>
        <translation>imprimir CSV (UTF-8 com marca de ordem de bytes)</translation>
    </message>
    <message>
        <source>also write the statistics as a PDF report to FILE</source>
        <translation>gravar também as estatísticas como relatório PDF em FILE</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>stats não aceita argumentos.</translation>
    </message>
    <message>
        <source>This program cannot write PDFs.</source>
        <translation>Este programa não consegue gravar PDFs.</translation>
    </message>
    <message>
        <source>The office key has no recovery key: give your own passphrase.</source>
        <translation>A chave do escritório não tem chave de recuperação: informe a sua própria senha.</translation>
    </message>
    <message>
        <source>write the list as an Excel workbook (.xlsx) to the file given with --out; the same columns as --csv, recorded in the audit log</source>
        <translation>gravar a lista como pasta de trabalho do Excel (.xlsx) no arquivo indicado com --out; as mesmas colunas de --csv, fica gravado no registro de auditoria</translation>
    </message>
    <message>
        <source>with --csv or --xlsx, deliberately add this sensitive client column (%1); repeatable, recorded in the audit log</source>
        <translation>com --csv ou --xlsx, acrescentar de propósito esta coluna sensível do cliente (%1); pode ser repetido, fica gravado no registro de auditoria</translation>
    </message>
    <message>
        <source>with --csv, write to FILE (owner-only) instead of standard output; with --xlsx, the file to write (required)</source>
        <translation>com --csv, gravar em FILE (só para o dono) em vez da saída padrão; com --xlsx, o arquivo a gravar (obrigatório)</translation>
    </message>
    <message>
        <source>Choose one of --csv, --xlsx and --json.</source>
        <translation>Escolha só um entre --csv, --xlsx e --json.</translation>
    </message>
    <message>
        <source>--include and --out need --csv or --xlsx.</source>
        <translation>--include e --out precisam de --csv ou --xlsx.</translation>
    </message>
    <message>
        <source>An XLSX workbook is binary and is not written to a terminal. Give the file to write with --out FILE.</source>
        <translation>Uma pasta de trabalho XLSX é binária e não é gravada em um terminal. Informe o arquivo a gravar com --out FILE.</translation>
    </message>
    <message>
        <source>--xlsx writes a file, not standard output: give it with --out FILE.</source>
        <translation>--xlsx grava um arquivo, não a saída padrão: informe-o com --out FILE.</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for the login &quot;%1&quot; with this passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`. Without at least one person&apos;s passphrase, the evidence on this server cannot be read: give the key to two people.</source>
        <translation>A chave do escritório foi criada e guardada para o login &quot;%1&quot;, protegida com esta senha. Adicione colegas com `trustdesk-cli office-key add LOGIN`. Sem a senha de pelo menos uma pessoa, as provas deste servidor não podem ser lidas: dê a chave a duas pessoas.</translation>
    </message>
    <message>
        <source>The office key was wrapped for the login &quot;%1&quot;: that person now opens the evidence with their own passphrase. Nothing was re-encrypted.</source>
        <translation>A chave do escritório foi guardada para o login &quot;%1&quot;: essa pessoa agora abre as provas com a própria senha. Nada foi criptografado de novo.</translation>
    </message>
    <message>
        <source>Manage the office key of an office server, which encrypts the evidence kept in it. &quot;init&quot; makes the key and wraps it for your login with a passphrase (from --passphrase-file or asked twice). &quot;add LOGIN&quot; wraps the same key for a colleague: your passphrase comes from the usual places, theirs from --new-passphrase-file or is asked twice. &quot;list&quot; shows the logins holding the key.</source>
        <translation>Gerencia a chave do escritório de um servidor do escritório, que criptografa as provas guardadas nele. &quot;init&quot; cria a chave e a guarda para o seu login com uma senha (de --passphrase-file ou pedida duas vezes). &quot;add LOGIN&quot; guarda a mesma chave para um colega: a sua senha vem dos lugares de costume, a do colega vem de --new-passphrase-file ou é pedida duas vezes. &quot;list&quot; mostra os logins que têm a chave.</translation>
    </message>
    <message>
        <source>init, add or list</source>
        <translation>init, add ou list</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s server login</source>
        <translation>para add: o login do colega no servidor</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s passphrase, the first line of FILE</source>
        <translation>para add: a senha do colega, a primeira linha de FILE</translation>
    </message>
    <message>
        <source>office-key needs init, add LOGIN or list.</source>
        <translation>office-key precisa de init, add LOGIN ou list.</translation>
    </message>
    <message>
        <source>An office key exists only on an office server: give --db a postgresql:// URI. A database file is encrypted with its own passphrase instead.</source>
        <translation>A chave do escritório só existe em um servidor do escritório: dê a --db uma URI postgresql://. Já um arquivo de banco de dados é criptografado com a própria senha.</translation>
    </message>
    <message>
        <source>Audit log checked only as far as your role allows: your %1 of %2 entries each match their hash. The links between everyone&apos;s entries can be checked only by a supervisor or an admin.</source>
        <translation>Registro de auditoria verificado só até onde a sua função permite: as suas %1 de %2 entradas correspondem cada uma ao seu hash. As ligações entre as entradas de todos só podem ser verificadas por um supervisor ou um administrador.</translation>
    </message>
    <message>
        <source>--head was not checked: the entry may be one your role cannot read.</source>
        <translation>--head não foi verificado: a entrada pode ser uma que a sua função não pode ler.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE and of its evidence to the folder FILE.evidence beside it (safe while TrustDesk is open); together they are an openable TrustDesk database. Neither may exist yet. Every evidence file is re-hashed while it is copied: a missing or changed file stops the backup with exit code 3 and nothing is left behind. Of an office database (a postgresql:// URI), FILE alone holds everything, evidence included, encrypted with the office key.</source>
        <translation>Grava uma cópia consistente do banco de dados em FILE e das provas dele na pasta FILE.evidence, ao lado (seguro mesmo com o TrustDesk aberto); juntos, eles formam um banco de dados do TrustDesk que pode ser aberto. Nenhum dos dois pode existir ainda. O hash de cada arquivo de prova é recalculado durante a cópia: um arquivo faltando ou alterado interrompe o backup com o código de saída 3 e nada fica para trás. De um banco de dados do escritório (uma URI postgresql://), só FILE guarda tudo, provas incluídas, criptografado com a chave do escritório.</translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents and its evidence with the backup FILE and the folder FILE.evidence beside it. The backup is verified first, every evidence file re-hashed; a backup that does not verify is refused and nothing changes. Run it while TrustDesk is closed. An encrypted backup (FILE.vault beside it) opens with the passphrase it was made with or the recovery key; it restores into an encrypted database, or onto a new path, which then opens like the backup. It is never restored into an unencrypted database. A plaintext backup restored into an encrypted database is encrypted on the way. An office backup restores into an empty office database only (a postgresql:// URI), opened with the passphrase of a login that held the office key when it was made.</source>
        <translation>Substitui o conteúdo do banco de dados e as provas dele pelo backup FILE e pela pasta FILE.evidence ao lado. Primeiro o backup é verificado, com o hash de cada arquivo de prova recalculado; um backup que não passa na verificação é recusado e nada muda. Execute com o TrustDesk fechado. Um backup criptografado (com FILE.vault ao lado) abre com a senha usada para fazê-lo ou com a chave de recuperação; ele é restaurado em um banco de dados criptografado, ou em um novo caminho, que depois abre como o backup. Ele nunca é restaurado em um banco de dados sem criptografia. Um backup sem criptografia restaurado em um banco de dados criptografado é criptografado no caminho. Um backup do escritório só é restaurado em um banco de dados do escritório vazio (uma URI postgresql://), aberto com a senha de um login que tinha a chave do escritório quando ele foi feito.</translation>
    </message>
    <message>
        <source>office backup: whose copy of the office key opens it (default: the login of --db)</source>
        <translation>backup do escritório: de quem é a cópia da chave do escritório que o abre (padrão: o login de --db)</translation>
    </message>
    <message>
        <source>--login is for restoring an office backup into an office database.</source>
        <translation>--login serve para restaurar um backup do escritório em um banco de dados do escritório.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so there is no passphrase to change. Your server login&apos;s password is the server administrator&apos;s to change.</source>
        <translation>Este servidor do escritório ainda não tem chave do escritório, então não há senha para trocar. A senha do seu login no servidor é trocada pelo administrador do servidor.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key was changed: the old one no longer opens the evidence on this server as &quot;%1&quot;. Colleagues keep their own passphrases; nothing was re-encrypted. Your server login&apos;s password is unchanged.</source>
        <translation>Sua senha da chave do escritório foi trocada: a antiga não abre mais as provas deste servidor como &quot;%1&quot;. Os colegas mantêm as próprias senhas; nada foi criptografado de novo. A senha do seu login no servidor não mudou.</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted database. The current passphrase (or the recovery key) comes from the usual places; the new one from --new-passphrase-file, else it is asked twice on the terminal. Only the key file is rewritten, in one step: after a crash exactly one of the two passphrases works. The recovery key stays the same. Backups made before keep opening with the passphrase they were made with. On an office server (--db postgresql://…) it changes your own passphrase for the office key instead.</source>
        <translation>Troca a senha de um banco de dados criptografado. A senha atual (ou a chave de recuperação) vem dos lugares de sempre; a nova vem de --new-passphrase-file, ou é pedida duas vezes no terminal. Só o arquivo da chave é regravado, em um único passo: depois de uma falha, exatamente uma das duas senhas funciona. A chave de recuperação continua a mesma. Os backups feitos antes continuam abrindo com a senha usada para fazê-los. Em um servidor do escritório (--db postgresql://…), troca em vez disso a sua própria senha da chave do escritório.</translation>
    </message>
    <message>
        <source>An office server is not encrypted with a passphrase: encrypt turns a database file into a vault. On a server, its logins and TLS protect the case data, and the evidence is already encrypted with the office key (`trustdesk-cli office-key`).</source>
        <translation>Um servidor do escritório não é criptografado com uma senha: encrypt transforma um arquivo de banco de dados em um banco criptografado. Em um servidor, os logins e o TLS protegem os dados dos casos, e as provas já estão criptografadas com a chave do escritório (`trustdesk-cli office-key`).</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for your login with the office passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`.</source>
        <translation>A chave do escritório foi criada e protegida para o seu login com a sua senha do escritório. Adicione colegas com `trustdesk-cli office-key add LOGIN`.</translation>
    </message>
    <message>
        <source>Office key passphrase: </source>
        <translation>Senha da chave do escritório: </translation>
    </message>
    <message>
        <source>The server&apos;s office key needs your office passphrase: give --office-passphrase-file FILE or run migrate at a terminal.</source>
        <translation>A chave do escritório do servidor precisa da sua senha do escritório: informe --office-passphrase-file FILE ou execute migrate em um terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</source>
        <translation>
            <numerusform>%n caso e %1 prova(s) (%2 bytes) copiados para %3 e verificados: todas as tabelas têm as mesmas linhas, a cadeia de auditoria está intacta e cada prova é lida de volta com o seu SHA-256.</numerusform>
            <numerusform>%n casos e %1 prova(s) (%2 bytes) copiados para %3 e verificados: todas as tabelas têm as mesmas linhas, a cadeia de auditoria está intacta e cada prova é lida de volta com o seu SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was only read: keep it as it is until colleagues have worked on the server for a while, then delete it with its evidence folder (or keep it as a backup in a safe place).</source>
        <translation>%1 só foi lido: mantenha-o como está até os colegas trabalharem no servidor por um tempo; depois exclua-o junto com a pasta de provas (ou guarde-o como backup em um lugar seguro).</translation>
    </message>
    <message>
        <source>Copy the database file given with --db, with its evidence, into an empty office server (--to URI), then check the copy. The file is only read. An encrypted file opens with its passphrase as usual (--passphrase-file…). The evidence on the server is encrypted with the office key: when the server has none, it is made and wrapped with your office passphrase (--office-passphrase-file or asked twice); otherwise that passphrase unlocks it. Nothing is kept on the server unless everything copied and checked.</source>
        <translation>Copia o arquivo de banco de dados informado com --db, com as provas, para um servidor do escritório vazio (--to URI) e depois verifica a cópia. O arquivo só é lido. Um arquivo criptografado abre com a senha dele, como de costume (--passphrase-file…). As provas no servidor são criptografadas com a chave do escritório: se o servidor não tiver uma, ela é criada e protegida com a sua senha do escritório (--office-passphrase-file, ou pedida duas vezes); caso contrário, essa senha a desbloqueia. Nada fica no servidor a menos que tudo tenha sido copiado e verificado.</translation>
    </message>
    <message>
        <source>the office server, a postgresql:// URI (required)</source>
        <translation>o servidor do escritório, uma URI postgresql:// (obrigatório)</translation>
    </message>
    <message>
        <source>your passphrase for the office key, the first line of FILE (not the file&apos;s passphrase)</source>
        <translation>sua senha da chave do escritório, a primeira linha de FILE (não a senha do arquivo)</translation>
    </message>
    <message>
        <source>print a summary as JSON</source>
        <translation>mostra um resumo em JSON</translation>
    </message>
    <message>
        <source>migrate takes no arguments.</source>
        <translation>migrate não aceita argumentos.</translation>
    </message>
    <message>
        <source>migrate needs --to URI.</source>
        <translation>migrate precisa de --to URI.</translation>
    </message>
    <message>
        <source>migrate copies a database file: give --db the file and --to the server.</source>
        <translation>migrate copia um arquivo de banco de dados: informe o arquivo em --db e o servidor em --to.</translation>
    </message>
    <message>
        <source>--to needs an office server&apos;s postgresql:// URI.</source>
        <translation>--to precisa da URI postgresql:// de um servidor do escritório.</translation>
    </message>
    <message>
        <source>The database file is at schema version %1, this version of TrustDesk at %2: open it once with the app or change it with trustdesk-cli to upgrade it, then migrate.</source>
        <translation>O arquivo de banco de dados está na versão de esquema %1, e esta versão do TrustDesk na %2: abra-o uma vez no aplicativo ou altere-o com o trustdesk-cli para atualizá-lo, e depois execute migrate.</translation>
    </message>
    <message>
        <source>The office server already holds data (table &quot;%1&quot; has rows): migrate copies only into an empty office database. Nothing was changed.</source>
        <translation>O servidor do escritório já tem dados (a tabela &quot;%1&quot; tem linhas): migrate só copia para um banco de dados do escritório vazio. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Migrating into the office database</source>
        <translation>Passando os dados para o banco de dados do escritório</translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 bytes</source>
        <translation>Provas: %1 de %2 bytes</translation>
    </message>
    <message>
        <source>Checking the copy: %1 of %2</source>
        <translation>Verificando a cópia: %1 de %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Copiando %1: %2 de %3 linhas</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 já existe; escolha um novo nome para o backup.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Fazendo backup</translation>
    </message>
    <message>
        <source>It holds the whole office database, evidence included, encrypted with the office key: it opens with the passphrase of a person who held the key when it was made.</source>
        <translation>Ele contém todo o banco de dados do escritório, provas incluídas, criptografado com a chave do escritório: abre com a senha de uma pessoa que tinha a chave quando ele foi feito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; the office database is unchanged. %2</source>
        <translation>&quot;%1&quot; não foi restaurado; o banco de dados do escritório não mudou. %2</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Say whose passphrase opens the backup with --login: one of %1.</source>
        <translation>Informe com --login de quem é a senha que abre o backup: um destes: %1.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>A verificação FALHOU: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: %1 (made %2 by %3, schema %4; %n evidence item(s) open whole, audit log of %5 entries chains)</source>
        <translation>
            <numerusform>Backup verificado: %1 (feito em %2 por %3, esquema %4; %n prova abre por inteiro, a cadeia do registro de auditoria de %5 entradas está intacta)</numerusform>
            <numerusform>Backup verificado: %1 (feito em %2 por %3, esquema %4; %n provas abrem por inteiro, a cadeia do registro de auditoria de %5 entradas está intacta)</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy on the server differs from the database file (%1). Nothing was kept on the server.</source>
        <translation>A cópia no servidor é diferente do arquivo de banco de dados (%1). Nada foi mantido no servidor.</translation>
    </message>
    <message>
        <source>Evidence item %1 (%2) of case %3 could not be copied: %4 Nothing was kept on the server.</source>
        <translation>Não foi possível copiar a prova %1 (%2) do caso %3: %4 Nada foi mantido no servidor.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 on the server</source>
        <translation>%1: %2 linhas, %3 no servidor</translation>
    </message>
    <message>
        <source>%1: the rows&apos; contents</source>
        <translation>%1: o conteúdo das linhas</translation>
    </message>
    <message>
        <source>evidence item %1 (%2)</source>
        <translation>prova %1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is now %2 on this office server.</source>
        <translation>O login &quot;%1&quot; agora tem a função %2 neste servidor do escritório.</translation>
    </message>
    <message>
        <source>the person&apos;s server login</source>
        <translation>o login da pessoa no servidor</translation>
    </message>
    <message>
        <source>for role: caseworker, supervisor or admin</source>
        <translation>para role: caseworker, supervisor ou admin</translation>
    </message>
    <message>
        <source>for add: caseworker, supervisor or admin</source>
        <translation>para add: caseworker, supervisor ou admin</translation>
    </message>
    <message>
        <source>for list: print JSON</source>
        <translation>para list: mostra em JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use caseworker, supervisor or admin.</source>
        <translation>&quot;%1&quot; não é uma função: use caseworker, supervisor ou admin.</translation>
    </message>
    <message>
        <source>Staff and roles exist only on an office server: give --db a postgresql:// URI. A database file belongs to whoever can open it.</source>
        <translation>A equipe e as funções só existem em um servidor do escritório: informe em --db uma URI postgresql://. Um arquivo de banco de dados pertence a quem consegue abri-lo.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no role on this office server any more; the login itself was kept.</source>
        <translation>O login &quot;%1&quot; não tem mais nenhuma função neste servidor do escritório; o próprio login foi mantido.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; had no role on this office server.</source>
        <translation>O login &quot;%1&quot; não tinha nenhuma função neste servidor do escritório.</translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity, links between records, the search index and case numbering, and re-hash every evidence file in the store (changed, missing or unexpected files fail). Changes nothing but the evidence chain of custody, which records each verification. With --backup FILE, check an office database&apos;s backup instead, without restoring it: every seal, the row counts, the audit chain and every evidence item&apos;s sealed chunks.</source>
        <translation>Verifica o banco de dados: a integridade do SQLite, as ligações entre os registros, o índice de busca e a numeração dos casos, e recalcula o hash de cada arquivo de prova do depósito (arquivos alterados, faltando ou inesperados fazem a verificação falhar). Não altera nada além da cadeia de custódia das provas, que registra cada verificação. Com --backup FILE, verifica em vez disso o backup de um banco de dados do escritório, sem restaurá-lo: cada selo, a contagem de linhas, a cadeia de auditoria e os blocos selados de cada prova.</translation>
    </message>
    <message>
        <source>check this office backup file instead</source>
        <translation>verifica este arquivo de backup do escritório em vez disso</translation>
    </message>
    <message>
        <source>with --backup: whose copy of the office key opens it (default: the login of --db, or the only one)</source>
        <translation>com --backup: de quem é a cópia da chave do escritório que o abre (padrão: o login de --db, ou o único que houver)</translation>
    </message>
    <message>
        <source>--login goes with --backup.</source>
        <translation>--login acompanha --backup.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure, 4 wrong or missing passphrase or recovery key, 5 not allowed to this login by the office server.</source>
        <translation>Códigos de saída: 0 ok, 1 uso, 2 entrada inválida ou não encontrada, 3 falha de integridade, 4 senha ou chave de recuperação errada ou ausente, 5 o servidor do escritório não o permite a este utilizador.</translation>
    </message>
    <message>
        <source>office passphrase file</source>
        <translation>arquivo da senha do escritório</translation>
    </message>
    <message>
        <source>login password file</source>
        <translation>arquivo da senha do utilizador do servidor</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has a new password; its old one no longer opens the office server.</source>
        <translation>O login &quot;%1&quot; tem uma senha nova; a antiga não abre mais o servidor do escritório.</translation>
    </message>
    <message>
        <source>Manage the people of an office server (admins only). &quot;add LOGIN --role ROLE&quot; gives a login a role, creating the login (without a password, or with the first line of --password-file, ASCII only, of which the server receives only the SCRAM-SHA-256 verifier) when it is missing; &quot;role LOGIN ROLE&quot; changes it; &quot;password LOGIN --password-file FILE&quot; gives a staff member a new password (the same rules) and keeps the role; &quot;remove LOGIN&quot; takes every role away (the login stays); &quot;list&quot; shows login, role and whether the person holds the office key. Roles: caseworker, supervisor, admin.</source>
        <translation>Gerencia as pessoas de um servidor do escritório (só administradores). &quot;add LOGIN --role ROLE&quot; dá uma função a um login e cria o login se ele não existir (sem senha, ou com a primeira linha de --password-file, só ASCII, da qual o servidor recebe apenas o verificador SCRAM-SHA-256); &quot;role LOGIN ROLE&quot; muda a função; &quot;password LOGIN --password-file FILE&quot; dá uma senha nova a um membro da equipe (com as mesmas regras) e mantém a função; &quot;remove LOGIN&quot; tira todas as funções (o login continua existindo); &quot;list&quot; mostra o login, a função e se a pessoa tem a chave do escritório. Funções: caseworker, supervisor, admin.</translation>
    </message>
    <message>
        <source>add, role, password, remove or list</source>
        <translation>add, role, password, remove ou list</translation>
    </message>
    <message>
        <source>for add and password: the login&apos;s password (ASCII), the first line of FILE; only its SCRAM-SHA-256 verifier is sent to the server</source>
        <translation>para add e password: a senha do login (ASCII), a primeira linha de FILE; só o verificador SCRAM-SHA-256 dela é enviado ao servidor</translation>
    </message>
    <message>
        <source>staff needs add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN or list.</source>
        <translation>staff precisa de add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN ou list.</translation>
    </message>
</context>
</TS>
