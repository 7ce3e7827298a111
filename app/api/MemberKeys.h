#pragma once

#include "consortium/Roster.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class ApiKeyStore;

// Where each consortium member's read-only API key comes from: the environment variable
// ALMA_API_KEY_<CODE> first (scripts, CI), then the system keychain, where the consortium window
// keeps the keys it is given, one per member's Alma institution. Keys never go into a file.
// A keychain that is missing or refuses is asked once, not once per member.
class MemberKeys : public QObject {
    Q_OBJECT

public:
    struct Found {
        QString key; // empty: none
        QString from; // "ALMA_API_KEY_GWA" or "the system keychain"
        QString problem; // why the keychain could not say, for people (never holds a key)
        bool keychainAsked = false;
    };

    explicit MemberKeys(QObject* parent = nullptr);

    // The environment variable of a member's key: ALMA_API_KEY_GWA (letters and digits kept,
    // anything else "_"), so it is a valid variable name in every shell.
    static QString variable(const QString& code);
    // The member's entry in the system keychain: its Alma institution code (its roster code when
    // the roster gives none).
    static QString account(const RosterMember& member);

    // Looks up every member's key; finished() once all are known (at once when the environment
    // has them all).
    // `useKeychain` false: the environment only (scripts that must not wait for a keychain prompt).
    void read(const QList<RosterMember>& members, bool useKeychain = true);
    bool isReading() const { return m_reading; }
    const QHash<QString, Found>& found() const { return m_found; } // by member code

    // Keeps a member's key in the keychain, or removes it (an empty key); stored() or failed()
    // once the keychain has done it.
    void store(const RosterMember& member, const QString& key);

Q_SIGNALS:
    void finished();
    void stored(const QString& code);
    void failed(const QString& code, const QString& message);

private:
    void askNext();
    void answered(const QString& account, const QString& key, const QString& problem);
    void settle(const QString& account, const QString& key, const QString& problem);

    ApiKeyStore* m_reader; // lookups
    ApiKeyStore* m_writer; // store(): its answers are never taken for a lookup's
    QHash<QString, Found> m_found;
    QStringList m_queue; // accounts not yet asked
    QHash<QString, QStringList> m_codesOf; // account -> member codes waiting for it
    QHash<QString, QString> m_storing; // account -> member code being stored
    QString m_keychainProblem; // once the keychain failed, the rest are not asked
    bool m_reading = false;
    int m_asking = 0;
    int m_waiting = 0; // accounts not answered yet
};
