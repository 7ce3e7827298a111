#pragma once

#include "model/Partner.h"
#include "model/Source.h"

#include <QList>
#include <QVariant>

// One member of Partner, described once: its name in setup files, in Alma's partner object and
// in CSV headers, its title, its kind, where it sits in Alma's object, and for which profile
// types the contract (rest_partner.xsd) holds it and marks it mandatory. The partner table, the
// CSV reader, the setup file, the Alma mapping, the checks and the report all read this table.
struct PartnerField {
    enum class Kind { Text, Number, YesNo, Choice };
    // Where Alma keeps it: partner_details.X, partner_details.profile_details.X, or in the
    // profile type's details, partner_details.profile_details.<type>_details.X.
    enum class Place { Details, Profile, TypeDetails };
    // As Alma's JSON writes it: "x", or {"value": "x", "desc": "…"} for a code of a code table.
    enum class Shape { Plain, Code };

    const char* key; // in setup files and the table's CSV header: "expiryDays"
    const char* almaName; // Alma's element, also read as a CSV header: "expiry_time"
    const char* title; // shown (context "PartnerFields"): "Expiry days"
    Kind kind;
    Place place;
    Shape shape = Shape::Plain;
    QString Partner::*text = nullptr; // Text and Choice
    std::optional<int> Partner::*number = nullptr;
    std::optional<bool> Partner::*yesNo = nullptr;
    QStringList choices = {}; // Choice: the contract's values
    QStringList profileTypes = {}; // TypeDetails: the profile types whose details hold it
    QStringList mandatoryFor = {}; // the profile types for which Alma requires it ("*": every one)
    const char* source = nullptr; // where that requirement is written

    QString translatedTitle() const;
    bool isSet(const Partner& partner) const;
    // Text and Choice as QString, Number as int, YesNo as bool; an invalid QVariant when unset.
    QVariant value(const Partner& partner) const;
    // An invalid or empty QVariant unsets the field.
    void setValue(Partner& partner, const QVariant& value) const;
    void clear(Partner& partner) const { setValue(partner, QVariant()); }
    // The value for people: text, number, "Yes" or "No"; empty when unset.
    QString displayValue(const Partner& partner) const;
    // Alma holds this field for a partner of `profileType`.
    bool appliesTo(const QString& profileType) const;
    bool isMandatoryFor(const QString& profileType) const;
    // The details member of a profile type: "ISO_18626" -> "iso_18626_details".
    static std::string detailsMember(const QString& profileType);
};

namespace PartnerFields {
const QList<PartnerField>& all();
const PartnerField* find(const QString& key);
// The field a CSV header names: its key, Alma's name or its title, in any case, spaces or "_".
const PartnerField* fromHeader(const QString& header);
// The fields the partner table shows as columns, in order (the rest are edited per partner).
QList<const PartnerField*> columns();

// What a partner added in the table starts with (besides the section 5 workflows and the
// default expiry days), with where each value comes from.
struct NewPartnerValue {
    const char* key; // PartnerField key
    const char* value; // "true" for yes
    Source source;
    const char* where;
};
const QList<NewPartnerValue>& newPartnerValues();

// Values of the contract (rest_partner.xsd) for its enumerations.
const QStringList& profileTypes(); // every profile_type Alma knows
const QStringList& managedProfileTypes(); // those whose connection details the wizard holds
const QStringList& statuses();
const QStringList& requestExpiryTypes();
} // namespace PartnerFields
