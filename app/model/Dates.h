#pragma once

#include <QDateTime>
#include <QString>

// The one way dates are shown to people, in the window, the print preview and every report:
// day, month name and four-digit year, then the time, in local time and the language's order
// ("6 Dec 2026, 14:05"; translators give the pattern). An invalid time shows as "—".
namespace Dates {
QString shown(const QDateTime& time);
QString shownDate(const QDate& date);
} // namespace Dates
