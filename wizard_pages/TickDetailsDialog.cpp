#include "TickDetailsDialog.h"

#include "PageLayout.h"
#include "model/SetupLimits.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

TickDetailsDialog::TickDetailsDialog(
    const QString& stepText, const QDateTime& doneAt, const QString& note, QWidget* parent)
    : QDialog(parent)
    , m_doneAt(new QDateTimeEdit(doneAt.toLocalTime(), this))
    , m_note(new QLineEdit(note, this))
{
    setObjectName(QStringLiteral("tick-details"));
    setWindowTitle(tr("Edit Tick"));
    // Four-digit years, as everywhere in the program; no date after now.
    m_doneAt->setDisplayFormat(QStringLiteral("d MMM yyyy, HH:mm"));
    m_doneAt->setCalendarPopup(true);
    m_doneAt->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_doneAt->setObjectName(QStringLiteral("tick-done-at"));
    m_note->setObjectName(QStringLiteral("tick-note"));
    m_note->setMaxLength(SetupLimits::MaxText);
    m_note->setPlaceholderText(tr("For the report, e.g. who helped or what differed"));

    auto* form = new QFormLayout;
    auto* doneLabel = new QLabel(tr("&Done in Alma on:"), this);
    doneLabel->setBuddy(m_doneAt);
    auto* noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(doneLabel, m_doneAt);
    form->addRow(noteLabel, m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(PageLayout::wrappingLabel(stepText, this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

QDateTime TickDetailsDialog::doneAt() const
{
    return m_doneAt->dateTime();
}

QString TickDetailsDialog::note() const
{
    return m_note->text();
}
