#include "model/PartnerFields.h"

#include <QCoreApplication>
#include <QHash>

namespace {
using F = PartnerField;
using K = PartnerField::Kind;
using P = PartnerField::Place;
using S = PartnerField::Shape;

const QString Iso = QStringLiteral("ISO");
const QString Iso18626 = QStringLiteral("ISO_18626");
const QString NcipP2p = QStringLiteral("NCIP_P2P");
const QString Email = QStringLiteral("EMAIL");

PartnerField text(const char* key, const char* almaName, const char* title, P place, QString Partner::*member,
    QStringList types = {}, QStringList mandatory = {}, const char* source = nullptr, S shape = S::Plain)
{
    PartnerField f { key, almaName, title, K::Text, place, shape };
    f.text = member;
    f.profileTypes = std::move(types);
    f.mandatoryFor = std::move(mandatory);
    f.source = source;
    return f;
}

PartnerField choice(const char* key, const char* almaName, const char* title, P place, QString Partner::*member,
    QStringList choices, QStringList types, QStringList mandatory, const char* source, S shape = S::Plain)
{
    PartnerField f = text(key, almaName, title, place, member, std::move(types), std::move(mandatory), source, shape);
    f.kind = K::Choice;
    f.choices = std::move(choices);
    return f;
}

PartnerField number(const char* key, const char* almaName, const char* title, P place,
    std::optional<int> Partner::*member, QStringList types = {}, QStringList mandatory = {},
    const char* source = nullptr)
{
    PartnerField f { key, almaName, title, K::Number, place };
    f.number = member;
    f.profileTypes = std::move(types);
    f.mandatoryFor = std::move(mandatory);
    f.source = source;
    return f;
}

PartnerField yesNo(const char* key, const char* almaName, const char* title, P place,
    std::optional<bool> Partner::*member, QStringList types = {}, QStringList mandatory = {},
    const char* source = nullptr)
{
    PartnerField f { key, almaName, title, K::YesNo, place };
    f.yesNo = member;
    f.profileTypes = std::move(types);
    f.mandatoryFor = std::move(mandatory);
    f.source = source;
    return f;
}

QList<PartnerField> buildFields()
{
    const QStringList all { QStringLiteral("*") };
    // Sources: rest_partner.xsd (../shared/alma-api), its annotations and structure (xs:all
    // members without minOccurs="0" are required).
    return {
        text("code", "code", QT_TRANSLATE_NOOP("PartnerFields", "Code"), P::Details, &Partner::code, {}, all,
            "rest_partner.xsd partner_details/code: \"Mandatory. Must be unique for each partner.\""),
        text("name", "name", QT_TRANSLATE_NOOP("PartnerFields", "Name"), P::Details, &Partner::name, {}, all,
            "rest_partner.xsd partner_details/name: \"Mandatory.\""),
        choice("profileType", "profile_type", QT_TRANSLATE_NOOP("PartnerFields", "Profile type"), P::Profile,
            &Partner::profileType, PartnerFields::profileTypes(), {}, all,
            "rest_partner.xsd profile_details/profile_type: \"Mandatory.\""),
        choice("status", "status", QT_TRANSLATE_NOOP("PartnerFields", "Status"), P::Details, &Partner::status,
            PartnerFields::statuses(), {}, all,
            "rest_partner.xsd partner_details/status: \"Mandatory. Possible values are: ACTIVE, INACTIVE.\""),
        text("systemType", "system_type", QT_TRANSLATE_NOOP("PartnerFields", "System type"), P::Details,
            &Partner::systemType, {}, all,
            "rest_partner.xsd partner_details/system_type: \"Mandatory.\" (a code of the PartnerSystemTypes table)",
            S::Code),
        yesNo("borrowingSupported", "borrowing_supported", QT_TRANSLATE_NOOP("PartnerFields", "Borrowing"), P::Details,
            &Partner::borrowingSupported, {}, all,
            "rest_partner.xsd partner_details/borrowing_supported (required element)"),
        text("borrowingWorkflow", "borrowing_workflow", QT_TRANSLATE_NOOP("PartnerFields", "Borrowing workflow"),
            P::Details, &Partner::borrowingWorkflow),
        yesNo("lendingSupported", "lending_supported", QT_TRANSLATE_NOOP("PartnerFields", "Lending"), P::Details,
            &Partner::lendingSupported, {}, all,
            "rest_partner.xsd partner_details/lending_supported (required element)"),
        text("lendingWorkflow", "lending_workflow", QT_TRANSLATE_NOOP("PartnerFields", "Lending workflow"), P::Details,
            &Partner::lendingWorkflow),
        number("avgSupplyTime", "avg_supply_time", QT_TRANSLATE_NOOP("PartnerFields", "Average supply time (days)"),
            P::Details, &Partner::avgSupplyTime, {}, all,
            "rest_partner.xsd partner_details/avg_supply_time: \"The average number of days … Mandatory.\""),
        number("deliveryDelay", "delivery_delay", QT_TRANSLATE_NOOP("PartnerFields", "Delivery delay (days)"),
            P::Details, &Partner::deliveryDelay),
        text("locateProfile", "locate_profile", QT_TRANSLATE_NOOP("PartnerFields", "Locate profile"), P::Details,
            &Partner::locateProfile, {}, {}, nullptr, S::Code),
        text("institutionCode", "institution_code", QT_TRANSLATE_NOOP("PartnerFields", "Institution code"), P::Details,
            &Partner::institutionCode),
        text("holdingCode", "holding_code", QT_TRANSLATE_NOOP("PartnerFields", "Holding code"), P::Details,
            &Partner::holdingCode),
        choice("requestExpiryType", "request_expiry_type", QT_TRANSLATE_NOOP("PartnerFields", "Request expiry type"),
            P::TypeDetails, &Partner::requestExpiryType, PartnerFields::requestExpiryTypes(), { Iso, NcipP2p },
            { Iso, NcipP2p },
            "rest_partner.xsd iso_details and ncip_p2p_details: request_expiry_type (required element)", S::Code),
        number("expiryDays", "expiry_time", QT_TRANSLATE_NOOP("PartnerFields", "Expiry days"), P::TypeDetails,
            &Partner::expiryDays, { Iso, NcipP2p }),
        text("illServer", "ill_server", QT_TRANSLATE_NOOP("PartnerFields", "ILL server"), P::TypeDetails,
            &Partner::illServer, { Iso, Iso18626, NcipP2p }, { Iso, Iso18626, NcipP2p },
            "rest_partner.xsd iso_details, iso_18626_details, ncip_p2p_details: ill_server \"Mandatory.\""),
        number("illPort", "ill_port", QT_TRANSLATE_NOOP("PartnerFields", "ILL port"), P::TypeDetails, &Partner::illPort,
            { Iso }, { Iso }, "rest_partner.xsd iso_details/ill_port: \"Mandatory.\""),
        text("isoSymbol", "iso_symbol", QT_TRANSLATE_NOOP("PartnerFields", "ISO symbol"), P::TypeDetails,
            &Partner::isoSymbol, { Iso, Iso18626 }, { Iso, Iso18626 },
            "rest_partner.xsd iso_details, iso_18626_details: iso_symbol \"Mandatory.\""),
        text("partnerSymbol", "partner_symbol", QT_TRANSLATE_NOOP("PartnerFields", "Partner symbol"), P::TypeDetails,
            &Partner::partnerSymbol, { NcipP2p }, { NcipP2p },
            "rest_partner.xsd ncip_p2p_details/partner_symbol: \"Mandatory.\""),
        text("partnerInstitutionCode", "institution_code",
            QT_TRANSLATE_NOOP("PartnerFields", "Partner's institution symbol"), P::TypeDetails,
            &Partner::partnerInstitutionCode, { NcipP2p }),
        text("userIdentifierType", "general_user_id_type", QT_TRANSLATE_NOOP("PartnerFields", "User identifier type"),
            P::TypeDetails, &Partner::userIdentifierType, { NcipP2p }, { NcipP2p },
            "rest_partner.xsd ncip_p2p_details/general_user_id_type: \"Mandatory.\" (a code of the UserIdentifierTypes "
            "table)",
            S::Code),
        text("emailAddress", "email_address", QT_TRANSLATE_NOOP("PartnerFields", "Email address"), P::TypeDetails,
            &Partner::emailAddress, { Iso, NcipP2p }, { NcipP2p },
            "rest_partner.xsd ncip_p2p_details/email_address (required element; for ISO \"relevant only for SLNP "
            "type\", and a real ISO partner has none)"),
        text("email", "email", QT_TRANSLATE_NOOP("PartnerFields", "Email"), P::TypeDetails, &Partner::email, { Email },
            { Email }, "rest_partner.xsd email_details/email: \"Mandatory.\""),
        yesNo("sendRequesterInformation", "send_requester_information",
            QT_TRANSLATE_NOOP("PartnerFields", "Send requester information"), P::TypeDetails,
            &Partner::sendRequesterInformation, { Iso, Iso18626, NcipP2p }),
        yesNo("sharedBarcodes", "shared_barcodes", QT_TRANSLATE_NOOP("PartnerFields", "Shared barcodes"),
            P::TypeDetails, &Partner::sharedBarcodes, { Iso, Iso18626 }),
    };
}

QString normalized(QString header)
{
    header = header.trimmed().toLower();
    header.remove(QLatin1Char(' '));
    header.remove(QLatin1Char('_'));
    header.remove(QLatin1Char('.'));
    header.remove(QLatin1Char('('));
    header.remove(QLatin1Char(')'));
    return header;
}
} // namespace

QString PartnerField::translatedTitle() const
{
    return QCoreApplication::translate("PartnerFields", title);
}

bool PartnerField::isSet(const Partner& partner) const
{
    if (text)
        return !(partner.*text).isEmpty();
    if (number)
        return (partner.*number).has_value();
    return (partner.*yesNo).has_value();
}

QVariant PartnerField::value(const Partner& partner) const
{
    if (!isSet(partner))
        return {};
    if (text)
        return partner.*text;
    if (number)
        return *(partner.*number);
    return *(partner.*yesNo);
}

QString PartnerField::displayValue(const Partner& partner) const
{
    const QVariant v = value(partner);
    if (!v.isValid())
        return {};
    if (kind == Kind::YesNo)
        return v.toBool() ? QCoreApplication::translate("PartnerFields", "Yes")
                          : QCoreApplication::translate("PartnerFields", "No");
    return v.toString();
}

void PartnerField::setValue(Partner& partner, const QVariant& value) const
{
    const bool unset = !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
    if (text)
        partner.*text = unset ? QString() : value.toString();
    else if (number)
        partner.*number = unset ? std::nullopt : std::optional<int>(value.toInt());
    else
        partner.*yesNo = unset ? std::nullopt : std::optional<bool>(value.toBool());
}

bool PartnerField::appliesTo(const QString& profileType) const
{
    return place != Place::TypeDetails || profileTypes.contains(profileType);
}

bool PartnerField::isMandatoryFor(const QString& profileType) const
{
    return mandatoryFor.contains(QStringLiteral("*")) || mandatoryFor.contains(profileType);
}

std::string PartnerField::detailsMember(const QString& profileType)
{
    return profileType.toLower().toStdString() + "_details";
}

const QList<PartnerField>& PartnerFields::all()
{
    static const QList<PartnerField> fields = buildFields();
    return fields;
}

const PartnerField* PartnerFields::find(const QString& key)
{
    for (const PartnerField& f : all()) {
        if (key == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}

const PartnerField* PartnerFields::fromHeader(const QString& header)
{
    static const QHash<QString, const PartnerField*> names = [] {
        QHash<QString, const PartnerField*> h;
        // Spreadsheets name the columns many ways; the contract's names win over titles.
        for (const PartnerField& f : all())
            h.insert(normalized(QString::fromLatin1(f.title)), &f);
        h.insert(normalized(QStringLiteral("expiry time")), find(QStringLiteral("expiryDays")));
        h.insert(normalized(QStringLiteral("expiry time (days)")), find(QStringLiteral("expiryDays")));
        h.insert(normalized(QStringLiteral("avg. supply time")), find(QStringLiteral("avgSupplyTime")));
        h.insert(normalized(QStringLiteral("profile_details.profile_type")), find(QStringLiteral("profileType")));
        h.insert(normalized(QStringLiteral("borrowing supported")), find(QStringLiteral("borrowingSupported")));
        h.insert(normalized(QStringLiteral("lending supported")), find(QStringLiteral("lendingSupported")));
        for (const PartnerField& f : all())
            h.insert(normalized(QString::fromLatin1(f.key)), &f);
        for (const PartnerField& f : all()) {
            if (f.place != PartnerField::Place::TypeDetails
                || QLatin1String(f.almaName) != QLatin1String("institution_code"))
                h.insert(normalized(QString::fromLatin1(f.almaName)), &f);
        }
        return h;
    }();
    const QString name = normalized(header);
    if (const auto* f = names.value(name))
        return f;
    for (const PartnerField& f : all()) { // the title in the language the program runs in
        if (normalized(f.translatedTitle()) == name)
            return &f;
    }
    return nullptr;
}

QList<const PartnerField*> PartnerFields::columns()
{
    QList<const PartnerField*> list;
    for (const char* key :
        { "code", "name", "profileType", "status", "borrowingWorkflow", "lendingWorkflow", "expiryDays" })
        list.append(find(QString::fromLatin1(key)));
    return list;
}

const QStringList& PartnerFields::profileTypes()
{
    // rest_partner.xsd, simpleType profile_type.
    static const QStringList types { QStringLiteral("NCIP_P2P"), QStringLiteral("ISO_18626"), QStringLiteral("ISO"),
        QStringLiteral("EMAIL"), QStringLiteral("NCIP"), QStringLiteral("ART_EMAIL"), QStringLiteral("SLNP"),
        QStringLiteral("EXTERNAL_SYSTEM"), QStringLiteral("BLDSS"), QStringLiteral("FULFILLMENT_NETWORK"),
        QStringLiteral("RAPID"), QStringLiteral("INNREACH") };
    return types;
}

const QStringList& PartnerFields::managedProfileTypes()
{
    static const QStringList types { NcipP2p, Iso18626, Iso, Email };
    return types;
}

const QStringList& PartnerFields::statuses()
{
    static const QStringList values { QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE") };
    return values;
}

const QList<PartnerFields::NewPartnerValue>& PartnerFields::newPartnerValues()
{
    static const QList<NewPartnerValue> values {
        { "profileType", "NCIP_P2P", Source::Suggestion,
            "peer-to-peer partners on Alma; change it to the partner's type" },
        { "status", "ACTIVE", Source::Suggestion, nullptr },
        { "borrowingSupported", "true", Source::Suggestion, "a peer-to-peer partner lends and borrows" },
        { "lendingSupported", "true", Source::Suggestion, "a peer-to-peer partner lends and borrows" },
        { "requestExpiryType", "EXPIRY_TIME", Source::Public,
            "domain notes (public sources) §6: \"expiry = request_expiry_type EXPIRY_TIME plus expiry_time\"" },
    };
    return values;
}

const QStringList& PartnerFields::requestExpiryTypes()
{
    // rest_partner.xsd, request_expiry_type: code table ExpiryType.
    static const QStringList values { QStringLiteral("EXPIRY_TIME"), QStringLiteral("INTEREST_DATE"),
        QStringLiteral("NO_EXPIRY") };
    return values;
}
