#pragma once

#include "model/SectionId.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One thing the validator found: how bad it is, where (section, and the field or rule), what is
// wrong in plain words, and what to change.
struct Finding {
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    SectionId section = SectionId::ResourceSharingLibrary;
    QString subject; // a FieldId, "partners/CODE", "rules/KIND", "rules/KIND/existing/N", …
    QString code; // stable kind of finding, e.g. "rule-overlaps-above" (tests, --json)
    QString message;
    QString fix;
    QString subjectLabel; // the subject as people call it ("Temporary borrowing location code"), if any
    QString field; // for a partner: the PartnerField key it concerns ("expiryDays"), if one

    bool operator==(const Finding& o) const
    {
        return severity == o.severity && section == o.section && subject == o.subject && code == o.code
            && message == o.message && fix == o.fix && subjectLabel == o.subjectLabel && field == o.field;
    }
};

namespace Findings {
// "error", "warning", "info": stable, for the command line and files.
QString severityKey(Finding::Severity severity);
// Translated, for people.
QString severityName(Finding::Severity severity);
int count(const QList<Finding>& findings, Finding::Severity severity);
// The message and the fix as one text, each ending with a full stop ("Code is empty. Enter it.").
QString messageAndFix(const Finding& finding);
// "Error: " followed by messageAndFix(), for tooltips and plain text.
QString sentence(const Finding& finding);
QList<Finding> ofSection(const QList<Finding>& findings, SectionId section);
} // namespace Findings
