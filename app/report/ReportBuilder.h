#pragma once

#include "model/SetupData.h"
#include "report/ReportDocument.h"

#include <QDateTime>

// Builds the completion report of a setup: a header, then for each of the 14 sections its
// status, the values entered, the checklist (ticked with who and when, or where to do it in
// Alma), and its findings; then sign-off lines.
namespace ReportBuilder {
struct Info {
    QString fileName; // the setup file, or empty for an unsaved setup
    QDateTime lastChanged;
};

ReportDocument build(const SetupData& data, const QList<Finding>& findings, const Info& info);
} // namespace ReportBuilder
