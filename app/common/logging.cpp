#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "trustdesk.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcInterchange, "trustdesk.interchange", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "trustdesk.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "trustdesk.ui", QtWarningMsg)
