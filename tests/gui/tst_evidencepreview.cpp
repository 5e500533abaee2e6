// The evidence preview through its real widgets: an image at fit and 100%, a PDF rendered page by
// page out of process by pdftoppm, text, a damaged PDF, and audio shown by its metadata.
#include "dialogs/dialogseam.h"
#include "evidence/evidencedialogs.h"
#include "evidence/evidencepreviewdialog.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::ui;

class TestEvidencePreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(m_dir.path()).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qWarning("could not write test input");
        return path;
    }

    // What EvidenceStore::open hands over for a plaintext store: the checked bytes and the path.
    static OpenedEvidence opened(const QString &path)
    {
        OpenedEvidence o;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            o.content = f.readAll();
        o.complete = true;
        o.path = path;
        return o;
    }

    static StoredEvidence evidence(const QString &name, const QString &mediaType, qint64 size)
    {
        StoredEvidence e;
        e.item.id = 1;
        e.item.originalName = name;
        e.item.mediaType = mediaType;
        e.item.sizeBytes = size;
        e.item.sha256 = QStringLiteral("ab").repeated(32);
        e.item.capturedAt = QDateTime(QDate(2026, 3, 4), QTime(10, 30), Qt::UTC);
        e.item.source = QStringLiteral("client");
        e.inStore = true;
        return e;
    }

    static QByteArray png(int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    static bool havePoppler()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()
            && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
    }

private slots:
    void cleanup() { DialogSeam::reset(); } // no answer left over reaches the next test
    void initTestCase()
    {
        EvidenceDialogs::setRecordOpensOnly(true);
        QVERIFY(m_dir.isValid());
    }

    void imageFitAndActualSize()
    {
        const QByteArray bytes = png(300, 200);
        const QString path = file(QStringLiteral("photo.png"), bytes);
        EvidencePreviewDialog dialog(
            evidence(QStringLiteral("photo.png"), QStringLiteral("image/png"), bytes.size()),
            opened(path));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.objectName(), QStringLiteral("evidencePreviewDialog"));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("imageLabel"));
        QVERIFY(label);
        // Fits the 900x700 dialog without scaling up.
        QCOMPARE(label->pixmap().size(), QSize(300, 200));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("actualSizePushButton")),
            Qt::LeftButton);
        QCOMPARE(label->pixmap().size(), QSize(300, 200));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("openExternallyPushButton")));
    }

    void vaultEvidenceShowsFromMemoryAndIsNeverHandedOut()
    {
        // A vault's file arrives decrypted in memory only, without a path.
        const QByteArray bytes = png(120, 80);
        OpenedEvidence sealed;
        sealed.content = bytes;
        sealed.complete = true;
        EvidencePreviewDialog dialog(
            evidence(QStringLiteral("photo.png"), QStringLiteral("image/png"), bytes.size()),
            sealed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("imageLabel"))->pixmap().size(),
            QSize(120, 80));
        auto *external
            = dialog.findChild<QPushButton *>(QStringLiteral("openExternallyPushButton"));
        QVERIFY(!external->isEnabled());
        QVERIFY(external->toolTip().contains(QLatin1String("Export")));
    }

    void largeImageIsDecodedBoundedAndFits()
    {
        const QByteArray bytes = png(4000, 1000);
        const QString path = file(QStringLiteral("wide.png"), bytes);
        EvidencePreviewDialog dialog(
            evidence(QStringLiteral("wide.png"), QStringLiteral("image/png"), bytes.size()),
            opened(path));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("imageLabel"));
        QVERIFY(label->pixmap().width() < 900);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("actualSizePushButton")),
            Qt::LeftButton);
        QCOMPARE(label->pixmap().size(), QSize(2000, 500));
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("fitPushButton")), Qt::LeftButton);
        QVERIFY(label->pixmap().width() < 900);
    }

    void pdfPagesRenderedOutOfProcess()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdftoppm, pdfinfo) not installed");
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("letter.pdf"));
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A5));
            writer.setResolution(72);
            QPainter painter(&writer);
            painter.drawText(QPointF(40, 60), QStringLiteral("First page of the letter"));
            writer.newPage();
            painter.drawText(QPointF(40, 60), QStringLiteral("Second page of the letter"));
        }
        EvidencePreviewDialog dialog(evidence(QStringLiteral("letter.pdf"),
                                         QStringLiteral("application/pdf"), QFileInfo(path).size()),
            opened(path));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *page = dialog.findChild<QLabel *>(QStringLiteral("pdfPageLabel"));
        auto *number = dialog.findChild<QLabel *>(QStringLiteral("pageNumberLabel"));
        auto *next = dialog.findChild<QPushButton *>(QStringLiteral("nextPagePushButton"));
        auto *previous = dialog.findChild<QPushButton *>(QStringLiteral("previousPagePushButton"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("previewMessageLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRendering() && !page->pixmap().isNull(), 20000);
        QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
        QCOMPARE(number->text(), QStringLiteral("Page 1 of 2"));
        QCOMPARE(dialog.pageCount(), 2);
        // A5 at 100 dpi is about 583x827.
        QVERIFY2(qAbs(page->pixmap().width() - 583) <= 2,
            qPrintable(QString::number(page->pixmap().width())));
        QVERIFY(!previous->isEnabled());
        QVERIFY(next->isEnabled());
        const QImage first = page->pixmap().toImage();

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(number->text(), QStringLiteral("Page 2 of 2"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRendering(), 20000);
        QVERIFY(!page->pixmap().isNull());
        QVERIFY(page->pixmap().toImage() != first);
        QVERIFY(!next->isEnabled());
        QVERIFY(previous->isEnabled());
    }

    void damagedPdfSaysSo()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdftoppm, pdfinfo) not installed");
        const QByteArray bytes = QByteArrayLiteral(
            "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n\x01\x02garbage");
        const QString path = file(QStringLiteral("broken.pdf"), bytes);
        EvidencePreviewDialog dialog(
            evidence(QStringLiteral("broken.pdf"), QStringLiteral("application/pdf"), bytes.size()),
            opened(path));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("previewMessageLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRendering() && !message->text().isEmpty(), 20000);
        QVERIFY2(message->text().contains(QLatin1String("could not be shown")),
            qPrintable(message->text()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pdfPageLabel"))->pixmap().isNull());
        QVERIFY(
            !dialog.findChild<QPushButton *>(QStringLiteral("nextPagePushButton"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("openExternallyPushButton"))
                    ->isEnabled());
    }

    void closingWhileRenderingStopsTheRenderer()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdftoppm, pdfinfo) not installed");
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("letter.pdf"));
        auto *dialog = new EvidencePreviewDialog(
            evidence(QStringLiteral("letter.pdf"), QStringLiteral("application/pdf"), 1),
            opened(path));
        QVERIFY(dialog->isRendering());
        delete dialog; // no crash, no stray process signals
        QTest::qWait(50);
    }

    void textShownAsText()
    {
        const QByteArray bytes
            = QByteArrayLiteral("Statement of the witness\nLine two: caf\xc3\xa9 \xff end\n");
        const QString path = file(QStringLiteral("statement.txt"), bytes);
        EvidencePreviewDialog dialog(
            evidence(QStringLiteral("statement.txt"), QStringLiteral("text/plain"), bytes.size()),
            opened(path));
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("textPlainTextEdit"));
        QVERIFY(text);
        QVERIFY(text->isReadOnly());
        QVERIFY(text->toPlainText().startsWith(
            QStringLiteral("Statement of the witness\nLine two: café ")));
        QVERIFY(text->toPlainText().contains(QChar(0xFFFD)));
    }

    void audioShowsMetadataAndExternalPlayer()
    {
        const QByteArray bytes
            = QByteArray("ID3\x03\x00\x00\x00\x00\x00\x00", 10) + QByteArray(4000, '\x5a');
        const QString path = file(QStringLiteral("call.mp3"), bytes);
        EvidencePreviewDialog dialog(
            evidence(QStringLiteral("call.mp3"), QStringLiteral("audio/mpeg"), bytes.size()),
            opened(path));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString metadata
            = dialog.findChild<QLabel *>(QStringLiteral("metadataLabel"))->text();
        QVERIFY2(metadata.contains(QLatin1String("call.mp3")), qPrintable(metadata));
        QVERIFY(metadata.contains(QLatin1String("audio/mpeg")));
        QVERIFY(metadata.contains(QStringLiteral("ab").repeated(32)));
        QVERIFY(metadata.contains(QString::number(bytes.size())));
        QVERIFY(metadata.contains(QLatin1String("client")));
        auto *external
            = dialog.findChild<QPushButton *>(QStringLiteral("openExternallyPushButton"));
        QVERIFY(external && external->isVisible());
        QTest::mouseClick(external, Qt::LeftButton);
        QCOMPARE(EvidenceDialogs::lastOpened(), path);
    }
};

QTEST_MAIN(TestEvidencePreview)
#include "tst_evidencepreview.moc"
