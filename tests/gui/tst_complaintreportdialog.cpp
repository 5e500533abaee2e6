// The complaint submission dialog: defaults withhold every sensitive field, a deliberate include
// asks first and reaches the PDF and the record, and the client copy is recorded too; phrases that
// may reveal immigration status are listed in context and masked with one click. PDFs are written
// off the UI thread with progress and a Stop button, the dialog then says where they went; the
// paper is US Letter until another is chosen, and the choice is remembered.
#include "common/officeprofile.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
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
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>

using namespace td;
using namespace td::ui;

class TestComplaintReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Nothing may paint a pixmap or touch a widget from the worker that writes the PDF.
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("pixmap|thread"), QRegularExpression::CaseInsensitiveOption));
        DialogSeam::setRecordHandOffsOnly(true); // "Open PDF" must not start a viewer here
        auto pack = GuidancePackLoader::loadBuiltIn();
        QVERIFY(pack.ok());
        m_pack = pack.value();
        m_case = test::sampleCase();
        m_case.id = 7;
        m_case.reference = QStringLiteral("TD-2026-00007");
    }

    void init() { DialogSeam::reset(); }
    void cleanup()
    {
        const QStringList unused = DialogSeam::pending();
        DialogSeam::reset();
        QVERIFY2(unused.isEmpty(), qPrintable(unused.join(QLatin1String("; "))));
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
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
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
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
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
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
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
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("copy.pdf"))));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.constFirst().kind, QStringLiteral("client_copy"));
        QCOMPARE(recorded.constFirst().language, QStringLiteral("vi"));
    }

    void aSavedPdfSaysWhereItWentAndOpens()
    {
        QTemporaryDir dir;
        QList<GeneratedReport> recorded;
        ComplaintReportDialog dialog(m_case, &m_pack, [&](const GeneratedReport &r) {
            recorded.append(r);
            return Status();
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *saved = dialog.findChild<QWidget *>(QStringLiteral("pdfSavedWidget"));
        auto *openPdf = dialog.findChild<QPushButton *>(QStringLiteral("openPdfPushButton"));
        auto *openFolder = dialog.findChild<QPushButton *>(QStringLiteral("openFolderPushButton"));
        auto *progress = dialog.findChild<QWidget *>(QStringLiteral("pdfProgressWidget"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("savePdfPushButton"));
        QVERIFY(saved && openPdf && openFolder && progress);
        QVERIFY(!saved->isVisible());

        const QString path = dir.filePath(QStringLiteral("where.pdf"));
        FileDialog::setNextFileName(path);
        QTest::mouseClick(save, Qt::LeftButton);
        // The click returns while the PDF is still being written: the window is not blocked.
        QVERIFY(dialog.isBusy());
        QVERIFY(progress->isVisible());
        QVERIFY(!save->isEnabled());
        QVERIFY(
            !dialog.findChild<QPushButton *>(QStringLiteral("clientCopyPushButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
        QVERIFY(!progress->isVisible());
        QVERIFY(save->isEnabled());
        QCOMPARE(recorded.size(), 1);

        // Where it went, in the dialog (no box to dismiss), and on the seam's record.
        QVERIFY(saved->isVisible());
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("pdfSavedLabel"))->text();
        QVERIFY2(text.contains(QStringLiteral("where.pdf")), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(dir.path())), qPrintable(text));
        QCOMPARE(MessageBox::lastMessage(), text);

        // Keyboard: the focus waits on Open PDF; Tab reaches Open Folder.
        QCOMPARE(QApplication::focusWidget(), openPdf);
        QTest::keyClick(openPdf, Qt::Key_Space);
        QCOMPARE(DialogSeam::lastOpened(), QUrl::fromLocalFile(path));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), openFolder);
        QTest::keyClick(openFolder, Qt::Key_Space);
        QCOMPARE(DialogSeam::lastOpened(), QUrl::fromLocalFile(dir.path()));
    }

    void stopWritesNothing()
    {
        QTemporaryDir dir;
        QList<GeneratedReport> recorded;
        std::atomic_bool release = false; // outlives the dialog, whose worker reads it
        ComplaintReportDialog dialog(m_case, &m_pack, [&](const GeneratedReport &r) {
            recorded.append(r);
            return Status();
        });
        // The exhibit photo is decoded on the worker; hold it there until Stop has been pressed,
        // so the test does not race the worker.
        dialog.setExhibitImageProvider([&release](const EvidenceItem &, int) {
            for (int i = 0; i < 3000 && !release.load(); ++i)
                QThread::msleep(10);
            return QImage();
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        FileDialog::setNextFileName(dir.filePath(QStringLiteral("stopped.pdf")));
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("savePdfPushButton")), Qt::LeftButton);
        auto *stop = dialog.findChild<QPushButton *>(QStringLiteral("stopPdfPushButton"));
        QVERIFY(stop->isVisible());
        QCOMPARE(QApplication::focusWidget(), stop);
        QTest::keyClick(stop, Qt::Key_Space);
        release = true;
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        QVERIFY(recorded.isEmpty());
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("pdfSavedWidget"))->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("openPdfPushButton"))->isVisible());
        QVERIFY(MessageBox::lastMessage().contains(QLatin1String("Stopped")));

        // Closing while a PDF is written stops it first, then closes.
        release = false;
        FileDialog::setNextFileName(dir.filePath(QStringLiteral("closed.pdf")));
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("savePdfPushButton")), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        dialog.reject();
        QVERIFY(dialog.isVisible());
        release = true;
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 60000);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isBusy());
        QVERIFY(recorded.isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void aWriteErrorIsSaidInPlainWords()
    {
        QTemporaryDir dir;
        ComplaintReportDialog dialog(m_case, &m_pack, {});
        MessageBox::acknowledgeNextWarning();
        FileDialog::setNextFileName(dir.filePath(QStringLiteral("no/such/folder/x.pdf")));
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("savePdfPushButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
        QVERIFY2(
            MessageBox::lastMessage().contains(QLatin1String("\"x.pdf\" could not be written")),
            qPrintable(MessageBox::lastMessage()));
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("pdfSavedWidget"))->isVisible());
    }

    void paperIsLetterUntilAnotherIsChosenAndRemembered()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            ComplaintReportDialog fresh(m_case, &m_pack, {});
            QCOMPARE(fresh.options().paper.id(), QPageSize::Letter); // no settings: a US office
        }
        Settings settings(ini);
        QCOMPARE(settings.paper(), QStringLiteral("letter")); // a new install
        QList<GeneratedReport> recorded;
        {
            ComplaintReportDialog dialog(m_case, &m_pack, [&](const GeneratedReport &r) {
                recorded.append(r);
                return Status();
            });
            dialog.setSettings(&settings);
            QCOMPARE(dialog.options().paper.id(), QPageSize::Letter);
            auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("paperComboBox"));
            dialog.show();
            paper->setFocus();
            QTest::keyClick(paper, Qt::Key_Up); // to A4, as a person would
            QCOMPARE(dialog.options().paper.id(), QPageSize::A4);
            QCOMPARE(Settings(ini).paper(), QStringLiteral("a4")); // on disk at once

            // Used by the client copy too.
            FileDialog::setNextFileName(dir.filePath(QStringLiteral("copy.pdf")));
            QTest::mouseClick(
                dialog.findChild<QPushButton *>(QStringLiteral("clientCopyPushButton")),
                Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
            QCOMPARE(recorded.size(), 1);
            QCOMPARE(recorded.constFirst().paper, QStringLiteral("a4"));
        }
        // The next report starts with it.
        ComplaintReportDialog next(m_case, &m_pack, {});
        next.setSettings(&settings);
        QCOMPARE(next.options().paper.id(), QPageSize::A4);
    }

    // The recipient and organisation used last are where the next report starts, unless the
    // case suggests another recipient; the office's name fills an empty organisation.
    void recipientAndOrganisationAreRemembered()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        Settings settings(ini);
        OfficeProfile office;
        office.name = QStringLiteral("Harbor Legal Aid (fictional)");
        settings.setOfficeProfile(office);
        {
            ComplaintReportDialog dialog(
                m_case, &m_pack, [](const GeneratedReport &) { return Status(); });
            dialog.setSettings(&settings);
            auto *organisation
                = dialog.findChild<QLineEdit *>(QStringLiteral("organisationLineEdit"));
            QCOMPARE(organisation->text(), office.name);
            auto *to = dialog.findChild<QComboBox *>(QStringLiteral("recipientComboBox"));
            to->setCurrentIndex(to->findData(QStringLiteral("accountability")));
            organisation->setText(QStringLiteral("Example Community Law Center"));
            FileDialog::setNextFileName(dir.filePath(QStringLiteral("report.pdf")));
            dialog.show();
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("savePdfPushButton")),
                Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
        }
        ComplaintReportDialog next(m_case, &m_pack, {});
        next.setSettings(&settings);
        QCOMPARE(next.options().recipient.key(), QStringLiteral("accountability"));
        QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("organisationLineEdit"))->text(),
            QStringLiteral("Example Community Law Center"));
    }

private:
    GuidancePack m_pack;
    CaseFile m_case;
};

QTEST_MAIN(TestComplaintReportDialog)
#include "tst_complaintreportdialog.moc"
