<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the audit log</source>
        <translation>Đang ghi vào nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Đang đọc nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Audit entry %1 is the first one but does not start the chain: earlier entries were removed.</source>
        <translation>Mục kiểm tra %1 là mục đầu tiên nhưng không mở đầu chuỗi: các mục trước đó đã bị xóa.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries between them were removed or inserted, or entry %2 was changed.</source>
        <translation>Mục kiểm tra %1 không nối tiếp mục %2: các mục ở giữa đã bị xóa hoặc chèn thêm, hoặc mục %2 đã bị thay đổi.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its hash does not match its contents.</source>
        <translation>Mục kiểm tra %1 đã bị thay đổi sau khi được ghi: mã băm không khớp với nội dung.</translation>
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
        <translation>%1: ổ đĩa đã đầy.</translation>
    </message>
    <message>
        <source>%1: the copy could not be completed.</source>
        <translation>%1: không thể hoàn tất bản sao.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; đã tồn tại; hãy chọn tên tập tin mới cho bản sao lưu.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Thư mục &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>Không thể bắt đầu sao lưu.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be created.</source>
        <translation>Không thể tạo tập tin sao lưu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be opened.</source>
        <translation>Không thể mở tập tin sao lưu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Đang sao lưu</translation>
    </message>
    <message>
        <source>The backup file could not be finished.</source>
        <translation>Không thể hoàn tất tập tin sao lưu.</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>Không thể ghi bản sao lưu vào ổ đĩa.</translation>
    </message>
    <message>
        <source>The backup did not verify, so it was discarded: %1</source>
        <translation>Bản sao lưu không qua được kiểm tra nên đã bị loại bỏ: %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place.</source>
        <translation>Không thể chuyển bản sao lưu vào đúng chỗ.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Không thể khôi phục một cơ sở dữ liệu từ chính nó.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>&quot;%1&quot; chưa được khôi phục: %2</translation>
    </message>
    <message>
        <source>The restore could not be started.</source>
        <translation>Không thể bắt đầu khôi phục.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>Không thể mở &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Đang khôi phục</translation>
    </message>
    <message>
        <source>The backup&apos;s evidence folder could not be created: %1</source>
        <translation>Không thể tạo thư mục bằng chứng của bản sao lưu: %1</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>Chưa ghi bản sao lưu: %1</translation>
    </message>
    <message>
        <source>The backup was not written, because evidence files in the store are missing or have changed (run verify to check the whole store):</source>
        <translation>Chưa ghi bản sao lưu vì có tập tin bằng chứng trong kho bị thiếu hoặc đã thay đổi (chạy verify để kiểm tra toàn bộ kho):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, and a backup keeps its evidence there; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; đã tồn tại, mà bản sao lưu lại giữ bằng chứng của nó ở đó; hãy chọn tên tập tin mới cho bản sao lưu.</translation>
    </message>
    <message>
        <source>Evidence kept being removed while the backup ran, so it was not written. Try again when no one is removing evidence.</source>
        <translation>Bằng chứng liên tục bị gỡ trong lúc sao lưu nên bản sao lưu chưa được ghi. Hãy thử lại khi không có ai đang gỡ bằng chứng.</translation>
    </message>
    <message>
        <source>Evidence files of the backup are missing or have changed:</source>
        <translation>Tập tin bằng chứng của bản sao lưu bị thiếu hoặc đã thay đổi:</translation>
    </message>
    <message>
        <source>the evidence cannot be written beside the database: %1</source>
        <translation>không thể ghi bằng chứng bên cạnh cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>evidence files of the backup are missing or have changed:</source>
        <translation>tập tin bằng chứng của bản sao lưu bị thiếu hoặc đã thay đổi:</translation>
    </message>
    <message>
        <source>The database was restored, but its evidence could not be put in place (%1). Run the restore again.</source>
        <translation>Cơ sở dữ liệu đã được khôi phục, nhưng không thể đặt bằng chứng của nó vào đúng chỗ (%1). Hãy chạy khôi phục lại.</translation>
    </message>
    <message>
        <source>The backup was canceled; nothing was written.</source>
        <translation>Đã hủy sao lưu; không có gì được ghi.</translation>
    </message>
    <message>
        <source>The restore was canceled; nothing was changed.</source>
        <translation>Đã hủy khôi phục; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The check of the backup was canceled.</source>
        <translation>Đã hủy việc kiểm tra bản sao lưu.</translation>
    </message>
    <message>
        <source>This backup is encrypted: it opens only with the passphrase it was made with, or the recovery key.</source>
        <translation>Bản sao lưu này đã được mã hóa: chỉ mở được bằng mật khẩu dùng khi tạo nó hoặc bằng khóa khôi phục.</translation>
    </message>
    <message>
        <source>the backup cannot be encrypted beside the database: %1</source>
        <translation>không thể mã hóa bản sao lưu bên cạnh cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The backup was not written: the key file could not be copied.</source>
        <translation>Bản sao lưu chưa được ghi: không sao chép được tập tin khóa.</translation>
    </message>
    <message>
        <source>the backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new database, or encrypt this one first.</source>
        <translation>bản sao lưu đã được mã hóa còn cơ sở dữ liệu này thì không, nên các hồ sơ của nó sẽ bị ghi ra mà không mã hóa. Hãy khôi phục vào một cơ sở dữ liệu mới, hoặc mã hóa cơ sở dữ liệu này trước.</translation>
    </message>
    <message>
        <source>the backup is of another encrypted database, and its evidence files are sealed with that database&apos;s keys. Restore it to a new path instead.</source>
        <translation>bản sao lưu thuộc một cơ sở dữ liệu mã hóa khác, và các tập tin bằng chứng của nó được niêm phong bằng khóa của cơ sở dữ liệu đó. Hãy khôi phục vào một đường dẫn mới.</translation>
    </message>
    <message>
        <source>the backup is not encrypted and holds evidence files, which would be placed unencrypted into this encrypted database. Restore it to a new path, then encrypt that database (trustdesk-cli encrypt).</source>
        <translation>bản sao lưu không được mã hóa và có tập tin bằng chứng, chúng sẽ được đưa vào cơ sở dữ liệu mã hóa này mà không mã hóa. Hãy khôi phục vào một đường dẫn mới, rồi mã hóa cơ sở dữ liệu đó (trustdesk-cli encrypt).</translation>
    </message>
    <message>
        <source>The database was restored, but the audit entries made since the backup could not be added back to its log: %1</source>
        <translation>Cơ sở dữ liệu đã được khôi phục, nhưng các mục kiểm tra tạo ra từ sau bản sao lưu không thể thêm lại vào nhật ký: %1</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>TrustDesk backup %1</source>
        <translation>Bản sao lưu TrustDesk %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>The backup is in %1.

Its evidence files are in the folder %2 beside it. Keep the two together: copy or move them as a pair, because the backup is not complete without its evidence folder.</source>
        <translation>Bản sao lưu nằm ở %1.

Các tập tin bằng chứng của nó nằm trong thư mục %2 ngay bên cạnh. Hãy giữ hai thứ này đi cùng nhau: luôn sao chép hoặc di chuyển cả hai, vì bản sao lưu không đầy đủ nếu thiếu thư mục bằng chứng.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 đã tồn tại. Sao lưu không bao giờ thay thế tập tin nào: hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The folder %1 already exists, and this backup would keep its evidence there. A backup never replaces anything: choose another name.</source>
        <translation>Thư mục %1 đã tồn tại, mà bản sao lưu này sẽ giữ bằng chứng ở đó. Sao lưu không bao giờ thay thế thứ gì: hãy chọn tên khác.</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…và thêm %n mục.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>The cases could not be counted</source>
        <translation>Không thể đếm số hồ sơ</translation>
    </message>
    <message>
        <source>The audit log could not be read</source>
        <translation>Không thể đọc nhật ký kiểm tra</translation>
    </message>
</context>
<context>
    <name>BackupWrite</name>
    <message>
        <source>Back Up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Back-up canceled; nothing was written.</source>
        <translation>Đã hủy sao lưu; không có gì được ghi.</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Chưa ghi bản sao lưu.</translation>
    </message>
    <message>
        <source>The changes you have not saved yet in the open case are not in this backup.</source>
        <translation>Những thay đổi bạn chưa lưu trong hồ sơ đang mở không có trong bản sao lưu này.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Đã ghi bản sao lưu vào %1</translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation>Đã ghi bản sao lưu</translation>
    </message>
</context>
<context>
    <name>BusyTask</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CaseConflict</name>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Thân chủ</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Sự việc %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Việc cần theo dõi</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Một người khác</translation>
    </message>
    <message>
        <source>%1 changed case %2.</source>
        <translation>%1 đã thay đổi hồ sơ %2.</translation>
    </message>
    <message>
        <source>%1 changed case %2 at %3.</source>
        <translation>%1 đã thay đổi hồ sơ %2 lúc %3.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Nhân viên phụ trách</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Thân chủ</translation>
    </message>
    <message>
        <source>Hidden (sensitive)</source>
        <translation>Đã ẩn (nhạy cảm)</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Sự việc %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Khu vực cảnh sát</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Lời kể</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>phù hiệu %1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cảnh sát viên</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Nhân chứng</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Khiếu nại đã nộp</translation>
    </message>
    <message>
        <source>%1, %2, tracking number %3, %4</source>
        <translation>%1, %2, số theo dõi %3, %4</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Việc cần theo dõi</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>St&amp;atus</source>
        <translation>Tình &amp;trạng</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>Ngày &amp;mở</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>Ngày đó&amp;ng</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>Nhân viên &amp;phụ trách</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Không thể ghi tập tin xuất: %1</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… và thêm %n vấn đề.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added:
  %1</source>
        <translation>Tập tin chưa được nhập; không có gì được thêm vào:
  %1</translation>
    </message>
    <message>
        <source>The file is empty: it holds no TrustDesk cases.</source>
        <translation>Tập tin trống: không có hồ sơ TrustDesk nào.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>Tập tin không phải JSON hợp lệ (dòng %1, cột %2: %3).</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: it must be a JSON object with &quot;format&quot;: &quot;trustdesk-cases&quot;.</source>
        <translation>Đây không phải tập tin hồ sơ TrustDesk: nó phải là một đối tượng JSON có &quot;format&quot;: &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: its &quot;format&quot; must be &quot;trustdesk-cases&quot;.</source>
        <translation>Đây không phải tập tin hồ sơ TrustDesk: &quot;format&quot; của nó phải là &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>&quot;version&quot; của tập tin phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>The file was made by a newer TrustDesk (format version %1); this version reads version %2. Update TrustDesk to import it.</source>
        <translation>Tập tin được tạo bởi TrustDesk mới hơn (định dạng phiên bản %1); phiên bản này đọc được phiên bản %2. Hãy cập nhật TrustDesk để nhập tập tin.</translation>
    </message>
    <message>
        <source>is required and must be a list.</source>
        <translation>là bắt buộc và phải là một danh sách.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>phải là một đối tượng.</translation>
    </message>
    <message>
        <source>repeats the reference of cases[%1].</source>
        <translation>trùng mã số với cases[%1].</translation>
    </message>
    <message>
        <source>is already used by a case in this database.</source>
        <translation>đã được dùng cho một hồ sơ trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added: %1</source>
        <translation>Tập tin chưa được nhập; không có gì được thêm vào: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TrustDesk case file.</source>
        <translation>%1 là một thư mục, không phải tập tin hồ sơ TrustDesk.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB: split it into several files.</source>
        <translation>%1 lớn hơn 1 GiB: hãy chia thành nhiều tập tin.</translation>
    </message>
    <message>
        <source>is not a sensitive field.</source>
        <translation>không phải là trường nhạy cảm.</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>must be an object.</source>
        <translation>phải là một đối tượng.</translation>
    </message>
    <message>
        <source>is not a known violation category code.</source>
        <translation>không phải là mã loại vi phạm đã biết.</translation>
    </message>
    <message>
        <source>repeats the category &quot;%1&quot;.</source>
        <translation>lặp lại loại &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>không được là số âm.</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits.</source>
        <translation>phải gồm 64 chữ số thập lục phân viết thường.</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>phải là một trong: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known case status.</source>
        <translation>&quot;%1&quot; không phải là tình trạng hồ sơ đã biết.</translation>
    </message>
</context>
<context>
    <name>CaseListCsv</name>
    <message>
        <source>Reference</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Sự việc gần nhất</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Nhân viên phụ trách</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Thân chủ</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Việc xuất đã bị dừng.</translation>
    </message>
</context>
<context>
    <name>CaseListExportFlow</name>
    <message>
        <source>cases-%1.csv</source>
        <translation>hồ-sơ-%1.csv</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>Xuất danh sách hồ sơ</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>The case list was not exported: %1</source>
        <translation>Danh sách hồ sơ chưa được xuất: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n hồ sơ vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Thân chủ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Sự việc gần nhất</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Nhân viên phụ trách</translation>
    </message>
</context>
<context>
    <name>CaseListReader</name>
    <message>
        <source>Reading the case list</source>
        <translation>Đang đọc danh sách hồ sơ</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Việc xuất đã bị dừng.</translation>
    </message>
    <message>
        <source>%1 cannot be exported in a list.</source>
        <translation>Không thể xuất %1 trong một danh sách.</translation>
    </message>
</context>
<context>
    <name>CaseListXlsx</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>hết bộ nhớ</translation>
    </message>
    <message>
        <source>a heading was refused</source>
        <translation>một tiêu đề cột không ghi được</translation>
    </message>
    <message>
        <source>no header was written</source>
        <translation>chưa ghi dòng tiêu đề</translation>
    </message>
    <message>
        <source>The list has more cases than a spreadsheet holds (%1 rows). Narrow the list, or export it as CSV.</source>
        <translation>Danh sách có nhiều hồ sơ hơn số dòng một bảng tính chứa được (%1 dòng). Hãy thu hẹp danh sách, hoặc xuất ra dạng CSV.</translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Nhân viên phụ trách</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Thân chủ</translation>
    </message>
    <message>
        <source>[withheld]</source>
        <translation>[đã ẩn]</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Sự việc %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Khu vực cảnh sát</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Lời kể</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cảnh sát viên</translation>
    </message>
    <message>
        <source>%1, badge %2, unit %3, %4</source>
        <translation>%1, phù hiệu %2, đơn vị %3, %4</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Nhân chứng</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Việc cần theo dõi</translation>
    </message>
    <message>
        <source>Sensitive fields are withheld. Use --include FIELD or --include-sensitive to show them (recorded in the audit log).</source>
        <translation>Các trường nhạy cảm đã được ẩn. Dùng --include TRƯỜNG hoặc --include-sensitive để hiện chúng (việc này được ghi vào nhật ký kiểm tra).</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>Reading cases</source>
        <translation>Đang đọc hồ sơ</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Không có hồ sơ %1.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Hồ sơ không còn tồn tại.</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>Hồ sơ %1 có tình trạng không xác định.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not saved:
%1</source>
        <translation>Hồ sơ chưa được lưu:
%1</translation>
    </message>
    <message>
        <source>The case %1 no longer exists; it was not saved.</source>
        <translation>Hồ sơ %1 không còn tồn tại; hồ sơ chưa được lưu.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Hồ sơ %1: %2</translation>
    </message>
    <message>
        <source>Deleting the case</source>
        <translation>Đang xóa hồ sơ</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Đang cập nhật chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <source>%1 Your changes were not saved; nothing was written.</source>
        <translation>%1 Các thay đổi của bạn chưa được lưu; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>Đang lưu hồ sơ</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Thu thập bằng chứng</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>Sẵn sàng nộp</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
</context>
<context>
    <name>CaseTextRedactor</name>
    <message>
        <source>Client notes</source>
        <translation>Ghi chú về thân chủ</translation>
    </message>
    <message>
        <source>Incident %1, %2</source>
        <translation>Sự việc %1, %2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>police district</source>
        <translation>khu vực cảnh sát</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>tường thuật</translation>
    </message>
    <message>
        <source>Incident %1, officer %2, %3</source>
        <translation>Sự việc %1, cảnh sát viên %2, %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>số phù hiệu</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>description</source>
        <translation>mô tả</translation>
    </message>
    <message>
        <source>Incident %1, witness %2, %3</source>
        <translation>Sự việc %1, nhân chứng %2, %3</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>liên lạc</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>lời khai</translation>
    </message>
    <message>
        <source>Evidence %1, %2</source>
        <translation>Bằng chứng %1, %2</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>tên tập tin</translation>
    </message>
    <message>
        <source>provided by</source>
        <translation>người cung cấp</translation>
    </message>
    <message>
        <source>Filing %1, %2</source>
        <translation>Đơn khiếu nại %1, %2</translation>
    </message>
    <message>
        <source>filed with</source>
        <translation>nộp cho</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>hình thức nộp</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>số theo dõi</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tình trạng</translation>
    </message>
    <message>
        <source>Follow-up %1, note</source>
        <translation>Theo dõi %1, ghi chú</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The case reference must look like TD-2026-00042.</source>
        <translation>Mã hồ sơ phải có dạng TD-2026-00042.</translation>
    </message>
    <message>
        <source>The date the case was opened is required.</source>
        <translation>Ngày mở hồ sơ là bắt buộc.</translation>
    </message>
    <message>
        <source>A case cannot be closed before it was opened.</source>
        <translation>Không thể đóng hồ sơ trước ngày mở.</translation>
    </message>
    <message>
        <source>Say whom the complaint was filed with.</source>
        <translation>Hãy cho biết khiếu nại đã nộp cho cơ quan nào.</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>Việc cần theo dõi phải có hạn chót.</translation>
    </message>
    <message>
        <source>The SHA-256 must be 64 lowercase hexadecimal digits.</source>
        <translation>SHA-256 phải gồm 64 chữ số thập lục phân viết thường.</translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation>Kích thước không được là số âm.</translation>
    </message>
    <message>
        <source>The original file name is required.</source>
        <translation>Tên gốc của tập tin là bắt buộc.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name, or mark the client as anonymous.</source>
        <translation>Hãy nhập tên thân chủ, hoặc đánh dấu thân chủ là ẩn danh.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Đây có vẻ không phải là số điện thoại.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Đây có vẻ không phải là địa chỉ email.</translation>
    </message>
    <message>
        <source>The incident date is required.</source>
        <translation>Ngày xảy ra sự việc là bắt buộc.</translation>
    </message>
    <message>
        <source>Unknown violation category &quot;%1&quot;.</source>
        <translation>Loại vi phạm không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, badge number or a description.</source>
        <translation>Hãy ghi tên, số phù hiệu hoặc mô tả của cảnh sát viên.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Ngày này ở trong tương lai.</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Saving the case</source>
        <translation>Đang lưu hồ sơ</translation>
    </message>
    <message>
        <source>The case numbering could not be read.</source>
        <translation>Không thể đọc cách đánh số hồ sơ.</translation>
    </message>
    <message>
        <source>The client this case belongs to no longer exists.</source>
        <translation>Thân chủ của hồ sơ này không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Anonymous client</source>
        <translation>Thân chủ ẩn danh</translation>
    </message>
</context>
<context>
    <name>ClientCopy</name>
    <message>
        <source>Your complaint</source>
        <translation>Khiếu nại của quý vị</translation>
    </message>
    <message>
        <source>A short record of the complaint about police conduct filed for you, and what to do next. Keep this paper in a safe place.</source>
        <translation>Bản ghi ngắn về khiếu nại liên quan đến hành vi của cảnh sát đã được nộp thay cho quý vị, và những việc cần làm tiếp theo. Hãy giữ tờ giấy này ở nơi an toàn.</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Mã hồ sơ:</translation>
    </message>
    <message>
        <source>To be filed with:</source>
        <translation>Sẽ nộp cho:</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>Ngày soạn:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Số theo dõi:</translation>
    </message>
    <message>
        <source>Filed with:</source>
        <translation>Đã nộp cho:</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>Ngày nộp:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cách nộp:</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>Ngày xảy ra sự việc:</translation>
    </message>
    <message>
        <source>What the complaint is about:</source>
        <translation>Nội dung khiếu nại:</translation>
    </message>
    <message>
        <source>Your caseworker:</source>
        <translation>Nhân viên phụ trách của quý vị:</translation>
    </message>
    <message>
        <source>The client copy could not be printed.</source>
        <translation>Không thể in bản sao cho thân chủ.</translation>
    </message>
    <message>
        <source>Your legal-aid office:</source>
        <translation>Văn phòng trợ giúp pháp lý của quý vị:</translation>
    </message>
</context>
<context>
    <name>ClientField</name>
    <message>
        <source>Anonymous</source>
        <translation>Ẩn danh</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Tên thường gọi</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Ngôn ngữ ưa dùng</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Cần thông dịch viên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Nước sinh</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Tình trạng di trú</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Số A</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Đồng ý nộp khiếu nại</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Ngày đồng ý</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Sensitive: withheld from complaint reports, exports and printouts unless someone deliberately includes it (which is recorded).</source>
        <translation>Nhạy cảm: không đưa vào báo cáo khiếu nại, tập tin xuất và bản in, trừ khi có người cố ý đưa vào (việc này được ghi lại).</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Ẩn danh</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Cần thông dịch viên</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện t&amp;hoại</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Ngày &amp;sinh</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>Đồng ý nộp khiếu nại</translation>
    </message>
    <message>
        <source>Sensitive field</source>
        <translation>Trường nhạy cảm</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>Prefe&amp;rred name</source>
        <translation>Tên thường &amp;gọi</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage</source>
        <translation>&amp;Ngôn ngữ ưa dùng</translation>
    </message>
    <message>
        <source>Coun&amp;try of birth</source>
        <translation>Nước &amp;sinh</translation>
    </message>
    <message>
        <source>Immigration &amp;status</source>
        <translation>Tình trạng &amp;di trú</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Số A</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Ngày đồng ý</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ClientMatcher</name>
    <message>
        <source>Looking for existing clients</source>
        <translation>Đang tìm thân chủ đã có</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>create or migrate the database</source>
        <translation>tạo hoặc nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>list cases, optionally of one status</source>
        <translation>liệt kê hồ sơ, có thể chỉ theo một tình trạng</translation>
    </message>
    <message>
        <source>full-text search over cases</source>
        <translation>tìm kiếm toàn văn trong hồ sơ</translation>
    </message>
    <message>
        <source>check integrity and invariants (exit 3 on failure)</source>
        <translation>kiểm tra tính toàn vẹn và các quy tắc (mã thoát 3 nếu thất bại)</translation>
    </message>
    <message>
        <source>add fictional demo cases (for demos and benchmarks)</source>
        <translation>thêm hồ sơ mẫu hư cấu (để trình diễn và đo hiệu năng)</translation>
    </message>
    <message>
        <source>export cases as TrustDesk JSON</source>
        <translation>xuất hồ sơ dưới dạng JSON của TrustDesk</translation>
    </message>
    <message>
        <source>import a TrustDesk JSON file, all or nothing</source>
        <translation>nhập một tập tin JSON của TrustDesk, nhập tất cả hoặc không nhập gì</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>hiện một hồ sơ</translation>
    </message>
    <message>
        <source>attach files to a case as evidence</source>
        <translation>đính kèm tập tin vào hồ sơ làm bằng chứng</translation>
    </message>
    <message>
        <source>write the client&apos;s copy of a complaint as a PDF</source>
        <translation>ghi bản sao khiếu nại cho thân chủ ra PDF</translation>
    </message>
    <message>
        <source>list a case&apos;s evidence (SHA-256 first)</source>
        <translation>liệt kê bằng chứng của hồ sơ (SHA-256 trước)</translation>
    </message>
    <message>
        <source>export a case&apos;s evidence with a manifest</source>
        <translation>xuất bằng chứng của hồ sơ kèm bản kê</translation>
    </message>
    <message>
        <source>write a case&apos;s complaint submission as a PDF</source>
        <translation>ghi bộ hồ sơ khiếu nại cần nộp ra PDF</translation>
    </message>
    <message>
        <source>write a consistent, verified copy of the database and its evidence</source>
        <translation>ghi một bản sao nhất quán và đã kiểm tra của cơ sở dữ liệu và bằng chứng của nó</translation>
    </message>
    <message>
        <source>replace the database and its evidence with a verified backup</source>
        <translation>thay cơ sở dữ liệu và bằng chứng của nó bằng một bản sao lưu đã kiểm tra</translation>
    </message>
    <message>
        <source>remove an evidence item from a case, with a reason</source>
        <translation>gỡ một mục bằng chứng khỏi hồ sơ, kèm lý do</translation>
    </message>
    <message>
        <source>list the audit log; &quot;audit verify&quot; checks its chain (exit 3 on a break)</source>
        <translation>liệt kê nhật ký kiểm tra; &quot;audit verify&quot; kiểm tra chuỗi của nó (thoát với mã 3 nếu chuỗi bị đứt)</translation>
    </message>
    <message>
        <source>change an encrypted database&apos;s passphrase</source>
        <translation>đổi mật khẩu của cơ sở dữ liệu đã mã hóa</translation>
    </message>
    <message>
        <source>encrypt a plaintext database in place, safely</source>
        <translation>mã hóa an toàn một cơ sở dữ liệu chưa mã hóa ngay tại chỗ</translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one to the current schema. A new database is encrypted: its passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal), and its recovery key is shown once or written to --recovery-key-out.</source>
        <translation>Tạo cơ sở dữ liệu, hoặc cập nhật cơ sở dữ liệu hiện có theo cấu trúc hiện tại. Cơ sở dữ liệu mới được mã hóa: mật khẩu lấy từ --passphrase-file (hoặc tập tin ghi trong TRUSTDESK_PASSPHRASE_FILE, hoặc được hỏi hai lần trên terminal), và khóa khôi phục được hiển thị một lần hoặc ghi vào --recovery-key-out.</translation>
    </message>
    <message>
        <source>show or set the caseworker profile recorded as the actor</source>
        <translation>hiển thị hoặc đặt thông tin nhân viên phụ trách được ghi là người thực hiện</translation>
    </message>
    <message>
        <source>rights guidance: list, show (--pdf), search, version, install</source>
        <translation>hướng dẫn về quyền: list, show (--pdf), search, version, install</translation>
    </message>
    <message>
        <source>store a redacted copy of an image (boxes filled or pixelated)</source>
        <translation>lưu một bản sao đã che của hình ảnh (khung được tô kín hoặc làm mờ ô vuông)</translation>
    </message>
    <message>
        <source>suggest boxes over faces in an image, for review</source>
        <translation>gợi ý khung che khuôn mặt trong hình ảnh, để xem lại</translation>
    </message>
    <message>
        <source>list repeat officers, or the cases of one badge number</source>
        <translation>liệt kê các cảnh sát viên xuất hiện nhiều lần, hoặc các hồ sơ của một số phù hiệu</translation>
    </message>
    <message>
        <source>count cases and incidents by category, month, district…</source>
        <translation>đếm hồ sơ và sự việc theo loại, tháng, khu vực…</translation>
    </message>
    <message>
        <source>manage the office key that encrypts an office server&apos;s evidence</source>
        <translation>quản lý khóa văn phòng dùng để mã hóa bằng chứng trên máy chủ văn phòng</translation>
    </message>
    <message>
        <source>copy a database file with its evidence into an office server</source>
        <translation>sao chép một tập tin cơ sở dữ liệu cùng bằng chứng của nó vào máy chủ văn phòng</translation>
    </message>
    <message>
        <source>manage the people of an office server and their roles</source>
        <translation>quản lý những người dùng máy chủ văn phòng và vai trò của họ</translation>
    </message>
</context>
<context>
    <name>ComplaintRecipient</name>
    <message>
        <source>Boston Police Department, Internal Affairs Division</source>
        <translation>Sở Cảnh sát Boston, Phòng Nội vụ</translation>
    </message>
    <message>
        <source>City of Boston, Office of Police Accountability and Transparency</source>
        <translation>Thành phố Boston, Văn phòng Trách nhiệm Giải trình và Minh bạch của Cảnh sát</translation>
    </message>
    <message>
        <source>Massachusetts Peace Officer Standards and Training (POST) Commission</source>
        <translation>Massachusetts Peace Officer Standards and Training (POST) Commission</translation>
    </message>
    <message>
        <source>Complaints about any certified officer in the Commonwealth</source>
        <translation>Khiếu nại về bất kỳ cảnh sát viên nào có chứng nhận trong tiểu bang Massachusetts</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Ghi âm</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tập tin</translation>
    </message>
    <message>
        <source>Complaint submission %1</source>
        <translation>Hồ sơ khiếu nại %1</translation>
    </message>
    <message>
        <source>Incident %1 of %2</source>
        <translation>Sự việc %1 / %2</translation>
    </message>
    <message>
        <source>DRAFT: the client&apos;s consent to file is not recorded in the case. Do not send this document until consent is recorded.</source>
        <translation>BẢN NHÁP: hồ sơ chưa ghi nhận sự đồng ý nộp khiếu nại của thân chủ. Đừng gửi tài liệu này cho đến khi đã ghi nhận sự đồng ý.</translation>
    </message>
    <message>
        <source>Complaint about police conduct</source>
        <translation>Khiếu nại về hành vi của cảnh sát</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>The complainant, who asks to remain anonymous</source>
        <translation>Người khiếu nại, người yêu cầu được giữ ẩn danh</translation>
    </message>
    <message>
        <source>Filed on the complainant&apos;s behalf</source>
        <translation>Nộp thay mặt người khiếu nại</translation>
    </message>
    <message>
        <source>%1, on the complainant&apos;s behalf</source>
        <translation>%1, thay mặt người khiếu nại</translation>
    </message>
    <message>
        <source>An anonymous complainant</source>
        <translation>Một người khiếu nại ẩn danh</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Người khiếu nại</translation>
    </message>
    <message>
        <source>Not given: the complainant asks to remain anonymous</source>
        <translation>Không cung cấp: người khiếu nại yêu cầu được giữ ẩn danh</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Thông dịch viên</translation>
    </message>
    <message>
        <source>Needed for any interview</source>
        <translation>Cần cho mọi buổi phỏng vấn</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Không cần</translation>
    </message>
    <message>
        <source>Information withheld.</source>
        <translation>Thông tin được giữ lại.</translation>
    </message>
    <message>
        <source>To protect the complainant, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the complainant agrees.</source>
        <translation>Để bảo vệ người khiếu nại, tài liệu này không đưa vào các loại thông tin sau: %1. Người nộp có thể cung cấp chúng cho điều tra viên nếu cuộc điều tra cần và người khiếu nại đồng ý.</translation>
    </message>
    <message>
        <source>Included at the filer&apos;s deliberate choice: %1.</source>
        <translation>Được đưa vào theo lựa chọn có chủ ý của người nộp: %1.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Các sự việc</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Khu vực cảnh sát</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>Các cảnh sát viên liên quan</translation>
    </message>
    <message>
        <source>Name not known</source>
        <translation>Không rõ tên</translation>
    </message>
    <message>
        <source>No officer could be identified.</source>
        <translation>Không xác định được cảnh sát viên nào.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Số phù hiệu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Badge numbers are given exactly as the complainant recorded them.</source>
        <translation>Số phù hiệu được ghi đúng như người khiếu nại đã ghi lại.</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Các cáo buộc</translation>
    </message>
    <message>
        <source>The conduct is described in the account below.</source>
        <translation>Hành vi được mô tả trong lời kể dưới đây.</translation>
    </message>
    <message>
        <source> (incident %1)</source>
        <translation> (sự việc %1)</translation>
    </message>
    <message>
        <source>Source [%1]: %2, %3.</source>
        <translation>Nguồn [%1]: %2, %3.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>No account was written down.</source>
        <translation>Không có lời kể nào được ghi lại.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Nhân chứng</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Không cung cấp</translation>
    </message>
    <message>
        <source>No witnesses are named.</source>
        <translation>Không nêu tên nhân chứng nào.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <source>What they saw or heard</source>
        <translation>Những gì họ thấy hoặc nghe</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Tài liệu đính kèm</translation>
    </message>
    <message>
        <source>No exhibits are attached.</source>
        <translation>Không có tài liệu đính kèm.</translation>
    </message>
    <message>
        <source>Each exhibit is identified by its SHA-256 fingerprint: any change to the file changes the fingerprint.</source>
        <translation>Mỗi tài liệu đính kèm được nhận dạng bằng dấu vân tay SHA-256: mọi thay đổi trong tập tin đều làm thay đổi dấu vân tay.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Tài liệu đính kèm</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Không có mô tả</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Người cung cấp</translation>
    </message>
    <message>
        <source>We ask that you investigate the conduct described above, keep the complainant&apos;s identity and the withheld information confidential, give a tracking number for this complaint, and inform the complainant, through the filer, of the outcome.</source>
        <translation>Chúng tôi đề nghị quý cơ quan điều tra hành vi nêu trên, giữ bí mật danh tính người khiếu nại và những thông tin được giữ lại, cấp số theo dõi cho khiếu nại này, và thông báo kết quả cho người khiếu nại thông qua người nộp.</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Hành động được đề nghị</translation>
    </message>
    <message>
        <source>I declare that the information in this complaint is true and correct to the best of my knowledge.</source>
        <translation>Tôi xin cam đoan thông tin trong khiếu nại này là đúng sự thật và chính xác theo hiểu biết của tôi.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf and with their consent, given on %1. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>Tôi nộp khiếu nại này thay mặt người khiếu nại và với sự đồng ý của họ, đưa ra ngày %1. Tôi xin cam đoan khiếu nại phản ánh trung thực những gì người khiếu nại và các nhân chứng đã kể với tôi.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>Tôi nộp khiếu nại này thay mặt người khiếu nại. Tôi xin cam đoan khiếu nại phản ánh trung thực những gì người khiếu nại và các nhân chứng đã kể với tôi.</translation>
    </message>
    <message>
        <source>The information in this complaint is true and correct to the best of the complainant&apos;s knowledge.</source>
        <translation>Thông tin trong khiếu nại này là đúng sự thật và chính xác theo hiểu biết của người khiếu nại.</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Lời cam đoan</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Chữ ký (không bắt buộc)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Name (printed)</source>
        <translation>Họ tên (viết in)</translation>
    </message>
    <message>
        <source>Complaint submission · %1</source>
        <translation>Hồ sơ khiếu nại · %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Tạo lúc %1</translation>
    </message>
    <message>
        <source>The complaint could not be printed.</source>
        <translation>Không thể in khiếu nại.</translation>
    </message>
    <message>
        <source>To protect the complainant and the witnesses, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the people concerned agree.</source>
        <translation>Để bảo vệ người khiếu nại và các nhân chứng, tài liệu này không đưa vào các loại thông tin sau: %1. Người nộp có thể cung cấp chúng cho điều tra viên nếu cuộc điều tra cần và những người liên quan đồng ý.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Được giữ lại</translation>
    </message>
    <message>
        <source>Words in the accounts below that touch on immigration status were reviewed by the filer and are given as written.</source>
        <translation>Những từ trong các lời kể dưới đây có liên quan đến tình trạng di trú đã được người nộp xem lại và được giữ nguyên như đã viết.</translation>
    </message>
    <message>
        <source>Rule: %1, %2.</source>
        <translation>Quy định: %1, %2.</translation>
    </message>
    <message>
        <source>It applies to: %1.</source>
        <translation>Áp dụng cho: %1.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Nguồn: %1.</translation>
    </message>
    <message>
        <source>See also the guidance “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Xem thêm bài hướng dẫn “%1”, hướng dẫn %2 (phiên bản %3, kiểm tra ngày %4).</translation>
    </message>
    <message>
        <source>Guidance: “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>Hướng dẫn: “%1”, hướng dẫn %2 (phiên bản %3, kiểm tra ngày %4).</translation>
    </message>
    <message>
        <source>Redacted copy of exhibit %1: parts of the image are covered.</source>
        <translation>Bản sao đã che của tài liệu đính kèm %1: một số phần của hình bị che.</translation>
    </message>
    <message>
        <source>Redacted copy: parts of the image are covered.</source>
        <translation>Bản sao đã che: một số phần của hình bị che.</translation>
    </message>
    <message>
        <source>Original, not pictured: its redacted copy is exhibit %1.</source>
        <translation>Bản gốc, không in hình: bản sao đã che của nó là tài liệu đính kèm %1.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>Không thể ghi bảng tính: %1</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>Recording the chain of custody</source>
        <translation>Đang ghi chuỗi lưu giữ</translation>
    </message>
    <message>
        <source>Reading the chain of custody</source>
        <translation>Đang đọc chuỗi lưu giữ</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Starting to save</source>
        <translation>Đang bắt đầu lưu</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Đang lưu</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Không thể tạo thư mục &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be created.</source>
        <translation>Không thể tạo tập tin cơ sở dữ liệu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>Cơ sở dữ liệu &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Đang mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>Tập tin cơ sở dữ liệu bị hỏng và không đọc được.</translation>
    </message>
    <message>
        <source>This file is not a TrustDesk database. It was left untouched.</source>
        <translation>Tập tin này không phải là cơ sở dữ liệu TrustDesk. Tập tin không bị thay đổi.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of TrustDesk. Update TrustDesk to open it.</source>
        <translation>Cơ sở dữ liệu này được ghi bởi phiên bản TrustDesk mới hơn. Hãy cập nhật TrustDesk để mở.</translation>
    </message>
    <message>
        <source>Setting up the database</source>
        <translation>Đang thiết lập cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database cannot be opened: the disk is full. Free some space and try again.</source>
        <translation>Không thể mở cơ sở dữ liệu: ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The database key is missing.</source>
        <translation>Thiếu khóa của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens only with its passphrase or recovery key.</source>
        <translation>Cơ sở dữ liệu này đã được mã hóa: chỉ mở được bằng mật khẩu hoặc khóa khôi phục của nó.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>Hệ thống này không hỗ trợ mã hóa.</translation>
    </message>
    <message>
        <source>The database could not be opened encrypted; nothing was written to it.</source>
        <translation>Không thể mở cơ sở dữ liệu ở chế độ mã hóa; không có gì được ghi vào đó.</translation>
    </message>
    <message>
        <source>The encrypted database could not be set up.</source>
        <translation>Không thể thiết lập cơ sở dữ liệu được mã hóa.</translation>
    </message>
    <message>
        <source>An office server database is not opened with a vault key: its connection is protected by the server&apos;s login and TLS.</source>
        <translation>Cơ sở dữ liệu trên máy chủ văn phòng không được mở bằng khóa mã hóa: kết nối của nó được bảo vệ bằng thông tin đăng nhập của máy chủ và TLS.</translation>
    </message>
    <message>
        <source>Starting to save: a save is already under way.</source>
        <translation>Không thể bắt đầu lưu: đang có một lần lưu khác.</translation>
    </message>
    <message>
        <source>Office servers need Qt&apos;s PostgreSQL driver: install the package libqt6sql6-psql.</source>
        <translation>Máy chủ văn phòng cần trình điều khiển PostgreSQL của Qt: hãy cài gói libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The office database &quot;%1&quot; holds no TrustDesk data yet (run trustdesk-cli init to set it up).</source>
        <translation>Cơ sở dữ liệu văn phòng &quot;%1&quot; chưa có dữ liệu TrustDesk nào (hãy chạy trustdesk-cli init để thiết lập).</translation>
    </message>
    <message>
        <source>This database is not a TrustDesk database. It was left untouched.</source>
        <translation>Cơ sở dữ liệu này không phải là cơ sở dữ liệu TrustDesk. Nó không bị thay đổi.</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network connection, then try again; nothing you typed is lost.</source>
        <translation>Không kết nối được máy chủ văn phòng. Hãy kiểm tra kết nối mạng rồi thử lại; những gì bạn đã nhập không bị mất.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Tập tin &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Không thể đọc tập tin &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a TrustDesk database.</source>
        <translation>Tập tin &quot;%1&quot; trống. Đây không phải là cơ sở dữ liệu TrustDesk.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a TrustDesk database (it is not an SQLite database at all).</source>
        <translation>Tập tin &quot;%1&quot; không phải là cơ sở dữ liệu TrustDesk (thậm chí không phải cơ sở dữ liệu SQLite).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged (its header is invalid).</source>
        <translation>Tập tin &quot;%1&quot; bị hỏng (phần đầu tập tin không hợp lệ).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: it is shorter than its own header says (it may have been cut off while copying). It was left untouched.</source>
        <translation>Tập tin &quot;%1&quot; bị hỏng: nó ngắn hơn mức phần đầu của nó ghi (có thể bị cắt mất khi sao chép). Tập tin không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a TrustDesk database. It was left untouched.</source>
        <translation>Tập tin &quot;%1&quot; là cơ sở dữ liệu SQLite của ứng dụng khác, không phải của TrustDesk. Tập tin không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of TrustDesk (schema %2; this version knows up to %3). Update TrustDesk to open it. It was left untouched.</source>
        <translation>Tập tin &quot;%1&quot; được ghi bởi phiên bản TrustDesk mới hơn (cấu trúc %2; phiên bản này chỉ biết đến %3). Hãy cập nhật TrustDesk để mở. Tập tin không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. TrustDesk needs to write to its database; copy it to a folder you can write to, or change its permissions.</source>
        <translation>Tập tin &quot;%1&quot; chỉ cho phép đọc. TrustDesk cần ghi vào cơ sở dữ liệu của mình; hãy sao chép nó vào thư mục mà quý vị có quyền ghi, hoặc đổi quyền của nó.</translation>
    </message>
    <message>
        <source>The folder holding &quot;%1&quot; is read-only. TrustDesk needs to write beside its database file.</source>
        <translation>Thư mục chứa &quot;%1&quot; chỉ cho phép đọc. TrustDesk cần ghi bên cạnh tập tin cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft has an invalid name.</source>
        <translation>Bản nháp có tên không hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Không thể tạo thư mục bản nháp %1.</translation>
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation>Không thể lưu bản nháp: %1</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>Không thể xóa bản nháp %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <source>Attach Evidence Files</source>
        <translation>Đính kèm tập tin bằng chứng</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả tập tin (*)</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Gỡ bằng chứng</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this case?

Its file leaves the evidence store unless another case holds the same file. Say why: the reason stays in the chain of custody.</source>
        <translation>Gỡ &quot;%1&quot; khỏi hồ sơ này?

Tập tin của nó sẽ rời khỏi kho bằng chứng, trừ khi hồ sơ khác có cùng tập tin. Hãy ghi lý do: lý do được giữ trong chuỗi lưu giữ.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>Không thể ghi &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; is a symbolic link. Choose a real folder.</source>
        <translation>Thư mục xuất &quot;%1&quot; là liên kết tượng trưng. Hãy chọn một thư mục thật.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>&quot;%1&quot; đã tồn tại và không phải là thư mục.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty. Export into a new or empty folder so nothing is overwritten.</source>
        <translation>Thư mục &quot;%1&quot; không trống. Hãy xuất vào thư mục mới hoặc trống để không ghi đè lên gì.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Không thể tạo thư mục &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is missing from the evidence store and was not exported.</source>
        <translation>Bằng chứng &quot;%1&quot; bị thiếu trong kho bằng chứng và không được xuất.</translation>
    </message>
    <message>
        <source>The export folder cannot be written: %1</source>
        <translation>Không thể ghi vào thư mục xuất: %1</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Việc xuất đã dừng: %1</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; has CHANGED since it was attached (SHA-256 mismatch) and was not exported.</source>
        <translation>Bằng chứng &quot;%1&quot; đã BỊ THAY ĐỔI kể từ khi đính kèm (SHA-256 không khớp) và không được xuất.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;: %2</source>
        <translation>Bằng chứng &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>mục %1</translation>
    </message>
    <message>
        <source>Its metadata could not be removed (%1), so it was not exported. Export with metadata included to hand it over as stored.</source>
        <translation>Không thể xóa siêu dữ liệu của nó (%1), nên nó không được xuất. Hãy xuất kèm siêu dữ liệu để giao nó đúng như đang lưu.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be saved.</source>
        <translation>Không lưu được bản sao đã làm sạch.</translation>
    </message>
    <message>
        <source>The exported copy could not be read.</source>
        <translation>Không đọc được bản sao đã xuất.</translation>
    </message>
    <message>
        <source>image too large</source>
        <translation>hình quá lớn</translation>
    </message>
    <message>
        <source>damaged or unusual image</source>
        <translation>hình bị hỏng hoặc có định dạng bất thường</translation>
    </message>
    <message>
        <source>The export folder cannot be written.</source>
        <translation>Không thể ghi vào thư mục xuất.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written (is the disk full?).</source>
        <translation>Không ghi được bản sao đã làm sạch (ổ đĩa có bị đầy không?).</translation>
    </message>
</context>
<context>
    <name>EvidenceJob</name>
    <message>
        <source>&quot;%1&quot; was not attached: canceled.</source>
        <translation>&quot;%1&quot; chưa được đính kèm: đã hủy.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;.</source>
        <translation>Đã đính kèm &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file of imported evidence.</source>
        <translation>Đã đính kèm &quot;%1&quot;: tập tin của bằng chứng đã nhập.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already attached to this case as &quot;%2&quot;; it is stored once.</source>
        <translation>&quot;%1&quot; đã được đính kèm vào hồ sơ này với tên &quot;%2&quot;; chỉ lưu một lần.</translation>
    </message>
    <message>
        <source>Verifying the evidence store</source>
        <translation>Đang kiểm tra kho bằng chứng</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) are intact.</source>
        <translation>
            <numerusform>Cả %n tập tin bằng chứng đều nguyên vẹn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file before showing it</source>
        <translation>Đang kiểm tra tập tin trước khi hiển thị</translation>
    </message>
</context>
<context>
    <name>EvidenceLabels</name>
    <message>
        <source>Client</source>
        <translation>Thân chủ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Nhân chứng</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cảnh sát viên</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Đã đính kèm</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Đã xem</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã gỡ bỏ</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Đã sửa chi tiết</translation>
    </message>
    <message>
        <source>redacted copy of item %1</source>
        <translation>bản sao đã che của mục %1</translation>
    </message>
    <message>
        <source>redacted copy of %1</source>
        <translation>bản sao đã che của %1</translation>
    </message>
    <message>
        <source>camera clock</source>
        <translation>đồng hồ máy ảnh</translation>
    </message>
    <message>
        <source>time the file was last changed</source>
        <translation>lúc tập tin được sửa lần cuối</translation>
    </message>
    <message>
        <source>entered by the caseworker</source>
        <translation>do nhân viên phụ trách nhập</translation>
    </message>
    <message>
        <source>source of the time not recorded</source>
        <translation>không ghi nguồn của thời điểm</translation>
    </message>
    <message>
        <source>file changed</source>
        <extracomment>A time that is only when the evidence file was last modified, in a narrow table cell.</extracomment>
        <translation>tập tin sửa</translation>
    </message>
    <message>
        <source>entered</source>
        <extracomment>A time a caseworker typed in, in a narrow table cell.</extracomment>
        <translation>nhập tay</translation>
    </message>
    <message>
        <source>Photo taken %1 (camera clock)</source>
        <translation>Ảnh chụp lúc %1 (đồng hồ máy ảnh)</translation>
    </message>
    <message>
        <source>Recorded %1 (device clock)</source>
        <translation>Ghi lại lúc %1 (đồng hồ thiết bị)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when the photo was taken)</source>
        <translation>Tập tin được sửa lần cuối lúc %1 (không nhất thiết là lúc chụp ảnh)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when it was made)</source>
        <translation>Tập tin được sửa lần cuối lúc %1 (không nhất thiết là lúc nó được tạo ra)</translation>
    </message>
    <message>
        <source>Photo taken %1 (as entered by the caseworker)</source>
        <translation>Ảnh chụp lúc %1 (do nhân viên phụ trách nhập)</translation>
    </message>
    <message>
        <source>Made %1 (as entered by the caseworker)</source>
        <translation>Được tạo lúc %1 (do nhân viên phụ trách nhập)</translation>
    </message>
    <message>
        <source>Dated %1 (source of the time not recorded)</source>
        <translation>Ghi ngày %1 (không ghi nguồn của thời điểm)</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Chỉ có thông tin được nhập; tập tin không có trong kho bằng chứng.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Thời điểm ghi lại</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
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
        <translation>Bằng chứng xuất từ TrustDesk</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Hồ sơ: %1</translation>
    </message>
    <message>
        <source>Exported: %1 by %2</source>
        <translation>Xuất lúc: %1 bởi %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Số mục: %1</translation>
    </message>
    <message>
        <source>Check the files with: sha256sum -c SHA256SUMS</source>
        <translation>Kiểm tra các tập tin bằng: sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(không có tập tin)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>Tên gốc: %1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>Loại tập tin: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Kích thước: %1 byte</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Captured: %1</source>
        <translation>Thời điểm ghi lại: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Added: %1 by %2</source>
        <translation>Thêm lúc: %1 bởi %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Mô tả: %1</translation>
    </message>
    <message>
        <source>Chain of custody:</source>
        <translation>Chuỗi lưu giữ:</translation>
    </message>
    <message>
        <source>Custody of items removed from the case:</source>
        <translation>Lưu giữ các mục đã gỡ khỏi hồ sơ:</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>mục %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>đã ẩn</translation>
    </message>
    <message>
        <source>removed from this copy (%1); SHA-256 of the copy: %2</source>
        <translation>đã xóa khỏi bản sao này (%1); SHA-256 của bản sao: %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <source>kept as stored (included on purpose)</source>
        <translation>giữ nguyên như đang lưu (cố ý đưa vào)</translation>
    </message>
    <message>
        <source>not removed: TrustDesk cannot clean this kind of file</source>
        <translation>không xóa: TrustDesk không thể làm sạch loại tập tin này</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Siêu dữ liệu: %1</translation>
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
        <translation>không tên</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Type: %1, %2</source>
        <translation>Loại: %1, %2</translation>
    </message>
    <message>
        <source>Type: %1, %2 (%3 bytes)</source>
        <translation>Loại: %1, %2 (%3 byte)</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Tập tin &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link. Attach the file it points to instead.</source>
        <translation>&quot;%1&quot; là liên kết tượng trưng. Hãy đính kèm tập tin mà nó trỏ tới.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Attach the files inside it instead.</source>
        <translation>&quot;%1&quot; là thư mục. Hãy đính kèm các tập tin bên trong.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket) and cannot be attached.</source>
        <translation>&quot;%1&quot; không phải là tập tin thông thường (nó là thiết bị, ống dẫn hoặc socket) và không thể đính kèm.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: permission denied.</source>
        <translation>Không thể đọc tập tin &quot;%1&quot;: không có quyền.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Không thể đọc tập tin &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Đọc &quot;%1&quot; thất bại: %2. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>Writing the copy of &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>Ghi bản sao của &quot;%1&quot; thất bại: %2. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot; could not be copied. Nothing was stored; free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: không thể sao chép &quot;%1&quot;. Không có gì được lưu; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was being copied. Nothing was stored; try again once the file is complete.</source>
        <translation>&quot;%1&quot; đã thay đổi trong lúc sao chép. Không có gì được lưu; hãy thử lại khi tập tin đã hoàn chỉnh.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted or moved while it was being copied. Nothing was stored.</source>
        <translation>&quot;%1&quot; đã bị xóa hoặc di chuyển trong lúc sao chép. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; was canceled. Nothing was stored.</source>
        <translation>Đã hủy sao chép &quot;%1&quot;. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation>Đang đọc bằng chứng</translation>
    </message>
    <message>
        <source>Looking up the case</source>
        <translation>Đang tìm hồ sơ</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Không có hồ sơ %1.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; is not a folder. Nothing was stored.</source>
        <translation>Kho bằng chứng &quot;%1&quot; không phải là thư mục. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; could not be created. Nothing was stored.</source>
        <translation>Không thể tạo kho bằng chứng &quot;%1&quot;. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Nguồn không xác định &quot;%1&quot;. Hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty (0 bytes): there is nothing to attach.</source>
        <translation>Tập tin &quot;%1&quot; trống (0 byte): không có gì để đính kèm.</translation>
    </message>
    <message>
        <source>The evidence store cannot be written: %1. Nothing was stored.</source>
        <translation>Không thể ghi vào kho bằng chứng: %1. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be placed in the evidence store: %2. Nothing was stored.</source>
        <translation>Không thể đưa &quot;%1&quot; vào kho bằng chứng: %2. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>Đang đính kèm bằng chứng</translation>
    </message>
    <message>
        <source>The new evidence record could not be read back.</source>
        <translation>Không thể đọc lại bản ghi bằng chứng mới.</translation>
    </message>
    <message>
        <source>There is no evidence item %1.</source>
        <translation>Không có mục bằng chứng %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in the evidence store: only its details were imported.</source>
        <translation>&quot;%1&quot; không có tập tin trong kho bằng chứng: chỉ có thông tin chi tiết được nhập.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is missing from the evidence store.</source>
        <translation>Tập tin của &quot;%1&quot; bị thiếu trong kho bằng chứng.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; has changed since it was attached: its SHA-256 no longer matches.</source>
        <translation>Tập tin của &quot;%1&quot; đã thay đổi kể từ khi đính kèm: SHA-256 của nó không còn khớp.</translation>
    </message>
    <message>
        <source>Give a reason for removing evidence: it is kept in the chain of custody.</source>
        <translation>Hãy ghi lý do gỡ bằng chứng: lý do được giữ lại trong chuỗi lưu giữ.</translation>
    </message>
    <message>
        <source>Removing evidence</source>
        <translation>Đang gỡ bằng chứng</translation>
    </message>
    <message>
        <source>The file could not be removed from the evidence store: %1</source>
        <translation>Không thể gỡ tập tin khỏi kho bằng chứng: %1</translation>
    </message>
    <message>
        <source>Saving the evidence details</source>
        <translation>Đang lưu thông tin bằng chứng</translation>
    </message>
    <message>
        <source>The date captured is in the future. Give a date and time that have passed, or leave it unknown.</source>
        <translation>Ngày ghi lại nằm trong tương lai. Hãy nhập ngày giờ đã qua, hoặc để là không rõ.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; is damaged: it does not decrypt as it was written.</source>
        <translation>Tập tin đang lưu của &quot;%1&quot; bị hỏng: không giải mã được như khi đã ghi.</translation>
    </message>
    <message>
        <source>The redacted copy could not be stored: %1. Nothing was stored.</source>
        <translation>Không thể lưu bản sao đã che: %1. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>The redacted copy is empty.</source>
        <translation>Bản sao đã che bị trống.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not the file the redaction was made from. Nothing was stored.</source>
        <translation>Mục bằng chứng %1 không phải là tập tin đã dùng để che. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>Storing a redacted copy</source>
        <translation>Đang lưu bản sao đã che</translation>
    </message>
    <message>
        <source>The evidence on an office server is encrypted with the office key, which is not unlocked.</source>
        <translation>Bằng chứng trên máy chủ văn phòng được mã hóa bằng khóa văn phòng, mà khóa này chưa được mở.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreConversion</name>
    <message>
        <source>The evidence can only be encrypted into an encrypted database.</source>
        <translation>Bằng chứng chỉ có thể được mã hóa vào một cơ sở dữ liệu đã mã hóa.</translation>
    </message>
    <message>
        <source>The encrypted evidence store must be a new folder, not the plaintext one.</source>
        <translation>Kho bằng chứng mã hóa phải là một thư mục mới, không phải thư mục chưa mã hóa.</translation>
    </message>
    <message>
        <source>The encrypted evidence store &quot;%1&quot; already exists and does not hold the evidence intact:</source>
        <translation>Kho bằng chứng mã hóa &quot;%1&quot; đã tồn tại và không chứa bằng chứng nguyên vẹn:</translation>
    </message>
    <message>
        <source>The encrypted evidence store cannot be written beside the database: %1</source>
        <translation>Không thể ghi kho bằng chứng mã hóa bên cạnh cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The evidence was not encrypted, because files in the evidence store are missing or have changed (run verify to check the whole store):</source>
        <translation>Bằng chứng chưa được mã hóa, vì có tập tin trong kho bằng chứng bị thiếu hoặc đã thay đổi (chạy verify để kiểm tra toàn bộ kho):</translation>
    </message>
    <message>
        <source>The encrypted evidence did not read back intact, so it was discarded:</source>
        <translation>Bằng chứng đã mã hóa đọc lại không nguyên vẹn, nên đã bị loại bỏ:</translation>
    </message>
    <message>
        <source>The encrypted evidence store could not be put in place: %1</source>
        <translation>Không thể đặt kho bằng chứng mã hóa vào vị trí: %1</translation>
    </message>
    <message>
        <source>The plaintext evidence store &quot;%1&quot; could not be deleted completely.</source>
        <translation>Không thể xóa hết kho bằng chứng chưa mã hóa &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreCopy</name>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing (expected at %3).</source>
        <translation>Hồ sơ %1: bằng chứng &quot;%2&quot; bị thiếu (lẽ ra ở %3).</translation>
    </message>
    <message>
        <source>The disk is full: the evidence could not be copied.</source>
        <translation>Ổ đĩa đã đầy: không thể sao chép bằng chứng.</translation>
    </message>
    <message>
        <source>The evidence could not be copied: %1</source>
        <translation>Không thể sao chép bằng chứng: %1</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read (%3).</source>
        <translation>Hồ sơ %1: không thể đọc bằng chứng &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: a link or folder is in its place (%3).</source>
        <translation>Hồ sơ %1: không thể kiểm tra bằng chứng &quot;%2&quot;: ở vị trí của nó là một liên kết hoặc thư mục (%3).</translation>
    </message>
    <message>
        <source>Copying the evidence was canceled.</source>
        <translation>Đã hủy sao chép bằng chứng.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; was deleted while it was being read (%3).</source>
        <translation>Hồ sơ %1: bằng chứng &quot;%2&quot; đã bị xóa trong lúc đọc (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read to the end (%3).</source>
        <translation>Hồ sơ %1: không thể đọc hết bằng chứng &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; changed while it was being read (%3).</source>
        <translation>Hồ sơ %1: bằng chứng &quot;%2&quot; đã thay đổi trong lúc đọc (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Hồ sơ %1: bằng chứng &quot;%2&quot; đã BỊ THAY ĐỔI kể từ khi đính kèm: SHA-256 đúng là %3, tìm thấy %4.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is damaged: it does not decrypt, so it was changed, cut short, extended or replaced (%3).</source>
        <translation>Hồ sơ %1: bằng chứng &quot;%2&quot; bị hỏng: không giải mã được, tức là nó đã bị thay đổi, cắt ngắn, kéo dài hoặc thay thế (%3).</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>it cannot be read</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>a link or folder is in its place</source>
        <translation>có một liên kết hoặc thư mục nằm ở chỗ của nó</translation>
    </message>
    <message>
        <source>The verification was canceled.</source>
        <translation>Đã hủy việc kiểm tra.</translation>
    </message>
    <message>
        <source>it could not be read to the end</source>
        <translation>không thể đọc đến hết</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the evidence store (expected at %3).</source>
        <translation>Hồ sơ %1: bằng chứng &quot;%2&quot; bị thiếu trong kho bằng chứng (lẽ ra ở %3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: %3 (%4).</source>
        <translation>Hồ sơ %1: không thể kiểm tra bằng chứng &quot;%2&quot;: %3 (%4).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>Hồ sơ %1: bằng chứng &quot;%2&quot; đã BỊ THAY ĐỔI kể từ khi đính kèm: SHA-256 đúng là %3, tìm thấy %4.</translation>
    </message>
    <message>
        <source>The evidence store %1 is not a folder.</source>
        <translation>Kho bằng chứng %1 không phải là thư mục.</translation>
    </message>
    <message>
        <source>The evidence store can be opened by other accounts (mode %1); it should be 0700.</source>
        <translation>Các tài khoản khác có thể mở kho bằng chứng (chế độ %1); lẽ ra phải là 0700.</translation>
    </message>
    <message>
        <source>Unexpected file in the evidence store: %1 (%2).</source>
        <translation>Tập tin lạ trong kho bằng chứng: %1 (%2).</translation>
    </message>
    <message>
        <source>a symbolic link, not followed</source>
        <translation>liên kết tượng trưng, không đi theo</translation>
    </message>
    <message>
        <source>left over from an interrupted import or removal</source>
        <translation>còn sót lại từ một lần nhập hoặc gỡ bị gián đoạn</translation>
    </message>
    <message>
        <source>not part of the store&apos;s layout</source>
        <translation>không thuộc cấu trúc của kho</translation>
    </message>
    <message>
        <source>The evidence folder %1 can be opened by other accounts; it should be 0700.</source>
        <translation>Các tài khoản khác có thể mở thư mục bằng chứng %1; lẽ ra phải là 0700.</translation>
    </message>
    <message>
        <source>no evidence item holds it</source>
        <translation>không có mục bằng chứng nào chứa nó</translation>
    </message>
    <message>
        <source>The evidence file %1 can be read by other accounts; it should be 0400.</source>
        <translation>Các tài khoản khác có thể đọc tập tin bằng chứng %1; lẽ ra phải là 0400.</translation>
    </message>
    <message>
        <source>it does not decrypt: it was changed, cut short, extended or replaced</source>
        <translation>không giải mã được: nó đã bị thay đổi, cắt ngắn, kéo dài hoặc thay thế</translation>
    </message>
    <message>
        <source>The evidence on this office server can be checked only with the office key.</source>
        <translation>Chỉ có thể kiểm tra bằng chứng trên máy chủ văn phòng này bằng khóa văn phòng.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the office server.</source>
        <translation>Hồ sơ %1: bằng chứng &quot;%2&quot; bị thiếu trên máy chủ văn phòng.</translation>
    </message>
    <message>
        <source>The evidence could not be read from the office server.</source>
        <translation>Không đọc được bằng chứng từ máy chủ văn phòng.</translation>
    </message>
</context>
<context>
    <name>FaceSuggester</name>
    <message>
        <source>Face suggestions need OpenCV&apos;s face models, which are not installed: %1 is missing or cannot be read. Install the package opencv-data, or draw the boxes by hand.</source>
        <translation>Gợi ý khuôn mặt cần các mô hình khuôn mặt của OpenCV nhưng chúng chưa được cài: %1 bị thiếu hoặc không đọc được. Hãy cài gói opencv-data, hoặc tự vẽ khung.</translation>
    </message>
</context>
<context>
    <name>FieldRegistry</name>
    <message>
        <source>Not a time: type it as HH:MM, e.g. 14:30.</source>
        <translation>Không phải giờ: hãy nhập theo dạng HH:MM, ví dụ 14:30.</translation>
    </message>
    <message>
        <source>Not a date: type it like %1.</source>
        <translation>Không phải ngày: hãy nhập theo dạng %1.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Open TrustDesk Database</source>
        <translation>Mở cơ sở dữ liệu TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite *.trustdesk *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu TrustDesk (*.sqlite *.trustdesk *.db);;Tất cả tập tin (*)</translation>
    </message>
    <message>
        <source>New TrustDesk Database</source>
        <translation>Cơ sở dữ liệu TrustDesk mới</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite)</source>
        <translation>Cơ sở dữ liệu TrustDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>Lưu bản sao lưu thành</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk)</source>
        <translation>Bản sao lưu TrustDesk (*.trustdesk)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk *.sqlite *.db);;All files (*)</source>
        <translation>Bản sao lưu TrustDesk (*.trustdesk *.sqlite *.db);;Tất cả tập tin (*)</translation>
    </message>
    <message>
        <source>Save Recovery Key As</source>
        <translation>Lưu khóa khôi phục thành</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tập tin văn bản (*.txt)</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>Xuất danh sách hồ sơ</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Bảng tính CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Xuất thống kê</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Office Server&apos;s Certificate Authority</source>
        <translation>Cơ quan cấp chứng chỉ của máy chủ văn phòng</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer);;Tất cả tập tin (*)</translation>
    </message>
    <message>
        <source>Restore Office Backup</source>
        <translation>Khôi phục bản sao lưu văn phòng</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob);;All files (*)</source>
        <translation>Bản sao lưu văn phòng TrustDesk (*.tdob);;Tất cả tập tin (*)</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>Không thể đọc &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>FileMoves</name>
    <message>
        <source>The folder could not be moved into place: %1</source>
        <translation>Không thể chuyển thư mục vào đúng chỗ: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpQuery</name>
    <message>
        <source>Reading follow-ups</source>
        <translation>Đang đọc việc cần theo dõi</translation>
    </message>
</context>
<context>
    <name>GeneratedReportLog</name>
    <message>
        <source>Recording the generated report</source>
        <translation>Đang ghi lại báo cáo đã tạo</translation>
    </message>
    <message>
        <source>Reading the generated reports</source>
        <translation>Đang đọc các báo cáo đã tạo</translation>
    </message>
</context>
<context>
    <name>GuidanceHandout</name>
    <message>
        <source>There is no guidance article &quot;%1&quot;.</source>
        <translation>Không có bài hướng dẫn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>Hướng dẫn không có bằng &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Language: %1 (%2). Translation status: %3.</source>
        <translation>Ngôn ngữ: %1 (%2). Tình trạng bản dịch: %3.</translation>
    </message>
    <message>
        <source>Guidance pack %1, version %2, last reviewed %3. This is general information, not legal advice.</source>
        <translation>Gói hướng dẫn %1, phiên bản %2, xem lại lần cuối %3. Đây là thông tin chung, không phải tư vấn pháp lý.</translation>
    </message>
    <message>
        <source>TrustDesk rights guidance · %1</source>
        <translation>Hướng dẫn về quyền của TrustDesk · %1</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>Không thể in tờ thông tin.</translation>
    </message>
    <message>
        <source>Your legal-aid office</source>
        <translation>Văn phòng trợ giúp pháp lý của quý vị</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Nguồn được kiểm tra lần cuối: %1</translation>
    </message>
</context>
<context>
    <name>GuidancePackLoader</name>
    <message>
        <source>%1 is missing or unreadable.</source>
        <translation>%1 bị thiếu hoặc không đọc được.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 quá lớn.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 không phải văn bản UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>manifest.json: %1 needs a text value for &quot;%2&quot;.</source>
        <translation>manifest.json: %1 cần một giá trị văn bản cho &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (at byte %1: %2).</source>
        <translation>manifest.json không phải JSON hợp lệ (tại byte %1: %2).</translation>
    </message>
    <message>
        <source>manifest.json is not a TrustDesk guidance pack manifest.</source>
        <translation>manifest.json không phải bản kê gói hướng dẫn của TrustDesk.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;last_reviewed&quot; must be a date like 2026-11-24.</source>
        <translation>manifest.json: &quot;last_reviewed&quot; phải là ngày như 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 needs a web address (https://…).</source>
        <translation>manifest.json: nguồn %1 cần một địa chỉ web (https://…).</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has direction &quot;%2&quot;; use ltr or rtl.</source>
        <translation>manifest.json: ngôn ngữ %1 có hướng &quot;%2&quot;; hãy dùng ltr hoặc rtl.</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has an unknown review status &quot;%2&quot;.</source>
        <translation>manifest.json: ngôn ngữ %1 có tình trạng xem lại không xác định &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid language code.</source>
        <translation>manifest.json: &quot;%1&quot; không phải mã ngôn ngữ hợp lệ.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid article id.</source>
        <translation>manifest.json: &quot;%1&quot; không phải mã bài viết hợp lệ.</translation>
    </message>
    <message>
        <source>manifest.json must list sources, languages and articles.</source>
        <translation>manifest.json phải liệt kê nguồn, ngôn ngữ và bài viết.</translation>
    </message>
    <message>
        <source>The source language %1 is not among the pack&apos;s languages.</source>
        <translation>Ngôn ngữ gốc %1 không nằm trong các ngôn ngữ của gói.</translation>
    </message>
    <message>
        <source>Article %1 is listed twice.</source>
        <translation>Bài viết %1 được liệt kê hai lần.</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 bị thiếu hoặc trống.</translation>
    </message>
    <message>
        <source>%1 must start with its title as a &quot;# &quot; heading.</source>
        <translation>%1 phải bắt đầu bằng tiêu đề dạng &quot;# &quot;.</translation>
    </message>
    <message>
        <source>%1 cites source %2, which the manifest does not list.</source>
        <translation>%1 trích dẫn nguồn %2, nhưng bản kê không có nguồn này.</translation>
    </message>
    <message>
        <source>%1 links to article %2, which does not exist.</source>
        <translation>%1 liên kết tới bài %2, nhưng bài này không tồn tại.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 has the date &quot;%2&quot;; use 2019, 2019-12 or 2019-12-04.</source>
        <translation>manifest.json: nguồn %1 có ngày &quot;%2&quot;; hãy dùng 2019, 2019-12 hoặc 2019-12-04.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs at least one citation.</source>
        <translation>manifest.json: bài %1 cần ít nhất một trích dẫn.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs &quot;last_checked&quot;, a date like 2026-11-24.</source>
        <translation>manifest.json: bài %1 cần &quot;last_checked&quot;, một ngày như 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs a known review status and a date for %2.</source>
        <translation>manifest.json: bài %1 cần một trạng thái xem xét hợp lệ và một ngày cho %2.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 cites source %2, which the manifest does not list.</source>
        <translation>manifest.json: bài %1 trích dẫn nguồn %2, nhưng bản kê không có nguồn này.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 has a review for %2, which is not a language of the pack.</source>
        <translation>manifest.json: bài %1 có một lần xem xét cho %2, nhưng đây không phải là ngôn ngữ của gói.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names source %2, which the manifest does not list.</source>
        <translation>manifest.json: quy định %1 nêu nguồn %2, nhưng bản kê không có nguồn này.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names article %2, which does not exist.</source>
        <translation>manifest.json: quy định %1 nêu bài %2, nhưng bài này không tồn tại.</translation>
    </message>
    <message>
        <source>manifest.json: the violation category %1 is given to more than one rule.</source>
        <translation>manifest.json: loại vi phạm %1 được gán cho nhiều hơn một quy định.</translation>
    </message>
    <message>
        <source>This guidance pack uses format version %1; this TrustDesk reads versions 1 to %2.</source>
        <translation>Gói hướng dẫn này dùng định dạng phiên bản %1; TrustDesk này đọc được phiên bản 1 đến %2.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;pack_version&quot; must be numbers and dots, like 1.2.</source>
        <translation>manifest.json: &quot;pack_version&quot; phải gồm các số và dấu chấm, ví dụ 1.2.</translation>
    </message>
    <message>
        <source>%1 links to source %2, which has no web address.</source>
        <translation>%1 liên kết đến nguồn %2, nhưng nguồn này không có địa chỉ web.</translation>
    </message>
</context>
<context>
    <name>GuidancePackStore</name>
    <message>
        <source>The guidance update could not be written to %1.</source>
        <translation>Không thể ghi bản cập nhật hướng dẫn vào %1.</translation>
    </message>
    <message>
        <source>This pack is for &quot;%1&quot;; the guidance in use is &quot;%2&quot;. Nothing was installed.</source>
        <translation>Gói này dành cho &quot;%1&quot;; hướng dẫn đang dùng là &quot;%2&quot;. Không có gì được cài đặt.</translation>
    </message>
    <message>
        <source>This pack is version %1; the guidance in use is already version %2. Only a newer version replaces it.</source>
        <translation>Gói này là phiên bản %1; hướng dẫn đang dùng đã là phiên bản %2. Chỉ một phiên bản mới hơn mới thay thế được.</translation>
    </message>
</context>
<context>
    <name>ImageRedactor</name>
    <message>
        <source>The file is not an image that can be redacted (JPEG, PNG, BMP, GIF or WebP).</source>
        <translation>Tập tin này không phải là hình ảnh có thể che (JPEG, PNG, BMP, GIF hoặc WebP).</translation>
    </message>
    <message>
        <source>The redacted image could not be encoded.</source>
        <translation>Không thể tạo tập tin hình ảnh đã che.</translation>
    </message>
    <message>
        <source>The image is too large to redact (more than %1 MB).</source>
        <translation>Hình ảnh quá lớn để che (hơn %1 MB).</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Giờ</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>Cơ &amp;quan</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Lời kể</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Cảnh sát viên</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Nhân chứng</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <source>&amp;Police district</source>
        <translation>Khu vực &amp;cảnh sát</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>is required but missing.</source>
        <translation>là bắt buộc nhưng bị thiếu.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>phải là văn bản.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>không được để trống.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>phải là true hoặc false.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>phải là số nguyên.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>là bắt buộc.</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-01.</source>
        <translation>phải là ngày như 2026-03-01.</translation>
    </message>
    <message>
        <source>must be a time like 14:30.</source>
        <translation>phải là giờ như 14:30.</translation>
    </message>
    <message>
        <source>must be a UTC date and time like 2026-03-01T14:30:00Z.</source>
        <translation>phải là ngày giờ UTC như 2026-03-01T14:30:00Z.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>phải là một danh sách.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>phải là một đối tượng.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>không phải là trường đã biết.</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>Không đọc được %1 &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty: its first line must hold it.</source>
        <translation>%1 &quot;%2&quot; trống: dòng đầu tiên phải chứa nó.</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>tập tin khóa khôi phục</translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation>tập tin mật khẩu</translation>
    </message>
    <message>
        <source>This database is encrypted and there is no terminal to ask for its passphrase. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or give the recovery key with --recovery-key-file FILE.</source>
        <translation>Cơ sở dữ liệu này đã được mã hóa và không có terminal để hỏi mật khẩu. Hãy cung cấp bằng --passphrase-file FILE (hoặc ghi tên tập tin đó trong biến môi trường %1), hoặc cung cấp khóa khôi phục bằng --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Mật khẩu: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Chưa nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>A new encrypted database needs a passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or add --unencrypted for throwaway data.</source>
        <translation>Cơ sở dữ liệu mã hóa mới cần mật khẩu, và không có terminal để hỏi. Hãy cung cấp bằng --passphrase-file FILE (hoặc ghi tên tập tin đó trong biến môi trường %1), hoặc thêm --unencrypted cho dữ liệu dùng thử.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>Mật khẩu mới (ít nhất %1 ký tự): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Nhập lại mật khẩu đó: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Hai mật khẩu không giống nhau; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Encrypting needs a new passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1). Nothing was changed.</source>
        <translation>Mã hóa cần một mật khẩu mới, và không có terminal để hỏi. Hãy cung cấp bằng --passphrase-file FILE (hoặc ghi tên tập tin đó trong biến môi trường %1). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The office key needs a passphrase for your login, and there is no terminal to ask for it. Give it with %1 FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <extracomment>%1 is the option that names the passphrase file, --passphrase-file or --office-passphrase-file</extracomment>
        <translation>Khóa văn phòng cần mật khẩu của tài khoản đăng nhập của bạn, và không có terminal để hỏi. Hãy cung cấp bằng %1 FILE (mật khẩu nằm ở dòng đầu tiên của FILE). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The new passphrase is needed, and there is no terminal to ask for it. Give it with --new-passphrase-file FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <translation>Cần mật khẩu mới, và không có terminal để hỏi. Hãy cung cấp bằng --new-passphrase-file FILE (mật khẩu nằm ở dòng đầu tiên của FILE). Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Tiếng Tây Ban Nha</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Tiếng Creole Haiti</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Tiếng Bồ Đào Nha</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>Tiếng Creole Cabo Verde</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Tiếng Trung (Giản thể)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Tiếng Trung (Phồn thể)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Tiếng Ả Rập</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Tiếng Nga</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Tiếng Somali</translation>
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
        <translation>TrustDesk không thể mở cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Mở cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Tạo mới…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>MetadataScrubber</name>
    <message>
        <source>This image is damaged or in a form TrustDesk cannot clean of metadata.</source>
        <translation>Hình này bị hỏng hoặc có định dạng mà TrustDesk không thể xóa siêu dữ liệu.</translation>
    </message>
    <message>
        <source>The cleaned PDF would overwrite a file.</source>
        <translation>PDF đã làm sạch sẽ ghi đè lên một tập tin.</translation>
    </message>
    <message>
        <source>PDF metadata cannot be removed here: qpdf and bubblewrap (packages qpdf and bubblewrap) are needed to open the PDF safely.</source>
        <translation>Không thể xóa siêu dữ liệu PDF ở đây: cần qpdf và bubblewrap (gói qpdf và bubblewrap) để mở PDF một cách an toàn.</translation>
    </message>
    <message>
        <source>This PDF is damaged or could not be rebuilt without its metadata.</source>
        <translation>PDF này bị hỏng hoặc không thể dựng lại khi bỏ siêu dữ liệu.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Đang nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>Tập tin cơ sở dữ liệu bị hỏng và không đọc được.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Đang tạo cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>This version of TrustDesk cannot set up an office database.</source>
        <translation>Phiên bản TrustDesk này không thể thiết lập cơ sở dữ liệu văn phòng.</translation>
    </message>
    <message>
        <source>The office database is damaged: its schema version is unknown.</source>
        <translation>Cơ sở dữ liệu văn phòng bị hỏng: không rõ phiên bản cấu trúc của nó.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Hãy dùng ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Hai mật khẩu không khớp nhau. Hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Choose another.</source>
        <translation>Mật khẩu mới trùng với mật khẩu hiện tại. Hãy chọn mật khẩu khác.</translation>
    </message>
</context>
<context>
    <name>OfficeBackup</name>
    <message>
        <source>The backup file could not be written.</source>
        <translation>Không thể ghi tập tin sao lưu.</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>Đã hủy; không có bản sao lưu nào được ghi.</translation>
    </message>
    <message>
        <source>The backup holds a column this version of TrustDesk does not know (%1.%2); restore it with the version that made it.</source>
        <translation>Bản sao lưu có một cột mà phiên bản TrustDesk này không biết (%1.%2); hãy khôi phục bằng phiên bản đã tạo ra nó.</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>Đang sao lưu cơ sở dữ liệu văn phòng</translation>
    </message>
    <message>
        <source>Only an office database is backed up this way.</source>
        <translation>Chỉ cơ sở dữ liệu văn phòng mới được sao lưu theo cách này.</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with `trustdesk-cli office-key init`.</source>
        <translation>Cơ sở dữ liệu văn phòng này chưa có khóa văn phòng, nên không thể mã hóa bản sao lưu. Hãy tạo khóa trước bằng `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 đã tồn tại; hãy chọn tên mới cho bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup file could not be made in %1.</source>
        <translation>Không thể tạo tập tin sao lưu trong %1.</translation>
    </message>
    <message>
        <source>The office database has a table this version of TrustDesk cannot back up (%1); nothing was written.</source>
        <translation>Cơ sở dữ liệu văn phòng có một bảng mà phiên bản TrustDesk này không sao lưu được (%1); không có gì được ghi.</translation>
    </message>
    <message>
        <source>The backup did not verify after writing; nothing was kept. %1</source>
        <translation>Bản sao lưu không qua được bước kiểm tra sau khi ghi; không có gì được giữ lại. %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as %1.</source>
        <translation>Không thể chuyển bản sao lưu vào vị trí %1.</translation>
    </message>
    <message>
        <source>Restoring the office database</source>
        <translation>Đang khôi phục cơ sở dữ liệu văn phòng</translation>
    </message>
    <message>
        <source>An office backup restores into an office database.</source>
        <translation>Bản sao lưu văn phòng chỉ khôi phục được vào cơ sở dữ liệu văn phòng.</translation>
    </message>
    <message>
        <source>The office database holds data already; a backup is restored only into an empty one. Make a new database on the server (createdb) and restore into it.</source>
        <translation>Cơ sở dữ liệu văn phòng đã có dữ liệu; bản sao lưu chỉ được khôi phục vào cơ sở dữ liệu trống. Hãy tạo một cơ sở dữ liệu mới trên máy chủ (createdb) rồi khôi phục vào đó.</translation>
    </message>
    <message>
        <source>The backup was made by a newer TrustDesk; update TrustDesk to restore it.</source>
        <translation>Bản sao lưu được tạo bởi phiên bản TrustDesk mới hơn; hãy cập nhật TrustDesk để khôi phục.</translation>
    </message>
    <message>
        <source>The backup holds a table this version of TrustDesk does not know (%1).</source>
        <translation>Bản sao lưu có một bảng mà phiên bản TrustDesk này không biết (%1).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>Đã hủy; không có gì được khôi phục.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it is not the backup as it was written.</source>
        <translation>&quot;%1&quot; bị hỏng hoặc không đầy đủ: nó không còn giống bản sao lưu lúc được ghi.</translation>
    </message>
    <message>
        <source>The sealed content of evidence item %1 in the backup does not open whole with the office key.</source>
        <translation>Nội dung niêm phong của mục bằng chứng %1 trong bản sao lưu không mở được trọn vẹn bằng khóa văn phòng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>Không đọc được &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup of an office database.</source>
        <translation>&quot;%1&quot; không phải là bản sao lưu của cơ sở dữ liệu văn phòng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer TrustDesk; update TrustDesk to open it.</source>
        <translation>&quot;%1&quot; được tạo bởi phiên bản TrustDesk mới hơn; hãy cập nhật TrustDesk để mở.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; held no copy of the office key when the backup was made; it opens with the passphrase of one of: %2.</source>
        <translation>Tài khoản đăng nhập &quot;%1&quot; không có bản sao của khóa văn phòng khi bản sao lưu được tạo; bản sao lưu mở được bằng mật khẩu của một trong các tài khoản: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>The audit log in the backup does not chain at entry %1.</source>
        <translation>Chuỗi nhật ký kiểm tra trong bản sao lưu bị đứt tại mục %1.</translation>
    </message>
    <message>
        <source>The office backup cannot be opened without the office key.</source>
        <translation>Không thể mở bản sao lưu văn phòng nếu không có khóa văn phòng.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupFlow</name>
    <message>
        <source>TrustDesk office backup %1</source>
        <translation>Bản sao lưu văn phòng TrustDesk %1</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>Đang sao lưu cơ sở dữ liệu văn phòng</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with trustdesk-cli office-key init.</source>
        <translation>Cơ sở dữ liệu văn phòng này chưa có khóa văn phòng, nên không thể mã hóa bản sao lưu. Hãy tạo khóa trước bằng trustdesk-cli office-key init.</translation>
    </message>
    <message>
        <source>The backup is encrypted with the office key, which is not unlocked. Connect again (File › Connect to Office Server…) and give your office key passphrase, then back up.</source>
        <translation>Bản sao lưu được mã hóa bằng khóa văn phòng, mà khóa này chưa được mở. Hãy kết nối lại (Tệp › Kết nối với máy chủ văn phòng…) và nhập mật khẩu khóa văn phòng của bạn, rồi sao lưu.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>The backup is in %1, written and checked.

It holds the whole office database, evidence included, encrypted with the office key: it opens with the office key passphrase of anyone who held the key today. Keep it somewhere other than the server.</source>
        <translation>Bản sao lưu nằm ở %1, đã được ghi và kiểm tra.

Bản này chứa toàn bộ cơ sở dữ liệu văn phòng, kể cả bằng chứng, được mã hóa bằng khóa văn phòng: bất kỳ ai đang giữ khóa vào hôm nay đều mở được bằng mật khẩu khóa văn phòng của mình. Hãy cất nó ở một nơi khác, không phải trên máy chủ.</translation>
    </message>
    <message>
        <source>Save Office Backup As</source>
        <translation>Lưu bản sao lưu văn phòng thành</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob)</source>
        <translation>Bản sao lưu văn phòng TrustDesk (*.tdob)</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 đã tồn tại. Sao lưu không bao giờ thay thế tập tin nào: hãy chọn tên khác.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupUnlock</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Whose office key passphrase opens this backup? It opens with the passphrase of a person who held the office key when it was made.</source>
        <translation>Mật khẩu khóa văn phòng của ai sẽ mở bản sao lưu này? Bản sao lưu mở được bằng mật khẩu của một người đã có khóa văn phòng khi nó được tạo.</translation>
    </message>
    <message>
        <source>Your login %1 held no copy of the office key when this backup was made. Whose office key passphrase opens it?</source>
        <translation>Tài khoản đăng nhập %1 của bạn không có bản sao của khóa văn phòng khi bản sao lưu này được tạo. Mật khẩu khóa văn phòng của ai sẽ mở được nó?</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>This backup holds no copy of the office key, so it cannot be opened.</source>
        <translation>Bản sao lưu này không chứa bản sao nào của khóa văn phòng, nên không thể mở được.</translation>
    </message>
    <message>
        <source>The office key passphrase of login %1 (when the backup was made):</source>
        <translation>Mật khẩu khóa văn phòng của tài khoản %1 (vào lúc tạo bản sao lưu):</translation>
    </message>
    <message>
        <source>Open the Office Backup</source>
        <translation>Mở bản sao lưu văn phòng</translation>
    </message>
    <message>
        <source>Opening the backup with the passphrase…</source>
        <translation>Đang mở bản sao lưu bằng mật khẩu…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Try again (login %1):</source>
        <translation>Mật khẩu đó không mở được bản sao lưu. Hãy thử lại (tài khoản %1):</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key stored on the server is damaged. Ask the office&apos;s administrator to restore it from a backup.</source>
        <translation>Khóa văn phòng lưu trên máy chủ bị hỏng. Hãy nhờ người quản trị của văn phòng khôi phục nó từ bản sao lưu.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>Không đủ bộ nhớ để kiểm tra mật khẩu (cần 256 MiB).</translation>
    </message>
</context>
<context>
    <name>OfficeKeyUnlock</name>
    <message>
        <source>Without the office key, evidence cannot be opened or attached, and drafts are kept in memory only.</source>
        <translation>Nếu không có khóa văn phòng, không thể mở hay đính kèm bằng chứng, và bản nháp chỉ được giữ trong bộ nhớ.</translation>
    </message>
    <message>
        <source>Unlock the Office Key</source>
        <translation>Mở khóa văn phòng</translation>
    </message>
    <message>
        <source>This office server has no office key yet. %1</source>
        <translation>Máy chủ văn phòng này chưa có khóa văn phòng. %1</translation>
    </message>
    <message>
        <source>Your login %1 cannot open the office key yet. Ask a colleague who holds it to run:

trustdesk-cli office-key add %1

%2</source>
        <translation>Tài khoản đăng nhập %1 của bạn chưa mở được khóa văn phòng. Hãy nhờ một đồng nghiệp đã có khóa chạy lệnh:

trustdesk-cli office-key add %1

%2</translation>
    </message>
    <message>
        <source>Office Key</source>
        <translation>Khóa văn phòng</translation>
    </message>
    <message>
        <source>Your login %1 holds no office key: ask a colleague to run “trustdesk-cli office-key add %1”.</source>
        <translation>Tài khoản đăng nhập %1 của bạn không có khóa văn phòng: hãy nhờ một đồng nghiệp chạy “trustdesk-cli office-key add %1”.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key (login %1):</source>
        <translation>Mật khẩu của bạn cho khóa văn phòng (tài khoản %1):</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key. Try again (login %1):</source>
        <translation>Mật khẩu đó không mở được khóa văn phòng. Hãy thử lại (tài khoản %1):</translation>
    </message>
    <message>
        <source>Unlocking the office key…</source>
        <translation>Đang mở khóa văn phòng…</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>Reading the office key</source>
        <translation>Đang đọc khóa văn phòng</translation>
    </message>
    <message>
        <source>An office key exists only in an office server&apos;s database.</source>
        <translation>Khóa văn phòng chỉ có trong cơ sở dữ liệu của máy chủ văn phòng.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so it cannot hold evidence. An administrator makes one with `trustdesk-cli office-key init`.</source>
        <translation>Máy chủ văn phòng này chưa có khóa văn phòng, nên chưa thể chứa bằng chứng. Người quản trị tạo khóa bằng `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>The office key was made by a newer version of TrustDesk. Update TrustDesk to use the evidence on this server.</source>
        <translation>Khóa văn phòng được tạo bởi một phiên bản TrustDesk mới hơn. Hãy cập nhật TrustDesk để dùng bằng chứng trên máy chủ này.</translation>
    </message>
    <message>
        <source>Storing the office key</source>
        <translation>Đang lưu khóa văn phòng</translation>
    </message>
    <message>
        <source>This office server has an office key already; it is never replaced (that would make its evidence unreadable). Add people with `trustdesk-cli office-key add`.</source>
        <translation>Máy chủ văn phòng này đã có khóa văn phòng; khóa không bao giờ bị thay (nếu thay thì bằng chứng trên đó sẽ không đọc được nữa). Hãy thêm người bằng `trustdesk-cli office-key add`.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key. A colleague who has one adds it with `trustdesk-cli office-key add %1`.</source>
        <translation>Tài khoản đăng nhập &quot;%1&quot; không có bản sao của khóa văn phòng. Một đồng nghiệp đã có khóa sẽ thêm nó bằng `trustdesk-cli office-key add %1`.</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>Hãy ghi tên tài khoản đăng nhập cần thêm.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was added.</source>
        <translation>Khóa đó không phải là khóa của văn phòng này; không có gì được thêm.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds a copy of the office key already; nothing was changed.</source>
        <translation>Tài khoản đăng nhập &quot;%1&quot; đã có bản sao của khóa văn phòng; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was changed.</source>
        <translation>Khóa đó không phải là khóa của văn phòng này; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key; nothing was changed.</source>
        <translation>Tài khoản đăng nhập &quot;%1&quot; không có bản sao của khóa văn phòng; không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>OfficeRestoreFlow</name>
    <message>
        <source>Restoring an office backup</source>
        <translation>Đang khôi phục bản sao lưu văn phòng</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Đã hủy khôi phục; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Restore canceled; the office database %1 was left empty.</source>
        <translation>Đã hủy khôi phục; cơ sở dữ liệu văn phòng %1 vẫn còn trống.</translation>
    </message>
    <message>
        <source>The backup was not restored; the office database %1 was left as empty as it was.</source>
        <translation>Bản sao lưu chưa được khôi phục; cơ sở dữ liệu văn phòng %1 vẫn trống như trước.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored, and nothing was changed.</source>
        <translation>Không thể khôi phục &quot;%1&quot;, và không có gì thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>The office database %1 now holds the %Ln case(s) of the backup %2, with their evidence and audit log; the backup and the audit log&apos;s chain were checked.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu văn phòng %1 giờ đây chứa %Ln hồ sơ của bản sao lưu %2, cùng bằng chứng và nhật ký kiểm tra của chúng; bản sao lưu và chuỗi của nhật ký kiểm tra đã được kiểm tra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Đã khôi phục vào %1.</translation>
    </message>
    <message>
        <source>Switch this window to the restored database? The window is on %1 now.</source>
        <translation>Chuyển cửa sổ này sang cơ sở dữ liệu đã khôi phục? Hiện cửa sổ đang mở %1.</translation>
    </message>
    <message>
        <source>&amp;Switch to Restored Database</source>
        <translation>&amp;Chuyển sang cơ sở dữ liệu đã khôi phục</translation>
    </message>
    <message>
        <source>S&amp;tay Here</source>
        <translation>Ở &amp;lại đây</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>caseworker</source>
        <translation>nhân viên phụ trách</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>người giám sát</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>người quản trị</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3</source>
        <translation>Máy chủ văn phòng: %1 trên %2, tài khoản đăng nhập %3</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3 (%4)</source>
        <translation>Máy chủ văn phòng: %1 trên %2, tài khoản đăng nhập %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OfficeTransfer</name>
    <message>
        <source>Copying the database to the server</source>
        <translation>Đang sao chép cơ sở dữ liệu lên máy chủ</translation>
    </message>
    <message>
        <source>The server has no table &quot;%1&quot;.</source>
        <translation>Máy chủ không có bảng &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server has a table this version of TrustDesk cannot copy (&quot;%1&quot;): use the version that made it.</source>
        <translation>Máy chủ có một bảng mà phiên bản TrustDesk này không sao chép được (&quot;%1&quot;): hãy dùng phiên bản đã tạo ra nó.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
</context>
<context>
    <name>OfficerQuery</name>
    <message>
        <source>Reading officers</source>
        <translation>Đang đọc danh sách cảnh sát viên</translation>
    </message>
</context>
<context>
    <name>OfficerRosterModel</name>
    <message>
        <source>(agency unknown)</source>
        <translation>(không rõ cơ quan)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Phù hiệu</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Sự việc đầu tiên</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Sự việc gần nhất</translation>
    </message>
</context>
<context>
    <name>PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>Không thể ghi &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Stopped: &quot;%1&quot; was not written.</source>
        <translation>Đã dừng: &quot;%1&quot; chưa được ghi.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>&quot;%1&quot; was not written.</source>
        <translation>&quot;%1&quot; chưa được ghi.</translation>
    </message>
</context>
<context>
    <name>PgConnectFailure</name>
    <message>
        <source>Cannot reach the office server at %1. Check the network or ask your administrator; nothing was lost, try again.</source>
        <translation>Không kết nối được máy chủ văn phòng tại %1. Hãy kiểm tra mạng hoặc hỏi người quản trị; không có gì bị mất, hãy thử lại.</translation>
    </message>
    <message>
        <source>The office server wants a password for the login %1. Enter your server password and try again.</source>
        <translation>Máy chủ văn phòng yêu cầu mật khẩu cho tài khoản đăng nhập %1. Hãy nhập mật khẩu máy chủ của bạn rồi thử lại.</translation>
    </message>
    <message>
        <source>The server refused the password for the login %1. Check the password (capitals count) and try again, or ask your administrator.</source>
        <translation>Máy chủ từ chối mật khẩu của tài khoản đăng nhập %1. Hãy kiểm tra mật khẩu (phân biệt chữ hoa và chữ thường) rồi thử lại, hoặc hỏi người quản trị.</translation>
    </message>
    <message>
        <source>The office server at %1 did not let the login %2 open the database %3: the database may not exist there, or the server does not accept this login from this computer. Ask your administrator.</source>
        <translation>Máy chủ văn phòng tại %1 không cho tài khoản đăng nhập %2 mở cơ sở dữ liệu %3: có thể cơ sở dữ liệu đó không có trên máy chủ, hoặc máy chủ không chấp nhận tài khoản này từ máy tính này. Hãy hỏi người quản trị.</translation>
    </message>
    <message>
        <source>The office server at %1 could not be reached, or it refused the login. Try again; nothing was lost.</source>
        <translation>Không kết nối được máy chủ văn phòng tại %1, hoặc máy chủ đã từ chối tài khoản đăng nhập. Hãy thử lại; không có gì bị mất.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The server address is not usable: %1</source>
        <translation>Không dùng được địa chỉ máy chủ: %1</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>địa chỉ phải bắt đầu bằng postgresql://</translation>
    </message>
    <message>
        <source>only one server can be named (no commas).</source>
        <translation>chỉ được nêu một máy chủ (không có dấu phẩy).</translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;.</source>
        <translation>tên cơ sở dữ liệu không được chứa &quot;/&quot;.</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>cổng &quot;%1&quot; không phải là số từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; cannot contain &quot;;&quot;.</source>
        <translation>giá trị của &quot;%1&quot; không được chứa &quot;;&quot;.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported.</source>
        <translation>không hỗ trợ tham số &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>máy tính này</translation>
    </message>
</context>
<context>
    <name>RedactJob</name>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Covering the marked areas…</source>
        <translation>Đang che các vùng đã đánh dấu…</translation>
    </message>
    <message>
        <source>Making the new image…</source>
        <translation>Đang tạo hình ảnh mới…</translation>
    </message>
    <message>
        <source>Storing the copy and its record…</source>
        <translation>Đang lưu bản sao và bản ghi của nó…</translation>
    </message>
</context>
<context>
    <name>RedactionRecord</name>
    <message>
        <source>Unknown redaction method &quot;%1&quot;. Use fill or pixelate.</source>
        <translation>Không biết cách che &quot;%1&quot;. Hãy dùng fill hoặc pixelate.</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; is not four whole numbers X,Y,W,H (left, top, width, height in pixels).</source>
        <translation>Khung &quot;%1&quot; không phải là bốn số nguyên X,Y,W,H (trái, trên, rộng, cao tính bằng điểm ảnh).</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; has no area: its width and height must be at least 1.</source>
        <translation>Khung &quot;%1&quot; không có diện tích: chiều rộng và chiều cao phải ít nhất là 1.</translation>
    </message>
    <message>
        <source>Give at least one box to redact.</source>
        <translation>Hãy đưa ra ít nhất một khung để che.</translation>
    </message>
    <message>
        <source>The box %1 has no area: its width and height must be at least 1.</source>
        <translation>Khung %1 không có diện tích: chiều rộng và chiều cao phải ít nhất là 1.</translation>
    </message>
    <message>
        <source>The box %1 is not inside the image, which is %2×%3 pixels (upright).</source>
        <translation>Khung %1 không nằm trong hình ảnh, có kích thước %2×%3 điểm ảnh (khi dựng thẳng).</translation>
    </message>
    <message>
        <source>The redaction record cannot be read.</source>
        <translation>Không thể đọc bản ghi về việc che.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Checking the Backup</source>
        <translation>Đang kiểm tra bản sao lưu</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>Đã hủy khôi phục; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: it did not pass its check, so nothing was changed.</source>
        <translation>Không thể khôi phục &quot;%1&quot;: nó không qua được kiểm tra nên không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The case you are editing has changes that are not saved. Save or close it first, then restore the backup.</source>
        <translation>Hồ sơ bạn đang sửa có thay đổi chưa lưu. Hãy lưu hoặc đóng hồ sơ trước, rồi mới khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 is the database TrustDesk has open. Choose a backup of it instead.</source>
        <translation>%1 là cơ sở dữ liệu TrustDesk đang mở. Hãy chọn một bản sao lưu của nó.</translation>
    </message>
    <message>
        <source>Replace the cases in TrustDesk with the cases in the backup?</source>
        <translation>Thay các hồ sơ trong TrustDesk bằng các hồ sơ trong bản sao lưu?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln case(s) in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>
            <numerusform>%Ln hồ sơ hiện có trong TrustDesk cùng bằng chứng của chúng sẽ được thay bằng hồ sơ của bản sao lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cases in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>Các hồ sơ hiện có trong TrustDesk cùng bằng chứng của chúng sẽ được thay bằng hồ sơ của bản sao lưu.</translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s); its newest recorded change is from %2.</source>
        <translation>
            <numerusform>Bản sao lưu &quot;%1&quot; có %Ln hồ sơ; thay đổi được ghi nhận mới nhất trong đó là từ %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s).</source>
        <translation>
            <numerusform>Bản sao lưu &quot;%1&quot; có %Ln hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything added or changed since that backup will be lost. The backup itself is not changed.</source>
        <translation>Mọi thứ được thêm hoặc thay đổi sau bản sao lưu đó sẽ bị mất. Bản thân bản sao lưu không bị thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Replace with Backup</source>
        <translation>&amp;Thay bằng bản sao lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The restore did not finish.</source>
        <translation>Khôi phục chưa hoàn tất.</translation>
    </message>
    <message>
        <source>The backup was not restored, and nothing was changed.</source>
        <translation>Bản sao lưu chưa được khôi phục và không có gì thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk now holds the %Ln case(s) of the backup %1, with their evidence.</source>
        <translation>
            <numerusform>Giờ đây TrustDesk có %Ln hồ sơ của bản sao lưu %1, cùng bằng chứng của chúng.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an encrypted backup, and the database open now is not encrypted: restoring it here would put its cases on this disk unencrypted, so it was not restored. Encrypt this database first (Encrypt… above the cases), then restore.</source>
        <translation>&quot;%1&quot; là một bản sao lưu đã mã hóa, còn cơ sở dữ liệu đang mở chưa được mã hóa: khôi phục ở đây sẽ đặt các hồ sơ của nó lên ổ đĩa này mà không mã hóa, nên bản sao lưu không được khôi phục. Trước hết hãy mã hóa cơ sở dữ liệu này (Mã hóa… phía trên danh sách hồ sơ), rồi khôi phục.</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Filed with</source>
        <translation>Nộp cho</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Số theo dõi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Việc cần theo dõi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Số phù hiệu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cảnh sát viên</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Lời khai</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Nhân chứng</translation>
    </message>
    <message>
        <source>Add co&amp;mplaint</source>
        <translation>Thêm &amp;khiếu nại</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Thêm việc cần theo dõi</translation>
    </message>
    <message>
        <source>Add office&amp;r</source>
        <translation>Thêm cảnh sát &amp;viên</translation>
    </message>
    <message>
        <source>Add witne&amp;ss</source>
        <translation>Thêm &amp;nhân chứng</translation>
    </message>
</context>
<context>
    <name>ScramVerifier</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>Không khởi động được thư viện mã hóa.</translation>
    </message>
    <message>
        <source>The login password is empty.</source>
        <translation>Mật khẩu đăng nhập đang trống.</translation>
    </message>
    <message>
        <source>A login password may use only ASCII letters, digits, punctuation and spaces (no accented letters or other scripts): the server prepares other characters in a way TrustDesk cannot reproduce exactly, which could lock the person out. Choose a longer password of ASCII characters instead.</source>
        <translation>Mật khẩu đăng nhập chỉ được dùng chữ cái, chữ số, dấu câu và khoảng trắng ASCII (không dùng chữ có dấu hay chữ viết khác): máy chủ xử lý các ký tự khác theo cách mà TrustDesk không thể tái tạo chính xác, có thể khiến người đó không đăng nhập được. Hãy chọn một mật khẩu dài hơn chỉ gồm các ký tự ASCII.</translation>
    </message>
    <message>
        <source>The login password cannot be prepared.</source>
        <translation>Không thể xử lý mật khẩu đăng nhập.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation>Đang tạo chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Đang cập nhật chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>Đang dọn dẹp chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Đang tìm kiếm</translation>
    </message>
</context>
<context>
    <name>SensitiveDetail</name>
    <message>
        <source>Witness contact details</source>
        <translation>Thông tin liên lạc của nhân chứng</translation>
    </message>
</context>
<context>
    <name>ServerEvidence</name>
    <message>
        <source>The evidence could not be encrypted.</source>
        <translation>Không thể mã hóa bằng chứng.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the database reported an unexpected error.</source>
        <translation>%1: cơ sở dữ liệu báo lỗi bất ngờ.</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program. Try again in a moment.</source>
        <translation>%1: cơ sở dữ liệu đang được chương trình khác sử dụng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (it is read-only).</source>
        <translation>%1: không thể ghi vào tập tin cơ sở dữ liệu (chỉ cho phép đọc).</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>%1: ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng rồi thử lại; chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written.</source>
        <translation>%1: không thể đọc hoặc ghi tập tin cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1: tập tin cơ sở dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <source>%1: the data conflicts with what is already stored.</source>
        <translation>%1: dữ liệu mâu thuẫn với dữ liệu đã lưu.</translation>
    </message>
    <message>
        <source>%1: the connection to the office server was lost. Try again in a moment.</source>
        <translation>%1: mất kết nối với máy chủ văn phòng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>%1: the office server does not allow this login to make this change.</source>
        <translation>%1: máy chủ văn phòng không cho phép tài khoản đăng nhập này thực hiện thay đổi này.</translation>
    </message>
    <message>
        <source>%1: the office server&apos;s disk is full; nothing was saved. Tell the office admin.</source>
        <translation>%1: ổ đĩa của máy chủ văn phòng đã đầy; không có gì được lưu. Hãy báo cho người quản trị của văn phòng.</translation>
    </message>
    <message>
        <source>%1: your role on the office server does not allow this. Ask the office admin if you need it.</source>
        <translation>%1: vai trò của bạn trên máy chủ văn phòng không cho phép việc này. Nếu cần, hãy hỏi người quản trị của văn phòng.</translation>
    </message>
    <message>
        <source>%1: the office server refused this login. Ask your administrator.</source>
        <translation>%1: máy chủ văn phòng đã từ chối tài khoản đăng nhập này. Hãy hỏi người quản trị.</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>Managing the office&apos;s staff</source>
        <translation>Đang quản lý nhân viên của văn phòng</translation>
    </message>
    <message>
        <source>That login cannot be staff: it is a superuser, a group or a system role.</source>
        <translation>Tài khoản đăng nhập đó không thể là nhân viên: đó là tài khoản siêu quản trị, một nhóm hoặc một vai trò hệ thống.</translation>
    </message>
    <message>
        <source>%1: only an office admin may do this, and your login is not one. Ask an admin to do it, or to make you one (trustdesk-cli staff role LOGIN admin).</source>
        <translation>%1: chỉ người quản trị của văn phòng mới được làm việc này, và tài khoản đăng nhập của bạn không phải là người quản trị. Hãy nhờ một người quản trị làm việc này, hoặc cấp cho bạn quyền quản trị (trustdesk-cli staff role LOGIN admin).</translation>
    </message>
    <message>
        <source>Setting a staff member&apos;s password</source>
        <translation>Đang đặt mật khẩu cho một nhân viên</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot; on this office server (trustdesk-cli staff list shows them).</source>
        <translation>Không có nhân viên &quot;%1&quot; trên máy chủ văn phòng này (trustdesk-cli staff list hiện danh sách nhân viên).</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Other agency %1</source>
        <translation>Cơ quan khác %1</translation>
    </message>
    <message>
        <source>Other outcome %1</source>
        <translation>Kết quả khác %1</translation>
    </message>
    <message>
        <source>Other district %1</source>
        <translation>Khu vực khác %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>Loại vi phạm</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>Khu vực cảnh sát</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Tình trạng hồ sơ</translation>
    </message>
    <message>
        <source>Complaint outcome</source>
        <translation>Kết quả khiếu nại</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>No category recorded</source>
        <translation>Chưa ghi loại</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <source>Filed, no status recorded</source>
        <translation>Đã nộp, chưa ghi tình trạng</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Chưa ghi</translation>
    </message>
    <message>
        <source>The caseworkers could not be read.</source>
        <translation>Không đọc được danh sách nhân viên phụ trách.</translation>
    </message>
</context>
<context>
    <name>StatisticsChart</name>
    <message>
        <source>suppressed</source>
        <translation>đã ẩn</translation>
    </message>
    <message>
        <source>Shaded: the count is suppressed (below the threshold).</source>
        <translation>Phần tô bóng: số đếm đã được ẩn (dưới ngưỡng).</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Xuất thống kê</translation>
    </message>
    <message>
        <source>Exported to %1. As for any published figures, no count below %2 is shown: %3 count(s) were hidden for being small and %4 more so that they cannot be worked out from the totals.</source>
        <translation>Đã xuất vào %1. Như mọi số liệu công bố, không số đếm nào dưới %2 được hiển thị: %3 số đếm đã bị ẩn vì quá nhỏ và thêm %4 số đếm bị ẩn để không thể suy ra chúng từ các tổng.</translation>
    </message>
    <message>
        <source>Exported to %1 with every count shown (no suppression).</source>
        <translation>Đã xuất vào %1 với mọi số đếm được hiển thị (không ẩn số nào).</translation>
    </message>
    <message numerus="yes">
        <source>%n rare agency or outcome name(s) are replaced by &quot;Other …&quot;.</source>
        <translation>
            <numerusform>%n tên cơ quan hoặc kết quả hiếm gặp được thay bằng &quot;… khác&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>Không thể ghi việc xuất này vào nhật ký kiểm tra: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>Counting cases for the statistics</source>
        <translation>Đang đếm hồ sơ để lập thống kê</translation>
    </message>
    <message>
        <source>The statistics could not be counted: the database could not be read.</source>
        <translation>Không thể lập thống kê: không đọc được cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Reported police conduct by %1 and %2</source>
        <translation>Hành vi của cảnh sát được báo cáo theo %1 và %2</translation>
    </message>
    <message>
        <source>Reported police conduct by %1</source>
        <translation>Hành vi của cảnh sát được báo cáo theo %1</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2.</source>
        <translation>Các sự việc từ %1 đến %2.</translation>
    </message>
    <message>
        <source>All incidents recorded up to %1.</source>
        <translation>Mọi sự việc được ghi lại đến %1.</translation>
    </message>
    <message>
        <source>Cases with the status %1 only.</source>
        <translation>Chỉ các hồ sơ có tình trạng %1.</translation>
    </message>
    <message>
        <source>The cases of one caseworker only.</source>
        <translation>Chỉ các hồ sơ của một nhân viên phụ trách.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Totals count each case and incident once; one can fall in several rows or columns, so the totals can be less than the sum of their cells.</source>
        <translation>Các tổng đếm mỗi hồ sơ và sự việc một lần; một hồ sơ hoặc sự việc có thể nằm trong nhiều hàng hoặc cột, nên tổng có thể nhỏ hơn tổng các ô.</translation>
    </message>
    <message>
        <source>Table %1. Cases and incidents by %2</source>
        <translation>Bảng %1. Hồ sơ và sự việc theo %2</translation>
    </message>
    <message>
        <source>Table %1. %2 by %3 (rows) and %4 (columns)</source>
        <translation>Bảng %1. %2 theo %3 (hàng) và %4 (cột)</translation>
    </message>
    <message>
        <source>What is counted.</source>
        <translation>Những gì được đếm.</translation>
    </message>
    <message>
        <source>A case is counted when at least one of its incidents falls in the period and passes the filters; a case with no recorded incident is not counted. Violation category, month, quarter, police district and agency describe an incident; case status and complaint outcome describe the case. The outcome is the status of the case&apos;s latest complaint submission as recorded, ignoring capitals and spacing; &quot;Not filed&quot; when there is none. Agencies are grouped ignoring capitals and spacing.</source>
        <translation>Một hồ sơ được đếm khi ít nhất một sự việc của nó nằm trong khoảng thời gian đã chọn và khớp với các bộ lọc; hồ sơ không có sự việc nào được ghi lại thì không được đếm. Loại vi phạm, tháng, quý, khu vực cảnh sát và cơ quan mô tả một sự việc; tình trạng hồ sơ và kết quả khiếu nại mô tả hồ sơ. Kết quả là tình trạng được ghi lại của lần nộp khiếu nại gần nhất của hồ sơ, không phân biệt chữ hoa và khoảng trắng; là &quot;Chưa nộp&quot; nếu chưa có lần nộp nào. Các cơ quan được gộp nhóm không phân biệt chữ hoa và khoảng trắng.</translation>
    </message>
    <message>
        <source>Overlapping rows.</source>
        <translation>Các hàng chồng lấn.</translation>
    </message>
    <message>
        <source>An incident can allege several violation categories, and a case can have incidents in several months, districts or agencies; it then counts once in each row or column it belongs to. Totals count every case and incident once, so they can be smaller than the sum of their rows.</source>
        <translation>Một sự việc có thể nêu nhiều loại vi phạm, và một hồ sơ có thể có sự việc trong nhiều tháng, khu vực hoặc cơ quan; khi đó nó được đếm một lần trong mỗi hàng hoặc cột mà nó thuộc về. Các tổng đếm mỗi hồ sơ và sự việc một lần, nên có thể nhỏ hơn tổng các hàng.</translation>
    </message>
    <message>
        <source>Suppression.</source>
        <translation>Ẩn số liệu.</translation>
    </message>
    <message>
        <source>To protect the people behind small numbers, no count from 1 to %1 is shown: %2 count(s) of cases and %3 of incidents were hidden for that reason (primary suppression). So that none of them can be worked out by subtracting from a row, column or grand total, or from any combination of them, %4 further count(s) of cases and %5 of incidents were hidden, the smallest possible first (complementary suppression). A dash (–) marks a hidden count. Zeros are shown: they describe no one.</source>
        <translation>Để bảo vệ những người đứng sau các con số nhỏ, không số đếm nào từ 1 đến %1 được hiển thị: vì lý do đó, %2 số đếm hồ sơ và %3 số đếm sự việc đã bị ẩn (ẩn chính). Để không ai có thể suy ra chúng bằng cách trừ từ tổng của hàng, cột hoặc tổng chung, hay từ bất kỳ tổ hợp nào của chúng, thêm %4 số đếm hồ sơ và %5 số đếm sự việc đã bị ẩn, ưu tiên các số nhỏ nhất (ẩn bổ sung). Dấu gạch (–) đánh dấu một số đếm bị ẩn. Số 0 vẫn được hiển thị: chúng không mô tả ai cả.</translation>
    </message>
    <message>
        <source>No count was suppressed (the threshold was set to 1).</source>
        <translation>Không số đếm nào bị ẩn (ngưỡng được đặt là 1).</translation>
    </message>
    <message>
        <source>This report holds no names, case references, badge numbers or narratives. Agency names and complaint outcomes are typed by caseworkers; any that counts fewer than %1 cases is not named (&quot;Other agency 1&quot;).</source>
        <translation>Báo cáo này không chứa tên, mã hồ sơ, số phù hiệu hay lời tường thuật nào. Tên cơ quan và kết quả khiếu nại do nhân viên phụ trách nhập; tên nào có ít hơn %1 hồ sơ thì không được nêu (&quot;Cơ quan khác 1&quot;).</translation>
    </message>
    <message>
        <source>%1 row(s) or column(s) were left unnamed for that reason.</source>
        <translation>Vì lý do đó, %1 hàng hoặc cột không được đặt tên.</translation>
    </message>
    <message>
        <source>Privacy.</source>
        <translation>Quyền riêng tư.</translation>
    </message>
    <message>
        <source>Source.</source>
        <translation>Nguồn.</translation>
    </message>
    <message>
        <source>The office&apos;s TrustDesk case records, counted on %1.</source>
        <translation>Hồ sơ TrustDesk của văn phòng, được đếm vào %1.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>%1 cases, %2 incidents</source>
        <translation>%1 hồ sơ, %2 sự việc</translation>
    </message>
    <message>
        <source>Figure 1. %1 by %2</source>
        <translation>Hình 1. %1 theo %2</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Tạo lúc %1</translation>
    </message>
    <message>
        <source>The statistics could not be printed.</source>
        <translation>Không thể in thống kê.</translation>
    </message>
</context>
<context>
    <name>TextScanner</name>
    <message>
        <source>[withheld]</source>
        <translation>[đã ẩn]</translation>
    </message>
</context>
<context>
    <name>VaultConversion</name>
    <message>
        <source>The encrypted copy does not hold the same data as the original (%1); the original was kept unchanged.</source>
        <translation>Bản sao mã hóa không chứa cùng dữ liệu với bản gốc (%1); bản gốc được giữ nguyên.</translation>
    </message>
    <message>
        <source>The encrypted copy could not be read back; the original was kept unchanged.</source>
        <translation>Không đọc lại được bản sao mã hóa; bản gốc được giữ nguyên.</translation>
    </message>
    <message>
        <source>its schema</source>
        <translation>cấu trúc của nó</translation>
    </message>
    <message>
        <source>The encryption was canceled; nothing was changed.</source>
        <translation>Việc mã hóa đã bị hủy; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>bảng %1</translation>
    </message>
    <message>
        <source>The database is open in TrustDesk or another program. Close it there and try again; nothing was changed.</source>
        <translation>Cơ sở dữ liệu đang mở trong TrustDesk hoặc chương trình khác. Hãy đóng nó ở đó rồi thử lại; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database could not be encrypted (%1); the original was kept unchanged.</source>
        <translation>Không mã hóa được cơ sở dữ liệu (%1); bản gốc được giữ nguyên.</translation>
    </message>
    <message>
        <source>the copy could not be started</source>
        <translation>không bắt đầu sao chép được</translation>
    </message>
    <message>
        <source>the tables could not be made</source>
        <translation>không tạo được các bảng</translation>
    </message>
    <message>
        <source>the rows could not be copied</source>
        <translation>không sao chép được các dòng</translation>
    </message>
    <message>
        <source>the indexes could not be made</source>
        <translation>không tạo được các chỉ mục</translation>
    </message>
    <message>
        <source>the copy could not be finished</source>
        <translation>không hoàn tất sao chép được</translation>
    </message>
    <message>
        <source>encryption is not available on this system</source>
        <translation>hệ thống này không hỗ trợ mã hóa</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>không mở được bản sao</translation>
    </message>
    <message>
        <source>the copy could not be set up</source>
        <translation>không thiết lập được bản sao</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>không ghi được bản sao vào ổ đĩa</translation>
    </message>
    <message>
        <source>The encrypted copy did not pass its integrity check; the original was kept unchanged.</source>
        <translation>Bản sao mã hóa không vượt qua kiểm tra toàn vẹn; bản gốc được giữ nguyên.</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>không mở được</translation>
    </message>
    <message>
        <source>The database is being encrypted by another program right now. Wait for it to finish.</source>
        <translation>Một chương trình khác đang mã hóa cơ sở dữ liệu này. Hãy chờ nó xong.</translation>
    </message>
    <message>
        <source>The interrupted encryption could not be finished: %1</source>
        <translation>Không hoàn tất được lần mã hóa bị gián đoạn: %1</translation>
    </message>
    <message>
        <source>The files of an interrupted encryption could not be removed.</source>
        <translation>Không xóa được các tập tin của lần mã hóa bị gián đoạn.</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>không mở được tập tin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be created</source>
        <translation>không tạo được &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This database is already encrypted.</source>
        <translation>Cơ sở dữ liệu này đã được mã hóa rồi.</translation>
    </message>
    <message>
        <source>An earlier encryption of this database did not finish; finish or undo it first.</source>
        <translation>Một lần mã hóa trước của cơ sở dữ liệu này chưa xong; hãy hoàn tất hoặc hủy nó trước.</translation>
    </message>
    <message>
        <source>The evidence of this database could not be counted.</source>
        <translation>Không đếm được bằng chứng của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>the key file could not be put in place</source>
        <translation>không đặt được tập tin khóa vào vị trí</translation>
    </message>
    <message>
        <source>The database is encrypted, but the old unencrypted evidence folder &quot;%1&quot; could not be deleted completely. Run `trustdesk-cli encrypt` again to delete it.</source>
        <translation>Cơ sở dữ liệu đã được mã hóa, nhưng không thể xóa hết thư mục bằng chứng cũ chưa mã hóa &quot;%1&quot;. Hãy chạy lại `trustdesk-cli encrypt` để xóa thư mục đó.</translation>
    </message>
    <message>
        <source>This database has evidence files, and this conversion does not encrypt them; nothing was changed.</source>
        <translation>Cơ sở dữ liệu này có tập tin bằng chứng, và lần chuyển đổi này không mã hóa chúng; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The encryption stopped while the encrypted copy was being put in place (%1). Nothing is lost: run `trustdesk-cli encrypt` again, or open the database in TrustDesk, to finish it.</source>
        <translation>Việc mã hóa đã dừng khi đang đặt bản sao đã mã hóa vào chỗ (%1). Không mất gì cả: hãy chạy lại `trustdesk-cli encrypt`, hoặc mở cơ sở dữ liệu trong TrustDesk, để hoàn tất.</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>The key file of this encrypted database is damaged. Use a backup of the database together with its key file.</source>
        <translation>Tập tin khóa của cơ sở dữ liệu được mã hóa này bị hỏng. Hãy dùng một bản sao lưu của cơ sở dữ liệu cùng với tập tin khóa của nó.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>Mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; could not be written: %2</source>
        <translation>Không thể ghi tập tin khóa &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; is missing: an encrypted database cannot be opened without it.</source>
        <translation>Thiếu tập tin khóa &quot;%1&quot;: không thể mở cơ sở dữ liệu được mã hóa nếu không có nó.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of TrustDesk. Update TrustDesk to open this database.</source>
        <translation>Tập tin khóa được ghi bởi phiên bản TrustDesk mới hơn. Hãy cập nhật TrustDesk để mở cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>Hệ thống này không hỗ trợ mã hóa.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; a key file is never replaced by a new one.</source>
        <translation>&quot;%1&quot; đã tồn tại; tập tin khóa không bao giờ bị thay bằng tập tin mới.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the passphrase (256 MiB are needed).</source>
        <translation>Không đủ bộ nhớ để bảo vệ mật khẩu (cần 256 MiB).</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>Không đủ bộ nhớ để kiểm tra mật khẩu (cần 256 MiB).</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 13 groups of four letters and digits.</source>
        <translation>Đây không phải là khóa khôi phục: khóa khôi phục gồm 13 nhóm, mỗi nhóm bốn chữ cái hoặc chữ số.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>Khóa khôi phục không đúng.</translation>
    </message>
    <message>
        <source>That key does not belong to this database.</source>
        <translation>Khóa đó không thuộc về cơ sở dữ liệu này.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Verifying the database</source>
        <translation>Đang kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Tập tin cơ sở dữ liệu bị hỏng: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Kiểm tra tính toàn vẹn SQLite: %1</translation>
    </message>
    <message>
        <source>The file does not carry TrustDesk&apos;s application id.</source>
        <translation>Tập tin không mang mã ứng dụng của TrustDesk.</translation>
    </message>
    <message>
        <source>The schema is version %1; this TrustDesk uses %2 (run init to upgrade).</source>
        <translation>Cấu trúc ở phiên bản %1; TrustDesk này dùng %2 (chạy init để nâng cấp).</translation>
    </message>
    <message>
        <source>Broken link between records: %1</source>
        <translation>Liên kết giữa các bản ghi bị đứt: %1</translation>
    </message>
    <message>
        <source>Case %1 is missing from the search index.</source>
        <translation>Hồ sơ %1 bị thiếu trong chỉ mục tìm kiếm.</translation>
    </message>
    <message>
        <source>The search index holds an entry (%1) for a case that no longer exists.</source>
        <translation>Chỉ mục tìm kiếm có một mục (%1) của hồ sơ không còn tồn tại.</translation>
    </message>
    <message>
        <source>Client record %1 belongs to no case.</source>
        <translation>Bản ghi thân chủ %1 không thuộc hồ sơ nào.</translation>
    </message>
    <message>
        <source>Case %1 was closed before it was opened.</source>
        <translation>Hồ sơ %1 đã đóng trước ngày mở.</translation>
    </message>
    <message>
        <source>Evidence record %1 has an invalid SHA-256.</source>
        <translation>Bản ghi bằng chứng %1 có SHA-256 không hợp lệ.</translation>
    </message>
    <message>
        <source>Incident record %1 has no date.</source>
        <translation>Bản ghi sự việc %1 không có ngày.</translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; is not in the TD-YYYY-NNNNN form.</source>
        <translation>Mã hồ sơ &quot;%1&quot; không theo dạng TD-YYYY-NNNNN.</translation>
    </message>
    <message>
        <source>The case numbering for %1 is behind case %2; a new case could reuse its number.</source>
        <translation>Số thứ tự hồ sơ của %1 đang chậm hơn hồ sơ %2; hồ sơ mới có thể dùng lại số của nó.</translation>
    </message>
    <message>
        <source>The search index is inconsistent and needs rebuilding.</source>
        <translation>Chỉ mục tìm kiếm không nhất quán và cần được tạo lại.</translation>
    </message>
</context>
<context>
    <name>ViolationCategory</name>
    <message>
        <source>Sharing personal information without lawful basis</source>
        <translation>Chia sẻ thông tin cá nhân không có cơ sở pháp lý</translation>
    </message>
    <message>
        <source>Police shared personally identifiable information (such as a name, address or immigration details) with immigration enforcement without a lawful basis.</source>
        <translation>Cảnh sát đã chia sẻ thông tin nhận dạng cá nhân (như tên, địa chỉ hoặc thông tin di trú) với cơ quan thực thi di trú mà không có cơ sở pháp lý.</translation>
    </message>
    <message>
        <source>Honoring a civil immigration detainer without legal authority</source>
        <translation>Thi hành yêu cầu giam giữ di trú dân sự không có thẩm quyền pháp lý</translation>
    </message>
    <message>
        <source>Police held a person, or arranged a hand-over, because of a civil immigration detainer request, without legal authority or contrary to policy.</source>
        <translation>Cảnh sát đã giữ một người, hoặc sắp xếp bàn giao người đó, vì một yêu cầu giam giữ di trú dân sự (detainer), mà không có thẩm quyền pháp lý hoặc trái với chính sách.</translation>
    </message>
    <message>
        <source>Questioning or detention solely on immigration suspicion</source>
        <translation>Thẩm vấn hoặc giam giữ chỉ vì nghi ngờ về di trú</translation>
    </message>
    <message>
        <source>Police questioned, stopped or held a person only because they suspected something about the person&apos;s immigration status.</source>
        <translation>Cảnh sát đã hỏi, chặn lại hoặc giữ một người chỉ vì nghi ngờ điều gì đó về tình trạng di trú của người đó.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Other conduct related to cooperation with immigration enforcement; describe it in the narrative.</source>
        <translation>Hành vi khác liên quan đến việc hợp tác với cơ quan thực thi di trú; hãy mô tả trong lời kể.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrustDesk: document police misconduct and file complaints.</source>
        <translation>TrustDesk: ghi lại hành vi sai trái của cảnh sát và nộp khiếu nại.</translation>
    </message>
    <message>
        <source>open the database at PATH (created when missing), or connect to the office server at a postgresql:// URI</source>
        <translation>mở cơ sở dữ liệu tại PATH (tạo mới nếu chưa có), hoặc kết nối với máy chủ văn phòng tại một URI postgresql://</translation>
    </message>
</context>
<context>
    <name>td::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Filter by case, action or person, e.g. TD-2026-00042 or case.view_sensitive</source>
        <translation>Lọc theo hồ sơ, thao tác hoặc người, ví dụ TD-2026-00042 hoặc case.view_sensitive</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Lọc nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln event(s)</source>
        <translation>
            <numerusform>Đang hiện %1 trên %Ln sự kiện</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::BackupKeyDialog</name>
    <message>
        <source>Encrypted Backup</source>
        <translation>Bản sao lưu đã mã hóa</translation>
    </message>
    <message>
        <source>This backup is encrypted. It opens with the passphrase the database had on the day of the backup, or its recovery key.</source>
        <translation>Bản sao lưu này đã được mã hóa. Nó mở được bằng mật khẩu mà cơ sở dữ liệu có vào ngày sao lưu, hoặc bằng khóa khôi phục của nó.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>td::ui::BackupProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Đang sao chép cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Copying the evidence files and checking each one…</source>
        <translation>Đang sao chép các tập tin bằng chứng và kiểm tra từng tập tin…</translation>
    </message>
    <message>
        <source>Checking every evidence file…</source>
        <translation>Đang kiểm tra mọi tập tin bằng chứng…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Đang đặt bản sao lưu vào chỗ…</translation>
    </message>
    <message>
        <source>Replacing the cases with the backup&apos;s. This cannot be canceled now.</source>
        <translation>Đang thay các hồ sơ bằng hồ sơ của bản sao lưu. Bây giờ không thể hủy được nữa.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Checking the whole backup before anything is written…</source>
        <translation>Đang kiểm tra toàn bộ bản sao lưu trước khi ghi bất cứ thứ gì…</translation>
    </message>
    <message>
        <source>Writing the backup&apos;s cases, evidence and audit log into the empty office database…</source>
        <translation>Đang ghi hồ sơ, bằng chứng và nhật ký kiểm tra của bản sao lưu vào cơ sở dữ liệu văn phòng trống…</translation>
    </message>
    <message>
        <source>Saving the restored database. This cannot be canceled now.</source>
        <translation>Đang lưu cơ sở dữ liệu đã khôi phục. Bây giờ không thể hủy được nữa.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseDetailPanel</name>
    <message>
        <source>Select a case in the list to see its details.</source>
        <translation>Chọn một hồ sơ trong danh sách để xem chi tiết.</translation>
    </message>
    <message>
        <source>Show sensitive fields</source>
        <translation>Hiện các trường nhạy cảm</translation>
    </message>
    <message>
        <source>Immigration status, A-number, address and other fields that could endanger the client, and the witnesses&apos; contact details. Showing them is recorded in the audit log.</source>
        <translation>Tình trạng di trú, số A, địa chỉ và các trường khác có thể gây nguy hiểm cho thân chủ, cùng thông tin liên lạc của nhân chứng. Việc hiện chúng được ghi vào nhật ký kiểm tra.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseEditor</name>
    <message>
        <source>The case this draft belongs to no longer exists; the draft will be saved as a new case.</source>
        <translation>Hồ sơ của bản nháp này không còn tồn tại; bản nháp sẽ được lưu thành hồ sơ mới.</translation>
    </message>
    <message>
        <source>Restored the unsaved draft from %1. Save it to keep it.</source>
        <translation>Đã khôi phục bản nháp chưa lưu từ %1. Hãy lưu để giữ lại.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Sự việc %1</translation>
    </message>
    <message>
        <source>Remove Incident</source>
        <translation>Gỡ sự việc</translation>
    </message>
    <message>
        <source>Remove incident %1 and everything entered for it?</source>
        <translation>Gỡ sự việc %1 và mọi thứ đã nhập cho nó?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Not saved yet: please fix the fields marked in red.</source>
        <translation>Chưa lưu: hãy sửa các trường được đánh dấu màu đỏ.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept in a draft.</source>
        <translation>Chưa lưu: %1 Những gì quý vị đã nhập được giữ trong bản nháp.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Discard the changes to this case?</source>
        <translation>Bỏ các thay đổi trong hồ sơ này?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Tiếp tục sửa</translation>
    </message>
    <message>
        <source>That client changed meanwhile; search again.</source>
        <translation>Thân chủ đó vừa bị thay đổi; hãy tìm lại.</translation>
    </message>
    <message>
        <source>Linked to the existing client of %1.</source>
        <translation>Đã liên kết với thân chủ hiện có của %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>Thân &amp;chủ</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Sự việc</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Thêm sự việc</translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation>Gỡ sự việc</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Khiếu nại đã nộp</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Việc cần theo dõi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>Lưu hồ sơ (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>Lưu hồ sơ</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Đóng hồ sơ</translation>
    </message>
    <message>
        <source>Filing and follow-&amp;ups</source>
        <translation>Nộp khiếu nại và &amp;theo dõi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Save the case first; then attach photos, recordings and documents.</source>
        <translation>Hãy lưu hồ sơ trước; sau đó đính kèm ảnh, bản ghi âm, ghi hình và tài liệu.</translation>
    </message>
    <message>
        <source>Case Changed Elsewhere</source>
        <translation>Hồ sơ đã được thay đổi ở nơi khác</translation>
    </message>
    <message>
        <source>Not saved: this case was changed elsewhere. Your entries are kept in a draft.</source>
        <translation>Chưa lưu: hồ sơ này đã được thay đổi ở nơi khác. Những gì bạn đã nhập được giữ trong bản nháp.</translation>
    </message>
    <message>
        <source>This case was deleted elsewhere. Saving will keep your entries in a draft; nothing is lost.</source>
        <translation>Hồ sơ này đã bị xóa ở nơi khác. Khi lưu, những gì bạn đã nhập sẽ được giữ trong bản nháp; không mất gì cả.</translation>
    </message>
    <message>
        <source>This case was changed elsewhere (in another window or by trustdesk-cli) since you opened it. When you save, you choose which version to keep.</source>
        <translation>Hồ sơ này đã được thay đổi ở nơi khác (trong một cửa sổ khác hoặc bằng trustdesk-cli) kể từ khi bạn mở nó. Khi lưu, bạn sẽ chọn giữ phiên bản nào.</translation>
    </message>
    <message>
        <source>Not revealed: %1</source>
        <translation>Chưa hiển thị: %1</translation>
    </message>
    <message>
        <source>no field you can see (the same values were saved again)</source>
        <translation>không có trường nào bạn thấy được (cùng các giá trị cũ được lưu lại)</translation>
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

Đã thay đổi kể từ khi bạn mở: %2.

Giữ bản của bạn (bản này thay cho bản của họ, và nhật ký kiểm tra ghi lại rằng bạn đã ghi đè), dùng bản của họ (bản của bạn được giữ làm bản nháp), hay quay lại sửa tiếp?</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Dùng bản của họ</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>một người khác</translation>
    </message>
    <message>
        <source>Their version was not loaded: yours could not be kept as a draft, so it stays here.</source>
        <translation>Chưa tải bản của họ: bản của bạn không giữ được làm bản nháp, nên nó vẫn ở lại đây.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1. Your version is kept as an unsaved draft; TrustDesk offers it again when it next starts.</source>
        <translation>Đã tải bản do %1 lưu. Bản của bạn được giữ làm bản nháp chưa lưu; TrustDesk sẽ đưa ra lại khi khởi động lần sau.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1.</source>
        <translation>Đã tải bản do %1 lưu.</translation>
    </message>
    <message>
        <source>Office Server Unreachable</source>
        <translation>Không kết nối được máy chủ văn phòng</translation>
    </message>
    <message>
        <source>%1

Your entries stay in this form and in a draft on this computer.</source>
        <translation>%1

Những gì bạn đã nhập vẫn ở trong biểu mẫu này và trong một bản nháp trên máy tính này.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Thử &amp;lại</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListExportDialog</name>
    <message>
        <source>Export Case List</source>
        <translation>Xuất danh sách hồ sơ</translation>
    </message>
    <message>
        <source>Also include these sensitive columns</source>
        <translation>Đưa thêm các cột nhạy cảm này</translation>
    </message>
    <message>
        <source>The file will hold facts that can expose clients to immigration enforcement. Keep it on an encrypted disk and delete it when done.</source>
        <translation>Tập tin sẽ chứa những thông tin có thể khiến thân chủ bị cơ quan di trú truy xét. Hãy giữ nó trên ổ đĩa đã mã hóa và xóa đi khi dùng xong.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) of the current list, in its order, go to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</source>
        <translation>
            <numerusform>%n hồ sơ trong danh sách hiện tại, theo đúng thứ tự, được ghi vào một tập tin bảng tính, CSV hoặc sổ làm việc Excel (mã hồ sơ, tình trạng, các ngày, nhân viên phụ trách, tên và ngôn ngữ của thân chủ). Việc xuất được ghi vào nhật ký kiểm tra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListPage</name>
    <message>
        <source>Search names, places, narratives, officers, badge numbers…</source>
        <translation>Tìm tên, địa điểm, lời kể, cảnh sát viên, số phù hiệu…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Tìm hồ sơ</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Lọc theo tình trạng</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Chưa có hồ sơ nào</translation>
    </message>
    <message>
        <source>Start with the person in front of you: New Case opens the intake form. Add your office&apos;s name, address, phone and email too: client copies and handouts print them, so clients know how to reach you.</source>
        <translation>Hãy bắt đầu với người đang ở trước mặt quý vị: Hồ sơ mới sẽ mở mẫu tiếp nhận. Hãy thêm cả tên, địa chỉ, điện thoại và email của văn phòng: bản sao cho thân chủ và tờ thông tin sẽ in các thông tin này, để thân chủ biết cách liên lạc với quý vị.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseWorkspace</name>
    <message>
        <source>The case could not be opened.</source>
        <translation>Không thể mở hồ sơ.</translation>
    </message>
    <message>
        <source>TrustDesk closed before your changes to %1 (%2) were saved. The draft is from %3.

Restore it?</source>
        <translation>TrustDesk đã đóng trước khi lưu các thay đổi của quý vị trong %1 (%2). Bản nháp có từ %3.

Khôi phục bản nháp?</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>một hồ sơ</translation>
    </message>
    <message>
        <source>TrustDesk closed before a new case for %1 was saved. The draft is from %2.

Restore it?</source>
        <translation>TrustDesk đã đóng trước khi lưu hồ sơ mới cho %1. Bản nháp có từ %2.

Khôi phục bản nháp?</translation>
    </message>
    <message>
        <source>Restore Unsaved Draft</source>
        <translation>Khôi phục bản nháp chưa lưu</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Xóa hồ sơ</translation>
    </message>
    <message>
        <source>Delete %1 (%2) and everything recorded in it? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>Xóa %1 (%2) và mọi thứ đã ghi trong đó? Không thể hoàn tác; nhật ký kiểm tra vẫn ghi lại rằng hồ sơ đã bị xóa.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>Hồ sơ &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Edit Case</source>
        <translation>&amp;Sửa hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>&amp;Xóa hồ sơ…</translation>
    </message>
    <message>
        <source>Save the case first: the report is made from what is stored.</source>
        <translation>Hãy lưu hồ sơ trước: báo cáo được tạo từ những gì đã lưu.</translation>
    </message>
    <message>
        <source>Complaint &amp;Report…</source>
        <translation>&amp;Báo cáo khiếu nại…</translation>
    </message>
    <message>
        <source>Unsaved Draft Damaged</source>
        <translation>Bản nháp chưa lưu bị hỏng</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</source>
        <translation>
            <numerusform>Không mở được %n bản nháp chưa lưu: tập tin trên ổ đĩa đã bị thay đổi hoặc hư hỏng, nên không được khôi phục. Nó được cất riêng tại %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseworkerProfileDialog</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>Chào mừng đến với TrustDesk</translation>
    </message>
    <message>
        <source>Who is using TrustDesk on this computer? Your name and role are recorded with every change to a case and every look at a client&apos;s sensitive information, in the audit log and in the evidence chain of custody. You can change them later in Preferences.</source>
        <translation>Ai đang dùng TrustDesk trên máy tính này? Tên và vai trò của bạn được ghi lại mỗi khi thay đổi một hồ sơ và mỗi khi xem thông tin nhạy cảm của thân chủ, trong nhật ký kiểm tra và trong chuỗi lưu giữ bằng chứng. Bạn có thể đổi chúng sau trong phần Tùy chọn.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Caseworker Profile</source>
        <translation>Thông tin nhân viên phụ trách</translation>
    </message>
    <message>
        <source>Entries made from now on are recorded under this name and role. Entries already in the audit log keep the name they were made under.</source>
        <translation>Các mục tạo ra từ bây giờ được ghi dưới tên và vai trò này. Các mục đã có trong nhật ký kiểm tra vẫn giữ tên lúc chúng được tạo.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Họ tên đầy đủ của bạn</translation>
    </message>
    <message>
        <source>For example: caseworker, supervisor, interpreter</source>
        <translation>Ví dụ: nhân viên phụ trách, người giám sát, thông dịch viên</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Văn phòng của quý vị</translation>
    </message>
    <message>
        <source>How a client reaches you: printed on client copies and handouts. Leave empty what you do not want printed.</source>
        <translation>Cách thân chủ liên lạc với quý vị: được in trên bản sao cho thân chủ và tờ thông tin. Để trống những gì quý vị không muốn in.</translation>
    </message>
    <message>
        <source>O&amp;ffice name:</source>
        <translation>&amp;Tên văn phòng:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Địa &amp;chỉ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Múi giờ:</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Của máy tính này (%1)</translation>
    </message>
    <message>
        <source>Photo capture times and other times are shown in this zone.</source>
        <translation>Thời điểm chụp ảnh và các thời điểm khác được hiển thị theo múi giờ này.</translation>
    </message>
</context>
<context>
    <name>td::ui::ChangePassphraseDialog</name>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Hãy nhập mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Mật khẩu hiện tại không đúng. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1 The old passphrase still opens the database.</source>
        <translation>Không đổi được mật khẩu: %1 Mật khẩu cũ vẫn mở được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on; the old one no longer does. The recovery key you wrote down keeps working. Backups made before today still open with the passphrase of their day.</source>
        <translation>Từ bây giờ, mật khẩu mới sẽ mở cơ sở dữ liệu này; mật khẩu cũ không còn mở được nữa. Khóa khôi phục bạn đã ghi lại vẫn dùng được. Các bản sao lưu làm trước hôm nay vẫn mở bằng mật khẩu của ngày đó.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Mật khẩu &amp;hiện tại</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Mật khẩu &amp;mới</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Xác nhận</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>Đổ&amp;i mật khẩu</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Đang đổi mật khẩu…</translation>
    </message>
</context>
<context>
    <name>td::ui::ClientForm</name>
    <message>
        <source>Not recorded</source>
        <translation>Chưa ghi</translation>
    </message>
    <message>
        <source>As the client writes it, in any script</source>
        <translation>Như thân chủ viết, bằng bất kỳ chữ viết nào</translation>
    </message>
    <message>
        <source>e.g. 617-555-0142</source>
        <translation>ví dụ 617-555-0142</translation>
    </message>
    <message>
        <source>e.g. A123-456-789</source>
        <translation>ví dụ A123-456-789</translation>
    </message>
    <message>
        <source>&amp;Link case to this client</source>
        <translation>&amp;Liên kết hồ sơ với thân chủ này</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Bỏ liên kết</translation>
    </message>
    <message>
        <source>Possible matching clients</source>
        <translation>Thân chủ có thể trùng</translation>
    </message>
    <message>
        <source>This case is linked to a client already in the database: edits here update that client everywhere.</source>
        <translation>Hồ sơ này được liên kết với một thân chủ đã có trong cơ sở dữ liệu: sửa ở đây sẽ cập nhật thân chủ đó ở mọi nơi.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>cùng tên</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>cùng số điện thoại</translation>
    </message>
    <message>
        <source>%1 (%2), cases: %3</source>
        <translation>%1 (%2), hồ sơ: %3</translation>
    </message>
    <message>
        <source>This client may already be in the database. Link this case to them instead of creating a duplicate?</source>
        <translation>Thân chủ này có thể đã có trong cơ sở dữ liệu. Liên kết hồ sơ này với họ thay vì tạo bản trùng?</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Reveal All Sensitive Fields</source>
        <translation>Hiện tất cả các trường nhạy cảm</translation>
    </message>
    <message>
        <source>Show every hidden sensitive field (%1); recorded in the audit log</source>
        <translation>Hiện mọi trường nhạy cảm đang ẩn (%1); được ghi vào nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Anonymous Client</source>
        <translation>Thân chủ ẩn danh</translation>
    </message>
    <message>
        <source>An anonymous client&apos;s name is not kept. Remove the name from this case now?</source>
        <translation>Tên của thân chủ ẩn danh không được lưu giữ. Xóa tên khỏi hồ sơ này ngay bây giờ?</translation>
    </message>
    <message>
        <source>&amp;Remove the Name</source>
        <translation>&amp;Xóa tên</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
</context>
<context>
    <name>td::ui::ComplaintReportDialog</name>
    <message>
        <source>Complaint Submission: %1</source>
        <translation>Hồ sơ khiếu nại: %1</translation>
    </message>
    <message>
        <source>Another body…</source>
        <translation>Cơ quan khác…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Gửi:</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>The caseworker or office, on the client&apos;s behalf</source>
        <translation>Nhân viên phụ trách hoặc văn phòng, thay mặt thân chủ</translation>
    </message>
    <message>
        <source>The client, in their own name</source>
        <translation>Thân chủ, tự đứng tên</translation>
    </message>
    <message>
        <source>Anonymous: name nobody</source>
        <translation>Ẩn danh: không nêu tên ai</translation>
    </message>
    <message>
        <source>&amp;Filed by:</source>
        <translation>&amp;Người nộp:</translation>
    </message>
    <message>
        <source>Filer&apos;s &amp;name:</source>
        <translation>&amp;Tên người nộp:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Tổ chức:</translation>
    </message>
    <message>
        <source>Leave empty for the standard request: investigate, keep the client&apos;s identity confidential, give a tracking number, report the outcome.</source>
        <translation>Để trống để dùng đề nghị tiêu chuẩn: điều tra, giữ bí mật danh tính thân chủ, cấp số theo dõi, thông báo kết quả.</translation>
    </message>
    <message>
        <source>&amp;Requested action:</source>
        <translation>&amp;Hành động được đề nghị:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (Mỹ)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <source>Withheld from the document</source>
        <translation>Không đưa vào tài liệu</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Đưa vào %1</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>&amp;Client Copy…</source>
        <translation>&amp;Bản sao cho thân chủ…</translation>
    </message>
    <message>
        <source>A short copy for the client, in their language: what was filed and the next steps</source>
        <translation>Bản sao ngắn cho thân chủ, bằng ngôn ngữ của họ: những gì đã nộp và các bước tiếp theo</translation>
    </message>
    <message>
        <source>The client&apos;s consent to file is not recorded: the document is marked as a draft.</source>
        <translation>Chưa ghi nhận sự đồng ý nộp khiếu nại của thân chủ: tài liệu được đánh dấu là bản nháp.</translation>
    </message>
    <message>
        <source>Included deliberately: %1. The document will show these values, and the choice is recorded in the audit log.</source>
        <translation>Cố ý đưa vào: %1. Tài liệu sẽ hiện các giá trị này, và lựa chọn được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Include Sensitive Information</source>
        <translation>Đưa vào thông tin nhạy cảm</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1 to %2. Include it?</source>
        <translation>Tài liệu này sẽ cho %2 thấy %1 của thân chủ. Đưa vào?</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Đưa vào</translation>
    </message>
    <message>
        <source>Complaint Submission</source>
        <translation>Hồ sơ khiếu nại</translation>
    </message>
    <message>
        <source>Print Complaint Submission</source>
        <translation>In hồ sơ khiếu nại</translation>
    </message>
    <message>
        <source>%1 complaint.pdf</source>
        <translation>%1 khiếu nại.pdf</translation>
    </message>
    <message>
        <source>%1 client copy.pdf</source>
        <translation>%1 bản sao cho thân chủ.pdf</translation>
    </message>
    <message>
        <source>Client Copy</source>
        <translation>Bản sao cho thân chủ</translation>
    </message>
    <message>
        <source>These facts about the client and the witnesses are left out; the document names the kinds withheld, never their values. Tick one only when the person concerned agrees it must go to this body.</source>
        <translation>Các thông tin này về thân chủ và nhân chứng không được đưa vào; tài liệu chỉ nêu loại thông tin bị giữ lại, không bao giờ nêu giá trị. Chỉ đánh dấu một mục khi người liên quan đồng ý rằng nó phải được gửi cho cơ quan này.</translation>
    </message>
    <message>
        <source>This document will show %1 to %2. Include them?</source>
        <translation>Tài liệu này sẽ cho %2 thấy %1. Đưa vào?</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1, and %2, to %3. Include them?</source>
        <translation>Tài liệu này sẽ cho %3 thấy %1 của thân chủ, và %2. Đưa vào?</translation>
    </message>
    <message>
        <source>Words that may reveal immigration status</source>
        <translation>Những từ có thể tiết lộ tình trạng di trú</translation>
    </message>
    <message>
        <source>Mask them in the document</source>
        <translation>Che chúng trong tài liệu</translation>
    </message>
    <message>
        <source>&amp;Mask These</source>
        <translation>&amp;Che những từ này</translation>
    </message>
    <message>
        <source>These words are masked as [withheld] in the document. The case itself keeps them.</source>
        <translation>Những từ này được che thành [đã ẩn] trong tài liệu. Bản thân hồ sơ vẫn giữ chúng.</translation>
    </message>
    <message>
        <source>The case&apos;s text has words that may tell the reader the client&apos;s immigration status. They are printed as written unless you mask them. Withheld values found in the text are always masked.</source>
        <translation>Nội dung hồ sơ có những từ có thể cho người đọc biết tình trạng di trú của thân chủ. Chúng được in nguyên văn trừ khi bạn che chúng. Các giá trị đã ẩn xuất hiện trong văn bản luôn được che.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Mở P&amp;DF</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Mở thư &amp;mục</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Mở PDF</translation>
    </message>
    <message>
        <source>No program to open &quot;%1&quot; was found.</source>
        <translation>Không tìm thấy chương trình để mở &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>Không thể mở thư mục &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Laying out &quot;%1&quot;…</source>
        <translation>Đang dàn trang &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Đang ghi trang %1 trên %2…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in %2.</source>
        <translation>Đã lưu &quot;%1&quot; trong %2.</translation>
    </message>
    <message>
        <source>Stopped. No PDF was saved.</source>
        <translation>Đã dừng. Không có PDF nào được lưu.</translation>
    </message>
</context>
<context>
    <name>td::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <translation>Kết nối với máy chủ văn phòng</translation>
    </message>
    <message>
        <source>Your office keeps its cases on a shared server. Enter what your administrator gave you.</source>
        <translation>Văn phòng của bạn lưu hồ sơ trên một máy chủ dùng chung. Hãy nhập thông tin mà người quản trị đã đưa cho bạn.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org, hoặc một thư mục socket như /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Cổn&amp;g:</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>Tài khoản đăng &amp;nhập của bạn:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>Cơ &amp;quan cấp chứng chỉ:</translation>
    </message>
    <message>
        <source>Optional: the office&apos;s certificate file (PEM)</source>
        <translation>Không bắt buộc: tập tin chứng chỉ của văn phòng (PEM)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Chọn tậ&amp;p tin…</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>&amp;URI kết nối:</translation>
    </message>
    <message>
        <source>postgresql://login@server/database</source>
        <translation>postgresql://login@server/database</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật k&amp;hẩu:</translation>
    </message>
    <message>
        <source>Only when the server asks for one. It is kept in memory for this session and never saved.</source>
        <translation>Chỉ khi máy chủ yêu cầu. Mật khẩu được giữ trong bộ nhớ cho phiên làm việc này và không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Paste a connection URI &amp;instead</source>
        <translation>Dán URI kết nối &amp;thay vào đó</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql:// — for example postgresql://login@server/database.</source>
        <translation>URI kết nối bắt đầu bằng postgresql:// — ví dụ postgresql://login@server/database.</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Enter a name such as db.example.org, an address, or a socket folder starting with /.</source>
        <translation>“%1” không phải là tên máy chủ. Hãy nhập một tên như db.example.org, một địa chỉ, hoặc một thư mục socket bắt đầu bằng /.</translation>
    </message>
    <message>
        <source>The socket folder %1 does not exist on this computer.</source>
        <translation>Thư mục socket %1 không có trên máy tính này.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Cổng là một số từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the office&apos;s database (your administrator knows it).</source>
        <translation>Hãy nhập tên cơ sở dữ liệu của văn phòng (người quản trị biết tên này).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>Không đọc được tập tin của cơ quan cấp chứng chỉ %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Connecting was cancelled. What you typed is still here.</source>
        <translation>Đã hủy kết nối. Những gì bạn đã nhập vẫn còn ở đây.</translation>
    </message>
    <message>
        <source>Restore into an Empty Office Database</source>
        <translation>Khôi phục vào một cơ sở dữ liệu văn phòng trống</translation>
    </message>
    <message>
        <source>An office backup is restored only into an empty office database, never over one that holds cases. Make a new database on the server (createdb), then enter it here; the server and login are those you are connected with. Continue checks that it is empty before anything is written.</source>
        <translation>Bản sao lưu văn phòng chỉ được khôi phục vào một cơ sở dữ liệu văn phòng trống, không bao giờ ghi đè lên cơ sở dữ liệu đã có hồ sơ. Hãy tạo một cơ sở dữ liệu mới trên máy chủ (createdb), rồi nhập tên nó vào đây; máy chủ và tài khoản đăng nhập là máy chủ và tài khoản bạn đang dùng để kết nối. Nút Tiếp tục sẽ kiểm tra xem cơ sở dữ liệu có trống không trước khi ghi bất cứ thứ gì.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>Checking that the database is empty…</source>
        <translation>Đang kiểm tra xem cơ sở dữ liệu có trống không…</translation>
    </message>
    <message>
        <source>Checking the office database…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu văn phòng…</translation>
    </message>
    <message>
        <source>Checking was cancelled. What you typed is still here.</source>
        <translation>Đã hủy kiểm tra. Những gì bạn đã nhập vẫn còn ở đây.</translation>
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
        <translation>ví dụ %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EncryptDatabaseDialog</name>
    <message>
        <source>The database was not encrypted; it is as it was.
%1</source>
        <translation>Cơ sở dữ liệu chưa được mã hóa; nó vẫn như cũ.
%1</translation>
    </message>
    <message>
        <source>Canceling… nothing will be changed.</source>
        <translation>Đang hủy… sẽ không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Encrypt This Database</source>
        <translation>Mã hóa cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Encrypt %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Once encrypted, nobody can read the clients&apos; names, addresses, immigration status, the evidence files or anything else in this database without it, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;An encrypted copy is made beside the database and checked against it; only then does it take the original&apos;s place, and the unencrypted files are deleted. If the passphrase is forgotten, the only way back in is the recovery key shown before the switch.&lt;/p&gt;&lt;p&gt;Deleted files can linger in the disk&apos;s free space: full-disk encryption of this computer is what removes that last trace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mã hóa %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Hãy chọn một mật khẩu. Sau khi mã hóa, không ai có thể đọc tên, địa chỉ, tình trạng di trú của thân chủ, các tập tin bằng chứng hay bất cứ điều gì khác trong cơ sở dữ liệu này nếu không có mật khẩu, kể cả khi họ cầm ổ đĩa của máy tính này trong tay. Quý vị gõ mật khẩu mỗi lần TrustDesk khởi động.&lt;/p&gt;&lt;p&gt;Một bản sao đã mã hóa được tạo bên cạnh cơ sở dữ liệu và được đối chiếu với nó; chỉ khi đó bản sao mới thay thế bản gốc, và các tập tin chưa mã hóa bị xóa. Nếu quên mật khẩu, cách duy nhất để vào lại là khóa khôi phục được hiển thị trước khi chuyển đổi.&lt;/p&gt;&lt;p&gt;Các tập tin đã xóa có thể còn sót lại trong vùng trống của ổ đĩa: mã hóa toàn bộ ổ đĩa của máy tính này mới xóa được dấu vết cuối cùng đó.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>Mã &amp;hóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Encrypting the cases…</source>
        <translation>Đang mã hóa các hồ sơ…</translation>
    </message>
    <message>
        <source>Comparing the encrypted copy with the original…</source>
        <translation>Đang so sánh bản sao đã mã hóa với bản gốc…</translation>
    </message>
    <message>
        <source>Encrypting the evidence files…</source>
        <translation>Đang mã hóa các tập tin bằng chứng…</translation>
    </message>
    <message>
        <source>Putting the encrypted database in place…</source>
        <translation>Đang đặt cơ sở dữ liệu đã mã hóa vào chỗ…</translation>
    </message>
    <message>
        <source>The encrypted copy is ready and checked. This is its recovery key, shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase. The encrypted copy takes the original&apos;s place when you continue.</source>
        <translation>Bản sao đã mã hóa đã sẵn sàng và đã được kiểm tra. Đây là khóa khôi phục của nó, chỉ hiển thị một lần này. Hãy ghi lại hoặc in ra, và cất ở nơi an toàn, tách khỏi máy tính này. Khóa này mở được cơ sở dữ liệu nếu quên mật khẩu, vì vậy hãy giữ gìn nó như mật khẩu. Bản sao đã mã hóa sẽ thay thế bản gốc khi quý vị tiếp tục.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>&amp;Lưu thành tập tin…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>Tôi đã &amp;ghi lại hoặc cất giữ an toàn</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceDetailsDialog</name>
    <message>
        <source>Evidence Details</source>
        <translation>Thông tin bằng chứng</translation>
    </message>
    <message>
        <source>Correct what was recorded about this file. The file itself never changes, and the correction is kept in its chain of custody.</source>
        <translation>Sửa những gì đã ghi về tập tin này. Bản thân tập tin không bao giờ thay đổi, và việc sửa được giữ trong chuỗi lưu giữ của nó.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>&amp;Không rõ</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Nguồn:</translation>
    </message>
    <message>
        <source>Date ca&amp;ptured:</source>
        <translation>Ngày &amp;ghi lại:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tập tin:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 byte)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Kích thước:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>The date captured is in the future. Pick a date and time that have passed, or tick Unknown.</source>
        <translation>Ngày ghi lại nằm trong tương lai. Hãy chọn ngày giờ đã qua, hoặc đánh dấu Không rõ.</translation>
    </message>
    <message>
        <source>The details were not saved. %1</source>
        <translation>Thông tin chưa được lưu. %1</translation>
    </message>
    <message>
        <source>The office&apos;s time zone (Preferences)</source>
        <translation>Múi giờ của văn phòng (Tùy chọn)</translation>
    </message>
    <message>
        <source>Where this time comes from: %1</source>
        <translation>Nguồn của thời điểm này: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePanel</name>
    <message>
        <source>Select an item to see its details and chain of custody.</source>
        <translation>Chọn một mục để xem thông tin và chuỗi lưu giữ.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>Thêm lúc %1 bởi %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>Chỉ có thông tin được nhập; tập tin không có trong kho bằng chứng.</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(chưa đọc)</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Đang đính kèm %n tập tin…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying every evidence file…</source>
        <translation>Đang kiểm tra mọi tập tin bằng chứng…</translation>
    </message>
    <message>
        <source>Checking the file before opening it…</source>
        <translation>Đang kiểm tra tập tin trước khi mở…</translation>
    </message>
    <message>
        <source>Nothing was removed: give a reason for removing evidence.</source>
        <translation>Chưa gỡ gì: hãy ghi lý do gỡ bằng chứng.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; the reason is kept in the chain of custody.</source>
        <translation>Đã gỡ &quot;%1&quot;; lý do được giữ trong chuỗi lưu giữ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Canceled: nothing half-done was kept.</source>
        <translation>Đã hủy: không giữ lại phần nào làm dở.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of case %1 (%n item(s))</source>
        <translation>
            <numerusform>Bằng chứng của hồ sơ %1 (%n mục)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>Đính kèm tập tin…</translation>
    </message>
    <message>
        <source>Copy files into the evidence store; you can also drop files here.</source>
        <translation>Sao chép tập tin vào kho bằng chứng; quý vị cũng có thể thả tập tin vào đây.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Gỡ…</translation>
    </message>
    <message>
        <source>Verify All</source>
        <translation>Kiểm tra tất cả</translation>
    </message>
    <message>
        <source>Re-hash every evidence file and report any that changed, are missing or unexpected.</source>
        <translation>Tính lại mã băm của mọi tập tin bằng chứng và báo những tập tin đã thay đổi, bị thiếu hoặc lạ.</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chuỗi lưu giữ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>SHA-256 at that moment</source>
        <translation>SHA-256 tại thời điểm đó</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>The item is no longer on this case; it may have been removed in another window.</source>
        <translation>Mục này không còn trong hồ sơ; có thể nó đã bị gỡ trong một cửa sổ khác.</translation>
    </message>
    <message>
        <source>Saved the details of &quot;%1&quot;; the edit is recorded in the chain of custody.</source>
        <translation>Đã lưu thông tin của &quot;%1&quot;; việc sửa được ghi vào chuỗi lưu giữ.</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message>
        <source>Correct the description, source or date captured (F2).</source>
        <translation>Sửa mô tả, nguồn hoặc ngày ghi lại (F2).</translation>
    </message>
    <message>
        <source>The same redacted copy is already item %1.</source>
        <translation>Bản sao đã che giống hệt đã có là mục %1.</translation>
    </message>
    <message>
        <source>Saved the redacted copy as item %1; the original is unchanged.</source>
        <translation>Đã lưu bản sao đã che thành mục %1; bản gốc không thay đổi.</translation>
    </message>
    <message>
        <source>Checking the file before redacting it…</source>
        <translation>Đang kiểm tra tập tin trước khi che…</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>Che thông tin…</translation>
    </message>
    <message>
        <source>Make a copy of this image with faces, plates or other details covered; the original is kept unchanged.</source>
        <translation>Tạo một bản sao của hình này với khuôn mặt, biển số xe hoặc các chi tiết khác được che; bản gốc được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePreviewDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Bằng chứng: %1</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Audio and video are not played inside TrustDesk. Use Open with System Player.</source>
        <translation>TrustDesk không phát âm thanh và video bên trong ứng dụng. Hãy dùng Mở bằng trình phát của hệ thống.</translation>
    </message>
    <message>
        <source>TrustDesk cannot show this kind of file. Use Open with System Viewer.</source>
        <translation>TrustDesk không thể hiển thị loại tập tin này. Hãy dùng Mở bằng trình xem của hệ thống.</translation>
    </message>
    <message>
        <source>Open with System Player</source>
        <translation>Mở bằng trình phát của hệ thống</translation>
    </message>
    <message>
        <source>Open with System Viewer</source>
        <translation>Mở bằng trình xem của hệ thống</translation>
    </message>
    <message>
        <source>Hand the checked file to the system&apos;s own viewer or player.</source>
        <translation>Chuyển tập tin đã kiểm tra cho trình xem hoặc trình phát của chính hệ thống.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Tên: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Loại: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Kích thước: %1 (%2 byte)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>This image could not be shown: it may be damaged, in a format TrustDesk cannot read, or too large to decode safely.</source>
        <translation>Không thể hiển thị ảnh này: ảnh có thể bị hỏng, ở định dạng TrustDesk không đọc được, hoặc quá lớn để giải mã một cách an toàn.</translation>
    </message>
    <message>
        <source>Only the first %1 are shown. Open with System Viewer to see all of it.</source>
        <translation>Chỉ hiện %1 đầu tiên. Hãy dùng Mở bằng trình xem của hệ thống để xem toàn bộ.</translation>
    </message>
    <message>
        <source>The PDF renderer could not be started. Use Open with System Viewer.</source>
        <translation>Không thể khởi động chương trình vẽ trang PDF. Hãy dùng Mở bằng trình xem của hệ thống.</translation>
    </message>
    <message numerus="yes">
        <source>Showing this PDF took longer than %n second(s) and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</source>
        <translation>
            <numerusform>Việc hiển thị PDF này mất hơn %n giây nên đã bị dừng. Tập tin có thể bị hỏng hoặc được tạo ra để làm quá tải trình xem; hãy dùng Mở bằng trình xem của hệ thống nếu quý vị tin tưởng nó.</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF could not be shown: it may be damaged, not really a PDF, or need more memory than a preview may use. Use Open with System Viewer if you trust it.</source>
        <translation>Không thể hiển thị PDF này: tập tin có thể bị hỏng, không thực sự là PDF, hoặc cần nhiều bộ nhớ hơn mức cho phép của bản xem trước. Hãy dùng Mở bằng trình xem của hệ thống nếu quý vị tin tưởng nó.</translation>
    </message>
    <message>
        <source>This PDF could not be shown: it has no pages TrustDesk can read. Use Open with System Viewer if you trust it.</source>
        <translation>Không thể hiển thị PDF này: không có trang nào TrustDesk đọc được. Hãy dùng Mở bằng trình xem của hệ thống nếu quý vị tin tưởng nó.</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be shown.</source>
        <translation>Không thể hiển thị trang %1 của PDF này.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
    <message>
        <source>This database is encrypted, so its evidence is never written out decrypted. Export the case&apos;s evidence to a folder to open it in another program.</source>
        <translation>Cơ sở dữ liệu này đã được mã hóa, nên bằng chứng của nó không bao giờ được ghi ra ở dạng đã giải mã. Hãy xuất bằng chứng của hồ sơ ra một thư mục để mở bằng chương trình khác.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because poppler&apos;s pdftoppm and pdfinfo are not installed (package poppler-utils). Export the file to open it in another program.</source>
        <translation>Không thể hiển thị các trang PDF ở đây vì chưa cài pdftoppm và pdfinfo của poppler (gói poppler-utils). Hãy xuất tập tin để mở bằng chương trình khác.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely: bubblewrap (package bubblewrap) is needed to keep the file away from your other files.</source>
        <translation>Không thể hiển thị các trang PDF ở đây vì không mở PDF một cách an toàn được: cần bubblewrap (gói bubblewrap) để tách tập tin này khỏi các tập tin khác của bạn.</translation>
    </message>
    <message>
        <source>This PDF is too large to be shown here. Export it to open it in another program.</source>
        <translation>PDF này quá lớn để hiển thị ở đây. Hãy xuất nó để mở bằng chương trình khác.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely.</source>
        <translation>Không thể hiển thị các trang PDF ở đây vì không mở PDF một cách an toàn được.</translation>
    </message>
    <message>
        <source>Evidence on the office server is encrypted with the office key and is never written out decrypted on this computer. Export it (trustdesk-cli evidence-export) to open it in another program.</source>
        <translation>Bằng chứng trên máy chủ văn phòng được mã hóa bằng khóa văn phòng và không bao giờ được ghi ra máy tính này ở dạng đã giải mã. Hãy xuất nó ra (trustdesk-cli evidence-export) để mở bằng chương trình khác.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceThumbnailProxy</name>
    <message>
        <source>The evidence on this office server is encrypted with the office key, which is not unlocked: it cannot be shown, attached or redacted here. Connect again (File › Connect to Office Server…) and give your office key passphrase to open it.</source>
        <translation>Bằng chứng trên máy chủ văn phòng này được mã hóa bằng khóa văn phòng, mà khóa này chưa được mở: không thể hiển thị, đính kèm hay che bằng chứng ở đây. Hãy kết nối lại (Tệp › Kết nối với máy chủ văn phòng…) và nhập mật khẩu khóa văn phòng của bạn để mở.</translation>
    </message>
</context>
<context>
    <name>td::ui::FollowUpsDock</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Việc cần theo dõi sắp đến hạn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Thân chủ</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Quá hạn (%1)</translation>
    </message>
    <message>
        <source>Due within a week (%1)</source>
        <translation>Đến hạn trong tuần (%1)</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>Không có việc quá hạn hoặc đến hạn trong tuần này.</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleList</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>The law</source>
        <translation>Luật</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleView</name>
    <message>
        <source>Source %1: %2
%3</source>
        <translation>Nguồn %1: %2
%3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Đi đến “%1”</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceBrowser</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Load Guidance Folder…</source>
        <translation>&amp;Tải thư mục hướng dẫn…</translation>
    </message>
    <message>
        <source>Read a guidance pack your office keeps in a folder</source>
        <translation>Đọc gói hướng dẫn mà văn phòng quý vị lưu trong một thư mục</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Guidance</source>
        <translation>Dùng hướng dẫn &amp;có sẵn</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print this article as a handout in the language shown</source>
        <translation>In bài này thành tờ thông tin bằng ngôn ngữ đang hiển thị</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save this article as a PDF handout in the language shown</source>
        <translation>Lưu bài này thành tờ thông tin PDF bằng ngôn ngữ đang hiển thị</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Lùi</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Tiến</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Song song</translation>
    </message>
    <message>
        <source>Show the article in two languages at once</source>
        <translation>Hiện bài viết bằng hai ngôn ngữ cùng lúc</translation>
    </message>
    <message>
        <source>&amp;Search Guidance</source>
        <translation>&amp;Tìm trong hướng dẫn</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Rights Guidance — TrustDesk</source>
        <translation>Hướng dẫn về quyền — TrustDesk</translation>
    </message>
    <message>
        <source>Rights Guidance: %1 — TrustDesk</source>
        <translation>Hướng dẫn về quyền: %1 — TrustDesk</translation>
    </message>
    <message>
        <source>%1 · version %2 · last reviewed %3</source>
        <translation>%1 · phiên bản %2 · xem lại lần cuối %3</translation>
    </message>
    <message>
        <source>Built-in guidance</source>
        <translation>Hướng dẫn có sẵn</translation>
    </message>
    <message>
        <source>Rights Guidance</source>
        <translation>Hướng dẫn về quyền</translation>
    </message>
    <message>
        <source>The guidance in %1 cannot be used, so the guidance already open stays in use.

%2</source>
        <translation>Không thể dùng hướng dẫn trong %1, nên hướng dẫn đang mở vẫn được giữ.

%2</translation>
    </message>
    <message>
        <source>Loaded guidance from %1</source>
        <translation>Đã tải hướng dẫn từ %1</translation>
    </message>
    <message>
        <source>Load Guidance Folder</source>
        <translation>Tải thư mục hướng dẫn</translation>
    </message>
    <message>
        <source>Category code: %1</source>
        <translation>Mã loại: %1</translation>
    </message>
    <message>
        <source>Category codes: %1</source>
        <translation>Các mã loại: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Nguồn %1: %2</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Nothing about the case is sent.</source>
        <translation>Mở địa chỉ này trong trình duyệt web? Không có thông tin nào về hồ sơ được gửi đi.</translation>
    </message>
    <message>
        <source>Open Source</source>
        <translation>Mở nguồn</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Mở trong trình duyệt</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <translation>[%1] %2 — %3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Đi đến “%1”</translation>
    </message>
    <message>
        <source>Print Guidance Handout</source>
        <translation>In tờ thông tin hướng dẫn</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Installed guidance update</source>
        <translation>Bản cập nhật hướng dẫn đã cài</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidancePane</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original text, in the language the guidance was written in.</source>
        <translation>Văn bản gốc, bằng ngôn ngữ mà hướng dẫn được viết.</translation>
    </message>
    <message>
        <source>Translation reviewed by a native speaker.</source>
        <translation>Bản dịch đã được người bản ngữ xem lại.</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet reviewed by a native speaker.</source>
        <translation>Bản dịch có máy hỗ trợ, chưa được người bản ngữ xem lại.</translation>
    </message>
    <message>
        <source>The %1 text is authoritative.</source>
        <translation>Văn bản tiếng %1 là bản có giá trị chính thức.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>Nguồn được kiểm tra lần cuối: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceSearchPanel</name>
    <message>
        <source>Search the guidance…</source>
        <translation>Tìm trong hướng dẫn…</translation>
    </message>
    <message>
        <source>&amp;All languages</source>
        <translation>&amp;Mọi ngôn ngữ</translation>
    </message>
    <message>
        <source>Search every translation instead of only the language shown</source>
        <translation>Tìm trong mọi bản dịch thay vì chỉ ngôn ngữ đang hiển thị</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::IncidentForm</name>
    <message>
        <source>Read the rights guidance</source>
        <translation>Đọc hướng dẫn về quyền</translation>
    </message>
    <message>
        <source>Street address, intersection or landmark</source>
        <translation>Địa chỉ, ngã tư hoặc địa danh</translation>
    </message>
    <message>
        <source>e.g. Boston Police Department</source>
        <translation>ví dụ Sở Cảnh sát Boston</translation>
    </message>
    <message>
        <source>What happened, in the client&apos;s words, in order.</source>
        <translation>Chuyện gì đã xảy ra, theo lời của thân chủ, theo thứ tự.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Rights guidance: %1</source>
        <translation>Hướng dẫn về quyền: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::LockScreen</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Mật khẩu đó không đúng. Hãy thử lại.</translation>
    </message>
    <message>
        <source>TrustDesk is locked</source>
        <translation>TrustDesk đã khóa</translation>
    </message>
    <message>
        <source>Case data is hidden while you are away. Enter the app passphrase to continue.</source>
        <translation>Dữ liệu hồ sơ được ẩn khi quý vị vắng mặt. Hãy nhập mật khẩu ứng dụng để tiếp tục.</translation>
    </message>
    <message>
        <source>App passphrase</source>
        <translation>Mật khẩu ứng dụng</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>Nhập khóa khôi phục.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Nhập mật khẩu.</translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>Khóa khôi phục đó không mở được cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Mật khẩu đó không đúng.</translation>
    </message>
    <message numerus="yes">
        <source>%1 You can try again in %n second(s).</source>
        <translation>
            <numerusform>%1 Bạn có thể thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 Hãy thử lại.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Đang mở khóa…</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the database %1 was made: 13 groups of four letters and digits.</source>
        <translation>Nhập khóa khôi phục bạn đã ghi lại khi tạo cơ sở dữ liệu %1: 13 nhóm, mỗi nhóm bốn chữ cái và chữ số.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>Cơ sở dữ liệu %1 đã được mã hóa. Nhập mật khẩu để mở.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>Mật khẩu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>Dùng &amp;mật khẩu thay thế</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key</source>
        <translation>Quên mật khẩu? Dùng &amp;khóa khôi phục</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>No passphrase protects this database: it is closed, but anyone at this computer could open it again. Set an app passphrase now to continue; better still, encrypt the database afterwards (Encrypt… in the banner) so its file cannot be read without you.</source>
        <translation>Không có mật khẩu nào bảo vệ cơ sở dữ liệu này: nó đã đóng, nhưng bất kỳ ai ngồi ở máy tính này đều có thể mở lại. Hãy đặt mật khẩu ứng dụng ngay để tiếp tục; tốt hơn nữa, sau đó hãy mã hóa cơ sở dữ liệu (Mã hóa… trên thanh thông báo) để không ai đọc được tập tin của nó nếu không có quý vị.</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>Enter your passphrase for the office key.</source>
        <translation>Hãy nhập mật khẩu của bạn cho khóa văn phòng.</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key.</source>
        <translation>Mật khẩu đó không mở được khóa văn phòng.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was opened; you can try again.</source>
        <translation>Đã dừng. Không có gì được mở; bạn có thể thử lại.</translation>
    </message>
    <message>
        <source>Connecting to the office server and unlocking the office key…</source>
        <translation>Đang kết nối với máy chủ văn phòng và mở khóa văn phòng…</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Đang kết nối với máy chủ văn phòng…</translation>
    </message>
    <message>
        <source>Case data on the office server (database %1) is hidden while you are away. Enter your passphrase for the office key (login %2) to continue.</source>
        <translation>Dữ liệu hồ sơ trên máy chủ văn phòng (cơ sở dữ liệu %1) được ẩn khi bạn vắng mặt. Hãy nhập mật khẩu của bạn cho khóa văn phòng (tài khoản %2) để tiếp tục.</translation>
    </message>
    <message>
        <source>Office key passphrase</source>
        <translation>Mật khẩu khóa văn phòng</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mật khẩu máy chủ</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>Mật khẩu cho máy chủ văn phòng</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>The office server did not let you in without a password. Enter your server password as well, then try again.</source>
        <translation>Máy chủ văn phòng không cho bạn vào khi không có mật khẩu. Hãy nhập cả mật khẩu máy chủ của bạn, rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Mở cơ sở &amp;dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Find Cases</source>
        <translation>&amp;Tìm hồ sơ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>&amp;Giới thiệu TrustDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
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
        <translation>%1 đã tồn tại. Hãy chọn tên tập tin mới để không thay thế tập tin nào đang có.</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>Giới thiệu TrustDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Case management for legal-aid caseworkers who help immigrants document police misconduct and file complaints.&lt;/p&gt;&lt;p&gt;Cases stay on this computer, in an owner-only database. Sensitive facts such as immigration status are withheld from everything that leaves the app unless you deliberately include them.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Quản lý hồ sơ cho nhân viên trợ giúp pháp lý giúp người nhập cư ghi lại hành vi sai trái của cảnh sát và nộp khiếu nại.&lt;/p&gt;&lt;p&gt;Hồ sơ được giữ trên máy tính này, trong một cơ sở dữ liệu chỉ chủ sở hữu mới mở được. Thông tin nhạy cảm như tình trạng di trú không được đưa vào bất cứ thứ gì rời khỏi ứng dụng, trừ khi quý vị cố ý đưa vào.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching case(s)</source>
        <translation>
            <numerusform>%Ln hồ sơ phù hợp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>&amp;Rights Guidance</source>
        <translation>&amp;Hướng dẫn về quyền</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>&amp;Bảo mật…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>&amp;Khóa ngay</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Nhật ký kiểm tra…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Sao &amp;lưu…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Your &amp;Office and Profile…</source>
        <translation>&amp;Văn phòng và thông tin cá nhân…</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>Khóa ngay</translation>
    </message>
    <message>
        <source>No passphrase protects this window, so anyone could unlock it with one click. Set an app passphrase now to lock it?</source>
        <translation>Không có mật khẩu nào bảo vệ cửa sổ này, nên bất kỳ ai cũng có thể mở khóa chỉ bằng một cú nhấp. Đặt mật khẩu ứng dụng ngay để khóa cửa sổ?</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The window was not locked: without a passphrase, anyone could unlock it. Set one in Edit › Security, or encrypt the database (Encrypt… in the banner) so its own passphrase locks it.</source>
        <translation>Cửa sổ chưa được khóa: không có mật khẩu thì ai cũng có thể mở khóa. Hãy đặt mật khẩu trong Sửa › Bảo mật, hoặc mã hóa cơ sở dữ liệu (Mã hóa… trên thanh thông báo) để chính mật khẩu của nó khóa cửa sổ.</translation>
    </message>
    <message>
        <source>New D&amp;atabase…</source>
        <translation>&amp;Cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Cảnh sát viên…</translation>
    </message>
    <message>
        <source>E&amp;xport Case List…</source>
        <translation>Xuấ&amp;t danh sách hồ sơ…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Thống kê…</translation>
    </message>
    <message>
        <source>Connect to Office Ser&amp;ver…</source>
        <translation>Kết &amp;nối với máy chủ văn phòng…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>máy tính này</translation>
    </message>
    <message>
        <source>%1 on %2 — TrustDesk</source>
        <translation>%1 trên %2 — TrustDesk</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Mã hóa</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln matching case(s)</source>
        <translation>
            <numerusform>Hơn %Ln hồ sơ phù hợp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln case(s)</source>
        <translation>
            <numerusform>Hơn %Ln hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works on a database file on this computer. An office server&apos;s data is protected by its logins and TLS, and its evidence is encrypted with the office key (see the office mode guide).</source>
        <translation>%1 dùng cho tập tin cơ sở dữ liệu trên máy tính này. Dữ liệu của máy chủ văn phòng được bảo vệ bằng các tài khoản đăng nhập và TLS, còn bằng chứng thì được mã hóa bằng khóa văn phòng (xem hướng dẫn chế độ văn phòng).</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Đã hủy kết nối.</translation>
    </message>
    <message>
        <source>Res&amp;tore Office Backup…</source>
        <translation>&amp;Khôi phục bản sao lưu văn phòng…</translation>
    </message>
    <message>
        <source>Restores an office backup into a new, empty office database on the server (office admins only); the database open now is not changed.</source>
        <translation>Khôi phục bản sao lưu văn phòng vào một cơ sở dữ liệu văn phòng mới và trống trên máy chủ (chỉ dành cho người quản trị của văn phòng); cơ sở dữ liệu đang mở không bị thay đổi.</translation>
    </message>
    <message>
        <source>Replaces the cases in this database with those of a backup.</source>
        <translation>Thay các hồ sơ trong cơ sở dữ liệu này bằng hồ sơ của một bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerHint</name>
    <message numerus="yes">
        <source>This officer appears in %n other case(s): %1</source>
        <translation>
            <numerusform>Cảnh sát viên này có trong %n hồ sơ khác: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerRosterDialog</name>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>%n cảnh sát viên.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of badge %1 (%2):</source>
        <translation>Các hồ sơ của phù hiệu %1 (%2):</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>không rõ cơ quan</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this officer.</source>
        <translation>
            <numerusform>%n hồ sơ của cảnh sát viên này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Cảnh sát viên</translation>
    </message>
    <message>
        <source>Officers recognized across cases by badge number and agency. Spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros in a badge number are ignored; a record without an agency is listed on its own.</source>
        <translation>Các cảnh sát viên được nhận ra qua các hồ sơ theo số phù hiệu và cơ quan. Khoảng trắng, &quot;#&quot;, &quot;No.&quot; và các số 0 ở đầu số phù hiệu được bỏ qua; bản ghi không có cơ quan được liệt kê riêng.</translation>
    </message>
    <message>
        <source>In at least this many &amp;incidents:</source>
        <translation>Có trong ít nhất số &amp;sự việc này:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Sự việc đầu tiên</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Sự việc gần nhất</translation>
    </message>
    <message>
        <source>Press Enter on an officer to list their cases.</source>
        <translation>Nhấn Enter trên một cảnh sát viên để liệt kê các hồ sơ của người đó.</translation>
    </message>
    <message>
        <source>Reading the officers…</source>
        <translation>Đang đọc danh sách cảnh sát viên…</translation>
    </message>
    <message>
        <source>Reading the cases of this officer…</source>
        <translation>Đang đọc các hồ sơ của cảnh sát viên này…</translation>
    </message>
</context>
<context>
    <name>td::ui::PlaintextBanner</name>
    <message>
        <source>This database is not encrypted. Anyone who gets hold of this computer or a copy of the file can read every case.</source>
        <translation>Cơ sở dữ liệu này chưa được mã hóa. Bất kỳ ai có được máy tính này hoặc bản sao của tập tin đều đọc được mọi hồ sơ.</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>Cơ sở dữ liệu chưa được mã hóa</translation>
    </message>
    <message>
        <source>E&amp;ncrypt…</source>
        <translation>&amp;Mã hóa…</translation>
    </message>
</context>
<context>
    <name>td::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Mặc định của hệ thống (%1)</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Case records stay in the language they were written in.</source>
        <translation>Ngôn ngữ của trình đơn, nút và thông báo. Nội dung hồ sơ vẫn giữ ngôn ngữ mà nó được viết.</translation>
    </message>
    <message>
        <source>The new language applies at once. Dates and numbers follow it.</source>
        <translation>Ngôn ngữ mới được áp dụng ngay. Ngày tháng và con số cũng đổi theo.</translation>
    </message>
    <message>
        <source>&amp;Recorded as:</source>
        <translation>&amp;Ghi là:</translation>
    </message>
    <message>
        <source>Set the caseworker profile…</source>
        <translation>Đặt thông tin nhân viên phụ trách…</translation>
    </message>
    <message>
        <source>The name and role that the audit log and the chain of custody record for what you do. Click to change them.</source>
        <translation>Tên và vai trò mà nhật ký kiểm tra và chuỗi lưu giữ ghi lại cho những việc bạn làm. Bấm để thay đổi.</translation>
    </message>
</context>
<context>
    <name>td::ui::RecoveryKeyActions</name>
    <message>
        <source>At least %n characters.</source>
        <translation>Ít nhất %n ký tự.</translation>
    </message>
    <message>
        <source>Strength: weak. Four or five unrelated words are much harder to guess and easier to remember.</source>
        <translation>Độ mạnh: yếu. Bốn hoặc năm từ không liên quan đến nhau khó đoán hơn nhiều và dễ nhớ hơn.</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>Độ mạnh: trung bình. Thêm vài từ nữa sẽ khó đoán hơn nhiều.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Độ mạnh: mạnh.</translation>
    </message>
    <message>
        <source>TrustDesk recovery key</source>
        <translation>Khóa khôi phục TrustDesk</translation>
    </message>
    <message>
        <source>Keep this page locked away, apart from the computer. Anyone who has it and the database can read every case.</source>
        <translation>Hãy cất trang này ở nơi có khóa, tách khỏi máy tính. Ai có trang này và cơ sở dữ liệu đều có thể đọc mọi hồ sơ.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else so it does not stay on the clipboard.</source>
        <translation>Đã sao chép. Hãy dán vào nơi quý vị cất giữ an toàn, rồi sao chép thứ khác để khóa không còn nằm trong bộ nhớ tạm.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Lưu khóa khôi phục</translation>
    </message>
    <message>
        <source>The recovery key could not be saved: %1</source>
        <translation>Không thể lưu khóa khôi phục: %1</translation>
    </message>
    <message>
        <source>TrustDesk recovery key for %1
%2
</source>
        <translation>Khóa khôi phục TrustDesk cho %1
%2
</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick kept locked away): beside the database it protects nothing.</source>
        <translation>Đã lưu vào %1. Hãy chuyển nó ra khỏi máy tính này (vào một USB được cất giữ có khóa): để cạnh cơ sở dữ liệu thì nó không bảo vệ được gì.</translation>
    </message>
</context>
<context>
    <name>td::ui::RedactDialog</name>
    <message>
        <source>Looking for faces…</source>
        <translation>Đang tìm khuôn mặt…</translation>
    </message>
    <message>
        <source>No face was suggested. Detection misses faces: look at the whole image.</source>
        <translation>Không có khuôn mặt nào được gợi ý. Chức năng nhận diện có thể bỏ sót khuôn mặt: hãy xem toàn bộ hình.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested (dashed yellow): accept each with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</source>
        <translation>
            <numerusform>Đã gợi ý %n khuôn mặt (khung vàng nét đứt): nhấp đúp hoặc nhấn Enter để nhận từng khung, di chuyển hoặc xóa khung. Chức năng nhận diện có thể bỏ sót khuôn mặt: hãy kiểm tra toàn bộ hình.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw at least one box over what should be hidden.</source>
        <translation>Hãy vẽ ít nhất một khung lên phần cần che.</translation>
    </message>
    <message>
        <source>Suggestions Not Accepted</source>
        <translation>Chưa nhận các gợi ý</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested box(es) were not accepted and will not be covered.</source>
        <translation>
            <numerusform>%n khung được gợi ý chưa được nhận và sẽ không được che.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them</source>
        <translation>Xem lại</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>Lưu mà không có chúng</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover; %1 suggestion(s) to review.</source>
        <translation>
            <numerusform>%n khung cần che; %1 gợi ý cần xem lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover.</source>
        <translation>
            <numerusform>%n khung cần che.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redact %1</source>
        <translation>Che thông tin %1</translation>
    </message>
    <message>
        <source>Drag on the image to cover faces, plates, badge numbers or addresses. Drag a box to move it; Delete removes the selected box. The copy is a new item: the original is kept unchanged.</source>
        <translation>Kéo trên hình để che khuôn mặt, biển số xe, số phù hiệu hoặc địa chỉ. Kéo một khung để di chuyển nó; phím Delete xóa khung đang chọn. Bản sao là một mục mới: bản gốc được giữ nguyên.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Phương pháp:</translation>
    </message>
    <message>
        <source>Fill (solid black)</source>
        <translation>Tô kín (đen đặc)</translation>
    </message>
    <message>
        <source>Pixelate (coarse blocks)</source>
        <translation>Làm mờ ô vuông (khối lớn)</translation>
    </message>
    <message>
        <source>&amp;Suggest Faces</source>
        <translation>&amp;Gợi ý khuôn mặt</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Nhận gợi ý</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation>Nhận tất &amp;cả gợi ý</translation>
    </message>
    <message>
        <source>&amp;Remove Box</source>
        <translation>&amp;Xóa khung</translation>
    </message>
    <message>
        <source>Save Redacted &amp;Copy</source>
        <translation>Lưu &amp;bản sao đã che</translation>
    </message>
    <message>
        <source>Saving the redacted copy of %1…</source>
        <translation>Đang lưu bản sao đã che của %1…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Che thông tin</translation>
    </message>
    <message>
        <source>The redacted copy was not saved: %1 Your boxes are still here; you can try again.</source>
        <translation>Bản sao đã che chưa được lưu: %1 Các khung của bạn vẫn còn ở đây; bạn có thể thử lại.</translation>
    </message>
</context>
<context>
    <name>td::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Gỡ</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Gỡ %1 %2</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Chưa có gì.</translation>
    </message>
</context>
<context>
    <name>td::ui::SecurityDialog</name>
    <message>
        <source>Security</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Khóa sau</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Mật khẩu &amp;mới</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Xác nhận</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>The passphrase could not be stored; try again.</source>
        <translation>Không thể lưu mật khẩu; hãy thử lại.</translation>
    </message>
    <message>
        <source>Lock when the &amp;computer locks, goes to sleep or starts its screen saver</source>
        <translation>Khóa khi máy &amp;tính khóa, chuyển sang chế độ ngủ hoặc bật màn hình chờ</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>Đổ&amp;i mật khẩu…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until the database&apos;s passphrase or recovery key is entered again.</source>
        <translation>Sau khoảng thời gian đã chọn mà không có thao tác nào, TrustDesk ẩn mọi dữ liệu hồ sơ cho đến khi nhập lại mật khẩu hoặc khóa khôi phục của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until it is unlocked. The passphrase itself is never stored, only a check value that cannot be turned back into it; leave the new fields empty to keep it.</source>
        <translation>Sau khoảng thời gian đã chọn mà không có thao tác nào, TrustDesk ẩn mọi dữ liệu hồ sơ cho đến khi được mở khóa. Bản thân mật khẩu không bao giờ được lưu, chỉ lưu một giá trị kiểm tra không thể đổi ngược lại thành mật khẩu; để trống các trường mật khẩu mới nếu muốn giữ mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>Passphrase Changed</source>
        <translation>Đã đổi mật khẩu</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on. The recovery key still does.</source>
        <translation>Từ bây giờ, mật khẩu mới sẽ mở cơ sở dữ liệu này. Khóa khôi phục vẫn mở được.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Mật khẩu &amp;hiện tại</translation>
    </message>
</context>
<context>
    <name>td::ui::SensitiveMask</name>
    <message>
        <source>Hidden</source>
        <translation>Đã ẩn</translation>
    </message>
    <message>
        <source>Revealing cannot be recorded here.</source>
        <translation>Không thể ghi lại việc hiển thị ở đây.</translation>
    </message>
    <message>
        <source>Hidden. Reveal it with the button beside it (recorded in the audit log), or type a new value to replace it.</source>
        <translation>Đã ẩn. Hiển thị bằng nút bên cạnh (được ghi vào nhật ký kiểm tra), hoặc gõ giá trị mới để thay thế.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Hiện %1</translation>
    </message>
    <message>
        <source>Show the stored %1 (recorded in the audit log)</source>
        <translation>Hiện %1 đã lưu (được ghi vào nhật ký kiểm tra)</translation>
    </message>
    <message>
        <source>Replaced by what you typed; clear the field to reveal the stored value instead.</source>
        <translation>Đã được thay bằng nội dung quý vị gõ; xóa trống trường này để hiển thị giá trị đã lưu.</translation>
    </message>
</context>
<context>
    <name>td::ui::ServerLogin</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Đang kết nối với máy chủ văn phòng…</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsChartView</name>
    <message>
        <source>Nothing to chart: no incident matches these filters.</source>
        <translation>Không có gì để vẽ biểu đồ: không sự việc nào khớp với các bộ lọc này.</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsTableModel</name>
    <message>
        <source>Total (each counted once)</source>
        <translation>Tổng cộng (mỗi mục đếm một lần)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsWindow</name>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Nhân &amp;viên phụ trách:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Hàng:</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>&amp;Cột:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>Đế&amp;m:</translation>
    </message>
    <message>
        <source>First incident date counted; empty: from the first incident.</source>
        <translation>Ngày sự việc đầu tiên được đếm; để trống: từ sự việc đầu tiên.</translation>
    </message>
    <message>
        <source>Last incident date counted; empty: up to the last incident.</source>
        <translation>Ngày sự việc cuối cùng được đếm; để trống: đến sự việc gần nhất.</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>Mọi nhân viên phụ trách</translation>
    </message>
    <message>
        <source>Tick the case statuses to count; none ticked counts every case.</source>
        <translation>Đánh dấu các tình trạng hồ sơ cần đếm; không đánh dấu tình trạng nào thì đếm mọi hồ sơ.</translation>
    </message>
    <message>
        <source>Export &amp;hides counts below:</source>
        <translation>Khi xuất, ẩn số đếm &amp;dưới:</translation>
    </message>
    <message>
        <source>Published figures hide every count from 1 to this number minus one, and further counts so the hidden ones cannot be worked out. 1 hides nothing.</source>
        <translation>Số liệu công bố ẩn mọi số đếm từ 1 đến số này trừ một, và thêm một số số đếm khác để không thể suy ra các số đã ẩn. Đặt 1 thì không ẩn gì.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Save these figures as CSV or PDF to publish, with small counts hidden. This window shows every count: it is for the office only.</source>
        <translation>Lưu các số liệu này thành CSV hoặc PDF để công bố, với các số đếm nhỏ được ẩn đi. Cửa sổ này hiện mọi số đếm: chỉ dành cho nội bộ văn phòng.</translation>
    </message>
    <message>
        <source>Ca&amp;ses: click a bar or double-click a cell to list its cases.</source>
        <translation>Hồ &amp;sơ: bấm vào một cột biểu đồ hoặc bấm đúp vào một ô để liệt kê các hồ sơ của nó.</translation>
    </message>
    <message>
        <source>The first date is after the last: nothing to count.</source>
        <translation>Ngày bắt đầu ở sau ngày kết thúc: không có gì để đếm.</translation>
    </message>
    <message>
        <source>Chart of %1 by %2</source>
        <translation>Biểu đồ %1 theo %2</translation>
    </message>
    <message>
        <source>Raw counts, for the office only: %1 and %2.</source>
        <translation>Số đếm gốc, chỉ dành cho nội bộ văn phòng: %1 và %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln hồ sơ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln sự việc</numerusform>
        </translation>
    </message>
    <message>
        <source>A case or incident can fall in several rows or columns, so the totals count each once and are less than the sum of the cells.</source>
        <translation>Một hồ sơ hoặc sự việc có thể nằm trong nhiều hàng hoặc cột, nên các tổng đếm mỗi mục một lần và nhỏ hơn tổng các ô.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: counting…</source>
        <translation>Hồ &amp;sơ trong %1: đang đếm…</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: %2, the first %3 listed (double-click or Enter opens one)</source>
        <translation>Hồ &amp;sơ trong %1: %2, liệt kê %3 hồ sơ đầu tiên (bấm đúp hoặc nhấn Enter để mở)</translation>
    </message>
    <message numerus="yes">
        <source>Ca&amp;ses in %1: %Ln (double-click or Enter opens one)</source>
        <translation>
            <numerusform>Hồ &amp;sơ trong %1: %Ln (bấm đúp hoặc nhấn Enter để mở)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a date like %1, or leave it empty.</source>
        <extracomment>%1 is a date in the interface language&apos;s style, e.g. 12/31/2026.</extracomment>
        <translation>Hãy nhập ngày theo dạng %1, hoặc để trống.</translation>
    </message>
</context>
<context>
    <name>td::ui::VaultSetupDialog</name>
    <message>
        <source>The encrypted database could not be created: %1</source>
        <translation>Không tạo được cơ sở dữ liệu mã hóa: %1</translation>
    </message>
    <message>
        <source>Protect Your Cases</source>
        <translation>Bảo vệ các hồ sơ của bạn</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TrustDesk keeps every case encrypted on this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Without it nobody can read the clients&apos; names, addresses, immigration status or anything else in TrustDesk, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;If the passphrase is forgotten, the only way back in is the recovery key shown on the next page. Without either, the cases are lost for good: nobody, not even the makers of TrustDesk, can recover them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TrustDesk giữ mọi hồ sơ ở dạng mã hóa trên máy tính này.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Hãy chọn một mật khẩu. Không có nó, không ai đọc được tên, địa chỉ, tình trạng di trú của thân chủ hay bất cứ thứ gì khác trong TrustDesk, kể cả khi có ổ đĩa của máy tính này trong tay. Bạn nhập nó mỗi lần TrustDesk khởi động.&lt;/p&gt;&lt;p&gt;Nếu quên mật khẩu, cách duy nhất để vào lại là khóa khôi phục hiển thị ở trang sau. Không có cả hai, các hồ sơ sẽ mất vĩnh viễn: không ai, kể cả những người làm ra TrustDesk, có thể khôi phục chúng.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Encrypt and Continue</source>
        <translation>Mã &amp;hóa và tiếp tục</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds: the passphrase is made deliberately slow to guess.</source>
        <translation>Đang tạo cơ sở dữ liệu mã hóa… Việc này mất vài giây: mật khẩu được cố ý xử lý chậm để khó đoán.</translation>
    </message>
    <message>
        <source>This is the recovery key. It is shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase.</source>
        <translation>Đây là khóa khôi phục. Nó chỉ hiển thị lần này. Hãy ghi lại hoặc in ra, và cất ở nơi an toàn, xa máy tính này. Nó mở được cơ sở dữ liệu nếu quên mật khẩu, nên hãy giữ nó cẩn thận như mật khẩu.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>&amp;Lưu thành tập tin…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>Tôi đã &amp;ghi lại hoặc cất giữ an toàn</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
</context>
<context>
    <name>trustdesk-cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>init không nhận tham số.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Cơ sở dữ liệu đã sẵn sàng: %1 (cấu trúc %2)</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n problem(s).</source>
        <translation>
            <numerusform>Kiểm tra THẤT BẠI: %n vấn đề.</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>tập tin sao lưu</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 cần đúng một FILE.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Đã ghi và kiểm tra bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Restored from %1 into %2</source>
        <translation>Đã khôi phục từ %1 vào %2</translation>
    </message>
    <message>
        <source>List cases, newest first: reference, status, opened date, client.</source>
        <translation>Liệt kê hồ sơ, mới nhất trước: mã hồ sơ, tình trạng, ngày mở, thân chủ.</translation>
    </message>
    <message>
        <source>only cases with this status (%1)</source>
        <translation>chỉ các hồ sơ có tình trạng này (%1)</translation>
    </message>
    <message>
        <source>print JSON instead of one line a case</source>
        <translation>in JSON thay vì mỗi hồ sơ một dòng</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list không nhận tham số.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>Tình trạng không xác định &quot;%1&quot;. Hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</source>
        <translation>Cách dùng: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Tùy chọn chung:</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>hiện phần trợ giúp này; COMMAND --help hiện các tùy chọn của một lệnh</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>hiện phiên bản</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db cần đường dẫn tập tin.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Tùy chọn không xác định %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Lệnh không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Search cases. Accents and case do not matter; the last word may be the start of a word. Best matches first.</source>
        <translation>Tìm hồ sơ. Không phân biệt dấu và chữ hoa; từ cuối cùng có thể là phần đầu của một từ. Kết quả khớp nhất hiện trước.</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>các từ cần tìm</translation>
    </message>
    <message>
        <source>at most N results (default 50)</source>
        <translation>tối đa N kết quả (mặc định 50)</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search cần một QUERY.</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit cần một số nguyên dương.</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify không nhận tham số.</translation>
    </message>
    <message>
        <source>Verification passed: %1</source>
        <translation>Kiểm tra đạt: %1</translation>
    </message>
    <message>
        <source>Add fictional demo cases to the database (created when missing). The same seed always gives the same cases.</source>
        <translation>Thêm hồ sơ mẫu hư cấu vào cơ sở dữ liệu (tạo mới nếu chưa có). Cùng một hạt giống luôn cho ra cùng các hồ sơ.</translation>
    </message>
    <message>
        <source>how many cases to add (required)</source>
        <translation>số hồ sơ cần thêm (bắt buộc)</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>hạt giống ngẫu nhiên (mặc định 1)</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo không nhận tham số.</translation>
    </message>
    <message>
        <source>demo needs --cases N.</source>
        <translation>demo cần --cases N.</translation>
    </message>
    <message>
        <source>--cases needs a positive whole number.</source>
        <translation>--cases cần một số nguyên dương.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of zero or more.</source>
        <translation>--seed cần một số nguyên từ 0 trở lên.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) were added before the error.</source>
        <translation>
            <numerusform>Đã thêm %n hồ sơ mẫu trước khi gặp lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding demo cases: %1 of %2</source>
        <translation>Đang thêm hồ sơ mẫu: %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>Đã thêm %n hồ sơ mẫu.</numerusform>
        </translation>
    </message>
    <message>
        <source>case references to export (default: every case)</source>
        <translation>mã các hồ sơ cần xuất (mặc định: mọi hồ sơ)</translation>
    </message>
    <message>
        <source>write to FILE (owner-only) instead of standard output</source>
        <translation>ghi vào FILE (chỉ chủ sở hữu) thay vì đầu ra chuẩn</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n hồ sơ vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>language code (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</source>
        <translation>mã ngôn ngữ (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</translation>
    </message>
    <message>
        <source>with show: write a handout PDF to FILE</source>
        <translation>với show: ghi tờ thông tin PDF vào FILE</translation>
    </message>
    <message>
        <source>load the guidance pack from FOLDER instead of the built-in one</source>
        <translation>tải gói hướng dẫn từ FOLDER thay vì gói có sẵn</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>Hướng dẫn không có bằng &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>guidance list takes no more arguments.</source>
        <translation>guidance list không nhận thêm tham số.</translation>
    </message>
    <message>
        <source>guidance show needs exactly one article ID.</source>
        <translation>guidance show cần đúng một ID bài viết.</translation>
    </message>
    <message>
        <source>There is no guidance article &quot;%1&quot;. See: guidance list</source>
        <translation>Không có bài hướng dẫn &quot;%1&quot;. Xem: guidance list</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper phải là a4 hoặc letter.</translation>
    </message>
    <message>
        <source>Handout written: %1</source>
        <translation>Đã ghi tờ thông tin: %1</translation>
    </message>
    <message>
        <source>guidance search needs a QUERY.</source>
        <translation>guidance search cần một QUERY.</translation>
    </message>
    <message>
        <source>Import the cases of a TrustDesk JSON file. The whole file is checked first: one bad case rejects it, naming the case and the field, and nothing is added.</source>
        <translation>Nhập các hồ sơ từ tập tin JSON của TrustDesk. Toàn bộ tập tin được kiểm tra trước: chỉ một hồ sơ sai là cả tập tin bị từ chối, kèm tên hồ sơ và trường bị sai, và không có gì được thêm vào.</translation>
    </message>
    <message>
        <source>the TrustDesk JSON file</source>
        <translation>tập tin JSON của TrustDesk</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import cần đúng một FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Đã nhập %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>the case reference, e.g. TD-2026-00042</source>
        <translation>mã hồ sơ, ví dụ TD-2026-00042</translation>
    </message>
    <message>
        <source>print JSON (the interchange format) instead of text</source>
        <translation>in JSON (định dạng trao đổi) thay vì văn bản</translation>
    </message>
    <message>
        <source>show needs exactly one REF.</source>
        <translation>show cần đúng một REF.</translation>
    </message>
    <message>
        <source>Attach files to a case as evidence. Each file is copied into the evidence store beside the database and identified by its SHA-256; the original is only read. A file already on the case is reported and stored once.</source>
        <translation>Đính kèm tập tin vào hồ sơ làm bằng chứng. Mỗi tập tin được sao chép vào kho bằng chứng bên cạnh cơ sở dữ liệu và được nhận dạng bằng SHA-256; tập tin gốc chỉ được đọc. Tập tin đã có trong hồ sơ sẽ được báo lại và chỉ lưu một lần.</translation>
    </message>
    <message>
        <source>the case reference</source>
        <translation>mã hồ sơ</translation>
    </message>
    <message>
        <source>files to attach</source>
        <translation>các tập tin cần đính kèm</translation>
    </message>
    <message>
        <source>a description recorded with every file</source>
        <translation>mô tả được ghi kèm mỗi tập tin</translation>
    </message>
    <message>
        <source>where the files came from: %1</source>
        <translation>nguồn gốc của các tập tin: %1</translation>
    </message>
    <message>
        <source>attach needs a case reference and at least one file.</source>
        <translation>attach cần một mã hồ sơ và ít nhất một tập tin.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Nguồn không xác định &quot;%1&quot;. Hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: %2, %3 bytes, %4</source>
        <translation>Đã đính kèm &quot;%1&quot;: %2, %3 byte, %4</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file for imported evidence item %2 (%3)</source>
        <translation>Đã đính kèm &quot;%1&quot;: tập tin cho mục bằng chứng đã nhập %2 (%3)</translation>
    </message>
    <message>
        <source>Already attached: &quot;%1&quot; is the same file as evidence item %2 (&quot;%3&quot;); stored once.</source>
        <translation>Đã đính kèm trước đó: &quot;%1&quot; là cùng tập tin với mục bằng chứng %2 (&quot;%3&quot;); chỉ lưu một lần.</translation>
    </message>
    <message>
        <source>Write the client&apos;s copy as a PDF: what was filed and the next steps from the guidance pack, in the client&apos;s preferred language (or --lang). It names no sensitive client field.</source>
        <translation>Ghi bản sao cho thân chủ ra PDF: những gì đã nộp và các bước tiếp theo từ gói hướng dẫn, bằng ngôn ngữ ưa dùng của thân chủ (hoặc --lang). Không nêu trường nhạy cảm nào của thân chủ.</translation>
    </message>
    <message>
        <source>the PDF to write (required)</source>
        <translation>tập tin PDF cần ghi (bắt buộc)</translation>
    </message>
    <message>
        <source>when nothing is filed yet: bpd-iad (default), accountability or a body&apos;s name</source>
        <translation>khi chưa nộp gì: bpd-iad (mặc định), accountability hoặc tên một cơ quan</translation>
    </message>
    <message>
        <source>client-copy needs exactly one REF.</source>
        <translation>client-copy cần đúng một REF.</translation>
    </message>
    <message>
        <source>client-copy needs --out FILE.pdf.</source>
        <translation>client-copy cần --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability or a body&apos;s name.</source>
        <translation>--to cần bpd-iad, accountability hoặc tên một cơ quan.</translation>
    </message>
    <message>
        <source>Client copy written: %1 (%2)</source>
        <translation>Đã ghi bản sao cho thân chủ: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>in JSON</translation>
    </message>
    <message>
        <source>evidence needs exactly one case reference.</source>
        <translation>evidence cần đúng một mã hồ sơ.</translation>
    </message>
    <message>
        <source>Copy a case&apos;s evidence into a new or empty folder with manifest.json, manifest.txt and SHA256SUMS (names, hashes, sizes, chain of custody). Every file is re-hashed while it is copied; a changed or missing file is not exported and the exit code is 3.</source>
        <translation>Sao chép bằng chứng của hồ sơ vào một thư mục mới hoặc trống cùng manifest.json, manifest.txt và SHA256SUMS (tên, mã băm, kích thước, chuỗi lưu giữ). Mỗi tập tin được tính lại mã băm khi sao chép; tập tin bị thay đổi hoặc bị thiếu sẽ không được xuất và mã thoát là 3.</translation>
    </message>
    <message>
        <source>the folder to write (created owner-only; must be new or empty)</source>
        <translation>thư mục cần ghi (chỉ chủ sở hữu; phải là thư mục mới hoặc trống)</translation>
    </message>
    <message>
        <source>evidence-export needs exactly one case reference.</source>
        <translation>evidence-export cần đúng một mã hồ sơ.</translation>
    </message>
    <message>
        <source>evidence-export needs --out FOLDER.</source>
        <translation>evidence-export cần --out FOLDER.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Đã xuất %n tập tin vào %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no file (details imported only) and are listed in the manifest.</source>
        <translation>
            <numerusform>%n mục không có tập tin (chỉ nhập thông tin) và được liệt kê trong bản kê.</numerusform>
        </translation>
    </message>
    <message>
        <source>who files: client, on-behalf (default) or anonymous</source>
        <translation>ai nộp: client, on-behalf (mặc định) hoặc anonymous</translation>
    </message>
    <message>
        <source>with on-behalf: who files (default: the case&apos;s caseworker)</source>
        <translation>với on-behalf: ai nộp (mặc định: nhân viên phụ trách hồ sơ)</translation>
    </message>
    <message>
        <source>with on-behalf: the office filing</source>
        <translation>với on-behalf: văn phòng nộp</translation>
    </message>
    <message>
        <source>the requested action (default: the standard request)</source>
        <translation>hành động được đề nghị (mặc định: đề nghị tiêu chuẩn)</translation>
    </message>
    <message>
        <source>report needs exactly one REF.</source>
        <translation>report cần đúng một REF.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report cần --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--filer must be client, on-behalf or anonymous.</source>
        <translation>--filer phải là client, on-behalf hoặc anonymous.</translation>
    </message>
    <message>
        <source>Warning: the client&apos;s consent to file is not recorded; the PDF is marked as a draft.</source>
        <translation>Cảnh báo: chưa ghi nhận sự đồng ý nộp khiếu nại của thân chủ; tập tin PDF được đánh dấu là bản nháp.</translation>
    </message>
    <message>
        <source>Complaint written: %1</source>
        <translation>Đã ghi khiếu nại: %1</translation>
    </message>
    <message>
        <source>Sensitive fields included: %1</source>
        <translation>Các trường nhạy cảm được đưa vào: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>The verification could not be recorded in the chain of custody: %1</source>
        <translation>Không thể ghi lần kiểm tra này vào chuỗi lưu giữ: %1</translation>
    </message>
    <message>
        <source>This command needs %1, which is not installed next to trustdesk-cli. Reinstall TrustDesk.</source>
        <translation>Lệnh này cần %1, nhưng chương trình này chưa được cài đặt cạnh trustdesk-cli. Hãy cài đặt lại TrustDesk.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Không thể khởi động %1: %2</translation>
    </message>
    <message>
        <source>Its evidence is in %1; keep the two together.</source>
        <translation>Bằng chứng của nó ở %1; hãy giữ hai thứ này cùng nhau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; nothing changed. %2</source>
        <translation>&quot;%1&quot; chưa được khôi phục; không có gì thay đổi. %2</translation>
    </message>
    <message>
        <source>There is no evidence item %1. Nothing was removed.</source>
        <translation>Không có mục bằng chứng %1. Chưa gỡ gì.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2. Nothing was removed.</source>
        <translation>Mục bằng chứng %1 không thuộc hồ sơ %2. Chưa gỡ gì.</translation>
    </message>
    <message>
        <source>Remove one evidence item from a case. EVIDENCE_ID is the item id that &quot;evidence REF&quot; lists. The reason is required and stays in the chain of custody. The file leaves the evidence store unless another item (on any case) holds the same bytes.</source>
        <translation>Gỡ một mục bằng chứng khỏi hồ sơ. EVIDENCE_ID là mã mục mà &quot;evidence REF&quot; liệt kê. Bắt buộc phải có lý do, và lý do được giữ trong chuỗi lưu giữ. Tập tin sẽ rời khỏi kho bằng chứng, trừ khi một mục khác (ở bất kỳ hồ sơ nào) có cùng nội dung.</translation>
    </message>
    <message>
        <source>the evidence item id</source>
        <translation>mã mục bằng chứng</translation>
    </message>
    <message>
        <source>why the item is removed (required; kept in the chain of custody)</source>
        <translation>lý do gỡ mục này (bắt buộc; được giữ trong chuỗi lưu giữ)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, id, sha256, display_name, stored (the item had a file) and file_removed (the file left the store)</source>
        <translation>in JSON: case_reference, id, sha256, display_name, stored (mục có tập tin) và file_removed (tập tin đã rời khỏi kho)</translation>
    </message>
    <message>
        <source>evidence-remove needs a case reference and one evidence item id.</source>
        <translation>evidence-remove cần một mã hồ sơ và một mã mục bằng chứng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an evidence item id: use the number that &quot;evidence %2&quot; lists.</source>
        <translation>&quot;%1&quot; không phải là mã mục bằng chứng: hãy dùng số mà &quot;evidence %2&quot; liệt kê.</translation>
    </message>
    <message>
        <source>evidence-remove needs --reason TEXT: the reason is kept in the chain of custody.</source>
        <translation>evidence-remove cần --reason TEXT: lý do được giữ trong chuỗi lưu giữ.</translation>
    </message>
    <message>
        <source>Removed evidence item %1 (&quot;%2&quot;) from %3; the reason is kept in the chain of custody.</source>
        <translation>Đã gỡ mục bằng chứng %1 (&quot;%2&quot;) khỏi %3; lý do được giữ trong chuỗi lưu giữ.</translation>
    </message>
    <message>
        <source>Its file was deleted from the evidence store.</source>
        <translation>Tập tin của nó đã bị xóa khỏi kho bằng chứng.</translation>
    </message>
    <message>
        <source>Its file stays in the evidence store: another item holds the same bytes.</source>
        <translation>Tập tin của nó vẫn ở trong kho bằng chứng: một mục khác có cùng nội dung.</translation>
    </message>
    <message>
        <source>Note: the file withheld these sensitive fields, which stay empty: %1</source>
        <translation>Lưu ý: tập tin đã giữ lại các trường nhạy cảm sau, các trường này để trống: %1</translation>
    </message>
    <message>
        <source>deliberately include every sensitive client field and witness contact details (recorded in the audit log)</source>
        <translation>cố ý đưa vào mọi trường nhạy cảm của thân chủ và thông tin liên lạc của nhân chứng (được ghi vào nhật ký kiểm tra)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive client field or witness detail. Use one of: %2.</source>
        <translation>&quot;%1&quot; không phải là trường nhạy cảm của thân chủ hay thông tin của nhân chứng. Hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>Show one case. Sensitive client fields and witness contact details are withheld unless deliberately included; --json prints a TrustDesk JSON file holding just this case.</source>
        <translation>Hiện một hồ sơ. Các trường nhạy cảm của thân chủ và thông tin liên lạc của nhân chứng bị ẩn trừ khi được cố ý đưa vào; --json in ra một tập tin JSON của TrustDesk chỉ chứa hồ sơ này.</translation>
    </message>
    <message>
        <source>audit verify takes no other argument than --head.</source>
        <translation>audit verify không nhận đối số nào khác ngoài --head.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the log was changed behind TrustDesk&apos;s back.</source>
        <translation>Kiểm chứng nhật ký kiểm tra THẤT BẠI: nhật ký đã bị thay đổi mà TrustDesk không biết.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the entry %1 recorded earlier is no longer in the log; its tail was cut off or the log was replaced.</source>
        <translation>Kiểm chứng nhật ký kiểm tra THẤT BẠI: mục %1 ghi nhận trước đây không còn trong nhật ký; phần cuối nhật ký đã bị cắt hoặc nhật ký đã bị thay thế.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: entry %1, recorded in %2 when it was written, is no longer in the log; its tail was cut off or an older copy of the database was put back.</source>
        <translation>Kiểm chứng nhật ký kiểm tra THẤT BẠI: mục %1, được ghi nhận trong %2 khi nó được ghi, không còn trong nhật ký; phần cuối nhật ký đã bị cắt hoặc một bản sao cũ hơn của cơ sở dữ liệu đã được đặt lại.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entries, chain head %1.</source>
        <translation>
            <numerusform>Đã kiểm chứng nhật ký kiểm tra: %n mục, đầu chuỗi %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit log, oldest first: time (UTC), actor, action, case, details.
&quot;audit verify&quot; checks the log&apos;s hash chain instead (exit 3 when it was changed).</source>
        <translation>Liệt kê nhật ký kiểm tra, cũ nhất trước: thời gian (UTC), người thực hiện, hành động, hồ sơ, chi tiết.
&quot;audit verify&quot; thì kiểm tra chuỗi băm của nhật ký (thoát với mã 3 nếu nó đã bị thay đổi).</translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation>kiểm tra chuỗi băm</translation>
    </message>
    <message>
        <source>only the entries about case REF</source>
        <translation>chỉ các mục về hồ sơ REF</translation>
    </message>
    <message>
        <source>only the entries from DATE on: YYYY-MM-DD or an ISO 8601 date and time (UTC unless it has an offset)</source>
        <translation>chỉ các mục từ NGÀY trở đi: YYYY-MM-DD hoặc ngày giờ ISO 8601 (UTC nếu không ghi độ lệch múi giờ)</translation>
    </message>
    <message>
        <source>print JSON instead of one line an entry</source>
        <translation>in JSON thay vì mỗi mục một dòng</translation>
    </message>
    <message>
        <source>with verify: also fail unless the entry with this hash (a head printed by an earlier verify) is still in the log</source>
        <translation>dùng với verify: cũng báo thất bại nếu mục có mã băm này (đầu chuỗi do lần verify trước in ra) không còn trong nhật ký</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; did you mean &quot;audit verify&quot;?</source>
        <translation>Đối số không rõ &quot;%1&quot;; ý bạn là &quot;audit verify&quot;?</translation>
    </message>
    <message>
        <source>--head goes with &quot;audit verify&quot;.</source>
        <translation>--head dùng kèm với &quot;audit verify&quot;.</translation>
    </message>
    <message>
        <source>--case needs a reference.</source>
        <translation>--case cần một mã hồ sơ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation>&quot;%1&quot; không phải là ngày: hãy dùng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM[:SS].</translation>
    </message>
    <message>
        <source>(carried over by a restore)</source>
        <translation>(được mang sang khi khôi phục)</translation>
    </message>
    <message>
        <source>The backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new path with --db, or run `trustdesk-cli encrypt` on this database first.</source>
        <translation>Bản sao lưu đã được mã hóa còn cơ sở dữ liệu này thì không, nên các hồ sơ sẽ bị ghi ra mà không mã hóa. Hãy khôi phục vào một đường dẫn mới bằng --db, hoặc chạy `trustdesk-cli encrypt` trên cơ sở dữ liệu này trước.</translation>
    </message>
    <message>
        <source>The key file could not be copied beside %1.</source>
        <translation>Không sao chép được tập tin khóa vào cạnh %1.</translation>
    </message>
    <message>
        <source>the new passphrase: the first line of FILE</source>
        <translation>mật khẩu mới: dòng đầu tiên của FILE</translation>
    </message>
    <message>
        <source>change-passphrase takes no arguments.</source>
        <translation>change-passphrase không nhận đối số.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>Cơ sở dữ liệu &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no passphrase to change. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Cơ sở dữ liệu này chưa được mã hóa, nên không có mật khẩu để đổi. `trustdesk-cli encrypt` sẽ mã hóa nó.</translation>
    </message>
    <message>
        <source>The passphrase was changed. The old one no longer opens %1; the recovery key still does.</source>
        <translation>Đã đổi mật khẩu. Mật khẩu cũ không còn mở được %1; khóa khôi phục vẫn mở được.</translation>
    </message>
    <message>
        <source>An encryption of this database is running or was interrupted. Run `trustdesk-cli encrypt` to finish or undo it.</source>
        <translation>Việc mã hóa cơ sở dữ liệu này đang chạy hoặc đã bị gián đoạn. Hãy chạy `trustdesk-cli encrypt` để hoàn tất hoặc hủy nó.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE</source>
        <translation>mật khẩu của cơ sở dữ liệu mã hóa: dòng đầu tiên của FILE</translation>
    </message>
    <message>
        <source>open an encrypted database with its recovery key, the first line of FILE</source>
        <translation>mở cơ sở dữ liệu mã hóa bằng khóa khôi phục, là dòng đầu tiên của FILE</translation>
    </message>
    <message>
        <source>when the database does not exist yet, make it unencrypted (for throwaway data only); by default a new database is encrypted</source>
        <translation>khi cơ sở dữ liệu chưa tồn tại, tạo nó ở dạng không mã hóa (chỉ cho dữ liệu dùng thử); mặc định cơ sở dữ liệu mới được mã hóa</translation>
    </message>
    <message>
        <source>write a new encrypted database&apos;s recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>ghi khóa khôi phục của cơ sở dữ liệu mã hóa mới vào FILE (chỉ chủ sở hữu truy cập được; FILE chưa được tồn tại) thay vì hiển thị</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; the recovery key is never written over a file.</source>
        <translation>&quot;%1&quot; đã tồn tại; khóa khôi phục không bao giờ được ghi đè lên một tập tin.</translation>
    </message>
    <message>
        <source>The new database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Cơ sở dữ liệu mới đã được mã hóa. Nếu quên mật khẩu, chỉ khóa khôi phục này mở được nó. Khóa chỉ hiển thị lần này: hãy ghi lại hoặc in ra, và cất ở nơi an toàn, xa máy tính này.</translation>
    </message>
    <message>
        <source>The new database is encrypted. Its recovery key, which opens it if the passphrase is ever forgotten, is in %1: keep that file safe, away from this computer.</source>
        <translation>Cơ sở dữ liệu mới đã được mã hóa. Khóa khôi phục, dùng để mở nó nếu quên mật khẩu, nằm trong %1: hãy cất tập tin đó an toàn, xa máy tính này.</translation>
    </message>
    <message>
        <source>The database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Cơ sở dữ liệu đã được mã hóa. Nếu quên mật khẩu, chỉ khóa khôi phục này mở được nó. Khóa chỉ hiển thị lần này: hãy ghi lại hoặc in ra, và cất ở nơi an toàn, xa máy tính này.</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>Không ghi được khóa khôi phục vào &quot;%1&quot;: %2. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>
The recovery key of the encrypted TrustDesk database %1.
It opens the database without its passphrase: keep it safe, away from the computer.
</source>
        <translation>
Khóa khôi phục của cơ sở dữ liệu TrustDesk đã mã hóa %1.
Nó mở được cơ sở dữ liệu mà không cần mật khẩu: hãy cất giữ an toàn, xa máy tính.
</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;. Nothing was changed.</source>
        <translation>Không ghi được khóa khôi phục vào &quot;%1&quot;. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Đang mã hóa</translation>
    </message>
    <message>
        <source>Comparing with the original</source>
        <translation>Đang so sánh với bản gốc</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Putting in place</source>
        <translation>Đang đặt vào vị trí</translation>
    </message>
    <message>
        <source>write the recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>ghi khóa khôi phục vào FILE (chỉ chủ sở hữu truy cập được; FILE chưa được tồn tại) thay vì hiển thị</translation>
    </message>
    <message>
        <source>encrypt takes no arguments.</source>
        <translation>encrypt không nhận đối số.</translation>
    </message>
    <message>
        <source>An interrupted encryption was finished: %1 is encrypted now, with the passphrase and recovery key given then.</source>
        <translation>Đã hoàn tất lần mã hóa bị gián đoạn: %1 giờ đã được mã hóa, với mật khẩu và khóa khôi phục đưa ra lúc đó.</translation>
    </message>
    <message>
        <source>An interrupted encryption was undone; the database was still unencrypted. Starting again.</source>
        <translation>Đã hủy lần mã hóa bị gián đoạn; cơ sở dữ liệu vẫn chưa được mã hóa. Đang bắt đầu lại.</translation>
    </message>
    <message>
        <source>%1 is encrypted now; it opens only with its passphrase or recovery key.</source>
        <translation>%1 giờ đã được mã hóa; chỉ mở được bằng mật khẩu hoặc khóa khôi phục.</translation>
    </message>
    <message>
        <source>hand the files over as stored, with their metadata (EXIF with GPS position and author, XMP, PDF information); recorded in the audit log. By default copies leave without it.</source>
        <translation>giao các tập tin đúng như đang lưu, kèm siêu dữ liệu (EXIF có vị trí GPS và tác giả, XMP, thông tin PDF); được ghi vào nhật ký kiểm tra. Mặc định các bản sao được giao không kèm siêu dữ liệu.</translation>
    </message>
    <message>
        <source>name the files and list them in the manifest by their original names (which may name the client); recorded in the audit log. By default files are named by case and item number.</source>
        <translation>đặt tên tập tin và liệt kê chúng trong bản kê theo tên gốc (có thể chứa tên thân chủ); được ghi vào nhật ký kiểm tra. Mặc định tập tin được đặt tên theo hồ sơ và số mục.</translation>
    </message>
    <message numerus="yes">
        <source>Metadata (such as GPS position, author, camera) was removed from %n copy(ies); the originals in the store are unchanged.</source>
        <translation>
            <numerusform>Đã xóa siêu dữ liệu (như vị trí GPS, tác giả, máy ảnh) khỏi %n bản sao; bản gốc trong kho không thay đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check them before they leave. The manifest marks them.</source>
        <translation>
            <numerusform>%n tập tin thuộc loại mà TrustDesk không xóa được siêu dữ liệu (video, âm thanh, tài liệu); hãy kiểm tra trước khi giao. Bản kê có đánh dấu chúng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases (all, or the references given) as a TrustDesk JSON file. Sensitive client fields and witness contact details are left out unless deliberately included, and masked where the free text repeats them.</source>
        <translation>Xuất các hồ sơ (tất cả, hoặc theo mã đã cho) thành tập tin JSON của TrustDesk. Các trường nhạy cảm của thân chủ và thông tin liên lạc của nhân chứng bị bỏ ra trừ khi cố ý đưa vào, và bị che ở những chỗ văn bản tự do nhắc lại chúng.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s) whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</source>
        <translation>
            <numerusform>… và %n hồ sơ nữa có văn bản tự do chứa giá trị đã ẩn hoặc cụm từ có thể tiết lộ tình trạng di trú (show REF liệt kê chúng).</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone with the file can read it. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>Cơ sở dữ liệu này chưa được mã hóa: ai có tập tin cũng đọc được. `trustdesk-cli encrypt` sẽ mã hóa nó.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE (else the file named by %1, else asked on the terminal)</source>
        <translation>mật khẩu của cơ sở dữ liệu mã hóa: dòng đầu tiên của FILE (nếu không thì tập tin ghi trong %1, nếu không nữa thì hỏi trên terminal)</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>%1 cần một đường dẫn tập tin.</translation>
    </message>
    <message>
        <source>the caseworker&apos;s name</source>
        <translation>tên nhân viên phụ trách</translation>
    </message>
    <message>
        <source>their role (caseworker, supervisor, …)</source>
        <translation>vai trò (nhân viên phụ trách, người giám sát, …)</translation>
    </message>
    <message>
        <source>profile takes no arguments.</source>
        <translation>profile không nhận đối số.</translation>
    </message>
    <message>
        <source>A caseworker profile needs a name: trustdesk-cli profile --name NAME [--role ROLE].</source>
        <translation>Thông tin nhân viên phụ trách cần có tên: trustdesk-cli profile --name TÊN [--role VAI_TRÒ].</translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings.</source>
        <translation>Không lưu được hồ sơ vào phần cài đặt.</translation>
    </message>
    <message>
        <source>No caseworker profile is set: entries are recorded as &quot;%1&quot;.
Set one with: trustdesk-cli profile --name NAME --role ROLE</source>
        <translation>Chưa đặt thông tin nhân viên phụ trách: các mục được ghi là &quot;%1&quot;.
Đặt bằng lệnh: trustdesk-cli profile --name TÊN --role VAI_TRÒ</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Tên: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Vai trò: %1</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>Ghi là: %1</translation>
    </message>
    <message>
        <source>deliberately include this sensitive client field or witness detail (%1), in its field and where the free text mentions it; repeatable, recorded in the audit log</source>
        <translation>cố ý đưa vào trường nhạy cảm của thân chủ hoặc thông tin nhân chứng này (%1), ở trường của nó và ở chỗ văn bản tự do nhắc đến; có thể lặp lại, được ghi vào nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>also mask, as [withheld], the phrases in the free text that may reveal immigration status (listed on standard error either way)</source>
        <translation>che thêm, thành [đã ẩn], các cụm từ trong văn bản tự do có thể tiết lộ tình trạng di trú (dù sao chúng cũng được liệt kê trên standard error)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n withheld value(s) found in the free text and masked.</source>
        <translation>
            <numerusform>%1: tìm thấy %n giá trị cần ẩn trong văn bản tự do và đã che.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, masked:</source>
        <translation>
            <numerusform>%1: %n cụm từ có thể tiết lộ tình trạng di trú, đã che:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, left as written (--mask-status-phrases masks them):</source>
        <translation>
            <numerusform>%1: %n cụm từ có thể tiết lộ tình trạng di trú, giữ nguyên văn (--mask-status-phrases sẽ che chúng):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot; in: %3</source>
        <translation>  %1: &quot;%2&quot; trong: %3</translation>
    </message>
    <message>
        <source>Write a case&apos;s complaint submission as a PDF. Sensitive client fields and witness contact details are withheld unless deliberately included, also where the free text mentions them; the PDF names the kinds withheld, never their values. Phrases that may reveal immigration status are listed on standard error and masked with --mask-status-phrases. Each report is recorded in the case (date, recipient, fields included, SHA-256) and in the audit log.</source>
        <translation>Viết đơn khiếu nại của một hồ sơ thành PDF. Các trường nhạy cảm của thân chủ và thông tin liên lạc của nhân chứng bị ẩn trừ khi cố ý đưa vào, kể cả ở chỗ văn bản tự do nhắc đến; PDF chỉ nêu loại thông tin bị ẩn, không bao giờ nêu giá trị. Các cụm từ có thể tiết lộ tình trạng di trú được liệt kê trên standard error và được che với --mask-status-phrases. Mỗi báo cáo được ghi vào hồ sơ (ngày, người nhận, các trường đưa vào, SHA-256) và vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Encrypt an existing plaintext database in place. The new passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal); the recovery key is shown once or written to --recovery-key-out. An encrypted copy is written beside the database and compared with it table by table; only then does it take the database&apos;s place, and no plaintext copy is left. The evidence files are sealed the same way, checked, and the plaintext ones deleted. Close TrustDesk first: the database must not be open anywhere else. Run it again after an interruption: it finishes or undoes what was begun.</source>
        <translation>Mã hóa ngay tại chỗ một cơ sở dữ liệu chưa mã hóa. Mật khẩu mới lấy từ --passphrase-file (hoặc tập tin do TRUSTDESK_PASSPHRASE_FILE chỉ định, hoặc được hỏi hai lần trên terminal); khóa khôi phục được hiển thị một lần hoặc ghi vào --recovery-key-out. Một bản sao đã mã hóa được ghi bên cạnh cơ sở dữ liệu và được so sánh với nó từng bảng một; chỉ khi đó bản sao mới thay thế cơ sở dữ liệu, và không còn bản sao chưa mã hóa nào. Các tập tin bằng chứng được niêm phong theo cùng cách, được kiểm tra, và các tập tin chưa mã hóa bị xóa. Hãy đóng TrustDesk trước: cơ sở dữ liệu không được mở ở bất kỳ nơi nào khác. Chạy lại sau khi bị gián đoạn: lệnh sẽ hoàn tất hoặc hoàn tác những gì đã bắt đầu.</translation>
    </message>
    <message>
        <source>List a case&apos;s evidence, oldest first, one item a line, tab-separated: SHA-256, item id, size in bytes, &quot;stored&quot; or &quot;metadata-only&quot; (details imported without the file), media type, date captured (UTC, or -), name. --json adds every field and the chain of custody; a redacted copy has redacted_copy_of (the original&apos;s id) and redaction (its boxes and method).</source>
        <translation>Liệt kê bằng chứng của một hồ sơ, cũ nhất trước, mỗi dòng một mục, phân cách bằng tab: SHA-256, id mục, kích thước theo byte, &quot;stored&quot; hoặc &quot;metadata-only&quot; (thông tin được nhập không kèm tập tin), loại tập tin, ngày chụp (UTC, hoặc -), tên. --json thêm mọi trường và chuỗi lưu giữ; bản sao đã che có redacted_copy_of (id của bản gốc) và redaction (các khung và phương pháp che).</translation>
    </message>
    <message>
        <source>Print the boxes OpenCV&apos;s face detection suggests for an image, one X,Y,W,H a line (as &quot;redact --box&quot; takes them), in the pixels of the upright image. Suggestions only: detection misses faces (small, turned, covered), so look at the image.</source>
        <translation>In các khung mà chức năng nhận diện khuôn mặt của OpenCV gợi ý cho một hình ảnh, mỗi dòng một X,Y,W,H (như &quot;redact --box&quot; nhận), theo điểm ảnh của hình đã dựng thẳng. Chỉ là gợi ý: chức năng nhận diện bỏ sót khuôn mặt (nhỏ, nghiêng, bị che), vì vậy hãy xem hình.</translation>
    </message>
    <message>
        <source>the evidence item id (an image)</source>
        <translation>id của mục bằng chứng (một hình ảnh)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, evidence_id, width, height (of the upright image) and boxes, each with x, y, width, height</source>
        <translation>in JSON: case_reference, evidence_id, width, height (của hình đã dựng thẳng) và boxes, mỗi khung có x, y, width, height</translation>
    </message>
    <message>
        <source>No face was suggested; detection misses faces, so check the image.</source>
        <translation>Không có khuôn mặt nào được gợi ý; chức năng nhận diện bỏ sót khuôn mặt, vì vậy hãy kiểm tra hình.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Kiểm tra lần cuối: %1</translation>
    </message>
    <message>
        <source>Rights guidance from the built-in pack (or --pack FOLDER).
  guidance list [--lang L]                 one article a line, its id first
  guidance show ID [--lang L] [--pdf FILE] the article as text, or a handout PDF
  guidance search QUERY [--lang L]         articles containing every word (all languages without --lang)
  guidance version                         which pack is in use: id, version, review date, where from
  guidance install PATH                    install a newer pack from its folder or manifest.json, after checking it</source>
        <translation>Hướng dẫn về quyền từ gói có sẵn (hoặc --pack THƯ_MỤC).
  guidance list [--lang L]                 mỗi dòng một bài, id đứng đầu
  guidance show ID [--lang L] [--pdf FILE] bài viết dạng văn bản, hoặc tờ thông tin PDF
  guidance search QUERY [--lang L]         các bài chứa mọi từ (mọi ngôn ngữ nếu không có --lang)
  guidance version                         gói nào đang được dùng: id, phiên bản, ngày xem xét, lấy từ đâu
  guidance install PATH                    cài một gói mới hơn từ thư mục hoặc manifest.json của nó, sau khi kiểm tra</translation>
    </message>
    <message>
        <source>list, show, search, version or install</source>
        <translation>list, show, search, version hoặc install</translation>
    </message>
    <message>
        <source>guidance needs an action: list, show, search, version or install.</source>
        <translation>guidance cần một thao tác: list, show, search, version hoặc install.</translation>
    </message>
    <message>
        <source>guidance install needs exactly one PATH, and no --pack.</source>
        <translation>guidance install cần đúng một PATH, và không có --pack.</translation>
    </message>
    <message>
        <source>Installed guidance %1 version %2 (was version %3) in %4.</source>
        <translation>Đã cài hướng dẫn %1 phiên bản %2 (trước là phiên bản %3) vào %4.</translation>
    </message>
    <message>
        <source>guidance version takes no more arguments.</source>
        <translation>guidance version không nhận thêm đối số nào.</translation>
    </message>
    <message>
        <source>Unknown guidance action &quot;%1&quot;: use list, show, search, version or install.</source>
        <translation>Không biết thao tác guidance &quot;%1&quot;: hãy dùng list, show, search, version hoặc install.</translation>
    </message>
    <message>
        <source>Warning: these anonymous clients came with a name, which was not stored: %1</source>
        <translation>Cảnh báo: những thân chủ ẩn danh này có kèm tên, nhưng tên không được lưu: %1</translation>
    </message>
    <message>
        <source>Show the caseworker profile, or set it with --name (and --role). Audit and custody entries name this profile as who acted; without one they say &quot;unnamed&quot;. The --office options set the office printed on client copies and handouts.</source>
        <translation>Hiện thông tin nhân viên phụ trách, hoặc đặt bằng --name (và --role). Các mục kiểm tra và lưu giữ ghi tên người thực hiện theo thông tin này; nếu không có thì ghi &quot;unnamed&quot;. Các tùy chọn --office đặt văn phòng được in trên bản sao cho thân chủ và tờ thông tin.</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>tên văn phòng</translation>
    </message>
    <message>
        <source>its address (\n between lines)</source>
        <translation>địa chỉ (\n giữa các dòng)</translation>
    </message>
    <message>
        <source>its phone number</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <source>its email address</source>
        <translation>địa chỉ email</translation>
    </message>
    <message>
        <source>its time zone (America/New_York)</source>
        <translation>múi giờ (America/New_York)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows (for example America/New_York).</source>
        <translation>&quot;%1&quot; không phải là múi giờ mà hệ thống này biết (ví dụ America/New_York).</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Văn phòng:</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Múi giờ: %1</translation>
    </message>
    <message>
        <source>%1 needs a case reference and one evidence item id.</source>
        <translation>%1 cần một mã hồ sơ và một id mục bằng chứng.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2.</source>
        <translation>Mục bằng chứng %1 không thuộc hồ sơ %2.</translation>
    </message>
    <message>
        <source>Store a redacted copy of an image as a new evidence item derived from it, and print the new item&apos;s id. Boxes are in the pixels of the image turned upright by its EXIF orientation (&quot;faces&quot; prints them the same way). The copy carries no metadata; the original is kept unchanged and still verifies.</source>
        <translation>Lưu một bản sao đã che của hình ảnh thành một mục bằng chứng mới được tạo từ nó, và in id của mục mới. Các khung tính theo điểm ảnh của hình đã được dựng thẳng theo hướng EXIF (&quot;faces&quot; in chúng theo cùng cách). Bản sao không mang siêu dữ liệu; bản gốc được giữ nguyên và vẫn kiểm chứng được.</translation>
    </message>
    <message>
        <source>a box to cover: left, top, width, height in pixels (repeat for more boxes)</source>
        <translation>một khung cần che: trái, trên, rộng, cao tính bằng điểm ảnh (lặp lại cho các khung khác)</translation>
    </message>
    <message>
        <source>fill (solid black, the default) or pixelate (coarse blocks)</source>
        <translation>fill (đen đặc, mặc định) hoặc pixelate (khối lớn)</translation>
    </message>
    <message>
        <source>also cover the faces OpenCV suggests (listed on stderr; detection misses faces: check the copy)</source>
        <translation>che cả các khuôn mặt do OpenCV gợi ý (liệt kê trên stderr; chức năng nhận diện bỏ sót khuôn mặt: hãy kiểm tra bản sao)</translation>
    </message>
    <message>
        <source>redact needs at least one --box X,Y,W,H (or --suggest).</source>
        <translation>redact cần ít nhất một --box X,Y,W,H (hoặc --suggest).</translation>
    </message>
    <message>
        <source>Suggested face: %1</source>
        <translation>Khuôn mặt được gợi ý: %1</translation>
    </message>
    <message>
        <source>Nothing to redact: give boxes with --box. Nothing was stored.</source>
        <translation>Không có gì để che: hãy đưa khung bằng --box. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>The same redacted copy is already on the case (item %1).</source>
        <translation>Bản sao đã che giống hệt đã có trong hồ sơ (mục %1).</translation>
    </message>
    <message>
        <source>bpd-iad (Boston Police internal affairs, the default), accountability (the City&apos;s police accountability office), post (the state&apos;s POST Commission, for officers of any agency) or another body&apos;s name</source>
        <translation>bpd-iad (bộ phận nội vụ của Cảnh sát Boston, mặc định), accountability (văn phòng giám sát cảnh sát của Thành phố), post (POST Commission của tiểu bang, cho cảnh sát viên của bất kỳ cơ quan nào) hoặc tên của một cơ quan khác</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability, post or a body&apos;s name.</source>
        <translation>--to cần bpd-iad, accountability, post hoặc tên một cơ quan.</translation>
    </message>
    <message>
        <source>with --pdf</source>
        <translation>với --pdf</translation>
    </message>
    <message>
        <source>a4 or letter (default: the paper last chosen in the app, else letter)</source>
        <translation>a4 hoặc letter (mặc định: khổ giấy chọn lần cuối trong ứng dụng, nếu không thì letter)</translation>
    </message>
    <message>
        <source>trustdesk-cli %1 does not work with an office server yet.</source>
        <translation>trustdesk-cli %1 chưa dùng được với máy chủ văn phòng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive column of the case list. Use one of: %2.</source>
        <translation>&quot;%1&quot; không phải là cột nhạy cảm của danh sách hồ sơ. Hãy dùng một trong các cột: %2.</translation>
    </message>
    <message>
        <source>write the list as CSV for a spreadsheet (UTF-8 with a byte-order mark); sensitive client columns are left out unless included; recorded in the audit log</source>
        <translation>ghi danh sách thành CSV cho bảng tính (UTF-8 có dấu thứ tự byte); các cột nhạy cảm của thân chủ bị bỏ ra trừ khi được đưa vào; được ghi vào nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>database file, or an office server&apos;s postgresql:// URI (default: %1)</source>
        <translation>tập tin cơ sở dữ liệu, hoặc URI postgresql:// của máy chủ văn phòng (mặc định: %1)</translation>
    </message>
    <message>
        <source>List officers recorded in more than one incident, most incidents first: incidents, cases, badge number, agency, first and last incident, violation categories, name. Officers are recognized by badge number (spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros ignored) and agency.</source>
        <translation>Liệt kê các cảnh sát viên được ghi trong nhiều hơn một sự việc, người có nhiều sự việc nhất đứng đầu: số sự việc, số hồ sơ, số phù hiệu, cơ quan, sự việc đầu tiên và gần nhất, các loại vi phạm, tên. Cảnh sát viên được nhận ra theo số phù hiệu (bỏ qua khoảng trắng, &quot;#&quot;, &quot;No.&quot; và các số 0 ở đầu) và cơ quan.</translation>
    </message>
    <message>
        <source>print JSON instead of one line an officer</source>
        <translation>in JSON thay vì mỗi cảnh sát viên một dòng</translation>
    </message>
    <message>
        <source>only officers in at least N incidents (default 2; 1 lists all)</source>
        <translation>chỉ các cảnh sát viên có trong ít nhất N sự việc (mặc định 2; 1 liệt kê tất cả)</translation>
    </message>
    <message>
        <source>instead, list the cases in which this badge number appears</source>
        <translation>thay vào đó, liệt kê các hồ sơ có số phù hiệu này</translation>
    </message>
    <message>
        <source>with --badge, only this agency (records without an agency match any)</source>
        <translation>với --badge, chỉ cơ quan này (bản ghi không có cơ quan khớp với mọi cơ quan)</translation>
    </message>
    <message>
        <source>officers takes no arguments.</source>
        <translation>officers không nhận tham số.</translation>
    </message>
    <message>
        <source>--min-incidents needs a whole number of 1 or more.</source>
        <translation>--min-incidents cần một số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>--agency needs --badge.</source>
        <translation>--agency cần --badge.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Cases and incidents by %1 and %2</source>
        <translation>Hồ sơ và sự việc theo %1 và %2</translation>
    </message>
    <message>
        <source>Cases and incidents by %1</source>
        <translation>Hồ sơ và sự việc theo %1</translation>
    </message>
    <message>
        <source>Incidents dated %1 to %2</source>
        <translation>Các sự việc có ngày từ %1 đến %2</translation>
    </message>
    <message>
        <source>Incidents dated %1 or later</source>
        <translation>Các sự việc có ngày từ %1 trở về sau</translation>
    </message>
    <message>
        <source>Incidents dated %1 or earlier</source>
        <translation>Các sự việc có ngày đến %1 trở về trước</translation>
    </message>
    <message>
        <source>* suppressed: a count from 1 to %1, or one hidden so that such a count cannot be worked out from the totals.</source>
        <translation>* đã ẩn: một số đếm từ 1 đến %1, hoặc một số đếm bị ẩn để không thể suy ra số đếm như vậy từ các tổng.</translation>
    </message>
    <message>
        <source>A case or incident can count in several rows or columns (several categories, or incidents in several months, districts or agencies); totals count each once, so they are less than the sum of their cells.</source>
        <translation>Một hồ sơ hoặc sự việc có thể được đếm trong nhiều hàng hoặc cột (nhiều loại, hoặc sự việc trong nhiều tháng, khu vực hoặc cơ quan); các tổng đếm mỗi mục một lần, nên nhỏ hơn tổng các ô.</translation>
    </message>
    <message>
        <source>--by takes one or two dimensions, e.g. --by category,month.</source>
        <translation>--by nhận một hoặc hai tiêu chí, ví dụ --by category,month.</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;. Use one or two of: %2.</source>
        <translation>Không biết tiêu chí &quot;%1&quot;. Hãy dùng một hoặc hai trong số: %2.</translation>
    </message>
    <message>
        <source>--by names &quot;%1&quot; twice.</source>
        <translation>--by nêu &quot;%1&quot; hai lần.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 cần một ngày theo dạng YYYY-MM-DD, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from không được sau --to.</translation>
    </message>
    <message>
        <source>--min-count needs a whole number of 1 or more.</source>
        <translation>--min-count cần một số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Chọn --json hoặc --csv, không dùng cả hai.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf cần tên tập tin.</translation>
    </message>
    <message>
        <source>Count cases and incidents by one or two dimensions, for an office&apos;s own overview or to publish. Counts from 1 to K-1 are suppressed, and further counts where one could otherwise be worked out from the totals; no names, references or free text are printed (docs/statistics.md).</source>
        <translation>Đếm hồ sơ và sự việc theo một hoặc hai tiêu chí, để văn phòng tự nắm tình hình hoặc để công bố. Các số đếm từ 1 đến K-1 bị ẩn, cùng với các số đếm khác mà nếu không ẩn thì có thể suy ra chúng từ các tổng; không in tên, mã hồ sơ hay văn bản tự do nào (docs/statistics.md).</translation>
    </message>
    <message>
        <source>one or two dimensions, comma-separated (default category): %1</source>
        <translation>một hoặc hai tiêu chí, cách nhau bằng dấu phẩy (mặc định category): %1</translation>
    </message>
    <message>
        <source>count incidents dated on or after D (YYYY-MM-DD)</source>
        <translation>đếm các sự việc có ngày từ D trở về sau (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>count incidents dated on or before D (YYYY-MM-DD)</source>
        <translation>đếm các sự việc có ngày đến D trở về trước (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>suppress counts below K (default %1)</source>
        <translation>ẩn các số đếm dưới K (mặc định %1)</translation>
    </message>
    <message>
        <source>only cases with these statuses, comma-separated</source>
        <translation>chỉ các hồ sơ có những tình trạng này, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>only the cases assigned to this caseworker</source>
        <translation>chỉ các hồ sơ được giao cho nhân viên phụ trách này</translation>
    </message>
    <message>
        <source>print JSON: each count, or null when suppressed</source>
        <translation>in JSON: từng số đếm, hoặc null khi bị ẩn</translation>
    </message>
    <message>
        <source>print CSV (UTF-8 with a byte order mark)</source>
        <translation>in CSV (UTF-8 có dấu thứ tự byte)</translation>
    </message>
    <message>
        <source>also write the statistics as a PDF report to FILE</source>
        <translation>đồng thời ghi thống kê thành báo cáo PDF vào FILE</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>stats không nhận tham số.</translation>
    </message>
    <message>
        <source>This program cannot write PDFs.</source>
        <translation>Chương trình này không thể ghi PDF.</translation>
    </message>
    <message>
        <source>The office key has no recovery key: give your own passphrase.</source>
        <translation>Khóa văn phòng không có khóa khôi phục: hãy đưa mật khẩu của chính bạn.</translation>
    </message>
    <message>
        <source>write the list as an Excel workbook (.xlsx) to the file given with --out; the same columns as --csv, recorded in the audit log</source>
        <translation>ghi danh sách thành sổ làm việc Excel (.xlsx) vào tập tin chỉ định bằng --out; cùng các cột như --csv, được ghi vào nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>with --csv or --xlsx, deliberately add this sensitive client column (%1); repeatable, recorded in the audit log</source>
        <translation>dùng với --csv hoặc --xlsx: cố ý thêm cột nhạy cảm này của thân chủ (%1); có thể lặp lại, được ghi vào nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>with --csv, write to FILE (owner-only) instead of standard output; with --xlsx, the file to write (required)</source>
        <translation>dùng với --csv: ghi vào FILE (chỉ chủ sở hữu) thay vì đầu ra chuẩn; dùng với --xlsx: tập tin cần ghi (bắt buộc)</translation>
    </message>
    <message>
        <source>Choose one of --csv, --xlsx and --json.</source>
        <translation>Chọn một trong --csv, --xlsx và --json.</translation>
    </message>
    <message>
        <source>--include and --out need --csv or --xlsx.</source>
        <translation>--include và --out cần dùng với --csv hoặc --xlsx.</translation>
    </message>
    <message>
        <source>An XLSX workbook is binary and is not written to a terminal. Give the file to write with --out FILE.</source>
        <translation>Sổ làm việc XLSX là dữ liệu nhị phân và không được ghi ra terminal. Hãy chỉ định tập tin cần ghi bằng --out FILE.</translation>
    </message>
    <message>
        <source>--xlsx writes a file, not standard output: give it with --out FILE.</source>
        <translation>--xlsx ghi ra tập tin, không ghi ra đầu ra chuẩn: hãy chỉ định tập tin bằng --out FILE.</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for the login &quot;%1&quot; with this passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`. Without at least one person&apos;s passphrase, the evidence on this server cannot be read: give the key to two people.</source>
        <translation>Đã tạo khóa văn phòng và dùng mật khẩu này để mã hóa một bản của khóa cho tài khoản đăng nhập &quot;%1&quot;. Hãy thêm đồng nghiệp bằng `trustdesk-cli office-key add LOGIN`. Nếu không có mật khẩu của ít nhất một người, bằng chứng trên máy chủ này sẽ không đọc được: hãy giao khóa cho hai người.</translation>
    </message>
    <message>
        <source>The office key was wrapped for the login &quot;%1&quot;: that person now opens the evidence with their own passphrase. Nothing was re-encrypted.</source>
        <translation>Đã mã hóa một bản của khóa văn phòng cho tài khoản đăng nhập &quot;%1&quot;: từ giờ người đó mở bằng chứng bằng mật khẩu của chính mình. Không có gì được mã hóa lại.</translation>
    </message>
    <message>
        <source>Manage the office key of an office server, which encrypts the evidence kept in it. &quot;init&quot; makes the key and wraps it for your login with a passphrase (from --passphrase-file or asked twice). &quot;add LOGIN&quot; wraps the same key for a colleague: your passphrase comes from the usual places, theirs from --new-passphrase-file or is asked twice. &quot;list&quot; shows the logins holding the key.</source>
        <translation>Quản lý khóa văn phòng của máy chủ văn phòng, là khóa dùng để mã hóa bằng chứng lưu trên đó. &quot;init&quot; tạo khóa và mã hóa một bản của khóa cho tài khoản đăng nhập của bạn bằng một mật khẩu (lấy từ --passphrase-file hoặc hỏi hai lần). &quot;add LOGIN&quot; mã hóa một bản của cùng khóa đó cho một đồng nghiệp: mật khẩu của bạn lấy từ những nơi thông thường, mật khẩu của họ lấy từ --new-passphrase-file hoặc hỏi hai lần. &quot;list&quot; hiện các tài khoản đăng nhập đang giữ khóa.</translation>
    </message>
    <message>
        <source>init, add or list</source>
        <translation>init, add hoặc list</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s server login</source>
        <translation>cho add: tài khoản đăng nhập máy chủ của đồng nghiệp</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s passphrase, the first line of FILE</source>
        <translation>cho add: mật khẩu của đồng nghiệp, là dòng đầu tiên của FILE</translation>
    </message>
    <message>
        <source>office-key needs init, add LOGIN or list.</source>
        <translation>office-key cần init, add LOGIN hoặc list.</translation>
    </message>
    <message>
        <source>An office key exists only on an office server: give --db a postgresql:// URI. A database file is encrypted with its own passphrase instead.</source>
        <translation>Khóa văn phòng chỉ có trên máy chủ văn phòng: hãy đưa cho --db một URI postgresql://. Còn tập tin cơ sở dữ liệu thì được mã hóa bằng mật khẩu riêng của nó.</translation>
    </message>
    <message>
        <source>Audit log checked only as far as your role allows: your %1 of %2 entries each match their hash. The links between everyone&apos;s entries can be checked only by a supervisor or an admin.</source>
        <translation>Nhật ký kiểm tra chỉ được kiểm tra trong phạm vi vai trò của bạn cho phép: %1 trên %2 mục mà bạn xem được đều khớp với mã băm của chúng. Chỉ người giám sát hoặc người quản trị mới kiểm tra được liên kết giữa các mục của mọi người.</translation>
    </message>
    <message>
        <source>--head was not checked: the entry may be one your role cannot read.</source>
        <translation>--head chưa được kiểm tra: có thể đó là mục mà vai trò của bạn không đọc được.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE and of its evidence to the folder FILE.evidence beside it (safe while TrustDesk is open); together they are an openable TrustDesk database. Neither may exist yet. Every evidence file is re-hashed while it is copied: a missing or changed file stops the backup with exit code 3 and nothing is left behind. Of an office database (a postgresql:// URI), FILE alone holds everything, evidence included, encrypted with the office key.</source>
        <translation>Ghi một bản sao nhất quán của cơ sở dữ liệu vào FILE và bằng chứng của nó vào thư mục FILE.evidence bên cạnh (an toàn cả khi TrustDesk đang mở); cả hai cùng nhau tạo thành một cơ sở dữ liệu TrustDesk mở được. Cả hai đều phải chưa tồn tại. Mỗi tập tin bằng chứng được tính lại mã băm khi sao chép: một tập tin bị thiếu hoặc đã thay đổi sẽ dừng việc sao lưu với mã thoát 3 và không để lại gì. Với cơ sở dữ liệu văn phòng (một URI postgresql://), chỉ riêng FILE chứa mọi thứ, kể cả bằng chứng, được mã hóa bằng khóa văn phòng.</translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents and its evidence with the backup FILE and the folder FILE.evidence beside it. The backup is verified first, every evidence file re-hashed; a backup that does not verify is refused and nothing changes. Run it while TrustDesk is closed. An encrypted backup (FILE.vault beside it) opens with the passphrase it was made with or the recovery key; it restores into an encrypted database, or onto a new path, which then opens like the backup. It is never restored into an unencrypted database. A plaintext backup restored into an encrypted database is encrypted on the way. An office backup restores into an empty office database only (a postgresql:// URI), opened with the passphrase of a login that held the office key when it was made.</source>
        <translation>Thay nội dung của cơ sở dữ liệu và bằng chứng của nó bằng bản sao lưu FILE và thư mục FILE.evidence bên cạnh. Bản sao lưu được kiểm tra trước, mọi tập tin bằng chứng được tính lại mã băm; bản sao lưu không qua được kiểm tra sẽ bị từ chối và không có gì thay đổi. Hãy chạy lệnh khi TrustDesk đang đóng. Bản sao lưu được mã hóa (có FILE.vault bên cạnh) mở bằng mật khẩu đã dùng khi tạo nó hoặc bằng khóa khôi phục; nó được khôi phục vào một cơ sở dữ liệu đã mã hóa, hoặc vào một đường dẫn mới, rồi mở giống như bản sao lưu. Nó không bao giờ được khôi phục vào cơ sở dữ liệu chưa mã hóa. Bản sao lưu chưa mã hóa khi khôi phục vào cơ sở dữ liệu đã mã hóa sẽ được mã hóa trong quá trình đó. Bản sao lưu văn phòng chỉ khôi phục được vào một cơ sở dữ liệu văn phòng trống (một URI postgresql://), và được mở bằng mật khẩu của một tài khoản đăng nhập đã có khóa văn phòng khi bản sao lưu được tạo.</translation>
    </message>
    <message>
        <source>office backup: whose copy of the office key opens it (default: the login of --db)</source>
        <translation>bản sao lưu văn phòng: bản sao khóa văn phòng của ai dùng để mở nó (mặc định: tài khoản đăng nhập của --db)</translation>
    </message>
    <message>
        <source>--login is for restoring an office backup into an office database.</source>
        <translation>--login dùng để khôi phục bản sao lưu văn phòng vào cơ sở dữ liệu văn phòng.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so there is no passphrase to change. Your server login&apos;s password is the server administrator&apos;s to change.</source>
        <translation>Máy chủ văn phòng này chưa có khóa văn phòng, nên không có mật khẩu nào để đổi. Mật khẩu tài khoản đăng nhập máy chủ của bạn do người quản trị máy chủ thay đổi.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key was changed: the old one no longer opens the evidence on this server as &quot;%1&quot;. Colleagues keep their own passphrases; nothing was re-encrypted. Your server login&apos;s password is unchanged.</source>
        <translation>Đã đổi mật khẩu của bạn cho khóa văn phòng: mật khẩu cũ không còn mở được bằng chứng trên máy chủ này với tài khoản &quot;%1&quot;. Đồng nghiệp vẫn giữ mật khẩu riêng của họ; không có gì được mã hóa lại. Mật khẩu tài khoản đăng nhập máy chủ của bạn không thay đổi.</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted database. The current passphrase (or the recovery key) comes from the usual places; the new one from --new-passphrase-file, else it is asked twice on the terminal. Only the key file is rewritten, in one step: after a crash exactly one of the two passphrases works. The recovery key stays the same. Backups made before keep opening with the passphrase they were made with. On an office server (--db postgresql://…) it changes your own passphrase for the office key instead.</source>
        <translation>Đổi mật khẩu của cơ sở dữ liệu đã mã hóa. Mật khẩu hiện tại (hoặc khóa khôi phục) lấy từ những nơi thông thường; mật khẩu mới lấy từ --new-passphrase-file, nếu không thì được hỏi hai lần trên terminal. Chỉ tập tin khóa được ghi lại, trong một bước: sau sự cố, đúng một trong hai mật khẩu sẽ dùng được. Khóa khôi phục giữ nguyên. Các bản sao lưu tạo trước đó vẫn mở bằng mật khẩu đã dùng khi tạo chúng. Trên máy chủ văn phòng (--db postgresql://…), lệnh này thay vào đó đổi mật khẩu riêng của bạn cho khóa văn phòng.</translation>
    </message>
    <message>
        <source>An office server is not encrypted with a passphrase: encrypt turns a database file into a vault. On a server, its logins and TLS protect the case data, and the evidence is already encrypted with the office key (`trustdesk-cli office-key`).</source>
        <translation>Máy chủ văn phòng không được mã hóa bằng mật khẩu: encrypt biến một tập tin cơ sở dữ liệu thành một kho mã hóa. Trên máy chủ, các tài khoản đăng nhập và TLS bảo vệ dữ liệu hồ sơ, còn bằng chứng đã được mã hóa bằng khóa văn phòng (`trustdesk-cli office-key`).</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for your login with the office passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`.</source>
        <translation>Đã tạo khóa văn phòng và dùng mật khẩu văn phòng để mã hóa một bản của khóa cho tài khoản đăng nhập của bạn. Hãy thêm đồng nghiệp bằng `trustdesk-cli office-key add LOGIN`.</translation>
    </message>
    <message>
        <source>Office key passphrase: </source>
        <translation>Mật khẩu khóa văn phòng: </translation>
    </message>
    <message>
        <source>The server&apos;s office key needs your office passphrase: give --office-passphrase-file FILE or run migrate at a terminal.</source>
        <translation>Khóa văn phòng của máy chủ cần mật khẩu văn phòng của bạn: hãy dùng --office-passphrase-file FILE hoặc chạy migrate trong terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</source>
        <translation>
            <numerusform>Đã sao chép %n hồ sơ và %1 mục bằng chứng (%2 byte) sang %3 và đã kiểm tra: mọi bảng đều có cùng các dòng, chuỗi nhật ký kiểm tra không bị đứt và mọi mục đều đọc lại được đúng SHA-256 của nó.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was only read: keep it as it is until colleagues have worked on the server for a while, then delete it with its evidence folder (or keep it as a backup in a safe place).</source>
        <translation>%1 chỉ được đọc: hãy giữ nguyên nó cho đến khi đồng nghiệp đã làm việc trên máy chủ một thời gian, rồi xóa nó cùng thư mục bằng chứng (hoặc giữ nó làm bản sao lưu ở nơi an toàn).</translation>
    </message>
    <message>
        <source>Copy the database file given with --db, with its evidence, into an empty office server (--to URI), then check the copy. The file is only read. An encrypted file opens with its passphrase as usual (--passphrase-file…). The evidence on the server is encrypted with the office key: when the server has none, it is made and wrapped with your office passphrase (--office-passphrase-file or asked twice); otherwise that passphrase unlocks it. Nothing is kept on the server unless everything copied and checked.</source>
        <translation>Sao chép tập tin cơ sở dữ liệu nêu trong --db, cùng bằng chứng của nó, vào một máy chủ văn phòng trống (--to URI), rồi kiểm tra bản sao. Tập tin chỉ được đọc. Tập tin đã mã hóa mở bằng mật khẩu của nó như thường lệ (--passphrase-file…). Bằng chứng trên máy chủ được mã hóa bằng khóa văn phòng: nếu máy chủ chưa có khóa, khóa sẽ được tạo và mã hóa bằng mật khẩu văn phòng của bạn (--office-passphrase-file hoặc hỏi hai lần); nếu đã có, mật khẩu đó sẽ mở khóa. Không có gì được giữ lại trên máy chủ trừ khi mọi thứ đều đã được sao chép và kiểm tra.</translation>
    </message>
    <message>
        <source>the office server, a postgresql:// URI (required)</source>
        <translation>máy chủ văn phòng, một URI postgresql:// (bắt buộc)</translation>
    </message>
    <message>
        <source>your passphrase for the office key, the first line of FILE (not the file&apos;s passphrase)</source>
        <translation>mật khẩu của bạn cho khóa văn phòng, dòng đầu tiên của FILE (không phải mật khẩu của tập tin cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>print a summary as JSON</source>
        <translation>in bản tóm tắt dạng JSON</translation>
    </message>
    <message>
        <source>migrate takes no arguments.</source>
        <translation>migrate không nhận đối số nào.</translation>
    </message>
    <message>
        <source>migrate needs --to URI.</source>
        <translation>migrate cần --to URI.</translation>
    </message>
    <message>
        <source>migrate copies a database file: give --db the file and --to the server.</source>
        <translation>migrate sao chép một tập tin cơ sở dữ liệu: hãy đưa tập tin cho --db và máy chủ cho --to.</translation>
    </message>
    <message>
        <source>--to needs an office server&apos;s postgresql:// URI.</source>
        <translation>--to cần URI postgresql:// của một máy chủ văn phòng.</translation>
    </message>
    <message>
        <source>The database file is at schema version %1, this version of TrustDesk at %2: open it once with the app or change it with trustdesk-cli to upgrade it, then migrate.</source>
        <translation>Tập tin cơ sở dữ liệu ở phiên bản cấu trúc %1, phiên bản TrustDesk này ở %2: hãy mở nó một lần bằng ứng dụng hoặc thay đổi nó bằng trustdesk-cli để nâng cấp, rồi mới chạy migrate.</translation>
    </message>
    <message>
        <source>The office server already holds data (table &quot;%1&quot; has rows): migrate copies only into an empty office database. Nothing was changed.</source>
        <translation>Máy chủ văn phòng đã có dữ liệu (bảng &quot;%1&quot; có dòng): migrate chỉ sao chép vào cơ sở dữ liệu văn phòng trống. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Migrating into the office database</source>
        <translation>Đang chuyển vào cơ sở dữ liệu văn phòng</translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 bytes</source>
        <translation>Bằng chứng: %1 trên %2 byte</translation>
    </message>
    <message>
        <source>Checking the copy: %1 of %2</source>
        <translation>Đang kiểm tra bản sao: %1 trên %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Đang sao chép %1: %2 trên %3 dòng</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 đã tồn tại; hãy chọn tên mới cho bản sao lưu.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Đang sao lưu</translation>
    </message>
    <message>
        <source>It holds the whole office database, evidence included, encrypted with the office key: it opens with the passphrase of a person who held the key when it was made.</source>
        <translation>Nó chứa toàn bộ cơ sở dữ liệu văn phòng, kể cả bằng chứng, được mã hóa bằng khóa văn phòng: nó mở được bằng mật khẩu của một người đã có khóa khi bản sao lưu được tạo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; the office database is unchanged. %2</source>
        <translation>&quot;%1&quot; chưa được khôi phục; cơ sở dữ liệu văn phòng không thay đổi. %2</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Đang khôi phục</translation>
    </message>
    <message>
        <source>Say whose passphrase opens the backup with --login: one of %1.</source>
        <translation>Hãy dùng --login để cho biết mật khẩu của ai mở bản sao lưu: một trong %1.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>Kiểm tra THẤT BẠI: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: %1 (made %2 by %3, schema %4; %n evidence item(s) open whole, audit log of %5 entries chains)</source>
        <translation>
            <numerusform>Đã kiểm tra bản sao lưu: %1 (tạo lúc %2 bởi %3, cấu trúc %4; %n mục bằng chứng mở được trọn vẹn, chuỗi nhật ký kiểm tra gồm %5 mục không bị đứt)</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy on the server differs from the database file (%1). Nothing was kept on the server.</source>
        <translation>Bản sao trên máy chủ khác với tập tin cơ sở dữ liệu (%1). Không có gì được giữ lại trên máy chủ.</translation>
    </message>
    <message>
        <source>Evidence item %1 (%2) of case %3 could not be copied: %4 Nothing was kept on the server.</source>
        <translation>Không thể sao chép mục bằng chứng %1 (%2) của hồ sơ %3: %4 Không có gì được giữ lại trên máy chủ.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 on the server</source>
        <translation>%1: %2 dòng, %3 trên máy chủ</translation>
    </message>
    <message>
        <source>%1: the rows&apos; contents</source>
        <translation>%1: nội dung các dòng</translation>
    </message>
    <message>
        <source>evidence item %1 (%2)</source>
        <translation>mục bằng chứng %1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is now %2 on this office server.</source>
        <translation>Tài khoản đăng nhập &quot;%1&quot; giờ có vai trò %2 trên máy chủ văn phòng này.</translation>
    </message>
    <message>
        <source>the person&apos;s server login</source>
        <translation>tài khoản đăng nhập máy chủ của người đó</translation>
    </message>
    <message>
        <source>for role: caseworker, supervisor or admin</source>
        <translation>cho role: caseworker, supervisor hoặc admin</translation>
    </message>
    <message>
        <source>for add: caseworker, supervisor or admin</source>
        <translation>cho add: caseworker, supervisor hoặc admin</translation>
    </message>
    <message>
        <source>for list: print JSON</source>
        <translation>cho list: in dạng JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use caseworker, supervisor or admin.</source>
        <translation>&quot;%1&quot; không phải là vai trò: hãy dùng caseworker, supervisor hoặc admin.</translation>
    </message>
    <message>
        <source>Staff and roles exist only on an office server: give --db a postgresql:// URI. A database file belongs to whoever can open it.</source>
        <translation>Nhân viên và vai trò chỉ có trên máy chủ văn phòng: hãy đưa cho --db một URI postgresql://. Tập tin cơ sở dữ liệu thuộc về bất kỳ ai mở được nó.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no role on this office server any more; the login itself was kept.</source>
        <translation>Tài khoản đăng nhập &quot;%1&quot; không còn vai trò nào trên máy chủ văn phòng này; bản thân tài khoản vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; had no role on this office server.</source>
        <translation>Tài khoản đăng nhập &quot;%1&quot; vốn không có vai trò nào trên máy chủ văn phòng này.</translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity, links between records, the search index and case numbering, and re-hash every evidence file in the store (changed, missing or unexpected files fail). Changes nothing but the evidence chain of custody, which records each verification. With --backup FILE, check an office database&apos;s backup instead, without restoring it: every seal, the row counts, the audit chain and every evidence item&apos;s sealed chunks.</source>
        <translation>Kiểm tra cơ sở dữ liệu: tính toàn vẹn SQLite, liên kết giữa các bản ghi, chỉ mục tìm kiếm và số thứ tự hồ sơ, và tính lại mã băm của mọi tập tin bằng chứng trong kho (tập tin đã thay đổi, bị thiếu hoặc lạ sẽ làm kiểm tra thất bại). Không thay đổi gì ngoài chuỗi lưu giữ bằng chứng, nơi ghi lại mỗi lần kiểm tra. Với --backup FILE, thay vào đó kiểm tra bản sao lưu của cơ sở dữ liệu văn phòng mà không khôi phục nó: mọi niêm phong, số dòng, chuỗi nhật ký kiểm tra và các phần niêm phong của mọi mục bằng chứng.</translation>
    </message>
    <message>
        <source>check this office backup file instead</source>
        <translation>thay vào đó kiểm tra tập tin sao lưu văn phòng này</translation>
    </message>
    <message>
        <source>with --backup: whose copy of the office key opens it (default: the login of --db, or the only one)</source>
        <translation>với --backup: bản sao khóa văn phòng của ai dùng để mở nó (mặc định: tài khoản đăng nhập của --db, hoặc tài khoản duy nhất)</translation>
    </message>
    <message>
        <source>--login goes with --backup.</source>
        <translation>--login đi kèm với --backup.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure, 4 wrong or missing passphrase or recovery key, 5 not allowed to this login by the office server.</source>
        <translation>Mã thoát: 0 thành công, 1 sai cách dùng, 2 dữ liệu vào sai hoặc không tìm thấy, 3 lỗi toàn vẹn, 4 mật khẩu hoặc khóa khôi phục sai hay bị thiếu, 5 máy chủ văn phòng không cho phép tài khoản đăng nhập này.</translation>
    </message>
    <message>
        <source>office passphrase file</source>
        <translation>tập tin mật khẩu văn phòng</translation>
    </message>
    <message>
        <source>login password file</source>
        <translation>tập tin mật khẩu đăng nhập</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has a new password; its old one no longer opens the office server.</source>
        <translation>Tài khoản đăng nhập &quot;%1&quot; đã có mật khẩu mới; mật khẩu cũ không còn mở được máy chủ văn phòng.</translation>
    </message>
    <message>
        <source>Manage the people of an office server (admins only). &quot;add LOGIN --role ROLE&quot; gives a login a role, creating the login (without a password, or with the first line of --password-file, ASCII only, of which the server receives only the SCRAM-SHA-256 verifier) when it is missing; &quot;role LOGIN ROLE&quot; changes it; &quot;password LOGIN --password-file FILE&quot; gives a staff member a new password (the same rules) and keeps the role; &quot;remove LOGIN&quot; takes every role away (the login stays); &quot;list&quot; shows login, role and whether the person holds the office key. Roles: caseworker, supervisor, admin.</source>
        <translation>Quản lý những người dùng máy chủ văn phòng (chỉ dành cho người quản trị). &quot;add LOGIN --role ROLE&quot; cấp một vai trò cho tài khoản đăng nhập, và tạo tài khoản đó nếu chưa có (không có mật khẩu, hoặc với dòng đầu tiên của --password-file, chỉ gồm ký tự ASCII, và máy chủ chỉ nhận giá trị xác minh SCRAM-SHA-256 của mật khẩu đó); &quot;role LOGIN ROLE&quot; đổi vai trò; &quot;password LOGIN --password-file FILE&quot; đặt mật khẩu mới cho một nhân viên (theo cùng quy tắc) và giữ nguyên vai trò; &quot;remove LOGIN&quot; gỡ mọi vai trò (tài khoản đăng nhập vẫn còn); &quot;list&quot; hiện tài khoản đăng nhập, vai trò và người đó có giữ khóa văn phòng hay không. Vai trò: caseworker, supervisor, admin.</translation>
    </message>
    <message>
        <source>add, role, password, remove or list</source>
        <translation>add, role, password, remove hoặc list</translation>
    </message>
    <message>
        <source>for add and password: the login&apos;s password (ASCII), the first line of FILE; only its SCRAM-SHA-256 verifier is sent to the server</source>
        <translation>cho add và password: mật khẩu của tài khoản đăng nhập (ASCII), là dòng đầu tiên của FILE; chỉ giá trị xác minh SCRAM-SHA-256 của nó được gửi đến máy chủ</translation>
    </message>
    <message>
        <source>staff needs add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN or list.</source>
        <translation>staff cần add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN hoặc list.</translation>
    </message>
</context>
</TS>
