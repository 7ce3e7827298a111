#include "file/SetupDocument.h"

#include "file/SetupFile.h"
#include "model/Presets.h"
#include "model/SetupModel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoStack>

SetupDocument::SetupDocument(SetupModel* model, RecoveryStore* recovery, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_recovery(recovery)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(2000);
    connect(&m_autosave, &QTimer::timeout, this, &SetupDocument::writeRecoveryCopy);
    connect(m_model, &SetupModel::changed, this, &SetupDocument::onModelChanged);
    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean && !m_changedOutsideUndo && m_recovery)
            m_recovery->clear(); // undone back to the saved state: nothing to recover
        Q_EMIT stateChanged();
    });
}

SetupDocument::~SetupDocument()
{
    // A normal end: the window asked about unsaved changes before it got here.
    if (m_recovery)
        m_recovery->clear();
}

QString SetupDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool SetupDocument::isModified() const
{
    return m_changedOutsideUndo || !m_model->undoStack()->isClean();
}

void SetupDocument::newSetup(const QString& presetKey)
{
    m_preserved.clear();
    m_model->reset(Presets::create(presetKey));
    setFilePath({});
    markSaved(); // nothing to lose yet
}

std::optional<SetupFileError> SetupDocument::open(const QString& path)
{
    SetupFileFormat::Decoded loaded = SetupFile::load(path);
    if (!loaded.document)
        return loaded.error;
    m_preserved = std::move(loaded.document->preserved);
    m_model->reset(loaded.document->data);
    setFilePath(QFileInfo(path).absoluteFilePath());
    markSaved();
    return std::nullopt;
}

std::optional<SetupFileError> SetupDocument::save()
{
    Q_ASSERT(!m_filePath.isEmpty());
    return saveAs(m_filePath);
}

std::optional<SetupFileError> SetupDocument::saveAs(const QString& path)
{
    if (auto failed = SetupFile::save(path, m_model->data(), m_preserved))
        return failed; // the work stays in memory and in the recovery copy
    setFilePath(QFileInfo(path).absoluteFilePath());
    markSaved();
    return std::nullopt;
}

std::optional<SetupFileError> SetupDocument::restore(const RecoveryStore::Orphan& orphan)
{
    SetupFileFormat::Decoded loaded = RecoveryStore::load(orphan);
    if (!loaded.document)
        return loaded.error;
    m_preserved = std::move(loaded.document->preserved);
    m_model->reset(loaded.document->data);
    setFilePath(orphan.sourcePath);
    m_changedOutsideUndo = true;
    writeRecoveryCopy(); // this session protects the work now
    RecoveryStore::remove(orphan);
    Q_EMIT stateChanged();
    return std::nullopt;
}

void SetupDocument::discardChanges()
{
    m_autosave.stop();
    if (m_recovery)
        m_recovery->clear();
}

void SetupDocument::writeRecoveryCopy()
{
    m_autosave.stop();
    if (!m_recovery || !isModified())
        return;
    QString error;
    if (!m_recovery->write(m_model->data(), m_preserved, m_filePath, &error))
        Q_EMIT recoveryCopyFailed(error);
}

void SetupDocument::setFilePath(const QString& path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT stateChanged();
}

void SetupDocument::markSaved()
{
    m_autosave.stop();
    const bool wasModified = isModified();
    m_changedOutsideUndo = false;
    m_model->undoStack()->setClean();
    if (m_recovery)
        m_recovery->clear();
    if (wasModified)
        Q_EMIT stateChanged();
}

void SetupDocument::onModelChanged()
{
    if (isModified() && !m_autosave.isActive())
        m_autosave.start(); // at most one delay of work is ever unprotected
}
