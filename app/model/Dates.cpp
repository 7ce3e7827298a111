#include "model/Dates.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Dates)
};
} // namespace

QString Dates::shown(const QDateTime& time)
{
    if (!time.isValid())
        return Text::tr("—");
    //: A date and time pattern of QLocale::toString; keep the four-digit year (yyyy).
    return QLocale().toString(time.toLocalTime(), Text::tr("d MMM yyyy, HH:mm"));
}

QString Dates::shownDate(const QDate& date)
{
    if (!date.isValid())
        return Text::tr("—");
    //: A date pattern of QLocale::toString; keep the four-digit year (yyyy).
    return QLocale().toString(date, Text::tr("d MMM yyyy"));
}
