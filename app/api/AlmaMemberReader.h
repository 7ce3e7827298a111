#pragma once

#include "api/AlmaEndpoint.h"
#include "api/MemberKeys.h"
#include "consortium/ReciprocityCheck.h"

#include <QHash>
#include <QObject>

#include <optional>

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

    // A roster member to read with `key`, at the roster's almaUrl or region. None when that
    // address is not usable, or is not one of Ex Libris' API hosts (nor this machine): a roster
    // from elsewhere cannot send the keys to an address of its choosing. `problem` says why.
    static std::optional<Member> target(const RosterMember& member, const QString& key, QString* problem);
    // The roster's members to read: those with a key (by member code) and a usable address. A
    // member left out is checked from its setup file when one was read; otherwise its entry in
    // `partners` says why it is not read. A member with a key but no usable address is not read.
    static QList<Member> targets(const Roster& roster, const QHash<QString, MemberKeys::Found>& keys,
        QHash<QString, Reciprocity::MemberPartners>* partners);

    void setCallsPerSecond(int calls) { m_callsPerSecond = calls; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Members read at the same time (each has a client and a network thread); the rest wait.
    static constexpr int MaxAtOnce = 128;
    void read(const QList<Member>& members);
    bool isRunning() const { return m_waiting > 0; }
    // Stops every call at once; neither memberRead() nor finished() follows. Results so far stay.
    void cancel();
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
    QList<Member> m_pending; // not started yet (over MaxAtOnce)
    int m_callsPerSecond = 25;
    int m_timeoutMs = 30000;
    int m_waiting = 0;
    int m_total = 0;
};
