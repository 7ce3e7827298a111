#pragma once

#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SandboxInstitution.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

#include <deque>
#include <memory>
#include <vector>

// How the sandbox misbehaves, for tests and benchmarks. All off by default.
struct SandboxFaults {
    int latencyMs = 0; // added to every answer (answers are delayed, never the server)
    double serverErrorRate = 0; // share of calls answered 500 or 503 (before doing anything)
    double dropRate = 0; // share of calls whose connection is dropped without an answer
    bool dropAfterWork = false; // drop after the call took effect (the answer is lost, not the work)
    int tooManyRequests = 0; // the next N calls get 429 PER_SECOND_THRESHOLD (a 429 storm)
    int keyRevokedAfter = -1; // calls after this many are refused UNAUTHORIZED (-1: never)
    // The per-second threshold is counted over this window: longer than a second stands for
    // network delays that bunch calls on their way (a client's bursts then go over).
    int thresholdWindowMs = 1000;
    quint32 seed = 1; // for the random faults, so a failing test can be replayed

    // A hostile Alma, for the client's limits: what it says cannot be trusted.
    qint64 statedTotal = -1; // lists claim this total_record_count (-1: the true count)
    int pageItems = 0; // list pages hold at most this many items whatever was asked (0: as asked)
    bool wrongTypes = false; // answers carry other types than the contract's (text for objects, …)
    int answerBytes = 0; // successful answers are padded with spaces to this size
    int dripBytesPerTick = 0; // answers are sent this many bytes at a time (0: all at once)
    int dripTickMs = 10;
};

// A simulated Alma on a small HTTP server, for "Try with the sandbox", the tests and the benchmarks.
// Serves SandboxInstitution under /almaws/v1 the way Alma does: the API key from the
// Authorization header (or the apikey parameter), Alma's error envelope, X-Exl-Api-Remaining on
// every answer, the per-second threshold (429 PER_SECOND_THRESHOLD) and a daily quota (429
// DAILY_THRESHOLD). Every answer carries X-Alma-Sandbox so clients can label sandbox runs.
// It only ever listens on a loopback address.
class AlmaSandbox : public QObject {
    Q_OBJECT

public:
    static constexpr char ReadWriteKey[] = "sandbox-read-write";
    static constexpr char ReadOnlyKey[] = "sandbox-read-only";

    explicit AlmaSandbox(QObject* parent = nullptr);

    // Listens on 127.0.0.1 (0: any free port). Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port = 0);
    quint16 port() const { return m_port; }
    QString baseUrl() const; // http://127.0.0.1:PORT

    // The institution the two built-in keys open.
    SandboxInstitution& institution() { return m_tenants.front()->institution; }
    // Another institution, opened by `key` only, with its own per-second threshold and daily
    // quota (a consortium's members, each with its own Alma). The sandbox owns it.
    SandboxInstitution& addInstitution(const QString& key, const SandboxKeyAccess& access = {});
    SandboxFaults& faults() { return m_faults; }
    void setFaults(const SandboxFaults& faults);
    // For every institution, the ones there are and those added later.
    void setCallsPerSecond(int calls) { m_perSecond = calls; }
    void setDailyQuota(int calls);
    void setKey(const QString& key, const SandboxKeyAccess& access) { m_keys.insert(key, access); }
    // Off: answer without the X-Alma-Sandbox header, exactly as a real Alma would (tests of what
    // the wizard does only for a real Alma, such as ticking verified steps).
    void setIdentifiesAsSandbox(bool on)
    {
        m_identifies = on;
        for (const auto& tenant : m_tenants)
            tenant->institution.setEnvironment(on ? QStringLiteral("sandbox") : QStringLiteral("production"));
    }

    // Counters for tests.
    int calls() const { return m_calls; }
    int rejectedPerSecond() const { return m_rejectedPerSecond; }
    int callsWithMethod(const QByteArray& method) const { return m_callsByMethod.value(method); }
    // Every call as "METHOD /almaws/v1/path?name&name" (parameter names only), for contract tests.
    const QStringList& callLog() const { return m_callLog; }

private:
    void handle(const SandboxHttpRequest& request, const SandboxHttpExchange& exchange);
    // `left`: the calls the institution has left today (X-Exl-Api-Remaining); -1 for the first's.
    void answer(const SandboxHttpExchange& exchange, const SandboxResponse& response, bool drop, int left = -1);
    // One institution's Alma: its data and its own thresholds, as Alma counts them per institution.
    struct Tenant {
        SandboxInstitution institution;
        std::deque<qint64> recent; // arrival times of accepted calls within the threshold window
        int dailyQuota = 100000;
    };
    bool overPerSecond(Tenant& tenant);
    // What the hostile faults make of a successful answer's JSON.
    void spoil(nlohmann::json& body);

    SandboxHttpServer m_server;
    std::vector<std::unique_ptr<Tenant>> m_tenants; // the first is the built-in keys' institution
    QHash<QString, Tenant*> m_tenantOfKey;
    SandboxFaults m_faults;
    QRandomGenerator m_random;
    QHash<QString, SandboxKeyAccess> m_keys;
    QElapsedTimer m_clock;
    int m_perSecond = 25;
    int m_calls = 0;
    int m_rejectedPerSecond = 0;
    QHash<QByteArray, int> m_callsByMethod;
    QStringList m_callLog;
    quint16 m_port = 0;
    bool m_identifies = true;
};
