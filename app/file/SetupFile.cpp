#include "file/SetupFile.h"

#include "file/BoundedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
// lupdate reads Text::tr() only inside classes: this one gives every text below the "SetupFile" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SetupFile)
};

SetupFileFormat::Decoded loadError(const QString& path, const QString& problem)
{
    return { std::nullopt, { path, {}, problem } };
}

SetupFileError saveError(const QString& path, const QString& problem)
{
    return { path, {}, problem + QLatin1Char(' ') + Text::tr("The file on disk was not changed.") };
}
} // namespace

SetupFileFormat::Decoded SetupFile::load(const QString& path)
{
    const BoundedFile::Contents contents = BoundedFile::read(path, MaxSize);
    if (!contents.bytes)
        return loadError(path, contents.error);
    return SetupFileFormat::parse(*contents.bytes, path);
}

std::optional<SetupFileError> SetupFile::save(
    const QString& path, const SetupData& data, const SetupFileFormat::Preserved& preserved)
{
    return writeAtomically(path, SetupFileFormat::serialize(data, preserved));
}

std::optional<SetupFileError> SetupFile::writeAtomically(const QString& path, const QByteArray& bytes)
{
    const QFileInfo info(path);
    if (info.isDir())
        return saveError(path, Text::tr("This is a folder: choose a file name inside it."));
    if (!info.dir().exists())
        return saveError(
            path, Text::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveError(path,
            Text::tr("The setup could not be saved here: %1. The folder may be read-only; choose another place with "
                     "Save As.")
                .arg(file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        // The disk may be full, or a quota or file size limit reached; QSaveFile removes its
        // temporary file and leaves the old one alone.
        const QString reason = file.errorString();
        file.cancelWriting();
        return saveError(path, Text::tr("The setup could not be saved: %1.").arg(reason));
    }
    return std::nullopt;
}
