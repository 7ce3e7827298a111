#pragma once

#include <QString>

// docs/sources.md: every Alma name and value the program offers (field defaults and choices,
// presets, Other Settings parameters, policy types, rule parameters, outputs and operators,
// partner fields), each with where it comes from, written from the catalogs themselves so the
// document cannot drift from the program (tst_sourcesdoc compares the two).
namespace SourcesReport {
QString markdown();
} // namespace SourcesReport
