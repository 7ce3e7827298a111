#pragma once

#include "model/SectionId.h"
#include "model/SetupTypes.h"
#include "model/Source.h"

#include <QList>

// What the guide and Ex Libris say of each rule the setup adds, and what the program suggests:
// its section, whether it must be first in its list, the input parameters and outputs offered
// for it, each with where it comes from.
struct RuleSpec {
    RuleId value;
    const char* key; // stable, in setup files: "temporary-item-creation"
    SectionId section;
    bool atTop; // the guide: "make sure this rule is positioned at the top" of its list
    const char* title; // shown (context "RuleCatalog")
    QList<Sourced> parameters;
    QList<Sourced> outputs;
    // Where the rule's preset inputs come from (the guide's images of some rules were lost).
    Source presetSource = Source::Guide;
    const char* presetWhere = nullptr;

    QString translatedTitle() const;
    QStringList parameterNames() const;
    QStringList outputNames() const;
};

// An operator of Alma's rule inputs, with where the wizard has it from.
struct OperatorSpec {
    RuleOperator value;
    const char* key; // the token in setup files
    const char* display; // as Alma shows it
    Source source;
    const char* where;
};

namespace RuleCatalog {
const RuleSpec& rule(RuleId id);
const OperatorSpec& op(RuleOperator op);
// The catalog's entry for a parameter or output name of the rule (where it comes from, for its
// "suggested" mark); nullptr for a name the catalog does not know.
const Sourced* parameter(RuleId id, const QString& name);
const Sourced* output(RuleId id, const QString& name);
} // namespace RuleCatalog
