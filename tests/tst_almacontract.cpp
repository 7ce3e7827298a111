// The wizard against Ex Libris' own API contract in ../shared/alma-api (OpenAPI files, JSON
// Schemas, XSDs and a real partner payload), read at run time and never copied: every call a
// plan, push and verify makes is a path and method the OpenAPI files define, with parameters
// they declare; the JSON the wizard writes uses only field names of Alma's schemas; a real
// partner keeps every field the wizard does not manage; every value a push can send for a fixed
// vocabulary is the contract's, and what the XSD requires of each partner type is held and sent.
#include "SandboxSetups.h"
#include "api/AlmaClient.h"
#include "api/AlmaEndpoint.h"
#include "api/AlmaLocationJson.h"
#include "api/AlmaPartnerJson.h"
#include "api/AlmaSync.h"
#include "model/FieldCatalog.h"
#include "model/FieldId.h"
#include "model/PartnerFields.h"
#include "model/Presets.h"
#include "model/SetupModel.h"
#include "sandbox/AlmaSandbox.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>
#include <QtCore/qfloat16.h>

#include <algorithm>

using Json = nlohmann::json;

namespace {
QString contractDir()
{
    return QStringLiteral(P2P_ALMA_API_DIR);
}

Json readJson(const QString& relative)
{
    QFile file(contractDir() + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        return Json();
    const QByteArray bytes = file.readAll();
    return Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
}

QString readText(const QString& relative)
{
    QFile file(contractDir() + QLatin1Char('/') + relative);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Element names an XSD declares.
QSet<QString> xsdNames(const QString& relative)
{
    QSet<QString> names;
    const QRegularExpression re(QStringLiteral("<xs:element[^>]*name=\"([^\"]+)\""));
    auto it = re.globalMatch(readText(relative));
    while (it.hasNext())
        names.insert(it.next().captured(1));
    return names;
}

const QString PartnerXsd = QStringLiteral("mqlibrary-resource-sharing-partners/rest_partner.xsd");

// The direct members of an XSD complexType and whether each is required (no minOccurs="0").
QMap<QString, bool> xsdMembers(const QString& relative, const QString& typeName)
{
    QMap<QString, bool> members;
    QXmlStreamReader xml(readText(relative));
    QStringList open; // element names from the complexType down
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (open.isEmpty()) {
                if (name == QLatin1String("complexType") && xml.attributes().value(QLatin1String("name")) == typeName)
                    open.append(name);
                continue;
            }
            if (name == QLatin1String("element") && open.size() == 2) // complexType > all|sequence > element
                members.insert(xml.attributes().value(QLatin1String("name")).toString(),
                    xml.attributes().value(QLatin1String("minOccurs")) != QLatin1String("0"));
            open.append(name);
        } else if (xml.isEndElement() && !open.isEmpty()) {
            open.removeLast();
            if (open.isEmpty())
                break;
        }
    }
    return members;
}

// The values of an XSD simpleType's enumeration.
QStringList xsdEnumeration(const QString& relative, const QString& typeName)
{
    const QString text = readText(relative);
    const qsizetype start = text.indexOf(QStringLiteral("<xs:simpleType name=\"%1\">").arg(typeName));
    if (start < 0)
        return {};
    const QString body = text.mid(start, text.indexOf(QLatin1String("</xs:simpleType>"), start) - start);
    QStringList values;
    static const QRegularExpression value(QStringLiteral("<xs:enumeration value=\"([^\"]+)\""));
    for (auto it = value.globalMatch(body); it.hasNext();)
        values.append(it.next().captured(1));
    return values;
}

// The documentation text of an XSD type.
QString xsdDocumentation(const QString& relative, const QString& typeName)
{
    const QString text = readText(relative);
    static const QRegularExpression type(QStringLiteral("<xs:(complexType|simpleType) name=\"([^\"]+)\">"));
    for (auto it = type.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2) != typeName)
            continue;
        const qsizetype start = text.indexOf(QLatin1String("<xs:documentation>"), m.capturedEnd());
        const qsizetype end = text.indexOf(QLatin1String("</xs:documentation>"), start);
        return start < 0 || end < 0 ? QString() : text.mid(start + 18, end - start - 18);
    }
    return {};
}

// A partner of `profileType` with every field the wizard holds set.
Partner fullPartner(const QString& profileType)
{
    Partner p;
    for (const PartnerField& f : PartnerFields::all()) {
        switch (f.kind) {
        case PartnerField::Kind::Text:
            f.setValue(p, QStringLiteral("X"));
            break;
        case PartnerField::Kind::Choice:
            f.setValue(p, f.choices.constFirst());
            break;
        case PartnerField::Kind::Number:
            f.setValue(p, 3);
            break;
        case PartnerField::Kind::YesNo:
            f.setValue(p, true);
            break;
        }
    }
    p.profileType = profileType;
    return p;
}

// All member names in a JSON value, recursively.
void memberNames(const Json& v, QSet<QString>* out)
{
    if (v.is_object()) {
        for (const auto& [key, value] : v.items()) {
            out->insert(QString::fromStdString(key));
            memberNames(value, out);
        }
    } else if (v.is_array()) {
        for (const auto& item : v)
            memberNames(item, out);
    }
}

struct Operation {
    QRegularExpression path;
    QString method;
    QSet<QString> parameters;
    QString templ;
};

QList<Operation> operations()
{
    QList<Operation> out;
    for (const char* file : { "almaapitk-alma-swagger/partners.json", "almaapitk-alma-swagger/conf.json" }) {
        const Json spec = readJson(QString::fromLatin1(file));
        for (const auto& [path, methods] : spec["paths"].items()) {
            QString pattern = QRegularExpression::escape(QString::fromStdString(path));
            pattern.replace(QRegularExpression(QStringLiteral("\\\\\\{[^}]+\\\\\\}")), QStringLiteral("[^/]+"));
            for (const auto& [method, op] : methods.items()) {
                Operation o;
                o.path = QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
                o.method = QString::fromStdString(method).toUpper();
                o.templ = QString::fromStdString(path);
                if (op.contains("parameters")) {
                    for (const auto& p : op["parameters"])
                        o.parameters.insert(QString::fromStdString(p.value("name", std::string())));
                }
                out.append(o);
            }
        }
    }
    return out;
}
} // namespace

class TestAlmaContract : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(contractDir()).exists())
            QSKIP("Ex Libris' API files are not beside the project (../shared/alma-api); CI has them");
    }

    void everyCallIsInTheContract()
    {
        AlmaSandbox sandbox;
        QVERIFY(sandbox.listenOnLoopback());
        SetupData d = SandboxSetups::wrlcInMain();
        Partner p;
        p.code = QStringLiteral("NORTH"); // exists: GET, PUT
        p.name = QStringLiteral("North");
        Partner q = SandboxSetups::partner(QStringLiteral("NEWONE")); // does not: POST
        q.name = QStringLiteral("New One");
        d.partners = { p, q };
        SetupModel model;
        model.reset(d);
        QString error;
        AlmaClient client(
            AlmaEndpoint::fromText(sandbox.baseUrl(), &error), QString::fromLatin1(AlmaSandbox::ReadWriteKey));
        AlmaSync sync(&client, &model);
        QSignalSpy finished(&sync, &AlmaSync::finished);
        sync.testConnection();
        QVERIFY(finished.wait(10000));
        sync.planAndPush();
        QVERIFY(finished.wait(10000));
        sync.verify();
        QVERIFY(finished.wait(10000));

        QVERIFY(sandbox.callLog().size() > 10);
        const QList<Operation> contract = operations();
        QVERIFY(contract.size() > 30);
        QSet<QString> used;
        for (const QString& call : sandbox.callLog()) {
            const QString method = call.section(QLatin1Char(' '), 0, 0);
            const QString target = call.section(QLatin1Char(' '), 1);
            const QString path = target.section(QLatin1Char('?'), 0, 0);
            const QStringList parameters
                = target.section(QLatin1Char('?'), 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
            bool found = false;
            for (const Operation& o : contract) {
                if (o.method != method || !o.path.match(path).hasMatch())
                    continue;
                found = true;
                used.insert(method + QLatin1Char(' ') + o.templ);
                for (const QString& name : parameters)
                    QVERIFY2(o.parameters.contains(name),
                        qPrintable(call + QStringLiteral(": parameter not in the contract")));
            }
            QVERIFY2(found, qPrintable(call + QStringLiteral(" is not in Ex Libris' OpenAPI files")));
        }
        // Plan, push and verify together use all of these.
        for (const char* op :
            { "GET /almaws/v1/partners", "POST /almaws/v1/partners", "GET /almaws/v1/partners/{partner_code}",
                "PUT /almaws/v1/partners/{partner_code}", "POST /almaws/v1/conf/libraries/{libraryCode}/locations",
                "GET /almaws/v1/conf/libraries/{libraryCode}", "GET /almaws/v1/conf/jobs",
                "GET /almaws/v1/conf/code-tables/{codeTableName}",
                "GET /almaws/v1/conf/libraries/{libraryCode}/circ-desks/", "POST /almaws/v1/partners/operation/test",
                "GET /almaws/v1/conf/test" })
            QVERIFY2(used.contains(QString::fromLatin1(op)), op);
    }

    void regionsAreTheContractsServers()
    {
        const Json spec = readJson(QStringLiteral("almaapitk-alma-swagger/conf.json"));
        QSet<QString> servers;
        for (const auto& s : spec["servers"])
            servers.insert(QString::fromStdString(s["url"].get<std::string>()));
        for (const QString& region : AlmaEndpoint::regions()) {
            const QUrl url = AlmaEndpoint::regionUrl(region);
            QVERIFY2(servers.contains(url.scheme() + QStringLiteral("://") + url.host()), qPrintable(region));
        }
        QCOMPARE(int(servers.size()), int(AlmaEndpoint::regions().size()));
    }

    void pageSizeIsWithinTheLimit()
    {
        const Json spec = readJson(QStringLiteral("almaapitk-alma-swagger/partners.json"));
        const std::string description = spec["paths"]["/almaws/v1/partners"]["get"]["parameters"][0]["description"];
        QVERIFY(QString::fromStdString(description).contains(QLatin1String("0-100"))); // the client asks for 100
    }

    void partnerJsonUsesAlmasFieldNames()
    {
        QSet<QString> schema = xsdNames(QStringLiteral("mqlibrary-resource-sharing-partners/rest_partner.xsd"));
        QVERIFY(schema.contains(QStringLiteral("ncip_p2p_details")));
        schema.insert(QStringLiteral("value")); // code-table values are {value, desc} in JSON
        for (const char* type : { "NCIP_P2P", "ISO", "ISO_18626", "EMAIL" }) {
            Partner p;
            p.code = QStringLiteral("X");
            p.name = QStringLiteral("X");
            p.profileType = QString::fromLatin1(type);
            p.systemType = QStringLiteral("ALMA");
            p.locateProfile = QStringLiteral("P2P");
            p.institutionCode = QStringLiteral("01XYZ_INST");
            p.holdingCode = QStringLiteral("XH");
            p.borrowingWorkflow = QStringLiteral("B");
            p.lendingWorkflow = QStringLiteral("L");
            QSet<QString> written;
            memberNames(AlmaPartnerJson::toAlma(p), &written);
            for (const QString& name : std::as_const(written))
                QVERIFY2(schema.contains(name), qPrintable(QStringLiteral("%1 (%2)").arg(name, QLatin1String(type))));
        }
    }

    // Every value a push can send for a field with a fixed vocabulary is in the contract's:
    // the partners' enumerations in rest_partner.xsd, the location types in rest_location.json.
    void pushedValuesAreInTheContractsVocabulary()
    {
        for (const char* type : { "profile_type", "status" }) {
            const QStringList contract = xsdEnumeration(PartnerXsd, QString::fromLatin1(type));
            QVERIFY2(contract.size() >= 2, type);
            const QStringList& ours
                = qstrcmp(type, "status") == 0 ? PartnerFields::statuses() : PartnerFields::profileTypes();
            for (const QString& value : ours)
                QVERIFY2(contract.contains(value), qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(type), value)));
        }
        // request_expiry_type is a code table; its documentation names the codes.
        const QString expiry = xsdDocumentation(PartnerXsd, QStringLiteral("request_expiry_type"));
        QVERIFY2(expiry.contains(QLatin1String("NO_EXPIRY, INTEREST_DATE or EXPIRY_TIME")), qPrintable(expiry));
        for (const QString& value : PartnerFields::requestExpiryTypes())
            QVERIFY2(expiry.contains(value), qPrintable(value));
        for (const PartnerField& f : PartnerFields::all()) {
            if (f.kind != PartnerField::Kind::Choice)
                continue;
            for (const QString& value : f.choices) {
                const bool known = PartnerFields::profileTypes().contains(value)
                    || PartnerFields::statuses().contains(value) || PartnerFields::requestExpiryTypes().contains(value);
                QVERIFY2(known,
                    qPrintable(QStringLiteral("%1 offers %2, which no checked vocabulary holds")
                                   .arg(QLatin1String(f.almaName), value)));
            }
        }

        const Json location = readJson(QStringLiteral("ugent-exlibris-alma-sdk/refs/rest_location.json"));
        const QString description = QString::fromStdString(
            location.value("/location/properties/type/description"_json_pointer, std::string()));
        const QRegularExpressionMatch codes
            = QRegularExpression(QStringLiteral("Possible codes are ([A-Z_/]+)")).match(description);
        QVERIFY2(codes.hasMatch(), qPrintable(description));
        const QStringList types = codes.captured(1).split(QLatin1Char('/'));
        QCOMPARE(types, (QStringList { QStringLiteral("OPEN"), QStringLiteral("CLOSED"), QStringLiteral("REMOTE") }));
        for (const char* id : { FieldId::BorrowingLocationType, FieldId::LendingLocationType }) {
            const FieldSpec& spec = FieldCatalog::get(id);
            for (const ChoiceSpec& c : spec.choices) {
                const QString value = QString::fromLatin1(c.value);
                QVERIFY2(value.isEmpty() || types.contains(value), c.value); // empty: not sent
                WantedLocation l;
                l.code = QStringLiteral("X");
                l.type = value;
                const Json sent = AlmaLocationJson::toAlma(l);
                QCOMPARE(sent.contains("type"), !value.isEmpty());
            }
            // What older files held is read as one of these.
            for (const char* retired : { "REMOTE_STORAGE", "UNAVAILABLE", "NOT_IN_LIBRARY" }) {
                const std::optional<QString> now = spec.replacementFor(QString::fromLatin1(retired));
                QVERIFY2(now && (now->isEmpty() || types.contains(*now)), retired);
            }
        }
    }

    // What rest_partner.xsd requires of a partner of each type the wizard manages is held by
    // the wizard as mandatory for that type, and a push of a complete partner sends all of it.
    void partnerMandatoryFieldsAreTheContracts()
    {
        const Json real = readJson(QStringLiteral("examples_partner_iso_VBHE.json"));
        QCOMPARE(AlmaPartnerJson::profileTypeOf(real), QStringLiteral("ISO"));
        const QMap<QString, bool> details = xsdMembers(PartnerXsd, QStringLiteral("partner_details"));
        const QMap<QString, bool> profile = xsdMembers(PartnerXsd, QStringLiteral("profile_details"));
        QVERIFY(details.value(QStringLiteral("code")) && details.value(QStringLiteral("system_type")));
        QVERIFY(!details.value(QStringLiteral("currency"), true));
        QVERIFY(xsdMembers(PartnerXsd, QStringLiteral("ncip_p2p_details")).value(QStringLiteral("partner_symbol")));
        QVERIFY(xsdMembers(PartnerXsd, QStringLiteral("email_details")).value(QStringLiteral("email")));
        for (const QString& type : PartnerFields::managedProfileTypes()) {
            const QString detailsMember = QString::fromStdString(PartnerField::detailsMember(type));
            const QMap<QString, bool> typeDetails = xsdMembers(PartnerXsd, detailsMember);
            QVERIFY2(!typeDetails.isEmpty(), qPrintable(detailsMember));
            const Json sent = AlmaPartnerJson::toAlma(fullPartner(type));
            struct Place {
                const QMap<QString, bool>& members;
                const Json& json;
            };
            const Json& partnerDetails = sent["partner_details"];
            const Json& profileDetails = partnerDetails["profile_details"];
            for (const Place& place : { Place { details, partnerDetails }, Place { profile, profileDetails },
                     Place { typeDetails, profileDetails[detailsMember.toStdString()] } }) {
                for (auto it = place.members.cbegin(); it != place.members.cend(); ++it) {
                    if (!it.value() || it.key() == QLatin1String("profile_details"))
                        continue; // optional, or the container itself
                    // Alma's own answer wins over the schema: what a real partner of the type lacks,
                    // Alma does not require (VBHE, an ISO partner, has no email_address).
                    if (type == AlmaPartnerJson::profileTypeOf(real) && &place.members == &typeDetails
                        && !real["partner_details"]["profile_details"][detailsMember.toStdString()].contains(
                            it.key().toStdString()))
                        continue;
                    const QString where = QStringLiteral("%1 of a %2 partner").arg(it.key(), type);
                    const bool held = std::any_of(
                        PartnerFields::all().cbegin(), PartnerFields::all().cend(), [&](const PartnerField& f) {
                            return it.key() == QLatin1String(f.almaName) && f.appliesTo(type) && f.isMandatoryFor(type);
                        });
                    QVERIFY2(
                        held, qPrintable(where + QStringLiteral(": the contract requires it, the wizard does not")));
                    QVERIFY2(
                        place.json.contains(it.key().toStdString()), qPrintable(where + QStringLiteral(": not sent")));
                }
            }
        }
    }

    void locationJsonUsesAlmasFieldNames()
    {
        QSet<QString> schema;
        memberNames(readJson(QStringLiteral("ugent-exlibris-alma-sdk/refs/rest_location.json")), &schema);
        QVERIFY(schema.contains(QStringLiteral("fulfillment_unit")));
        WantedLocation l;
        l.library = QStringLiteral("MAIN");
        l.code = QStringLiteral("CLSBORR");
        l.name = QStringLiteral("CLS Borrowing");
        l.externalName = QStringLiteral("Borrowed");
        l.type = QStringLiteral("OPEN");
        l.remoteStorage = QStringLiteral("RS1");
        l.fulfillmentUnit = QStringLiteral("MAIN_FU");
        l.callNumberType = QStringLiteral("0");
        l.circDesk = QStringLiteral("DESK");
        QSet<QString> written;
        memberNames(AlmaLocationJson::toAlma(l), &written);
        for (const QString& name : std::as_const(written))
            QVERIFY2(schema.contains(name), qPrintable(name));
    }

    void existingLocationKeepsItsTypeUnlessChosen()
    {
        // "Already exists": the suggested type Open is not sent, so Alma's own type stays;
        // a type the user chose is.
        SetupData d = Presets::create(QString::fromLatin1(Presets::Wrlc));
        d.fields.insert(QString::fromLatin1(FieldId::LibraryCode), QStringLiteral("MAIN"));
        const auto borrowingType = [](const SetupData& data) {
            for (const WantedLocation& l : AlmaLocationJson::wanted(data)) {
                if (l.borrowing)
                    return l.type;
            }
            return QStringLiteral("(none)");
        };
        d.fields.insert(QString::fromLatin1(FieldId::BorrowingLocationType), QStringLiteral("OPEN"));
        d.fields.insert(QString::fromLatin1(FieldId::BorrowingLocationExists), false);
        QCOMPARE(borrowingType(d), QStringLiteral("OPEN")); // a new location gets the suggestion
        d.fields.insert(QString::fromLatin1(FieldId::BorrowingLocationExists), true);
        QCOMPARE(borrowingType(d), QString());
        const Json put = AlmaLocationJson::toAlma(
            AlmaLocationJson::wanted(d).constFirst(), Json { { "type", { { "value", "CLOSED" } } } });
        QVERIFY(put["type"]["value"].get<std::string>() == "CLOSED"); // Alma's type stays
        d.fields.insert(QString::fromLatin1(FieldId::BorrowingLocationType), QStringLiteral("REMOTE"));
        QCOMPARE(borrowingType(d), QStringLiteral("REMOTE"));
    }

    void realPartnerKeepsWhatTheWizardDoesNotManage()
    {
        const Json real = readJson(QStringLiteral("examples_partner_iso_VBHE.json"));
        QVERIFY(real.is_object());
        QCOMPARE(AlmaPartnerJson::codeOf(real), QStringLiteral("VBHE"));
        Partner p;
        p.code = QStringLiteral("VBHE");
        p.name = QStringLiteral("Box Hill Institute");
        p.profileType = QStringLiteral("ISO");
        p.requestExpiryType = QStringLiteral("EXPIRY_TIME");
        p.expiryDays = 4;
        p.borrowingWorkflow = QStringLiteral("LADD_Borrowing");
        p.lendingWorkflow = QStringLiteral("LADD_Lending");
        const QStringList differences = AlmaPartnerJson::differences(p, real);
        QVERIFY2(differences.join(QLatin1Char(';'))
                     .contains(QStringLiteral("Request expiry type: in Alma \u201cINTEREST_DATE\u201d")),
            qPrintable(differences.join(QLatin1Char(';'))));
        const Json updated = AlmaPartnerJson::toAlma(p, real);
        QCOMPARE(updated["contact_info"], real["contact_info"]);
        QCOMPARE(updated["partner_details"]["currency"], real["partner_details"]["currency"]);
        // Fields the setup leaves unset are Alma's: the delay, the status, the supply time stay.
        for (const char* kept : { "delivery_delay", "status", "avg_supply_time", "system_type", "locate_profile" })
            QCOMPARE(updated["partner_details"][kept], real["partner_details"][kept]);
        // The real partner has everything Alma requires of an ISO partner (it lacks email_address,
        // which the schema lists but documents as "relevant only for SLNP type").
        QCOMPARE(AlmaPartnerJson::missingMandatory(p, real), QStringList());
        const Json& iso = updated["partner_details"]["profile_details"]["iso_details"];
        QCOMPARE(iso["ill_server"], real["partner_details"]["profile_details"]["iso_details"]["ill_server"]);
        QCOMPARE(iso["iso_symbol"], real["partner_details"]["profile_details"]["iso_details"]["iso_symbol"]);
        QCOMPARE(iso["request_expiry_type"]["value"].get<std::string>(), std::string("EXPIRY_TIME"));
        QCOMPARE(iso["expiry_time"].get<int>(), 4);
        // After the update nothing managed differs any more.
        QVERIFY(AlmaPartnerJson::differences(p, updated).isEmpty());
    }

    void sandboxErrorsUseTheEnvelope()
    {
        const QSet<QString> names
            = xsdNames(QStringLiteral("mqlibrary-resource-sharing-partners/web_service_result.xsd"));
        QSet<QString> written;
        memberNames(
            SandboxInstitution::error(400, QStringLiteral("402113"), QStringLiteral("Partner already exists.")).body,
            &written);
        written.remove(QStringLiteral("trackingId")); // real answers carry it; this XSD copy lacks it
        for (const QString& name : std::as_const(written))
            QVERIFY2(names.contains(name), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestAlmaContract)
#include "tst_almacontract.moc"
