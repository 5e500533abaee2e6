// The complaint submission dialog: defaults withhold every sensitive field, a deliberate include
// asks first and reaches the PDF and the record, and the client copy is recorded too; phrases that
// may reveal immigration status are listed in context and masked with one click.
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "guidance/guidancepackloader.h"
#include "reports/complaintreportdialog.h"
#include "testcases.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace td;
using namespace td::ui;

class TestComplaintReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto pack = GuidancePackLoader::loadBuiltIn();
        QVERIFY(pack.ok());
        m_pack = pack.value();
        m_case = test::sampleCase();
        m_case.id = 7;
        m_case.reference = QStringLiteral("TD-2026-00007");
    }

    void defaultsWithholdEverything()
    {
        ComplaintReportDialog dialog(m_case, &m_pack, {});
        const ComplaintReportOptions o = dialog.options();
        QVERIFY(o.policy.includedSensitiveFields().isEmpty());
        QCOMPARE(o.recipient.key(), QStringLiteral("bpd-iad"));
        QCOMPARE(o.filer, ComplaintFiler::OnBehalf);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("filerNameLineEdit"))->text(),
            m_case.assignedCaseworker);
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("includeANumberCheckBox")));
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("includeDateOfBirthCheckBox")));
        QVERIFY(!dialog.findChild<QCheckBox *>(
            QStringLiteral("includeFullNameCheckBox"))); // not sensitive
        // Witness contacts: a choice of their own, unticked, with the lock every sensitive kind
        // has.
        QVERIFY(o.policy.withholds(SensitiveDetail::WitnessContact));
        auto *contacts
            = dialog.findChild<QCheckBox *>(QStringLiteral("includeWitnessContactCheckBox"));
        QVERIFY(contacts);
        QVERIFY(!contacts->isChecked());
        QVERIFY(contacts->text().contains(sensitiveDetailLabel(SensitiveDetail::WitnessContact)));
        for (auto *box :
            {contacts, dialog.findChild<QCheckBox *>(QStringLiteral("includeANumberCheckBox"))}) {
            QVERIFY(!box->icon().isNull());
            QVERIFY(box->toolTip().contains(QLatin1String("withheld")));
        }
    }

    void suggestsThePostCommissionForOtherAgencies()
    {
        const auto recipient = [](ComplaintReportDialog &d) {
            return d.findChild<QComboBox *>(QStringLiteral("recipientComboBox"));
        };
        // A Boston Police case: Internal Affairs, as before; POST is offered beside it.
        ComplaintReportDialog bpd(m_case, &m_pack, {});
        QCOMPARE(bpd.options().recipient.key(), QStringLiteral("bpd-iad"));
        QVERIFY(recipient(bpd)->findData(QStringLiteral("post")) >= 0);
        // Transit or State Police: the POST Commission is suggested.
        for (const auto *agency : {"MBTA Transit Police", "Massachusetts State Police"}) {
            CaseFile c = m_case;
            for (Incident &incident : c.incidents)
                incident.agency = QString::fromLatin1(agency);
            ComplaintReportDialog dialog(c, &m_pack, {});
            QCOMPARE(dialog.options().recipient.key(), QStringLiteral("post"));
            QCOMPARE(recipient(dialog)->currentText(),
                ComplaintRecipient(ComplaintRecipient::Kind::PostCommission).displayName());
            // The caseworker can still choose another body.
            recipient(dialog)->setCurrentIndex(
                recipient(dialog)->findData(QStringLiteral("accountability")));
            QCOMPARE(dialog.options().recipient.key(), QStringLiteral("accountability"));
        }
    }

    void includingWitnessContactsAsksAndIsRecorded()
    {
        QTemporaryDir dir;
        QList<GeneratedReport> recorded;
        CaseFile c = m_case;
        c.incidents[0].witnesses[1].contact = QStringLiteral("+1 617 555 0199");
        ComplaintReportDialog dialog(c, &m_pack, [&](const GeneratedReport &r) {
            recorded.append(r);
            return Status();
        });
        auto *contacts
            = dialog.findChild<QCheckBox *>(QStringLiteral("includeWitnessContactCheckBox"));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("includedWarningLabel"));
        QVERIFY(warning->isHidden());
        QTest::mouseClick(contacts, Qt::LeftButton, {}, QPoint(4, contacts->height() / 2));
        QVERIFY(contacts->isChecked());
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->text().contains(sensitiveDetailLabel(SensitiveDetail::WitnessContact)));
        const ComplaintReportOptions o = dialog.options();
        QVERIFY(!o.policy.withholds(SensitiveDetail::WitnessContact));
        QVERIFY(o.policy.includedSensitiveFields().isEmpty());
        QVERIFY(ComplaintReport(c, &m_pack, o).html().contains(QStringLiteral("+1 617 555 0199")));

        MessageBox::setNextAnswer(true);
        FileDialog::setNextFileName(dir.filePath(QStringLiteral("with-contacts.pdf")));
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("savePdfPushButton")), Qt::LeftButton);
        QVERIFY(MessageBox::lastMessage().contains(
            sensitiveDetailLabel(SensitiveDetail::WitnessContact)));
        QVERIFY(!MessageBox::lastMessage().contains(QStringLiteral("client's")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("with-contacts.pdf"))));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(
            recorded.constFirst().includedFields, QStringList {QStringLiteral("witness_contact")});
    }

    void aPreviewShowingSensitiveFieldsIsRecordedBeforeItShows()
    {
        CaseFile c = m_case;
        c.incidents[0].witnesses[1].contact = QStringLiteral("+1 617 555 0199");
        QList<GeneratedReport> generated;
        QList<QStringList> views;
        ComplaintReportDialog dialog(c, &m_pack, [&](const GeneratedReport &r) {
            generated.append(r);
            return Status();
        });
        dialog.setViewRecorder([&](const QStringList &included) {
            views.append(included);
            return Status();
        });
        auto *preview = dialog.findChild<QPushButton *>(QStringLiteral("previewPushButton"));
        QVERIFY(preview);

        // Nothing sensitive included: a preview is no look at secrets.
        int viewsWhenShown = -1;
        // Closes the preview (without printing) once it is on screen, noting how many views
        // were on the record by then; gives up after five seconds.
        std::function<void(int)> closePreviewWhenShown = [&](int triesLeft) {
            QTimer::singleShot(50, this, [&, triesLeft] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (w->objectName() == QLatin1String("complaintPrintPreviewDialog")
                        && w->isVisible()) {
                        viewsWhenShown = int(views.size());
                        static_cast<QDialog *>(w)->reject();
                        return;
                    }
                }
                if (triesLeft > 0)
                    closePreviewWhenShown(triesLeft - 1);
            });
        };
        closePreviewWhenShown(100);
        QTest::mouseClick(preview, Qt::LeftButton);
        QCOMPARE(viewsWhenShown, 0);

        auto *contacts
            = dialog.findChild<QCheckBox *>(QStringLiteral("includeWitnessContactCheckBox"));
        QTest::mouseClick(contacts, Qt::LeftButton, {}, QPoint(4, contacts->height() / 2));
        QVERIFY(contacts->isChecked());
        MessageBox::setNextAnswer(true); // yes, include them
        viewsWhenShown = -1;
        closePreviewWhenShown(100);
        QTest::mouseClick(preview, Qt::LeftButton);
        QCOMPARE(viewsWhenShown, 1); // on the record while the preview was on screen
        QCOMPARE(views.constFirst(), QStringList {QStringLiteral("witness_contact")});
        QVERIFY(generated.isEmpty()); // nothing was printed, and nothing claims it was

        // If the record cannot be written, the preview does not show.
        dialog.setViewRecorder([](const QStringList &) {
            return Status(Error {ErrorKind::Io, QStringLiteral("The disk is full.")});
        });
        MessageBox::setNextAnswer(true);
        MessageBox::acknowledgeNextWarning();
        viewsWhenShown = -1;
        closePreviewWhenShown(4);
        QTest::mouseClick(preview, Qt::LeftButton);
        QTest::qWait(400);
        QCOMPARE(viewsWhenShown, -1);
        QVERIFY(MessageBox::lastMessage().contains(QLatin1String("disk is full")));
    }

    void statusPhrasesAreListedAndMaskedWithOneClick()
    {
        CaseFile c = m_case;
        c.incidents[0].narrative = QStringLiteral(
            "He asked for her A-number, A123456789, and she said she is undocumented.");
        ComplaintReportDialog dialog(c, &m_pack, {});
        dialog.show();
        auto *group = dialog.findChild<QWidget *>(QStringLiteral("statusPhrasesGroupBox"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("statusPhrasesListWidget"));
        auto *mask = dialog.findChild<QPushButton *>(QStringLiteral("maskStatusPhrasesPushButton"));
        QVERIFY(group && list && mask);
        QVERIFY(group->isVisible());
        QCOMPARE(list->count(), 1);
        const QString item = list->item(0)->text();
        QVERIFY2(item.contains(QStringLiteral("Incident 1, narrative")), qPrintable(item));
        QVERIFY2(item.contains(QStringLiteral("she said she is undocumented.")), qPrintable(item));
        QVERIFY2(!item.contains(QStringLiteral("123456789")), qPrintable(item)); // values masked
        QVERIFY(!dialog.options().policy.masksStatusPhrases());
        QVERIFY(ComplaintReport(c, &m_pack, dialog.options())
                    .html()
                    .contains(QStringLiteral("undocumented")));

        QTest::mouseClick(mask, Qt::LeftButton);
        QVERIFY(dialog.options().policy.masksStatusPhrases());
        QVERIFY(!mask->isEnabled());
        const QString html = ComplaintReport(c, &m_pack, dialog.options()).html();
        QVERIFY(!html.contains(QStringLiteral("undocumented")));
        QVERIFY(!html.contains(QStringLiteral("123456789")));

        // A case without such words shows no list.
        ComplaintReportDialog plain(m_case, &m_pack, {});
        plain.show();
        QVERIFY(!plain.findChild<QWidget *>(QStringLiteral("statusPhrasesGroupBox"))->isVisible());
    }

    void otherRecipientNeedsAName()
    {
        ComplaintReportDialog dialog(m_case, &m_pack, {});
        auto *recipient = dialog.findChild<QComboBox *>(QStringLiteral("recipientComboBox"));
        auto *other = dialog.findChild<QLineEdit *>(QStringLiteral("otherRecipientLineEdit"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("savePdfPushButton"));
        QVERIFY(!other->isEnabled());
        recipient->setCurrentIndex(recipient->findData(QString())); // "Another body…"
        QVERIFY(other->isEnabled());
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(other, QStringLiteral("Example Oversight Board"));
        QVERIFY(save->isEnabled());
        QCOMPARE(
            dialog.options().recipient.displayName(), QStringLiteral("Example Oversight Board"));
    }

    void includingAFieldAsksAndIsRecorded()
    {
        QTemporaryDir dir;
        QList<GeneratedReport> recorded;
        ComplaintReportDialog dialog(m_case, &m_pack, [&](const GeneratedReport &r) {
            recorded.append(r);
            return Status();
        });
        auto *aNumber = dialog.findChild<QCheckBox *>(QStringLiteral("includeANumberCheckBox"));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("includedWarningLabel"));
        QTest::mouseClick(aNumber, Qt::LeftButton, {}, QPoint(4, aNumber->height() / 2));
        QVERIFY(aNumber->isChecked());
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->text().contains(clientFieldLabel(ClientField::ANumber)));

        // Declined: nothing is written or recorded.
        MessageBox::setNextAnswer(false);
        FileDialog::setNextFileName(dir.filePath(QStringLiteral("declined.pdf")));
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("savePdfPushButton")), Qt::LeftButton);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("declined.pdf"))));
        QVERIFY(recorded.isEmpty());

        MessageBox::setNextAnswer(true);
        FileDialog::setNextFileName(dir.filePath(QStringLiteral("complaint")));
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("savePdfPushButton")), Qt::LeftButton);
        QVERIFY(MessageBox::lastMessage().contains(clientFieldLabel(ClientField::ANumber)));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("complaint.pdf"))));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.constFirst().includedFields, QStringList {QStringLiteral("a_number")});
        QCOMPARE(recorded.constFirst().sha256.size(), 64);
        QCOMPARE(recorded.constFirst().kind, QStringLiteral("complaint"));
    }

    void failedRecordRemovesThePdf()
    {
        QTemporaryDir dir;
        ComplaintReportDialog dialog(m_case, &m_pack, [](const GeneratedReport &) {
            return Status(Error {ErrorKind::Io, QStringLiteral("The database is locked.")});
        });
        MessageBox::acknowledgeNextWarning();
        FileDialog::setNextFileName(dir.filePath(QStringLiteral("unrecorded.pdf")));
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("savePdfPushButton")), Qt::LeftButton);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("unrecorded.pdf"))));
        QCOMPARE(MessageBox::lastMessage(), QStringLiteral("The database is locked."));
    }

    void clientCopyIsRecorded()
    {
        QTemporaryDir dir;
        QList<GeneratedReport> recorded;
        ComplaintReportDialog dialog(m_case, &m_pack, [&](const GeneratedReport &r) {
            recorded.append(r);
            return Status();
        });
        FileDialog::setNextFileName(dir.filePath(QStringLiteral("copy.pdf")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("clientCopyPushButton")),
            Qt::LeftButton);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("copy.pdf"))));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.constFirst().kind, QStringLiteral("client_copy"));
        QCOMPARE(recorded.constFirst().language, QStringLiteral("vi"));
    }

private:
    GuidancePack m_pack;
    CaseFile m_case;
};

QTEST_MAIN(TestComplaintReportDialog)
#include "tst_complaintreportdialog.moc"
