#pragma once

#include <QDialog>

class QDateTimeEdit;
class QLineEdit;

// Edit on a ticked step: when it was really done in Alma (a tick made later than the work can be
// corrected) and a note for the report.
class TickDetailsDialog final : public QDialog {
    Q_OBJECT

public:
    TickDetailsDialog(const QString& stepText, const QDateTime& doneAt, const QString& note, QWidget* parent = nullptr);
    QDateTime doneAt() const;
    QString note() const;

private:
    QDateTimeEdit* m_doneAt;
    QLineEdit* m_note;
};
