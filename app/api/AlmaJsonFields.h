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

// Appends "Label: in Alma “alma”, in this setup “wanted”" to *out when they differ; `label` is
// the field as staff see it, not the API's name.
void compare(QStringList* out, const QString& label, const QString& alma, const QString& wanted);
void compare(QStringList* out, const QString& label, bool alma, bool wanted);
// A text field the setup may leave empty: compared only when the setup sets it (empty means
// "whatever Alma has").
void compareIfSet(
    QStringList* out, const Json& object, const char* member, const QString& label, const QString& wanted);
// "yes" or "no", translated.
QString yesNo(bool value);
} // namespace AlmaJsonFields
