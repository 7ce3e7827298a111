#pragma once

#include "api/AlmaLocationJson.h"
#include "api/AlmaSnapshot.h"
#include "model/Partner.h"
#include "model/SectionId.h"
#include "model/SetupData.h"

#include <QCoreApplication>
#include <QStringList>

// One thing a push would do in Alma.
struct AlmaPlanItem {
    enum class Kind { Location, Partner };
    enum class Action { Create, Update, AsWanted };

    Kind kind = Kind::Partner;
    Action action = Action::Create;
    QString key; // AlmaItemKey
    QString label; // "Partner RES1 (Resource Library 1)"
    QStringList changes; // for Update: one line per field that changes
    // Why a push cannot send this item as it is (a field Alma requires is missing, the desk is not
    // in Alma, …): a push skips it, and the plan and the confirmation say why.
    QStringList problems;
    Partner partner; // for partners
    WantedLocation location; // for locations

    bool pushable() const { return problems.isEmpty(); }
    static QString actionName(Action action); // translated
    static QString actionKey(Action action); // "create", "update", "as-wanted"
};

// The dry run: for every item the API can write, whether a push creates it, updates it (and
// which fields) or leaves it as it is; and the checklist steps that are left to do by hand.
struct AlmaPlan {
    struct ManualStep {
        SectionId section;
        QString text;
        QString menuPath;
    };

    QList<AlmaPlanItem> items;
    QList<ManualStep> manualSteps;
    bool sandbox = false;

    int count(AlmaPlanItem::Action action) const;
    // Items a push would send: to create or update, with no problem.
    int pushableCount() const;
    int blockedCount() const;
    // Builds the plan from the setup and what Alma holds. Parts of the snapshot that could not be
    // read contribute no items.
    static AlmaPlan build(const SetupData& data, const AlmaSnapshot& alma);
    static QString partnerLabel(const Partner& partner);
    static QString locationLabel(const WantedLocation& location);
};
