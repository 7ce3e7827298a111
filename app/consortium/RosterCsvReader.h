#pragma once

#include "consortium/Roster.h"

#include <QStringList>

// Reads a consortium's members from CSV (a spreadsheet from the consortium office). The header
// names the columns: the partner record's, as partner CSV files name them (code, name,
// profile_type, iso_symbol, ill_server, institution_code, …), a "symbol" column that goes to the
// profile type's symbol, and the member's own: region, alma_url, lends, borrows, library,
// circulation_desk, borrowing_location, lending_location. "code" and "profile_type" are required.
namespace RosterCsvReader {
struct Result {
    QList<RosterMember> members;
    QStringList errors; // "line 4: …"
    bool ok() const { return errors.isEmpty(); }
};
Result read(const QString& text);
Result readFile(const QString& path);
} // namespace RosterCsvReader
