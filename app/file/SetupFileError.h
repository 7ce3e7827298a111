#pragma once

#include <QCoreApplication>
#include <QString>

// Why a setup file could not be read or written, and where: staff must be able to find the
// spot (a line and column for broken JSON, a field path such as `partners[3].expiryDays` for a
// wrong value) and understand what to do without knowing JSON.
struct SetupFileError {
    QString file; // the path as the user gave it
    QString location; // "line 3, column 14", "partners[3].expiryDays", or empty
    QString problem; // plain words, e.g. "expected a whole number, found the text \"four\""

    // "/path/setup.p2p.json, line 3, column 14: expected …"
    QString message() const
    {
        QString text = file;
        if (!location.isEmpty())
            text += QLatin1String(", ") + location;
        return text + QLatin1String(": ") + problem;
    }
};
