#include "file/JsonValueReader.h"

#include "file/JsonErrorLocator.h"

#include "model/Partner.h"
#include "model/PartnerFields.h"
#include "model/SetupLimits.h"

#include <limits>

namespace JsonValueReader {
namespace {
    struct Text {
        Q_DECLARE_TR_FUNCTIONS(SetupFileFormat) // the messages setup files have always had
    };

    QString fromUtf8(const std::string& text)
    {
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }

    // A setup nests five levels deep; anything far deeper is junk that would only cost stack.
    constexpr int MaxNesting = 256;

    // Offset of the bracket that opens level MaxNesting + 1, or npos.
    std::size_t firstTooDeep(const QByteArray& bytes)
    {
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const char c = bytes.at(i);
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MaxNesting)
                    return std::size_t(i);
            } else if (c == ']' || c == '}') {
                --depth;
            }
        }
        return std::string::npos;
    }

    // "line 3, column 14" (both 1-based) for a 0-based byte offset into `bytes` (nlohmann counts bytes; columns count
    // characters).
    QString lineAndColumn(const QByteArray& bytes, std::size_t offset)
    {
        const qsizetype end = qMin(qsizetype(offset), bytes.size());
        qsizetype lineStart = 0;
        int line = 1;
        for (qsizetype i = 0; i < end; ++i) {
            if (bytes.at(i) == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        const int column = int(QString::fromUtf8(bytes.constData() + lineStart, end - lineStart).size()) + 1;
        return Text::tr("line %1, column %2").arg(line).arg(column);
    }
} // namespace

[[noreturn]] void fail(const QString& location, const QString& problem)
{
    throw Error { location, problem };
}
[[noreturn]] void fail(const Path& path, const QString& problem)
{
    fail(path.toString(), problem);
}

QString describe(const Json& v)
{
    switch (v.type()) {
    case Json::value_t::null:
        return Text::tr("null");
    case Json::value_t::boolean:
        return v.get<bool>() ? Text::tr("true") : Text::tr("false");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return Text::tr("the number %1").arg(fromUtf8(v.dump()));
    case Json::value_t::string: {
        QString s = fromUtf8(v.get_ref<const std::string&>());
        if (s.size() > 40)
            s = s.left(40) + QChar(0x2026);
        return Text::tr("the text \"%1\"").arg(s);
    }
    case Json::value_t::array:
        return Text::tr("a list");
    case Json::value_t::object:
        return Text::tr("an object");
    default:
        return Text::tr("binary data");
    }
}

const Json& object(const Json& v, const Path& path)
{
    if (!v.is_object())
        fail(path, Text::tr("expected an object ({ … }), found %1").arg(describe(v)));
    return v;
}

void checkList(const Json& v, const Path& path)
{
    if (!v.is_array())
        fail(path, Text::tr("expected a list ([ … ]), found %1").arg(describe(v)));
    if (v.size() > std::size_t(SetupLimits::MaxListItems))
        fail(path,
            Text::tr("the list has %1 items; a setup holds at most %2 in one list")
                .arg(v.size())
                .arg(SetupLimits::MaxListItems));
}

QString text(const Json& v, const Path& path)
{
    if (!v.is_string())
        fail(path, Text::tr("expected text, found %1").arg(describe(v)));
    QString value = fromUtf8(v.get_ref<const std::string&>());
    if (value.size() > SetupLimits::MaxText)
        fail(path,
            Text::tr("the text is %1 characters long; a value holds at most %2")
                .arg(value.size())
                .arg(SetupLimits::MaxText));
    return value;
}

bool boolean(const Json& v, const Path& path)
{
    if (!v.is_boolean())
        fail(path, Text::tr("expected true or false, found %1").arg(describe(v)));
    return v.get<bool>();
}

int integer(const Json& v, const Path& path)
{
    if (!v.is_number_integer())
        fail(path, Text::tr("expected a whole number, found %1").arg(describe(v)));
    const bool fits = v.is_number_unsigned() ? v.get<unsigned long long>() <= unsigned(std::numeric_limits<int>::max())
                                             : v.get<long long>() >= std::numeric_limits<int>::min()
            && v.get<long long>() <= std::numeric_limits<int>::max();
    if (!fits)
        fail(path, Text::tr("the number %1 is too large").arg(fromUtf8(v.dump())));
    return int(v.get<long long>());
}

QStringList texts(const Json& v, const Path& path)
{
    QStringList out;
    forEach(v, path, [&](const Json& item, const Path& at) { out.append(text(item, at)); });
    return out;
}

QDateTime time(const Json& v, const Path& path)
{
    const QString s = text(v, path);
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        fail(path, Text::tr("expected a date and time such as 2026-11-29T14:05:00Z, found \"%1\"").arg(s));
    return t.toUTC();
}

Partner partner(const Json& v, const Path& path, Json* unknown)
{
    Partner p;
    bool hasCode = false;
    for (const auto& [key, value] : object(v, path).items()) {
        const Path at { &path, &key };
        const PartnerField* field = PartnerFields::find(fromUtf8(key));
        if (!field) {
            (*unknown)[key] = value;
            continue;
        }
        switch (field->kind) {
        case PartnerField::Kind::Text:
            field->setValue(p, text(value, at));
            break;
        case PartnerField::Kind::Choice: {
            // Only the contract's values: nothing else may reach a push.
            const QString choice = text(value, at);
            if (!choice.isEmpty() && !field->choices.contains(choice))
                fail(at,
                    Text::tr("\"%1\" is not one of Alma's values (%2)")
                        .arg(choice, field->choices.join(QLatin1String(", "))));
            field->setValue(p, choice);
            break;
        }
        case PartnerField::Kind::Number:
            field->setValue(p, integer(value, at));
            break;
        case PartnerField::Kind::YesNo:
            field->setValue(p, boolean(value, at));
            break;
        }
        hasCode = hasCode || field->text == &Partner::code;
    }
    if (!hasCode)
        fail(path, Text::tr("a partner needs a \"code\""));
    return p;
}

std::optional<Json> parseText(const QByteArray& bytes, Error* error)
{
    auto failure = [&](const QString& location, const QString& problem) {
        *error = { location, problem };
        return std::nullopt;
    };
    if (bytes.trimmed().isEmpty())
        return failure({}, Text::tr("the file is empty"));
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return failure(lineAndColumn(bytes, std::size_t(nul)), Text::tr("the file holds binary data, not JSON text"));

    const std::size_t tooDeep = firstTooDeep(bytes);
    if (tooDeep != std::string::npos)
        return failure(lineAndColumn(bytes, tooDeep),
            Text::tr("lists and objects are nested more than %1 levels deep").arg(MaxNesting));

    Json root = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (root.is_discarded()) {
        const JsonErrorLocator::Error where = JsonErrorLocator::find(bytes);
        const bool atEnd = where.kind == JsonErrorLocator::Kind::Syntax && where.offset >= std::size_t(bytes.size());
        QString problem;
        if (atEnd)
            problem = Text::tr("the file ends too early; it may have been cut short");
        else if (where.kind == JsonErrorLocator::Kind::NumberTooLarge)
            problem = Text::tr("the number %1 is too large").arg(where.token);
        else if (!where.message.isEmpty())
            problem = Text::tr("this is not valid JSON (%1)").arg(where.message);
        else
            problem = Text::tr("this is not valid JSON");
        return failure(lineAndColumn(bytes, where.offset == 0 ? 0 : where.offset - 1), problem);
    }
    return root;
}

} // namespace JsonValueReader
