#pragma once

#include "file/SetupFileFormat.h"

#include <optional>

// Reading and writing setup files on disk. Reads never modify the file; writes are atomic
// (QSaveFile): the old file stays whole until the new one is completely written, so a full
// disk, a killed process or a power cut leaves either the old or the new file, never a mix.
namespace SetupFile {
// Larger files are refused before they are read (a setup with 5,000 partners is about 3 MB).
inline constexpr qint64 MaxSize = qint64(64) * 1024 * 1024;
// The extension new files get ("gwu.p2p.json").
inline constexpr char Suffix[] = ".p2p.json";

SetupFileFormat::Decoded load(const QString& path);

// Writes `data` to `path`. Returns the reason on failure; the file on disk is then unchanged.
std::optional<SetupFileError> save(
    const QString& path, const SetupData& data, const SetupFileFormat::Preserved& preserved = {});
std::optional<SetupFileError> writeAtomically(const QString& path, const QByteArray& bytes);
} // namespace SetupFile
