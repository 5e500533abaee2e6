#pragma once

#include <QLoggingCategory>

// Evidence work logs ids, counts and sizes only: never file names or contents.
Q_DECLARE_LOGGING_CATEGORY(lcEvidence)
