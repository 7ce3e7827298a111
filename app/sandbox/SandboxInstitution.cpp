#include "sandbox/SandboxInstitution.h"

#include <QRandomGenerator>
#include <QStringList>

using Json = nlohmann::json;

namespace {
std::string utf8(const QString& s)
{
    return s.toStdString();
}
QString qstr(const Json& v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

QString member(const Json& object, const char* key)
{
    if (!object.is_object() || !object.contains(key))
        return {};
    const Json& v = object[key];
    if (v.is_object())
        return v.contains("value") ? qstr(v["value"]) : QString();
    return qstr(v);
}

Json codeValue(const char* value, const char* desc)
{
    return Json { { "value", value }, { "desc", desc } };
}

Json demoPartner(const char* code, const char* name, const char* profileType, int expiry)
{
    const std::string type = profileType;
    const std::string details = QString::fromLatin1(profileType).toLower().toStdString() + "_details";
    Json connection { { "ill_server", std::string("ill.") + code + ".example.edu" },
        { "send_requester_information", false } };
    if (type == "ISO") {
        connection["ill_port"] = 1611;
        connection["iso_symbol"] = std::string("US-") + code;
        connection["request_expiry_type"] = codeValue("EXPIRY_TIME", "Expire by time");
        connection["expiry_time"] = expiry;
        connection["email_address"] = std::string("ill@") + code + ".example.edu";
    } else { // NCIP_P2P
        connection["partner_symbol"] = std::string("01") + code + "_INST";
        connection["general_user_id_type"] = codeValue("userName", "User name");
        connection["request_expiry_type"] = codeValue("EXPIRY_TIME", "Expire by time");
        connection["expiry_time"] = expiry;
        connection["email_address"] = std::string("ill@") + code + ".example.edu";
    }
    return Json {
        { "partner_details",
            { { "code", code }, { "name", name }, { "status", "ACTIVE" }, { "system_type", codeValue("ALMA", "Alma") },
                { "avg_supply_time", 4 }, { "delivery_delay", 0 }, { "currency", "USD" },
                { "borrowing_supported", true }, { "borrowing_workflow", "P2P_BORROWING" },
                { "lending_supported", true }, { "lending_workflow", "P2P_LENDING" },
                { "profile_details", { { "profile_type", profileType }, { details, connection } } } } },
        { "contact_info",
            { { "emails",
                { { "email",
                    Json::array(
                        { { { "email_address", std::string("ill@") + code + ".example.edu" }, { "preferred", true },
                            { "email_types", { { "email_type", Json::array({ "ALL" }) } } } } }) } } } } },
        { "notes", Json::object() },
    };
}

// What rest_partner.xsd requires, written out here from the schema on its own (not taken from
// the program's PartnerFields), so the sandbox refuses what Alma's contract refuses.
struct DetailsContract {
    const char* profileType;
    QList<const char*> mandatory;
};
const QList<DetailsContract>& detailsContracts()
{
    static const QList<DetailsContract> contracts {
        { "ISO", { "ill_server", "ill_port", "iso_symbol", "request_expiry_type", "email_address" } },
        { "ISO_18626", { "ill_server", "iso_symbol" } },
        { "NCIP_P2P",
            { "general_user_id_type", "ill_server", "partner_symbol", "request_expiry_type", "email_address" } },
        { "EMAIL", { "email" } },
    };
    return contracts;
}

const QStringList& profileTypes()
{
    static const QStringList types { QStringLiteral("ART_EMAIL"), QStringLiteral("NCIP"), QStringLiteral("ISO"),
        QStringLiteral("ISO_18626"), QStringLiteral("EMAIL"), QStringLiteral("NCIP_P2P"), QStringLiteral("SLNP"),
        QStringLiteral("EXTERNAL_SYSTEM"), QStringLiteral("BLDSS"), QStringLiteral("FULFILLMENT_NETWORK"),
        QStringLiteral("RAPID"), QStringLiteral("INNREACH") };
    return types;
}

bool missing(const Json& object, const char* key)
{
    if (!object.is_object() || !object.contains(key))
        return true;
    const Json& v = object[key];
    if (v.is_object()) // a code {"value": …} needs its value; another object, members
        return v.contains("value") ? member(object, key).isEmpty() : v.empty();
    return v.is_null() || (v.is_string() && v.get<std::string>().empty());
}
} // namespace

SandboxInstitution::SandboxInstitution()
{
    // Libraries, each with its fulfillment unit and circulation desk. MAIN is where the WRLC
    // preset puts the temporary locations; RS is the stand-alone library Ex Libris creates.
    struct Seed {
        const char *code, *name, *fu, *desk, *deskName;
        bool rs;
    };
    const Seed seeds[] = {
        { "MAIN", "Main Library", "MAIN_FU", "DEFAULT_CIRC_DESK", "Main Circulation Desk", false },
        { "RS", "Resource Sharing Library", "RS_FU", "RS_DESK", "Resource Sharing Desk", true },
        { "LAW", "Law Library", "LAW_FU", "LAW_DESK", "Law Circulation Desk", false },
    };
    for (const Seed& s : seeds) {
        Library library;
        library.object = { { "code", s.code }, { "id", std::to_string(m_nextId++) }, { "name", s.name },
            { "resource_sharing", s.rs }, { "campus", codeValue("MAIN", "Main Campus") } };
        library.fulfillmentUnits = { QString::fromLatin1(s.fu) };
        library.circDesks.push_back(
            { { "link", std::string("/almaws/v1/conf/libraries/") + s.code + "/circ-desks/" + s.desk },
                { "code", s.desk }, { "name", s.deskName }, { "primary", true }, { "reading_room_desk", false } });
        library.locations[QStringLiteral("STACKS")] = { { "code", "STACKS" }, { "id", std::to_string(m_nextId++) },
            { "name", "Stacks" }, { "external_name", "Stacks" }, { "type", codeValue("OPEN", "Open") },
            { "fulfillment_unit", codeValue(s.fu, s.fu) }, { "suppress_from_publishing", "false" },
            { "circ_desk",
                Json::array({ { { "circ_desk_code", s.desk }, { "circ_desk_name", s.deskName },
                    { "circulation_desk_link",
                        std::string("/almaws/v1/conf/libraries/") + s.code + "/circ-desks/" + s.desk },
                    { "check_in", true }, { "check_out", true }, { "reshelve", true } } }) } };
        m_libraries[QString::fromLatin1(s.code)] = library;
    }

    // A few partners the institution already has, one of them with the wizard's suggestions.
    putPartner(demoPartner("HUB", "Hub University Library", "NCIP_P2P", 4));
    putPartner(demoPartner("NORTH", "North College Library", "NCIP_P2P", 7));
    putPartner(demoPartner("ISOLEND", "Consortium ISO Lender", "ISO", 5));

    // The scheduled jobs; the resource sharing one is not active until staff turn it on.
    const char* jobs[]
        = { "Expired Resource Sharing Requests", "Loans - Overdue and Lost Item", "Requests - Expired Hold Shelf",
              "Send Courtesy Notices and Handle Loan Renewals", "Fines/Fees Notifications", "Users - Synchronize",
              "Resource Sharing Partners - Update", "Analytics - Daily Report", "Purge Expired Requests",
              "Loans - Auto Renew", "Export Physical Items", "Publishing to Primo", "Index Update" };
    int n = 0;
    for (const char* name : jobs) {
        const bool rs = QString::fromLatin1(name).startsWith(QLatin1String("Expired Resource"));
        m_jobs.push_back({ { "id", std::to_string(1000 + n++) }, { "name", name },
            { "type", codeValue("SCHEDULED", "Scheduled") },
            { "category", codeValue(rs ? "FULFILLMENT" : "GENERAL", rs ? "Fulfillment" : "General") },
            { "schedule",
                rs ? codeValue("NOT_SCHEDULED", "Not scheduled") : codeValue("DAILY_0300", "Every Day at 03:00") } });
    }

    m_itemPolicies = {
        { { "code", "01" }, { "description", "Regular Loan" }, { "enabled", true }, { "default", true } },
        { { "code", "02" }, { "description", "Reserves" }, { "enabled", true }, { "default", false } },
        { { "code", "03" }, { "description", "Non-circulating" }, { "enabled", true }, { "default", false } },
    };
}

SandboxResponse SandboxInstitution::error(int status, const QString& code, const QString& message)
{
    const QString tracking
        = QStringLiteral("E01-SANDBOX-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return { status,
        Json { { "errorsExist", true },
            { "errorList",
                { { "error",
                    Json::array({ { { "errorCode", utf8(code) }, { "errorMessage", utf8(message) },
                        { "trackingId", utf8(tracking) } } }) } } },
            { "result", nullptr } } };
}

namespace {
SandboxResponse unauthorized()
{
    return SandboxInstitution::error(400, QStringLiteral("UNAUTHORIZED"),
        QStringLiteral("API-key not defined or not configured to allow this API."));
}
} // namespace

SandboxResponse SandboxInstitution::handle(const QByteArray& method, const QString& path, const QUrlQuery& query,
    const QByteArray& body, const SandboxKeyAccess& access)
{
    Json json;
    if (method == "POST" || method == "PUT") {
        json = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
        if (json.is_discarded() && !body.trimmed().isEmpty())
            return error(
                400, QStringLiteral("401664"), QStringLiteral("Parameter value invalid: the body is not JSON."));
        if (json.is_discarded())
            json = Json::object();
    }
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString& p : parts)
        p = QUrl::fromPercentEncoding(p.toUtf8());
    SandboxResponse response;
    if (!parts.isEmpty() && parts.first() == QLatin1String("partners"))
        response = partners(method, parts, query, json, access);
    else if (!parts.isEmpty() && parts.first() == QLatin1String("conf"))
        response = configuration(method, parts, query, json, access);
    else
        response = error(404, QStringLiteral("402119"), QStringLiteral("General error: no such API %1.").arg(path));
    if (response.status < 300 && method != "GET" && !path.endsWith(QLatin1String("/test")))
        ++m_writes;
    return response;
}

SandboxResponse SandboxInstitution::page(
    const std::vector<const Json*>& all, const char* key, const QUrlQuery& query) const
{
    bool ok = true;
    const int limit
        = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok) : 10;
    if (!ok || limit < 0 || limit > 100)
        return error(400, QStringLiteral("401664"), QStringLiteral("Parameter value invalid: limit must be 0-100."));
    const int offset
        = query.hasQueryItem(QStringLiteral("offset")) ? query.queryItemValue(QStringLiteral("offset")).toInt(&ok) : 0;
    if (!ok || offset < 0)
        return error(400, QStringLiteral("401664"), QStringLiteral("Parameter value invalid: offset."));
    Json items = Json::array();
    for (int i = offset; i < int(all.size()) && i < offset + limit; ++i)
        items.push_back(*all[size_t(i)]);
    Json out = Json::object();
    if (!items.empty())
        out[key] = std::move(items);
    out["total_record_count"] = int(all.size());
    return { 200, std::move(out) };
}

SandboxResponse SandboxInstitution::checkPartner(const Json& partner) const
{
    auto mandatoryMissing = [](const QString& field) {
        return error(400, QStringLiteral("401664"), QStringLiteral("Mandatory field is missing: %1.").arg(field));
    };
    const Json details
        = partner.is_object() && partner.contains("partner_details") ? partner["partner_details"] : Json();
    for (const char* required : { "code", "name", "status", "system_type", "avg_supply_time", "profile_details" }) {
        if (missing(details, required))
            return mandatoryMissing(QLatin1String(required));
    }
    for (const char* required : { "borrowing_supported", "lending_supported" }) {
        if (!details.contains(required) || !details[required].is_boolean())
            return mandatoryMissing(QLatin1String(required));
    }
    const QString status = member(details, "status");
    if (status != QLatin1String("ACTIVE") && status != QLatin1String("INACTIVE"))
        return error(400, QStringLiteral("401664"), QStringLiteral("Parameter value invalid: status %1.").arg(status));
    const Json& profile = details["profile_details"];
    const QString type = member(profile, "profile_type");
    if (type.isEmpty())
        return mandatoryMissing(QStringLiteral("profile_type"));
    if (!profileTypes().contains(type))
        return error(
            400, QStringLiteral("401664"), QStringLiteral("Parameter value invalid: profile_type %1.").arg(type));
    const std::string detailsKey = type.toLower().toStdString() + "_details";
    const Json connection = profile.contains(detailsKey) ? profile[detailsKey] : Json();
    for (const DetailsContract& contract : detailsContracts()) {
        if (type != QLatin1String(contract.profileType))
            continue;
        for (const char* required : contract.mandatory) {
            if (missing(connection, required))
                return mandatoryMissing(
                    QString::fromStdString(detailsKey) + QLatin1Char('.') + QLatin1String(required));
        }
    }
    const QString expiryType = member(connection, "request_expiry_type");
    if (!expiryType.isEmpty() && expiryType != QLatin1String("NO_EXPIRY")
        && expiryType != QLatin1String("INTEREST_DATE") && expiryType != QLatin1String("EXPIRY_TIME"))
        return error(400, QStringLiteral("401664"),
            QStringLiteral("Parameter value invalid: request_expiry_type %1.").arg(expiryType));
    for (const char* number : { "expiry_time", "ill_port" }) {
        if (connection.is_object() && connection.contains(number) && !connection[number].is_number_integer())
            return error(400, QStringLiteral("401664"),
                QStringLiteral("Parameter value invalid: %1.").arg(QLatin1String(number)));
    }
    return {};
}

SandboxResponse SandboxInstitution::partners(const QByteArray& method, const QStringList& parts, const QUrlQuery& query,
    const Json& body, const SandboxKeyAccess& access)
{
    const bool write = method != "GET";
    if (write ? !access.partnersWrite : !access.partnersRead)
        return unauthorized();
    if (parts.size() == 3 && parts[1] == QLatin1String("operation") && parts[2] == QLatin1String("test"))
        return { 200, Json { { "result", method == "GET" ? "GET request test OK" : "POST request test OK" } } };
    if (parts.size() == 1) {
        if (method == "GET") {
            const QString status = query.queryItemValue(QStringLiteral("status"));
            std::vector<const Json*> all;
            for (const auto& [code, p] : m_partners) {
                if (status.isEmpty() || member(p["partner_details"], "status") == status)
                    all.push_back(&p);
            }
            return page(all, "partner", query);
        }
        if (method == "POST") {
            const SandboxResponse invalid = checkPartner(body);
            if (invalid.status != 200)
                return invalid;
            const QString code = member(body["partner_details"], "code");
            if (m_partners.count(code))
                return error(400, QStringLiteral("402113"), QStringLiteral("Partner already exists."));
            Json stored = body;
            stored["link"] = utf8(QStringLiteral("/almaws/v1/partners/") + code);
            m_partners[code] = stored;
            return { 200, stored };
        }
    }
    if (parts.size() == 2) {
        const QString code = parts[1];
        const auto found = m_partners.find(code);
        if (found == m_partners.end())
            return error(400, QStringLiteral("402118"), QStringLiteral("Partner not found."));
        if (method == "GET")
            return { 200, found->second };
        if (method == "PUT") {
            const SandboxResponse invalid = checkPartner(body);
            if (invalid.status != 200)
                return invalid;
            if (member(body["partner_details"], "code") != code)
                return error(
                    400, QStringLiteral("401664"), QStringLiteral("Parameter value invalid: the code cannot change."));
            Json stored = body; // PUT replaces the whole object
            stored["link"] = utf8(QStringLiteral("/almaws/v1/partners/") + code);
            found->second = stored;
            return { 200, stored };
        }
        if (method == "DELETE") {
            m_partners.erase(found);
            return { 204, nullptr };
        }
    }
    return error(400, QStringLiteral("402119"), QStringLiteral("General error."));
}

SandboxResponse SandboxInstitution::configuration(const QByteArray& method, const QStringList& parts,
    const QUrlQuery& query, const Json& body, const SandboxKeyAccess& access)
{
    const bool write = method != "GET";
    if (write ? !access.configurationWrite : !access.configurationRead)
        return unauthorized();
    const QString area = parts.value(1);
    if (area == QLatin1String("general") && parts.size() == 2 && method == "GET")
        return { 200,
            Json { { "institution", { { "value", utf8(m_code) }, { "desc", utf8(m_name) } } },
                { "alma_url", "http://127.0.0.1/" }, { "environment_type", utf8(m_environment) } } };
    if (area == QLatin1String("test") && parts.size() == 2)
        return { 200, Json { { "result", method == "GET" ? "GET request test OK" : "POST request test OK" } } };
    if (area == QLatin1String("libraries")) {
        if (parts.size() == 2 && method == "GET") {
            std::vector<Json> all;
            for (const auto& [code, library] : m_libraries)
                all.push_back(library.object);
            return { 200, Json { { "library", all }, { "total_record_count", int(all.size()) } } };
        }
        const QString code = parts.value(2);
        const auto library = m_libraries.find(code);
        if (library == m_libraries.end())
            return error(
                400, QStringLiteral("402119"), QStringLiteral("General error: library %1 not found.").arg(code));
        if (parts.size() == 3 && method == "GET")
            return { 200, library->second.object };
        if (parts.value(3) == QLatin1String("locations") && parts.size() <= 5)
            return locations(method, code, parts.value(4), body);
        if (parts.value(3) == QLatin1String("circ-desks") && parts.size() == 4 && method == "GET") {
            std::vector<const Json*> all;
            for (const Json& desk : library->second.circDesks)
                all.push_back(&desk);
            return page(all, "circ_desk", query);
        }
    }
    if (area == QLatin1String("jobs") && parts.size() == 2 && method == "GET") {
        const QString type = query.queryItemValue(QStringLiteral("type"));
        if (!type.isEmpty() && type != QLatin1String("SCHEDULED") && type != QLatin1String("MANUAL")
            && type != QLatin1String("OTHER"))
            return error(400, QStringLiteral("40166410"), QStringLiteral("Invalid type."));
        std::vector<const Json*> all;
        for (const Json& job : m_jobs) {
            if (type.isEmpty() || member(job, "type") == type)
                all.push_back(&job);
        }
        return page(all, "job", query);
    }
    if (area == QLatin1String("code-tables") && parts.size() == 3 && method == "GET") {
        if (parts[2] != QLatin1String("ItemPolicy"))
            return error(
                400, QStringLiteral("402119"), QStringLiteral("General error: table %1 not found.").arg(parts[2]));
        return { 200,
            Json { { "name", "ItemPolicy" }, { "description", "Item Policy" },
                { "sub_system", codeValue("FULFILLMENT", "Fulfillment") }, { "patron_facing", false },
                { "row", m_itemPolicies } } };
    }
    return error(400, QStringLiteral("402119"), QStringLiteral("General error."));
}

SandboxResponse SandboxInstitution::checkLocation(const QString& libraryCode, Json& location) const
{
    const Library& library = m_libraries.at(libraryCode);
    const QString code = member(location, "code");
    if (code.isEmpty() || member(location, "name").isEmpty())
        return error(
            400, QStringLiteral("401664"), QStringLiteral("Parameter value invalid: code and name are required."));
    if (code.size() > 10 || code.contains(QLatin1Char(',')))
        return error(
            400, QStringLiteral("401664"), QStringLiteral("Parameter value invalid: location code %1.").arg(code));
    const QString type = member(location, "type");
    // rest_location.json: "Possible codes are OPEN/CLOSED/REMOTE as listed in the 'HLocation.locationType' code-table."
    static const QStringList types = { QStringLiteral("OPEN"), QStringLiteral("CLOSED"), QStringLiteral("REMOTE") };
    if (!type.isEmpty() && !types.contains(type))
        return error(400, QStringLiteral("60297"), QStringLiteral("Location type is not valid."));
    const QString unit = member(location, "fulfillment_unit");
    if (!unit.isEmpty() && !library.fulfillmentUnits.contains(unit))
        return error(400, QStringLiteral("60299"), QStringLiteral("Fulfillment unit is not valid."));
    if (location.contains("circ_desk") && location["circ_desk"].is_array()) {
        for (Json& desk : location["circ_desk"]) {
            // rest_location-post.json: a circulationDesk requires circ_desk_code, circ_desk_name
            // and circulation_desk_link.
            for (const char* required : { "circ_desk_code", "circ_desk_name", "circulation_desk_link" }) {
                if (missing(desk, required))
                    return error(400, QStringLiteral("401664"),
                        QStringLiteral("Mandatory field is missing: circ_desk.%1.").arg(QLatin1String(required)));
            }
            const QString deskCode = member(desk, "circ_desk_code");
            const auto known = std::find_if(library.circDesks.cbegin(), library.circDesks.cend(),
                [&](const Json& d) { return member(d, "code") == deskCode; });
            if (known == library.circDesks.cend())
                return error(400, QStringLiteral("401664"),
                    QStringLiteral("Parameter value invalid: circulation desk %1.").arg(deskCode));
        }
    }
    return {};
}

SandboxResponse SandboxInstitution::locations(
    const QByteArray& method, const QString& libraryCode, const QString& code, const Json& body)
{
    Library& library = m_libraries[libraryCode];
    if (code.isEmpty()) {
        if (method == "GET") {
            Json all = Json::array();
            for (const auto& [c, l] : library.locations)
                all.push_back(l);
            return { 200, Json { { "location", all }, { "total_record_count", int(all.size()) } } };
        }
        if (method == "POST") {
            Json location = body;
            const SandboxResponse invalid = checkLocation(libraryCode, location);
            if (invalid.status != 200)
                return invalid;
            const QString newCode = member(location, "code");
            if (library.locations.count(newCode))
                return error(400, QStringLiteral("402119"), QStringLiteral("General error."));
            location["id"] = std::to_string(m_nextId++);
            library.locations[newCode] = location;
            return { 200, location };
        }
    } else {
        const auto found = library.locations.find(code);
        if (found == library.locations.end())
            return error(400, QStringLiteral("402119"), QStringLiteral("General error."));
        if (method == "GET")
            return { 200, found->second };
        if (method == "PUT") {
            Json location = body;
            if (member(location, "code") != code)
                return error(400, QStringLiteral("60302"), QStringLiteral("Update of location failed."));
            const SandboxResponse invalid = checkLocation(libraryCode, location);
            if (invalid.status != 200)
                return invalid;
            location["id"] = found->second.value("id", Json());
            found->second = location;
            return { 200, location };
        }
        if (method == "DELETE") {
            library.locations.erase(found);
            return { 204, nullptr };
        }
    }
    return error(400, QStringLiteral("402119"), QStringLiteral("General error."));
}

void SandboxInstitution::putPartner(const Json& partner)
{
    m_partners[member(partner["partner_details"], "code")] = partner;
}

Json SandboxInstitution::partner(const QString& code) const
{
    const auto it = m_partners.find(code);
    return it == m_partners.end() ? Json() : it->second;
}

Json SandboxInstitution::location(const QString& library, const QString& code) const
{
    const auto lib = m_libraries.find(library);
    if (lib == m_libraries.end())
        return {};
    const auto it = lib->second.locations.find(code);
    return it == lib->second.locations.end() ? Json() : it->second;
}

void SandboxInstitution::addItemPolicy(const QString& code, const QString& description)
{
    m_itemPolicies.push_back(
        { { "code", utf8(code) }, { "description", utf8(description) }, { "enabled", true }, { "default", false } });
}

void SandboxInstitution::setJobSchedule(const QString& jobName, const QString& value, const QString& description)
{
    for (Json& job : m_jobs) {
        if (member(job, "name") == jobName)
            job["schedule"] = Json { { "value", utf8(value) }, { "desc", utf8(description) } };
    }
}

void SandboxInstitution::setLibrary(const QString& code, bool resourceSharing, const QString& defaultLocation)
{
    Json& library = m_libraries[code].object;
    library["resource_sharing"] = resourceSharing;
    if (!defaultLocation.isEmpty())
        library["default_location"] = Json { { "value", utf8(defaultLocation) }, { "desc", utf8(defaultLocation) } };
}
