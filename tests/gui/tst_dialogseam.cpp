// The one dialog seam: every dialog entry point takes its answer from DialogSeam's queue, in
// order and by kind; the older static test functions are thin wrappers over it; reset() leaves
// nothing for the next test; hand-offs to other programs can be recorded instead. And the one
// objectName helper for names built from stored codes.
#include "dialogs/dialogseam.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "evidence/evidencedialogs.h"
#include "widgets/objectnames.h"

#include <QTest>

using namespace td::ui;
using Kind = DialogSeam::Kind;

class TestDialogSeam : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(DialogSeam::pending().isEmpty()); }
    void cleanup() { DialogSeam::reset(); }

    void answersComeInOrderByKind()
    {
        DialogSeam::answerNext(Kind::YesNo, true);
        DialogSeam::answerNext(Kind::Choice, 2);
        DialogSeam::answerNext(Kind::YesNo, false);
        DialogSeam::answerNext(Kind::FileName, QStringLiteral("/tmp/a.pdf"));
        DialogSeam::answerNext(Kind::FileName, QString()); // then cancelled
        QCOMPARE(DialogSeam::pending().size(), 5);

        QCOMPARE(Questions::ask(nullptr, QStringLiteral("T"), QStringLiteral("Which?"),
                     {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, 0, 1),
            2);
        QVERIFY(MessageBox::question(
            nullptr, QStringLiteral("T"), QStringLiteral("First?"), QStringLiteral("Yes")));
        QVERIFY(!MessageBox::question(
            nullptr, QStringLiteral("T"), QStringLiteral("Second?"), QStringLiteral("Yes")));
        QCOMPARE(FileDialog::savePdf(nullptr, QStringLiteral("/tmp"), QStringLiteral("x.pdf")),
            QStringLiteral("/tmp/a.pdf"));
        QCOMPARE(FileDialog::savePdf(nullptr, QStringLiteral("/tmp"), QStringLiteral("x.pdf")),
            QString());
        QVERIFY(DialogSeam::pending().isEmpty());

        // What each one said stays apart: a question with buttons is not a message box.
        QCOMPARE(MessageBox::lastMessage(), QStringLiteral("Second?"));
        QCOMPARE(Questions::lastQuestion(), QStringLiteral("Which?"));
        QCOMPARE(Questions::lastDefaultButton(), QStringLiteral("A"));
    }

    void theOldFunctionsReplaceTheirKindsAnswer()
    {
        // Written against the older seams: "set next" replaces, as it always did.
        MessageBox::setNextAnswer(true);
        MessageBox::setNextAnswer(false);
        Questions::setNextAnswer(1);
        QVERIFY(Questions::hasPendingAnswer());
        FileDialog::setNextFileNames({QStringLiteral("/a"), QStringLiteral("/b")});
        FileDialog::setNextFileName(QStringLiteral("/c"));
        EvidenceDialogs::setNextFiles({QStringLiteral("/e1"), QStringLiteral("/e2")});
        EvidenceDialogs::setNextRemovalReason(std::nullopt);
        MessageBox::acknowledgeNextWarning();
        MessageBox::acknowledgeNextWarning();
        QCOMPARE(DialogSeam::pending().size(), 6);

        QVERIFY(!MessageBox::question(nullptr, {}, QStringLiteral("Q"), QStringLiteral("Yes")));
        QCOMPARE(Questions::ask(nullptr, {}, QStringLiteral("Q"),
                     {QStringLiteral("A"), QStringLiteral("B")}, 0, 1),
            1);
        QVERIFY(!Questions::hasPendingAnswer());
        QCOMPARE(FileDialog::openDatabase(nullptr, {}), QStringLiteral("/c"));
        QCOMPARE(EvidenceDialogs::filesToAttach(nullptr, {}),
            (QStringList {QStringLiteral("/e1"), QStringLiteral("/e2")}));
        QCOMPARE(EvidenceDialogs::removalReason(nullptr, QStringLiteral("x")), std::nullopt);
        MessageBox::warning(nullptr, {}, QStringLiteral("Careful"));
        QCOMPARE(MessageBox::lastMessage(), QStringLiteral("Careful"));
        QVERIFY(DialogSeam::pending().isEmpty());

        EvidenceDialogs::setNextRemovalReason(QStringLiteral("duplicate"));
        QCOMPARE(EvidenceDialogs::removalReason(nullptr, QStringLiteral("x")),
            std::optional<QString>(QStringLiteral("duplicate")));
        Questions::setNextAnswer(0);
        Questions::clearNextAnswer();
        QVERIFY(DialogSeam::pending().isEmpty());
    }

    void aBadDatabaseChoiceSilencesTheWarningBeforeIt()
    {
        MessageBox::setNextBadDatabaseChoice(MessageBox::BadDatabaseChoice::CreateNew);
        MessageBox::warning(nullptr, {}, QStringLiteral("not shown")); // would block otherwise
        QCOMPARE(MessageBox::badDatabase(nullptr, QStringLiteral("bad")),
            MessageBox::BadDatabaseChoice::CreateNew);
        QCOMPARE(MessageBox::lastMessage(), QStringLiteral("bad"));
    }

    void resetLeavesNothingForTheNextTest()
    {
        MessageBox::setNextAnswer(true);
        FileDialog::setNextFileName(QStringLiteral("/left/over.pdf"));
        MessageBox::acknowledgeNextInformation();
        MessageBox::information(nullptr, {}, QStringLiteral("x")); // takes its answer
        QCOMPARE(DialogSeam::pending(),
            (QStringList {
                QStringLiteral("YesNo: true"), QStringLiteral("FileName: /left/over.pdf")}));
        DialogSeam::reset();
        QVERIFY(DialogSeam::pending().isEmpty());
        QVERIFY(MessageBox::lastMessage().isEmpty());
        QVERIFY(!DialogSeam::hasPending(Kind::YesNo));
    }

    void handOffsCanBeRecorded()
    {
        DialogSeam::setRecordHandOffsOnly(true);
        QVERIFY(DialogSeam::open(QUrl::fromLocalFile(QStringLiteral("/tmp/x.pdf"))));
        QCOMPARE(DialogSeam::lastOpened(), QUrl::fromLocalFile(QStringLiteral("/tmp/x.pdf")));
        EvidenceDialogs::openExternally(nullptr, QStringLiteral("/tmp/photo.jpg"));
        QCOMPARE(EvidenceDialogs::lastOpened(), QStringLiteral("/tmp/photo.jpg"));
        DialogSeam::reset(); // forgets what was opened, keeps the mode
        QVERIFY(DialogSeam::lastOpened().isEmpty());
        QVERIFY(DialogSeam::open(QUrl::fromLocalFile(QStringLiteral("/tmp/y.pdf"))));
        DialogSeam::setRecordHandOffsOnly(false);
    }

    void objectNamesFollowTheCodes()
    {
        QCOMPARE(camelCase(QStringLiteral("due_on")), QStringLiteral("dueOn"));
        QCOMPARE(
            camelCase(QStringLiteral("due_on"), FirstLetter::Capitalized), QStringLiteral("DueOn"));
        QCOMPARE(camelCase(QStringLiteral("a_number"), FirstLetter::Capitalized),
            QStringLiteral("ANumber"));
        QCOMPARE(camelCase(QStringLiteral("civil_detainer")), QStringLiteral("civilDetainer"));
        // Stray underscores disappear; everything else is kept.
        QCOMPARE(camelCase(QStringLiteral("_pii__sharing_"), FirstLetter::Capitalized),
            QStringLiteral("PiiSharing"));
        QCOMPARE(camelCase(QStringLiteral("witness_2_contact")), QStringLiteral("witness2Contact"));
    }
};

QTEST_MAIN(TestDialogSeam)
#include "tst_dialogseam.moc"
