#pragma once

#include "domain/redactionpolicy.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace td::cli {

/// The options every command that lets data leave the app shares: --include FIELD (repeatable)
/// and --include-sensitive. Without them, every sensitive client field and witness detail is
/// withheld.
namespace RedactionOptions {

void add(QCommandLineParser &parser);
/// The policy the options ask for; nullopt after setting `error` when a field name is unknown.
std::optional<RedactionPolicy> policy(const QCommandLineParser &parser, QString &error);

} // namespace RedactionOptions
} // namespace td::cli
