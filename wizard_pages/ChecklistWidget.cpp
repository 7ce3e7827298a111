#include "ChecklistWidget.h"

#include "PageLayout.h"
#include "TickDetailsDialog.h"
#include "model/Dates.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

ChecklistWidget::ChecklistWidget(SetupModel* model, SectionId section, QWidget* parent)
    : QGroupBox(tr("Steps in Alma (tick each one when you have done it)"), parent)
    , m_model(model)
    , m_section(section)
{
    setObjectName(QStringLiteral("checklist"));
    auto* grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    // Who ticks here: kept per workstation, shown on every checklist, so it is never a surprise
    // whose name goes into the report.
    auto* tickingAs = new QLineEdit(this);
    tickingAs->setObjectName(QStringLiteral("ticking-as"));
    tickingAs->setMaxLength(200);
    tickingAs->setToolTip(tr("The name recorded with each step you tick on this computer; empty: \"Prepared by\""));
    auto* tickingLabel = new QLabel(tr("Tic&king as:"), this);
    tickingLabel->setBuddy(tickingAs);
    auto* tickingRow = new QHBoxLayout;
    tickingRow->addWidget(tickingLabel);
    tickingRow->addWidget(tickingAs);
    tickingRow->addStretch();
    grid->addLayout(tickingRow, 0, 0, 1, 2);
    auto syncTicking = [tickingAs, model] {
        if (tickingAs->text().trimmed() != model->tickingAs())
            tickingAs->setText(model->tickingAs());
        if (model->tickingAs().isEmpty())
            tickingAs->setPlaceholderText(model->actor());
    };
    syncTicking();
    tickingAs->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    connect(tickingAs, &QLineEdit::textEdited, model, &SetupModel::setTickingAs);
    connect(model, &SetupModel::tickingAsChanged, tickingAs, syncTicking);
    connect(model, &SetupModel::fieldChanged, tickingAs, syncTicking);
    connect(model, &SetupModel::modelReset, tickingAs, syncTicking);
    const SectionSpec& spec = SectionCatalog::section(section);
    int number = 1;
    for (const StepSpec& step : spec.steps) {
        StepRow row;
        row.key = step.key();
        // QCheckBox cannot wrap its text, so the text is a buddy label beside an unlabelled box.
        row.box = new QCheckBox(this);
        row.box->setObjectName(QStringLiteral("step-") + step.key());
        row.number = number;
        row.text = PageLayout::wrappingLabel(QString(), this); // refresh() sets the text
        row.text->setBuddy(row.box);
        row.text->installEventFilter(this);
        row.detail = PageLayout::wrappingLabel(QString(), this);
        row.detail->setForegroundRole(QPalette::PlaceholderText);
        row.detail->installEventFilter(this);
        row.done = new QLabel(this);
        row.done->setObjectName(QStringLiteral("done-") + step.key());
        row.done->setForegroundRole(QPalette::PlaceholderText);
        row.done->setTextFormat(Qt::RichText);
        row.done->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        row.done->setWordWrap(true);
        const int r = 1 + (number - 1) * 3; // row 0: ticking as
        grid->addWidget(row.box, r, 0, Qt::AlignTop);
        grid->addWidget(row.text, r, 1);
        grid->addWidget(row.detail, r + 1, 1);
        grid->addWidget(row.done, r + 2, 1);
        const QString key = row.key;
        connect(row.done, &QLabel::linkActivated, this, [this, key] { editTick(key); });
        connect(row.box, &QCheckBox::toggled, this, [this, key](bool on) { m_model->setStepDone(m_section, key, on); });
        m_rows.append(row);
        ++number;
    }
    connect(model, &SetupModel::stepChanged, this, [this](SectionId s) {
        if (s == m_section)
            refresh();
    });
    connect(model, &SetupModel::modelReset, this, &ChecklistWidget::refresh);
    // A step may read differently with a field on ("this location already exists in Alma").
    connect(model, &SetupModel::fieldChanged, this, [this, &spec](const QString& id) {
        for (const StepSpec& step : spec.steps) {
            if (step.whenField && id == QLatin1String(step.whenField))
                return refresh();
        }
    });
    refresh();
}

void ChecklistWidget::editTick(const QString& stepKey)
{
    const StepState state = m_model->step(m_section, stepKey);
    const StepSpec* step = SectionCatalog::section(m_section).step(stepKey);
    if (!state.done || !step)
        return;
    TickDetailsDialog dialog(step->translatedText(m_model->data()), state.doneAt, state.note, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->setStepDetails(m_section, stepKey, dialog.doneAt(), dialog.note());
}

QCheckBox* ChecklistWidget::stepBox(const QString& stepKey) const
{
    for (const StepRow& row : m_rows) {
        if (row.key == stepKey)
            return row.box;
    }
    return nullptr;
}

bool ChecklistWidget::eventFilter(QObject* watched, QEvent* event)
{
    // A click on a step's text ticks it, as a click on a check box's own text would.
    if (event->type() == QEvent::MouseButtonRelease) {
        for (const StepRow& row : m_rows) {
            if (watched == row.text || watched == row.detail) {
                row.box->toggle();
                row.box->setFocus(Qt::MouseFocusReason);
                return true;
            }
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void ChecklistWidget::refresh()
{
    const SectionSpec& spec = SectionCatalog::section(m_section);
    for (const StepRow& row : m_rows) {
        const StepSpec* step = spec.step(row.key);
        const StepState state = m_model->step(m_section, row.key);
        const QSignalBlocker blocker(row.box);
        row.box->setChecked(state.done);
        const QString text = step->translatedText(m_model->data());
        row.box->setAccessibleName(tr("Step %1: %2").arg(row.number).arg(text));
        // Steps 1 to 9 have their number as mnemonic.
        row.text->setText(
            QStringLiteral("%1%2. %3").arg(row.number > 9 ? QString() : QStringLiteral("&")).arg(row.number).arg(text));
        QString detail = tr("Where: %1 — %2").arg(step->translatedMenuPath(), SectionCatalog::levelName(step->level));
        row.detail->setText(detail);
        // The page header shows the section's path: a step repeats it only where it differs.
        row.detail->setVisible(step->translatedMenuPath() != spec.translatedMenuPath() || step->level != spec.level);
        if (state.done) {
            QString done = tr("✓ Done by %1 on %2").arg(state.doneBy, Dates::shown(state.doneAt));
            if (!state.note.isEmpty())
                done = tr("%1. Note: %2").arg(done, state.note);
            row.done->setText(done.toHtmlEscaped() + QStringLiteral(" <a href=\"edit\">%1</a>").arg(tr("Edit…")));
            row.done->setToolTip(tr("Correct when it was done, or add a note"));
            detail += QLatin1Char('\n') + done;
        }
        row.done->setVisible(state.done);
        row.box->setAccessibleDescription(detail);
    }
}
