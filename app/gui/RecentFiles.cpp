#include "gui/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString Key = QStringLiteral("recentFiles");

void store(const QStringList& files)
{
    QSettings().setValue(Key, files);
}
} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(Key).toStringList();
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    store(files.mid(0, MaxCount));
}

void RecentFiles::remove(const QString& path)
{
    QStringList files = list();
    if (files.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store(files);
}
