#pragma once

#include "file/SetupFileFormat.h"

#include <string>
#include <unordered_map>

// Writes a setup as the file's JSON text (the layout of nlohmann's dump(2)), streaming: the big
// lists (partners, rules) are serialized one element at a time by nlohmann's serializer instead
// of first building one tree of the whole document, which halves the time and memory of a save
// of 5,000 partners. Members in `preserved` are put back where they were found.
class SetupFileWriter final {
public:
    explicit SetupFileWriter(const SetupFileFormat::Preserved& preserved);

    // Appends the file's text (without a final newline) to `out`.
    void write(const SetupData& data, std::string& out);

private:
    using Json = SetupFileFormat::Json;

    // Containers are written by hand; each value inside them by nlohmann at the right indent.
    void openContainer(char bracket);
    void closeContainer(char bracket, bool empty);
    void nextElement(bool& first);
    void key(const std::string& name, bool& first);
    void value(const Json& json);
    void member(const std::string& name, const Json& json, bool& first);

    void restore(Json& object, const std::string& anchor) const;
    void writeUnknown(const std::string& anchor, bool& first);
    Json fields(const SetupData& d) const;
    Json alma(const SetupData& d) const;
    void writePartners(const SetupData& d);
    Json keyValue(const KeyValue& row, const std::string& anchor) const;
    Json policy(const FulfillmentPolicy& p) const;
    void writeRules(const SetupData& d);
    Json rule(const Rule& r, bool isNew, const std::string& anchor) const;
    Json section(SectionId id, const SectionState& state) const;

    std::unordered_map<std::string, const Json*> m_preserved;
    std::string* m_out = nullptr;
    unsigned m_level = 0;
};
