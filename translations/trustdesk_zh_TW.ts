<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the audit log</source>
        <translation>正在寫入稽核日誌</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>正在讀取稽核日誌</translation>
    </message>
    <message>
        <source>Audit entry %1 is the first one but does not start the chain: earlier entries were removed.</source>
        <translation>稽核記錄 %1 是第一筆，卻不是鏈的開頭：之前的記錄已被刪除。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries between them were removed or inserted, or entry %2 was changed.</source>
        <translation>稽核記錄 %1 沒有接在記錄 %2 之後：兩者之間的記錄被刪除或插入，或記錄 %2 已被更改。</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its hash does not match its contents.</source>
        <translation>稽核記錄 %1 在寫入後被更改：其雜湊值與內容不符。</translation>
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
        <translation>%1：磁碟已滿。</translation>
    </message>
    <message>
        <source>%1: the copy could not be completed.</source>
        <translation>%1：無法完成複製。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>「%1」已存在；請為備份選擇一個新檔名。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>資料夾「%1」不存在。</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>無法開始備份。</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be created.</source>
        <translation>無法建立備份檔案「%1」。</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be opened.</source>
        <translation>無法開啟備份檔案「%1」。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在備份</translation>
    </message>
    <message>
        <source>The backup file could not be finished.</source>
        <translation>無法完成備份檔案。</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>無法將備份寫入磁碟。</translation>
    </message>
    <message>
        <source>The backup did not verify, so it was discarded: %1</source>
        <translation>備份未通過驗證，已被丟棄：%1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place.</source>
        <translation>無法將備份移到目標位置。</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>不能用資料庫自身來恢復它。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>「%1」未恢復：%2</translation>
    </message>
    <message>
        <source>The restore could not be started.</source>
        <translation>無法開始恢復。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>無法開啟「%1」。</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢復</translation>
    </message>
    <message>
        <source>The backup&apos;s evidence folder could not be created: %1</source>
        <translation>無法建立備份的證據資料夾：%1</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>未寫入備份：%1</translation>
    </message>
    <message>
        <source>The backup was not written, because evidence files in the store are missing or have changed (run verify to check the whole store):</source>
        <translation>未寫入備份，因為證據庫中有證據檔案缺失或已被更改（執行 verify 檢查整個證據庫）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, and a backup keeps its evidence there; choose a new file name for the backup.</source>
        <translation>「%1」已存在，而備份會把它的證據放在那裡；請為備份選擇一個新檔名。</translation>
    </message>
    <message>
        <source>Evidence kept being removed while the backup ran, so it was not written. Try again when no one is removing evidence.</source>
        <translation>備份期間一直有證據被移除，因此未寫入備份。請在沒有人移除證據時重試。</translation>
    </message>
    <message>
        <source>Evidence files of the backup are missing or have changed:</source>
        <translation>備份中的證據檔案缺失或已被更改：</translation>
    </message>
    <message>
        <source>the evidence cannot be written beside the database: %1</source>
        <translation>無法在資料庫旁邊寫入證據：%1</translation>
    </message>
    <message>
        <source>evidence files of the backup are missing or have changed:</source>
        <translation>備份中的證據檔案缺失或已被更改：</translation>
    </message>
    <message>
        <source>The database was restored, but its evidence could not be put in place (%1). Run the restore again.</source>
        <translation>資料庫已恢復，但無法將它的證據放到位（%1）。請再次執行恢復。</translation>
    </message>
    <message>
        <source>The backup was canceled; nothing was written.</source>
        <translation>備份已取消；未寫入任何內容。</translation>
    </message>
    <message>
        <source>The restore was canceled; nothing was changed.</source>
        <translation>恢復已取消；沒有任何更改。</translation>
    </message>
    <message>
        <source>The check of the backup was canceled.</source>
        <translation>備份檢查已取消。</translation>
    </message>
    <message>
        <source>This backup is encrypted: it opens only with the passphrase it was made with, or the recovery key.</source>
        <translation>此備份已加密：只能用製作備份時的密碼或復原金鑰開啟。</translation>
    </message>
    <message>
        <source>the backup cannot be encrypted beside the database: %1</source>
        <translation>無法在資料庫旁邊加密備份：%1</translation>
    </message>
    <message>
        <source>The backup was not written: the key file could not be copied.</source>
        <translation>未寫入備份：無法複製金鑰檔案。</translation>
    </message>
    <message>
        <source>the backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new database, or encrypt this one first.</source>
        <translation>備份已加密而此資料庫未加密，因此其中的個案會以未加密形式寫入。請將它還原到新資料庫，或先加密此資料庫。</translation>
    </message>
    <message>
        <source>the backup is of another encrypted database, and its evidence files are sealed with that database&apos;s keys. Restore it to a new path instead.</source>
        <translation>此備份來自另一個加密資料庫，其證據檔案以該資料庫的金鑰封存。請改為還原到新路徑。</translation>
    </message>
    <message>
        <source>the backup is not encrypted and holds evidence files, which would be placed unencrypted into this encrypted database. Restore it to a new path, then encrypt that database (trustdesk-cli encrypt).</source>
        <translation>此備份未加密且含有證據檔案，這些檔案會以未加密形式放入此加密資料庫。請將它還原到新路徑，再加密該資料庫（trustdesk-cli encrypt）。</translation>
    </message>
    <message>
        <source>The database was restored, but the audit entries made since the backup could not be added back to its log: %1</source>
        <translation>資料庫已還原，但備份之後產生的稽核記錄無法加回其日誌：%1</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>TrustDesk backup %1</source>
        <translation>TrustDesk 備份 %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>The backup is in %1.

Its evidence files are in the folder %2 beside it. Keep the two together: copy or move them as a pair, because the backup is not complete without its evidence folder.</source>
        <translation>備份位於 %1。

它的證據檔案在旁邊的資料夾 %2 中。請讓兩者始終在一起：複製或移動時要成對進行，因為缺少證據資料夾的備份是不完整的。</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 已存在。備份從不替換任何檔案：請選擇其他名稱。</translation>
    </message>
    <message>
        <source>The folder %1 already exists, and this backup would keep its evidence there. A backup never replaces anything: choose another name.</source>
        <translation>資料夾 %1 已存在，而此備份會把它的證據放在那裡。備份從不替換任何內容：請選擇其他名稱。</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>……還有 %n 項。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>The cases could not be counted</source>
        <translation>無法計算案件數量</translation>
    </message>
    <message>
        <source>The audit log could not be read</source>
        <translation>無法讀取稽核日誌</translation>
    </message>
</context>
<context>
    <name>BackupWrite</name>
    <message>
        <source>Back Up</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Back-up canceled; nothing was written.</source>
        <translation>備份已取消；未寫入任何內容。</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>未寫入備份。</translation>
    </message>
    <message>
        <source>The changes you have not saved yet in the open case are not in this backup.</source>
        <translation>已開啟案件中尚未儲存的更改不在此備份中。</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>備份已寫入 %1</translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation>備份已寫入</translation>
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
        <translation>當事人</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>追蹤事項</translation>
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
        <translation>%1 於 %3 修改了案件 %2。</translation>
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
        <translation>結案日期</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>個案負責人</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>當事人</translation>
    </message>
    <message>
        <source>Hidden (sensitive)</source>
        <translation>已隱藏（敏感）</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>警區</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>違規行為</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>陳述</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>警號 %1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>警員</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>證人</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>已提交的投訴</translation>
    </message>
    <message>
        <source>%1, %2, tracking number %3, %4</source>
        <translation>%1，%2，受理編號 %3，%4</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>追蹤事項</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>St&amp;atus</source>
        <translation>狀態(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>立案日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>結案日期(&amp;C)</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>個案負責人(&amp;W)</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>無法寫入匯出檔案：%1</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……還有 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added:
  %1</source>
        <translation>檔案未匯入；未新增任何內容：
  %1</translation>
    </message>
    <message>
        <source>The file is empty: it holds no TrustDesk cases.</source>
        <translation>檔案是空的：其中沒有 TrustDesk 案件。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>檔案不是有效的 JSON（第 %1 行，第 %2 列：%3）。</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: it must be a JSON object with &quot;format&quot;: &quot;trustdesk-cases&quot;.</source>
        <translation>這不是 TrustDesk 案件檔案：它必須是含有 &quot;format&quot;: &quot;trustdesk-cases&quot; 的 JSON 物件。</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: its &quot;format&quot; must be &quot;trustdesk-cases&quot;.</source>
        <translation>這不是 TrustDesk 案件檔案：它的 &quot;format&quot; 必須是 &quot;trustdesk-cases&quot;。</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>檔案的 &quot;version&quot; 必須是從 1 開始的整數。</translation>
    </message>
    <message>
        <source>The file was made by a newer TrustDesk (format version %1); this version reads version %2. Update TrustDesk to import it.</source>
        <translation>此檔案由較新版本的 TrustDesk 建立（格式版本 %1）；本版本只能讀取版本 %2。請更新 TrustDesk 後再匯入。</translation>
    </message>
    <message>
        <source>is required and must be a list.</source>
        <translation>是必填項，且必須是列表。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必須是物件。</translation>
    </message>
    <message>
        <source>repeats the reference of cases[%1].</source>
        <translation>與 cases[%1] 的編號重複。</translation>
    </message>
    <message>
        <source>is already used by a case in this database.</source>
        <translation>已被此資料庫中的一個案件使用。</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added: %1</source>
        <translation>檔案未匯入；未新增任何內容：%1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TrustDesk case file.</source>
        <translation>%1 是資料夾，不是 TrustDesk 案件檔案。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB: split it into several files.</source>
        <translation>%1 超過 1 GiB：請拆分成多個檔案。</translation>
    </message>
    <message>
        <source>is not a sensitive field.</source>
        <translation>不是敏感欄位。</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>must be an object.</source>
        <translation>必須是物件。</translation>
    </message>
    <message>
        <source>is not a known violation category code.</source>
        <translation>不是已知的違規類別代碼。</translation>
    </message>
    <message>
        <source>repeats the category &quot;%1&quot;.</source>
        <translation>重複了類別「%1」。</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>不能為負數。</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits.</source>
        <translation>必須是 64 位小寫十六進位數字。</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>必須是以下之一：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known case status.</source>
        <translation>「%1」不是已知的案件狀態。</translation>
    </message>
</context>
<context>
    <name>CaseListCsv</name>
    <message>
        <source>Reference</source>
        <translation>案件編號</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>個案負責人</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>當事人</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>匯出已停止。</translation>
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
        <translation>匯出案件清單</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <source>The case list was not exported: %1</source>
        <translation>案件清單未匯出：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 件案件匯出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>案件編號</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>當事人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>個案負責人</translation>
    </message>
</context>
<context>
    <name>CaseListReader</name>
    <message>
        <source>Reading the case list</source>
        <translation>正在讀取案件清單</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>匯出已停止。</translation>
    </message>
    <message>
        <source>%1 cannot be exported in a list.</source>
        <translation>%1 不能匯出到清單中。</translation>
    </message>
</context>
<context>
    <name>CaseListXlsx</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>記憶體不足</translation>
    </message>
    <message>
        <source>a heading was refused</source>
        <translation>某個欄標題無法寫入</translation>
    </message>
    <message>
        <source>no header was written</source>
        <translation>尚未寫入標題列</translation>
    </message>
    <message>
        <source>The list has more cases than a spreadsheet holds (%1 rows). Narrow the list, or export it as CSV.</source>
        <translation>清單中的案件超過試算表能容納的列數（%1 列）。請縮小清單範圍，或匯出為 CSV。</translation>
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
        <translation>結案日期</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>個案負責人</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>當事人</translation>
    </message>
    <message>
        <source>[withheld]</source>
        <translation>[已隱藏]</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>警區</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>違規行為</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>陳述</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>警員</translation>
    </message>
    <message>
        <source>%1, badge %2, unit %3, %4</source>
        <translation>%1，警號 %2，單位 %3，%4</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>證人</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <source>Sensitive fields are withheld. Use --include FIELD or --include-sensitive to show them (recorded in the audit log).</source>
        <translation>敏感欄位已隱藏。使用 --include 欄位 或 --include-sensitive 來顯示（會記入稽核日誌）。</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>Reading cases</source>
        <translation>正在讀取案件</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>沒有案件 %1。</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>該案件已不存在。</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>案件 %1 的狀態未知。</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not saved:
%1</source>
        <translation>案件未儲存：
%1</translation>
    </message>
    <message>
        <source>The case %1 no longer exists; it was not saved.</source>
        <translation>案件 %1 已不存在；未儲存。</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Deleting the case</source>
        <translation>正在刪除案件</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>正在更新搜尋索引</translation>
    </message>
    <message>
        <source>%1 Your changes were not saved; nothing was written.</source>
        <translation>%1 您的變更未儲存；沒有寫入任何內容。</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>正在儲存案件</translation>
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
        <translation>收集證據</translation>
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
        <translation>審查中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
</context>
<context>
    <name>CaseTextRedactor</name>
    <message>
        <source>Client notes</source>
        <translation>當事人備註</translation>
    </message>
    <message>
        <source>Incident %1, %2</source>
        <translation>事件 %1，%2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>police district</source>
        <translation>警察轄區</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>機關</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>經過敘述</translation>
    </message>
    <message>
        <source>Incident %1, officer %2, %3</source>
        <translation>事件 %1，員警 %2，%3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>警徽號碼</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Incident %1, witness %2, %3</source>
        <translation>事件 %1，證人 %2，%3</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>陳述</translation>
    </message>
    <message>
        <source>Evidence %1, %2</source>
        <translation>證據 %1，%2</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>檔名</translation>
    </message>
    <message>
        <source>provided by</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Filing %1, %2</source>
        <translation>申訴 %1，%2</translation>
    </message>
    <message>
        <source>filed with</source>
        <translation>提交對象</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>追蹤編號</translation>
    </message>
    <message>
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Follow-up %1, note</source>
        <translation>追蹤 %1，備註</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The case reference must look like TD-2026-00042.</source>
        <translation>案件編號格式應類似 TD-2026-00042。</translation>
    </message>
    <message>
        <source>The date the case was opened is required.</source>
        <translation>必須填寫立案日期。</translation>
    </message>
    <message>
        <source>A case cannot be closed before it was opened.</source>
        <translation>結案日期不能早於立案日期。</translation>
    </message>
    <message>
        <source>Say whom the complaint was filed with.</source>
        <translation>請說明投訴提交給了哪個機構。</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>追蹤事項需要截止日期。</translation>
    </message>
    <message>
        <source>The SHA-256 must be 64 lowercase hexadecimal digits.</source>
        <translation>SHA-256 必須是 64 位小寫十六進位數字。</translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation>大小不能為負數。</translation>
    </message>
    <message>
        <source>The original file name is required.</source>
        <translation>必須填寫原始檔名。</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name, or mark the client as anonymous.</source>
        <translation>請輸入當事人姓名，或將當事人標記為匿名。</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>這看起來不像電話號碼。</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>這看起來不像電子郵件地址。</translation>
    </message>
    <message>
        <source>The incident date is required.</source>
        <translation>必須填寫事件日期。</translation>
    </message>
    <message>
        <source>Unknown violation category &quot;%1&quot;.</source>
        <translation>未知的違規類別「%1」。</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, badge number or a description.</source>
        <translation>請填寫警員的姓名、警號或外貌描述。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>這個日期在未來。</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Saving the case</source>
        <translation>正在儲存案件</translation>
    </message>
    <message>
        <source>The case numbering could not be read.</source>
        <translation>無法讀取案件編號。</translation>
    </message>
    <message>
        <source>The client this case belongs to no longer exists.</source>
        <translation>此案件所屬的當事人已不存在。</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Anonymous client</source>
        <translation>匿名當事人</translation>
    </message>
</context>
<context>
    <name>ClientCopy</name>
    <message>
        <source>Your complaint</source>
        <translation>您的投訴</translation>
    </message>
    <message>
        <source>A short record of the complaint about police conduct filed for you, and what to do next. Keep this paper in a safe place.</source>
        <translation>這是為您提交的警察行為投訴的簡要記錄，以及接下來該做什麼。請把這張紙放在安全的地方。</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>案件編號：</translation>
    </message>
    <message>
        <source>To be filed with:</source>
        <translation>將提交給：</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>準備日期：</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>受理編號：</translation>
    </message>
    <message>
        <source>Filed with:</source>
        <translation>已提交給：</translation>
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
        <translation>投訴內容：</translation>
    </message>
    <message>
        <source>Your caseworker:</source>
        <translation>您的個案負責人：</translation>
    </message>
    <message>
        <source>The client copy could not be printed.</source>
        <translation>無法列印當事人副本。</translation>
    </message>
    <message>
        <source>Your legal-aid office:</source>
        <translation>您的法律扶助辦公室：</translation>
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
        <translation>偏好語言</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>需要口譯員</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
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
        <translation>出生國家</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>移民身分</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>A 號碼</translation>
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
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Sensitive: withheld from complaint reports, exports and printouts unless someone deliberately includes it (which is recorded).</source>
        <translation>敏感：不會出現在投訴報告、匯出檔案和列印件中，除非有人有意包含它（這會被記錄）。</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>需要口譯員</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>電子郵件(&amp;M)</translation>
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
        <translation>敏感欄位</translation>
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
        <translation>偏好語言(&amp;G)</translation>
    </message>
    <message>
        <source>Coun&amp;try of birth</source>
        <translation>出生國家(&amp;T)</translation>
    </message>
    <message>
        <source>Immigration &amp;status</source>
        <translation>移民身分(&amp;S)</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>A 號碼</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ClientMatcher</name>
    <message>
        <source>Looking for existing clients</source>
        <translation>正在尋找現有的當事人</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>create or migrate the database</source>
        <translation>建立或升級資料庫</translation>
    </message>
    <message>
        <source>list cases, optionally of one status</source>
        <translation>列出案件，可只列出某一狀態的案件</translation>
    </message>
    <message>
        <source>full-text search over cases</source>
        <translation>全文搜尋案件</translation>
    </message>
    <message>
        <source>check integrity and invariants (exit 3 on failure)</source>
        <translation>檢查完整性和規則（失敗時結束代碼為 3）</translation>
    </message>
    <message>
        <source>add fictional demo cases (for demos and benchmarks)</source>
        <translation>新增虛構的示範案件（用於示範和效能測試）</translation>
    </message>
    <message>
        <source>export cases as TrustDesk JSON</source>
        <translation>將案件匯出為 TrustDesk JSON</translation>
    </message>
    <message>
        <source>import a TrustDesk JSON file, all or nothing</source>
        <translation>匯入 TrustDesk JSON 檔案，要麼全部匯入，要麼都不匯入</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>顯示一個案件</translation>
    </message>
    <message>
        <source>attach files to a case as evidence</source>
        <translation>將檔案作為證據附加到案件</translation>
    </message>
    <message>
        <source>write the client&apos;s copy of a complaint as a PDF</source>
        <translation>將投訴的當事人副本寫成 PDF</translation>
    </message>
    <message>
        <source>list a case&apos;s evidence (SHA-256 first)</source>
        <translation>列出案件的證據（SHA-256 在前）</translation>
    </message>
    <message>
        <source>export a case&apos;s evidence with a manifest</source>
        <translation>匯出案件的證據及清單</translation>
    </message>
    <message>
        <source>write a case&apos;s complaint submission as a PDF</source>
        <translation>將案件的投訴提交材料寫成 PDF</translation>
    </message>
    <message>
        <source>write a consistent, verified copy of the database and its evidence</source>
        <translation>寫入一份一致且經過驗證的資料庫及其證據的副本</translation>
    </message>
    <message>
        <source>replace the database and its evidence with a verified backup</source>
        <translation>用經過驗證的備份替換資料庫及其證據</translation>
    </message>
    <message>
        <source>remove an evidence item from a case, with a reason</source>
        <translation>從案件中移除一個證據項目，並說明原因</translation>
    </message>
    <message>
        <source>list the audit log; &quot;audit verify&quot; checks its chain (exit 3 on a break)</source>
        <translation>列出稽核日誌；&quot;audit verify&quot; 檢查其鏈（鏈中斷時結束代碼為 3）</translation>
    </message>
    <message>
        <source>change an encrypted database&apos;s passphrase</source>
        <translation>變更加密資料庫的密碼</translation>
    </message>
    <message>
        <source>encrypt a plaintext database in place, safely</source>
        <translation>安全地就地加密未加密的資料庫</translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one to the current schema. A new database is encrypted: its passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal), and its recovery key is shown once or written to --recovery-key-out.</source>
        <translation>建立資料庫，或將現有資料庫更新為目前的結構。新資料庫會加密：其密碼來自 --passphrase-file（或 TRUSTDESK_PASSPHRASE_FILE 指定的檔案，或在終端機上詢問兩次），其復原金鑰會顯示一次或寫入 --recovery-key-out。</translation>
    </message>
    <message>
        <source>show or set the caseworker profile recorded as the actor</source>
        <translation>顯示或設定作為操作者記錄的個案負責人資料</translation>
    </message>
    <message>
        <source>rights guidance: list, show (--pdf), search, version, install</source>
        <translation>權利指南：list、show (--pdf)、search、version、install</translation>
    </message>
    <message>
        <source>store a redacted copy of an image (boxes filled or pixelated)</source>
        <translation>儲存圖片的遮蓋副本（方框塗黑或打上馬賽克）</translation>
    </message>
    <message>
        <source>suggest boxes over faces in an image, for review</source>
        <translation>在圖片中的人臉上建議方框，供審閱</translation>
    </message>
    <message>
        <source>list repeat officers, or the cases of one badge number</source>
        <translation>列出多次出現的警員，或某個警號的案件</translation>
    </message>
    <message>
        <source>count cases and incidents by category, month, district…</source>
        <translation>依類別、月份、警區等統計案件和事件</translation>
    </message>
    <message>
        <source>manage the office key that encrypts an office server&apos;s evidence</source>
        <translation>管理用來加密辦公室伺服器上證據的辦公室金鑰</translation>
    </message>
    <message>
        <source>copy a database file with its evidence into an office server</source>
        <translation>將資料庫檔案及其證據複製到辦公室伺服器</translation>
    </message>
    <message>
        <source>manage the people of an office server and their roles</source>
        <translation>管理辦公室伺服器上的人員及其角色</translation>
    </message>
</context>
<context>
    <name>ComplaintRecipient</name>
    <message>
        <source>Boston Police Department, Internal Affairs Division</source>
        <translation>波士頓警察局內務處</translation>
    </message>
    <message>
        <source>City of Boston, Office of Police Accountability and Transparency</source>
        <translation>波士頓市警察問責與透明辦公室</translation>
    </message>
    <message>
        <source>Massachusetts Peace Officer Standards and Training (POST) Commission</source>
        <translation>Massachusetts Peace Officer Standards and Training (POST) Commission</translation>
    </message>
    <message>
        <source>Complaints about any certified officer in the Commonwealth</source>
        <translation>投訴麻薩諸塞州內任何持證警員</translation>
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
        <translation>影片</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Complaint submission %1</source>
        <translation>投訴提交材料 %1</translation>
    </message>
    <message>
        <source>Incident %1 of %2</source>
        <translation>事件 %1/%2</translation>
    </message>
    <message>
        <source>DRAFT: the client&apos;s consent to file is not recorded in the case. Do not send this document until consent is recorded.</source>
        <translation>草稿：案件中沒有記錄當事人同意提交投訴。在記錄同意之前，請不要傳送此文件。</translation>
    </message>
    <message>
        <source>Complaint about police conduct</source>
        <translation>關於警察行為的投訴</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件方</translation>
    </message>
    <message>
        <source>The complainant, who asks to remain anonymous</source>
        <translation>投訴人，要求保持匿名</translation>
    </message>
    <message>
        <source>Filed on the complainant&apos;s behalf</source>
        <translation>代表投訴人提交</translation>
    </message>
    <message>
        <source>%1, on the complainant&apos;s behalf</source>
        <translation>%1，代表投訴人</translation>
    </message>
    <message>
        <source>An anonymous complainant</source>
        <translation>一位匿名投訴人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>發件方</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>案件編號</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投訴人</translation>
    </message>
    <message>
        <source>Not given: the complainant asks to remain anonymous</source>
        <translation>未提供：投訴人要求保持匿名</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>口譯員</translation>
    </message>
    <message>
        <source>Needed for any interview</source>
        <translation>任何面談都需要</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Information withheld.</source>
        <translation>已隱去的資訊。</translation>
    </message>
    <message>
        <source>To protect the complainant, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the complainant agrees.</source>
        <translation>為保護投訴人，本文件未包含以下類型的資訊：%1。如果調查需要且投訴人同意，提交人可以向調查人員提供這些資訊。</translation>
    </message>
    <message>
        <source>Included at the filer&apos;s deliberate choice: %1.</source>
        <translation>提交人有意選擇包含：%1。</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>警區</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>涉事警員</translation>
    </message>
    <message>
        <source>Name not known</source>
        <translation>姓名不詳</translation>
    </message>
    <message>
        <source>No officer could be identified.</source>
        <translation>未能確認任何警員的身分。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>警號</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Badge numbers are given exactly as the complainant recorded them.</source>
        <translation>警號完全按照投訴人的記錄填寫。</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>指控</translation>
    </message>
    <message>
        <source>The conduct is described in the account below.</source>
        <translation>具體行為見下面的陳述。</translation>
    </message>
    <message>
        <source> (incident %1)</source>
        <translation> （事件 %1）</translation>
    </message>
    <message>
        <source>Source [%1]: %2, %3.</source>
        <translation>來源 [%1]：%2，%3。</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>經過</translation>
    </message>
    <message>
        <source>No account was written down.</source>
        <translation>沒有書面陳述。</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>證人</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>No witnesses are named.</source>
        <translation>沒有列出證人。</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>What they saw or heard</source>
        <translation>他們看到或聽到的內容</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>No exhibits are attached.</source>
        <translation>沒有附件。</translation>
    </message>
    <message>
        <source>Each exhibit is identified by its SHA-256 fingerprint: any change to the file changes the fingerprint.</source>
        <translation>每個附件都以其 SHA-256 指紋識別：檔案的任何改動都會改變指紋。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>無描述</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收時間</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供人</translation>
    </message>
    <message>
        <source>We ask that you investigate the conduct described above, keep the complainant&apos;s identity and the withheld information confidential, give a tracking number for this complaint, and inform the complainant, through the filer, of the outcome.</source>
        <translation>我們請求貴方調查上述行為，對投訴人的身分和已隱去的資訊保密，為本投訴提供受理編號，並透過提交人將結果告知投訴人。</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>請求採取的行動</translation>
    </message>
    <message>
        <source>I declare that the information in this complaint is true and correct to the best of my knowledge.</source>
        <translation>我聲明，據我所知，本投訴中的資訊真實無誤。</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf and with their consent, given on %1. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>我代表投訴人並經其同意（同意日期：%1）提交本投訴。我聲明，本投訴如實反映了投訴人和證人告訴我的內容。</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>我代表投訴人提交本投訴。我聲明，本投訴如實反映了投訴人和證人告訴我的內容。</translation>
    </message>
    <message>
        <source>The information in this complaint is true and correct to the best of the complainant&apos;s knowledge.</source>
        <translation>據投訴人所知，本投訴中的資訊真實無誤。</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>聲明</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>簽名（選填）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Name (printed)</source>
        <translation>姓名（正楷）</translation>
    </message>
    <message>
        <source>Complaint submission · %1</source>
        <translation>投訴提交材料 · %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>產生於 %1</translation>
    </message>
    <message>
        <source>The complaint could not be printed.</source>
        <translation>無法列印投訴。</translation>
    </message>
    <message>
        <source>To protect the complainant and the witnesses, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the people concerned agree.</source>
        <translation>為保護投訴人和證人，本文件未包含以下類型的資訊：%1。如果調查需要且相關人員同意，提交人可以向調查人員提供這些資訊。</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>已隱去</translation>
    </message>
    <message>
        <source>Words in the accounts below that touch on immigration status were reviewed by the filer and are given as written.</source>
        <translation>以下陳述中涉及移民身分的字詞已由提交人審閱，依原文呈現。</translation>
    </message>
    <message>
        <source>Rule: %1, %2.</source>
        <translation>規則：%1，%2。</translation>
    </message>
    <message>
        <source>It applies to: %1.</source>
        <translation>適用於：%1。</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>來源：%1。</translation>
    </message>
    <message>
        <source>See also the guidance “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>另見指南「%1」，%2 指南（版本 %3，核對於 %4）。</translation>
    </message>
    <message>
        <source>Guidance: “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>指南：「%1」，%2 指南（版本 %3，核對於 %4）。</translation>
    </message>
    <message>
        <source>Redacted copy of exhibit %1: parts of the image are covered.</source>
        <translation>附件 %1 的遮蓋副本：圖片的部分內容已被遮蓋。</translation>
    </message>
    <message>
        <source>Redacted copy: parts of the image are covered.</source>
        <translation>遮蓋副本：圖片的部分內容已被遮蓋。</translation>
    </message>
    <message>
        <source>Original, not pictured: its redacted copy is exhibit %1.</source>
        <translation>原件，未顯示圖片：其遮蓋副本為附件 %1。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>無法寫入試算表：%1</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>Recording the chain of custody</source>
        <translation>正在寫入保管鏈</translation>
    </message>
    <message>
        <source>Reading the chain of custody</source>
        <translation>正在讀取保管鏈</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Starting to save</source>
        <translation>正在開始儲存</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在儲存</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>無法建立資料夾「%1」。</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be created.</source>
        <translation>無法建立資料庫檔案「%1」。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>資料庫「%1」不存在。</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>正在開啟資料庫</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>資料庫檔案已損壞，無法讀取。</translation>
    </message>
    <message>
        <source>This file is not a TrustDesk database. It was left untouched.</source>
        <translation>此檔案不是 TrustDesk 資料庫。檔案未被改動。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of TrustDesk. Update TrustDesk to open it.</source>
        <translation>此資料庫由較新版本的 TrustDesk 寫入。請更新 TrustDesk 後再開啟。</translation>
    </message>
    <message>
        <source>Setting up the database</source>
        <translation>正在設定資料庫</translation>
    </message>
    <message>
        <source>The database cannot be opened: the disk is full. Free some space and try again.</source>
        <translation>無法開啟資料庫：磁碟已滿。請釋放一些空間後重試。</translation>
    </message>
    <message>
        <source>The database key is missing.</source>
        <translation>缺少資料庫金鑰。</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens only with its passphrase or recovery key.</source>
        <translation>此資料庫已加密：只能用它的密碼或復原金鑰開啟。</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>此系統不支援加密。</translation>
    </message>
    <message>
        <source>The database could not be opened encrypted; nothing was written to it.</source>
        <translation>無法以加密方式開啟資料庫；未對它寫入任何內容。</translation>
    </message>
    <message>
        <source>The encrypted database could not be set up.</source>
        <translation>無法設定加密資料庫。</translation>
    </message>
    <message>
        <source>An office server database is not opened with a vault key: its connection is protected by the server&apos;s login and TLS.</source>
        <translation>辦公室伺服器上的資料庫不使用加密金鑰開啟：它的連線由伺服器的登入和 TLS 保護。</translation>
    </message>
    <message>
        <source>Starting to save: a save is already under way.</source>
        <translation>無法開始儲存：已有一次儲存正在進行。</translation>
    </message>
    <message>
        <source>Office servers need Qt&apos;s PostgreSQL driver: install the package libqt6sql6-psql.</source>
        <translation>連線辦公室伺服器需要 Qt 的 PostgreSQL 驅動程式：請安裝套件 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>The office database &quot;%1&quot; holds no TrustDesk data yet (run trustdesk-cli init to set it up).</source>
        <translation>辦公室資料庫「%1」中還沒有 TrustDesk 資料（請執行 trustdesk-cli init 進行設定）。</translation>
    </message>
    <message>
        <source>This database is not a TrustDesk database. It was left untouched.</source>
        <translation>此資料庫不是 TrustDesk 資料庫。資料庫未被改動。</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network connection, then try again; nothing you typed is lost.</source>
        <translation>無法連線到辦公室伺服器。請檢查網路連線，然後再試一次；您輸入的內容不會遺失。</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>檔案「%1」不存在。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>無法讀取檔案「%1」：%2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a TrustDesk database.</source>
        <translation>檔案「%1」是空的。它不是 TrustDesk 資料庫。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a TrustDesk database (it is not an SQLite database at all).</source>
        <translation>檔案「%1」不是 TrustDesk 資料庫（它根本不是 SQLite 資料庫）。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged (its header is invalid).</source>
        <translation>檔案「%1」已損壞（檔案頭無效）。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: it is shorter than its own header says (it may have been cut off while copying). It was left untouched.</source>
        <translation>檔案「%1」已損壞：它比檔案頭聲明的要短（可能在複製時被截斷）。檔案未被改動。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a TrustDesk database. It was left untouched.</source>
        <translation>檔案「%1」是其他應用程式的 SQLite 資料庫，不是 TrustDesk 資料庫。檔案未被改動。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of TrustDesk (schema %2; this version knows up to %3). Update TrustDesk to open it. It was left untouched.</source>
        <translation>檔案「%1」由較新版本的 TrustDesk 寫入（結構版本 %2；本版本最高支援 %3）。請更新 TrustDesk 後再開啟。檔案未被改動。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. TrustDesk needs to write to its database; copy it to a folder you can write to, or change its permissions.</source>
        <translation>檔案「%1」是唯讀的。TrustDesk 需要寫入它的資料庫；請把它複製到您可以寫入的資料夾，或更改它的權限。</translation>
    </message>
    <message>
        <source>The folder holding &quot;%1&quot; is read-only. TrustDesk needs to write beside its database file.</source>
        <translation>包含「%1」的資料夾是唯讀的。TrustDesk 需要在資料庫檔案旁邊寫入檔案。</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft has an invalid name.</source>
        <translation>草稿名稱無效。</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>無法建立草稿資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation>無法儲存草稿：%1</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>無法刪除草稿 %1。</translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <source>Attach Evidence Files</source>
        <translation>附加證據檔案</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>移除證據</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this case?

Its file leaves the evidence store unless another case holds the same file. Say why: the reason stays in the chain of custody.</source>
        <translation>要從此案件中移除「%1」嗎？

除非另一個案件也有相同的檔案，否則它的檔案會從證據庫中移除。請說明原因：原因會保留在保管鏈中。</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; is a symbolic link. Choose a real folder.</source>
        <translation>匯出資料夾「%1」是符號連結。請選擇一個真實的資料夾。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>「%1」已存在，但不是資料夾。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty. Export into a new or empty folder so nothing is overwritten.</source>
        <translation>資料夾「%1」不是空的。請匯出到新的或空的資料夾，以免覆蓋任何內容。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>無法建立資料夾「%1」。</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is missing from the evidence store and was not exported.</source>
        <translation>證據「%1」在證據庫中缺失，未匯出。</translation>
    </message>
    <message>
        <source>The export folder cannot be written: %1</source>
        <translation>無法寫入匯出資料夾：%1</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>匯出已停止：%1</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; has CHANGED since it was attached (SHA-256 mismatch) and was not exported.</source>
        <translation>證據「%1」在附加後已被更改（SHA-256 不匹配），未匯出。</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;: %2</source>
        <translation>證據「%1」：%2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>第 %1 項</translation>
    </message>
    <message>
        <source>Its metadata could not be removed (%1), so it was not exported. Export with metadata included to hand it over as stored.</source>
        <translation>無法移除其中繼資料（%1），因此未匯出。如需依儲存原樣交出，請在匯出時包含中繼資料。</translation>
    </message>
    <message>
        <source>The cleaned copy could not be saved.</source>
        <translation>無法儲存清理後的副本。</translation>
    </message>
    <message>
        <source>The exported copy could not be read.</source>
        <translation>無法讀取匯出的副本。</translation>
    </message>
    <message>
        <source>image too large</source>
        <translation>圖片過大</translation>
    </message>
    <message>
        <source>damaged or unusual image</source>
        <translation>圖片已損壞或格式特殊</translation>
    </message>
    <message>
        <source>The export folder cannot be written.</source>
        <translation>無法寫入匯出資料夾。</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written (is the disk full?).</source>
        <translation>無法寫入清理後的副本（磁碟是否已滿？）。</translation>
    </message>
</context>
<context>
    <name>EvidenceJob</name>
    <message>
        <source>&quot;%1&quot; was not attached: canceled.</source>
        <translation>未附加「%1」：已取消。</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;.</source>
        <translation>已附加「%1」。</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file of imported evidence.</source>
        <translation>已附加「%1」：匯入證據的檔案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already attached to this case as &quot;%2&quot;; it is stored once.</source>
        <translation>「%1」已作為「%2」附加到此案件；只儲存一次。</translation>
    </message>
    <message>
        <source>Verifying the evidence store</source>
        <translation>正在驗證證據庫</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) are intact.</source>
        <translation>
            <numerusform>全部 %n 個證據檔案完好無損。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file before showing it</source>
        <translation>顯示前正在檢查檔案</translation>
    </message>
</context>
<context>
    <name>EvidenceLabels</name>
    <message>
        <source>Client</source>
        <translation>當事人</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>證人</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>警員</translation>
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
        <translation>已檢視</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已匯出</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核驗</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>已編輯詳細資料</translation>
    </message>
    <message>
        <source>redacted copy of item %1</source>
        <translation>第 %1 項的遮蓋副本</translation>
    </message>
    <message>
        <source>redacted copy of %1</source>
        <translation>%1 的遮蓋副本</translation>
    </message>
    <message>
        <source>camera clock</source>
        <translation>相機時鐘</translation>
    </message>
    <message>
        <source>time the file was last changed</source>
        <translation>檔案最後修改時間</translation>
    </message>
    <message>
        <source>entered by the caseworker</source>
        <translation>由個案負責人填寫</translation>
    </message>
    <message>
        <source>source of the time not recorded</source>
        <translation>未記錄時間來源</translation>
    </message>
    <message>
        <source>file changed</source>
        <extracomment>A time that is only when the evidence file was last modified, in a narrow table cell.</extracomment>
        <translation>檔案修改時間</translation>
    </message>
    <message>
        <source>entered</source>
        <extracomment>A time a caseworker typed in, in a narrow table cell.</extracomment>
        <translation>手動填寫</translation>
    </message>
    <message>
        <source>Photo taken %1 (camera clock)</source>
        <translation>照片拍攝於 %1（相機時鐘）</translation>
    </message>
    <message>
        <source>Recorded %1 (device clock)</source>
        <translation>錄製於 %1（裝置時鐘）</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when the photo was taken)</source>
        <translation>檔案最後修改於 %1（不一定是照片的拍攝時間）</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when it was made)</source>
        <translation>檔案最後修改於 %1（不一定是其製作時間）</translation>
    </message>
    <message>
        <source>Photo taken %1 (as entered by the caseworker)</source>
        <translation>照片拍攝於 %1（由個案負責人填寫）</translation>
    </message>
    <message>
        <source>Made %1 (as entered by the caseworker)</source>
        <translation>製作於 %1（由個案負責人填寫）</translation>
    </message>
    <message>
        <source>Dated %1 (source of the time not recorded)</source>
        <translation>日期為 %1（未記錄時間來源）</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>只匯入了詳細資訊；檔案不在證據庫中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>拍攝時間</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
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
        <translation>TrustDesk 證據匯出</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>Exported: %1 by %2</source>
        <translation>匯出：%1，由 %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>項目數：%1</translation>
    </message>
    <message>
        <source>Check the files with: sha256sum -c SHA256SUMS</source>
        <translation>用以下命令檢查檔案：sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>（無檔案）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>原始名稱：%1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>檔案類型：%1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>大小：%1 位元組</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Captured: %1</source>
        <translation>拍攝時間：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Added: %1 by %2</source>
        <translation>新增：%1，由 %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>描述：%1</translation>
    </message>
    <message>
        <source>Chain of custody:</source>
        <translation>保管鏈：</translation>
    </message>
    <message>
        <source>Custody of items removed from the case:</source>
        <translation>已從案件移除的項目的保管記錄：</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>已隱藏</translation>
    </message>
    <message>
        <source>removed from this copy (%1); SHA-256 of the copy: %2</source>
        <translation>已從此副本移除（%1）；副本的 SHA-256：%2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未發現</translation>
    </message>
    <message>
        <source>kept as stored (included on purpose)</source>
        <translation>依儲存原樣保留（刻意包含）</translation>
    </message>
    <message>
        <source>not removed: TrustDesk cannot clean this kind of file</source>
        <translation>未移除：TrustDesk 無法清理此類檔案</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>中繼資料：%1</translation>
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
        <translation>類型：%1，%2</translation>
    </message>
    <message>
        <source>Type: %1, %2 (%3 bytes)</source>
        <translation>類型：%1，%2（%3 位元組）</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>檔案「%1」不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link. Attach the file it points to instead.</source>
        <translation>「%1」是符號連結。請改為附加它指向的檔案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Attach the files inside it instead.</source>
        <translation>「%1」是資料夾。請改為附加其中的檔案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket) and cannot be attached.</source>
        <translation>「%1」不是普通檔案（它是裝置、管道或socket），無法附加。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: permission denied.</source>
        <translation>無法讀取檔案「%1」：權限不足。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>無法讀取檔案「%1」：%2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>讀取「%1」失敗：%2。未儲存任何內容。</translation>
    </message>
    <message>
        <source>Writing the copy of &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>寫入「%1」的副本失敗：%2。未儲存任何內容。</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot; could not be copied. Nothing was stored; free some space and try again.</source>
        <translation>磁碟已滿：無法複製「%1」。未儲存任何內容；請釋放一些空間後重試。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was being copied. Nothing was stored; try again once the file is complete.</source>
        <translation>「%1」在複製過程中發生了變化。未儲存任何內容；請在檔案完整後重試。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted or moved while it was being copied. Nothing was stored.</source>
        <translation>「%1」在複製過程中被刪除或移動。未儲存任何內容。</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; was canceled. Nothing was stored.</source>
        <translation>已取消複製「%1」。未儲存任何內容。</translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation>正在讀取證據</translation>
    </message>
    <message>
        <source>Looking up the case</source>
        <translation>正在尋找案件</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>沒有案件 %1。</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; is not a folder. Nothing was stored.</source>
        <translation>證據庫「%1」不是資料夾。未儲存任何內容。</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; could not be created. Nothing was stored.</source>
        <translation>無法建立證據庫「%1」。未儲存任何內容。</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>未知來源「%1」。請使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty (0 bytes): there is nothing to attach.</source>
        <translation>檔案「%1」是空的（0 位元組）：沒有可附加的內容。</translation>
    </message>
    <message>
        <source>The evidence store cannot be written: %1. Nothing was stored.</source>
        <translation>無法寫入證據庫：%1。未儲存任何內容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be placed in the evidence store: %2. Nothing was stored.</source>
        <translation>無法將「%1」放入證據庫：%2。未儲存任何內容。</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>正在附加證據</translation>
    </message>
    <message>
        <source>The new evidence record could not be read back.</source>
        <translation>無法讀回新的證據記錄。</translation>
    </message>
    <message>
        <source>There is no evidence item %1.</source>
        <translation>沒有證據項目 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in the evidence store: only its details were imported.</source>
        <translation>「%1」在證據庫中沒有檔案：只匯入了它的詳細資訊。</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is missing from the evidence store.</source>
        <translation>「%1」的檔案在證據庫中缺失。</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; has changed since it was attached: its SHA-256 no longer matches.</source>
        <translation>「%1」的檔案在附加後已被更改：它的 SHA-256 不再匹配。</translation>
    </message>
    <message>
        <source>Give a reason for removing evidence: it is kept in the chain of custody.</source>
        <translation>請填寫移除證據的原因：它會保留在保管鏈中。</translation>
    </message>
    <message>
        <source>Removing evidence</source>
        <translation>正在移除證據</translation>
    </message>
    <message>
        <source>The file could not be removed from the evidence store: %1</source>
        <translation>無法從證據庫中移除檔案：%1</translation>
    </message>
    <message>
        <source>Saving the evidence details</source>
        <translation>正在儲存證據詳細資訊</translation>
    </message>
    <message>
        <source>The date captured is in the future. Give a date and time that have passed, or leave it unknown.</source>
        <translation>拍攝日期在未來。請提供已經過去的日期和時間，或將其留為不詳。</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; is damaged: it does not decrypt as it was written.</source>
        <translation>「%1」的儲存檔案已損壞：無法依寫入時的內容解密。</translation>
    </message>
    <message>
        <source>The redacted copy could not be stored: %1. Nothing was stored.</source>
        <translation>無法儲存遮蓋副本：%1。未儲存任何內容。</translation>
    </message>
    <message>
        <source>The redacted copy is empty.</source>
        <translation>遮蓋副本是空的。</translation>
    </message>
    <message>
        <source>Evidence item %1 is not the file the redaction was made from. Nothing was stored.</source>
        <translation>證據項目 %1 不是製作遮蓋時所用的檔案。未儲存任何內容。</translation>
    </message>
    <message>
        <source>Storing a redacted copy</source>
        <translation>正在儲存遮蓋副本</translation>
    </message>
    <message>
        <source>The evidence on an office server is encrypted with the office key, which is not unlocked.</source>
        <translation>辦公室伺服器上的證據以辦公室金鑰加密，而該金鑰尚未解鎖。</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreConversion</name>
    <message>
        <source>The evidence can only be encrypted into an encrypted database.</source>
        <translation>證據只能加密到加密資料庫中。</translation>
    </message>
    <message>
        <source>The encrypted evidence store must be a new folder, not the plaintext one.</source>
        <translation>加密證據庫必須是新的資料夾，而不是未加密的那一個。</translation>
    </message>
    <message>
        <source>The encrypted evidence store &quot;%1&quot; already exists and does not hold the evidence intact:</source>
        <translation>加密證據庫「%1」已存在，且其中的證據不完整：</translation>
    </message>
    <message>
        <source>The encrypted evidence store cannot be written beside the database: %1</source>
        <translation>無法在資料庫旁邊寫入加密證據庫：%1</translation>
    </message>
    <message>
        <source>The evidence was not encrypted, because files in the evidence store are missing or have changed (run verify to check the whole store):</source>
        <translation>證據未加密，因為證據庫中有檔案遺失或已變更（執行 verify 檢查整個證據庫）：</translation>
    </message>
    <message>
        <source>The encrypted evidence did not read back intact, so it was discarded:</source>
        <translation>加密後的證據讀回時不完整，因此已捨棄：</translation>
    </message>
    <message>
        <source>The encrypted evidence store could not be put in place: %1</source>
        <translation>無法將加密證據庫放到定位：%1</translation>
    </message>
    <message>
        <source>The plaintext evidence store &quot;%1&quot; could not be deleted completely.</source>
        <translation>無法完全刪除未加密證據庫「%1」。</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreCopy</name>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing (expected at %3).</source>
        <translation>案件 %1：證據「%2」缺失（應位於 %3）。</translation>
    </message>
    <message>
        <source>The disk is full: the evidence could not be copied.</source>
        <translation>磁碟已滿：無法複製證據。</translation>
    </message>
    <message>
        <source>The evidence could not be copied: %1</source>
        <translation>無法複製證據：%1</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read (%3).</source>
        <translation>案件 %1：無法讀取證據「%2」（%3）。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: a link or folder is in its place (%3).</source>
        <translation>案件 %1：無法檢查證據「%2」：它的位置上是一個連結或資料夾（%3）。</translation>
    </message>
    <message>
        <source>Copying the evidence was canceled.</source>
        <translation>已取消複製證據。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; was deleted while it was being read (%3).</source>
        <translation>案件 %1：證據「%2」在讀取過程中被刪除（%3）。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read to the end (%3).</source>
        <translation>案件 %1：無法完整讀取證據「%2」（%3）。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; changed while it was being read (%3).</source>
        <translation>案件 %1：證據「%2」在讀取過程中發生了變化（%3）。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>案件 %1：證據「%2」在附加後已被更改：應為 SHA-256 %3，實際為 %4。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is damaged: it does not decrypt, so it was changed, cut short, extended or replaced (%3).</source>
        <translation>個案 %1：證據「%2」已損壞：無法解密，表示它被更改、截短、加長或替換（%3）。</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>it cannot be read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>a link or folder is in its place</source>
        <translation>其位置上是一個連結或資料夾</translation>
    </message>
    <message>
        <source>The verification was canceled.</source>
        <translation>驗證已取消。</translation>
    </message>
    <message>
        <source>it could not be read to the end</source>
        <translation>無法完整讀取</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the evidence store (expected at %3).</source>
        <translation>案件 %1：證據「%2」在證據庫中缺失（應位於 %3）。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: %3 (%4).</source>
        <translation>案件 %1：無法檢查證據「%2」：%3（%4）。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>案件 %1：證據「%2」在附加後已被更改：應為 SHA-256 %3，實際為 %4。</translation>
    </message>
    <message>
        <source>The evidence store %1 is not a folder.</source>
        <translation>證據庫 %1 不是資料夾。</translation>
    </message>
    <message>
        <source>The evidence store can be opened by other accounts (mode %1); it should be 0700.</source>
        <translation>其他帳戶可以開啟證據庫（權限 %1）；應為 0700。</translation>
    </message>
    <message>
        <source>Unexpected file in the evidence store: %1 (%2).</source>
        <translation>證據庫中有意外的檔案：%1（%2）。</translation>
    </message>
    <message>
        <source>a symbolic link, not followed</source>
        <translation>符號連結，未跟隨</translation>
    </message>
    <message>
        <source>left over from an interrupted import or removal</source>
        <translation>中斷的匯入或移除留下的檔案</translation>
    </message>
    <message>
        <source>not part of the store&apos;s layout</source>
        <translation>不屬於證據庫的結構</translation>
    </message>
    <message>
        <source>The evidence folder %1 can be opened by other accounts; it should be 0700.</source>
        <translation>其他帳戶可以開啟證據資料夾 %1；應為 0700。</translation>
    </message>
    <message>
        <source>no evidence item holds it</source>
        <translation>沒有證據項目使用它</translation>
    </message>
    <message>
        <source>The evidence file %1 can be read by other accounts; it should be 0400.</source>
        <translation>其他帳戶可以讀取證據檔案 %1；應為 0400。</translation>
    </message>
    <message>
        <source>it does not decrypt: it was changed, cut short, extended or replaced</source>
        <translation>無法解密：它被更改、截短、加長或替換</translation>
    </message>
    <message>
        <source>The evidence on this office server can be checked only with the office key.</source>
        <translation>此辦公室伺服器上的證據只能用辦公室金鑰檢查。</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the office server.</source>
        <translation>案件 %1：辦公室伺服器上缺少證據「%2」。</translation>
    </message>
    <message>
        <source>The evidence could not be read from the office server.</source>
        <translation>無法從辦公室伺服器讀取證據。</translation>
    </message>
</context>
<context>
    <name>FaceSuggester</name>
    <message>
        <source>Face suggestions need OpenCV&apos;s face models, which are not installed: %1 is missing or cannot be read. Install the package opencv-data, or draw the boxes by hand.</source>
        <translation>人臉建議需要 OpenCV 的人臉模型，但尚未安裝：%1 遺失或無法讀取。請安裝 opencv-data 套件，或手動繪製方框。</translation>
    </message>
</context>
<context>
    <name>FieldRegistry</name>
    <message>
        <source>Not a time: type it as HH:MM, e.g. 14:30.</source>
        <translation>不是時間：請按 HH:MM 格式輸入，例如 14:30。</translation>
    </message>
    <message>
        <source>Not a date: type it like %1.</source>
        <translation>不是日期：請按 %1 這樣的格式輸入。</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Open TrustDesk Database</source>
        <translation>開啟 TrustDesk 資料庫</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite *.trustdesk *.db);;All files (*)</source>
        <translation>TrustDesk 資料庫 (*.sqlite *.trustdesk *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>New TrustDesk Database</source>
        <translation>建立新的 TrustDesk 資料庫</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite)</source>
        <translation>TrustDesk 資料庫 (*.sqlite)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>備份另存為</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk)</source>
        <translation>TrustDesk 備份 (*.trustdesk)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk *.sqlite *.db);;All files (*)</source>
        <translation>TrustDesk 備份 (*.trustdesk *.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save Recovery Key As</source>
        <translation>復原金鑰另存為</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>匯出案件清單</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV 試算表 (*.csv)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>匯出統計資料</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Office Server&apos;s Certificate Authority</source>
        <translation>辦公室伺服器的憑證授權單位</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>憑證 (*.pem *.crt *.cer);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Restore Office Backup</source>
        <translation>恢復辦公室備份</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob);;All files (*)</source>
        <translation>TrustDesk 辦公室備份 (*.tdob);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
</context>
<context>
    <name>FileMoves</name>
    <message>
        <source>The folder could not be moved into place: %1</source>
        <translation>無法將資料夾移到目標位置：%1</translation>
    </message>
</context>
<context>
    <name>FollowUpQuery</name>
    <message>
        <source>Reading follow-ups</source>
        <translation>正在讀取追蹤事項</translation>
    </message>
</context>
<context>
    <name>GeneratedReportLog</name>
    <message>
        <source>Recording the generated report</source>
        <translation>正在記錄產生的報告</translation>
    </message>
    <message>
        <source>Reading the generated reports</source>
        <translation>正在讀取產生的報告</translation>
    </message>
</context>
<context>
    <name>GuidanceHandout</name>
    <message>
        <source>There is no guidance article &quot;%1&quot;.</source>
        <translation>沒有指南文章「%1」。</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>該指南沒有「%1」版本。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Language: %1 (%2). Translation status: %3.</source>
        <translation>語言：%1（%2）。翻譯狀態：%3。</translation>
    </message>
    <message>
        <source>Guidance pack %1, version %2, last reviewed %3. This is general information, not legal advice.</source>
        <translation>指南包 %1，版本 %2，最近審閱於 %3。這是一般資訊，不是法律意見。</translation>
    </message>
    <message>
        <source>TrustDesk rights guidance · %1</source>
        <translation>TrustDesk 權利指南 · %1</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>無法列印資料單。</translation>
    </message>
    <message>
        <source>Your legal-aid office</source>
        <translation>您的法律扶助辦公室</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>來源最後核對日期：%1</translation>
    </message>
</context>
<context>
    <name>GuidancePackLoader</name>
    <message>
        <source>%1 is missing or unreadable.</source>
        <translation>%1 缺失或無法讀取。</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 太大。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 不是有效的 UTF-8 文字。</translation>
    </message>
    <message>
        <source>manifest.json: %1 needs a text value for &quot;%2&quot;.</source>
        <translation>manifest.json：%1 的 &quot;%2&quot; 需要一個文字值。</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (at byte %1: %2).</source>
        <translation>manifest.json 不是有效的 JSON（第 %1 位元組：%2）。</translation>
    </message>
    <message>
        <source>manifest.json is not a TrustDesk guidance pack manifest.</source>
        <translation>manifest.json 不是 TrustDesk 指南包清單。</translation>
    </message>
    <message>
        <source>manifest.json: &quot;last_reviewed&quot; must be a date like 2026-11-24.</source>
        <translation>manifest.json：&quot;last_reviewed&quot; 必須是類似 2026-11-24 的日期。</translation>
    </message>
    <message>
        <source>manifest.json: source %1 needs a web address (https://…).</source>
        <translation>manifest.json：來源 %1 需要一個網址（https://…）。</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has direction &quot;%2&quot;; use ltr or rtl.</source>
        <translation>manifest.json：語言 %1 的方向為「%2」；請使用 ltr 或 rtl。</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has an unknown review status &quot;%2&quot;.</source>
        <translation>manifest.json：語言 %1 的審閱狀態「%2」未知。</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid language code.</source>
        <translation>manifest.json：「%1」不是有效的語言代碼。</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid article id.</source>
        <translation>manifest.json：「%1」不是有效的文章識別碼。</translation>
    </message>
    <message>
        <source>manifest.json must list sources, languages and articles.</source>
        <translation>manifest.json 必須列出來源、語言和文章。</translation>
    </message>
    <message>
        <source>The source language %1 is not among the pack&apos;s languages.</source>
        <translation>原始語言 %1 不在指南包的語言中。</translation>
    </message>
    <message>
        <source>Article %1 is listed twice.</source>
        <translation>文章 %1 被列出了兩次。</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 缺失或為空。</translation>
    </message>
    <message>
        <source>%1 must start with its title as a &quot;# &quot; heading.</source>
        <translation>%1 必須以「# 」標題形式的文章標題開頭。</translation>
    </message>
    <message>
        <source>%1 cites source %2, which the manifest does not list.</source>
        <translation>%1 引用了來源 %2，但清單中沒有列出它。</translation>
    </message>
    <message>
        <source>%1 links to article %2, which does not exist.</source>
        <translation>%1 連結到文章 %2，但該文章不存在。</translation>
    </message>
    <message>
        <source>manifest.json: source %1 has the date &quot;%2&quot;; use 2019, 2019-12 or 2019-12-04.</source>
        <translation>manifest.json：來源 %1 的日期為「%2」；請使用 2019、2019-12 或 2019-12-04。</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs at least one citation.</source>
        <translation>manifest.json：文章 %1 至少需要一條引用。</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs &quot;last_checked&quot;, a date like 2026-11-24.</source>
        <translation>manifest.json：文章 %1 需要 &quot;last_checked&quot;，即類似 2026-11-24 的日期。</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs a known review status and a date for %2.</source>
        <translation>manifest.json：文章 %1 需要已知的審閱狀態以及 %2 的日期。</translation>
    </message>
    <message>
        <source>manifest.json: article %1 cites source %2, which the manifest does not list.</source>
        <translation>manifest.json：文章 %1 引用了來源 %2，但清單中沒有列出該來源。</translation>
    </message>
    <message>
        <source>manifest.json: article %1 has a review for %2, which is not a language of the pack.</source>
        <translation>manifest.json：文章 %1 有針對 %2 的審閱，但 %2 不是該指南包的語言。</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names source %2, which the manifest does not list.</source>
        <translation>manifest.json：規則 %1 指向來源 %2，但清單中沒有列出該來源。</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names article %2, which does not exist.</source>
        <translation>manifest.json：規則 %1 指向文章 %2，但該文章不存在。</translation>
    </message>
    <message>
        <source>manifest.json: the violation category %1 is given to more than one rule.</source>
        <translation>manifest.json：違規類別 %1 被指派給了多條規則。</translation>
    </message>
    <message>
        <source>This guidance pack uses format version %1; this TrustDesk reads versions 1 to %2.</source>
        <translation>此指南包使用格式版本 %1；此 TrustDesk 只能讀取版本 1 至 %2。</translation>
    </message>
    <message>
        <source>manifest.json: &quot;pack_version&quot; must be numbers and dots, like 1.2.</source>
        <translation>manifest.json：&quot;pack_version&quot; 必須由數字和點組成，例如 1.2。</translation>
    </message>
    <message>
        <source>%1 links to source %2, which has no web address.</source>
        <translation>%1 連結到來源 %2，但該來源沒有網址。</translation>
    </message>
</context>
<context>
    <name>GuidancePackStore</name>
    <message>
        <source>The guidance update could not be written to %1.</source>
        <translation>無法將指南更新寫入 %1。</translation>
    </message>
    <message>
        <source>This pack is for &quot;%1&quot;; the guidance in use is &quot;%2&quot;. Nothing was installed.</source>
        <translation>此指南包適用於「%1」；正在使用的指南是「%2」。未安裝任何內容。</translation>
    </message>
    <message>
        <source>This pack is version %1; the guidance in use is already version %2. Only a newer version replaces it.</source>
        <translation>此指南包的版本為 %1；正在使用的指南已是版本 %2。只有較新的版本才能取代它。</translation>
    </message>
</context>
<context>
    <name>ImageRedactor</name>
    <message>
        <source>The file is not an image that can be redacted (JPEG, PNG, BMP, GIF or WebP).</source>
        <translation>該檔案不是可以遮蓋的圖片（JPEG、PNG、BMP、GIF 或 WebP）。</translation>
    </message>
    <message>
        <source>The redacted image could not be encoded.</source>
        <translation>無法產生遮蓋後的圖片。</translation>
    </message>
    <message>
        <source>The image is too large to redact (more than %1 MB).</source>
        <translation>圖片太大，無法遮蓋（超過 %1 MB）。</translation>
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
        <translation>時間(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>機構(&amp;G)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>經過</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>陳述(&amp;N)</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>警員</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>證人</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>&amp;Police district</source>
        <translation>警區(&amp;P)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>is required but missing.</source>
        <translation>是必填項，但缺失。</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>必須是文字。</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>不能為空。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>必須是 true 或 false。</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>必須是整數。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>是必填項。</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-01.</source>
        <translation>必須是類似 2026-03-01 的日期。</translation>
    </message>
    <message>
        <source>must be a time like 14:30.</source>
        <translation>必須是類似 14:30 的時間。</translation>
    </message>
    <message>
        <source>must be a UTC date and time like 2026-03-01T14:30:00Z.</source>
        <translation>必須是類似 2026-03-01T14:30:00Z 的 UTC 日期和時間。</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>必須是列表。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必須是物件。</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>不是已知欄位。</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>無法讀取%1「%2」：%3。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty: its first line must hold it.</source>
        <translation>%1「%2」是空的：其第一行必須包含它。</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>復原金鑰檔案</translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation>密碼檔案</translation>
    </message>
    <message>
        <source>This database is encrypted and there is no terminal to ask for its passphrase. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or give the recovery key with --recovery-key-file FILE.</source>
        <translation>此資料庫已加密，且沒有終端機可以詢問密碼。請用 --passphrase-file FILE 提供密碼（或在環境變數 %1 中指定該檔案），或用 --recovery-key-file FILE 提供復原金鑰。</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>未提供密碼。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何變更。</translation>
    </message>
    <message>
        <source>A new encrypted database needs a passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or add --unencrypted for throwaway data.</source>
        <translation>新的加密資料庫需要密碼，且沒有終端機可以詢問。請用 --passphrase-file FILE 提供密碼（或在環境變數 %1 中指定該檔案），或對臨時資料加上 --unencrypted。</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>新密碼（至少 %1 個字元）：</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再次輸入相同密碼：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>兩次輸入的密碼不一致；未做任何變更。</translation>
    </message>
    <message>
        <source>Encrypting needs a new passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1). Nothing was changed.</source>
        <translation>加密需要一個新密碼，且沒有終端機可以詢問。請用 --passphrase-file FILE 提供密碼（或在環境變數 %1 中指定該檔案）。未做任何變更。</translation>
    </message>
    <message>
        <source>The office key needs a passphrase for your login, and there is no terminal to ask for it. Give it with %1 FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <extracomment>%1 is the option that names the passphrase file, --passphrase-file or --office-passphrase-file</extracomment>
        <translation>開啟辦公室金鑰需要您登入帳號的密碼，且沒有終端機可以詢問。請用 %1 FILE 提供密碼（密碼寫在 FILE 的第一行）。未做任何變更。</translation>
    </message>
    <message>
        <source>The new passphrase is needed, and there is no terminal to ask for it. Give it with --new-passphrase-file FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <translation>需要新密碼，且沒有終端機可以詢問。請用 --new-passphrase-file FILE 提供（密碼寫在 FILE 的第一行）。未做任何變更。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>海地克里奧爾語</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙文</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>維德角克里奧爾語</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中文（簡體）</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁體）</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南文</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>索馬利語</translation>
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
        <translation>TrustDesk 無法開啟此資料庫。</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>開啟其他資料庫…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>新增資料庫…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
<context>
    <name>MetadataScrubber</name>
    <message>
        <source>This image is damaged or in a form TrustDesk cannot clean of metadata.</source>
        <translation>此圖片已損壞，或其格式使 TrustDesk 無法清除中繼資料。</translation>
    </message>
    <message>
        <source>The cleaned PDF would overwrite a file.</source>
        <translation>清理後的 PDF 會覆寫一個檔案。</translation>
    </message>
    <message>
        <source>PDF metadata cannot be removed here: qpdf and bubblewrap (packages qpdf and bubblewrap) are needed to open the PDF safely.</source>
        <translation>此處無法移除 PDF 中繼資料：需要 qpdf 和 bubblewrap（套件 qpdf 和 bubblewrap）才能安全開啟 PDF。</translation>
    </message>
    <message>
        <source>This PDF is damaged or could not be rebuilt without its metadata.</source>
        <translation>此 PDF 已損壞，或無法在移除中繼資料後重建。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation>正在升級資料庫</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>資料庫檔案已損壞，無法讀取。</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>正在建立資料庫</translation>
    </message>
    <message>
        <source>This version of TrustDesk cannot set up an office database.</source>
        <translation>此版本的 TrustDesk 無法設定辦公室資料庫。</translation>
    </message>
    <message>
        <source>The office database is damaged: its schema version is unknown.</source>
        <translation>辦公室資料庫已損壞：其結構版本不明。</translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>請至少使用 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>兩次輸入的密碼不一致。請輸入兩次相同的密碼。</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Choose another.</source>
        <translation>新密碼與目前的密碼相同。請另選一個。</translation>
    </message>
</context>
<context>
    <name>OfficeBackup</name>
    <message>
        <source>The backup file could not be written.</source>
        <translation>無法寫入備份檔案。</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>已取消；未寫入備份。</translation>
    </message>
    <message>
        <source>The backup holds a column this version of TrustDesk does not know (%1.%2); restore it with the version that made it.</source>
        <translation>備份中有此版本的 TrustDesk 不認得的欄位（%1.%2）；請用製作該備份的版本來恢復。</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>正在備份辦公室資料庫</translation>
    </message>
    <message>
        <source>Only an office database is backed up this way.</source>
        <translation>只有辦公室資料庫才用這種方式備份。</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with `trustdesk-cli office-key init`.</source>
        <translation>此辦公室資料庫還沒有辦公室金鑰，因此無法加密其備份。請先用 `trustdesk-cli office-key init` 建立金鑰。</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 已存在；請為備份選擇一個新名稱。</translation>
    </message>
    <message>
        <source>The backup file could not be made in %1.</source>
        <translation>無法在 %1 中建立備份檔案。</translation>
    </message>
    <message>
        <source>The office database has a table this version of TrustDesk cannot back up (%1); nothing was written.</source>
        <translation>辦公室資料庫中有此版本的 TrustDesk 無法備份的資料表（%1）；未寫入任何內容。</translation>
    </message>
    <message>
        <source>The backup did not verify after writing; nothing was kept. %1</source>
        <translation>備份寫入後未通過驗證；未保留任何內容。%1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as %1.</source>
        <translation>無法將備份移到目標位置 %1。</translation>
    </message>
    <message>
        <source>Restoring the office database</source>
        <translation>正在恢復辦公室資料庫</translation>
    </message>
    <message>
        <source>An office backup restores into an office database.</source>
        <translation>辦公室備份只能恢復到辦公室資料庫中。</translation>
    </message>
    <message>
        <source>The office database holds data already; a backup is restored only into an empty one. Make a new database on the server (createdb) and restore into it.</source>
        <translation>辦公室資料庫中已有資料；備份只能恢復到空的資料庫中。請在伺服器上建立一個新資料庫（createdb），然後恢復到其中。</translation>
    </message>
    <message>
        <source>The backup was made by a newer TrustDesk; update TrustDesk to restore it.</source>
        <translation>此備份由較新版本的 TrustDesk 製作；請更新 TrustDesk 後再恢復。</translation>
    </message>
    <message>
        <source>The backup holds a table this version of TrustDesk does not know (%1).</source>
        <translation>備份中有此版本的 TrustDesk 不認得的資料表（%1）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>已取消；未恢復任何內容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it is not the backup as it was written.</source>
        <translation>「%1」已損壞或不完整：它已不是寫入時的那個備份。</translation>
    </message>
    <message>
        <source>The sealed content of evidence item %1 in the backup does not open whole with the office key.</source>
        <translation>備份中證據項目 %1 的封存內容無法用辦公室金鑰完整開啟。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>無法讀取「%1」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup of an office database.</source>
        <translation>「%1」不是辦公室資料庫的備份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer TrustDesk; update TrustDesk to open it.</source>
        <translation>「%1」由較新版本的 TrustDesk 製作；請更新 TrustDesk 後再開啟。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; held no copy of the office key when the backup was made; it opens with the passphrase of one of: %2.</source>
        <translation>製作備份時，登入帳號「%1」沒有辦公室金鑰的副本；此備份可用以下任一登入帳號的密碼開啟：%2。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The audit log in the backup does not chain at entry %1.</source>
        <translation>備份中的稽核日誌在記錄 %1 處斷鏈。</translation>
    </message>
    <message>
        <source>The office backup cannot be opened without the office key.</source>
        <translation>沒有辦公室金鑰就無法開啟辦公室備份。</translation>
    </message>
</context>
<context>
    <name>OfficeBackupFlow</name>
    <message>
        <source>TrustDesk office backup %1</source>
        <translation>TrustDesk 辦公室備份 %1</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>正在備份辦公室資料庫</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with trustdesk-cli office-key init.</source>
        <translation>此辦公室資料庫還沒有辦公室金鑰，因此無法加密其備份。請先用 trustdesk-cli office-key init 建立金鑰。</translation>
    </message>
    <message>
        <source>The backup is encrypted with the office key, which is not unlocked. Connect again (File › Connect to Office Server…) and give your office key passphrase, then back up.</source>
        <translation>備份以辦公室金鑰加密，而該金鑰尚未解鎖。請重新連線（檔案 › 連線到辦公室伺服器…）並輸入您的辦公室金鑰密碼，然後再備份。</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>The backup is in %1, written and checked.

It holds the whole office database, evidence included, encrypted with the office key: it opens with the office key passphrase of anyone who held the key today. Keep it somewhere other than the server.</source>
        <translation>備份已寫入 %1 並經過檢查。

它包含整個辦公室資料庫（包括證據），並以辦公室金鑰加密：今天持有該金鑰的任何人都可以用自己的辦公室金鑰密碼開啟它。請把它存放在伺服器以外的地方。</translation>
    </message>
    <message>
        <source>Save Office Backup As</source>
        <translation>辦公室備份另存為</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob)</source>
        <translation>TrustDesk 辦公室備份 (*.tdob)</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 已存在。備份從不替換任何檔案：請選擇其他名稱。</translation>
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
        <translation>要用誰的辦公室金鑰密碼開啟此備份？它可以用製作備份時持有辦公室金鑰的人的密碼開啟。</translation>
    </message>
    <message>
        <source>Your login %1 held no copy of the office key when this backup was made. Whose office key passphrase opens it?</source>
        <translation>製作此備份時，您的登入帳號 %1 沒有辦公室金鑰的副本。要用誰的辦公室金鑰密碼開啟它？</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>This backup holds no copy of the office key, so it cannot be opened.</source>
        <translation>此備份中沒有辦公室金鑰的任何副本，因此無法開啟。</translation>
    </message>
    <message>
        <source>The office key passphrase of login %1 (when the backup was made):</source>
        <translation>登入帳號 %1 的辦公室金鑰密碼（製作備份時的）：</translation>
    </message>
    <message>
        <source>Open the Office Backup</source>
        <translation>開啟辦公室備份</translation>
    </message>
    <message>
        <source>Opening the backup with the passphrase…</source>
        <translation>正在用密碼開啟備份…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Try again (login %1):</source>
        <translation>該密碼無法開啟此備份。請再試一次（登入帳號 %1）：</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key stored on the server is damaged. Ask the office&apos;s administrator to restore it from a backup.</source>
        <translation>伺服器上儲存的辦公室金鑰已損壞。請辦公室的系統管理員從備份還原。</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>記憶體不足，無法驗證密碼（需要 256 MiB）。</translation>
    </message>
</context>
<context>
    <name>OfficeKeyUnlock</name>
    <message>
        <source>Without the office key, evidence cannot be opened or attached, and drafts are kept in memory only.</source>
        <translation>沒有辦公室金鑰，就無法開啟或附加證據，草稿也只保存在記憶體中。</translation>
    </message>
    <message>
        <source>Unlock the Office Key</source>
        <translation>解鎖辦公室金鑰</translation>
    </message>
    <message>
        <source>This office server has no office key yet. %1</source>
        <translation>此辦公室伺服器還沒有辦公室金鑰。%1</translation>
    </message>
    <message>
        <source>Your login %1 cannot open the office key yet. Ask a colleague who holds it to run:

trustdesk-cli office-key add %1

%2</source>
        <translation>您的登入帳號 %1 還不能開啟辦公室金鑰。請一位已有金鑰的同事執行：

trustdesk-cli office-key add %1

%2</translation>
    </message>
    <message>
        <source>Office Key</source>
        <translation>辦公室金鑰</translation>
    </message>
    <message>
        <source>Your login %1 holds no office key: ask a colleague to run “trustdesk-cli office-key add %1”.</source>
        <translation>您的登入帳號 %1 沒有辦公室金鑰：請一位同事執行「trustdesk-cli office-key add %1」。</translation>
    </message>
    <message>
        <source>Your passphrase for the office key (login %1):</source>
        <translation>您的辦公室金鑰密碼（登入帳號 %1）：</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key. Try again (login %1):</source>
        <translation>該密碼無法開啟辦公室金鑰。請再試一次（登入帳號 %1）：</translation>
    </message>
    <message>
        <source>Unlocking the office key…</source>
        <translation>正在解鎖辦公室金鑰…</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>Reading the office key</source>
        <translation>正在讀取辦公室金鑰</translation>
    </message>
    <message>
        <source>An office key exists only in an office server&apos;s database.</source>
        <translation>只有辦公室伺服器的資料庫才有辦公室金鑰。</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so it cannot hold evidence. An administrator makes one with `trustdesk-cli office-key init`.</source>
        <translation>此辦公室伺服器還沒有辦公室金鑰，因此不能存放證據。系統管理員可以用 `trustdesk-cli office-key init` 建立金鑰。</translation>
    </message>
    <message>
        <source>The office key was made by a newer version of TrustDesk. Update TrustDesk to use the evidence on this server.</source>
        <translation>辦公室金鑰是由較新版本的 TrustDesk 建立的。請更新 TrustDesk，才能使用此伺服器上的證據。</translation>
    </message>
    <message>
        <source>Storing the office key</source>
        <translation>正在儲存辦公室金鑰</translation>
    </message>
    <message>
        <source>This office server has an office key already; it is never replaced (that would make its evidence unreadable). Add people with `trustdesk-cli office-key add`.</source>
        <translation>此辦公室伺服器已有辦公室金鑰；金鑰永遠不會被取代（否則其中的證據將無法讀取）。請用 `trustdesk-cli office-key add` 新增人員。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key. A colleague who has one adds it with `trustdesk-cli office-key add %1`.</source>
        <translation>登入帳號「%1」沒有辦公室金鑰的副本。請一位已有金鑰的同事用 `trustdesk-cli office-key add %1` 為其新增。</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>請指定要新增的登入帳號。</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was added.</source>
        <translation>該金鑰不是本辦公室的金鑰；未新增任何內容。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds a copy of the office key already; nothing was changed.</source>
        <translation>登入帳號「%1」已有辦公室金鑰的副本；未做任何變更。</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was changed.</source>
        <translation>該金鑰不是本辦公室的金鑰；未做任何變更。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key; nothing was changed.</source>
        <translation>登入帳號「%1」沒有辦公室金鑰的副本；未做任何變更。</translation>
    </message>
</context>
<context>
    <name>OfficeRestoreFlow</name>
    <message>
        <source>Restoring an office backup</source>
        <translation>正在恢復辦公室備份</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>恢復已取消；沒有任何更改。</translation>
    </message>
    <message>
        <source>Restore canceled; the office database %1 was left empty.</source>
        <translation>恢復已取消；辦公室資料庫 %1 仍是空的。</translation>
    </message>
    <message>
        <source>The backup was not restored; the office database %1 was left as empty as it was.</source>
        <translation>備份未恢復；辦公室資料庫 %1 仍和原來一樣是空的。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored, and nothing was changed.</source>
        <translation>無法恢復「%1」，沒有任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>The office database %1 now holds the %Ln case(s) of the backup %2, with their evidence and audit log; the backup and the audit log&apos;s chain were checked.</source>
        <translation>
            <numerusform>辦公室資料庫 %1 現在包含備份 %2 中的 %Ln 個案件及其證據和稽核日誌；備份和稽核日誌的鏈都已檢查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>已恢復到 %1。</translation>
    </message>
    <message>
        <source>Switch this window to the restored database? The window is on %1 now.</source>
        <translation>要將此視窗切換到恢復後的資料庫嗎？此視窗目前顯示的是 %1。</translation>
    </message>
    <message>
        <source>&amp;Switch to Restored Database</source>
        <translation>切換到恢復後的資料庫(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tay Here</source>
        <translation>留在這裡(&amp;T)</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>caseworker</source>
        <translation>個案負責人</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3</source>
        <translation>辦公室伺服器：%2 上的 %1，登入帳號 %3</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3 (%4)</source>
        <translation>辦公室伺服器：%2 上的 %1，登入帳號 %3（%4）</translation>
    </message>
</context>
<context>
    <name>OfficeTransfer</name>
    <message>
        <source>Copying the database to the server</source>
        <translation>正在將資料庫複製到伺服器</translation>
    </message>
    <message>
        <source>The server has no table &quot;%1&quot;.</source>
        <translation>伺服器上沒有資料表「%1」。</translation>
    </message>
    <message>
        <source>The server has a table this version of TrustDesk cannot copy (&quot;%1&quot;): use the version that made it.</source>
        <translation>伺服器上有此版本的 TrustDesk 無法複製的資料表（「%1」）：請使用建立它的版本。</translation>
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
        <translation>正在讀取警員</translation>
    </message>
</context>
<context>
    <name>OfficerRosterModel</name>
    <message>
        <source>(agency unknown)</source>
        <translation>（機構不明）</translation>
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
        <translation>警號</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>違規行為</translation>
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
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>Stopped: &quot;%1&quot; was not written.</source>
        <translation>已停止：未寫入「%1」。</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>&quot;%1&quot; was not written.</source>
        <translation>未寫入「%1」。</translation>
    </message>
</context>
<context>
    <name>PgConnectFailure</name>
    <message>
        <source>Cannot reach the office server at %1. Check the network or ask your administrator; nothing was lost, try again.</source>
        <translation>無法連線到位於 %1 的辦公室伺服器。請檢查網路或詢問您的系統管理員；沒有遺失任何內容，請再試一次。</translation>
    </message>
    <message>
        <source>The office server wants a password for the login %1. Enter your server password and try again.</source>
        <translation>辦公室伺服器要求登入帳號 %1 提供密碼。請輸入您的伺服器密碼，然後再試一次。</translation>
    </message>
    <message>
        <source>The server refused the password for the login %1. Check the password (capitals count) and try again, or ask your administrator.</source>
        <translation>伺服器拒絕了登入帳號 %1 的密碼。請檢查密碼（區分大小寫）後再試一次，或詢問您的系統管理員。</translation>
    </message>
    <message>
        <source>The office server at %1 did not let the login %2 open the database %3: the database may not exist there, or the server does not accept this login from this computer. Ask your administrator.</source>
        <translation>位於 %1 的辦公室伺服器不允許登入帳號 %2 開啟資料庫 %3：該資料庫可能不在那台伺服器上，或者伺服器不接受從這台電腦使用此登入帳號。請詢問您的系統管理員。</translation>
    </message>
    <message>
        <source>The office server at %1 could not be reached, or it refused the login. Try again; nothing was lost.</source>
        <translation>無法連線到位於 %1 的辦公室伺服器，或伺服器拒絕了該登入帳號。請再試一次；沒有遺失任何內容。</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The server address is not usable: %1</source>
        <translation>伺服器位址無法使用：%1</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>它必須以 postgresql:// 開頭</translation>
    </message>
    <message>
        <source>only one server can be named (no commas).</source>
        <translation>只能指定一台伺服器（不能有逗號）。</translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;.</source>
        <translation>資料庫名稱不能包含「/」。</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>連接埠「%1」不是 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; cannot contain &quot;;&quot;.</source>
        <translation>「%1」的值不能包含「;」。</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported.</source>
        <translation>不支援參數「%1」。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>這台電腦</translation>
    </message>
</context>
<context>
    <name>RedactJob</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <source>Covering the marked areas…</source>
        <translation>正在遮蓋標出的區域…</translation>
    </message>
    <message>
        <source>Making the new image…</source>
        <translation>正在產生新圖片…</translation>
    </message>
    <message>
        <source>Storing the copy and its record…</source>
        <translation>正在儲存副本及其紀錄…</translation>
    </message>
</context>
<context>
    <name>RedactionRecord</name>
    <message>
        <source>Unknown redaction method &quot;%1&quot;. Use fill or pixelate.</source>
        <translation>不明的遮蓋方式「%1」。請使用 fill 或 pixelate。</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; is not four whole numbers X,Y,W,H (left, top, width, height in pixels).</source>
        <translation>方框「%1」不是四個整數 X,Y,W,H（左、上、寬、高，單位為像素）。</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; has no area: its width and height must be at least 1.</source>
        <translation>方框「%1」沒有面積：寬和高必須至少為 1。</translation>
    </message>
    <message>
        <source>Give at least one box to redact.</source>
        <translation>請至少提供一個要遮蓋的方框。</translation>
    </message>
    <message>
        <source>The box %1 has no area: its width and height must be at least 1.</source>
        <translation>方框 %1 沒有面積：寬和高必須至少為 1。</translation>
    </message>
    <message>
        <source>The box %1 is not inside the image, which is %2×%3 pixels (upright).</source>
        <translation>方框 %1 不在圖片內，圖片為 %2×%3 像素（轉正後）。</translation>
    </message>
    <message>
        <source>The redaction record cannot be read.</source>
        <translation>無法讀取遮蓋紀錄。</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Checking the Backup</source>
        <translation>正在檢查備份</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>恢復已取消；沒有任何更改。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: it did not pass its check, so nothing was changed.</source>
        <translation>無法恢復「%1」：它沒有通過檢查，因此沒有任何更改。</translation>
    </message>
    <message>
        <source>The case you are editing has changes that are not saved. Save or close it first, then restore the backup.</source>
        <translation>您正在編輯的案件有未儲存的更改。請先儲存或關閉它，然後再恢復備份。</translation>
    </message>
    <message>
        <source>%1 is the database TrustDesk has open. Choose a backup of it instead.</source>
        <translation>%1 是 TrustDesk 目前開啟的資料庫。請改為選擇它的備份。</translation>
    </message>
    <message>
        <source>Replace the cases in TrustDesk with the cases in the backup?</source>
        <translation>用備份中的案件替換 TrustDesk 中的案件？</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln case(s) in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>
            <numerusform>TrustDesk 中現有的 %Ln 個案件及其證據將被備份中的案件替換。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cases in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>TrustDesk 中現有的案件及其證據將被備份中的案件替換。</translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s); its newest recorded change is from %2.</source>
        <translation>
            <numerusform>備份「%1」包含 %Ln 個案件；其中最新記錄的更改時間為 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s).</source>
        <translation>
            <numerusform>備份「%1」包含 %Ln 個案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything added or changed since that backup will be lost. The backup itself is not changed.</source>
        <translation>該備份之後新增或更改的所有內容都將遺失。備份本身不會被更改。</translation>
    </message>
    <message>
        <source>&amp;Replace with Backup</source>
        <translation>用備份替換(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The restore did not finish.</source>
        <translation>恢復未完成。</translation>
    </message>
    <message>
        <source>The backup was not restored, and nothing was changed.</source>
        <translation>備份未恢復，沒有任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk now holds the %Ln case(s) of the backup %1, with their evidence.</source>
        <translation>
            <numerusform>TrustDesk 現在包含備份 %1 中的 %Ln 個案件及其證據。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an encrypted backup, and the database open now is not encrypted: restoring it here would put its cases on this disk unencrypted, so it was not restored. Encrypt this database first (Encrypt… above the cases), then restore.</source>
        <translation>「%1」是加密備份，而目前開啟的資料庫未加密：在此還原會把其中的案件以未加密形式存放在這個磁碟上，因此沒有還原。請先加密此資料庫（案件清單上方的「加密…」），然後再還原。</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Filed with</source>
        <translation>提交給</translation>
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
        <translation>受理編號</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
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
        <translation>待辦內容</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>警號</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>警員</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>證詞</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>證人</translation>
    </message>
    <message>
        <source>Add co&amp;mplaint</source>
        <translation>新增投訴(&amp;M)</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>新增追蹤事項</translation>
    </message>
    <message>
        <source>Add office&amp;r</source>
        <translation>新增警員(&amp;R)</translation>
    </message>
    <message>
        <source>Add witne&amp;ss</source>
        <translation>新增證人(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ScramVerifier</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>加密函式庫無法啟動。</translation>
    </message>
    <message>
        <source>The login password is empty.</source>
        <translation>登入密碼是空的。</translation>
    </message>
    <message>
        <source>A login password may use only ASCII letters, digits, punctuation and spaces (no accented letters or other scripts): the server prepares other characters in a way TrustDesk cannot reproduce exactly, which could lock the person out. Choose a longer password of ASCII characters instead.</source>
        <translation>登入密碼只能使用 ASCII 字母、數字、標點和空格（不能有帶重音的字母或其他文字）：伺服器對其他字元的處理方式 TrustDesk 無法完全重現，可能導致此人無法登入。請改用一個較長、只含 ASCII 字元的密碼。</translation>
    </message>
    <message>
        <source>The login password cannot be prepared.</source>
        <translation>無法處理登入密碼。</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation>正在建立搜尋索引</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>正在更新搜尋索引</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>正在整理搜尋索引</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>正在搜尋</translation>
    </message>
</context>
<context>
    <name>SensitiveDetail</name>
    <message>
        <source>Witness contact details</source>
        <translation>證人聯絡方式</translation>
    </message>
</context>
<context>
    <name>ServerEvidence</name>
    <message>
        <source>The evidence could not be encrypted.</source>
        <translation>無法加密證據。</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the database reported an unexpected error.</source>
        <translation>%1：資料庫報告了意外錯誤。</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program. Try again in a moment.</source>
        <translation>%1：資料庫正被另一個程式使用。請稍後重試。</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (it is read-only).</source>
        <translation>%1：無法寫入資料庫檔案（它是唯讀的）。</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>%1：磁碟已滿。請釋放一些空間後重試；未儲存任何內容。</translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written.</source>
        <translation>%1：無法讀取或寫入資料庫檔案。</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1：資料庫檔案已損壞。</translation>
    </message>
    <message>
        <source>%1: the data conflicts with what is already stored.</source>
        <translation>%1：資料與已儲存的內容衝突。</translation>
    </message>
    <message>
        <source>%1: the connection to the office server was lost. Try again in a moment.</source>
        <translation>%1：與辦公室伺服器的連線已中斷。請稍後再試。</translation>
    </message>
    <message>
        <source>%1: the office server does not allow this login to make this change.</source>
        <translation>%1：辦公室伺服器不允許此登入帳號進行這項變更。</translation>
    </message>
    <message>
        <source>%1: the office server&apos;s disk is full; nothing was saved. Tell the office admin.</source>
        <translation>%1：辦公室伺服器的磁碟已滿；未儲存任何內容。請告知辦公室的系統管理員。</translation>
    </message>
    <message>
        <source>%1: your role on the office server does not allow this. Ask the office admin if you need it.</source>
        <translation>%1：您在辦公室伺服器上的角色不允許這樣做。如有需要，請詢問辦公室管理員。</translation>
    </message>
    <message>
        <source>%1: the office server refused this login. Ask your administrator.</source>
        <translation>%1：辦公室伺服器拒絕了此登入帳號。請詢問您的系統管理員。</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>Managing the office&apos;s staff</source>
        <translation>正在管理辦公室人員</translation>
    </message>
    <message>
        <source>That login cannot be staff: it is a superuser, a group or a system role.</source>
        <translation>該登入帳號不能作為辦公室人員：它是超級使用者、群組或系統角色。</translation>
    </message>
    <message>
        <source>%1: only an office admin may do this, and your login is not one. Ask an admin to do it, or to make you one (trustdesk-cli staff role LOGIN admin).</source>
        <translation>%1：只有辦公室管理員才能這樣做，而您的登入帳號不是管理員。請管理員來做，或請管理員把您設為管理員（trustdesk-cli staff role LOGIN admin）。</translation>
    </message>
    <message>
        <source>Setting a staff member&apos;s password</source>
        <translation>正在設定辦公室人員的密碼</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot; on this office server (trustdesk-cli staff list shows them).</source>
        <translation>此辦公室伺服器上沒有人員「%1」（trustdesk-cli staff list 會列出所有人員）。</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Other agency %1</source>
        <translation>其他機構 %1</translation>
    </message>
    <message>
        <source>Other outcome %1</source>
        <translation>其他結果 %1</translation>
    </message>
    <message>
        <source>Other district %1</source>
        <translation>其他警區 %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>違規類別</translation>
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
        <translation>警區</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>案件狀態</translation>
    </message>
    <message>
        <source>Complaint outcome</source>
        <translation>投訴結果</translation>
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
        <translation>未記錄類別</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Filed, no status recorded</source>
        <translation>已提交，未記錄狀態</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>The caseworkers could not be read.</source>
        <translation>無法讀取個案負責人。</translation>
    </message>
</context>
<context>
    <name>StatisticsChart</name>
    <message>
        <source>suppressed</source>
        <translation>已隱藏</translation>
    </message>
    <message>
        <source>Shaded: the count is suppressed (below the threshold).</source>
        <translation>陰影表示該計數已隱藏（低於門檻）。</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>匯出統計資料</translation>
    </message>
    <message>
        <source>Exported to %1. As for any published figures, no count below %2 is shown: %3 count(s) were hidden for being small and %4 more so that they cannot be worked out from the totals.</source>
        <translation>已匯出到 %1。與所有公開發布的數字一樣，小於 %2 的計數都不顯示：有 %3 個計數因數值太小而被隱藏，另有 %4 個計數被隱藏，以免從合計中推算出它們。</translation>
    </message>
    <message>
        <source>Exported to %1 with every count shown (no suppression).</source>
        <translation>已匯出到 %1，顯示了所有計數（未隱藏任何計數）。</translation>
    </message>
    <message numerus="yes">
        <source>%n rare agency or outcome name(s) are replaced by &quot;Other …&quot;.</source>
        <translation>
            <numerusform>有 %n 個少見的機構或結果名稱被替換為「其他 …」。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>無法在稽核日誌中記錄這次匯出：%1</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>Counting cases for the statistics</source>
        <translation>正在為統計資料計算案件</translation>
    </message>
    <message>
        <source>The statistics could not be counted: the database could not be read.</source>
        <translation>無法計算統計資料：無法讀取資料庫。</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Reported police conduct by %1 and %2</source>
        <translation>依%1和%2統計的已通報警察行為</translation>
    </message>
    <message>
        <source>Reported police conduct by %1</source>
        <translation>依%1統計的已通報警察行為</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2.</source>
        <translation>%1 至 %2 的事件。</translation>
    </message>
    <message>
        <source>All incidents recorded up to %1.</source>
        <translation>截至 %1 記錄的所有事件。</translation>
    </message>
    <message>
        <source>Cases with the status %1 only.</source>
        <translation>僅限狀態為 %1 的案件。</translation>
    </message>
    <message>
        <source>The cases of one caseworker only.</source>
        <translation>僅限一位個案負責人的案件。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Totals count each case and incident once; one can fall in several rows or columns, so the totals can be less than the sum of their cells.</source>
        <translation>合計中每件案件和每個事件只計算一次；一件案件或一個事件可能同時屬於好幾列或好幾欄，所以合計可能小於各儲存格的總和。</translation>
    </message>
    <message>
        <source>Table %1. Cases and incidents by %2</source>
        <translation>表 %1. 依%2統計的案件和事件</translation>
    </message>
    <message>
        <source>Table %1. %2 by %3 (rows) and %4 (columns)</source>
        <translation>表 %1. 依%3（列）和%4（欄）統計的%2</translation>
    </message>
    <message>
        <source>What is counted.</source>
        <translation>統計什麼。</translation>
    </message>
    <message>
        <source>A case is counted when at least one of its incidents falls in the period and passes the filters; a case with no recorded incident is not counted. Violation category, month, quarter, police district and agency describe an incident; case status and complaint outcome describe the case. The outcome is the status of the case&apos;s latest complaint submission as recorded, ignoring capitals and spacing; &quot;Not filed&quot; when there is none. Agencies are grouped ignoring capitals and spacing.</source>
        <translation>當一件案件至少有一個事件落在所選期間內並符合篩選條件時，該案件才會被計入；沒有記錄任何事件的案件不計入。違規類別、月份、季度、警區和機構描述的是事件；案件狀態和投訴結果描述的是案件。投訴結果是該案件最近一次投訴提交材料所記錄的狀態，不區分大小寫和空格；如果沒有提交，則為「未提交」。機構依名稱分組，不區分大小寫和空格。</translation>
    </message>
    <message>
        <source>Overlapping rows.</source>
        <translation>重疊的列。</translation>
    </message>
    <message>
        <source>An incident can allege several violation categories, and a case can have incidents in several months, districts or agencies; it then counts once in each row or column it belongs to. Totals count every case and incident once, so they can be smaller than the sum of their rows.</source>
        <translation>一個事件可能涉及好幾種違規類別，一件案件也可能有發生在不同月份、警區或機構的事件；這時它會在所屬的每一列或每一欄中各計算一次。合計中每件案件和每個事件只計算一次，所以合計可能小於各列的總和。</translation>
    </message>
    <message>
        <source>Suppression.</source>
        <translation>隱藏小計數。</translation>
    </message>
    <message>
        <source>To protect the people behind small numbers, no count from 1 to %1 is shown: %2 count(s) of cases and %3 of incidents were hidden for that reason (primary suppression). So that none of them can be worked out by subtracting from a row, column or grand total, or from any combination of them, %4 further count(s) of cases and %5 of incidents were hidden, the smallest possible first (complementary suppression). A dash (–) marks a hidden count. Zeros are shown: they describe no one.</source>
        <translation>為了保護小數字背後的人，1 到 %1 之間的計數都不顯示：因此隱藏了 %2 個案件計數和 %3 個事件計數（主要隱藏）。為了不讓任何人透過從列合計、欄合計或總計（或它們的任意組合）中相減推算出這些數字，又隱藏了 %4 個案件計數和 %5 個事件計數，並盡量先隱藏最小的（補充隱藏）。短橫線（–）表示被隱藏的計數。零會顯示出來：它們不涉及任何人。</translation>
    </message>
    <message>
        <source>No count was suppressed (the threshold was set to 1).</source>
        <translation>沒有隱藏任何計數（門檻設為 1）。</translation>
    </message>
    <message>
        <source>This report holds no names, case references, badge numbers or narratives. Agency names and complaint outcomes are typed by caseworkers; any that counts fewer than %1 cases is not named (&quot;Other agency 1&quot;).</source>
        <translation>本報告不含任何姓名、案件編號、警號或經過敘述。機構名稱和投訴結果由個案負責人輸入；案件數少於 %1 件的名稱不會列出（顯示為「其他機構 1」）。</translation>
    </message>
    <message>
        <source>%1 row(s) or column(s) were left unnamed for that reason.</source>
        <translation>因此有 %1 列或欄沒有顯示名稱。</translation>
    </message>
    <message>
        <source>Privacy.</source>
        <translation>隱私。</translation>
    </message>
    <message>
        <source>Source.</source>
        <translation>來源。</translation>
    </message>
    <message>
        <source>The office&apos;s TrustDesk case records, counted on %1.</source>
        <translation>本辦公室的 TrustDesk 案件記錄，統計於 %1。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>%1 cases, %2 incidents</source>
        <translation>%1 件案件，%2 個事件</translation>
    </message>
    <message>
        <source>Figure 1. %1 by %2</source>
        <translation>圖 1. 依%2統計的%1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計資料</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>產生於 %1</translation>
    </message>
    <message>
        <source>The statistics could not be printed.</source>
        <translation>無法列印統計資料。</translation>
    </message>
</context>
<context>
    <name>TextScanner</name>
    <message>
        <source>[withheld]</source>
        <translation>[已隱藏]</translation>
    </message>
</context>
<context>
    <name>VaultConversion</name>
    <message>
        <source>The encrypted copy does not hold the same data as the original (%1); the original was kept unchanged.</source>
        <translation>加密副本的資料與原件不同（%1）；原件維持不變。</translation>
    </message>
    <message>
        <source>The encrypted copy could not be read back; the original was kept unchanged.</source>
        <translation>無法讀回加密副本；原件維持不變。</translation>
    </message>
    <message>
        <source>its schema</source>
        <translation>其結構</translation>
    </message>
    <message>
        <source>The encryption was canceled; nothing was changed.</source>
        <translation>加密已取消；未做任何變更。</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>資料表 %1</translation>
    </message>
    <message>
        <source>The database is open in TrustDesk or another program. Close it there and try again; nothing was changed.</source>
        <translation>資料庫已在 TrustDesk 或其他程式中開啟。請在那裡關閉後再試一次；未做任何變更。</translation>
    </message>
    <message>
        <source>The database could not be encrypted (%1); the original was kept unchanged.</source>
        <translation>無法加密資料庫（%1）；原件維持不變。</translation>
    </message>
    <message>
        <source>the copy could not be started</source>
        <translation>無法開始複製</translation>
    </message>
    <message>
        <source>the tables could not be made</source>
        <translation>無法建立資料表</translation>
    </message>
    <message>
        <source>the rows could not be copied</source>
        <translation>無法複製資料列</translation>
    </message>
    <message>
        <source>the indexes could not be made</source>
        <translation>無法建立索引</translation>
    </message>
    <message>
        <source>the copy could not be finished</source>
        <translation>無法完成複製</translation>
    </message>
    <message>
        <source>encryption is not available on this system</source>
        <translation>此系統不支援加密</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>無法開啟副本</translation>
    </message>
    <message>
        <source>the copy could not be set up</source>
        <translation>無法設定副本</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>無法將副本寫入磁碟</translation>
    </message>
    <message>
        <source>The encrypted copy did not pass its integrity check; the original was kept unchanged.</source>
        <translation>加密副本未通過完整性檢查；原件維持不變。</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>無法開啟</translation>
    </message>
    <message>
        <source>The database is being encrypted by another program right now. Wait for it to finish.</source>
        <translation>另一個程式正在加密此資料庫。請等它完成。</translation>
    </message>
    <message>
        <source>The interrupted encryption could not be finished: %1</source>
        <translation>無法完成中斷的加密：%1</translation>
    </message>
    <message>
        <source>The files of an interrupted encryption could not be removed.</source>
        <translation>無法移除中斷的加密所留下的檔案。</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be created</source>
        <translation>無法建立「%1」</translation>
    </message>
    <message>
        <source>This database is already encrypted.</source>
        <translation>此資料庫已加密。</translation>
    </message>
    <message>
        <source>An earlier encryption of this database did not finish; finish or undo it first.</source>
        <translation>此資料庫先前的一次加密沒有完成；請先完成或復原它。</translation>
    </message>
    <message>
        <source>The evidence of this database could not be counted.</source>
        <translation>無法統計此資料庫的證據。</translation>
    </message>
    <message>
        <source>the key file could not be put in place</source>
        <translation>無法將金鑰檔案放到定位</translation>
    </message>
    <message>
        <source>The database is encrypted, but the old unencrypted evidence folder &quot;%1&quot; could not be deleted completely. Run `trustdesk-cli encrypt` again to delete it.</source>
        <translation>資料庫已加密，但舊的未加密證據資料夾「%1」未能完全刪除。請再次執行 `trustdesk-cli encrypt` 以刪除它。</translation>
    </message>
    <message>
        <source>This database has evidence files, and this conversion does not encrypt them; nothing was changed.</source>
        <translation>此資料庫包含證據檔案，而本次轉換不會加密這些檔案；未做任何變更。</translation>
    </message>
    <message>
        <source>The encryption stopped while the encrypted copy was being put in place (%1). Nothing is lost: run `trustdesk-cli encrypt` again, or open the database in TrustDesk, to finish it.</source>
        <translation>加密在放置加密副本時停止（%1）。沒有遺失任何內容：請再次執行 `trustdesk-cli encrypt`，或在 TrustDesk 中開啟資料庫，以完成加密。</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>The key file of this encrypted database is damaged. Use a backup of the database together with its key file.</source>
        <translation>此加密資料庫的金鑰檔案已損壞。請將資料庫的備份與它的金鑰檔案一起使用。</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>密碼不正確。</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; could not be written: %2</source>
        <translation>無法寫入金鑰檔案「%1」：%2</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; is missing: an encrypted database cannot be opened without it.</source>
        <translation>缺少金鑰檔案「%1」：沒有它就無法開啟加密資料庫。</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of TrustDesk. Update TrustDesk to open this database.</source>
        <translation>此金鑰檔案由較新版本的 TrustDesk 寫入。請更新 TrustDesk 後再開啟此資料庫。</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>此系統不支援加密。</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>密碼至少需要 %1 個字元。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; a key file is never replaced by a new one.</source>
        <translation>「%1」已存在；金鑰檔案從不會被新檔案替換。</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the passphrase (256 MiB are needed).</source>
        <translation>記憶體不足，無法保護密碼（需要 256 MiB）。</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>記憶體不足，無法驗證密碼（需要 256 MiB）。</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 13 groups of four letters and digits.</source>
        <translation>這不是復原金鑰：復原金鑰由 13 組組成，每組四個字母或數字。</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>復原金鑰不正確。</translation>
    </message>
    <message>
        <source>That key does not belong to this database.</source>
        <translation>該金鑰不屬於此資料庫。</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Verifying the database</source>
        <translation>正在驗證資料庫</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>資料庫檔案已損壞：%1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性檢查：%1</translation>
    </message>
    <message>
        <source>The file does not carry TrustDesk&apos;s application id.</source>
        <translation>此檔案沒有 TrustDesk 的應用程式識別碼。</translation>
    </message>
    <message>
        <source>The schema is version %1; this TrustDesk uses %2 (run init to upgrade).</source>
        <translation>資料庫結構版本為 %1；本 TrustDesk 使用版本 %2（執行 init 進行升級）。</translation>
    </message>
    <message>
        <source>Broken link between records: %1</source>
        <translation>記錄之間的連結已斷開：%1</translation>
    </message>
    <message>
        <source>Case %1 is missing from the search index.</source>
        <translation>案件 %1 在搜尋索引中缺失。</translation>
    </message>
    <message>
        <source>The search index holds an entry (%1) for a case that no longer exists.</source>
        <translation>搜尋索引中有一個條目（%1）屬於已不存在的案件。</translation>
    </message>
    <message>
        <source>Client record %1 belongs to no case.</source>
        <translation>當事人記錄 %1 不屬於任何案件。</translation>
    </message>
    <message>
        <source>Case %1 was closed before it was opened.</source>
        <translation>案件 %1 的結案日期早於立案日期。</translation>
    </message>
    <message>
        <source>Evidence record %1 has an invalid SHA-256.</source>
        <translation>證據記錄 %1 的 SHA-256 無效。</translation>
    </message>
    <message>
        <source>Incident record %1 has no date.</source>
        <translation>事件記錄 %1 沒有日期。</translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; is not in the TD-YYYY-NNNNN form.</source>
        <translation>案件編號「%1」不符合 TD-YYYY-NNNNN 格式。</translation>
    </message>
    <message>
        <source>The case numbering for %1 is behind case %2; a new case could reuse its number.</source>
        <translation>%1 年的案件編號落後於案件 %2；新案件可能會重複使用它的編號。</translation>
    </message>
    <message>
        <source>The search index is inconsistent and needs rebuilding.</source>
        <translation>搜尋索引不一致，需要重建。</translation>
    </message>
</context>
<context>
    <name>ViolationCategory</name>
    <message>
        <source>Sharing personal information without lawful basis</source>
        <translation>無合法依據共享個人資訊</translation>
    </message>
    <message>
        <source>Police shared personally identifiable information (such as a name, address or immigration details) with immigration enforcement without a lawful basis.</source>
        <translation>警方在沒有合法依據的情況下，將個人身分資訊（如姓名、地址或移民資訊）提供給移民執法部門。</translation>
    </message>
    <message>
        <source>Honoring a civil immigration detainer without legal authority</source>
        <translation>無法律授權執行民事移民扣留請求</translation>
    </message>
    <message>
        <source>Police held a person, or arranged a hand-over, because of a civil immigration detainer request, without legal authority or contrary to policy.</source>
        <translation>警方因民事移民扣留請求（detainer）而扣留某人或安排移交，但沒有法律授權或違反政策。</translation>
    </message>
    <message>
        <source>Questioning or detention solely on immigration suspicion</source>
        <translation>僅因懷疑移民身分而盤問或拘留</translation>
    </message>
    <message>
        <source>Police questioned, stopped or held a person only because they suspected something about the person&apos;s immigration status.</source>
        <translation>警方僅因懷疑某人的移民身分而盤問、攔截或扣留此人。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Other conduct related to cooperation with immigration enforcement; describe it in the narrative.</source>
        <translation>與配合移民執法有關的其他行為；請在陳述中描述。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrustDesk: document police misconduct and file complaints.</source>
        <translation>TrustDesk：記錄警察不當行為並提交投訴。</translation>
    </message>
    <message>
        <source>open the database at PATH (created when missing), or connect to the office server at a postgresql:// URI</source>
        <translation>開啟 PATH 處的資料庫（不存在時建立），或連線到 postgresql:// URI 所指的辦公室伺服器</translation>
    </message>
</context>
<context>
    <name>td::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>稽核日誌</translation>
    </message>
    <message>
        <source>Filter by case, action or person, e.g. TD-2026-00042 or case.view_sensitive</source>
        <translation>依案件、操作或人員篩選，例如 TD-2026-00042 或 case.view_sensitive</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>篩選稽核日誌</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
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
        <translation>詳情</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln event(s)</source>
        <translation>
            <numerusform>顯示 %1 筆，共 %Ln 筆事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::BackupKeyDialog</name>
    <message>
        <source>Encrypted Backup</source>
        <translation>加密備份</translation>
    </message>
    <message>
        <source>This backup is encrypted. It opens with the passphrase the database had on the day of the backup, or its recovery key.</source>
        <translation>此備份已加密。需使用備份當天資料庫的密碼或其復原金鑰開啟。</translation>
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
        <translation>正在開始…</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>正在複製資料庫…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在檢查資料庫…</translation>
    </message>
    <message>
        <source>Copying the evidence files and checking each one…</source>
        <translation>正在複製證據檔案並逐一檢查…</translation>
    </message>
    <message>
        <source>Checking every evidence file…</source>
        <translation>正在檢查所有證據檔案…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>正在將備份放到位…</translation>
    </message>
    <message>
        <source>Replacing the cases with the backup&apos;s. This cannot be canceled now.</source>
        <translation>正在用備份中的案件替換現有案件。現在無法取消。</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Checking the whole backup before anything is written…</source>
        <translation>正在檢查整個備份，檢查完才會寫入任何內容…</translation>
    </message>
    <message>
        <source>Writing the backup&apos;s cases, evidence and audit log into the empty office database…</source>
        <translation>正在將備份中的案件、證據和稽核日誌寫入空的辦公室資料庫…</translation>
    </message>
    <message>
        <source>Saving the restored database. This cannot be canceled now.</source>
        <translation>正在儲存恢復後的資料庫。現在無法取消。</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseDetailPanel</name>
    <message>
        <source>Select a case in the list to see its details.</source>
        <translation>在列表中選擇一個案件以檢視詳情。</translation>
    </message>
    <message>
        <source>Show sensitive fields</source>
        <translation>顯示敏感欄位</translation>
    </message>
    <message>
        <source>Immigration status, A-number, address and other fields that could endanger the client, and the witnesses&apos; contact details. Showing them is recorded in the audit log.</source>
        <translation>移民身分、A 號碼、地址以及其他可能危及當事人的欄位，還有證人的聯絡方式。顯示這些資訊會記入稽核日誌。</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseEditor</name>
    <message>
        <source>The case this draft belongs to no longer exists; the draft will be saved as a new case.</source>
        <translation>此草稿所屬的案件已不存在；草稿將儲存為新案件。</translation>
    </message>
    <message>
        <source>Restored the unsaved draft from %1. Save it to keep it.</source>
        <translation>已恢復 %1 的未儲存草稿。請儲存以保留它。</translation>
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
        <translation>要移除事件 %1 及其中填寫的所有內容嗎？</translation>
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
        <translation>尚未儲存：請修改標紅的欄位。</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept in a draft.</source>
        <translation>未儲存：%1 您填寫的內容已儲存在草稿中。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未儲存的更改</translation>
    </message>
    <message>
        <source>Discard the changes to this case?</source>
        <translation>要放棄對此案件的更改嗎？</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
    <message>
        <source>That client changed meanwhile; search again.</source>
        <translation>該當事人在此期間已被更改；請重新搜尋。</translation>
    </message>
    <message>
        <source>Linked to the existing client of %1.</source>
        <translation>已關聯到 %1 的現有當事人。</translation>
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
        <translation>當事人(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>新增事件</translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation>移除事件</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>已提交的投訴</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>儲存案件（%1）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>儲存案件</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>關閉案件</translation>
    </message>
    <message>
        <source>Filing and follow-&amp;ups</source>
        <translation>提交與追蹤(&amp;U)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>Save the case first; then attach photos, recordings and documents.</source>
        <translation>請先儲存案件，然後再附加照片、錄音錄影和文件。</translation>
    </message>
    <message>
        <source>Case Changed Elsewhere</source>
        <translation>案件已在別處被修改</translation>
    </message>
    <message>
        <source>Not saved: this case was changed elsewhere. Your entries are kept in a draft.</source>
        <translation>未儲存：此案件已在別處被修改。您輸入的內容保留在草稿中。</translation>
    </message>
    <message>
        <source>This case was deleted elsewhere. Saving will keep your entries in a draft; nothing is lost.</source>
        <translation>此案件已在別處被刪除。儲存時，您輸入的內容會保留在草稿中；不會遺失任何內容。</translation>
    </message>
    <message>
        <source>This case was changed elsewhere (in another window or by trustdesk-cli) since you opened it. When you save, you choose which version to keep.</source>
        <translation>自您開啟此案件以來，它已在別處（另一個視窗或 trustdesk-cli）被修改。儲存時，由您選擇保留哪個版本。</translation>
    </message>
    <message>
        <source>Not revealed: %1</source>
        <translation>未顯示：%1</translation>
    </message>
    <message>
        <source>no field you can see (the same values were saved again)</source>
        <translation>沒有可見的欄位（只是再次儲存了相同的內容）</translation>
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

自您開啟以來已變更的部分：%2。

要保留您的版本（它會取代對方的版本，稽核日誌會記錄您覆寫了對方的變更）、採用對方的版本（您的版本會儲存為草稿），還是返回繼續編輯？</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>保留我的版本(&amp;M)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>採用對方的版本(&amp;T)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Their version was not loaded: yours could not be kept as a draft, so it stays here.</source>
        <translation>未載入對方的版本：您的版本無法儲存為草稿，因此保留在這裡。</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1. Your version is kept as an unsaved draft; TrustDesk offers it again when it next starts.</source>
        <translation>已載入 %1 儲存的版本。您的版本已保留為未儲存的草稿；TrustDesk 下次啟動時會再次提供。</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1.</source>
        <translation>已載入 %1 儲存的版本。</translation>
    </message>
    <message>
        <source>Office Server Unreachable</source>
        <translation>無法連線到辦公室伺服器</translation>
    </message>
    <message>
        <source>%1

Your entries stay in this form and in a draft on this computer.</source>
        <translation>%1

您輸入的內容會保留在此表單中，以及這台電腦上的草稿中。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListExportDialog</name>
    <message>
        <source>Export Case List</source>
        <translation>匯出案件清單</translation>
    </message>
    <message>
        <source>Also include these sensitive columns</source>
        <translation>同時包含以下敏感欄位</translation>
    </message>
    <message>
        <source>The file will hold facts that can expose clients to immigration enforcement. Keep it on an encrypted disk and delete it when done.</source>
        <translation>此檔案將包含可能讓當事人面臨移民執法風險的資訊。請將它存放在加密的磁碟上，用完後刪除。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) of the current list, in its order, go to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</source>
        <translation>
            <numerusform>目前清單中的 %n 件案件會依清單順序寫入試算表檔案（CSV 或 Excel 活頁簿），包括案件編號、狀態、日期、個案負責人、當事人姓名和語言。此次匯出會記錄在稽核日誌中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListPage</name>
    <message>
        <source>Search names, places, narratives, officers, badge numbers…</source>
        <translation>搜尋姓名、地點、陳述、警員、警號…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜尋案件</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>狀態篩選</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>還沒有案件</translation>
    </message>
    <message>
        <source>Start with the person in front of you: New Case opens the intake form. Add your office&apos;s name, address, phone and email too: client copies and handouts print them, so clients know how to reach you.</source>
        <translation>從您面前的這個人開始：「新增案件」會開啟登記表。也請加入您辦公室的名稱、地址、電話和電子郵件：當事人副本和資料單上會列印這些資訊，讓當事人知道如何聯絡您。</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseWorkspace</name>
    <message>
        <source>The case could not be opened.</source>
        <translation>無法開啟案件。</translation>
    </message>
    <message>
        <source>TrustDesk closed before your changes to %1 (%2) were saved. The draft is from %3.

Restore it?</source>
        <translation>TrustDesk 在儲存您對 %1（%2）的更改之前關閉了。草稿來自 %3。

要恢復它嗎？</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>一個案件</translation>
    </message>
    <message>
        <source>TrustDesk closed before a new case for %1 was saved. The draft is from %2.

Restore it?</source>
        <translation>TrustDesk 在儲存 %1 的新案件之前關閉了。草稿來自 %2。

要恢復它嗎？</translation>
    </message>
    <message>
        <source>Restore Unsaved Draft</source>
        <translation>恢復未儲存的草稿</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢復(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>刪除案件</translation>
    </message>
    <message>
        <source>Delete %1 (%2) and everything recorded in it? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>要刪除 %1（%2）及其中記錄的所有內容嗎？此操作無法復原；稽核日誌會保留刪除記錄。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>新增案件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit Case</source>
        <translation>編輯案件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>刪除案件(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the case first: the report is made from what is stored.</source>
        <translation>請先儲存案件：報告根據已儲存的內容產生。</translation>
    </message>
    <message>
        <source>Complaint &amp;Report…</source>
        <translation>投訴報告(&amp;R)…</translation>
    </message>
    <message>
        <source>Unsaved Draft Damaged</source>
        <translation>未儲存的草稿已損壞</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</source>
        <translation>
            <numerusform>%n 份未儲存的草稿無法開啟：磁碟上的檔案已被更改或損壞，因此未還原。它已另存於 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseworkerProfileDialog</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>歡迎使用 TrustDesk</translation>
    </message>
    <message>
        <source>Who is using TrustDesk on this computer? Your name and role are recorded with every change to a case and every look at a client&apos;s sensitive information, in the audit log and in the evidence chain of custody. You can change them later in Preferences.</source>
        <translation>誰在這台電腦上使用 TrustDesk？每次變更個案、每次查看當事人的敏感資訊時，您的姓名和職務都會記錄在稽核日誌和證據保管鏈中。之後可以在「偏好設定」中變更。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Caseworker Profile</source>
        <translation>個案負責人資料</translation>
    </message>
    <message>
        <source>Entries made from now on are recorded under this name and role. Entries already in the audit log keep the name they were made under.</source>
        <translation>從現在起的記錄都以此姓名和職務登記。稽核日誌中已有的記錄保留當時的姓名。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>職務(&amp;R)：</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>您的全名</translation>
    </message>
    <message>
        <source>For example: caseworker, supervisor, interpreter</source>
        <translation>例如：個案負責人、主管、口譯員</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>您的辦公室</translation>
    </message>
    <message>
        <source>How a client reaches you: printed on client copies and handouts. Leave empty what you do not want printed.</source>
        <translation>當事人如何聯絡您：列印在當事人副本和資料單上。不想列印的內容請留空。</translation>
    </message>
    <message>
        <source>O&amp;ffice name:</source>
        <translation>辦公室名稱(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>時區(&amp;T)：</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>這台電腦的時區（%1）</translation>
    </message>
    <message>
        <source>Photo capture times and other times are shown in this zone.</source>
        <translation>照片拍攝時間及其他時間按此時區顯示。</translation>
    </message>
</context>
<context>
    <name>td::ui::ChangePassphraseDialog</name>
    <message>
        <source>Type the current passphrase.</source>
        <translation>請輸入目前的密碼。</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>目前的密碼不正確。未做任何變更。</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1 The old passphrase still opens the database.</source>
        <translation>無法變更密碼：%1 舊密碼仍然可以開啟資料庫。</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on; the old one no longer does. The recovery key you wrote down keeps working. Backups made before today still open with the passphrase of their day.</source>
        <translation>從現在起，要用新密碼開啟此資料庫；舊密碼將不再有效。您記下的復原金鑰仍然有效。今天之前製作的備份仍用當時的密碼開啟。</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>目前的密碼(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>新密碼(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>確認(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>變更密碼(&amp;H)</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>正在變更密碼…</translation>
    </message>
</context>
<context>
    <name>td::ui::ClientForm</name>
    <message>
        <source>Not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>As the client writes it, in any script</source>
        <translation>按當事人的寫法填寫，任何文字均可</translation>
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
        <translation>將案件關聯到此當事人(&amp;L)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消關聯</translation>
    </message>
    <message>
        <source>Possible matching clients</source>
        <translation>可能匹配的當事人</translation>
    </message>
    <message>
        <source>This case is linked to a client already in the database: edits here update that client everywhere.</source>
        <translation>此案件已關聯到資料庫中的現有當事人：在這裡的修改會更新該當事人的所有記錄。</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>電話號碼相同</translation>
    </message>
    <message>
        <source>%1 (%2), cases: %3</source>
        <translation>%1（%2），案件：%3</translation>
    </message>
    <message>
        <source>This client may already be in the database. Link this case to them instead of creating a duplicate?</source>
        <translation>此當事人可能已在資料庫中。要將此案件關聯到該當事人，而不是建立重複記錄嗎？</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>全部顯示</translation>
    </message>
    <message>
        <source>Reveal All Sensitive Fields</source>
        <translation>顯示所有敏感欄位</translation>
    </message>
    <message>
        <source>Show every hidden sensitive field (%1); recorded in the audit log</source>
        <translation>顯示所有隱藏的敏感欄位（%1）；會記入稽核日誌</translation>
    </message>
    <message>
        <source>Anonymous Client</source>
        <translation>匿名當事人</translation>
    </message>
    <message>
        <source>An anonymous client&apos;s name is not kept. Remove the name from this case now?</source>
        <translation>匿名當事人的姓名不予保存。現在從此案件中移除姓名嗎？</translation>
    </message>
    <message>
        <source>&amp;Remove the Name</source>
        <translation>移除姓名(&amp;R)</translation>
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
        <translation>投訴提交材料：%1</translation>
    </message>
    <message>
        <source>Another body…</source>
        <translation>其他機構…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件方(&amp;T)：</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>機構名稱</translation>
    </message>
    <message>
        <source>The caseworker or office, on the client&apos;s behalf</source>
        <translation>個案負責人或辦公室，代表當事人</translation>
    </message>
    <message>
        <source>The client, in their own name</source>
        <translation>當事人本人，以自己的名義</translation>
    </message>
    <message>
        <source>Anonymous: name nobody</source>
        <translation>匿名：不寫任何人的名字</translation>
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
        <translation>機構(&amp;O)：</translation>
    </message>
    <message>
        <source>Leave empty for the standard request: investigate, keep the client&apos;s identity confidential, give a tracking number, report the outcome.</source>
        <translation>留空則使用標準請求：調查、對當事人身分保密、提供受理編號、告知結果。</translation>
    </message>
    <message>
        <source>&amp;Requested action:</source>
        <translation>請求採取的行動(&amp;R)：</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美國 Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>紙張(&amp;P)：</translation>
    </message>
    <message>
        <source>Withheld from the document</source>
        <translation>檔案中隱去的資訊</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>包含%1</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Client Copy…</source>
        <translation>當事人副本(&amp;C)…</translation>
    </message>
    <message>
        <source>A short copy for the client, in their language: what was filed and the next steps</source>
        <translation>給當事人的簡短副本，使用其語言：已提交的內容和後續步驟</translation>
    </message>
    <message>
        <source>The client&apos;s consent to file is not recorded: the document is marked as a draft.</source>
        <translation>沒有記錄當事人同意提交投訴：檔案已標記為草稿。</translation>
    </message>
    <message>
        <source>Included deliberately: %1. The document will show these values, and the choice is recorded in the audit log.</source>
        <translation>有意包含：%1。檔案會顯示這些內容，此選擇會記入稽核日誌。</translation>
    </message>
    <message>
        <source>Include Sensitive Information</source>
        <translation>包含敏感資訊</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1 to %2. Include it?</source>
        <translation>此檔案會把當事人的%1提供給%2。要包含嗎？</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Complaint Submission</source>
        <translation>投訴提交材料</translation>
    </message>
    <message>
        <source>Print Complaint Submission</source>
        <translation>列印投訴提交材料</translation>
    </message>
    <message>
        <source>%1 complaint.pdf</source>
        <translation>%1 投訴.pdf</translation>
    </message>
    <message>
        <source>%1 client copy.pdf</source>
        <translation>%1 當事人副本.pdf</translation>
    </message>
    <message>
        <source>Client Copy</source>
        <translation>當事人副本</translation>
    </message>
    <message>
        <source>These facts about the client and the witnesses are left out; the document names the kinds withheld, never their values. Tick one only when the person concerned agrees it must go to this body.</source>
        <translation>以下當事人和證人的資訊不會寫入檔案；檔案只寫明隱去了哪些類型，從不寫出其內容。只有在相關人員同意必須提供給該機構時，才勾選某一項。</translation>
    </message>
    <message>
        <source>This document will show %1 to %2. Include them?</source>
        <translation>此檔案會把%1提供給%2。要包含嗎？</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1, and %2, to %3. Include them?</source>
        <translation>此檔案會把當事人的%1以及%2提供給%3。要包含嗎？</translation>
    </message>
    <message>
        <source>Words that may reveal immigration status</source>
        <translation>可能透露移民身分的字詞</translation>
    </message>
    <message>
        <source>Mask them in the document</source>
        <translation>在文件中隱藏它們</translation>
    </message>
    <message>
        <source>&amp;Mask These</source>
        <translation>隱藏這些(&amp;M)</translation>
    </message>
    <message>
        <source>These words are masked as [withheld] in the document. The case itself keeps them.</source>
        <translation>這些字詞在文件中顯示為 [已隱藏]。個案本身仍保留它們。</translation>
    </message>
    <message>
        <source>The case&apos;s text has words that may tell the reader the client&apos;s immigration status. They are printed as written unless you mask them. Withheld values found in the text are always masked.</source>
        <translation>個案文字中有字詞可能讓讀者得知當事人的移民身分。除非您隱藏它們，否則會依原文列印。文字中出現的已隱藏內容一律會被隱藏。</translation>
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
        <translation>開啟 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>開啟資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>開啟 PDF</translation>
    </message>
    <message>
        <source>No program to open &quot;%1&quot; was found.</source>
        <translation>找不到可以開啟「%1」的程式。</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>無法開啟資料夾「%1」。</translation>
    </message>
    <message>
        <source>Laying out &quot;%1&quot;…</source>
        <translation>正在排版「%1」…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>正在寫入第 %1 頁，共 %2 頁…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in %2.</source>
        <translation>已將「%1」儲存到 %2。</translation>
    </message>
    <message>
        <source>Stopped. No PDF was saved.</source>
        <translation>已停止。未儲存 PDF。</translation>
    </message>
</context>
<context>
    <name>td::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <translation>連線到辦公室伺服器</translation>
    </message>
    <message>
        <source>Your office keeps its cases on a shared server. Enter what your administrator gave you.</source>
        <translation>您的辦公室把案件存放在一台共用伺服器上。請輸入系統管理員提供給您的資訊。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org，或通訊端資料夾，例如 /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>您的登入帳號(&amp;L)：</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>憑證授權單位(&amp;A)：</translation>
    </message>
    <message>
        <source>Optional: the office&apos;s certificate file (PEM)</source>
        <translation>選填：辦公室的憑證檔案（PEM）</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>瀏覽(&amp;R)…</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>連線 URI(&amp;U)：</translation>
    </message>
    <message>
        <source>postgresql://login@server/database</source>
        <translation>postgresql://login@server/database</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>Only when the server asks for one. It is kept in memory for this session and never saved.</source>
        <translation>僅在伺服器要求時填寫。它只在本次工作階段中保存在記憶體裡，絕不會儲存。</translation>
    </message>
    <message>
        <source>Paste a connection URI &amp;instead</source>
        <translation>改為貼上連線 URI(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql:// — for example postgresql://login@server/database.</source>
        <translation>連線 URI 以 postgresql:// 開頭，例如 postgresql://login@server/database。</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Enter a name such as db.example.org, an address, or a socket folder starting with /.</source>
        <translation>「%1」不是伺服器名稱。請輸入名稱（例如 db.example.org）、位址，或以 / 開頭的通訊端資料夾。</translation>
    </message>
    <message>
        <source>The socket folder %1 does not exist on this computer.</source>
        <translation>這台電腦上沒有通訊端資料夾 %1。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>連接埠必須是 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <source>Enter the name of the office&apos;s database (your administrator knows it).</source>
        <translation>請輸入辦公室資料庫的名稱（您的系統管理員知道）。</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>無法讀取憑證授權單位檔案 %1。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Connecting was cancelled. What you typed is still here.</source>
        <translation>已取消連線。您輸入的內容仍保留在這裡。</translation>
    </message>
    <message>
        <source>Restore into an Empty Office Database</source>
        <translation>恢復到空的辦公室資料庫</translation>
    </message>
    <message>
        <source>An office backup is restored only into an empty office database, never over one that holds cases. Make a new database on the server (createdb), then enter it here; the server and login are those you are connected with. Continue checks that it is empty before anything is written.</source>
        <translation>辦公室備份只能恢復到空的辦公室資料庫中，絕不會覆蓋已有案件的資料庫。請在伺服器上建立一個新資料庫（createdb），然後在這裡輸入它；伺服器和登入帳號就是您目前連線所用的。按「繼續」會在寫入任何內容之前檢查它是否為空。</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>繼續(&amp;O)</translation>
    </message>
    <message>
        <source>Checking that the database is empty…</source>
        <translation>正在檢查資料庫是否為空…</translation>
    </message>
    <message>
        <source>Checking the office database…</source>
        <translation>正在檢查辦公室資料庫…</translation>
    </message>
    <message>
        <source>Checking was cancelled. What you typed is still here.</source>
        <translation>已取消檢查。您輸入的內容仍保留在這裡。</translation>
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
        <translation>資料庫未加密；它保持原樣。
%1</translation>
    </message>
    <message>
        <source>Canceling… nothing will be changed.</source>
        <translation>正在取消…不會做任何變更。</translation>
    </message>
    <message>
        <source>Encrypt This Database</source>
        <translation>加密此資料庫</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Encrypt %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Once encrypted, nobody can read the clients&apos; names, addresses, immigration status, the evidence files or anything else in this database without it, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;An encrypted copy is made beside the database and checked against it; only then does it take the original&apos;s place, and the unencrypted files are deleted. If the passphrase is forgotten, the only way back in is the recovery key shown before the switch.&lt;/p&gt;&lt;p&gt;Deleted files can linger in the disk&apos;s free space: full-disk encryption of this computer is what removes that last trace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;加密 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;請選擇一個密碼。加密後，沒有密碼的人無法讀取此資料庫中當事人的姓名、地址、移民身分、證據檔案或其他任何內容，即使他們拿到了這台電腦的磁碟。每次啟動 TrustDesk 時都要輸入密碼。&lt;/p&gt;&lt;p&gt;系統會在資料庫旁邊製作一份加密副本，並與原資料庫核對；核對無誤後才取代原資料庫，並刪除未加密的檔案。如果忘記密碼，唯一的復原方法是切換前顯示的復原金鑰。&lt;/p&gt;&lt;p&gt;已刪除的檔案可能殘留在磁碟的可用空間中：只有對這台電腦進行全磁碟加密才能清除這最後的痕跡。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再輸入一次(&amp;R)：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
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
        <translation>正在檢查資料庫…</translation>
    </message>
    <message>
        <source>Encrypting the cases…</source>
        <translation>正在加密案件…</translation>
    </message>
    <message>
        <source>Comparing the encrypted copy with the original…</source>
        <translation>正在將加密副本與原資料庫比較…</translation>
    </message>
    <message>
        <source>Encrypting the evidence files…</source>
        <translation>正在加密證據檔案…</translation>
    </message>
    <message>
        <source>Putting the encrypted database in place…</source>
        <translation>正在放置加密資料庫…</translation>
    </message>
    <message>
        <source>The encrypted copy is ready and checked. This is its recovery key, shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase. The encrypted copy takes the original&apos;s place when you continue.</source>
        <translation>加密副本已準備好並通過核對。這是它的復原金鑰，只顯示這一次。請把它寫下來或列印出來，並保存在遠離這台電腦的安全地方。忘記密碼時可以用它開啟資料庫，所以請像保管密碼一樣保管它。繼續後，加密副本將取代原資料庫。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>儲存為檔案(&amp;S)…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>我已寫下或妥善保存(&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>繼續(&amp;O)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceDetailsDialog</name>
    <message>
        <source>Evidence Details</source>
        <translation>證據詳細資訊</translation>
    </message>
    <message>
        <source>Correct what was recorded about this file. The file itself never changes, and the correction is kept in its chain of custody.</source>
        <translation>更正此檔案的記錄資訊。檔案本身永遠不會改變，更正會保留在它的保管鏈中。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>不詳(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>來源(&amp;S)：</translation>
    </message>
    <message>
        <source>Date ca&amp;ptured:</source>
        <translation>拍攝日期(&amp;P)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 位元組）</translation>
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
        <translation>拍攝日期在未來。請選擇已經過去的日期和時間，或勾選「不詳」。</translation>
    </message>
    <message>
        <source>The details were not saved. %1</source>
        <translation>詳細資訊未儲存。%1</translation>
    </message>
    <message>
        <source>The office&apos;s time zone (Preferences)</source>
        <translation>辦公室的時區（偏好設定）</translation>
    </message>
    <message>
        <source>Where this time comes from: %1</source>
        <translation>此時間的來源：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePanel</name>
    <message>
        <source>Select an item to see its details and chain of custody.</source>
        <translation>選擇一個項目以檢視其詳細資訊和保管鏈。</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>由 %2 於 %1 新增</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>只匯入了詳細資訊；檔案不在證據庫中。</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>（未讀取）</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>正在附加 %n 個檔案…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying every evidence file…</source>
        <translation>正在驗證所有證據檔案…</translation>
    </message>
    <message>
        <source>Checking the file before opening it…</source>
        <translation>開啟前正在檢查檔案…</translation>
    </message>
    <message>
        <source>Nothing was removed: give a reason for removing evidence.</source>
        <translation>未移除任何內容：請填寫移除證據的原因。</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; the reason is kept in the chain of custody.</source>
        <translation>已移除「%1」；原因保留在保管鏈中。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Canceled: nothing half-done was kept.</source>
        <translation>已取消：沒有保留任何未完成的內容。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of case %1 (%n item(s))</source>
        <translation>
            <numerusform>案件 %1 的證據（%n 項）</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>附加檔案…</translation>
    </message>
    <message>
        <source>Copy files into the evidence store; you can also drop files here.</source>
        <translation>將檔案複製到證據庫；也可以把檔案拖放到這裡。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Verify All</source>
        <translation>全部驗證</translation>
    </message>
    <message>
        <source>Re-hash every evidence file and report any that changed, are missing or unexpected.</source>
        <translation>重新計算每個證據檔案的雜湊值，並報告已更改、缺失或意外的檔案。</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>保管鏈</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
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
        <translation>當時的 SHA-256</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>資料庫未開啟。</translation>
    </message>
    <message>
        <source>The item is no longer on this case; it may have been removed in another window.</source>
        <translation>該項目已不在此案件中；可能已在另一個視窗中被移除。</translation>
    </message>
    <message>
        <source>Saved the details of &quot;%1&quot;; the edit is recorded in the chain of custody.</source>
        <translation>已儲存「%1」的詳細資訊；此次修改已記錄在保管鏈中。</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>編輯詳細資訊…</translation>
    </message>
    <message>
        <source>Correct the description, source or date captured (F2).</source>
        <translation>更正描述、來源或拍攝日期（F2）。</translation>
    </message>
    <message>
        <source>The same redacted copy is already item %1.</source>
        <translation>相同的遮蓋副本已是第 %1 項。</translation>
    </message>
    <message>
        <source>Saved the redacted copy as item %1; the original is unchanged.</source>
        <translation>已將遮蓋副本儲存為第 %1 項；原件未改變。</translation>
    </message>
    <message>
        <source>Checking the file before redacting it…</source>
        <translation>正在遮蓋前檢查檔案…</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>遮蓋…</translation>
    </message>
    <message>
        <source>Make a copy of this image with faces, plates or other details covered; the original is kept unchanged.</source>
        <translation>製作此圖片的副本，遮蓋人臉、車牌或其他細節；原件保持不變。</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePreviewDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>證據：%1</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Audio and video are not played inside TrustDesk. Use Open with System Player.</source>
        <translation>TrustDesk 內不播放音訊和影片。請使用「用系統播放程式開啟」。</translation>
    </message>
    <message>
        <source>TrustDesk cannot show this kind of file. Use Open with System Viewer.</source>
        <translation>TrustDesk 無法顯示這類檔案。請使用「用系統檢視器開啟」。</translation>
    </message>
    <message>
        <source>Open with System Player</source>
        <translation>用系統播放程式開啟</translation>
    </message>
    <message>
        <source>Open with System Viewer</source>
        <translation>用系統檢視器開啟</translation>
    </message>
    <message>
        <source>Hand the checked file to the system&apos;s own viewer or player.</source>
        <translation>將已檢查過的檔案交給系統本身的檢視器或播放程式。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名稱：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>類型：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>大小：%1（%2 位元組）</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>This image could not be shown: it may be damaged, in a format TrustDesk cannot read, or too large to decode safely.</source>
        <translation>無法顯示這張圖片：它可能已損壞、採用 TrustDesk 無法讀取的格式，或太大而無法安全解碼。</translation>
    </message>
    <message>
        <source>Only the first %1 are shown. Open with System Viewer to see all of it.</source>
        <translation>只顯示前 %1。請使用「用系統檢視器開啟」檢視全部內容。</translation>
    </message>
    <message>
        <source>The PDF renderer could not be started. Use Open with System Viewer.</source>
        <translation>無法啟動 PDF 頁面繪製程式。請使用「用系統檢視器開啟」。</translation>
    </message>
    <message numerus="yes">
        <source>Showing this PDF took longer than %n second(s) and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</source>
        <translation>
            <numerusform>顯示這個 PDF 花了超過 %n 秒，已停止。它可能已損壞，或是專門為了讓檢視器超載而製作的；如果您信任它，請使用「用系統檢視器開啟」。</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF could not be shown: it may be damaged, not really a PDF, or need more memory than a preview may use. Use Open with System Viewer if you trust it.</source>
        <translation>無法顯示這個 PDF：它可能已損壞、不是真正的 PDF，或需要的記憶體超過預覽可使用的量。如果您信任它，請使用「用系統檢視器開啟」。</translation>
    </message>
    <message>
        <source>This PDF could not be shown: it has no pages TrustDesk can read. Use Open with System Viewer if you trust it.</source>
        <translation>無法顯示這個 PDF：其中沒有 TrustDesk 能讀取的頁面。如果您信任它，請使用「用系統檢視器開啟」。</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be shown.</source>
        <translation>無法顯示這個 PDF 的第 %1 頁。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>This database is encrypted, so its evidence is never written out decrypted. Export the case&apos;s evidence to a folder to open it in another program.</source>
        <translation>此資料庫已加密，因此其證據絕不會以解密形式寫出。請將個案的證據匯出到資料夾，再用其他程式開啟。</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because poppler&apos;s pdftoppm and pdfinfo are not installed (package poppler-utils). Export the file to open it in another program.</source>
        <translation>此處無法顯示 PDF 頁面，因為未安裝 poppler 的 pdftoppm 和 pdfinfo（套件 poppler-utils）。請匯出檔案，用其他程式開啟。</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely: bubblewrap (package bubblewrap) is needed to keep the file away from your other files.</source>
        <translation>此處無法顯示 PDF 頁面，因為無法安全開啟此 PDF：需要 bubblewrap（套件 bubblewrap）將該檔案與您的其他檔案隔開。</translation>
    </message>
    <message>
        <source>This PDF is too large to be shown here. Export it to open it in another program.</source>
        <translation>此 PDF 太大，無法在此顯示。請匯出後用其他程式開啟。</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely.</source>
        <translation>此處無法顯示 PDF 頁面，因為無法安全開啟此 PDF。</translation>
    </message>
    <message>
        <source>Evidence on the office server is encrypted with the office key and is never written out decrypted on this computer. Export it (trustdesk-cli evidence-export) to open it in another program.</source>
        <translation>辦公室伺服器上的證據以辦公室金鑰加密，絕不會以解密形式寫到這台電腦上。要用其他程式開啟，請先將其匯出（trustdesk-cli evidence-export）。</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceThumbnailProxy</name>
    <message>
        <source>The evidence on this office server is encrypted with the office key, which is not unlocked: it cannot be shown, attached or redacted here. Connect again (File › Connect to Office Server…) and give your office key passphrase to open it.</source>
        <translation>此辦公室伺服器上的證據以辦公室金鑰加密，而該金鑰尚未解鎖：無法在這裡顯示、附加或遮蓋證據。請重新連線（檔案 › 連線到辦公室伺服器…）並輸入您的辦公室金鑰密碼，以開啟證據。</translation>
    </message>
</context>
<context>
    <name>td::ui::FollowUpsDock</name>
    <message>
        <source>Follow-ups due</source>
        <translation>待辦追蹤事項</translation>
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
        <translation>當事人</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>待辦內容</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <source>Due within a week (%1)</source>
        <translation>一週內到期（%1）</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>沒有逾期或本週到期的事項。</translation>
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
        <translation>待辦內容</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>違規行為</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>常見問題</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
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
        <translation>來源 %1：%2
%3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>轉到「%1」</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceBrowser</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Load Guidance Folder…</source>
        <translation>載入指南資料夾(&amp;L)…</translation>
    </message>
    <message>
        <source>Read a guidance pack your office keeps in a folder</source>
        <translation>讀取您辦公室儲存在資料夾中的指南包</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Guidance</source>
        <translation>使用內建指南(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print this article as a handout in the language shown</source>
        <translation>用目前顯示的語言將這篇文章列印成資料單</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save this article as a PDF handout in the language shown</source>
        <translation>用目前顯示的語言將這篇文章儲存為 PDF 資料單</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>後退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前進(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>並排顯示(&amp;S)</translation>
    </message>
    <message>
        <source>Show the article in two languages at once</source>
        <translation>同時用兩種語言顯示文章</translation>
    </message>
    <message>
        <source>&amp;Search Guidance</source>
        <translation>搜尋指南(&amp;S)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Rights Guidance — TrustDesk</source>
        <translation>權利指南 — TrustDesk</translation>
    </message>
    <message>
        <source>Rights Guidance: %1 — TrustDesk</source>
        <translation>權利指南：%1 — TrustDesk</translation>
    </message>
    <message>
        <source>%1 · version %2 · last reviewed %3</source>
        <translation>%1 · 版本 %2 · 最近審閱於 %3</translation>
    </message>
    <message>
        <source>Built-in guidance</source>
        <translation>內建指南</translation>
    </message>
    <message>
        <source>Rights Guidance</source>
        <translation>權利指南</translation>
    </message>
    <message>
        <source>The guidance in %1 cannot be used, so the guidance already open stays in use.

%2</source>
        <translation>無法使用 %1 中的指南，因此繼續使用已開啟的指南。

%2</translation>
    </message>
    <message>
        <source>Loaded guidance from %1</source>
        <translation>已從 %1 載入指南</translation>
    </message>
    <message>
        <source>Load Guidance Folder</source>
        <translation>載入指南資料夾</translation>
    </message>
    <message>
        <source>Category code: %1</source>
        <translation>類別代碼：%1</translation>
    </message>
    <message>
        <source>Category codes: %1</source>
        <translation>類別代碼：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>來源 %1：%2</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Nothing about the case is sent.</source>
        <translation>要在網頁瀏覽器中開啟這個網址嗎？不會發送任何案件資訊。</translation>
    </message>
    <message>
        <source>Open Source</source>
        <translation>開啟來源</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在瀏覽器中開啟</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <translation>[%1] %2 — %3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>轉到「%1」</translation>
    </message>
    <message>
        <source>Print Guidance Handout</source>
        <translation>列印指南資料單</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Installed guidance update</source>
        <translation>已安裝的指南更新</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidancePane</name>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original text, in the language the guidance was written in.</source>
        <translation>原文，即編寫指南所用的語言。</translation>
    </message>
    <message>
        <source>Translation reviewed by a native speaker.</source>
        <translation>譯文已由母語人士審閱。</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet reviewed by a native speaker.</source>
        <translation>機器輔助翻譯，尚未經母語人士審閱。</translation>
    </message>
    <message>
        <source>The %1 text is authoritative.</source>
        <translation>以 %1 文本為準。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>來源最後核對日期：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceSearchPanel</name>
    <message>
        <source>Search the guidance…</source>
        <translation>搜尋指南…</translation>
    </message>
    <message>
        <source>&amp;All languages</source>
        <translation>所有語言(&amp;A)</translation>
    </message>
    <message>
        <source>Search every translation instead of only the language shown</source>
        <translation>搜尋所有譯文，而不只是目前顯示的語言</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 個結果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::IncidentForm</name>
    <message>
        <source>Read the rights guidance</source>
        <translation>閱讀權利指南</translation>
    </message>
    <message>
        <source>Street address, intersection or landmark</source>
        <translation>街道地址、路口或地標</translation>
    </message>
    <message>
        <source>e.g. Boston Police Department</source>
        <translation>例如 波士頓警察局</translation>
    </message>
    <message>
        <source>What happened, in the client&apos;s words, in order.</source>
        <translation>按順序，用當事人自己的話描述經過。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>Rights guidance: %1</source>
        <translation>權利指引：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::LockScreen</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>密碼不正確，請重試。</translation>
    </message>
    <message>
        <source>TrustDesk is locked</source>
        <translation>TrustDesk 已鎖定</translation>
    </message>
    <message>
        <source>Case data is hidden while you are away. Enter the app passphrase to continue.</source>
        <translation>您離開期間，案件資料會被隱藏。請輸入應用程式密碼以繼續。</translation>
    </message>
    <message>
        <source>App passphrase</source>
        <translation>應用程式密碼</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>請輸入復原金鑰。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>該復原金鑰無法開啟此資料庫。</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>該密碼不正確。</translation>
    </message>
    <message numerus="yes">
        <source>%1 You can try again in %n second(s).</source>
        <translation>
            <numerusform>%1 您可以在 %n 秒後再試一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 請再試一次。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解鎖…</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the database %1 was made: 13 groups of four letters and digits.</source>
        <translation>請輸入建立資料庫 %1 時您記下的復原金鑰：13 組，每組四個字母和數字。</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>資料庫 %1 已加密。請輸入密碼以開啟。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>資料庫密碼</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>改用密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key</source>
        <translation>忘記密碼？使用復原金鑰(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <source>No passphrase protects this database: it is closed, but anyone at this computer could open it again. Set an app passphrase now to continue; better still, encrypt the database afterwards (Encrypt… in the banner) so its file cannot be read without you.</source>
        <translation>此資料庫沒有密碼保護：它已關閉，但使用這台電腦的任何人都可以再次開啟它。請立即設定應用程式密碼以繼續；更好的做法是之後再加密資料庫（橫幅中的「加密…」），這樣沒有您，任何人都無法讀取其檔案。</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>設定密碼(&amp;S)…</translation>
    </message>
    <message>
        <source>Enter your passphrase for the office key.</source>
        <translation>請輸入您的辦公室金鑰密碼。</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key.</source>
        <translation>該密碼無法開啟辦公室金鑰。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was opened; you can try again.</source>
        <translation>已停止。未開啟任何內容；您可以重試。</translation>
    </message>
    <message>
        <source>Connecting to the office server and unlocking the office key…</source>
        <translation>正在連線到辦公室伺服器並解鎖辦公室金鑰…</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>正在連線到辦公室伺服器…</translation>
    </message>
    <message>
        <source>Case data on the office server (database %1) is hidden while you are away. Enter your passphrase for the office key (login %2) to continue.</source>
        <translation>您離開期間，辦公室伺服器（資料庫 %1）上的案件資料會被隱藏。請輸入您的辦公室金鑰密碼（登入帳號 %2）以繼續。</translation>
    </message>
    <message>
        <source>Office key passphrase</source>
        <translation>辦公室金鑰密碼</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>伺服器密碼</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>辦公室伺服器的密碼</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>The office server did not let you in without a password. Enter your server password as well, then try again.</source>
        <translation>辦公室伺服器不允許無密碼登入。請一併輸入您的伺服器密碼，然後再試一次。</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find Cases</source>
        <translation>尋找案件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>關於 TrustDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
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
        <translation>%1 已存在。請選擇一個新檔名，以免替換現有檔案。</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>關於 TrustDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Case management for legal-aid caseworkers who help immigrants document police misconduct and file complaints.&lt;/p&gt;&lt;p&gt;Cases stay on this computer, in an owner-only database. Sensitive facts such as immigration status are withheld from everything that leaves the app unless you deliberately include them.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;為法律援助個案工作者設計的案件管理工具，幫助移民記錄警察不當行為並提交投訴。&lt;/p&gt;&lt;p&gt;案件儲存在這台電腦上，存放在只有所有者能存取的資料庫中。移民身分等敏感資訊不會出現在任何離開本應用程式的內容中，除非您有意包含。&lt;/p&gt;&lt;p&gt;資料庫：%2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching case(s)</source>
        <translation>
            <numerusform>%Ln 個匹配的案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 個案件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Rights Guidance</source>
        <translation>權利指南(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>安全性(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>立即鎖定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>稽核日誌(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>從備份恢復(&amp;T)…</translation>
    </message>
    <message>
        <source>Your &amp;Office and Profile…</source>
        <translation>您的辦公室和資料(&amp;O)…</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>立即鎖定</translation>
    </message>
    <message>
        <source>No passphrase protects this window, so anyone could unlock it with one click. Set an app passphrase now to lock it?</source>
        <translation>此視窗沒有密碼保護，任何人按一下就能解鎖。現在設定應用程式密碼來鎖定它嗎？</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>設定密碼(&amp;S)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The window was not locked: without a passphrase, anyone could unlock it. Set one in Edit › Security, or encrypt the database (Encrypt… in the banner) so its own passphrase locks it.</source>
        <translation>視窗未鎖定：沒有密碼，任何人都能解鎖。請在「編輯 › 安全性」中設定密碼，或加密資料庫（橫幅中的「加密…」），讓資料庫本身的密碼來鎖定它。</translation>
    </message>
    <message>
        <source>New D&amp;atabase…</source>
        <translation>新增資料庫(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>警員(&amp;O)…</translation>
    </message>
    <message>
        <source>E&amp;xport Case List…</source>
        <translation>匯出案件清單(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>統計資料(&amp;S)…</translation>
    </message>
    <message>
        <source>Connect to Office Ser&amp;ver…</source>
        <translation>連線到辦公室伺服器(&amp;V)…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>這台電腦</translation>
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
            <numerusform>超過 %Ln 個匹配的案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln case(s)</source>
        <translation>
            <numerusform>超過 %Ln 個案件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works on a database file on this computer. An office server&apos;s data is protected by its logins and TLS, and its evidence is encrypted with the office key (see the office mode guide).</source>
        <translation>%1 適用於這台電腦上的資料庫檔案。辦公室伺服器的資料由其登入帳號和 TLS 保護，證據則以辦公室金鑰加密（請參閱辦公室模式指南）。</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>已取消連線。</translation>
    </message>
    <message>
        <source>Res&amp;tore Office Backup…</source>
        <translation>恢復辦公室備份(&amp;T)…</translation>
    </message>
    <message>
        <source>Restores an office backup into a new, empty office database on the server (office admins only); the database open now is not changed.</source>
        <translation>將辦公室備份恢復到伺服器上一個新的空辦公室資料庫中（僅限辦公室管理員）；目前開啟的資料庫不會變更。</translation>
    </message>
    <message>
        <source>Replaces the cases in this database with those of a backup.</source>
        <translation>用備份中的案件取代此資料庫中的案件。</translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerHint</name>
    <message numerus="yes">
        <source>This officer appears in %n other case(s): %1</source>
        <translation>
            <numerusform>此警員還出現在另外 %n 件案件中：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerRosterDialog</name>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>%n 名警員。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of badge %1 (%2):</source>
        <translation>警號 %1（%2）的案件：</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>機構不明</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this officer.</source>
        <translation>
            <numerusform>此警員有 %n 件案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>警員</translation>
    </message>
    <message>
        <source>Officers recognized across cases by badge number and agency. Spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros in a badge number are ignored; a record without an agency is listed on its own.</source>
        <translation>依警號和機構在各案件中辨識出的警員。警號中的空格、「#」、「No.」和開頭的零會被忽略；沒有機構的記錄會單獨列出。</translation>
    </message>
    <message>
        <source>In at least this many &amp;incidents:</source>
        <translation>至少涉及的事件數(&amp;I)：</translation>
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
        <translation>選取一名警員後按 Enter 鍵，即可列出其案件。</translation>
    </message>
    <message>
        <source>Reading the officers…</source>
        <translation>正在讀取警員…</translation>
    </message>
    <message>
        <source>Reading the cases of this officer…</source>
        <translation>正在讀取此警員的案件…</translation>
    </message>
</context>
<context>
    <name>td::ui::PlaintextBanner</name>
    <message>
        <source>This database is not encrypted. Anyone who gets hold of this computer or a copy of the file can read every case.</source>
        <translation>此資料庫未加密。任何取得這台電腦或檔案副本的人都能讀取所有個案。</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>資料庫未加密</translation>
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
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系統預設（%1）</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Case records stay in the language they were written in.</source>
        <translation>選單、按鈕和訊息使用的語言。案件記錄保持其原來的書寫語言。</translation>
    </message>
    <message>
        <source>The new language applies at once. Dates and numbers follow it.</source>
        <translation>新語言會立即生效。日期和數字格式也會隨之改變。</translation>
    </message>
    <message>
        <source>&amp;Recorded as:</source>
        <translation>記錄為(&amp;R)：</translation>
    </message>
    <message>
        <source>Set the caseworker profile…</source>
        <translation>設定個案負責人資料…</translation>
    </message>
    <message>
        <source>The name and role that the audit log and the chain of custody record for what you do. Click to change them.</source>
        <translation>稽核日誌和保管鏈為您的操作所記錄的姓名和職務。按一下即可變更。</translation>
    </message>
</context>
<context>
    <name>td::ui::RecoveryKeyActions</name>
    <message>
        <source>At least %n characters.</source>
        <translation>至少 %n 個字元。</translation>
    </message>
    <message>
        <source>Strength: weak. Four or five unrelated words are much harder to guess and easier to remember.</source>
        <translation>強度：弱。四五個互不相關的字詞更難猜到，也更容易記住。</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>強度：中等。再加幾個字詞會更難猜到。</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>強度：強。</translation>
    </message>
    <message>
        <source>TrustDesk recovery key</source>
        <translation>TrustDesk 復原金鑰</translation>
    </message>
    <message>
        <source>Keep this page locked away, apart from the computer. Anyone who has it and the database can read every case.</source>
        <translation>請把這一頁鎖好，與電腦分開存放。任何同時擁有這一頁和資料庫的人都能讀取所有案件。</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已傳送到印表機。</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else so it does not stay on the clipboard.</source>
        <translation>已複製。請貼到您安全保存它的地方，然後複製其他內容，以免它留在剪貼簿上。</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>儲存復原金鑰</translation>
    </message>
    <message>
        <source>The recovery key could not be saved: %1</source>
        <translation>無法儲存復原金鑰：%1</translation>
    </message>
    <message>
        <source>TrustDesk recovery key for %1
%2
</source>
        <translation>%1 的 TrustDesk 復原金鑰
%2
</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick kept locked away): beside the database it protects nothing.</source>
        <translation>已儲存到 %1。請把它移出這台電腦（存到鎖好的 USB 隨身碟中）：放在資料庫旁邊起不到任何保護作用。</translation>
    </message>
</context>
<context>
    <name>td::ui::RedactDialog</name>
    <message>
        <source>Looking for faces…</source>
        <translation>正在尋找人臉…</translation>
    </message>
    <message>
        <source>No face was suggested. Detection misses faces: look at the whole image.</source>
        <translation>沒有建議任何人臉。偵測會漏掉人臉：請查看整張圖片。</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested (dashed yellow): accept each with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</source>
        <translation>
            <numerusform>建議了 %n 張人臉（黃色虛線）：按兩下或按 Enter 接受每一個，也可以移動或刪除。偵測會漏掉人臉：請檢查整張圖片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw at least one box over what should be hidden.</source>
        <translation>請至少在需要隱藏的內容上畫一個方框。</translation>
    </message>
    <message>
        <source>Suggestions Not Accepted</source>
        <translation>建議未被接受</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested box(es) were not accepted and will not be covered.</source>
        <translation>
            <numerusform>%n 個建議的方框未被接受，將不會被遮蓋。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them</source>
        <translation>檢查它們</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>不含它們儲存</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover; %1 suggestion(s) to review.</source>
        <translation>
            <numerusform>%n 個方框待遮蓋；%1 個建議待審閱。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover.</source>
        <translation>
            <numerusform>%n 個方框待遮蓋。</numerusform>
        </translation>
    </message>
    <message>
        <source>Redact %1</source>
        <translation>遮蓋 %1</translation>
    </message>
    <message>
        <source>Drag on the image to cover faces, plates, badge numbers or addresses. Drag a box to move it; Delete removes the selected box. The copy is a new item: the original is kept unchanged.</source>
        <translation>在圖片上拖曳以遮蓋人臉、車牌、警徽編號或地址。拖曳方框可以移動它；按 Delete 刪除所選方框。副本是一個新項目：原件保持不變。</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Fill (solid black)</source>
        <translation>塗黑（純黑色）</translation>
    </message>
    <message>
        <source>Pixelate (coarse blocks)</source>
        <translation>馬賽克（粗塊）</translation>
    </message>
    <message>
        <source>&amp;Suggest Faces</source>
        <translation>建議人臉(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>接受建議(&amp;A)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation>接受全部建議(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove Box</source>
        <translation>刪除方框(&amp;R)</translation>
    </message>
    <message>
        <source>Save Redacted &amp;Copy</source>
        <translation>儲存遮蓋副本(&amp;C)</translation>
    </message>
    <message>
        <source>Saving the redacted copy of %1…</source>
        <translation>正在儲存 %1 的遮蓋副本…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>遮蓋</translation>
    </message>
    <message>
        <source>The redacted copy was not saved: %1 Your boxes are still here; you can try again.</source>
        <translation>遮蓋副本未儲存：%1 您畫的方框仍在這裡；您可以再試一次。</translation>
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
        <translation>暫無。</translation>
    </message>
</context>
<context>
    <name>td::ui::SecurityDialog</name>
    <message>
        <source>Security</source>
        <translation>安全性</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>閒置多久後鎖定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>新密碼(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>確認(&amp;O)</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>目前的密碼不正確。</translation>
    </message>
    <message>
        <source>The passphrase could not be stored; try again.</source>
        <translation>無法儲存密碼，請重試。</translation>
    </message>
    <message>
        <source>Lock when the &amp;computer locks, goes to sleep or starts its screen saver</source>
        <translation>當電腦鎖定、進入睡眠或啟動螢幕保護程式時鎖定(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>變更密碼(&amp;H)…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until the database&apos;s passphrase or recovery key is entered again.</source>
        <translation>在選定的時間內沒有任何操作後，TrustDesk 會隱藏所有案件資料，直到再次輸入資料庫的密碼或復原金鑰。</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until it is unlocked. The passphrase itself is never stored, only a check value that cannot be turned back into it; leave the new fields empty to keep it.</source>
        <translation>在選定的時間內沒有任何操作後，TrustDesk 會隱藏所有案件資料，直到解鎖為止。密碼本身從不儲存，只儲存一個無法還原成密碼的檢查值；如要保留現有密碼，請將新密碼欄位留空。</translation>
    </message>
    <message>
        <source>Passphrase Changed</source>
        <translation>密碼已變更</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on. The recovery key still does.</source>
        <translation>從現在起，要用新密碼開啟此資料庫。復原金鑰仍然可以開啟。</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>目前的密碼(&amp;U)</translation>
    </message>
</context>
<context>
    <name>td::ui::SensitiveMask</name>
    <message>
        <source>Hidden</source>
        <translation>已隱藏</translation>
    </message>
    <message>
        <source>Revealing cannot be recorded here.</source>
        <translation>此處無法記錄顯示操作。</translation>
    </message>
    <message>
        <source>Hidden. Reveal it with the button beside it (recorded in the audit log), or type a new value to replace it.</source>
        <translation>已隱藏。可用旁邊的按鈕顯示（會記入稽核日誌），或輸入新值來取代它。</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>顯示%1</translation>
    </message>
    <message>
        <source>Show the stored %1 (recorded in the audit log)</source>
        <translation>顯示已儲存的%1（會記入稽核日誌）</translation>
    </message>
    <message>
        <source>Replaced by what you typed; clear the field to reveal the stored value instead.</source>
        <translation>已被您輸入的內容取代；清空此欄位即可改為顯示已儲存的值。</translation>
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
        <translation>正在連線到辦公室伺服器…</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsChartView</name>
    <message>
        <source>Nothing to chart: no incident matches these filters.</source>
        <translation>沒有可繪製的內容：沒有事件符合這些篩選條件。</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsTableModel</name>
    <message>
        <source>Total (each counted once)</source>
        <translation>合計（每項只計一次）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsWindow</name>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計資料</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>從(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>個案負責人(&amp;W)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>狀態(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>列(&amp;R)：</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>欄(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>計數(&amp;C)：</translation>
    </message>
    <message>
        <source>First incident date counted; empty: from the first incident.</source>
        <translation>計入的第一個事件日期；留空：從最早的事件開始。</translation>
    </message>
    <message>
        <source>Last incident date counted; empty: up to the last incident.</source>
        <translation>計入的最後一個事件日期；留空：直到最近的事件。</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>所有個案負責人</translation>
    </message>
    <message>
        <source>Tick the case statuses to count; none ticked counts every case.</source>
        <translation>勾選要統計的案件狀態；都不勾選則統計所有案件。</translation>
    </message>
    <message>
        <source>Export &amp;hides counts below:</source>
        <translation>匯出時隱藏小於此數的計數(&amp;H)：</translation>
    </message>
    <message>
        <source>Published figures hide every count from 1 to this number minus one, and further counts so the hidden ones cannot be worked out. 1 hides nothing.</source>
        <translation>公開發布的數字會隱藏從 1 到此數減一的所有計數，並再隱藏一些計數，以免被隱藏的數字被推算出來。設為 1 則不隱藏任何計數。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save these figures as CSV or PDF to publish, with small counts hidden. This window shows every count: it is for the office only.</source>
        <translation>將這些數字儲存為 CSV 或 PDF 以便公開發布，小計數會被隱藏。此視窗顯示所有計數：僅供辦公室內部使用。</translation>
    </message>
    <message>
        <source>Ca&amp;ses: click a bar or double-click a cell to list its cases.</source>
        <translation>案件(&amp;S)：按一下長條或按兩下儲存格，即可列出其中的案件。</translation>
    </message>
    <message>
        <source>The first date is after the last: nothing to count.</source>
        <translation>開始日期晚於結束日期：沒有可統計的內容。</translation>
    </message>
    <message>
        <source>Chart of %1 by %2</source>
        <translation>依%2統計的%1圖表</translation>
    </message>
    <message>
        <source>Raw counts, for the office only: %1 and %2.</source>
        <translation>原始計數，僅供辦公室內部使用：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 件案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln 個事件</numerusform>
        </translation>
    </message>
    <message>
        <source>A case or incident can fall in several rows or columns, so the totals count each once and are less than the sum of the cells.</source>
        <translation>一件案件或一個事件可能同時屬於好幾列或好幾欄，所以合計中每項只計算一次，會小於各儲存格的總和。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: counting…</source>
        <translation>%1 中的案件(&amp;S)：正在統計…</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: %2, the first %3 listed (double-click or Enter opens one)</source>
        <translation>%1 中的案件(&amp;S)：%2 件，列出前 %3 件（按兩下或按 Enter 鍵開啟）</translation>
    </message>
    <message numerus="yes">
        <source>Ca&amp;ses in %1: %Ln (double-click or Enter opens one)</source>
        <translation>
            <numerusform>%1 中的案件(&amp;S)：%Ln 件（按兩下或按 Enter 鍵開啟）</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a date like %1, or leave it empty.</source>
        <extracomment>%1 is a date in the interface language&apos;s style, e.g. 12/31/2026.</extracomment>
        <translation>請按 %1 這樣的格式輸入日期，或留空。</translation>
    </message>
</context>
<context>
    <name>td::ui::VaultSetupDialog</name>
    <message>
        <source>The encrypted database could not be created: %1</source>
        <translation>無法建立加密資料庫：%1</translation>
    </message>
    <message>
        <source>Protect Your Cases</source>
        <translation>保護您的個案</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TrustDesk keeps every case encrypted on this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Without it nobody can read the clients&apos; names, addresses, immigration status or anything else in TrustDesk, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;If the passphrase is forgotten, the only way back in is the recovery key shown on the next page. Without either, the cases are lost for good: nobody, not even the makers of TrustDesk, can recover them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TrustDesk 在這台電腦上加密保存所有個案。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;請選擇一組密碼。沒有它，即使拿到這台電腦的硬碟，也沒有人能讀取當事人的姓名、地址、移民身分或 TrustDesk 中的任何其他內容。每次啟動 TrustDesk 時都要輸入它。&lt;/p&gt;&lt;p&gt;如果忘記密碼，唯一的辦法是使用下一頁顯示的復原金鑰。兩者都沒有的話，個案將永久遺失：任何人，包括 TrustDesk 的開發者，都無法復原。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再輸入一次(&amp;R)：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Encrypt and Continue</source>
        <translation>加密並繼續(&amp;E)</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds: the passphrase is made deliberately slow to guess.</source>
        <translation>正在建立加密資料庫… 這需要幾秒鐘：密碼經過刻意處理，讓人難以快速猜測。</translation>
    </message>
    <message>
        <source>This is the recovery key. It is shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase.</source>
        <translation>這是復原金鑰，只會顯示這一次。請把它寫下來或列印出來，存放在遠離這台電腦的安全地方。忘記密碼時可以用它開啟資料庫，所以請像保護密碼一樣保護它。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>另存為檔案(&amp;S)…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>我已將它寫下或安全保存(&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>繼續(&amp;O)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
</context>
<context>
    <name>trustdesk-cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>init 不接受參數。</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>資料庫已就緒：%1（結構版本 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n problem(s).</source>
        <translation>
            <numerusform>驗證失敗：%n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>備份檔案</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 只需要一個 FILE。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>備份已寫入並通過驗證：%1</translation>
    </message>
    <message>
        <source>Restored from %1 into %2</source>
        <translation>已從 %1 恢復到 %2</translation>
    </message>
    <message>
        <source>List cases, newest first: reference, status, opened date, client.</source>
        <translation>列出案件，最新的在前：編號、狀態、立案日期、當事人。</translation>
    </message>
    <message>
        <source>only cases with this status (%1)</source>
        <translation>只列出此狀態的案件（%1）</translation>
    </message>
    <message>
        <source>print JSON instead of one line a case</source>
        <translation>輸出 JSON，而不是每個案件一行</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list 不接受參數。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>未知狀態「%1」。請使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</source>
        <translation>用法：trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全域選項：</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>顯示此說明；COMMAND --help 顯示某個命令的選項</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>顯示版本</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db 需要一個檔案路徑。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知選項 %1。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令「%1」。</translation>
    </message>
    <message>
        <source>Search cases. Accents and case do not matter; the last word may be the start of a word. Best matches first.</source>
        <translation>搜尋案件。不區分重音和大小寫；最後一個詞可以只是詞的開頭。最佳匹配排在前面。</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>要尋找的詞</translation>
    </message>
    <message>
        <source>at most N results (default 50)</source>
        <translation>最多 N 個結果（預設 50）</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search 需要一個 QUERY。</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit 需要一個正整數。</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify 不接受參數。</translation>
    </message>
    <message>
        <source>Verification passed: %1</source>
        <translation>驗證通過：%1</translation>
    </message>
    <message>
        <source>Add fictional demo cases to the database (created when missing). The same seed always gives the same cases.</source>
        <translation>向資料庫新增虛構的示範案件（不存在時自動建立資料庫）。相同的種子總是產生相同的案件。</translation>
    </message>
    <message>
        <source>how many cases to add (required)</source>
        <translation>要新增的案件數（必填）</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>隨機種子（預設 1）</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo 不接受參數。</translation>
    </message>
    <message>
        <source>demo needs --cases N.</source>
        <translation>demo 需要 --cases N。</translation>
    </message>
    <message>
        <source>--cases needs a positive whole number.</source>
        <translation>--cases 需要一個正整數。</translation>
    </message>
    <message>
        <source>--seed needs a whole number of zero or more.</source>
        <translation>--seed 需要一個大於或等於零的整數。</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) were added before the error.</source>
        <translation>
            <numerusform>出錯前已新增 %n 個示範案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding demo cases: %1 of %2</source>
        <translation>正在新增示範案件：%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>已新增 %n 個示範案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>case references to export (default: every case)</source>
        <translation>要匯出的案件編號（預設：所有案件）</translation>
    </message>
    <message>
        <source>write to FILE (owner-only) instead of standard output</source>
        <translation>寫入 FILE（僅所有者可存取），而不是標準輸出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 個案件匯出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>language code (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</source>
        <translation>語言代碼（en、es、ht、pt、kea、zh_CN、zh_TW、vi、ar、ru、so）</translation>
    </message>
    <message>
        <source>with show: write a handout PDF to FILE</source>
        <translation>與 show 一起使用：將 PDF 資料單寫入 FILE</translation>
    </message>
    <message>
        <source>load the guidance pack from FOLDER instead of the built-in one</source>
        <translation>從 FOLDER 載入指南包，而不是使用內建指南包</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>該指南沒有「%1」版本。</translation>
    </message>
    <message>
        <source>guidance list takes no more arguments.</source>
        <translation>guidance list 不接受更多參數。</translation>
    </message>
    <message>
        <source>guidance show needs exactly one article ID.</source>
        <translation>guidance show 只需要一個文章 ID。</translation>
    </message>
    <message>
        <source>There is no guidance article &quot;%1&quot;. See: guidance list</source>
        <translation>沒有指南文章「%1」。請檢視：guidance list</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper 必須是 a4 或 letter。</translation>
    </message>
    <message>
        <source>Handout written: %1</source>
        <translation>資料單已寫入：%1</translation>
    </message>
    <message>
        <source>guidance search needs a QUERY.</source>
        <translation>guidance search 需要一個 QUERY。</translation>
    </message>
    <message>
        <source>Import the cases of a TrustDesk JSON file. The whole file is checked first: one bad case rejects it, naming the case and the field, and nothing is added.</source>
        <translation>匯入 TrustDesk JSON 檔案中的案件。會先檢查整個檔案：只要有一個案件有誤，就拒絕整個檔案，並指出是哪個案件和欄位，不新增任何內容。</translation>
    </message>
    <message>
        <source>the TrustDesk JSON file</source>
        <translation>TrustDesk JSON 檔案</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import 只需要一個 FILE。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>已匯入 %n 個案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>the case reference, e.g. TD-2026-00042</source>
        <translation>案件編號，例如 TD-2026-00042</translation>
    </message>
    <message>
        <source>print JSON (the interchange format) instead of text</source>
        <translation>輸出 JSON（交換格式），而不是文字</translation>
    </message>
    <message>
        <source>show needs exactly one REF.</source>
        <translation>show 只需要一個 REF。</translation>
    </message>
    <message>
        <source>Attach files to a case as evidence. Each file is copied into the evidence store beside the database and identified by its SHA-256; the original is only read. A file already on the case is reported and stored once.</source>
        <translation>將檔案作為證據附加到案件。每個檔案都會複製到資料庫旁邊的證據庫中，並以其 SHA-256 識別；原檔案只會被讀取。如果案件中已有相同檔案，會給出提示，並只儲存一次。</translation>
    </message>
    <message>
        <source>the case reference</source>
        <translation>案件編號</translation>
    </message>
    <message>
        <source>files to attach</source>
        <translation>要附加的檔案</translation>
    </message>
    <message>
        <source>a description recorded with every file</source>
        <translation>與每個檔案一起記錄的描述</translation>
    </message>
    <message>
        <source>where the files came from: %1</source>
        <translation>檔案來源：%1</translation>
    </message>
    <message>
        <source>attach needs a case reference and at least one file.</source>
        <translation>attach 需要一個案件編號和至少一個檔案。</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>未知來源「%1」。請使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: %2, %3 bytes, %4</source>
        <translation>已附加「%1」：%2，%3 位元組，%4</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file for imported evidence item %2 (%3)</source>
        <translation>已附加「%1」：匯入的證據項目 %2 的檔案（%3）</translation>
    </message>
    <message>
        <source>Already attached: &quot;%1&quot; is the same file as evidence item %2 (&quot;%3&quot;); stored once.</source>
        <translation>已經附加過：「%1」與證據項目 %2（「%3」）是同一個檔案；只儲存一次。</translation>
    </message>
    <message>
        <source>Write the client&apos;s copy as a PDF: what was filed and the next steps from the guidance pack, in the client&apos;s preferred language (or --lang). It names no sensitive client field.</source>
        <translation>將當事人副本寫成 PDF：已提交的內容，以及指南包中的後續步驟，使用當事人的偏好語言（或 --lang）。其中不包含當事人的任何敏感欄位。</translation>
    </message>
    <message>
        <source>the PDF to write (required)</source>
        <translation>要寫入的 PDF（必填）</translation>
    </message>
    <message>
        <source>when nothing is filed yet: bpd-iad (default), accountability or a body&apos;s name</source>
        <translation>尚未提交時：bpd-iad（預設）、accountability 或某個機構的名稱</translation>
    </message>
    <message>
        <source>client-copy needs exactly one REF.</source>
        <translation>client-copy 只需要一個 REF。</translation>
    </message>
    <message>
        <source>client-copy needs --out FILE.pdf.</source>
        <translation>client-copy 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability or a body&apos;s name.</source>
        <translation>--to 需要 bpd-iad、accountability 或某個機構的名稱。</translation>
    </message>
    <message>
        <source>Client copy written: %1 (%2)</source>
        <translation>當事人副本已寫入：%1（%2）</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>輸出 JSON</translation>
    </message>
    <message>
        <source>evidence needs exactly one case reference.</source>
        <translation>evidence 只需要一個案件編號。</translation>
    </message>
    <message>
        <source>Copy a case&apos;s evidence into a new or empty folder with manifest.json, manifest.txt and SHA256SUMS (names, hashes, sizes, chain of custody). Every file is re-hashed while it is copied; a changed or missing file is not exported and the exit code is 3.</source>
        <translation>將案件的證據複製到新的或空的資料夾中，並附上 manifest.json、manifest.txt 和 SHA256SUMS（名稱、雜湊值、大小、保管鏈）。複製時會重新計算每個檔案的雜湊值；已更改或缺失的檔案不會匯出，結束代碼為 3。</translation>
    </message>
    <message>
        <source>the folder to write (created owner-only; must be new or empty)</source>
        <translation>要寫入的資料夾（僅所有者可存取；必須是新的或空的）</translation>
    </message>
    <message>
        <source>evidence-export needs exactly one case reference.</source>
        <translation>evidence-export 只需要一個案件編號。</translation>
    </message>
    <message>
        <source>evidence-export needs --out FOLDER.</source>
        <translation>evidence-export 需要 --out FOLDER。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>已將 %n 個檔案匯出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no file (details imported only) and are listed in the manifest.</source>
        <translation>
            <numerusform>%n 個項目沒有檔案（只匯入了詳細資訊），已列在清單中。</numerusform>
        </translation>
    </message>
    <message>
        <source>who files: client, on-behalf (default) or anonymous</source>
        <translation>提交人：client、on-behalf（預設）或 anonymous</translation>
    </message>
    <message>
        <source>with on-behalf: who files (default: the case&apos;s caseworker)</source>
        <translation>與 on-behalf 一起使用：提交人（預設：案件的個案負責人）</translation>
    </message>
    <message>
        <source>with on-behalf: the office filing</source>
        <translation>與 on-behalf 一起使用：提交的辦公室</translation>
    </message>
    <message>
        <source>the requested action (default: the standard request)</source>
        <translation>請求採取的行動（預設：標準請求）</translation>
    </message>
    <message>
        <source>report needs exactly one REF.</source>
        <translation>report 只需要一個 REF。</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>--filer must be client, on-behalf or anonymous.</source>
        <translation>--filer 必須是 client、on-behalf 或 anonymous。</translation>
    </message>
    <message>
        <source>Warning: the client&apos;s consent to file is not recorded; the PDF is marked as a draft.</source>
        <translation>警告：沒有記錄當事人同意提交投訴；PDF 已標記為草稿。</translation>
    </message>
    <message>
        <source>Complaint written: %1</source>
        <translation>投訴已寫入：%1</translation>
    </message>
    <message>
        <source>Sensitive fields included: %1</source>
        <translation>包含的敏感欄位：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>The verification could not be recorded in the chain of custody: %1</source>
        <translation>無法在保管鏈中記錄此次驗證：%1</translation>
    </message>
    <message>
        <source>This command needs %1, which is not installed next to trustdesk-cli. Reinstall TrustDesk.</source>
        <translation>此指令需要 %1，但它沒有安裝在 trustdesk-cli 旁邊。請重新安裝 TrustDesk。</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>無法啟動 %1：%2</translation>
    </message>
    <message>
        <source>Its evidence is in %1; keep the two together.</source>
        <translation>它的證據在 %1 中；請將兩者放在一起保存。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; nothing changed. %2</source>
        <translation>「%1」未恢復；沒有任何更改。%2</translation>
    </message>
    <message>
        <source>There is no evidence item %1. Nothing was removed.</source>
        <translation>沒有證據項目 %1。未移除任何內容。</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2. Nothing was removed.</source>
        <translation>證據項目 %1 不在案件 %2 中。未移除任何內容。</translation>
    </message>
    <message>
        <source>Remove one evidence item from a case. EVIDENCE_ID is the item id that &quot;evidence REF&quot; lists. The reason is required and stays in the chain of custody. The file leaves the evidence store unless another item (on any case) holds the same bytes.</source>
        <translation>從案件中移除一個證據項目。EVIDENCE_ID 是 &quot;evidence REF&quot; 列出的項目識別碼。必須填寫原因，原因會保留在保管鏈中。除非另一個項目（任何案件中的）有相同的內容，否則檔案會從證據庫中移除。</translation>
    </message>
    <message>
        <source>the evidence item id</source>
        <translation>證據項目識別碼</translation>
    </message>
    <message>
        <source>why the item is removed (required; kept in the chain of custody)</source>
        <translation>移除該項目的原因（必填；保留在保管鏈中）</translation>
    </message>
    <message>
        <source>print JSON: case_reference, id, sha256, display_name, stored (the item had a file) and file_removed (the file left the store)</source>
        <translation>輸出 JSON：case_reference、id、sha256、display_name、stored（該項目有檔案）和 file_removed（檔案已從證據庫中移除）</translation>
    </message>
    <message>
        <source>evidence-remove needs a case reference and one evidence item id.</source>
        <translation>evidence-remove 需要一個案件編號和一個證據項目識別碼。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an evidence item id: use the number that &quot;evidence %2&quot; lists.</source>
        <translation>「%1」不是證據項目識別碼：請使用 &quot;evidence %2&quot; 列出的編號。</translation>
    </message>
    <message>
        <source>evidence-remove needs --reason TEXT: the reason is kept in the chain of custody.</source>
        <translation>evidence-remove 需要 --reason TEXT：原因會保留在保管鏈中。</translation>
    </message>
    <message>
        <source>Removed evidence item %1 (&quot;%2&quot;) from %3; the reason is kept in the chain of custody.</source>
        <translation>已從 %3 移除證據項目 %1（「%2」）；原因保留在保管鏈中。</translation>
    </message>
    <message>
        <source>Its file was deleted from the evidence store.</source>
        <translation>它的檔案已從證據庫中刪除。</translation>
    </message>
    <message>
        <source>Its file stays in the evidence store: another item holds the same bytes.</source>
        <translation>它的檔案仍保留在證據庫中：另一個項目有相同的內容。</translation>
    </message>
    <message>
        <source>Note: the file withheld these sensitive fields, which stay empty: %1</source>
        <translation>注意：檔案隱去了以下敏感欄位，這些欄位將保持為空：%1</translation>
    </message>
    <message>
        <source>deliberately include every sensitive client field and witness contact details (recorded in the audit log)</source>
        <translation>有意包含當事人的所有敏感欄位和證人的聯絡方式（會記入稽核日誌）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive client field or witness detail. Use one of: %2.</source>
        <translation>「%1」不是當事人的敏感欄位，也不是證人資訊。請使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Show one case. Sensitive client fields and witness contact details are withheld unless deliberately included; --json prints a TrustDesk JSON file holding just this case.</source>
        <translation>顯示一個案件。除非有意包含，否則隱藏當事人的敏感欄位和證人的聯絡方式；--json 輸出只包含此案件的 TrustDesk JSON 檔案。</translation>
    </message>
    <message>
        <source>audit verify takes no other argument than --head.</source>
        <translation>audit verify 除了 --head 之外不接受其他參數。</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the log was changed behind TrustDesk&apos;s back.</source>
        <translation>稽核日誌驗證失敗：日誌在 TrustDesk 不知情的情況下被更改。</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the entry %1 recorded earlier is no longer in the log; its tail was cut off or the log was replaced.</source>
        <translation>稽核日誌驗證失敗：先前記錄的記錄 %1 已不在日誌中；日誌尾端被截掉，或日誌被替換。</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: entry %1, recorded in %2 when it was written, is no longer in the log; its tail was cut off or an older copy of the database was put back.</source>
        <translation>稽核日誌驗證失敗：寫入時記錄於 %2 的記錄 %1 已不在日誌中；日誌尾端被截掉，或資料庫被換回較舊的副本。</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entries, chain head %1.</source>
        <translation>
            <numerusform>稽核日誌已驗證：%n 筆記錄，鏈頭 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit log, oldest first: time (UTC), actor, action, case, details.
&quot;audit verify&quot; checks the log&apos;s hash chain instead (exit 3 when it was changed).</source>
        <translation>列出稽核日誌，最早的在前：時間（UTC）、操作者、動作、個案、詳細資訊。
&quot;audit verify&quot; 則改為檢查日誌的雜湊鏈（被更改時結束代碼為 3）。</translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation>檢查雜湊鏈</translation>
    </message>
    <message>
        <source>only the entries about case REF</source>
        <translation>只列出關於個案 REF 的記錄</translation>
    </message>
    <message>
        <source>only the entries from DATE on: YYYY-MM-DD or an ISO 8601 date and time (UTC unless it has an offset)</source>
        <translation>只列出 DATE 起的記錄：YYYY-MM-DD 或 ISO 8601 日期時間（未帶時差時為 UTC）</translation>
    </message>
    <message>
        <source>print JSON instead of one line an entry</source>
        <translation>輸出 JSON，而不是每筆一行</translation>
    </message>
    <message>
        <source>with verify: also fail unless the entry with this hash (a head printed by an earlier verify) is still in the log</source>
        <translation>與 verify 一起使用：如果具有此雜湊值的記錄（先前 verify 輸出的鏈頭）已不在日誌中，也視為失敗</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; did you mean &quot;audit verify&quot;?</source>
        <translation>未知的參數「%1」；您是不是要用 &quot;audit verify&quot;？</translation>
    </message>
    <message>
        <source>--head goes with &quot;audit verify&quot;.</source>
        <translation>--head 須與 &quot;audit verify&quot; 一起使用。</translation>
    </message>
    <message>
        <source>--case needs a reference.</source>
        <translation>--case 需要一個案號。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation>「%1」不是日期：請使用 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM[:SS]。</translation>
    </message>
    <message>
        <source>(carried over by a restore)</source>
        <translation>（由還原帶入）</translation>
    </message>
    <message>
        <source>The backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new path with --db, or run `trustdesk-cli encrypt` on this database first.</source>
        <translation>備份已加密而此資料庫未加密，因此其中的個案會以未加密形式寫入。請用 --db 還原到新路徑，或先對此資料庫執行 `trustdesk-cli encrypt`。</translation>
    </message>
    <message>
        <source>The key file could not be copied beside %1.</source>
        <translation>無法將金鑰檔案複製到 %1 旁邊。</translation>
    </message>
    <message>
        <source>the new passphrase: the first line of FILE</source>
        <translation>新密碼：FILE 的第一行</translation>
    </message>
    <message>
        <source>change-passphrase takes no arguments.</source>
        <translation>change-passphrase 不接受參數。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>資料庫「%1」不存在。</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no passphrase to change. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>此資料庫未加密，因此沒有可變更的密碼。`trustdesk-cli encrypt` 可將它加密保護。</translation>
    </message>
    <message>
        <source>The passphrase was changed. The old one no longer opens %1; the recovery key still does.</source>
        <translation>密碼已變更。舊密碼已無法開啟 %1；復原金鑰仍然可以。</translation>
    </message>
    <message>
        <source>An encryption of this database is running or was interrupted. Run `trustdesk-cli encrypt` to finish or undo it.</source>
        <translation>此資料庫的加密正在進行或已中斷。請執行 `trustdesk-cli encrypt` 完成或復原。</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE</source>
        <translation>加密資料庫的密碼：FILE 的第一行</translation>
    </message>
    <message>
        <source>open an encrypted database with its recovery key, the first line of FILE</source>
        <translation>以復原金鑰（FILE 的第一行）開啟加密資料庫</translation>
    </message>
    <message>
        <source>when the database does not exist yet, make it unencrypted (for throwaway data only); by default a new database is encrypted</source>
        <translation>資料庫尚不存在時，建立為未加密（僅限臨時資料）；預設新資料庫會加密</translation>
    </message>
    <message>
        <source>write a new encrypted database&apos;s recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>將新加密資料庫的復原金鑰寫入 FILE（僅擁有者可存取；該檔案不得已存在），而不是顯示出來</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; the recovery key is never written over a file.</source>
        <translation>「%1」已存在；復原金鑰絕不會覆寫現有檔案。</translation>
    </message>
    <message>
        <source>The new database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>新資料庫已加密。如果忘記密碼，只有這把復原金鑰能開啟它。它只會顯示這一次：請寫下或列印出來，存放在遠離這台電腦的安全地方。</translation>
    </message>
    <message>
        <source>The new database is encrypted. Its recovery key, which opens it if the passphrase is ever forgotten, is in %1: keep that file safe, away from this computer.</source>
        <translation>新資料庫已加密。忘記密碼時可用來開啟它的復原金鑰存放在 %1：請將該檔案安全存放在遠離這台電腦的地方。</translation>
    </message>
    <message>
        <source>The database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>資料庫已加密。如果忘記密碼，只有這把復原金鑰能開啟它。它只會顯示這一次：請寫下或列印出來，存放在遠離這台電腦的安全地方。</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>無法將復原金鑰寫入「%1」：%2。未做任何變更。</translation>
    </message>
    <message>
        <source>
The recovery key of the encrypted TrustDesk database %1.
It opens the database without its passphrase: keep it safe, away from the computer.
</source>
        <translation>
加密的 TrustDesk 資料庫 %1 的復原金鑰。
它不需密碼即可開啟資料庫：請安全保存，遠離電腦。
</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;. Nothing was changed.</source>
        <translation>無法將復原金鑰寫入「%1」。未做任何變更。</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在檢查</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>正在加密</translation>
    </message>
    <message>
        <source>Comparing with the original</source>
        <translation>正在與原件比對</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>Putting in place</source>
        <translation>正在放到定位</translation>
    </message>
    <message>
        <source>write the recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>將復原金鑰寫入 FILE（僅擁有者可存取；該檔案不得已存在），而不是顯示出來</translation>
    </message>
    <message>
        <source>encrypt takes no arguments.</source>
        <translation>encrypt 不接受參數。</translation>
    </message>
    <message>
        <source>An interrupted encryption was finished: %1 is encrypted now, with the passphrase and recovery key given then.</source>
        <translation>已完成中斷的加密：%1 現已加密，使用當時提供的密碼和復原金鑰。</translation>
    </message>
    <message>
        <source>An interrupted encryption was undone; the database was still unencrypted. Starting again.</source>
        <translation>已復原中斷的加密；資料庫仍未加密。重新開始。</translation>
    </message>
    <message>
        <source>%1 is encrypted now; it opens only with its passphrase or recovery key.</source>
        <translation>%1 現已加密；只能用其密碼或復原金鑰開啟。</translation>
    </message>
    <message>
        <source>hand the files over as stored, with their metadata (EXIF with GPS position and author, XMP, PDF information); recorded in the audit log. By default copies leave without it.</source>
        <translation>依儲存原樣交出檔案，包含其中繼資料（含 GPS 位置和作者的 EXIF、XMP、PDF 資訊）；會記入稽核日誌。預設匯出的副本不含中繼資料。</translation>
    </message>
    <message>
        <source>name the files and list them in the manifest by their original names (which may name the client); recorded in the audit log. By default files are named by case and item number.</source>
        <translation>以原始檔名（可能含有當事人姓名）命名檔案並列入清單；會記入稽核日誌。預設檔案以個案和項目編號命名。</translation>
    </message>
    <message numerus="yes">
        <source>Metadata (such as GPS position, author, camera) was removed from %n copy(ies); the originals in the store are unchanged.</source>
        <translation>
            <numerusform>已從 %n 份副本中移除中繼資料（如 GPS 位置、作者、相機）；儲存的原件維持不變。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check them before they leave. The manifest marks them.</source>
        <translation>
            <numerusform>%n 個檔案屬於 TrustDesk 無法移除中繼資料的類型（影片、音訊、文件）；請在交出前檢查。清單中已標示這些檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases (all, or the references given) as a TrustDesk JSON file. Sensitive client fields and witness contact details are left out unless deliberately included, and masked where the free text repeats them.</source>
        <translation>將個案（全部或指定案號）匯出為 TrustDesk JSON 檔案。當事人的敏感欄位和證人的聯絡方式不會匯出，除非刻意包含；自由文字中重複出現時會被隱藏。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s) whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</source>
        <translation>
            <numerusform>… 另有 %n 個個案的自由文字中含有已隱藏的內容或可能透露移民身分的用語（show REF 可列出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone with the file can read it. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>此資料庫未加密：任何取得檔案的人都能讀取。`trustdesk-cli encrypt` 可將它加密保護。</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE (else the file named by %1, else asked on the terminal)</source>
        <translation>加密資料庫的密碼：FILE 的第一行（否則取 %1 指定的檔案，再否則在終端機上詢問）</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>%1 需要一個檔案路徑。</translation>
    </message>
    <message>
        <source>the caseworker&apos;s name</source>
        <translation>個案負責人的姓名</translation>
    </message>
    <message>
        <source>their role (caseworker, supervisor, …)</source>
        <translation>其職務（個案負責人、主管……）</translation>
    </message>
    <message>
        <source>profile takes no arguments.</source>
        <translation>profile 不接受參數。</translation>
    </message>
    <message>
        <source>A caseworker profile needs a name: trustdesk-cli profile --name NAME [--role ROLE].</source>
        <translation>個案負責人資料需要姓名：trustdesk-cli profile --name NAME [--role ROLE]。</translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings.</source>
        <translation>無法將資料儲存到設定中。</translation>
    </message>
    <message>
        <source>No caseworker profile is set: entries are recorded as &quot;%1&quot;.
Set one with: trustdesk-cli profile --name NAME --role ROLE</source>
        <translation>尚未設定個案負責人資料：記錄將以「%1」登記。
設定方式：trustdesk-cli profile --name NAME --role ROLE</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>職務：%1</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>記錄為：%1</translation>
    </message>
    <message>
        <source>deliberately include this sensitive client field or witness detail (%1), in its field and where the free text mentions it; repeatable, recorded in the audit log</source>
        <translation>刻意包含此項當事人敏感欄位或證人資訊（%1），包括其欄位本身和自由文字中提到之處；可重複使用，會記入稽核日誌</translation>
    </message>
    <message>
        <source>also mask, as [withheld], the phrases in the free text that may reveal immigration status (listed on standard error either way)</source>
        <translation>同時將自由文字中可能透露移民身分的用語隱藏為 [已隱藏]（無論是否隱藏都會在標準錯誤輸出中列出）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n withheld value(s) found in the free text and masked.</source>
        <translation>
            <numerusform>%1：在自由文字中發現 %n 處應隱藏的內容，已隱藏。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, masked:</source>
        <translation>
            <numerusform>%1：%n 處可能透露移民身分的用語，已隱藏：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, left as written (--mask-status-phrases masks them):</source>
        <translation>
            <numerusform>%1：%n 處可能透露移民身分的用語，依原文保留（--mask-status-phrases 可隱藏）：</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot; in: %3</source>
        <translation>  %1：「%2」位於：%3</translation>
    </message>
    <message>
        <source>Write a case&apos;s complaint submission as a PDF. Sensitive client fields and witness contact details are withheld unless deliberately included, also where the free text mentions them; the PDF names the kinds withheld, never their values. Phrases that may reveal immigration status are listed on standard error and masked with --mask-status-phrases. Each report is recorded in the case (date, recipient, fields included, SHA-256) and in the audit log.</source>
        <translation>將個案的申訴資料寫成 PDF。當事人的敏感欄位和證人的聯絡方式會被隱藏（自由文字中提到之處也一樣），除非刻意包含；PDF 只註明被隱藏的類別，絕不顯示其內容。可能透露移民身分的用語會在標準錯誤輸出中列出，並可用 --mask-status-phrases 隱藏。每份報告都會記入個案（日期、收件方、包含的欄位、SHA-256）和稽核日誌。</translation>
    </message>
    <message>
        <source>Encrypt an existing plaintext database in place. The new passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal); the recovery key is shown once or written to --recovery-key-out. An encrypted copy is written beside the database and compared with it table by table; only then does it take the database&apos;s place, and no plaintext copy is left. The evidence files are sealed the same way, checked, and the plaintext ones deleted. Close TrustDesk first: the database must not be open anywhere else. Run it again after an interruption: it finishes or undoes what was begun.</source>
        <translation>就地加密現有的未加密資料庫。新密碼來自 --passphrase-file（或 TRUSTDESK_PASSPHRASE_FILE 指定的檔案，或在終端機中詢問兩次）；復原金鑰顯示一次，或寫入 --recovery-key-out。加密副本寫在資料庫旁邊，並逐表與資料庫比較；之後才取代資料庫，不留下任何未加密副本。證據檔案也以同樣方式封存並檢查，然後刪除未加密的檔案。請先關閉 TrustDesk：資料庫不能在其他任何地方開啟。中斷後請再次執行：它會完成或復原已開始的操作。</translation>
    </message>
    <message>
        <source>List a case&apos;s evidence, oldest first, one item a line, tab-separated: SHA-256, item id, size in bytes, &quot;stored&quot; or &quot;metadata-only&quot; (details imported without the file), media type, date captured (UTC, or -), name. --json adds every field and the chain of custody; a redacted copy has redacted_copy_of (the original&apos;s id) and redaction (its boxes and method).</source>
        <translation>列出一個案件的證據，最早的在前，每行一項，以定位字元分隔：SHA-256、項目 id、大小（位元組）、&quot;stored&quot; 或 &quot;metadata-only&quot;（只匯入了資訊，沒有檔案）、媒體類型、拍攝日期（UTC，或 -）、名稱。--json 會加上所有欄位和保管鏈；遮蓋副本帶有 redacted_copy_of（原件的 id）和 redaction（其方框和方式）。</translation>
    </message>
    <message>
        <source>Print the boxes OpenCV&apos;s face detection suggests for an image, one X,Y,W,H a line (as &quot;redact --box&quot; takes them), in the pixels of the upright image. Suggestions only: detection misses faces (small, turned, covered), so look at the image.</source>
        <translation>列印 OpenCV 人臉偵測為圖片建議的方框，每行一個 X,Y,W,H（與 &quot;redact --box&quot; 接受的格式相同），以轉正後圖片的像素為單位。僅為建議：偵測會漏掉人臉（小的、側轉的、被遮擋的），所以請查看圖片。</translation>
    </message>
    <message>
        <source>the evidence item id (an image)</source>
        <translation>證據項目 id（一張圖片）</translation>
    </message>
    <message>
        <source>print JSON: case_reference, evidence_id, width, height (of the upright image) and boxes, each with x, y, width, height</source>
        <translation>列印 JSON：case_reference、evidence_id、width、height（轉正後的圖片）和 boxes，每個方框帶有 x、y、width、height</translation>
    </message>
    <message>
        <source>No face was suggested; detection misses faces, so check the image.</source>
        <translation>沒有建議任何人臉；偵測會漏掉人臉，請檢查圖片。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>最後核對：%1</translation>
    </message>
    <message>
        <source>Rights guidance from the built-in pack (or --pack FOLDER).
  guidance list [--lang L]                 one article a line, its id first
  guidance show ID [--lang L] [--pdf FILE] the article as text, or a handout PDF
  guidance search QUERY [--lang L]         articles containing every word (all languages without --lang)
  guidance version                         which pack is in use: id, version, review date, where from
  guidance install PATH                    install a newer pack from its folder or manifest.json, after checking it</source>
        <translation>來自內建指南包（或 --pack 資料夾）的權利指南。
  guidance list [--lang L]                 每行一篇文章，id 在前
  guidance show ID [--lang L] [--pdf FILE] 以文字顯示文章，或產生 PDF 資料單
  guidance search QUERY [--lang L]         包含所有字詞的文章（不加 --lang 時搜尋所有語言）
  guidance version                         正在使用哪個指南包：id、版本、審閱日期、來源
  guidance install PATH                    檢查後從資料夾或 manifest.json 安裝較新的指南包</translation>
    </message>
    <message>
        <source>list, show, search, version or install</source>
        <translation>list、show、search、version 或 install</translation>
    </message>
    <message>
        <source>guidance needs an action: list, show, search, version or install.</source>
        <translation>guidance 需要一個操作：list、show、search、version 或 install。</translation>
    </message>
    <message>
        <source>guidance install needs exactly one PATH, and no --pack.</source>
        <translation>guidance install 只需要一個 PATH，且不能有 --pack。</translation>
    </message>
    <message>
        <source>Installed guidance %1 version %2 (was version %3) in %4.</source>
        <translation>已在 %4 安裝指南 %1 版本 %2（原為版本 %3）。</translation>
    </message>
    <message>
        <source>guidance version takes no more arguments.</source>
        <translation>guidance version 不接受其他引數。</translation>
    </message>
    <message>
        <source>Unknown guidance action &quot;%1&quot;: use list, show, search, version or install.</source>
        <translation>不明的 guidance 操作「%1」：請使用 list、show、search、version 或 install。</translation>
    </message>
    <message>
        <source>Warning: these anonymous clients came with a name, which was not stored: %1</source>
        <translation>警告：這些匿名當事人帶有姓名，姓名未被儲存：%1</translation>
    </message>
    <message>
        <source>Show the caseworker profile, or set it with --name (and --role). Audit and custody entries name this profile as who acted; without one they say &quot;unnamed&quot;. The --office options set the office printed on client copies and handouts.</source>
        <translation>顯示個案負責人資料，或用 --name（和 --role）設定。稽核和保管紀錄會把此資料作為操作人；沒有資料時記為 &quot;unnamed&quot;。--office 選項設定列印在當事人副本和資料單上的辦公室資訊。</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>辦公室名稱</translation>
    </message>
    <message>
        <source>its address (\n between lines)</source>
        <translation>其地址（行與行之間用 \n）</translation>
    </message>
    <message>
        <source>its phone number</source>
        <translation>其電話號碼</translation>
    </message>
    <message>
        <source>its email address</source>
        <translation>其電子郵件地址</translation>
    </message>
    <message>
        <source>its time zone (America/New_York)</source>
        <translation>其時區（America/New_York）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows (for example America/New_York).</source>
        <translation>「%1」不是本系統認得的時區（例如 America/New_York）。</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>辦公室：</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>時區：%1</translation>
    </message>
    <message>
        <source>%1 needs a case reference and one evidence item id.</source>
        <translation>%1 需要一個案件編號和一個證據項目 id。</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2.</source>
        <translation>證據項目 %1 不屬於案件 %2。</translation>
    </message>
    <message>
        <source>Store a redacted copy of an image as a new evidence item derived from it, and print the new item&apos;s id. Boxes are in the pixels of the image turned upright by its EXIF orientation (&quot;faces&quot; prints them the same way). The copy carries no metadata; the original is kept unchanged and still verifies.</source>
        <translation>將圖片的遮蓋副本儲存為由其衍生的新證據項目，並列印新項目的 id。方框以按 EXIF 方向轉正後的圖片像素為單位（&quot;faces&quot; 以同樣方式列印）。副本不帶任何中繼資料；原件保持不變，仍可通過驗證。</translation>
    </message>
    <message>
        <source>a box to cover: left, top, width, height in pixels (repeat for more boxes)</source>
        <translation>要遮蓋的方框：左、上、寬、高，單位為像素（多個方框請重複此選項）</translation>
    </message>
    <message>
        <source>fill (solid black, the default) or pixelate (coarse blocks)</source>
        <translation>fill（純黑色，預設）或 pixelate（粗塊馬賽克）</translation>
    </message>
    <message>
        <source>also cover the faces OpenCV suggests (listed on stderr; detection misses faces: check the copy)</source>
        <translation>同時遮蓋 OpenCV 建議的人臉（列在 stderr 上；偵測會漏掉人臉：請檢查副本）</translation>
    </message>
    <message>
        <source>redact needs at least one --box X,Y,W,H (or --suggest).</source>
        <translation>redact 至少需要一個 --box X,Y,W,H（或 --suggest）。</translation>
    </message>
    <message>
        <source>Suggested face: %1</source>
        <translation>建議的人臉：%1</translation>
    </message>
    <message>
        <source>Nothing to redact: give boxes with --box. Nothing was stored.</source>
        <translation>沒有可遮蓋的內容：請用 --box 提供方框。未儲存任何內容。</translation>
    </message>
    <message>
        <source>The same redacted copy is already on the case (item %1).</source>
        <translation>相同的遮蓋副本已在此案件中（第 %1 項）。</translation>
    </message>
    <message>
        <source>bpd-iad (Boston Police internal affairs, the default), accountability (the City&apos;s police accountability office), post (the state&apos;s POST Commission, for officers of any agency) or another body&apos;s name</source>
        <translation>bpd-iad（波士頓警察局內務部門，預設）、accountability（市政府的警察問責辦公室）、post（州 POST Commission，適用於任何機關的警員）或其他機關的名稱</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability, post or a body&apos;s name.</source>
        <translation>--to 需要 bpd-iad、accountability、post 或某個機關的名稱。</translation>
    </message>
    <message>
        <source>with --pdf</source>
        <translation>搭配 --pdf</translation>
    </message>
    <message>
        <source>a4 or letter (default: the paper last chosen in the app, else letter)</source>
        <translation>a4 或 letter（預設：應用程式中最後選擇的紙張，否則為 letter）</translation>
    </message>
    <message>
        <source>trustdesk-cli %1 does not work with an office server yet.</source>
        <translation>trustdesk-cli %1 暫時不能用於辦公室伺服器。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive column of the case list. Use one of: %2.</source>
        <translation>「%1」不是案件清單的敏感欄位。請使用以下之一：%2。</translation>
    </message>
    <message>
        <source>write the list as CSV for a spreadsheet (UTF-8 with a byte-order mark); sensitive client columns are left out unless included; recorded in the audit log</source>
        <translation>將清單寫成供試算表使用的 CSV（帶位元組順序標記的 UTF-8）；除非特意包含，當事人的敏感欄位不會寫入；會記錄在稽核日誌中</translation>
    </message>
    <message>
        <source>database file, or an office server&apos;s postgresql:// URI (default: %1)</source>
        <translation>資料庫檔案，或辦公室伺服器的 postgresql:// URI（預設：%1）</translation>
    </message>
    <message>
        <source>List officers recorded in more than one incident, most incidents first: incidents, cases, badge number, agency, first and last incident, violation categories, name. Officers are recognized by badge number (spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros ignored) and agency.</source>
        <translation>列出在多個事件中被記錄的警員，事件最多的排在前面：事件數、案件數、警號、機構、首次和最近一次事件、違規類別、姓名。警員依警號（忽略空格、「#」、「No.」和開頭的零）和機構來辨識。</translation>
    </message>
    <message>
        <source>print JSON instead of one line an officer</source>
        <translation>輸出 JSON，而不是每名警員一行</translation>
    </message>
    <message>
        <source>only officers in at least N incidents (default 2; 1 lists all)</source>
        <translation>只列出至少涉及 N 個事件的警員（預設 2；1 列出全部）</translation>
    </message>
    <message>
        <source>instead, list the cases in which this badge number appears</source>
        <translation>改為列出出現此警號的案件</translation>
    </message>
    <message>
        <source>with --badge, only this agency (records without an agency match any)</source>
        <translation>與 --badge 一起使用，只限此機構（沒有機構的記錄與任何機構都相符）</translation>
    </message>
    <message>
        <source>officers takes no arguments.</source>
        <translation>officers 不接受參數。</translation>
    </message>
    <message>
        <source>--min-incidents needs a whole number of 1 or more.</source>
        <translation>--min-incidents 需要一個大於或等於 1 的整數。</translation>
    </message>
    <message>
        <source>--agency needs --badge.</source>
        <translation>--agency 需要 --badge。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Cases and incidents by %1 and %2</source>
        <translation>依%1和%2統計的案件和事件</translation>
    </message>
    <message>
        <source>Cases and incidents by %1</source>
        <translation>依%1統計的案件和事件</translation>
    </message>
    <message>
        <source>Incidents dated %1 to %2</source>
        <translation>日期為 %1 至 %2 的事件</translation>
    </message>
    <message>
        <source>Incidents dated %1 or later</source>
        <translation>日期為 %1 或之後的事件</translation>
    </message>
    <message>
        <source>Incidents dated %1 or earlier</source>
        <translation>日期為 %1 或之前的事件</translation>
    </message>
    <message>
        <source>* suppressed: a count from 1 to %1, or one hidden so that such a count cannot be worked out from the totals.</source>
        <translation>* 已隱藏：1 到 %1 之間的計數，或為了不讓這類計數從合計中被推算出來而隱藏的計數。</translation>
    </message>
    <message>
        <source>A case or incident can count in several rows or columns (several categories, or incidents in several months, districts or agencies); totals count each once, so they are less than the sum of their cells.</source>
        <translation>一件案件或一個事件可能計入好幾列或好幾欄（涉及好幾種類別，或事件發生在不同月份、警區或機構）；合計中每項只計算一次，所以會小於各儲存格的總和。</translation>
    </message>
    <message>
        <source>--by takes one or two dimensions, e.g. --by category,month.</source>
        <translation>--by 接受一個或兩個維度，例如 --by category,month。</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;. Use one or two of: %2.</source>
        <translation>不明的維度「%1」。請使用以下其中一個或兩個：%2。</translation>
    </message>
    <message>
        <source>--by names &quot;%1&quot; twice.</source>
        <translation>--by 兩次指定了「%1」。</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是「%2」。</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from 不能晚於 --to。</translation>
    </message>
    <message>
        <source>--min-count needs a whole number of 1 or more.</source>
        <translation>--min-count 需要一個大於或等於 1 的整數。</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>請選擇 --json 或 --csv，不能同時使用。</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf 需要一個檔案名稱。</translation>
    </message>
    <message>
        <source>Count cases and incidents by one or two dimensions, for an office&apos;s own overview or to publish. Counts from 1 to K-1 are suppressed, and further counts where one could otherwise be worked out from the totals; no names, references or free text are printed (docs/statistics.md).</source>
        <translation>依一個或兩個維度統計案件和事件，供辦公室內部掌握概況或公開發布。1 到 K-1 之間的計數會被隱藏，可能從合計中推算出這些計數的其他計數也會被隱藏；不輸出任何姓名、案件編號或自由文字（docs/statistics.md）。</translation>
    </message>
    <message>
        <source>one or two dimensions, comma-separated (default category): %1</source>
        <translation>一個或兩個維度，以逗號分隔（預設 category）：%1</translation>
    </message>
    <message>
        <source>count incidents dated on or after D (YYYY-MM-DD)</source>
        <translation>統計日期在 D 當天或之後的事件（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>count incidents dated on or before D (YYYY-MM-DD)</source>
        <translation>統計日期在 D 當天或之前的事件（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>suppress counts below K (default %1)</source>
        <translation>隱藏小於 K 的計數（預設 %1）</translation>
    </message>
    <message>
        <source>only cases with these statuses, comma-separated</source>
        <translation>只統計這些狀態的案件，以逗號分隔</translation>
    </message>
    <message>
        <source>only the cases assigned to this caseworker</source>
        <translation>只統計分派給此個案負責人的案件</translation>
    </message>
    <message>
        <source>print JSON: each count, or null when suppressed</source>
        <translation>輸出 JSON：每個計數，被隱藏時為 null</translation>
    </message>
    <message>
        <source>print CSV (UTF-8 with a byte order mark)</source>
        <translation>輸出 CSV（帶位元組順序標記的 UTF-8）</translation>
    </message>
    <message>
        <source>also write the statistics as a PDF report to FILE</source>
        <translation>同時將統計資料寫成 PDF 報告，存到 FILE</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>stats 不接受參數。</translation>
    </message>
    <message>
        <source>This program cannot write PDFs.</source>
        <translation>此程式無法寫入 PDF。</translation>
    </message>
    <message>
        <source>The office key has no recovery key: give your own passphrase.</source>
        <translation>辦公室金鑰沒有復原金鑰：請提供您自己的密碼。</translation>
    </message>
    <message>
        <source>write the list as an Excel workbook (.xlsx) to the file given with --out; the same columns as --csv, recorded in the audit log</source>
        <translation>將清單寫成 Excel 活頁簿（.xlsx），存到 --out 指定的檔案；欄位與 --csv 相同，會記錄在稽核日誌中</translation>
    </message>
    <message>
        <source>with --csv or --xlsx, deliberately add this sensitive client column (%1); repeatable, recorded in the audit log</source>
        <translation>與 --csv 或 --xlsx 一起使用：特意加入當事人的這個敏感欄位（%1）；可重複使用，會記錄在稽核日誌中</translation>
    </message>
    <message>
        <source>with --csv, write to FILE (owner-only) instead of standard output; with --xlsx, the file to write (required)</source>
        <translation>與 --csv 一起使用：寫入 FILE（僅擁有者可存取）而不是標準輸出；與 --xlsx 一起使用：要寫入的檔案（必填）</translation>
    </message>
    <message>
        <source>Choose one of --csv, --xlsx and --json.</source>
        <translation>請在 --csv、--xlsx 和 --json 中選擇一個。</translation>
    </message>
    <message>
        <source>--include and --out need --csv or --xlsx.</source>
        <translation>--include 和 --out 須與 --csv 或 --xlsx 一起使用。</translation>
    </message>
    <message>
        <source>An XLSX workbook is binary and is not written to a terminal. Give the file to write with --out FILE.</source>
        <translation>XLSX 活頁簿是二進位檔案，不會輸出到終端機。請用 --out FILE 指定要寫入的檔案。</translation>
    </message>
    <message>
        <source>--xlsx writes a file, not standard output: give it with --out FILE.</source>
        <translation>--xlsx 會寫入檔案而不是標準輸出：請用 --out FILE 指定檔案。</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for the login &quot;%1&quot; with this passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`. Without at least one person&apos;s passphrase, the evidence on this server cannot be read: give the key to two people.</source>
        <translation>已建立辦公室金鑰，並用此密碼為登入帳號「%1」加密保存了一份。請用 `trustdesk-cli office-key add LOGIN` 新增同事。如果沒有至少一個人的密碼，就無法讀取此伺服器上的證據：請讓至少兩個人持有金鑰。</translation>
    </message>
    <message>
        <source>The office key was wrapped for the login &quot;%1&quot;: that person now opens the evidence with their own passphrase. Nothing was re-encrypted.</source>
        <translation>已為登入帳號「%1」加密保存了一份辦公室金鑰：此人現在可以用自己的密碼開啟證據。沒有重新加密任何內容。</translation>
    </message>
    <message>
        <source>Manage the office key of an office server, which encrypts the evidence kept in it. &quot;init&quot; makes the key and wraps it for your login with a passphrase (from --passphrase-file or asked twice). &quot;add LOGIN&quot; wraps the same key for a colleague: your passphrase comes from the usual places, theirs from --new-passphrase-file or is asked twice. &quot;list&quot; shows the logins holding the key.</source>
        <translation>管理辦公室伺服器的辦公室金鑰，該金鑰用來加密伺服器上存放的證據。&quot;init&quot; 建立金鑰，並用密碼為您的登入帳號加密保存一份（密碼來自 --passphrase-file，或詢問兩次）。&quot;add LOGIN&quot; 為同事加密保存同一個金鑰：您的密碼從一般的位置取得，同事的密碼來自 --new-passphrase-file，或詢問兩次。&quot;list&quot; 列出持有金鑰的登入帳號。</translation>
    </message>
    <message>
        <source>init, add or list</source>
        <translation>init、add 或 list</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s server login</source>
        <translation>用於 add：同事的伺服器登入帳號</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s passphrase, the first line of FILE</source>
        <translation>用於 add：同事的密碼，即 FILE 的第一行</translation>
    </message>
    <message>
        <source>office-key needs init, add LOGIN or list.</source>
        <translation>office-key 需要 init、add LOGIN 或 list。</translation>
    </message>
    <message>
        <source>An office key exists only on an office server: give --db a postgresql:// URI. A database file is encrypted with its own passphrase instead.</source>
        <translation>只有辦公室伺服器上才有辦公室金鑰：請為 --db 提供 postgresql:// URI。資料庫檔案則是用它自己的密碼加密。</translation>
    </message>
    <message>
        <source>Audit log checked only as far as your role allows: your %1 of %2 entries each match their hash. The links between everyone&apos;s entries can be checked only by a supervisor or an admin.</source>
        <translation>稽核日誌僅在您的角色允許的範圍內檢查：在 %2 筆記錄中，您可讀取的 %1 筆都與其雜湊值相符。所有人的記錄之間的鏈結只有主管或管理員才能檢查。</translation>
    </message>
    <message>
        <source>--head was not checked: the entry may be one your role cannot read.</source>
        <translation>未檢查 --head：該記錄可能是您的角色無法讀取的。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE and of its evidence to the folder FILE.evidence beside it (safe while TrustDesk is open); together they are an openable TrustDesk database. Neither may exist yet. Every evidence file is re-hashed while it is copied: a missing or changed file stops the backup with exit code 3 and nothing is left behind. Of an office database (a postgresql:// URI), FILE alone holds everything, evidence included, encrypted with the office key.</source>
        <translation>將資料庫的一致副本寫入 FILE，並將其證據寫入旁邊的資料夾 FILE.evidence（TrustDesk 開啟時也可安全進行）；兩者合起來就是一個可以開啟的 TrustDesk 資料庫。兩者都不得已存在。複製時會重新計算每個證據檔案的雜湊值：若有檔案遺失或已被更改，備份會以結束代碼 3 停止，且不留下任何內容。對於辦公室資料庫（postgresql:// URI），所有內容（包括證據）都只存放在 FILE 中，並以辦公室金鑰加密。</translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents and its evidence with the backup FILE and the folder FILE.evidence beside it. The backup is verified first, every evidence file re-hashed; a backup that does not verify is refused and nothing changes. Run it while TrustDesk is closed. An encrypted backup (FILE.vault beside it) opens with the passphrase it was made with or the recovery key; it restores into an encrypted database, or onto a new path, which then opens like the backup. It is never restored into an unencrypted database. A plaintext backup restored into an encrypted database is encrypted on the way. An office backup restores into an empty office database only (a postgresql:// URI), opened with the passphrase of a login that held the office key when it was made.</source>
        <translation>用備份 FILE 及其旁邊的資料夾 FILE.evidence 取代資料庫的內容及其證據。會先驗證備份，並重新計算每個證據檔案的雜湊值；未通過驗證的備份會被拒絕，不做任何變更。請在 TrustDesk 關閉時執行。加密備份（旁邊有 FILE.vault）以製作時的密碼或復原金鑰開啟；它可以恢復到加密資料庫中，或恢復到新路徑（之後像該備份一樣開啟）。它絕不會恢復到未加密的資料庫中。未加密的備份恢復到加密資料庫時，會在過程中被加密。辦公室備份只能恢復到空的辦公室資料庫中（postgresql:// URI），並以製作備份時持有辦公室金鑰的某個登入帳號的密碼開啟。</translation>
    </message>
    <message>
        <source>office backup: whose copy of the office key opens it (default: the login of --db)</source>
        <translation>辦公室備份：用哪個登入帳號的辦公室金鑰副本開啟（預設：--db 中的登入帳號）</translation>
    </message>
    <message>
        <source>--login is for restoring an office backup into an office database.</source>
        <translation>--login 用於將辦公室備份恢復到辦公室資料庫。</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so there is no passphrase to change. Your server login&apos;s password is the server administrator&apos;s to change.</source>
        <translation>此辦公室伺服器還沒有辦公室金鑰，因此沒有可變更的密碼。您的伺服器登入密碼由伺服器的系統管理員負責變更。</translation>
    </message>
    <message>
        <source>Your passphrase for the office key was changed: the old one no longer opens the evidence on this server as &quot;%1&quot;. Colleagues keep their own passphrases; nothing was re-encrypted. Your server login&apos;s password is unchanged.</source>
        <translation>您的辦公室金鑰密碼已變更：舊密碼已無法再以「%1」的身分開啟此伺服器上的證據。同事們仍使用各自的密碼；沒有重新加密任何內容。您的伺服器登入密碼沒有變更。</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted database. The current passphrase (or the recovery key) comes from the usual places; the new one from --new-passphrase-file, else it is asked twice on the terminal. Only the key file is rewritten, in one step: after a crash exactly one of the two passphrases works. The recovery key stays the same. Backups made before keep opening with the passphrase they were made with. On an office server (--db postgresql://…) it changes your own passphrase for the office key instead.</source>
        <translation>變更加密資料庫的密碼。目前的密碼（或復原金鑰）從平常的來源取得；新密碼來自 --new-passphrase-file，否則會在終端機上詢問兩次。只會一步重寫金鑰檔案：即使中途當機，兩個密碼中也恰好有一個可用。復原金鑰維持不變。之前製作的備份仍以製作時的密碼開啟。在辦公室伺服器上（--db postgresql://…），則改為變更您自己的辦公室金鑰密碼。</translation>
    </message>
    <message>
        <source>An office server is not encrypted with a passphrase: encrypt turns a database file into a vault. On a server, its logins and TLS protect the case data, and the evidence is already encrypted with the office key (`trustdesk-cli office-key`).</source>
        <translation>辦公室伺服器不使用密碼加密：encrypt 用於加密資料庫檔案。在伺服器上，案件資料由伺服器的登入帳號和 TLS 保護，證據也已用辦公室金鑰加密（`trustdesk-cli office-key`）。</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for your login with the office passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`.</source>
        <translation>已建立辦公室金鑰，並用辦公室密碼為您的登入帳號加密保存了一份。請用 `trustdesk-cli office-key add LOGIN` 新增同事。</translation>
    </message>
    <message>
        <source>Office key passphrase: </source>
        <translation>辦公室金鑰密碼：</translation>
    </message>
    <message>
        <source>The server&apos;s office key needs your office passphrase: give --office-passphrase-file FILE or run migrate at a terminal.</source>
        <translation>伺服器上的辦公室金鑰需要您的辦公室密碼：請提供 --office-passphrase-file FILE，或在終端機中執行 migrate。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</source>
        <translation>
            <numerusform>已將 %n 個案件和 %1 個證據項目（%2 位元組）複製到 %3 並完成檢查：每個資料表的資料列都相同，稽核鏈完好，每個項目讀回時都與其 SHA-256 相符。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was only read: keep it as it is until colleagues have worked on the server for a while, then delete it with its evidence folder (or keep it as a backup in a safe place).</source>
        <translation>%1 只被讀取，未做任何變更：請原樣保留，等同事們在伺服器上工作一段時間後，再將它連同其證據資料夾一起刪除（或作為備份存放在安全的地方）。</translation>
    </message>
    <message>
        <source>Copy the database file given with --db, with its evidence, into an empty office server (--to URI), then check the copy. The file is only read. An encrypted file opens with its passphrase as usual (--passphrase-file…). The evidence on the server is encrypted with the office key: when the server has none, it is made and wrapped with your office passphrase (--office-passphrase-file or asked twice); otherwise that passphrase unlocks it. Nothing is kept on the server unless everything copied and checked.</source>
        <translation>將 --db 指定的資料庫檔案及其證據複製到空的辦公室伺服器（--to URI），然後檢查副本。檔案只會被讀取。加密檔案照常以其密碼開啟（--passphrase-file…）。伺服器上的證據以辦公室金鑰加密：伺服器還沒有辦公室金鑰時，會建立一把，並用您的辦公室密碼加密保存（--office-passphrase-file，或詢問兩次）；否則用該密碼解鎖。只有全部複製並檢查通過後，伺服器上才會保留內容。</translation>
    </message>
    <message>
        <source>the office server, a postgresql:// URI (required)</source>
        <translation>辦公室伺服器，postgresql:// URI（必填）</translation>
    </message>
    <message>
        <source>your passphrase for the office key, the first line of FILE (not the file&apos;s passphrase)</source>
        <translation>您的辦公室金鑰密碼，即 FILE 的第一行（不是資料庫檔案的密碼）</translation>
    </message>
    <message>
        <source>print a summary as JSON</source>
        <translation>以 JSON 格式輸出摘要</translation>
    </message>
    <message>
        <source>migrate takes no arguments.</source>
        <translation>migrate 不接受參數。</translation>
    </message>
    <message>
        <source>migrate needs --to URI.</source>
        <translation>migrate 需要 --to URI。</translation>
    </message>
    <message>
        <source>migrate copies a database file: give --db the file and --to the server.</source>
        <translation>migrate 複製的是資料庫檔案：請用 --db 指定檔案，用 --to 指定伺服器。</translation>
    </message>
    <message>
        <source>--to needs an office server&apos;s postgresql:// URI.</source>
        <translation>--to 需要辦公室伺服器的 postgresql:// URI。</translation>
    </message>
    <message>
        <source>The database file is at schema version %1, this version of TrustDesk at %2: open it once with the app or change it with trustdesk-cli to upgrade it, then migrate.</source>
        <translation>資料庫檔案的結構版本為 %1，而此版本的 TrustDesk 為 %2：請先用應用程式開啟它一次，或用 trustdesk-cli 對它做一次變更，以便升級，然後再執行 migrate。</translation>
    </message>
    <message>
        <source>The office server already holds data (table &quot;%1&quot; has rows): migrate copies only into an empty office database. Nothing was changed.</source>
        <translation>辦公室伺服器中已有資料（資料表「%1」中有資料列）：migrate 只會複製到空的辦公室資料庫中。未做任何變更。</translation>
    </message>
    <message>
        <source>Migrating into the office database</source>
        <translation>正在遷移到辦公室資料庫</translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 bytes</source>
        <translation>證據：%1 / %2 位元組</translation>
    </message>
    <message>
        <source>Checking the copy: %1 of %2</source>
        <translation>正在檢查副本：%1 / %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>正在複製 %1：%2 / %3 列</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 已存在；請為備份選擇一個新名稱。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在備份</translation>
    </message>
    <message>
        <source>It holds the whole office database, evidence included, encrypted with the office key: it opens with the passphrase of a person who held the key when it was made.</source>
        <translation>它包含整個辦公室資料庫（包括證據），並以辦公室金鑰加密：可用製作時持有該金鑰的任何人的密碼開啟。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; the office database is unchanged. %2</source>
        <translation>「%1」未恢復；辦公室資料庫沒有變更。%2</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢復</translation>
    </message>
    <message>
        <source>Say whose passphrase opens the backup with --login: one of %1.</source>
        <translation>請用 --login 指定用誰的密碼開啟備份：%1 之一。</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>驗證失敗：%1</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: %1 (made %2 by %3, schema %4; %n evidence item(s) open whole, audit log of %5 entries chains)</source>
        <translation>
            <numerusform>備份已驗證：%1（由 %3 於 %2 製作，結構版本 %4；%n 個證據項目均可完整開啟，%5 筆稽核日誌記錄的鏈完整）</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy on the server differs from the database file (%1). Nothing was kept on the server.</source>
        <translation>伺服器上的副本與資料庫檔案不同（%1）。伺服器上未保留任何內容。</translation>
    </message>
    <message>
        <source>Evidence item %1 (%2) of case %3 could not be copied: %4 Nothing was kept on the server.</source>
        <translation>無法複製案件 %3 的證據項目 %1（%2）：%4 伺服器上未保留任何內容。</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 on the server</source>
        <translation>%1：%2 列，伺服器上為 %3 列</translation>
    </message>
    <message>
        <source>%1: the rows&apos; contents</source>
        <translation>%1：各列的內容</translation>
    </message>
    <message>
        <source>evidence item %1 (%2)</source>
        <translation>證據項目 %1（%2）</translation>
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
        <translation>登入帳號「%1」在此辦公室伺服器上的角色現在是 %2。</translation>
    </message>
    <message>
        <source>the person&apos;s server login</source>
        <translation>此人的伺服器登入帳號</translation>
    </message>
    <message>
        <source>for role: caseworker, supervisor or admin</source>
        <translation>用於 role：caseworker、supervisor 或 admin</translation>
    </message>
    <message>
        <source>for add: caseworker, supervisor or admin</source>
        <translation>用於 add：caseworker、supervisor 或 admin</translation>
    </message>
    <message>
        <source>for list: print JSON</source>
        <translation>用於 list：輸出 JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use caseworker, supervisor or admin.</source>
        <translation>「%1」不是角色：請使用 caseworker、supervisor 或 admin。</translation>
    </message>
    <message>
        <source>Staff and roles exist only on an office server: give --db a postgresql:// URI. A database file belongs to whoever can open it.</source>
        <translation>只有辦公室伺服器上才有人員和角色：請為 --db 提供 postgresql:// URI。資料庫檔案屬於任何能開啟它的人。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no role on this office server any more; the login itself was kept.</source>
        <translation>登入帳號「%1」在此辦公室伺服器上已不再有角色；登入帳號本身已保留。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; had no role on this office server.</source>
        <translation>登入帳號「%1」在此辦公室伺服器上本來就沒有角色。</translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity, links between records, the search index and case numbering, and re-hash every evidence file in the store (changed, missing or unexpected files fail). Changes nothing but the evidence chain of custody, which records each verification. With --backup FILE, check an office database&apos;s backup instead, without restoring it: every seal, the row counts, the audit chain and every evidence item&apos;s sealed chunks.</source>
        <translation>檢查資料庫：SQLite 完整性、記錄之間的鏈結、搜尋索引和案件編號，並重新計算證據庫中每個證據檔案的雜湊值（有檔案被更改、遺失或出現意外檔案即為失敗）。除了證據保管鏈（會記錄每次驗證）之外，不做任何變更。使用 --backup FILE 時，改為檢查辦公室資料庫的備份而不恢復它：檢查每個封印、資料列數、稽核鏈，以及每個證據項目的封存資料區塊。</translation>
    </message>
    <message>
        <source>check this office backup file instead</source>
        <translation>改為檢查此辦公室備份檔案</translation>
    </message>
    <message>
        <source>with --backup: whose copy of the office key opens it (default: the login of --db, or the only one)</source>
        <translation>與 --backup 一起使用：用哪個登入帳號的辦公室金鑰副本開啟（預設：--db 中的登入帳號，或唯一的那一個）</translation>
    </message>
    <message>
        <source>--login goes with --backup.</source>
        <translation>--login 須與 --backup 一起使用。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure, 4 wrong or missing passphrase or recovery key, 5 not allowed to this login by the office server.</source>
        <translation>結束代碼：0 成功，1 用法錯誤，2 輸入錯誤或找不到，3 完整性檢查失敗，4 密碼或復原金鑰錯誤或缺少，5 辦公室伺服器不允許此登入帳戶執行該操作。</translation>
    </message>
    <message>
        <source>office passphrase file</source>
        <translation>辦公室密碼檔案</translation>
    </message>
    <message>
        <source>login password file</source>
        <translation>登入密碼檔案</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has a new password; its old one no longer opens the office server.</source>
        <translation>登入帳號「%1」已有新密碼；舊密碼已無法再登入辦公室伺服器。</translation>
    </message>
    <message>
        <source>Manage the people of an office server (admins only). &quot;add LOGIN --role ROLE&quot; gives a login a role, creating the login (without a password, or with the first line of --password-file, ASCII only, of which the server receives only the SCRAM-SHA-256 verifier) when it is missing; &quot;role LOGIN ROLE&quot; changes it; &quot;password LOGIN --password-file FILE&quot; gives a staff member a new password (the same rules) and keeps the role; &quot;remove LOGIN&quot; takes every role away (the login stays); &quot;list&quot; shows login, role and whether the person holds the office key. Roles: caseworker, supervisor, admin.</source>
        <translation>管理辦公室伺服器上的人員（僅限管理員）。「add LOGIN --role ROLE」為登入帳號指定角色；如果該登入帳號不存在，會建立它（不設密碼，或以 --password-file 的第一行作為密碼，只能是 ASCII，伺服器只會收到它的 SCRAM-SHA-256 驗證值）；「role LOGIN ROLE」變更角色；「password LOGIN --password-file FILE」為人員設定新密碼（規則相同）並保留其角色；「remove LOGIN」移除其所有角色（登入帳號保留）；「list」顯示登入帳號、角色以及此人是否持有辦公室金鑰。角色：caseworker、supervisor、admin。</translation>
    </message>
    <message>
        <source>add, role, password, remove or list</source>
        <translation>add、role、password、remove 或 list</translation>
    </message>
    <message>
        <source>for add and password: the login&apos;s password (ASCII), the first line of FILE; only its SCRAM-SHA-256 verifier is sent to the server</source>
        <translation>用於 add 和 password：登入帳號的密碼（ASCII），即 FILE 的第一行；只有它的 SCRAM-SHA-256 驗證值會傳送到伺服器</translation>
    </message>
    <message>
        <source>staff needs add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN or list.</source>
        <translation>staff 需要 add LOGIN --role ROLE、role LOGIN ROLE、password LOGIN --password-file FILE、remove LOGIN 或 list。</translation>
    </message>
</context>
</TS>
