#include "file/BoundedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)
};

BoundedFile::Contents failure(const QString& error)
{
    return { std::nullopt, error };
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', bytes < 1024 * 1024 ? 1 : 0);
}
} // namespace

BoundedFile::Contents BoundedFile::read(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(Text::tr("there is no such file"));
    if (info.isDir())
        return failure(Text::tr("this is a folder, not a file"));
    if (!info.isFile())
        return failure(Text::tr("this is not a regular file (a pipe or a device cannot be read here)"));
    if (info.size() > maxBytes)
        return failure(
            Text::tr("the file is %1 MB; files read here are at most %2 MB, so this is probably not the right file")
                .arg(megabytes(info.size()), megabytes(maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Text::tr("the file cannot be read (%1)").arg(file.errorString()));
    std::optional<QByteArray> bytes = readAtMost(file, maxBytes);
    if (file.error() != QFileDevice::NoError)
        return failure(Text::tr("the file cannot be read (%1)").arg(file.errorString()));
    if (!bytes) // it grew after the size was checked
        return failure(Text::tr("the file is larger than %1 MB").arg(megabytes(maxBytes)));
    return { std::move(bytes), {} };
}

std::optional<QByteArray> BoundedFile::readAtMost(QIODevice& device, qint64 maxBytes)
{
    QByteArray bytes;
    if (!device.isSequential() && device.size() > 0)
        bytes.reserve(qMin(device.size(), maxBytes) + 1);
    char chunk[64 * 1024];
    while (true) {
        const qint64 n = device.read(chunk, sizeof chunk);
        if (n <= 0)
            break;
        if (bytes.size() + n > maxBytes)
            return std::nullopt;
        bytes.append(chunk, qsizetype(n));
    }
    return bytes;
}
