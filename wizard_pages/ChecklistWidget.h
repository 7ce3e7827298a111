#pragma once

#include "model/SectionId.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class SetupModel;

// The guide's numbered steps of one section, each a check box to tick when done in Alma,
// with where to do it and who ticked it when.
class ChecklistWidget final : public QGroupBox {
    Q_OBJECT

public:
    ChecklistWidget(SetupModel* model, SectionId section, QWidget* parent = nullptr);

    QCheckBox* stepBox(const QString& stepKey) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    // Edit… on a ticked step: its date and note.
    void editTick(const QString& stepKey);

    struct StepRow {
        QString key;
        int number = 0;
        QCheckBox* box;
        QLabel* text;
        QLabel* detail;
        QLabel* done; // who ticked it when, the note and Edit…; hidden while not done
    };
    SetupModel* m_model;
    SectionId m_section;
    QList<StepRow> m_rows;
};
