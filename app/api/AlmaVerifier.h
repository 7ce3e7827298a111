#pragma once

#include "api/AlmaSnapshot.h"
#include "model/SetupData.h"
#include "model/SetupModel.h"

#include <QDateTime>
#include <QMap>

// Compares the setup with what Alma holds: the resource sharing library (flag and default
// location), the circulation desk, the two temporary locations (with their fulfillment unit and
// the desk attached), the Expired Resource Sharing Requests job, the item policy code and the
// partners. Matches become "verified" records and tick the checklist steps they prove; what
// differs becomes a "differs" record, which the validator turns into a finding.
struct AlmaVerification {
    QMap<QString, AlmaRecord> records;
    QList<SetupModel::StepRef> stepsVerified;

    static AlmaVerification compare(const SetupData& data, const AlmaSnapshot& alma, const QDateTime& at);
};
