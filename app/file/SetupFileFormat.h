#pragma once

#include "file/SetupFileError.h"
#include "model/SetupData.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

// The setup file format (docs/setup-file.md): one JSON object, versioned, in which sections,
// steps, rules and fields are named by their stable string ids, never by position.
//
// A file may hold members this version does not know (written by a later minor change or by
// hand). They are collected into a Preserved object on decode and written back on encode, so
// opening and saving a file never drops them.
namespace SetupFileFormat {
using Json = nlohmann::ordered_json; // keeps members in the order written: files read well and diff well

inline constexpr char FormatName[] = "alma-p2p-wizard/setup";
inline constexpr int Version = 1;

// Unknown members, by the anchor of the object they were found in: "" for the top level,
// "fields", "partners/CODE", "sections/KEY", "sections/KEY/steps/STEP", "rules/KIND/new", …
// (the anchors are listed in docs/setup-file.md). Each value is an object of those members.
using Preserved = std::map<std::string, Json>;

struct Document {
    SetupData data;
    Preserved preserved;
};

// The file's JSON for `data`, with `preserved` members put back where they were found.
Json encode(const SetupData& data, const Preserved& preserved = {});

// One partner as setup files hold it (only the values it sets), for files that embed partners.
Json encodePartner(const Partner& partner);

// Reads a parsed file. On failure `error` holds the field path and the problem (its `file` is
// left empty for the caller). Missing optional parts are filled from the blank preset.
struct Decoded {
    std::optional<Document> document;
    SetupFileError error;
};
Decoded decode(const Json& root);

// Parses and decodes file contents; errors name `fileName` and, for broken JSON, the line and column.
Decoded parse(const QByteArray& bytes, const QString& fileName);
// The bytes a save writes: indented JSON and a final newline.
QByteArray serialize(const SetupData& data, const Preserved& preserved = {});
} // namespace SetupFileFormat
