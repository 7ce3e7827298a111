#pragma once

#include "file/RecoveryStore.h"
#include "file/SetupFileError.h"
#include "file/SetupFileFormat.h"

#include <QObject>
#include <QTimer>

#include <optional>

class SetupModel;

// The setup as a document: which file it belongs to, whether it has unsaved changes, and the
// recovery copy that protects those changes until they are saved. Opening replaces the model's
// contents; saving writes the model to disk atomically. Dialogs are the window's business: this
// class only reports what happened.
class SetupDocument final : public QObject {
    Q_OBJECT

public:
    // `recovery` may be nullptr (no recovery copies, e.g. in tools); it is not owned.
    SetupDocument(SetupModel* model, RecoveryStore* recovery, QObject* parent = nullptr);
    ~SetupDocument() override;

    SetupModel* model() const { return m_model; }
    RecoveryStore* recovery() const { return m_recovery; }
    QString filePath() const { return m_filePath; }
    // "gwu.p2p.json", or "Untitled" for a setup never saved.
    QString displayName() const;
    bool isModified() const;

    // Starts a new, unsaved setup from a preset.
    void newSetup(const QString& presetKey);
    // Replaces the model with the file's setup. On failure nothing changes.
    std::optional<SetupFileError> open(const QString& path);
    // Saves to the current file (which must be set), or to `path` and makes it the current file.
    std::optional<SetupFileError> save();
    std::optional<SetupFileError> saveAs(const QString& path);
    // Puts a crashed session's copy in the model; the setup stays marked as modified until saved.
    std::optional<SetupFileError> restore(const RecoveryStore::Orphan& orphan);
    // The user chose to drop the unsaved changes (Quit > Discard): the recovery copy goes too.
    void discardChanges();

    // Delay between an edit and the recovery copy that includes it.
    void setAutosaveDelay(int milliseconds) { m_autosave.setInterval(milliseconds); }
    // Writes the recovery copy now if there are unsaved changes (also what the timer does).
    void writeRecoveryCopy();

Q_SIGNALS:
    // The file name or the modified state changed (for the window title).
    void stateChanged();
    // Writing the recovery copy failed (shown in the status bar; editing goes on).
    void recoveryCopyFailed(const QString& reason);

private:
    void setFilePath(const QString& path);
    void markSaved();
    void onModelChanged();

    SetupModel* m_model;
    RecoveryStore* m_recovery;
    SetupFileFormat::Preserved m_preserved;
    QString m_filePath;
    bool m_changedOutsideUndo = false; // e.g. restored from a recovery copy
    QTimer m_autosave;
};
