#pragma once

#include "SetupTypes.h"

// A rule's conditions as one line of text, for the existing-rules table, pasting and CSV:
//   User Group InList STAFF, FACULTY; Location = MAIN; Requested Format Is Not Empty
// Conditions are separated by ";", values by ",". Operators: =, Not = (or !=), InList,
// NotInList, Is Empty (IsEmpty), Is Not Empty (IsNotEmpty), in any case. No conditions: empty text.
namespace RuleText {
QString format(const QList<RuleCondition>& conditions);
// False with `error` set ("“Location MAIN” has no operator") when a part cannot be read.
bool parse(const QString& text, QList<RuleCondition>* conditions, QString* error);

// Existing rules from CSV or pasted spreadsheet rows: columns name, enabled (yes/no), conditions
// (the text above), description; a header row naming them is optional (without one the columns
// are taken in that order). Errors name the line.
struct ReadResult {
    QList<Rule> rules;
    QStringList errors;
};
ReadResult readRules(const QString& text);
} // namespace RuleText
