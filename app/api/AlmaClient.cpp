#include "api/AlmaClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include "api/AlmaListPage.h"
#include "model/SetupLimits.h"

#include <limits>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlmaClient)
};

// Aborts a reply that is still running. One that already failed must not be aborted again
// (Qt warns "this method must only be called once" and reports the error twice).
void abortRunning(QNetworkReply* reply)
{
    if (reply && !reply->isFinished() && reply->error() == QNetworkReply::NoError)
        reply->abort();
}

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
        return AlmaError::make(
            AlmaError::Kind::Security, Text::tr("The secure connection failed: %1").arg(reply->errorString()));
    default:
        return AlmaError::make(
            AlmaError::Kind::Network, Text::tr("Could not reach Alma: %1").arg(reply->errorString()));
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
        call->deadline.reset();
        if (call->reply) {
            call->reply->disconnect(this);
            abortRunning(call->reply);
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
    QNetworkReply* reply = call->reply;
    connect(reply, &QNetworkReply::finished, this, [this, call] { finished(call); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, call, reply](qint64 received, qint64 total) {
        if (received > m_maxAnswerBytes || total > m_maxAnswerBytes) {
            call->tooLarge = true;
            abortRunning(reply);
        }
    });
    call->deadline = std::make_unique<QTimer>();
    call->deadline->setSingleShot(true);
    connect(call->deadline.get(), &QTimer::timeout, this, [call, reply] {
        call->overDeadline = true;
        abortRunning(reply);
    });
    call->deadline->start(m_deadlineMs);
}

void AlmaClient::finished(const CallPtr& call)
{
    QNetworkReply* networkReply = call->reply;
    call->reply = nullptr;
    call->deadline.reset();
    networkReply->deleteLater();
    --m_running;
    m_active.removeOne(call);

    AlmaReply reply;
    reply.attempts = call->attempts;
    reply.httpStatus = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = networkReply->isOpen() && !call->tooLarge
        ? networkReply->readAll()
        : QByteArray(); // at most m_maxAnswerBytes (downloadProgress)
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

    if (call->tooLarge) {
        reply.error = AlmaError::make(AlmaError::Kind::BadResponse,
            Text::tr("Alma's answer to %1 is larger than %2 MB; it was not read.")
                .arg(describe(call->request))
                .arg(m_maxAnswerBytes / (1024 * 1024)));
    } else if (call->overDeadline) {
        reply.error = AlmaError::make(AlmaError::Kind::Timeout,
            Text::tr("Alma's answer to %1 did not arrive within %2 seconds.")
                .arg(describe(call->request))
                .arg(m_deadlineMs / 1000));
    } else if (reply.httpStatus >= 400) {
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
    finish(call, std::move(reply));
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
        callback(std::move(reply));
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
        abortRunning(call->reply); // finished() reports OperationCanceledError as Cancelled
    }
}

// One list being read by getAll(): pages are asked for a few ahead of the answers, and the
// first short or empty page ends the list.
struct AlmaClient::Listing {
    QString path;
    QUrlQuery query;
    std::string key;
    ListCallback callback;
    QList<QList<nlohmann::json>> pages; // by page number, filled as answers come
    int requested = 0; // pages asked for so far
    int waiting = 0; // of those, not answered yet
    int lastPage = std::numeric_limits<int>::max(); // the page known to end the list
    qint64 stated = -1; // the count Alma gave with the first page
    AlmaError error;
};

void AlmaClient::getAll(const QString& path, const char* arrayKey, const QUrlQuery& query, ListCallback callback)
{
    auto listing = std::make_shared<Listing>();
    listing->path = path;
    listing->query = query;
    listing->key = arrayKey;
    listing->callback = std::move(callback);
    requestPages(listing);
}

void AlmaClient::requestPages(const std::shared_ptr<Listing>& listing)
{
    constexpr int maxPages = (SetupLimits::MaxListItems + PageSize - 1) / PageSize;
    // One page at a time until Alma has said how long the list is at most.
    const int ahead = listing->lastPage == std::numeric_limits<int>::max() ? 1 : PagesAhead;
    while (!listing->error.isError() && listing->waiting < ahead && listing->requested <= listing->lastPage) {
        if (listing->requested == maxPages) {
            listing->error = AlmaError::make(AlmaError::Kind::BadResponse,
                Text::tr("Alma lists more than %1 items at %2; this program reads at most that many.")
                    .arg(SetupLimits::MaxListItems)
                    .arg(listing->path));
            break;
        }
        const int page = listing->requested++;
        ++listing->waiting;
        listing->pages.append(QList<nlohmann::json>());
        AlmaRequest request;
        request.path = listing->path;
        request.query = listing->query;
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
        request.query.addQueryItem(QStringLiteral("offset"), QString::number(qint64(page) * PageSize));
        send(request, [this, listing, page](AlmaReply reply) {
            --listing->waiting;
            if (reply.error.isError()) {
                if (!listing->error.isError())
                    listing->error = reply.error;
            } else {
                AlmaListPage read = AlmaListPage::read(std::move(reply.json), listing->key);
                const qsizetype items = read.items.size();
                listing->pages[page] = std::move(read.items);
                if (page == 0)
                    listing->stated = read.total;
                // The stated count can only shorten the list; the items decide where it ends.
                qint64 last = items < PageSize ? page : listing->lastPage;
                if (read.total >= 0)
                    last = std::min<qint64>(last, std::max<qint64>(0, (read.total + PageSize - 1) / PageSize - 1));
                listing->lastPage = int(std::min<qint64>(listing->lastPage, last));
            }
            requestPages(listing);
        });
    }
    if (listing->waiting > 0 || !listing->callback)
        return;
    if (!listing->error.isError() && listing->requested <= listing->lastPage)
        return; // more to ask for (cannot happen: the loop above asked)
    QList<nlohmann::json> all;
    if (!listing->error.isError()) {
        if (listing->lastPage == 0 && !listing->pages.isEmpty())
            all = listing->pages.constFirst(); // shared, not copied: most lists are one page
        else
            for (int p = 0; p <= listing->lastPage && p < listing->pages.size(); ++p)
                all.append(listing->pages.at(p));
        // Fewer items than Alma said: a page came short. Half a list must not pass for the list.
        if (listing->stated > all.size()) {
            listing->error = AlmaError::make(AlmaError::Kind::BadResponse,
                Text::tr("Alma said %1 holds %2 items but its pages held %3; the list was not used.")
                    .arg(listing->path)
                    .arg(listing->stated)
                    .arg(all.size()));
            all.clear();
        }
    }
    const ListCallback callback = std::exchange(listing->callback, nullptr);
    callback(all, listing->error);
}
