#pragma once

#include "consortium/Roster.h"
#include "file/SetupFileError.h"

#include <QByteArray>

#include <optional>

// Consortium files (docs/consortium-file.md): one JSON object, versioned like setup files,
// saved atomically. Reading never changes the file; a file that cannot be read gives an error
// with the file, the place (line and column, or a path such as `members[3].record.code`) and why.
namespace RosterFile {
inline constexpr char FormatName[] = "alma-p2p-wizard/consortium";
inline constexpr int Version = 1;
inline constexpr char Suffix[] = ".consortium.json"; // "wrlc.consortium.json"
// Larger files are refused before they are read; a roster of 2,000 members is about 1 MB.
inline constexpr qint64 MaxSize = qint64(16) * 1024 * 1024;
inline constexpr int MaxMembers = 2000;

struct Loaded {
    std::optional<Roster> roster;
    SetupFileError error;
};
Loaded parse(const QByteArray& bytes, const QString& fileName);
Loaded load(const QString& path);
QByteArray serialize(const Roster& roster);
// Writes atomically; on failure the file on disk is unchanged and the reason is returned.
std::optional<SetupFileError> save(const QString& path, const Roster& roster);
// What is wrong with a roster as a whole (duplicate or empty codes, a member without profile
// type), or empty. Checked on load and before a save.
QString problem(const Roster& roster);
} // namespace RosterFile
