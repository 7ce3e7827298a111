#pragma once

#include "file/SetupFileFormat.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

// Copies of unsaved work, so a crash or a power cut costs at most a few seconds of edits.
//
// Each running program claims a slot: a recovery file plus a lock file that holds its process
// id. While it runs, it writes its unsaved setup to its slot (atomically); after a save, or when
// it closes normally, it clears the slot. A slot whose lock is not held by a live process is an
// orphan: a session that crashed. The next start offers to restore it.
class RecoveryStore final {
    Q_DISABLE_COPY_MOVE(RecoveryStore)

public:
    // A copy left behind by a session that is no longer running.
    struct Orphan {
        QString recoveryPath;
        QString sourcePath; // the setup file it was a copy of; empty for a setup never saved
        QDateTime savedAt;
        QString institution;
    };

    // `directory` empty: the per-user default (AppLocalDataLocation/recovery).
    explicit RecoveryStore(const QString& directory = {});
    ~RecoveryStore();

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Writes this session's copy (claiming a slot on first use). Returns false with a reason on failure.
    bool write(const SetupData& data, const SetupFileFormat::Preserved& preserved, const QString& sourcePath,
        QString* error = nullptr);
    // Removes this session's copy: the work is saved, or the user chose to discard it.
    void clear();
    bool hasCopy() const { return m_hasCopy; }

    // Copies of sessions that are no longer running, newest first.
    QList<Orphan> orphans() const;
    static SetupFileFormat::Decoded load(const Orphan& orphan);
    static void remove(const Orphan& orphan);

private:
    bool claimSlot(QString* error);
    void removeStrayTemporaries() const;

    QString m_directory;
    QString m_slot; // base path of this session's files, without suffix
    std::unique_ptr<QLockFile> m_lock;
    bool m_hasCopy = false;
};
