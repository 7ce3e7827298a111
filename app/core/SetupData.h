#pragma once

#include "Partner.h"
#include "SectionId.h"
#include "SetupTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

// The checklist state of one section. Steps are stored by their stable key.
struct SectionState {
    bool notNeeded = false;
    QString notNeededReason;
    QHash<QString, StepState> steps;

    bool operator==(const SectionState& o) const
    {
        return notNeeded == o.notNeeded && notNeededReason == o.notNeededReason && steps == o.steps;
    }
    bool operator!=(const SectionState& o) const { return !(*this == o); }
};

// Everything a setup holds, as one value. SetupModel owns one and hands out const access;
// the containers are implicitly shared, so copies (undo snapshots) are cheap.
struct SetupData {
    QHash<QString, QVariant> fields; // by FieldId; every catalog field is present
    QList<Partner> partners;
    QList<KeyValue> otherSettings;
    QList<FulfillmentPolicy> policies;
    QMap<RuleId, Rule> rules; // every RuleId is present
    QMap<SectionId, SectionState> sections;
    QString currentPage; // page name, e.g. "partners" (see wizard_pages/PageId.h)
    QDateTime createdAt;
};
