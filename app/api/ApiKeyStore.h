#pragma once

#include <QObject>
#include <QString>

// Keeps Alma API keys in the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager) through QtKeychain, one per API address, only when the user asks for it.
// Keys are never written to settings, setup files, reports or logs. Every call answers through
// a signal, since keychains may ask the user to unlock them.
class ApiKeyStore : public QObject {
    Q_OBJECT

public:
    explicit ApiKeyStore(QObject* parent = nullptr);

    void read(const QString& account);
    void write(const QString& account, const QString& key);
    void forget(const QString& account);

Q_SIGNALS:
    void keyRead(const QString& account, const QString& key); // empty: none stored
    void written(const QString& account);
    void removed(const QString& account); // forget() done (also when there was nothing to remove)
    // The keychain refused or is missing; `message` is for people and never holds the key.
    void failed(const QString& account, const QString& message);
};
