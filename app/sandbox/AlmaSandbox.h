#pragma once

#include "SandboxInstitution.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

#include <deque>

// How the sandbox misbehaves, for tests and benchmarks. All off by default.
struct SandboxFaults {
    int latencyMs = 0; // added to every answer (answers are delayed, never the server)
    double serverErrorRate = 0; // share of calls answered 500 or 503 (before doing anything)
    double dropRate = 0; // share of calls whose connection is dropped without an answer
    bool dropAfterWork = false; // drop after the call took effect (the answer is lost, not the work)
    int tooManyRequests = 0; // the next N calls get 429 PER_SECOND_THRESHOLD (a 429 storm)
    quint32 seed = 1; // for the random faults, so a failing test can be replayed
};

// A simulated Alma on Qt HttpServer, for "Try with the sandbox", the tests and the benchmarks.
// Serves SandboxInstitution under /almaws/v1 the way Alma does: the API key from the
// Authorization header (or the apikey parameter), Alma's error envelope, X-Exl-Api-Remaining on
// every answer, the per-second threshold (429 PER_SECOND_THRESHOLD) and a daily quota (429
// DAILY_THRESHOLD). Every answer carries X-Alma-Sandbox so clients can label sandbox runs.
// It only ever listens on a loopback address.
class AlmaSandbox : public QAbstractHttpServer {
    Q_OBJECT

public:
    static constexpr char ReadWriteKey[] = "sandbox-read-write";
    static constexpr char ReadOnlyKey[] = "sandbox-read-only";

    explicit AlmaSandbox(QObject* parent = nullptr);

    // Listens on 127.0.0.1 (0: any free port). Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port = 0);
    quint16 port() const { return m_port; }
    QString baseUrl() const; // http://127.0.0.1:PORT

    SandboxInstitution& institution() { return m_institution; }
    SandboxFaults& faults() { return m_faults; }
    void setFaults(const SandboxFaults& faults);
    void setCallsPerSecond(int calls) { m_perSecond = calls; }
    void setDailyQuota(int calls) { m_dailyQuota = calls; }
    void setKey(const QString& key, const SandboxKeyAccess& access) { m_keys.insert(key, access); }
    // Off: answer without the X-Alma-Sandbox header, exactly as a real Alma would (tests of what
    // the wizard does only for a real Alma, such as ticking verified steps).
    void setIdentifiesAsSandbox(bool on)
    {
        m_identifies = on;
        m_institution.setEnvironment(on ? QStringLiteral("sandbox") : QStringLiteral("production"));
    }

    // Counters for tests.
    int calls() const { return m_calls; }
    int rejectedPerSecond() const { return m_rejectedPerSecond; }
    int callsWithMethod(const QByteArray& method) const { return m_callsByMethod.value(method); }
    // Every call as "METHOD /almaws/v1/path?name&name" (parameter names only), for contract tests.
    const QStringList& callLog() const { return m_callLog; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void answer(const QHttpServerRequest& request, QTcpSocket* socket, const SandboxResponse& response, bool drop);
    bool overPerSecond();

    SandboxInstitution m_institution;
    SandboxFaults m_faults;
    QRandomGenerator m_random;
    QHash<QString, SandboxKeyAccess> m_keys;
    QElapsedTimer m_clock;
    std::deque<qint64> m_recent; // arrival times of accepted calls within the last second
    int m_perSecond = 25;
    int m_dailyQuota = 100000;
    int m_calls = 0;
    int m_rejectedPerSecond = 0;
    QHash<QByteArray, int> m_callsByMethod;
    QStringList m_callLog;
    quint16 m_port = 0;
    bool m_identifies = true;
};
