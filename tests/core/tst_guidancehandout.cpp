#include "guidance/guidancepackloader.h"
#include "print/guidancehandout.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace td;

/// The handout's layout directions: the article in the language's, the sources and the English
/// review note left to right whatever the language.
class TestGuidanceHandout : public QObject
{
    Q_OBJECT

private:
    static QTextBlock blockStartingWith(const QTextDocument &doc, const QString &start)
    {
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.text().startsWith(start))
                return b;
        }
        return {};
    }

private slots:
    void arabicHandoutKeepsSourcesLeftToRight()
    {
        auto pack = GuidancePackLoader::loadBuiltIn();
        QVERIFY(pack.ok());
        QTextDocument doc;
        QVERIFY(GuidanceHandout::build(
            *pack, QStringLiteral("help-resources"), QStringLiteral("ar"), doc)
                    .ok());

        QCOMPARE(doc.firstBlock().text(),
            pack->title(QStringLiteral("help-resources"), QStringLiteral("ar")));
        QCOMPARE(doc.firstBlock().blockFormat().layoutDirection(), Qt::RightToLeft);

        const QTextBlock heading = blockStartingWith(doc, QStringLiteral("Sources"));
        QVERIFY(heading.isValid());
        QCOMPARE(heading.blockFormat().layoutDirection(), Qt::LeftToRight);
        // The sources this article cites, with their addresses.
        for (const auto &citation : pack->article(QStringLiteral("help-resources"))->citations) {
            const GuidanceSource *source = pack->source(citation.sourceId);
            const QTextBlock line = blockStartingWith(doc, QStringLiteral("[%1] ").arg(source->id));
            QVERIFY2(line.isValid(), qPrintable(source->id));
            QCOMPARE(line.blockFormat().layoutDirection(), Qt::LeftToRight);
            QVERIFY(line.text().contains(source->url.toString()));
        }
        QVERIFY(
            blockStartingWith(doc, QStringLiteral("Sources last checked: 2026-11-25")).isValid());

        // The Arabic half of the review note reads right to left on its own line; the English
        // status and pack details left to right.
        const QTextBlock review = blockStartingWith(doc, QStringLiteral("Language: "));
        QVERIFY(review.isValid());
        QCOMPARE(review.blockFormat().layoutDirection(), Qt::LeftToRight);
        QVERIFY(review.text().contains(
            QLatin1String("Machine-assisted translation, not yet reviewed by a native speaker")));
        QVERIFY(!review.text().contains(QStringLiteral("ترجمة")));
        const QTextBlock native = review.previous();
        QVERIFY(native.text().startsWith(QStringLiteral("ترجمة")));
        QCOMPARE(native.blockFormat().layoutDirection(), Qt::RightToLeft);
    }

    void leftToRightHandoutKeepsTheWholeNote()
    {
        auto pack = GuidancePackLoader::loadBuiltIn();
        QVERIFY(pack.ok());
        QTextDocument doc;
        QVERIFY(
            GuidanceHandout::build(*pack, QStringLiteral("faq"), QStringLiteral("es"), doc).ok());
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            QCOMPARE(b.blockFormat().layoutDirection(), Qt::LeftToRight);
        const QTextBlock review = blockStartingWith(doc, QStringLiteral("Language: "));
        QVERIFY(review.text().contains(QStringLiteral("Traducción asistida por máquina")));
        QVERIFY(review.text().contains(QLatin1String("Machine-assisted translation")));
    }
};

QTEST_MAIN(TestGuidanceHandout)
#include "tst_guidancehandout.moc"
