#pragma once

#include "consortium/ReciprocityCheck.h"
#include "consortium/Roster.h"
#include "file/SetupFileFormat.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

// The member setup files of a consortium: their names, which member a file belongs to, the
// last generation each file keeps (for regenerating without losing the member's edits), and
// the partners they hold for the reciprocity check.
namespace MemberSetupFiles {
// "GWA.p2p.json" for member GWA (characters a file name cannot hold become "_").
QString fileName(const RosterMember& member);
// The member a setup file belongs to: its file name is the member's code ("gwa.p2p.json", any
// case), or its library symbol is the member's symbol, or its institution is the member's name.
const RosterMember* memberOf(const Roster& roster, const QString& path, const SetupData& setup);

// What generation wrote into the file: the generated values and the members at that time,
// kept as the file's own member "consortium" (setup files keep members they do not know).
struct Generation {
    SetupData generated;
    QSet<QString> members;
};
std::optional<Generation> lastGeneration(const SetupFileFormat::Preserved& preserved);
void recordGeneration(SetupFileFormat::Preserved& preserved, const Roster& roster, const SetupData& generated);

// A member's setup brought up to the roster: generated from the template, merged into the
// member's existing file (with its last generation as the base) when there is one, and the
// new generation recorded. `changed`: the file must be written.
struct Update {
    SetupData data;
    SetupFileFormat::Preserved preserved;
    QStringList changes;
    bool changed = true;
};
Update update(const SetupData& templateSetup, const Roster& roster, const RosterMember& member,
    const SetupFileFormat::Document* existing);

// Setup files as read, for matching them to members again when the roster changes without
// reading them again. A file that cannot be read is an error (in `errors`, one line each).
struct LoadedFile {
    QString path;
    SetupData data;
};
QList<LoadedFile> load(const QStringList& paths, QStringList* errors);
// The partners of each member whose file is among `files`. A file that belongs to no member is
// an error; a member without a file is "not read".
QHash<QString, Reciprocity::MemberPartners> assign(
    const Roster& roster, const QList<LoadedFile>& files, QStringList* errors);
// load() and assign() together.
QHash<QString, Reciprocity::MemberPartners> read(const Roster& roster, const QStringList& paths, QStringList* errors);
} // namespace MemberSetupFiles
