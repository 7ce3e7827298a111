#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

// Where Alma's REST API is: one of Ex Libris' regions or a URL (a proxy, or the built-in
// sandbox on this machine). Plain http is only accepted for loopback addresses, so an API key
// never crosses a network unencrypted.
class AlmaEndpoint {
public:
    AlmaEndpoint() = default;

    // "na", "eu", "ap", "aps", "ca", "cn".
    static QStringList regions();
    // Ex Libris' gateway of a region; empty for an unknown region.
    static QUrl regionUrl(const QString& region);
    // A region code or a URL such as "https://api-eu.hosted.exlibrisgroup.com" or
    // "http://127.0.0.1:8080". "/almaws/v1" is added when missing. On a problem returns an
    // invalid endpoint and says why in *error (translated).
    static AlmaEndpoint fromText(const QString& regionOrUrl, QString* error);
    static bool isLoopback(const QUrl& url);

    bool isValid() const { return m_base.isValid() && !m_base.isEmpty(); }
    QUrl baseUrl() const { return m_base; }
    // The full URL of `path` below /almaws/v1 (e.g. "/partners/RES1").
    QUrl url(const QString& path, const QUrlQuery& query = {}) const;

private:
    QUrl m_base;
};
