#include "api/AlmaEndpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlmaEndpoint)
};
constexpr char kApiPath[] = "/almaws/v1";
} // namespace

QStringList AlmaEndpoint::regions()
{
    return { QStringLiteral("na"), QStringLiteral("eu"), QStringLiteral("ap"), QStringLiteral("aps"),
        QStringLiteral("ca"), QStringLiteral("cn") };
}

QUrl AlmaEndpoint::regionUrl(const QString& region)
{
    const QString r = region.trimmed().toLower();
    if (r == QLatin1String("cn"))
        return QUrl(QStringLiteral("https://api-cn.hosted.exlibrisgroup.com.cn") + QLatin1String(kApiPath));
    if (!regions().contains(r))
        return {};
    return QUrl(QStringLiteral("https://api-%1.hosted.exlibrisgroup.com").arg(r) + QLatin1String(kApiPath));
}

bool AlmaEndpoint::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

AlmaEndpoint AlmaEndpoint::fromText(const QString& regionOrUrl, QString* error)
{
    AlmaEndpoint endpoint;
    const QString text = regionOrUrl.trimmed();
    if (text.isEmpty()) {
        *error = Text::tr("Choose a region or enter the API's address.");
        return endpoint;
    }
    if (!text.contains(QLatin1Char(':')) && !text.contains(QLatin1Char('/'))) {
        endpoint.m_base = regionUrl(text);
        if (!endpoint.isValid())
            *error = Text::tr("\"%1\" is not an Alma region; use one of %2.")
                         .arg(text, regions().join(QLatin1String(", ")));
        return endpoint;
    }
    QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = Text::tr("The address is not a web address, e.g. https://api-eu.hosted.exlibrisgroup.com.");
        return endpoint;
    }
    if (url.hasQuery()) {
        // Ex Libris' examples put ?apikey=… in the address; it must not be kept or shown.
        *error = Text::tr("Leave everything after \"?\" out of the address; the API key goes in its own field.");
        return endpoint;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && !(scheme == QLatin1String("http") && isLoopback(url))) {
        *error = Text::tr("%1 must use https: the API key would travel unencrypted (plain http is only "
                          "allowed for this computer's own sandbox).")
                     .arg(url.toDisplayString());
        return endpoint;
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String(kApiPath)))
        path += QLatin1String(kApiPath);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    endpoint.m_base = url;
    return endpoint;
}

QUrl AlmaEndpoint::url(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path, QUrl::TolerantMode); // segments come percent-encoded
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}
