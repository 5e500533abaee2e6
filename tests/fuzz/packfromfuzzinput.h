#pragma once
// Turns one fuzz input into a guidance pack folder; shared by the fuzzer and tst_fuzzcorpus.
// The input is a manifest.json, optionally followed by "\n%%\n" and the Markdown of an article;
// the article is written for every (language code, article id) the manifest names that the
// loader would accept as a file name (at most four of each), so mutations reach the article checks.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace td::fuzz {

inline QStringList safePackNames(const QJsonObject &manifest, const char *list, const char *key)
{
    constexpr int kMaxNames = 4;
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    QStringList names;
    for (const auto &value : manifest.value(QLatin1String(list)).toArray()) {
        const QString name = value.toObject().value(QLatin1String(key)).toString();
        if (safe.match(name).hasMatch() && !names.contains(name))
            names.append(name);
        if (names.size() == kMaxNames)
            break;
    }
    return names;
}

inline void writePackFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

/// Replaces `folder` with the pack the input describes.
inline void writePackFromFuzzInput(const QString &folder, const QByteArray &input)
{
    const QByteArray separator("\n%%\n");
    const qsizetype split = input.indexOf(separator);
    const QByteArray manifest = split < 0 ? input : input.left(split);
    const QByteArray article = split < 0 ? QByteArray() : input.mid(split + separator.size());

    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    writePackFile(folder + QStringLiteral("/manifest.json"), manifest);
    const QJsonObject m = QJsonDocument::fromJson(manifest).object();
    for (const auto &code : safePackNames(m, "languages", "code")) {
        QDir(folder).mkdir(code);
        for (const auto &id : safePackNames(m, "articles", "id"))
            writePackFile(QStringLiteral("%1/%2/%3.md").arg(folder, code, id), article);
    }
}

} // namespace td::fuzz
