#include "sandbox/SandboxHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace {
bool isToken(const QByteArray& method)
{
    if (method.isEmpty() || method.size() > 16)
        return false;
    return std::all_of(method.cbegin(), method.cend(), [](char c) { return c >= 'A' && c <= 'Z'; });
}
} // namespace

void SandboxHttpExchange::reply(int status, const Headers& headers, const QByteArray& body) const
{
    if (m_connection)
        m_connection->reply(status, headers, body);
}

void SandboxHttpExchange::replySlowly(
    int status, const Headers& headers, const QByteArray& body, int bytesPerTick, int tickMs) const
{
    if (m_connection)
        m_connection->reply(status, headers, body, qMax(1, bytesPerTick), qMax(1, tickMs));
}

void SandboxHttpExchange::drop() const
{
    if (m_connection)
        m_connection->drop();
}

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject* parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
    // A consortium's members connect all at once: with the default backlog of 50, the rest of a
    // burst of new connections waits a second for the kernel's SYN retry.
    setListenBacklogSize(1024);
    setMaxPendingConnections(1024);
}

QByteArray SandboxHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

void SandboxHttpServer::incomingConnection(qintptr socketDescriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new SandboxHttpConnection(socket, this); // a child of the socket: both go when it closes
}

SandboxHttpConnection::SandboxHttpConnection(QTcpSocket* socket, SandboxHttpServer* server)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(SandboxHttpServer::IdleTimeoutMs);
    connect(m_idle, &QTimer::timeout, this, &SandboxHttpConnection::drop);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxHttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, m_socket, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            m_socket->deleteLater();
    });
    m_idle->start();
    readRequests();
}

void SandboxHttpConnection::readRequests()
{
    m_idle->start();
    while (!m_answering && !m_closeAfter) {
        // Reads only what the current request may still hold, so nothing unbounded piles up.
        const qint64 room = m_bodyLength < 0 ? SandboxHttpServer::MaxHeaderBytes + 1 - m_buffer.size()
                                             : m_bodyLength - (m_buffer.size());
        if (room > 0 && m_socket->bytesAvailable() > 0)
            m_buffer += m_socket->read(qMin(room, m_socket->bytesAvailable())); // not a buffer of `room` each time
        const Parse result = parse();
        if (result == Parse::NeedMore) {
            if (m_socket->bytesAvailable() > 0 && room > 0)
                continue;
            return;
        }
        if (result == Parse::Refused)
            return;
        m_answering = true;
        SandboxHttpExchange exchange;
        exchange.m_connection = this;
        m_server->m_handler(m_request, exchange);
    }
}

SandboxHttpConnection::Parse SandboxHttpConnection::parse()
{
    if (m_bodyLength < 0) {
        // Not HTTP at all (a TLS handshake, say): refused at its first byte, not after a timeout.
        const qsizetype space = m_buffer.indexOf(' ');
        const QByteArray method = m_buffer.left(space < 0 ? qMin<qsizetype>(m_buffer.size(), 17) : space);
        if (!method.isEmpty()
            && !std::all_of(method.cbegin(), method.cend(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
            refuse(400);
            return Parse::Refused;
        }
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > SandboxHttpServer::MaxHeaderBytes) {
                refuse(431);
                return Parse::Refused;
            }
            return Parse::NeedMore;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/')
            || !requestLine.at(2).startsWith("HTTP/1.")) {
            refuse(400);
            return Parse::Refused;
        }
        m_request = SandboxHttpRequest();
        m_request.method = requestLine.at(0);
        m_request.target = QUrl::fromEncoded("http://loopback" + requestLine.at(1), QUrl::StrictMode);
        if (!m_request.target.isValid()) {
            refuse(400);
            return Parse::Refused;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                refuse(400);
                return Parse::Refused;
            }
            m_request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const QByteArray connection = m_request.headers.value("connection").toLower();
        m_closeAfter = connection == "close" || (requestLine.at(2) == "HTTP/1.0" && connection != "keep-alive");
        if (m_request.headers.contains("transfer-encoding")) {
            refuse(501); // Qt's client sends Content-Length; chunked bodies are not read here
            return Parse::Refused;
        }
        bool ok = true;
        const QByteArray length = m_request.headers.value("content-length", "0");
        m_bodyLength = length.toLongLong(&ok);
        if (!ok || m_bodyLength < 0) {
            refuse(400);
            return Parse::Refused;
        }
        if (m_bodyLength > SandboxHttpServer::MaxBodyBytes) {
            refuse(413);
            return Parse::Refused;
        }
    }
    if (m_buffer.size() < m_bodyLength)
        return Parse::NeedMore;
    m_request.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_bodyLength = -1;
    return Parse::Request;
}

void SandboxHttpConnection::refuse(int status)
{
    m_closeAfter = true;
    m_answering = true;
    m_buffer.clear();
    reply(status, { { "Content-Type", "text/plain" } }, SandboxHttpServer::reasonPhrase(status) + '\n');
}

void SandboxHttpConnection::reply(
    int status, const SandboxHttpExchange::Headers& headers, const QByteArray& body, int bytesPerTick, int tickMs)
{
    if (!m_answering || m_pendingOut.size() > 0 || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + SandboxHttpServer::reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (m_closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n" + body;
    if (bytesPerTick <= 0) {
        m_socket->write(out);
        finishAnswer();
        return;
    }
    m_pendingOut = out;
    m_bytesPerTick = bytesPerTick;
    m_drip = new QTimer(this);
    connect(m_drip, &QTimer::timeout, this, &SandboxHttpConnection::writeSlowly);
    m_drip->start(tickMs);
}

void SandboxHttpConnection::writeSlowly()
{
    m_socket->write(m_pendingOut.left(m_bytesPerTick));
    m_pendingOut.remove(0, m_bytesPerTick);
    m_idle->start();
    if (!m_pendingOut.isEmpty())
        return;
    m_drip->deleteLater();
    m_drip = nullptr;
    finishAnswer();
}

void SandboxHttpConnection::finishAnswer()
{
    m_answering = false;
    m_idle->start();
    if (m_closeAfter) {
        m_socket->disconnectFromHost(); // after what was written has gone out
        return;
    }
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &SandboxHttpConnection::readRequests); // the next request, pipelined
}

void SandboxHttpConnection::drop()
{
    m_pendingOut.clear();
    m_answering = false;
    m_socket->abort();
    m_socket->deleteLater(); // and this connection with it
}
