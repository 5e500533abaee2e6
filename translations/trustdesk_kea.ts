<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kea">
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the copy could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file &quot;%1&quot; could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not verify, so it was discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>Reading cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 no longer exists; it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The case reference must look like TD-2026-00042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the case was opened is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot be closed before it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom the complaint was filed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 must be 64 lowercase hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original file name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client&apos;s name, or mark the client as anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown violation category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, badge number or a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Saving the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case numbering could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Anonymous client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientField</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>write a consistent, verified copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the database with a verified backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database, or bring an existing one to the current schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or migrate the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list cases, optionally of one status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text search over cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check integrity and invariants (exit 3 on failure)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Starting to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a TrustDesk database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of TrustDesk. Update TrustDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a TrustDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a TrustDesk database (it is not an SQLite database at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged (its header is invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: it is shorter than its own header says (it may have been cut off while copying). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a TrustDesk database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of TrustDesk (schema %2; this version knows up to %3). Update TrustDesk to open it. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. TrustDesk needs to write to its database; copy it to a folder you can write to, or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding &quot;%1&quot; is read-only. TrustDesk needs to write beside its database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the database reported an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is in use by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (it is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the data conflicts with what is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Verifying the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not carry TrustDesk&apos;s application id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is version %1; this TrustDesk uses %2 (run init to upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken link between records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is missing from the search index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index holds an entry (%1) for a case that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client record %1 belongs to no case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was closed before it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence record %1 has an invalid SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident record %1 has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; is not in the TD-YYYY-NNNNN form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case numbering for %1 is behind case %2; a new case could reuse its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is inconsistent and needs rebuilding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationCategory</name>
    <message>
        <source>Sharing personal information without lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police shared personally identifiable information (such as a name, address or immigration details) with immigration enforcement without a lawful basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honouring a civil immigration detainer without legal authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police held a person, or arranged a hand-over, because of a civil immigration detainer request, without legal authority or contrary to policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questioning or detention solely on immigration suspicion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police questioned, stopped or held a person only because they suspected something about the person&apos;s immigration status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other conduct related to cooperation with immigration enforcement; describe it in the narrative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk-cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE (safe while TrustDesk is open). FILE must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents with the backup FILE. The backup is verified first; a file that does not verify is refused and nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List cases, newest first: reference, status, opened date, client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases with this status (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of one line a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases. Accents and case do not matter; the last word may be the start of a word. Best matches first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N results (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity, links between records, the search index and case numbering. Reads only; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
