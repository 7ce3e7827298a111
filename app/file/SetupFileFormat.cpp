#include "file/SetupFileFormat.h"

#include "file/JsonErrorLocator.h"
#include "file/JsonValueReader.h"

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
using namespace JsonValueReader; // Path, fail, object, text, …

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
        Json unknown;
        Partner p = JsonValueReader::partner(v, path, &unknown);
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

} // namespace

SetupFileFormat::Decoded SetupFileFormat::decode(const Json& root)
{
    try {
        return { Reader().document(root), {} };
    } catch (const JsonValueReader::Error& e) {
        return { std::nullopt, { QString(), e.location, e.problem } };
    } catch (const Json::exception& e) {
        // The reader checks every type before it reads; this is the net under a check it lacks.
        return { std::nullopt,
            { QString(), QString(), Text::tr("the file could not be read (%1)").arg(QString::fromUtf8(e.what())) } };
    }
}

SetupFileFormat::Decoded SetupFileFormat::parse(const QByteArray& bytes, const QString& fileName)
{
    JsonValueReader::Error error;
    const std::optional<Json> root = JsonValueReader::parseText(bytes, &error);
    if (!root)
        return Decoded { std::nullopt, { fileName, error.location, error.problem } };
    Decoded decoded = decode(*root);
    decoded.error.file = fileName;
    return decoded;
}
