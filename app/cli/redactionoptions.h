#pragma once

#include "domain/casetextredactor.h"
#include "domain/redactionpolicy.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <optional>

namespace td::cli {

/// The options every command that lets data leave the app shares: --include FIELD (repeatable),
/// --include-sensitive and --mask-status-phrases. Without them, every sensitive client field and
/// witness detail is withheld, in the fields and wherever the free text repeats it.
namespace RedactionOptions {

void add(QCommandLineParser &parser);
/// Only --mask-status-phrases, for outputs that never include a sensitive field (client-copy).
void addMaskStatusPhrases(QCommandLineParser &parser);
bool masksStatusPhrases(const QCommandLineParser &parser);
/// The policy the options ask for; nullopt after setting `error` when a field name is unknown.
std::optional<RedactionPolicy> policy(const QCommandLineParser &parser, QString &error);
/// Tells the caseworker on `err` what the scan of a case's free text found: how many withheld
/// values were masked, and each phrase that may reveal immigration status with its field and
/// context (the value itself is never printed).
void printFindings(QTextStream &err, const QString &reference, const QList<TextFinding> &findings);

} // namespace RedactionOptions
} // namespace td::cli
