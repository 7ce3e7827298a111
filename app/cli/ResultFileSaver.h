#pragma once

#include "file/SetupFileFormat.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class SetupModel;

// Saves a command line run's results into its setup file as they come (atomically, at most once a
// second), so a run that is killed keeps what it did.
class ResultFileSaver final : public QObject {
    Q_OBJECT

public:
    ResultFileSaver(SetupModel* model, const QString& path, const SetupFileFormat::Document& loaded);

    // Writes what is not saved yet; empty when all is on disk, else why the save failed.
    QString finish();
    bool changed() const;

private:
    void save();

    SetupModel* m_model;
    QString m_path;
    SetupData m_original;
    SetupData m_saved;
    SetupFileFormat::Preserved m_preserved;
    QString m_error;
    QElapsedTimer m_sinceSave;
    QTimer m_timer;
};
