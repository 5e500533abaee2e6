#pragma once

#include <QLoggingCategory>

// One category per module. Never log a client's personal data: log ids, counts and codes.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcInterchange)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
