#include "api/MemberKeys.h"

#include "api/ApiKeyStore.h"

namespace {
constexpr int MaxAsking = 4; // keychain questions at a time
} // namespace

MemberKeys::MemberKeys(QObject* parent)
    : QObject(parent)
    , m_store(new ApiKeyStore(this))
{
    connect(m_store, &ApiKeyStore::keyRead, this,
        [this](const QString& account, const QString& key) { answered(account, key, QString()); });
    connect(m_store, &ApiKeyStore::written, this, [this](const QString& account) {
        const QString code = m_storing.take(account);
        if (!code.isEmpty())
            Q_EMIT stored(code);
    });
    connect(m_store, &ApiKeyStore::failed, this, [this](const QString& account, const QString& message) {
        if (m_codesOf.contains(account)) {
            m_keychainProblem = message;
            answered(account, QString(), message);
            return;
        }
        const QString code = m_storing.take(account);
        if (!code.isEmpty())
            Q_EMIT failed(code, message);
    });
}

QString MemberKeys::variable(const QString& code)
{
    QString name = QStringLiteral("ALMA_API_KEY_");
    for (const QChar c : code.toUpper())
        name.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_'));
    return name;
}

QString MemberKeys::account(const RosterMember& member)
{
    const QString institution = member.almaInstitution.trimmed();
    return QStringLiteral("consortium member %1").arg(institution.isEmpty() ? member.code() : institution);
}

void MemberKeys::read(const QList<RosterMember>& members)
{
    if (isReading())
        return;
    m_found.clear();
    m_queue.clear();
    m_codesOf.clear();
    m_keychainProblem.clear();
    for (const RosterMember& m : members) {
        const QString name = variable(m.code());
        const QString key = qEnvironmentVariable(qPrintable(name)).trimmed();
        if (!key.isEmpty()) {
            m_found.insert(m.code(), { key, name, QString() });
            continue;
        }
        m_found.insert(m.code(), {});
        const QString entry = account(m);
        if (!m_codesOf.contains(entry))
            m_queue.append(entry);
        m_codesOf[entry].append(m.code());
    }
    m_waiting = int(m_queue.size());
    m_reading = true;
    askNext();
}

void MemberKeys::askNext()
{
    while (m_asking < MaxAsking && !m_queue.isEmpty()) {
        const QString entry = m_queue.takeFirst();
        if (m_keychainProblem.isEmpty()) {
            ++m_asking;
            m_store->read(entry); // answers through a signal, never at once
        } else {
            settle(entry, QString(), m_keychainProblem); // a keychain that failed is asked once
        }
    }
    if (m_reading && m_waiting == 0 && m_asking == 0) {
        m_reading = false;
        Q_EMIT finished();
    }
}

void MemberKeys::answered(const QString& account, const QString& key, const QString& problem)
{
    if (!m_codesOf.contains(account))
        return; // not asked by this reading
    --m_asking;
    settle(account, key, problem);
    askNext();
}

void MemberKeys::settle(const QString& account, const QString& key, const QString& problem)
{
    for (const QString& code : m_codesOf.take(account))
        m_found[code] = { key, key.isEmpty() ? QString() : tr("the system keychain"), problem };
    --m_waiting;
}

void MemberKeys::store(const RosterMember& member, const QString& key)
{
    const QString entry = account(member);
    if (key.trimmed().isEmpty()) {
        m_store->forget(entry);
        Q_EMIT stored(member.code());
        return;
    }
    m_storing.insert(entry, member.code());
    m_store->write(entry, key.trimmed());
}
