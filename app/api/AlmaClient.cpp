#include "AlmaClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlmaClient)
};

constexpr int kPageSize = 100; // Alma's largest `limit`

AlmaError networkError(QNetworkReply* reply, bool cancelledByUser)
{
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        // Qt aborts a reply whose transfer timeout ran out with the same error as a user's abort.
        if (!cancelledByUser)
            return AlmaError::make(AlmaError::Kind::Timeout, Text::tr("Alma did not answer in time."));
        return AlmaError::make(AlmaError::Kind::Cancelled, Text::tr("Cancelled."));
    case QNetworkReply::TimeoutError:
        return AlmaError::make(AlmaError::Kind::Timeout, Text::tr("Alma did not answer in time."));
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return AlmaError::make(AlmaError::Kind::Security,
            Text::tr("The secure connection failed: %1").arg(reply->errorString()));
    default:
        return AlmaError::make(AlmaError::Kind::Network,
            Text::tr("Could not reach Alma: %1").arg(reply->errorString()));
    }
}
} // namespace

AlmaClient::AlmaClient(const AlmaEndpoint& endpoint, const QString& apiKey, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_authorization("apikey " + apiKey.trimmed().toUtf8())
    , m_network(new QNetworkAccessManager(this))
{
    // A redirect could carry the key to another host: follow none.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &AlmaClient::pump);
}

AlmaClient::~AlmaClient()
{
    // Callbacks may point into objects being destroyed with us: drop them unanswered.
    m_queue.clear();
    for (const CallPtr& call : std::as_const(m_active)) {
        call->callback = nullptr;
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
        }
    }
}

QString AlmaClient::describe(const AlmaRequest& request) const
{
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
}

void AlmaClient::send(const AlmaRequest& request, Callback callback)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->callback = std::move(callback);
    if (m_stopped.isError()) {
        AlmaReply reply;
        reply.error = m_stopped;
        finish(call, reply);
        return;
    }
    m_queue.push_back(call);
    pump();
}

void AlmaClient::pump()
{
    if (m_stopped.isError()) {
        failWaiting(m_stopped); // retries queued before the daily threshold was reached
        return;
    }
    while (m_running < m_maxParallel && !m_queue.empty()) {
        const qint64 now = m_clock.elapsed();
        // The first call that may go now (retries wait for their backoff; others keep order).
        auto ready = m_queue.end();
        qint64 soonest = std::numeric_limits<qint64>::max();
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
            if ((*it)->notBefore <= now) {
                ready = it;
                break;
            }
            soonest = std::min(soonest, (*it)->notBefore);
        }
        const qint64 limiterWait = m_limiter.waitBefore(now);
        if (ready == m_queue.end() || limiterWait > 0) {
            const qint64 wait = ready == m_queue.end() ? std::max(soonest - now, limiterWait) : limiterWait;
            m_pumpTimer.start(int(std::max<qint64>(1, wait)));
            return;
        }
        CallPtr call = *ready;
        m_queue.erase(ready);
        m_limiter.started(now);
        start(call);
    }
}

void AlmaClient::start(const CallPtr& call)
{
    QNetworkRequest request(m_endpoint.url(call->request.path, call->request.query));
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    QByteArray body;
    if (call->request.method == "POST" || call->request.method == "PUT") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        body = QByteArray::fromStdString(call->request.body.is_null() ? std::string("{}") : call->request.body.dump());
    }
    ++call->attempts;
    ++m_running;
    m_active.append(call);
    call->reply = m_network->sendCustomRequest(request, call->request.method, body);
    connect(call->reply, &QNetworkReply::finished, this, [this, call] { finished(call); });
}

void AlmaClient::finished(const CallPtr& call)
{
    QNetworkReply* networkReply = call->reply;
    call->reply = nullptr;
    networkReply->deleteLater();
    --m_running;
    m_active.removeOne(call);

    AlmaReply reply;
    reply.attempts = call->attempts;
    reply.httpStatus = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = networkReply->isOpen() ? networkReply->readAll() : QByteArray();
    if (networkReply->hasRawHeader("X-Exl-Api-Remaining")) {
        bool ok = false;
        const int remaining = networkReply->rawHeader("X-Exl-Api-Remaining").toInt(&ok);
        if (ok && remaining != m_remaining) {
            m_remaining = remaining;
            Q_EMIT remainingCallsChanged(remaining);
        }
    }
    if (networkReply->hasRawHeader("X-Alma-Sandbox"))
        m_sandbox = true;

    if (reply.httpStatus >= 400) {
        reply.error = AlmaError::fromResponse(reply.httpStatus, body);
    } else if (networkReply->error() != QNetworkReply::NoError) {
        reply.error = networkError(networkReply, call->cancelled);
    } else if (reply.httpStatus >= 300) {
        reply.error = AlmaError::make(AlmaError::Kind::BadResponse,
            Text::tr("Alma answered with a redirect to %1; check the API address.")
                .arg(networkReply->header(QNetworkRequest::LocationHeader).toUrl().toDisplayString()));
        reply.error.httpStatus = reply.httpStatus;
    } else if (!body.trimmed().isEmpty()) {
        reply.json = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
        if (reply.json.is_discarded()) {
            reply.json = nullptr;
            reply.error = AlmaError::make(AlmaError::Kind::BadResponse,
                Text::tr("Alma's answer to %1 is not JSON.").arg(describe(call->request)));
        }
    }

    if (reply.error.kind == AlmaError::Kind::DailyThreshold) {
        m_stopped = reply.error;
        finish(call, reply);
        failWaiting(m_stopped);
        Q_EMIT stopped(m_stopped);
        return;
    }
    // A 429 says the institution as a whole went too fast, not that this call failed: it has its
    // own bound and does not use up the call's attempts.
    const bool threshold = reply.error.kind == AlmaError::Kind::PerSecondThreshold;
    bool mayRetry = false;
    if (reply.error.isRetryable() && call->callback && !call->cancelled) {
        mayRetry = threshold ? ++call->thresholdRetries <= m_maxThresholdRetries
                             : call->attempts - call->thresholdRetries < m_maxAttempts;
    }
    if (mayRetry) {
        const int delay = backoffFor(reply.error, call->attempts - call->thresholdRetries);
        ++m_retries;
        if (reply.error.kind == AlmaError::Kind::PerSecondThreshold)
            m_limiter.pauseUntil(m_clock.elapsed() + delay); // everyone slows down, not just this call
        call->notBefore = m_clock.elapsed() + delay;
        Q_EMIT retrying(describe(call->request), reply.error, call->attempts, delay);
        m_queue.push_front(call);
        pump();
        return;
    }
    finish(call, reply);
    pump();
}

int AlmaClient::backoffFor(const AlmaError& error, int attempt) const
{
    // 429 per second: the next second is free again. Others: exponential up to the cap.
    const double base = error.kind == AlmaError::Kind::PerSecondThreshold
        ? double(m_thresholdDelayMs)
        : std::min<double>(m_backoffCapMs, m_backoffMs * double(1 << std::min(attempt - 1, 16)));
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return int(base * jitter);
}

void AlmaClient::finish(const CallPtr& call, AlmaReply reply)
{
    Callback callback = std::move(call->callback);
    call->callback = nullptr;
    if (callback)
        callback(reply);
}

void AlmaClient::failWaiting(const AlmaError& error)
{
    std::deque<CallPtr> waiting;
    waiting.swap(m_queue);
    for (const CallPtr& call : waiting) {
        AlmaReply reply;
        reply.error = error;
        reply.attempts = call->attempts;
        finish(call, reply);
    }
}

void AlmaClient::cancel()
{
    failWaiting(AlmaError::make(AlmaError::Kind::Cancelled, Text::tr("Cancelled.")));
    const QList<CallPtr> running = m_active;
    for (const CallPtr& call : running) {
        call->cancelled = true; // no retry after the abort
        if (call->reply && !call->reply->isFinished())
            call->reply->abort(); // finished() reports OperationCanceledError as Cancelled
    }
}

void AlmaClient::getAll(const QString& path, const char* arrayKey, const QUrlQuery& query, ListCallback callback)
{
    struct Listing {
        QList<QList<nlohmann::json>> pages;
        int waiting = 0;
        AlmaError error;
        ListCallback callback;
    };
    auto listing = std::make_shared<Listing>();
    listing->callback = std::move(callback);
    const std::string key = arrayKey;

    auto itemsOf = [key](const nlohmann::json& page) {
        QList<nlohmann::json> items;
        if (!page.is_object())
            return items;
        const auto it = page.find(key);
        if (it != page.end() && it->is_array()) {
            for (const auto& item : *it)
                items.append(item);
        } else if (it != page.end() && it->is_object()) {
            items.append(*it); // one item comes as an object in some answers
        }
        return items;
    };
    auto done = [listing] {
        QList<nlohmann::json> all;
        if (!listing->error.isError()) {
            for (const auto& page : std::as_const(listing->pages))
                all.append(page);
        }
        listing->callback(all, listing->error);
    };

    AlmaRequest first;
    first.path = path;
    first.query = query;
    first.query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    first.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    send(first, [this, path, query, listing, itemsOf, done](const AlmaReply& reply) {
        if (reply.error.isError()) {
            listing->error = reply.error;
            done();
            return;
        }
        listing->pages.append(itemsOf(reply.json));
        int total = int(listing->pages.first().size());
        if (reply.json.is_object() && reply.json.contains("total_record_count")
            && reply.json["total_record_count"].is_number_integer())
            total = reply.json["total_record_count"].get<int>();
        const int pages = (total + kPageSize - 1) / kPageSize;
        if (pages <= 1 || listing->pages.first().isEmpty()) {
            done();
            return;
        }
        for (int p = 1; p < pages; ++p)
            listing->pages.append(QList<nlohmann::json>());
        listing->waiting = pages - 1;
        for (int p = 1; p < pages; ++p) {
            AlmaRequest next;
            next.path = path;
            next.query = query;
            next.query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
            next.query.addQueryItem(QStringLiteral("offset"), QString::number(p * kPageSize));
            send(next, [listing, itemsOf, done, p](const AlmaReply& pageReply) {
                if (pageReply.error.isError() && !listing->error.isError())
                    listing->error = pageReply.error;
                else
                    listing->pages[p] = itemsOf(pageReply.json);
                if (--listing->waiting == 0)
                    done();
            });
        }
    });
}
