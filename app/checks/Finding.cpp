#include "checks/Finding.h"

#include <algorithm>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Findings)
};
} // namespace

QString Findings::severityKey(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString Findings::severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return Text::tr("Error");
    case Finding::Severity::Warning:
        return Text::tr("Warning");
    case Finding::Severity::Info:
        return Text::tr("Note");
    }
    return {};
}

int Findings::count(const QList<Finding>& findings, Finding::Severity severity)
{
    return int(std::count_if(
        findings.cbegin(), findings.cend(), [severity](const Finding& f) { return f.severity == severity; }));
}

QList<Finding> Findings::ofSection(const QList<Finding>& findings, SectionId section)
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.section == section)
            out.append(f);
    }
    return out;
}

namespace {
QString withStop(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('?')) || t.endsWith(QLatin1Char('!'))
        || t.endsWith(QLatin1Char(':')) || t.endsWith(QChar(0x2026)))
        return t;
    return t + QLatin1Char('.');
}
} // namespace

QString Findings::messageAndFix(const Finding& finding)
{
    const QString message = withStop(finding.message);
    const QString fix = withStop(finding.fix);
    return fix.isEmpty() ? message : message + QLatin1Char(' ') + fix;
}

QString Findings::sentence(const Finding& finding)
{
    return Text::tr("%1: %2").arg(severityName(finding.severity), messageAndFix(finding));
}
