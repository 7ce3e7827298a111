#pragma once

#include "api/AlmaError.h"

#include <QHash>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

// What Alma holds of the things the wizard writes or verifies, as read in one run. A part that
// could not be read keeps its error and is left out of the plan or the verification.
struct AlmaSnapshot {
    struct Part {
        bool read = false;
        AlmaError error;
    };

    QHash<QString, nlohmann::json> partners; // by code
    Part partnersPart;
    QHash<QString, nlohmann::json> locations; // of the resource sharing library, by code
    Part locationsPart;
    nlohmann::json library; // GET /conf/libraries/{code}
    Part libraryPart;
    QList<nlohmann::json> circDesks;
    Part circDesksPart;
    QList<nlohmann::json> jobs; // scheduled jobs
    Part jobsPart;
    QList<nlohmann::json> itemPolicies; // rows of the ItemPolicy code table
    Part itemPoliciesPart;
    QString institutionCode; // GET /conf/general
    QString institutionName;
    QString environment; // "production" or "sandbox"
    bool sandbox = false; // the built-in sandbox or an Alma sandbox environment
};
