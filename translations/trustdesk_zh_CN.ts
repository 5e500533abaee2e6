<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the audit log</source>
        <translation>正在写入审计日志</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>正在读取审计日志</translation>
    </message>
    <message>
        <source>Audit entry %1 is the first one but does not start the chain: earlier entries were removed.</source>
        <translation>审计条目 %1 是第一条，但不是链的开头：之前的条目已被删除。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries between them were removed or inserted, or entry %2 was changed.</source>
        <translation>审计条目 %1 没有接在条目 %2 之后：两者之间的条目被删除或插入，或者条目 %2 已被更改。</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its hash does not match its contents.</source>
        <translation>审计条目 %1 在写入后被更改：其哈希值与内容不符。</translation>
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
        <translation>%1：磁盘已满。</translation>
    </message>
    <message>
        <source>%1: the copy could not be completed.</source>
        <translation>%1：无法完成复制。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>“%1”已存在；请为备份选择一个新文件名。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>无法开始备份。</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be created.</source>
        <translation>无法创建备份文件“%1”。</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be opened.</source>
        <translation>无法打开备份文件“%1”。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>The backup file could not be finished.</source>
        <translation>无法完成备份文件。</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>无法将备份写入磁盘。</translation>
    </message>
    <message>
        <source>The backup did not verify, so it was discarded: %1</source>
        <translation>备份未通过验证，已被丢弃：%1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place.</source>
        <translation>无法将备份移到目标位置。</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>不能用数据库自身来恢复它。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>“%1”未恢复：%2</translation>
    </message>
    <message>
        <source>The restore could not be started.</source>
        <translation>无法开始恢复。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>The backup&apos;s evidence folder could not be created: %1</source>
        <translation>无法创建备份的证据文件夹：%1</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>未写入备份：%1</translation>
    </message>
    <message>
        <source>The backup was not written, because evidence files in the store are missing or have changed (run verify to check the whole store):</source>
        <translation>未写入备份，因为证据库中有证据文件缺失或已被更改（运行 verify 检查整个证据库）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, and a backup keeps its evidence there; choose a new file name for the backup.</source>
        <translation>“%1”已存在，而备份会把它的证据放在那里；请为备份选择一个新文件名。</translation>
    </message>
    <message>
        <source>Evidence kept being removed while the backup ran, so it was not written. Try again when no one is removing evidence.</source>
        <translation>备份期间一直有证据被移除，因此未写入备份。请在没有人移除证据时重试。</translation>
    </message>
    <message>
        <source>Evidence files of the backup are missing or have changed:</source>
        <translation>备份中的证据文件缺失或已被更改：</translation>
    </message>
    <message>
        <source>the evidence cannot be written beside the database: %1</source>
        <translation>无法在数据库旁边写入证据：%1</translation>
    </message>
    <message>
        <source>evidence files of the backup are missing or have changed:</source>
        <translation>备份中的证据文件缺失或已被更改：</translation>
    </message>
    <message>
        <source>The database was restored, but its evidence could not be put in place (%1). Run the restore again.</source>
        <translation>数据库已恢复，但无法将它的证据放到位（%1）。请再次运行恢复。</translation>
    </message>
    <message>
        <source>The backup was canceled; nothing was written.</source>
        <translation>备份已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The restore was canceled; nothing was changed.</source>
        <translation>恢复已取消；没有任何更改。</translation>
    </message>
    <message>
        <source>The check of the backup was canceled.</source>
        <translation>备份检查已取消。</translation>
    </message>
    <message>
        <source>This backup is encrypted: it opens only with the passphrase it was made with, or the recovery key.</source>
        <translation>此备份已加密：只能用制作备份时的密码或恢复密钥打开。</translation>
    </message>
    <message>
        <source>the backup cannot be encrypted beside the database: %1</source>
        <translation>无法在数据库旁边加密备份：%1</translation>
    </message>
    <message>
        <source>The backup was not written: the key file could not be copied.</source>
        <translation>未写入备份：无法复制密钥文件。</translation>
    </message>
    <message>
        <source>the backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new database, or encrypt this one first.</source>
        <translation>备份已加密而此数据库未加密，因此其中的个案会以未加密形式写入。请将其恢复到新数据库，或先加密此数据库。</translation>
    </message>
    <message>
        <source>the backup is of another encrypted database, and its evidence files are sealed with that database&apos;s keys. Restore it to a new path instead.</source>
        <translation>此备份来自另一个加密数据库，其证据文件用那个数据库的密钥封存。请改为恢复到新路径。</translation>
    </message>
    <message>
        <source>the backup is not encrypted and holds evidence files, which would be placed unencrypted into this encrypted database. Restore it to a new path, then encrypt that database (trustdesk-cli encrypt).</source>
        <translation>此备份未加密且包含证据文件，这些文件会以未加密形式放入此加密数据库。请将其恢复到新路径，然后加密那个数据库（trustdesk-cli encrypt）。</translation>
    </message>
    <message>
        <source>The database was restored, but the audit entries made since the backup could not be added back to its log: %1</source>
        <translation>数据库已恢复，但备份之后产生的审计条目无法加回其日志：%1</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>TrustDesk backup %1</source>
        <translation>TrustDesk 备份 %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup is in %1.

Its evidence files are in the folder %2 beside it. Keep the two together: copy or move them as a pair, because the backup is not complete without its evidence folder.</source>
        <translation>备份位于 %1。

它的证据文件在旁边的文件夹 %2 中。请让两者始终在一起：复制或移动时要成对进行，因为缺少证据文件夹的备份是不完整的。</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 已存在。备份从不替换任何文件：请选择其他名称。</translation>
    </message>
    <message>
        <source>The folder %1 already exists, and this backup would keep its evidence there. A backup never replaces anything: choose another name.</source>
        <translation>文件夹 %1 已存在，而此备份会把它的证据放在那里。备份从不替换任何内容：请选择其他名称。</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>……还有 %n 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>The cases could not be counted</source>
        <translation>无法统计案件数量</translation>
    </message>
    <message>
        <source>The audit log could not be read</source>
        <translation>无法读取审计日志</translation>
    </message>
</context>
<context>
    <name>BackupWrite</name>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back-up canceled; nothing was written.</source>
        <translation>备份已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>未写入备份。</translation>
    </message>
    <message>
        <source>The changes you have not saved yet in the open case are not in this backup.</source>
        <translation>已打开案件中尚未保存的更改不在此备份中。</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation>备份已写入</translation>
    </message>
</context>
<context>
    <name>BusyTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CaseConflict</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>%1 changed case %2.</source>
        <translation>%1 修改了案件 %2。</translation>
    </message>
    <message>
        <source>%1 changed case %2 at %3.</source>
        <translation>%1 于 %3 修改了案件 %2。</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>个案负责人</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Hidden (sensitive)</source>
        <translation>已隐藏（敏感）</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>警区</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规行为</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>警号 %1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>警员</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>已提交的投诉</translation>
    </message>
    <message>
        <source>%1, %2, tracking number %3, %4</source>
        <translation>%1，%2，受理编号 %3，%4</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>St&amp;atus</source>
        <translation>状态(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>立案日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>结案日期(&amp;C)</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>个案负责人(&amp;W)</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……还有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added:
  %1</source>
        <translation>文件未导入；未添加任何内容：
  %1</translation>
    </message>
    <message>
        <source>The file is empty: it holds no TrustDesk cases.</source>
        <translation>文件是空的：其中没有 TrustDesk 案件。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>文件不是有效的 JSON（第 %1 行，第 %2 列：%3）。</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: it must be a JSON object with &quot;format&quot;: &quot;trustdesk-cases&quot;.</source>
        <translation>这不是 TrustDesk 案件文件：它必须是含有 &quot;format&quot;: &quot;trustdesk-cases&quot; 的 JSON 对象。</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: its &quot;format&quot; must be &quot;trustdesk-cases&quot;.</source>
        <translation>这不是 TrustDesk 案件文件：它的 &quot;format&quot; 必须是 &quot;trustdesk-cases&quot;。</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>文件的 &quot;version&quot; 必须是从 1 开始的整数。</translation>
    </message>
    <message>
        <source>The file was made by a newer TrustDesk (format version %1); this version reads version %2. Update TrustDesk to import it.</source>
        <translation>此文件由较新版本的 TrustDesk 创建（格式版本 %1）；本版本只能读取版本 %2。请更新 TrustDesk 后再导入。</translation>
    </message>
    <message>
        <source>is required and must be a list.</source>
        <translation>是必填项，且必须是列表。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必须是对象。</translation>
    </message>
    <message>
        <source>repeats the reference of cases[%1].</source>
        <translation>与 cases[%1] 的编号重复。</translation>
    </message>
    <message>
        <source>is already used by a case in this database.</source>
        <translation>已被此数据库中的一个案件使用。</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added: %1</source>
        <translation>文件未导入；未添加任何内容：%1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TrustDesk case file.</source>
        <translation>%1 是文件夹，不是 TrustDesk 案件文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB: split it into several files.</source>
        <translation>%1 超过 1 GiB：请拆分成多个文件。</translation>
    </message>
    <message>
        <source>is not a sensitive field.</source>
        <translation>不是敏感字段。</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>must be an object.</source>
        <translation>必须是对象。</translation>
    </message>
    <message>
        <source>is not a known violation category code.</source>
        <translation>不是已知的违规类别代码。</translation>
    </message>
    <message>
        <source>repeats the category &quot;%1&quot;.</source>
        <translation>重复了类别“%1”。</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits.</source>
        <translation>必须是 64 位小写十六进制数字。</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known case status.</source>
        <translation>“%1”不是已知的案件状态。</translation>
    </message>
</context>
<context>
    <name>CaseListCsv</name>
    <message>
        <source>Reference</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>最近一次事件</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>个案负责人</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>导出已停止。</translation>
    </message>
</context>
<context>
    <name>CaseListExportFlow</name>
    <message>
        <source>cases-%1.csv</source>
        <translation>案件-%1.csv</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>导出案件列表</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The case list was not exported: %1</source>
        <translation>案件列表未导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个案件导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>最近事件</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>个案负责人</translation>
    </message>
</context>
<context>
    <name>CaseListReader</name>
    <message>
        <source>Reading the case list</source>
        <translation>正在读取案件列表</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>导出已停止。</translation>
    </message>
    <message>
        <source>%1 cannot be exported in a list.</source>
        <translation>%1 不能导出到列表中。</translation>
    </message>
</context>
<context>
    <name>CaseListXlsx</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>a heading was refused</source>
        <translation>某个列标题无法写入</translation>
    </message>
    <message>
        <source>no header was written</source>
        <translation>尚未写入标题行</translation>
    </message>
    <message>
        <source>The list has more cases than a spreadsheet holds (%1 rows). Narrow the list, or export it as CSV.</source>
        <translation>列表中的案件超过了电子表格能容纳的行数（%1 行）。请缩小列表范围，或导出为 CSV。</translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>个案负责人</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>[withheld]</source>
        <translation>[已隐藏]</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>警区</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规行为</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>警员</translation>
    </message>
    <message>
        <source>%1, badge %2, unit %3, %4</source>
        <translation>%1，警号 %2，单位 %3，%4</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Sensitive fields are withheld. Use --include FIELD or --include-sensitive to show them (recorded in the audit log).</source>
        <translation>敏感字段已隐藏。使用 --include 字段 或 --include-sensitive 来显示（会记入审计日志）。</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>Reading cases</source>
        <translation>正在读取案件</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>案件 %1 的状态未知。</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not saved:
%1</source>
        <translation>案件未保存：
%1</translation>
    </message>
    <message>
        <source>The case %1 no longer exists; it was not saved.</source>
        <translation>案件 %1 已不存在；未保存。</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Deleting the case</source>
        <translation>正在删除案件</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>正在更新搜索索引</translation>
    </message>
    <message>
        <source>%1 Your changes were not saved; nothing was written.</source>
        <translation>%1 您的更改未保存；没有写入任何内容。</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>正在保存案件</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Intake</source>
        <translation>受理中</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>收集证据</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>可以提交</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
</context>
<context>
    <name>CaseTextRedactor</name>
    <message>
        <source>Client notes</source>
        <translation>当事人备注</translation>
    </message>
    <message>
        <source>Incident %1, %2</source>
        <translation>事件 %1，%2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>police district</source>
        <translation>警区</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>经过叙述</translation>
    </message>
    <message>
        <source>Incident %1, officer %2, %3</source>
        <translation>事件 %1，警员 %2，%3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>警徽号码</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Incident %1, witness %2, %3</source>
        <translation>事件 %1，证人 %2，%3</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Evidence %1, %2</source>
        <translation>证据 %1，%2</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>provided by</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Filing %1, %2</source>
        <translation>投诉 %1，%2</translation>
    </message>
    <message>
        <source>filed with</source>
        <translation>提交对象</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>跟踪编号</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Follow-up %1, note</source>
        <translation>跟进 %1，备注</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The case reference must look like TD-2026-00042.</source>
        <translation>案件编号格式应类似 TD-2026-00042。</translation>
    </message>
    <message>
        <source>The date the case was opened is required.</source>
        <translation>必须填写立案日期。</translation>
    </message>
    <message>
        <source>A case cannot be closed before it was opened.</source>
        <translation>结案日期不能早于立案日期。</translation>
    </message>
    <message>
        <source>Say whom the complaint was filed with.</source>
        <translation>请说明投诉提交给了哪个机构。</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>跟进事项需要截止日期。</translation>
    </message>
    <message>
        <source>The SHA-256 must be 64 lowercase hexadecimal digits.</source>
        <translation>SHA-256 必须是 64 位小写十六进制数字。</translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation>大小不能为负数。</translation>
    </message>
    <message>
        <source>The original file name is required.</source>
        <translation>必须填写原始文件名。</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name, or mark the client as anonymous.</source>
        <translation>请输入当事人姓名，或将当事人标记为匿名。</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>这看起来不像电话号码。</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>这看起来不像电子邮件地址。</translation>
    </message>
    <message>
        <source>The incident date is required.</source>
        <translation>必须填写事件日期。</translation>
    </message>
    <message>
        <source>Unknown violation category &quot;%1&quot;.</source>
        <translation>未知的违规类别“%1”。</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, badge number or a description.</source>
        <translation>请填写警员的姓名、警号或外貌描述。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>这个日期在未来。</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Saving the case</source>
        <translation>正在保存案件</translation>
    </message>
    <message>
        <source>The case numbering could not be read.</source>
        <translation>无法读取案件编号。</translation>
    </message>
    <message>
        <source>The client this case belongs to no longer exists.</source>
        <translation>此案件所属的当事人已不存在。</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Anonymous client</source>
        <translation>匿名当事人</translation>
    </message>
</context>
<context>
    <name>ClientCopy</name>
    <message>
        <source>Your complaint</source>
        <translation>您的投诉</translation>
    </message>
    <message>
        <source>A short record of the complaint about police conduct filed for you, and what to do next. Keep this paper in a safe place.</source>
        <translation>这是为您提交的警察行为投诉的简要记录，以及接下来该做什么。请把这张纸放在安全的地方。</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <source>To be filed with:</source>
        <translation>将提交给：</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>准备日期：</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>受理编号：</translation>
    </message>
    <message>
        <source>Filed with:</source>
        <translation>已提交给：</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>提交日期：</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>事件日期：</translation>
    </message>
    <message>
        <source>What the complaint is about:</source>
        <translation>投诉内容：</translation>
    </message>
    <message>
        <source>Your caseworker:</source>
        <translation>您的个案负责人：</translation>
    </message>
    <message>
        <source>The client copy could not be printed.</source>
        <translation>无法打印当事人副本。</translation>
    </message>
    <message>
        <source>Your legal-aid office:</source>
        <translation>您的法律援助办公室：</translation>
    </message>
</context>
<context>
    <name>ClientField</name>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>常用名</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>需要口译员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>出生国家</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>移民身份</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>A 号码</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>同意提交</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Sensitive: withheld from complaint reports, exports and printouts unless someone deliberately includes it (which is recorded).</source>
        <translation>敏感：不会出现在投诉报告、导出文件和打印件中，除非有人有意包含它（这会被记录）。</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>需要口译员</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>电子邮件(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>同意提交</translation>
    </message>
    <message>
        <source>Sensitive field</source>
        <translation>敏感字段</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>全名(&amp;N)</translation>
    </message>
    <message>
        <source>Prefe&amp;rred name</source>
        <translation>常用名(&amp;R)</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage</source>
        <translation>首选语言(&amp;G)</translation>
    </message>
    <message>
        <source>Coun&amp;try of birth</source>
        <translation>出生国家(&amp;T)</translation>
    </message>
    <message>
        <source>Immigration &amp;status</source>
        <translation>移民身份(&amp;S)</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>A 号码</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ClientMatcher</name>
    <message>
        <source>Looking for existing clients</source>
        <translation>正在查找已有的当事人</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>create or migrate the database</source>
        <translation>创建或升级数据库</translation>
    </message>
    <message>
        <source>list cases, optionally of one status</source>
        <translation>列出案件，可只列出某一状态的案件</translation>
    </message>
    <message>
        <source>full-text search over cases</source>
        <translation>全文搜索案件</translation>
    </message>
    <message>
        <source>check integrity and invariants (exit 3 on failure)</source>
        <translation>检查完整性和规则（失败时退出码为 3）</translation>
    </message>
    <message>
        <source>add fictional demo cases (for demos and benchmarks)</source>
        <translation>添加虚构的演示案件（用于演示和性能测试）</translation>
    </message>
    <message>
        <source>export cases as TrustDesk JSON</source>
        <translation>将案件导出为 TrustDesk JSON</translation>
    </message>
    <message>
        <source>import a TrustDesk JSON file, all or nothing</source>
        <translation>导入 TrustDesk JSON 文件，要么全部导入，要么都不导入</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>显示一个案件</translation>
    </message>
    <message>
        <source>attach files to a case as evidence</source>
        <translation>将文件作为证据附加到案件</translation>
    </message>
    <message>
        <source>write the client&apos;s copy of a complaint as a PDF</source>
        <translation>将投诉的当事人副本写成 PDF</translation>
    </message>
    <message>
        <source>list a case&apos;s evidence (SHA-256 first)</source>
        <translation>列出案件的证据（SHA-256 在前）</translation>
    </message>
    <message>
        <source>export a case&apos;s evidence with a manifest</source>
        <translation>导出案件的证据及清单</translation>
    </message>
    <message>
        <source>write a case&apos;s complaint submission as a PDF</source>
        <translation>将案件的投诉提交材料写成 PDF</translation>
    </message>
    <message>
        <source>write a consistent, verified copy of the database and its evidence</source>
        <translation>写入一份一致且经过验证的数据库及其证据的副本</translation>
    </message>
    <message>
        <source>replace the database and its evidence with a verified backup</source>
        <translation>用经过验证的备份替换数据库及其证据</translation>
    </message>
    <message>
        <source>remove an evidence item from a case, with a reason</source>
        <translation>从案件中移除一个证据项目，并说明原因</translation>
    </message>
    <message>
        <source>list the audit log; &quot;audit verify&quot; checks its chain (exit 3 on a break)</source>
        <translation>列出审计日志；&quot;audit verify&quot; 检查其链（链断开时退出码为 3）</translation>
    </message>
    <message>
        <source>change an encrypted database&apos;s passphrase</source>
        <translation>更改加密数据库的密码</translation>
    </message>
    <message>
        <source>encrypt a plaintext database in place, safely</source>
        <translation>安全地就地加密未加密的数据库</translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one to the current schema. A new database is encrypted: its passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal), and its recovery key is shown once or written to --recovery-key-out.</source>
        <translation>创建数据库，或将现有数据库更新到当前结构。新数据库会被加密：其密码来自 --passphrase-file（或 TRUSTDESK_PASSPHRASE_FILE 指定的文件，或在终端上询问两次），其恢复密钥显示一次或写入 --recovery-key-out。</translation>
    </message>
    <message>
        <source>show or set the caseworker profile recorded as the actor</source>
        <translation>显示或设置作为操作人记录的个案负责人资料</translation>
    </message>
    <message>
        <source>rights guidance: list, show (--pdf), search, version, install</source>
        <translation>权利指南：list、show (--pdf)、search、version、install</translation>
    </message>
    <message>
        <source>store a redacted copy of an image (boxes filled or pixelated)</source>
        <translation>保存图片的遮盖副本（方框涂黑或打上马赛克）</translation>
    </message>
    <message>
        <source>suggest boxes over faces in an image, for review</source>
        <translation>在图片中的人脸上建议方框，供审核</translation>
    </message>
    <message>
        <source>list repeat officers, or the cases of one badge number</source>
        <translation>列出多次出现的警员，或某个警号的案件</translation>
    </message>
    <message>
        <source>count cases and incidents by category, month, district…</source>
        <translation>按类别、月份、警区等统计案件和事件</translation>
    </message>
    <message>
        <source>manage the office key that encrypts an office server&apos;s evidence</source>
        <translation>管理用于加密办公室服务器上证据的办公室密钥</translation>
    </message>
    <message>
        <source>copy a database file with its evidence into an office server</source>
        <translation>将数据库文件及其证据复制到办公室服务器</translation>
    </message>
    <message>
        <source>manage the people of an office server and their roles</source>
        <translation>管理办公室服务器上的人员及其角色</translation>
    </message>
</context>
<context>
    <name>ComplaintRecipient</name>
    <message>
        <source>Boston Police Department, Internal Affairs Division</source>
        <translation>波士顿警察局内务处</translation>
    </message>
    <message>
        <source>City of Boston, Office of Police Accountability and Transparency</source>
        <translation>波士顿市警察问责与透明办公室</translation>
    </message>
    <message>
        <source>Massachusetts Peace Officer Standards and Training (POST) Commission</source>
        <translation>Massachusetts Peace Officer Standards and Training (POST) Commission</translation>
    </message>
    <message>
        <source>Complaints about any certified officer in the Commonwealth</source>
        <translation>投诉马萨诸塞州内任何持证警员</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Complaint submission %1</source>
        <translation>投诉提交材料 %1</translation>
    </message>
    <message>
        <source>Incident %1 of %2</source>
        <translation>事件 %1/%2</translation>
    </message>
    <message>
        <source>DRAFT: the client&apos;s consent to file is not recorded in the case. Do not send this document until consent is recorded.</source>
        <translation>草稿：案件中没有记录当事人同意提交投诉。在记录同意之前，请不要发送此文件。</translation>
    </message>
    <message>
        <source>Complaint about police conduct</source>
        <translation>关于警察行为的投诉</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件方</translation>
    </message>
    <message>
        <source>The complainant, who asks to remain anonymous</source>
        <translation>投诉人，要求保持匿名</translation>
    </message>
    <message>
        <source>Filed on the complainant&apos;s behalf</source>
        <translation>代表投诉人提交</translation>
    </message>
    <message>
        <source>%1, on the complainant&apos;s behalf</source>
        <translation>%1，代表投诉人</translation>
    </message>
    <message>
        <source>An anonymous complainant</source>
        <translation>一位匿名投诉人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件方</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Not given: the complainant asks to remain anonymous</source>
        <translation>未提供：投诉人要求保持匿名</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>Needed for any interview</source>
        <translation>任何面谈都需要</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Information withheld.</source>
        <translation>已隐去的信息。</translation>
    </message>
    <message>
        <source>To protect the complainant, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the complainant agrees.</source>
        <translation>为保护投诉人，本文件未包含以下类型的信息：%1。如果调查需要且投诉人同意，提交人可以向调查人员提供这些信息。</translation>
    </message>
    <message>
        <source>Included at the filer&apos;s deliberate choice: %1.</source>
        <translation>提交人有意选择包含：%1。</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>警区</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>涉事警员</translation>
    </message>
    <message>
        <source>Name not known</source>
        <translation>姓名不详</translation>
    </message>
    <message>
        <source>No officer could be identified.</source>
        <translation>未能确认任何警员的身份。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Badge numbers are given exactly as the complainant recorded them.</source>
        <translation>警号完全按照投诉人的记录填写。</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>指控</translation>
    </message>
    <message>
        <source>The conduct is described in the account below.</source>
        <translation>具体行为见下面的陈述。</translation>
    </message>
    <message>
        <source> (incident %1)</source>
        <translation> （事件 %1）</translation>
    </message>
    <message>
        <source>Source [%1]: %2, %3.</source>
        <translation>来源 [%1]：%2，%3。</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>No account was written down.</source>
        <translation>没有书面陈述。</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>No witnesses are named.</source>
        <translation>没有列出证人。</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>What they saw or heard</source>
        <translation>他们看到或听到的内容</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>No exhibits are attached.</source>
        <translation>没有附件。</translation>
    </message>
    <message>
        <source>Each exhibit is identified by its SHA-256 fingerprint: any change to the file changes the fingerprint.</source>
        <translation>每个附件都以其 SHA-256 指纹标识：文件的任何改动都会改变指纹。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>无描述</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供人</translation>
    </message>
    <message>
        <source>We ask that you investigate the conduct described above, keep the complainant&apos;s identity and the withheld information confidential, give a tracking number for this complaint, and inform the complainant, through the filer, of the outcome.</source>
        <translation>我们请求贵方调查上述行为，对投诉人的身份和已隐去的信息保密，为本投诉提供受理编号，并通过提交人将结果告知投诉人。</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>请求采取的行动</translation>
    </message>
    <message>
        <source>I declare that the information in this complaint is true and correct to the best of my knowledge.</source>
        <translation>我声明，据我所知，本投诉中的信息真实无误。</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf and with their consent, given on %1. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>我代表投诉人并经其同意（同意日期：%1）提交本投诉。我声明，本投诉如实反映了投诉人和证人告诉我的内容。</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>我代表投诉人提交本投诉。我声明，本投诉如实反映了投诉人和证人告诉我的内容。</translation>
    </message>
    <message>
        <source>The information in this complaint is true and correct to the best of the complainant&apos;s knowledge.</source>
        <translation>据投诉人所知，本投诉中的信息真实无误。</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>签名（可选）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Name (printed)</source>
        <translation>姓名（正楷）</translation>
    </message>
    <message>
        <source>Complaint submission · %1</source>
        <translation>投诉提交材料 · %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>The complaint could not be printed.</source>
        <translation>无法打印投诉。</translation>
    </message>
    <message>
        <source>To protect the complainant and the witnesses, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the people concerned agree.</source>
        <translation>为保护投诉人和证人，本文件未包含以下类型的信息：%1。如果调查需要且相关人员同意，提交人可以向调查人员提供这些信息。</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>已隐去</translation>
    </message>
    <message>
        <source>Words in the accounts below that touch on immigration status were reviewed by the filer and are given as written.</source>
        <translation>以下陈述中涉及移民身份的词语已由提交人审阅，按原文呈现。</translation>
    </message>
    <message>
        <source>Rule: %1, %2.</source>
        <translation>规则：%1，%2。</translation>
    </message>
    <message>
        <source>It applies to: %1.</source>
        <translation>适用于：%1。</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>See also the guidance “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>另见指南“%1”，%2 指南（版本 %3，核对于 %4）。</translation>
    </message>
    <message>
        <source>Guidance: “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>指南：“%1”，%2 指南（版本 %3，核对于 %4）。</translation>
    </message>
    <message>
        <source>Redacted copy of exhibit %1: parts of the image are covered.</source>
        <translation>附件 %1 的遮盖副本：图片的部分内容已被遮盖。</translation>
    </message>
    <message>
        <source>Redacted copy: parts of the image are covered.</source>
        <translation>遮盖副本：图片的部分内容已被遮盖。</translation>
    </message>
    <message>
        <source>Original, not pictured: its redacted copy is exhibit %1.</source>
        <translation>原件，未显示图片：其遮盖副本为附件 %1。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>无法写入电子表格：%1</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>Recording the chain of custody</source>
        <translation>正在写入保管链</translation>
    </message>
    <message>
        <source>Reading the chain of custody</source>
        <translation>正在读取保管链</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Starting to save</source>
        <translation>正在开始保存</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be created.</source>
        <translation>无法创建数据库文件“%1”。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>数据库“%1”不存在。</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>正在打开数据库</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>数据库文件已损坏，无法读取。</translation>
    </message>
    <message>
        <source>This file is not a TrustDesk database. It was left untouched.</source>
        <translation>此文件不是 TrustDesk 数据库。文件未被改动。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of TrustDesk. Update TrustDesk to open it.</source>
        <translation>此数据库由较新版本的 TrustDesk 写入。请更新 TrustDesk 后再打开。</translation>
    </message>
    <message>
        <source>Setting up the database</source>
        <translation>正在设置数据库</translation>
    </message>
    <message>
        <source>The database cannot be opened: the disk is full. Free some space and try again.</source>
        <translation>无法打开数据库：磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The database key is missing.</source>
        <translation>缺少数据库密钥。</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens only with its passphrase or recovery key.</source>
        <translation>此数据库已加密：只能用它的密码或恢复密钥打开。</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>此系统不支持加密。</translation>
    </message>
    <message>
        <source>The database could not be opened encrypted; nothing was written to it.</source>
        <translation>无法以加密方式打开数据库；未向其中写入任何内容。</translation>
    </message>
    <message>
        <source>The encrypted database could not be set up.</source>
        <translation>无法设置加密数据库。</translation>
    </message>
    <message>
        <source>An office server database is not opened with a vault key: its connection is protected by the server&apos;s login and TLS.</source>
        <translation>办公室服务器上的数据库不用加密密钥打开：它的连接由服务器的登录和 TLS 保护。</translation>
    </message>
    <message>
        <source>Starting to save: a save is already under way.</source>
        <translation>无法开始保存：已有一次保存正在进行。</translation>
    </message>
    <message>
        <source>Office servers need Qt&apos;s PostgreSQL driver: install the package libqt6sql6-psql.</source>
        <translation>连接办公室服务器需要 Qt 的 PostgreSQL 驱动：请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>The office database &quot;%1&quot; holds no TrustDesk data yet (run trustdesk-cli init to set it up).</source>
        <translation>办公室数据库“%1”中还没有 TrustDesk 数据（请运行 trustdesk-cli init 进行设置）。</translation>
    </message>
    <message>
        <source>This database is not a TrustDesk database. It was left untouched.</source>
        <translation>此数据库不是 TrustDesk 数据库。数据库未被改动。</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network connection, then try again; nothing you typed is lost.</source>
        <translation>无法连接办公室服务器。请检查网络连接，然后重试；您输入的内容不会丢失。</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a TrustDesk database.</source>
        <translation>文件“%1”是空的。它不是 TrustDesk 数据库。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a TrustDesk database (it is not an SQLite database at all).</source>
        <translation>文件“%1”不是 TrustDesk 数据库（它根本不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged (its header is invalid).</source>
        <translation>文件“%1”已损坏（文件头无效）。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: it is shorter than its own header says (it may have been cut off while copying). It was left untouched.</source>
        <translation>文件“%1”已损坏：它比文件头声明的要短（可能在复制时被截断）。文件未被改动。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a TrustDesk database. It was left untouched.</source>
        <translation>文件“%1”是其他应用程序的 SQLite 数据库，不是 TrustDesk 数据库。文件未被改动。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of TrustDesk (schema %2; this version knows up to %3). Update TrustDesk to open it. It was left untouched.</source>
        <translation>文件“%1”由较新版本的 TrustDesk 写入（结构版本 %2；本版本最高支持 %3）。请更新 TrustDesk 后再打开。文件未被改动。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. TrustDesk needs to write to its database; copy it to a folder you can write to, or change its permissions.</source>
        <translation>文件“%1”是只读的。TrustDesk 需要写入它的数据库；请把它复制到您可以写入的文件夹，或更改它的权限。</translation>
    </message>
    <message>
        <source>The folder holding &quot;%1&quot; is read-only. TrustDesk needs to write beside its database file.</source>
        <translation>包含“%1”的文件夹是只读的。TrustDesk 需要在数据库文件旁边写入文件。</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft has an invalid name.</source>
        <translation>草稿名称无效。</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>无法创建草稿文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>无法删除草稿 %1。</translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <source>Attach Evidence Files</source>
        <translation>附加证据文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this case?

Its file leaves the evidence store unless another case holds the same file. Say why: the reason stays in the chain of custody.</source>
        <translation>要从此案件中移除“%1”吗？

除非另一个案件也有相同的文件，否则它的文件会从证据库中移除。请说明原因：原因会保留在保管链中。</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; is a symbolic link. Choose a real folder.</source>
        <translation>导出文件夹“%1”是符号链接。请选择一个真实的文件夹。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>“%1”已存在，但不是文件夹。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty. Export into a new or empty folder so nothing is overwritten.</source>
        <translation>文件夹“%1”不是空的。请导出到新的或空的文件夹，以免覆盖任何内容。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is missing from the evidence store and was not exported.</source>
        <translation>证据“%1”在证据库中缺失，未导出。</translation>
    </message>
    <message>
        <source>The export folder cannot be written: %1</source>
        <translation>无法写入导出文件夹：%1</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>导出已停止：%1</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; has CHANGED since it was attached (SHA-256 mismatch) and was not exported.</source>
        <translation>证据“%1”在附加后已被更改（SHA-256 不匹配），未导出。</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;: %2</source>
        <translation>证据 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>Its metadata could not be removed (%1), so it was not exported. Export with metadata included to hand it over as stored.</source>
        <translation>无法删除其元数据（%1），因此未导出。如需按存储原样交出，请在导出时包含元数据。</translation>
    </message>
    <message>
        <source>The cleaned copy could not be saved.</source>
        <translation>无法保存清理后的副本。</translation>
    </message>
    <message>
        <source>The exported copy could not be read.</source>
        <translation>无法读取导出的副本。</translation>
    </message>
    <message>
        <source>image too large</source>
        <translation>图像过大</translation>
    </message>
    <message>
        <source>damaged or unusual image</source>
        <translation>图像已损坏或格式特殊</translation>
    </message>
    <message>
        <source>The export folder cannot be written.</source>
        <translation>无法写入导出文件夹。</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written (is the disk full?).</source>
        <translation>无法写入清理后的副本（磁盘是否已满？）。</translation>
    </message>
</context>
<context>
    <name>EvidenceJob</name>
    <message>
        <source>&quot;%1&quot; was not attached: canceled.</source>
        <translation>未附加“%1”：已取消。</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;.</source>
        <translation>已附加“%1”。</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file of imported evidence.</source>
        <translation>已附加“%1”：导入证据的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already attached to this case as &quot;%2&quot;; it is stored once.</source>
        <translation>“%1”已作为“%2”附加到此案件；只保存一次。</translation>
    </message>
    <message>
        <source>Verifying the evidence store</source>
        <translation>正在验证证据库</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) are intact.</source>
        <translation>
            <numerusform>全部 %n 个证据文件完好无损。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file before showing it</source>
        <translation>显示前正在检查文件</translation>
    </message>
</context>
<context>
    <name>EvidenceLabels</name>
    <message>
        <source>Client</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>警员</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>已附加</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>已查看</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>已编辑详情</translation>
    </message>
    <message>
        <source>redacted copy of item %1</source>
        <translation>第 %1 项的遮盖副本</translation>
    </message>
    <message>
        <source>redacted copy of %1</source>
        <translation>%1 的遮盖副本</translation>
    </message>
    <message>
        <source>camera clock</source>
        <translation>相机时钟</translation>
    </message>
    <message>
        <source>time the file was last changed</source>
        <translation>文件最后修改时间</translation>
    </message>
    <message>
        <source>entered by the caseworker</source>
        <translation>由个案负责人填写</translation>
    </message>
    <message>
        <source>source of the time not recorded</source>
        <translation>未记录时间来源</translation>
    </message>
    <message>
        <source>file changed</source>
        <extracomment>A time that is only when the evidence file was last modified, in a narrow table cell.</extracomment>
        <translation>文件修改时间</translation>
    </message>
    <message>
        <source>entered</source>
        <extracomment>A time a caseworker typed in, in a narrow table cell.</extracomment>
        <translation>手动填写</translation>
    </message>
    <message>
        <source>Photo taken %1 (camera clock)</source>
        <translation>照片拍摄于 %1（相机时钟）</translation>
    </message>
    <message>
        <source>Recorded %1 (device clock)</source>
        <translation>录制于 %1（设备时钟）</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when the photo was taken)</source>
        <translation>文件最后修改于 %1（不一定是照片的拍摄时间）</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when it was made)</source>
        <translation>文件最后修改于 %1（不一定是其制作时间）</translation>
    </message>
    <message>
        <source>Photo taken %1 (as entered by the caseworker)</source>
        <translation>照片拍摄于 %1（由个案负责人填写）</translation>
    </message>
    <message>
        <source>Made %1 (as entered by the caseworker)</source>
        <translation>制作于 %1（由个案负责人填写）</translation>
    </message>
    <message>
        <source>Dated %1 (source of the time not recorded)</source>
        <translation>日期为 %1（未记录时间来源）</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>只导入了详细信息；文件不在证据库中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>EvidenceManifest</name>
    <message>
        <source>TrustDesk evidence export</source>
        <translation>TrustDesk 证据导出</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>Exported: %1 by %2</source>
        <translation>导出：%1，由 %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>项目数：%1</translation>
    </message>
    <message>
        <source>Check the files with: sha256sum -c SHA256SUMS</source>
        <translation>用以下命令检查文件：sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>（无文件）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>原始名称：%1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>文件类型：%1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>大小：%1 字节</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Captured: %1</source>
        <translation>拍摄时间：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Added: %1 by %2</source>
        <translation>添加：%1，由 %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>描述：%1</translation>
    </message>
    <message>
        <source>Chain of custody:</source>
        <translation>保管链：</translation>
    </message>
    <message>
        <source>Custody of items removed from the case:</source>
        <translation>已从案件移除的项目的保管记录：</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>removed from this copy (%1); SHA-256 of the copy: %2</source>
        <translation>已从此副本中删除（%1）；副本的 SHA-256：%2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <source>kept as stored (included on purpose)</source>
        <translation>按存储原样保留（特意包含）</translation>
    </message>
    <message>
        <source>not removed: TrustDesk cannot clean this kind of file</source>
        <translation>未删除：TrustDesk 无法清理此类文件</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>元数据：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>EvidenceNames</name>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Type: %1, %2</source>
        <translation>类型：%1，%2</translation>
    </message>
    <message>
        <source>Type: %1, %2 (%3 bytes)</source>
        <translation>类型：%1，%2（%3 字节）</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link. Attach the file it points to instead.</source>
        <translation>“%1”是符号链接。请改为附加它指向的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Attach the files inside it instead.</source>
        <translation>“%1”是文件夹。请改为附加其中的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket) and cannot be attached.</source>
        <translation>“%1”不是普通文件（它是设备、管道或套接字），无法附加。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: permission denied.</source>
        <translation>无法读取文件“%1”：权限不足。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>读取“%1”失败：%2。未保存任何内容。</translation>
    </message>
    <message>
        <source>Writing the copy of &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>写入“%1”的副本失败：%2。未保存任何内容。</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot; could not be copied. Nothing was stored; free some space and try again.</source>
        <translation>磁盘已满：无法复制“%1”。未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was being copied. Nothing was stored; try again once the file is complete.</source>
        <translation>“%1”在复制过程中发生了变化。未保存任何内容；请在文件完整后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted or moved while it was being copied. Nothing was stored.</source>
        <translation>“%1”在复制过程中被删除或移动。未保存任何内容。</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; was canceled. Nothing was stored.</source>
        <translation>已取消复制“%1”。未保存任何内容。</translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation>正在读取证据</translation>
    </message>
    <message>
        <source>Looking up the case</source>
        <translation>正在查找案件</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; is not a folder. Nothing was stored.</source>
        <translation>证据库“%1”不是文件夹。未保存任何内容。</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; could not be created. Nothing was stored.</source>
        <translation>无法创建证据库“%1”。未保存任何内容。</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>未知来源“%1”。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty (0 bytes): there is nothing to attach.</source>
        <translation>文件“%1”是空的（0 字节）：没有可附加的内容。</translation>
    </message>
    <message>
        <source>The evidence store cannot be written: %1. Nothing was stored.</source>
        <translation>无法写入证据库：%1。未保存任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be placed in the evidence store: %2. Nothing was stored.</source>
        <translation>无法将“%1”放入证据库：%2。未保存任何内容。</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>正在附加证据</translation>
    </message>
    <message>
        <source>The new evidence record could not be read back.</source>
        <translation>无法读回新的证据记录。</translation>
    </message>
    <message>
        <source>There is no evidence item %1.</source>
        <translation>没有证据项目 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in the evidence store: only its details were imported.</source>
        <translation>“%1”在证据库中没有文件：只导入了它的详细信息。</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is missing from the evidence store.</source>
        <translation>“%1”的文件在证据库中缺失。</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; has changed since it was attached: its SHA-256 no longer matches.</source>
        <translation>“%1”的文件在附加后已被更改：它的 SHA-256 不再匹配。</translation>
    </message>
    <message>
        <source>Give a reason for removing evidence: it is kept in the chain of custody.</source>
        <translation>请填写移除证据的原因：它会保留在保管链中。</translation>
    </message>
    <message>
        <source>Removing evidence</source>
        <translation>正在移除证据</translation>
    </message>
    <message>
        <source>The file could not be removed from the evidence store: %1</source>
        <translation>无法从证据库中移除文件：%1</translation>
    </message>
    <message>
        <source>Saving the evidence details</source>
        <translation>正在保存证据详细信息</translation>
    </message>
    <message>
        <source>The date captured is in the future. Give a date and time that have passed, or leave it unknown.</source>
        <translation>拍摄日期在未来。请给出已经过去的日期和时间，或将其留为不详。</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; is damaged: it does not decrypt as it was written.</source>
        <translation>&quot;%1&quot; 的存储文件已损坏：无法按写入时的内容解密。</translation>
    </message>
    <message>
        <source>The redacted copy could not be stored: %1. Nothing was stored.</source>
        <translation>无法保存遮盖副本：%1。未保存任何内容。</translation>
    </message>
    <message>
        <source>The redacted copy is empty.</source>
        <translation>遮盖副本为空。</translation>
    </message>
    <message>
        <source>Evidence item %1 is not the file the redaction was made from. Nothing was stored.</source>
        <translation>证据项 %1 不是制作遮盖时所用的文件。未保存任何内容。</translation>
    </message>
    <message>
        <source>Storing a redacted copy</source>
        <translation>正在保存遮盖副本</translation>
    </message>
    <message>
        <source>The evidence on an office server is encrypted with the office key, which is not unlocked.</source>
        <translation>办公室服务器上的证据使用办公室密钥加密，而该密钥尚未解锁。</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreConversion</name>
    <message>
        <source>The evidence can only be encrypted into an encrypted database.</source>
        <translation>证据只能加密到加密数据库中。</translation>
    </message>
    <message>
        <source>The encrypted evidence store must be a new folder, not the plaintext one.</source>
        <translation>加密证据库必须是一个新文件夹，而不是未加密的那个。</translation>
    </message>
    <message>
        <source>The encrypted evidence store &quot;%1&quot; already exists and does not hold the evidence intact:</source>
        <translation>加密证据库 &quot;%1&quot; 已存在，且其中的证据不完整：</translation>
    </message>
    <message>
        <source>The encrypted evidence store cannot be written beside the database: %1</source>
        <translation>无法在数据库旁边写入加密证据库：%1</translation>
    </message>
    <message>
        <source>The evidence was not encrypted, because files in the evidence store are missing or have changed (run verify to check the whole store):</source>
        <translation>证据未加密，因为证据库中有文件缺失或已被更改（运行 verify 检查整个证据库）：</translation>
    </message>
    <message>
        <source>The encrypted evidence did not read back intact, so it was discarded:</source>
        <translation>加密后的证据读回时不完整，因此已丢弃：</translation>
    </message>
    <message>
        <source>The encrypted evidence store could not be put in place: %1</source>
        <translation>无法将加密证据库放到位：%1</translation>
    </message>
    <message>
        <source>The plaintext evidence store &quot;%1&quot; could not be deleted completely.</source>
        <translation>无法完全删除未加密证据库 &quot;%1&quot;。</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreCopy</name>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing (expected at %3).</source>
        <translation>案件 %1：证据“%2”缺失（应位于 %3）。</translation>
    </message>
    <message>
        <source>The disk is full: the evidence could not be copied.</source>
        <translation>磁盘已满：无法复制证据。</translation>
    </message>
    <message>
        <source>The evidence could not be copied: %1</source>
        <translation>无法复制证据：%1</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read (%3).</source>
        <translation>案件 %1：无法读取证据“%2”（%3）。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: a link or folder is in its place (%3).</source>
        <translation>案件 %1：无法检查证据“%2”：它的位置上是一个链接或文件夹（%3）。</translation>
    </message>
    <message>
        <source>Copying the evidence was canceled.</source>
        <translation>已取消复制证据。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; was deleted while it was being read (%3).</source>
        <translation>案件 %1：证据“%2”在读取过程中被删除（%3）。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read to the end (%3).</source>
        <translation>案件 %1：无法完整读取证据“%2”（%3）。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; changed while it was being read (%3).</source>
        <translation>案件 %1：证据“%2”在读取过程中发生了变化（%3）。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>案件 %1：证据“%2”在附加后已被更改：应为 SHA-256 %3，实际为 %4。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is damaged: it does not decrypt, so it was changed, cut short, extended or replaced (%3).</source>
        <translation>个案 %1：证据 &quot;%2&quot; 已损坏：无法解密，说明它被更改、截短、加长或替换（%3）。</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>it cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>a link or folder is in its place</source>
        <translation>其位置上是一个链接或文件夹</translation>
    </message>
    <message>
        <source>The verification was canceled.</source>
        <translation>验证已取消。</translation>
    </message>
    <message>
        <source>it could not be read to the end</source>
        <translation>无法完整读取</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the evidence store (expected at %3).</source>
        <translation>案件 %1：证据“%2”在证据库中缺失（应位于 %3）。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: %3 (%4).</source>
        <translation>案件 %1：无法检查证据“%2”：%3（%4）。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>案件 %1：证据“%2”在附加后已被更改：应为 SHA-256 %3，实际为 %4。</translation>
    </message>
    <message>
        <source>The evidence store %1 is not a folder.</source>
        <translation>证据库 %1 不是文件夹。</translation>
    </message>
    <message>
        <source>The evidence store can be opened by other accounts (mode %1); it should be 0700.</source>
        <translation>其他账户可以打开证据库（权限 %1）；应为 0700。</translation>
    </message>
    <message>
        <source>Unexpected file in the evidence store: %1 (%2).</source>
        <translation>证据库中有意外的文件：%1（%2）。</translation>
    </message>
    <message>
        <source>a symbolic link, not followed</source>
        <translation>符号链接，未跟随</translation>
    </message>
    <message>
        <source>left over from an interrupted import or removal</source>
        <translation>中断的导入或移除留下的文件</translation>
    </message>
    <message>
        <source>not part of the store&apos;s layout</source>
        <translation>不属于证据库的结构</translation>
    </message>
    <message>
        <source>The evidence folder %1 can be opened by other accounts; it should be 0700.</source>
        <translation>其他账户可以打开证据文件夹 %1；应为 0700。</translation>
    </message>
    <message>
        <source>no evidence item holds it</source>
        <translation>没有证据项目使用它</translation>
    </message>
    <message>
        <source>The evidence file %1 can be read by other accounts; it should be 0400.</source>
        <translation>其他账户可以读取证据文件 %1；应为 0400。</translation>
    </message>
    <message>
        <source>it does not decrypt: it was changed, cut short, extended or replaced</source>
        <translation>无法解密：它被更改、截短、加长或替换</translation>
    </message>
    <message>
        <source>The evidence on this office server can be checked only with the office key.</source>
        <translation>此办公室服务器上的证据只能用办公室密钥检查。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the office server.</source>
        <translation>案件 %1：办公室服务器上缺少证据“%2”。</translation>
    </message>
    <message>
        <source>The evidence could not be read from the office server.</source>
        <translation>无法从办公室服务器读取证据。</translation>
    </message>
</context>
<context>
    <name>FaceSuggester</name>
    <message>
        <source>Face suggestions need OpenCV&apos;s face models, which are not installed: %1 is missing or cannot be read. Install the package opencv-data, or draw the boxes by hand.</source>
        <translation>人脸建议需要 OpenCV 的人脸模型，但尚未安装：%1 缺失或无法读取。请安装 opencv-data 软件包，或手动绘制方框。</translation>
    </message>
</context>
<context>
    <name>FieldRegistry</name>
    <message>
        <source>Not a time: type it as HH:MM, e.g. 14:30.</source>
        <translation>不是时间：请按 HH:MM 格式输入，例如 14:30。</translation>
    </message>
    <message>
        <source>Not a date: type it like %1.</source>
        <translation>不是日期：请按 %1 这样的格式输入。</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Open TrustDesk Database</source>
        <translation>打开 TrustDesk 数据库</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite *.trustdesk *.db);;All files (*)</source>
        <translation>TrustDesk 数据库 (*.sqlite *.trustdesk *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New TrustDesk Database</source>
        <translation>新建 TrustDesk 数据库</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite)</source>
        <translation>TrustDesk 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>备份另存为</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk)</source>
        <translation>TrustDesk 备份 (*.trustdesk)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk *.sqlite *.db);;All files (*)</source>
        <translation>TrustDesk 备份 (*.trustdesk *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Recovery Key As</source>
        <translation>恢复密钥另存为</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>导出案件列表</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV 电子表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>导出统计数据</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Office Server&apos;s Certificate Authority</source>
        <translation>办公室服务器的证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore Office Backup</source>
        <translation>恢复办公室备份</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob);;All files (*)</source>
        <translation>TrustDesk 办公室备份 (*.tdob);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>FileMoves</name>
    <message>
        <source>The folder could not be moved into place: %1</source>
        <translation>无法将文件夹移到目标位置：%1</translation>
    </message>
</context>
<context>
    <name>FollowUpQuery</name>
    <message>
        <source>Reading follow-ups</source>
        <translation>正在读取跟进事项</translation>
    </message>
</context>
<context>
    <name>GeneratedReportLog</name>
    <message>
        <source>Recording the generated report</source>
        <translation>正在记录生成的报告</translation>
    </message>
    <message>
        <source>Reading the generated reports</source>
        <translation>正在读取生成的报告</translation>
    </message>
</context>
<context>
    <name>GuidanceHandout</name>
    <message>
        <source>There is no guidance article &quot;%1&quot;.</source>
        <translation>没有指南文章“%1”。</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>该指南没有“%1”版本。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Language: %1 (%2). Translation status: %3.</source>
        <translation>语言：%1（%2）。翻译状态：%3。</translation>
    </message>
    <message>
        <source>Guidance pack %1, version %2, last reviewed %3. This is general information, not legal advice.</source>
        <translation>指南包 %1，版本 %2，最近审核于 %3。这是一般信息，不是法律意见。</translation>
    </message>
    <message>
        <source>TrustDesk rights guidance · %1</source>
        <translation>TrustDesk 权利指南 · %1</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>无法打印资料单。</translation>
    </message>
    <message>
        <source>Your legal-aid office</source>
        <translation>您的法律援助办公室</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>来源最后核对日期：%1</translation>
    </message>
</context>
<context>
    <name>GuidancePackLoader</name>
    <message>
        <source>%1 is missing or unreadable.</source>
        <translation>%1 缺失或无法读取。</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 太大。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>manifest.json: %1 needs a text value for &quot;%2&quot;.</source>
        <translation>manifest.json：%1 的 &quot;%2&quot; 需要一个文本值。</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (at byte %1: %2).</source>
        <translation>manifest.json 不是有效的 JSON（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>manifest.json is not a TrustDesk guidance pack manifest.</source>
        <translation>manifest.json 不是 TrustDesk 指南包清单。</translation>
    </message>
    <message>
        <source>manifest.json: &quot;last_reviewed&quot; must be a date like 2026-11-24.</source>
        <translation>manifest.json：&quot;last_reviewed&quot; 必须是类似 2026-11-24 的日期。</translation>
    </message>
    <message>
        <source>manifest.json: source %1 needs a web address (https://…).</source>
        <translation>manifest.json：来源 %1 需要一个网址（https://…）。</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has direction &quot;%2&quot;; use ltr or rtl.</source>
        <translation>manifest.json：语言 %1 的方向为“%2”；请使用 ltr 或 rtl。</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has an unknown review status &quot;%2&quot;.</source>
        <translation>manifest.json：语言 %1 的审核状态“%2”未知。</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid language code.</source>
        <translation>manifest.json：“%1”不是有效的语言代码。</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid article id.</source>
        <translation>manifest.json：“%1”不是有效的文章标识。</translation>
    </message>
    <message>
        <source>manifest.json must list sources, languages and articles.</source>
        <translation>manifest.json 必须列出来源、语言和文章。</translation>
    </message>
    <message>
        <source>The source language %1 is not among the pack&apos;s languages.</source>
        <translation>源语言 %1 不在指南包的语言中。</translation>
    </message>
    <message>
        <source>Article %1 is listed twice.</source>
        <translation>文章 %1 被列出了两次。</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 缺失或为空。</translation>
    </message>
    <message>
        <source>%1 must start with its title as a &quot;# &quot; heading.</source>
        <translation>%1 必须以“# ”标题形式的文章标题开头。</translation>
    </message>
    <message>
        <source>%1 cites source %2, which the manifest does not list.</source>
        <translation>%1 引用了来源 %2，但清单中没有列出它。</translation>
    </message>
    <message>
        <source>%1 links to article %2, which does not exist.</source>
        <translation>%1 链接到文章 %2，但该文章不存在。</translation>
    </message>
    <message>
        <source>manifest.json: source %1 has the date &quot;%2&quot;; use 2019, 2019-12 or 2019-12-04.</source>
        <translation>manifest.json：来源 %1 的日期为“%2”；请使用 2019、2019-12 或 2019-12-04。</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs at least one citation.</source>
        <translation>manifest.json：文章 %1 至少需要一条引用。</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs &quot;last_checked&quot;, a date like 2026-11-24.</source>
        <translation>manifest.json：文章 %1 需要 &quot;last_checked&quot;，即类似 2026-11-24 的日期。</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs a known review status and a date for %2.</source>
        <translation>manifest.json：文章 %1 需要已知的审核状态以及 %2 的日期。</translation>
    </message>
    <message>
        <source>manifest.json: article %1 cites source %2, which the manifest does not list.</source>
        <translation>manifest.json：文章 %1 引用了来源 %2，但清单中没有列出该来源。</translation>
    </message>
    <message>
        <source>manifest.json: article %1 has a review for %2, which is not a language of the pack.</source>
        <translation>manifest.json：文章 %1 有针对 %2 的审核，但 %2 不是该指南包的语言。</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names source %2, which the manifest does not list.</source>
        <translation>manifest.json：规则 %1 指向来源 %2，但清单中没有列出该来源。</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names article %2, which does not exist.</source>
        <translation>manifest.json：规则 %1 指向文章 %2，但该文章不存在。</translation>
    </message>
    <message>
        <source>manifest.json: the violation category %1 is given to more than one rule.</source>
        <translation>manifest.json：违规类别 %1 被分配给了多条规则。</translation>
    </message>
    <message>
        <source>This guidance pack uses format version %1; this TrustDesk reads versions 1 to %2.</source>
        <translation>此指南包使用格式版本 %1；此 TrustDesk 只能读取版本 1 至 %2。</translation>
    </message>
    <message>
        <source>manifest.json: &quot;pack_version&quot; must be numbers and dots, like 1.2.</source>
        <translation>manifest.json：&quot;pack_version&quot; 必须由数字和点组成，例如 1.2。</translation>
    </message>
    <message>
        <source>%1 links to source %2, which has no web address.</source>
        <translation>%1 链接到来源 %2，但该来源没有网址。</translation>
    </message>
</context>
<context>
    <name>GuidancePackStore</name>
    <message>
        <source>The guidance update could not be written to %1.</source>
        <translation>无法将指南更新写入 %1。</translation>
    </message>
    <message>
        <source>This pack is for &quot;%1&quot;; the guidance in use is &quot;%2&quot;. Nothing was installed.</source>
        <translation>此指南包适用于“%1”；正在使用的指南是“%2”。未安装任何内容。</translation>
    </message>
    <message>
        <source>This pack is version %1; the guidance in use is already version %2. Only a newer version replaces it.</source>
        <translation>此指南包的版本为 %1；正在使用的指南已是版本 %2。只有更新的版本才能替换它。</translation>
    </message>
</context>
<context>
    <name>ImageRedactor</name>
    <message>
        <source>The file is not an image that can be redacted (JPEG, PNG, BMP, GIF or WebP).</source>
        <translation>该文件不是可以遮盖的图片（JPEG、PNG、BMP、GIF 或 WebP）。</translation>
    </message>
    <message>
        <source>The redacted image could not be encoded.</source>
        <translation>无法生成遮盖后的图片。</translation>
    </message>
    <message>
        <source>The image is too large to redact (more than %1 MB).</source>
        <translation>图片太大，无法遮盖（超过 %1 MB）。</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>机构(&amp;G)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>陈述(&amp;N)</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>警员</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>&amp;Police district</source>
        <translation>警区(&amp;P)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>is required but missing.</source>
        <translation>是必填项，但缺失。</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>必须是文本。</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>必须是 true 或 false。</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>必须是整数。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>是必填项。</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-01.</source>
        <translation>必须是类似 2026-03-01 的日期。</translation>
    </message>
    <message>
        <source>must be a time like 14:30.</source>
        <translation>必须是类似 14:30 的时间。</translation>
    </message>
    <message>
        <source>must be a UTC date and time like 2026-03-01T14:30:00Z.</source>
        <translation>必须是类似 2026-03-01T14:30:00Z 的 UTC 日期和时间。</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>必须是列表。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必须是对象。</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>不是已知字段。</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>无法读取%1 &quot;%2&quot;：%3。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty: its first line must hold it.</source>
        <translation>%1 &quot;%2&quot; 是空的：其第一行必须包含它。</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>恢复密钥文件</translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation>密码文件</translation>
    </message>
    <message>
        <source>This database is encrypted and there is no terminal to ask for its passphrase. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or give the recovery key with --recovery-key-file FILE.</source>
        <translation>此数据库已加密，且没有终端可以询问密码。请用 --passphrase-file 文件 提供密码（或在环境变量 %1 中指定该文件），或用 --recovery-key-file 文件 提供恢复密钥。</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>未提供密码。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>A new encrypted database needs a passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or add --unencrypted for throwaway data.</source>
        <translation>新的加密数据库需要密码，且没有终端可以询问。请用 --passphrase-file 文件 提供密码（或在环境变量 %1 中指定该文件），或对临时数据加上 --unencrypted。</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>新密码（至少 %1 个字符）：</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>Encrypting needs a new passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1). Nothing was changed.</source>
        <translation>加密需要一个新密码，且没有终端可以询问。请用 --passphrase-file FILE 提供密码（或在环境变量 %1 中指定该文件）。未做任何更改。</translation>
    </message>
    <message>
        <source>The office key needs a passphrase for your login, and there is no terminal to ask for it. Give it with %1 FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <extracomment>%1 is the option that names the passphrase file, --passphrase-file or --office-passphrase-file</extracomment>
        <translation>打开办公室密钥需要您登录帐户的密码，且没有终端可以询问。请用 %1 FILE 提供密码（密码写在 FILE 的第一行）。未做任何更改。</translation>
    </message>
    <message>
        <source>The new passphrase is needed, and there is no terminal to ask for it. Give it with --new-passphrase-file FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <translation>需要新密码，且没有终端可以询问。请用 --new-passphrase-file FILE 提供（密码写在 FILE 的第一行）。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>海地克里奥尔语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>佛得角克里奥尔语</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁体）</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>索马里语</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name, own name</comment>
        <translation>%1（%2）</translation>
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
        <translation>TrustDesk 无法打开此数据库。</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>MetadataScrubber</name>
    <message>
        <source>This image is damaged or in a form TrustDesk cannot clean of metadata.</source>
        <translation>此图像已损坏，或其格式使 TrustDesk 无法清除元数据。</translation>
    </message>
    <message>
        <source>The cleaned PDF would overwrite a file.</source>
        <translation>清理后的 PDF 会覆盖一个文件。</translation>
    </message>
    <message>
        <source>PDF metadata cannot be removed here: qpdf and bubblewrap (packages qpdf and bubblewrap) are needed to open the PDF safely.</source>
        <translation>此处无法删除 PDF 元数据：需要 qpdf 和 bubblewrap（软件包 qpdf 和 bubblewrap）才能安全地打开 PDF。</translation>
    </message>
    <message>
        <source>This PDF is damaged or could not be rebuilt without its metadata.</source>
        <translation>此 PDF 已损坏，或无法在去除元数据后重建。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation>正在升级数据库</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>数据库文件已损坏，无法读取。</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>正在创建数据库</translation>
    </message>
    <message>
        <source>This version of TrustDesk cannot set up an office database.</source>
        <translation>此版本的 TrustDesk 无法设置办公室数据库。</translation>
    </message>
    <message>
        <source>The office database is damaged: its schema version is unknown.</source>
        <translation>办公室数据库已损坏：其结构版本未知。</translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>请至少使用 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>两次输入的密码不一致。请两次输入相同的密码。</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Choose another.</source>
        <translation>新密码与当前密码相同。请另选一个。</translation>
    </message>
</context>
<context>
    <name>OfficeBackup</name>
    <message>
        <source>The backup file could not be written.</source>
        <translation>无法写入备份文件。</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>已取消；未写入备份。</translation>
    </message>
    <message>
        <source>The backup holds a column this version of TrustDesk does not know (%1.%2); restore it with the version that made it.</source>
        <translation>备份中有此版本的 TrustDesk 不认识的列（%1.%2）；请用制作该备份的版本来恢复它。</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>正在备份办公室数据库</translation>
    </message>
    <message>
        <source>Only an office database is backed up this way.</source>
        <translation>只有办公室数据库才用这种方式备份。</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with `trustdesk-cli office-key init`.</source>
        <translation>此办公室数据库还没有办公室密钥，因此无法加密其备份。请先用 `trustdesk-cli office-key init` 创建密钥。</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 已存在；请为备份选择一个新名称。</translation>
    </message>
    <message>
        <source>The backup file could not be made in %1.</source>
        <translation>无法在 %1 中创建备份文件。</translation>
    </message>
    <message>
        <source>The office database has a table this version of TrustDesk cannot back up (%1); nothing was written.</source>
        <translation>办公室数据库中有此版本的 TrustDesk 无法备份的表（%1）；未写入任何内容。</translation>
    </message>
    <message>
        <source>The backup did not verify after writing; nothing was kept. %1</source>
        <translation>备份写入后未通过验证；未保留任何内容。%1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as %1.</source>
        <translation>无法将备份移到目标位置 %1。</translation>
    </message>
    <message>
        <source>Restoring the office database</source>
        <translation>正在恢复办公室数据库</translation>
    </message>
    <message>
        <source>An office backup restores into an office database.</source>
        <translation>办公室备份只能恢复到办公室数据库中。</translation>
    </message>
    <message>
        <source>The office database holds data already; a backup is restored only into an empty one. Make a new database on the server (createdb) and restore into it.</source>
        <translation>办公室数据库中已有数据；备份只能恢复到空数据库中。请在服务器上新建一个数据库（createdb），然后恢复到其中。</translation>
    </message>
    <message>
        <source>The backup was made by a newer TrustDesk; update TrustDesk to restore it.</source>
        <translation>此备份由较新版本的 TrustDesk 制作；请更新 TrustDesk 后再恢复。</translation>
    </message>
    <message>
        <source>The backup holds a table this version of TrustDesk does not know (%1).</source>
        <translation>备份中有此版本的 TrustDesk 不认识的表（%1）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>已取消；未恢复任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it is not the backup as it was written.</source>
        <translation>“%1”已损坏或不完整：它已不是写入时的那个备份。</translation>
    </message>
    <message>
        <source>The sealed content of evidence item %1 in the backup does not open whole with the office key.</source>
        <translation>备份中证据项目 %1 的封存内容无法用办公室密钥完整打开。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup of an office database.</source>
        <translation>“%1”不是办公室数据库的备份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer TrustDesk; update TrustDesk to open it.</source>
        <translation>“%1”由较新版本的 TrustDesk 制作；请更新 TrustDesk 后再打开。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; held no copy of the office key when the backup was made; it opens with the passphrase of one of: %2.</source>
        <translation>制作备份时，登录帐户“%1”没有办公室密钥的副本；此备份可用以下任一登录帐户的密码打开：%2。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The audit log in the backup does not chain at entry %1.</source>
        <translation>备份中的审计日志在条目 %1 处断链。</translation>
    </message>
    <message>
        <source>The office backup cannot be opened without the office key.</source>
        <translation>没有办公室密钥就无法打开办公室备份。</translation>
    </message>
</context>
<context>
    <name>OfficeBackupFlow</name>
    <message>
        <source>TrustDesk office backup %1</source>
        <translation>TrustDesk 办公室备份 %1</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>正在备份办公室数据库</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with trustdesk-cli office-key init.</source>
        <translation>此办公室数据库还没有办公室密钥，因此无法加密其备份。请先用 trustdesk-cli office-key init 创建密钥。</translation>
    </message>
    <message>
        <source>The backup is encrypted with the office key, which is not unlocked. Connect again (File › Connect to Office Server…) and give your office key passphrase, then back up.</source>
        <translation>备份使用办公室密钥加密，而该密钥尚未解锁。请重新连接（文件 › 连接到办公室服务器…）并输入您的办公室密钥密码，然后再备份。</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup is in %1, written and checked.

It holds the whole office database, evidence included, encrypted with the office key: it opens with the office key passphrase of anyone who held the key today. Keep it somewhere other than the server.</source>
        <translation>备份已写入 %1 并经过检查。

它包含整个办公室数据库（包括证据），并用办公室密钥加密：今天持有该密钥的任何人都可以用自己的办公室密钥密码打开它。请把它保存在服务器以外的地方。</translation>
    </message>
    <message>
        <source>Save Office Backup As</source>
        <translation>办公室备份另存为</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob)</source>
        <translation>TrustDesk 办公室备份 (*.tdob)</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 已存在。备份从不替换任何文件：请选择其他名称。</translation>
    </message>
</context>
<context>
    <name>OfficeBackupUnlock</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Whose office key passphrase opens this backup? It opens with the passphrase of a person who held the office key when it was made.</source>
        <translation>要用谁的办公室密钥密码打开此备份？它可以用制作备份时持有办公室密钥的人的密码打开。</translation>
    </message>
    <message>
        <source>Your login %1 held no copy of the office key when this backup was made. Whose office key passphrase opens it?</source>
        <translation>制作此备份时，您的登录帐户 %1 没有办公室密钥的副本。要用谁的办公室密钥密码打开它？</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>This backup holds no copy of the office key, so it cannot be opened.</source>
        <translation>此备份中没有办公室密钥的任何副本，因此无法打开。</translation>
    </message>
    <message>
        <source>The office key passphrase of login %1 (when the backup was made):</source>
        <translation>登录帐户 %1 的办公室密钥密码（制作备份时的）：</translation>
    </message>
    <message>
        <source>Open the Office Backup</source>
        <translation>打开办公室备份</translation>
    </message>
    <message>
        <source>Opening the backup with the passphrase…</source>
        <translation>正在用密码打开备份…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Try again (login %1):</source>
        <translation>该密码无法打开此备份。请重试（登录帐户 %1）：</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key stored on the server is damaged. Ask the office&apos;s administrator to restore it from a backup.</source>
        <translation>服务器上保存的办公室密钥已损坏。请让办公室管理员从备份中恢复它。</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>内存不足，无法验证密码（需要 256 MiB）。</translation>
    </message>
</context>
<context>
    <name>OfficeKeyUnlock</name>
    <message>
        <source>Without the office key, evidence cannot be opened or attached, and drafts are kept in memory only.</source>
        <translation>没有办公室密钥，就无法打开或附加证据，草稿也只保存在内存中。</translation>
    </message>
    <message>
        <source>Unlock the Office Key</source>
        <translation>解锁办公室密钥</translation>
    </message>
    <message>
        <source>This office server has no office key yet. %1</source>
        <translation>此办公室服务器还没有办公室密钥。%1</translation>
    </message>
    <message>
        <source>Your login %1 cannot open the office key yet. Ask a colleague who holds it to run:

trustdesk-cli office-key add %1

%2</source>
        <translation>您的登录帐户 %1 还不能打开办公室密钥。请让一位已有密钥的同事运行：

trustdesk-cli office-key add %1

%2</translation>
    </message>
    <message>
        <source>Office Key</source>
        <translation>办公室密钥</translation>
    </message>
    <message>
        <source>Your login %1 holds no office key: ask a colleague to run “trustdesk-cli office-key add %1”.</source>
        <translation>您的登录帐户 %1 没有办公室密钥：请让一位同事运行“trustdesk-cli office-key add %1”。</translation>
    </message>
    <message>
        <source>Your passphrase for the office key (login %1):</source>
        <translation>您的办公室密钥密码（登录帐户 %1）：</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key. Try again (login %1):</source>
        <translation>该密码无法打开办公室密钥。请重试（登录帐户 %1）：</translation>
    </message>
    <message>
        <source>Unlocking the office key…</source>
        <translation>正在解锁办公室密钥…</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>Reading the office key</source>
        <translation>正在读取办公室密钥</translation>
    </message>
    <message>
        <source>An office key exists only in an office server&apos;s database.</source>
        <translation>只有办公室服务器的数据库才有办公室密钥。</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so it cannot hold evidence. An administrator makes one with `trustdesk-cli office-key init`.</source>
        <translation>此办公室服务器还没有办公室密钥，因此不能存放证据。管理员可以用 `trustdesk-cli office-key init` 创建密钥。</translation>
    </message>
    <message>
        <source>The office key was made by a newer version of TrustDesk. Update TrustDesk to use the evidence on this server.</source>
        <translation>办公室密钥是由更新版本的 TrustDesk 创建的。请更新 TrustDesk，才能使用此服务器上的证据。</translation>
    </message>
    <message>
        <source>Storing the office key</source>
        <translation>正在保存办公室密钥</translation>
    </message>
    <message>
        <source>This office server has an office key already; it is never replaced (that would make its evidence unreadable). Add people with `trustdesk-cli office-key add`.</source>
        <translation>此办公室服务器已有办公室密钥；密钥永远不会被替换（否则其中的证据将无法读取）。请用 `trustdesk-cli office-key add` 添加人员。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key. A colleague who has one adds it with `trustdesk-cli office-key add %1`.</source>
        <translation>登录帐户“%1”没有办公室密钥的副本。请一位已有密钥的同事用 `trustdesk-cli office-key add %1` 为其添加。</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>请指定要添加的登录帐户。</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was added.</source>
        <translation>该密钥不是本办公室的密钥；未添加任何内容。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds a copy of the office key already; nothing was changed.</source>
        <translation>登录帐户“%1”已有办公室密钥的副本；未做任何更改。</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was changed.</source>
        <translation>该密钥不是本办公室的密钥；未做任何更改。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key; nothing was changed.</source>
        <translation>登录帐户“%1”没有办公室密钥的副本；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>OfficeRestoreFlow</name>
    <message>
        <source>Restoring an office backup</source>
        <translation>正在恢复办公室备份</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>恢复已取消；没有任何更改。</translation>
    </message>
    <message>
        <source>Restore canceled; the office database %1 was left empty.</source>
        <translation>恢复已取消；办公室数据库 %1 仍为空。</translation>
    </message>
    <message>
        <source>The backup was not restored; the office database %1 was left as empty as it was.</source>
        <translation>备份未恢复；办公室数据库 %1 仍和原来一样是空的。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored, and nothing was changed.</source>
        <translation>无法恢复“%1”，没有任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>The office database %1 now holds the %Ln case(s) of the backup %2, with their evidence and audit log; the backup and the audit log&apos;s chain were checked.</source>
        <translation>
            <numerusform>办公室数据库 %1 现在包含备份 %2 中的 %Ln 个案件及其证据和审计日志；备份和审计日志的链都已检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>已恢复到 %1。</translation>
    </message>
    <message>
        <source>Switch this window to the restored database? The window is on %1 now.</source>
        <translation>要将此窗口切换到恢复后的数据库吗？此窗口当前显示的是 %1。</translation>
    </message>
    <message>
        <source>&amp;Switch to Restored Database</source>
        <translation>切换到恢复后的数据库(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tay Here</source>
        <translation>留在这里(&amp;T)</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>caseworker</source>
        <translation>个案负责人</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3</source>
        <translation>办公室服务器：%2 上的 %1，登录帐户 %3</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3 (%4)</source>
        <translation>办公室服务器：%2 上的 %1，登录帐户 %3（%4）</translation>
    </message>
</context>
<context>
    <name>OfficeTransfer</name>
    <message>
        <source>Copying the database to the server</source>
        <translation>正在将数据库复制到服务器</translation>
    </message>
    <message>
        <source>The server has no table &quot;%1&quot;.</source>
        <translation>服务器上没有表“%1”。</translation>
    </message>
    <message>
        <source>The server has a table this version of TrustDesk cannot copy (&quot;%1&quot;): use the version that made it.</source>
        <translation>服务器上有此版本的 TrustDesk 无法复制的表（“%1”）：请使用创建它的版本。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>OfficerQuery</name>
    <message>
        <source>Reading officers</source>
        <translation>正在读取警员</translation>
    </message>
</context>
<context>
    <name>OfficerRosterModel</name>
    <message>
        <source>(agency unknown)</source>
        <translation>（机构不明）</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规行为</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>首次事件</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>最近一次事件</translation>
    </message>
</context>
<context>
    <name>PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Stopped: &quot;%1&quot; was not written.</source>
        <translation>已停止：未写入“%1”。</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>&quot;%1&quot; was not written.</source>
        <translation>未写入“%1”。</translation>
    </message>
</context>
<context>
    <name>PgConnectFailure</name>
    <message>
        <source>Cannot reach the office server at %1. Check the network or ask your administrator; nothing was lost, try again.</source>
        <translation>无法连接位于 %1 的办公室服务器。请检查网络或询问您的管理员；没有丢失任何内容，请重试。</translation>
    </message>
    <message>
        <source>The office server wants a password for the login %1. Enter your server password and try again.</source>
        <translation>办公室服务器要求登录帐户 %1 提供密码。请输入您的服务器密码，然后重试。</translation>
    </message>
    <message>
        <source>The server refused the password for the login %1. Check the password (capitals count) and try again, or ask your administrator.</source>
        <translation>服务器拒绝了登录帐户 %1 的密码。请检查密码（区分大小写）后重试，或询问您的管理员。</translation>
    </message>
    <message>
        <source>The office server at %1 did not let the login %2 open the database %3: the database may not exist there, or the server does not accept this login from this computer. Ask your administrator.</source>
        <translation>位于 %1 的办公室服务器不允许登录帐户 %2 打开数据库 %3：该数据库可能不在那台服务器上，或者服务器不接受从这台计算机使用此登录帐户。请询问您的管理员。</translation>
    </message>
    <message>
        <source>The office server at %1 could not be reached, or it refused the login. Try again; nothing was lost.</source>
        <translation>无法连接位于 %1 的办公室服务器，或者服务器拒绝了该登录帐户。请重试；没有丢失任何内容。</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The server address is not usable: %1</source>
        <translation>服务器地址无法使用：%1</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>它必须以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>only one server can be named (no commas).</source>
        <translation>只能指定一台服务器（不能有逗号）。</translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;.</source>
        <translation>数据库名称不能包含“/”。</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; cannot contain &quot;;&quot;.</source>
        <translation>“%1”的值不能包含“;”。</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported.</source>
        <translation>不支持参数“%1”。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>这台计算机</translation>
    </message>
</context>
<context>
    <name>RedactJob</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Covering the marked areas…</source>
        <translation>正在遮盖标出的区域…</translation>
    </message>
    <message>
        <source>Making the new image…</source>
        <translation>正在生成新图片…</translation>
    </message>
    <message>
        <source>Storing the copy and its record…</source>
        <translation>正在保存副本及其记录…</translation>
    </message>
</context>
<context>
    <name>RedactionRecord</name>
    <message>
        <source>Unknown redaction method &quot;%1&quot;. Use fill or pixelate.</source>
        <translation>未知的遮盖方式“%1”。请使用 fill 或 pixelate。</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; is not four whole numbers X,Y,W,H (left, top, width, height in pixels).</source>
        <translation>方框“%1”不是四个整数 X,Y,W,H（左、上、宽、高，单位为像素）。</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; has no area: its width and height must be at least 1.</source>
        <translation>方框“%1”没有面积：宽和高必须至少为 1。</translation>
    </message>
    <message>
        <source>Give at least one box to redact.</source>
        <translation>请至少给出一个要遮盖的方框。</translation>
    </message>
    <message>
        <source>The box %1 has no area: its width and height must be at least 1.</source>
        <translation>方框 %1 没有面积：宽和高必须至少为 1。</translation>
    </message>
    <message>
        <source>The box %1 is not inside the image, which is %2×%3 pixels (upright).</source>
        <translation>方框 %1 不在图片内，图片为 %2×%3 像素（摆正后）。</translation>
    </message>
    <message>
        <source>The redaction record cannot be read.</source>
        <translation>无法读取遮盖记录。</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Checking the Backup</source>
        <translation>正在检查备份</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>恢复已取消；没有任何更改。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: it did not pass its check, so nothing was changed.</source>
        <translation>无法恢复“%1”：它没有通过检查，因此没有任何更改。</translation>
    </message>
    <message>
        <source>The case you are editing has changes that are not saved. Save or close it first, then restore the backup.</source>
        <translation>您正在编辑的案件有未保存的更改。请先保存或关闭它，然后再恢复备份。</translation>
    </message>
    <message>
        <source>%1 is the database TrustDesk has open. Choose a backup of it instead.</source>
        <translation>%1 是 TrustDesk 当前打开的数据库。请改为选择它的备份。</translation>
    </message>
    <message>
        <source>Replace the cases in TrustDesk with the cases in the backup?</source>
        <translation>用备份中的案件替换 TrustDesk 中的案件？</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln case(s) in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>
            <numerusform>TrustDesk 中现有的 %Ln 个案件及其证据将被备份中的案件替换。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cases in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>TrustDesk 中现有的案件及其证据将被备份中的案件替换。</translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s); its newest recorded change is from %2.</source>
        <translation>
            <numerusform>备份“%1”包含 %Ln 个案件；其中最新记录的更改时间为 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s).</source>
        <translation>
            <numerusform>备份“%1”包含 %Ln 个案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything added or changed since that backup will be lost. The backup itself is not changed.</source>
        <translation>该备份之后添加或更改的所有内容都将丢失。备份本身不会被更改。</translation>
    </message>
    <message>
        <source>&amp;Replace with Backup</source>
        <translation>用备份替换(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The restore did not finish.</source>
        <translation>恢复未完成。</translation>
    </message>
    <message>
        <source>The backup was not restored, and nothing was changed.</source>
        <translation>备份未恢复，没有任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk now holds the %Ln case(s) of the backup %1, with their evidence.</source>
        <translation>
            <numerusform>TrustDesk 现在包含备份 %1 中的 %Ln 个案件及其证据。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an encrypted backup, and the database open now is not encrypted: restoring it here would put its cases on this disk unencrypted, so it was not restored. Encrypt this database first (Encrypt… above the cases), then restore.</source>
        <translation>“%1”是加密备份，而当前打开的数据库未加密：在此恢复会把其中的案件以未加密形式存放在这块磁盘上，因此没有恢复。请先加密此数据库（案件列表上方的“加密…”），然后再恢复。</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Filed with</source>
        <translation>提交给</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>待办内容</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>警员</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>证词</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Add co&amp;mplaint</source>
        <translation>添加投诉(&amp;M)</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>添加跟进事项</translation>
    </message>
    <message>
        <source>Add office&amp;r</source>
        <translation>添加警员(&amp;R)</translation>
    </message>
    <message>
        <source>Add witne&amp;ss</source>
        <translation>添加证人(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ScramVerifier</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>The login password is empty.</source>
        <translation>登录密码为空。</translation>
    </message>
    <message>
        <source>A login password may use only ASCII letters, digits, punctuation and spaces (no accented letters or other scripts): the server prepares other characters in a way TrustDesk cannot reproduce exactly, which could lock the person out. Choose a longer password of ASCII characters instead.</source>
        <translation>登录密码只能使用 ASCII 字母、数字、标点和空格（不能有带重音的字母或其他文字）：服务器对其他字符的处理方式 TrustDesk 无法完全重现，可能导致此人无法登录。请改用一个更长的、只含 ASCII 字符的密码。</translation>
    </message>
    <message>
        <source>The login password cannot be prepared.</source>
        <translation>无法处理登录密码。</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation>正在创建搜索索引</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>正在更新搜索索引</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>正在整理搜索索引</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>正在搜索</translation>
    </message>
</context>
<context>
    <name>SensitiveDetail</name>
    <message>
        <source>Witness contact details</source>
        <translation>证人联系方式</translation>
    </message>
</context>
<context>
    <name>ServerEvidence</name>
    <message>
        <source>The evidence could not be encrypted.</source>
        <translation>无法加密证据。</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the database reported an unexpected error.</source>
        <translation>%1：数据库报告了意外错误。</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program. Try again in a moment.</source>
        <translation>%1：数据库正被另一个程序使用。请稍后重试。</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (it is read-only).</source>
        <translation>%1：无法写入数据库文件（它是只读的）。</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>%1：磁盘已满。请释放一些空间后重试；未保存任何内容。</translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written.</source>
        <translation>%1：无法读取或写入数据库文件。</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1：数据库文件已损坏。</translation>
    </message>
    <message>
        <source>%1: the data conflicts with what is already stored.</source>
        <translation>%1：数据与已存储的内容冲突。</translation>
    </message>
    <message>
        <source>%1: the connection to the office server was lost. Try again in a moment.</source>
        <translation>%1：与办公室服务器的连接已断开。请稍后重试。</translation>
    </message>
    <message>
        <source>%1: the office server does not allow this login to make this change.</source>
        <translation>%1：办公室服务器不允许此登录帐户进行这项更改。</translation>
    </message>
    <message>
        <source>%1: the office server&apos;s disk is full; nothing was saved. Tell the office admin.</source>
        <translation>%1：办公室服务器的磁盘已满；未保存任何内容。请告知办公室管理员。</translation>
    </message>
    <message>
        <source>%1: your role on the office server does not allow this. Ask the office admin if you need it.</source>
        <translation>%1：您在办公室服务器上的角色不允许这样做。如有需要，请询问办公室管理员。</translation>
    </message>
    <message>
        <source>%1: the office server refused this login. Ask your administrator.</source>
        <translation>%1：办公室服务器拒绝了此登录帐户。请询问您的管理员。</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>Managing the office&apos;s staff</source>
        <translation>正在管理办公室人员</translation>
    </message>
    <message>
        <source>That login cannot be staff: it is a superuser, a group or a system role.</source>
        <translation>该登录帐户不能作为办公室人员：它是超级用户、用户组或系统角色。</translation>
    </message>
    <message>
        <source>%1: only an office admin may do this, and your login is not one. Ask an admin to do it, or to make you one (trustdesk-cli staff role LOGIN admin).</source>
        <translation>%1：只有办公室管理员才能这样做，而您的登录帐户不是管理员。请让管理员来做，或让管理员把您设为管理员（trustdesk-cli staff role LOGIN admin）。</translation>
    </message>
    <message>
        <source>Setting a staff member&apos;s password</source>
        <translation>正在设置办公室人员的密码</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot; on this office server (trustdesk-cli staff list shows them).</source>
        <translation>此办公室服务器上没有人员“%1”（trustdesk-cli staff list 会列出所有人员）。</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Other agency %1</source>
        <translation>其他机构 %1</translation>
    </message>
    <message>
        <source>Other outcome %1</source>
        <translation>其他结果 %1</translation>
    </message>
    <message>
        <source>Other district %1</source>
        <translation>其他警区 %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>违规类别</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>警区</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>Complaint outcome</source>
        <translation>投诉结果</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>No category recorded</source>
        <translation>未记录类别</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Filed, no status recorded</source>
        <translation>已提交，未记录状态</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>The caseworkers could not be read.</source>
        <translation>无法读取个案负责人。</translation>
    </message>
</context>
<context>
    <name>StatisticsChart</name>
    <message>
        <source>suppressed</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Shaded: the count is suppressed (below the threshold).</source>
        <translation>阴影表示该计数已隐藏（低于阈值）。</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>导出统计数据</translation>
    </message>
    <message>
        <source>Exported to %1. As for any published figures, no count below %2 is shown: %3 count(s) were hidden for being small and %4 more so that they cannot be worked out from the totals.</source>
        <translation>已导出到 %1。与所有公开发布的数字一样，小于 %2 的计数都不显示：有 %3 个计数因数值太小而被隐藏，另有 %4 个计数被隐藏，以免从合计中推算出它们。</translation>
    </message>
    <message>
        <source>Exported to %1 with every count shown (no suppression).</source>
        <translation>已导出到 %1，显示了所有计数（未隐藏任何计数）。</translation>
    </message>
    <message numerus="yes">
        <source>%n rare agency or outcome name(s) are replaced by &quot;Other …&quot;.</source>
        <translation>
            <numerusform>有 %n 个少见的机构或结果名称被替换为“其他 …”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>无法在审计日志中记录这次导出：%1</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>Counting cases for the statistics</source>
        <translation>正在为统计数据计算案件</translation>
    </message>
    <message>
        <source>The statistics could not be counted: the database could not be read.</source>
        <translation>无法计算统计数据：无法读取数据库。</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Reported police conduct by %1 and %2</source>
        <translation>按%1和%2统计的已报告警察行为</translation>
    </message>
    <message>
        <source>Reported police conduct by %1</source>
        <translation>按%1统计的已报告警察行为</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2.</source>
        <translation>%1 至 %2 的事件。</translation>
    </message>
    <message>
        <source>All incidents recorded up to %1.</source>
        <translation>截至 %1 记录的所有事件。</translation>
    </message>
    <message>
        <source>Cases with the status %1 only.</source>
        <translation>仅限状态为 %1 的案件。</translation>
    </message>
    <message>
        <source>The cases of one caseworker only.</source>
        <translation>仅限一位个案负责人的案件。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Totals count each case and incident once; one can fall in several rows or columns, so the totals can be less than the sum of their cells.</source>
        <translation>合计中每个案件和事件只计算一次；一个案件或事件可能同时属于几行或几列，所以合计可能小于各单元格之和。</translation>
    </message>
    <message>
        <source>Table %1. Cases and incidents by %2</source>
        <translation>表 %1. 按%2统计的案件和事件</translation>
    </message>
    <message>
        <source>Table %1. %2 by %3 (rows) and %4 (columns)</source>
        <translation>表 %1. 按%3（行）和%4（列）统计的%2</translation>
    </message>
    <message>
        <source>What is counted.</source>
        <translation>统计什么。</translation>
    </message>
    <message>
        <source>A case is counted when at least one of its incidents falls in the period and passes the filters; a case with no recorded incident is not counted. Violation category, month, quarter, police district and agency describe an incident; case status and complaint outcome describe the case. The outcome is the status of the case&apos;s latest complaint submission as recorded, ignoring capitals and spacing; &quot;Not filed&quot; when there is none. Agencies are grouped ignoring capitals and spacing.</source>
        <translation>当一个案件至少有一个事件落在所选期间内并符合筛选条件时，该案件才被计入；没有记录任何事件的案件不计入。违规类别、月份、季度、警区和机构描述的是事件；案件状态和投诉结果描述的是案件。投诉结果是该案件最近一次投诉提交材料所记录的状态，不区分大小写和空格；如果没有提交，则为“未提交”。机构按名称分组，不区分大小写和空格。</translation>
    </message>
    <message>
        <source>Overlapping rows.</source>
        <translation>重叠的行。</translation>
    </message>
    <message>
        <source>An incident can allege several violation categories, and a case can have incidents in several months, districts or agencies; it then counts once in each row or column it belongs to. Totals count every case and incident once, so they can be smaller than the sum of their rows.</source>
        <translation>一个事件可能涉及几种违规类别，一个案件也可能有发生在不同月份、警区或机构的事件；这时它会在所属的每一行或每一列中各计算一次。合计中每个案件和事件只计算一次，所以合计可能小于各行之和。</translation>
    </message>
    <message>
        <source>Suppression.</source>
        <translation>隐藏小计数。</translation>
    </message>
    <message>
        <source>To protect the people behind small numbers, no count from 1 to %1 is shown: %2 count(s) of cases and %3 of incidents were hidden for that reason (primary suppression). So that none of them can be worked out by subtracting from a row, column or grand total, or from any combination of them, %4 further count(s) of cases and %5 of incidents were hidden, the smallest possible first (complementary suppression). A dash (–) marks a hidden count. Zeros are shown: they describe no one.</source>
        <translation>为了保护小数字背后的人，1 到 %1 之间的计数都不显示：因此隐藏了 %2 个案件计数和 %3 个事件计数（首要隐藏）。为了不让任何人通过从行合计、列合计或总计（或它们的任意组合）中相减推算出这些数字，又隐藏了 %4 个案件计数和 %5 个事件计数，并尽量先隐藏最小的（补充隐藏）。短横线（–）表示被隐藏的计数。零会显示出来：它们不涉及任何人。</translation>
    </message>
    <message>
        <source>No count was suppressed (the threshold was set to 1).</source>
        <translation>没有隐藏任何计数（阈值设为 1）。</translation>
    </message>
    <message>
        <source>This report holds no names, case references, badge numbers or narratives. Agency names and complaint outcomes are typed by caseworkers; any that counts fewer than %1 cases is not named (&quot;Other agency 1&quot;).</source>
        <translation>本报告不含任何姓名、案件编号、警号或经过叙述。机构名称和投诉结果由个案负责人输入；案件数少于 %1 的名称不会列出（显示为“其他机构 1”）。</translation>
    </message>
    <message>
        <source>%1 row(s) or column(s) were left unnamed for that reason.</source>
        <translation>因此有 %1 行或列没有显示名称。</translation>
    </message>
    <message>
        <source>Privacy.</source>
        <translation>隐私。</translation>
    </message>
    <message>
        <source>Source.</source>
        <translation>来源。</translation>
    </message>
    <message>
        <source>The office&apos;s TrustDesk case records, counted on %1.</source>
        <translation>本办公室的 TrustDesk 案件记录，统计于 %1。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>%1 cases, %2 incidents</source>
        <translation>%1 个案件，%2 个事件</translation>
    </message>
    <message>
        <source>Figure 1. %1 by %2</source>
        <translation>图 1. 按%2统计的%1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>The statistics could not be printed.</source>
        <translation>无法打印统计数据。</translation>
    </message>
</context>
<context>
    <name>TextScanner</name>
    <message>
        <source>[withheld]</source>
        <translation>[已隐藏]</translation>
    </message>
</context>
<context>
    <name>VaultConversion</name>
    <message>
        <source>The encrypted copy does not hold the same data as the original (%1); the original was kept unchanged.</source>
        <translation>加密副本中的数据与原件不同（%1）；原件保持不变。</translation>
    </message>
    <message>
        <source>The encrypted copy could not be read back; the original was kept unchanged.</source>
        <translation>无法读回加密副本；原件保持不变。</translation>
    </message>
    <message>
        <source>its schema</source>
        <translation>其结构</translation>
    </message>
    <message>
        <source>The encryption was canceled; nothing was changed.</source>
        <translation>加密已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <source>The database is open in TrustDesk or another program. Close it there and try again; nothing was changed.</source>
        <translation>数据库已在 TrustDesk 或其他程序中打开。请在那里关闭后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>The database could not be encrypted (%1); the original was kept unchanged.</source>
        <translation>无法加密数据库（%1）；原件保持不变。</translation>
    </message>
    <message>
        <source>the copy could not be started</source>
        <translation>无法开始复制</translation>
    </message>
    <message>
        <source>the tables could not be made</source>
        <translation>无法创建表</translation>
    </message>
    <message>
        <source>the rows could not be copied</source>
        <translation>无法复制行</translation>
    </message>
    <message>
        <source>the indexes could not be made</source>
        <translation>无法创建索引</translation>
    </message>
    <message>
        <source>the copy could not be finished</source>
        <translation>无法完成复制</translation>
    </message>
    <message>
        <source>encryption is not available on this system</source>
        <translation>此系统不支持加密</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>无法打开副本</translation>
    </message>
    <message>
        <source>the copy could not be set up</source>
        <translation>无法设置副本</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>无法将副本写入磁盘</translation>
    </message>
    <message>
        <source>The encrypted copy did not pass its integrity check; the original was kept unchanged.</source>
        <translation>加密副本未通过完整性检查；原件保持不变。</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>The database is being encrypted by another program right now. Wait for it to finish.</source>
        <translation>另一个程序正在加密此数据库。请等待其完成。</translation>
    </message>
    <message>
        <source>The interrupted encryption could not be finished: %1</source>
        <translation>无法完成被中断的加密：%1</translation>
    </message>
    <message>
        <source>The files of an interrupted encryption could not be removed.</source>
        <translation>无法删除被中断的加密所留下的文件。</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be created</source>
        <translation>无法创建 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This database is already encrypted.</source>
        <translation>此数据库已加密。</translation>
    </message>
    <message>
        <source>An earlier encryption of this database did not finish; finish or undo it first.</source>
        <translation>此数据库之前的一次加密没有完成；请先完成或撤销它。</translation>
    </message>
    <message>
        <source>The evidence of this database could not be counted.</source>
        <translation>无法统计此数据库的证据。</translation>
    </message>
    <message>
        <source>the key file could not be put in place</source>
        <translation>无法将密钥文件放到位</translation>
    </message>
    <message>
        <source>The database is encrypted, but the old unencrypted evidence folder &quot;%1&quot; could not be deleted completely. Run `trustdesk-cli encrypt` again to delete it.</source>
        <translation>数据库已加密，但旧的未加密证据文件夹“%1”未能完全删除。请再次运行 `trustdesk-cli encrypt` 以删除它。</translation>
    </message>
    <message>
        <source>This database has evidence files, and this conversion does not encrypt them; nothing was changed.</source>
        <translation>此数据库包含证据文件，而本次转换不会加密这些文件；未做任何更改。</translation>
    </message>
    <message>
        <source>The encryption stopped while the encrypted copy was being put in place (%1). Nothing is lost: run `trustdesk-cli encrypt` again, or open the database in TrustDesk, to finish it.</source>
        <translation>加密在放置加密副本时停止（%1）。没有丢失任何内容：请再次运行 `trustdesk-cli encrypt`，或在 TrustDesk 中打开数据库，以完成加密。</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>The key file of this encrypted database is damaged. Use a backup of the database together with its key file.</source>
        <translation>此加密数据库的密钥文件已损坏。请将数据库的备份与它的密钥文件一起使用。</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; could not be written: %2</source>
        <translation>无法写入密钥文件“%1”：%2</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; is missing: an encrypted database cannot be opened without it.</source>
        <translation>缺少密钥文件“%1”：没有它就无法打开加密数据库。</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of TrustDesk. Update TrustDesk to open this database.</source>
        <translation>此密钥文件由较新版本的 TrustDesk 写入。请更新 TrustDesk 后再打开此数据库。</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>此系统不支持加密。</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; a key file is never replaced by a new one.</source>
        <translation>“%1”已存在；密钥文件从不会被新文件替换。</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the passphrase (256 MiB are needed).</source>
        <translation>内存不足，无法保护密码（需要 256 MiB）。</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>内存不足，无法验证密码（需要 256 MiB）。</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 13 groups of four letters and digits.</source>
        <translation>这不是恢复密钥：恢复密钥由 13 组组成，每组四个字母或数字。</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>恢复密钥不正确。</translation>
    </message>
    <message>
        <source>That key does not belong to this database.</source>
        <translation>该密钥不属于此数据库。</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Verifying the database</source>
        <translation>正在验证数据库</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>数据库文件已损坏：%1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性检查：%1</translation>
    </message>
    <message>
        <source>The file does not carry TrustDesk&apos;s application id.</source>
        <translation>此文件没有 TrustDesk 的应用程序标识。</translation>
    </message>
    <message>
        <source>The schema is version %1; this TrustDesk uses %2 (run init to upgrade).</source>
        <translation>数据库结构版本为 %1；本 TrustDesk 使用版本 %2（运行 init 进行升级）。</translation>
    </message>
    <message>
        <source>Broken link between records: %1</source>
        <translation>记录之间的链接已断开：%1</translation>
    </message>
    <message>
        <source>Case %1 is missing from the search index.</source>
        <translation>案件 %1 在搜索索引中缺失。</translation>
    </message>
    <message>
        <source>The search index holds an entry (%1) for a case that no longer exists.</source>
        <translation>搜索索引中有一个条目（%1）属于已不存在的案件。</translation>
    </message>
    <message>
        <source>Client record %1 belongs to no case.</source>
        <translation>当事人记录 %1 不属于任何案件。</translation>
    </message>
    <message>
        <source>Case %1 was closed before it was opened.</source>
        <translation>案件 %1 的结案日期早于立案日期。</translation>
    </message>
    <message>
        <source>Evidence record %1 has an invalid SHA-256.</source>
        <translation>证据记录 %1 的 SHA-256 无效。</translation>
    </message>
    <message>
        <source>Incident record %1 has no date.</source>
        <translation>事件记录 %1 没有日期。</translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; is not in the TD-YYYY-NNNNN form.</source>
        <translation>案件编号“%1”不符合 TD-YYYY-NNNNN 格式。</translation>
    </message>
    <message>
        <source>The case numbering for %1 is behind case %2; a new case could reuse its number.</source>
        <translation>%1 年的案件编号落后于案件 %2；新案件可能会重复使用它的编号。</translation>
    </message>
    <message>
        <source>The search index is inconsistent and needs rebuilding.</source>
        <translation>搜索索引不一致，需要重建。</translation>
    </message>
</context>
<context>
    <name>ViolationCategory</name>
    <message>
        <source>Sharing personal information without lawful basis</source>
        <translation>无合法依据共享个人信息</translation>
    </message>
    <message>
        <source>Police shared personally identifiable information (such as a name, address or immigration details) with immigration enforcement without a lawful basis.</source>
        <translation>警方在没有合法依据的情况下，将个人身份信息（如姓名、地址或移民信息）提供给移民执法部门。</translation>
    </message>
    <message>
        <source>Honoring a civil immigration detainer without legal authority</source>
        <translation>无法律授权执行民事移民扣留请求</translation>
    </message>
    <message>
        <source>Police held a person, or arranged a hand-over, because of a civil immigration detainer request, without legal authority or contrary to policy.</source>
        <translation>警方因民事移民扣留请求（detainer）而扣留某人或安排移交，但没有法律授权或违反政策。</translation>
    </message>
    <message>
        <source>Questioning or detention solely on immigration suspicion</source>
        <translation>仅因怀疑移民身份而盘问或拘留</translation>
    </message>
    <message>
        <source>Police questioned, stopped or held a person only because they suspected something about the person&apos;s immigration status.</source>
        <translation>警方仅因怀疑某人的移民身份而盘问、拦截或扣留此人。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Other conduct related to cooperation with immigration enforcement; describe it in the narrative.</source>
        <translation>与配合移民执法有关的其他行为；请在陈述中描述。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrustDesk: document police misconduct and file complaints.</source>
        <translation>TrustDesk：记录警察不当行为并提交投诉。</translation>
    </message>
    <message>
        <source>open the database at PATH (created when missing), or connect to the office server at a postgresql:// URI</source>
        <translation>打开 PATH 处的数据库（不存在时创建），或连接到 postgresql:// URI 所指的办公室服务器</translation>
    </message>
</context>
<context>
    <name>td::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Filter by case, action or person, e.g. TD-2026-00042 or case.view_sensitive</source>
        <translation>按案件、操作或人员筛选，例如 TD-2026-00042 或 case.view_sensitive</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>筛选审计日志</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln event(s)</source>
        <translation>
            <numerusform>显示 %1 条，共 %Ln 条事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::BackupKeyDialog</name>
    <message>
        <source>Encrypted Backup</source>
        <translation>加密备份</translation>
    </message>
    <message>
        <source>This backup is encrypted. It opens with the passphrase the database had on the day of the backup, or its recovery key.</source>
        <translation>此备份已加密。需使用备份当天数据库的密码或其恢复密钥打开。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>td::ui::BackupProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>正在复制数据库…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>Copying the evidence files and checking each one…</source>
        <translation>正在复制证据文件并逐一检查…</translation>
    </message>
    <message>
        <source>Checking every evidence file…</source>
        <translation>正在检查所有证据文件…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>正在将备份放到位…</translation>
    </message>
    <message>
        <source>Replacing the cases with the backup&apos;s. This cannot be canceled now.</source>
        <translation>正在用备份中的案件替换现有案件。现在无法取消。</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Checking the whole backup before anything is written…</source>
        <translation>正在检查整个备份，检查完才会写入任何内容…</translation>
    </message>
    <message>
        <source>Writing the backup&apos;s cases, evidence and audit log into the empty office database…</source>
        <translation>正在将备份中的案件、证据和审计日志写入空的办公室数据库…</translation>
    </message>
    <message>
        <source>Saving the restored database. This cannot be canceled now.</source>
        <translation>正在保存恢复后的数据库。现在无法取消。</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseDetailPanel</name>
    <message>
        <source>Select a case in the list to see its details.</source>
        <translation>在列表中选择一个案件以查看详情。</translation>
    </message>
    <message>
        <source>Show sensitive fields</source>
        <translation>显示敏感字段</translation>
    </message>
    <message>
        <source>Immigration status, A-number, address and other fields that could endanger the client, and the witnesses&apos; contact details. Showing them is recorded in the audit log.</source>
        <translation>移民身份、A 号码、地址以及其他可能危及当事人的字段，还有证人的联系方式。显示这些信息会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseEditor</name>
    <message>
        <source>The case this draft belongs to no longer exists; the draft will be saved as a new case.</source>
        <translation>此草稿所属的案件已不存在；草稿将保存为新案件。</translation>
    </message>
    <message>
        <source>Restored the unsaved draft from %1. Save it to keep it.</source>
        <translation>已恢复 %1 的未保存草稿。请保存以保留它。</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Remove Incident</source>
        <translation>移除事件</translation>
    </message>
    <message>
        <source>Remove incident %1 and everything entered for it?</source>
        <translation>要移除事件 %1 及其中填写的所有内容吗？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Not saved yet: please fix the fields marked in red.</source>
        <translation>尚未保存：请修改标红的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept in a draft.</source>
        <translation>未保存：%1 您填写的内容已保存在草稿中。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard the changes to this case?</source>
        <translation>要放弃对此案件的更改吗？</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>That client changed meanwhile; search again.</source>
        <translation>该当事人在此期间已被更改；请重新搜索。</translation>
    </message>
    <message>
        <source>Linked to the existing client of %1.</source>
        <translation>已关联到 %1 的现有当事人。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新案件</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>当事人(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation>移除事件</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>已提交的投诉</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>保存案件（%1）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>保存案件</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>关闭案件</translation>
    </message>
    <message>
        <source>Filing and follow-&amp;ups</source>
        <translation>提交与跟进(&amp;U)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Save the case first; then attach photos, recordings and documents.</source>
        <translation>请先保存案件，然后再附加照片、录音录像和文档。</translation>
    </message>
    <message>
        <source>Case Changed Elsewhere</source>
        <translation>案件已在别处被修改</translation>
    </message>
    <message>
        <source>Not saved: this case was changed elsewhere. Your entries are kept in a draft.</source>
        <translation>未保存：此案件已在别处被修改。您输入的内容保留在草稿中。</translation>
    </message>
    <message>
        <source>This case was deleted elsewhere. Saving will keep your entries in a draft; nothing is lost.</source>
        <translation>此案件已在别处被删除。保存时，您输入的内容会保留在草稿中；不会丢失任何内容。</translation>
    </message>
    <message>
        <source>This case was changed elsewhere (in another window or by trustdesk-cli) since you opened it. When you save, you choose which version to keep.</source>
        <translation>自您打开此案件以来，它已在别处（另一个窗口或 trustdesk-cli）被修改。保存时，由您选择保留哪个版本。</translation>
    </message>
    <message>
        <source>Not revealed: %1</source>
        <translation>未显示：%1</translation>
    </message>
    <message>
        <source>no field you can see (the same values were saved again)</source>
        <translation>没有可见的字段（只是再次保存了相同的内容）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1

Changed since you opened it: %2.

Keep your version (it replaces theirs, and the audit log records that you overwrote it), take theirs (your version is kept as a draft), or go back to editing?</source>
        <translation>%1

自您打开以来已更改的部分：%2。

要保留您的版本（它会替换对方的版本，审计日志会记录您覆盖了对方的更改），采用对方的版本（您的版本会保存为草稿），还是返回继续编辑？</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>保留我的版本(&amp;M)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>采用对方的版本(&amp;T)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Their version was not loaded: yours could not be kept as a draft, so it stays here.</source>
        <translation>未载入对方的版本：您的版本无法保存为草稿，因此保留在这里。</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1. Your version is kept as an unsaved draft; TrustDesk offers it again when it next starts.</source>
        <translation>已载入 %1 保存的版本。您的版本保存为未保存的草稿；TrustDesk 下次启动时会再次提供它。</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1.</source>
        <translation>已载入 %1 保存的版本。</translation>
    </message>
    <message>
        <source>Office Server Unreachable</source>
        <translation>无法连接办公室服务器</translation>
    </message>
    <message>
        <source>%1

Your entries stay in this form and in a draft on this computer.</source>
        <translation>%1

您输入的内容保留在此表单中，并保存在这台计算机上的草稿中。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListExportDialog</name>
    <message>
        <source>Export Case List</source>
        <translation>导出案件列表</translation>
    </message>
    <message>
        <source>Also include these sensitive columns</source>
        <translation>同时包含以下敏感列</translation>
    </message>
    <message>
        <source>The file will hold facts that can expose clients to immigration enforcement. Keep it on an encrypted disk and delete it when done.</source>
        <translation>此文件将包含可能让当事人面临移民执法风险的信息。请将它保存在加密磁盘上，用完后删除。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) of the current list, in its order, go to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</source>
        <translation>
            <numerusform>当前列表中的 %n 个案件会按列表顺序写入电子表格文件（CSV 或 Excel 工作簿），包括案件编号、状态、日期、个案负责人、当事人姓名和语言。此次导出会记录在审计日志中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListPage</name>
    <message>
        <source>Search names, places, narratives, officers, badge numbers…</source>
        <translation>搜索姓名、地点、陈述、警员、警号…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>还没有案件</translation>
    </message>
    <message>
        <source>Start with the person in front of you: New Case opens the intake form. Add your office&apos;s name, address, phone and email too: client copies and handouts print them, so clients know how to reach you.</source>
        <translation>从您面前的这个人开始：“新建案件”会打开登记表。也请添加您办公室的名称、地址、电话和电子邮件：当事人副本和资料单上会打印这些信息，让当事人知道如何联系您。</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseWorkspace</name>
    <message>
        <source>The case could not be opened.</source>
        <translation>无法打开案件。</translation>
    </message>
    <message>
        <source>TrustDesk closed before your changes to %1 (%2) were saved. The draft is from %3.

Restore it?</source>
        <translation>TrustDesk 在保存您对 %1（%2）的更改之前关闭了。草稿来自 %3。

要恢复它吗？</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>一个案件</translation>
    </message>
    <message>
        <source>TrustDesk closed before a new case for %1 was saved. The draft is from %2.

Restore it?</source>
        <translation>TrustDesk 在保存 %1 的新案件之前关闭了。草稿来自 %2。

要恢复它吗？</translation>
    </message>
    <message>
        <source>Restore Unsaved Draft</source>
        <translation>恢复未保存的草稿</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <source>Delete %1 (%2) and everything recorded in it? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>要删除 %1（%2）及其中记录的所有内容吗？此操作无法撤销；审计日志会保留删除记录。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit Case</source>
        <translation>编辑案件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>删除案件(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the case first: the report is made from what is stored.</source>
        <translation>请先保存案件：报告根据已保存的内容生成。</translation>
    </message>
    <message>
        <source>Complaint &amp;Report…</source>
        <translation>投诉报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Unsaved Draft Damaged</source>
        <translation>未保存的草稿已损坏</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</source>
        <translation>
            <numerusform>%n 份未保存的草稿无法打开：磁盘上的文件已被更改或损坏，因此未恢复。它已另存于 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseworkerProfileDialog</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>欢迎使用 TrustDesk</translation>
    </message>
    <message>
        <source>Who is using TrustDesk on this computer? Your name and role are recorded with every change to a case and every look at a client&apos;s sensitive information, in the audit log and in the evidence chain of custody. You can change them later in Preferences.</source>
        <translation>谁在这台电脑上使用 TrustDesk？每次更改个案、每次查看当事人的敏感信息时，您的姓名和职务都会记录在审计日志和证据保管链中。以后可以在“首选项”中更改。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Caseworker Profile</source>
        <translation>个案负责人资料</translation>
    </message>
    <message>
        <source>Entries made from now on are recorded under this name and role. Entries already in the audit log keep the name they were made under.</source>
        <translation>从现在起的记录都以此姓名和职务登记。审计日志中已有的记录保留当时的姓名。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职务(&amp;R)：</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>您的全名</translation>
    </message>
    <message>
        <source>For example: caseworker, supervisor, interpreter</source>
        <translation>例如：个案负责人、主管、口译员</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>您的办公室</translation>
    </message>
    <message>
        <source>How a client reaches you: printed on client copies and handouts. Leave empty what you do not want printed.</source>
        <translation>当事人如何联系您：打印在当事人副本和资料单上。不想打印的内容请留空。</translation>
    </message>
    <message>
        <source>O&amp;ffice name:</source>
        <translation>办公室名称(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>本计算机的时区（%1）</translation>
    </message>
    <message>
        <source>Photo capture times and other times are shown in this zone.</source>
        <translation>照片拍摄时间及其他时间按此时区显示。</translation>
    </message>
</context>
<context>
    <name>td::ui::ChangePassphraseDialog</name>
    <message>
        <source>Type the current passphrase.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>当前密码不正确。未做任何更改。</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1 The old passphrase still opens the database.</source>
        <translation>无法更改密码：%1 旧密码仍然可以打开数据库。</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on; the old one no longer does. The recovery key you wrote down keeps working. Backups made before today still open with the passphrase of their day.</source>
        <translation>从现在起，用新密码打开此数据库；旧密码将不再有效。您记下的恢复密钥仍然有效。今天之前制作的备份仍用当时的密码打开。</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>当前密码(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>确认(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>更改密码(&amp;H)</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>正在更改密码…</translation>
    </message>
</context>
<context>
    <name>td::ui::ClientForm</name>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>As the client writes it, in any script</source>
        <translation>按当事人的写法填写，任何文字均可</translation>
    </message>
    <message>
        <source>e.g. 617-555-0142</source>
        <translation>例如 617-555-0142</translation>
    </message>
    <message>
        <source>e.g. A123-456-789</source>
        <translation>例如 A123-456-789</translation>
    </message>
    <message>
        <source>&amp;Link case to this client</source>
        <translation>将案件关联到此当事人(&amp;L)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Possible matching clients</source>
        <translation>可能匹配的当事人</translation>
    </message>
    <message>
        <source>This case is linked to a client already in the database: edits here update that client everywhere.</source>
        <translation>此案件已关联到数据库中的现有当事人：在这里的修改会更新该当事人的所有记录。</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>%1 (%2), cases: %3</source>
        <translation>%1（%2），案件：%3</translation>
    </message>
    <message>
        <source>This client may already be in the database. Link this case to them instead of creating a duplicate?</source>
        <translation>此当事人可能已在数据库中。要将此案件关联到该当事人，而不是创建重复记录吗？</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Reveal All Sensitive Fields</source>
        <translation>显示所有敏感字段</translation>
    </message>
    <message>
        <source>Show every hidden sensitive field (%1); recorded in the audit log</source>
        <translation>显示所有隐藏的敏感字段（%1）；会记入审计日志</translation>
    </message>
    <message>
        <source>Anonymous Client</source>
        <translation>匿名当事人</translation>
    </message>
    <message>
        <source>An anonymous client&apos;s name is not kept. Remove the name from this case now?</source>
        <translation>匿名当事人的姓名不予保存。现在从此案件中删除姓名吗？</translation>
    </message>
    <message>
        <source>&amp;Remove the Name</source>
        <translation>删除姓名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
</context>
<context>
    <name>td::ui::ComplaintReportDialog</name>
    <message>
        <source>Complaint Submission: %1</source>
        <translation>投诉提交材料：%1</translation>
    </message>
    <message>
        <source>Another body…</source>
        <translation>其他机构…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件方(&amp;T)：</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>The caseworker or office, on the client&apos;s behalf</source>
        <translation>个案负责人或办公室，代表当事人</translation>
    </message>
    <message>
        <source>The client, in their own name</source>
        <translation>当事人本人，以自己的名义</translation>
    </message>
    <message>
        <source>Anonymous: name nobody</source>
        <translation>匿名：不写任何人的名字</translation>
    </message>
    <message>
        <source>&amp;Filed by:</source>
        <translation>提交人(&amp;F)：</translation>
    </message>
    <message>
        <source>Filer&apos;s &amp;name:</source>
        <translation>提交人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <source>Leave empty for the standard request: investigate, keep the client&apos;s identity confidential, give a tracking number, report the outcome.</source>
        <translation>留空则使用标准请求：调查、对当事人身份保密、提供受理编号、告知结果。</translation>
    </message>
    <message>
        <source>&amp;Requested action:</source>
        <translation>请求采取的行动(&amp;R)：</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Withheld from the document</source>
        <translation>文件中隐去的信息</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>包含%1</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Client Copy…</source>
        <translation>当事人副本(&amp;C)…</translation>
    </message>
    <message>
        <source>A short copy for the client, in their language: what was filed and the next steps</source>
        <translation>给当事人的简短副本，使用其语言：已提交的内容和后续步骤</translation>
    </message>
    <message>
        <source>The client&apos;s consent to file is not recorded: the document is marked as a draft.</source>
        <translation>没有记录当事人同意提交投诉：文件已标记为草稿。</translation>
    </message>
    <message>
        <source>Included deliberately: %1. The document will show these values, and the choice is recorded in the audit log.</source>
        <translation>有意包含：%1。文件会显示这些内容，此选择会记入审计日志。</translation>
    </message>
    <message>
        <source>Include Sensitive Information</source>
        <translation>包含敏感信息</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1 to %2. Include it?</source>
        <translation>此文件会把当事人的%1提供给%2。要包含吗？</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Complaint Submission</source>
        <translation>投诉提交材料</translation>
    </message>
    <message>
        <source>Print Complaint Submission</source>
        <translation>打印投诉提交材料</translation>
    </message>
    <message>
        <source>%1 complaint.pdf</source>
        <translation>%1 投诉.pdf</translation>
    </message>
    <message>
        <source>%1 client copy.pdf</source>
        <translation>%1 当事人副本.pdf</translation>
    </message>
    <message>
        <source>Client Copy</source>
        <translation>当事人副本</translation>
    </message>
    <message>
        <source>These facts about the client and the witnesses are left out; the document names the kinds withheld, never their values. Tick one only when the person concerned agrees it must go to this body.</source>
        <translation>以下当事人和证人的信息不会写入文件；文件只写明隐去了哪些类型，从不写出其内容。只有在相关人员同意必须提供给该机构时，才勾选某一项。</translation>
    </message>
    <message>
        <source>This document will show %1 to %2. Include them?</source>
        <translation>此文件会把%1提供给%2。要包含吗？</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1, and %2, to %3. Include them?</source>
        <translation>此文件会把当事人的%1以及%2提供给%3。要包含吗？</translation>
    </message>
    <message>
        <source>Words that may reveal immigration status</source>
        <translation>可能透露移民身份的词语</translation>
    </message>
    <message>
        <source>Mask them in the document</source>
        <translation>在文件中隐藏它们</translation>
    </message>
    <message>
        <source>&amp;Mask These</source>
        <translation>隐藏这些(&amp;M)</translation>
    </message>
    <message>
        <source>These words are masked as [withheld] in the document. The case itself keeps them.</source>
        <translation>这些词语在文件中显示为 [已隐藏]。个案本身仍保留它们。</translation>
    </message>
    <message>
        <source>The case&apos;s text has words that may tell the reader the client&apos;s immigration status. They are printed as written unless you mask them. Withheld values found in the text are always masked.</source>
        <translation>个案文字中有词语可能让读者得知当事人的移民身份。除非您隐藏它们，否则会按原文打印。文字中出现的已隐藏内容总是会被隐藏。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>打开 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>打开文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>No program to open &quot;%1&quot; was found.</source>
        <translation>找不到可以打开“%1”的程序。</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>无法打开文件夹“%1”。</translation>
    </message>
    <message>
        <source>Laying out &quot;%1&quot;…</source>
        <translation>正在排版“%1”…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>正在写入第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in %2.</source>
        <translation>已将“%1”保存到 %2。</translation>
    </message>
    <message>
        <source>Stopped. No PDF was saved.</source>
        <translation>已停止。未保存 PDF。</translation>
    </message>
</context>
<context>
    <name>td::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <translation>连接到办公室服务器</translation>
    </message>
    <message>
        <source>Your office keeps its cases on a shared server. Enter what your administrator gave you.</source>
        <translation>您的办公室把案件保存在一台共享服务器上。请输入管理员提供给您的信息。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org，或套接字文件夹，例如 /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>您的登录帐户(&amp;L)：</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>证书颁发机构(&amp;A)：</translation>
    </message>
    <message>
        <source>Optional: the office&apos;s certificate file (PEM)</source>
        <translation>可选：办公室的证书文件（PEM）</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>连接 URI(&amp;U)：</translation>
    </message>
    <message>
        <source>postgresql://login@server/database</source>
        <translation>postgresql://login@server/database</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Only when the server asks for one. It is kept in memory for this session and never saved.</source>
        <translation>仅在服务器要求时填写。它只在本次会话期间保存在内存中，绝不会存盘。</translation>
    </message>
    <message>
        <source>Paste a connection URI &amp;instead</source>
        <translation>改为粘贴连接 URI(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql:// — for example postgresql://login@server/database.</source>
        <translation>连接 URI 以 postgresql:// 开头，例如 postgresql://login@server/database。</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Enter a name such as db.example.org, an address, or a socket folder starting with /.</source>
        <translation>“%1”不是服务器名称。请输入名称（例如 db.example.org）、地址，或以 / 开头的套接字文件夹。</translation>
    </message>
    <message>
        <source>The socket folder %1 does not exist on this computer.</source>
        <translation>这台计算机上不存在套接字文件夹 %1。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Enter the name of the office&apos;s database (your administrator knows it).</source>
        <translation>请输入办公室数据库的名称（您的管理员知道）。</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>无法读取证书颁发机构文件 %1。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connecting was cancelled. What you typed is still here.</source>
        <translation>已取消连接。您输入的内容仍保留在这里。</translation>
    </message>
    <message>
        <source>Restore into an Empty Office Database</source>
        <translation>恢复到空的办公室数据库</translation>
    </message>
    <message>
        <source>An office backup is restored only into an empty office database, never over one that holds cases. Make a new database on the server (createdb), then enter it here; the server and login are those you are connected with. Continue checks that it is empty before anything is written.</source>
        <translation>办公室备份只能恢复到空的办公室数据库中，绝不会覆盖已有案件的数据库。请在服务器上新建一个数据库（createdb），然后在这里输入它；服务器和登录帐户就是您当前连接所用的。点击“继续”会在写入任何内容之前检查它是否为空。</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <source>Checking that the database is empty…</source>
        <translation>正在检查数据库是否为空…</translation>
    </message>
    <message>
        <source>Checking the office database…</source>
        <translation>正在检查办公室数据库…</translation>
    </message>
    <message>
        <source>Checking was cancelled. What you typed is still here.</source>
        <translation>已取消检查。您输入的内容仍保留在这里。</translation>
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
        <translation>例如 %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EncryptDatabaseDialog</name>
    <message>
        <source>The database was not encrypted; it is as it was.
%1</source>
        <translation>数据库未加密；它保持原样。
%1</translation>
    </message>
    <message>
        <source>Canceling… nothing will be changed.</source>
        <translation>正在取消…不会做任何更改。</translation>
    </message>
    <message>
        <source>Encrypt This Database</source>
        <translation>加密此数据库</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Encrypt %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Once encrypted, nobody can read the clients&apos; names, addresses, immigration status, the evidence files or anything else in this database without it, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;An encrypted copy is made beside the database and checked against it; only then does it take the original&apos;s place, and the unencrypted files are deleted. If the passphrase is forgotten, the only way back in is the recovery key shown before the switch.&lt;/p&gt;&lt;p&gt;Deleted files can linger in the disk&apos;s free space: full-disk encryption of this computer is what removes that last trace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;加密 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;请选择一个密码。加密后，没有密码的人无法读取此数据库中当事人的姓名、地址、移民身份、证据文件或其他任何内容，即使他们拿到了这台计算机的磁盘。每次启动 TrustDesk 时都要输入密码。&lt;/p&gt;&lt;p&gt;系统会在数据库旁边制作一份加密副本，并与原数据库核对；核对无误后才替换原数据库，并删除未加密的文件。如果忘记密码，唯一的恢复方法是切换前显示的恢复密钥。&lt;/p&gt;&lt;p&gt;已删除的文件可能残留在磁盘的空闲空间中：只有对这台计算机进行全盘加密才能清除这最后的痕迹。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输入一次(&amp;R)：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>加密(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>Encrypting the cases…</source>
        <translation>正在加密案件…</translation>
    </message>
    <message>
        <source>Comparing the encrypted copy with the original…</source>
        <translation>正在将加密副本与原数据库比较…</translation>
    </message>
    <message>
        <source>Encrypting the evidence files…</source>
        <translation>正在加密证据文件…</translation>
    </message>
    <message>
        <source>Putting the encrypted database in place…</source>
        <translation>正在放置加密数据库…</translation>
    </message>
    <message>
        <source>The encrypted copy is ready and checked. This is its recovery key, shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase. The encrypted copy takes the original&apos;s place when you continue.</source>
        <translation>加密副本已准备好并通过核对。这是它的恢复密钥，只显示这一次。请把它写下来或打印出来，并保存在远离这台计算机的安全地方。忘记密码时可以用它打开数据库，所以请像保管密码一样保管它。继续后，加密副本将替换原数据库。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>保存为文件(&amp;S)…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>我已写下或妥善保存(&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceDetailsDialog</name>
    <message>
        <source>Evidence Details</source>
        <translation>证据详细信息</translation>
    </message>
    <message>
        <source>Correct what was recorded about this file. The file itself never changes, and the correction is kept in its chain of custody.</source>
        <translation>更正此文件的记录信息。文件本身永远不会改变，更正会保留在它的保管链中。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>不详(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Date ca&amp;ptured:</source>
        <translation>拍摄日期(&amp;P)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>The date captured is in the future. Pick a date and time that have passed, or tick Unknown.</source>
        <translation>拍摄日期在未来。请选择已经过去的日期和时间，或勾选“不详”。</translation>
    </message>
    <message>
        <source>The details were not saved. %1</source>
        <translation>详细信息未保存。%1</translation>
    </message>
    <message>
        <source>The office&apos;s time zone (Preferences)</source>
        <translation>办公室的时区（首选项）</translation>
    </message>
    <message>
        <source>Where this time comes from: %1</source>
        <translation>此时间的来源：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePanel</name>
    <message>
        <source>Select an item to see its details and chain of custody.</source>
        <translation>选择一个项目以查看其详细信息和保管链。</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>由 %2 于 %1 添加</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>只导入了详细信息；文件不在证据库中。</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>（未读取）</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>正在附加 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying every evidence file…</source>
        <translation>正在验证所有证据文件…</translation>
    </message>
    <message>
        <source>Checking the file before opening it…</source>
        <translation>打开前正在检查文件…</translation>
    </message>
    <message>
        <source>Nothing was removed: give a reason for removing evidence.</source>
        <translation>未移除任何内容：请填写移除证据的原因。</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; the reason is kept in the chain of custody.</source>
        <translation>已移除“%1”；原因保留在保管链中。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Canceled: nothing half-done was kept.</source>
        <translation>已取消：没有保留任何未完成的内容。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of case %1 (%n item(s))</source>
        <translation>
            <numerusform>案件 %1 的证据（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Copy files into the evidence store; you can also drop files here.</source>
        <translation>将文件复制到证据库；也可以把文件拖放到这里。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Verify All</source>
        <translation>全部验证</translation>
    </message>
    <message>
        <source>Re-hash every evidence file and report any that changed, are missing or unexpected.</source>
        <translation>重新计算每个证据文件的哈希值，并报告已更改、缺失或意外的文件。</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>保管链</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>SHA-256 at that moment</source>
        <translation>当时的 SHA-256</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>The item is no longer on this case; it may have been removed in another window.</source>
        <translation>该项目已不在此案件中；可能已在另一个窗口中被移除。</translation>
    </message>
    <message>
        <source>Saved the details of &quot;%1&quot;; the edit is recorded in the chain of custody.</source>
        <translation>已保存“%1”的详细信息；此次修改已记录在保管链中。</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>编辑详细信息…</translation>
    </message>
    <message>
        <source>Correct the description, source or date captured (F2).</source>
        <translation>更正描述、来源或拍摄日期（F2）。</translation>
    </message>
    <message>
        <source>The same redacted copy is already item %1.</source>
        <translation>相同的遮盖副本已是第 %1 项。</translation>
    </message>
    <message>
        <source>Saved the redacted copy as item %1; the original is unchanged.</source>
        <translation>已将遮盖副本保存为第 %1 项；原件未改变。</translation>
    </message>
    <message>
        <source>Checking the file before redacting it…</source>
        <translation>正在遮盖前检查文件…</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>遮盖…</translation>
    </message>
    <message>
        <source>Make a copy of this image with faces, plates or other details covered; the original is kept unchanged.</source>
        <translation>制作此图片的副本，遮盖人脸、车牌或其他细节；原件保持不变。</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePreviewDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Audio and video are not played inside TrustDesk. Use Open with System Player.</source>
        <translation>TrustDesk 内不播放音频和视频。请使用“用系统播放器打开”。</translation>
    </message>
    <message>
        <source>TrustDesk cannot show this kind of file. Use Open with System Viewer.</source>
        <translation>TrustDesk 无法显示这类文件。请使用“用系统查看器打开”。</translation>
    </message>
    <message>
        <source>Open with System Player</source>
        <translation>用系统播放器打开</translation>
    </message>
    <message>
        <source>Open with System Viewer</source>
        <translation>用系统查看器打开</translation>
    </message>
    <message>
        <source>Hand the checked file to the system&apos;s own viewer or player.</source>
        <translation>将已检查过的文件交给系统自带的查看器或播放器。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>大小：%1（%2 字节）</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>This image could not be shown: it may be damaged, in a format TrustDesk cannot read, or too large to decode safely.</source>
        <translation>无法显示此图片：它可能已损坏、采用 TrustDesk 无法读取的格式，或者太大而无法安全解码。</translation>
    </message>
    <message>
        <source>Only the first %1 are shown. Open with System Viewer to see all of it.</source>
        <translation>仅显示前 %1。请使用“用系统查看器打开”查看全部内容。</translation>
    </message>
    <message>
        <source>The PDF renderer could not be started. Use Open with System Viewer.</source>
        <translation>无法启动 PDF 页面渲染程序。请使用“用系统查看器打开”。</translation>
    </message>
    <message numerus="yes">
        <source>Showing this PDF took longer than %n second(s) and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</source>
        <translation>
            <numerusform>显示此 PDF 用时超过 %n 秒，已停止。它可能已损坏，或是专门为使查看器过载而制作的；如果您信任它，请使用“用系统查看器打开”。</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF could not be shown: it may be damaged, not really a PDF, or need more memory than a preview may use. Use Open with System Viewer if you trust it.</source>
        <translation>无法显示此 PDF：它可能已损坏、并非真正的 PDF，或者所需内存超过预览允许使用的量。如果您信任它，请使用“用系统查看器打开”。</translation>
    </message>
    <message>
        <source>This PDF could not be shown: it has no pages TrustDesk can read. Use Open with System Viewer if you trust it.</source>
        <translation>无法显示此 PDF：其中没有 TrustDesk 能读取的页面。如果您信任它，请使用“用系统查看器打开”。</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be shown.</source>
        <translation>无法显示此 PDF 的第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>This database is encrypted, so its evidence is never written out decrypted. Export the case&apos;s evidence to a folder to open it in another program.</source>
        <translation>此数据库已加密，因此其证据绝不会以解密形式写出。请将个案的证据导出到文件夹，再用其他程序打开。</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because poppler&apos;s pdftoppm and pdfinfo are not installed (package poppler-utils). Export the file to open it in another program.</source>
        <translation>此处无法显示 PDF 页面，因为未安装 poppler 的 pdftoppm 和 pdfinfo（软件包 poppler-utils）。请导出文件，用其他程序打开。</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely: bubblewrap (package bubblewrap) is needed to keep the file away from your other files.</source>
        <translation>此处无法显示 PDF 页面，因为无法安全地打开此 PDF：需要 bubblewrap（软件包 bubblewrap）将该文件与您的其他文件隔开。</translation>
    </message>
    <message>
        <source>This PDF is too large to be shown here. Export it to open it in another program.</source>
        <translation>此 PDF 太大，无法在此显示。请导出后用其他程序打开。</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely.</source>
        <translation>此处无法显示 PDF 页面，因为无法安全地打开此 PDF。</translation>
    </message>
    <message>
        <source>Evidence on the office server is encrypted with the office key and is never written out decrypted on this computer. Export it (trustdesk-cli evidence-export) to open it in another program.</source>
        <translation>办公室服务器上的证据用办公室密钥加密，绝不会以解密形式写到这台电脑上。要用其他程序打开，请先将其导出（trustdesk-cli evidence-export）。</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceThumbnailProxy</name>
    <message>
        <source>The evidence on this office server is encrypted with the office key, which is not unlocked: it cannot be shown, attached or redacted here. Connect again (File › Connect to Office Server…) and give your office key passphrase to open it.</source>
        <translation>此办公室服务器上的证据用办公室密钥加密，而该密钥尚未解锁：无法在这里显示、附加或遮盖证据。请重新连接（文件 › 连接到办公室服务器…）并输入您的办公室密钥密码，以打开证据。</translation>
    </message>
</context>
<context>
    <name>td::ui::FollowUpsDock</name>
    <message>
        <source>Follow-ups due</source>
        <translation>待办跟进事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>待办内容</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <source>Due within a week (%1)</source>
        <translation>一周内到期（%1）</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>没有逾期或本周到期的事项。</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleList</name>
    <message>
        <source>Overview</source>
        <translation>概述</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>待办内容</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规行为</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>The law</source>
        <translation>法律</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleView</name>
    <message>
        <source>Source %1: %2
%3</source>
        <translation>来源 %1：%2
%3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>转到“%1”</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceBrowser</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Load Guidance Folder…</source>
        <translation>加载指南文件夹(&amp;L)…</translation>
    </message>
    <message>
        <source>Read a guidance pack your office keeps in a folder</source>
        <translation>读取您办公室保存在文件夹中的指南包</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Guidance</source>
        <translation>使用内置指南(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print this article as a handout in the language shown</source>
        <translation>用当前显示的语言将这篇文章打印成资料单</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save this article as a PDF handout in the language shown</source>
        <translation>用当前显示的语言将这篇文章保存为 PDF 资料单</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>并排显示(&amp;S)</translation>
    </message>
    <message>
        <source>Show the article in two languages at once</source>
        <translation>同时用两种语言显示文章</translation>
    </message>
    <message>
        <source>&amp;Search Guidance</source>
        <translation>搜索指南(&amp;S)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Rights Guidance — TrustDesk</source>
        <translation>权利指南 — TrustDesk</translation>
    </message>
    <message>
        <source>Rights Guidance: %1 — TrustDesk</source>
        <translation>权利指南：%1 — TrustDesk</translation>
    </message>
    <message>
        <source>%1 · version %2 · last reviewed %3</source>
        <translation>%1 · 版本 %2 · 最近审核于 %3</translation>
    </message>
    <message>
        <source>Built-in guidance</source>
        <translation>内置指南</translation>
    </message>
    <message>
        <source>Rights Guidance</source>
        <translation>权利指南</translation>
    </message>
    <message>
        <source>The guidance in %1 cannot be used, so the guidance already open stays in use.

%2</source>
        <translation>无法使用 %1 中的指南，因此继续使用已打开的指南。

%2</translation>
    </message>
    <message>
        <source>Loaded guidance from %1</source>
        <translation>已从 %1 加载指南</translation>
    </message>
    <message>
        <source>Load Guidance Folder</source>
        <translation>加载指南文件夹</translation>
    </message>
    <message>
        <source>Category code: %1</source>
        <translation>类别代码：%1</translation>
    </message>
    <message>
        <source>Category codes: %1</source>
        <translation>类别代码：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>来源 %1：%2</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Nothing about the case is sent.</source>
        <translation>要在网页浏览器中打开这个网址吗？不会发送任何案件信息。</translation>
    </message>
    <message>
        <source>Open Source</source>
        <translation>打开来源</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <translation>[%1] %2 — %3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>转到“%1”</translation>
    </message>
    <message>
        <source>Print Guidance Handout</source>
        <translation>打印指南资料单</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Installed guidance update</source>
        <translation>已安装的指南更新</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidancePane</name>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original text, in the language the guidance was written in.</source>
        <translation>原文，即编写指南所用的语言。</translation>
    </message>
    <message>
        <source>Translation reviewed by a native speaker.</source>
        <translation>译文已由母语人士审核。</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet reviewed by a native speaker.</source>
        <translation>机器辅助翻译，尚未经母语人士审核。</translation>
    </message>
    <message>
        <source>The %1 text is authoritative.</source>
        <translation>以 %1 文本为准。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>来源最后核对日期：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceSearchPanel</name>
    <message>
        <source>Search the guidance…</source>
        <translation>搜索指南…</translation>
    </message>
    <message>
        <source>&amp;All languages</source>
        <translation>所有语言(&amp;A)</translation>
    </message>
    <message>
        <source>Search every translation instead of only the language shown</source>
        <translation>搜索所有译文，而不只是当前显示的语言</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::IncidentForm</name>
    <message>
        <source>Read the rights guidance</source>
        <translation>阅读权利指南</translation>
    </message>
    <message>
        <source>Street address, intersection or landmark</source>
        <translation>街道地址、路口或地标</translation>
    </message>
    <message>
        <source>e.g. Boston Police Department</source>
        <translation>例如 波士顿警察局</translation>
    </message>
    <message>
        <source>What happened, in the client&apos;s words, in order.</source>
        <translation>按顺序，用当事人自己的话描述经过。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Rights guidance: %1</source>
        <translation>权利指引：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::LockScreen</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>密码不正确，请重试。</translation>
    </message>
    <message>
        <source>TrustDesk is locked</source>
        <translation>TrustDesk 已锁定</translation>
    </message>
    <message>
        <source>Case data is hidden while you are away. Enter the app passphrase to continue.</source>
        <translation>您离开期间，案件数据会被隐藏。请输入应用密码以继续。</translation>
    </message>
    <message>
        <source>App passphrase</source>
        <translation>应用密码</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>请输入恢复密钥。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>该恢复密钥无法打开此数据库。</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>该密码不正确。</translation>
    </message>
    <message numerus="yes">
        <source>%1 You can try again in %n second(s).</source>
        <translation>
            <numerusform>%1 您可以在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 请重试。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the database %1 was made: 13 groups of four letters and digits.</source>
        <translation>请输入创建数据库 %1 时您记下的恢复密钥：13 组，每组四个字母和数字。</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>数据库 %1 已加密。请输入密码以打开它。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>改用密码(&amp;P)</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key</source>
        <translation>忘记密码？使用恢复密钥(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>No passphrase protects this database: it is closed, but anyone at this computer could open it again. Set an app passphrase now to continue; better still, encrypt the database afterwards (Encrypt… in the banner) so its file cannot be read without you.</source>
        <translation>此数据库没有密码保护：它已关闭，但使用这台计算机的任何人都可以再次打开它。请立即设置应用密码以继续；更好的做法是之后再加密数据库（横幅中的“加密…”），这样没有您，任何人都无法读取其文件。</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>设置密码(&amp;S)…</translation>
    </message>
    <message>
        <source>Enter your passphrase for the office key.</source>
        <translation>请输入您的办公室密钥密码。</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key.</source>
        <translation>该密码无法打开办公室密钥。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was opened; you can try again.</source>
        <translation>已停止。未打开任何内容；您可以重试。</translation>
    </message>
    <message>
        <source>Connecting to the office server and unlocking the office key…</source>
        <translation>正在连接办公室服务器并解锁办公室密钥…</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>正在连接办公室服务器…</translation>
    </message>
    <message>
        <source>Case data on the office server (database %1) is hidden while you are away. Enter your passphrase for the office key (login %2) to continue.</source>
        <translation>您离开期间，办公室服务器（数据库 %1）上的案件数据会被隐藏。请输入您的办公室密钥密码（登录帐户 %2）以继续。</translation>
    </message>
    <message>
        <source>Office key passphrase</source>
        <translation>办公室密钥密码</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>办公室服务器的密码</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>The office server did not let you in without a password. Enter your server password as well, then try again.</source>
        <translation>办公室服务器不允许无密码登录。请同时输入您的服务器密码，然后重试。</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find Cases</source>
        <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>关于 TrustDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
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
        <translation>%1 已存在。请选择一个新文件名，以免替换现有文件。</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>关于 TrustDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Case management for legal-aid caseworkers who help immigrants document police misconduct and file complaints.&lt;/p&gt;&lt;p&gt;Cases stay on this computer, in an owner-only database. Sensitive facts such as immigration status are withheld from everything that leaves the app unless you deliberately include them.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;为法律援助个案工作者设计的案件管理工具，帮助移民记录警察不当行为并提交投诉。&lt;/p&gt;&lt;p&gt;案件保存在这台电脑上，存放在只有所有者能访问的数据库中。移民身份等敏感信息不会出现在任何离开本应用的内容中，除非您有意包含。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching case(s)</source>
        <translation>
            <numerusform>%Ln 个匹配的案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Rights Guidance</source>
        <translation>权利指南(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>安全(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Your &amp;Office and Profile…</source>
        <translation>您的办公室和资料(&amp;O)…</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>No passphrase protects this window, so anyone could unlock it with one click. Set an app passphrase now to lock it?</source>
        <translation>此窗口没有密码保护，任何人点一下就能解锁。现在设置应用密码来锁定它吗？</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>设置密码(&amp;S)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The window was not locked: without a passphrase, anyone could unlock it. Set one in Edit › Security, or encrypt the database (Encrypt… in the banner) so its own passphrase locks it.</source>
        <translation>窗口未锁定：没有密码，任何人都能解锁。请在“编辑 › 安全”中设置密码，或加密数据库（横幅中的“加密…”），让数据库自己的密码来锁定它。</translation>
    </message>
    <message>
        <source>New D&amp;atabase…</source>
        <translation>新建数据库(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>警员(&amp;O)…</translation>
    </message>
    <message>
        <source>E&amp;xport Case List…</source>
        <translation>导出案件列表(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>统计数据(&amp;S)…</translation>
    </message>
    <message>
        <source>Connect to Office Ser&amp;ver…</source>
        <translation>连接到办公室服务器(&amp;V)…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>这台计算机</translation>
    </message>
    <message>
        <source>%1 on %2 — TrustDesk</source>
        <translation>%2 上的 %1 — TrustDesk</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln matching case(s)</source>
        <translation>
            <numerusform>超过 %Ln 个匹配的案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln case(s)</source>
        <translation>
            <numerusform>超过 %Ln 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works on a database file on this computer. An office server&apos;s data is protected by its logins and TLS, and its evidence is encrypted with the office key (see the office mode guide).</source>
        <translation>%1 适用于这台电脑上的数据库文件。办公室服务器的数据由其登录帐户和 TLS 保护，证据则用办公室密钥加密（见办公室模式指南）。</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>已取消连接。</translation>
    </message>
    <message>
        <source>Res&amp;tore Office Backup…</source>
        <translation>恢复办公室备份(&amp;T)…</translation>
    </message>
    <message>
        <source>Restores an office backup into a new, empty office database on the server (office admins only); the database open now is not changed.</source>
        <translation>将办公室备份恢复到服务器上一个新的空办公室数据库中（仅限办公室管理员）；当前打开的数据库不会改变。</translation>
    </message>
    <message>
        <source>Replaces the cases in this database with those of a backup.</source>
        <translation>用备份中的案件替换此数据库中的案件。</translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerHint</name>
    <message numerus="yes">
        <source>This officer appears in %n other case(s): %1</source>
        <translation>
            <numerusform>此警员还出现在另外 %n 个案件中：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerRosterDialog</name>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>%n 名警员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of badge %1 (%2):</source>
        <translation>警号 %1（%2）的案件：</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>机构不明</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this officer.</source>
        <translation>
            <numerusform>此警员有 %n 个案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>警员</translation>
    </message>
    <message>
        <source>Officers recognized across cases by badge number and agency. Spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros in a badge number are ignored; a record without an agency is listed on its own.</source>
        <translation>根据警号和机构在各个案件中识别出的警员。警号中的空格、“#”、“No.”和开头的零会被忽略；没有机构的记录单独列出。</translation>
    </message>
    <message>
        <source>In at least this many &amp;incidents:</source>
        <translation>至少涉及的事件数(&amp;I)：</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>首次事件</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>最近一次事件</translation>
    </message>
    <message>
        <source>Press Enter on an officer to list their cases.</source>
        <translation>选中一名警员后按 Enter 键，即可列出其案件。</translation>
    </message>
    <message>
        <source>Reading the officers…</source>
        <translation>正在读取警员…</translation>
    </message>
    <message>
        <source>Reading the cases of this officer…</source>
        <translation>正在读取此警员的案件…</translation>
    </message>
</context>
<context>
    <name>td::ui::PlaintextBanner</name>
    <message>
        <source>This database is not encrypted. Anyone who gets hold of this computer or a copy of the file can read every case.</source>
        <translation>此数据库未加密。任何拿到这台电脑或文件副本的人都能读取所有个案。</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>数据库未加密</translation>
    </message>
    <message>
        <source>E&amp;ncrypt…</source>
        <translation>加密(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>td::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Case records stay in the language they were written in.</source>
        <translation>菜单、按钮和消息使用的语言。案件记录保持其原来的书写语言。</translation>
    </message>
    <message>
        <source>The new language applies at once. Dates and numbers follow it.</source>
        <translation>新语言会立即生效。日期和数字格式也会随之改变。</translation>
    </message>
    <message>
        <source>&amp;Recorded as:</source>
        <translation>记录为(&amp;R)：</translation>
    </message>
    <message>
        <source>Set the caseworker profile…</source>
        <translation>设置个案负责人资料…</translation>
    </message>
    <message>
        <source>The name and role that the audit log and the chain of custody record for what you do. Click to change them.</source>
        <translation>审计日志和保管链为您的操作所记录的姓名和职务。点击可更改。</translation>
    </message>
</context>
<context>
    <name>td::ui::RecoveryKeyActions</name>
    <message>
        <source>At least %n characters.</source>
        <translation>至少 %n 个字符。</translation>
    </message>
    <message>
        <source>Strength: weak. Four or five unrelated words are much harder to guess and easier to remember.</source>
        <translation>强度：弱。四五个互不相关的词更难猜到，也更容易记住。</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>强度：中等。再加几个词会更难猜到。</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>强度：强。</translation>
    </message>
    <message>
        <source>TrustDesk recovery key</source>
        <translation>TrustDesk 恢复密钥</translation>
    </message>
    <message>
        <source>Keep this page locked away, apart from the computer. Anyone who has it and the database can read every case.</source>
        <translation>请把这一页锁好，与计算机分开存放。任何同时拥有这一页和数据库的人都能读取所有案件。</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else so it does not stay on the clipboard.</source>
        <translation>已复制。请粘贴到您安全保存它的地方，然后复制其他内容，以免它留在剪贴板上。</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <source>The recovery key could not be saved: %1</source>
        <translation>无法保存恢复密钥：%1</translation>
    </message>
    <message>
        <source>TrustDesk recovery key for %1
%2
</source>
        <translation>%1 的 TrustDesk 恢复密钥
%2
</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick kept locked away): beside the database it protects nothing.</source>
        <translation>已保存到 %1。请把它移出这台计算机（存到锁好的 U 盘中）：放在数据库旁边起不到任何保护作用。</translation>
    </message>
</context>
<context>
    <name>td::ui::RedactDialog</name>
    <message>
        <source>Looking for faces…</source>
        <translation>正在查找人脸…</translation>
    </message>
    <message>
        <source>No face was suggested. Detection misses faces: look at the whole image.</source>
        <translation>没有建议任何人脸。检测会漏掉人脸：请查看整张图片。</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested (dashed yellow): accept each with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</source>
        <translation>
            <numerusform>建议了 %n 张人脸（黄色虚线）：双击或按 Enter 接受每一个，也可以移动或删除。检测会漏掉人脸：请检查整张图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw at least one box over what should be hidden.</source>
        <translation>请至少在需要隐藏的内容上画一个方框。</translation>
    </message>
    <message>
        <source>Suggestions Not Accepted</source>
        <translation>建议未被接受</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested box(es) were not accepted and will not be covered.</source>
        <translation>
            <numerusform>%n 个建议的方框未被接受，将不会被遮盖。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them</source>
        <translation>检查它们</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>不含它们保存</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover; %1 suggestion(s) to review.</source>
        <translation>
            <numerusform>%n 个方框待遮盖；%1 个建议待审核。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover.</source>
        <translation>
            <numerusform>%n 个方框待遮盖。</numerusform>
        </translation>
    </message>
    <message>
        <source>Redact %1</source>
        <translation>遮盖 %1</translation>
    </message>
    <message>
        <source>Drag on the image to cover faces, plates, badge numbers or addresses. Drag a box to move it; Delete removes the selected box. The copy is a new item: the original is kept unchanged.</source>
        <translation>在图片上拖动以遮盖人脸、车牌、警徽编号或地址。拖动方框可以移动它；按 Delete 删除所选方框。副本是一个新项目：原件保持不变。</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Fill (solid black)</source>
        <translation>涂黑（纯黑色）</translation>
    </message>
    <message>
        <source>Pixelate (coarse blocks)</source>
        <translation>马赛克（粗块）</translation>
    </message>
    <message>
        <source>&amp;Suggest Faces</source>
        <translation>建议人脸(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>接受建议(&amp;A)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation>接受全部建议(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove Box</source>
        <translation>删除方框(&amp;R)</translation>
    </message>
    <message>
        <source>Save Redacted &amp;Copy</source>
        <translation>保存遮盖副本(&amp;C)</translation>
    </message>
    <message>
        <source>Saving the redacted copy of %1…</source>
        <translation>正在保存 %1 的遮盖副本…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>遮盖</translation>
    </message>
    <message>
        <source>The redacted copy was not saved: %1 Your boxes are still here; you can try again.</source>
        <translation>遮盖副本未保存：%1 您画的方框仍在这里；您可以重试。</translation>
    </message>
</context>
<context>
    <name>td::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>移除%1 %2</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
</context>
<context>
    <name>td::ui::SecurityDialog</name>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>闲置多久后锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>确认(&amp;O)</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The passphrase could not be stored; try again.</source>
        <translation>无法保存密码，请重试。</translation>
    </message>
    <message>
        <source>Lock when the &amp;computer locks, goes to sleep or starts its screen saver</source>
        <translation>当计算机锁定、进入睡眠或启动屏幕保护程序时锁定(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>更改密码(&amp;H)…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until the database&apos;s passphrase or recovery key is entered again.</source>
        <translation>在选定的时间内没有任何操作后，TrustDesk 会隐藏所有案件数据，直到再次输入数据库的密码或恢复密钥。</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until it is unlocked. The passphrase itself is never stored, only a check value that cannot be turned back into it; leave the new fields empty to keep it.</source>
        <translation>在选定的时间内没有任何操作后，TrustDesk 会隐藏所有案件数据，直到解锁为止。密码本身从不保存，只保存一个无法还原成密码的校验值；如要保留现有密码，请将新密码字段留空。</translation>
    </message>
    <message>
        <source>Passphrase Changed</source>
        <translation>密码已更改</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on. The recovery key still does.</source>
        <translation>从现在起，用新密码打开此数据库。恢复密钥仍然可以打开它。</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>当前密码(&amp;U)</translation>
    </message>
</context>
<context>
    <name>td::ui::SensitiveMask</name>
    <message>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Revealing cannot be recorded here.</source>
        <translation>此处无法记录显示操作。</translation>
    </message>
    <message>
        <source>Hidden. Reveal it with the button beside it (recorded in the audit log), or type a new value to replace it.</source>
        <translation>已隐藏。可用旁边的按钮显示（会记入审计日志），或输入新值来替换它。</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Show the stored %1 (recorded in the audit log)</source>
        <translation>显示已保存的%1（会记入审计日志）</translation>
    </message>
    <message>
        <source>Replaced by what you typed; clear the field to reveal the stored value instead.</source>
        <translation>已被您输入的内容替换；清空此字段即可改为显示已保存的值。</translation>
    </message>
</context>
<context>
    <name>td::ui::ServerLogin</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>正在连接办公室服务器…</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsChartView</name>
    <message>
        <source>Nothing to chart: no incident matches these filters.</source>
        <translation>没有可绘制的内容：没有事件符合这些筛选条件。</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsTableModel</name>
    <message>
        <source>Total (each counted once)</source>
        <translation>合计（每项只计一次）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsWindow</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>个案负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行(&amp;R)：</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>列(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>计数(&amp;C)：</translation>
    </message>
    <message>
        <source>First incident date counted; empty: from the first incident.</source>
        <translation>计入的第一个事件日期；留空：从最早的事件开始。</translation>
    </message>
    <message>
        <source>Last incident date counted; empty: up to the last incident.</source>
        <translation>计入的最后一个事件日期；留空：直到最近的事件。</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>所有个案负责人</translation>
    </message>
    <message>
        <source>Tick the case statuses to count; none ticked counts every case.</source>
        <translation>勾选要统计的案件状态；都不勾选则统计所有案件。</translation>
    </message>
    <message>
        <source>Export &amp;hides counts below:</source>
        <translation>导出时隐藏小于此数的计数(&amp;H)：</translation>
    </message>
    <message>
        <source>Published figures hide every count from 1 to this number minus one, and further counts so the hidden ones cannot be worked out. 1 hides nothing.</source>
        <translation>公开发布的数字会隐藏从 1 到此数减一的所有计数，并再隐藏一些计数，以免被隐藏的数字被推算出来。设为 1 则不隐藏任何计数。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save these figures as CSV or PDF to publish, with small counts hidden. This window shows every count: it is for the office only.</source>
        <translation>将这些数字保存为 CSV 或 PDF 以便公开发布，小计数会被隐藏。此窗口显示所有计数：仅供办公室内部使用。</translation>
    </message>
    <message>
        <source>Ca&amp;ses: click a bar or double-click a cell to list its cases.</source>
        <translation>案件(&amp;S)：点击柱条或双击单元格，即可列出其中的案件。</translation>
    </message>
    <message>
        <source>The first date is after the last: nothing to count.</source>
        <translation>开始日期晚于结束日期：没有可统计的内容。</translation>
    </message>
    <message>
        <source>Chart of %1 by %2</source>
        <translation>按%2统计的%1图表</translation>
    </message>
    <message>
        <source>Raw counts, for the office only: %1 and %2.</source>
        <translation>原始计数，仅供办公室内部使用：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>A case or incident can fall in several rows or columns, so the totals count each once and are less than the sum of the cells.</source>
        <translation>一个案件或事件可能同时属于几行或几列，所以合计中每项只计算一次，会小于各单元格之和。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: counting…</source>
        <translation>%1 中的案件(&amp;S)：正在统计…</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: %2, the first %3 listed (double-click or Enter opens one)</source>
        <translation>%1 中的案件(&amp;S)：%2 个，列出前 %3 个（双击或按 Enter 键打开）</translation>
    </message>
    <message numerus="yes">
        <source>Ca&amp;ses in %1: %Ln (double-click or Enter opens one)</source>
        <translation>
            <numerusform>%1 中的案件(&amp;S)：%Ln 个（双击或按 Enter 键打开）</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a date like %1, or leave it empty.</source>
        <extracomment>%1 is a date in the interface language&apos;s style, e.g. 12/31/2026.</extracomment>
        <translation>请按 %1 这样的格式输入日期，或留空。</translation>
    </message>
</context>
<context>
    <name>td::ui::VaultSetupDialog</name>
    <message>
        <source>The encrypted database could not be created: %1</source>
        <translation>无法创建加密数据库：%1</translation>
    </message>
    <message>
        <source>Protect Your Cases</source>
        <translation>保护您的个案</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TrustDesk keeps every case encrypted on this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Without it nobody can read the clients&apos; names, addresses, immigration status or anything else in TrustDesk, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;If the passphrase is forgotten, the only way back in is the recovery key shown on the next page. Without either, the cases are lost for good: nobody, not even the makers of TrustDesk, can recover them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TrustDesk 在这台电脑上加密保存所有个案。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;请选择一个密码。没有它，即使拿到这台电脑的硬盘，也没有人能读取当事人的姓名、地址、移民身份或 TrustDesk 中的任何其他内容。每次启动 TrustDesk 时都要输入它。&lt;/p&gt;&lt;p&gt;如果忘记密码，唯一的办法是使用下一页显示的恢复密钥。两者都没有的话，个案将永久丢失：任何人，包括 TrustDesk 的开发者，都无法恢复。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输入一次(&amp;R)：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Encrypt and Continue</source>
        <translation>加密并继续(&amp;E)</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds: the passphrase is made deliberately slow to guess.</source>
        <translation>正在创建加密数据库… 这需要几秒钟：密码被特意处理得很难快速猜测。</translation>
    </message>
    <message>
        <source>This is the recovery key. It is shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase.</source>
        <translation>这是恢复密钥，只显示这一次。请把它写下来或打印出来，存放在远离这台电脑的安全地方。忘记密码时可以用它打开数据库，所以请像保护密码一样保护它。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>另存为文件(&amp;S)…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>我已将其写下或安全保存(&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
</context>
<context>
    <name>trustdesk-cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>init 不接受参数。</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>数据库已就绪：%1（结构版本 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n problem(s).</source>
        <translation>
            <numerusform>验证失败：%n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 只需要一个 FILE。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并通过验证：%1</translation>
    </message>
    <message>
        <source>Restored from %1 into %2</source>
        <translation>已从 %1 恢复到 %2</translation>
    </message>
    <message>
        <source>List cases, newest first: reference, status, opened date, client.</source>
        <translation>列出案件，最新的在前：编号、状态、立案日期、当事人。</translation>
    </message>
    <message>
        <source>only cases with this status (%1)</source>
        <translation>只列出此状态的案件（%1）</translation>
    </message>
    <message>
        <source>print JSON instead of one line a case</source>
        <translation>输出 JSON，而不是每个案件一行</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list 不接受参数。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>未知状态“%1”。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</source>
        <translation>用法：trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>显示此帮助；COMMAND --help 显示某个命令的选项</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db 需要一个文件路径。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Search cases. Accents and case do not matter; the last word may be the start of a word. Best matches first.</source>
        <translation>搜索案件。不区分重音和大小写；最后一个词可以只是词的开头。最佳匹配排在前面。</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>要查找的词</translation>
    </message>
    <message>
        <source>at most N results (default 50)</source>
        <translation>最多 N 个结果（默认 50）</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search 需要一个 QUERY。</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit 需要一个正整数。</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify 不接受参数。</translation>
    </message>
    <message>
        <source>Verification passed: %1</source>
        <translation>验证通过：%1</translation>
    </message>
    <message>
        <source>Add fictional demo cases to the database (created when missing). The same seed always gives the same cases.</source>
        <translation>向数据库添加虚构的演示案件（不存在时自动创建数据库）。相同的种子总是生成相同的案件。</translation>
    </message>
    <message>
        <source>how many cases to add (required)</source>
        <translation>要添加的案件数（必填）</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>随机种子（默认 1）</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo 不接受参数。</translation>
    </message>
    <message>
        <source>demo needs --cases N.</source>
        <translation>demo 需要 --cases N。</translation>
    </message>
    <message>
        <source>--cases needs a positive whole number.</source>
        <translation>--cases 需要一个正整数。</translation>
    </message>
    <message>
        <source>--seed needs a whole number of zero or more.</source>
        <translation>--seed 需要一个大于或等于零的整数。</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) were added before the error.</source>
        <translation>
            <numerusform>出错前已添加 %n 个演示案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding demo cases: %1 of %2</source>
        <translation>正在添加演示案件：%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>已添加 %n 个演示案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>case references to export (default: every case)</source>
        <translation>要导出的案件编号（默认：所有案件）</translation>
    </message>
    <message>
        <source>write to FILE (owner-only) instead of standard output</source>
        <translation>写入 FILE（仅所有者可访问），而不是标准输出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个案件导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>language code (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</source>
        <translation>语言代码（en、es、ht、pt、kea、zh_CN、zh_TW、vi、ar、ru、so）</translation>
    </message>
    <message>
        <source>with show: write a handout PDF to FILE</source>
        <translation>与 show 一起使用：将 PDF 资料单写入 FILE</translation>
    </message>
    <message>
        <source>load the guidance pack from FOLDER instead of the built-in one</source>
        <translation>从 FOLDER 加载指南包，而不是使用内置指南包</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>该指南没有“%1”版本。</translation>
    </message>
    <message>
        <source>guidance list takes no more arguments.</source>
        <translation>guidance list 不接受更多参数。</translation>
    </message>
    <message>
        <source>guidance show needs exactly one article ID.</source>
        <translation>guidance show 只需要一个文章 ID。</translation>
    </message>
    <message>
        <source>There is no guidance article &quot;%1&quot;. See: guidance list</source>
        <translation>没有指南文章“%1”。请查看：guidance list</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper 必须是 a4 或 letter。</translation>
    </message>
    <message>
        <source>Handout written: %1</source>
        <translation>资料单已写入：%1</translation>
    </message>
    <message>
        <source>guidance search needs a QUERY.</source>
        <translation>guidance search 需要一个 QUERY。</translation>
    </message>
    <message>
        <source>Import the cases of a TrustDesk JSON file. The whole file is checked first: one bad case rejects it, naming the case and the field, and nothing is added.</source>
        <translation>导入 TrustDesk JSON 文件中的案件。会先检查整个文件：只要有一个案件有误，就拒绝整个文件，并指出是哪个案件和字段，不添加任何内容。</translation>
    </message>
    <message>
        <source>the TrustDesk JSON file</source>
        <translation>TrustDesk JSON 文件</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import 只需要一个 FILE。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>已导入 %n 个案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>the case reference, e.g. TD-2026-00042</source>
        <translation>案件编号，例如 TD-2026-00042</translation>
    </message>
    <message>
        <source>print JSON (the interchange format) instead of text</source>
        <translation>输出 JSON（交换格式），而不是文本</translation>
    </message>
    <message>
        <source>show needs exactly one REF.</source>
        <translation>show 只需要一个 REF。</translation>
    </message>
    <message>
        <source>Attach files to a case as evidence. Each file is copied into the evidence store beside the database and identified by its SHA-256; the original is only read. A file already on the case is reported and stored once.</source>
        <translation>将文件作为证据附加到案件。每个文件都会复制到数据库旁边的证据库中，并以其 SHA-256 标识；原文件只会被读取。如果案件中已有相同文件，会给出提示，并只保存一次。</translation>
    </message>
    <message>
        <source>the case reference</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>files to attach</source>
        <translation>要附加的文件</translation>
    </message>
    <message>
        <source>a description recorded with every file</source>
        <translation>与每个文件一起记录的描述</translation>
    </message>
    <message>
        <source>where the files came from: %1</source>
        <translation>文件来源：%1</translation>
    </message>
    <message>
        <source>attach needs a case reference and at least one file.</source>
        <translation>attach 需要一个案件编号和至少一个文件。</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>未知来源“%1”。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: %2, %3 bytes, %4</source>
        <translation>已附加“%1”：%2，%3 字节，%4</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file for imported evidence item %2 (%3)</source>
        <translation>已附加“%1”：导入的证据项目 %2 的文件（%3）</translation>
    </message>
    <message>
        <source>Already attached: &quot;%1&quot; is the same file as evidence item %2 (&quot;%3&quot;); stored once.</source>
        <translation>已经附加过：“%1”与证据项目 %2（“%3”）是同一个文件；只保存一次。</translation>
    </message>
    <message>
        <source>Write the client&apos;s copy as a PDF: what was filed and the next steps from the guidance pack, in the client&apos;s preferred language (or --lang). It names no sensitive client field.</source>
        <translation>将当事人副本写成 PDF：已提交的内容，以及指南包中的后续步骤，使用当事人的首选语言（或 --lang）。其中不包含当事人的任何敏感字段。</translation>
    </message>
    <message>
        <source>the PDF to write (required)</source>
        <translation>要写入的 PDF（必填）</translation>
    </message>
    <message>
        <source>when nothing is filed yet: bpd-iad (default), accountability or a body&apos;s name</source>
        <translation>尚未提交时：bpd-iad（默认）、accountability 或某个机构的名称</translation>
    </message>
    <message>
        <source>client-copy needs exactly one REF.</source>
        <translation>client-copy 只需要一个 REF。</translation>
    </message>
    <message>
        <source>client-copy needs --out FILE.pdf.</source>
        <translation>client-copy 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability or a body&apos;s name.</source>
        <translation>--to 需要 bpd-iad、accountability 或某个机构的名称。</translation>
    </message>
    <message>
        <source>Client copy written: %1 (%2)</source>
        <translation>当事人副本已写入：%1（%2）</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>evidence needs exactly one case reference.</source>
        <translation>evidence 只需要一个案件编号。</translation>
    </message>
    <message>
        <source>Copy a case&apos;s evidence into a new or empty folder with manifest.json, manifest.txt and SHA256SUMS (names, hashes, sizes, chain of custody). Every file is re-hashed while it is copied; a changed or missing file is not exported and the exit code is 3.</source>
        <translation>将案件的证据复制到新的或空的文件夹中，并附上 manifest.json、manifest.txt 和 SHA256SUMS（名称、哈希值、大小、保管链）。复制时会重新计算每个文件的哈希值；已更改或缺失的文件不会导出，退出码为 3。</translation>
    </message>
    <message>
        <source>the folder to write (created owner-only; must be new or empty)</source>
        <translation>要写入的文件夹（仅所有者可访问；必须是新的或空的）</translation>
    </message>
    <message>
        <source>evidence-export needs exactly one case reference.</source>
        <translation>evidence-export 只需要一个案件编号。</translation>
    </message>
    <message>
        <source>evidence-export needs --out FOLDER.</source>
        <translation>evidence-export 需要 --out FOLDER。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个文件导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no file (details imported only) and are listed in the manifest.</source>
        <translation>
            <numerusform>%n 个项目没有文件（只导入了详细信息），已列在清单中。</numerusform>
        </translation>
    </message>
    <message>
        <source>who files: client, on-behalf (default) or anonymous</source>
        <translation>提交人：client、on-behalf（默认）或 anonymous</translation>
    </message>
    <message>
        <source>with on-behalf: who files (default: the case&apos;s caseworker)</source>
        <translation>与 on-behalf 一起使用：提交人（默认：案件的个案负责人）</translation>
    </message>
    <message>
        <source>with on-behalf: the office filing</source>
        <translation>与 on-behalf 一起使用：提交的办公室</translation>
    </message>
    <message>
        <source>the requested action (default: the standard request)</source>
        <translation>请求采取的行动（默认：标准请求）</translation>
    </message>
    <message>
        <source>report needs exactly one REF.</source>
        <translation>report 只需要一个 REF。</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>--filer must be client, on-behalf or anonymous.</source>
        <translation>--filer 必须是 client、on-behalf 或 anonymous。</translation>
    </message>
    <message>
        <source>Warning: the client&apos;s consent to file is not recorded; the PDF is marked as a draft.</source>
        <translation>警告：没有记录当事人同意提交投诉；PDF 已标记为草稿。</translation>
    </message>
    <message>
        <source>Complaint written: %1</source>
        <translation>投诉已写入：%1</translation>
    </message>
    <message>
        <source>Sensitive fields included: %1</source>
        <translation>包含的敏感字段：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The verification could not be recorded in the chain of custody: %1</source>
        <translation>无法在保管链中记录此次验证：%1</translation>
    </message>
    <message>
        <source>This command needs %1, which is not installed next to trustdesk-cli. Reinstall TrustDesk.</source>
        <translation>此命令需要 %1，但它没有安装在 trustdesk-cli 旁边。请重新安装 TrustDesk。</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>Its evidence is in %1; keep the two together.</source>
        <translation>它的证据在 %1 中；请将两者放在一起保存。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; nothing changed. %2</source>
        <translation>“%1”未恢复；没有任何更改。%2</translation>
    </message>
    <message>
        <source>There is no evidence item %1. Nothing was removed.</source>
        <translation>没有证据项目 %1。未移除任何内容。</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2. Nothing was removed.</source>
        <translation>证据项目 %1 不在案件 %2 中。未移除任何内容。</translation>
    </message>
    <message>
        <source>Remove one evidence item from a case. EVIDENCE_ID is the item id that &quot;evidence REF&quot; lists. The reason is required and stays in the chain of custody. The file leaves the evidence store unless another item (on any case) holds the same bytes.</source>
        <translation>从案件中移除一个证据项目。EVIDENCE_ID 是 &quot;evidence REF&quot; 列出的项目标识。必须填写原因，原因会保留在保管链中。除非另一个项目（任何案件中的）有相同的内容，否则文件会从证据库中移除。</translation>
    </message>
    <message>
        <source>the evidence item id</source>
        <translation>证据项目标识</translation>
    </message>
    <message>
        <source>why the item is removed (required; kept in the chain of custody)</source>
        <translation>移除该项目的原因（必填；保留在保管链中）</translation>
    </message>
    <message>
        <source>print JSON: case_reference, id, sha256, display_name, stored (the item had a file) and file_removed (the file left the store)</source>
        <translation>输出 JSON：case_reference、id、sha256、display_name、stored（该项目有文件）和 file_removed（文件已从证据库中移除）</translation>
    </message>
    <message>
        <source>evidence-remove needs a case reference and one evidence item id.</source>
        <translation>evidence-remove 需要一个案件编号和一个证据项目标识。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an evidence item id: use the number that &quot;evidence %2&quot; lists.</source>
        <translation>“%1”不是证据项目标识：请使用 &quot;evidence %2&quot; 列出的编号。</translation>
    </message>
    <message>
        <source>evidence-remove needs --reason TEXT: the reason is kept in the chain of custody.</source>
        <translation>evidence-remove 需要 --reason TEXT：原因会保留在保管链中。</translation>
    </message>
    <message>
        <source>Removed evidence item %1 (&quot;%2&quot;) from %3; the reason is kept in the chain of custody.</source>
        <translation>已从 %3 移除证据项目 %1（“%2”）；原因保留在保管链中。</translation>
    </message>
    <message>
        <source>Its file was deleted from the evidence store.</source>
        <translation>它的文件已从证据库中删除。</translation>
    </message>
    <message>
        <source>Its file stays in the evidence store: another item holds the same bytes.</source>
        <translation>它的文件仍保留在证据库中：另一个项目有相同的内容。</translation>
    </message>
    <message>
        <source>Note: the file withheld these sensitive fields, which stay empty: %1</source>
        <translation>注意：文件隐去了以下敏感字段，这些字段将保持为空：%1</translation>
    </message>
    <message>
        <source>deliberately include every sensitive client field and witness contact details (recorded in the audit log)</source>
        <translation>有意包含当事人的所有敏感字段和证人的联系方式（会记入审计日志）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive client field or witness detail. Use one of: %2.</source>
        <translation>“%1”不是当事人的敏感字段，也不是证人信息。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Show one case. Sensitive client fields and witness contact details are withheld unless deliberately included; --json prints a TrustDesk JSON file holding just this case.</source>
        <translation>显示一个案件。除非有意包含，否则隐藏当事人的敏感字段和证人的联系方式；--json 输出只包含此案件的 TrustDesk JSON 文件。</translation>
    </message>
    <message>
        <source>audit verify takes no other argument than --head.</source>
        <translation>audit verify 除 --head 外不接受其他参数。</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the log was changed behind TrustDesk&apos;s back.</source>
        <translation>审计日志验证失败：日志在 TrustDesk 不知情的情况下被更改。</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the entry %1 recorded earlier is no longer in the log; its tail was cut off or the log was replaced.</source>
        <translation>审计日志验证失败：之前记录的条目 %1 已不在日志中；日志末尾被截掉，或日志被替换。</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: entry %1, recorded in %2 when it was written, is no longer in the log; its tail was cut off or an older copy of the database was put back.</source>
        <translation>审计日志验证失败：写入时记录在 %2 中的条目 %1 已不在日志中；日志末尾被截掉，或数据库被换回了较旧的副本。</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entries, chain head %1.</source>
        <translation>
            <numerusform>审计日志已验证：%n 条记录，链头 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit log, oldest first: time (UTC), actor, action, case, details.
&quot;audit verify&quot; checks the log&apos;s hash chain instead (exit 3 when it was changed).</source>
        <translation>列出审计日志，最早的在前：时间（UTC）、操作人、操作、个案、详情。
&quot;audit verify&quot; 则检查日志的哈希链（被更改时退出码为 3）。</translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation>检查哈希链</translation>
    </message>
    <message>
        <source>only the entries about case REF</source>
        <translation>只列出关于个案 REF 的条目</translation>
    </message>
    <message>
        <source>only the entries from DATE on: YYYY-MM-DD or an ISO 8601 date and time (UTC unless it has an offset)</source>
        <translation>只列出自 DATE 起的条目：YYYY-MM-DD 或 ISO 8601 日期时间（未带时区偏移时为 UTC）</translation>
    </message>
    <message>
        <source>print JSON instead of one line an entry</source>
        <translation>输出 JSON，而不是每条一行</translation>
    </message>
    <message>
        <source>with verify: also fail unless the entry with this hash (a head printed by an earlier verify) is still in the log</source>
        <translation>与 verify 一起使用：如果带此哈希值的条目（之前 verify 输出的链头）已不在日志中，也判为失败</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; did you mean &quot;audit verify&quot;?</source>
        <translation>未知参数 &quot;%1&quot;；您是否想用 &quot;audit verify&quot;？</translation>
    </message>
    <message>
        <source>--head goes with &quot;audit verify&quot;.</source>
        <translation>--head 需与 &quot;audit verify&quot; 一起使用。</translation>
    </message>
    <message>
        <source>--case needs a reference.</source>
        <translation>--case 需要一个编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation>&quot;%1&quot; 不是日期：请使用 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM[:SS]。</translation>
    </message>
    <message>
        <source>(carried over by a restore)</source>
        <translation>（由恢复操作带入）</translation>
    </message>
    <message>
        <source>The backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new path with --db, or run `trustdesk-cli encrypt` on this database first.</source>
        <translation>备份已加密而此数据库未加密，因此其中的个案会以未加密形式写入。请用 --db 恢复到新路径，或先对此数据库运行 `trustdesk-cli encrypt`。</translation>
    </message>
    <message>
        <source>The key file could not be copied beside %1.</source>
        <translation>无法将密钥文件复制到 %1 旁边。</translation>
    </message>
    <message>
        <source>the new passphrase: the first line of FILE</source>
        <translation>新密码：FILE 的第一行</translation>
    </message>
    <message>
        <source>change-passphrase takes no arguments.</source>
        <translation>change-passphrase 不接受参数。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>数据库 &quot;%1&quot; 不存在。</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no passphrase to change. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>此数据库未加密，因此没有可更改的密码。`trustdesk-cli encrypt` 可将其加密保护。</translation>
    </message>
    <message>
        <source>The passphrase was changed. The old one no longer opens %1; the recovery key still does.</source>
        <translation>密码已更改。旧密码已无法打开 %1；恢复密钥仍然可以。</translation>
    </message>
    <message>
        <source>An encryption of this database is running or was interrupted. Run `trustdesk-cli encrypt` to finish or undo it.</source>
        <translation>此数据库的加密正在进行或已中断。请运行 `trustdesk-cli encrypt` 完成或撤销。</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE</source>
        <translation>加密数据库的密码：FILE 的第一行</translation>
    </message>
    <message>
        <source>open an encrypted database with its recovery key, the first line of FILE</source>
        <translation>用恢复密钥（FILE 的第一行）打开加密数据库</translation>
    </message>
    <message>
        <source>when the database does not exist yet, make it unencrypted (for throwaway data only); by default a new database is encrypted</source>
        <translation>数据库尚不存在时，创建为未加密（仅用于临时数据）；默认新数据库会被加密</translation>
    </message>
    <message>
        <source>write a new encrypted database&apos;s recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>将新加密数据库的恢复密钥写入 FILE（仅所有者可访问；该文件不得已存在），而不是显示出来</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; the recovery key is never written over a file.</source>
        <translation>&quot;%1&quot; 已存在；恢复密钥绝不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>The new database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>新数据库已加密。如果忘记了密码，只有这个恢复密钥能打开它。它只显示这一次：请写下或打印出来，存放在远离这台电脑的安全地方。</translation>
    </message>
    <message>
        <source>The new database is encrypted. Its recovery key, which opens it if the passphrase is ever forgotten, is in %1: keep that file safe, away from this computer.</source>
        <translation>新数据库已加密。忘记密码时可用来打开它的恢复密钥保存在 %1 中：请将该文件安全存放在远离这台电脑的地方。</translation>
    </message>
    <message>
        <source>The database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>数据库已加密。如果忘记了密码，只有这个恢复密钥能打开它。它只显示这一次：请写下或打印出来，存放在远离这台电脑的安全地方。</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>无法将恢复密钥写入 &quot;%1&quot;：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>
The recovery key of the encrypted TrustDesk database %1.
It opens the database without its passphrase: keep it safe, away from the computer.
</source>
        <translation>
加密的 TrustDesk 数据库 %1 的恢复密钥。
它无需密码即可打开数据库：请安全保存，远离电脑。
</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;. Nothing was changed.</source>
        <translation>无法将恢复密钥写入 &quot;%1&quot;。未做任何更改。</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>正在加密</translation>
    </message>
    <message>
        <source>Comparing with the original</source>
        <translation>正在与原件比较</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Putting in place</source>
        <translation>正在放到位</translation>
    </message>
    <message>
        <source>write the recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>将恢复密钥写入 FILE（仅所有者可访问；该文件不得已存在），而不是显示出来</translation>
    </message>
    <message>
        <source>encrypt takes no arguments.</source>
        <translation>encrypt 不接受参数。</translation>
    </message>
    <message>
        <source>An interrupted encryption was finished: %1 is encrypted now, with the passphrase and recovery key given then.</source>
        <translation>已完成被中断的加密：%1 现已加密，使用当时提供的密码和恢复密钥。</translation>
    </message>
    <message>
        <source>An interrupted encryption was undone; the database was still unencrypted. Starting again.</source>
        <translation>已撤销被中断的加密；数据库仍未加密。重新开始。</translation>
    </message>
    <message>
        <source>%1 is encrypted now; it opens only with its passphrase or recovery key.</source>
        <translation>%1 现已加密；只能用其密码或恢复密钥打开。</translation>
    </message>
    <message>
        <source>hand the files over as stored, with their metadata (EXIF with GPS position and author, XMP, PDF information); recorded in the audit log. By default copies leave without it.</source>
        <translation>按存储原样交出文件，包含其元数据（含 GPS 位置和作者的 EXIF、XMP、PDF 信息）；会记入审计日志。默认导出的副本不含元数据。</translation>
    </message>
    <message>
        <source>name the files and list them in the manifest by their original names (which may name the client); recorded in the audit log. By default files are named by case and item number.</source>
        <translation>按原始文件名（可能含有当事人姓名）命名文件并列入清单；会记入审计日志。默认文件按个案和项目编号命名。</translation>
    </message>
    <message numerus="yes">
        <source>Metadata (such as GPS position, author, camera) was removed from %n copy(ies); the originals in the store are unchanged.</source>
        <translation>
            <numerusform>已从 %n 份副本中删除元数据（如 GPS 位置、作者、相机）；存储中的原件保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check them before they leave. The manifest marks them.</source>
        <translation>
            <numerusform>%n 个文件属于 TrustDesk 无法删除元数据的类型（视频、音频、文档）；请在交出前检查。清单中已标出这些文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases (all, or the references given) as a TrustDesk JSON file. Sensitive client fields and witness contact details are left out unless deliberately included, and masked where the free text repeats them.</source>
        <translation>将个案（全部或指定编号）导出为 TrustDesk JSON 文件。当事人的敏感字段和证人的联系方式不会导出，除非特意包含；自由文本中重复出现时会被隐藏。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s) whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</source>
        <translation>
            <numerusform>… 另有 %n 个个案的自由文本中含有已隐藏的内容或可能透露移民身份的用语（show REF 可列出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone with the file can read it. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>此数据库未加密：任何拿到文件的人都能读取。`trustdesk-cli encrypt` 可将其加密保护。</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE (else the file named by %1, else asked on the terminal)</source>
        <translation>加密数据库的密码：FILE 的第一行（否则取 %1 指定的文件，再否则在终端上询问）</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>%1 需要一个文件路径。</translation>
    </message>
    <message>
        <source>the caseworker&apos;s name</source>
        <translation>个案负责人的姓名</translation>
    </message>
    <message>
        <source>their role (caseworker, supervisor, …)</source>
        <translation>其职务（个案负责人、主管……）</translation>
    </message>
    <message>
        <source>profile takes no arguments.</source>
        <translation>profile 不接受参数。</translation>
    </message>
    <message>
        <source>A caseworker profile needs a name: trustdesk-cli profile --name NAME [--role ROLE].</source>
        <translation>个案负责人资料需要姓名：trustdesk-cli profile --name 姓名 [--role 职务]。</translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings.</source>
        <translation>无法将资料保存到设置中。</translation>
    </message>
    <message>
        <source>No caseworker profile is set: entries are recorded as &quot;%1&quot;.
Set one with: trustdesk-cli profile --name NAME --role ROLE</source>
        <translation>尚未设置个案负责人资料：记录将以 &quot;%1&quot; 登记。
设置方法：trustdesk-cli profile --name 姓名 --role 职务</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>职务：%1</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>记录为：%1</translation>
    </message>
    <message>
        <source>deliberately include this sensitive client field or witness detail (%1), in its field and where the free text mentions it; repeatable, recorded in the audit log</source>
        <translation>特意包含此项当事人敏感字段或证人信息（%1），包括其字段本身和自由文本中提到之处；可重复使用，会记入审计日志</translation>
    </message>
    <message>
        <source>also mask, as [withheld], the phrases in the free text that may reveal immigration status (listed on standard error either way)</source>
        <translation>同时将自由文本中可能透露移民身份的用语隐藏为 [已隐藏]（无论是否隐藏都会在标准错误输出中列出）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n withheld value(s) found in the free text and masked.</source>
        <translation>
            <numerusform>%1：在自由文本中发现 %n 处应隐藏的内容，已隐藏。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, masked:</source>
        <translation>
            <numerusform>%1：%n 处可能透露移民身份的用语，已隐藏：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, left as written (--mask-status-phrases masks them):</source>
        <translation>
            <numerusform>%1：%n 处可能透露移民身份的用语，按原文保留（--mask-status-phrases 可隐藏）：</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot; in: %3</source>
        <translation>  %1：&quot;%2&quot; 位于：%3</translation>
    </message>
    <message>
        <source>Write a case&apos;s complaint submission as a PDF. Sensitive client fields and witness contact details are withheld unless deliberately included, also where the free text mentions them; the PDF names the kinds withheld, never their values. Phrases that may reveal immigration status are listed on standard error and masked with --mask-status-phrases. Each report is recorded in the case (date, recipient, fields included, SHA-256) and in the audit log.</source>
        <translation>将个案的投诉材料写成 PDF。当事人的敏感字段和证人的联系方式会被隐藏（自由文本中提到之处也一样），除非特意包含；PDF 只注明被隐藏的类别，绝不显示其内容。可能透露移民身份的用语会在标准错误输出中列出，并可用 --mask-status-phrases 隐藏。每份报告都会记入个案（日期、收件方、包含的字段、SHA-256）和审计日志。</translation>
    </message>
    <message>
        <source>Encrypt an existing plaintext database in place. The new passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal); the recovery key is shown once or written to --recovery-key-out. An encrypted copy is written beside the database and compared with it table by table; only then does it take the database&apos;s place, and no plaintext copy is left. The evidence files are sealed the same way, checked, and the plaintext ones deleted. Close TrustDesk first: the database must not be open anywhere else. Run it again after an interruption: it finishes or undoes what was begun.</source>
        <translation>就地加密现有的未加密数据库。新密码来自 --passphrase-file（或 TRUSTDESK_PASSPHRASE_FILE 指定的文件，或在终端中询问两次）；恢复密钥显示一次，或写入 --recovery-key-out。加密副本写在数据库旁边，并逐表与数据库比较；之后才替换数据库，不留下任何未加密副本。证据文件也以同样方式封存并检查，然后删除未加密的文件。请先关闭 TrustDesk：数据库不能在其他任何地方打开。中断后请再次运行：它会完成或撤销已开始的操作。</translation>
    </message>
    <message>
        <source>List a case&apos;s evidence, oldest first, one item a line, tab-separated: SHA-256, item id, size in bytes, &quot;stored&quot; or &quot;metadata-only&quot; (details imported without the file), media type, date captured (UTC, or -), name. --json adds every field and the chain of custody; a redacted copy has redacted_copy_of (the original&apos;s id) and redaction (its boxes and method).</source>
        <translation>列出一个案件的证据，最早的在前，每行一项，以制表符分隔：SHA-256、项目 id、大小（字节）、&quot;stored&quot; 或 &quot;metadata-only&quot;（只导入了信息，没有文件）、媒体类型、拍摄日期（UTC，或 -）、名称。--json 会加上所有字段和保管链；遮盖副本带有 redacted_copy_of（原件的 id）和 redaction（其方框和方式）。</translation>
    </message>
    <message>
        <source>Print the boxes OpenCV&apos;s face detection suggests for an image, one X,Y,W,H a line (as &quot;redact --box&quot; takes them), in the pixels of the upright image. Suggestions only: detection misses faces (small, turned, covered), so look at the image.</source>
        <translation>打印 OpenCV 人脸检测为图片建议的方框，每行一个 X,Y,W,H（与 &quot;redact --box&quot; 接受的格式相同），以摆正后图片的像素为单位。仅为建议：检测会漏掉人脸（小的、侧转的、被遮挡的），所以请查看图片。</translation>
    </message>
    <message>
        <source>the evidence item id (an image)</source>
        <translation>证据项 id（一张图片）</translation>
    </message>
    <message>
        <source>print JSON: case_reference, evidence_id, width, height (of the upright image) and boxes, each with x, y, width, height</source>
        <translation>打印 JSON：case_reference、evidence_id、width、height（摆正后的图片）和 boxes，每个方框带有 x、y、width、height</translation>
    </message>
    <message>
        <source>No face was suggested; detection misses faces, so check the image.</source>
        <translation>没有建议任何人脸；检测会漏掉人脸，请检查图片。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>最后核对：%1</translation>
    </message>
    <message>
        <source>Rights guidance from the built-in pack (or --pack FOLDER).
  guidance list [--lang L]                 one article a line, its id first
  guidance show ID [--lang L] [--pdf FILE] the article as text, or a handout PDF
  guidance search QUERY [--lang L]         articles containing every word (all languages without --lang)
  guidance version                         which pack is in use: id, version, review date, where from
  guidance install PATH                    install a newer pack from its folder or manifest.json, after checking it</source>
        <translation>来自内置指南包（或 --pack 文件夹）的权利指南。
  guidance list [--lang L]                 每行一篇文章，id 在前
  guidance show ID [--lang L] [--pdf FILE] 以文本显示文章，或生成 PDF 资料单
  guidance search QUERY [--lang L]         包含所有词语的文章（不加 --lang 时搜索所有语言）
  guidance version                         正在使用哪个指南包：id、版本、审核日期、来源
  guidance install PATH                    检查后从文件夹或 manifest.json 安装更新的指南包</translation>
    </message>
    <message>
        <source>list, show, search, version or install</source>
        <translation>list、show、search、version 或 install</translation>
    </message>
    <message>
        <source>guidance needs an action: list, show, search, version or install.</source>
        <translation>guidance 需要一个操作：list、show、search、version 或 install。</translation>
    </message>
    <message>
        <source>guidance install needs exactly one PATH, and no --pack.</source>
        <translation>guidance install 只需要一个 PATH，且不能有 --pack。</translation>
    </message>
    <message>
        <source>Installed guidance %1 version %2 (was version %3) in %4.</source>
        <translation>已在 %4 安装指南 %1 版本 %2（原为版本 %3）。</translation>
    </message>
    <message>
        <source>guidance version takes no more arguments.</source>
        <translation>guidance version 不接受其他参数。</translation>
    </message>
    <message>
        <source>Unknown guidance action &quot;%1&quot;: use list, show, search, version or install.</source>
        <translation>未知的 guidance 操作“%1”：请使用 list、show、search、version 或 install。</translation>
    </message>
    <message>
        <source>Warning: these anonymous clients came with a name, which was not stored: %1</source>
        <translation>警告：这些匿名当事人带有姓名，姓名未被保存：%1</translation>
    </message>
    <message>
        <source>Show the caseworker profile, or set it with --name (and --role). Audit and custody entries name this profile as who acted; without one they say &quot;unnamed&quot;. The --office options set the office printed on client copies and handouts.</source>
        <translation>显示个案负责人资料，或用 --name（和 --role）设置。审计和保管记录会把此资料作为操作人；没有资料时记为 &quot;unnamed&quot;。--office 选项设置打印在当事人副本和资料单上的办公室信息。</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>办公室名称</translation>
    </message>
    <message>
        <source>its address (\n between lines)</source>
        <translation>其地址（行与行之间用 \n）</translation>
    </message>
    <message>
        <source>its phone number</source>
        <translation>其电话号码</translation>
    </message>
    <message>
        <source>its email address</source>
        <translation>其电子邮件地址</translation>
    </message>
    <message>
        <source>its time zone (America/New_York)</source>
        <translation>其时区（America/New_York）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows (for example America/New_York).</source>
        <translation>“%1”不是本系统认识的时区（例如 America/New_York）。</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>办公室：</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>时区：%1</translation>
    </message>
    <message>
        <source>%1 needs a case reference and one evidence item id.</source>
        <translation>%1 需要一个案件编号和一个证据项 id。</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2.</source>
        <translation>证据项 %1 不属于案件 %2。</translation>
    </message>
    <message>
        <source>Store a redacted copy of an image as a new evidence item derived from it, and print the new item&apos;s id. Boxes are in the pixels of the image turned upright by its EXIF orientation (&quot;faces&quot; prints them the same way). The copy carries no metadata; the original is kept unchanged and still verifies.</source>
        <translation>将图片的遮盖副本保存为由其衍生的新证据项，并打印新项目的 id。方框以按 EXIF 方向摆正后的图片像素为单位（&quot;faces&quot; 以同样方式打印）。副本不带任何元数据；原件保持不变，仍可通过验证。</translation>
    </message>
    <message>
        <source>a box to cover: left, top, width, height in pixels (repeat for more boxes)</source>
        <translation>要遮盖的方框：左、上、宽、高，单位为像素（多个方框请重复此选项）</translation>
    </message>
    <message>
        <source>fill (solid black, the default) or pixelate (coarse blocks)</source>
        <translation>fill（纯黑色，默认）或 pixelate（粗块马赛克）</translation>
    </message>
    <message>
        <source>also cover the faces OpenCV suggests (listed on stderr; detection misses faces: check the copy)</source>
        <translation>同时遮盖 OpenCV 建议的人脸（列在 stderr 上；检测会漏掉人脸：请检查副本）</translation>
    </message>
    <message>
        <source>redact needs at least one --box X,Y,W,H (or --suggest).</source>
        <translation>redact 至少需要一个 --box X,Y,W,H（或 --suggest）。</translation>
    </message>
    <message>
        <source>Suggested face: %1</source>
        <translation>建议的人脸：%1</translation>
    </message>
    <message>
        <source>Nothing to redact: give boxes with --box. Nothing was stored.</source>
        <translation>没有可遮盖的内容：请用 --box 给出方框。未保存任何内容。</translation>
    </message>
    <message>
        <source>The same redacted copy is already on the case (item %1).</source>
        <translation>相同的遮盖副本已在此案件中（第 %1 项）。</translation>
    </message>
    <message>
        <source>bpd-iad (Boston Police internal affairs, the default), accountability (the City&apos;s police accountability office), post (the state&apos;s POST Commission, for officers of any agency) or another body&apos;s name</source>
        <translation>bpd-iad（波士顿警察局内务部门，默认）、accountability（市政府的警察问责办公室）、post（州 POST Commission，适用于任何机构的警员）或其他机构的名称</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability, post or a body&apos;s name.</source>
        <translation>--to 需要 bpd-iad、accountability、post 或某个机构的名称。</translation>
    </message>
    <message>
        <source>with --pdf</source>
        <translation>配合 --pdf</translation>
    </message>
    <message>
        <source>a4 or letter (default: the paper last chosen in the app, else letter)</source>
        <translation>a4 或 letter（默认：应用中最后选择的纸张，否则为 letter）</translation>
    </message>
    <message>
        <source>trustdesk-cli %1 does not work with an office server yet.</source>
        <translation>trustdesk-cli %1 暂时不能用于办公室服务器。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive column of the case list. Use one of: %2.</source>
        <translation>“%1”不是案件列表的敏感列。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>write the list as CSV for a spreadsheet (UTF-8 with a byte-order mark); sensitive client columns are left out unless included; recorded in the audit log</source>
        <translation>将列表写成供电子表格使用的 CSV（带字节顺序标记的 UTF-8）；除非特意包含，当事人的敏感列不会写入；会记录在审计日志中</translation>
    </message>
    <message>
        <source>database file, or an office server&apos;s postgresql:// URI (default: %1)</source>
        <translation>数据库文件，或办公室服务器的 postgresql:// URI（默认：%1）</translation>
    </message>
    <message>
        <source>List officers recorded in more than one incident, most incidents first: incidents, cases, badge number, agency, first and last incident, violation categories, name. Officers are recognized by badge number (spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros ignored) and agency.</source>
        <translation>列出在多个事件中被记录的警员，事件最多的排在前面：事件数、案件数、警号、机构、首次和最近一次事件、违规类别、姓名。警员根据警号（忽略空格、“#”、“No.”和开头的零）和机构来识别。</translation>
    </message>
    <message>
        <source>print JSON instead of one line an officer</source>
        <translation>输出 JSON，而不是每名警员一行</translation>
    </message>
    <message>
        <source>only officers in at least N incidents (default 2; 1 lists all)</source>
        <translation>只列出至少涉及 N 个事件的警员（默认 2；1 列出全部）</translation>
    </message>
    <message>
        <source>instead, list the cases in which this badge number appears</source>
        <translation>改为列出出现此警号的案件</translation>
    </message>
    <message>
        <source>with --badge, only this agency (records without an agency match any)</source>
        <translation>与 --badge 一起使用，只限此机构（没有机构的记录与任何机构都匹配）</translation>
    </message>
    <message>
        <source>officers takes no arguments.</source>
        <translation>officers 不接受参数。</translation>
    </message>
    <message>
        <source>--min-incidents needs a whole number of 1 or more.</source>
        <translation>--min-incidents 需要一个大于或等于 1 的整数。</translation>
    </message>
    <message>
        <source>--agency needs --badge.</source>
        <translation>--agency 需要 --badge。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cases and incidents by %1 and %2</source>
        <translation>按%1和%2统计的案件和事件</translation>
    </message>
    <message>
        <source>Cases and incidents by %1</source>
        <translation>按%1统计的案件和事件</translation>
    </message>
    <message>
        <source>Incidents dated %1 to %2</source>
        <translation>日期为 %1 至 %2 的事件</translation>
    </message>
    <message>
        <source>Incidents dated %1 or later</source>
        <translation>日期为 %1 或之后的事件</translation>
    </message>
    <message>
        <source>Incidents dated %1 or earlier</source>
        <translation>日期为 %1 或之前的事件</translation>
    </message>
    <message>
        <source>* suppressed: a count from 1 to %1, or one hidden so that such a count cannot be worked out from the totals.</source>
        <translation>* 已隐藏：1 到 %1 之间的计数，或为了不让这类计数从合计中被推算出来而隐藏的计数。</translation>
    </message>
    <message>
        <source>A case or incident can count in several rows or columns (several categories, or incidents in several months, districts or agencies); totals count each once, so they are less than the sum of their cells.</source>
        <translation>一个案件或事件可能计入几行或几列（涉及几种类别，或事件发生在不同月份、警区或机构）；合计中每项只计算一次，所以会小于各单元格之和。</translation>
    </message>
    <message>
        <source>--by takes one or two dimensions, e.g. --by category,month.</source>
        <translation>--by 接受一个或两个维度，例如 --by category,month。</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;. Use one or two of: %2.</source>
        <translation>未知的维度“%1”。请使用以下一个或两个：%2。</translation>
    </message>
    <message>
        <source>--by names &quot;%1&quot; twice.</source>
        <translation>--by 两次指定了“%1”。</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from 不能晚于 --to。</translation>
    </message>
    <message>
        <source>--min-count needs a whole number of 1 or more.</source>
        <translation>--min-count 需要一个大于或等于 1 的整数。</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>请选择 --json 或 --csv，不能同时使用。</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf 需要一个文件名。</translation>
    </message>
    <message>
        <source>Count cases and incidents by one or two dimensions, for an office&apos;s own overview or to publish. Counts from 1 to K-1 are suppressed, and further counts where one could otherwise be worked out from the totals; no names, references or free text are printed (docs/statistics.md).</source>
        <translation>按一个或两个维度统计案件和事件，供办公室内部了解情况或公开发布。1 到 K-1 之间的计数会被隐藏，可能从合计中推算出这些计数的其他计数也会被隐藏；不输出任何姓名、案件编号或自由文本（docs/statistics.md）。</translation>
    </message>
    <message>
        <source>one or two dimensions, comma-separated (default category): %1</source>
        <translation>一个或两个维度，用逗号分隔（默认 category）：%1</translation>
    </message>
    <message>
        <source>count incidents dated on or after D (YYYY-MM-DD)</source>
        <translation>统计日期在 D 当天或之后的事件（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>count incidents dated on or before D (YYYY-MM-DD)</source>
        <translation>统计日期在 D 当天或之前的事件（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>suppress counts below K (default %1)</source>
        <translation>隐藏小于 K 的计数（默认 %1）</translation>
    </message>
    <message>
        <source>only cases with these statuses, comma-separated</source>
        <translation>只统计这些状态的案件，用逗号分隔</translation>
    </message>
    <message>
        <source>only the cases assigned to this caseworker</source>
        <translation>只统计分配给此个案负责人的案件</translation>
    </message>
    <message>
        <source>print JSON: each count, or null when suppressed</source>
        <translation>输出 JSON：每个计数，被隐藏时为 null</translation>
    </message>
    <message>
        <source>print CSV (UTF-8 with a byte order mark)</source>
        <translation>输出 CSV（带字节顺序标记的 UTF-8）</translation>
    </message>
    <message>
        <source>also write the statistics as a PDF report to FILE</source>
        <translation>同时将统计数据写成 PDF 报告，保存到 FILE</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>stats 不接受参数。</translation>
    </message>
    <message>
        <source>This program cannot write PDFs.</source>
        <translation>此程序无法写入 PDF。</translation>
    </message>
    <message>
        <source>The office key has no recovery key: give your own passphrase.</source>
        <translation>办公室密钥没有恢复密钥：请提供您自己的密码。</translation>
    </message>
    <message>
        <source>write the list as an Excel workbook (.xlsx) to the file given with --out; the same columns as --csv, recorded in the audit log</source>
        <translation>将列表写成 Excel 工作簿（.xlsx），保存到 --out 指定的文件；列与 --csv 相同，会记录在审计日志中</translation>
    </message>
    <message>
        <source>with --csv or --xlsx, deliberately add this sensitive client column (%1); repeatable, recorded in the audit log</source>
        <translation>与 --csv 或 --xlsx 一起使用：特意加入当事人的这一敏感列（%1）；可重复使用，会记录在审计日志中</translation>
    </message>
    <message>
        <source>with --csv, write to FILE (owner-only) instead of standard output; with --xlsx, the file to write (required)</source>
        <translation>与 --csv 一起使用：写入 FILE（仅所有者可访问）而不是标准输出；与 --xlsx 一起使用：要写入的文件（必需）</translation>
    </message>
    <message>
        <source>Choose one of --csv, --xlsx and --json.</source>
        <translation>请在 --csv、--xlsx 和 --json 中选择一个。</translation>
    </message>
    <message>
        <source>--include and --out need --csv or --xlsx.</source>
        <translation>--include 和 --out 需要与 --csv 或 --xlsx 一起使用。</translation>
    </message>
    <message>
        <source>An XLSX workbook is binary and is not written to a terminal. Give the file to write with --out FILE.</source>
        <translation>XLSX 工作簿是二进制文件，不会输出到终端。请用 --out FILE 指定要写入的文件。</translation>
    </message>
    <message>
        <source>--xlsx writes a file, not standard output: give it with --out FILE.</source>
        <translation>--xlsx 写入文件而不是标准输出：请用 --out FILE 指定文件。</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for the login &quot;%1&quot; with this passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`. Without at least one person&apos;s passphrase, the evidence on this server cannot be read: give the key to two people.</source>
        <translation>已创建办公室密钥，并用此密码为登录帐户“%1”加密保存了一份。请用 `trustdesk-cli office-key add LOGIN` 添加同事。如果没有至少一个人的密码，就无法读取此服务器上的证据：请让至少两个人持有密钥。</translation>
    </message>
    <message>
        <source>The office key was wrapped for the login &quot;%1&quot;: that person now opens the evidence with their own passphrase. Nothing was re-encrypted.</source>
        <translation>已为登录帐户“%1”加密保存了一份办公室密钥：此人现在可以用自己的密码打开证据。没有重新加密任何内容。</translation>
    </message>
    <message>
        <source>Manage the office key of an office server, which encrypts the evidence kept in it. &quot;init&quot; makes the key and wraps it for your login with a passphrase (from --passphrase-file or asked twice). &quot;add LOGIN&quot; wraps the same key for a colleague: your passphrase comes from the usual places, theirs from --new-passphrase-file or is asked twice. &quot;list&quot; shows the logins holding the key.</source>
        <translation>管理办公室服务器的办公室密钥，该密钥用于加密服务器上保存的证据。&quot;init&quot; 创建密钥，并用密码为您的登录帐户加密保存一份（密码来自 --passphrase-file，或询问两次）。&quot;add LOGIN&quot; 为同事加密保存同一个密钥：您的密码从通常的位置获取，同事的密码来自 --new-passphrase-file，或询问两次。&quot;list&quot; 列出持有密钥的登录帐户。</translation>
    </message>
    <message>
        <source>init, add or list</source>
        <translation>init、add 或 list</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s server login</source>
        <translation>用于 add：同事的服务器登录帐户</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s passphrase, the first line of FILE</source>
        <translation>用于 add：同事的密码，即 FILE 的第一行</translation>
    </message>
    <message>
        <source>office-key needs init, add LOGIN or list.</source>
        <translation>office-key 需要 init、add LOGIN 或 list。</translation>
    </message>
    <message>
        <source>An office key exists only on an office server: give --db a postgresql:// URI. A database file is encrypted with its own passphrase instead.</source>
        <translation>只有办公室服务器上才有办公室密钥：请为 --db 提供 postgresql:// URI。数据库文件则是用它自己的密码加密的。</translation>
    </message>
    <message>
        <source>Audit log checked only as far as your role allows: your %1 of %2 entries each match their hash. The links between everyone&apos;s entries can be checked only by a supervisor or an admin.</source>
        <translation>审计日志仅在您的角色允许的范围内检查：在 %2 条记录中，您可读取的 %1 条都与其哈希值相符。所有人的记录之间的链接只有主管或管理员才能检查。</translation>
    </message>
    <message>
        <source>--head was not checked: the entry may be one your role cannot read.</source>
        <translation>未检查 --head：该记录可能是您的角色无法读取的。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE and of its evidence to the folder FILE.evidence beside it (safe while TrustDesk is open); together they are an openable TrustDesk database. Neither may exist yet. Every evidence file is re-hashed while it is copied: a missing or changed file stops the backup with exit code 3 and nothing is left behind. Of an office database (a postgresql:// URI), FILE alone holds everything, evidence included, encrypted with the office key.</source>
        <translation>将数据库的一致副本写入 FILE，并将其证据写入旁边的文件夹 FILE.evidence（TrustDesk 打开时也可安全进行）；两者合起来就是一个可以打开的 TrustDesk 数据库。两者都不能已经存在。复制时会重新计算每个证据文件的哈希值：若有文件缺失或已被更改，备份会以退出码 3 停止，且不留下任何内容。对于办公室数据库（postgresql:// URI），所有内容（包括证据）都只保存在 FILE 中，并用办公室密钥加密。</translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents and its evidence with the backup FILE and the folder FILE.evidence beside it. The backup is verified first, every evidence file re-hashed; a backup that does not verify is refused and nothing changes. Run it while TrustDesk is closed. An encrypted backup (FILE.vault beside it) opens with the passphrase it was made with or the recovery key; it restores into an encrypted database, or onto a new path, which then opens like the backup. It is never restored into an unencrypted database. A plaintext backup restored into an encrypted database is encrypted on the way. An office backup restores into an empty office database only (a postgresql:// URI), opened with the passphrase of a login that held the office key when it was made.</source>
        <translation>用备份 FILE 及其旁边的文件夹 FILE.evidence 替换数据库的内容及其证据。会先验证备份，并重新计算每个证据文件的哈希值；未通过验证的备份会被拒绝，不做任何更改。请在 TrustDesk 关闭时运行。加密备份（旁边有 FILE.vault）用制作时的密码或恢复密钥打开；它可以恢复到加密数据库中，或恢复到新路径（之后像该备份一样打开）。它绝不会恢复到未加密的数据库中。未加密的备份恢复到加密数据库时，会在过程中被加密。办公室备份只能恢复到空的办公室数据库中（postgresql:// URI），并用制作备份时持有办公室密钥的某个登录帐户的密码打开。</translation>
    </message>
    <message>
        <source>office backup: whose copy of the office key opens it (default: the login of --db)</source>
        <translation>办公室备份：用哪个登录帐户的办公室密钥副本打开（默认：--db 中的登录帐户）</translation>
    </message>
    <message>
        <source>--login is for restoring an office backup into an office database.</source>
        <translation>--login 用于将办公室备份恢复到办公室数据库。</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so there is no passphrase to change. Your server login&apos;s password is the server administrator&apos;s to change.</source>
        <translation>此办公室服务器还没有办公室密钥，因此没有可更改的密码。您的服务器登录密码由服务器管理员负责更改。</translation>
    </message>
    <message>
        <source>Your passphrase for the office key was changed: the old one no longer opens the evidence on this server as &quot;%1&quot;. Colleagues keep their own passphrases; nothing was re-encrypted. Your server login&apos;s password is unchanged.</source>
        <translation>您的办公室密钥密码已更改：旧密码已无法再以“%1”的身份打开此服务器上的证据。同事们仍使用各自的密码；没有重新加密任何内容。您的服务器登录密码没有改变。</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted database. The current passphrase (or the recovery key) comes from the usual places; the new one from --new-passphrase-file, else it is asked twice on the terminal. Only the key file is rewritten, in one step: after a crash exactly one of the two passphrases works. The recovery key stays the same. Backups made before keep opening with the passphrase they were made with. On an office server (--db postgresql://…) it changes your own passphrase for the office key instead.</source>
        <translation>更改加密数据库的密码。当前密码（或恢复密钥）从通常的位置获取；新密码来自 --new-passphrase-file，否则会在终端上询问两次。只会一步重写密钥文件：即使中途崩溃，两个密码中也恰好有一个可用。恢复密钥保持不变。之前制作的备份仍用制作时的密码打开。在办公室服务器上（--db postgresql://…），则改为更改您自己的办公室密钥密码。</translation>
    </message>
    <message>
        <source>An office server is not encrypted with a passphrase: encrypt turns a database file into a vault. On a server, its logins and TLS protect the case data, and the evidence is already encrypted with the office key (`trustdesk-cli office-key`).</source>
        <translation>办公室服务器不用密码加密：encrypt 用于加密数据库文件。在服务器上，案件数据由服务器的登录帐户和 TLS 保护，证据也已用办公室密钥加密（`trustdesk-cli office-key`）。</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for your login with the office passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`.</source>
        <translation>已创建办公室密钥，并用办公室密码为您的登录帐户加密保存了一份。请用 `trustdesk-cli office-key add LOGIN` 添加同事。</translation>
    </message>
    <message>
        <source>Office key passphrase: </source>
        <translation>办公室密钥密码：</translation>
    </message>
    <message>
        <source>The server&apos;s office key needs your office passphrase: give --office-passphrase-file FILE or run migrate at a terminal.</source>
        <translation>服务器上的办公室密钥需要您的办公室密码：请提供 --office-passphrase-file FILE，或在终端中运行 migrate。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</source>
        <translation>
            <numerusform>已将 %n 个案件和 %1 个证据项目（%2 字节）复制到 %3 并完成检查：每个表的行都相同，审计链完好，每个项目读回时都与其 SHA-256 相符。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was only read: keep it as it is until colleagues have worked on the server for a while, then delete it with its evidence folder (or keep it as a backup in a safe place).</source>
        <translation>%1 只被读取，未做任何更改：请原样保留，等同事们在服务器上工作一段时间后，再将它连同其证据文件夹一起删除（或作为备份保存在安全的地方）。</translation>
    </message>
    <message>
        <source>Copy the database file given with --db, with its evidence, into an empty office server (--to URI), then check the copy. The file is only read. An encrypted file opens with its passphrase as usual (--passphrase-file…). The evidence on the server is encrypted with the office key: when the server has none, it is made and wrapped with your office passphrase (--office-passphrase-file or asked twice); otherwise that passphrase unlocks it. Nothing is kept on the server unless everything copied and checked.</source>
        <translation>将 --db 指定的数据库文件及其证据复制到空的办公室服务器（--to URI），然后检查副本。文件只会被读取。加密文件照常用其密码打开（--passphrase-file…）。服务器上的证据用办公室密钥加密：服务器还没有办公室密钥时，会创建一个，并用您的办公室密码加密保存（--office-passphrase-file，或询问两次）；否则用该密码解锁。只有全部复制并检查通过后，服务器上才会保留内容。</translation>
    </message>
    <message>
        <source>the office server, a postgresql:// URI (required)</source>
        <translation>办公室服务器，postgresql:// URI（必填）</translation>
    </message>
    <message>
        <source>your passphrase for the office key, the first line of FILE (not the file&apos;s passphrase)</source>
        <translation>您的办公室密钥密码，即 FILE 的第一行（不是数据库文件的密码）</translation>
    </message>
    <message>
        <source>print a summary as JSON</source>
        <translation>以 JSON 格式输出摘要</translation>
    </message>
    <message>
        <source>migrate takes no arguments.</source>
        <translation>migrate 不接受参数。</translation>
    </message>
    <message>
        <source>migrate needs --to URI.</source>
        <translation>migrate 需要 --to URI。</translation>
    </message>
    <message>
        <source>migrate copies a database file: give --db the file and --to the server.</source>
        <translation>migrate 复制的是数据库文件：请用 --db 指定文件，用 --to 指定服务器。</translation>
    </message>
    <message>
        <source>--to needs an office server&apos;s postgresql:// URI.</source>
        <translation>--to 需要办公室服务器的 postgresql:// URI。</translation>
    </message>
    <message>
        <source>The database file is at schema version %1, this version of TrustDesk at %2: open it once with the app or change it with trustdesk-cli to upgrade it, then migrate.</source>
        <translation>数据库文件的结构版本为 %1，而此版本的 TrustDesk 为 %2：请先用应用程序打开它一次，或用 trustdesk-cli 对它做一次更改，以便升级，然后再运行 migrate。</translation>
    </message>
    <message>
        <source>The office server already holds data (table &quot;%1&quot; has rows): migrate copies only into an empty office database. Nothing was changed.</source>
        <translation>办公室服务器中已有数据（表“%1”中有行）：migrate 只会复制到空的办公室数据库中。未做任何更改。</translation>
    </message>
    <message>
        <source>Migrating into the office database</source>
        <translation>正在迁移到办公室数据库</translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 bytes</source>
        <translation>证据：%1 / %2 字节</translation>
    </message>
    <message>
        <source>Checking the copy: %1 of %2</source>
        <translation>正在检查副本：%1 / %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>正在复制 %1：%2 / %3 行</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 已存在；请为备份选择一个新名称。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>It holds the whole office database, evidence included, encrypted with the office key: it opens with the passphrase of a person who held the key when it was made.</source>
        <translation>它包含整个办公室数据库（包括证据），并用办公室密钥加密：可用制作时持有该密钥的任何人的密码打开。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; the office database is unchanged. %2</source>
        <translation>“%1”未恢复；办公室数据库没有改变。%2</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Say whose passphrase opens the backup with --login: one of %1.</source>
        <translation>请用 --login 指定用谁的密码打开备份：%1 之一。</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>验证失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: %1 (made %2 by %3, schema %4; %n evidence item(s) open whole, audit log of %5 entries chains)</source>
        <translation>
            <numerusform>备份已验证：%1（由 %3 于 %2 制作，结构版本 %4；%n 个证据项目均可完整打开，%5 条审计日志记录的链完整）</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy on the server differs from the database file (%1). Nothing was kept on the server.</source>
        <translation>服务器上的副本与数据库文件不同（%1）。服务器上未保留任何内容。</translation>
    </message>
    <message>
        <source>Evidence item %1 (%2) of case %3 could not be copied: %4 Nothing was kept on the server.</source>
        <translation>无法复制案件 %3 的证据项目 %1（%2）：%4 服务器上未保留任何内容。</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 on the server</source>
        <translation>%1：%2 行，服务器上为 %3 行</translation>
    </message>
    <message>
        <source>%1: the rows&apos; contents</source>
        <translation>%1：各行的内容</translation>
    </message>
    <message>
        <source>evidence item %1 (%2)</source>
        <translation>证据项目 %1（%2）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is now %2 on this office server.</source>
        <translation>登录帐户“%1”在此办公室服务器上的角色现在是 %2。</translation>
    </message>
    <message>
        <source>the person&apos;s server login</source>
        <translation>此人的服务器登录帐户</translation>
    </message>
    <message>
        <source>for role: caseworker, supervisor or admin</source>
        <translation>用于 role：caseworker、supervisor 或 admin</translation>
    </message>
    <message>
        <source>for add: caseworker, supervisor or admin</source>
        <translation>用于 add：caseworker、supervisor 或 admin</translation>
    </message>
    <message>
        <source>for list: print JSON</source>
        <translation>用于 list：输出 JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use caseworker, supervisor or admin.</source>
        <translation>“%1”不是角色：请使用 caseworker、supervisor 或 admin。</translation>
    </message>
    <message>
        <source>Staff and roles exist only on an office server: give --db a postgresql:// URI. A database file belongs to whoever can open it.</source>
        <translation>只有办公室服务器上才有人员和角色：请为 --db 提供 postgresql:// URI。数据库文件属于任何能打开它的人。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no role on this office server any more; the login itself was kept.</source>
        <translation>登录帐户“%1”在此办公室服务器上已不再有角色；登录帐户本身已保留。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; had no role on this office server.</source>
        <translation>登录帐户“%1”在此办公室服务器上本来就没有角色。</translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity, links between records, the search index and case numbering, and re-hash every evidence file in the store (changed, missing or unexpected files fail). Changes nothing but the evidence chain of custody, which records each verification. With --backup FILE, check an office database&apos;s backup instead, without restoring it: every seal, the row counts, the audit chain and every evidence item&apos;s sealed chunks.</source>
        <translation>检查数据库：SQLite 完整性、记录之间的链接、搜索索引和案件编号，并重新计算证据库中每个证据文件的哈希值（有文件被更改、缺失或出现意外文件即为失败）。除了证据保管链（会记录每次验证）之外，不做任何更改。使用 --backup FILE 时，改为检查办公室数据库的备份而不恢复它：检查每个封印、行数、审计链，以及每个证据项目的封存数据块。</translation>
    </message>
    <message>
        <source>check this office backup file instead</source>
        <translation>改为检查此办公室备份文件</translation>
    </message>
    <message>
        <source>with --backup: whose copy of the office key opens it (default: the login of --db, or the only one)</source>
        <translation>与 --backup 一起使用：用哪个登录帐户的办公室密钥副本打开（默认：--db 中的登录帐户，或唯一的那一个）</translation>
    </message>
    <message>
        <source>--login goes with --backup.</source>
        <translation>--login 须与 --backup 一起使用。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure, 4 wrong or missing passphrase or recovery key, 5 not allowed to this login by the office server.</source>
        <translation>退出码：0 成功，1 用法错误，2 输入错误或未找到，3 完整性检查失败，4 密码或恢复密钥错误或缺失，5 办公室服务器不允许此登录账户执行该操作。</translation>
    </message>
    <message>
        <source>office passphrase file</source>
        <translation>办公室密码文件</translation>
    </message>
    <message>
        <source>login password file</source>
        <translation>登录密码文件</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has a new password; its old one no longer opens the office server.</source>
        <translation>登录帐户“%1”已有新密码；旧密码已无法再登录办公室服务器。</translation>
    </message>
    <message>
        <source>Manage the people of an office server (admins only). &quot;add LOGIN --role ROLE&quot; gives a login a role, creating the login (without a password, or with the first line of --password-file, ASCII only, of which the server receives only the SCRAM-SHA-256 verifier) when it is missing; &quot;role LOGIN ROLE&quot; changes it; &quot;password LOGIN --password-file FILE&quot; gives a staff member a new password (the same rules) and keeps the role; &quot;remove LOGIN&quot; takes every role away (the login stays); &quot;list&quot; shows login, role and whether the person holds the office key. Roles: caseworker, supervisor, admin.</source>
        <translation>管理办公室服务器上的人员（仅限管理员）。“add LOGIN --role ROLE”为登录帐户指定角色；如果该登录帐户不存在，会创建它（不设密码，或使用 --password-file 的第一行作为密码，只能是 ASCII，服务器只会收到它的 SCRAM-SHA-256 验证值）；“role LOGIN ROLE”更改角色；“password LOGIN --password-file FILE”为人员设置新密码（规则相同）并保留其角色；“remove LOGIN”取消其所有角色（登录帐户保留）；“list”显示登录帐户、角色以及此人是否持有办公室密钥。角色：caseworker、supervisor、admin。</translation>
    </message>
    <message>
        <source>add, role, password, remove or list</source>
        <translation>add、role、password、remove 或 list</translation>
    </message>
    <message>
        <source>for add and password: the login&apos;s password (ASCII), the first line of FILE; only its SCRAM-SHA-256 verifier is sent to the server</source>
        <translation>用于 add 和 password：登录帐户的密码（ASCII），即 FILE 的第一行；只有它的 SCRAM-SHA-256 验证值会发送到服务器</translation>
    </message>
    <message>
        <source>staff needs add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN or list.</source>
        <translation>staff 需要 add LOGIN --role ROLE、role LOGIN ROLE、password LOGIN --password-file FILE、remove LOGIN 或 list。</translation>
    </message>
</context>
</TS>
