#pragma once

#include "api/AlmaEndpoint.h"
#include "consortium/ReciprocityCheck.h"

#include <QHash>
#include <QObject>

class AlmaClient;

// Reads consortium members' partners from their own Alma, all members at once, each through its
// own client: its own key, its own pace (the per-second threshold is per institution) and its
// own daily threshold, so a member whose key is wrong or whose Alma fails does not stop the
// others. Only GET calls: a read-only key is enough, and nothing is written anywhere.
// Per member: GET /conf/general (the key must open the institution the roster names) and the
// partners, all pages.
class AlmaMemberReader : public QObject {
    Q_OBJECT

public:
    struct Member {
        QString code;
        AlmaEndpoint endpoint;
        QString key;
        QString institutionCode; // the roster's; empty: not compared
    };

    explicit AlmaMemberReader(QObject* parent = nullptr);
    ~AlmaMemberReader() override;

    void setCallsPerSecond(int calls) { m_callsPerSecond = calls; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void read(const QList<Member>& members);
    bool isRunning() const { return m_waiting > 0; }
    // By member code: read, or why not ("the key was refused (UNAUTHORIZED)").
    const QHash<QString, Reciprocity::MemberPartners>& results() const { return m_results; }

Q_SIGNALS:
    void memberRead(const QString& code, int done, int total);
    void finished();

private:
    struct Reading;
    void readMember(const Member& member);
    void done(const std::shared_ptr<Reading>& reading);

    QHash<QString, Reciprocity::MemberPartners> m_results;
    QList<AlmaClient*> m_finishedClients; // children, deleted once all are read
    int m_callsPerSecond = 25;
    int m_timeoutMs = 30000;
    int m_waiting = 0;
    int m_total = 0;
};
