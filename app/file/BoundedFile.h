#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

// Reads a whole file a user chose (a setup, a CSV, a recovery copy) with the checks every such
// read needs: it must be a regular file (a named pipe or a device would block or never end) and
// at most `maxBytes` long. The error is a short phrase to put after the file's name.
namespace BoundedFile {
struct Contents {
    std::optional<QByteArray> bytes;
    QString error; // "there is no such file", "the file is 80 MB; files here are at most 64 MB", …
};
Contents read(const QString& path, qint64 maxBytes);
// What an open device holds, if it is at most `maxBytes` (read in pieces: no buffer of the
// maximum size is taken up front).
std::optional<QByteArray> readAtMost(QIODevice& device, qint64 maxBytes);
} // namespace BoundedFile
