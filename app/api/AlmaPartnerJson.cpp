#include "api/AlmaPartnerJson.h"

#include "api/AlmaJsonFields.h"

using namespace AlmaJsonFields;

namespace {
// Profile types whose details carry request_expiry_type and expiry_time (rest_partner.xsd).
bool hasExpiry(const QString& profileType)
{
    return profileType == QLatin1String("ISO") || profileType == QLatin1String("NCIP_P2P")
        || profileType == QLatin1String("FULFILLMENT_NETWORK");
}

void setCode(Json& object, const char* key, const QString& value)
{
    if (!value.isEmpty())
        object[key] = Json { { "value", utf8(value) } };
}

void setText(Json& object, const char* key, const QString& value)
{
    if (!value.isEmpty())
        object[key] = utf8(value);
}

const Json& member(const Json& object, const char* key)
{
    static const Json empty = Json::object();
    if (!object.is_object())
        return empty;
    const auto it = object.find(key);
    return it != object.end() && it->is_object() ? *it : empty;
}
} // namespace

std::string AlmaPartnerJson::detailsKey(const QString& profileType)
{
    return utf8(profileType.toLower()) + "_details";
}

Json AlmaPartnerJson::toAlma(const Partner& p, const Json& base)
{
    Json out = base.is_object() ? base : Json::object();
    Json& details = out["partner_details"];
    if (!details.is_object())
        details = Json::object();
    details["code"] = utf8(p.code);
    details["name"] = utf8(p.name);
    details["status"] = utf8(p.status);
    details["avg_supply_time"] = p.avgSupplyTime;
    details["delivery_delay"] = p.deliveryDelay;
    details["borrowing_supported"] = p.borrowingSupported;
    details["lending_supported"] = p.lendingSupported;
    setText(details, "borrowing_workflow", p.borrowingWorkflow);
    setText(details, "lending_workflow", p.lendingWorkflow);
    setCode(details, "system_type", p.systemType);
    setCode(details, "locate_profile", p.locateProfile);
    setText(details, "institution_code", p.institutionCode);
    setText(details, "holding_code", p.holdingCode);

    Json& profile = details["profile_details"];
    if (!profile.is_object())
        profile = Json::object();
    const std::string wantedDetails = detailsKey(p.profileType);
    if (text(profile, "profile_type") != p.profileType) {
        // Another type's details would contradict the new type.
        for (auto it = profile.begin(); it != profile.end();) {
            const std::string& key = it.key();
            const bool otherDetails = key.size() > 8 && key.compare(key.size() - 8, 8, "_details") == 0 && key != wantedDetails;
            it = otherDetails ? profile.erase(it) : std::next(it);
        }
    }
    profile["profile_type"] = utf8(p.profileType);
    Json& typeDetails = profile[wantedDetails];
    if (!typeDetails.is_object())
        typeDetails = Json::object();
    if (hasExpiry(p.profileType)) {
        typeDetails["request_expiry_type"] = Json { { "value", "EXPIRY_TIME" } };
        typeDetails["expiry_time"] = p.expiryDays;
    }
    return out;
}

QString AlmaPartnerJson::codeOf(const Json& alma) { return text(member(alma, "partner_details"), "code"); }
QString AlmaPartnerJson::nameOf(const Json& alma) { return text(member(alma, "partner_details"), "name"); }

QStringList AlmaPartnerJson::differences(const Partner& p, const Json& alma)
{
    QStringList out;
    const Json& d = member(alma, "partner_details");
    compare(&out, "name", text(d, "name"), p.name);
    compare(&out, "status", text(d, "status"), p.status);
    compare(&out, "avg_supply_time", integer(d, "avg_supply_time", -1), p.avgSupplyTime);
    compare(&out, "delivery_delay", integer(d, "delivery_delay", 0), p.deliveryDelay);
    compare(&out, "borrowing_supported", boolean(d, "borrowing_supported"), p.borrowingSupported);
    compare(&out, "lending_supported", boolean(d, "lending_supported"), p.lendingSupported);
    compareIfSet(&out, d, "borrowing_workflow", p.borrowingWorkflow);
    compareIfSet(&out, d, "lending_workflow", p.lendingWorkflow);
    compareIfSet(&out, d, "system_type", p.systemType);
    compareIfSet(&out, d, "locate_profile", p.locateProfile);
    compareIfSet(&out, d, "institution_code", p.institutionCode);
    compareIfSet(&out, d, "holding_code", p.holdingCode);
    const Json& profile = member(d, "profile_details");
    compare(&out, "profile_type", text(profile, "profile_type"), p.profileType);
    if (hasExpiry(p.profileType)) {
        const Json& typeDetails = member(profile, detailsKey(p.profileType).c_str());
        compare(&out, "request_expiry_type", text(typeDetails, "request_expiry_type"), QStringLiteral("EXPIRY_TIME"));
        compare(&out, "expiry_time", integer(typeDetails, "expiry_time", -1), p.expiryDays);
    }
    return out;
}
