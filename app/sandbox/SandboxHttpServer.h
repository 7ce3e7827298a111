#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;
class QTimer;
class SandboxHttpConnection;

// One HTTP request as the sandbox sees it.
struct SandboxHttpRequest {
    QByteArray method; // "GET", "POST", …
    QUrl target; // path and query, as sent
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// A connection's request being answered. Answer once: reply(), replySlowly() or drop(). It may be
// answered later (latency); if the client has gone meanwhile, the answer is dropped silently.
class SandboxHttpExchange {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    void reply(int status, const Headers& headers, const QByteArray& body) const;
    // Sends the answer `bytesPerTick` bytes every `tickMs` (a server that drips its answer).
    void replySlowly(int status, const Headers& headers, const QByteArray& body, int bytesPerTick, int tickMs) const;
    // Closes the connection without an answer.
    void drop() const;

private:
    friend class SandboxHttpConnection;
    QPointer<SandboxHttpConnection> m_connection;
};

// A small HTTP/1.1 server for the sandbox on a loopback address: persistent connections,
// Content-Length bodies, one request at a time per connection. What a client sends is bounded
// (headers 64 KB, body MaxBodyBytes; more is answered 431 or 413 and the connection closed,
// unread), so a misbehaving client cannot make it buffer without limit.
class SandboxHttpServer : public QTcpServer {
    Q_OBJECT

public:
    static constexpr int MaxHeaderBytes = 64 * 1024;
    static constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;
    static constexpr int IdleTimeoutMs = 30000;

    using Handler = std::function<void(const SandboxHttpRequest&, const SandboxHttpExchange&)>;

    explicit SandboxHttpServer(Handler handler, QObject* parent = nullptr);

    static QByteArray reasonPhrase(int status);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    friend class SandboxHttpConnection;
    Handler m_handler;
};

// One client connection: reads requests, hands each to the server's handler, writes the answer.
class SandboxHttpConnection : public QObject {
    Q_OBJECT

public:
    SandboxHttpConnection(QTcpSocket* socket, SandboxHttpServer* server);

    void reply(int status, const SandboxHttpExchange::Headers& headers, const QByteArray& body, int bytesPerTick = 0,
        int tickMs = 0);
    void drop();

private:
    enum class Parse { NeedMore, Request, Refused };
    void readRequests();
    Parse parse();
    void refuse(int status); // answers and closes: the request cannot be read
    void writeSlowly();
    void finishAnswer();

    QTcpSocket* m_socket;
    SandboxHttpServer* m_server;
    QTimer* m_idle;
    QTimer* m_drip = nullptr;
    QByteArray m_buffer;
    SandboxHttpRequest m_request;
    qint64 m_bodyLength = -1; // of the request being read; -1 while reading its head
    bool m_answering = false; // a request was handed on and not answered yet
    bool m_closeAfter = false;
    QByteArray m_pendingOut; // what replySlowly() still has to write
    int m_bytesPerTick = 0;
};
