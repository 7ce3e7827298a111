#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

// Why and where JSON text cannot be parsed. nlohmann's exceptions do not all carry a position
// (a number out of double range, out_of_range 406, has none), but its SAX parser reports every
// error with one: this runs it over the text once more when the fast parse has failed.
namespace JsonErrorLocator {
enum class Kind {
    None, // the text parses
    Syntax,
    NumberTooLarge, // e.g. 1e400: no double holds it
};

struct Error {
    Kind kind = Kind::None;
    std::size_t offset = 0; // bytes read when the error was found (1-based position of its last byte)
    QString token; // the text nlohmann stopped at
    QString message; // nlohmann's explanation, without its "[json.exception…]" prefix
};

Error find(const QByteArray& bytes);
} // namespace JsonErrorLocator
