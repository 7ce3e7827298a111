#include "file/RecoveryStore.h"

#include "file/BoundedFile.h"
#include "file/SetupFile.h"
#include "model/FieldId.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)
};

constexpr char CopySuffix[] = ".recovery.json";
constexpr char LockSuffix[] = ".lock";
constexpr char SetupMember[] = "setup";

// A text member of a recovery copy's JSON, or empty (the copy is a file on disk: anything may be there).
QString textMember(const SetupFileFormat::Json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QString lockPathOf(const QString& copyPath)
{
    return copyPath.left(copyPath.size() - qsizetype(qstrlen(CopySuffix))) + QLatin1String(LockSuffix);
}
} // namespace

RecoveryStore::RecoveryStore(const QString& directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

RecoveryStore::~RecoveryStore() = default; // the lock is released; a kept copy stays for recovery

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QLatin1String("/recovery");
}

bool RecoveryStore::claimSlot(QString* error)
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = Text::tr("cannot create the folder %1").arg(m_directory);
        return false;
    }
    const QString slot = m_directory + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto lock = std::make_unique<QLockFile>(slot + QLatin1String(LockSuffix));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone, however old it is
    if (!lock->tryLock(0)) {
        if (error)
            *error = Text::tr("cannot create the lock file %1 (%2)")
                         .arg(slot + QLatin1String(LockSuffix),
                             lock->error() == QLockFile::PermissionError ? Text::tr("permission denied")
                                                                         : Text::tr("it is in use"));
        return false;
    }
    m_slot = slot;
    m_lock = std::move(lock);
    return true;
}

bool RecoveryStore::write(
    const SetupData& data, const SetupFileFormat::Preserved& preserved, const QString& sourcePath, QString* error)
{
    if (!claimSlot(error))
        return false;
    // The setup's own file text, wrapped: no second tree of a large setup every few seconds.
    SetupFileFormat::Json header = SetupFileFormat::Json::object();
    header["recoveryOf"] = sourcePath.toStdString();
    header["savedAt"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
    std::string head = header.dump(-1, ' ', false, SetupFileFormat::Json::error_handler_t::replace);
    head.pop_back(); // the closing brace: the setup goes in as the last member
    QByteArray text = QByteArray::fromStdString(head);
    text += ",\"";
    text += SetupMember;
    text += "\":";
    text += SetupFileFormat::serialize(data, preserved);
    text += "}\n";
    if (const auto failed = SetupFile::writeAtomically(m_slot + QLatin1String(CopySuffix), text)) {
        if (error)
            *error = failed->message();
        return false;
    }
    m_hasCopy = true;
    return true;
}

void RecoveryStore::clear()
{
    if (!m_hasCopy)
        return;
    QFile::remove(m_slot + QLatin1String(CopySuffix));
    m_hasCopy = false;
}

QList<RecoveryStore::Orphan> RecoveryStore::orphans() const
{
    QList<Orphan> found;
    const QDir dir(m_directory);
    const QStringList copies
        = dir.entryList({ QLatin1Char('*') + QLatin1String(CopySuffix) }, QDir::Files, QDir::NoSort);
    for (const QString& name : copies) {
        const QString copyPath = dir.filePath(name);
        if (m_lock && copyPath == m_slot + QLatin1String(CopySuffix))
            continue; // this session's own copy
        QLockFile lock(lockPathOf(copyPath));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its program is still running
        lock.unlock();

        Orphan orphan;
        orphan.recoveryPath = copyPath;
        QFile file(copyPath);
        if (file.open(QIODevice::ReadOnly)) {
            const auto json = SetupFileFormat::Json::parse(
                BoundedFile::readAtMost(file, SetupFile::MaxSize).value_or(QByteArray()).toStdString(), nullptr, false);
            orphan.sourcePath = textMember(json, "recoveryOf");
            orphan.savedAt = QDateTime::fromString(textMember(json, "savedAt"), Qt::ISODateWithMs);
            const auto setup = json.is_object() ? json.find(SetupMember) : json.end();
            if (setup != json.end() && setup->is_object()) {
                const auto fields = setup->find("fields");
                if (fields != setup->end())
                    orphan.institution = textMember(*fields, FieldId::Institution);
            }
        }
        found.append(orphan);
    }
    removeStrayTemporaries();
    std::sort(found.begin(), found.end(), [](const Orphan& a, const Orphan& b) { return a.savedAt > b.savedAt; });
    return found;
}

SetupFileFormat::Decoded RecoveryStore::load(const Orphan& orphan)
{
    QFile file(orphan.recoveryPath);
    if (!file.open(QIODevice::ReadOnly))
        return { std::nullopt, { orphan.recoveryPath, {}, file.errorString() } };
    const auto json = SetupFileFormat::Json::parse(
        BoundedFile::readAtMost(file, SetupFile::MaxSize).value_or(QByteArray()).toStdString(), nullptr, false);
    if (!json.is_object() || !json.contains(SetupMember))
        return { std::nullopt,
            { orphan.recoveryPath, {}, Text::tr("the recovery copy is damaged and cannot be restored") } };
    SetupFileFormat::Decoded decoded = SetupFileFormat::decode(json[SetupMember]);
    decoded.error.file = orphan.recoveryPath;
    return decoded;
}

void RecoveryStore::removeStrayTemporaries() const
{
    // A session killed in the middle of an atomic write can leave its temporary file
    // (UUID.recovery.json.XXXXXX). Remove those of sessions that are gone; a running session's
    // lock shows its write may still be under way.
    const QDir dir(m_directory);
    const QStringList temporaries
        = dir.entryList({ QLatin1Char('*') + QLatin1String(CopySuffix) + QLatin1String(".*") }, QDir::Files);
    for (const QString& name : temporaries) {
        const QString copyPath = dir.filePath(name.left(name.lastIndexOf(QLatin1Char('.'))));
        if (m_lock && copyPath == m_slot + QLatin1String(CopySuffix))
            continue;
        QLockFile lock(lockPathOf(copyPath));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile::remove(dir.filePath(name));
    }
}

void RecoveryStore::remove(const Orphan& orphan)
{
    QFile::remove(orphan.recoveryPath);
    QFile::remove(lockPathOf(orphan.recoveryPath));
}
