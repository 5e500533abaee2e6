<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupMessages</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListExportFlow</name>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Exported %n case to %1.</numerusform>
            <numerusform>Exported %n cases to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceJob</name>
    <message numerus="yes">
        <source>All %n evidence file(s) are intact.</source>
        <translation>
            <numerusform>The %n evidence file is intact.</numerusform>
            <numerusform>All %n evidence files are intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeRestoreFlow</name>
    <message numerus="yes">
        <source>The office database %1 now holds the %Ln case(s) of the backup %2, with their evidence and audit log; the backup and the audit log&apos;s chain were checked.</source>
        <translation>
            <numerusform>The office database %1 now holds the %Ln case of the backup %2, with its evidence and audit log; the backup and the audit log&apos;s chain were checked.</numerusform>
            <numerusform>The office database %1 now holds the %Ln cases of the backup %2, with their evidence and audit log; the backup and the audit log&apos;s chain were checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message numerus="yes">
        <source>The %Ln case(s) in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</source>
        <translation>
            <numerusform>The %Ln case in TrustDesk now, and its evidence, will be replaced by the backup&apos;s.</numerusform>
            <numerusform>The %Ln cases in TrustDesk now, and their evidence, will be replaced by the backup&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s); its newest recorded change is from %2.</source>
        <translation>
            <numerusform>The backup &quot;%1&quot; holds %Ln case; its newest recorded change is from %2.</numerusform>
            <numerusform>The backup &quot;%1&quot; holds %Ln cases; its newest recorded change is from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup &quot;%1&quot; holds %Ln case(s).</source>
        <translation>
            <numerusform>The backup &quot;%1&quot; holds %Ln case.</numerusform>
            <numerusform>The backup &quot;%1&quot; holds %Ln cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk now holds the %Ln case(s) of the backup %1, with their evidence.</source>
        <translation>
            <numerusform>TrustDesk now holds the %Ln case of the backup %1, with its evidence.</numerusform>
            <numerusform>TrustDesk now holds the %Ln cases of the backup %1, with their evidence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message numerus="yes">
        <source>%n rare agency or outcome name(s) are replaced by &quot;Other …&quot;.</source>
        <translation>
            <numerusform>%n rare agency or outcome name is replaced by &quot;Other …&quot;.</numerusform>
            <numerusform>%n rare agency or outcome names are replaced by &quot;Other …&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::AuditLogDialog</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln event(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln event</numerusform>
            <numerusform>Showing %1 of %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseListExportDialog</name>
    <message numerus="yes">
        <source>The %n case(s) of the current list, in its order, go to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</source>
        <translation>
            <numerusform>The %n case of the current list goes to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</numerusform>
            <numerusform>The %n cases of the current list, in its order, go to a spreadsheet file, CSV or Excel workbook (reference, status, dates, caseworker, client name and language). The export is recorded in the audit log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CaseWorkspace</name>
    <message numerus="yes">
        <source>%n unsaved draft(s) could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</source>
        <translation>
            <numerusform>%n unsaved draft could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</numerusform>
            <numerusform>%n unsaved drafts could not be opened: the file was changed or damaged on disk, so it was not restored. It was kept aside in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePanel</name>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Attaching %n file…</numerusform>
            <numerusform>Attaching %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence of case %1 (%n item(s))</source>
        <translation>
            <numerusform>Evidence of case %1 (%n item)</numerusform>
            <numerusform>Evidence of case %1 (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::EvidencePreviewDialog</name>
    <message numerus="yes">
        <source>Showing this PDF took longer than %n second(s) and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</source>
        <translation>
            <numerusform>Showing this PDF took longer than %n second and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</numerusform>
            <numerusform>Showing this PDF took longer than %n seconds and was stopped. It may be damaged or built to overload a viewer; use Open with System Viewer if you trust it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::GuidanceSearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::LockScreen</name>
    <message numerus="yes">
        <source>%1 You can try again in %n second(s).</source>
        <translation>
            <numerusform>%1 You can try again in %n second.</numerusform>
            <numerusform>%1 You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln matching case(s)</source>
        <translation>
            <numerusform>%Ln matching case</numerusform>
            <numerusform>%Ln matching cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln matching case(s)</source>
        <translation>
            <numerusform>More than %Ln matching case</numerusform>
            <numerusform>More than %Ln matching cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln case(s)</source>
        <translation>
            <numerusform>More than %Ln case</numerusform>
            <numerusform>More than %Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerHint</name>
    <message numerus="yes">
        <source>This officer appears in %n other case(s): %1</source>
        <translation>
            <numerusform>This officer appears in %n other case: %1</numerusform>
            <numerusform>This officer appears in %n other cases: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OfficerRosterDialog</name>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>%n officer.</numerusform>
            <numerusform>%n officers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this officer.</source>
        <translation>
            <numerusform>%n case of this officer.</numerusform>
            <numerusform>%n cases of this officer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::RedactDialog</name>
    <message numerus="yes">
        <source>%n face(s) suggested (dashed yellow): accept each with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</source>
        <translation>
            <numerusform>%n face suggested (dashed yellow): accept it with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</numerusform>
            <numerusform>%n faces suggested (dashed yellow): accept each with a double-click or Enter, move or delete it. Detection misses faces: check the whole image.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested box(es) were not accepted and will not be covered.</source>
        <translation>
            <numerusform>%n suggested box was not accepted and will not be covered.</numerusform>
            <numerusform>%n suggested boxes were not accepted and will not be covered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover; %1 suggestion(s) to review.</source>
        <translation>
            <numerusform>%n box to cover; %1 suggestion(s) to review.</numerusform>
            <numerusform>%n boxes to cover; %1 suggestion(s) to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to cover.</source>
        <translation>
            <numerusform>%n box to cover.</numerusform>
            <numerusform>%n boxes to cover.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::StatisticsWindow</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ca&amp;ses in %1: %Ln (double-click or Enter opens one)</source>
        <translation>
            <numerusform>Ca&amp;ses in %1: %Ln (double-click or Enter opens it)</numerusform>
            <numerusform>Ca&amp;ses in %1: %Ln (double-click or Enter opens one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk-cli</name>
    <message numerus="yes">
        <source>%n demo case(s) were added before the error.</source>
        <translation>
            <numerusform>%n demo case was added before the error.</numerusform>
            <numerusform>%n demo cases were added before the error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>Added %n demo case.</numerusform>
            <numerusform>Added %n demo cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no file (details imported only) and are listed in the manifest.</source>
        <translation>
            <numerusform>%n item has no file (details imported only) and is listed in the manifest.</numerusform>
            <numerusform>%n items have no file (details imported only) and are listed in the manifest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Exported %n case to %1.</numerusform>
            <numerusform>Exported %n cases to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n problem(s).</source>
        <translation>
            <numerusform>Verification FAILED: %n problem.</numerusform>
            <numerusform>Verification FAILED: %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entries, chain head %1.</source>
        <translation>
            <numerusform>Audit log verified: %n entry, chain head %1.</numerusform>
            <numerusform>Audit log verified: %n entries, chain head %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Metadata (such as GPS position, author, camera) was removed from %n copy(ies); the originals in the store are unchanged.</source>
        <translation>
            <numerusform>Metadata (such as GPS position, author, camera) was removed from %n copy; the original in the store is unchanged.</numerusform>
            <numerusform>Metadata (such as GPS position, author, camera) was removed from %n copies; the originals in the store are unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check them before they leave. The manifest marks them.</source>
        <translation>
            <numerusform>%n file is of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check it before it leaves. The manifest marks it.</numerusform>
            <numerusform>%n files are of a kind whose metadata TrustDesk cannot remove (video, audio, documents); check them before they leave. The manifest marks them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s) whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</source>
        <translation>
            <numerusform>… and %n more case whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</numerusform>
            <numerusform>… and %n more cases whose free text had withheld values or phrases that may reveal immigration status (show REF lists them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n withheld value(s) found in the free text and masked.</source>
        <translation>
            <numerusform>%1: %n withheld value found in the free text and masked.</numerusform>
            <numerusform>%1: %n withheld values found in the free text and masked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, masked:</source>
        <translation>
            <numerusform>%1: %n phrase that may reveal immigration status, masked:</numerusform>
            <numerusform>%1: %n phrases that may reveal immigration status, masked:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phrase(s) that may reveal immigration status, left as written (--mask-status-phrases masks them):</source>
        <translation>
            <numerusform>%1: %n phrase that may reveal immigration status, left as written (--mask-status-phrases masks it):</numerusform>
            <numerusform>%1: %n phrases that may reveal immigration status, left as written (--mask-status-phrases masks them):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</source>
        <translation>
            <numerusform>Copied %n case and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</numerusform>
            <numerusform>Copied %n cases and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table has the same rows, the audit chain holds and every item reads back with its SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: %1 (made %2 by %3, schema %4; %n evidence item(s) open whole, audit log of %5 entries chains)</source>
        <translation>
            <numerusform>Backup verified: %1 (made %2 by %3, schema %4; %n evidence item opens whole, audit log of %5 entries chains)</numerusform>
            <numerusform>Backup verified: %1 (made %2 by %3, schema %4; %n evidence items open whole, audit log of %5 entries chains)</numerusform>
        </translation>
    </message>
</context>
</TS>
