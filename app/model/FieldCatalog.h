#pragma once

#include "model/SectionId.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// A single-valued field of the setup, described once so that pages, the model, files and
// reports treat it the same way.
enum class FieldType {
    Text,
    Bool,
    Integer,
    Choice, // one of `choices`
    MultiChoice, // a QStringList subset of the choices
};

// Where a multi-choice field takes its choices from.
enum class ChoiceSource {
    Static, // FieldSpec::choices
    FulfillmentPolicies, // the names of section 9's policies
    Partners, // the codes of section 6's partners
};

struct ChoiceSpec {
    const char* value; // stored value (stable)
    const char* label; // shown, translated in context "FieldCatalog"
};

struct FieldSpec {
    const char* id;
    std::optional<SectionId> section; // empty for the introduction's fields
    FieldType type;
    const char* label; // with an & mnemonic
    const char* help; // may be nullptr
    QVariant defaultValue; // the guide's suggestion (see Presets for preset-specific values)
    QList<ChoiceSpec> choices = {};
    ChoiceSource choiceSource = ChoiceSource::Static;
    int maxLength = 0; // 0 = no limit; Alma location codes take at most 10 characters
    int minimum = 0;
    int maximum = 0;

    QString key() const { return QString::fromLatin1(id); }
    QString translatedLabel() const;
    // The label without mnemonic and colon: "Fulfillment unit".
    QString plainLabel() const;
    // The label without mnemonic and colon, with its group where the label alone is ambiguous
    // ("Code" of the borrowing location -> "Temporary borrowing location (Code)").
    QString qualifiedLabel() const;
    QString translatedHelp() const;
    QString choiceLabel(const QString& value) const;
};

namespace FieldCatalog {
const QList<FieldSpec>& all();
const FieldSpec* find(const QString& id);
// Like find(), but the id must exist (a programming error otherwise).
const FieldSpec& get(const QString& id);
const FieldSpec& get(const char* id);
QList<const FieldSpec*> ofSection(SectionId section);
} // namespace FieldCatalog
