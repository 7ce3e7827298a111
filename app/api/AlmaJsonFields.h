#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// Small helpers for reading and comparing members of Alma's JSON objects, shared by the partner
// and location mappings and the verifier.
namespace AlmaJsonFields {
using Json = nlohmann::json;

// A text member, or the "value" of a {"value", "desc"} member; empty when absent.
QString text(const Json& object, const char* key);
bool boolean(const Json& object, const char* key, bool fallback = false);
// A whole number (Alma sends some as text); `fallback` when absent or unreadable.
int integer(const Json& object, const char* key, int fallback = 0);
std::string utf8(const QString& text);

// Appends `field: "alma" → "wanted"` to *out when they differ.
void compare(QStringList* out, const char* field, const QString& alma, const QString& wanted);
void compare(QStringList* out, const char* field, bool alma, bool wanted);
void compare(QStringList* out, const char* field, int alma, int wanted);
// A text field the setup may leave empty: compared only when the setup sets it (empty means
// "whatever Alma has").
void compareIfSet(QStringList* out, const Json& object, const char* field, const QString& wanted);
} // namespace AlmaJsonFields
