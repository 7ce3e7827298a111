// The Alma API client, plan, push and verify, against the built-in sandbox: a real HTTP server
// on 127.0.0.1 that speaks Alma's contract (status codes, error envelope, paging, 429).
#include "SandboxSetups.h"
#include "api/AlmaClient.h"
#include "api/AlmaPartnerJson.h"
#include "api/AlmaRateLimiter.h"
#include "api/AlmaSync.h"
#include "checks/SetupValidator.h"
#include "model/AlmaItemKey.h"
#include "model/AlmaStepKeys.h"
#include "model/FieldId.h"
#include "model/Presets.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"
#include "report/ReportBuilder.h"
#include "sandbox/AlmaSandbox.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QtCore/qfloat16.h>

#include <memory>

using Json = nlohmann::json;

namespace {

Partner makePartner(const QString& code, int expiry = 4)
{
    return SandboxSetups::partner(code, expiry);
}
QList<Partner> makePartners(int count, const QString& prefix = QStringLiteral("P"))
{
    return SandboxSetups::partners(count, prefix);
}
SetupData wrlcSetup()
{
    return SandboxSetups::wrlcInMain();
}

// A sandbox, a client and a setup model, wired like the program does.
struct Rig {
    AlmaSandbox sandbox;
    std::unique_ptr<AlmaClient> client;
    SetupModel model;
    std::unique_ptr<AlmaSync> sync;

    explicit Rig(const QString& key = QString::fromLatin1(AlmaSandbox::ReadWriteKey))
    {
        if (!sandbox.listenOnLoopback())
            qFatal("the sandbox cannot listen on 127.0.0.1");
        connectWith(key);
        model.reset(wrlcSetup());
    }

    void connectWith(const QString& key)
    {
        sync.reset();
        QString error;
        client = std::make_unique<AlmaClient>(AlmaEndpoint::fromText(sandbox.baseUrl(), &error), key);
        client->setBackoff(20, 200); // tests need not wait Alma's real backoff
        client->setThresholdDelay(50);
        client->setTimeoutMs(5000);
        sync = std::make_unique<AlmaSync>(client.get(), &model);
    }

    AlmaRunResult run(const std::function<void(AlmaSync&)>& start, int timeoutMs = 30000)
    {
        QSignalSpy finished(sync.get(), &AlmaSync::finished);
        start(*sync);
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            qWarning("the run did not finish in time");
        return finished.isEmpty() ? AlmaRunResult() : finished.first().first().value<AlmaRunResult>();
    }
    AlmaRunResult plan()
    {
        return run([](AlmaSync& s) { s.plan(); });
    }
    AlmaRunResult push()
    {
        return run([](AlmaSync& s) { s.planAndPush(); });
    }
    AlmaRunResult verify()
    {
        return run([](AlmaSync& s) { s.verify(); });
    }

    AlmaRecord record(const QString& key) const { return model.data().alma.value(key); }
};

} // namespace

Q_DECLARE_METATYPE(AlmaRunResult)

class TestAlmaApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<AlmaRunResult>(); }

    void endpointRequiresHttpsExceptLoopback()
    {
        QString error;
        QCOMPARE(AlmaEndpoint::fromText(QStringLiteral("eu"), &error).baseUrl().toString(),
            QStringLiteral("https://api-eu.hosted.exlibrisgroup.com/almaws/v1"));
        QCOMPARE(AlmaEndpoint::fromText(QStringLiteral("cn"), &error).baseUrl().host(),
            QStringLiteral("api-cn.hosted.exlibrisgroup.com.cn"));
        QVERIFY(!AlmaEndpoint::fromText(QStringLiteral("mars"), &error).isValid());
        QVERIFY(error.contains(QLatin1String("mars")));
        error.clear();
        QVERIFY(!AlmaEndpoint::fromText(QStringLiteral("http://alma.example.edu"), &error).isValid());
        QVERIFY(error.contains(QLatin1String("https")));
        QCOMPARE(AlmaEndpoint::fromText(QStringLiteral("http://127.0.0.1:8080/"), &error).baseUrl().toString(),
            QStringLiteral("http://127.0.0.1:8080/almaws/v1"));
        QVERIFY(AlmaEndpoint::fromText(QStringLiteral("http://localhost:9"), &error).isValid());
        QCOMPARE(AlmaEndpoint::fromText(QStringLiteral("https://proxy.example.edu/almaws/v1"), &error)
                     .url(QStringLiteral("/partners"))
                     .toString(),
            QStringLiteral("https://proxy.example.edu/almaws/v1/partners"));
    }

    void errorEnvelopeIsRead()
    {
        const QByteArray json
            = R"({"errorsExist":true,"errorList":{"error":[{"errorCode":"402113","errorMessage":"Partner already exists.","trackingId":"E01-2911-X"}]},"result":null})";
        AlmaError e = AlmaError::fromResponse(400, json);
        QCOMPARE(e.kind, AlmaError::Kind::Business);
        QCOMPARE(e.code, QStringLiteral("402113"));
        QCOMPARE(e.trackingId, QStringLiteral("E01-2911-X"));
        QVERIFY(e.text().contains(QLatin1String("402113")) && e.text().contains(QLatin1String("E01-2911-X")));
        QVERIFY(!e.isRetryable());
        const QByteArray xml
            = "<web_service_result><errorsExist>true</errorsExist><errorList><error><errorCode>DAILY_THRESHOLD"
              "</errorCode><errorMessage>Daily threshold</errorMessage><trackingId>T1</trackingId></error>"
              "</errorList></web_service_result>";
        e = AlmaError::fromResponse(429, xml);
        QCOMPARE(e.kind, AlmaError::Kind::DailyThreshold);
        QVERIFY(!e.isRetryable());
        QCOMPARE(AlmaError::fromResponse(429, R"({"errorList":{"error":{"errorCode":"PER_SECOND_THRESHOLD"}}})").kind,
            AlmaError::Kind::PerSecondThreshold);
        QVERIFY(AlmaError::fromResponse(503, "<html>down</html>").isRetryable());
        QCOMPARE(AlmaError::fromResponse(400, R"({"errorList":{"error":[{"errorCode":"UNAUTHORIZED"}]}})").kind,
            AlmaError::Kind::Unauthorized);
    }

    void stepsTheApiTakesOverAreInTheChecklist()
    {
        for (const AlmaStepKeys::Step& step : AlmaStepKeys::All)
            QVERIFY2(SectionCatalog::section(step.section).step(QString::fromLatin1(step.key)), step.key);
    }

    void rateLimiterPacesUnderTheThreshold()
    {
        // 25 a second is Alma's threshold: calls start evenly at 80% of it, 50 ms apart.
        AlmaRateLimiter limiter(25);
        QCOMPARE(limiter.waitBefore(0), qint64(0));
        limiter.started(0);
        QCOMPARE(limiter.waitBefore(10), qint64(40));
        QCOMPARE(limiter.waitBefore(50), qint64(0));
        // In any second, at most 21 calls start however they are asked for.
        int startsInFirstSecond = 1;
        for (qint64 now = 1; now < 1000; ++now) {
            if (limiter.waitBefore(now) == 0) {
                limiter.started(now);
                ++startsInFirstSecond;
            }
        }
        QCOMPARE(startsInFirstSecond, 20);
        // A 429 stops everyone until the pause ends, then goes on a fifth slower.
        limiter.pauseUntil(5000);
        QCOMPARE(limiter.waitBefore(2000), qint64(3000));
        QCOMPARE(limiter.intervalMs(), 62.5);
        limiter.started(5000);
        QCOMPARE(limiter.waitBefore(5001), qint64(62));
    }

    void noPlainTextFallbackWhenTlsFails()
    {
        // https to a server that does not speak TLS (the sandbox is plain http): the call fails;
        // nothing is retried in clear text and the key never leaves in plain http.
        Rig rig;
        QString error;
        const QString https = rig.sandbox.baseUrl().replace(QLatin1String("http://"), QLatin1String("https://"));
        auto client = std::make_unique<AlmaClient>(
            AlmaEndpoint::fromText(https, &error), QString::fromLatin1(AlmaSandbox::ReadWriteKey));
        client->setBackoff(10, 50);
        client->setMaxAttempts(2);
        AlmaSync sync(client.get(), &rig.model);
        QSignalSpy finished(&sync, &AlmaSync::finished);
        sync.plan();
        QVERIFY(finished.wait(20000));
        const AlmaRunResult r = finished.first().first().value<AlmaRunResult>();
        QVERIFY(r.fatal.kind == AlmaError::Kind::Security || r.fatal.kind == AlmaError::Kind::Network);
        QVERIFY(r.exitCode() != 0);
        QVERIFY(std::none_of(rig.sandbox.callLog().cbegin(), rig.sandbox.callLog().cend(),
            [](const QString& call) { return call.contains(QLatin1String("/almaws/")); }));
    }

    void wrongKeyIsRefusedEverywhere()
    {
        Rig rig(QStringLiteral("not-a-key"));
        const AlmaRunResult test = rig.run([](AlmaSync& s) { s.testConnection(); });
        QCOMPARE(test.access.size(), 4);
        for (const AlmaAccessCheck& c : test.access)
            QCOMPARE(c.error.kind, AlmaError::Kind::Unauthorized);
        QCOMPARE(test.fatal.code, QStringLiteral("UNAUTHORIZED"));
        QVERIFY(!test.fatal.trackingId.isEmpty());
        QCOMPARE(test.exitCode(), 2);
        const AlmaRunResult push = rig.push();
        QCOMPARE(push.exitCode(), 2);
        QCOMPARE(rig.sandbox.institution().writes(), 0);
    }

    void readOnlyKeyReadsButNeverWrites()
    {
        Rig rig(QString::fromLatin1(AlmaSandbox::ReadOnlyKey));
        const AlmaRunResult test = rig.run([](AlmaSync& s) { s.testConnection(); });
        QCOMPARE(test.exitCode(), 0);
        // Whose Alma the key opens, for staff to check before a push.
        QCOMPARE(test.institutionCode, QStringLiteral("01DEMO_INST"));
        QVERIFY(test.institutionText().contains(QLatin1String("sandbox environment")));
        QVERIFY(test.summary().contains(QLatin1String("01DEMO_INST")));
        for (const AlmaAccessCheck& c : test.access)
            QCOMPARE(c.error.isError(), c.write);
        QVERIFY(test.summary().contains(QLatin1String("not allowed")));

        SetupData d = wrlcSetup();
        d.partners = makePartners(20);
        rig.model.reset(d);
        const AlmaRunResult plan = rig.plan();
        QCOMPARE(plan.plan.count(AlmaPlanItem::Action::Create), 22); // 20 partners, 2 locations
        const AlmaRunResult push = rig.push();
        QCOMPARE(push.fatal.kind, AlmaError::Kind::Unauthorized);
        QCOMPARE(push.exitCode(), 2);
        QCOMPARE(rig.sandbox.institution().writes(), 0);
        QCOMPARE(rig.sandbox.institution().partnerCount(), 3);
        // It stopped at the first refusal instead of sending all 22.
        QVERIFY2(
            rig.sandbox.callsWithMethod("POST") < 22, qPrintable(QString::number(rig.sandbox.callsWithMethod("POST"))));
    }

    void planListsCreateUpdateAndAsWanted()
    {
        Rig rig;
        SetupData d = wrlcSetup();
        Partner hub = makePartner(QStringLiteral("HUB"));
        hub.name = QStringLiteral("Hub University Library"); // as the sandbox holds it
        Partner north = makePartner(QStringLiteral("NORTH"), 4); // Alma has 7 days and another name
        d.partners = { hub, north, makePartner(QStringLiteral("NEW1")) };
        rig.model.reset(d);
        const AlmaRunResult r = rig.plan();
        QCOMPARE(r.exitCode(), 0);
        QMap<QString, AlmaPlanItem> byKey;
        for (const AlmaPlanItem& item : r.plan.items)
            byKey.insert(item.key, item);
        QCOMPARE(byKey.value(AlmaItemKey::partner(QStringLiteral("HUB"))).action, AlmaPlanItem::Action::AsWanted);
        const AlmaPlanItem northItem = byKey.value(AlmaItemKey::partner(QStringLiteral("NORTH")));
        QCOMPARE(northItem.action, AlmaPlanItem::Action::Update);
        QVERIFY(northItem.changes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Expiry days: in Alma \u201c7\u201d, in this setup \u201c4\u201d")));
        QVERIFY(northItem.changes.join(QLatin1Char('\n')).contains(QLatin1String("Name:")));
        QCOMPARE(byKey.value(AlmaItemKey::partner(QStringLiteral("NEW1"))).action, AlmaPlanItem::Action::Create);
        QCOMPARE(byKey.value(AlmaItemKey::location(QStringLiteral("MAIN"), QStringLiteral("CLSBORR"))).action,
            AlmaPlanItem::Action::Create);
        QVERIFY(!r.plan.manualSteps.isEmpty());
        QCOMPARE(rig.sandbox.institution().writes(), 0); // a plan writes nothing
        QVERIFY(r.sandbox);
    }

    void pushSkipsItemsWithOpenErrors()
    {
        // A partner with expiry 0 and a location code with a comma are errors of the checks: the
        // plan marks them, a push leaves them out and Alma never sees them.
        Rig rig;
        SetupData d = wrlcSetup();
        d.partners = { makePartner(QStringLiteral("ZERO"), 0), makePartner(QStringLiteral("GOOD")) };
        d.fields.insert(QLatin1String(FieldId::BorrowingLocationCode), QStringLiteral("CLSBORR,X"));
        rig.model.reset(d);
        const AlmaRunResult plan = rig.plan();
        QMap<QString, AlmaPlanItem> byKey;
        for (const AlmaPlanItem& item : plan.plan.items)
            byKey.insert(item.key, item);
        const AlmaPlanItem zero = byKey.value(AlmaItemKey::partner(QStringLiteral("ZERO")));
        QVERIFY(!zero.pushable());
        QVERIFY2(zero.problems.join(QLatin1Char('\n')).contains(QLatin1String("open error in this setup")),
            qPrintable(zero.problems.join(QLatin1Char('\n'))));
        QVERIFY(byKey.value(AlmaItemKey::partner(QStringLiteral("GOOD"))).pushable());
        const AlmaPlanItem borrowing
            = byKey.value(AlmaItemKey::location(QStringLiteral("MAIN"), QStringLiteral("CLSBORR,X")));
        QVERIFY(!borrowing.pushable());
        QVERIFY(byKey.value(AlmaItemKey::location(QStringLiteral("MAIN"), QStringLiteral("CLSLEND"))).pushable());
        QCOMPARE(plan.plan.blockedCount(), 2);

        rig.push();
        QVERIFY(rig.sandbox.institution().partner(QStringLiteral("GOOD")).is_object());
        QVERIFY(rig.sandbox.institution().partner(QStringLiteral("ZERO")).is_null());
        QVERIFY(rig.sandbox.institution().location(QStringLiteral("MAIN"), QStringLiteral("CLSBORR,X")).is_null());
        QVERIFY(rig.sandbox.institution().location(QStringLiteral("MAIN"), QStringLiteral("CLSLEND")).is_object());
    }

    void pushCreatesUpdatesAndKeepsUnmanagedFields()
    {
        Rig rig;
        SetupData d = wrlcSetup();
        Partner north = makePartner(QStringLiteral("NORTH"), 4);
        d.partners = { north, makePartner(QStringLiteral("NEW1")) };
        rig.model.reset(d);
        const Json before = rig.sandbox.institution().partner(QStringLiteral("NORTH"));
        QVERIFY(before.contains("contact_info"));
        const AlmaRunResult r = rig.push();
        QCOMPARE(r.exitCode(), 0);
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.summary()));
        const Json after = rig.sandbox.institution().partner(QStringLiteral("NORTH"));
        QCOMPARE(after["partner_details"]["name"].get<std::string>(), std::string("Library NORTH"));
        QCOMPARE(after["partner_details"]["profile_details"]["ncip_p2p_details"]["expiry_time"].get<int>(), 4);
        // Fields the wizard does not manage survive the PUT of the whole object.
        QCOMPARE(after["contact_info"], before["contact_info"]);
        QCOMPARE(after["partner_details"]["currency"], before["partner_details"]["currency"]);
        QCOMPARE(after["partner_details"]["profile_details"]["ncip_p2p_details"]["send_requester_information"],
            before["partner_details"]["profile_details"]["ncip_p2p_details"]["send_requester_information"]);
        // The location went in with the desk attached and the fulfillment unit.
        const Json location = rig.sandbox.institution().location(QStringLiteral("MAIN"), QStringLiteral("CLSBORR"));
        QCOMPARE(location["fulfillment_unit"]["value"].get<std::string>(), std::string("MAIN_FU"));
        QCOMPARE(location["circ_desk"][0]["circ_desk_code"].get<std::string>(), std::string("DEFAULT_CIRC_DESK"));
        QCOMPARE(location["circ_desk"][0]["reshelve"].get<bool>(), true);
        // Results are in the model and say where they came from.
        QCOMPARE(rig.record(AlmaItemKey::partner(QStringLiteral("NORTH"))).outcome, AlmaRecord::Outcome::Updated);
        QVERIFY(
            rig.record(AlmaItemKey::partner(QStringLiteral("NORTH"))).detail.contains(QLatin1String("Expiry days")));
        QCOMPARE(rig.record(AlmaItemKey::partner(QStringLiteral("NEW1"))).outcome, AlmaRecord::Outcome::Created);
        QVERIFY(rig.record(AlmaItemKey::partner(QStringLiteral("NEW1"))).sandbox);
        // The report lists what is in Alma under its section and says loudly that it was a sandbox.
        const ReportDocument report
            = ReportBuilder::build(rig.model.data(), SetupValidator::validate(rig.model.data()), {});
        QVERIFY(report.sandbox);
        bool listed = false;
        for (const ReportBlock& b : report.blocks) {
            for (const QStringList& row : b.rows)
                listed = listed
                    || (row.value(0) == QLatin1String("Partner NEW1 (Library NEW1)")
                        && row.value(1).contains(QLatin1String("sandbox")));
        }
        QVERIFY(listed);
        // A second push finds everything as wanted and writes nothing.
        const int writes = rig.sandbox.institution().writes();
        const AlmaRunResult again = rig.push();
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(again.plan.count(AlmaPlanItem::Action::AsWanted), 4);
        QCOMPARE(rig.sandbox.institution().writes(), writes);
    }

    // "Already exists in Alma": the step says check, a push never creates the location, and
    // it changes only what the setup enters (an empty name keeps Alma's).
    void existingLocationIsUpdatedNotCreated()
    {
        Rig rig;
        const QString exists = QString::fromLatin1(FieldId::BorrowingLocationExists);
        const QString name = QString::fromLatin1(FieldId::BorrowingLocationName);
        const QString type = QString::fromLatin1(FieldId::BorrowingLocationType);
        SetupData d = wrlcSetup();
        d.fields.insert(exists, true);
        d.fields.insert(name, QString());
        rig.model.reset(d);
        const StepSpec* add
            = SectionCatalog::section(SectionId::TemporaryLocations).step(QStringLiteral("add-borrowing-location"));
        QVERIFY(add->translatedText(rig.model.data()).startsWith(QLatin1String("Open the existing")));

        // Not in Alma yet: blocked, with the reason, and nothing created.
        AlmaRunResult r = rig.push();
        QCOMPARE(r.exitCode(), 1);
        QVERIFY2(r.summary().contains(QLatin1String("Alma has no location CLSBORR in MAIN")), qPrintable(r.summary()));
        QVERIFY(rig.sandbox.institution().location(QStringLiteral("MAIN"), QStringLiteral("CLSBORR")).is_null());

        // Created once as new, then marked existing with another type and no name.
        d.fields.insert(exists, false);
        d.fields.insert(name, QStringLiteral("CLS Borrowing"));
        rig.model.reset(d);
        QCOMPARE(rig.push().exitCode(), 0);
        d.fields.insert(exists, true);
        d.fields.insert(name, QString());
        d.fields.insert(type, QStringLiteral("CLOSED"));
        rig.model.reset(d);
        const AlmaRunResult plan = rig.plan();
        bool planned = false;
        for (const AlmaPlanItem& i : plan.plan.items) {
            if (i.key != AlmaItemKey::location(QStringLiteral("MAIN"), QStringLiteral("CLSBORR")))
                continue;
            planned = true;
            QCOMPARE(i.action, AlmaPlanItem::Action::Update);
            QCOMPARE(i.changes.size(), 1); // the type only: the empty name is not a change
            QVERIFY2(i.changes.first().startsWith(QLatin1String("Type")), qPrintable(i.changes.first()));
        }
        QVERIFY(planned);
        QCOMPARE(rig.push().exitCode(), 0);
        const Json location = rig.sandbox.institution().location(QStringLiteral("MAIN"), QStringLiteral("CLSBORR"));
        QCOMPARE(location["name"].get<std::string>(), std::string("CLS Borrowing"));
        QCOMPARE(location["type"]["value"].get<std::string>(), std::string("CLOSED"));
    }

    void secondPushAfterFailureDoesOnlyWhatIsLeft()
    {
        Rig rig;
        SetupData d = wrlcSetup();
        d.partners = makePartners(10);
        d.partners[3].status = QStringLiteral("PAUSED"); // Alma refuses this status
        d.fields.insert(QString::fromLatin1(FieldId::LendingLocationFulfillmentUnit), QStringLiteral("NO_SUCH_FU"));
        rig.model.reset(d);
        const AlmaRunResult first = rig.push();
        QCOMPARE(first.exitCode(), 1);
        QCOMPARE(first.failures.size(), 2);
        const AlmaRecord failedPartner = rig.record(AlmaItemKey::partner(QStringLiteral("P0003")));
        QCOMPARE(failedPartner.outcome, AlmaRecord::Outcome::Failed);
        QVERIFY2(failedPartner.detail.contains(QLatin1String("401664"))
                && failedPartner.detail.contains(QLatin1String("tracking id")),
            qPrintable(failedPartner.detail));
        const AlmaRecord failedLocation
            = rig.record(AlmaItemKey::location(QStringLiteral("MAIN"), QStringLiteral("CLSLEND")));
        QVERIFY2(failedLocation.detail.contains(QLatin1String("60299")), qPrintable(failedLocation.detail));
        // The failures are findings until fixed.
        const QList<Finding> findings = SetupValidator::validate(rig.model.data());
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Finding& f) {
            return f.code == QLatin1String("alma-push-failed") && f.section == SectionId::Partners;
        }));
        QCOMPARE(rig.sandbox.institution().partnerCount(), 3 + 9);

        // Fix both and push again: only the two are sent.
        SetupData fixed = rig.model.data();
        fixed.partners[3].status = QStringLiteral("ACTIVE");
        fixed.fields.insert(QString::fromLatin1(FieldId::LendingLocationFulfillmentUnit), QStringLiteral("MAIN_FU"));
        rig.model.reset(fixed);
        const int postsBefore = rig.sandbox.callsWithMethod("POST");
        const AlmaRunResult second = rig.push();
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(rig.sandbox.callsWithMethod("POST") - postsBefore, 2);
        QCOMPARE(rig.sandbox.institution().partnerCount(), 3 + 10);
        QCOMPARE(rig.record(AlmaItemKey::partner(QStringLiteral("P0003"))).outcome, AlmaRecord::Outcome::Created);
        const QList<Finding> after = SetupValidator::validate(rig.model.data());
        QVERIFY(std::none_of(after.cbegin(), after.cend(),
            [](const Finding& f) { return f.code == QLatin1String("alma-push-failed"); }));

        // A failure of a location whose code has changed since is history, not a finding.
        SetupData renamed = rig.model.data();
        renamed.alma[AlmaItemKey::location(QStringLiteral("MAIN"), QStringLiteral("CLSLEND"))].outcome
            = AlmaRecord::Outcome::Failed;
        const auto failedCount = [](const SetupData& data) {
            const QList<Finding> f = SetupValidator::validate(data);
            return std::count_if(
                f.cbegin(), f.cend(), [](const Finding& x) { return x.code == QLatin1String("alma-push-failed"); });
        };
        QCOMPARE(failedCount(renamed), 1);
        renamed.fields.insert(QString::fromLatin1(FieldId::LendingLocationCode), QStringLiteral("P2PLEND"));
        QCOMPARE(failedCount(renamed), 0);
    }

    void tooManyRequestsStormIsAbsorbed()
    {
        Rig rig;
        SetupData d = wrlcSetup();
        d.partners = makePartners(30);
        rig.model.reset(d);
        SandboxFaults faults;
        faults.tooManyRequests = 15;
        rig.sandbox.setFaults(faults);
        const AlmaRunResult r = rig.push();
        QVERIFY2(r.exitCode() == 0, qPrintable(r.summary()));
        QCOMPARE(rig.sandbox.rejectedPerSecond(), 15);
        QVERIFY(rig.client->retries() >= 1);
        QCOMPARE(rig.sandbox.institution().partnerCount(), 3 + 30);
    }

    void serverErrorsAreRetried()
    {
        Rig rig;
        SetupData d = wrlcSetup();
        d.partners = makePartners(40);
        rig.model.reset(d);
        SandboxFaults faults;
        faults.serverErrorRate = 0.25;
        faults.seed = 7;
        rig.sandbox.setFaults(faults);
        const AlmaRunResult r = rig.push();
        QVERIFY2(r.exitCode() == 0, qPrintable(r.summary()));
        QVERIFY(rig.client->retries() >= 5);
        QCOMPARE(rig.sandbox.institution().partnerCount(), 3 + 40);
    }

    void droppedConnectionsLeaveNoDuplicates()
    {
        // The connection drops after Alma did the work: a naive retry of the POST would fail with
        // "already exists" or, worse, create a second copy. Each must end up exactly once.
        Rig rig;
        SetupData d = wrlcSetup();
        d.partners = makePartners(40);
        rig.model.reset(d);
        SandboxFaults faults;
        faults.dropRate = 0.2;
        faults.dropAfterWork = true;
        faults.seed = 11;
        rig.sandbox.setFaults(faults);
        const AlmaRunResult r = rig.push();
        QVERIFY2(r.exitCode() == 0, qPrintable(r.summary()));
        QCOMPARE(rig.sandbox.institution().partnerCount(), 3 + 40);
        for (const Partner& p : d.partners)
            QVERIFY(rig.record(AlmaItemKey::partner(p.code)).isGood());
        rig.sandbox.setFaults({});
        const AlmaRunResult again = rig.plan();
        QCOMPARE(again.plan.count(AlmaPlanItem::Action::AsWanted), 42);
    }

    void listsArePagedPastOneHundred()
    {
        Rig rig;
        for (const Partner& p : makePartners(250, QStringLiteral("OLD")))
            rig.sandbox.institution().putPartner(AlmaPartnerJson::toAlma(p));
        SetupData d = wrlcSetup();
        d.partners = makePartners(5, QStringLiteral("OLD")); // among the 253, on the first page
        d.partners.append(makePartner(QStringLiteral("OLD0249"))); // on the last page
        rig.model.reset(d);
        const int gets = rig.sandbox.callsWithMethod("GET");
        const AlmaRunResult r = rig.plan();
        QCOMPARE(r.exitCode(), 0);
        QCOMPARE(r.plan.count(AlmaPlanItem::Action::AsWanted), 6);
        QCOMPARE(rig.sandbox.callsWithMethod("GET") - gets,
            3 + 1 + 1 + 1); // 3 partner pages, the locations and desks, /conf/general
    }

    void countsFromTheWireAreNotTrusted_data()
    {
        QTest::addColumn<qint64>("statedTotal");
        QTest::addColumn<int>("pageItems");
        QTest::newRow("2^31 - 1 stated") << qint64(2147483647) << 0;
        QTest::newRow("2e9 stated") << qint64(2000000000) << 0;
        QTest::newRow("short pages") << qint64(-1) << 60;
        QTest::newRow("fewer stated than there are") << qint64(120) << 0;
    }

    void countsFromTheWireAreNotTrusted()
    {
        // Alma's total_record_count once decided how many pages were queued (2e9 queued pages
        // until 1.8 GB). Now the pages decide, a few at a time, and a list that contradicts its
        // count is not used: half a list must never plan creates for partners that exist.
        QFETCH(qint64, statedTotal);
        QFETCH(int, pageItems);
        Rig rig;
        for (const Partner& p : makePartners(250, QStringLiteral("OLD")))
            rig.sandbox.institution().putPartner(AlmaPartnerJson::toAlma(p));
        SetupData d = wrlcSetup();
        d.partners = { makePartner(QStringLiteral("OLD0249")) };
        rig.model.reset(d);
        SandboxFaults faults;
        faults.statedTotal = statedTotal;
        faults.pageItems = pageItems;
        rig.sandbox.setFaults(faults);
        const int gets = rig.sandbox.callsWithMethod("GET");
        const AlmaRunResult r = rig.plan();
        QVERIFY(rig.sandbox.callsWithMethod("GET") - gets <= 2 + 7); // general, locations, a few pages at most
        if (statedTotal == 120) {
            // The count can only shorten the list: 2 pages are read, and OLD0249 (page 3) is missed,
            // which is what Alma itself said; no contradiction to report.
            QCOMPARE(r.plan.count(AlmaPlanItem::Action::Create), 3);
            return;
        }
        QCOMPARE(r.exitCode(), 1);
        QVERIFY2(r.summary().contains(QLatin1String("the partners")), qPrintable(r.summary()));
        QCOMPARE(r.plan.count(AlmaPlanItem::Action::Create), 2); // the locations only: no partner planned blind
    }

    void hostileAnswersAreBounded()
    {
        Rig rig;
        rig.client->setMaxAttempts(1);
        SandboxFaults faults;
        faults.answerBytes = 10 * 1024 * 1024; // 10 MB of spaces after valid JSON
        rig.sandbox.setFaults(faults);
        AlmaRunResult r = rig.plan();
        QVERIFY2(r.summary().contains(QLatin1String("larger than 8 MB")), qPrintable(r.summary()));
        QCOMPARE(r.exitCode(), 1);

        // A server that drips its answer a byte at a time never trips the idle timeout; the
        // deadline for the whole answer does.
        faults = {};
        faults.dripBytesPerTick = 1;
        faults.dripTickMs = 20;
        rig.sandbox.setFaults(faults);
        rig.client->setDeadlineMs(600);
        QElapsedTimer timer;
        timer.start();
        r = rig.plan();
        QVERIFY2(r.summary().contains(QLatin1String("did not arrive within")), qPrintable(r.summary()));
        QVERIFY(timer.elapsed() < 20000);

        // Wrong types everywhere: nothing crashes, and no part passes for read.
        faults = {};
        faults.wrongTypes = true;
        faults.seed = 5;
        rig.sandbox.setFaults(faults);
        rig.client->setDeadlineMs(30000);
        for (int round = 0; round < 5; ++round) {
            r = rig.run([](AlmaSync& s) { s.verify(); });
            QVERIFY(r.exitCode() != 0);
            QCOMPARE(r.succeeded, 0);
        }
    }

    void normalPushSeesNo429()
    {
        // Alma counts arrivals per second, and the network can bunch calls on their way: the
        // sandbox counts over 1.1 s to stand for 100 ms of bunching. A client sending bursts of
        // 25 (the old limiter) went over; evenly paced calls stay under.
        Rig rig;
        rig.client->setCallsPerSecond(25);
        rig.sandbox.setCallsPerSecond(25);
        SandboxFaults faults;
        faults.thresholdWindowMs = 1100;
        rig.sandbox.setFaults(faults);
        SetupData d = wrlcSetup();
        d.partners = makePartners(80);
        rig.model.reset(d);
        const AlmaRunResult r = rig.push();
        QVERIFY2(r.exitCode() == 0, qPrintable(r.summary()));
        QCOMPARE(rig.sandbox.rejectedPerSecond(), 0);
        QCOMPARE(rig.client->retries(), 0);
    }

    void keyRefusedMidPushStopsEverything()
    {
        Rig rig;
        SetupData d = wrlcSetup();
        d.partners = makePartners(60);
        rig.model.reset(d);
        SandboxFaults faults;
        faults.keyRevokedAfter = 20; // the plan's reads, then a few creates, then the key is gone
        faults.latencyMs = 20;
        rig.sandbox.setFaults(faults);
        QStringList progressLines;
        connect(rig.sync.get(), &AlmaSync::progress, rig.sync.get(), [&](int done, int total, const QString&) {
            progressLines.append(QStringLiteral("%1/%2").arg(done).arg(total));
        });
        const AlmaRunResult r = rig.push();
        QCOMPARE(r.fatal.kind, AlmaError::Kind::Unauthorized);
        QCOMPARE(r.exitCode(), 2);
        // At most the calls already in flight reach the server after the refusal; no GET follows.
        const QStringList log = rig.sandbox.callLog();
        QVERIFY(log.size() <= 20 + 6 + 1);
        // Every record says something learned: created items only, no "failed … without saying why".
        const int created = rig.sandbox.institution().partnerCount() - 3;
        int recorded = 0;
        for (const AlmaRecord& record : rig.model.data().alma) {
            QCOMPARE(record.outcome, AlmaRecord::Outcome::Created);
            ++recorded;
        }
        QVERIFY2(
            recorded <= created + 2, qPrintable(QStringLiteral("%1 recorded, %2 created").arg(recorded).arg(created)));
        QVERIFY(r.failures.isEmpty());
        QVERIFY(!progressLines.contains(QStringLiteral("62/62")));

        // A plan with a refused key says that nothing could be read, not "0 to create".
        Rig wrong(QStringLiteral("not-a-key"));
        const AlmaRunResult plan = wrong.plan();
        QCOMPARE(plan.exitCode(), 2);
        QVERIFY(plan.plan.items.isEmpty() && plan.plan.manualSteps.isEmpty());
        QVERIFY2(plan.summary().contains(QLatin1String("Nothing could be read")), qPrintable(plan.summary()));
        QVERIFY(!plan.summary().contains(QLatin1String("to create")));
    }

    void lostAnswersStillRecordCreated()
    {
        // 30% of answers are lost after Alma did the work. The retry finds the partner there:
        // this push created it, so it is recorded as created, never as "already as wanted".
        Rig rig;
        SetupData d = wrlcSetup();
        d.partners = makePartners(40);
        rig.model.reset(d);
        SandboxFaults faults;
        faults.dropRate = 0.3;
        faults.dropAfterWork = true;
        faults.seed = 3;
        rig.sandbox.setFaults(faults);
        const AlmaRunResult r = rig.push();
        QVERIFY2(r.exitCode() == 0, qPrintable(r.summary()));
        QCOMPARE(rig.sandbox.institution().partnerCount(), 3 + 40);
        int lost = 0;
        for (const Partner& p : d.partners) {
            const AlmaRecord record = rig.record(AlmaItemKey::partner(p.code));
            QVERIFY2(record.outcome == AlmaRecord::Outcome::Created,
                qPrintable(p.code + QLatin1String(": ") + AlmaRecord::outcomeKey(record.outcome) + QLatin1Char(' ')
                    + record.detail));
            lost += record.detail.contains(QLatin1String("the answer to the create was lost")) ? 1 : 0;
        }
        QVERIFY(lost > 0); // the faults did hit creates
        QCOMPARE(r.outcomes.value(AlmaRecord::Outcome::AsWanted), 0);
    }

    void cancelHalfWayThenFinish()
    {
        Rig rig;
        SetupData d = wrlcSetup();
        d.partners = makePartners(60);
        rig.model.reset(d);
        SandboxFaults faults;
        faults.latencyMs = 40;
        rig.sandbox.setFaults(faults);
        QSignalSpy finished(rig.sync.get(), &AlmaSync::finished);
        connect(rig.sync.get(), &AlmaSync::progress, rig.sync.get(), [&](int done, int total, const QString&) {
            if (total == 62 && done == 15)
                rig.sync->cancel();
        });
        rig.sync->planAndPush();
        QVERIFY(finished.wait(20000));
        const AlmaRunResult r = finished.first().first().value<AlmaRunResult>();
        QVERIFY(r.cancelled);
        QCOMPARE(r.exitCode(), 1);
        const int created = rig.sandbox.institution().partnerCount() - 3;
        QVERIFY2(created >= 10 && created < 60, qPrintable(QString::number(created)));
        rig.sync->disconnect();
        const AlmaRunResult rest = rig.push();
        QVERIFY2(rest.exitCode() == 0, qPrintable(rest.summary()));
        QCOMPARE(rig.sandbox.institution().partnerCount(), 3 + 60);
        for (const Partner& p : d.partners)
            QVERIFY(rig.record(AlmaItemKey::partner(p.code)).isGood());
    }

    void dailyThresholdStopsCleanly()
    {
        Rig rig;
        SetupData d = wrlcSetup();
        d.partners = makePartners(30);
        rig.model.reset(d);
        rig.sandbox.setDailyQuota(12);
        const AlmaRunResult r = rig.push();
        QCOMPARE(r.fatal.kind, AlmaError::Kind::DailyThreshold);
        QCOMPARE(r.exitCode(), 1);
        QVERIFY(r.summary().contains(QLatin1String("DAILY_THRESHOLD")));
        QCOMPARE(rig.client->remainingCalls(), 0);
        // Nothing more is even tried.
        const int calls = rig.sandbox.calls();
        rig.plan();
        QCOMPARE(rig.sandbox.calls(), calls);
    }

    void verifyRecordsMatchesTicksStepsAndRaisesFindings()
    {
        Rig rig;
        rig.sandbox.setIdentifiesAsSandbox(false); // as a real Alma: verified steps are ticked
        SetupData d = wrlcSetup();
        d.partners = { makePartner(QStringLiteral("NEW1")), makePartner(QStringLiteral("NEW2")) };
        rig.model.reset(d);
        QCOMPARE(rig.push().exitCode(), 0);
        rig.sandbox.institution().setLibrary(QStringLiteral("MAIN"), true, QStringLiteral("CLSBORR"));
        rig.sandbox.institution().addItemPolicy(
            QStringLiteral("P2P"), rig.model.field(QString::fromLatin1(FieldId::ItemPolicyDescription)).toString());
        const AlmaRunResult r = rig.verify();
        // The job is not scheduled in the sandbox: that one differs.
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(rig.record(AlmaItemKey::expiredRequestsJob()).outcome, AlmaRecord::Outcome::Differs);
        QCOMPARE(rig.record(AlmaItemKey::partner(QStringLiteral("NEW1"))).outcome, AlmaRecord::Outcome::Verified);
        QCOMPARE(rig.record(AlmaItemKey::location(QStringLiteral("MAIN"), QStringLiteral("CLSLEND"))).outcome,
            AlmaRecord::Outcome::Verified);
        QCOMPARE(rig.record(AlmaItemKey::circDesk(QStringLiteral("MAIN"), QStringLiteral("DEFAULT_CIRC_DESK"))).outcome,
            AlmaRecord::Outcome::Verified);
        QCOMPARE(rig.record(AlmaItemKey::library(QStringLiteral("MAIN"))).outcome, AlmaRecord::Outcome::Verified);
        QCOMPARE(rig.record(AlmaItemKey::itemPolicy(QStringLiteral("P2P"))).outcome, AlmaRecord::Outcome::Verified);
        const StepState step = rig.model.step(SectionId::TemporaryLocations, QStringLiteral("attach-desk-lending"));
        QVERIFY(step.done);
        QCOMPARE(step.doneBy, QStringLiteral("Verified in Alma"));
        QVERIFY(!rig.record(AlmaItemKey::partner(QStringLiteral("NEW1"))).sandbox);
        QVERIFY(rig.model.step(SectionId::Partners, QStringLiteral("set-expiry-time")).done);
        QVERIFY(!rig.model.step(SectionId::Jobs, QStringLiteral("activate-expired-requests-job")).done);
        const QList<Finding> findings = SetupValidator::validate(rig.model.data());
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
            [](const Finding& f) { return f.code == QLatin1String("alma-differs") && f.section == SectionId::Jobs; }));

        // On at another time: still not the guide's 02:00, and the difference says what Alma has,
        // unless the setup chose another schedule.
        rig.sandbox.institution().setJobSchedule(QStringLiteral("Expired Resource Sharing Requests"),
            QStringLiteral("DAILY_0400"), QStringLiteral("Every Day at 04:00"));
        QCOMPARE(rig.verify().exitCode(), 1);
        const AlmaRecord late = rig.record(AlmaItemKey::expiredRequestsJob());
        QCOMPARE(late.outcome, AlmaRecord::Outcome::Differs);
        QVERIFY2(late.detail.contains(QLatin1String("Every Day at 04:00"))
                && late.detail.contains(QLatin1String("Every Day at 02:00")),
            qPrintable(late.detail));
        const QString schedule = QString::fromLatin1(FieldId::JobExpiredRequestsSchedule);
        rig.model.setField(schedule, QStringLiteral("OTHER"));
        rig.verify();
        QCOMPARE(rig.record(AlmaItemKey::expiredRequestsJob()).outcome, AlmaRecord::Outcome::Verified);
        rig.model.undoStack()->undo(); // the verify
        rig.model.undoStack()->undo(); // "another schedule"
        QCOMPARE(rig.model.text(schedule), QStringLiteral("DAILY_0200"));
        QVERIFY(!rig.model.step(SectionId::Jobs, QStringLiteral("activate-expired-requests-job")).done);

        // Staff turn the job on in Alma; verify again clears the finding and ticks the step.
        rig.sandbox.institution().setJobSchedule(QStringLiteral("Expired Resource Sharing Requests"),
            QStringLiteral("DAILY_0200"), QStringLiteral("Every Day at 02:00"));
        QCOMPARE(rig.verify().exitCode(), 0);
        QVERIFY(rig.model.step(SectionId::Jobs, QStringLiteral("activate-expired-requests-job")).done);
        const QList<Finding> after = SetupValidator::validate(rig.model.data());
        QVERIFY(std::none_of(
            after.cbegin(), after.cend(), [](const Finding& f) { return f.code == QLatin1String("alma-differs"); }));
        // A verify is one undo step.
        rig.model.undoStack()->undo();
        QVERIFY(!rig.model.step(SectionId::Jobs, QStringLiteral("activate-expired-requests-job")).done);
    }

    void almaSandboxEnvironmentCountsAsSandbox()
    {
        // Not the built-in sandbox but an Alma whose /conf/general says "sandbox": its results
        // are labelled too, and tick nothing.
        Rig rig;
        rig.sandbox.setIdentifiesAsSandbox(false);
        rig.sandbox.institution().setEnvironment(QStringLiteral("sandbox"));
        SetupData d = wrlcSetup();
        d.partners = { makePartner(QStringLiteral("NEW1")) };
        rig.model.reset(d);
        const AlmaRunResult push = rig.push();
        QVERIFY(push.sandbox);
        QVERIFY(rig.record(AlmaItemKey::partner(QStringLiteral("NEW1"))).sandbox);
        rig.verify();
        QCOMPARE(SetupModel::stepsDoneOf(rig.model.data(), SectionId::Partners), 0);
    }

    void deskDifferencesDoNotHideAMatchingLocation()
    {
        // Two desk flags off in Alma: the location itself is as wanted (its step ticks), the desk
        // attachment is not (its step stays open).
        Rig rig;
        rig.sandbox.setIdentifiesAsSandbox(false);
        rig.model.reset(wrlcSetup());
        QCOMPARE(rig.push().exitCode(), 0);
        Json location = rig.sandbox.institution().location(QStringLiteral("MAIN"), QStringLiteral("CLSBORR"));
        location["circ_desk"][0]["check_in"] = false;
        location["circ_desk"][0]["reshelve"] = false;
        const QByteArray body = QByteArray::fromStdString(location.dump());
        QCOMPARE(
            rig.sandbox.institution()
                .handle("PUT", QStringLiteral("/conf/libraries/MAIN/locations/CLSBORR"), {}, body, SandboxKeyAccess {})
                .status,
            200);
        rig.verify();
        QVERIFY(rig.model.step(SectionId::TemporaryLocations, QStringLiteral("add-borrowing-location")).done);
        QVERIFY(!rig.model.step(SectionId::TemporaryLocations, QStringLiteral("attach-desk-borrowing")).done);
        QVERIFY(rig.model.step(SectionId::TemporaryLocations, QStringLiteral("attach-desk-lending")).done);
    }

    void sandboxVerifyTicksNothing()
    {
        // The checklist is about the institution's Alma: the sandbox's matches are recorded and
        // labelled, but prove nothing there.
        Rig rig;
        SetupData d = wrlcSetup();
        d.partners = { makePartner(QStringLiteral("NEW1")) };
        rig.model.reset(d);
        QCOMPARE(rig.push().exitCode(), 0);
        rig.verify();
        const AlmaRecord r = rig.record(AlmaItemKey::partner(QStringLiteral("NEW1")));
        QCOMPARE(r.outcome, AlmaRecord::Outcome::Verified);
        QVERIFY(r.sandbox);
        for (SectionId s : Sections::all())
            QCOMPARE(SetupModel::stepsDoneOf(rig.model.data(), s), 0);
    }

    void timeoutsAreRetriedThenReportedAndNothingIsDuplicated()
    {
        Rig rig;
        SetupData d = wrlcSetup();
        d.fields.insert(QString::fromLatin1(FieldId::LibraryCode), QString()); // partners only
        d.partners = makePartners(3);
        rig.model.reset(d);
        QCOMPARE(rig.plan().exitCode(), 0);
        const AlmaPlan plan = rig.plan().plan;
        SandboxFaults slow;
        slow.latencyMs = 400; // Alma does the work, the answer comes too late
        rig.sandbox.setFaults(slow);
        rig.client->setTimeoutMs(120);
        rig.client->setMaxAttempts(2);
        const AlmaRunResult r = rig.run([&plan](AlmaSync& s) { s.push(plan); });
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(r.failures.size(), 3);
        QVERIFY2(r.failures.first().contains(QLatin1String("in time")), qPrintable(r.failures.first()));
        QVERIFY(rig.client->retries() >= 3);
        QCOMPARE(rig.record(AlmaItemKey::partner(QStringLiteral("P0000"))).outcome, AlmaRecord::Outcome::Failed);
        // Alma did create them: the next push finds them and adds no second copy.
        rig.sandbox.setFaults({});
        rig.client->setTimeoutMs(5000);
        const AlmaRunResult again = rig.push();
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(again.plan.count(AlmaPlanItem::Action::AsWanted), 3);
        QCOMPARE(rig.sandbox.institution().partnerCount(), 3 + 3);
    }

    void codesWithSpacesReachTheRightObject()
    {
        Rig rig;
        Partner spaced = makePartner(QStringLiteral("RES 1"));
        rig.sandbox.institution().putPartner(AlmaPartnerJson::toAlma(spaced));
        spaced.name = QStringLiteral("Renamed Library");
        SetupData d = wrlcSetup();
        d.partners = { spaced };
        rig.model.reset(d);
        QCOMPARE(rig.push().exitCode(), 0);
        QCOMPARE(
            rig.sandbox.institution().partner(QStringLiteral("RES 1"))["partner_details"]["name"].get<std::string>(),
            std::string("Renamed Library"));
        QVERIFY2(
            rig.sandbox.callLog().join(QLatin1Char('\n')).contains(QLatin1String("PUT /almaws/v1/partners/RES%201")),
            qPrintable(rig.sandbox.callLog().join(QLatin1Char('\n'))));
    }

    void anotherSetupOpenedMidRunGetsNoResults()
    {
        Rig rig;
        SetupData d = wrlcSetup();
        d.partners = makePartners(40);
        rig.model.reset(d);
        SandboxFaults slow;
        slow.latencyMs = 60;
        rig.sandbox.setFaults(slow);
        QSignalSpy finished(rig.sync.get(), &AlmaSync::finished);
        rig.sync->planAndPush();
        QTRY_VERIFY(rig.sandbox.institution().partnerCount() > 3); // under way
        const SetupData other = Presets::create(QString::fromLatin1(Presets::Blank));
        rig.model.reset(other); // File > Open of another setup
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTest::qWait(1200); // past the recording interval
        QVERIFY(rig.model.data().alma.isEmpty());
        QVERIFY(finished.first().first().value<AlmaRunResult>().cancelled);
    }

    void verifySeesWhatChangedInAlma()
    {
        Rig rig;
        SetupData d = wrlcSetup();
        d.partners = { makePartner(QStringLiteral("NEW1")) };
        rig.model.reset(d);
        QCOMPARE(rig.push().exitCode(), 0);
        Json changed = rig.sandbox.institution().partner(QStringLiteral("NEW1"));
        changed["partner_details"]["lending_workflow"] = "SOMETHING_ELSE";
        rig.sandbox.institution().putPartner(changed);
        rig.verify();
        const AlmaRecord r = rig.record(AlmaItemKey::partner(QStringLiteral("NEW1")));
        QCOMPARE(r.outcome, AlmaRecord::Outcome::Differs);
        QVERIFY(r.detail.contains(QStringLiteral(
            "Lending workflow: in Alma \u201cSOMETHING_ELSE\u201d, in this setup \u201cP2P_LENDING\u201d")));
        QVERIFY(!rig.model.step(SectionId::Partners, QStringLiteral("set-workflows")).done);
    }
};

QTEST_GUILESS_MAIN(TestAlmaApi)
#include "tst_almaapi.moc"
