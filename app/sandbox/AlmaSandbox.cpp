#include "sandbox/AlmaSandbox.h"

#include <QHostAddress>
#include <QTimer>

namespace {
constexpr char kApiPrefix[] = "/almaws/v1";

QString apiKeyOf(const SandboxHttpRequest& request, const QUrlQuery& query)
{
    const QByteArray header = request.headers.value("authorization").trimmed();
    if (header.toLower().startsWith("apikey "))
        return QString::fromUtf8(header.mid(7).trimmed());
    return query.queryItemValue(QStringLiteral("apikey"));
}

// Every value takes another type than it has (objects within are spoiled in turn).
void spoilTypes(nlohmann::json& v, QRandomGenerator& random)
{
    if (v.is_object()) {
        for (auto& [key, member] : v.items()) {
            (void)key;
            spoilTypes(member, random);
        }
        if (random.bounded(4) == 0)
            v = "not an object";
    } else if (v.is_array()) {
        if (random.bounded(2) == 0) {
            v = nlohmann::json { { "unexpected", v.size() } };
        } else {
            for (auto& item : v)
                spoilTypes(item, random);
        }
    } else if (v.is_string()) {
        v = random.bounded(2) == 0 ? nlohmann::json(1e300) : nlohmann::json::array();
    } else if (v.is_number()) {
        v = random.bounded(2) == 0 ? nlohmann::json("-1") : nlohmann::json(-9223372036854775807LL);
    } else if (v.is_boolean()) {
        v = "yes";
    } else {
        v = nlohmann::json::object();
    }
}
} // namespace

AlmaSandbox::AlmaSandbox(QObject* parent)
    : QObject(parent)
    , m_server(
          [this](const SandboxHttpRequest& request, const SandboxHttpExchange& exchange) { handle(request, exchange); })
    , m_random(1)
{
    m_tenants.push_back(std::make_unique<Tenant>());
    m_keys.insert(QString::fromLatin1(ReadWriteKey), SandboxKeyAccess {});
    m_keys.insert(QString::fromLatin1(ReadOnlyKey), SandboxKeyAccess::readOnly());
    m_clock.start();
}

SandboxInstitution& AlmaSandbox::addInstitution(const QString& key, const SandboxKeyAccess& access)
{
    auto tenant = std::make_unique<Tenant>();
    tenant->dailyQuota = m_tenants.front()->dailyQuota;
    tenant->institution.setEnvironment(m_tenants.front()->institution.environment());
    m_keys.insert(key, access);
    m_tenantOfKey.insert(key, tenant.get());
    m_tenants.push_back(std::move(tenant));
    return m_tenants.back()->institution;
}

void AlmaSandbox::setDailyQuota(int calls)
{
    for (const auto& tenant : m_tenants)
        tenant->dailyQuota = calls;
}

quint16 AlmaSandbox::listenOnLoopback(quint16 port)
{
    m_port = m_server.listen(QHostAddress::LocalHost, port) ? m_server.serverPort() : 0;
    return m_port;
}

QString AlmaSandbox::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void AlmaSandbox::setFaults(const SandboxFaults& faults)
{
    m_faults = faults;
    m_random.seed(faults.seed);
}

bool AlmaSandbox::overPerSecond(Tenant& tenant)
{
    std::deque<qint64>& recent = tenant.recent;
    const qint64 now = m_clock.elapsed();
    while (!recent.empty() && recent.front() <= now - m_faults.thresholdWindowMs)
        recent.pop_front();
    if (int(recent.size()) >= m_perSecond)
        return true;
    recent.push_back(now);
    return false;
}

void AlmaSandbox::handle(const SandboxHttpRequest& request, const SandboxHttpExchange& exchange)
{
    ++m_calls;
    const QByteArray method = request.method;
    ++m_callsByMethod[method];
    const QString path = request.target.path(QUrl::FullyEncoded); // segments decoded one by one later
    const QUrlQuery query(request.target);
    QStringList parameters;
    for (const auto& item : query.queryItems())
        parameters.append(item.first);
    m_callLog.append(QString::fromLatin1(method) + QLatin1Char(' ') + path
        + (parameters.isEmpty() ? QString() : QLatin1Char('?') + parameters.join(QLatin1Char('&'))));
    if (!path.startsWith(QLatin1String(kApiPrefix))) {
        answer(exchange, SandboxInstitution::error(404, QStringLiteral("402119"), QStringLiteral("General error.")),
            false);
        return;
    }
    // The gateway's checks come first, as in Alma: quota, threshold, key; the key names the
    // institution whose quota and threshold count the call.
    const QString apiKey = apiKeyOf(request, query);
    Tenant& tenant = *m_tenantOfKey.value(apiKey, m_tenants.front().get());
    if (m_faults.tooManyRequests > 0) {
        --m_faults.tooManyRequests;
        ++m_rejectedPerSecond;
        answer(exchange,
            SandboxInstitution::error(
                429, QStringLiteral("PER_SECOND_THRESHOLD"), QStringLiteral("Per second threshold exceeded.")),
            false);
        return;
    }
    if (tenant.dailyQuota <= 0) {
        answer(exchange,
            SandboxInstitution::error(
                429, QStringLiteral("DAILY_THRESHOLD"), QStringLiteral("Daily threshold exceeded.")),
            false);
        return;
    }
    if (overPerSecond(tenant)) {
        ++m_rejectedPerSecond;
        answer(exchange,
            SandboxInstitution::error(
                429, QStringLiteral("PER_SECOND_THRESHOLD"), QStringLiteral("Per second threshold exceeded.")),
            false);
        return;
    }
    --tenant.dailyQuota;
    const auto key = m_keys.constFind(apiKey);
    const bool revoked = m_faults.keyRevokedAfter >= 0 && m_calls > m_faults.keyRevokedAfter;
    if (key == m_keys.cend() || revoked) {
        answer(exchange,
            SandboxInstitution::error(400, QStringLiteral("UNAUTHORIZED"),
                QStringLiteral("API-key not defined or not configured to allow this API.")),
            false);
        return;
    }
    const bool drop = m_faults.dropRate > 0 && m_random.generateDouble() < m_faults.dropRate;
    if (drop && !m_faults.dropAfterWork) {
        answer(exchange, {}, true, tenant.dailyQuota);
        return;
    }
    if (!drop && m_faults.serverErrorRate > 0 && m_random.generateDouble() < m_faults.serverErrorRate) {
        SandboxResponse failure;
        failure.status = m_random.bounded(2) ? 503 : 500;
        answer(exchange, failure, false, tenant.dailyQuota);
        return;
    }
    SandboxResponse response
        = tenant.institution.handle(method, path.mid(int(qstrlen(kApiPrefix))), query, request.body, *key);
    if (response.status < 300 && !response.body.is_null())
        spoil(response.body);
    answer(exchange, response, drop, tenant.dailyQuota);
}

void AlmaSandbox::spoil(nlohmann::json& body)
{
    if (m_faults.pageItems > 0 || m_faults.statedTotal >= 0) {
        if (body.is_object() && body.contains("total_record_count")) {
            if (m_faults.statedTotal >= 0)
                body["total_record_count"] = m_faults.statedTotal;
            for (auto& [key, member] : body.items()) {
                (void)key;
                if (member.is_array() && m_faults.pageItems > 0 && int(member.size()) > m_faults.pageItems)
                    member.erase(member.begin() + m_faults.pageItems, member.end());
            }
        }
    }
    if (m_faults.wrongTypes)
        spoilTypes(body, m_random);
}

void AlmaSandbox::answer(const SandboxHttpExchange& exchange, const SandboxResponse& response, bool drop, int left)
{
    const QByteArray remaining = QByteArray::number(qMax(0, left < 0 ? m_tenants.front()->dailyQuota : left));
    // The answer is made now, once; the latency only delays its sending.
    const int status = response.status;
    QByteArray body;
    QByteArray type = "application/json";
    if (status >= 500 && response.body.is_null()) {
        body = "<html><body><h1>Service temporarily unavailable</h1></body></html>";
        type = "text/html";
    } else if (!response.body.is_null()) {
        body = QByteArray::fromStdString(response.body.dump());
    }
    if (status < 300 && body.size() < m_faults.answerBytes)
        body += QByteArray(m_faults.answerBytes - body.size(), ' '); // still valid JSON
    SandboxHttpExchange::Headers headers { { "Content-Type", type }, { "X-Exl-Api-Remaining", remaining } };
    if (m_identifies)
        headers.append(qMakePair(QByteArray("X-Alma-Sandbox"), QByteArray("true")));
    const int dripBytes = m_faults.dripBytesPerTick;
    const int dripMs = m_faults.dripTickMs;
    auto send = [exchange, status, headers, body, drop, dripBytes, dripMs] {
        if (drop)
            exchange.drop();
        else if (dripBytes > 0)
            exchange.replySlowly(status, headers, body, dripBytes, dripMs);
        else
            exchange.reply(status, headers, body);
    };
    if (m_faults.latencyMs > 0)
        QTimer::singleShot(m_faults.latencyMs, this, send);
    else
        send();
}
