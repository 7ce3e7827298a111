#pragma once

#include "model/SetupTypes.h"

// A rule's conditions as one line of text, for the existing-rules table, pasting and CSV:
//   User Group InList STAFF, FACULTY; Location = MAIN; Requested Format Is Not Empty
// Conditions are separated by ";", values by ",". Operators: =, Not = (or !=), InList,
// NotInList, Is Empty (IsEmpty), Is Not Empty (IsNotEmpty), in any case and spacing. No
// conditions: empty text. A parameter or value that would otherwise be misread (one holding
// ";", "," or a quote, an operator's words, spaces at its ends, or nothing) is written in double
// quotes, a quote inside doubled: "Note ""A""; B". format() and parse() are inverses:
// parse(format(c)) == c for every list of conditions whose no-value operators hold no values.
namespace RuleText {
QString format(const QList<RuleCondition>& conditions);
// False with `error` set ("“Location MAIN” has no operator") when a part cannot be read;
// `conditions` is then unchanged.
bool parse(const QString& text, QList<RuleCondition>* conditions, QString* error);

// A condition's values alone, as the conditions table shows and edits them ("A, B, \"C, D\"").
QString formatValues(const QStringList& values);
bool parseValues(const QString& text, QStringList* values, QString* error);
} // namespace RuleText
