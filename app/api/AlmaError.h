#pragma once

#include <QByteArray>
#include <QString>

// A failed call to Alma, with what staff need to quote to Ex Libris support: the HTTP status,
// Alma's error code and message from its error envelope, and the tracking id.
struct AlmaError {
    enum class Kind {
        None,
        Network, // connection refused, dropped, DNS…
        Timeout,
        Cancelled, // the user stopped the run
        Security, // TLS or certificate problem; never ignored
        Unauthorized, // the key is wrong or lacks the area (errorCode UNAUTHORIZED, HTTP 401/403)
        PerSecondThreshold, // HTTP 429 PER_SECOND_THRESHOLD: wait and try again
        DailyThreshold, // HTTP 429 DAILY_THRESHOLD: stop for today
        Business, // HTTP 4xx with Alma's envelope, e.g. 402113 "Partner already exists."
        Server, // HTTP 5xx
        BadResponse, // the answer was not what the contract promises
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // Alma's errorCode, e.g. "402113"
    QString message; // Alma's errorMessage, or the network error
    QString trackingId;

    bool isError() const { return kind != Kind::None; }
    // Worth another attempt: 429 per second, 5xx, timeouts and dropped connections.
    bool isRetryable() const;
    // One line for people: "Alma error 402113: Partner already exists. (HTTP 400, tracking id E01-…)".
    QString text() const;

    // Reads the error envelope of a response with HTTP status >= 400 (JSON or XML).
    static AlmaError fromResponse(int httpStatus, const QByteArray& body);
    static AlmaError make(Kind kind, const QString& message);
};
