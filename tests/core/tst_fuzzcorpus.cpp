// The fuzz seed corpus (tests/fuzz/corpus/), including inputs that once crashed a fuzzer, run
// through the same entry points in the ordinary suite: so the gcc ASan/UBSan build checks them
// too, and a fixed bug stays fixed without clang.
#include "../fuzz/packfromfuzzinput.h"
#include "guidance/guidancepackloader.h"
#include "interchange/caseimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void caseImporter_data() { addCorpus("caseimporter"); }
    void caseImporter();
    void guidancePack_data() { addCorpus("guidancepack"); }
    void guidancePack();

private:
    static void addCorpus(const char *target);
};

void TestFuzzCorpus::addCorpus(const char *target)
{
    QTest::addColumn<QString>("path");
    const QDir dir(qEnvironmentVariable("TRUSTDESK_SOURCE_DIR")
        + QStringLiteral("/tests/fuzz/corpus/") + QLatin1String(target));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(dir.path()));
    for (const auto &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestFuzzCorpus::caseImporter()
{
    QFETCH(QString, path);
    const auto parsed = CaseImporter::parse(readAll(path));
    const QString name = QFileInfo(path).fileName();
    if (name.startsWith(QLatin1String("fixture")))
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    if (name == QLatin1String("regression-integer-out-of-range.json")) {
        // "version": 1111…1 (1e36) once reached an undefined double-to-integer conversion.
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(QLatin1String("whole number")),
            qPrintable(parsed.error().message));
    }
}

void TestFuzzCorpus::guidancePack()
{
    QFETCH(QString, path);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString pack = work.filePath(QStringLiteral("pack"));
    fuzz::writePackFromFuzzInput(pack, readAll(path));
    const auto loaded = GuidancePackLoader::load(pack);
    if (QFileInfo(path).fileName() == QLatin1String("minimal-pack"))
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
