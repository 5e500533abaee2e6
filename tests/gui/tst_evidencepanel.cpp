// The evidence panel through its real widgets: attach by the button (file dialog seam) and by a
// drop, see the item and its custody, verify, open (viewer seam) and remove with a reason.
#include "dialogs/dialogseam.h"
#include "evidence/evidencedialogs.h"
#include "evidence/evidencepanel.h"
#include "evidence/evidencestore.h"
#include "models/evidencelistmodel.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QApplication>
#include <QBuffer>
#include <QDialog>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace td;
using namespace td::ui;

class TestEvidencePanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_ref;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(m_dir.path()).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qWarning("could not write test input");
        return path;
    }

    static QByteArray png()
    {
        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

private slots:
    void cleanup() { DialogSeam::reset(); } // no answer left over reaches the next test
    void initTestCase()
    {
        EvidenceDialogs::setRecordOpensOnly(true);
        m_dbPath = QDir(m_dir.path()).filePath(QStringLiteral("cases.sqlite"));
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        auto saved = CaseRepository(**db, QStringLiteral("tester"))
                         .save(test::minimalCase(QStringLiteral("Test Person")));
        QVERIFY(saved.ok());
        m_ref = saved->reference;
    }

    void attachViewVerifyRemoveThroughTheWidgets()
    {
        EvidencePanel panel;
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setCase(m_dbPath, m_ref);
        auto *attach = panel.findChild<QPushButton *>(QStringLiteral("attachPushButton"));
        auto *verify = panel.findChild<QPushButton *>(QStringLiteral("verifyPushButton"));
        auto *open = panel.findChild<QPushButton *>(QStringLiteral("openPushButton"));
        auto *remove = panel.findChild<QPushButton *>(QStringLiteral("removePushButton"));
        auto *table = panel.findChild<QTableView *>(QStringLiteral("evidenceTableView"));
        auto *custody = panel.findChild<QTableWidget *>(QStringLiteral("custodyTableWidget"));
        QVERIFY(attach && verify && open && remove && table && custody);
        QVERIFY(attach->isEnabled());
        QVERIFY(!open->isEnabled());

        // Attach Files… with the dialog answered in advance.
        QSignalSpy finished(&panel, &EvidencePanel::jobFinished);
        EvidenceDialogs::setNextFiles({file(QStringLiteral("scene.png"), png()),
            file(QStringLiteral("statement.txt"), "I saw it.")});
        QTest::mouseClick(attach, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(panel.statusText()));
        QCOMPARE(panel.model()->rowCount(), 2);
        QVERIFY(panel.statusText().contains(QLatin1String("Attached \"scene.png\"")));

        // A drop of the same photo: reported, stored once.
        finished.clear();
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(file(QStringLiteral("scene-copy.png"), png()))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&panel, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&panel, &drop);
        QVERIFY(finished.wait(30000));
        delete mime;
        QCOMPARE(panel.model()->rowCount(), 2);
        QVERIFY2(panel.statusText().contains(QLatin1String("already attached")),
            qPrintable(panel.statusText()));

        // The thumbnail arrives in the background.
        const QModelIndex photo = table->model()->index(0, EvidenceListModel::NameColumn);
        (void)photo.data(Qt::DecorationRole);
        QTRY_VERIFY_WITH_TIMEOUT(
            photo.data(Qt::DecorationRole).typeId() == QMetaType::QPixmap, 10000);

        // Select the photo: details and its custody (import).
        table->selectRow(0);
        QCOMPARE(custody->rowCount(), 1);
        QCOMPARE(custody->item(0, 2)->text(), QStringLiteral("Attached"));
        QVERIFY(open->isEnabled());

        // Open: checked in the background, then handed to the viewer (seam), recorded as a view.
        finished.clear();
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        auto *preview = panel.findChild<QDialog *>(QStringLiteral("evidencePreviewDialog"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        QTest::mouseClick(
            preview->findChild<QPushButton *>(QStringLiteral("openExternallyPushButton")),
            Qt::LeftButton);
        QVERIFY(EvidenceDialogs::lastOpened().startsWith(EvidenceStore::rootFor(m_dbPath)));
        preview->close();
        QCOMPARE(custody->rowCount(), 2);
        QCOMPARE(custody->item(1, 2)->text(), QStringLiteral("Viewed"));

        // Verify All.
        finished.clear();
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(panel.statusText()));
        QCOMPARE(custody->item(custody->rowCount() - 1, 2)->text(), QStringLiteral("Verified"));

        // Remove: cancelled first, then with a reason.
        EvidenceDialogs::setNextRemovalReason(std::nullopt);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(panel.model()->rowCount(), 2);
        EvidenceDialogs::setNextRemovalReason(QStringLiteral("Attached to the wrong case"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(panel.model()->rowCount(), 1);

        // Tampering shows up in Verify All.
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        auto items = EvidenceStore(**db, QStringLiteral("tester")).items(m_ref);
        const QString stored
            = EvidenceStore(**db, QStringLiteral("tester")).filePath(items->first().item.sha256);
        QFile::setPermissions(stored, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!file(QStringLiteral("unused"), "x").isEmpty());
        {
            QFile f(stored);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("changed");
        }
        finished.clear();
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(panel.statusText().contains(QLatin1String("\"statement.txt\" has CHANGED")),
            qPrintable(panel.statusText()));
    }
};

QTEST_MAIN(TestEvidencePanel)
#include "tst_evidencepanel.moc"
