#include "Finding.h"

#include <algorithm>

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
        return QCoreApplication::translate("Findings", "Error");
    case Finding::Severity::Warning:
        return QCoreApplication::translate("Findings", "Warning");
    case Finding::Severity::Info:
        return QCoreApplication::translate("Findings", "Note");
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
