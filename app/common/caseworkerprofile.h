#pragma once

#include <QString>

namespace td {

/// Who uses this installation (name and role, set at first start): the actor of every audit and
/// custody entry and the default caseworker of new cases. Kept in the Settings, never taken from
/// the environment.
struct CaseworkerProfile
{
    QString name;
    QString role;

    /// Longest name or role kept; longer input is cut.
    static constexpr int kMaxLength = 100;

    bool isEmpty() const { return name.trimmed().isEmpty(); }
    /// One line, whitespace collapsed, at most kMaxLength characters each.
    CaseworkerProfile normalized() const;
    /// How the profile is recorded as an actor: "Name (Role)", or the name alone.
    QString actor() const;

    /// The profile this process acts as: the one installed, else the one in the user's Settings
    /// (empty when none is set).
    static CaseworkerProfile current();
    /// Makes `profile` the one this process acts as (the app at start and after Preferences).
    static void install(const CaseworkerProfile &profile);
};

} // namespace td
