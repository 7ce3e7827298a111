#pragma once

#include "api/AlmaEndpoint.h"
#include "api/AlmaError.h"
#include "api/AlmaRateLimiter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// One call to Alma's REST API.
struct AlmaRequest {
    QByteArray method = "GET"; // GET, POST, PUT
    QString path; // below /almaws/v1, e.g. "/partners/RES1"
    QUrlQuery query;
    nlohmann::json body; // sent as JSON for POST and PUT
};

struct AlmaReply {
    AlmaError error;
    int httpStatus = 0;
    nlohmann::json json; // the parsed answer (null when there was none)
    int attempts = 0;
};

// Talks to Alma's REST API: the key in the Authorization header, JSON both ways, no more than
// the per-second threshold, as many parallel connections as that allows. Retries 429
// PER_SECOND_THRESHOLD, 5xx, timeouts and dropped connections with bounded, jittered backoff;
// never retries a business error; stops everything on DAILY_THRESHOLD. Every callback is called
// exactly once, also when the call is cancelled.
class AlmaClient : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(AlmaReply)>; // the reply is moved in: a callback may take it
    using ListCallback = std::function<void(const QList<nlohmann::json>&, const AlmaError&)>;

    AlmaClient(const AlmaEndpoint& endpoint, const QString& apiKey, QObject* parent = nullptr);
    ~AlmaClient() override;

    void setCallsPerSecond(int calls) { m_limiter.setPerSecond(calls); }
    int callsPerSecond() const { return m_limiter.perSecond(); }
    void setMaxParallel(int calls) { m_maxParallel = qMax(1, calls); }
    // A call fails as timed out when nothing arrives for `ms`, or when the whole answer takes
    // longer than the deadline (a server that drips its answer a byte at a time).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    // Answers larger than this are refused unread (the largest real one, a page of 100 partners
    // or a library's locations, is well under a megabyte).
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    // Retry backoff: first delay, doubled per attempt up to the cap (both jittered ±25%).
    void setBackoff(int firstMs, int capMs)
    {
        m_backoffMs = firstMs;
        m_backoffCapMs = capMs;
    }

    // After a 429 PER_SECOND_THRESHOLD everyone waits about this long (jittered ±25%); such
    // retries have their own, larger bound, since a storm of them says nothing about the call.
    void setThresholdDelay(int ms) { m_thresholdDelayMs = ms; }
    void setMaxThresholdRetries(int retries) { m_maxThresholdRetries = retries; }

    const AlmaEndpoint& endpoint() const { return m_endpoint; }

    void send(const AlmaRequest& request, Callback callback);
    // Reads a whole list with limit=100 and offset, a few pages ahead at a time. The count Alma
    // states (total_record_count) is taken only as an upper bound: the list ends at the first
    // short or empty page, and more than MaxListItems items is an error.
    // `arrayKey` is the member holding the items ("partner", "location", "job", …).
    void getAll(const QString& path, const char* arrayKey, const QUrlQuery& query, ListCallback callback);
    static constexpr int PageSize = 100; // Alma's largest `limit`
    static constexpr int PagesAhead = 4;

    // Fails every waiting call and aborts the running ones with Kind::Cancelled.
    void cancel();

    // What the last answer said in X-Exl-Api-Remaining (-1: not known yet).
    int remainingCalls() const { return m_remaining; }
    // The last answer came from the built-in sandbox (it says so in a header).
    bool isSandbox() const { return m_sandbox; }
    int retries() const { return m_retries; }

Q_SIGNALS:
    void remainingCallsChanged(int remaining);
    // A call will be tried again after `delayMs` (for progress lines; never carries the key).
    void retrying(const QString& what, const AlmaError& error, int attempt, int delayMs);
    // DAILY_THRESHOLD: no more calls today.
    void stopped(const AlmaError& error);

private:
    struct Call {
        AlmaRequest request;
        Callback callback;
        int attempts = 0;
        int thresholdRetries = 0;
        bool cancelled = false;
        bool overDeadline = false;
        bool tooLarge = false;
        qint64 notBefore = 0;
        QNetworkReply* reply = nullptr;
        std::unique_ptr<QTimer> deadline;
    };
    using CallPtr = std::shared_ptr<Call>;

    struct Listing;
    void requestPages(const std::shared_ptr<Listing>& listing);
    void pump();
    void start(const CallPtr& call);
    void finished(const CallPtr& call);
    void finish(const CallPtr& call, AlmaReply reply);
    // Answers every call still waiting with `error`.
    void failWaiting(const AlmaError& error);
    int backoffFor(const AlmaError& error, int attempt) const;
    QString describe(const AlmaRequest& request) const;

    AlmaEndpoint m_endpoint;
    QByteArray m_authorization;
    QNetworkAccessManager* m_network;
    AlmaRateLimiter m_limiter;
    QElapsedTimer m_clock;
    QTimer m_pumpTimer;
    std::deque<CallPtr> m_queue;
    QList<CallPtr> m_active;
    int m_running = 0;
    int m_maxParallel = 6;
    int m_timeoutMs = 30000;
    int m_deadlineMs = 120000;
    qint64 m_maxAnswerBytes = qint64(8) * 1024 * 1024;
    int m_maxAttempts = 6;
    int m_backoffMs = 500;
    int m_backoffCapMs = 8000;
    int m_thresholdDelayMs = 1000;
    int m_maxThresholdRetries = 30;
    int m_remaining = -1;
    int m_retries = 0;
    bool m_sandbox = false;
    AlmaError m_stopped;
};
