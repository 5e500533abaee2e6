<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the audit log</source>
        <translation>جارٍ التسجيل في سجل التدقيق</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>جارٍ قراءة سجل التدقيق</translation>
    </message>
    <message>
        <source>Audit entry %1 is the first one but does not start the chain: earlier entries were removed.</source>
        <translation>قيد التدقيق %1 هو الأول لكنه لا يبدأ السلسلة: حُذفت قيود سابقة.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries between them were removed or inserted, or entry %2 was changed.</source>
        <translation>قيد التدقيق %1 لا يلي القيد %2: حُذفت قيود بينهما أو أُدرجت، أو غُيّر القيد %2.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its hash does not match its contents.</source>
        <translation>غُيّر قيد التدقيق %1 بعد كتابته: بصمته (hash) لا تطابق محتواه.</translation>
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
        <translation>%1: القرص ممتلئ.</translation>
    </message>
    <message>
        <source>%1: the copy could not be completed.</source>
        <translation>%1: تعذّر إكمال النسخ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>«%1» موجود بالفعل؛ اختر اسم ملف جديدًا للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>المجلد «%1» غير موجود.</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>تعذّر بدء النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be created.</source>
        <translation>تعذّر إنشاء ملف النسخة الاحتياطية «%1».</translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be opened.</source>
        <translation>تعذّر فتح ملف النسخة الاحتياطية «%1».</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>جارٍ النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>The backup file could not be finished.</source>
        <translation>تعذّر إكمال ملف النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية على القرص.</translation>
    </message>
    <message>
        <source>The backup did not verify, so it was discarded: %1</source>
        <translation>لم تنجح النسخة الاحتياطية في التحقق، لذلك تم التخلص منها: %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place.</source>
        <translation>تعذّر نقل النسخة الاحتياطية إلى مكانها.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>لا يمكن استعادة قاعدة بيانات من نفسها.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>لم تتم استعادة «%1»: %2</translation>
    </message>
    <message>
        <source>The restore could not be started.</source>
        <translation>تعذّر بدء الاستعادة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>تعذّر فتح «%1».</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>جارٍ الاستعادة</translation>
    </message>
    <message>
        <source>The backup&apos;s evidence folder could not be created: %1</source>
        <translation>تعذّر إنشاء مجلد أدلة النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>لم تُكتب النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>The backup was not written, because evidence files in the store are missing or have changed (run verify to check the whole store):</source>
        <translation>لم تُكتب النسخة الاحتياطية، لأن ملفات أدلة في المخزن مفقودة أو تغيَّرت (شغِّل verify لفحص المخزن كله):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, and a backup keeps its evidence there; choose a new file name for the backup.</source>
        <translation>«%1» موجود بالفعل، والنسخة الاحتياطية تحفظ أدلتها هناك؛ اختر اسم ملف جديدًا للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Evidence kept being removed while the backup ran, so it was not written. Try again when no one is removing evidence.</source>
        <translation>استمرت إزالة أدلة أثناء النسخ الاحتياطي، لذلك لم تُكتب النسخة. حاول مرة أخرى عندما لا يكون أحد يزيل أدلة.</translation>
    </message>
    <message>
        <source>Evidence files of the backup are missing or have changed:</source>
        <translation>ملفات أدلة النسخة الاحتياطية مفقودة أو تغيَّرت:</translation>
    </message>
    <message>
        <source>the evidence cannot be written beside the database: %1</source>
        <translation>تتعذّر كتابة الأدلة بجانب قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>evidence files of the backup are missing or have changed:</source>
        <translation>ملفات أدلة النسخة الاحتياطية مفقودة أو تغيَّرت:</translation>
    </message>
    <message>
        <source>The database was restored, but its evidence could not be put in place (%1). Run the restore again.</source>
        <translation>تمت استعادة قاعدة البيانات، لكن تعذّر وضع أدلتها في مكانها (%1). شغِّل الاستعادة مرة أخرى.</translation>
    </message>
    <message>
        <source>The backup was canceled; nothing was written.</source>
        <translation>أُلغي النسخ الاحتياطي؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The restore was canceled; nothing was changed.</source>
        <translation>أُلغيت الاستعادة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The check of the backup was canceled.</source>
        <translation>أُلغي فحص النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>This backup is encrypted: it opens only with the passphrase it was made with, or the recovery key.</source>
        <translation>هذه النسخة الاحتياطية مشفّرة: لا تُفتح إلا بكلمة المرور التي أُنشئت بها أو بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>the backup cannot be encrypted beside the database: %1</source>
        <translation>لا يمكن تشفير النسخة الاحتياطية بجانب قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>The backup was not written: the key file could not be copied.</source>
        <translation>لم تُكتب النسخة الاحتياطية: تعذّر نسخ ملف المفاتيح.</translation>
    </message>
    <message>
        <source>the backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new database, or encrypt this one first.</source>
        <translation>النسخة الاحتياطية مشفّرة وقاعدة البيانات هذه غير مشفّرة، فستُكتب قضاياها دون تشفير. استعِدها إلى قاعدة بيانات جديدة، أو شفّر هذه أولًا.</translation>
    </message>
    <message>
        <source>the backup is of another encrypted database, and its evidence files are sealed with that database&apos;s keys. Restore it to a new path instead.</source>
        <translation>النسخة الاحتياطية تخص قاعدة بيانات مشفّرة أخرى، وملفات أدلتها مختومة بمفاتيح تلك القاعدة. استعِدها إلى مسار جديد بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>the backup is not encrypted and holds evidence files, which would be placed unencrypted into this encrypted database. Restore it to a new path, then encrypt that database (trustdesk-cli encrypt).</source>
        <translation>النسخة الاحتياطية غير مشفّرة وتحتوي على ملفات أدلة ستوضع دون تشفير في قاعدة البيانات المشفّرة هذه. استعِدها إلى مسار جديد، ثم شفّر تلك القاعدة (trustdesk-cli encrypt).</translation>
    </message>
    <message>
        <source>The database was restored, but the audit entries made since the backup could not be added back to its log: %1</source>
        <translation>استُعيدت قاعدة البيانات، لكن تعذّرت إعادة إضافة قيود التدقيق التي أُنشئت منذ النسخة الاحتياطية إلى سجلها: %1</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>TrustDesk backup %1</source>
        <translation>نسخة TrustDesk الاحتياطية %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>The backup is in %1.

Its evidence files are in the folder %2 beside it. Keep the two together: copy or move them as a pair, because the backup is not complete without its evidence folder.</source>
        <translation>النسخة الاحتياطية موجودة في %1.

ملفات أدلتها موجودة في المجلد %2 بجانبها. أبقِ الاثنين معًا: انسخهما أو انقلهما معًا دائمًا، لأن النسخة الاحتياطية لا تكتمل من دون مجلد أدلتها.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 موجود بالفعل. النسخ الاحتياطي لا يستبدل أي ملف أبدًا: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The folder %1 already exists, and this backup would keep its evidence there. A backup never replaces anything: choose another name.</source>
        <translation>المجلد %1 موجود بالفعل، وهذه النسخة الاحتياطية ستحفظ أدلتها فيه. النسخ الاحتياطي لا يستبدل أي شيء أبدًا: اختر اسمًا آخر.</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ولا شيء غير ذلك.</numerusform>
            <numerusform>…وواحد آخر.</numerusform>
            <numerusform>…واثنان آخران.</numerusform>
            <numerusform>…و%n أخرى.</numerusform>
            <numerusform>…و%n أخرى.</numerusform>
            <numerusform>…و%n أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>The cases could not be counted</source>
        <translation>تعذّر عدّ القضايا</translation>
    </message>
    <message>
        <source>The audit log could not be read</source>
        <translation>تعذّرت قراءة سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>BackupWrite</name>
    <message>
        <source>Back Up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>Back-up canceled; nothing was written.</source>
        <translation>أُلغي النسخ الاحتياطي؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>لم تُكتب النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The changes you have not saved yet in the open case are not in this backup.</source>
        <translation>التغييرات التي لم تحفظها بعد في القضية المفتوحة ليست في هذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>كُتبت النسخة الاحتياطية في %1</translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation>كُتبت النسخة الاحتياطية</translation>
    </message>
</context>
<context>
    <name>BusyTask</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>CaseConflict</name>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>الحادثة %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>%1 changed case %2.</source>
        <translation>غيّر %1 القضية %2.</translation>
    </message>
    <message>
        <source>%1 changed case %2 at %3.</source>
        <translation>غيّر %1 القضية %2 في %3.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مسؤول القضية</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Hidden (sensitive)</source>
        <translation>مخفي (حساس)</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>الحادثة %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>منطقة الشرطة</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>المخالفات</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>الرواية</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>الشارة %1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>الضابط</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>الشكاوى المقدَّمة</translation>
    </message>
    <message>
        <source>%1, %2, tracking number %3, %4</source>
        <translation>%1، %2، رقم المتابعة %3، %4</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>St&amp;atus</source>
        <translation>الحالة (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>تاريخ الفتح (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>تاريخ الإغلاق (&amp;C)</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>مسؤول القضية (&amp;W)</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>تعذّرت كتابة ملف التصدير: %1</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… ولا توجد مشكلات أخرى.</numerusform>
            <numerusform>… ومشكلة أخرى واحدة.</numerusform>
            <numerusform>… ومشكلتان أخريان.</numerusform>
            <numerusform>… و%n مشكلات أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added:
  %1</source>
        <translation>لم يتم استيراد الملف؛ لم تُضَف أي بيانات:
  %1</translation>
    </message>
    <message>
        <source>The file is empty: it holds no TrustDesk cases.</source>
        <translation>الملف فارغ: لا يحتوي على أي قضايا من TrustDesk.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>الملف ليس JSON صالحًا (السطر %1، العمود %2: %3).</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: it must be a JSON object with &quot;format&quot;: &quot;trustdesk-cases&quot;.</source>
        <translation>هذا ليس ملف قضايا TrustDesk: يجب أن يكون كائن JSON يحتوي على &quot;format&quot;: &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>This is not a TrustDesk case file: its &quot;format&quot; must be &quot;trustdesk-cases&quot;.</source>
        <translation>هذا ليس ملف قضايا TrustDesk: يجب أن تكون قيمة &quot;format&quot; هي &quot;trustdesk-cases&quot;.</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>يجب أن تكون قيمة &quot;version&quot; في الملف عددًا صحيحًا يبدأ من 1.</translation>
    </message>
    <message>
        <source>The file was made by a newer TrustDesk (format version %1); this version reads version %2. Update TrustDesk to import it.</source>
        <translation>أُنشئ هذا الملف بإصدار أحدث من TrustDesk (إصدار التنسيق %1)؛ هذا الإصدار يقرأ الإصدار %2. حدِّث TrustDesk لاستيراده.</translation>
    </message>
    <message>
        <source>is required and must be a list.</source>
        <translation>مطلوب ويجب أن يكون قائمة.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>يجب أن يكون كائنًا.</translation>
    </message>
    <message>
        <source>repeats the reference of cases[%1].</source>
        <translation>يكرر رقم مرجع cases[%1].</translation>
    </message>
    <message>
        <source>is already used by a case in this database.</source>
        <translation>مستخدم بالفعل لقضية في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was added: %1</source>
        <translation>لم يتم استيراد الملف؛ لم تُضَف أي بيانات: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TrustDesk case file.</source>
        <translation>%1 مجلد، وليس ملف قضايا TrustDesk.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB: split it into several files.</source>
        <translation>حجم %1 أكبر من 1 GiB: قسِّمه إلى عدة ملفات.</translation>
    </message>
    <message>
        <source>is not a sensitive field.</source>
        <translation>ليس حقلًا حساسًا.</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>must be an object.</source>
        <translation>يجب أن يكون كائنًا.</translation>
    </message>
    <message>
        <source>is not a known violation category code.</source>
        <translation>ليس رمز فئة مخالفة معروفًا.</translation>
    </message>
    <message>
        <source>repeats the category &quot;%1&quot;.</source>
        <translation>يكرر الفئة «%1».</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>يجب ألا يكون سالبًا.</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits.</source>
        <translation>يجب أن يتكون من 64 رقمًا ست عشريًا بأحرف صغيرة.</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>يجب أن يكون أحد ما يلي: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known case status.</source>
        <translation>«%1» ليست حالة قضية معروفة.</translation>
    </message>
</context>
<context>
    <name>CaseListCsv</name>
    <message>
        <source>Reference</source>
        <translation>رقم المرجع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>آخر حادثة</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مسؤول القضية</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>توقف التصدير.</translation>
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
        <translation>تصدير قائمة القضايا</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>The case list was not exported: %1</source>
        <translation>لم تُصدَّر قائمة القضايا: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>لم تُصدَّر أي قضايا إلى %1.</numerusform>
            <numerusform>صُدِّرت قضية واحدة إلى %1.</numerusform>
            <numerusform>صُدِّرت قضيتان إلى %1.</numerusform>
            <numerusform>صُدِّرت %n قضايا إلى %1.</numerusform>
            <numerusform>صُدِّرت %n قضية إلى %1.</numerusform>
            <numerusform>صُدِّرت %n قضية إلى %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>رقم المرجع</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>آخر حادثة</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مسؤول القضية</translation>
    </message>
</context>
<context>
    <name>CaseListReader</name>
    <message>
        <source>Reading the case list</source>
        <translation>جارٍ قراءة قائمة القضايا</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>توقف التصدير.</translation>
    </message>
    <message>
        <source>%1 cannot be exported in a list.</source>
        <translation>لا يمكن تصدير %1 في قائمة.</translation>
    </message>
</context>
<context>
    <name>CaseListXlsx</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>نفدت الذاكرة</translation>
    </message>
    <message>
        <source>a heading was refused</source>
        <translation>رُفض أحد عناوين الأعمدة</translation>
    </message>
    <message>
        <source>no header was written</source>
        <translation>لم يُكتب صف العناوين</translation>
    </message>
    <message>
        <source>The list has more cases than a spreadsheet holds (%1 rows). Narrow the list, or export it as CSV.</source>
        <translation>في القائمة قضايا أكثر مما يتسع له جدول البيانات (%1 صف). ضيّق القائمة، أو صدّرها بصيغة CSV.</translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مسؤول القضية</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>[withheld]</source>
        <translation>[محجوب]</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>الحادثة %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>منطقة الشرطة</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>المخالفات</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>الرواية</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>الضابط</translation>
    </message>
    <message>
        <source>%1, badge %2, unit %3, %4</source>
        <translation>%1، الشارة %2، الوحدة %3، %4</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Sensitive fields are withheld. Use --include FIELD or --include-sensitive to show them (recorded in the audit log).</source>
        <translation>الحقول الحساسة محجوبة. استخدم --include الحقل أو --include-sensitive لإظهارها (يُسجَّل ذلك في سجل التدقيق).</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>Reading cases</source>
        <translation>جارٍ قراءة القضايا</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>لا توجد قضية %1.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>القضية لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>القضية %1 لها حالة غير معروفة.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not saved:
%1</source>
        <translation>لم يتم حفظ القضية:
%1</translation>
    </message>
    <message>
        <source>The case %1 no longer exists; it was not saved.</source>
        <translation>القضية %1 لم تعد موجودة؛ لم يتم حفظها.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>القضية %1: %2</translation>
    </message>
    <message>
        <source>Deleting the case</source>
        <translation>جارٍ حذف القضية</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>جارٍ تحديث فهرس البحث</translation>
    </message>
    <message>
        <source>%1 Your changes were not saved; nothing was written.</source>
        <translation>%1 لم تُحفظ تغييراتك؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>جارٍ حفظ القضية</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Intake</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>جمع الأدلة</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>جاهزة للتقديم</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>مقدَّمة</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
</context>
<context>
    <name>CaseTextRedactor</name>
    <message>
        <source>Client notes</source>
        <translation>ملاحظات العميل</translation>
    </message>
    <message>
        <source>Incident %1, %2</source>
        <translation>الحادثة %1، %2</translation>
    </message>
    <message>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>police district</source>
        <translation>منطقة الشرطة</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <source>Incident %1, officer %2, %3</source>
        <translation>الحادثة %1، الضابط %2، %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>رقم الشارة</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Incident %1, witness %2, %3</source>
        <translation>الحادثة %1، الشاهد %2، %3</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>وسيلة الاتصال</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>الإفادة</translation>
    </message>
    <message>
        <source>Evidence %1, %2</source>
        <translation>الدليل %1، %2</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>provided by</source>
        <translation>مقدَّم من</translation>
    </message>
    <message>
        <source>Filing %1, %2</source>
        <translation>الشكوى %1، %2</translation>
    </message>
    <message>
        <source>filed with</source>
        <translation>مقدَّمة إلى</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>طريقة التقديم</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>رقم المتابعة</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Follow-up %1, note</source>
        <translation>المتابعة %1، ملاحظة</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The case reference must look like TD-2026-00042.</source>
        <translation>يجب أن يكون رقم مرجع القضية بالشكل TD-2026-00042.</translation>
    </message>
    <message>
        <source>The date the case was opened is required.</source>
        <translation>تاريخ فتح القضية مطلوب.</translation>
    </message>
    <message>
        <source>A case cannot be closed before it was opened.</source>
        <translation>لا يمكن إغلاق قضية قبل تاريخ فتحها.</translation>
    </message>
    <message>
        <source>Say whom the complaint was filed with.</source>
        <translation>اذكر الجهة التي قُدِّمت إليها الشكوى.</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>المتابعة تحتاج إلى تاريخ استحقاق.</translation>
    </message>
    <message>
        <source>The SHA-256 must be 64 lowercase hexadecimal digits.</source>
        <translation>يجب أن يتكون SHA-256 من 64 رقمًا ست عشريًا بأحرف صغيرة.</translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation>لا يمكن أن يكون الحجم سالبًا.</translation>
    </message>
    <message>
        <source>The original file name is required.</source>
        <translation>اسم الملف الأصلي مطلوب.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name, or mark the client as anonymous.</source>
        <translation>أدخل اسم العميل، أو حدِّده كعميل مجهول الهوية.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>هذا لا يبدو رقم هاتف.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>هذا لا يبدو عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>The incident date is required.</source>
        <translation>تاريخ الحادثة مطلوب.</translation>
    </message>
    <message>
        <source>Unknown violation category &quot;%1&quot;.</source>
        <translation>فئة مخالفة غير معروفة «%1».</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, badge number or a description.</source>
        <translation>اذكر اسم الضابط أو رقم شارته أو وصفًا له.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Saving the case</source>
        <translation>جارٍ حفظ القضية</translation>
    </message>
    <message>
        <source>The case numbering could not be read.</source>
        <translation>تعذّرت قراءة ترقيم القضايا.</translation>
    </message>
    <message>
        <source>The client this case belongs to no longer exists.</source>
        <translation>العميل الذي تخصه هذه القضية لم يعد موجودًا.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Anonymous client</source>
        <translation>عميل مجهول الهوية</translation>
    </message>
</context>
<context>
    <name>ClientCopy</name>
    <message>
        <source>Your complaint</source>
        <translation>شكواك</translation>
    </message>
    <message>
        <source>A short record of the complaint about police conduct filed for you, and what to do next. Keep this paper in a safe place.</source>
        <translation>سجل قصير للشكوى المقدَّمة نيابةً عنك بشأن سلوك الشرطة، وما عليك فعله بعد ذلك. احتفظ بهذه الورقة في مكان آمن.</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>رقم مرجع القضية:</translation>
    </message>
    <message>
        <source>To be filed with:</source>
        <translation>ستُقدَّم إلى:</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>أُعدَّت في:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>رقم المتابعة:</translation>
    </message>
    <message>
        <source>Filed with:</source>
        <translation>قُدِّمت إلى:</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>قُدِّمت في:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>الطريقة:</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>تاريخ الحادثة:</translation>
    </message>
    <message>
        <source>What the complaint is about:</source>
        <translation>موضوع الشكوى:</translation>
    </message>
    <message>
        <source>Your caseworker:</source>
        <translation>مسؤول قضيتك:</translation>
    </message>
    <message>
        <source>The client copy could not be printed.</source>
        <translation>تعذّرت طباعة نسخة العميل.</translation>
    </message>
    <message>
        <source>Your legal-aid office:</source>
        <translation>مكتب المساعدة القانونية الخاص بك:</translation>
    </message>
</context>
<context>
    <name>ClientField</name>
    <message>
        <source>Anonymous</source>
        <translation>مجهول الهوية</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>الاسم المفضَّل</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضَّلة</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>يحتاج إلى مترجم فوري</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>بلد الميلاد</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>وضع الهجرة</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>الرقم A</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>الموافقة على التقديم</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Sensitive: withheld from complaint reports, exports and printouts unless someone deliberately includes it (which is recorded).</source>
        <translation>حساس: لا يظهر في تقارير الشكاوى ولا في الملفات المصدَّرة ولا في المطبوعات، إلا إذا أدرجه شخص ما عن قصد (ويُسجَّل ذلك).</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>مجهول الهوية</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>يحتاج إلى مترجم فوري</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>الهاتف (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>البريد الإلكتروني (&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>العنوان (&amp;D)</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>تاريخ الميلاد (&amp;B)</translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation>الموافقة على التقديم</translation>
    </message>
    <message>
        <source>Sensitive field</source>
        <translation>حقل حساس</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>الاسم الكامل (&amp;N)</translation>
    </message>
    <message>
        <source>Prefe&amp;rred name</source>
        <translation>الاسم المفضَّل (&amp;R)</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage</source>
        <translation>اللغة المفضَّلة (&amp;G)</translation>
    </message>
    <message>
        <source>Coun&amp;try of birth</source>
        <translation>بلد الميلاد (&amp;T)</translation>
    </message>
    <message>
        <source>Immigration &amp;status</source>
        <translation>وضع الهجرة (&amp;S)</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>الرقم A</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>ClientMatcher</name>
    <message>
        <source>Looking for existing clients</source>
        <translation>جارٍ البحث عن عملاء موجودين</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>create or migrate the database</source>
        <translation>إنشاء قاعدة البيانات أو ترقيتها</translation>
    </message>
    <message>
        <source>list cases, optionally of one status</source>
        <translation>عرض قائمة القضايا، ويمكن حصرها في حالة واحدة</translation>
    </message>
    <message>
        <source>full-text search over cases</source>
        <translation>بحث في النص الكامل للقضايا</translation>
    </message>
    <message>
        <source>check integrity and invariants (exit 3 on failure)</source>
        <translation>التحقق من السلامة والقواعد (رمز الخروج 3 عند الفشل)</translation>
    </message>
    <message>
        <source>add fictional demo cases (for demos and benchmarks)</source>
        <translation>إضافة قضايا تجريبية وهمية (للعروض واختبارات الأداء)</translation>
    </message>
    <message>
        <source>export cases as TrustDesk JSON</source>
        <translation>تصدير القضايا بتنسيق TrustDesk JSON</translation>
    </message>
    <message>
        <source>import a TrustDesk JSON file, all or nothing</source>
        <translation>استيراد ملف TrustDesk JSON، كله أو لا شيء</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>عرض قضية واحدة</translation>
    </message>
    <message>
        <source>attach files to a case as evidence</source>
        <translation>إرفاق ملفات بقضية كأدلة</translation>
    </message>
    <message>
        <source>write the client&apos;s copy of a complaint as a PDF</source>
        <translation>كتابة نسخة العميل من الشكوى بصيغة PDF</translation>
    </message>
    <message>
        <source>list a case&apos;s evidence (SHA-256 first)</source>
        <translation>عرض أدلة قضية (SHA-256 أولًا)</translation>
    </message>
    <message>
        <source>export a case&apos;s evidence with a manifest</source>
        <translation>تصدير أدلة قضية مع قائمة جرد</translation>
    </message>
    <message>
        <source>write a case&apos;s complaint submission as a PDF</source>
        <translation>كتابة ملف تقديم الشكوى لقضية بصيغة PDF</translation>
    </message>
    <message>
        <source>write a consistent, verified copy of the database and its evidence</source>
        <translation>كتابة نسخة متسقة ومُتحقَّق منها من قاعدة البيانات وأدلتها</translation>
    </message>
    <message>
        <source>replace the database and its evidence with a verified backup</source>
        <translation>استبدال قاعدة البيانات وأدلتها بنسخة احتياطية مُتحقَّق منها</translation>
    </message>
    <message>
        <source>remove an evidence item from a case, with a reason</source>
        <translation>إزالة عنصر دليل من قضية، مع ذكر السبب</translation>
    </message>
    <message>
        <source>list the audit log; &quot;audit verify&quot; checks its chain (exit 3 on a break)</source>
        <translation>يعرض سجل التدقيق؛ &quot;audit verify&quot; يفحص سلسلته (رمز الخروج 3 عند وجود انقطاع)</translation>
    </message>
    <message>
        <source>change an encrypted database&apos;s passphrase</source>
        <translation>يغيّر كلمة مرور قاعدة بيانات مشفّرة</translation>
    </message>
    <message>
        <source>encrypt a plaintext database in place, safely</source>
        <translation>يشفّر قاعدة بيانات غير مشفّرة في مكانها، بأمان</translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one to the current schema. A new database is encrypted: its passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal), and its recovery key is shown once or written to --recovery-key-out.</source>
        <translation>ينشئ قاعدة البيانات، أو يحدّث قاعدة موجودة إلى البنية الحالية. تُشفَّر قاعدة البيانات الجديدة: تؤخذ كلمة مرورها من --passphrase-file (أو من الملف المحدد في TRUSTDESK_PASSPHRASE_FILE، أو تُطلب مرتين في الطرفية)، ويُعرض مفتاح استردادها مرة واحدة أو يُكتب في --recovery-key-out.</translation>
    </message>
    <message>
        <source>show or set the caseworker profile recorded as the actor</source>
        <translation>يعرض أو يضبط ملف مسؤول القضية الذي يُسجَّل كمنفّذ للإجراءات</translation>
    </message>
    <message>
        <source>rights guidance: list, show (--pdf), search, version, install</source>
        <translation>إرشادات الحقوق: list، show (--pdf)، search، version، install</translation>
    </message>
    <message>
        <source>store a redacted copy of an image (boxes filled or pixelated)</source>
        <translation>يخزّن نسخة محجوبة من صورة (مربعات مملوءة أو مُقطّعة إلى بكسلات)</translation>
    </message>
    <message>
        <source>suggest boxes over faces in an image, for review</source>
        <translation>يقترح مربعات فوق الوجوه في صورة، للمراجعة</translation>
    </message>
    <message>
        <source>list repeat officers, or the cases of one badge number</source>
        <translation>عرض الضباط المتكررين، أو قضايا رقم شارة واحد</translation>
    </message>
    <message>
        <source>count cases and incidents by category, month, district…</source>
        <translation>عدّ القضايا والحوادث حسب الفئة والشهر والمنطقة…</translation>
    </message>
    <message>
        <source>manage the office key that encrypts an office server&apos;s evidence</source>
        <translation>يدير مفتاح المكتب الذي يشفّر أدلة خادم المكتب</translation>
    </message>
    <message>
        <source>copy a database file with its evidence into an office server</source>
        <translation>ينسخ ملف قاعدة بيانات مع أدلته إلى خادم مكتب</translation>
    </message>
    <message>
        <source>manage the people of an office server and their roles</source>
        <translation>يدير الأشخاص على خادم المكتب وأدوارهم</translation>
    </message>
</context>
<context>
    <name>ComplaintRecipient</name>
    <message>
        <source>Boston Police Department, Internal Affairs Division</source>
        <translation>إدارة شرطة بوسطن، شعبة الشؤون الداخلية</translation>
    </message>
    <message>
        <source>City of Boston, Office of Police Accountability and Transparency</source>
        <translation>مدينة بوسطن، مكتب مساءلة الشرطة والشفافية</translation>
    </message>
    <message>
        <source>Massachusetts Peace Officer Standards and Training (POST) Commission</source>
        <translation>Massachusetts Peace Officer Standards and Training (POST) Commission</translation>
    </message>
    <message>
        <source>Complaints about any certified officer in the Commonwealth</source>
        <translation>شكاوى بشأن أي ضابط معتمد في ولاية ماساتشوستس</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>تسجيل صوتي</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Complaint submission %1</source>
        <translation>تقديم الشكوى %1</translation>
    </message>
    <message>
        <source>Incident %1 of %2</source>
        <translation>الحادثة %1 من %2</translation>
    </message>
    <message>
        <source>DRAFT: the client&apos;s consent to file is not recorded in the case. Do not send this document until consent is recorded.</source>
        <translation>مسودة: موافقة العميل على تقديم الشكوى غير مسجلة في القضية. لا ترسل هذا المستند حتى تُسجَّل الموافقة.</translation>
    </message>
    <message>
        <source>Complaint about police conduct</source>
        <translation>شكوى بشأن سلوك الشرطة</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>The complainant, who asks to remain anonymous</source>
        <translation>مقدِّم الشكوى، الذي يطلب عدم الكشف عن هويته</translation>
    </message>
    <message>
        <source>Filed on the complainant&apos;s behalf</source>
        <translation>مقدَّمة نيابةً عن مقدِّم الشكوى</translation>
    </message>
    <message>
        <source>%1, on the complainant&apos;s behalf</source>
        <translation>%1، نيابةً عن مقدِّم الشكوى</translation>
    </message>
    <message>
        <source>An anonymous complainant</source>
        <translation>مقدِّم شكوى مجهول الهوية</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>رقم المرجع</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>مقدِّم الشكوى</translation>
    </message>
    <message>
        <source>Not given: the complainant asks to remain anonymous</source>
        <translation>غير مذكور: يطلب مقدِّم الشكوى عدم الكشف عن هويته</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم فوري</translation>
    </message>
    <message>
        <source>Needed for any interview</source>
        <translation>مطلوب في أي مقابلة</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <source>Information withheld.</source>
        <translation>معلومات محجوبة.</translation>
    </message>
    <message>
        <source>To protect the complainant, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the complainant agrees.</source>
        <translation>لحماية مقدِّم الشكوى، يستبعد هذا المستند الأنواع التالية من المعلومات: %1. يمكن لمن يقدِّم الشكوى أن يوفرها للمحقق إذا احتاجها التحقيق ووافق مقدِّم الشكوى.</translation>
    </message>
    <message>
        <source>Included at the filer&apos;s deliberate choice: %1.</source>
        <translation>أُدرج باختيار متعمَّد ممن يقدِّم الشكوى: %1.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>منطقة الشرطة</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>الضباط المعنيون</translation>
    </message>
    <message>
        <source>Name not known</source>
        <translation>الاسم غير معروف</translation>
    </message>
    <message>
        <source>No officer could be identified.</source>
        <translation>لم يمكن التعرف على أي ضابط.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>رقم الشارة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Badge numbers are given exactly as the complainant recorded them.</source>
        <translation>أرقام الشارات مذكورة تمامًا كما سجَّلها مقدِّم الشكوى.</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>The conduct is described in the account below.</source>
        <translation>السلوك موصوف في الرواية أدناه.</translation>
    </message>
    <message>
        <source> (incident %1)</source>
        <translation> (الحادثة %1)</translation>
    </message>
    <message>
        <source>Source [%1]: %2, %3.</source>
        <translation>المصدر [%1]: %2، %3.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>No account was written down.</source>
        <translation>لم تُكتب أي رواية.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>الشهود</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>No witnesses are named.</source>
        <translation>لم يُذكر أي شهود.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة الاتصال</translation>
    </message>
    <message>
        <source>What they saw or heard</source>
        <translation>ما رأوه أو سمعوه</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>No exhibits are attached.</source>
        <translation>لا توجد مرفقات.</translation>
    </message>
    <message>
        <source>Each exhibit is identified by its SHA-256 fingerprint: any change to the file changes the fingerprint.</source>
        <translation>يُعرَّف كل مرفق ببصمة SHA-256 الخاصة به: أي تغيير في الملف يغيّر البصمة.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>بلا وصف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>قدَّمه</translation>
    </message>
    <message>
        <source>We ask that you investigate the conduct described above, keep the complainant&apos;s identity and the withheld information confidential, give a tracking number for this complaint, and inform the complainant, through the filer, of the outcome.</source>
        <translation>نطلب منكم التحقيق في السلوك الموصوف أعلاه، والحفاظ على سرية هوية مقدِّم الشكوى والمعلومات المحجوبة، وإعطاء رقم متابعة لهذه الشكوى، وإبلاغ مقدِّم الشكوى بالنتيجة عن طريق من قدَّم الشكوى.</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>الإجراء المطلوب</translation>
    </message>
    <message>
        <source>I declare that the information in this complaint is true and correct to the best of my knowledge.</source>
        <translation>أُقِرّ بأن المعلومات الواردة في هذه الشكوى صحيحة ودقيقة على حد علمي.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf and with their consent, given on %1. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>أقدِّم هذه الشكوى نيابةً عن مقدِّم الشكوى وبموافقته التي أعطاها في %1. وأُقِرّ بأنها تنقل بصدق ما أخبرني به مقدِّم الشكوى والشهود.</translation>
    </message>
    <message>
        <source>I file this complaint on the complainant&apos;s behalf. I declare that it reports truly what the complainant and the witnesses told me.</source>
        <translation>أقدِّم هذه الشكوى نيابةً عن مقدِّم الشكوى. وأُقِرّ بأنها تنقل بصدق ما أخبرني به مقدِّم الشكوى والشهود.</translation>
    </message>
    <message>
        <source>The information in this complaint is true and correct to the best of the complainant&apos;s knowledge.</source>
        <translation>المعلومات الواردة في هذه الشكوى صحيحة ودقيقة على حد علم مقدِّم الشكوى.</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>الإقرار</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>التوقيع (اختياري)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Name (printed)</source>
        <translation>الاسم (بخط واضح)</translation>
    </message>
    <message>
        <source>Complaint submission · %1</source>
        <translation>تقديم الشكوى · %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>أُنشئ في %1</translation>
    </message>
    <message>
        <source>The complaint could not be printed.</source>
        <translation>تعذّرت طباعة الشكوى.</translation>
    </message>
    <message>
        <source>To protect the complainant and the witnesses, this document leaves out these kinds of information: %1. The filer can provide them to the investigator if the investigation needs them and the people concerned agree.</source>
        <translation>لحماية مقدِّم الشكوى والشهود، يستبعد هذا المستند الأنواع التالية من المعلومات: %1. يمكن لمن يقدِّم الشكوى أن يوفرها للمحقق إذا احتاجها التحقيق ووافق الأشخاص المعنيون.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>محجوب</translation>
    </message>
    <message>
        <source>Words in the accounts below that touch on immigration status were reviewed by the filer and are given as written.</source>
        <translation>الكلمات الواردة في الروايات أدناه التي تمس وضع الهجرة راجعها مقدّم الشكوى، وهي مذكورة كما كُتبت.</translation>
    </message>
    <message>
        <source>Rule: %1, %2.</source>
        <translation>القاعدة: %1، %2.</translation>
    </message>
    <message>
        <source>It applies to: %1.</source>
        <translation>تنطبق على: %1.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>المصدر: %1.</translation>
    </message>
    <message>
        <source>See also the guidance “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>انظر أيضًا الإرشادات «%1»، إرشادات %2 (الإصدار %3، تاريخ المراجعة %4).</translation>
    </message>
    <message>
        <source>Guidance: “%1”, %2 guidance (version %3, checked %4).</source>
        <translation>الإرشادات: «%1»، إرشادات %2 (الإصدار %3، تاريخ المراجعة %4).</translation>
    </message>
    <message>
        <source>Redacted copy of exhibit %1: parts of the image are covered.</source>
        <translation>نسخة محجوبة من المرفق %1: أجزاء من الصورة مغطّاة.</translation>
    </message>
    <message>
        <source>Redacted copy: parts of the image are covered.</source>
        <translation>نسخة محجوبة: أجزاء من الصورة مغطّاة.</translation>
    </message>
    <message>
        <source>Original, not pictured: its redacted copy is exhibit %1.</source>
        <translation>الأصل، غير معروض: نسخته المحجوبة هي المرفق %1.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>تتعذّر كتابة جدول البيانات: %1</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>Recording the chain of custody</source>
        <translation>جارٍ تسجيل سلسلة الحيازة</translation>
    </message>
    <message>
        <source>Reading the chain of custody</source>
        <translation>جارٍ قراءة سلسلة الحيازة</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Starting to save</source>
        <translation>جارٍ بدء الحفظ</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>تعذّر إنشاء المجلد «%1».</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be created.</source>
        <translation>تعذّر إنشاء ملف قاعدة البيانات «%1».</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>قاعدة البيانات «%1» غير موجودة.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>جارٍ فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>ملف قاعدة البيانات تالف ولا يمكن قراءته.</translation>
    </message>
    <message>
        <source>This file is not a TrustDesk database. It was left untouched.</source>
        <translation>هذا الملف ليس قاعدة بيانات TrustDesk. لم يُمَس.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of TrustDesk. Update TrustDesk to open it.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من TrustDesk. حدِّث TrustDesk لفتحها.</translation>
    </message>
    <message>
        <source>Setting up the database</source>
        <translation>جارٍ إعداد قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database cannot be opened: the disk is full. Free some space and try again.</source>
        <translation>تتعذّر فتح قاعدة البيانات: القرص ممتلئ. حرِّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database key is missing.</source>
        <translation>مفتاح قاعدة البيانات مفقود.</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens only with its passphrase or recovery key.</source>
        <translation>قاعدة البيانات هذه مشفّرة: لا تُفتح إلا بكلمة المرور الخاصة بها أو بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>التشفير غير متوفر على هذا النظام.</translation>
    </message>
    <message>
        <source>The database could not be opened encrypted; nothing was written to it.</source>
        <translation>تعذّر فتح قاعدة البيانات مع التشفير؛ لم يُكتب فيها أي شيء.</translation>
    </message>
    <message>
        <source>The encrypted database could not be set up.</source>
        <translation>تعذّر إعداد قاعدة البيانات المشفّرة.</translation>
    </message>
    <message>
        <source>An office server database is not opened with a vault key: its connection is protected by the server&apos;s login and TLS.</source>
        <translation>قاعدة بيانات خادم المكتب لا تُفتح بمفتاح خزنة: اتصالها محمي بتسجيل الدخول إلى الخادم وبـ TLS.</translation>
    </message>
    <message>
        <source>Starting to save: a save is already under way.</source>
        <translation>تعذّر بدء الحفظ: هناك عملية حفظ جارية بالفعل.</translation>
    </message>
    <message>
        <source>Office servers need Qt&apos;s PostgreSQL driver: install the package libqt6sql6-psql.</source>
        <translation>تحتاج خوادم المكتب إلى برنامج تشغيل PostgreSQL الخاص بـ Qt: ثبّت الحزمة libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The office database &quot;%1&quot; holds no TrustDesk data yet (run trustdesk-cli init to set it up).</source>
        <translation>قاعدة بيانات المكتب «%1» لا تحتوي على بيانات TrustDesk بعد (شغّل trustdesk-cli init لإعدادها).</translation>
    </message>
    <message>
        <source>This database is not a TrustDesk database. It was left untouched.</source>
        <translation>قاعدة البيانات هذه ليست قاعدة بيانات TrustDesk. لم يُغيَّر فيها شيء.</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network connection, then try again; nothing you typed is lost.</source>
        <translation>يتعذّر الوصول إلى خادم المكتب. تحقّق من الاتصال بالشبكة، ثم حاول مرة أخرى؛ لم يضِع شيء مما كتبته.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>الملف «%1» غير موجود.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>تتعذّر قراءة الملف «%1»: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a TrustDesk database.</source>
        <translation>الملف «%1» فارغ. إنه ليس قاعدة بيانات TrustDesk.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a TrustDesk database (it is not an SQLite database at all).</source>
        <translation>الملف «%1» ليس قاعدة بيانات TrustDesk (بل ليس قاعدة بيانات SQLite أصلًا).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged (its header is invalid).</source>
        <translation>الملف «%1» تالف (ترويسته غير صالحة).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: it is shorter than its own header says (it may have been cut off while copying). It was left untouched.</source>
        <translation>الملف «%1» تالف: إنه أقصر مما تقوله ترويسته (ربما انقطع أثناء النسخ). لم يُمَس.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a TrustDesk database. It was left untouched.</source>
        <translation>الملف «%1» قاعدة بيانات SQLite لتطبيق آخر، وليس قاعدة بيانات TrustDesk. لم يُمَس.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of TrustDesk (schema %2; this version knows up to %3). Update TrustDesk to open it. It was left untouched.</source>
        <translation>كُتب الملف «%1» بإصدار أحدث من TrustDesk (المخطط %2؛ هذا الإصدار يعرف حتى %3). حدِّث TrustDesk لفتحه. لم يُمَس.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. TrustDesk needs to write to its database; copy it to a folder you can write to, or change its permissions.</source>
        <translation>الملف «%1» للقراءة فقط. يحتاج TrustDesk إلى الكتابة في قاعدة بياناته؛ انسخه إلى مجلد يمكنك الكتابة فيه، أو غيِّر أذوناته.</translation>
    </message>
    <message>
        <source>The folder holding &quot;%1&quot; is read-only. TrustDesk needs to write beside its database file.</source>
        <translation>المجلد الذي يحتوي على «%1» للقراءة فقط. يحتاج TrustDesk إلى الكتابة بجانب ملف قاعدة بياناته.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft has an invalid name.</source>
        <translation>اسم المسودة غير صالح.</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>يتعذّر إنشاء مجلد المسودات %1.</translation>
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation>يتعذّر حفظ المسودة: %1</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>يتعذّر حذف المسودة %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <source>Attach Evidence Files</source>
        <translation>إرفاق ملفات أدلة</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>إزالة دليل</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this case?

Its file leaves the evidence store unless another case holds the same file. Say why: the reason stays in the chain of custody.</source>
        <translation>هل تريد إزالة «%1» من هذه القضية؟

يخرج ملفه من مخزن الأدلة ما لم تكن قضية أخرى تحتفظ بالملف نفسه. اذكر السبب: يبقى السبب في سلسلة الحيازة.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>تعذّرت كتابة «%1»: %2</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; is a symbolic link. Choose a real folder.</source>
        <translation>مجلد التصدير «%1» رابط رمزي. اختر مجلدًا حقيقيًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>«%1» موجود وليس مجلدًا.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty. Export into a new or empty folder so nothing is overwritten.</source>
        <translation>المجلد «%1» ليس فارغًا. صدِّر إلى مجلد جديد أو فارغ حتى لا يُكتب فوق أي شيء.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>تعذّر إنشاء المجلد «%1».</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is missing from the evidence store and was not exported.</source>
        <translation>الدليل «%1» مفقود من مخزن الأدلة ولم يُصدَّر.</translation>
    </message>
    <message>
        <source>The export folder cannot be written: %1</source>
        <translation>تتعذّر الكتابة في مجلد التصدير: %1</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>توقف التصدير: %1</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; has CHANGED since it was attached (SHA-256 mismatch) and was not exported.</source>
        <translation>الدليل «%1» قد تغيَّر منذ إرفاقه (SHA-256 غير مطابق) ولم يُصدَّر.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;: %2</source>
        <translation>الدليل &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>العنصر %1</translation>
    </message>
    <message>
        <source>Its metadata could not be removed (%1), so it was not exported. Export with metadata included to hand it over as stored.</source>
        <translation>تعذّرت إزالة بياناته الوصفية (%1)، فلم يُصدَّر. صدّره مع البيانات الوصفية لتسليمه كما هو مخزّن.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be saved.</source>
        <translation>تعذّر حفظ النسخة المنظّفة.</translation>
    </message>
    <message>
        <source>The exported copy could not be read.</source>
        <translation>تعذّرت قراءة النسخة المصدَّرة.</translation>
    </message>
    <message>
        <source>image too large</source>
        <translation>الصورة كبيرة جدًا</translation>
    </message>
    <message>
        <source>damaged or unusual image</source>
        <translation>صورة تالفة أو غير مألوفة</translation>
    </message>
    <message>
        <source>The export folder cannot be written.</source>
        <translation>لا يمكن الكتابة في مجلد التصدير.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written (is the disk full?).</source>
        <translation>تعذّرت كتابة النسخة المنظّفة (هل القرص ممتلئ؟).</translation>
    </message>
</context>
<context>
    <name>EvidenceJob</name>
    <message>
        <source>&quot;%1&quot; was not attached: canceled.</source>
        <translation>لم يُرفق «%1»: أُلغي.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;.</source>
        <translation>أُرفق «%1».</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file of imported evidence.</source>
        <translation>أُرفق «%1»: ملف دليل مستورد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already attached to this case as &quot;%2&quot;; it is stored once.</source>
        <translation>«%1» مُرفق بالفعل بهذه القضية باسم «%2»؛ يُحفظ مرة واحدة.</translation>
    </message>
    <message>
        <source>Verifying the evidence store</source>
        <translation>جارٍ التحقق من مخزن الأدلة</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) are intact.</source>
        <translation>
            <numerusform>لا توجد ملفات أدلة.</numerusform>
            <numerusform>ملف الدليل سليم.</numerusform>
            <numerusform>ملفا الدليل سليمان.</numerusform>
            <numerusform>جميع ملفات الأدلة الـ%n سليمة.</numerusform>
            <numerusform>جميع ملفات الأدلة الـ%n سليمة.</numerusform>
            <numerusform>جميع ملفات الأدلة الـ%n سليمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file before showing it</source>
        <translation>جارٍ فحص الملف قبل عرضه</translation>
    </message>
</context>
<context>
    <name>EvidenceLabels</name>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>الضابط</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>أُرفق</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>عُرض</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>صُدّر</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>عُدّلت التفاصيل</translation>
    </message>
    <message>
        <source>redacted copy of item %1</source>
        <translation>نسخة محجوبة من العنصر %1</translation>
    </message>
    <message>
        <source>redacted copy of %1</source>
        <translation>نسخة محجوبة من %1</translation>
    </message>
    <message>
        <source>camera clock</source>
        <translation>ساعة الكاميرا</translation>
    </message>
    <message>
        <source>time the file was last changed</source>
        <translation>وقت آخر تغيير للملف</translation>
    </message>
    <message>
        <source>entered by the caseworker</source>
        <translation>أدخله مسؤول القضية</translation>
    </message>
    <message>
        <source>source of the time not recorded</source>
        <translation>مصدر الوقت غير مسجَّل</translation>
    </message>
    <message>
        <source>file changed</source>
        <extracomment>A time that is only when the evidence file was last modified, in a narrow table cell.</extracomment>
        <translation>تغيير الملف</translation>
    </message>
    <message>
        <source>entered</source>
        <extracomment>A time a caseworker typed in, in a narrow table cell.</extracomment>
        <translation>أُدخل يدويًا</translation>
    </message>
    <message>
        <source>Photo taken %1 (camera clock)</source>
        <translation>التُقطت الصورة %1 (ساعة الكاميرا)</translation>
    </message>
    <message>
        <source>Recorded %1 (device clock)</source>
        <translation>سُجِّل %1 (ساعة الجهاز)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when the photo was taken)</source>
        <translation>آخر تغيير للملف %1 (ليس بالضرورة وقت التقاط الصورة)</translation>
    </message>
    <message>
        <source>File last changed %1 (not necessarily when it was made)</source>
        <translation>آخر تغيير للملف %1 (ليس بالضرورة وقت إنشائه)</translation>
    </message>
    <message>
        <source>Photo taken %1 (as entered by the caseworker)</source>
        <translation>التُقطت الصورة %1 (كما أدخله مسؤول القضية)</translation>
    </message>
    <message>
        <source>Made %1 (as entered by the caseworker)</source>
        <translation>أُنشئ %1 (كما أدخله مسؤول القضية)</translation>
    </message>
    <message>
        <source>Dated %1 (source of the time not recorded)</source>
        <translation>مؤرَّخ %1 (مصدر الوقت غير مسجَّل)</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>استُوردت التفاصيل فقط؛ الملف غير موجود في مخزن الأدلة.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>تاريخ الالتقاط</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
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
        <translation>تصدير أدلة TrustDesk</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>القضية: %1</translation>
    </message>
    <message>
        <source>Exported: %1 by %2</source>
        <translation>تاريخ التصدير: %1 بواسطة %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>العناصر: %1</translation>
    </message>
    <message>
        <source>Check the files with: sha256sum -c SHA256SUMS</source>
        <translation>تحقق من الملفات بالأمر: sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(بدون ملف)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Original name: %1</source>
        <translation>الاسم الأصلي: %1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>نوع الملف: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>الحجم: %1 بايت</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Captured: %1</source>
        <translation>تاريخ الالتقاط: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Added: %1 by %2</source>
        <translation>تاريخ الإضافة: %1 بواسطة %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>الوصف: %1</translation>
    </message>
    <message>
        <source>Chain of custody:</source>
        <translation>سلسلة الحيازة:</translation>
    </message>
    <message>
        <source>Custody of items removed from the case:</source>
        <translation>حيازة العناصر المُزالة من القضية:</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>العنصر %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>محجوب</translation>
    </message>
    <message>
        <source>removed from this copy (%1); SHA-256 of the copy: %2</source>
        <translation>أُزيلت من هذه النسخة (%1)؛ SHA-256 للنسخة: %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>لم يُعثر على شيء</translation>
    </message>
    <message>
        <source>kept as stored (included on purpose)</source>
        <translation>أُبقيت كما هي مخزّنة (مُضمَّنة عمدًا)</translation>
    </message>
    <message>
        <source>not removed: TrustDesk cannot clean this kind of file</source>
        <translation>لم تُزَل: لا يستطيع TrustDesk تنظيف هذا النوع من الملفات</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>البيانات الوصفية: %1</translation>
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
        <translation>بلا اسم</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Type: %1, %2</source>
        <translation>النوع: %1، %2</translation>
    </message>
    <message>
        <source>Type: %1, %2 (%3 bytes)</source>
        <translation>النوع: %1، %2 (%3 بايت)</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>الملف «%1» غير موجود.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link. Attach the file it points to instead.</source>
        <translation>«%1» رابط رمزي. أرفق الملف الذي يشير إليه بدلًا منه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Attach the files inside it instead.</source>
        <translation>«%1» مجلد. أرفق الملفات الموجودة داخله بدلًا منه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket) and cannot be attached.</source>
        <translation>«%1» ليس ملفًا عاديًا (إنه جهاز أو أنبوب أو مقبس) ولا يمكن إرفاقه.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: permission denied.</source>
        <translation>تتعذّر قراءة الملف «%1»: تم رفض الإذن.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>تتعذّر قراءة الملف «%1»: %2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>فشلت قراءة «%1»: %2. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Writing the copy of &quot;%1&quot; failed: %2. Nothing was stored.</source>
        <translation>فشلت كتابة نسخة «%1»: %2. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot; could not be copied. Nothing was stored; free some space and try again.</source>
        <translation>القرص ممتلئ: تعذّر نسخ «%1». لم يُحفظ أي شيء؛ حرِّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was being copied. Nothing was stored; try again once the file is complete.</source>
        <translation>تغيَّر «%1» أثناء نسخه. لم يُحفظ أي شيء؛ حاول مرة أخرى بعد اكتمال الملف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted or moved while it was being copied. Nothing was stored.</source>
        <translation>حُذف «%1» أو نُقل أثناء نسخه. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; was canceled. Nothing was stored.</source>
        <translation>أُلغي نسخ «%1». لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation>جارٍ قراءة الأدلة</translation>
    </message>
    <message>
        <source>Looking up the case</source>
        <translation>جارٍ البحث عن القضية</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>لا توجد قضية %1.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; is not a folder. Nothing was stored.</source>
        <translation>مخزن الأدلة «%1» ليس مجلدًا. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>The evidence store &quot;%1&quot; could not be created. Nothing was stored.</source>
        <translation>تعذّر إنشاء مخزن الأدلة «%1». لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>مصدر غير معروف «%1». استخدم أحد ما يلي: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty (0 bytes): there is nothing to attach.</source>
        <translation>الملف «%1» فارغ (0 بايت): لا يوجد ما يُرفَق.</translation>
    </message>
    <message>
        <source>The evidence store cannot be written: %1. Nothing was stored.</source>
        <translation>تتعذّر الكتابة في مخزن الأدلة: %1. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be placed in the evidence store: %2. Nothing was stored.</source>
        <translation>تعذّر وضع «%1» في مخزن الأدلة: %2. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>جارٍ إرفاق الأدلة</translation>
    </message>
    <message>
        <source>The new evidence record could not be read back.</source>
        <translation>تعذّرت إعادة قراءة سجل الدليل الجديد.</translation>
    </message>
    <message>
        <source>There is no evidence item %1.</source>
        <translation>لا يوجد عنصر دليل %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in the evidence store: only its details were imported.</source>
        <translation>ليس لـ«%1» ملف في مخزن الأدلة: استُوردت تفاصيله فقط.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is missing from the evidence store.</source>
        <translation>ملف «%1» مفقود من مخزن الأدلة.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; has changed since it was attached: its SHA-256 no longer matches.</source>
        <translation>ملف «%1» قد تغيَّر منذ إرفاقه: لم يعد SHA-256 الخاص به مطابقًا.</translation>
    </message>
    <message>
        <source>Give a reason for removing evidence: it is kept in the chain of custody.</source>
        <translation>اذكر سبب إزالة الدليل: يُحفَظ السبب في سلسلة الحيازة.</translation>
    </message>
    <message>
        <source>Removing evidence</source>
        <translation>جارٍ إزالة الدليل</translation>
    </message>
    <message>
        <source>The file could not be removed from the evidence store: %1</source>
        <translation>تعذّرت إزالة الملف من مخزن الأدلة: %1</translation>
    </message>
    <message>
        <source>Saving the evidence details</source>
        <translation>جارٍ حفظ تفاصيل الدليل</translation>
    </message>
    <message>
        <source>The date captured is in the future. Give a date and time that have passed, or leave it unknown.</source>
        <translation>تاريخ الالتقاط في المستقبل. أدخل تاريخًا ووقتًا قد مضيا، أو اتركه غير معروف.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; is damaged: it does not decrypt as it was written.</source>
        <translation>الملف المخزّن لـ &quot;%1&quot; تالف: لا يُفك تشفيره كما كُتب.</translation>
    </message>
    <message>
        <source>The redacted copy could not be stored: %1. Nothing was stored.</source>
        <translation>تعذّر تخزين النسخة المحجوبة: %1. لم يُخزَّن أي شيء.</translation>
    </message>
    <message>
        <source>The redacted copy is empty.</source>
        <translation>النسخة المحجوبة فارغة.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not the file the redaction was made from. Nothing was stored.</source>
        <translation>عنصر الأدلة %1 ليس الملف الذي صُنعت منه النسخة المحجوبة. لم يُخزَّن أي شيء.</translation>
    </message>
    <message>
        <source>Storing a redacted copy</source>
        <translation>جارٍ تخزين نسخة محجوبة</translation>
    </message>
    <message>
        <source>The evidence on an office server is encrypted with the office key, which is not unlocked.</source>
        <translation>الأدلة على خادم المكتب مشفّرة بمفتاح المكتب، وهو غير مفتوح.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreConversion</name>
    <message>
        <source>The evidence can only be encrypted into an encrypted database.</source>
        <translation>لا يمكن تشفير الأدلة إلا في قاعدة بيانات مشفّرة.</translation>
    </message>
    <message>
        <source>The encrypted evidence store must be a new folder, not the plaintext one.</source>
        <translation>يجب أن يكون مخزن الأدلة المشفّر مجلدًا جديدًا، لا المجلد غير المشفّر.</translation>
    </message>
    <message>
        <source>The encrypted evidence store &quot;%1&quot; already exists and does not hold the evidence intact:</source>
        <translation>مخزن الأدلة المشفّر &quot;%1&quot; موجود بالفعل ولا يحتوي على الأدلة سليمة:</translation>
    </message>
    <message>
        <source>The encrypted evidence store cannot be written beside the database: %1</source>
        <translation>لا يمكن كتابة مخزن الأدلة المشفّر بجانب قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>The evidence was not encrypted, because files in the evidence store are missing or have changed (run verify to check the whole store):</source>
        <translation>لم تُشفَّر الأدلة، لأن ملفات في مخزن الأدلة مفقودة أو تغيّرت (شغّل verify لفحص المخزن كله):</translation>
    </message>
    <message>
        <source>The encrypted evidence did not read back intact, so it was discarded:</source>
        <translation>لم تُقرأ الأدلة المشفّرة سليمة عند إعادة قراءتها، فتم التخلص منها:</translation>
    </message>
    <message>
        <source>The encrypted evidence store could not be put in place: %1</source>
        <translation>تعذّر وضع مخزن الأدلة المشفّر في مكانه: %1</translation>
    </message>
    <message>
        <source>The plaintext evidence store &quot;%1&quot; could not be deleted completely.</source>
        <translation>تعذّر حذف مخزن الأدلة غير المشفّر &quot;%1&quot; بالكامل.</translation>
    </message>
</context>
<context>
    <name>EvidenceStoreCopy</name>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing (expected at %3).</source>
        <translation>القضية %1: الدليل «%2» مفقود (كان متوقعًا في %3).</translation>
    </message>
    <message>
        <source>The disk is full: the evidence could not be copied.</source>
        <translation>القرص ممتلئ: تعذّر نسخ الأدلة.</translation>
    </message>
    <message>
        <source>The evidence could not be copied: %1</source>
        <translation>تعذّر نسخ الأدلة: %1</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read (%3).</source>
        <translation>القضية %1: تتعذّر قراءة الدليل «%2» (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: a link or folder is in its place (%3).</source>
        <translation>القضية %1: يتعذّر فحص الدليل «%2»: يوجد رابط أو مجلد في مكانه (%3).</translation>
    </message>
    <message>
        <source>Copying the evidence was canceled.</source>
        <translation>أُلغي نسخ الأدلة.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; was deleted while it was being read (%3).</source>
        <translation>القضية %1: حُذف الدليل «%2» أثناء قراءته (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be read to the end (%3).</source>
        <translation>القضية %1: تتعذّر قراءة الدليل «%2» حتى نهايته (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; changed while it was being read (%3).</source>
        <translation>القضية %1: تغيَّر الدليل «%2» أثناء قراءته (%3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>القضية %1: الدليل «%2» قد تغيَّر منذ إرفاقه: كان SHA-256 المتوقع %3، ووُجد %4.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is damaged: it does not decrypt, so it was changed, cut short, extended or replaced (%3).</source>
        <translation>القضية %1: الدليل &quot;%2&quot; تالف: لا يُفك تشفيره، أي أنه غُيّر أو قُصّ أو مُدّد أو استُبدل (%3).</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>it cannot be read</source>
        <translation>لا يمكن قراءته</translation>
    </message>
    <message>
        <source>a link or folder is in its place</source>
        <translation>يوجد رابط أو مجلد في مكانه</translation>
    </message>
    <message>
        <source>The verification was canceled.</source>
        <translation>أُلغي التحقق.</translation>
    </message>
    <message>
        <source>it could not be read to the end</source>
        <translation>تعذّرت قراءته حتى النهاية</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the evidence store (expected at %3).</source>
        <translation>القضية %1: الدليل «%2» مفقود من مخزن الأدلة (كان متوقعًا في %3).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; cannot be checked: %3 (%4).</source>
        <translation>القضية %1: يتعذّر فحص الدليل «%2»: %3 (%4).</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; has CHANGED since it was attached: SHA-256 %3 expected, %4 found.</source>
        <translation>القضية %1: الدليل «%2» قد تغيَّر منذ إرفاقه: كان SHA-256 المتوقع %3، ووُجد %4.</translation>
    </message>
    <message>
        <source>The evidence store %1 is not a folder.</source>
        <translation>مخزن الأدلة %1 ليس مجلدًا.</translation>
    </message>
    <message>
        <source>The evidence store can be opened by other accounts (mode %1); it should be 0700.</source>
        <translation>يمكن لحسابات أخرى فتح مخزن الأدلة (الوضع %1)؛ يجب أن يكون 0700.</translation>
    </message>
    <message>
        <source>Unexpected file in the evidence store: %1 (%2).</source>
        <translation>ملف غير متوقع في مخزن الأدلة: %1 (%2).</translation>
    </message>
    <message>
        <source>a symbolic link, not followed</source>
        <translation>رابط رمزي، لم يتم تتبعه</translation>
    </message>
    <message>
        <source>left over from an interrupted import or removal</source>
        <translation>متبقٍّ من استيراد أو إزالة لم تكتمل</translation>
    </message>
    <message>
        <source>not part of the store&apos;s layout</source>
        <translation>ليس جزءًا من بنية المخزن</translation>
    </message>
    <message>
        <source>The evidence folder %1 can be opened by other accounts; it should be 0700.</source>
        <translation>يمكن لحسابات أخرى فتح مجلد الأدلة %1؛ يجب أن يكون 0700.</translation>
    </message>
    <message>
        <source>no evidence item holds it</source>
        <translation>لا يحتويه أي عنصر دليل</translation>
    </message>
    <message>
        <source>The evidence file %1 can be read by other accounts; it should be 0400.</source>
        <translation>يمكن لحسابات أخرى قراءة ملف الدليل %1؛ يجب أن يكون 0400.</translation>
    </message>
    <message>
        <source>it does not decrypt: it was changed, cut short, extended or replaced</source>
        <translation>لا يُفك تشفيره: غُيّر أو قُصّ أو مُدّد أو استُبدل</translation>
    </message>
    <message>
        <source>The evidence on this office server can be checked only with the office key.</source>
        <translation>لا يمكن فحص الأدلة على خادم المكتب هذا إلا بمفتاح المكتب.</translation>
    </message>
    <message>
        <source>Case %1: evidence &quot;%2&quot; is missing from the office server.</source>
        <translation>القضية %1: الدليل «%2» مفقود من خادم المكتب.</translation>
    </message>
    <message>
        <source>The evidence could not be read from the office server.</source>
        <translation>تعذّرت قراءة الأدلة من خادم المكتب.</translation>
    </message>
</context>
<context>
    <name>FaceSuggester</name>
    <message>
        <source>Face suggestions need OpenCV&apos;s face models, which are not installed: %1 is missing or cannot be read. Install the package opencv-data, or draw the boxes by hand.</source>
        <translation>تحتاج اقتراحات الوجوه إلى نماذج الوجوه من OpenCV، وهي غير مثبّتة: %1 مفقود أو لا يمكن قراءته. ثبّت الحزمة opencv-data، أو ارسم المربعات يدويًا.</translation>
    </message>
</context>
<context>
    <name>FieldRegistry</name>
    <message>
        <source>Not a time: type it as HH:MM, e.g. 14:30.</source>
        <translation>ليس وقتًا: اكتبه بالشكل HH:MM، مثل 14:30.</translation>
    </message>
    <message>
        <source>Not a date: type it like %1.</source>
        <translation>ليس تاريخًا: اكتبه مثل %1.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Open TrustDesk Database</source>
        <translation>فتح قاعدة بيانات TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite *.trustdesk *.db);;All files (*)</source>
        <translation>قواعد بيانات TrustDesk (*.sqlite *.trustdesk *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>New TrustDesk Database</source>
        <translation>قاعدة بيانات TrustDesk جديدة</translation>
    </message>
    <message>
        <source>TrustDesk databases (*.sqlite)</source>
        <translation>قواعد بيانات TrustDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>حفظ النسخة الاحتياطية باسم</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk)</source>
        <translation>نسخ TrustDesk الاحتياطية (*.trustdesk)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>TrustDesk backups (*.trustdesk *.sqlite *.db);;All files (*)</source>
        <translation>نسخ TrustDesk الاحتياطية (*.trustdesk *.sqlite *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Save Recovery Key As</source>
        <translation>حفظ مفتاح الاسترداد باسم</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>Export Case List</source>
        <translation>تصدير قائمة القضايا</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>جداول بيانات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>تصدير الإحصاءات</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنّفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Office Server&apos;s Certificate Authority</source>
        <translation>جهة إصدار شهادات خادم المكتب</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Restore Office Backup</source>
        <translation>استعادة نسخة احتياطية للمكتب</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob);;All files (*)</source>
        <translation>النسخ الاحتياطية للمكتب من TrustDesk (*.tdob);;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>تعذّرت قراءة «%1»: %2</translation>
    </message>
</context>
<context>
    <name>FileMoves</name>
    <message>
        <source>The folder could not be moved into place: %1</source>
        <translation>تعذّر نقل المجلد إلى مكانه: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpQuery</name>
    <message>
        <source>Reading follow-ups</source>
        <translation>جارٍ قراءة المتابعات</translation>
    </message>
</context>
<context>
    <name>GeneratedReportLog</name>
    <message>
        <source>Recording the generated report</source>
        <translation>جارٍ تسجيل التقرير المُنشأ</translation>
    </message>
    <message>
        <source>Reading the generated reports</source>
        <translation>جارٍ قراءة التقارير المُنشأة</translation>
    </message>
</context>
<context>
    <name>GuidanceHandout</name>
    <message>
        <source>There is no guidance article &quot;%1&quot;.</source>
        <translation>لا توجد مقالة إرشادات «%1».</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>الإرشادات غير متوفرة باللغة «%1».</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Language: %1 (%2). Translation status: %3.</source>
        <translation>اللغة: %1 (%2). حالة الترجمة: %3.</translation>
    </message>
    <message>
        <source>Guidance pack %1, version %2, last reviewed %3. This is general information, not legal advice.</source>
        <translation>حزمة الإرشادات %1، الإصدار %2، آخر مراجعة %3. هذه معلومات عامة، وليست استشارة قانونية.</translation>
    </message>
    <message>
        <source>TrustDesk rights guidance · %1</source>
        <translation>دليل الحقوق من TrustDesk · %1</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>تعذّرت طباعة النشرة.</translation>
    </message>
    <message>
        <source>Your legal-aid office</source>
        <translation>مكتب المساعدة القانونية الخاص بك</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>آخر مراجعة للمصادر: %1</translation>
    </message>
</context>
<context>
    <name>GuidancePackLoader</name>
    <message>
        <source>%1 is missing or unreadable.</source>
        <translation>%1 مفقود أو تتعذّر قراءته.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 كبير جدًا.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 ليس نصًا صالحًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>manifest.json: %1 needs a text value for &quot;%2&quot;.</source>
        <translation>manifest.json: يحتاج %1 إلى قيمة نصية للحقل &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (at byte %1: %2).</source>
        <translation>manifest.json ليس JSON صالحًا (عند البايت %1: %2).</translation>
    </message>
    <message>
        <source>manifest.json is not a TrustDesk guidance pack manifest.</source>
        <translation>manifest.json ليس ملف بيان لحزمة إرشادات TrustDesk.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;last_reviewed&quot; must be a date like 2026-11-24.</source>
        <translation>manifest.json: يجب أن يكون &quot;last_reviewed&quot; تاريخًا مثل 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 needs a web address (https://…).</source>
        <translation>manifest.json: المصدر %1 يحتاج إلى عنوان ويب (https://…).</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has direction &quot;%2&quot;; use ltr or rtl.</source>
        <translation>manifest.json: اللغة %1 لها الاتجاه «%2»؛ استخدم ltr أو rtl.</translation>
    </message>
    <message>
        <source>manifest.json: language %1 has an unknown review status &quot;%2&quot;.</source>
        <translation>manifest.json: اللغة %1 لها حالة مراجعة غير معروفة «%2».</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid language code.</source>
        <translation>manifest.json: «%1» ليس رمز لغة صالحًا.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is not a valid article id.</source>
        <translation>manifest.json: «%1» ليس معرِّف مقالة صالحًا.</translation>
    </message>
    <message>
        <source>manifest.json must list sources, languages and articles.</source>
        <translation>يجب أن يسرد manifest.json المصادر واللغات والمقالات.</translation>
    </message>
    <message>
        <source>The source language %1 is not among the pack&apos;s languages.</source>
        <translation>اللغة المصدر %1 ليست من لغات الحزمة.</translation>
    </message>
    <message>
        <source>Article %1 is listed twice.</source>
        <translation>المقالة %1 مدرجة مرتين.</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 مفقود أو فارغ.</translation>
    </message>
    <message>
        <source>%1 must start with its title as a &quot;# &quot; heading.</source>
        <translation>يجب أن يبدأ %1 بعنوانه في صورة ترويسة &quot;# &quot;.</translation>
    </message>
    <message>
        <source>%1 cites source %2, which the manifest does not list.</source>
        <translation>يستشهد %1 بالمصدر %2، وهو غير مدرج في البيان.</translation>
    </message>
    <message>
        <source>%1 links to article %2, which does not exist.</source>
        <translation>يرتبط %1 بالمقالة %2، وهي غير موجودة.</translation>
    </message>
    <message>
        <source>manifest.json: source %1 has the date &quot;%2&quot;; use 2019, 2019-12 or 2019-12-04.</source>
        <translation>manifest.json: للمصدر %1 التاريخ &quot;%2&quot;؛ استخدم 2019 أو 2019-12 أو 2019-12-04.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs at least one citation.</source>
        <translation>manifest.json: تحتاج المقالة %1 إلى مرجع واحد على الأقل.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs &quot;last_checked&quot;, a date like 2026-11-24.</source>
        <translation>manifest.json: تحتاج المقالة %1 إلى &quot;last_checked&quot;، وهو تاريخ مثل 2026-11-24.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 needs a known review status and a date for %2.</source>
        <translation>manifest.json: تحتاج المقالة %1 إلى حالة مراجعة معروفة وتاريخ للغة %2.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 cites source %2, which the manifest does not list.</source>
        <translation>manifest.json: تستشهد المقالة %1 بالمصدر %2، وهو غير مدرج في ملف البيان.</translation>
    </message>
    <message>
        <source>manifest.json: article %1 has a review for %2, which is not a language of the pack.</source>
        <translation>manifest.json: للمقالة %1 مراجعة للغة %2، وهي ليست من لغات الحزمة.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names source %2, which the manifest does not list.</source>
        <translation>manifest.json: تذكر القاعدة %1 المصدر %2، وهو غير مدرج في ملف البيان.</translation>
    </message>
    <message>
        <source>manifest.json: rule %1 names article %2, which does not exist.</source>
        <translation>manifest.json: تذكر القاعدة %1 المقالة %2، وهي غير موجودة.</translation>
    </message>
    <message>
        <source>manifest.json: the violation category %1 is given to more than one rule.</source>
        <translation>manifest.json: فئة المخالفة %1 مُسندة إلى أكثر من قاعدة.</translation>
    </message>
    <message>
        <source>This guidance pack uses format version %1; this TrustDesk reads versions 1 to %2.</source>
        <translation>تستخدم حزمة الإرشادات هذه إصدار التنسيق %1؛ وهذا الإصدار من TrustDesk يقرأ الإصدارات من 1 إلى %2.</translation>
    </message>
    <message>
        <source>manifest.json: &quot;pack_version&quot; must be numbers and dots, like 1.2.</source>
        <translation>manifest.json: يجب أن يتكوّن &quot;pack_version&quot; من أرقام ونقاط، مثل 1.2.</translation>
    </message>
    <message>
        <source>%1 links to source %2, which has no web address.</source>
        <translation>يرتبط %1 بالمصدر %2، وليس له عنوان ويب.</translation>
    </message>
</context>
<context>
    <name>GuidancePackStore</name>
    <message>
        <source>The guidance update could not be written to %1.</source>
        <translation>تعذّرت كتابة تحديث الإرشادات في %1.</translation>
    </message>
    <message>
        <source>This pack is for &quot;%1&quot;; the guidance in use is &quot;%2&quot;. Nothing was installed.</source>
        <translation>هذه الحزمة مخصّصة لـ &quot;%1&quot;؛ والإرشادات المستخدمة هي &quot;%2&quot;. لم يُثبَّت أي شيء.</translation>
    </message>
    <message>
        <source>This pack is version %1; the guidance in use is already version %2. Only a newer version replaces it.</source>
        <translation>هذه الحزمة هي الإصدار %1؛ والإرشادات المستخدمة هي بالفعل الإصدار %2. لا يحلّ محلها إلا إصدار أحدث.</translation>
    </message>
</context>
<context>
    <name>ImageRedactor</name>
    <message>
        <source>The file is not an image that can be redacted (JPEG, PNG, BMP, GIF or WebP).</source>
        <translation>الملف ليس صورة يمكن حجب أجزاء منها (JPEG أو PNG أو BMP أو GIF أو WebP).</translation>
    </message>
    <message>
        <source>The redacted image could not be encoded.</source>
        <translation>تعذّر إنشاء ملف الصورة المحجوبة.</translation>
    </message>
    <message>
        <source>The image is too large to redact (more than %1 MB).</source>
        <translation>الصورة أكبر من أن تُحجب (أكثر من %1 ميغابايت).</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date</source>
        <translation>التاريخ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>الوقت (&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>الجهة (&amp;G)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>الرواية (&amp;N)</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>الضباط</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>الشهود</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>&amp;Police district</source>
        <translation>منطقة الشرطة (&amp;P)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>is required but missing.</source>
        <translation>مطلوب لكنه مفقود.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>يجب أن يكون نصًا.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>يجب ألا يكون فارغًا.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>يجب أن يكون true أو false.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>يجب أن يكون عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>مطلوب.</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-01.</source>
        <translation>يجب أن يكون تاريخًا مثل 2026-03-01.</translation>
    </message>
    <message>
        <source>must be a time like 14:30.</source>
        <translation>يجب أن يكون وقتًا مثل 14:30.</translation>
    </message>
    <message>
        <source>must be a UTC date and time like 2026-03-01T14:30:00Z.</source>
        <translation>يجب أن يكون تاريخًا ووقتًا بتوقيت UTC مثل 2026-03-01T14:30:00Z.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>يجب أن يكون قائمة.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>يجب أن يكون كائنًا.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>ليس حقلًا معروفًا.</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>تتعذّر قراءة %1 &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty: its first line must hold it.</source>
        <translation>%1 &quot;%2&quot; فارغ: يجب أن يحتويه سطره الأول.</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>ملف مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation>ملف كلمة المرور</translation>
    </message>
    <message>
        <source>This database is encrypted and there is no terminal to ask for its passphrase. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or give the recovery key with --recovery-key-file FILE.</source>
        <translation>قاعدة البيانات هذه مشفّرة ولا توجد طرفية لطلب كلمة مرورها. قدّمها بـ --passphrase-file FILE (أو حدّد ذلك الملف في متغير البيئة %1)، أو قدّم مفتاح الاسترداد بـ --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>كلمة المرور: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>لم تُقدَّم كلمة مرور.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>A new encrypted database needs a passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1), or add --unencrypted for throwaway data.</source>
        <translation>تحتاج قاعدة البيانات المشفّرة الجديدة إلى كلمة مرور، ولا توجد طرفية لطلبها. قدّمها بـ --passphrase-file FILE (أو حدّد ذلك الملف في متغير البيئة %1)، أو أضف --unencrypted للبيانات التجريبية.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>كلمة المرور الجديدة (%1 حرفًا على الأقل): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>كلمة المرور نفسها مرة أخرى: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>كلمتا المرور مختلفتان؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Encrypting needs a new passphrase, and there is no terminal to ask for it. Give it with --passphrase-file FILE (or name that file in the environment variable %1). Nothing was changed.</source>
        <translation>يحتاج التشفير إلى كلمة مرور جديدة، ولا توجد طرفية لطلبها. قدّمها بـ --passphrase-file FILE (أو حدّد ذلك الملف في متغير البيئة %1). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The office key needs a passphrase for your login, and there is no terminal to ask for it. Give it with %1 FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <extracomment>%1 is the option that names the passphrase file, --passphrase-file or --office-passphrase-file</extracomment>
        <translation>يحتاج مفتاح المكتب إلى كلمة مرور لحسابك، ولا توجد طرفية لطلبها. قدّمها بـ %1 FILE (كلمة المرور في السطر الأول من FILE). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The new passphrase is needed, and there is no terminal to ask for it. Give it with --new-passphrase-file FILE (the passphrase on the first line of FILE). Nothing was changed.</source>
        <translation>كلمة المرور الجديدة مطلوبة، ولا توجد طرفية لطلبها. قدّمها بـ --new-passphrase-file FILE (كلمة المرور في السطر الأول من FILE). لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>الكريولية الهايتية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>كريولية الرأس الأخضر</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>الصينية (المبسّطة)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>الصينية (التقليدية)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>الفيتنامية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>الصومالية</translation>
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
        <translation>لا يستطيع TrustDesk فتح قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>فتح قاعدة أخرى…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>إنشاء قاعدة جديدة…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>MetadataScrubber</name>
    <message>
        <source>This image is damaged or in a form TrustDesk cannot clean of metadata.</source>
        <translation>هذه الصورة تالفة أو بصيغة لا يستطيع TrustDesk إزالة بياناتها الوصفية.</translation>
    </message>
    <message>
        <source>The cleaned PDF would overwrite a file.</source>
        <translation>سيكتب ملف PDF المنظّف فوق ملف موجود.</translation>
    </message>
    <message>
        <source>PDF metadata cannot be removed here: qpdf and bubblewrap (packages qpdf and bubblewrap) are needed to open the PDF safely.</source>
        <translation>لا يمكن إزالة البيانات الوصفية لملف PDF هنا: يلزم qpdf وbubblewrap (الحزمتان qpdf وbubblewrap) لفتح ملف PDF بأمان.</translation>
    </message>
    <message>
        <source>This PDF is damaged or could not be rebuilt without its metadata.</source>
        <translation>ملف PDF هذا تالف أو تعذّرت إعادة بنائه دون بياناته الوصفية.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation>جارٍ ترقية قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>ملف قاعدة البيانات تالف ولا يمكن قراءته.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>جارٍ إنشاء قاعدة البيانات</translation>
    </message>
    <message>
        <source>This version of TrustDesk cannot set up an office database.</source>
        <translation>لا يستطيع هذا الإصدار من TrustDesk إعداد قاعدة بيانات للمكتب.</translation>
    </message>
    <message>
        <source>The office database is damaged: its schema version is unknown.</source>
        <translation>قاعدة بيانات المكتب تالفة: إصدار مخططها غير معروف.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>استخدم %n أحرف على الأقل.</numerusform>
            <numerusform>استخدم حرفًا واحدًا على الأقل.</numerusform>
            <numerusform>استخدم حرفين على الأقل.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل.</numerusform>
            <numerusform>استخدم %n حرفًا على الأقل.</numerusform>
            <numerusform>استخدم %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>كلمتا المرور مختلفتان. اكتب كلمة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Choose another.</source>
        <translation>كلمة المرور الجديدة هي نفسها الحالية. اختر كلمة مرور أخرى.</translation>
    </message>
</context>
<context>
    <name>OfficeBackup</name>
    <message>
        <source>The backup file could not be written.</source>
        <translation>تعذّرت كتابة ملف النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>أُلغي؛ لم تُكتب أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The backup holds a column this version of TrustDesk does not know (%1.%2); restore it with the version that made it.</source>
        <translation>تحتوي النسخة الاحتياطية على عمود لا يعرفه هذا الإصدار من TrustDesk ‏(%1.%2)؛ استعِدها بالإصدار الذي أنشأها.</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة بيانات المكتب</translation>
    </message>
    <message>
        <source>Only an office database is backed up this way.</source>
        <translation>لا يُنسخ احتياطيًا بهذه الطريقة إلا قاعدة بيانات مكتب.</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with `trustdesk-cli office-key init`.</source>
        <translation>ليس لقاعدة بيانات المكتب هذه مفتاح مكتب بعد، لذا تعذّر تشفير نسختها الاحتياطية. أنشئ المفتاح أولًا بالأمر `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 موجود بالفعل؛ اختر اسمًا جديدًا للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The backup file could not be made in %1.</source>
        <translation>تعذّر إنشاء ملف النسخة الاحتياطية في %1.</translation>
    </message>
    <message>
        <source>The office database has a table this version of TrustDesk cannot back up (%1); nothing was written.</source>
        <translation>في قاعدة بيانات المكتب جدول لا يستطيع هذا الإصدار من TrustDesk نسخه احتياطيًا (%1)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The backup did not verify after writing; nothing was kept. %1</source>
        <translation>لم تجتز النسخة الاحتياطية التحقق بعد كتابتها؛ لم يُحتفظ بشيء. %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as %1.</source>
        <translation>تعذّر نقل النسخة الاحتياطية إلى مكانها باسم %1.</translation>
    </message>
    <message>
        <source>Restoring the office database</source>
        <translation>جارٍ استعادة قاعدة بيانات المكتب</translation>
    </message>
    <message>
        <source>An office backup restores into an office database.</source>
        <translation>تُستعاد النسخة الاحتياطية للمكتب إلى قاعدة بيانات مكتب.</translation>
    </message>
    <message>
        <source>The office database holds data already; a backup is restored only into an empty one. Make a new database on the server (createdb) and restore into it.</source>
        <translation>تحتوي قاعدة بيانات المكتب على بيانات بالفعل؛ لا تُستعاد النسخة الاحتياطية إلا إلى قاعدة فارغة. أنشئ قاعدة بيانات جديدة على الخادم (createdb) واستعِدها إليها.</translation>
    </message>
    <message>
        <source>The backup was made by a newer TrustDesk; update TrustDesk to restore it.</source>
        <translation>أُنشئت النسخة الاحتياطية بإصدار أحدث من TrustDesk؛ حدِّث TrustDesk لاستعادتها.</translation>
    </message>
    <message>
        <source>The backup holds a table this version of TrustDesk does not know (%1).</source>
        <translation>تحتوي النسخة الاحتياطية على جدول لا يعرفه هذا الإصدار من TrustDesk ‏(%1).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>أُلغي؛ لم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it is not the backup as it was written.</source>
        <translation>«%1» تالف أو غير مكتمل: ليس النسخة الاحتياطية كما كُتبت.</translation>
    </message>
    <message>
        <source>The sealed content of evidence item %1 in the backup does not open whole with the office key.</source>
        <translation>المحتوى المختوم لعنصر الدليل %1 في النسخة الاحتياطية لا يُفتح كاملًا بمفتاح المكتب.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>تتعذّر قراءة «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup of an office database.</source>
        <translation>«%1» ليس نسخة احتياطية لقاعدة بيانات مكتب.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer TrustDesk; update TrustDesk to open it.</source>
        <translation>أُنشئ «%1» بإصدار أحدث من TrustDesk؛ حدِّث TrustDesk لفتحه.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; held no copy of the office key when the backup was made; it opens with the passphrase of one of: %2.</source>
        <translation>لم يكن الحساب «%1» يملك نسخة من مفتاح المكتب عند إنشاء النسخة الاحتياطية؛ تُفتح بكلمة مرور أحد هذه الحسابات: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>The audit log in the backup does not chain at entry %1.</source>
        <translation>تنقطع سلسلة سجل التدقيق في النسخة الاحتياطية عند القيد %1.</translation>
    </message>
    <message>
        <source>The office backup cannot be opened without the office key.</source>
        <translation>لا يمكن فتح النسخة الاحتياطية للمكتب بدون مفتاح المكتب.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupFlow</name>
    <message>
        <source>TrustDesk office backup %1</source>
        <translation>نسخة TrustDesk الاحتياطية للمكتب %1</translation>
    </message>
    <message>
        <source>Backing up the office database</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة بيانات المكتب</translation>
    </message>
    <message>
        <source>This office database has no office key yet, so its backup could not be encrypted. Make one first with trustdesk-cli office-key init.</source>
        <translation>ليس لقاعدة بيانات المكتب هذه مفتاح مكتب بعد، لذا تعذّر تشفير نسختها الاحتياطية. أنشئ المفتاح أولًا بالأمر trustdesk-cli office-key init.</translation>
    </message>
    <message>
        <source>The backup is encrypted with the office key, which is not unlocked. Connect again (File › Connect to Office Server…) and give your office key passphrase, then back up.</source>
        <translation>تُشفَّر النسخة الاحتياطية بمفتاح المكتب، وهو غير مفتوح. اتصل مجددًا (ملف › الاتصال بخادم المكتب…) وأدخل كلمة مرور مفتاح المكتب الخاصة بك، ثم أنشئ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>The backup is in %1, written and checked.

It holds the whole office database, evidence included, encrypted with the office key: it opens with the office key passphrase of anyone who held the key today. Keep it somewhere other than the server.</source>
        <translation>النسخة الاحتياطية في %1، وقد كُتبت وفُحصت.

تحتوي على قاعدة بيانات المكتب كاملة، بما فيها الأدلة، مشفّرة بمفتاح المكتب: تُفتح بكلمة مرور مفتاح المكتب لأي شخص كان يملك المفتاح اليوم. احفظها في مكان آخر غير الخادم.</translation>
    </message>
    <message>
        <source>Save Office Backup As</source>
        <translation>حفظ النسخة الاحتياطية للمكتب باسم</translation>
    </message>
    <message>
        <source>TrustDesk office backups (*.tdob)</source>
        <translation>النسخ الاحتياطية للمكتب من TrustDesk (*.tdob)</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 موجود بالفعل. النسخ الاحتياطي لا يستبدل أي ملف أبدًا: اختر اسمًا آخر.</translation>
    </message>
</context>
<context>
    <name>OfficeBackupUnlock</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Whose office key passphrase opens this backup? It opens with the passphrase of a person who held the office key when it was made.</source>
        <translation>بكلمة مرور مفتاح المكتب لأي حساب تُفتح هذه النسخة الاحتياطية؟ تُفتح بكلمة مرور شخص كان يملك مفتاح المكتب عند إنشائها.</translation>
    </message>
    <message>
        <source>Your login %1 held no copy of the office key when this backup was made. Whose office key passphrase opens it?</source>
        <translation>لم يكن حسابك %1 يملك نسخة من مفتاح المكتب عند إنشاء هذه النسخة الاحتياطية. بكلمة مرور مفتاح المكتب لأي حساب تُفتح؟</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>This backup holds no copy of the office key, so it cannot be opened.</source>
        <translation>لا تحتوي هذه النسخة الاحتياطية على أي نسخة من مفتاح المكتب، لذا لا يمكن فتحها.</translation>
    </message>
    <message>
        <source>The office key passphrase of login %1 (when the backup was made):</source>
        <translation>كلمة مرور مفتاح المكتب للحساب %1 (وقت إنشاء النسخة الاحتياطية):</translation>
    </message>
    <message>
        <source>Open the Office Backup</source>
        <translation>فتح النسخة الاحتياطية للمكتب</translation>
    </message>
    <message>
        <source>Opening the backup with the passphrase…</source>
        <translation>جارٍ فتح النسخة الاحتياطية بكلمة المرور…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Try again (login %1):</source>
        <translation>كلمة المرور هذه لا تفتح النسخة الاحتياطية. حاول مرة أخرى (الحساب %1):</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key stored on the server is damaged. Ask the office&apos;s administrator to restore it from a backup.</source>
        <translation>مفتاح المكتب المحفوظ على الخادم تالف. اطلب من مسؤول النظام في المكتب استعادته من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>لا توجد ذاكرة كافية للتحقق من كلمة المرور (يلزم 256 MiB).</translation>
    </message>
</context>
<context>
    <name>OfficeKeyUnlock</name>
    <message>
        <source>Without the office key, evidence cannot be opened or attached, and drafts are kept in memory only.</source>
        <translation>بدون مفتاح المكتب لا يمكن فتح الأدلة أو إرفاقها، وتُحفظ المسودات في الذاكرة فقط.</translation>
    </message>
    <message>
        <source>Unlock the Office Key</source>
        <translation>فتح مفتاح المكتب</translation>
    </message>
    <message>
        <source>This office server has no office key yet. %1</source>
        <translation>ليس لخادم المكتب هذا مفتاح مكتب بعد. %1</translation>
    </message>
    <message>
        <source>Your login %1 cannot open the office key yet. Ask a colleague who holds it to run:

trustdesk-cli office-key add %1

%2</source>
        <translation>لا يستطيع حسابك %1 فتح مفتاح المكتب بعد. اطلب من زميل يملكه أن يشغّل:

trustdesk-cli office-key add %1

%2</translation>
    </message>
    <message>
        <source>Office Key</source>
        <translation>مفتاح المكتب</translation>
    </message>
    <message>
        <source>Your login %1 holds no office key: ask a colleague to run “trustdesk-cli office-key add %1”.</source>
        <translation>لا يملك حسابك %1 مفتاح المكتب: اطلب من زميل أن يشغّل «trustdesk-cli office-key add %1».</translation>
    </message>
    <message>
        <source>Your passphrase for the office key (login %1):</source>
        <translation>كلمة مرورك لمفتاح المكتب (الحساب %1):</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key. Try again (login %1):</source>
        <translation>كلمة المرور هذه لا تفتح مفتاح المكتب. حاول مرة أخرى (الحساب %1):</translation>
    </message>
    <message>
        <source>Unlocking the office key…</source>
        <translation>جارٍ فتح مفتاح المكتب…</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>Reading the office key</source>
        <translation>جارٍ قراءة مفتاح المكتب</translation>
    </message>
    <message>
        <source>An office key exists only in an office server&apos;s database.</source>
        <translation>لا يوجد مفتاح المكتب إلا في قاعدة بيانات خادم مكتب.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so it cannot hold evidence. An administrator makes one with `trustdesk-cli office-key init`.</source>
        <translation>ليس لخادم المكتب هذا مفتاح مكتب بعد، لذا لا يمكنه حفظ الأدلة. ينشئه مسؤول النظام بالأمر `trustdesk-cli office-key init`.</translation>
    </message>
    <message>
        <source>The office key was made by a newer version of TrustDesk. Update TrustDesk to use the evidence on this server.</source>
        <translation>أُنشئ مفتاح المكتب بإصدار أحدث من TrustDesk. حدِّث TrustDesk لاستخدام الأدلة على هذا الخادم.</translation>
    </message>
    <message>
        <source>Storing the office key</source>
        <translation>جارٍ حفظ مفتاح المكتب</translation>
    </message>
    <message>
        <source>This office server has an office key already; it is never replaced (that would make its evidence unreadable). Add people with `trustdesk-cli office-key add`.</source>
        <translation>لخادم المكتب هذا مفتاح مكتب بالفعل؛ ولا يُستبدل أبدًا (فذلك يجعل أدلته غير قابلة للقراءة). أضف الأشخاص بالأمر `trustdesk-cli office-key add`.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key. A colleague who has one adds it with `trustdesk-cli office-key add %1`.</source>
        <translation>لا يملك الحساب «%1» نسخة من مفتاح المكتب. يضيفها له زميل يملك نسخة بالأمر `trustdesk-cli office-key add %1`.</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>حدّد الحساب المراد إضافته.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was added.</source>
        <translation>هذا المفتاح ليس مفتاح هذا المكتب؛ لم يُضَف أي شيء.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds a copy of the office key already; nothing was changed.</source>
        <translation>يملك الحساب «%1» نسخة من مفتاح المكتب بالفعل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>That key is not this office&apos;s key; nothing was changed.</source>
        <translation>هذا المفتاح ليس مفتاح هذا المكتب؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; holds no copy of the office key; nothing was changed.</source>
        <translation>لا يملك الحساب «%1» نسخة من مفتاح المكتب؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>OfficeRestoreFlow</name>
    <message>
        <source>Restoring an office backup</source>
        <translation>جارٍ استعادة نسخة احتياطية للمكتب</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>أُلغيت الاستعادة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Restore canceled; the office database %1 was left empty.</source>
        <translation>أُلغيت الاستعادة؛ بقيت قاعدة بيانات المكتب %1 فارغة.</translation>
    </message>
    <message>
        <source>The backup was not restored; the office database %1 was left as empty as it was.</source>
        <translation>لم تتم استعادة النسخة الاحتياطية؛ بقيت قاعدة بيانات المكتب %1 فارغة كما كانت.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored, and nothing was changed.</source>
        <translation>لا يمكن استعادة «%1»، ولم يتغيّر شيء.</translation>
    </message>
    <message numerus="yes">
        <source>The office database %1 now holds the %Ln case(s) of the backup %2, with their evidence and audit log; the backup and the audit log&apos;s chain were checked.</source>
        <translation>
            <numerusform>لا تحتوي قاعدة بيانات المكتب %1 الآن على أي قضية من النسخة الاحتياطية %2، وفيها سجل التدقيق؛ وقد فُحصت النسخة الاحتياطية وسلسلة سجل التدقيق.</numerusform>
            <numerusform>تحتوي قاعدة بيانات المكتب %1 الآن على قضية واحدة من النسخة الاحتياطية %2، مع أدلتها وسجل التدقيق؛ وقد فُحصت النسخة الاحتياطية وسلسلة سجل التدقيق.</numerusform>
            <numerusform>تحتوي قاعدة بيانات المكتب %1 الآن على قضيتين من النسخة الاحتياطية %2، مع أدلتهما وسجل التدقيق؛ وقد فُحصت النسخة الاحتياطية وسلسلة سجل التدقيق.</numerusform>
            <numerusform>تحتوي قاعدة بيانات المكتب %1 الآن على %Ln قضايا من النسخة الاحتياطية %2، مع أدلتها وسجل التدقيق؛ وقد فُحصت النسخة الاحتياطية وسلسلة سجل التدقيق.</numerusform>
            <numerusform>تحتوي قاعدة بيانات المكتب %1 الآن على %Ln قضية من النسخة الاحتياطية %2، مع أدلتها وسجل التدقيق؛ وقد فُحصت النسخة الاحتياطية وسلسلة سجل التدقيق.</numerusform>
            <numerusform>تحتوي قاعدة بيانات المكتب %1 الآن على %Ln قضية من النسخة الاحتياطية %2، مع أدلتها وسجل التدقيق؛ وقد فُحصت النسخة الاحتياطية وسلسلة سجل التدقيق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>تمت الاستعادة إلى %1.</translation>
    </message>
    <message>
        <source>Switch this window to the restored database? The window is on %1 now.</source>
        <translation>هل تريد نقل هذه النافذة إلى قاعدة البيانات المستعادة؟ النافذة الآن على %1.</translation>
    </message>
    <message>
        <source>&amp;Switch to Restored Database</source>
        <translation>الانتقال إلى قاعدة البيانات المستعادة (&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tay Here</source>
        <translation>البقاء هنا (&amp;T)</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>caseworker</source>
        <translation>مسؤول قضية</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3</source>
        <translation>خادم المكتب: %1 على %2، الحساب %3</translation>
    </message>
    <message>
        <source>Office server: %1 on %2, login %3 (%4)</source>
        <translation>خادم المكتب: %1 على %2، الحساب %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OfficeTransfer</name>
    <message>
        <source>Copying the database to the server</source>
        <translation>جارٍ نسخ قاعدة البيانات إلى الخادم</translation>
    </message>
    <message>
        <source>The server has no table &quot;%1&quot;.</source>
        <translation>لا يوجد على الخادم جدول «%1».</translation>
    </message>
    <message>
        <source>The server has a table this version of TrustDesk cannot copy (&quot;%1&quot;): use the version that made it.</source>
        <translation>على الخادم جدول لا يستطيع هذا الإصدار من TrustDesk نسخه («%1»): استخدم الإصدار الذي أنشأه.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
</context>
<context>
    <name>OfficerQuery</name>
    <message>
        <source>Reading officers</source>
        <translation>جارٍ قراءة بيانات الضباط</translation>
    </message>
</context>
<context>
    <name>OfficerRosterModel</name>
    <message>
        <source>(agency unknown)</source>
        <translation>(الجهة غير معروفة)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>الشارة</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>المخالفات</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>أول حادثة</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>آخر حادثة</translation>
    </message>
</context>
<context>
    <name>PagedPdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>تعذّرت كتابة «%1»: %2</translation>
    </message>
    <message>
        <source>Stopped: &quot;%1&quot; was not written.</source>
        <translation>توقّف: لم يُكتب &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>&quot;%1&quot; was not written.</source>
        <translation>لم يُكتب &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>PgConnectFailure</name>
    <message>
        <source>Cannot reach the office server at %1. Check the network or ask your administrator; nothing was lost, try again.</source>
        <translation>يتعذّر الوصول إلى خادم المكتب على %1. تحقّق من الشبكة أو اسأل مسؤول النظام؛ لم يضِع شيء، حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The office server wants a password for the login %1. Enter your server password and try again.</source>
        <translation>يطلب خادم المكتب كلمة سر للحساب %1. أدخل كلمة سر الخادم الخاصة بك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused the password for the login %1. Check the password (capitals count) and try again, or ask your administrator.</source>
        <translation>رفض الخادم كلمة السر للحساب %1. تحقّق من كلمة السر (انتبه إلى الأحرف الكبيرة والصغيرة) وحاول مرة أخرى، أو اسأل مسؤول النظام.</translation>
    </message>
    <message>
        <source>The office server at %1 did not let the login %2 open the database %3: the database may not exist there, or the server does not accept this login from this computer. Ask your administrator.</source>
        <translation>لم يسمح خادم المكتب على %1 للحساب %2 بفتح قاعدة البيانات %3: ربما لا توجد قاعدة البيانات هذه هناك، أو لا يقبل الخادم هذا الحساب من هذا الحاسوب. اسأل مسؤول النظام.</translation>
    </message>
    <message>
        <source>The office server at %1 could not be reached, or it refused the login. Try again; nothing was lost.</source>
        <translation>تعذّر الوصول إلى خادم المكتب على %1، أو رفض الخادم تسجيل الدخول. حاول مرة أخرى؛ لم يضِع شيء.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The server address is not usable: %1</source>
        <translation>لا يمكن استخدام عنوان الخادم: %1</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>يجب أن يبدأ بـ postgresql://</translation>
    </message>
    <message>
        <source>only one server can be named (no commas).</source>
        <translation>يمكن ذكر خادم واحد فقط (بدون فواصل).</translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;.</source>
        <translation>لا يمكن أن يحتوي اسم قاعدة البيانات على «/».</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>المنفذ «%1» ليس رقمًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; cannot contain &quot;;&quot;.</source>
        <translation>لا يمكن أن تحتوي قيمة «%1» على «;».</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported.</source>
        <translation>المعامل «%1» غير مدعوم.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>RedactJob</name>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Covering the marked areas…</source>
        <translation>جارٍ تغطية المناطق المحددة…</translation>
    </message>
    <message>
        <source>Making the new image…</source>
        <translation>جارٍ إنشاء الصورة الجديدة…</translation>
    </message>
    <message>
        <source>Storing the copy and its record…</source>
        <translation>جارٍ تخزين النسخة وتسجيلها…</translation>
    </message>
</context>
<context>
    <name>RedactionRecord</name>
    <message>
        <source>Unknown redaction method &quot;%1&quot;. Use fill or pixelate.</source>
        <translation>طريقة حجب غير معروفة &quot;%1&quot;. استخدم fill أو pixelate.</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; is not four whole numbers X,Y,W,H (left, top, width, height in pixels).</source>
        <translation>المربع &quot;%1&quot; ليس أربعة أعداد صحيحة X,Y,W,H (اليسار، الأعلى، العرض، الارتفاع بالبكسل).</translation>
    </message>
    <message>
        <source>The box &quot;%1&quot; has no area: its width and height must be at least 1.</source>
        <translation>المربع &quot;%1&quot; بلا مساحة: يجب أن يكون العرض والارتفاع 1 على الأقل.</translation>
    </message>
    <message>
        <source>Give at least one box to redact.</source>
        <translation>حدّد مربعًا واحدًا على الأقل للحجب.</translation>
    </message>
    <message>
        <source>The box %1 has no area: its width and height must be at least 1.</source>
        <translation>المربع %1 بلا مساحة: يجب أن يكون العرض والارتفاع 1 على الأقل.</translation>
    </message>
    <message>
        <source>The box %1 is not inside the image, which is %2×%3 pixels (upright).</source>
        <translation>المربع %1 ليس داخل الصورة، وأبعادها %2×%3 بكسل (بعد تعديل اتجاهها).</translation>
    </message>
    <message>
        <source>The redaction record cannot be read.</source>
        <translation>تعذّرت قراءة سجل الحجب.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Checking the Backup</source>
        <translation>جارٍ فحص النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restore canceled; nothing was changed.</source>
        <translation>أُلغيت الاستعادة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: it did not pass its check, so nothing was changed.</source>
        <translation>لا يمكن استعادة «%1»: لم ينجح في الفحص، لذلك لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The case you are editing has changes that are not saved. Save or close it first, then restore the backup.</source>
        <translation>القضية التي تحررها فيها تغييرات غير محفوظة. احفظها أو أغلقها أولًا، ثم استعد النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>%1 is the database TrustDesk has open. Choose a backup of it instead.</source>
        <translation>%1 هي قاعدة البيانات المفتوحة في TrustDesk. اختر نسخة احتياطية منها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Replace the cases in TrustDesk with the cases in the backup?</source>
        <translation>هل تريد استبدال القضايا الموجودة في TrustDesk بالقضايا الموجودة في النسخة الاحتياطية؟</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln case(s) in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>
            <numerusform>لا توجد قضايا في TrustDesk الآن؛ ستحل محلها قضايا النسخة الاحتياطية وأدلتها.</numerusform>
            <numerusform>ستُستبدل القضية الموجودة في TrustDesk الآن وأدلتها بقضايا النسخة الاحتياطية وأدلتها.</numerusform>
            <numerusform>ستُستبدل القضيتان الموجودتان في TrustDesk الآن وأدلتهما بقضايا النسخة الاحتياطية وأدلتها.</numerusform>
            <numerusform>ستُستبدل القضايا الـ%Ln الموجودة في TrustDesk الآن وأدلتها بقضايا النسخة الاحتياطية وأدلتها.</numerusform>
            <numerusform>ستُستبدل القضايا الـ%Ln الموجودة في TrustDesk الآن وأدلتها بقضايا النسخة الاحتياطية وأدلتها.</numerusform>
            <numerusform>ستُستبدل القضايا الـ%Ln الموجودة في TrustDesk الآن وأدلتها بقضايا النسخة الاحتياطية وأدلتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cases in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>ستُستبدل القضايا الموجودة في TrustDesk الآن وأدلتها بقضايا النسخة الاحتياطية وأدلتها.</translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s); its newest recorded change is from %2.</source>
        <translation>
            <numerusform>النسخة الاحتياطية «%1» لا تحتوي على أي قضية؛ يعود أحدث تغيير مسجَّل فيها إلى %2.</numerusform>
            <numerusform>النسخة الاحتياطية «%1» تحتوي على قضية واحدة؛ يعود أحدث تغيير مسجَّل فيها إلى %2.</numerusform>
            <numerusform>النسخة الاحتياطية «%1» تحتوي على قضيتين؛ يعود أحدث تغيير مسجَّل فيها إلى %2.</numerusform>
            <numerusform>النسخة الاحتياطية «%1» تحتوي على %Ln قضايا؛ يعود أحدث تغيير مسجَّل فيها إلى %2.</numerusform>
            <numerusform>النسخة الاحتياطية «%1» تحتوي على %Ln قضية؛ يعود أحدث تغيير مسجَّل فيها إلى %2.</numerusform>
            <numerusform>النسخة الاحتياطية «%1» تحتوي على %Ln قضية؛ يعود أحدث تغيير مسجَّل فيها إلى %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s).</source>
        <translation>
            <numerusform>النسخة الاحتياطية «%1» لا تحتوي على أي قضية.</numerusform>
            <numerusform>النسخة الاحتياطية «%1» تحتوي على قضية واحدة.</numerusform>
            <numerusform>النسخة الاحتياطية «%1» تحتوي على قضيتين.</numerusform>
            <numerusform>النسخة الاحتياطية «%1» تحتوي على %Ln قضايا.</numerusform>
            <numerusform>النسخة الاحتياطية «%1» تحتوي على %Ln قضية.</numerusform>
            <numerusform>النسخة الاحتياطية «%1» تحتوي على %Ln قضية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything added or changed since that backup will be lost. The backup itself is not changed.</source>
        <translation>سيضيع كل ما أُضيف أو تغيّر منذ تلك النسخة الاحتياطية. أما النسخة الاحتياطية نفسها فلا تتغير.</translation>
    </message>
    <message>
        <source>&amp;Replace with Backup</source>
        <translation>الاستبدال بالنسخة الاحتياطية (&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The restore did not finish.</source>
        <translation>لم تكتمل الاستعادة.</translation>
    </message>
    <message>
        <source>The backup was not restored, and nothing was changed.</source>
        <translation>لم تتم استعادة النسخة الاحتياطية، ولم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk now holds the %Ln case(s) of the backup %1, with their evidence.</source>
        <translation>
            <numerusform>لا يحتوي TrustDesk الآن على أي قضية من النسخة الاحتياطية %1.</numerusform>
            <numerusform>يحتوي TrustDesk الآن على قضية واحدة من النسخة الاحتياطية %1، مع أدلتها.</numerusform>
            <numerusform>يحتوي TrustDesk الآن على قضيتين من النسخة الاحتياطية %1، مع أدلتهما.</numerusform>
            <numerusform>يحتوي TrustDesk الآن على %Ln قضايا من النسخة الاحتياطية %1، مع أدلتها.</numerusform>
            <numerusform>يحتوي TrustDesk الآن على %Ln قضية من النسخة الاحتياطية %1، مع أدلتها.</numerusform>
            <numerusform>يحتوي TrustDesk الآن على %Ln قضية من النسخة الاحتياطية %1، مع أدلتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an encrypted backup, and the database open now is not encrypted: restoring it here would put its cases on this disk unencrypted, so it was not restored. Encrypt this database first (Encrypt… above the cases), then restore.</source>
        <translation>&quot;%1&quot; نسخة احتياطية مشفّرة، وقاعدة البيانات المفتوحة الآن غير مشفّرة: استعادتها هنا ستضع قضاياها على هذا القرص دون تشفير، لذلك لم تُستعد. شفّر قاعدة البيانات هذه أولًا (تشفير… فوق القضايا)، ثم استعِدها.</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <source>Filed with</source>
        <translation>قُدِّمت إلى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>رقم المتابعة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>الشكوى</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>رقم الشارة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>الضابط</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة الاتصال</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>الإفادة</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Add co&amp;mplaint</source>
        <translation>إضافة شكوى (&amp;M)</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>إضافة متابعة</translation>
    </message>
    <message>
        <source>Add office&amp;r</source>
        <translation>إضافة ضابط (&amp;R)</translation>
    </message>
    <message>
        <source>Add witne&amp;ss</source>
        <translation>إضافة شاهد (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ScramVerifier</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>تعذّر تشغيل مكتبة التشفير.</translation>
    </message>
    <message>
        <source>The login password is empty.</source>
        <translation>كلمة سر الحساب فارغة.</translation>
    </message>
    <message>
        <source>A login password may use only ASCII letters, digits, punctuation and spaces (no accented letters or other scripts): the server prepares other characters in a way TrustDesk cannot reproduce exactly, which could lock the person out. Choose a longer password of ASCII characters instead.</source>
        <translation>لا يجوز أن تحتوي كلمة سر الحساب إلا على حروف ASCII وأرقام وعلامات ترقيم ومسافات (لا حروف بعلامات مثل é، ولا حروف أبجديات أخرى كالعربية): فالخادم يعالج الأحرف الأخرى بطريقة لا يستطيع TrustDesk أن يعيدها بدقة، وقد يمنع ذلك صاحب الحساب من الدخول. اختر بدلًا من ذلك كلمة سر أطول من أحرف ASCII.</translation>
    </message>
    <message>
        <source>The login password cannot be prepared.</source>
        <translation>تعذّر تجهيز كلمة سر الحساب.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation>جارٍ إنشاء فهرس البحث</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>جارٍ تحديث فهرس البحث</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>جارٍ ترتيب فهرس البحث</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>جارٍ البحث</translation>
    </message>
</context>
<context>
    <name>SensitiveDetail</name>
    <message>
        <source>Witness contact details</source>
        <translation>وسائل الاتصال بالشهود</translation>
    </message>
</context>
<context>
    <name>ServerEvidence</name>
    <message>
        <source>The evidence could not be encrypted.</source>
        <translation>تعذّر تشفير الأدلة.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the database reported an unexpected error.</source>
        <translation>%1: أبلغت قاعدة البيانات عن خطأ غير متوقع.</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program. Try again in a moment.</source>
        <translation>%1: قاعدة البيانات قيد الاستخدام من برنامج آخر. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (it is read-only).</source>
        <translation>%1: تتعذّر الكتابة في ملف قاعدة البيانات (إنه للقراءة فقط).</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>%1: القرص ممتلئ. حرِّر بعض المساحة وحاول مرة أخرى؛ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written.</source>
        <translation>%1: تعذّرت قراءة ملف قاعدة البيانات أو الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1: ملف قاعدة البيانات تالف.</translation>
    </message>
    <message>
        <source>%1: the data conflicts with what is already stored.</source>
        <translation>%1: البيانات تتعارض مع ما هو محفوظ بالفعل.</translation>
    </message>
    <message>
        <source>%1: the connection to the office server was lost. Try again in a moment.</source>
        <translation>%1: انقطع الاتصال بخادم المكتب. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>%1: the office server does not allow this login to make this change.</source>
        <translation>%1: لا يسمح خادم المكتب لهذا الحساب بإجراء هذا التغيير.</translation>
    </message>
    <message>
        <source>%1: the office server&apos;s disk is full; nothing was saved. Tell the office admin.</source>
        <translation>%1: قرص خادم المكتب ممتلئ؛ لم يُحفظ شيء. أبلغ مسؤول النظام في المكتب.</translation>
    </message>
    <message>
        <source>%1: your role on the office server does not allow this. Ask the office admin if you need it.</source>
        <translation>%1: دورك على خادم المكتب لا يسمح بهذا. اطلبه من مسؤول النظام في المكتب إن كنت تحتاجه.</translation>
    </message>
    <message>
        <source>%1: the office server refused this login. Ask your administrator.</source>
        <translation>%1: رفض خادم المكتب الدخول بهذا الحساب. اسأل مسؤول النظام.</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>Managing the office&apos;s staff</source>
        <translation>جارٍ إدارة موظفي المكتب</translation>
    </message>
    <message>
        <source>That login cannot be staff: it is a superuser, a group or a system role.</source>
        <translation>لا يمكن أن يكون هذا الحساب لموظف: إنه مستخدم بصلاحيات كاملة (superuser) أو مجموعة أو دور نظام.</translation>
    </message>
    <message>
        <source>%1: only an office admin may do this, and your login is not one. Ask an admin to do it, or to make you one (trustdesk-cli staff role LOGIN admin).</source>
        <translation>%1: لا يحق هذا إلا لمسؤول نظام في المكتب، وحسابك ليس كذلك. اطلب من مسؤول النظام أن يقوم به، أو أن يجعلك مسؤول نظام (trustdesk-cli staff role LOGIN admin).</translation>
    </message>
    <message>
        <source>Setting a staff member&apos;s password</source>
        <translation>جارٍ تعيين كلمة سر لأحد الموظفين</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot; on this office server (trustdesk-cli staff list shows them).</source>
        <translation>لا يوجد موظف باسم «%1» على خادم المكتب هذا (يعرض الأمر trustdesk-cli staff list الموظفين).</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Other agency %1</source>
        <translation>جهة أخرى %1</translation>
    </message>
    <message>
        <source>Other outcome %1</source>
        <translation>نتيجة أخرى %1</translation>
    </message>
    <message>
        <source>Other district %1</source>
        <translation>منطقة أخرى %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>فئة المخالفة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ربع السنة</translation>
    </message>
    <message>
        <source>Police district</source>
        <translation>منطقة الشرطة</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>حالة القضية</translation>
    </message>
    <message>
        <source>Complaint outcome</source>
        <translation>نتيجة الشكوى</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>No category recorded</source>
        <translation>لم تُسجَّل فئة</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>لم تُقدَّم</translation>
    </message>
    <message>
        <source>Filed, no status recorded</source>
        <translation>قُدِّمت، ولم تُسجَّل حالة</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>The caseworkers could not be read.</source>
        <translation>تعذّرت قراءة قائمة مسؤولي القضايا.</translation>
    </message>
</context>
<context>
    <name>StatisticsChart</name>
    <message>
        <source>suppressed</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <source>Shaded: the count is suppressed (below the threshold).</source>
        <translation>المظلَّل: العدد مخفي (أقل من الحد).</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>تصدير الإحصاءات</translation>
    </message>
    <message>
        <source>Exported to %1. As for any published figures, no count below %2 is shown: %3 count(s) were hidden for being small and %4 more so that they cannot be worked out from the totals.</source>
        <translation>صُدِّر إلى %1. كما في أي أرقام منشورة، لا يظهر أي عدد أقل من %2: أُخفي %3 من الأعداد لصغرها، و%4 أخرى حتى لا يمكن استنتاجها من المجاميع.</translation>
    </message>
    <message>
        <source>Exported to %1 with every count shown (no suppression).</source>
        <translation>صُدِّر إلى %1 مع إظهار كل الأعداد (دون إخفاء).</translation>
    </message>
    <message numerus="yes">
        <source>%n rare agency or outcome name(s) are replaced by &quot;Other …&quot;.</source>
        <translation>
            <numerusform>لم يُستبدل أي اسم نادر لجهة أو نتيجة بـ «أخرى …».</numerusform>
            <numerusform>استُبدل اسم نادر واحد لجهة أو نتيجة بـ «أخرى …».</numerusform>
            <numerusform>استُبدل اسمان نادران لجهة أو نتيجة بـ «أخرى …».</numerusform>
            <numerusform>استُبدلت %n أسماء نادرة لجهات أو نتائج بـ «أخرى …».</numerusform>
            <numerusform>استُبدل %n اسمًا نادرًا لجهات أو نتائج بـ «أخرى …».</numerusform>
            <numerusform>استُبدل %n اسم نادر لجهات أو نتائج بـ «أخرى …».</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>تعذّر تسجيل التصدير في سجل التدقيق: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>Counting cases for the statistics</source>
        <translation>جارٍ عدّ القضايا للإحصاءات</translation>
    </message>
    <message>
        <source>The statistics could not be counted: the database could not be read.</source>
        <translation>تعذّر حساب الإحصاءات: تعذّرت قراءة قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Reported police conduct by %1 and %2</source>
        <translation>تصرفات الشرطة المبلَّغ عنها حسب %1 و%2</translation>
    </message>
    <message>
        <source>Reported police conduct by %1</source>
        <translation>تصرفات الشرطة المبلَّغ عنها حسب %1</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2.</source>
        <translation>الحوادث من %1 إلى %2.</translation>
    </message>
    <message>
        <source>All incidents recorded up to %1.</source>
        <translation>كل الحوادث المسجَّلة حتى %1.</translation>
    </message>
    <message>
        <source>Cases with the status %1 only.</source>
        <translation>القضايا ذات الحالة %1 فقط.</translation>
    </message>
    <message>
        <source>The cases of one caseworker only.</source>
        <translation>قضايا مسؤول قضية واحد فقط.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Totals count each case and incident once; one can fall in several rows or columns, so the totals can be less than the sum of their cells.</source>
        <translation>تعدّ المجاميع كل قضية وحادثة مرة واحدة؛ وقد تقع الواحدة في عدة صفوف أو أعمدة، لذا قد تكون المجاميع أقل من مجموع خلاياها.</translation>
    </message>
    <message>
        <source>Table %1. Cases and incidents by %2</source>
        <translation>الجدول %1. القضايا والحوادث حسب %2</translation>
    </message>
    <message>
        <source>Table %1. %2 by %3 (rows) and %4 (columns)</source>
        <translation>الجدول %1. %2 حسب %3 (الصفوف) و%4 (الأعمدة)</translation>
    </message>
    <message>
        <source>What is counted.</source>
        <translation>ما الذي يُعدّ.</translation>
    </message>
    <message>
        <source>A case is counted when at least one of its incidents falls in the period and passes the filters; a case with no recorded incident is not counted. Violation category, month, quarter, police district and agency describe an incident; case status and complaint outcome describe the case. The outcome is the status of the case&apos;s latest complaint submission as recorded, ignoring capitals and spacing; &quot;Not filed&quot; when there is none. Agencies are grouped ignoring capitals and spacing.</source>
        <translation>تُعدّ القضية إذا وقعت حادثة واحدة على الأقل من حوادثها في الفترة واجتازت عوامل التصفية؛ ولا تُعدّ القضية التي لا حادثة مسجَّلة لها. فئة المخالفة والشهر وربع السنة ومنطقة الشرطة والجهة تصف الحادثة؛ أما حالة القضية ونتيجة الشكوى فتصفان القضية. النتيجة هي حالة آخر شكوى قُدِّمت في القضية كما سُجِّلت، مع تجاهل الأحرف الكبيرة والمسافات؛ و«لم تُقدَّم» إذا لم توجد شكوى. تُجمَّع الجهات مع تجاهل الأحرف الكبيرة والمسافات.</translation>
    </message>
    <message>
        <source>Overlapping rows.</source>
        <translation>الصفوف المتداخلة.</translation>
    </message>
    <message>
        <source>An incident can allege several violation categories, and a case can have incidents in several months, districts or agencies; it then counts once in each row or column it belongs to. Totals count every case and incident once, so they can be smaller than the sum of their rows.</source>
        <translation>قد تُنسب إلى الحادثة عدة فئات مخالفات، وقد تكون للقضية حوادث في عدة أشهر أو مناطق أو جهات؛ وعندئذ تُعدّ مرة واحدة في كل صف أو عمود تنتمي إليه. تعدّ المجاميع كل قضية وحادثة مرة واحدة، لذا قد تكون أصغر من مجموع صفوفها.</translation>
    </message>
    <message>
        <source>Suppression.</source>
        <translation>الإخفاء.</translation>
    </message>
    <message>
        <source>To protect the people behind small numbers, no count from 1 to %1 is shown: %2 count(s) of cases and %3 of incidents were hidden for that reason (primary suppression). So that none of them can be worked out by subtracting from a row, column or grand total, or from any combination of them, %4 further count(s) of cases and %5 of incidents were hidden, the smallest possible first (complementary suppression). A dash (–) marks a hidden count. Zeros are shown: they describe no one.</source>
        <translation>لحماية الأشخاص الذين تمثلهم الأعداد الصغيرة، لا يظهر أي عدد من 1 إلى %1: أُخفي لهذا السبب %2 من أعداد القضايا و%3 من أعداد الحوادث (الإخفاء الأساسي). وحتى لا يمكن استنتاج أي منها بالطرح من مجموع صف أو عمود أو من المجموع الكلي، أو من أي تركيبة منها، أُخفي أيضًا %4 من أعداد القضايا و%5 من أعداد الحوادث، بدءًا بأصغرها (الإخفاء التكميلي). تشير الشرطة (–) إلى عدد مخفي. تظهر الأصفار: فهي لا تصف أحدًا.</translation>
    </message>
    <message>
        <source>No count was suppressed (the threshold was set to 1).</source>
        <translation>لم يُخفَ أي عدد (كان الحد مضبوطًا على 1).</translation>
    </message>
    <message>
        <source>This report holds no names, case references, badge numbers or narratives. Agency names and complaint outcomes are typed by caseworkers; any that counts fewer than %1 cases is not named (&quot;Other agency 1&quot;).</source>
        <translation>لا يحتوي هذا التقرير على أسماء أو أرقام مراجع القضايا أو أرقام الشارات أو الروايات. أسماء الجهات ونتائج الشكاوى يكتبها مسؤولو القضايا؛ وما يقل عدد قضاياه عن %1 لا يُذكر اسمه («جهة أخرى 1»).</translation>
    </message>
    <message>
        <source>%1 row(s) or column(s) were left unnamed for that reason.</source>
        <translation>تُرك %1 من الصفوف أو الأعمدة دون اسم لهذا السبب.</translation>
    </message>
    <message>
        <source>Privacy.</source>
        <translation>الخصوصية.</translation>
    </message>
    <message>
        <source>Source.</source>
        <translation>المصدر.</translation>
    </message>
    <message>
        <source>The office&apos;s TrustDesk case records, counted on %1.</source>
        <translation>سجلات قضايا المكتب في TrustDesk، عُدَّت في %1.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <source>%1 cases, %2 incidents</source>
        <translation>القضايا: %1، الحوادث: %2</translation>
    </message>
    <message>
        <source>Figure 1. %1 by %2</source>
        <translation>الشكل 1. %1 حسب %2</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>أُنشئ في %1</translation>
    </message>
    <message>
        <source>The statistics could not be printed.</source>
        <translation>تعذّرت طباعة الإحصاءات.</translation>
    </message>
</context>
<context>
    <name>TextScanner</name>
    <message>
        <source>[withheld]</source>
        <translation>[محجوب]</translation>
    </message>
</context>
<context>
    <name>VaultConversion</name>
    <message>
        <source>The encrypted copy does not hold the same data as the original (%1); the original was kept unchanged.</source>
        <translation>النسخة المشفّرة لا تحتوي على البيانات نفسها التي في الأصل (%1)؛ بقي الأصل دون تغيير.</translation>
    </message>
    <message>
        <source>The encrypted copy could not be read back; the original was kept unchanged.</source>
        <translation>تعذّرت إعادة قراءة النسخة المشفّرة؛ بقي الأصل دون تغيير.</translation>
    </message>
    <message>
        <source>its schema</source>
        <translation>بنيتها</translation>
    </message>
    <message>
        <source>The encryption was canceled; nothing was changed.</source>
        <translation>أُلغي التشفير؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>الجدول %1</translation>
    </message>
    <message>
        <source>The database is open in TrustDesk or another program. Close it there and try again; nothing was changed.</source>
        <translation>قاعدة البيانات مفتوحة في TrustDesk أو في برنامج آخر. أغلقها هناك وحاول مرة أخرى؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The database could not be encrypted (%1); the original was kept unchanged.</source>
        <translation>تعذّر تشفير قاعدة البيانات (%1)؛ بقي الأصل دون تغيير.</translation>
    </message>
    <message>
        <source>the copy could not be started</source>
        <translation>تعذّر بدء النسخ</translation>
    </message>
    <message>
        <source>the tables could not be made</source>
        <translation>تعذّر إنشاء الجداول</translation>
    </message>
    <message>
        <source>the rows could not be copied</source>
        <translation>تعذّر نسخ الصفوف</translation>
    </message>
    <message>
        <source>the indexes could not be made</source>
        <translation>تعذّر إنشاء الفهارس</translation>
    </message>
    <message>
        <source>the copy could not be finished</source>
        <translation>تعذّر إتمام النسخ</translation>
    </message>
    <message>
        <source>encryption is not available on this system</source>
        <translation>التشفير غير متاح على هذا النظام</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>تعذّر فتح النسخة</translation>
    </message>
    <message>
        <source>the copy could not be set up</source>
        <translation>تعذّر إعداد النسخة</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>تعذّرت كتابة النسخة على القرص</translation>
    </message>
    <message>
        <source>The encrypted copy did not pass its integrity check; the original was kept unchanged.</source>
        <translation>لم تجتز النسخة المشفّرة فحص السلامة؛ بقي الأصل دون تغيير.</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>تعذّر فتحها</translation>
    </message>
    <message>
        <source>The database is being encrypted by another program right now. Wait for it to finish.</source>
        <translation>يقوم برنامج آخر بتشفير قاعدة البيانات الآن. انتظر حتى ينتهي.</translation>
    </message>
    <message>
        <source>The interrupted encryption could not be finished: %1</source>
        <translation>تعذّر إتمام التشفير المتوقف: %1</translation>
    </message>
    <message>
        <source>The files of an interrupted encryption could not be removed.</source>
        <translation>تعذّرت إزالة ملفات تشفير متوقف.</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be created</source>
        <translation>تعذّر إنشاء &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This database is already encrypted.</source>
        <translation>قاعدة البيانات هذه مشفّرة بالفعل.</translation>
    </message>
    <message>
        <source>An earlier encryption of this database did not finish; finish or undo it first.</source>
        <translation>لم يكتمل تشفير سابق لقاعدة البيانات هذه؛ أتمّه أو تراجع عنه أولًا.</translation>
    </message>
    <message>
        <source>The evidence of this database could not be counted.</source>
        <translation>تعذّر عدّ أدلة قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>the key file could not be put in place</source>
        <translation>تعذّر وضع ملف المفاتيح في مكانه</translation>
    </message>
    <message>
        <source>The database is encrypted, but the old unencrypted evidence folder &quot;%1&quot; could not be deleted completely. Run `trustdesk-cli encrypt` again to delete it.</source>
        <translation>قاعدة البيانات مشفّرة، لكن تعذّر حذف مجلد الأدلة القديم غير المشفّر &quot;%1&quot; بالكامل. شغّل `trustdesk-cli encrypt` مرة أخرى لحذفه.</translation>
    </message>
    <message>
        <source>This database has evidence files, and this conversion does not encrypt them; nothing was changed.</source>
        <translation>في قاعدة البيانات هذه ملفات أدلة، وهذا التحويل لا يشفّرها؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The encryption stopped while the encrypted copy was being put in place (%1). Nothing is lost: run `trustdesk-cli encrypt` again, or open the database in TrustDesk, to finish it.</source>
        <translation>توقّف التشفير أثناء وضع النسخة المشفّرة في مكانها (%1). لم يُفقد شيء: شغّل `trustdesk-cli encrypt` مرة أخرى، أو افتح قاعدة البيانات في TrustDesk، لإكماله.</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>The key file of this encrypted database is damaged. Use a backup of the database together with its key file.</source>
        <translation>ملف المفتاح الخاص بقاعدة البيانات المشفّرة هذه تالف. استخدم نسخة احتياطية من قاعدة البيانات مع ملف المفتاح الخاص بها.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; could not be written: %2</source>
        <translation>تعذّرت كتابة ملف المفتاح «%1»: %2</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; is missing: an encrypted database cannot be opened without it.</source>
        <translation>ملف المفتاح «%1» مفقود: لا يمكن فتح قاعدة بيانات مشفّرة بدونه.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of TrustDesk. Update TrustDesk to open this database.</source>
        <translation>كُتب ملف المفتاح بإصدار أحدث من TrustDesk. حدِّث TrustDesk لفتح قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Encryption is not available on this system.</source>
        <translation>التشفير غير متوفر على هذا النظام.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>يجب ألا يقل عدد أحرف كلمة المرور عن %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; a key file is never replaced by a new one.</source>
        <translation>«%1» موجود بالفعل؛ لا يُستبدل ملف المفتاح بملف جديد أبدًا.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the passphrase (256 MiB are needed).</source>
        <translation>لا توجد ذاكرة كافية لحماية كلمة المرور (يلزم 256 MiB).</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase (256 MiB are needed).</source>
        <translation>لا توجد ذاكرة كافية للتحقق من كلمة المرور (يلزم 256 MiB).</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 13 groups of four letters and digits.</source>
        <translation>هذا ليس مفتاح استرداد: يتكون مفتاح الاسترداد من 13 مجموعة، في كل منها أربعة أحرف أو أرقام.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>مفتاح الاسترداد غير صحيح.</translation>
    </message>
    <message>
        <source>That key does not belong to this database.</source>
        <translation>هذا المفتاح لا يخص قاعدة البيانات هذه.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Verifying the database</source>
        <translation>جارٍ التحقق من قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>ملف قاعدة البيانات تالف: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>فحص سلامة SQLite: %1</translation>
    </message>
    <message>
        <source>The file does not carry TrustDesk&apos;s application id.</source>
        <translation>الملف لا يحمل معرِّف تطبيق TrustDesk.</translation>
    </message>
    <message>
        <source>The schema is version %1; this TrustDesk uses %2 (run init to upgrade).</source>
        <translation>المخطط بالإصدار %1؛ هذا الإصدار من TrustDesk يستخدم %2 (شغِّل init للترقية).</translation>
    </message>
    <message>
        <source>Broken link between records: %1</source>
        <translation>رابط مقطوع بين السجلات: %1</translation>
    </message>
    <message>
        <source>Case %1 is missing from the search index.</source>
        <translation>القضية %1 مفقودة من فهرس البحث.</translation>
    </message>
    <message>
        <source>The search index holds an entry (%1) for a case that no longer exists.</source>
        <translation>يحتوي فهرس البحث على مُدخل (%1) لقضية لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Client record %1 belongs to no case.</source>
        <translation>سجل العميل %1 لا ينتمي إلى أي قضية.</translation>
    </message>
    <message>
        <source>Case %1 was closed before it was opened.</source>
        <translation>أُغلقت القضية %1 قبل تاريخ فتحها.</translation>
    </message>
    <message>
        <source>Evidence record %1 has an invalid SHA-256.</source>
        <translation>سجل الدليل %1 يحتوي على SHA-256 غير صالح.</translation>
    </message>
    <message>
        <source>Incident record %1 has no date.</source>
        <translation>سجل الحادثة %1 بلا تاريخ.</translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; is not in the TD-YYYY-NNNNN form.</source>
        <translation>رقم مرجع القضية «%1» ليس بالشكل TD-YYYY-NNNNN.</translation>
    </message>
    <message>
        <source>The case numbering for %1 is behind case %2; a new case could reuse its number.</source>
        <translation>ترقيم القضايا لـ%1 متأخر عن القضية %2؛ قد تعيد قضية جديدة استخدام رقمها.</translation>
    </message>
    <message>
        <source>The search index is inconsistent and needs rebuilding.</source>
        <translation>فهرس البحث غير متسق ويحتاج إلى إعادة بناء.</translation>
    </message>
</context>
<context>
    <name>ViolationCategory</name>
    <message>
        <source>Sharing personal information without lawful basis</source>
        <translation>مشاركة معلومات شخصية دون أساس قانوني</translation>
    </message>
    <message>
        <source>Police shared personally identifiable information (such as a name, address or immigration details) with immigration enforcement without a lawful basis.</source>
        <translation>شاركت الشرطة معلومات تعريف شخصية (مثل الاسم أو العنوان أو تفاصيل الهجرة) مع سلطات إنفاذ قوانين الهجرة دون أساس قانوني.</translation>
    </message>
    <message>
        <source>Honoring a civil immigration detainer without legal authority</source>
        <translation>الامتثال لطلب احتجاز مدني خاص بالهجرة دون سلطة قانونية</translation>
    </message>
    <message>
        <source>Police held a person, or arranged a hand-over, because of a civil immigration detainer request, without legal authority or contrary to policy.</source>
        <translation>احتجزت الشرطة شخصًا، أو رتَّبت لتسليمه، بسبب طلب احتجاز مدني خاص بالهجرة (detainer)، دون سلطة قانونية أو خلافًا للسياسة المعتمدة.</translation>
    </message>
    <message>
        <source>Questioning or detention solely on immigration suspicion</source>
        <translation>استجواب أو احتجاز بسبب الشك في وضع الهجرة وحده</translation>
    </message>
    <message>
        <source>Police questioned, stopped or held a person only because they suspected something about the person&apos;s immigration status.</source>
        <translation>استجوبت الشرطة شخصًا أو أوقفته أو احتجزته لمجرد الشك في أمر يتعلق بوضع هجرته.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Other conduct related to cooperation with immigration enforcement; describe it in the narrative.</source>
        <translation>سلوك آخر يتعلق بالتعاون مع سلطات إنفاذ قوانين الهجرة؛ صِفه في الرواية.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrustDesk: document police misconduct and file complaints.</source>
        <translation>TrustDesk: توثيق سوء سلوك الشرطة وتقديم الشكاوى.</translation>
    </message>
    <message>
        <source>open the database at PATH (created when missing), or connect to the office server at a postgresql:// URI</source>
        <translation>يفتح قاعدة البيانات في PATH (وتُنشأ إن لم تكن موجودة)، أو يتصل بخادم المكتب على عنوان URI من نوع postgresql://</translation>
    </message>
</context>
<context>
    <name>td::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Filter by case, action or person, e.g. TD-2026-00042 or case.view_sensitive</source>
        <translation>تصفية حسب القضية أو الإجراء أو الشخص، مثل TD-2026-00042 أو case.view_sensitive</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>تصفية سجل التدقيق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln event(s)</source>
        <translation>
            <numerusform>عرض %1 من أصل %Ln أحداث</numerusform>
            <numerusform>عرض %1 من أصل حدث واحد</numerusform>
            <numerusform>عرض %1 من أصل حدثين</numerusform>
            <numerusform>عرض %1 من أصل %Ln أحداث</numerusform>
            <numerusform>عرض %1 من أصل %Ln حدثًا</numerusform>
            <numerusform>عرض %1 من أصل %Ln حدث</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::BackupKeyDialog</name>
    <message>
        <source>Encrypted Backup</source>
        <translation>نسخة احتياطية مشفّرة</translation>
    </message>
    <message>
        <source>This backup is encrypted. It opens with the passphrase the database had on the day of the backup, or its recovery key.</source>
        <translation>هذه النسخة الاحتياطية مشفّرة. تُفتح بكلمة المرور التي كانت لقاعدة البيانات يوم النسخ الاحتياطي، أو بمفتاح الاسترداد الخاص بها.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>td::ui::BackupProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>جارٍ نسخ قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>جارٍ فحص قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Copying the evidence files and checking each one…</source>
        <translation>جارٍ نسخ ملفات الأدلة وفحص كل ملف منها…</translation>
    </message>
    <message>
        <source>Checking every evidence file…</source>
        <translation>جارٍ فحص كل ملفات الأدلة…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>جارٍ وضع النسخة الاحتياطية في مكانها…</translation>
    </message>
    <message>
        <source>Replacing the cases with the backup&apos;s. This cannot be canceled now.</source>
        <translation>جارٍ استبدال القضايا بقضايا النسخة الاحتياطية. لا يمكن الإلغاء الآن.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Checking the whole backup before anything is written…</source>
        <translation>جارٍ فحص النسخة الاحتياطية كاملة قبل كتابة أي شيء…</translation>
    </message>
    <message>
        <source>Writing the backup&apos;s cases, evidence and audit log into the empty office database…</source>
        <translation>جارٍ كتابة قضايا النسخة الاحتياطية وأدلتها وسجل التدقيق في قاعدة بيانات المكتب الفارغة…</translation>
    </message>
    <message>
        <source>Saving the restored database. This cannot be canceled now.</source>
        <translation>جارٍ حفظ قاعدة البيانات المستعادة. لا يمكن الإلغاء الآن.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseDetailPanel</name>
    <message>
        <source>Select a case in the list to see its details.</source>
        <translation>اختر قضية من القائمة لعرض تفاصيلها.</translation>
    </message>
    <message>
        <source>Show sensitive fields</source>
        <translation>إظهار الحقول الحساسة</translation>
    </message>
    <message>
        <source>Immigration status, A-number, address and other fields that could endanger the client, and the witnesses&apos; contact details. Showing them is recorded in the audit log.</source>
        <translation>وضع الهجرة والرقم A والعنوان وحقول أخرى قد تعرِّض العميل للخطر، ووسائل الاتصال بالشهود. يُسجَّل إظهارها في سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseEditor</name>
    <message>
        <source>The case this draft belongs to no longer exists; the draft will be saved as a new case.</source>
        <translation>القضية التي تخصها هذه المسودة لم تعد موجودة؛ ستُحفظ المسودة كقضية جديدة.</translation>
    </message>
    <message>
        <source>Restored the unsaved draft from %1. Save it to keep it.</source>
        <translation>تمت استعادة المسودة غير المحفوظة من %1. احفظها للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>الحادثة %1</translation>
    </message>
    <message>
        <source>Remove Incident</source>
        <translation>إزالة الحادثة</translation>
    </message>
    <message>
        <source>Remove incident %1 and everything entered for it?</source>
        <translation>هل تريد إزالة الحادثة %1 وكل ما أُدخل لها؟</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>Not saved yet: please fix the fields marked in red.</source>
        <translation>لم تُحفظ بعد: يُرجى تصحيح الحقول المعلَّمة باللون الأحمر.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept in a draft.</source>
        <translation>لم تُحفظ: %1 ما أدخلته محفوظ في مسودة.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظت %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Discard the changes to this case?</source>
        <translation>هل تريد تجاهل التغييرات على هذه القضية؟</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>تجاهل (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>متابعة التحرير (&amp;K)</translation>
    </message>
    <message>
        <source>That client changed meanwhile; search again.</source>
        <translation>تغيَّر هذا العميل في هذه الأثناء؛ ابحث مرة أخرى.</translation>
    </message>
    <message>
        <source>Linked to the existing client of %1.</source>
        <translation>رُبطت بالعميل الموجود في %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>العميل (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>الحوادث (&amp;I)</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>إضافة حادثة</translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation>إزالة الحادثة</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>الشكاوى المقدَّمة</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>حفظ القضية (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>حفظ القضية</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>إغلاق القضية</translation>
    </message>
    <message>
        <source>Filing and follow-&amp;ups</source>
        <translation>التقديم والمتابعات (&amp;U)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Save the case first; then attach photos, recordings and documents.</source>
        <translation>احفظ القضية أولًا، ثم أرفق الصور والتسجيلات والمستندات.</translation>
    </message>
    <message>
        <source>Case Changed Elsewhere</source>
        <translation>تم تغيير الحالة في مكان آخر</translation>
    </message>
    <message>
        <source>Not saved: this case was changed elsewhere. Your entries are kept in a draft.</source>
        <translation>لم يتم الحفظ: تم تغيير هذه الحالة في مكان آخر. ما كتبته محفوظ في مسودة.</translation>
    </message>
    <message>
        <source>This case was deleted elsewhere. Saving will keep your entries in a draft; nothing is lost.</source>
        <translation>تم حذف هذه الحالة في مكان آخر. عند الحفظ يبقى ما كتبته في مسودة؛ لا يضيع شيء.</translation>
    </message>
    <message>
        <source>This case was changed elsewhere (in another window or by trustdesk-cli) since you opened it. When you save, you choose which version to keep.</source>
        <translation>تم تغيير هذه الحالة في مكان آخر (في نافذة أخرى أو بواسطة trustdesk-cli) منذ أن فتحتها. عند الحفظ تختار أنت النسخة التي تحتفظ بها.</translation>
    </message>
    <message>
        <source>Not revealed: %1</source>
        <translation>لم يُكشف: %1</translation>
    </message>
    <message>
        <source>no field you can see (the same values were saved again)</source>
        <translation>لا يوجد حقل ظاهر لك (حُفظت القيم نفسها مرة أخرى)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1

Changed since you opened it: %2.

Keep your version (it replaces theirs, and the audit log records that you overwrote it), take theirs (your version is kept as a draft), or go back to editing?</source>
        <translation>%1

ما تغيّر منذ أن فتحتها: %2.

هل تُبقي نسختك (تحلّ محل نسختهم، ويسجّل سجل التدقيق أنك كتبت فوقها)، أم تأخذ نسختهم (تُحفظ نسختك كمسودة)، أم تعود إلى التحرير؟</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>إبقاء نسختي (&amp;M)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>أخذ نسختهم (&amp;T)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Their version was not loaded: yours could not be kept as a draft, so it stays here.</source>
        <translation>لم تُحمَّل نسختهم: تعذّر حفظ نسختك كمسودة، لذا تبقى هنا.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1. Your version is kept as an unsaved draft; TrustDesk offers it again when it next starts.</source>
        <translation>حُمِّلت النسخة التي حفظها %1. نسختك محفوظة كمسودة لم تُحفظ في القضية؛ يعرضها TrustDesk عليك مرة أخرى عند تشغيله التالي.</translation>
    </message>
    <message>
        <source>Loaded the version saved by %1.</source>
        <translation>حُمِّلت النسخة التي حفظها %1.</translation>
    </message>
    <message>
        <source>Office Server Unreachable</source>
        <translation>تعذّر الوصول إلى خادم المكتب</translation>
    </message>
    <message>
        <source>%1

Your entries stay in this form and in a draft on this computer.</source>
        <translation>%1

يبقى ما أدخلته في هذا النموذج وفي مسودة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة المحاولة (&amp;R)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم تُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListExportDialog</name>
    <message>
        <source>Export Case List</source>
        <translation>تصدير قائمة القضايا</translation>
    </message>
    <message>
        <source>Also include these sensitive columns</source>
        <translation>أدرج أيضًا هذه الأعمدة الحساسة</translation>
    </message>
    <message>
        <source>The file will hold facts that can expose clients to immigration enforcement. Keep it on an encrypted disk and delete it when done.</source>
        <translation>سيحتوي الملف على معلومات قد تعرّض العملاء لسلطات إنفاذ الهجرة. احفظه على قرص مشفّر واحذفه عند الانتهاء.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير (&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>The %n case(s) of the current list, in its order, go to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</source>
        <translation>
            <numerusform>لا توجد في القائمة الحالية قضايا تُصدَّر إلى ملف جدول بيانات، CSV أو مصنّف Excel (رقم المرجع والحالة والتواريخ ومسؤول القضية واسم العميل ولغته). يُسجَّل التصدير في سجل التدقيق.</numerusform>
            <numerusform>تُصدَّر القضية الواحدة في القائمة الحالية إلى ملف جدول بيانات، CSV أو مصنّف Excel (رقم المرجع والحالة والتواريخ ومسؤول القضية واسم العميل ولغته). يُسجَّل التصدير في سجل التدقيق.</numerusform>
            <numerusform>تُصدَّر القضيتان في القائمة الحالية، بترتيبهما، إلى ملف جدول بيانات، CSV أو مصنّف Excel (رقم المرجع والحالة والتواريخ ومسؤول القضية واسم العميل ولغته). يُسجَّل التصدير في سجل التدقيق.</numerusform>
            <numerusform>تُصدَّر %n قضايا من القائمة الحالية، بترتيبها، إلى ملف جدول بيانات، CSV أو مصنّف Excel (رقم المرجع والحالة والتواريخ ومسؤول القضية واسم العميل ولغته). يُسجَّل التصدير في سجل التدقيق.</numerusform>
            <numerusform>تُصدَّر %n قضية من القائمة الحالية، بترتيبها، إلى ملف جدول بيانات، CSV أو مصنّف Excel (رقم المرجع والحالة والتواريخ ومسؤول القضية واسم العميل ولغته). يُسجَّل التصدير في سجل التدقيق.</numerusform>
            <numerusform>تُصدَّر %n قضية من القائمة الحالية، بترتيبها، إلى ملف جدول بيانات، CSV أو مصنّف Excel (رقم المرجع والحالة والتواريخ ومسؤول القضية واسم العميل ولغته). يُسجَّل التصدير في سجل التدقيق.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListPage</name>
    <message>
        <source>Search names, places, narratives, officers, badge numbers…</source>
        <translation>ابحث في الأسماء والأماكن والروايات والضباط وأرقام الشارات…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>البحث في القضايا</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>لا توجد قضايا بعد</translation>
    </message>
    <message>
        <source>Start with the person in front of you: New Case opens the intake form. Add your office&apos;s name, address, phone and email too: client copies and handouts print them, so clients know how to reach you.</source>
        <translation>ابدأ بالشخص الذي أمامك: «قضية جديدة» يفتح نموذج الاستقبال. أضف أيضًا اسم مكتبك وعنوانه وهاتفه وبريده الإلكتروني: تُطبع على نسخ العميل والنشرات، ليعرف العملاء كيف يتواصلون معك.</translation>
    </message>
</context>
<context>
    <name>td::ui::CaseWorkspace</name>
    <message>
        <source>The case could not be opened.</source>
        <translation>تعذّر فتح القضية.</translation>
    </message>
    <message>
        <source>TrustDesk closed before your changes to %1 (%2) were saved. The draft is from %3.

Restore it?</source>
        <translation>أُغلق TrustDesk قبل حفظ تغييراتك على %1 (%2). المسودة من %3.

هل تريد استعادتها؟</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>قضية</translation>
    </message>
    <message>
        <source>TrustDesk closed before a new case for %1 was saved. The draft is from %2.

Restore it?</source>
        <translation>أُغلق TrustDesk قبل حفظ قضية جديدة لـ%1. المسودة من %2.

هل تريد استعادتها؟</translation>
    </message>
    <message>
        <source>Restore Unsaved Draft</source>
        <translation>استعادة مسودة غير محفوظة</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>تجاهل (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>لاحقًا (&amp;L)</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>حذف القضية</translation>
    </message>
    <message>
        <source>Delete %1 (%2) and everything recorded in it? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>هل تريد حذف %1 (%2) وكل ما سُجِّل فيها؟ لا يمكن التراجع عن ذلك؛ يحتفظ سجل التدقيق بما يثبت أنها حُذفت.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>قضية جديدة (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit Case</source>
        <translation>تحرير القضية (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>حذف القضية (&amp;D)…</translation>
    </message>
    <message>
        <source>Save the case first: the report is made from what is stored.</source>
        <translation>احفظ القضية أولًا: يُنشأ التقرير مما هو محفوظ.</translation>
    </message>
    <message>
        <source>Complaint &amp;Report…</source>
        <translation>تقرير الشكوى (&amp;R)…</translation>
    </message>
    <message>
        <source>Unsaved Draft Damaged</source>
        <translation>مسودة غير محفوظة تالفة</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</source>
        <translation>
            <numerusform>تعذّر فتح %n مسودة غير محفوظة: تغيّر الملف أو تلف على القرص، فلم يُستعد. حُفظ جانبًا في %1.</numerusform>
            <numerusform>تعذّر فتح مسودة واحدة غير محفوظة: تغيّر الملف أو تلف على القرص، فلم يُستعد. حُفظ جانبًا في %1.</numerusform>
            <numerusform>تعذّر فتح مسودتين غير محفوظتين: تغيّر الملف أو تلف على القرص، فلم يُستعد. حُفظ جانبًا في %1.</numerusform>
            <numerusform>تعذّر فتح %n مسودات غير محفوظة: تغيّر الملف أو تلف على القرص، فلم يُستعد. حُفظ جانبًا في %1.</numerusform>
            <numerusform>تعذّر فتح %n مسودة غير محفوظة: تغيّر الملف أو تلف على القرص، فلم يُستعد. حُفظ جانبًا في %1.</numerusform>
            <numerusform>تعذّر فتح %n مسودة غير محفوظة: تغيّر الملف أو تلف على القرص، فلم يُستعد. حُفظ جانبًا في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseworkerProfileDialog</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>مرحبًا بك في TrustDesk</translation>
    </message>
    <message>
        <source>Who is using TrustDesk on this computer? Your name and role are recorded with every change to a case and every look at a client&apos;s sensitive information, in the audit log and in the evidence chain of custody. You can change them later in Preferences.</source>
        <translation>من يستخدم TrustDesk على هذا الحاسوب؟ يُسجَّل اسمك ودورك مع كل تغيير في قضية وكل اطلاع على معلومات العميل الحساسة، في سجل التدقيق وفي سلسلة حيازة الأدلة. يمكنك تغييرهما لاحقًا في التفضيلات.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ابدأ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>Caseworker Profile</source>
        <translation>ملف مسؤول القضية</translation>
    </message>
    <message>
        <source>Entries made from now on are recorded under this name and role. Entries already in the audit log keep the name they were made under.</source>
        <translation>القيود التي تُنشأ من الآن تُسجَّل بهذا الاسم والدور. أما القيود الموجودة في سجل التدقيق فتحتفظ بالاسم الذي أُنشئت به.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور (&amp;R):</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>اسمك الكامل</translation>
    </message>
    <message>
        <source>For example: caseworker, supervisor, interpreter</source>
        <translation>مثلًا: مسؤول قضية، مشرف، مترجم فوري</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>مكتبك</translation>
    </message>
    <message>
        <source>How a client reaches you: printed on client copies and handouts. Leave empty what you do not want printed.</source>
        <translation>كيف يتواصل معك العميل: يُطبع على نسخ العميل والنشرات. اترك فارغًا ما لا تريد طباعته.</translation>
    </message>
    <message>
        <source>O&amp;ffice name:</source>
        <translation>اسم المكتب (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>المنطقة الزمنية (&amp;T):</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>منطقة هذا الحاسوب (%1)</translation>
    </message>
    <message>
        <source>Photo capture times and other times are shown in this zone.</source>
        <translation>تُعرض أوقات التقاط الصور والأوقات الأخرى بهذه المنطقة.</translation>
    </message>
</context>
<context>
    <name>td::ui::ChangePassphraseDialog</name>
    <message>
        <source>Type the current passphrase.</source>
        <translation>اكتب كلمة المرور الحالية.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>كلمة المرور الحالية غير صحيحة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1 The old passphrase still opens the database.</source>
        <translation>تعذّر تغيير كلمة المرور: %1 ما زالت كلمة المرور القديمة تفتح قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on; the old one no longer does. The recovery key you wrote down keeps working. Backups made before today still open with the passphrase of their day.</source>
        <translation>من الآن تفتح كلمة المرور الجديدة قاعدة البيانات هذه، ولم تعد القديمة تفتحها. يبقى مفتاح الاسترداد الذي دوّنته صالحًا. أما النسخ الاحتياطية التي أُنشئت قبل اليوم فما زالت تُفتح بكلمة المرور التي كانت في يومها.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>كلمة المرور الحالية (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>كلمة المرور الجديدة (&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>تأكيدها (&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>تغيير كلمة المرور (&amp;H)</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>جارٍ تغيير كلمة المرور…</translation>
    </message>
</context>
<context>
    <name>td::ui::ClientForm</name>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>As the client writes it, in any script</source>
        <translation>كما يكتبه العميل، بأي خط</translation>
    </message>
    <message>
        <source>e.g. 617-555-0142</source>
        <translation>مثال: 617-555-0142</translation>
    </message>
    <message>
        <source>e.g. A123-456-789</source>
        <translation>مثال: A123-456-789</translation>
    </message>
    <message>
        <source>&amp;Link case to this client</source>
        <translation>ربط القضية بهذا العميل (&amp;L)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <source>Possible matching clients</source>
        <translation>عملاء قد يكونون مطابقين</translation>
    </message>
    <message>
        <source>This case is linked to a client already in the database: edits here update that client everywhere.</source>
        <translation>هذه القضية مرتبطة بعميل موجود في قاعدة البيانات: التعديلات هنا تحدِّث بيانات هذا العميل في كل مكان.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>%1 (%2), cases: %3</source>
        <translation>%1 (%2)، القضايا: %3</translation>
    </message>
    <message>
        <source>This client may already be in the database. Link this case to them instead of creating a duplicate?</source>
        <translation>قد يكون هذا العميل موجودًا بالفعل في قاعدة البيانات. هل تريد ربط هذه القضية به بدلًا من إنشاء نسخة مكررة؟</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>كشف الكل</translation>
    </message>
    <message>
        <source>Reveal All Sensitive Fields</source>
        <translation>كشف جميع الحقول الحساسة</translation>
    </message>
    <message>
        <source>Show every hidden sensitive field (%1); recorded in the audit log</source>
        <translation>إظهار كل حقل حساس مخفي (%1)؛ يُسجَّل في سجل التدقيق</translation>
    </message>
    <message>
        <source>Anonymous Client</source>
        <translation>عميل مجهول الهوية</translation>
    </message>
    <message>
        <source>An anonymous client&apos;s name is not kept. Remove the name from this case now?</source>
        <translation>لا يُحتفظ باسم العميل المجهول الهوية. هل تريد إزالة الاسم من هذه القضية الآن؟</translation>
    </message>
    <message>
        <source>&amp;Remove the Name</source>
        <translation>إزالة الاسم (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
</context>
<context>
    <name>td::ui::ComplaintReportDialog</name>
    <message>
        <source>Complaint Submission: %1</source>
        <translation>تقديم الشكوى: %1</translation>
    </message>
    <message>
        <source>Another body…</source>
        <translation>جهة أخرى…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى (&amp;T):</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>اسم الجهة</translation>
    </message>
    <message>
        <source>The caseworker or office, on the client&apos;s behalf</source>
        <translation>مسؤول القضية أو المكتب، نيابةً عن العميل</translation>
    </message>
    <message>
        <source>The client, in their own name</source>
        <translation>العميل، باسمه</translation>
    </message>
    <message>
        <source>Anonymous: name nobody</source>
        <translation>مجهول الهوية: دون ذكر أي اسم</translation>
    </message>
    <message>
        <source>&amp;Filed by:</source>
        <translation>مقدَّمة من (&amp;F):</translation>
    </message>
    <message>
        <source>Filer&apos;s &amp;name:</source>
        <translation>اسم مقدِّم الشكوى (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>المنظمة (&amp;O):</translation>
    </message>
    <message>
        <source>Leave empty for the standard request: investigate, keep the client&apos;s identity confidential, give a tracking number, report the outcome.</source>
        <translation>اتركه فارغًا للطلب المعتاد: التحقيق، والحفاظ على سرية هوية العميل، وإعطاء رقم متابعة، والإبلاغ بالنتيجة.</translation>
    </message>
    <message>
        <source>&amp;Requested action:</source>
        <translation>الإجراء المطلوب (&amp;R):</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (الولايات المتحدة)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>الورق (&amp;P):</translation>
    </message>
    <message>
        <source>Withheld from the document</source>
        <translation>محجوب من المستند</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>إدراج %1</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>معاينة (&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ بصيغة PDF (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Client Copy…</source>
        <translation>نسخة العميل (&amp;C)…</translation>
    </message>
    <message>
        <source>A short copy for the client, in their language: what was filed and the next steps</source>
        <translation>نسخة قصيرة للعميل بلغته: ما قُدِّم والخطوات التالية</translation>
    </message>
    <message>
        <source>The client&apos;s consent to file is not recorded: the document is marked as a draft.</source>
        <translation>موافقة العميل على تقديم الشكوى غير مسجلة: عُلِّم المستند كمسودة.</translation>
    </message>
    <message>
        <source>Included deliberately: %1. The document will show these values, and the choice is recorded in the audit log.</source>
        <translation>أُدرج عن قصد: %1. سيعرض المستند هذه القيم، ويُسجَّل هذا الاختيار في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Include Sensitive Information</source>
        <translation>إدراج معلومات حساسة</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1 to %2. Include it?</source>
        <translation>سيعرض هذا المستند «%1» الخاص بالعميل لـ%2. هل تريد إدراجه؟</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>Complaint Submission</source>
        <translation>تقديم الشكوى</translation>
    </message>
    <message>
        <source>Print Complaint Submission</source>
        <translation>طباعة ملف تقديم الشكوى</translation>
    </message>
    <message>
        <source>%1 complaint.pdf</source>
        <translation>%1 شكوى.pdf</translation>
    </message>
    <message>
        <source>%1 client copy.pdf</source>
        <translation>%1 نسخة العميل.pdf</translation>
    </message>
    <message>
        <source>Client Copy</source>
        <translation>نسخة العميل</translation>
    </message>
    <message>
        <source>These facts about the client and the witnesses are left out; the document names the kinds withheld, never their values. Tick one only when the person concerned agrees it must go to this body.</source>
        <translation>تُستبعد هذه المعلومات عن العميل والشهود؛ يذكر المستند أنواع المعلومات المحجوبة، ولا يذكر قيمها أبدًا. لا تحدد أيًا منها إلا إذا وافق الشخص المعني على أنه يجب أن يصل إلى هذه الجهة.</translation>
    </message>
    <message>
        <source>This document will show %1 to %2. Include them?</source>
        <translation>سيعرض هذا المستند «%1» لـ%2. هل تريد إدراجها؟</translation>
    </message>
    <message>
        <source>This document will show the client&apos;s %1, and %2, to %3. Include them?</source>
        <translation>سيعرض هذا المستند «%1» الخاص بالعميل، و«%2»، لـ%3. هل تريد إدراجها؟</translation>
    </message>
    <message>
        <source>Words that may reveal immigration status</source>
        <translation>كلمات قد تكشف وضع الهجرة</translation>
    </message>
    <message>
        <source>Mask them in the document</source>
        <translation>حجبها في المستند</translation>
    </message>
    <message>
        <source>&amp;Mask These</source>
        <translation>احجب هذه (&amp;M)</translation>
    </message>
    <message>
        <source>These words are masked as [withheld] in the document. The case itself keeps them.</source>
        <translation>تُحجب هذه الكلمات في المستند وتظهر بصيغة [محجوب]. وتبقى محفوظة في القضية نفسها.</translation>
    </message>
    <message>
        <source>The case&apos;s text has words that may tell the reader the client&apos;s immigration status. They are printed as written unless you mask them. Withheld values found in the text are always masked.</source>
        <translation>يحتوي نص القضية على كلمات قد تكشف للقارئ وضع الهجرة للعميل. تُطبع كما كُتبت ما لم تحجبها. أما القيم المحجوبة الموجودة في النص فتُحجب دائمًا.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>فتح PDF (&amp;D)</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>فتح المجلد (&amp;L)</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>فتح PDF</translation>
    </message>
    <message>
        <source>No program to open &quot;%1&quot; was found.</source>
        <translation>لم يُعثر على برنامج لفتح &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>تعذّر فتح المجلد &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Laying out &quot;%1&quot;…</source>
        <translation>جارٍ تنسيق &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>جارٍ كتابة الصفحة %1 من %2…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in %2.</source>
        <translation>حُفظ &quot;%1&quot; في %2.</translation>
    </message>
    <message>
        <source>Stopped. No PDF was saved.</source>
        <translation>توقّف. لم يُحفظ أي ملف PDF.</translation>
    </message>
</context>
<context>
    <name>td::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <translation>الاتصال بخادم المكتب</translation>
    </message>
    <message>
        <source>Your office keeps its cases on a shared server. Enter what your administrator gave you.</source>
        <translation>يحفظ مكتبك قضاياه على خادم مشترك. أدخل ما أعطاك إياه مسؤول النظام.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>الخادم (&amp;S):</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org، أو مجلد مقبس مثل /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>المنفذ (&amp;P):</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>قاعدة البيانات (&amp;D):</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>حسابك (&amp;L):</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>جهة إصدار الشهادات (&amp;A):</translation>
    </message>
    <message>
        <source>Optional: the office&apos;s certificate file (PEM)</source>
        <translation>اختياري: ملف شهادة المكتب (PEM)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>استعراض (&amp;R)…</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>عنوان URI للاتصال (&amp;U):</translation>
    </message>
    <message>
        <source>postgresql://login@server/database</source>
        <translation>postgresql://login@server/database</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>كلمة السر (&amp;W):</translation>
    </message>
    <message>
        <source>Only when the server asks for one. It is kept in memory for this session and never saved.</source>
        <translation>فقط إذا طلبها الخادم. تبقى في الذاكرة خلال هذه الجلسة ولا تُحفظ أبدًا.</translation>
    </message>
    <message>
        <source>Paste a connection URI &amp;instead</source>
        <translation>لصق عنوان URI للاتصال بدلًا من ذلك (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>اتصال (&amp;C)</translation>
    </message>
    <message>
        <source>A connection URI starts with postgresql:// — for example postgresql://login@server/database.</source>
        <translation>يبدأ عنوان URI للاتصال بـ postgresql:// — مثلًا postgresql://login@server/database.</translation>
    </message>
    <message>
        <source>“%1” is not a server name. Enter a name such as db.example.org, an address, or a socket folder starting with /.</source>
        <translation>«%1» ليس اسم خادم. أدخل اسمًا مثل db.example.org، أو عنوانًا، أو مجلد مقبس يبدأ بـ /.</translation>
    </message>
    <message>
        <source>The socket folder %1 does not exist on this computer.</source>
        <translation>مجلد المقبس %1 غير موجود على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>المنفذ رقم من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the office&apos;s database (your administrator knows it).</source>
        <translation>أدخل اسم قاعدة بيانات المكتب (يعرفه مسؤول النظام).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>تتعذّر قراءة ملف جهة إصدار الشهادات %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Connecting was cancelled. What you typed is still here.</source>
        <translation>أُلغي الاتصال. ما كتبته لا يزال هنا.</translation>
    </message>
    <message>
        <source>Restore into an Empty Office Database</source>
        <translation>الاستعادة إلى قاعدة بيانات مكتب فارغة</translation>
    </message>
    <message>
        <source>An office backup is restored only into an empty office database, never over one that holds cases. Make a new database on the server (createdb), then enter it here; the server and login are those you are connected with. Continue checks that it is empty before anything is written.</source>
        <translation>لا تُستعاد النسخة الاحتياطية للمكتب إلا إلى قاعدة بيانات مكتب فارغة، ولا تُستعاد أبدًا فوق قاعدة تحتوي على قضايا. أنشئ قاعدة بيانات جديدة على الخادم (createdb)، ثم أدخلها هنا؛ الخادم والحساب هما اللذان أنت متصل بهما. يتحقق زر «متابعة» من أنها فارغة قبل كتابة أي شيء.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>متابعة (&amp;O)</translation>
    </message>
    <message>
        <source>Checking that the database is empty…</source>
        <translation>جارٍ التحقق من أن قاعدة البيانات فارغة…</translation>
    </message>
    <message>
        <source>Checking the office database…</source>
        <translation>جارٍ فحص قاعدة بيانات المكتب…</translation>
    </message>
    <message>
        <source>Checking was cancelled. What you typed is still here.</source>
        <translation>أُلغي الفحص. ما كتبته لا يزال هنا.</translation>
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
        <translation>مثال: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EncryptDatabaseDialog</name>
    <message>
        <source>The database was not encrypted; it is as it was.
%1</source>
        <translation>لم تُشفَّر قاعدة البيانات؛ بقيت كما كانت.
%1</translation>
    </message>
    <message>
        <source>Canceling… nothing will be changed.</source>
        <translation>جارٍ الإلغاء… لن يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Encrypt This Database</source>
        <translation>تشفير قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Encrypt %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Once encrypted, nobody can read the clients&apos; names, addresses, immigration status, the evidence files or anything else in this database without it, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;An encrypted copy is made beside the database and checked against it; only then does it take the original&apos;s place, and the unencrypted files are deleted. If the passphrase is forgotten, the only way back in is the recovery key shown before the switch.&lt;/p&gt;&lt;p&gt;Deleted files can linger in the disk&apos;s free space: full-disk encryption of this computer is what removes that last trace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;تشفير %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;اختر كلمة مرور. بعد التشفير، لا يستطيع أحد بدونها قراءة أسماء العملاء أو عناوينهم أو وضع الهجرة أو ملفات الأدلة أو أي شيء آخر في قاعدة البيانات هذه، حتى لو كان قرص هذا الحاسوب بين يديه. تكتبها في كل مرة يبدأ فيها TrustDesk.&lt;/p&gt;&lt;p&gt;تُنشأ نسخة مشفّرة بجانب قاعدة البيانات وتُطابَق معها؛ وبعد ذلك فقط تحلّ محل الأصل، وتُحذف الملفات غير المشفّرة. إذا نُسيت كلمة المرور، فالطريقة الوحيدة للدخول هي مفتاح الاسترداد الذي يُعرض قبل التبديل.&lt;/p&gt;&lt;p&gt;قد تبقى الملفات المحذوفة في المساحة الفارغة من القرص: تشفير القرص الكامل لهذا الحاسوب هو ما يزيل هذا الأثر الأخير.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>أعِد كتابتها (&amp;R):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>أعِد كتابة كلمة المرور</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>تشفير (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>جارٍ فحص قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Encrypting the cases…</source>
        <translation>جارٍ تشفير القضايا…</translation>
    </message>
    <message>
        <source>Comparing the encrypted copy with the original…</source>
        <translation>جارٍ مقارنة النسخة المشفّرة بالأصل…</translation>
    </message>
    <message>
        <source>Encrypting the evidence files…</source>
        <translation>جارٍ تشفير ملفات الأدلة…</translation>
    </message>
    <message>
        <source>Putting the encrypted database in place…</source>
        <translation>جارٍ وضع قاعدة البيانات المشفّرة في مكانها…</translation>
    </message>
    <message>
        <source>The encrypted copy is ready and checked. This is its recovery key, shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase. The encrypted copy takes the original&apos;s place when you continue.</source>
        <translation>النسخة المشفّرة جاهزة وتم فحصها. هذا مفتاح الاسترداد الخاص بها، ويُعرض هذه المرة فقط. اكتبه أو اطبعه، واحفظه في مكان آمن بعيدًا عن هذا الحاسوب. فهو يفتح قاعدة البيانات إذا نُسيت كلمة المرور، فاحرسه كما تحرس كلمة المرور. تحلّ النسخة المشفّرة محل الأصل عندما تتابع.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>حفظ كملف (&amp;S)…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>لقد كتبته أو حفظته في مكان آمن (&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>متابعة (&amp;O)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceDetailsDialog</name>
    <message>
        <source>Evidence Details</source>
        <translation>تفاصيل الدليل</translation>
    </message>
    <message>
        <source>Correct what was recorded about this file. The file itself never changes, and the correction is kept in its chain of custody.</source>
        <translation>صحِّح ما سُجِّل عن هذا الملف. الملف نفسه لا يتغير أبدًا، ويُحفَظ التصحيح في سلسلة حيازته.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>غير معروف (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الوصف (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>المصدر (&amp;S):</translation>
    </message>
    <message>
        <source>Date ca&amp;ptured:</source>
        <translation>تاريخ الالتقاط (&amp;P):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 بايت)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>The date captured is in the future. Pick a date and time that have passed, or tick Unknown.</source>
        <translation>تاريخ الالتقاط في المستقبل. اختر تاريخًا ووقتًا قد مضيا، أو حدِّد «غير معروف».</translation>
    </message>
    <message>
        <source>The details were not saved. %1</source>
        <translation>لم تُحفظ التفاصيل. %1</translation>
    </message>
    <message>
        <source>The office&apos;s time zone (Preferences)</source>
        <translation>المنطقة الزمنية للمكتب (التفضيلات)</translation>
    </message>
    <message>
        <source>Where this time comes from: %1</source>
        <translation>مصدر هذا الوقت: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePanel</name>
    <message>
        <source>Select an item to see its details and chain of custody.</source>
        <translation>اختر عنصرًا لعرض تفاصيله وسلسلة حيازته.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>أُضيف في %1 بواسطة %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Only the details were imported; the file is not in the evidence store.</source>
        <translation>استُوردت التفاصيل فقط؛ الملف غير موجود في مخزن الأدلة.</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(لم يُقرأ)</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>لا توجد ملفات للإرفاق…</numerusform>
            <numerusform>جارٍ إرفاق ملف واحد…</numerusform>
            <numerusform>جارٍ إرفاق ملفين…</numerusform>
            <numerusform>جارٍ إرفاق %n ملفات…</numerusform>
            <numerusform>جارٍ إرفاق %n ملفًا…</numerusform>
            <numerusform>جارٍ إرفاق %n ملف…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying every evidence file…</source>
        <translation>جارٍ التحقق من كل ملفات الأدلة…</translation>
    </message>
    <message>
        <source>Checking the file before opening it…</source>
        <translation>جارٍ فحص الملف قبل فتحه…</translation>
    </message>
    <message>
        <source>Nothing was removed: give a reason for removing evidence.</source>
        <translation>لم تُزَل أي أدلة: اذكر سبب إزالة الدليل.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; the reason is kept in the chain of custody.</source>
        <translation>أُزيل «%1»؛ يبقى السبب في سلسلة الحيازة.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Canceled: nothing half-done was kept.</source>
        <translation>أُلغي: لم يُحتفظ بأي شيء غير مكتمل.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of case %1 (%n item(s))</source>
        <translation>
            <numerusform>أدلة القضية %1 (لا عناصر)</numerusform>
            <numerusform>أدلة القضية %1 (عنصر واحد)</numerusform>
            <numerusform>أدلة القضية %1 (عنصران)</numerusform>
            <numerusform>أدلة القضية %1 (%n عناصر)</numerusform>
            <numerusform>أدلة القضية %1 (%n عنصرًا)</numerusform>
            <numerusform>أدلة القضية %1 (%n عنصر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>إرفاق ملفات…</translation>
    </message>
    <message>
        <source>Copy files into the evidence store; you can also drop files here.</source>
        <translation>نسخ الملفات إلى مخزن الأدلة؛ يمكنك أيضًا إفلات الملفات هنا.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Verify All</source>
        <translation>التحقق من الكل</translation>
    </message>
    <message>
        <source>Re-hash every evidence file and report any that changed, are missing or unexpected.</source>
        <translation>إعادة حساب قيمة التجزئة لكل ملف دليل والإبلاغ عن أي ملف تغيَّر أو فُقد أو كان غير متوقع.</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>سلسلة الحيازة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>SHA-256 at that moment</source>
        <translation>SHA-256 في تلك اللحظة</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>The item is no longer on this case; it may have been removed in another window.</source>
        <translation>لم يعد العنصر في هذه القضية؛ ربما أُزيل في نافذة أخرى.</translation>
    </message>
    <message>
        <source>Saved the details of &quot;%1&quot;; the edit is recorded in the chain of custody.</source>
        <translation>حُفظت تفاصيل «%1»؛ ويُسجَّل التعديل في سلسلة الحيازة.</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>تحرير التفاصيل…</translation>
    </message>
    <message>
        <source>Correct the description, source or date captured (F2).</source>
        <translation>تصحيح الوصف أو المصدر أو تاريخ الالتقاط (F2).</translation>
    </message>
    <message>
        <source>The same redacted copy is already item %1.</source>
        <translation>النسخة المحجوبة نفسها موجودة بالفعل كالعنصر %1.</translation>
    </message>
    <message>
        <source>Saved the redacted copy as item %1; the original is unchanged.</source>
        <translation>حُفظت النسخة المحجوبة كالعنصر %1؛ الأصل لم يتغيّر.</translation>
    </message>
    <message>
        <source>Checking the file before redacting it…</source>
        <translation>جارٍ فحص الملف قبل الحجب…</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>حجب…</translation>
    </message>
    <message>
        <source>Make a copy of this image with faces, plates or other details covered; the original is kept unchanged.</source>
        <translation>إنشاء نسخة من هذه الصورة مع تغطية الوجوه أو لوحات السيارات أو تفاصيل أخرى؛ يبقى الأصل دون تغيير.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePreviewDialog</name>
    <message>
        <source>Evidence: %1</source>
        <translation>دليل: %1</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Audio and video are not played inside TrustDesk. Use Open with System Player.</source>
        <translation>لا يُشغَّل الصوت والفيديو داخل TrustDesk. استخدم «فتح بمشغّل النظام».</translation>
    </message>
    <message>
        <source>TrustDesk cannot show this kind of file. Use Open with System Viewer.</source>
        <translation>لا يستطيع TrustDesk عرض هذا النوع من الملفات. استخدم «فتح بعارض النظام».</translation>
    </message>
    <message>
        <source>Open with System Player</source>
        <translation>فتح بمشغّل النظام</translation>
    </message>
    <message>
        <source>Open with System Viewer</source>
        <translation>فتح بعارض النظام</translation>
    </message>
    <message>
        <source>Hand the checked file to the system&apos;s own viewer or player.</source>
        <translation>تسليم الملف الذي تم فحصه إلى العارض أو المشغّل الخاص بالنظام.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>الاسم: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>الحجم: %1 (%2 بايت)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>This image could not be shown: it may be damaged, in a format TrustDesk cannot read, or too large to decode safely.</source>
        <translation>تعذّر عرض هذه الصورة: قد تكون تالفة، أو بتنسيق لا يستطيع TrustDesk قراءته، أو أكبر من أن يُفكّ ترميزها بأمان.</translation>
    </message>
    <message>
        <source>Only the first %1 are shown. Open with System Viewer to see all of it.</source>
        <translation>يُعرض أول %1 فقط. استخدم «فتح بعارض النظام» لرؤيته كاملًا.</translation>
    </message>
    <message>
        <source>The PDF renderer could not be started. Use Open with System Viewer.</source>
        <translation>تعذّر تشغيل برنامج رسم صفحات PDF. استخدم «فتح بعارض النظام».</translation>
    </message>
    <message numerus="yes">
        <source>Showing this PDF took longer than %n second(s) and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</source>
        <translation>
            <numerusform>استغرق عرض ملف PDF هذا أكثر من %n ثانية فأُوقف. قد يكون تالفًا أو مصنوعًا لإرهاق العارض؛ استخدم «فتح بعارض النظام» إذا كنت تثق به.</numerusform>
            <numerusform>استغرق عرض ملف PDF هذا أكثر من ثانية واحدة فأُوقف. قد يكون تالفًا أو مصنوعًا لإرهاق العارض؛ استخدم «فتح بعارض النظام» إذا كنت تثق به.</numerusform>
            <numerusform>استغرق عرض ملف PDF هذا أكثر من ثانيتين فأُوقف. قد يكون تالفًا أو مصنوعًا لإرهاق العارض؛ استخدم «فتح بعارض النظام» إذا كنت تثق به.</numerusform>
            <numerusform>استغرق عرض ملف PDF هذا أكثر من %n ثوانٍ فأُوقف. قد يكون تالفًا أو مصنوعًا لإرهاق العارض؛ استخدم «فتح بعارض النظام» إذا كنت تثق به.</numerusform>
            <numerusform>استغرق عرض ملف PDF هذا أكثر من %n ثانية فأُوقف. قد يكون تالفًا أو مصنوعًا لإرهاق العارض؛ استخدم «فتح بعارض النظام» إذا كنت تثق به.</numerusform>
            <numerusform>استغرق عرض ملف PDF هذا أكثر من %n ثانية فأُوقف. قد يكون تالفًا أو مصنوعًا لإرهاق العارض؛ استخدم «فتح بعارض النظام» إذا كنت تثق به.</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF could not be shown: it may be damaged, not really a PDF, or need more memory than a preview may use. Use Open with System Viewer if you trust it.</source>
        <translation>تعذّر عرض ملف PDF هذا: قد يكون تالفًا، أو ليس ملف PDF حقًا، أو يحتاج إلى ذاكرة أكثر مما يُسمح للمعاينة باستخدامه. استخدم «فتح بعارض النظام» إذا كنت تثق به.</translation>
    </message>
    <message>
        <source>This PDF could not be shown: it has no pages TrustDesk can read. Use Open with System Viewer if you trust it.</source>
        <translation>تعذّر عرض ملف PDF هذا: لا يحتوي على صفحات يستطيع TrustDesk قراءتها. استخدم «فتح بعارض النظام» إذا كنت تثق به.</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be shown.</source>
        <translation>تعذّر عرض الصفحة %1 من ملف PDF هذا.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>This database is encrypted, so its evidence is never written out decrypted. Export the case&apos;s evidence to a folder to open it in another program.</source>
        <translation>قاعدة البيانات هذه مشفّرة، لذا لا تُكتب أدلتها خارجها مفكوكة التشفير أبدًا. صدّر أدلة القضية إلى مجلد لفتحها في برنامج آخر.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because poppler&apos;s pdftoppm and pdfinfo are not installed (package poppler-utils). Export the file to open it in another program.</source>
        <translation>لا يمكن عرض صفحات PDF هنا لأن pdftoppm وpdfinfo من poppler غير مثبّتين (الحزمة poppler-utils). صدّر الملف لفتحه في برنامج آخر.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely: bubblewrap (package bubblewrap) is needed to keep the file away from your other files.</source>
        <translation>لا يمكن عرض صفحات PDF هنا لأنه لا يمكن فتح ملف PDF بأمان: يلزم bubblewrap (الحزمة bubblewrap) لإبقاء الملف بعيدًا عن ملفاتك الأخرى.</translation>
    </message>
    <message>
        <source>This PDF is too large to be shown here. Export it to open it in another program.</source>
        <translation>ملف PDF هذا كبير جدًا لعرضه هنا. صدّره لفتحه في برنامج آخر.</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because the PDF cannot be opened safely.</source>
        <translation>لا يمكن عرض صفحات PDF هنا لأنه لا يمكن فتح ملف PDF بأمان.</translation>
    </message>
    <message>
        <source>Evidence on the office server is encrypted with the office key and is never written out decrypted on this computer. Export it (trustdesk-cli evidence-export) to open it in another program.</source>
        <translation>الأدلة على خادم المكتب مشفّرة بمفتاح المكتب ولا تُكتب أبدًا مفكوكة التشفير على هذا الحاسوب. صدّرها (trustdesk-cli evidence-export) لفتحها في برنامج آخر.</translation>
    </message>
</context>
<context>
    <name>td::ui::EvidenceThumbnailProxy</name>
    <message>
        <source>The evidence on this office server is encrypted with the office key, which is not unlocked: it cannot be shown, attached or redacted here. Connect again (File › Connect to Office Server…) and give your office key passphrase to open it.</source>
        <translation>الأدلة على خادم المكتب هذا مشفّرة بمفتاح المكتب، وهو غير مفتوح: لا يمكن عرضها أو إرفاقها أو حجب أجزاء منها هنا. اتصل مجددًا (ملف › الاتصال بخادم المكتب…) وأدخل كلمة مرور مفتاح المكتب الخاصة بك لفتحها.</translation>
    </message>
</context>
<context>
    <name>td::ui::FollowUpsDock</name>
    <message>
        <source>Follow-ups due</source>
        <translation>المتابعات المستحقة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>متأخرة (%1)</translation>
    </message>
    <message>
        <source>Due within a week (%1)</source>
        <translation>مستحقة خلال أسبوع (%1)</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>لا شيء متأخر أو مستحق هذا الأسبوع.</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleList</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>السياسة</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>المخالفات</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>أسئلة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>The law</source>
        <translation>القانون</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceArticleView</name>
    <message>
        <source>Source %1: %2
%3</source>
        <translation>المصدر %1: %2
%3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>الانتقال إلى «%1»</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceBrowser</name>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Load Guidance Folder…</source>
        <translation>تحميل مجلد إرشادات (&amp;L)…</translation>
    </message>
    <message>
        <source>Read a guidance pack your office keeps in a folder</source>
        <translation>قراءة حزمة إرشادات يحتفظ بها مكتبك في مجلد</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Guidance</source>
        <translation>استخدام الإرشادات المضمَّنة (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة (&amp;P)…</translation>
    </message>
    <message>
        <source>Print this article as a handout in the language shown</source>
        <translation>طباعة هذه المقالة كنشرة باللغة المعروضة</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ بصيغة PDF (&amp;S)…</translation>
    </message>
    <message>
        <source>Save this article as a PDF handout in the language shown</source>
        <translation>حفظ هذه المقالة كنشرة PDF باللغة المعروضة</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>تقدُّم (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>جنبًا إلى جنب (&amp;S)</translation>
    </message>
    <message>
        <source>Show the article in two languages at once</source>
        <translation>عرض المقالة بلغتين في الوقت نفسه</translation>
    </message>
    <message>
        <source>&amp;Search Guidance</source>
        <translation>بحث في الإرشادات (&amp;S)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>Rights Guidance — TrustDesk</source>
        <translation>دليل الحقوق — TrustDesk</translation>
    </message>
    <message>
        <source>Rights Guidance: %1 — TrustDesk</source>
        <translation>دليل الحقوق: %1 — TrustDesk</translation>
    </message>
    <message>
        <source>%1 · version %2 · last reviewed %3</source>
        <translation>%1 · الإصدار %2 · آخر مراجعة %3</translation>
    </message>
    <message>
        <source>Built-in guidance</source>
        <translation>الإرشادات المضمَّنة</translation>
    </message>
    <message>
        <source>Rights Guidance</source>
        <translation>دليل الحقوق</translation>
    </message>
    <message>
        <source>The guidance in %1 cannot be used, so the guidance already open stays in use.

%2</source>
        <translation>لا يمكن استخدام الإرشادات الموجودة في %1، لذا تبقى الإرشادات المفتوحة حاليًا قيد الاستخدام.

%2</translation>
    </message>
    <message>
        <source>Loaded guidance from %1</source>
        <translation>حُمِّلت الإرشادات من %1</translation>
    </message>
    <message>
        <source>Load Guidance Folder</source>
        <translation>تحميل مجلد إرشادات</translation>
    </message>
    <message>
        <source>Category code: %1</source>
        <translation>رمز الفئة: %1</translation>
    </message>
    <message>
        <source>Category codes: %1</source>
        <translation>رموز الفئات: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>المصدر %1: %2</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Nothing about the case is sent.</source>
        <translation>هل تريد فتح هذا العنوان في متصفح الويب؟ لن يُرسَل أي شيء عن القضية.</translation>
    </message>
    <message>
        <source>Open Source</source>
        <translation>فتح المصدر</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <translation>[%1] %2 — %3</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>الانتقال إلى «%1»</translation>
    </message>
    <message>
        <source>Print Guidance Handout</source>
        <translation>طباعة نشرة الإرشادات</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Installed guidance update</source>
        <translation>تحديث الإرشادات المثبّت</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidancePane</name>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original text, in the language the guidance was written in.</source>
        <translation>النص الأصلي، باللغة التي كُتبت بها الإرشادات.</translation>
    </message>
    <message>
        <source>Translation reviewed by a native speaker.</source>
        <translation>ترجمة راجعها متحدث أصلي باللغة.</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet reviewed by a native speaker.</source>
        <translation>ترجمة بمساعدة الآلة، لم يراجعها متحدث أصلي بعد.</translation>
    </message>
    <message>
        <source>The %1 text is authoritative.</source>
        <translation>النص باللغة %1 هو المعتمد.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Sources last checked: %1</source>
        <translation>آخر مراجعة للمصادر: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceSearchPanel</name>
    <message>
        <source>Search the guidance…</source>
        <translation>ابحث في الإرشادات…</translation>
    </message>
    <message>
        <source>&amp;All languages</source>
        <translation>كل اللغات (&amp;A)</translation>
    </message>
    <message>
        <source>Search every translation instead of only the language shown</source>
        <translation>البحث في كل الترجمات بدلًا من اللغة المعروضة فقط</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>لا توجد نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::IncidentForm</name>
    <message>
        <source>Read the rights guidance</source>
        <translation>قراءة دليل الحقوق</translation>
    </message>
    <message>
        <source>Street address, intersection or landmark</source>
        <translation>عنوان الشارع أو التقاطع أو معلم معروف</translation>
    </message>
    <message>
        <source>e.g. Boston Police Department</source>
        <translation>مثال: إدارة شرطة بوسطن</translation>
    </message>
    <message>
        <source>What happened, in the client&apos;s words, in order.</source>
        <translation>ماذا حدث، بكلمات العميل، وبالترتيب.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Rights guidance: %1</source>
        <translation>إرشادات الحقوق: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::LockScreen</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>كلمة المرور هذه غير صحيحة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>TrustDesk is locked</source>
        <translation>TrustDesk مقفل</translation>
    </message>
    <message>
        <source>Case data is hidden while you are away. Enter the app passphrase to continue.</source>
        <translation>تُخفى بيانات القضايا أثناء غيابك. أدخل كلمة مرور التطبيق للمتابعة.</translation>
    </message>
    <message>
        <source>App passphrase</source>
        <translation>كلمة مرور التطبيق</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>أدخل مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>كلمة المرور هذه غير صحيحة.</translation>
    </message>
    <message numerus="yes">
        <source>%1 You can try again in %n second(s).</source>
        <translation>
            <numerusform>%1 يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>%1 يمكنك المحاولة مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>%1 يمكنك المحاولة مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>%1 يمكنك المحاولة مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>%1 يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>%1 يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Try again.</source>
        <translation>%1 حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the database %1 was made: 13 groups of four letters and digits.</source>
        <translation>اكتب مفتاح الاسترداد الذي دوّنته عند إنشاء قاعدة البيانات %1: ‏13 مجموعة من أربعة أحرف وأرقام.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>قاعدة البيانات %1 مشفّرة. أدخل كلمة مرورها لفتحها.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>استخدم كلمة المرور بدلًا من ذلك (&amp;P)</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key</source>
        <translation>نسيت كلمة المرور؟ استخدم مفتاح الاسترداد (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>فتح القفل (&amp;U)</translation>
    </message>
    <message>
        <source>No passphrase protects this database: it is closed, but anyone at this computer could open it again. Set an app passphrase now to continue; better still, encrypt the database afterwards (Encrypt… in the banner) so its file cannot be read without you.</source>
        <translation>لا تحمي كلمة مرور قاعدة البيانات هذه: إنها مغلقة، لكن أي شخص على هذا الحاسوب يمكنه فتحها مجددًا. عيّن كلمة مرور للتطبيق الآن للمتابعة؛ والأفضل من ذلك أن تشفّر قاعدة البيانات بعدها (تشفير… في الشريط) حتى لا يمكن قراءة ملفها بدونك.</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>تعيين كلمة مرور (&amp;S)…</translation>
    </message>
    <message>
        <source>Enter your passphrase for the office key.</source>
        <translation>أدخل كلمة مرورك لمفتاح المكتب.</translation>
    </message>
    <message>
        <source>That passphrase does not open the office key.</source>
        <translation>كلمة المرور هذه لا تفتح مفتاح المكتب.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was opened; you can try again.</source>
        <translation>توقّف. لم يُفتح شيء؛ يمكنك المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Connecting to the office server and unlocking the office key…</source>
        <translation>جارٍ الاتصال بخادم المكتب وفتح مفتاح المكتب…</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>جارٍ الاتصال بخادم المكتب…</translation>
    </message>
    <message>
        <source>Case data on the office server (database %1) is hidden while you are away. Enter your passphrase for the office key (login %2) to continue.</source>
        <translation>تُخفى بيانات القضايا على خادم المكتب (قاعدة البيانات %1) أثناء غيابك. أدخل كلمة مرورك لمفتاح المكتب (الحساب %2) للمتابعة.</translation>
    </message>
    <message>
        <source>Office key passphrase</source>
        <translation>كلمة مرور مفتاح المكتب</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>كلمة سر الخادم</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>كلمة السر لخادم المكتب</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
    <message>
        <source>The office server did not let you in without a password. Enter your server password as well, then try again.</source>
        <translation>لم يسمح لك خادم المكتب بالدخول دون كلمة سر. أدخل كلمة سر الخادم أيضًا، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>فتح قاعدة بيانات (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find Cases</source>
        <translation>بحث عن قضايا (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>حول TrustDesk (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول Qt (&amp;Q)</translation>
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
        <translation>%1 موجود بالفعل. اختر اسم ملف جديدًا حتى لا يُستبدل أي ملف موجود.</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>حول TrustDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Case management for legal-aid caseworkers who help immigrants document police misconduct and file complaints.&lt;/p&gt;&lt;p&gt;Cases stay on this computer, in an owner-only database. Sensitive facts such as immigration status are withheld from everything that leaves the app unless you deliberately include them.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;إدارة القضايا لموظفي المساعدة القانونية الذين يساعدون المهاجرين على توثيق سوء سلوك الشرطة وتقديم الشكاوى.&lt;/p&gt;&lt;p&gt;تبقى القضايا على هذا الحاسوب، في قاعدة بيانات لا يصل إليها إلا مالكها. المعلومات الحساسة مثل وضع الهجرة محجوبة عن كل ما يخرج من التطبيق، إلا إذا أدرجتها عن قصد.&lt;/p&gt;&lt;p&gt;قاعدة البيانات: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching case(s)</source>
        <translation>
            <numerusform>لا توجد قضايا مطابقة</numerusform>
            <numerusform>قضية واحدة مطابقة</numerusform>
            <numerusform>قضيتان مطابقتان</numerusform>
            <numerusform>%Ln قضايا مطابقة</numerusform>
            <numerusform>%Ln قضية مطابقة</numerusform>
            <numerusform>%Ln قضية مطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>لا توجد قضايا</numerusform>
            <numerusform>قضية واحدة</numerusform>
            <numerusform>قضيتان</numerusform>
            <numerusform>%Ln قضايا</numerusform>
            <numerusform>%Ln قضية</numerusform>
            <numerusform>%Ln قضية</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التفضيلات (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Rights Guidance</source>
        <translation>دليل الحقوق (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>الأمان (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>قفل الآن (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>سجل التدقيق (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>نسخ احتياطي (&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>استعادة من نسخة احتياطية (&amp;T)…</translation>
    </message>
    <message>
        <source>Your &amp;Office and Profile…</source>
        <translation>مكتبك وملفك الشخصي (&amp;O)…</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>قفل الآن</translation>
    </message>
    <message>
        <source>No passphrase protects this window, so anyone could unlock it with one click. Set an app passphrase now to lock it?</source>
        <translation>لا تحمي كلمة مرور هذه النافذة، لذا يمكن لأي شخص فتح قفلها بنقرة واحدة. هل تريد تعيين كلمة مرور للتطبيق الآن لقفلها؟</translation>
    </message>
    <message>
        <source>&amp;Set a Passphrase…</source>
        <translation>تعيين كلمة مرور (&amp;S)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The window was not locked: without a passphrase, anyone could unlock it. Set one in Edit › Security, or encrypt the database (Encrypt… in the banner) so its own passphrase locks it.</source>
        <translation>لم تُقفل النافذة: بدون كلمة مرور، يمكن لأي شخص فتح قفلها. عيّن كلمة مرور من تحرير › الأمان، أو شفّر قاعدة البيانات (تشفير… في الشريط) لتقفلها كلمة مرورها.</translation>
    </message>
    <message>
        <source>New D&amp;atabase…</source>
        <translation>قاعدة بيانات جديدة (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>الضباط (&amp;O)…</translation>
    </message>
    <message>
        <source>E&amp;xport Case List…</source>
        <translation>تصدير قائمة القضايا (&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>الإحصاءات (&amp;S)…</translation>
    </message>
    <message>
        <source>Connect to Office Ser&amp;ver…</source>
        <translation>الاتصال بخادم المكتب (&amp;V)…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1 on %2 — TrustDesk</source>
        <translation>%1 على %2 — TrustDesk</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>تشفير</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln matching case(s)</source>
        <translation>
            <numerusform>أكثر من %Ln قضية مطابقة</numerusform>
            <numerusform>أكثر من قضية واحدة مطابقة</numerusform>
            <numerusform>أكثر من قضيتين مطابقتين</numerusform>
            <numerusform>أكثر من %Ln قضايا مطابقة</numerusform>
            <numerusform>أكثر من %Ln قضية مطابقة</numerusform>
            <numerusform>أكثر من %Ln قضية مطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln case(s)</source>
        <translation>
            <numerusform>أكثر من %Ln قضية</numerusform>
            <numerusform>أكثر من قضية واحدة</numerusform>
            <numerusform>أكثر من قضيتين</numerusform>
            <numerusform>أكثر من %Ln قضايا</numerusform>
            <numerusform>أكثر من %Ln قضية</numerusform>
            <numerusform>أكثر من %Ln قضية</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works on a database file on this computer. An office server&apos;s data is protected by its logins and TLS, and its evidence is encrypted with the office key (see the office mode guide).</source>
        <translation>يعمل %1 على ملف قاعدة بيانات على هذا الحاسوب. بيانات خادم المكتب محمية بحسابات الدخول إليه وبـ TLS، وأدلته مشفّرة بمفتاح المكتب (انظر دليل وضع المكتب).</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>أُلغي الاتصال.</translation>
    </message>
    <message>
        <source>Res&amp;tore Office Backup…</source>
        <translation>استعادة نسخة احتياطية للمكتب (&amp;T)…</translation>
    </message>
    <message>
        <source>Restores an office backup into a new, empty office database on the server (office admins only); the database open now is not changed.</source>
        <translation>يستعيد نسخة احتياطية للمكتب إلى قاعدة بيانات مكتب جديدة وفارغة على الخادم (لمسؤولي النظام في المكتب فقط)؛ ولا تتغيّر قاعدة البيانات المفتوحة الآن.</translation>
    </message>
    <message>
        <source>Replaces the cases in this database with those of a backup.</source>
        <translation>يستبدل القضايا في قاعدة البيانات هذه بقضايا نسخة احتياطية.</translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerHint</name>
    <message numerus="yes">
        <source>This officer appears in %n other case(s): %1</source>
        <translation>
            <numerusform>لا يظهر هذا الضابط في أي قضية أخرى: %1</numerusform>
            <numerusform>يظهر هذا الضابط في قضية أخرى واحدة: %1</numerusform>
            <numerusform>يظهر هذا الضابط في قضيتين أخريين: %1</numerusform>
            <numerusform>يظهر هذا الضابط في %n قضايا أخرى: %1</numerusform>
            <numerusform>يظهر هذا الضابط في %n قضية أخرى: %1</numerusform>
            <numerusform>يظهر هذا الضابط في %n قضية أخرى: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerRosterDialog</name>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>لا يوجد ضباط.</numerusform>
            <numerusform>ضابط واحد.</numerusform>
            <numerusform>ضابطان.</numerusform>
            <numerusform>%n ضباط.</numerusform>
            <numerusform>%n ضابطًا.</numerusform>
            <numerusform>%n ضابط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of badge %1 (%2):</source>
        <translation>قضايا الشارة %1 (%2):</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>الجهة غير معروفة</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this officer.</source>
        <translation>
            <numerusform>لا توجد قضايا لهذا الضابط.</numerusform>
            <numerusform>قضية واحدة لهذا الضابط.</numerusform>
            <numerusform>قضيتان لهذا الضابط.</numerusform>
            <numerusform>%n قضايا لهذا الضابط.</numerusform>
            <numerusform>%n قضية لهذا الضابط.</numerusform>
            <numerusform>%n قضية لهذا الضابط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>الضباط</translation>
    </message>
    <message>
        <source>Officers recognized across cases by badge number and agency. Spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros in a badge number are ignored; a record without an agency is listed on its own.</source>
        <translation>الضباط الذين يُتعرَّف عليهم عبر القضايا برقم الشارة والجهة. تُتجاهل المسافات و«#» و«No.» والأصفار البادئة في رقم الشارة؛ ويُعرض السجل الذي لا جهة له وحده.</translation>
    </message>
    <message>
        <source>In at least this many &amp;incidents:</source>
        <translation>في هذا العدد من الحوادث على الأقل (&amp;I):</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>أول حادثة</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>آخر حادثة</translation>
    </message>
    <message>
        <source>Press Enter on an officer to list their cases.</source>
        <translation>اضغط Enter على ضابط لعرض قضاياه.</translation>
    </message>
    <message>
        <source>Reading the officers…</source>
        <translation>جارٍ قراءة بيانات الضباط…</translation>
    </message>
    <message>
        <source>Reading the cases of this officer…</source>
        <translation>جارٍ قراءة قضايا هذا الضابط…</translation>
    </message>
</context>
<context>
    <name>td::ui::PlaintextBanner</name>
    <message>
        <source>This database is not encrypted. Anyone who gets hold of this computer or a copy of the file can read every case.</source>
        <translation>قاعدة البيانات هذه غير مشفّرة. يستطيع أي شخص يحصل على هذا الحاسوب أو على نسخة من الملف قراءة كل القضايا.</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>قاعدة البيانات غير مشفّرة</translation>
    </message>
    <message>
        <source>E&amp;ncrypt…</source>
        <translation>تشفير (&amp;N)…</translation>
    </message>
</context>
<context>
    <name>td::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>افتراضي النظام (%1)</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Case records stay in the language they were written in.</source>
        <translation>لغة القوائم والأزرار والرسائل. تبقى سجلات القضايا باللغة التي كُتبت بها.</translation>
    </message>
    <message>
        <source>The new language applies at once. Dates and numbers follow it.</source>
        <translation>تُطبَّق اللغة الجديدة فورًا. وتتبعها التواريخ والأرقام أيضًا.</translation>
    </message>
    <message>
        <source>&amp;Recorded as:</source>
        <translation>مسجَّل باسم (&amp;R):</translation>
    </message>
    <message>
        <source>Set the caseworker profile…</source>
        <translation>ضبط ملف مسؤول القضية…</translation>
    </message>
    <message>
        <source>The name and role that the audit log and the chain of custody record for what you do. Click to change them.</source>
        <translation>الاسم والدور اللذان يسجّلهما سجل التدقيق وسلسلة الحيازة لما تقوم به. انقر لتغييرهما.</translation>
    </message>
</context>
<context>
    <name>td::ui::RecoveryKeyActions</name>
    <message>
        <source>At least %n characters.</source>
        <translation>%n حرف على الأقل.</translation>
    </message>
    <message>
        <source>Strength: weak. Four or five unrelated words are much harder to guess and easier to remember.</source>
        <translation>القوة: ضعيفة. أربع أو خمس كلمات غير مترابطة أصعب بكثير في التخمين وأسهل في التذكّر.</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>القوة: متوسطة. بضع كلمات إضافية تجعلها أصعب بكثير في التخمين.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>القوة: قوية.</translation>
    </message>
    <message>
        <source>TrustDesk recovery key</source>
        <translation>مفتاح استرداد TrustDesk</translation>
    </message>
    <message>
        <source>Keep this page locked away, apart from the computer. Anyone who has it and the database can read every case.</source>
        <translation>احفظ هذه الصفحة في مكان مقفل، بعيدًا عن الحاسوب. أي شخص لديه هذه الصفحة وقاعدة البيانات يمكنه قراءة كل القضايا.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else so it does not stay on the clipboard.</source>
        <translation>نُسخ. الصقه حيث تحفظه بأمان، ثم انسخ شيئًا آخر حتى لا يبقى في الحافظة.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>حفظ مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>The recovery key could not be saved: %1</source>
        <translation>تعذّر حفظ مفتاح الاسترداد: %1</translation>
    </message>
    <message>
        <source>TrustDesk recovery key for %1
%2
</source>
        <translation>مفتاح استرداد TrustDesk لـ %1
%2
</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick kept locked away): beside the database it protects nothing.</source>
        <translation>حُفظ في %1. انقله خارج هذا الحاسوب (إلى ذاكرة USB محفوظة في مكان مقفل): فبجانب قاعدة البيانات لا يحمي شيئًا.</translation>
    </message>
</context>
<context>
    <name>td::ui::RedactDialog</name>
    <message>
        <source>Looking for faces…</source>
        <translation>جارٍ البحث عن الوجوه…</translation>
    </message>
    <message>
        <source>No face was suggested. Detection misses faces: look at the whole image.</source>
        <translation>لم يُقترح أي وجه. الكشف قد يفوّت وجوهًا: انظر إلى الصورة كاملة.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested (dashed yellow): accept each with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</source>
        <translation>
            <numerusform>لم يُقترح أي وجه (%n). الكشف قد يفوّت وجوهًا: افحص الصورة كاملة.</numerusform>
            <numerusform>اقتُرح وجه واحد (خط أصفر متقطّع): اقبله بنقرة مزدوجة أو بمفتاح Enter، أو حرّكه أو احذفه. الكشف قد يفوّت وجوهًا: افحص الصورة كاملة.</numerusform>
            <numerusform>اقتُرح وجهان (خط أصفر متقطّع): اقبل كلًّا منهما بنقرة مزدوجة أو بمفتاح Enter، أو حرّكه أو احذفه. الكشف قد يفوّت وجوهًا: افحص الصورة كاملة.</numerusform>
            <numerusform>اقتُرحت %n وجوه (خط أصفر متقطّع): اقبل كلًّا منها بنقرة مزدوجة أو بمفتاح Enter، أو حرّكه أو احذفه. الكشف قد يفوّت وجوهًا: افحص الصورة كاملة.</numerusform>
            <numerusform>اقتُرح %n وجهًا (خط أصفر متقطّع): اقبل كلًّا منها بنقرة مزدوجة أو بمفتاح Enter، أو حرّكه أو احذفه. الكشف قد يفوّت وجوهًا: افحص الصورة كاملة.</numerusform>
            <numerusform>اقتُرح %n وجه (خط أصفر متقطّع): اقبل كلًّا منها بنقرة مزدوجة أو بمفتاح Enter، أو حرّكه أو احذفه. الكشف قد يفوّت وجوهًا: افحص الصورة كاملة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw at least one box over what should be hidden.</source>
        <translation>ارسم مربعًا واحدًا على الأقل فوق ما يجب إخفاؤه.</translation>
    </message>
    <message>
        <source>Suggestions Not Accepted</source>
        <translation>لم تُقبل الاقتراحات</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested box(es) were not accepted and will not be covered.</source>
        <translation>
            <numerusform>لا توجد مربعات مقترحة غير مقبولة (%n).</numerusform>
            <numerusform>مربع مقترح واحد لم يُقبل ولن يُغطّى.</numerusform>
            <numerusform>مربعان مقترحان لم يُقبلا ولن يُغطّيا.</numerusform>
            <numerusform>%n مربعات مقترحة لم تُقبل ولن تُغطّى.</numerusform>
            <numerusform>%n مربعًا مقترحًا لم تُقبل ولن تُغطّى.</numerusform>
            <numerusform>%n مربع مقترح لم تُقبل ولن تُغطّى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them</source>
        <translation>مراجعتها</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>الحفظ بدونها</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover; %1 suggestion(s) to review.</source>
        <translation>
            <numerusform>لا مربعات للتغطية (%n)؛ اقتراحات للمراجعة: %1.</numerusform>
            <numerusform>مربع واحد للتغطية؛ اقتراحات للمراجعة: %1.</numerusform>
            <numerusform>مربعان للتغطية؛ اقتراحات للمراجعة: %1.</numerusform>
            <numerusform>%n مربعات للتغطية؛ اقتراحات للمراجعة: %1.</numerusform>
            <numerusform>%n مربعًا للتغطية؛ اقتراحات للمراجعة: %1.</numerusform>
            <numerusform>%n مربع للتغطية؛ اقتراحات للمراجعة: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover.</source>
        <translation>
            <numerusform>لا مربعات للتغطية (%n).</numerusform>
            <numerusform>مربع واحد للتغطية.</numerusform>
            <numerusform>مربعان للتغطية.</numerusform>
            <numerusform>%n مربعات للتغطية.</numerusform>
            <numerusform>%n مربعًا للتغطية.</numerusform>
            <numerusform>%n مربع للتغطية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redact %1</source>
        <translation>حجب %1</translation>
    </message>
    <message>
        <source>Drag on the image to cover faces, plates, badge numbers or addresses. Drag a box to move it; Delete removes the selected box. The copy is a new item: the original is kept unchanged.</source>
        <translation>اسحب على الصورة لتغطية الوجوه أو لوحات السيارات أو أرقام الشارات أو العناوين. اسحب مربعًا لتحريكه؛ ويزيل مفتاح Delete المربع المحدد. النسخة عنصر جديد: يبقى الأصل دون تغيير.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>الطريقة (&amp;M):</translation>
    </message>
    <message>
        <source>Fill (solid black)</source>
        <translation>ملء (أسود خالص)</translation>
    </message>
    <message>
        <source>Pixelate (coarse blocks)</source>
        <translation>تقطيع إلى بكسلات (كتل خشنة)</translation>
    </message>
    <message>
        <source>&amp;Suggest Faces</source>
        <translation>اقتراح الوجوه (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>قبول الاقتراح (&amp;A)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation>قبول كل الاقتراحات (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove Box</source>
        <translation>إزالة المربع (&amp;R)</translation>
    </message>
    <message>
        <source>Save Redacted &amp;Copy</source>
        <translation>حفظ النسخة المحجوبة (&amp;C)</translation>
    </message>
    <message>
        <source>Saving the redacted copy of %1…</source>
        <translation>جارٍ حفظ النسخة المحجوبة من %1…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>حجب</translation>
    </message>
    <message>
        <source>The redacted copy was not saved: %1 Your boxes are still here; you can try again.</source>
        <translation>لم تُحفظ النسخة المحجوبة: %1 مربعاتك لا تزال هنا؛ يمكنك المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>td::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>إزالة %1 %2</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>لا شيء بعد.</translation>
    </message>
</context>
<context>
    <name>td::ui::SecurityDialog</name>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>القفل بعد (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>كلمة المرور الجديدة (&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>تأكيدها (&amp;O)</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>The passphrase could not be stored; try again.</source>
        <translation>تعذّر حفظ كلمة المرور؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Lock when the &amp;computer locks, goes to sleep or starts its screen saver</source>
        <translation>القفل عند قفل الحاسوب أو دخوله وضع السكون أو بدء شاشة التوقف (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>تغيير كلمة المرور (&amp;H)…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until the database&apos;s passphrase or recovery key is entered again.</source>
        <translation>بعد المدة المختارة دون أي إدخال، يخفي TrustDesk كل بيانات القضايا حتى تُدخَل كلمة مرور قاعدة البيانات أو مفتاح الاسترداد مرة أخرى.</translation>
    </message>
    <message>
        <source>After the chosen time without input, TrustDesk hides all case data until it is unlocked. The passphrase itself is never stored, only a check value that cannot be turned back into it; leave the new fields empty to keep it.</source>
        <translation>بعد المدة المختارة دون أي إدخال، يخفي TrustDesk كل بيانات القضايا حتى يُفتح قفله. لا تُحفظ كلمة المرور نفسها أبدًا، بل قيمة تحقق فقط لا يمكن إرجاعها إلى كلمة المرور؛ اترك الحقول الجديدة فارغة للإبقاء عليها.</translation>
    </message>
    <message>
        <source>Passphrase Changed</source>
        <translation>تم تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>The new passphrase opens this database from now on. The recovery key still does.</source>
        <translation>من الآن تفتح كلمة المرور الجديدة قاعدة البيانات هذه. وما زال مفتاح الاسترداد يفتحها أيضًا.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>كلمة المرور الحالية (&amp;U)</translation>
    </message>
</context>
<context>
    <name>td::ui::SensitiveMask</name>
    <message>
        <source>Hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <source>Revealing cannot be recorded here.</source>
        <translation>لا يمكن تسجيل الكشف هنا.</translation>
    </message>
    <message>
        <source>Hidden. Reveal it with the button beside it (recorded in the audit log), or type a new value to replace it.</source>
        <translation>مخفي. اكشفه بالزر المجاور (يُسجَّل في سجل التدقيق)، أو اكتب قيمة جديدة لاستبداله.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>كشف</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>كشف %1</translation>
    </message>
    <message>
        <source>Show the stored %1 (recorded in the audit log)</source>
        <translation>إظهار %1 المخزّن (يُسجَّل في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Replaced by what you typed; clear the field to reveal the stored value instead.</source>
        <translation>استُبدل بما كتبته؛ امسح الحقل لكشف القيمة المخزّنة بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>td::ui::ServerLogin</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>جارٍ الاتصال بخادم المكتب…</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsChartView</name>
    <message>
        <source>Nothing to chart: no incident matches these filters.</source>
        <translation>لا شيء لرسمه: لا توجد حادثة تطابق عوامل التصفية هذه.</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsTableModel</name>
    <message>
        <source>Total (each counted once)</source>
        <translation>المجموع (كل منها يُعدّ مرة واحدة)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsWindow</name>
    <message>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى (&amp;T):</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>مسؤول القضية (&amp;W):</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>الحالة (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>الصفوف (&amp;R):</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>الأعمدة (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>ما يُعدّ (&amp;C):</translation>
    </message>
    <message>
        <source>First incident date counted; empty: from the first incident.</source>
        <translation>تاريخ أول حادثة تُعدّ؛ فارغ: من أول حادثة.</translation>
    </message>
    <message>
        <source>Last incident date counted; empty: up to the last incident.</source>
        <translation>تاريخ آخر حادثة تُعدّ؛ فارغ: حتى آخر حادثة.</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>كل مسؤولي القضايا</translation>
    </message>
    <message>
        <source>Tick the case statuses to count; none ticked counts every case.</source>
        <translation>حدّد حالات القضايا التي تُعدّ؛ إذا لم تحدّد شيئًا تُعدّ كل القضايا.</translation>
    </message>
    <message>
        <source>Export &amp;hides counts below:</source>
        <translation>التصدير يخفي الأعداد الأقل من (&amp;H):</translation>
    </message>
    <message>
        <source>Published figures hide every count from 1 to this number minus one, and further counts so the hidden ones cannot be worked out. 1 hides nothing.</source>
        <translation>تُخفي الأرقام المنشورة كل عدد من 1 إلى هذا الرقم ناقص واحد، وأعدادًا أخرى حتى لا يمكن استنتاج المخفية. القيمة 1 لا تخفي شيئًا.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير (&amp;E)…</translation>
    </message>
    <message>
        <source>Save these figures as CSV or PDF to publish, with small counts hidden. This window shows every count: it is for the office only.</source>
        <translation>احفظ هذه الأرقام بصيغة CSV أو PDF لنشرها، مع إخفاء الأعداد الصغيرة. تعرض هذه النافذة كل الأعداد: فهي للمكتب فقط.</translation>
    </message>
    <message>
        <source>Ca&amp;ses: click a bar or double-click a cell to list its cases.</source>
        <translation>القضايا (&amp;S): انقر على شريط أو انقر نقرًا مزدوجًا على خلية لعرض قضاياها.</translation>
    </message>
    <message>
        <source>The first date is after the last: nothing to count.</source>
        <translation>التاريخ الأول بعد التاريخ الأخير: لا شيء لعدّه.</translation>
    </message>
    <message>
        <source>Chart of %1 by %2</source>
        <translation>رسم بياني لـ %1 حسب %2</translation>
    </message>
    <message>
        <source>Raw counts, for the office only: %1 and %2.</source>
        <translation>أعداد غير مخفية، للمكتب فقط: %1 و%2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>لا توجد قضايا</numerusform>
            <numerusform>قضية واحدة</numerusform>
            <numerusform>قضيتان</numerusform>
            <numerusform>%Ln قضايا</numerusform>
            <numerusform>%Ln قضية</numerusform>
            <numerusform>%Ln قضية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>لا توجد حوادث</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتان</numerusform>
            <numerusform>%Ln حوادث</numerusform>
            <numerusform>%Ln حادثة</numerusform>
            <numerusform>%Ln حادثة</numerusform>
        </translation>
    </message>
    <message>
        <source>A case or incident can fall in several rows or columns, so the totals count each once and are less than the sum of the cells.</source>
        <translation>قد تقع القضية أو الحادثة في عدة صفوف أو أعمدة، لذا تعدّ المجاميع كلًّا منها مرة واحدة وتكون أقل من مجموع الخلايا.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: counting…</source>
        <translation>القضايا في %1 (&amp;S): جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Ca&amp;ses in %1: %2, the first %3 listed (double-click or Enter opens one)</source>
        <translation>القضايا في %1 (&amp;S): %2، معروض أول %3 (النقر المزدوج أو Enter يفتح قضية)</translation>
    </message>
    <message numerus="yes">
        <source>Ca&amp;ses in %1: %Ln (double-click or Enter opens one)</source>
        <translation>
            <numerusform>القضايا في %1 (&amp;S): لا توجد قضايا</numerusform>
            <numerusform>القضايا في %1 (&amp;S): قضية واحدة (النقر المزدوج أو Enter يفتحها)</numerusform>
            <numerusform>القضايا في %1 (&amp;S): قضيتان (النقر المزدوج أو Enter يفتح قضية)</numerusform>
            <numerusform>القضايا في %1 (&amp;S): %Ln قضايا (النقر المزدوج أو Enter يفتح قضية)</numerusform>
            <numerusform>القضايا في %1 (&amp;S): %Ln قضية (النقر المزدوج أو Enter يفتح قضية)</numerusform>
            <numerusform>القضايا في %1 (&amp;S): %Ln قضية (النقر المزدوج أو Enter يفتح قضية)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a date like %1, or leave it empty.</source>
        <extracomment>%1 is a date in the interface language&apos;s style, e.g. 12/31/2026.</extracomment>
        <translation>اكتب تاريخًا مثل %1، أو اتركه فارغًا.</translation>
    </message>
</context>
<context>
    <name>td::ui::VaultSetupDialog</name>
    <message>
        <source>The encrypted database could not be created: %1</source>
        <translation>تعذّر إنشاء قاعدة البيانات المشفّرة: %1</translation>
    </message>
    <message>
        <source>Protect Your Cases</source>
        <translation>احمِ قضاياك</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TrustDesk keeps every case encrypted on this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a passphrase. Without it nobody can read the clients&apos; names, addresses, immigration status or anything else in TrustDesk, even with this computer&apos;s disk in their hands. You type it each time TrustDesk starts.&lt;/p&gt;&lt;p&gt;If the passphrase is forgotten, the only way back in is the recovery key shown on the next page. Without either, the cases are lost for good: nobody, not even the makers of TrustDesk, can recover them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;يحفظ TrustDesk كل قضية مشفّرة على هذا الحاسوب.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;اختر كلمة مرور. بدونها لا يستطيع أحد قراءة أسماء العملاء أو عناوينهم أو وضع الهجرة لديهم أو أي شيء آخر في TrustDesk، حتى لو كان قرص هذا الحاسوب بين يديه. ستكتبها في كل مرة يبدأ فيها TrustDesk.&lt;/p&gt;&lt;p&gt;إذا نُسيت كلمة المرور، فالطريقة الوحيدة للدخول من جديد هي مفتاح الاسترداد المعروض في الصفحة التالية. ومن دون أيٍّ منهما تضيع القضايا نهائيًا: لا أحد، ولا حتى صانعو TrustDesk، يستطيع استعادتها.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>أعد كتابتها (&amp;R):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Encrypt and Continue</source>
        <translation>شفّر وتابِع (&amp;E)</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds: the passphrase is made deliberately slow to guess.</source>
        <translation>جارٍ إنشاء قاعدة البيانات المشفّرة… يستغرق ذلك بضع ثوانٍ: تُعالَج كلمة المرور ببطء متعمَّد لتصعيب تخمينها.</translation>
    </message>
    <message>
        <source>This is the recovery key. It is shown only this once. Write it down or print it, and keep it somewhere safe away from this computer. It opens the database if the passphrase is forgotten, so guard it like the passphrase.</source>
        <translation>هذا هو مفتاح الاسترداد. لا يُعرض إلا هذه المرة. دوّنه أو اطبعه، واحفظه في مكان آمن بعيدًا عن هذا الحاسوب. إنه يفتح قاعدة البيانات إذا نُسيت كلمة المرور، فاحرسه كما تحرس كلمة المرور.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>حفظ كملف… (&amp;S)</translation>
    </message>
    <message>
        <source>I have &amp;written it down or stored it safely</source>
        <translation>دوّنته أو حفظته بأمان (&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>متابعة (&amp;O)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
</context>
<context>
    <name>trustdesk-cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>لا يقبل init أي وسائط.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>قاعدة البيانات جاهزة: %1 (المخطط %2)</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n problem(s).</source>
        <translation>
            <numerusform>فشل التحقق: لا توجد مشكلات.</numerusform>
            <numerusform>فشل التحقق: مشكلة واحدة.</numerusform>
            <numerusform>فشل التحقق: مشكلتان.</numerusform>
            <numerusform>فشل التحقق: %n مشكلات.</numerusform>
            <numerusform>فشل التحقق: %n مشكلة.</numerusform>
            <numerusform>فشل التحقق: %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>يحتاج %1 إلى FILE واحد بالضبط.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>كُتبت النسخة الاحتياطية وتم التحقق منها: %1</translation>
    </message>
    <message>
        <source>Restored from %1 into %2</source>
        <translation>تمت الاستعادة من %1 إلى %2</translation>
    </message>
    <message>
        <source>List cases, newest first: reference, status, opened date, client.</source>
        <translation>عرض القضايا، الأحدث أولًا: رقم المرجع، الحالة، تاريخ الفتح، العميل.</translation>
    </message>
    <message>
        <source>only cases with this status (%1)</source>
        <translation>القضايا ذات هذه الحالة فقط (%1)</translation>
    </message>
    <message>
        <source>print JSON instead of one line a case</source>
        <translation>طباعة JSON بدلًا من سطر لكل قضية</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>لا يقبل list أي وسائط.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>حالة غير معروفة «%1». استخدم أحد ما يلي: %2.</translation>
    </message>
    <message>
        <source>Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</source>
        <translation>الاستخدام: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>الخيارات العامة:</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>إظهار هذه المساعدة؛ COMMAND --help يُظهر خيارات أمر ما</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>إظهار الإصدار</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>يحتاج --db إلى مسار ملف.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>خيار غير معروف %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>أمر غير معروف «%1».</translation>
    </message>
    <message>
        <source>Search cases. Accents and case do not matter; the last word may be the start of a word. Best matches first.</source>
        <translation>البحث في القضايا. لا تهم علامات التشكيل وحالة الأحرف؛ ويمكن أن تكون الكلمة الأخيرة بداية كلمة. أفضل النتائج أولًا.</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>الكلمات المطلوب البحث عنها</translation>
    </message>
    <message>
        <source>at most N results (default 50)</source>
        <translation>N نتيجة على الأكثر (الافتراضي 50)</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>يحتاج search إلى QUERY.</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>يحتاج --limit إلى عدد صحيح موجب.</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>لا يقبل verify أي وسائط.</translation>
    </message>
    <message>
        <source>Verification passed: %1</source>
        <translation>نجح التحقق: %1</translation>
    </message>
    <message>
        <source>Add fictional demo cases to the database (created when missing). The same seed always gives the same cases.</source>
        <translation>إضافة قضايا تجريبية وهمية إلى قاعدة البيانات (تُنشأ إذا لم تكن موجودة). البذرة نفسها تعطي دائمًا القضايا نفسها.</translation>
    </message>
    <message>
        <source>how many cases to add (required)</source>
        <translation>عدد القضايا المطلوب إضافتها (مطلوب)</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>البذرة العشوائية (الافتراضي 1)</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>لا يقبل demo أي وسائط.</translation>
    </message>
    <message>
        <source>demo needs --cases N.</source>
        <translation>يحتاج demo إلى --cases N.</translation>
    </message>
    <message>
        <source>--cases needs a positive whole number.</source>
        <translation>يحتاج --cases إلى عدد صحيح موجب.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of zero or more.</source>
        <translation>يحتاج --seed إلى عدد صحيح يساوي صفرًا أو أكثر.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) were added before the error.</source>
        <translation>
            <numerusform>لم تُضَف أي قضايا تجريبية قبل الخطأ.</numerusform>
            <numerusform>أُضيفت قضية تجريبية واحدة قبل الخطأ.</numerusform>
            <numerusform>أُضيفت قضيتان تجريبيتان قبل الخطأ.</numerusform>
            <numerusform>أُضيفت %n قضايا تجريبية قبل الخطأ.</numerusform>
            <numerusform>أُضيفت %n قضية تجريبية قبل الخطأ.</numerusform>
            <numerusform>أُضيفت %n قضية تجريبية قبل الخطأ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding demo cases: %1 of %2</source>
        <translation>جارٍ إضافة قضايا تجريبية: %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>لم تُضَف أي قضايا تجريبية.</numerusform>
            <numerusform>أُضيفت قضية تجريبية واحدة.</numerusform>
            <numerusform>أُضيفت قضيتان تجريبيتان.</numerusform>
            <numerusform>أُضيفت %n قضايا تجريبية.</numerusform>
            <numerusform>أُضيفت %n قضية تجريبية.</numerusform>
            <numerusform>أُضيفت %n قضية تجريبية.</numerusform>
        </translation>
    </message>
    <message>
        <source>case references to export (default: every case)</source>
        <translation>أرقام مراجع القضايا المطلوب تصديرها (الافتراضي: كل القضايا)</translation>
    </message>
    <message>
        <source>write to FILE (owner-only) instead of standard output</source>
        <translation>الكتابة إلى FILE (للمالك فقط) بدلًا من المخرجات القياسية</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>لم تُصدَّر أي قضايا إلى %1.</numerusform>
            <numerusform>صُدِّرت قضية واحدة إلى %1.</numerusform>
            <numerusform>صُدِّرت قضيتان إلى %1.</numerusform>
            <numerusform>صُدِّرت %n قضايا إلى %1.</numerusform>
            <numerusform>صُدِّرت %n قضية إلى %1.</numerusform>
            <numerusform>صُدِّرت %n قضية إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>language code (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)</source>
        <translation>رمز اللغة (en، es، ht، pt، kea، zh_CN، zh_TW، vi، ar، ru، so)</translation>
    </message>
    <message>
        <source>with show: write a handout PDF to FILE</source>
        <translation>مع show: كتابة نشرة PDF إلى FILE</translation>
    </message>
    <message>
        <source>load the guidance pack from FOLDER instead of the built-in one</source>
        <translation>تحميل حزمة الإرشادات من FOLDER بدلًا من الحزمة المضمَّنة</translation>
    </message>
    <message>
        <source>The guidance is not available in &quot;%1&quot;.</source>
        <translation>الإرشادات غير متوفرة باللغة «%1».</translation>
    </message>
    <message>
        <source>guidance list takes no more arguments.</source>
        <translation>لا يقبل guidance list وسائط أخرى.</translation>
    </message>
    <message>
        <source>guidance show needs exactly one article ID.</source>
        <translation>يحتاج guidance show إلى معرِّف مقالة ID واحد بالضبط.</translation>
    </message>
    <message>
        <source>There is no guidance article &quot;%1&quot;. See: guidance list</source>
        <translation>لا توجد مقالة إرشادات «%1». راجع: guidance list</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>يجب أن يكون --paper هو a4 أو letter.</translation>
    </message>
    <message>
        <source>Handout written: %1</source>
        <translation>كُتبت النشرة: %1</translation>
    </message>
    <message>
        <source>guidance search needs a QUERY.</source>
        <translation>يحتاج guidance search إلى QUERY.</translation>
    </message>
    <message>
        <source>Import the cases of a TrustDesk JSON file. The whole file is checked first: one bad case rejects it, naming the case and the field, and nothing is added.</source>
        <translation>استيراد قضايا ملف TrustDesk JSON. يُفحص الملف كله أولًا: قضية واحدة خاطئة تؤدي إلى رفضه، مع ذكر القضية والحقل، ولا يُضاف أي شيء.</translation>
    </message>
    <message>
        <source>the TrustDesk JSON file</source>
        <translation>ملف TrustDesk JSON</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>يحتاج import إلى FILE واحد بالضبط.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>لم تُستورد أي قضايا.</numerusform>
            <numerusform>استُوردت قضية واحدة.</numerusform>
            <numerusform>استُوردت قضيتان.</numerusform>
            <numerusform>استُوردت %n قضايا.</numerusform>
            <numerusform>استُوردت %n قضية.</numerusform>
            <numerusform>استُوردت %n قضية.</numerusform>
        </translation>
    </message>
    <message>
        <source>the case reference, e.g. TD-2026-00042</source>
        <translation>رقم مرجع القضية، مثل TD-2026-00042</translation>
    </message>
    <message>
        <source>print JSON (the interchange format) instead of text</source>
        <translation>طباعة JSON (تنسيق التبادل) بدلًا من النص</translation>
    </message>
    <message>
        <source>show needs exactly one REF.</source>
        <translation>يحتاج show إلى REF واحد بالضبط.</translation>
    </message>
    <message>
        <source>Attach files to a case as evidence. Each file is copied into the evidence store beside the database and identified by its SHA-256; the original is only read. A file already on the case is reported and stored once.</source>
        <translation>إرفاق ملفات بقضية كأدلة. يُنسخ كل ملف إلى مخزن الأدلة بجانب قاعدة البيانات ويُعرَّف ببصمة SHA-256 الخاصة به؛ ولا يُقرأ الأصل إلا للقراءة فقط. الملف الموجود في القضية بالفعل يُبلَّغ عنه ويُحفظ مرة واحدة.</translation>
    </message>
    <message>
        <source>the case reference</source>
        <translation>رقم مرجع القضية</translation>
    </message>
    <message>
        <source>files to attach</source>
        <translation>الملفات المطلوب إرفاقها</translation>
    </message>
    <message>
        <source>a description recorded with every file</source>
        <translation>وصف يُسجَّل مع كل ملف</translation>
    </message>
    <message>
        <source>where the files came from: %1</source>
        <translation>مصدر الملفات: %1</translation>
    </message>
    <message>
        <source>attach needs a case reference and at least one file.</source>
        <translation>يحتاج attach إلى رقم مرجع قضية وملف واحد على الأقل.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>مصدر غير معروف «%1». استخدم أحد ما يلي: %2.</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: %2, %3 bytes, %4</source>
        <translation>أُرفق «%1»: %2، %3 بايت، %4</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot;: the file for imported evidence item %2 (%3)</source>
        <translation>أُرفق «%1»: ملف عنصر الدليل المستورد %2 (%3)</translation>
    </message>
    <message>
        <source>Already attached: &quot;%1&quot; is the same file as evidence item %2 (&quot;%3&quot;); stored once.</source>
        <translation>مُرفق بالفعل: «%1» هو الملف نفسه الخاص بعنصر الدليل %2 («%3»)؛ حُفظ مرة واحدة.</translation>
    </message>
    <message>
        <source>Write the client&apos;s copy as a PDF: what was filed and the next steps from the guidance pack, in the client&apos;s preferred language (or --lang). It names no sensitive client field.</source>
        <translation>كتابة نسخة العميل بصيغة PDF: ما قُدِّم والخطوات التالية من حزمة الإرشادات، باللغة المفضلة للعميل (أو --lang). لا تذكر أي حقل حساس من حقول العميل.</translation>
    </message>
    <message>
        <source>the PDF to write (required)</source>
        <translation>ملف PDF المطلوب كتابته (مطلوب)</translation>
    </message>
    <message>
        <source>when nothing is filed yet: bpd-iad (default), accountability or a body&apos;s name</source>
        <translation>عندما لم يُقدَّم شيء بعد: bpd-iad (الافتراضي)، أو accountability، أو اسم جهة</translation>
    </message>
    <message>
        <source>client-copy needs exactly one REF.</source>
        <translation>يحتاج client-copy إلى REF واحد بالضبط.</translation>
    </message>
    <message>
        <source>client-copy needs --out FILE.pdf.</source>
        <translation>يحتاج client-copy إلى --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability or a body&apos;s name.</source>
        <translation>يحتاج --to إلى bpd-iad أو accountability أو اسم جهة.</translation>
    </message>
    <message>
        <source>Client copy written: %1 (%2)</source>
        <translation>كُتبت نسخة العميل: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>طباعة JSON</translation>
    </message>
    <message>
        <source>evidence needs exactly one case reference.</source>
        <translation>يحتاج evidence إلى رقم مرجع قضية واحد بالضبط.</translation>
    </message>
    <message>
        <source>Copy a case&apos;s evidence into a new or empty folder with manifest.json, manifest.txt and SHA256SUMS (names, hashes, sizes, chain of custody). Every file is re-hashed while it is copied; a changed or missing file is not exported and the exit code is 3.</source>
        <translation>نسخ أدلة قضية إلى مجلد جديد أو فارغ مع manifest.json وmanifest.txt وSHA256SUMS (الأسماء، وقيم التجزئة، والأحجام، وسلسلة الحيازة). تُعاد حساب قيمة التجزئة لكل ملف أثناء نسخه؛ والملف المتغيِّر أو المفقود لا يُصدَّر ويكون رمز الخروج 3.</translation>
    </message>
    <message>
        <source>the folder to write (created owner-only; must be new or empty)</source>
        <translation>المجلد المطلوب الكتابة فيه (يُنشأ للمالك فقط؛ ويجب أن يكون جديدًا أو فارغًا)</translation>
    </message>
    <message>
        <source>evidence-export needs exactly one case reference.</source>
        <translation>يحتاج evidence-export إلى رقم مرجع قضية واحد بالضبط.</translation>
    </message>
    <message>
        <source>evidence-export needs --out FOLDER.</source>
        <translation>يحتاج evidence-export إلى --out FOLDER.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>لم تُصدَّر أي ملفات إلى %1</numerusform>
            <numerusform>صُدِّر ملف واحد إلى %1</numerusform>
            <numerusform>صُدِّر ملفان إلى %1</numerusform>
            <numerusform>صُدِّرت %n ملفات إلى %1</numerusform>
            <numerusform>صُدِّر %n ملفًا إلى %1</numerusform>
            <numerusform>صُدِّر %n ملف إلى %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no file (details imported only) and are listed in the manifest.</source>
        <translation>
            <numerusform>لا توجد عناصر بلا ملف.</numerusform>
            <numerusform>عنصر واحد بلا ملف (استُوردت تفاصيله فقط) وهو مدرج في قائمة الجرد.</numerusform>
            <numerusform>عنصران بلا ملف (استُوردت تفاصيلهما فقط) وهما مدرجان في قائمة الجرد.</numerusform>
            <numerusform>%n عناصر بلا ملف (استُوردت تفاصيلها فقط) وهي مدرجة في قائمة الجرد.</numerusform>
            <numerusform>%n عنصرًا بلا ملف (استُوردت تفاصيلها فقط) وهي مدرجة في قائمة الجرد.</numerusform>
            <numerusform>%n عنصر بلا ملف (استُوردت تفاصيلها فقط) وهي مدرجة في قائمة الجرد.</numerusform>
        </translation>
    </message>
    <message>
        <source>who files: client, on-behalf (default) or anonymous</source>
        <translation>من يقدِّم الشكوى: client، أو on-behalf (الافتراضي)، أو anonymous</translation>
    </message>
    <message>
        <source>with on-behalf: who files (default: the case&apos;s caseworker)</source>
        <translation>مع on-behalf: من يقدِّم الشكوى (الافتراضي: مسؤول القضية)</translation>
    </message>
    <message>
        <source>with on-behalf: the office filing</source>
        <translation>مع on-behalf: المكتب الذي يقدِّم الشكوى</translation>
    </message>
    <message>
        <source>the requested action (default: the standard request)</source>
        <translation>الإجراء المطلوب (الافتراضي: الطلب المعتاد)</translation>
    </message>
    <message>
        <source>report needs exactly one REF.</source>
        <translation>يحتاج report إلى REF واحد بالضبط.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>يحتاج report إلى --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--filer must be client, on-behalf or anonymous.</source>
        <translation>يجب أن يكون --filer هو client أو on-behalf أو anonymous.</translation>
    </message>
    <message>
        <source>Warning: the client&apos;s consent to file is not recorded; the PDF is marked as a draft.</source>
        <translation>تحذير: موافقة العميل على تقديم الشكوى غير مسجلة؛ عُلِّم ملف PDF كمسودة.</translation>
    </message>
    <message>
        <source>Complaint written: %1</source>
        <translation>كُتبت الشكوى: %1</translation>
    </message>
    <message>
        <source>Sensitive fields included: %1</source>
        <translation>الحقول الحساسة المدرجة: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The verification could not be recorded in the chain of custody: %1</source>
        <translation>تعذّر تسجيل عملية التحقق في سلسلة الحيازة: %1</translation>
    </message>
    <message>
        <source>This command needs %1, which is not installed next to trustdesk-cli. Reinstall TrustDesk.</source>
        <translation>يحتاج هذا الأمر إلى %1، وهو غير مثبّت بجانب trustdesk-cli. أعد تثبيت TrustDesk.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>تعذّر تشغيل %1: %2</translation>
    </message>
    <message>
        <source>Its evidence is in %1; keep the two together.</source>
        <translation>أدلتها في %1؛ احتفظ بالاثنين معًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; nothing changed. %2</source>
        <translation>لم تتم استعادة «%1»؛ لم يتغير شيء. %2</translation>
    </message>
    <message>
        <source>There is no evidence item %1. Nothing was removed.</source>
        <translation>لا يوجد عنصر دليل %1. لم يُزَل أي شيء.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2. Nothing was removed.</source>
        <translation>عنصر الدليل %1 ليس في القضية %2. لم يُزَل أي شيء.</translation>
    </message>
    <message>
        <source>Remove one evidence item from a case. EVIDENCE_ID is the item id that &quot;evidence REF&quot; lists. The reason is required and stays in the chain of custody. The file leaves the evidence store unless another item (on any case) holds the same bytes.</source>
        <translation>إزالة عنصر دليل واحد من قضية. EVIDENCE_ID هو معرِّف العنصر الذي يعرضه &quot;evidence REF&quot;. السبب مطلوب ويبقى في سلسلة الحيازة. يخرج الملف من مخزن الأدلة ما لم يكن عنصر آخر (في أي قضية) يحتوي على البايتات نفسها.</translation>
    </message>
    <message>
        <source>the evidence item id</source>
        <translation>معرِّف عنصر الدليل</translation>
    </message>
    <message>
        <source>why the item is removed (required; kept in the chain of custody)</source>
        <translation>سبب إزالة العنصر (مطلوب؛ يُحفَظ في سلسلة الحيازة)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, id, sha256, display_name, stored (the item had a file) and file_removed (the file left the store)</source>
        <translation>طباعة JSON: case_reference وid وsha256 وdisplay_name وstored (كان للعنصر ملف) وfile_removed (خرج الملف من المخزن)</translation>
    </message>
    <message>
        <source>evidence-remove needs a case reference and one evidence item id.</source>
        <translation>يحتاج evidence-remove إلى رقم مرجع قضية ومعرِّف عنصر دليل واحد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an evidence item id: use the number that &quot;evidence %2&quot; lists.</source>
        <translation>«%1» ليس معرِّف عنصر دليل: استخدم الرقم الذي يعرضه &quot;evidence %2&quot;.</translation>
    </message>
    <message>
        <source>evidence-remove needs --reason TEXT: the reason is kept in the chain of custody.</source>
        <translation>يحتاج evidence-remove إلى --reason TEXT: يُحفَظ السبب في سلسلة الحيازة.</translation>
    </message>
    <message>
        <source>Removed evidence item %1 (&quot;%2&quot;) from %3; the reason is kept in the chain of custody.</source>
        <translation>أُزيل عنصر الدليل %1 («%2») من %3؛ يُحفَظ السبب في سلسلة الحيازة.</translation>
    </message>
    <message>
        <source>Its file was deleted from the evidence store.</source>
        <translation>حُذف ملفه من مخزن الأدلة.</translation>
    </message>
    <message>
        <source>Its file stays in the evidence store: another item holds the same bytes.</source>
        <translation>يبقى ملفه في مخزن الأدلة: عنصر آخر يحتوي على البايتات نفسها.</translation>
    </message>
    <message>
        <source>Note: the file withheld these sensitive fields, which stay empty: %1</source>
        <translation>ملاحظة: حجب الملف الحقول الحساسة التالية، وستبقى فارغة: %1</translation>
    </message>
    <message>
        <source>deliberately include every sensitive client field and witness contact details (recorded in the audit log)</source>
        <translation>إدراج كل حقول العميل الحساسة ووسائل الاتصال بالشهود عن قصد (يُسجَّل في سجل التدقيق)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive client field or witness detail. Use one of: %2.</source>
        <translation>«%1» ليس حقلًا حساسًا من حقول العميل ولا معلومة عن الشهود. استخدم أحد ما يلي: %2.</translation>
    </message>
    <message>
        <source>Show one case. Sensitive client fields and witness contact details are withheld unless deliberately included; --json prints a TrustDesk JSON file holding just this case.</source>
        <translation>عرض قضية واحدة. تُحجب حقول العميل الحساسة ووسائل الاتصال بالشهود إلا إذا أُدرجت عن قصد؛ ويطبع --json ملف TrustDesk JSON يحتوي على هذه القضية فقط.</translation>
    </message>
    <message>
        <source>audit verify takes no other argument than --head.</source>
        <translation>لا يقبل audit verify أي وسيط غير --head.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the log was changed behind TrustDesk&apos;s back.</source>
        <translation>فشل التحقق من سجل التدقيق: غُيّر السجل من دون علم TrustDesk.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: the entry %1 recorded earlier is no longer in the log; its tail was cut off or the log was replaced.</source>
        <translation>فشل التحقق من سجل التدقيق: القيد %1 المسجَّل سابقًا لم يعد في السجل؛ قُطع آخر السجل أو استُبدل السجل.</translation>
    </message>
    <message>
        <source>Audit log verification FAILED: entry %1, recorded in %2 when it was written, is no longer in the log; its tail was cut off or an older copy of the database was put back.</source>
        <translation>فشل التحقق من سجل التدقيق: القيد %1، المسجَّل في %2 عند كتابته، لم يعد في السجل؛ قُطع آخر السجل أو أُعيدت نسخة أقدم من قاعدة البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entries, chain head %1.</source>
        <translation>
            <numerusform>تم التحقق من سجل التدقيق: %n قيد، رأس السلسلة %1.</numerusform>
            <numerusform>تم التحقق من سجل التدقيق: قيد واحد، رأس السلسلة %1.</numerusform>
            <numerusform>تم التحقق من سجل التدقيق: قيدان، رأس السلسلة %1.</numerusform>
            <numerusform>تم التحقق من سجل التدقيق: %n قيود، رأس السلسلة %1.</numerusform>
            <numerusform>تم التحقق من سجل التدقيق: %n قيدًا، رأس السلسلة %1.</numerusform>
            <numerusform>تم التحقق من سجل التدقيق: %n قيد، رأس السلسلة %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit log, oldest first: time (UTC), actor, action, case, details.
&quot;audit verify&quot; checks the log&apos;s hash chain instead (exit 3 when it was changed).</source>
        <translation>يعرض سجل التدقيق، الأقدم أولًا: الوقت (UTC)، المنفّذ، الإجراء، القضية، التفاصيل.
&quot;audit verify&quot; يفحص بدلًا من ذلك سلسلة البصمات في السجل (رمز الخروج 3 إذا غُيّر).</translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation>فحص سلسلة البصمات</translation>
    </message>
    <message>
        <source>only the entries about case REF</source>
        <translation>القيود الخاصة بالقضية REF فقط</translation>
    </message>
    <message>
        <source>only the entries from DATE on: YYYY-MM-DD or an ISO 8601 date and time (UTC unless it has an offset)</source>
        <translation>القيود من التاريخ DATE فصاعدًا فقط: YYYY-MM-DD أو تاريخ ووقت بصيغة ISO 8601 (بتوقيت UTC ما لم يتضمن فرق توقيت)</translation>
    </message>
    <message>
        <source>print JSON instead of one line an entry</source>
        <translation>اطبع JSON بدلًا من سطر لكل قيد</translation>
    </message>
    <message>
        <source>with verify: also fail unless the entry with this hash (a head printed by an earlier verify) is still in the log</source>
        <translation>مع verify: يفشل أيضًا إذا لم يعد القيد ذو هذه البصمة (رأس طبعه verify سابق) في السجل</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; did you mean &quot;audit verify&quot;?</source>
        <translation>وسيط غير معروف &quot;%1&quot;؛ هل تقصد &quot;audit verify&quot;؟</translation>
    </message>
    <message>
        <source>--head goes with &quot;audit verify&quot;.</source>
        <translation>يُستخدم --head مع &quot;audit verify&quot;.</translation>
    </message>
    <message>
        <source>--case needs a reference.</source>
        <translation>يحتاج --case إلى رقم مرجعي.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation>&quot;%1&quot; ليس تاريخًا: استخدم YYYY-MM-DD أو YYYY-MM-DDTHH:MM[:SS].</translation>
    </message>
    <message>
        <source>(carried over by a restore)</source>
        <translation>(منقول عبر استعادة)</translation>
    </message>
    <message>
        <source>The backup is encrypted and this database is not, so its cases would be written unencrypted. Restore it to a new path with --db, or run `trustdesk-cli encrypt` on this database first.</source>
        <translation>النسخة الاحتياطية مشفّرة وقاعدة البيانات هذه غير مشفّرة، فستُكتب قضاياها دون تشفير. استعِدها إلى مسار جديد باستخدام --db، أو شغّل `trustdesk-cli encrypt` على قاعدة البيانات هذه أولًا.</translation>
    </message>
    <message>
        <source>The key file could not be copied beside %1.</source>
        <translation>تعذّر نسخ ملف المفاتيح بجانب %1.</translation>
    </message>
    <message>
        <source>the new passphrase: the first line of FILE</source>
        <translation>كلمة المرور الجديدة: السطر الأول من FILE</translation>
    </message>
    <message>
        <source>change-passphrase takes no arguments.</source>
        <translation>لا يقبل change-passphrase أي وسائط.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>قاعدة البيانات &quot;%1&quot; غير موجودة.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no passphrase to change. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>قاعدة البيانات هذه غير مشفّرة، فليس لها كلمة مرور لتغييرها. `trustdesk-cli encrypt` يجعلها خزنة مشفّرة.</translation>
    </message>
    <message>
        <source>The passphrase was changed. The old one no longer opens %1; the recovery key still does.</source>
        <translation>تم تغيير كلمة المرور. لم تعد القديمة تفتح %1؛ أما مفتاح الاسترداد فما زال يفتحها.</translation>
    </message>
    <message>
        <source>An encryption of this database is running or was interrupted. Run `trustdesk-cli encrypt` to finish or undo it.</source>
        <translation>يجري تشفير قاعدة البيانات هذه أو توقّف. شغّل `trustdesk-cli encrypt` لإتمامه أو التراجع عنه.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE</source>
        <translation>كلمة مرور قاعدة بيانات مشفّرة: السطر الأول من FILE</translation>
    </message>
    <message>
        <source>open an encrypted database with its recovery key, the first line of FILE</source>
        <translation>يفتح قاعدة بيانات مشفّرة بمفتاح استردادها، وهو السطر الأول من FILE</translation>
    </message>
    <message>
        <source>when the database does not exist yet, make it unencrypted (for throwaway data only); by default a new database is encrypted</source>
        <translation>إذا لم تكن قاعدة البيانات موجودة بعد، أنشئها دون تشفير (للبيانات التجريبية فقط)؛ افتراضيًا تُشفَّر قاعدة البيانات الجديدة</translation>
    </message>
    <message>
        <source>write a new encrypted database&apos;s recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>يكتب مفتاح استرداد قاعدة البيانات المشفّرة الجديدة في FILE (متاح لمالكه فقط؛ يجب ألا يكون موجودًا) بدلًا من عرضه</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; the recovery key is never written over a file.</source>
        <translation>&quot;%1&quot; موجود بالفعل؛ لا يُكتب مفتاح الاسترداد أبدًا فوق ملف.</translation>
    </message>
    <message>
        <source>The new database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>قاعدة البيانات الجديدة مشفّرة. إذا نُسيت كلمة مرورها يومًا، فلن يفتحها إلا مفتاح الاسترداد هذا. يُعرض هذه المرة فقط: دوّنه أو اطبعه، واحفظه في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The new database is encrypted. Its recovery key, which opens it if the passphrase is ever forgotten, is in %1: keep that file safe, away from this computer.</source>
        <translation>قاعدة البيانات الجديدة مشفّرة. مفتاح استردادها، الذي يفتحها إذا نُسيت كلمة المرور، موجود في %1: احفظ ذلك الملف بأمان بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The database is encrypted. If its passphrase is ever forgotten, only this recovery key opens it. It is shown this once: write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>قاعدة البيانات مشفّرة. إذا نُسيت كلمة مرورها يومًا، فلن يفتحها إلا مفتاح الاسترداد هذا. يُعرض هذه المرة فقط: دوّنه أو اطبعه، واحفظه في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>تعذّرت كتابة مفتاح الاسترداد في &quot;%1&quot;: %2. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>
The recovery key of the encrypted TrustDesk database %1.
It opens the database without its passphrase: keep it safe, away from the computer.
</source>
        <translation>
مفتاح استرداد قاعدة بيانات TrustDesk المشفّرة %1.
يفتح قاعدة البيانات دون كلمة مرورها: احفظه بأمان بعيدًا عن الحاسوب.
</translation>
    </message>
    <message>
        <source>The recovery key could not be written to &quot;%1&quot;. Nothing was changed.</source>
        <translation>تعذّرت كتابة مفتاح الاسترداد في &quot;%1&quot;. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>جارٍ الفحص</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>جارٍ التشفير</translation>
    </message>
    <message>
        <source>Comparing with the original</source>
        <translation>جارٍ المقارنة بالأصل</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Putting in place</source>
        <translation>جارٍ الوضع في المكان</translation>
    </message>
    <message>
        <source>write the recovery key to FILE (made owner-only; must not exist) instead of showing it</source>
        <translation>يكتب مفتاح الاسترداد في FILE (متاح لمالكه فقط؛ يجب ألا يكون موجودًا) بدلًا من عرضه</translation>
    </message>
    <message>
        <source>encrypt takes no arguments.</source>
        <translation>لا يقبل encrypt أي وسائط.</translation>
    </message>
    <message>
        <source>An interrupted encryption was finished: %1 is encrypted now, with the passphrase and recovery key given then.</source>
        <translation>اكتمل تشفير كان متوقفًا: %1 مشفّرة الآن، بكلمة المرور ومفتاح الاسترداد المقدَّمين حينها.</translation>
    </message>
    <message>
        <source>An interrupted encryption was undone; the database was still unencrypted. Starting again.</source>
        <translation>تم التراجع عن تشفير متوقف؛ كانت قاعدة البيانات لا تزال غير مشفّرة. جارٍ البدء من جديد.</translation>
    </message>
    <message>
        <source>%1 is encrypted now; it opens only with its passphrase or recovery key.</source>
        <translation>%1 مشفّرة الآن؛ لا تُفتح إلا بكلمة مرورها أو بمفتاح استردادها.</translation>
    </message>
    <message>
        <source>hand the files over as stored, with their metadata (EXIF with GPS position and author, XMP, PDF information); recorded in the audit log. By default copies leave without it.</source>
        <translation>يسلّم الملفات كما هي مخزّنة، مع بياناتها الوصفية (EXIF مع موقع GPS والمؤلف، وXMP، ومعلومات PDF)؛ ويُسجَّل ذلك في سجل التدقيق. افتراضيًا تخرج النسخ من دونها.</translation>
    </message>
    <message>
        <source>name the files and list them in the manifest by their original names (which may name the client); recorded in the audit log. By default files are named by case and item number.</source>
        <translation>يسمّي الملفات ويدرجها في البيان بأسمائها الأصلية (التي قد تتضمن اسم العميل)؛ ويُسجَّل ذلك في سجل التدقيق. افتراضيًا تُسمّى الملفات برقم القضية ورقم العنصر.</translation>
    </message>
    <message numerus="yes">
        <source>Metadata (such as GPS position, author, camera) was removed from %n copy(ies); the originals in the store are unchanged.</source>
        <translation>
            <numerusform>أُزيلت البيانات الوصفية (مثل موقع GPS والمؤلف والكاميرا) من %n نسخة؛ الأصول في المخزن لم تتغيّر.</numerusform>
            <numerusform>أُزيلت البيانات الوصفية (مثل موقع GPS والمؤلف والكاميرا) من نسخة واحدة؛ الأصل في المخزن لم يتغيّر.</numerusform>
            <numerusform>أُزيلت البيانات الوصفية (مثل موقع GPS والمؤلف والكاميرا) من نسختين؛ الأصلان في المخزن لم يتغيّرا.</numerusform>
            <numerusform>أُزيلت البيانات الوصفية (مثل موقع GPS والمؤلف والكاميرا) من %n نسخ؛ الأصول في المخزن لم تتغيّر.</numerusform>
            <numerusform>أُزيلت البيانات الوصفية (مثل موقع GPS والمؤلف والكاميرا) من %n نسخة؛ الأصول في المخزن لم تتغيّر.</numerusform>
            <numerusform>أُزيلت البيانات الوصفية (مثل موقع GPS والمؤلف والكاميرا) من %n نسخة؛ الأصول في المخزن لم تتغيّر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check them before they leave. The manifest marks them.</source>
        <translation>
            <numerusform>%n ملف من نوع لا يستطيع TrustDesk إزالة بياناته الوصفية (فيديو، صوت، مستندات)؛ افحصها قبل أن تخرج. البيان يشير إليها.</numerusform>
            <numerusform>ملف واحد من نوع لا يستطيع TrustDesk إزالة بياناته الوصفية (فيديو، صوت، مستندات)؛ افحصه قبل أن يخرج. البيان يشير إليه.</numerusform>
            <numerusform>ملفان من نوع لا يستطيع TrustDesk إزالة بياناته الوصفية (فيديو، صوت، مستندات)؛ افحصهما قبل أن يخرجا. البيان يشير إليهما.</numerusform>
            <numerusform>%n ملفات من نوع لا يستطيع TrustDesk إزالة بياناته الوصفية (فيديو، صوت، مستندات)؛ افحصها قبل أن تخرج. البيان يشير إليها.</numerusform>
            <numerusform>%n ملفًا من نوع لا يستطيع TrustDesk إزالة بياناته الوصفية (فيديو، صوت، مستندات)؛ افحصها قبل أن تخرج. البيان يشير إليها.</numerusform>
            <numerusform>%n ملف من نوع لا يستطيع TrustDesk إزالة بياناته الوصفية (فيديو، صوت، مستندات)؛ افحصها قبل أن تخرج. البيان يشير إليها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases (all, or the references given) as a TrustDesk JSON file. Sensitive client fields and witness contact details are left out unless deliberately included, and masked where the free text repeats them.</source>
        <translation>يصدّر القضايا (كلها، أو ذات الأرقام المرجعية المعطاة) كملف JSON من TrustDesk. تُستبعد حقول العميل الحساسة وبيانات اتصال الشهود ما لم تُضمَّن عمدًا، وتُحجب حيث يكررها النص الحر.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s) whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</source>
        <translation>
            <numerusform>… و%n قضية أخرى في نصها الحر قيم محجوبة أو عبارات قد تكشف وضع الهجرة (show REF يعرضها).</numerusform>
            <numerusform>… وقضية أخرى في نصها الحر قيم محجوبة أو عبارات قد تكشف وضع الهجرة (show REF يعرضها).</numerusform>
            <numerusform>… وقضيتان أخريان في نصهما الحر قيم محجوبة أو عبارات قد تكشف وضع الهجرة (show REF يعرضها).</numerusform>
            <numerusform>… و%n قضايا أخرى في نصها الحر قيم محجوبة أو عبارات قد تكشف وضع الهجرة (show REF يعرضها).</numerusform>
            <numerusform>… و%n قضية أخرى في نصها الحر قيم محجوبة أو عبارات قد تكشف وضع الهجرة (show REF يعرضها).</numerusform>
            <numerusform>… و%n قضية أخرى في نصها الحر قيم محجوبة أو عبارات قد تكشف وضع الهجرة (show REF يعرضها).</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone with the file can read it. `trustdesk-cli encrypt` makes it a vault.</source>
        <translation>قاعدة البيانات هذه غير مشفّرة: يستطيع أي شخص لديه الملف قراءتها. `trustdesk-cli encrypt` يجعلها خزنة مشفّرة.</translation>
    </message>
    <message>
        <source>an encrypted database&apos;s passphrase: the first line of FILE (else the file named by %1, else asked on the terminal)</source>
        <translation>كلمة مرور قاعدة بيانات مشفّرة: السطر الأول من FILE (وإلا فالملف المحدد في %1، وإلا فتُطلب في الطرفية)</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>يحتاج %1 إلى مسار ملف.</translation>
    </message>
    <message>
        <source>the caseworker&apos;s name</source>
        <translation>اسم مسؤول القضية</translation>
    </message>
    <message>
        <source>their role (caseworker, supervisor, …)</source>
        <translation>دوره (مسؤول قضية، مشرف، …)</translation>
    </message>
    <message>
        <source>profile takes no arguments.</source>
        <translation>لا يقبل profile أي وسائط.</translation>
    </message>
    <message>
        <source>A caseworker profile needs a name: trustdesk-cli profile --name NAME [--role ROLE].</source>
        <translation>يحتاج ملف مسؤول القضية إلى اسم: trustdesk-cli profile --name NAME [--role ROLE].</translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings.</source>
        <translation>تعذّر حفظ الملف في الإعدادات.</translation>
    </message>
    <message>
        <source>No caseworker profile is set: entries are recorded as &quot;%1&quot;.
Set one with: trustdesk-cli profile --name NAME --role ROLE</source>
        <translation>لم يُضبط ملف مسؤول القضية: تُسجَّل القيود باسم &quot;%1&quot;.
اضبطه بالأمر: trustdesk-cli profile --name NAME --role ROLE</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>الاسم: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>الدور: %1</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>مسجَّل باسم: %1</translation>
    </message>
    <message>
        <source>deliberately include this sensitive client field or witness detail (%1), in its field and where the free text mentions it; repeatable, recorded in the audit log</source>
        <translation>يضمّن عمدًا حقل العميل الحساس هذا أو بيان الشاهد هذا (%1)، في حقله وحيث يذكره النص الحر؛ يمكن تكراره، ويُسجَّل في سجل التدقيق</translation>
    </message>
    <message>
        <source>also mask, as [withheld], the phrases in the free text that may reveal immigration status (listed on standard error either way)</source>
        <translation>يحجب أيضًا، بصيغة [محجوب]، العبارات في النص الحر التي قد تكشف وضع الهجرة (تُعرض في مخرج الأخطاء القياسي في الحالتين)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n withheld value(s) found in the free text and masked.</source>
        <translation>
            <numerusform>%1: عُثر على %n قيمة محجوبة في النص الحر وحُجبت.</numerusform>
            <numerusform>%1: عُثر على قيمة محجوبة واحدة في النص الحر وحُجبت.</numerusform>
            <numerusform>%1: عُثر على قيمتين محجوبتين في النص الحر وحُجبتا.</numerusform>
            <numerusform>%1: عُثر على %n قيم محجوبة في النص الحر وحُجبت.</numerusform>
            <numerusform>%1: عُثر على %n قيمة محجوبة في النص الحر وحُجبت.</numerusform>
            <numerusform>%1: عُثر على %n قيمة محجوبة في النص الحر وحُجبت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, masked:</source>
        <translation>
            <numerusform>%1: %n عبارة قد تكشف وضع الهجرة، حُجبت:</numerusform>
            <numerusform>%1: عبارة واحدة قد تكشف وضع الهجرة، حُجبت:</numerusform>
            <numerusform>%1: عبارتان قد تكشفان وضع الهجرة، حُجبتا:</numerusform>
            <numerusform>%1: %n عبارات قد تكشف وضع الهجرة، حُجبت:</numerusform>
            <numerusform>%1: %n عبارة قد تكشف وضع الهجرة، حُجبت:</numerusform>
            <numerusform>%1: %n عبارة قد تكشف وضع الهجرة، حُجبت:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, left as written (--mask-status-phrases masks them):</source>
        <translation>
            <numerusform>%1: %n عبارة قد تكشف وضع الهجرة، تُركت كما كُتبت (--mask-status-phrases يحجبها):</numerusform>
            <numerusform>%1: عبارة واحدة قد تكشف وضع الهجرة، تُركت كما كُتبت (--mask-status-phrases يحجبها):</numerusform>
            <numerusform>%1: عبارتان قد تكشفان وضع الهجرة، تُركتا كما كُتبتا (--mask-status-phrases يحجبهما):</numerusform>
            <numerusform>%1: %n عبارات قد تكشف وضع الهجرة، تُركت كما كُتبت (--mask-status-phrases يحجبها):</numerusform>
            <numerusform>%1: %n عبارة قد تكشف وضع الهجرة، تُركت كما كُتبت (--mask-status-phrases يحجبها):</numerusform>
            <numerusform>%1: %n عبارة قد تكشف وضع الهجرة، تُركت كما كُتبت (--mask-status-phrases يحجبها):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot; in: %3</source>
        <translation>  %1: &quot;%2&quot; في: %3</translation>
    </message>
    <message>
        <source>Write a case&apos;s complaint submission as a PDF. Sensitive client fields and witness contact details are withheld unless deliberately included, also where the free text mentions them; the PDF names the kinds withheld, never their values. Phrases that may reveal immigration status are listed on standard error and masked with --mask-status-phrases. Each report is recorded in the case (date, recipient, fields included, SHA-256) and in the audit log.</source>
        <translation>يكتب طلب الشكوى الخاص بقضية كملف PDF. تُحجب حقول العميل الحساسة وبيانات اتصال الشهود ما لم تُضمَّن عمدًا، وكذلك حيث يذكرها النص الحر؛ ويذكر ملف PDF أنواع البيانات المحجوبة، لا قيمها أبدًا. تُعرض العبارات التي قد تكشف وضع الهجرة في مخرج الأخطاء القياسي وتُحجب بـ --mask-status-phrases. يُسجَّل كل تقرير في القضية (التاريخ، الجهة المستلمة، الحقول المضمّنة، SHA-256) وفي سجل التدقيق.</translation>
    </message>
    <message>
        <source>Encrypt an existing plaintext database in place. The new passphrase comes from --passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal); the recovery key is shown once or written to --recovery-key-out. An encrypted copy is written beside the database and compared with it table by table; only then does it take the database&apos;s place, and no plaintext copy is left. The evidence files are sealed the same way, checked, and the plaintext ones deleted. Close TrustDesk first: the database must not be open anywhere else. Run it again after an interruption: it finishes or undoes what was begun.</source>
        <translation>يشفّر قاعدة بيانات موجودة غير مشفّرة في مكانها. تأتي كلمة المرور الجديدة من --passphrase-file (أو من الملف الذي يحدده TRUSTDESK_PASSPHRASE_FILE، أو تُطلب مرتين في الطرفية)؛ ويُعرض مفتاح الاسترداد مرة واحدة أو يُكتب في --recovery-key-out. تُكتب نسخة مشفّرة بجانب قاعدة البيانات وتُقارن بها جدولًا جدولًا؛ وبعد ذلك فقط تحلّ محل قاعدة البيانات، ولا تبقى أي نسخة غير مشفّرة. تُختم ملفات الأدلة بالطريقة نفسها وتُفحص، وتُحذف الملفات غير المشفّرة. أغلق TrustDesk أولًا: يجب ألا تكون قاعدة البيانات مفتوحة في أي مكان آخر. شغّله مجددًا بعد أي انقطاع: فهو يكمل ما بدأ أو يتراجع عنه.</translation>
    </message>
    <message>
        <source>List a case&apos;s evidence, oldest first, one item a line, tab-separated: SHA-256, item id, size in bytes, &quot;stored&quot; or &quot;metadata-only&quot; (details imported without the file), media type, date captured (UTC, or -), name. --json adds every field and the chain of custody; a redacted copy has redacted_copy_of (the original&apos;s id) and redaction (its boxes and method).</source>
        <translation>يسرد أدلة قضية، الأقدم أولًا، عنصرًا في كل سطر، مفصولة بعلامات جدولة: SHA-256، معرّف العنصر، الحجم بالبايت، &quot;stored&quot; أو &quot;metadata-only&quot; (تفاصيل مستوردة دون الملف)، نوع الوسائط، تاريخ الالتقاط (UTC، أو -)، الاسم. يضيف --json كل الحقول وسلسلة الحيازة؛ وللنسخة المحجوبة redacted_copy_of (معرّف الأصل) وredaction (مربعاتها وطريقتها).</translation>
    </message>
    <message>
        <source>Print the boxes OpenCV&apos;s face detection suggests for an image, one X,Y,W,H a line (as &quot;redact --box&quot; takes them), in the pixels of the upright image. Suggestions only: detection misses faces (small, turned, covered), so look at the image.</source>
        <translation>يطبع المربعات التي يقترحها كشف الوجوه في OpenCV لصورة، X,Y,W,H واحدًا في كل سطر (كما يقبلها &quot;redact --box&quot;)، ببكسلات الصورة بعد تعديل اتجاهها. هي اقتراحات فقط: الكشف يفوّت وجوهًا (صغيرة أو مائلة أو مغطّاة)، لذا انظر إلى الصورة.</translation>
    </message>
    <message>
        <source>the evidence item id (an image)</source>
        <translation>معرّف عنصر الأدلة (صورة)</translation>
    </message>
    <message>
        <source>print JSON: case_reference, evidence_id, width, height (of the upright image) and boxes, each with x, y, width, height</source>
        <translation>طباعة JSON: case_reference وevidence_id وwidth وheight (للصورة بعد تعديل اتجاهها) وboxes، لكل منها x وy وwidth وheight</translation>
    </message>
    <message>
        <source>No face was suggested; detection misses faces, so check the image.</source>
        <translation>لم يُقترح أي وجه؛ الكشف يفوّت وجوهًا، لذا افحص الصورة.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>آخر مراجعة: %1</translation>
    </message>
    <message>
        <source>Rights guidance from the built-in pack (or --pack FOLDER).
  guidance list [--lang L]                 one article a line, its id first
  guidance show ID [--lang L] [--pdf FILE] the article as text, or a handout PDF
  guidance search QUERY [--lang L]         articles containing every word (all languages without --lang)
  guidance version                         which pack is in use: id, version, review date, where from
  guidance install PATH                    install a newer pack from its folder or manifest.json, after checking it</source>
        <translation>إرشادات الحقوق من الحزمة المضمَّنة (أو --pack FOLDER).
  guidance list [--lang L]                 مقالة في كل سطر، معرّفها أولًا
  guidance show ID [--lang L] [--pdf FILE] المقالة نصًا، أو نشرة PDF
  guidance search QUERY [--lang L]         المقالات التي تحتوي كل الكلمات (كل اللغات بدون --lang)
  guidance version                         الحزمة المستخدمة: المعرّف، الإصدار، تاريخ المراجعة، المصدر
  guidance install PATH                    يثبّت حزمة أحدث من مجلدها أو من manifest.json، بعد فحصها</translation>
    </message>
    <message>
        <source>list, show, search, version or install</source>
        <translation>list أو show أو search أو version أو install</translation>
    </message>
    <message>
        <source>guidance needs an action: list, show, search, version or install.</source>
        <translation>يحتاج guidance إلى إجراء: list أو show أو search أو version أو install.</translation>
    </message>
    <message>
        <source>guidance install needs exactly one PATH, and no --pack.</source>
        <translation>يحتاج guidance install إلى PATH واحد بالضبط، ودون --pack.</translation>
    </message>
    <message>
        <source>Installed guidance %1 version %2 (was version %3) in %4.</source>
        <translation>ثُبّتت الإرشادات %1 الإصدار %2 (كان الإصدار %3) في %4.</translation>
    </message>
    <message>
        <source>guidance version takes no more arguments.</source>
        <translation>لا يقبل guidance version وسائط أخرى.</translation>
    </message>
    <message>
        <source>Unknown guidance action &quot;%1&quot;: use list, show, search, version or install.</source>
        <translation>إجراء guidance غير معروف &quot;%1&quot;: استخدم list أو show أو search أو version أو install.</translation>
    </message>
    <message>
        <source>Warning: these anonymous clients came with a name, which was not stored: %1</source>
        <translation>تحذير: جاء هؤلاء العملاء المجهولو الهوية مع اسم، ولم يُخزَّن: %1</translation>
    </message>
    <message>
        <source>Show the caseworker profile, or set it with --name (and --role). Audit and custody entries name this profile as who acted; without one they say &quot;unnamed&quot;. The --office options set the office printed on client copies and handouts.</source>
        <translation>يعرض ملف مسؤول القضية، أو يضبطه بـ --name (و--role). تذكر قيود التدقيق والحيازة هذا الملف بصفته من قام بالإجراء؛ وبدونه تذكر &quot;unnamed&quot;. تضبط خيارات --office المكتب المطبوع على نسخ العميل والنشرات.</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <source>its address (\n between lines)</source>
        <translation>عنوانه (\n بين الأسطر)</translation>
    </message>
    <message>
        <source>its phone number</source>
        <translation>رقم هاتفه</translation>
    </message>
    <message>
        <source>its email address</source>
        <translation>عنوان بريده الإلكتروني</translation>
    </message>
    <message>
        <source>its time zone (America/New_York)</source>
        <translation>منطقته الزمنية (America/New_York)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows (for example America/New_York).</source>
        <translation>&quot;%1&quot; ليست منطقة زمنية يعرفها هذا النظام (مثلًا America/New_York).</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>المكتب:</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>المنطقة الزمنية: %1</translation>
    </message>
    <message>
        <source>%1 needs a case reference and one evidence item id.</source>
        <translation>يحتاج %1 إلى مرجع قضية ومعرّف عنصر أدلة واحد.</translation>
    </message>
    <message>
        <source>Evidence item %1 is not on case %2.</source>
        <translation>عنصر الأدلة %1 ليس في القضية %2.</translation>
    </message>
    <message>
        <source>Store a redacted copy of an image as a new evidence item derived from it, and print the new item&apos;s id. Boxes are in the pixels of the image turned upright by its EXIF orientation (&quot;faces&quot; prints them the same way). The copy carries no metadata; the original is kept unchanged and still verifies.</source>
        <translation>يخزّن نسخة محجوبة من صورة كعنصر أدلة جديد مشتق منها، ويطبع معرّف العنصر الجديد. المربعات ببكسلات الصورة بعد تعديل اتجاهها حسب EXIF (ويطبعها &quot;faces&quot; بالطريقة نفسها). لا تحمل النسخة أي بيانات وصفية؛ ويبقى الأصل دون تغيير ويظل قابلًا للتحقق.</translation>
    </message>
    <message>
        <source>a box to cover: left, top, width, height in pixels (repeat for more boxes)</source>
        <translation>مربع للتغطية: اليسار، الأعلى، العرض، الارتفاع بالبكسل (كرّره لمربعات أخرى)</translation>
    </message>
    <message>
        <source>fill (solid black, the default) or pixelate (coarse blocks)</source>
        <translation>fill (أسود خالص، الافتراضي) أو pixelate (كتل خشنة)</translation>
    </message>
    <message>
        <source>also cover the faces OpenCV suggests (listed on stderr; detection misses faces: check the copy)</source>
        <translation>يغطي أيضًا الوجوه التي يقترحها OpenCV (تُسرد في stderr؛ الكشف يفوّت وجوهًا: افحص النسخة)</translation>
    </message>
    <message>
        <source>redact needs at least one --box X,Y,W,H (or --suggest).</source>
        <translation>يحتاج redact إلى --box X,Y,W,H واحد على الأقل (أو --suggest).</translation>
    </message>
    <message>
        <source>Suggested face: %1</source>
        <translation>وجه مقترح: %1</translation>
    </message>
    <message>
        <source>Nothing to redact: give boxes with --box. Nothing was stored.</source>
        <translation>لا شيء للحجب: حدّد مربعات بـ --box. لم يُخزَّن أي شيء.</translation>
    </message>
    <message>
        <source>The same redacted copy is already on the case (item %1).</source>
        <translation>النسخة المحجوبة نفسها موجودة بالفعل في القضية (العنصر %1).</translation>
    </message>
    <message>
        <source>bpd-iad (Boston Police internal affairs, the default), accountability (the City&apos;s police accountability office), post (the state&apos;s POST Commission, for officers of any agency) or another body&apos;s name</source>
        <translation>bpd-iad (الشؤون الداخلية في شرطة بوسطن، الافتراضي)، أو accountability (مكتب مساءلة الشرطة في المدينة)، أو post (POST Commission في الولاية، لضباط أي جهة)، أو اسم جهة أخرى</translation>
    </message>
    <message>
        <source>--to needs bpd-iad, accountability, post or a body&apos;s name.</source>
        <translation>يحتاج --to إلى bpd-iad أو accountability أو post أو اسم جهة.</translation>
    </message>
    <message>
        <source>with --pdf</source>
        <translation>مع --pdf</translation>
    </message>
    <message>
        <source>a4 or letter (default: the paper last chosen in the app, else letter)</source>
        <translation>a4 أو letter (الافتراضي: الورق الذي اختير آخر مرة في التطبيق، وإلا letter)</translation>
    </message>
    <message>
        <source>trustdesk-cli %1 does not work with an office server yet.</source>
        <translation>لا يعمل trustdesk-cli %1 مع خادم المكتب بعد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitive column of the case list. Use one of: %2.</source>
        <translation>«%1» ليس عمودًا حساسًا في قائمة القضايا. استخدم أحد: %2.</translation>
    </message>
    <message>
        <source>write the list as CSV for a spreadsheet (UTF-8 with a byte-order mark); sensitive client columns are left out unless included; recorded in the audit log</source>
        <translation>كتابة القائمة بصيغة CSV لجدول بيانات (UTF-8 مع علامة ترتيب البايتات)؛ تُستبعد أعمدة العميل الحساسة ما لم تُدرج؛ ويُسجَّل ذلك في سجل التدقيق</translation>
    </message>
    <message>
        <source>database file, or an office server&apos;s postgresql:// URI (default: %1)</source>
        <translation>ملف قاعدة البيانات، أو عنوان postgresql:// لخادم المكتب (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>List officers recorded in more than one incident, most incidents first: incidents, cases, badge number, agency, first and last incident, violation categories, name. Officers are recognized by badge number (spaces, &quot;#&quot;, &quot;No.&quot; and leading zeros ignored) and agency.</source>
        <translation>عرض الضباط المسجَّلين في أكثر من حادثة، الأكثر حوادث أولًا: الحوادث، والقضايا، ورقم الشارة، والجهة، وأول حادثة وآخرها، وفئات المخالفات، والاسم. يُتعرَّف على الضباط برقم الشارة (مع تجاهل المسافات و«#» و«No.» والأصفار البادئة) والجهة.</translation>
    </message>
    <message>
        <source>print JSON instead of one line an officer</source>
        <translation>طباعة JSON بدلًا من سطر واحد لكل ضابط</translation>
    </message>
    <message>
        <source>only officers in at least N incidents (default 2; 1 lists all)</source>
        <translation>الضباط الذين لهم N حوادث على الأقل فقط (الافتراضي 2؛ القيمة 1 تعرض الجميع)</translation>
    </message>
    <message>
        <source>instead, list the cases in which this badge number appears</source>
        <translation>بدلًا من ذلك، عرض القضايا التي يظهر فيها رقم الشارة هذا</translation>
    </message>
    <message>
        <source>with --badge, only this agency (records without an agency match any)</source>
        <translation>مع --badge، هذه الجهة فقط (السجلات التي لا جهة لها تطابق أي جهة)</translation>
    </message>
    <message>
        <source>officers takes no arguments.</source>
        <translation>لا يأخذ officers أي وسائط.</translation>
    </message>
    <message>
        <source>--min-incidents needs a whole number of 1 or more.</source>
        <translation>يحتاج --min-incidents إلى عدد صحيح يساوي 1 أو أكثر.</translation>
    </message>
    <message>
        <source>--agency needs --badge.</source>
        <translation>يحتاج --agency إلى --badge.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Cases and incidents by %1 and %2</source>
        <translation>القضايا والحوادث حسب %1 و%2</translation>
    </message>
    <message>
        <source>Cases and incidents by %1</source>
        <translation>القضايا والحوادث حسب %1</translation>
    </message>
    <message>
        <source>Incidents dated %1 to %2</source>
        <translation>الحوادث المؤرخة من %1 إلى %2</translation>
    </message>
    <message>
        <source>Incidents dated %1 or later</source>
        <translation>الحوادث المؤرخة في %1 أو بعده</translation>
    </message>
    <message>
        <source>Incidents dated %1 or earlier</source>
        <translation>الحوادث المؤرخة في %1 أو قبله</translation>
    </message>
    <message>
        <source>* suppressed: a count from 1 to %1, or one hidden so that such a count cannot be worked out from the totals.</source>
        <translation>* مخفي: عدد من 1 إلى %1، أو عدد أُخفي حتى لا يمكن استنتاج مثل هذا العدد من المجاميع.</translation>
    </message>
    <message>
        <source>A case or incident can count in several rows or columns (several categories, or incidents in several months, districts or agencies); totals count each once, so they are less than the sum of their cells.</source>
        <translation>قد تُعدّ القضية أو الحادثة في عدة صفوف أو أعمدة (عدة فئات، أو حوادث في عدة أشهر أو مناطق أو جهات)؛ وتعدّ المجاميع كلًّا منها مرة واحدة، لذا تكون أقل من مجموع خلاياها.</translation>
    </message>
    <message>
        <source>--by takes one or two dimensions, e.g. --by category,month.</source>
        <translation>يأخذ --by بُعدًا واحدًا أو بُعدين، مثل --by category,month.</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;. Use one or two of: %2.</source>
        <translation>بُعد غير معروف «%1». استخدم واحدًا أو اثنين من: %2.</translation>
    </message>
    <message>
        <source>--by names &quot;%1&quot; twice.</source>
        <translation>يذكر --by «%1» مرتين.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>يحتاج --%1 إلى تاريخ بصيغة YYYY-MM-DD، لا «%2».</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>يجب ألا يكون --from بعد --to.</translation>
    </message>
    <message>
        <source>--min-count needs a whole number of 1 or more.</source>
        <translation>يحتاج --min-count إلى عدد صحيح يساوي 1 أو أكثر.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>اختر --json أو --csv، لا كليهما.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>يحتاج --pdf إلى اسم ملف.</translation>
    </message>
    <message>
        <source>Count cases and incidents by one or two dimensions, for an office&apos;s own overview or to publish. Counts from 1 to K-1 are suppressed, and further counts where one could otherwise be worked out from the totals; no names, references or free text are printed (docs/statistics.md).</source>
        <translation>عدّ القضايا والحوادث حسب بُعد واحد أو بُعدين، لنظرة عامة داخل المكتب أو للنشر. تُخفى الأعداد من 1 إلى K-1، وأعداد أخرى كان يمكن بدونها استنتاج أحدها من المجاميع؛ ولا تُطبع أسماء أو أرقام مراجع أو نصوص حرة (docs/statistics.md).</translation>
    </message>
    <message>
        <source>one or two dimensions, comma-separated (default category): %1</source>
        <translation>بُعد واحد أو بُعدان، مفصولان بفاصلة (الافتراضي category): %1</translation>
    </message>
    <message>
        <source>count incidents dated on or after D (YYYY-MM-DD)</source>
        <translation>عدّ الحوادث المؤرخة في D أو بعده (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>count incidents dated on or before D (YYYY-MM-DD)</source>
        <translation>عدّ الحوادث المؤرخة في D أو قبله (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>suppress counts below K (default %1)</source>
        <translation>إخفاء الأعداد الأقل من K (الافتراضي %1)</translation>
    </message>
    <message>
        <source>only cases with these statuses, comma-separated</source>
        <translation>القضايا ذات هذه الحالات فقط، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>only the cases assigned to this caseworker</source>
        <translation>القضايا المسندة إلى مسؤول القضية هذا فقط</translation>
    </message>
    <message>
        <source>print JSON: each count, or null when suppressed</source>
        <translation>طباعة JSON: كل عدد، أو null إذا كان مخفيًا</translation>
    </message>
    <message>
        <source>print CSV (UTF-8 with a byte order mark)</source>
        <translation>طباعة CSV (UTF-8 مع علامة ترتيب البايتات)</translation>
    </message>
    <message>
        <source>also write the statistics as a PDF report to FILE</source>
        <translation>كتابة الإحصاءات أيضًا كتقرير PDF في FILE</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>لا يأخذ stats أي وسائط.</translation>
    </message>
    <message>
        <source>This program cannot write PDFs.</source>
        <translation>لا يستطيع هذا البرنامج كتابة ملفات PDF.</translation>
    </message>
    <message>
        <source>The office key has no recovery key: give your own passphrase.</source>
        <translation>ليس لمفتاح المكتب مفتاح استرداد: قدّم كلمة المرور الخاصة بك.</translation>
    </message>
    <message>
        <source>write the list as an Excel workbook (.xlsx) to the file given with --out; the same columns as --csv, recorded in the audit log</source>
        <translation>كتابة القائمة كمصنّف Excel (.xlsx) في الملف المحدد بـ --out؛ بالأعمدة نفسها التي في --csv، ويُسجَّل ذلك في سجل التدقيق</translation>
    </message>
    <message>
        <source>with --csv or --xlsx, deliberately add this sensitive client column (%1); repeatable, recorded in the audit log</source>
        <translation>مع --csv أو --xlsx: إضافة عمود العميل الحساس هذا عن قصد (%1)؛ يمكن تكراره، ويُسجَّل ذلك في سجل التدقيق</translation>
    </message>
    <message>
        <source>with --csv, write to FILE (owner-only) instead of standard output; with --xlsx, the file to write (required)</source>
        <translation>مع --csv: الكتابة إلى FILE (للمالك فقط) بدلًا من المخرجات القياسية؛ مع --xlsx: الملف المراد كتابته (إلزامي)</translation>
    </message>
    <message>
        <source>Choose one of --csv, --xlsx and --json.</source>
        <translation>اختر واحدًا فقط من --csv و--xlsx و--json.</translation>
    </message>
    <message>
        <source>--include and --out need --csv or --xlsx.</source>
        <translation>يحتاج --include و--out إلى --csv أو --xlsx.</translation>
    </message>
    <message>
        <source>An XLSX workbook is binary and is not written to a terminal. Give the file to write with --out FILE.</source>
        <translation>مصنّف XLSX ملف ثنائي ولا يُكتب في الطرفية. حدّد الملف المراد كتابته بـ --out FILE.</translation>
    </message>
    <message>
        <source>--xlsx writes a file, not standard output: give it with --out FILE.</source>
        <translation>يكتب --xlsx ملفًا، لا إلى المخرجات القياسية: حدّده بـ --out FILE.</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for the login &quot;%1&quot; with this passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`. Without at least one person&apos;s passphrase, the evidence on this server cannot be read: give the key to two people.</source>
        <translation>أُنشئ مفتاح المكتب، وحُفظت نسخة منه للحساب «%1» مشفّرة بكلمة المرور هذه. أضف الزملاء بالأمر `trustdesk-cli office-key add LOGIN`. دون كلمة مرور شخص واحد على الأقل لا يمكن قراءة الأدلة على هذا الخادم: أعطِ المفتاح لشخصين.</translation>
    </message>
    <message>
        <source>The office key was wrapped for the login &quot;%1&quot;: that person now opens the evidence with their own passphrase. Nothing was re-encrypted.</source>
        <translation>حُفظت نسخة مشفّرة من مفتاح المكتب للحساب «%1»: يفتح هذا الشخص الأدلة الآن بكلمة مروره الخاصة. لم يُعَد تشفير أي شيء.</translation>
    </message>
    <message>
        <source>Manage the office key of an office server, which encrypts the evidence kept in it. &quot;init&quot; makes the key and wraps it for your login with a passphrase (from --passphrase-file or asked twice). &quot;add LOGIN&quot; wraps the same key for a colleague: your passphrase comes from the usual places, theirs from --new-passphrase-file or is asked twice. &quot;list&quot; shows the logins holding the key.</source>
        <translation>يدير مفتاح المكتب لخادم مكتب، وهو المفتاح الذي يشفّر الأدلة المحفوظة فيه. &quot;init&quot; ينشئ المفتاح ويحفظ نسخة منه لحسابك مشفّرة بكلمة مرور (من --passphrase-file أو تُطلب مرتين). &quot;add LOGIN&quot; يحفظ نسخة من المفتاح نفسه لزميل: تؤخذ كلمة مرورك من الأماكن المعتادة، وكلمة مروره من --new-passphrase-file أو تُطلب مرتين. &quot;list&quot; يعرض الحسابات التي تملك المفتاح.</translation>
    </message>
    <message>
        <source>init, add or list</source>
        <translation>init أو add أو list</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s server login</source>
        <translation>مع add: حساب الزميل على الخادم</translation>
    </message>
    <message>
        <source>for add: the colleague&apos;s passphrase, the first line of FILE</source>
        <translation>مع add: كلمة مرور الزميل، السطر الأول من FILE</translation>
    </message>
    <message>
        <source>office-key needs init, add LOGIN or list.</source>
        <translation>يحتاج office-key إلى init أو add LOGIN أو list.</translation>
    </message>
    <message>
        <source>An office key exists only on an office server: give --db a postgresql:// URI. A database file is encrypted with its own passphrase instead.</source>
        <translation>لا يوجد مفتاح المكتب إلا على خادم مكتب: أعطِ --db عنوان postgresql://. أما ملف قاعدة البيانات فيُشفَّر بدلًا من ذلك بكلمة المرور الخاصة به.</translation>
    </message>
    <message>
        <source>Audit log checked only as far as your role allows: your %1 of %2 entries each match their hash. The links between everyone&apos;s entries can be checked only by a supervisor or an admin.</source>
        <translation>فُحص سجل التدقيق بالقدر الذي يسمح به دورك فقط: قيودك (%1 من أصل %2 قيد) يطابق كلٌّ منها بصمته (hash). أما الروابط بين قيود الجميع فلا يفحصها إلا مشرف أو مسؤول نظام.</translation>
    </message>
    <message>
        <source>--head was not checked: the entry may be one your role cannot read.</source>
        <translation>لم يُفحص --head: قد يكون القيد مما لا يسمح لك دورك بقراءته.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE and of its evidence to the folder FILE.evidence beside it (safe while TrustDesk is open); together they are an openable TrustDesk database. Neither may exist yet. Every evidence file is re-hashed while it is copied: a missing or changed file stops the backup with exit code 3 and nothing is left behind. Of an office database (a postgresql:// URI), FILE alone holds everything, evidence included, encrypted with the office key.</source>
        <translation>يكتب نسخة متسقة من قاعدة البيانات في FILE ومن أدلتها في المجلد FILE.evidence بجانبه (آمن أثناء فتح TrustDesk)؛ ويشكّلان معًا قاعدة بيانات TrustDesk يمكن فتحها. يجب ألا يكون أيٌّ منهما موجودًا. تُحسب بصمة كل ملف دليل من جديد أثناء نسخه: الملف المفقود أو المتغيّر يوقف النسخ الاحتياطي برمز الخروج 3 ولا يبقى منه شيء. أما لقاعدة بيانات مكتب (عنوان URI من نوع postgresql://) فيحتوي FILE وحده على كل شيء، بما فيه الأدلة، مشفّرًا بمفتاح المكتب.</translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents and its evidence with the backup FILE and the folder FILE.evidence beside it. The backup is verified first, every evidence file re-hashed; a backup that does not verify is refused and nothing changes. Run it while TrustDesk is closed. An encrypted backup (FILE.vault beside it) opens with the passphrase it was made with or the recovery key; it restores into an encrypted database, or onto a new path, which then opens like the backup. It is never restored into an unencrypted database. A plaintext backup restored into an encrypted database is encrypted on the way. An office backup restores into an empty office database only (a postgresql:// URI), opened with the passphrase of a login that held the office key when it was made.</source>
        <translation>يستبدل محتوى قاعدة البيانات وأدلتها بالنسخة الاحتياطية FILE والمجلد FILE.evidence بجانبها. يُتحقق من النسخة الاحتياطية أولًا، وتُحسب بصمة كل ملف دليل من جديد؛ وتُرفض النسخة التي لا تجتاز التحقق ولا يتغيّر شيء. شغّله وTrustDesk مغلق. تُفتح النسخة الاحتياطية المشفّرة (مع FILE.vault بجانبها) بكلمة المرور التي أُنشئت بها أو بمفتاح الاسترداد؛ وتُستعاد إلى قاعدة بيانات مشفّرة، أو إلى مسار جديد يُفتح بعدها مثل النسخة الاحتياطية. لا تُستعاد أبدًا إلى قاعدة بيانات غير مشفّرة. والنسخة الاحتياطية غير المشفّرة المستعادة إلى قاعدة بيانات مشفّرة تُشفَّر أثناء الاستعادة. أما النسخة الاحتياطية للمكتب فلا تُستعاد إلا إلى قاعدة بيانات مكتب فارغة (عنوان URI من نوع postgresql://)، وتُفتح بكلمة مرور حساب كان يملك مفتاح المكتب عند إنشائها.</translation>
    </message>
    <message>
        <source>office backup: whose copy of the office key opens it (default: the login of --db)</source>
        <translation>نسخة المكتب الاحتياطية: أي حساب تفتحها نسخته من مفتاح المكتب (الافتراضي: حساب --db)</translation>
    </message>
    <message>
        <source>--login is for restoring an office backup into an office database.</source>
        <translation>الخيار --login مخصص لاستعادة نسخة احتياطية للمكتب إلى قاعدة بيانات مكتب.</translation>
    </message>
    <message>
        <source>This office server has no office key yet, so there is no passphrase to change. Your server login&apos;s password is the server administrator&apos;s to change.</source>
        <translation>ليس لخادم المكتب هذا مفتاح مكتب بعد، لذا لا توجد كلمة مرور لتغييرها. أما كلمة سر حسابك على الخادم فيغيّرها مسؤول الخادم.</translation>
    </message>
    <message>
        <source>Your passphrase for the office key was changed: the old one no longer opens the evidence on this server as &quot;%1&quot;. Colleagues keep their own passphrases; nothing was re-encrypted. Your server login&apos;s password is unchanged.</source>
        <translation>تغيّرت كلمة مرورك لمفتاح المكتب: القديمة لم تعد تفتح الأدلة على هذا الخادم بالحساب «%1». يحتفظ الزملاء بكلمات مرورهم؛ لم يُعَد تشفير أي شيء. كلمة سر حسابك على الخادم لم تتغيّر.</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted database. The current passphrase (or the recovery key) comes from the usual places; the new one from --new-passphrase-file, else it is asked twice on the terminal. Only the key file is rewritten, in one step: after a crash exactly one of the two passphrases works. The recovery key stays the same. Backups made before keep opening with the passphrase they were made with. On an office server (--db postgresql://…) it changes your own passphrase for the office key instead.</source>
        <translation>يغيّر كلمة مرور قاعدة بيانات مشفّرة. تؤخذ كلمة المرور الحالية (أو مفتاح الاسترداد) من الأماكن المعتادة؛ والجديدة من --new-passphrase-file، وإلا فتُطلب مرتين في الطرفية. يُعاد كتابة ملف المفتاح وحده، في خطوة واحدة: بعد أي انهيار تعمل واحدة فقط من كلمتي المرور. يبقى مفتاح الاسترداد كما هو. وتظل النسخ الاحتياطية السابقة تُفتح بكلمة المرور التي أُنشئت بها. أما على خادم مكتب (--db postgresql://…) فيغيّر بدلًا من ذلك كلمة مرورك أنت لمفتاح المكتب.</translation>
    </message>
    <message>
        <source>An office server is not encrypted with a passphrase: encrypt turns a database file into a vault. On a server, its logins and TLS protect the case data, and the evidence is already encrypted with the office key (`trustdesk-cli office-key`).</source>
        <translation>خادم المكتب لا يُشفَّر بكلمة مرور: الأمر encrypt يحوّل ملف قاعدة بيانات إلى خزنة. على الخادم تحمي الحسابات وTLS بيانات القضايا، والأدلة مشفّرة أصلًا بمفتاح المكتب (`trustdesk-cli office-key`).</translation>
    </message>
    <message>
        <source>The office key was made and wrapped for your login with the office passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`.</source>
        <translation>أُنشئ مفتاح المكتب وغُلِّف لحسابك بكلمة مرور المكتب. أضف الزملاء بالأمر `trustdesk-cli office-key add LOGIN`.</translation>
    </message>
    <message>
        <source>Office key passphrase: </source>
        <translation>كلمة مرور مفتاح المكتب: </translation>
    </message>
    <message>
        <source>The server&apos;s office key needs your office passphrase: give --office-passphrase-file FILE or run migrate at a terminal.</source>
        <translation>يحتاج مفتاح المكتب على الخادم إلى كلمة مرور المكتب الخاصة بك: قدّم --office-passphrase-file FILE أو شغّل migrate في طرفية.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</source>
        <translation>
            <numerusform>لم تُنسخ أي قضية؛ ونُسخ %1 عنصر دليل (%2 بايت) إلى %3 وفُحص: لكل جدول الصفوف نفسها، وسلسلة التدقيق سليمة، وكل عنصر يُقرأ من جديد بـ SHA-256 الخاص به.</numerusform>
            <numerusform>نُسخت قضية واحدة و%1 عنصر دليل (%2 بايت) إلى %3 وفُحصت: لكل جدول الصفوف نفسها، وسلسلة التدقيق سليمة، وكل عنصر يُقرأ من جديد بـ SHA-256 الخاص به.</numerusform>
            <numerusform>نُسخت قضيتان و%1 عنصر دليل (%2 بايت) إلى %3 وفُحصت: لكل جدول الصفوف نفسها، وسلسلة التدقيق سليمة، وكل عنصر يُقرأ من جديد بـ SHA-256 الخاص به.</numerusform>
            <numerusform>نُسخت %n قضايا و%1 عنصر دليل (%2 بايت) إلى %3 وفُحصت: لكل جدول الصفوف نفسها، وسلسلة التدقيق سليمة، وكل عنصر يُقرأ من جديد بـ SHA-256 الخاص به.</numerusform>
            <numerusform>نُسخت %n قضية و%1 عنصر دليل (%2 بايت) إلى %3 وفُحصت: لكل جدول الصفوف نفسها، وسلسلة التدقيق سليمة، وكل عنصر يُقرأ من جديد بـ SHA-256 الخاص به.</numerusform>
            <numerusform>نُسخت %n قضية و%1 عنصر دليل (%2 بايت) إلى %3 وفُحصت: لكل جدول الصفوف نفسها، وسلسلة التدقيق سليمة، وكل عنصر يُقرأ من جديد بـ SHA-256 الخاص به.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was only read: keep it as it is until colleagues have worked on the server for a while, then delete it with its evidence folder (or keep it as a backup in a safe place).</source>
        <translation>قُرئ %1 فقط: احتفظ به كما هو حتى يعمل الزملاء على الخادم فترة من الوقت، ثم احذفه مع مجلد أدلته (أو احتفظ به كنسخة احتياطية في مكان آمن).</translation>
    </message>
    <message>
        <source>Copy the database file given with --db, with its evidence, into an empty office server (--to URI), then check the copy. The file is only read. An encrypted file opens with its passphrase as usual (--passphrase-file…). The evidence on the server is encrypted with the office key: when the server has none, it is made and wrapped with your office passphrase (--office-passphrase-file or asked twice); otherwise that passphrase unlocks it. Nothing is kept on the server unless everything copied and checked.</source>
        <translation>ينسخ ملف قاعدة البيانات المحدد بـ --db، مع أدلته، إلى خادم مكتب فارغ (--to URI)، ثم يفحص النسخة. الملف يُقرأ فقط. يُفتح الملف المشفّر بكلمة مروره كالمعتاد (--passphrase-file…). تُشفَّر الأدلة على الخادم بمفتاح المكتب: إن لم يكن للخادم مفتاح، يُنشأ ويُغلَّف بكلمة مرور المكتب الخاصة بك (--office-passphrase-file أو تُطلب مرتين)؛ وإلا فتلك الكلمة تفتحه. لا يُحتفظ بشيء على الخادم ما لم يُنسخ كل شيء ويُفحص.</translation>
    </message>
    <message>
        <source>the office server, a postgresql:// URI (required)</source>
        <translation>خادم المكتب، عنوان URI من نوع postgresql:// (مطلوب)</translation>
    </message>
    <message>
        <source>your passphrase for the office key, the first line of FILE (not the file&apos;s passphrase)</source>
        <translation>كلمة مرورك لمفتاح المكتب، السطر الأول من FILE (وليست كلمة مرور الملف)</translation>
    </message>
    <message>
        <source>print a summary as JSON</source>
        <translation>يطبع ملخصًا بصيغة JSON</translation>
    </message>
    <message>
        <source>migrate takes no arguments.</source>
        <translation>لا يقبل migrate أي وسائط.</translation>
    </message>
    <message>
        <source>migrate needs --to URI.</source>
        <translation>يحتاج migrate إلى --to URI.</translation>
    </message>
    <message>
        <source>migrate copies a database file: give --db the file and --to the server.</source>
        <translation>ينسخ migrate ملف قاعدة بيانات: أعطِ --db الملف و--to الخادم.</translation>
    </message>
    <message>
        <source>--to needs an office server&apos;s postgresql:// URI.</source>
        <translation>يحتاج --to إلى عنوان URI من نوع postgresql:// لخادم مكتب.</translation>
    </message>
    <message>
        <source>The database file is at schema version %1, this version of TrustDesk at %2: open it once with the app or change it with trustdesk-cli to upgrade it, then migrate.</source>
        <translation>ملف قاعدة البيانات على إصدار المخطط %1، وهذا الإصدار من TrustDesk على %2: افتحه مرة بالتطبيق أو عدّله بـ trustdesk-cli لترقيته، ثم انقله.</translation>
    </message>
    <message>
        <source>The office server already holds data (table &quot;%1&quot; has rows): migrate copies only into an empty office database. Nothing was changed.</source>
        <translation>يحتوي خادم المكتب على بيانات بالفعل (في الجدول «%1» صفوف): لا ينسخ migrate إلا إلى قاعدة بيانات مكتب فارغة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Migrating into the office database</source>
        <translation>جارٍ النقل إلى قاعدة بيانات المكتب</translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 bytes</source>
        <translation>الأدلة: %1 من %2 بايت</translation>
    </message>
    <message>
        <source>Checking the copy: %1 of %2</source>
        <translation>جارٍ فحص النسخة: %1 من %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>جارٍ نسخ %1: %2 من %3 صف</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 موجود بالفعل؛ اختر اسمًا جديدًا للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>جارٍ النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>It holds the whole office database, evidence included, encrypted with the office key: it opens with the passphrase of a person who held the key when it was made.</source>
        <translation>تحتوي على قاعدة بيانات المكتب كاملة، بما فيها الأدلة، مشفّرة بمفتاح المكتب: تُفتح بكلمة مرور شخص كان يملك المفتاح عند إنشائها.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored; the office database is unchanged. %2</source>
        <translation>لم تُستعَد «%1»؛ قاعدة بيانات المكتب لم تتغيّر. %2</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>جارٍ الاستعادة</translation>
    </message>
    <message>
        <source>Say whose passphrase opens the backup with --login: one of %1.</source>
        <translation>حدّد بـ --login صاحب كلمة المرور التي تفتح النسخة الاحتياطية: أحد هؤلاء %1.</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>فشل التحقق: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: %1 (made %2 by %3, schema %4; %n evidence item(s) open whole, audit log of %5 entries chains)</source>
        <translation>
            <numerusform>تم التحقق من النسخة الاحتياطية: %1 (أُنشئت %2 بواسطة %3، المخطط %4؛ لا توجد عناصر أدلة، وسلسلة سجل التدقيق المؤلف من %5 قيد سليمة)</numerusform>
            <numerusform>تم التحقق من النسخة الاحتياطية: %1 (أُنشئت %2 بواسطة %3، المخطط %4؛ عنصر الدليل الوحيد يُفتح كاملًا، وسلسلة سجل التدقيق المؤلف من %5 قيد سليمة)</numerusform>
            <numerusform>تم التحقق من النسخة الاحتياطية: %1 (أُنشئت %2 بواسطة %3، المخطط %4؛ عنصرا الدليل يُفتحان كاملين، وسلسلة سجل التدقيق المؤلف من %5 قيد سليمة)</numerusform>
            <numerusform>تم التحقق من النسخة الاحتياطية: %1 (أُنشئت %2 بواسطة %3، المخطط %4؛ %n عناصر أدلة تُفتح كاملة، وسلسلة سجل التدقيق المؤلف من %5 قيد سليمة)</numerusform>
            <numerusform>تم التحقق من النسخة الاحتياطية: %1 (أُنشئت %2 بواسطة %3، المخطط %4؛ %n عنصرًا من الأدلة تُفتح كاملة، وسلسلة سجل التدقيق المؤلف من %5 قيد سليمة)</numerusform>
            <numerusform>تم التحقق من النسخة الاحتياطية: %1 (أُنشئت %2 بواسطة %3، المخطط %4؛ %n عنصر دليل تُفتح كاملة، وسلسلة سجل التدقيق المؤلف من %5 قيد سليمة)</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy on the server differs from the database file (%1). Nothing was kept on the server.</source>
        <translation>النسخة على الخادم تختلف عن ملف قاعدة البيانات (%1). لم يُحتفظ بشيء على الخادم.</translation>
    </message>
    <message>
        <source>Evidence item %1 (%2) of case %3 could not be copied: %4 Nothing was kept on the server.</source>
        <translation>تعذّر نسخ عنصر الدليل %1 (%2) من القضية %3: %4 لم يُحتفظ بشيء على الخادم.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 on the server</source>
        <translation>%1: %2 صف، و%3 على الخادم</translation>
    </message>
    <message>
        <source>%1: the rows&apos; contents</source>
        <translation>%1: محتوى الصفوف</translation>
    </message>
    <message>
        <source>evidence item %1 (%2)</source>
        <translation>عنصر الدليل %1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is now %2 on this office server.</source>
        <translation>أصبح الحساب «%1» الآن %2 على خادم المكتب هذا.</translation>
    </message>
    <message>
        <source>the person&apos;s server login</source>
        <translation>حساب الشخص على الخادم</translation>
    </message>
    <message>
        <source>for role: caseworker, supervisor or admin</source>
        <translation>مع role: ‏caseworker أو supervisor أو admin</translation>
    </message>
    <message>
        <source>for add: caseworker, supervisor or admin</source>
        <translation>مع add: ‏caseworker أو supervisor أو admin</translation>
    </message>
    <message>
        <source>for list: print JSON</source>
        <translation>مع list: يطبع JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use caseworker, supervisor or admin.</source>
        <translation>«%1» ليس دورًا: استخدم caseworker أو supervisor أو admin.</translation>
    </message>
    <message>
        <source>Staff and roles exist only on an office server: give --db a postgresql:// URI. A database file belongs to whoever can open it.</source>
        <translation>لا يوجد موظفون وأدوار إلا على خادم مكتب: أعطِ --db عنوان URI من نوع postgresql://. أما ملف قاعدة البيانات فهو لمن يستطيع فتحه.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no role on this office server any more; the login itself was kept.</source>
        <translation>لم يعد للحساب «%1» أي دور على خادم المكتب هذا؛ وبقي الحساب نفسه.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; had no role on this office server.</source>
        <translation>لم يكن للحساب «%1» أي دور على خادم المكتب هذا.</translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity, links between records, the search index and case numbering, and re-hash every evidence file in the store (changed, missing or unexpected files fail). Changes nothing but the evidence chain of custody, which records each verification. With --backup FILE, check an office database&apos;s backup instead, without restoring it: every seal, the row counts, the audit chain and every evidence item&apos;s sealed chunks.</source>
        <translation>يفحص قاعدة البيانات: سلامة SQLite، والروابط بين السجلات، وفهرس البحث وترقيم القضايا، ويعيد حساب بصمة كل ملف دليل في المخزن (الملفات المتغيّرة أو المفقودة أو غير المتوقعة تُفشل الفحص). لا يغيّر شيئًا سوى سلسلة حيازة الأدلة التي تسجّل كل تحقق. مع --backup FILE يفحص بدلًا من ذلك نسخة احتياطية لقاعدة بيانات مكتب دون استعادتها: كل ختم، وعدد الصفوف، وسلسلة التدقيق، والأجزاء المختومة لكل عنصر دليل.</translation>
    </message>
    <message>
        <source>check this office backup file instead</source>
        <translation>يفحص ملف النسخة الاحتياطية للمكتب هذا بدلًا من ذلك</translation>
    </message>
    <message>
        <source>with --backup: whose copy of the office key opens it (default: the login of --db, or the only one)</source>
        <translation>مع --backup: أي حساب تفتحها نسخته من مفتاح المكتب (الافتراضي: حساب --db، أو الحساب الوحيد)</translation>
    </message>
    <message>
        <source>--login goes with --backup.</source>
        <translation>يُستخدم --login مع --backup فقط.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure, 4 wrong or missing passphrase or recovery key, 5 not allowed to this login by the office server.</source>
        <translation>رموز الخروج: 0 نجاح، 1 خطأ في الاستخدام، 2 إدخال غير صالح أو غير موجود، 3 فشل في السلامة، 4 كلمة مرور أو مفتاح استرداد خاطئ أو مفقود، 5 لا يسمح خادم المكتب بذلك لهذا الحساب.</translation>
    </message>
    <message>
        <source>office passphrase file</source>
        <translation>ملف كلمة مرور المكتب</translation>
    </message>
    <message>
        <source>login password file</source>
        <translation>ملف كلمة السر</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has a new password; its old one no longer opens the office server.</source>
        <translation>للحساب «%1» كلمة سر جديدة؛ ولم تعد كلمة السر القديمة تفتح خادم المكتب.</translation>
    </message>
    <message>
        <source>Manage the people of an office server (admins only). &quot;add LOGIN --role ROLE&quot; gives a login a role, creating the login (without a password, or with the first line of --password-file, ASCII only, of which the server receives only the SCRAM-SHA-256 verifier) when it is missing; &quot;role LOGIN ROLE&quot; changes it; &quot;password LOGIN --password-file FILE&quot; gives a staff member a new password (the same rules) and keeps the role; &quot;remove LOGIN&quot; takes every role away (the login stays); &quot;list&quot; shows login, role and whether the person holds the office key. Roles: caseworker, supervisor, admin.</source>
        <translation>يدير الأشخاص على خادم المكتب (لمسؤولي النظام فقط). &quot;add LOGIN --role ROLE&quot; يعطي حسابًا دورًا، وينشئ الحساب إن لم يكن موجودًا (بدون كلمة سر، أو بالسطر الأول من --password-file، بأحرف ASCII فقط، ولا يتلقى الخادم منه إلا قيمة التحقق SCRAM-SHA-256)؛ &quot;role LOGIN ROLE&quot; يغيّر الدور؛ &quot;password LOGIN --password-file FILE&quot; يعطي موظفًا كلمة سر جديدة (بالقواعد نفسها) ويُبقي دوره؛ &quot;remove LOGIN&quot; يزيل كل الأدوار (ويبقى الحساب)؛ &quot;list&quot; يعرض الحساب والدور وما إذا كان الشخص يملك مفتاح المكتب. الأدوار: caseworker وsupervisor وadmin.</translation>
    </message>
    <message>
        <source>add, role, password, remove or list</source>
        <translation>أحد الأوامر: add أو role أو password أو remove أو list</translation>
    </message>
    <message>
        <source>for add and password: the login&apos;s password (ASCII), the first line of FILE; only its SCRAM-SHA-256 verifier is sent to the server</source>
        <translation>مع add وpassword: كلمة سر الحساب (ASCII)، السطر الأول من FILE؛ لا يُرسَل إلى الخادم إلا قيمة التحقق SCRAM-SHA-256 الخاصة بها</translation>
    </message>
    <message>
        <source>staff needs add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN --password-file FILE, remove LOGIN or list.</source>
        <translation>يحتاج staff إلى add LOGIN --role ROLE أو role LOGIN ROLE أو password LOGIN --password-file FILE أو remove LOGIN أو list.</translation>
    </message>
</context>
</TS>
