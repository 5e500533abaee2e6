// Every query lives in app/storage/ (docs/ARCHITECTURE.md, "Where code goes"): one place to give a
// second dialect (PostgreSQL) to. Reads the source tree and names each line that breaks the rule.
#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

namespace {

/// Files outside app/storage/ allowed to name a Qt Sql class, and why. Keep it short.
const QMap<QString, QString> kAllowedQtSql = {
    // After a lock, a debug line counts the connections left (it must be none); it runs no SQL.
    {QStringLiteral("ui/mainwindow.cpp"), QStringLiteral("QSqlDatabase::connectionNames()")},
};

struct SourceLine
{
    QString file; ///< relative to the source root, with '/'
    int number = 0;
    QString text;
};

QString sourceRoot()
{
    return qEnvironmentVariable("TRUSTDESK_SOURCE_DIR");
}

/// Every line of every C++ file under app/ and ui/, comment lines left out.
QList<SourceLine> codeLines()
{
    QList<SourceLine> out;
    const QDir root(sourceRoot());
    for (const auto &top : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(root.filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            const QString relative = root.relativeFilePath(path);
            int number = 0;
            while (!file.atEnd()) {
                const QString text = QString::fromUtf8(file.readLine());
                ++number;
                const QString trimmed = text.trimmed();
                if (trimmed.startsWith(QLatin1String("//")) || trimmed.startsWith(QLatin1Char('*'))
                    || trimmed.startsWith(QLatin1String("/*")))
                    continue;
                out.append({relative, number, text.trimmed()});
            }
        }
    }
    return out;
}

bool inStorage(const SourceLine &line)
{
    return line.file.startsWith(QLatin1String("app/storage/"));
}

/// Names every line found (QTest would cut a long failure message short) and says how many.
QString describe(const QList<SourceLine> &lines)
{
    for (const auto &l : lines)
        qWarning().noquote() << QStringLiteral("%1:%2: %3").arg(l.file).arg(l.number).arg(l.text);
    return QStringLiteral("%1 lines, listed above").arg(lines.size());
}

} // namespace

class TestSqlInStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QDir(sourceRoot()).exists(QStringLiteral("app/storage")),
            "set TRUSTDESK_SOURCE_DIR to the source tree");
    }

    void noQtSqlOutsideStorage()
    {
        static const QRegularExpression qtSql(QStringLiteral("\\bQSql[A-Z]\\w*|<QtSql\\b"));
        // A Database's QSqlDatabase, whatever the type is called where it is used.
        static const QRegularExpression connection(QStringLiteral("(\\.|->)connection\\(\\)"));
        QList<SourceLine> found;
        for (const auto &line : codeLines()) {
            if (inStorage(line))
                continue;
            if (!line.text.contains(qtSql) && !line.text.contains(connection))
                continue;
            const auto allowed = kAllowedQtSql.constFind(line.file);
            if (allowed != kAllowedQtSql.constEnd()
                && (line.text.contains(allowed.value())
                    || line.text == QLatin1String("#include <QSqlDatabase>")))
                continue;
            found.append(line);
        }
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
    }

    void noStatementsOutsideStorage()
    {
        // The start of a statement inside a string literal.
        // (Plain strings: moc cannot read raw string literals with quotes inside.)
        static const QRegularExpression statement(QStringLiteral(
            "\"[^\"]*\\b(SELECT\\s|INSERT\\s+(OR\\s+\\w+\\s+)?INTO\\b|UPDATE\\s+\\w+\\s+SET\\b"
            "|DELETE\\s+FROM\\b|CREATE\\s+(TABLE|INDEX|TRIGGER|VIRTUAL)\\b|ALTER\\s+TABLE\\b"
            "|DROP\\s+TABLE\\b|PRAGMA\\s|BEGIN\\s+IMMEDIATE\\b|VACUUM\\b)"));
        QList<SourceLine> found;
        for (const auto &line : codeLines()) {
            if (!inStorage(line) && line.text.contains(statement))
                found.append(line);
        }
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
    }

    void noLastInsertId()
    {
        // QPSQL has no last insert id without OIDs: new rows give their id with INSERT … RETURNING.
        QList<SourceLine> found;
        for (const auto &line : codeLines()) {
            if (line.text.contains(QLatin1String("lastInsertId")))
                found.append(line);
        }
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
    }
};

QTEST_GUILESS_MAIN(TestSqlInStorage)
#include "tst_sqlinstorage.moc"
