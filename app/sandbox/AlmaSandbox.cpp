#include "AlmaSandbox.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr char kApiPrefix[] = "/almaws/v1";

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

QString apiKeyOf(const QHttpServerRequest& request)
{
    const QByteArray header = request.value("Authorization").trimmed();
    if (header.toLower().startsWith("apikey "))
        return QString::fromUtf8(header.mid(7).trimmed());
    return request.query().queryItemValue(QStringLiteral("apikey"));
}
} // namespace

AlmaSandbox::AlmaSandbox(QObject* parent)
    : QAbstractHttpServer(parent)
    , m_random(1)
{
    m_keys.insert(QString::fromLatin1(ReadWriteKey), SandboxKeyAccess {});
    m_keys.insert(QString::fromLatin1(ReadOnlyKey), SandboxKeyAccess::readOnly());
    m_clock.start();
}

quint16 AlmaSandbox::listenOnLoopback(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString AlmaSandbox::baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

void AlmaSandbox::setFaults(const SandboxFaults& faults)
{
    m_faults = faults;
    m_random.seed(faults.seed);
}

bool AlmaSandbox::overPerSecond()
{
    const qint64 now = m_clock.elapsed();
    while (!m_recent.empty() && m_recent.front() <= now - 1000)
        m_recent.pop_front();
    if (int(m_recent.size()) >= m_perSecond)
        return true;
    m_recent.push_back(now);
    return false;
}

bool AlmaSandbox::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ++m_calls;
    const QByteArray method = methodName(request.method());
    ++m_callsByMethod[method];
    const QString path = request.url().path(QUrl::FullyEncoded); // segments decoded one by one later
    QStringList parameters;
    for (const auto& item : request.query().queryItems())
        parameters.append(item.first);
    m_callLog.append(QString::fromLatin1(method) + QLatin1Char(' ') + path
        + (parameters.isEmpty() ? QString() : QLatin1Char('?') + parameters.join(QLatin1Char('&'))));
    if (!path.startsWith(QLatin1String(kApiPrefix))) {
        answer(request, socket, SandboxInstitution::error(404, QStringLiteral("402119"), QStringLiteral("General error.")), false);
        return true;
    }
    // The gateway's checks come first, as in Alma: quota, threshold, key.
    if (m_faults.tooManyRequests > 0) {
        --m_faults.tooManyRequests;
        ++m_rejectedPerSecond;
        answer(request, socket,
            SandboxInstitution::error(429, QStringLiteral("PER_SECOND_THRESHOLD"), QStringLiteral("Per second threshold exceeded.")),
            false);
        return true;
    }
    if (m_dailyQuota <= 0) {
        answer(request, socket,
            SandboxInstitution::error(429, QStringLiteral("DAILY_THRESHOLD"), QStringLiteral("Daily threshold exceeded.")), false);
        return true;
    }
    if (overPerSecond()) {
        ++m_rejectedPerSecond;
        answer(request, socket,
            SandboxInstitution::error(429, QStringLiteral("PER_SECOND_THRESHOLD"), QStringLiteral("Per second threshold exceeded.")),
            false);
        return true;
    }
    --m_dailyQuota;
    const auto key = m_keys.constFind(apiKeyOf(request));
    if (key == m_keys.cend()) {
        answer(request, socket,
            SandboxInstitution::error(400, QStringLiteral("UNAUTHORIZED"),
                QStringLiteral("API-key not defined or not configured to allow this API.")),
            false);
        return true;
    }
    const bool drop = m_faults.dropRate > 0 && m_random.generateDouble() < m_faults.dropRate;
    if (drop && !m_faults.dropAfterWork) {
        answer(request, socket, {}, true);
        return true;
    }
    if (!drop && m_faults.serverErrorRate > 0 && m_random.generateDouble() < m_faults.serverErrorRate) {
        SandboxResponse failure;
        failure.status = m_random.bounded(2) ? 503 : 500;
        answer(request, socket, failure, false);
        return true;
    }
    const SandboxResponse response
        = m_institution.handle(method, path.mid(int(qstrlen(kApiPrefix))), request.query(), request.body(), *key);
    answer(request, socket, response, drop);
    return true;
}

void AlmaSandbox::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    answer(request, socket, SandboxInstitution::error(404, QStringLiteral("402119"), QStringLiteral("General error.")), false);
}

void AlmaSandbox::answer(const QHttpServerRequest& request, QTcpSocket* socket, const SandboxResponse& response, bool drop)
{
    QPointer<QTcpSocket> guard(socket);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QByteArray remaining = QByteArray::number(qMax(0, m_dailyQuota));
    const bool identifies = m_identifies;
    auto send = [guard, responder, response, drop, remaining, identifies] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return; // the client went away meanwhile
        if (drop) {
            guard->abort();
            return;
        }
        QByteArray body;
        QByteArray type = "application/json";
        if (response.status >= 500 && response.body.is_null()) {
            body = "<html><body><h1>Service temporarily unavailable</h1></body></html>";
            type = "text/html";
        } else if (!response.body.is_null()) {
            body = QByteArray::fromStdString(response.body.dump());
        }
        const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
        if (identifies)
            responder->write(body,
                { { "Content-Type", type }, { "X-Exl-Api-Remaining", remaining }, { "X-Alma-Sandbox", "true" } }, status);
        else
            responder->write(body, { { "Content-Type", type }, { "X-Exl-Api-Remaining", remaining } }, status);
    };
    if (m_faults.latencyMs > 0)
        QTimer::singleShot(m_faults.latencyMs, this, send);
    else
        send();
}
