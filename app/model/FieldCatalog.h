#pragma once

#include "model/SectionId.h"
#include "model/Source.h"

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
    Source source = Source::Guide; // where Alma's value or label comes from
    const char* where = nullptr;
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
    // Where the default value comes from (set from the catalog's list of sources).
    Source defaultSource = Source::Guide;
    const char* defaultWhere = nullptr;

    QString key() const { return QString::fromLatin1(id); }
    QString translatedLabel() const;
    // The label without mnemonic and colon: "Fulfillment unit".
    QString plainLabel() const;
    // The label without mnemonic and colon, with its group where the label alone is ambiguous
    // ("Code" of the borrowing location -> "Temporary borrowing location (Code)").
    QString qualifiedLabel() const;
    QString translatedHelp() const;
    QString choiceLabel(const QString& value) const;
    const ChoiceSpec* choice(const QString& value) const;
    // A value older files hold that the field no longer offers (location types Alma's contract does
    // not have, job schedules the guide does not give), and what it now reads as.
    std::optional<QString> replacementFor(const QString& retiredValue) const;
    // Whether `value` is a program's suggestion (the default or a choice no public source gives),
    // and the tooltip saying so; empty when the value is the guide's or Ex Libris'.
    QString suggestionNote(const QVariant& value) const;
};

namespace FieldCatalog {
const QList<FieldSpec>& all();
const FieldSpec* find(const QString& id);
// Like find(), but the id must exist (a programming error otherwise).
const FieldSpec& get(const QString& id);
const FieldSpec& get(const char* id);
QList<const FieldSpec*> ofSection(SectionId section);
// The Other Settings parameters the guide sets (section 4; its table was lost): the parameter's
// name, whether a public source confirms it, and the field whose value it holds.
struct OtherSetting {
    Sourced parameter;
    const char* valueField;
    bool confirmed() const { return parameter.source != Source::Suggestion; }
};
const QList<OtherSetting>& otherSettings();
// The fulfillment policy types offered in section 9, with where each comes from.
const QList<Sourced>& policyTypes();
// A preset's value for a field (WRLC's locations…), with where it comes from; nullptr when the
// preset keeps the field's default.
struct PresetValue {
    const char* preset;
    const char* field;
    const char* value;
    Source source;
    const char* where;
};
const PresetValue* presetValue(const QString& preset, const QString& field);
const QList<PresetValue>& presetValues();
} // namespace FieldCatalog
