#include "FindingsPanel.h"

#include "PageLayout.h"
#include "checks/SetupValidation.h"
#include "itemmodels/FindingIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

FindingsPanel::FindingsPanel(SetupValidation* validation, SectionId section, QWidget* parent)
    : QFrame(parent)
    , m_validation(validation)
    , m_section(section)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("findings"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Checks of this section"));
    m_rows->setContentsMargins(8, 6, 8, 6);
    m_rows->setSpacing(4);
    connect(m_validation, &SetupValidation::findingsChanged, this, &FindingsPanel::refresh);
    refresh();
}

void FindingsPanel::refresh()
{
    QList<Finding> findings = m_validation->findings(m_section);
    std::stable_sort(findings.begin(), findings.end(),
        [](const Finding& a, const Finding& b) { return int(a.severity) < int(b.severity); });
    const qsizetype total = findings.size();
    if (findings.size() > MaxShown)
        findings.resize(MaxShown);
    if (m_filled && findings == m_shown && total == m_total)
        return; // typing elsewhere re-validates; this section did not change
    m_filled = true;
    m_shown = findings;
    m_total = total;

    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QLayout* row = item->layout()) {
            while (QLayoutItem* child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    // Empty required fields read better as one line than as one error each.
    QList<Finding> rows;
    QStringList empty;
    QString firstEmpty;
    for (const Finding& f : std::as_const(m_shown)) {
        if (f.code == QLatin1String("required") && !f.subjectLabel.isEmpty()) {
            empty.append(f.subjectLabel);
            if (firstEmpty.isEmpty())
                firstEmpty = f.subject;
        } else
            rows.append(f);
    }
    if (empty.size() > 1) {
        Finding merged;
        merged.severity = Finding::Severity::Error;
        merged.section = m_section;
        merged.subject = firstEmpty; // the link goes to the first of them
        merged.message = tr("Still empty: %1.").arg(empty.join(QLatin1String(", ")));
        merged.fix = tr("Enter them as they are (or will be) in Alma.");
        rows.prepend(merged);
    } else {
        rows = m_shown;
    }
    std::stable_sort(
        rows.begin(), rows.end(), [](const Finding& a, const Finding& b) { return int(a.severity) < int(b.severity); });

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const Finding& f : std::as_const(rows)) {
        auto* row = new QHBoxLayout;
        auto* icon = new QLabel(this);
        icon->setPixmap(FindingIcon::of(f.severity).pixmap(iconSize, iconSize));
        icon->setAlignment(Qt::AlignTop);
        auto* text = PageLayout::wrappingLabel(QString(), this);
        text->setObjectName(QStringLiteral("finding"));
        text->setTextFormat(Qt::RichText);
        QString message = f.message.toHtmlEscaped();
        if (!f.subject.isEmpty()) {
            // The message is a link to what it is about; Tab reaches it, Enter follows it.
            const QString target = f.field.isEmpty() ? f.subject : f.subject + QLatin1Char('#') + f.field;
            message = QStringLiteral("<a href=\"%1\">%2</a>").arg(target.toHtmlEscaped(), message);
            text->setTextInteractionFlags(Qt::TextBrowserInteraction);
            text->setToolTip(tr("Show what this is about"));
            connect(text, &QLabel::linkActivated, this, [this](const QString& link) {
                const qsizetype hash = link.indexOf(QLatin1Char('#'));
                Q_EMIT subjectActivated(link.left(hash), hash < 0 ? QString() : link.mid(hash + 1));
            });
        } else {
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        text->setText(tr("<b>%1:</b> %2<br><i>Fix:</i> %3")
                          .arg(Findings::severityName(f.severity), message, f.fix.toHtmlEscaped()));
        text->setAccessibleName(Findings::sentence(f));
        row->addWidget(icon);
        row->addWidget(text, 1);
        m_rows->addLayout(row);
    }
    if (total > m_shown.size()) {
        auto* more = new QLabel(tr("… and %n more: see the summary page.", nullptr, int(total - m_shown.size())), this);
        m_rows->addWidget(more);
    }
    setVisible(!m_shown.isEmpty());
}
