#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <map>

// What an API key may do, by Alma's API areas.
struct SandboxKeyAccess {
    bool configurationRead = true;
    bool configurationWrite = true;
    bool partnersRead = true;
    bool partnersWrite = true;

    static SandboxKeyAccess readOnly() { return { true, false, true, false }; }
};

// An answer of the simulated Alma: HTTP status and JSON body (Alma's error envelope for errors).
struct SandboxResponse {
    int status = 200;
    nlohmann::json body;
};

// The demo institution behind the sandbox and the business rules of the endpoints the wizard
// uses, as Ex Libris' OpenAPI files describe them: partners (list with limit/offset, get,
// create, replace, delete), libraries, their locations (create and replace, with circulation
// desks and a fulfillment unit that must exist), circulation desks, jobs and code tables.
// Knows nothing about HTTP; AlmaSandbox serves it.
class SandboxInstitution {
public:
    using Json = nlohmann::json;

    SandboxInstitution(); // seeded with the demo institution

    SandboxResponse handle(const QByteArray& method, const QString& path, const QUrlQuery& query,
        const QByteArray& body, const SandboxKeyAccess& access);

    // For tests and the seeding of bigger demos.
    void putPartner(const Json& partner); // a rest_partner object with partner_details.code
    Json partner(const QString& code) const;
    int partnerCount() const { return int(m_partners.size()); }
    Json location(const QString& library, const QString& code) const;
    void addItemPolicy(const QString& code, const QString& description);
    void setJobSchedule(const QString& jobName, const QString& value, const QString& description);
    void setLibrary(const QString& code, bool resourceSharing, const QString& defaultLocation);
    int writes() const { return m_writes; } // successful POST/PUT/DELETE calls
    // What GET /conf/general says: "sandbox" (default) or "production".
    void setEnvironment(const QString& environment) { m_environment = environment; }
    QString environment() const { return m_environment; }
    // Which institution GET /conf/general says this is (a consortium member in a demo).
    void setIdentity(const QString& code, const QString& name)
    {
        m_code = code;
        m_name = name;
    }
    void removeAllPartners() { m_partners.clear(); }

    static SandboxResponse error(int status, const QString& code, const QString& message);

private:
    SandboxResponse partners(const QByteArray& method, const QStringList& parts, const QUrlQuery& query,
        const Json& body, const SandboxKeyAccess& access);
    SandboxResponse configuration(const QByteArray& method, const QStringList& parts, const QUrlQuery& query,
        const Json& body, const SandboxKeyAccess& access);
    SandboxResponse locations(const QByteArray& method, const QString& library, const QString& code, const Json& body);
    // The page `query` asks for; only its items are copied.
    SandboxResponse page(const std::vector<const Json*>& all, const char* key, const QUrlQuery& query) const;
    SandboxResponse checkLocation(const QString& library, Json& location) const;
    SandboxResponse checkPartner(const Json& partner) const;

    struct Library {
        Json object;
        std::map<QString, Json> locations;
        std::vector<Json> circDesks;
        QStringList fulfillmentUnits;
    };
    std::map<QString, Json> m_partners; // by code, so lists come in a stable order
    std::map<QString, Library> m_libraries;
    std::vector<Json> m_jobs;
    std::vector<Json> m_itemPolicies;
    qint64 m_nextId = 62387556060009999LL;
    int m_writes = 0;
    QString m_environment = QStringLiteral("sandbox");
    QString m_code = QStringLiteral("01DEMO_INST");
    QString m_name = QStringLiteral("Demo University (built-in sandbox)");
};
