#include "api/AlmaError.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlmaError)
};

QString jsonText(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    return QString::fromStdString(it->dump());
}

// Alma answers XML when a proxy or an old gateway ignores Accept; take the same three elements.
QString xmlElement(const QByteArray& body, const char* name)
{
    const QRegularExpression re(QStringLiteral("<%1>([^<]*)</%1>").arg(QLatin1String(name)));
    const auto match = re.match(QString::fromUtf8(body));
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}
} // namespace

bool AlmaError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::PerSecondThreshold:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

QString AlmaError::text() const
{
    QString head;
    if (!code.isEmpty())
        head = Text::tr("Alma error %1: %2").arg(code, message);
    else
        head = message;
    QStringList extra;
    if (httpStatus > 0)
        extra.append(Text::tr("HTTP %1").arg(httpStatus));
    if (!trackingId.isEmpty())
        extra.append(Text::tr("tracking id %1").arg(trackingId));
    if (extra.isEmpty())
        return head;
    return QStringLiteral("%1 (%2)").arg(head, extra.join(QLatin1String(", ")));
}

AlmaError AlmaError::make(Kind kind, const QString& message)
{
    AlmaError e;
    e.kind = kind;
    e.message = message;
    return e;
}

AlmaError AlmaError::fromResponse(int httpStatus, const QByteArray& body)
{
    AlmaError e;
    e.httpStatus = httpStatus;
    const nlohmann::json json = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (json.is_object()) {
        // {"errorsExist":true,"errorList":{"error":[{"errorCode","errorMessage","trackingId"}]}};
        // "error" is an object instead of a list when there is one error in some answers.
        const auto list = json.find("errorList");
        if (list != json.end() && list->is_object()) {
            const auto errors = list->find("error");
            const nlohmann::json* first = nullptr;
            if (errors != list->end() && errors->is_array() && !errors->empty())
                first = &errors->front();
            else if (errors != list->end() && errors->is_object())
                first = &*errors;
            if (first && first->is_object()) {
                e.code = jsonText(*first, "errorCode");
                e.message = jsonText(*first, "errorMessage");
                e.trackingId = jsonText(*first, "trackingId");
            }
        }
    } else if (body.contains("<errorCode>")) {
        e.code = xmlElement(body, "errorCode");
        e.message = xmlElement(body, "errorMessage");
        e.trackingId = xmlElement(body, "trackingId");
    }
    if (e.message.isEmpty())
        e.message = Text::tr("Alma answered HTTP %1 without saying why.").arg(httpStatus);

    if (e.code == QLatin1String("PER_SECOND_THRESHOLD"))
        e.kind = Kind::PerSecondThreshold;
    else if (e.code == QLatin1String("DAILY_THRESHOLD"))
        e.kind = Kind::DailyThreshold;
    else if (e.code == QLatin1String("UNAUTHORIZED") || e.code == QLatin1String("INVALID_API_KEY") || httpStatus == 401
        || httpStatus == 403)
        e.kind = Kind::Unauthorized;
    else if (httpStatus == 429)
        e.kind = Kind::PerSecondThreshold;
    else if (httpStatus >= 500)
        e.kind = Kind::Server;
    else
        e.kind = Kind::Business;
    return e;
}
