#pragma once

#include "model/SetupTypes.h"

#include <QStringList>

// Existing rules from CSV or pasted spreadsheet rows: columns name, enabled (yes/no), conditions
// (as RuleText writes them), description; a header row naming them is optional (without one the
// columns are taken in that order). Errors name the line.
namespace RuleCsvReader {
struct Result {
    QList<Rule> rules;
    QStringList errors;
};
Result read(const QString& text);
} // namespace RuleCsvReader
