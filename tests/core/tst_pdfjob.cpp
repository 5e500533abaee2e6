// The printable documents' common base and the PDF job: the complaint submission and the client
// copy are laid out, written and printed by one PrintableDocument; a PdfJob writes either on a
// worker thread with page progress (QImage only, no QPixmap off the GUI thread), and a stopped job
// leaves no file behind.
#include "guidance/guidancepackloader.h"
#include "print/clientcopy.h"
#include "print/complaintreport.h"
#include "print/filehash.h"
#include "print/pdfjob.h"
#include "testcases.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QThread>

#include <atomic>
#include <memory>

using namespace td;

class TestPdfJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Painting a pixmap or touching a widget off the GUI thread is what Qt warns about.
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("pixmap|thread"), QRegularExpression::CaseInsensitiveOption));
        auto pack = GuidancePackLoader::loadBuiltIn();
        QVERIFY(pack.ok());
        m_pack = std::make_unique<GuidancePack>(pack.value());
        m_case = test::sampleCase();
        m_case.id = 9;
        m_case.reference = QStringLiteral("TD-2026-00009");
    }

    void bothDocumentsShareOneFrame()
    {
        ComplaintReportOptions reportOptions;
        ClientCopyOptions copyOptions;
        // A US office's paper unless another is chosen.
        QCOMPARE(reportOptions.paper.id(), QPageSize::Letter);
        QCOMPARE(copyOptions.paper.id(), QPageSize::Letter);
        copyOptions.languageCode = QStringLiteral("ar");
        const ComplaintReport report(m_case, m_pack.get(), reportOptions);
        const ClientCopy copy(m_case, *m_pack, copyOptions);
        for (const PrintableDocument *document : {static_cast<const PrintableDocument *>(&report),
                 static_cast<const PrintableDocument *>(&copy)}) {
            const PagedPdfWriter::Page page = document->page();
            QCOMPARE(page.size.id(), QPageSize::Letter);
            QCOMPARE(page.headerLeft, m_case.reference);
            QCOMPARE(page.fontFamilies, document->families());
            QTextDocument built;
            document->build(built);
            QCOMPARE(built.defaultFont().families(), document->families());
            QVERIFY(!built.metaInformation(QTextDocument::DocumentTitle).isEmpty());
            QVERIFY(!built.toPlainText().isEmpty());
        }
        QCOMPARE(report.page().direction, Qt::LeftToRight);
        QCOMPARE(copy.page().direction, Qt::RightToLeft); // the client's language leads
        QTextDocument reportText;
        report.build(reportText);
        QCOMPARE(reportText.defaultFont().pointSizeF(), 10.0);
        QTextDocument copyText;
        copy.build(copyText);
        QCOMPARE(copyText.defaultFont().pointSizeF(), 11.0); // larger, for the client
    }

    void progressSeesEveryPageAndCanStop()
    {
        QTemporaryDir dir;
        const ComplaintReport report(m_case, m_pack.get(), {});
        QList<std::pair<int, int>> seen;
        const QString path = dir.filePath(QStringLiteral("all.pdf"));
        auto sha = report.writePdf(path, [&](int done, int total) {
            seen.append({done, total});
            return true;
        });
        QVERIFY2(sha.ok(), sha.ok() ? "" : qPrintable(sha.error().message));
        QCOMPARE(sha.value(), sha256OfFile(path).value());
        QVERIFY(seen.size() >= 2);
        const int pages = seen.constFirst().second;
        QVERIFY(pages >= 1);
        for (int i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i), std::make_pair(i, pages));

        // Stopped after the first page: no PDF, and nothing half-written beside it.
        const QString stopped = dir.filePath(QStringLiteral("stopped.pdf"));
        auto none = report.writePdf(stopped, [](int done, int) { return done < 1; });
        QVERIFY(!none.ok());
        QVERIFY(!QFile::exists(stopped));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("all.pdf")});
    }

    void aJobWritesOnAWorkerThread_data()
    {
        QTest::addColumn<bool>("clientCopy");
        QTest::newRow("complaint") << false;
        QTest::newRow("client copy") << true;
    }

    void aJobWritesOnAWorkerThread()
    {
        QFETCH(bool, clientCopy);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("job.pdf"));
        std::shared_ptr<const PrintableDocument> document;
        QThread *imageThread = nullptr;
        if (clientCopy) {
            document = std::make_shared<ClientCopy>(m_case, *m_pack, ClientCopyOptions {});
        } else {
            ComplaintReportOptions options;
            // An exhibit photo for each piece of evidence, decoded where the document is built.
            options.exhibitImage = [&imageThread](const EvidenceItem &, int maxEdge) {
                imageThread = QThread::currentThread();
                QImage image(maxEdge / 4, maxEdge / 6, QImage::Format_RGB32);
                image.fill(Qt::darkCyan);
                return image;
            };
            document = std::make_shared<ComplaintReport>(m_case, m_pack.get(), options);
        }
        PdfJob job(document, path);
        std::atomic<QThread *> paintThread = nullptr;
        connect(
            &job, &PdfJob::progress, this, [&] { paintThread = QThread::currentThread(); },
            Qt::DirectConnection);
        int progress = 0; // delivered on this thread, queued, before finished()
        connect(&job, &PdfJob::progress, this, [&progress] { ++progress; });
        QSignalSpy finished(&job, &PdfJob::finished);
        job.start();
        QVERIFY(job.isRunning() || finished.size() == 1);
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.isRunning());
        auto sha = job.result();
        QVERIFY2(sha.ok(), sha.ok() ? "" : qPrintable(sha.error().message));
        QCOMPARE(sha.value(), sha256OfFile(path).value());
        QVERIFY(progress >= 2);
        QVERIFY(paintThread.load() && paintThread.load() != thread());
        if (!clientCopy)
            QVERIFY(imageThread && imageThread != thread());
        QCOMPARE(job.document().record(sha.value()).sha256, sha.value());
    }

    void aCancelledJobWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
        PdfJob job(
            std::make_shared<ComplaintReport>(m_case, m_pack.get(), ComplaintReportOptions {}),
            path);
        QSignalSpy finished(&job, &PdfJob::finished);
        job.start();
        job.cancel(); // before the first page, however fast the worker is
        QVERIFY(finished.wait(60000));
        QVERIFY(job.cancelRequested());
        QVERIFY(!job.result().ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void destroyingARunningJobWaitsForIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("abandoned.pdf"));
        {
            PdfJob job(std::make_shared<ClientCopy>(m_case, *m_pack, ClientCopyOptions {}), path);
            job.start();
        } // cancelled and joined here: no thread outlives the job
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() <= 1);
    }

private:
    std::unique_ptr<GuidancePack> m_pack;
    CaseFile m_case;
};

QTEST_MAIN(TestPdfJob)
#include "tst_pdfjob.moc"
