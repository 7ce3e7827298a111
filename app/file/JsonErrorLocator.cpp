#include "file/JsonErrorLocator.h"

#include <nlohmann/json.hpp>

namespace {
using Json = nlohmann::json;

// Builds nothing; remembers the first error.
class Locator final : public nlohmann::json_sax<Json> {
public:
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }

    bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& e) override
    {
        error.kind = e.id == 406 ? JsonErrorLocator::Kind::NumberTooLarge : JsonErrorLocator::Kind::Syntax;
        error.offset = position;
        error.token = QString::fromUtf8(lastToken.data(), qsizetype(lastToken.size()));
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error …": keep the last part.
        error.message = QString::fromUtf8(e.what()).section(QLatin1String(": "), -1);
        return false;
    }

    JsonErrorLocator::Error error;
};
} // namespace

JsonErrorLocator::Error JsonErrorLocator::find(const QByteArray& bytes)
{
    Locator locator;
    try {
        Json::sax_parse(bytes.constData(), bytes.constData() + bytes.size(), &locator);
    } catch (const Json::exception& e) {
        // The SAX parser reports through parse_error; this only guards a future version that throws.
        locator.error.kind = Kind::Syntax;
        locator.error.message = QString::fromUtf8(e.what());
    }
    return locator.error;
}
