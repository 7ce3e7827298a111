#pragma once

#include "model/Partner.h"
#include "model/SectionId.h"
#include "model/SetupTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <tuple>

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
    QMap<RuleId, Rule> rules; // the new rule of each list the guide touches; every RuleId is present
    // The institution's rules already in Alma, in Alma's order (first match wins), and the row the
    // new rule takes among them (0 = top). A list may be empty; positions are within 0..size.
    QMap<RuleId, QList<Rule>> existingRules;
    QMap<RuleId, int> newRulePositions;
    QMap<SectionId, SectionState> sections;
    // What push and verify last learned from Alma, by item key ("partner/CODE",
    // "location/LIBRARY/CODE", "library/CODE", "circ-desk/LIBRARY/CODE", "job/expired-requests",
    // "item-policy/CODE"). See AlmaItemKey.
    QMap<QString, AlmaRecord> alma;
    QString currentPage; // page name, e.g. "partners" (see wizard_pages/PageId.h)
    // Keys of the sections whose page has been shown: the side list marks their errors (a fresh
    // setup is not all red). Like currentPage, where the user has been is not undone.
    QStringList visitedSections;
    QDateTime createdAt;

    auto tied() const
    {
        return std::tie(fields, partners, otherSettings, policies, rules, existingRules, newRulePositions, sections,
            alma, currentPage, visitedSections, createdAt);
    }
    bool operator==(const SetupData& o) const { return tied() == o.tied(); }
    bool operator!=(const SetupData& o) const { return !(*this == o); }
};
