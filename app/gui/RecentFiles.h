#pragma once

#include <QStringList>

// The setup files opened or saved last, newest first, kept in QSettings.
class RecentFiles final {
public:
    static constexpr int MaxCount = 8;

    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
};
