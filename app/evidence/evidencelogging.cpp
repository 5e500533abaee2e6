#include "evidencelogging.h"

Q_LOGGING_CATEGORY(lcEvidence, "trustdesk.evidence", QtWarningMsg)
