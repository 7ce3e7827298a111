#include "api/AlmaPull.h"

#include "api/AlmaJsonFields.h"
#include "model/FieldCatalog.h"
#include "model/FieldId.h"
#include "model/PartnerFields.h"

#include <QSet>

namespace {
// The setup's fields of one temporary location, borrowing or lending.
struct LocationFields {
    const char* code;
    const char* exists;
    const char* name;
    const char* externalName;
    const char* type;
    const char* fulfillmentUnit;
};
const LocationFields Locations[] = {
    { FieldId::BorrowingLocationCode, FieldId::BorrowingLocationExists, FieldId::BorrowingLocationName,
        FieldId::BorrowingLocationExternalName, FieldId::BorrowingLocationType,
        FieldId::BorrowingLocationFulfillmentUnit },
    { FieldId::LendingLocationCode, FieldId::LendingLocationExists, FieldId::LendingLocationName,
        FieldId::LendingLocationExternalName, FieldId::LendingLocationType, FieldId::LendingLocationFulfillmentUnit },
};
} // namespace

AlmaPull::Counts AlmaPull::apply(
    SetupData& data, const QList<Partner>& partners, const QHash<QString, nlohmann::json>& locations)
{
    Counts counts;
    QSet<QString> fromAlma;
    for (const Partner& pulled : partners) {
        fromAlma.insert(pulled.code);
        auto existing = std::find_if(
            data.partners.begin(), data.partners.end(), [&](const Partner& p) { return p.code == pulled.code; });
        if (existing == data.partners.end()) {
            data.partners.append(pulled);
            ++counts.added;
            continue;
        }
        const Partner before = *existing;
        for (const PartnerField& field : PartnerFields::all()) {
            if (field.isSet(pulled))
                field.setValue(*existing, field.value(pulled));
        }
        ++(*existing == before ? counts.unchanged : counts.updated);
    }
    for (const Partner& p : data.partners)
        counts.onlyInSetup += fromAlma.contains(p.code) ? 0 : 1;

    // The two locations the setup names, where Alma has them: they exist, with Alma's values.
    for (const LocationFields& l : Locations) {
        const QString code = data.fields.value(QLatin1String(l.code)).toString();
        const auto found = locations.constFind(code);
        if (code.isEmpty() || found == locations.cend())
            continue;
        const nlohmann::json& alma = *found;
        data.fields.insert(QLatin1String(l.exists), true);
        const std::pair<const char*, const char*> texts[]
            = { { l.name, "name" }, { l.externalName, "external_name" }, { l.fulfillmentUnit, "fulfillment_unit" } };
        for (const auto& [field, member] : texts) {
            const QString value = AlmaJsonFields::text(alma, member);
            if (!value.isEmpty())
                data.fields.insert(QLatin1String(field), value);
        }
        // The type only where it is one the setup offers (the contract's).
        const QString type = AlmaJsonFields::text(alma, "type");
        if (FieldCatalog::get(l.type).choice(type))
            data.fields.insert(QLatin1String(l.type), type);
        counts.locations.append(code);
    }
    return counts;
}

namespace {
constexpr char PulledFrom[] = "pulledFrom";
} // namespace

QString AlmaPull::pulledFrom(const SetupFileFormat::Preserved& preserved)
{
    const auto top = preserved.find(std::string());
    if (top == preserved.end() || !top->second.is_object())
        return {};
    const auto record = top->second.find(PulledFrom);
    if (record == top->second.end() || !record->is_object())
        return {};
    const auto code = record->find("institutionCode");
    return code != record->end() && code->is_string() ? QString::fromStdString(code->get<std::string>()) : QString();
}

void AlmaPull::recordPull(SetupFileFormat::Preserved& preserved, const QString& institutionCode, const QString& name)
{
    SetupFileFormat::Json& top = preserved[std::string()];
    if (!top.is_object())
        top = SetupFileFormat::Json::object();
    top[PulledFrom]
        = { { "institutionCode", institutionCode.toStdString() }, { "institutionName", name.toStdString() } };
}
