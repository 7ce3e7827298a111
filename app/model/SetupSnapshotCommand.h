#pragma once

#include "model/SetupData.h"

#include <QUndoCommand>

class SetupModel;

// One undoable edit of a SetupModel, kept as the data before and after it. The data's
// containers are implicitly shared, so a snapshot costs about what the edit changed.
class SetupSnapshotCommand final : public QUndoCommand {
public:
    SetupSnapshotCommand(
        SetupModel* model, SetupData before, SetupData after, const QString& text, const QString& mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    SetupModel* m_model;
    SetupData m_before;
    SetupData m_after;
    QString m_mergeKey;
    bool m_firstRedo = true; // the edit is already applied when the command is pushed
};
