#pragma once

#include "file/SetupFileFormat.h"
#include "model/SetupData.h"

#include <QHash>
#include <QList>

#include <nlohmann/json.hpp>

// What `pull` does with what it read from Alma: the institution's partners and its two
// temporary locations go into a setup, new or existing. Alma's values replace the setup's where
// Alma has them; what Alma does not hold, the ticks and every other section stay as they were.
namespace AlmaPull {
struct Counts {
    int added = 0; // partners new to the setup
    int updated = 0; // partners whose values changed
    int unchanged = 0;
    int onlyInSetup = 0; // partners the setup has and Alma does not (not removed)
    QStringList locations; // the location codes found and marked as existing
};
// `locations`: the resource sharing library's locations by code (empty when not read).
Counts apply(SetupData& data, const QList<Partner>& partners, const QHash<QString, nlohmann::json>& locations);

// The Alma institution code a setup was last pulled from (empty: never), kept in the file as
// its own member "pulledFrom", so a later pull with another institution's key is noticed.
QString pulledFrom(const SetupFileFormat::Preserved& preserved);
void recordPull(SetupFileFormat::Preserved& preserved, const QString& institutionCode, const QString& name);
} // namespace AlmaPull
