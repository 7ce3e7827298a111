#include "api/AlmaPartnerJson.h"

#include "api/AlmaJsonFields.h"
#include "model/PartnerFields.h"
#include "model/SetupLimits.h"

using namespace AlmaJsonFields;

namespace {
const Json& member(const Json& object, const char* key)
{
    static const Json empty = Json::object();
    if (!object.is_object())
        return empty;
    const auto it = object.find(key);
    return it != object.end() && it->is_object() ? *it : empty;
}

// The object holding `field` in Alma's partner `alma` for a partner of `profileType`.
const Json& holderOf(const Json& alma, const PartnerField& field, const QString& profileType)
{
    const Json& details = member(alma, "partner_details");
    switch (field.place) {
    case PartnerField::Place::Details:
        return details;
    case PartnerField::Place::Profile:
        return member(details, "profile_details");
    case PartnerField::Place::TypeDetails:
        return member(member(details, "profile_details"), PartnerField::detailsMember(profileType).c_str());
    }
    return details;
}

Json& writableHolderOf(Json& alma, const PartnerField& field, const QString& profileType)
{
    auto object = [](Json& parent, const std::string& key) -> Json& {
        Json& child = parent[key];
        if (!child.is_object())
            child = Json::object();
        return child;
    };
    Json& details = object(alma, "partner_details");
    switch (field.place) {
    case PartnerField::Place::Details:
        return details;
    case PartnerField::Place::Profile:
        return object(details, "profile_details");
    case PartnerField::Place::TypeDetails:
        return object(object(details, "profile_details"), PartnerField::detailsMember(profileType));
    }
    return details;
}

bool present(const Json& holder, const char* name)
{
    if (!holder.is_object())
        return false;
    const auto it = holder.find(name);
    return it != holder.end() && !it->is_null() && !text(holder, name).isEmpty();
}

// The profile type the partner has in the end: the setup's, or Alma's when the setup leaves it.
QString effectiveType(const Partner& p, const Json& alma)
{
    return p.profileType.isEmpty() ? text(member(member(alma, "partner_details"), "profile_details"), "profile_type")
                                   : p.profileType;
}
} // namespace

Json AlmaPartnerJson::toAlma(const Partner& p, const Json& base)
{
    Json out = base.is_object() ? base : Json::object();
    const QString type = effectiveType(p, base);
    Json& profile = writableHolderOf(out, *PartnerFields::find(QStringLiteral("profileType")), type);
    if (text(profile, "profile_type") != type) {
        // Another type's details would contradict the new type.
        const std::string wanted = PartnerField::detailsMember(type);
        for (auto it = profile.begin(); it != profile.end();) {
            const std::string& key = it.key();
            const bool otherDetails
                = key.size() > 8 && key.compare(key.size() - 8, 8, "_details") == 0 && key != wanted;
            it = otherDetails ? profile.erase(it) : std::next(it);
        }
    }
    for (const PartnerField& field : PartnerFields::all()) {
        if (!field.isSet(p) || !field.appliesTo(type))
            continue;
        Json& holder = writableHolderOf(out, field, type);
        switch (field.kind) {
        case PartnerField::Kind::Text:
        case PartnerField::Kind::Choice:
            if (field.shape == PartnerField::Shape::Code)
                holder[field.almaName] = Json { { "value", utf8(p.*field.text) } };
            else
                holder[field.almaName] = utf8(p.*field.text);
            break;
        case PartnerField::Kind::Number:
            holder[field.almaName] = *(p.*field.number);
            break;
        case PartnerField::Kind::YesNo:
            holder[field.almaName] = *(p.*field.yesNo);
            break;
        }
    }
    return out;
}

Partner AlmaPartnerJson::fromAlma(const Json& alma)
{
    Partner p;
    // The three objects fields sit in, found once (a consortium's live check reads thousands).
    const Json& details = member(alma, "partner_details");
    const Json& profile = member(details, "profile_details");
    const QString type = text(profile, "profile_type");
    const Json& typeDetails = member(profile, PartnerField::detailsMember(type).c_str());
    for (const PartnerField& field : PartnerFields::all()) {
        if (!field.appliesTo(type))
            continue;
        const Json& holder = field.place == PartnerField::Place::Details ? details
            : field.place == PartnerField::Place::Profile                ? profile
                                                                         : typeDetails;
        const QString value = text(holder, field.almaName);
        if (value.isEmpty())
            continue; // absent, null or empty (as present() says)
        switch (field.kind) {
        case PartnerField::Kind::Text:
            field.setValue(p, value.left(SetupLimits::MaxText));
            break;
        case PartnerField::Kind::Choice:
            if (field.choices.contains(value))
                field.setValue(p, value);
            break;
        case PartnerField::Kind::Number: {
            const int unreadable = -1;
            const int n = integer(holder, field.almaName, unreadable);
            if (n >= 0)
                field.setValue(p, n);
            break;
        }
        case PartnerField::Kind::YesNo: {
            const Json& json = holder.at(field.almaName);
            if (json.is_boolean())
                field.setValue(p, json.get<bool>());
            else if (json.is_string())
                field.setValue(p, value == QLatin1String("true"));
            break;
        }
        }
    }
    return p;
}

QString AlmaPartnerJson::codeOf(const Json& alma)
{
    return text(member(alma, "partner_details"), "code");
}
QString AlmaPartnerJson::nameOf(const Json& alma)
{
    return text(member(alma, "partner_details"), "name");
}

QStringList AlmaPartnerJson::differences(const Partner& p, const Json& alma, QStringList* fieldKeys)
{
    QStringList out;
    const QString type = effectiveType(p, alma);
    for (const PartnerField& field : PartnerFields::all()) {
        if (!field.isSet(p) || !field.appliesTo(type) || field.text == &Partner::code)
            continue;
        const Json& holder = holderOf(alma, field, type);
        const QString title = field.translatedTitle();
        const qsizetype before = out.size();
        switch (field.kind) {
        case PartnerField::Kind::Text:
        case PartnerField::Kind::Choice:
            compare(&out, title, text(holder, field.almaName), p.*field.text);
            break;
        case PartnerField::Kind::Number:
            compare(&out, title, present(holder, field.almaName) ? text(holder, field.almaName) : QString(),
                QString::number(*(p.*field.number)));
            break;
        case PartnerField::Kind::YesNo:
            compare(&out, title, present(holder, field.almaName) ? yesNo(boolean(holder, field.almaName)) : QString(),
                yesNo(*(p.*field.yesNo)));
            break;
        }
        if (fieldKeys && out.size() > before)
            fieldKeys->append(QString::fromLatin1(field.key));
    }
    return out;
}

QString AlmaPartnerJson::profileTypeOf(const Json& alma)
{
    return text(member(member(alma, "partner_details"), "profile_details"), "profile_type");
}

QStringList AlmaPartnerJson::missingMandatory(const Partner& p, const Json& base)
{
    QStringList missing;
    const QString type = effectiveType(p, base);
    for (const PartnerField& field : PartnerFields::all()) {
        if (!field.appliesTo(type) || !field.isMandatoryFor(type) || field.isSet(p))
            continue;
        if (!present(holderOf(base, field, type), field.almaName))
            missing.append(field.translatedTitle());
    }
    return missing;
}

bool AlmaPartnerJson::detailsUnmanaged(const Partner& p)
{
    return !p.profileType.isEmpty() && !PartnerFields::managedProfileTypes().contains(p.profileType);
}
