#pragma once

#include "checks/Finding.h"

#include <QFrame>

class QVBoxLayout;
class SetupValidation;

// The validation findings of one section, shown on its page as they happen: each with its
// severity, what is wrong (a link to the field or row it concerns) and what to change. Hidden
// while the section has none.
class FindingsPanel final : public QFrame {
    Q_OBJECT

public:
    static constexpr int MaxShown = 12; // more are on the summary page

    FindingsPanel(SetupValidation* validation, SectionId section, QWidget* parent = nullptr);
    const QList<Finding>& shown() const { return m_shown; }

Q_SIGNALS:
    // A finding's link was followed: show `subject` (and for a partner, its `field`).
    void subjectActivated(const QString& subject, const QString& field);

private:
    void refresh();

    SetupValidation* m_validation;
    SectionId m_section;
    QList<Finding> m_shown;
    qsizetype m_total = 0;
    bool m_filled = false;
    QVBoxLayout* m_rows;
};
