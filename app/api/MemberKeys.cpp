#include "api/MemberKeys.h"

#include "api/ApiKeyStore.h"

namespace {
// One keychain question at a time: QtKeychain runs them one after another anyway, and a locked
// keychain then prompts once, not once per member.
constexpr int MaxAsking = 1;
} // namespace

MemberKeys::MemberKeys(QObject* parent)
    : QObject(parent)
    , m_reader(new ApiKeyStore(this))
    , m_writer(new ApiKeyStore(this))
{
    connect(m_reader, &ApiKeyStore::keyRead, this,
        [this](const QString& account, const QString& key) { answered(account, key, QString()); });
    connect(m_reader, &ApiKeyStore::failed, this, [this](const QString& account, const QString& message) {
        m_keychainProblem = message;
        answered(account, QString(), message);
    });
    auto done = [this](const QString& account) {
        const QString code = m_storing.take(account);
        if (!code.isEmpty())
            Q_EMIT stored(code);
    };
    connect(m_writer, &ApiKeyStore::written, this, done);
    connect(m_writer, &ApiKeyStore::removed, this, done);
    connect(m_writer, &ApiKeyStore::failed, this, [this](const QString& account, const QString& message) {
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

void MemberKeys::read(const QList<RosterMember>& members, bool useKeychain)
{
    if (isReading())
        return;
    m_found.clear();
    m_queue.clear();
    m_codesOf.clear();
    m_asking = 0;
    m_keychainProblem.clear();
    for (const RosterMember& m : members) {
        const QString name = variable(m.code());
        const QString key = qEnvironmentVariable(qPrintable(name)).trimmed();
        if (!key.isEmpty()) {
            m_found.insert(m.code(), { key, name, QString() });
            continue;
        }
        m_found.insert(m.code(), { QString(), QString(), QString(), useKeychain });
        if (!useKeychain)
            continue;
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
            m_reader->read(entry); // answers through a signal
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
        m_found[code] = { key, key.isEmpty() ? QString() : tr("the system keychain"), problem, true };
    --m_waiting;
}

void MemberKeys::store(const RosterMember& member, const QString& key)
{
    const QString entry = account(member);
    m_storing.insert(entry, member.code());
    if (key.trimmed().isEmpty())
        m_writer->forget(entry);
    else
        m_writer->write(entry, key.trimmed());
}
