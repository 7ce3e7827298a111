#pragma once

#include "model/SetupData.h"

#include <QStringList>

#include <nlohmann/json.hpp>

// A temporary resource sharing location (section 2) as the setup wants it in Alma, with the
// circulation desk attached.
struct WantedLocation {
    QString library; // the resource sharing library's code
    QString code;
    QString name;
    QString externalName;
    QString type; // OPEN, CLOSED, …
    QString remoteStorage;
    QString fulfillmentUnit;
    QString callNumberType;
    QString circDesk;
    QString circDeskName; // from Alma's desk: a location's circ_desk needs name and link too
    QString circDeskLink;
    bool checkIn = true;
    bool checkOut = true;
    bool reshelve = true;
    bool borrowing = true; // the borrowing location (false: the lending one)
    bool exists = false; // staff say it is already in Alma: a push never creates it
};

// Converts section 2 to and from Alma's location object (rest_location). As with partners, only
// managed fields are written over `base`, and empty fields (the name too) are left to Alma.
namespace AlmaLocationJson {
// The two locations of section 2 that have a code (none without a library code).
QList<WantedLocation> wanted(const SetupData& data);
nlohmann::json toAlma(const WantedLocation& location, const nlohmann::json& base = nlohmann::json::object());
// Where Alma's location differs from the wanted one, one line each with the field's label:
// the location's own fields, the circulation desk attached to it, or both.
QStringList locationDifferences(const WantedLocation& wanted, const nlohmann::json& alma);
QStringList deskDifferences(const WantedLocation& wanted, const nlohmann::json& alma);
QStringList differences(const WantedLocation& wanted, const nlohmann::json& alma);
} // namespace AlmaLocationJson
