#pragma once

#include "model/SectionId.h"

#include <QSet>
#include <QString>

struct SetupData;

// Keys of the items push and verify record in SetupData::alma: "partner/CODE",
// "location/LIBRARY/CODE", "library/CODE", "circ-desk/LIBRARY/CODE", "job/expired-requests",
// "item-policy/CODE". They are saved in setup files, so never change their form.
namespace AlmaItemKey {
QString partner(const QString& code);
QString location(const QString& library, const QString& code);
QString library(const QString& code);
QString circDesk(const QString& library, const QString& code);
QString expiredRequestsJob();
QString itemPolicy(const QString& code);
// The section whose page shows the item's result.
SectionId sectionOf(const QString& key);
// The keys of the items the setup holds now. A result whose key is not among them (a partner
// removed, a location code changed) is history: no longer a finding, not in the report.
QSet<QString> currentKeys(const SetupData& data);
} // namespace AlmaItemKey
