#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

struct Partner;

// Reading the program's JSON files (setups, consortium rosters) value by value, with errors
// that say where and what: `partners[3].expiryDays: expected a whole number, found the text
// "four"`. Each read checks the type first and throws JsonValueReader::Error, which the
// file's decode() turns into its error message. Lists and texts are bounded (SetupLimits).
namespace JsonValueReader {
using Json = nlohmann::ordered_json;

struct Error {
    QString location;
    QString problem;
};

// Where a value sits in the file, e.g. `partners[3].expiryDays`. Built on the stack while reading
// and turned into text only when an error needs it, so reading 5,000 partners allocates no paths.
struct Path {
    const Path* parent = nullptr;
    const std::string* key = nullptr; // a member name from the file,
    int index = -1; // or a list position,
    const char* name = nullptr; // or a member name of the format
    bool quoted = false; // printed as ["key"] (field ids contain dots)

    static Path top(const char* name) { return { nullptr, nullptr, -1, name }; }
    static Path top(const std::string& key) { return { nullptr, &key }; }

    QString toString() const
    {
        const QString base = parent ? parent->toString() : QString();
        if (index >= 0)
            return base + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        const QString part = key ? QString::fromStdString(*key) : QString::fromLatin1(name);
        if (quoted)
            return base + QLatin1String("[\"") + part + QLatin1String("\"]");
        return base.isEmpty() ? part : base + QLatin1Char('.') + part;
    }
};

// Parses file contents as JSON. On failure sets `error`: the line and column, and why (empty,
// binary, nested too deep, cut short, not JSON, a number too large).
std::optional<Json> parseText(const QByteArray& bytes, Error* error);

[[noreturn]] void fail(const QString& location, const QString& problem);
[[noreturn]] void fail(const Path& path, const QString& problem);
// "the number 4", "the text \"four\"", "a list", … for errors.
QString describe(const Json& v);
// The object at `v`, or an error naming what was found instead.
const Json& object(const Json& v, const Path& path);
// `v` is a list of at most SetupLimits::MaxListItems items.
void checkList(const Json& v, const Path& path);
// Calls f(item, path) for each item of the list at `v`.
template <typename F> void forEach(const Json& v, const Path& path, F&& f)
{
    checkList(v, path);
    int i = 0;
    for (const Json& item : v)
        f(item, Path { &path, nullptr, i++ });
}
QString text(const Json& v, const Path& path); // at most SetupLimits::MaxText characters
bool boolean(const Json& v, const Path& path);
int integer(const Json& v, const Path& path);
QStringList texts(const Json& v, const Path& path);
QDateTime time(const Json& v, const Path& path); // ISO 8601, UTC; empty text gives an invalid time
// A partner object as setup files hold it (PartnerFields' keys; docs/setup-file.md). Members it
// does not know are put into `unknown` (an object, or left null when there are none).
Partner partner(const Json& v, const Path& path, Json* unknown);
} // namespace JsonValueReader
