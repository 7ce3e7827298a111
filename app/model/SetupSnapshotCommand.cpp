#include "model/SetupSnapshotCommand.h"

#include "model/SetupModel.h"

SetupSnapshotCommand::SetupSnapshotCommand(
    SetupModel* model, SetupData before, SetupData after, const QString& text, const QString& mergeKey)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void SetupSnapshotCommand::undo()
{
    m_model->restore(m_after, m_before);
}

void SetupSnapshotCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_model->restore(m_before, m_after);
}

int SetupSnapshotCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool SetupSnapshotCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetupSnapshotCommand*>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    return true;
}
