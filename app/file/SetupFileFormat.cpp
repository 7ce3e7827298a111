#include "file/SetupFileFormat.h"

#include "file/JsonErrorLocator.h"

#include "model/FieldCatalog.h"
#include "model/PartnerFields.h"
#include "model/Presets.h"
#include "model/SectionCatalog.h"
#include "model/SetupLimits.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>

using SetupFileFormat::Json;
using SetupFileFormat::Preserved;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SetupFileFormat)
};

std::string utf8(const QString& text)
{
    return text.toStdString();
}
QString fromUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

struct FormatError {
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
        const QString part = key ? fromUtf8(*key) : QString::fromLatin1(name);
        if (quoted)
            return base + QLatin1String("[\"") + part + QLatin1String("\"]");
        return base.isEmpty() ? part : base + QLatin1Char('.') + part;
    }
};

class Reader {
    Q_DECLARE_TR_FUNCTIONS(SetupFileFormat)

public:
    SetupFileFormat::Document document(const Json& root)
    {
        if (!root.is_object())
            fail(QString(), tr("the file holds %1, not a setup (a JSON object)").arg(describe(root)));
        checkFormatAndVersion(root);
        for (const char* required : { "fields", "sections" }) {
            if (!root.contains(required))
                fail(QString::fromLatin1(required),
                    tr("the file has no \"%1\" part; it may be cut short or edited by hand")
                        .arg(QString::fromLatin1(required)));
        }

        SetupData& d = m_document.data;
        for (const auto& [key, value] : root.items()) {
            const Path path = Path::top(key);
            if (key == "format" || key == "version" || key == "savedBy" || key == "savedAt")
                continue; // checked above, or written afresh by every save
            if (key == "createdAt")
                d.createdAt = time(value, path);
            else if (key == "currentPage")
                d.currentPage = text(value, path);
            else if (key == "visitedSections")
                d.visitedSections = texts(value, path);
            else if (key == "fields")
                readFields(value);
            else if (key == "partners")
                forEach(value, path, [&](const Json& item, const Path& at) { d.partners.append(partner(item, at)); });
            else if (key == "otherSettings")
                forEach(value, path, [&](const Json& item, const Path& at) {
                    d.otherSettings.append(keyValue(item, at, "otherSettings/"));
                });
            else if (key == "policies")
                forEach(value, path, [&](const Json& item, const Path& at) { d.policies.append(policy(item, at)); });
            else if (key == "rules")
                readRules(value);
            else if (key == "sections")
                readSections(value);
            else if (key == "alma")
                readAlma(value);
            else
                keep({}, key, value);
        }
        Presets::complete(d);
        return std::move(m_document);
    }

private:
    [[noreturn]] static void fail(const QString& location, const QString& problem)
    {
        throw FormatError { location, problem };
    }
    [[noreturn]] static void fail(const Path& path, const QString& problem) { fail(path.toString(), problem); }

    static QString describe(const Json& v)
    {
        switch (v.type()) {
        case Json::value_t::null:
            return tr("null");
        case Json::value_t::boolean:
            return v.get<bool>() ? tr("true") : tr("false");
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float:
            return tr("the number %1").arg(fromUtf8(v.dump()));
        case Json::value_t::string: {
            QString s = fromUtf8(v.get_ref<const std::string&>());
            if (s.size() > 40)
                s = s.left(40) + QChar(0x2026);
            return tr("the text \"%1\"").arg(s);
        }
        case Json::value_t::array:
            return tr("a list");
        case Json::value_t::object:
            return tr("an object");
        default:
            return tr("binary data");
        }
    }

    void checkFormatAndVersion(const Json& root) const
    {
        const auto format = root.find("format");
        if (format == root.end() || !format->is_string()
            || format->get_ref<const std::string&>() != SetupFileFormat::FormatName)
            fail(QStringLiteral("format"),
                tr("this is not an alma-p2p-wizard setup file (it lacks \"format\": \"%1\")")
                    .arg(QString::fromLatin1(SetupFileFormat::FormatName)));
        const auto version = root.find("version");
        if (version == root.end())
            fail(QStringLiteral("version"), tr("the file does not say which format version it uses"));
        if (!version->is_number_integer())
            fail(QStringLiteral("version"), tr("expected a whole number, found %1").arg(describe(*version)));
        const auto number = version->get<long long>();
        if (number > SetupFileFormat::Version)
            fail(QStringLiteral("version"),
                tr("this file was written by a newer version of alma-p2p-wizard (setup format %1); this version "
                   "reads format %2. Open it with a newer version of the program; nothing was read or changed.")
                    .arg(number)
                    .arg(SetupFileFormat::Version));
        if (number < 1)
            fail(QStringLiteral("version"), tr("%1 is not a setup format version").arg(number));
    }

    // The object at `v`, or an error naming what was found instead.
    static const Json& object(const Json& v, const Path& path)
    {
        if (!v.is_object())
            fail(path, tr("expected an object ({ … }), found %1").arg(describe(v)));
        return v;
    }

    template <typename F> static void forEach(const Json& v, const Path& path, F&& f)
    {
        if (!v.is_array())
            fail(path, tr("expected a list ([ … ]), found %1").arg(describe(v)));
        if (v.size() > std::size_t(SetupLimits::MaxListItems))
            fail(path,
                tr("the list has %1 items; a setup holds at most %2 in one list")
                    .arg(v.size())
                    .arg(SetupLimits::MaxListItems));
        int i = 0;
        for (const Json& item : v)
            f(item, Path { &path, nullptr, i++ });
    }

    static QString text(const Json& v, const Path& path)
    {
        if (!v.is_string())
            fail(path, tr("expected text, found %1").arg(describe(v)));
        QString value = fromUtf8(v.get_ref<const std::string&>());
        if (value.size() > SetupLimits::MaxText)
            fail(path,
                tr("the text is %1 characters long; a value holds at most %2")
                    .arg(value.size())
                    .arg(SetupLimits::MaxText));
        return value;
    }

    static bool boolean(const Json& v, const Path& path)
    {
        if (!v.is_boolean())
            fail(path, tr("expected true or false, found %1").arg(describe(v)));
        return v.get<bool>();
    }

    static int integer(const Json& v, const Path& path)
    {
        if (!v.is_number_integer())
            fail(path, tr("expected a whole number, found %1").arg(describe(v)));
        const bool fits = v.is_number_unsigned()
            ? v.get<unsigned long long>() <= unsigned(std::numeric_limits<int>::max())
            : v.get<long long>() >= std::numeric_limits<int>::min()
                && v.get<long long>() <= std::numeric_limits<int>::max();
        if (!fits)
            fail(path, tr("the number %1 is too large").arg(fromUtf8(v.dump())));
        return int(v.get<long long>());
    }

    static QStringList texts(const Json& v, const Path& path)
    {
        QStringList out;
        forEach(v, path, [&](const Json& item, const Path& at) { out.append(text(item, at)); });
        return out;
    }

    static QDateTime time(const Json& v, const Path& path)
    {
        const QString s = text(v, path);
        if (s.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            fail(path, tr("expected a date and time such as 2026-11-29T14:05:00Z, found \"%1\"").arg(s));
        return t.toUTC();
    }

    void keep(const std::string& anchor, const std::string& key, const Json& value)
    {
        Json& members = m_document.preserved[anchor];
        if (!members.is_object())
            members = Json::object();
        members[key] = value;
    }

    void readFields(const Json& v)
    {
        for (const auto& [key, value] : object(v, Path::top("fields")).items()) {
            const QString id = fromUtf8(key);
            const Path fieldsPath = Path::top("fields");
            Path path { &fieldsPath, &key };
            path.quoted = true;
            const FieldSpec* spec = FieldCatalog::find(id);
            if (!spec) {
                keep("fields", key, value);
                continue;
            }
            QVariant field;
            switch (spec->type) {
            case FieldType::Text:
                field = text(value, path);
                break;
            case FieldType::Choice: {
                field = checkedChoice(*spec, text(value, path), path);
                break;
            }
            case FieldType::Bool:
                field = boolean(value, path);
                break;
            case FieldType::Integer:
                field = integer(value, path);
                break;
            case FieldType::MultiChoice: {
                QStringList list = texts(value, path);
                for (QString& choice : list)
                    choice = checkedChoice(*spec, choice, path);
                field = list;
                break;
            }
            }
            m_document.data.fields.insert(id, field);
        }
    }

    // The value itself, or what replaced it if an earlier version of the program offered it.
    static QString checkedChoice(const FieldSpec& spec, const QString& value, const Path& path)
    {
        if (spec.choiceSource != ChoiceSource::Static || spec.choices.isEmpty())
            return value;
        if (spec.choice(value) || (spec.type == FieldType::Choice && value.isEmpty()))
            return value; // one of the choices, or not chosen yet
        if (const auto replacement = spec.replacementFor(value))
            return *replacement;
        QStringList allowed;
        for (const ChoiceSpec& choice : spec.choices)
            allowed.append(QString::fromLatin1(choice.value));
        fail(path, tr("\"%1\" is not one of the choices (%2)").arg(value, allowed.join(QLatin1String(", "))));
    }

    Partner partner(const Json& v, const Path& path)
    {
        Partner p;
        bool hasCode = false;
        Json unknown;
        for (const auto& [key, value] : object(v, path).items()) {
            const Path at { &path, &key };
            const PartnerField* field = PartnerFields::find(fromUtf8(key));
            if (!field) {
                unknown[key] = value;
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
                        tr("\"%1\" is not one of Alma's values (%2)")
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
            fail(path, tr("a partner needs a \"code\""));
        if (!unknown.is_null())
            keepAll("partners/" + utf8(p.code), unknown);
        return p;
    }

    // Call only when there are unknown members (building the anchor costs more than the check).
    void keepAll(const std::string& anchor, const Json& unknown) { m_document.preserved[anchor] = unknown; }

    KeyValue keyValue(const Json& v, const Path& path, const std::string& anchorPrefix)
    {
        KeyValue row;
        Json unknown;
        for (const auto& [key, value] : object(v, path).items()) {
            const Path at { &path, &key };
            if (key == "key")
                row.key = text(value, at);
            else if (key == "value")
                row.value = text(value, at);
            else
                unknown[key] = value;
        }
        if (!unknown.is_null())
            keepAll(anchorPrefix + utf8(row.key), unknown);
        return row;
    }

    FulfillmentPolicy policy(const Json& v, const Path& path)
    {
        FulfillmentPolicy p;
        Json unknown;
        for (const auto& [key, value] : object(v, path).items()) {
            const Path at { &path, &key };
            if (key == "type")
                p.type = text(value, at);
            else if (key == "name")
                p.name = text(value, at);
            else if (key == "value")
                p.value = text(value, at);
            else if (key == "description")
                p.description = text(value, at);
            else
                unknown[key] = value;
        }
        if (!unknown.is_null())
            keepAll("policies/" + utf8(p.type) + '/' + utf8(p.name), unknown);
        return p;
    }

    void readRules(const Json& v)
    {
        for (const auto& [key, value] : object(v, Path::top("rules")).items()) {
            const std::optional<RuleId> found = RuleIds::fromKey(fromUtf8(key));
            if (!found) {
                keep("rules", key, value);
                continue;
            }
            const RuleId id = *found;
            const Path rules = Path::top("rules");
            const Path path { &rules, &key };
            const std::string anchor = "rules/" + key;
            QList<Rule> existing;
            int newAt = -1;
            forEach(value, path, [&](const Json& item, const Path& at) {
                bool isNew = false;
                Json unknown;
                Rule r = rule(item, at, &isNew, &unknown);
                if (isNew) {
                    if (newAt >= 0)
                        fail(at, tr("two rules are marked \"new\": true; only the rule the setup adds may be"));
                    newAt = int(existing.size());
                    m_document.data.rules.insert(id, r);
                    if (!unknown.is_null())
                        keepAll(anchor + "/new", unknown);
                    keepRuleParts(anchor + "/new", item);
                } else {
                    if (!unknown.is_null())
                        keepAll(anchor + "/existing/" + utf8(r.name), unknown);
                    keepRuleParts(anchor + "/existing/" + utf8(r.name), item);
                    existing.append(r);
                }
            });
            if (newAt < 0)
                fail(path, tr("no rule in this list is marked \"new\": true (the rule the setup adds)"));
            m_document.data.existingRules.insert(id, existing);
            m_document.data.newRulePositions.insert(id, newAt);
        }
    }

    // Unknown members of a rule's conditions and outputs, anchored by parameter and output name.
    void keepRuleParts(const std::string& anchor, const Json& item)
    {
        struct Part {
            const char* list;
            std::array<const char*, 3> known; // the first names the entry
        };
        static constexpr std::array<Part, 2> parts { { { "conditions", { "parameter", "operator", "values" } },
            { "outputs", { "key", "value", "" } } } };
        for (const Part& part : parts) {
            const auto list = item.find(part.list);
            if (list == item.end())
                continue;
            for (const Json& entry : *list) {
                Json unknown;
                for (const auto& [key, value] : entry.items()) {
                    const bool known = std::any_of(
                        part.known.begin(), part.known.end(), [&key = key](const char* k) { return *k && key == k; });
                    if (!known)
                        unknown[key] = value;
                }
                if (!unknown.is_null())
                    keepAll(anchor + '/' + part.list + '/' + entry.value(part.known[0], std::string()), unknown);
            }
        }
    }

    Rule rule(const Json& v, const Path& path, bool* isNew, Json* unknown) const
    {
        Rule r;
        for (const auto& [key, value] : object(v, path).items()) {
            const Path at { &path, &key };
            if (key == "new")
                *isNew = boolean(value, at);
            else if (key == "name")
                r.name = text(value, at);
            else if (key == "description")
                r.description = text(value, at);
            else if (key == "enabled")
                r.enabled = boolean(value, at);
            else if (key == "conditions")
                forEach(value, at,
                    [&](const Json& item, const Path& itemAt) { r.conditions.append(condition(item, itemAt)); });
            else if (key == "outputs")
                forEach(value, at, [&](const Json& item, const Path& itemAt) {
                    KeyValue output;
                    for (const auto& [k, val] : object(item, itemAt).items()) {
                        if (k == "key")
                            output.key = text(val, Path { &itemAt, &k });
                        else if (k == "value")
                            output.value = text(val, Path { &itemAt, &k });
                    }
                    r.outputs.append(output);
                });
            else
                (*unknown)[key] = value;
        }
        return r;
    }

    static RuleCondition condition(const Json& v, const Path& path)
    {
        RuleCondition c;
        for (const auto& [key, value] : object(v, path).items()) {
            const Path at { &path, &key };
            if (key == "parameter")
                c.parameter = text(value, at);
            else if (key == "operator") {
                const QString token = text(value, at);
                const std::optional<RuleOperator> op = RuleOperators::fromToken(token);
                if (op) {
                    c.op = *op;
                } else {
                    QStringList tokens;
                    for (RuleOperator op : RuleOperators::all())
                        tokens.append(RuleOperators::token(op));
                    fail(at, tr("\"%1\" is not a rule operator (%2)").arg(token, tokens.join(QLatin1String(", "))));
                }
            } else if (key == "values")
                c.values = texts(value, at);
        }
        return c;
    }

    void readAlma(const Json& v)
    {
        const Path top = Path::top("alma");
        if (object(v, top).size() > std::size_t(SetupLimits::MaxListItems))
            fail(top,
                tr("there are %1 Alma results; a setup holds at most %2").arg(v.size()).arg(SetupLimits::MaxListItems));
        for (const auto& [key, value] : v.items()) {
            const Path path { &top, &key };
            if (key.size() > std::size_t(SetupLimits::MaxText))
                fail(top,
                    tr("an item key is %1 bytes long; a value holds at most %2")
                        .arg(key.size())
                        .arg(SetupLimits::MaxText));
            const std::string anchor = "alma/" + key;
            AlmaRecord record;
            bool hasOutcome = false;
            for (const auto& [member, memberValue] : object(value, path).items()) {
                const Path at { &path, &member };
                if (member == "outcome") {
                    const QString name = text(memberValue, at);
                    const std::optional<AlmaRecord::Outcome> outcome = AlmaRecord::outcomeFromKey(name);
                    if (!outcome)
                        fail(at, tr("\"%1\" is not a result the wizard knows").arg(name));
                    record.outcome = *outcome;
                    hasOutcome = true;
                } else if (member == "label") {
                    record.label = text(memberValue, at);
                } else if (member == "detail") {
                    record.detail = text(memberValue, at);
                } else if (member == "at") {
                    record.at = time(memberValue, at);
                } else if (member == "sandbox") {
                    record.sandbox = boolean(memberValue, at);
                } else {
                    keep(anchor, member, memberValue);
                }
            }
            if (!hasOutcome)
                fail(path, tr("the Alma result has no \"outcome\""));
            m_document.data.alma.insert(fromUtf8(key), record);
        }
    }

    void readSections(const Json& v)
    {
        for (const auto& [key, value] : object(v, Path::top("sections")).items()) {
            const auto id = Sections::fromKey(fromUtf8(key));
            if (!id) {
                keep("sections", key, value);
                continue;
            }
            const Path sections = Path::top("sections");
            const Path path { &sections, &key };
            const std::string anchor = "sections/" + key;
            const SectionSpec& spec = SectionCatalog::section(*id);
            SectionState state;
            for (const auto& [member, memberValue] : object(value, path).items()) {
                const Path at { &path, &member };
                if (member == "notNeeded")
                    state.notNeeded = boolean(memberValue, at);
                else if (member == "notNeededReason")
                    state.notNeededReason = text(memberValue, at);
                else if (member == "steps")
                    readSteps(memberValue, at, anchor, spec, &state);
                else
                    keep(anchor, member, memberValue);
            }
            m_document.data.sections.insert(*id, state);
        }
    }

    void readSteps(
        const Json& v, const Path& path, const std::string& anchor, const SectionSpec& spec, SectionState* state)
    {
        for (const auto& [key, value] : object(v, path).items()) {
            const QString stepKey = fromUtf8(key);
            if (!spec.step(stepKey)) {
                keep(anchor + "/steps", key, value); // a step a later version added
                continue;
            }
            const Path at { &path, &key };
            StepState step;
            Json unknown;
            for (const auto& [member, memberValue] : object(value, at).items()) {
                const Path memberAt { &at, &member };
                if (member == "done")
                    step.done = boolean(memberValue, memberAt);
                else if (member == "doneAt")
                    step.doneAt = time(memberValue, memberAt);
                else if (member == "doneBy")
                    step.doneBy = text(memberValue, memberAt);
                else if (member == "note")
                    step.note = text(memberValue, memberAt);
                else
                    unknown[member] = memberValue;
            }
            if (!unknown.is_null())
                keepAll(anchor + "/steps/" + key, unknown);
            if (step.done)
                state->steps.insert(stepKey, step);
        }
    }

    SetupFileFormat::Document m_document;
};

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

SetupFileFormat::Decoded SetupFileFormat::decode(const Json& root)
{
    try {
        return { Reader().document(root), {} };
    } catch (const FormatError& e) {
        return { std::nullopt, { QString(), e.location, e.problem } };
    } catch (const Json::exception& e) {
        // The reader checks every type before it reads; this is the net under a check it lacks.
        return { std::nullopt,
            { QString(), QString(), Text::tr("the file could not be read (%1)").arg(QString::fromUtf8(e.what())) } };
    }
}

SetupFileFormat::Decoded SetupFileFormat::parse(const QByteArray& bytes, const QString& fileName)
{
    auto failure = [&](const QString& location, const QString& problem) {
        return Decoded { std::nullopt, { fileName, location, problem } };
    };
    if (bytes.trimmed().isEmpty())
        return failure({}, Text::tr("the file is empty"));
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return failure(lineAndColumn(bytes, std::size_t(nul)), Text::tr("the file holds binary data, not a setup"));

    const std::size_t tooDeep = firstTooDeep(bytes);
    if (tooDeep != std::string::npos)
        return failure(lineAndColumn(bytes, tooDeep),
            Text::tr("lists and objects are nested more than %1 levels deep").arg(MaxNesting));

    Json root = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (root.is_discarded()) {
        const JsonErrorLocator::Error error = JsonErrorLocator::find(bytes);
        const bool atEnd = error.kind == JsonErrorLocator::Kind::Syntax && error.offset >= std::size_t(bytes.size());
        QString problem;
        if (atEnd)
            problem = Text::tr("the file ends too early; it may have been cut short");
        else if (error.kind == JsonErrorLocator::Kind::NumberTooLarge)
            problem = Text::tr("the number %1 is too large").arg(error.token);
        else if (!error.message.isEmpty())
            problem = Text::tr("this is not valid JSON (%1)").arg(error.message);
        else
            problem = Text::tr("this is not valid JSON");
        return failure(lineAndColumn(bytes, error.offset == 0 ? 0 : error.offset - 1), problem);
    }
    Decoded decoded = decode(root);
    decoded.error.file = fileName;
    return decoded;
}
