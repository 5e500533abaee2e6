// trustdesk-cli redact and faces, run as the real executable (handed over to
// trustdesk-cli-print) against databases prepared in-process. Synthetic images only.
#include "clirun.h"
#include "evidence/evidencestore.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "syntheticfaces.h"
#include "testcases.h"
#include "testfiles.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;
using Run = CliRun;

class TestCliRedact : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_ref;
    qint64 m_photo = 0;
    const QRect m_face {220, 120, 160, 200};

    QByteArray storedBytes(qint64 id)
    {
        auto db = Database::open(m_db);
        if (!db)
            return {};
        auto opened = EvidenceStore(**db, QStringLiteral("tester")).open(id, 64 * 1024 * 1024);
        return opened ? opened->content : QByteArray();
    }

    qint64 parentOf(qint64 id)
    {
        auto db = Database::open(m_db, Database::OpenMode::ReadOnly);
        if (!db)
            return -1;
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral("SELECT coalesce(parent_id, 0) FROM evidence WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    int itemCount()
    {
        auto db = Database::open(m_db, Database::OpenMode::ReadOnly);
        if (!db)
            return -1;
        QSqlQuery q((*db)->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM evidence")) && q.next()
            ? q.value(0).toInt()
            : -1;
    }

private slots:
    void init()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("TRUSTDESK_CLI"));
        static int n = 0;
        m_db = QDir(m_dir.path()).filePath(QStringLiteral("cases%1.sqlite").arg(++n));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        auto saved = CaseRepository(**db, QStringLiteral("tester"))
                         .save(test::minimalCase(QStringLiteral("Test Person")));
        QVERIFY(saved.ok());
        m_ref = saved->reference;
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("street%1.jpg").arg(n));
        QVERIFY(test::writeFile(path, syntheticJpeg({640, 480}, {m_face})));
        auto attached = EvidenceStore(**db, QStringLiteral("tester")).attach(m_ref, path, {});
        QVERIFY(attached.ok());
        m_photo = attached->evidence.item.id;
    }

    void redactPrintsTheNewItem()
    {
        Run r = runCliOn(m_db,
            {QStringLiteral("redact"), m_ref, QString::number(m_photo), QStringLiteral("--box"),
                QStringLiteral("200,100,200,240"), QStringLiteral("--box"),
                QStringLiteral("0,0,50,50"), QStringLiteral("--method"),
                QStringLiteral("pixelate")});
        EXPECT_EXIT(r, 0);
        bool isNumber = false;
        const qint64 copy = r.out.trimmed().toLongLong(&isNumber);
        QVERIFY2(isNumber && copy > m_photo, qPrintable(describe(r)));
        QCOMPARE(parentOf(copy), m_photo);
        const QImage image = QImage::fromData(storedBytes(copy));
        QCOMPARE(image.size(), QSize(640, 480));

        // `evidence --json` and the listing show the copy.
        r = runCliOn(m_db, {QStringLiteral("evidence"), m_ref});
        EXPECT_EXIT(r, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
    }

    void badBoxesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QStringList {QStringLiteral("--box"), QStringLiteral("1,2,3")}
                                   << QStringLiteral("four whole numbers");
        QTest::newRow("zero size")
            << QStringList {QStringLiteral("--box"), QStringLiteral("1,2,0,5")}
            << QStringLiteral("no area");
        QTest::newRow("outside") << QStringList {QStringLiteral("--box"),
            QStringLiteral("600,400,50,50")}
                                 << QStringLiteral("not inside the image");
        QTest::newRow("no box") << QStringList {} << QStringLiteral("at least one --box");
        QTest::newRow("method") << QStringList {QStringLiteral("--box"), QStringLiteral("1,2,3,4"),
            QStringLiteral("--method"), QStringLiteral("blur")}
                                << QStringLiteral("fill or pixelate");
    }

    void badBoxesAreUsageErrors()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const Run r = runCliOn(
            m_db, QStringList {QStringLiteral("redact"), m_ref, QString::number(m_photo)} + extra);
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(itemCount(), 1);
    }

    void wrongItemOrCaseIsRefused()
    {
        Run r = runCliOn(m_db,
            {QStringLiteral("redact"), m_ref, QStringLiteral("999"), QStringLiteral("--box"),
                QStringLiteral("1,1,5,5")});
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not on case")), qPrintable(describe(r)));
        r = runCliOn(m_db,
            {QStringLiteral("redact"), m_ref, QStringLiteral("x"), QStringLiteral("--box"),
                QStringLiteral("1,1,5,5")});
        EXPECT_EXIT(r, 1);
        QCOMPARE(itemCount(), 1);
    }

    void facesSuggestsBoxes()
    {
        Run r = runCliOn(m_db, {QStringLiteral("faces"), m_ref, QString::number(m_photo)});
        EXPECT_EXIT(r, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(lines.first().split(QLatin1Char(',')).size(), 4);

        r = runCliOn(m_db,
            {QStringLiteral("faces"), m_ref, QString::number(m_photo), QStringLiteral("--json")});
        EXPECT_EXIT(r, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("evidence_id")).toInteger(), m_photo);
        QCOMPARE(o.value(QStringLiteral("case_reference")).toString(), m_ref);
        QCOMPARE(o.value(QStringLiteral("width")).toInt(), 640);
        QCOMPARE(o.value(QStringLiteral("height")).toInt(), 480);
        const QJsonArray boxes = o.value(QStringLiteral("boxes")).toArray();
        QCOMPARE(boxes.size(), lines.size());
        const QJsonObject b = boxes.first().toObject();
        const QRect first(b.value(QStringLiteral("x")).toInt(),
            b.value(QStringLiteral("y")).toInt(), b.value(QStringLiteral("width")).toInt(),
            b.value(QStringLiteral("height")).toInt());
        QVERIFY(first.intersects(m_face));

        // --suggest covers what faces printed, and says so on stderr.
        r = runCliOn(m_db,
            {QStringLiteral("redact"), m_ref, QString::number(m_photo),
                QStringLiteral("--suggest")});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.err.contains(QStringLiteral("Suggested face: ") + lines.first()),
            qPrintable(describe(r)));
        const qint64 copy = r.out.trimmed().toLongLong();
        QCOMPARE(parentOf(copy), m_photo);
        const QImage image
            = QImage::fromData(storedBytes(copy)).convertToFormat(QImage::Format_RGB32);
        const QPoint centre = m_face.center();
        QVERIFY(qGray(image.pixel(centre)) < 12);
    }

    void helpListsTheCommands()
    {
        const Run r = runCli({QStringLiteral("--help")});
        EXPECT_EXIT(r, 0);
        QVERIFY(r.out.contains(QStringLiteral("redact")));
        QVERIFY(r.out.contains(QStringLiteral("faces")));
    }
};

QTEST_MAIN(TestCliRedact)
#include "tst_cli_redact.moc"
