#include "SetupFileFormat.h"

#include "FieldCatalog.h"
#include "Presets.h"
#include "SectionCatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>

using SetupFileFormat::Json;
using SetupFileFormat::Preserved;

namespace {
std::string utf8(const QString& text) { return text.toStdString(); }
QString fromUtf8(const std::string& text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// ---------------------------------------------------------------------------------------------
// Encoding

class Writer {
public:
    explicit Writer(const Preserved& preserved)
    {
        for (const auto& [anchor, members] : preserved)
            m_preserved.emplace(anchor, &members);
    }

    Json document(const SetupData& d)
    {
        Json root = Json::object();
        root["format"] = SetupFileFormat::FormatName;
        root["version"] = SetupFileFormat::Version;
        root["savedBy"] = utf8(QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion()).c_str();
        root["savedAt"] = utf8(timeText(QDateTime::currentDateTimeUtc()));
        root["createdAt"] = utf8(timeText(d.createdAt));
        root["currentPage"] = utf8(d.currentPage);
        root["fields"] = fields(d);

        Json& partners = root["partners"] = Json::array();
        for (const Partner& p : d.partners)
            partners.push_back(partner(p));
        Json& otherSettings = root["otherSettings"] = Json::array();
        for (const KeyValue& row : d.otherSettings)
            otherSettings.push_back(keyValue(row, "otherSettings/" + utf8(row.key)));
        Json& policies = root["policies"] = Json::array();
        for (const FulfillmentPolicy& p : d.policies)
            policies.push_back(policy(p));

        Json& rules = root["rules"] = Json::object();
        for (RuleId id : RuleIds::all())
            rules[utf8(RuleIds::key(id))] = ruleList(d, id);
        restore(rules, "rules");

        Json& sections = root["sections"] = Json::object();
        for (SectionId id : Sections::all())
            sections[utf8(Sections::key(id))] = section(id, d.sections.value(id));
        restore(sections, "sections");

        restore(root, {});
        return root;
    }

private:
    // Puts back the unknown members found at `anchor`, unless the object now has them itself.
    void restore(Json& object, const std::string& anchor) const
    {
        if (m_preserved.empty())
            return;
        const auto found = m_preserved.find(anchor);
        if (found == m_preserved.end())
            return;
        for (const auto& [key, value] : found->second->items()) {
            if (!object.contains(key))
                object[key] = value;
        }
    }

    Json fields(const SetupData& d) const
    {
        Json out = Json::object();
        for (const FieldSpec& spec : FieldCatalog::all()) {
            const auto it = d.fields.constFind(spec.key());
            if (it == d.fields.cend())
                continue;
            Json& value = out[spec.id];
            switch (spec.type) {
            case FieldType::Text:
            case FieldType::Choice:
                value = utf8(it->toString());
                break;
            case FieldType::Bool:
                value = it->toBool();
                break;
            case FieldType::Integer:
                value = it->toInt();
                break;
            case FieldType::MultiChoice:
                value = strings(it->toStringList());
                break;
            }
        }
        restore(out, "fields");
        return out;
    }

    static Json strings(const QStringList& list)
    {
        Json out = Json::array();
        for (const QString& s : list)
            out.push_back(utf8(s));
        return out;
    }

    Json partner(const Partner& p) const
    {
        Json o = Json::object();
        o["code"] = utf8(p.code);
        o["name"] = utf8(p.name);
        o["profileType"] = utf8(p.profileType);
        o["status"] = utf8(p.status);
        o["borrowingWorkflow"] = utf8(p.borrowingWorkflow);
        o["lendingWorkflow"] = utf8(p.lendingWorkflow);
        o["expiryDays"] = p.expiryDays;
        o["avgSupplyTime"] = p.avgSupplyTime;
        o["deliveryDelay"] = p.deliveryDelay;
        o["borrowingSupported"] = p.borrowingSupported;
        o["lendingSupported"] = p.lendingSupported;
        o["systemType"] = utf8(p.systemType);
        o["locateProfile"] = utf8(p.locateProfile);
        o["institutionCode"] = utf8(p.institutionCode);
        o["holdingCode"] = utf8(p.holdingCode);
        if (!m_preserved.empty())
            restore(o, "partners/" + utf8(p.code));
        return o;
    }

    Json keyValue(const KeyValue& row, const std::string& anchor) const
    {
        Json o = Json::object();
        o["key"] = utf8(row.key);
        o["value"] = utf8(row.value);
        restore(o, anchor);
        return o;
    }

    Json policy(const FulfillmentPolicy& p) const
    {
        Json o = Json::object();
        o["type"] = utf8(p.type);
        o["name"] = utf8(p.name);
        o["value"] = utf8(p.value);
        o["description"] = utf8(p.description);
        restore(o, "policies/" + utf8(p.type) + '/' + utf8(p.name));
        return o;
    }

    Json ruleList(const SetupData& d, RuleId id) const
    {
        const std::string kind = "rules/" + utf8(RuleIds::key(id));
        const QList<Rule> existing = d.existingRules.value(id);
        const int position = qBound(0, d.newRulePositions.value(id), int(existing.size()));
        Json list = Json::array();
        for (int i = 0; i <= existing.size(); ++i) {
            if (i == position)
                list.push_back(rule(d.rules.value(id), true, kind + "/new"));
            if (i < existing.size())
                list.push_back(rule(existing.at(i), false, kind + "/existing/" + utf8(existing.at(i).name)));
        }
        return list;
    }

    Json rule(const Rule& r, bool isNew, const std::string& anchor) const
    {
        Json o = Json::object();
        o["new"] = isNew;
        o["name"] = utf8(r.name);
        o["description"] = utf8(r.description);
        o["enabled"] = r.enabled;
        Json& conditions = o["conditions"] = Json::array();
        for (const RuleCondition& c : r.conditions) {
            Json condition = Json::object();
            condition["parameter"] = utf8(c.parameter);
            condition["operator"] = utf8(RuleOperators::token(c.op));
            condition["values"] = strings(c.values);
            restore(condition, anchor + "/conditions/" + utf8(c.parameter));
            conditions.push_back(std::move(condition));
        }
        Json& outputs = o["outputs"] = Json::array();
        for (const KeyValue& output : r.outputs)
            outputs.push_back(keyValue(output, anchor + "/outputs/" + utf8(output.key)));
        restore(o, anchor);
        return o;
    }

    Json section(SectionId id, const SectionState& state) const
    {
        const std::string anchor = "sections/" + utf8(Sections::key(id));
        Json o = Json::object();
        o["notNeeded"] = state.notNeeded;
        o["notNeededReason"] = utf8(state.notNeededReason);
        Json& steps = o["steps"] = Json::object();
        for (const StepSpec& spec : SectionCatalog::section(id).steps) {
            const StepState step = state.steps.value(spec.key());
            Json s = Json::object();
            s["done"] = step.done;
            if (step.done) {
                s["doneAt"] = utf8(timeText(step.doneAt));
                s["doneBy"] = utf8(step.doneBy);
            }
            restore(s, anchor + "/steps/" + spec.id);
            steps[spec.id] = std::move(s);
        }
        restore(steps, anchor + "/steps");
        restore(o, anchor);
        return o;
    }

    std::unordered_map<std::string, const Json*> m_preserved;
};

// ---------------------------------------------------------------------------------------------
// Decoding

struct FormatError {
    QString location;
    QString problem;
};

class Reader {
    Q_DECLARE_TR_FUNCTIONS(SetupFileFormat)

public:
    SetupFileFormat::Document document(const Json& root)
    {
        if (!root.is_object())
            fail({}, tr("the file holds %1, not a setup (a JSON object)").arg(describe(root)));
        checkFormatAndVersion(root);
        for (const char* required : { "fields", "sections" }) {
            if (!root.contains(required))
                fail(QString::fromLatin1(required),
                    tr("the file has no \"%1\" part; it may be cut short or edited by hand")
                        .arg(QString::fromLatin1(required)));
        }

        SetupData& d = m_document.data;
        for (const auto& [key, value] : root.items()) {
            const QString path = fromUtf8(key);
            if (key == "format" || key == "version" || key == "savedBy" || key == "savedAt")
                continue; // checked above, or written afresh by every save
            if (key == "createdAt")
                d.createdAt = time(value, path);
            else if (key == "currentPage")
                d.currentPage = text(value, path);
            else if (key == "fields")
                readFields(value);
            else if (key == "partners")
                forEach(value, path, [&](const Json& item, const QString& at) { d.partners.append(partner(item, at)); });
            else if (key == "otherSettings")
                forEach(value, path, [&](const Json& item, const QString& at) {
                    d.otherSettings.append(keyValue(item, at, "otherSettings/"));
                });
            else if (key == "policies")
                forEach(value, path, [&](const Json& item, const QString& at) { d.policies.append(policy(item, at)); });
            else if (key == "rules")
                readRules(value);
            else if (key == "sections")
                readSections(value);
            else
                keep({}, key, value);
        }
        Presets::complete(d);
        return std::move(m_document);
    }

private:
    [[noreturn]] static void fail(const QString& location, const QString& problem) { throw FormatError { location, problem }; }

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
        if (format == root.end() || !format->is_string() || format->get_ref<const std::string&>() != SetupFileFormat::FormatName)
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
    static const Json& object(const Json& v, const QString& path)
    {
        if (!v.is_object())
            fail(path, tr("expected an object ({ … }), found %1").arg(describe(v)));
        return v;
    }

    template<typename F>
    static void forEach(const Json& v, const QString& path, F&& f)
    {
        if (!v.is_array())
            fail(path, tr("expected a list ([ … ]), found %1").arg(describe(v)));
        int i = 0;
        for (const Json& item : v)
            f(item, path + QLatin1Char('[') + QString::number(i++) + QLatin1Char(']'));
    }

    static QString text(const Json& v, const QString& path)
    {
        if (!v.is_string())
            fail(path, tr("expected text, found %1").arg(describe(v)));
        return fromUtf8(v.get_ref<const std::string&>());
    }

    static bool boolean(const Json& v, const QString& path)
    {
        if (!v.is_boolean())
            fail(path, tr("expected true or false, found %1").arg(describe(v)));
        return v.get<bool>();
    }

    static int integer(const Json& v, const QString& path)
    {
        if (!v.is_number_integer())
            fail(path, tr("expected a whole number, found %1").arg(describe(v)));
        const bool fits = v.is_number_unsigned() ? v.get<unsigned long long>() <= unsigned(std::numeric_limits<int>::max())
                                                 : v.get<long long>() >= std::numeric_limits<int>::min()
                && v.get<long long>() <= std::numeric_limits<int>::max();
        if (!fits)
            fail(path, tr("the number %1 is too large").arg(fromUtf8(v.dump())));
        return int(v.get<long long>());
    }

    static QStringList texts(const Json& v, const QString& path)
    {
        QStringList out;
        forEach(v, path, [&](const Json& item, const QString& at) { out.append(text(item, at)); });
        return out;
    }

    static QDateTime time(const Json& v, const QString& path)
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
        for (const auto& [key, value] : object(v, QStringLiteral("fields")).items()) {
            const QString id = fromUtf8(key);
            const QString path = QStringLiteral("fields[\"%1\"]").arg(id);
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
                const QString choice = text(value, path);
                checkChoice(*spec, choice, path);
                field = choice;
                break;
            }
            case FieldType::Bool:
                field = boolean(value, path);
                break;
            case FieldType::Integer:
                field = integer(value, path);
                break;
            case FieldType::MultiChoice: {
                const QStringList list = texts(value, path);
                for (const QString& choice : list)
                    checkChoice(*spec, choice, path);
                field = list;
                break;
            }
            }
            m_document.data.fields.insert(id, field);
        }
    }

    static void checkChoice(const FieldSpec& spec, const QString& value, const QString& path)
    {
        if (spec.choiceSource != ChoiceSource::Static || spec.choices.isEmpty())
            return;
        QStringList allowed;
        for (const ChoiceSpec& choice : spec.choices) {
            if (value == QLatin1String(choice.value))
                return;
            allowed.append(QString::fromLatin1(choice.value));
        }
        if (spec.type == FieldType::Choice && value.isEmpty())
            return; // not chosen yet
        fail(path, tr("\"%1\" is not one of the choices (%2)").arg(value, allowed.join(QLatin1String(", "))));
    }

    Partner partner(const Json& v, const QString& path)
    {
        Partner p;
        bool hasCode = false;
        Json unknown;
        for (const auto& [key, value] : object(v, path).items()) {
            const QString at = path + QLatin1Char('.') + fromUtf8(key);
            if (key == "code") {
                p.code = text(value, at);
                hasCode = true;
            } else if (key == "name")
                p.name = text(value, at);
            else if (key == "profileType")
                p.profileType = text(value, at);
            else if (key == "status")
                p.status = text(value, at);
            else if (key == "borrowingWorkflow")
                p.borrowingWorkflow = text(value, at);
            else if (key == "lendingWorkflow")
                p.lendingWorkflow = text(value, at);
            else if (key == "expiryDays")
                p.expiryDays = integer(value, at);
            else if (key == "avgSupplyTime")
                p.avgSupplyTime = integer(value, at);
            else if (key == "deliveryDelay")
                p.deliveryDelay = integer(value, at);
            else if (key == "borrowingSupported")
                p.borrowingSupported = boolean(value, at);
            else if (key == "lendingSupported")
                p.lendingSupported = boolean(value, at);
            else if (key == "systemType")
                p.systemType = text(value, at);
            else if (key == "locateProfile")
                p.locateProfile = text(value, at);
            else if (key == "institutionCode")
                p.institutionCode = text(value, at);
            else if (key == "holdingCode")
                p.holdingCode = text(value, at);
            else
                unknown[key] = value;
        }
        if (!hasCode)
            fail(path, tr("a partner needs a \"code\""));
        keepAll("partners/" + utf8(p.code), unknown);
        return p;
    }

    void keepAll(const std::string& anchor, const Json& unknown)
    {
        if (!unknown.is_null())
            m_document.preserved[anchor] = unknown;
    }

    KeyValue keyValue(const Json& v, const QString& path, const std::string& anchorPrefix)
    {
        KeyValue row;
        Json unknown;
        for (const auto& [key, value] : object(v, path).items()) {
            const QString at = path + QLatin1Char('.') + fromUtf8(key);
            if (key == "key")
                row.key = text(value, at);
            else if (key == "value")
                row.value = text(value, at);
            else
                unknown[key] = value;
        }
        keepAll(anchorPrefix + utf8(row.key), unknown);
        return row;
    }

    FulfillmentPolicy policy(const Json& v, const QString& path)
    {
        FulfillmentPolicy p;
        Json unknown;
        for (const auto& [key, value] : object(v, path).items()) {
            const QString at = path + QLatin1Char('.') + fromUtf8(key);
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
        keepAll("policies/" + utf8(p.type) + '/' + utf8(p.name), unknown);
        return p;
    }

    void readRules(const Json& v)
    {
        for (const auto& [key, value] : object(v, QStringLiteral("rules")).items()) {
            RuleId id;
            if (!RuleIds::fromKey(fromUtf8(key), &id)) {
                keep("rules", key, value);
                continue;
            }
            const QString path = QStringLiteral("rules.") + fromUtf8(key);
            const std::string anchor = "rules/" + key;
            QList<Rule> existing;
            int newAt = -1;
            forEach(value, path, [&](const Json& item, const QString& at) {
                bool isNew = false;
                Json unknown;
                Rule r = rule(item, at, &isNew, &unknown);
                if (isNew) {
                    if (newAt >= 0)
                        fail(at, tr("two rules are marked \"new\": true; only the rule the setup adds may be"));
                    newAt = int(existing.size());
                    m_document.data.rules.insert(id, r);
                    keepAll(anchor + "/new", unknown);
                    keepRuleParts(anchor + "/new", item);
                } else {
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
                    const bool known = std::any_of(part.known.begin(), part.known.end(),
                        [&key = key](const char* k) { return *k && key == k; });
                    if (!known)
                        unknown[key] = value;
                }
                keepAll(anchor + '/' + part.list + '/' + entry.value(part.known[0], std::string()), unknown);
            }
        }
    }

    Rule rule(const Json& v, const QString& path, bool* isNew, Json* unknown) const
    {
        Rule r;
        for (const auto& [key, value] : object(v, path).items()) {
            const QString at = path + QLatin1Char('.') + fromUtf8(key);
            if (key == "new")
                *isNew = boolean(value, at);
            else if (key == "name")
                r.name = text(value, at);
            else if (key == "description")
                r.description = text(value, at);
            else if (key == "enabled")
                r.enabled = boolean(value, at);
            else if (key == "conditions")
                forEach(value, at, [&](const Json& item, const QString& itemAt) { r.conditions.append(condition(item, itemAt)); });
            else if (key == "outputs")
                forEach(value, at, [&](const Json& item, const QString& itemAt) {
                    KeyValue output;
                    for (const auto& [k, val] : object(item, itemAt).items()) {
                        if (k == "key")
                            output.key = text(val, itemAt + QLatin1String(".key"));
                        else if (k == "value")
                            output.value = text(val, itemAt + QLatin1String(".value"));
                    }
                    r.outputs.append(output);
                });
            else
                (*unknown)[key] = value;
        }
        return r;
    }

    static RuleCondition condition(const Json& v, const QString& path)
    {
        RuleCondition c;
        for (const auto& [key, value] : object(v, path).items()) {
            const QString at = path + QLatin1Char('.') + fromUtf8(key);
            if (key == "parameter")
                c.parameter = text(value, at);
            else if (key == "operator") {
                const QString token = text(value, at);
                if (!RuleOperators::fromToken(token, &c.op)) {
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

    void readSections(const Json& v)
    {
        for (const auto& [key, value] : object(v, QStringLiteral("sections")).items()) {
            const auto id = Sections::fromKey(fromUtf8(key));
            if (!id) {
                keep("sections", key, value);
                continue;
            }
            const QString path = QStringLiteral("sections.") + fromUtf8(key);
            const std::string anchor = "sections/" + key;
            const SectionSpec& spec = SectionCatalog::section(*id);
            SectionState state;
            for (const auto& [member, memberValue] : object(value, path).items()) {
                const QString at = path + QLatin1Char('.') + fromUtf8(member);
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

    void readSteps(const Json& v, const QString& path, const std::string& anchor, const SectionSpec& spec,
        SectionState* state)
    {
        for (const auto& [key, value] : object(v, path).items()) {
            const QString stepKey = fromUtf8(key);
            if (!spec.step(stepKey)) {
                keep(anchor + "/steps", key, value); // a step a later version added
                continue;
            }
            const QString at = path + QLatin1Char('.') + stepKey;
            StepState step;
            Json unknown;
            for (const auto& [member, memberValue] : object(value, at).items()) {
                const QString memberAt = at + QLatin1Char('.') + fromUtf8(member);
                if (member == "done")
                    step.done = boolean(memberValue, memberAt);
                else if (member == "doneAt")
                    step.doneAt = time(memberValue, memberAt);
                else if (member == "doneBy")
                    step.doneBy = text(memberValue, memberAt);
                else
                    unknown[member] = memberValue;
            }
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

// "line 3, column 14" for a byte offset into `bytes` (nlohmann counts bytes; columns count characters).
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
    const int column = int(QString::fromUtf8(bytes.constData() + lineStart, end - lineStart).size());
    return QCoreApplication::translate("SetupFileFormat", "line %1, column %2").arg(line).arg(qMax(column, 1));
}
} // namespace

Json SetupFileFormat::encode(const SetupData& data, const Preserved& preserved)
{
    return Writer(preserved).document(data);
}

SetupFileFormat::Decoded SetupFileFormat::decode(const Json& root)
{
    try {
        return { Reader().document(root), {} };
    } catch (const FormatError& e) {
        return { std::nullopt, { QString(), e.location, e.problem } };
    }
}

SetupFileFormat::Decoded SetupFileFormat::parse(const QByteArray& bytes, const QString& fileName)
{
    auto failure = [&](const QString& location, const QString& problem) {
        return Decoded { std::nullopt, { fileName, location, problem } };
    };
    if (bytes.trimmed().isEmpty())
        return failure({}, QCoreApplication::translate("SetupFileFormat", "the file is empty"));
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return failure(lineAndColumn(bytes, std::size_t(nul)),
            QCoreApplication::translate("SetupFileFormat", "the file holds binary data, not a setup"));

    const std::size_t tooDeep = firstTooDeep(bytes);
    if (tooDeep != std::string::npos)
        return failure(lineAndColumn(bytes, tooDeep),
            QCoreApplication::translate("SetupFileFormat", "lists and objects are nested more than %1 levels deep")
                .arg(MaxNesting));

    Json root;
    try {
        root = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const Json::parse_error& e) {
        const bool atEnd = e.byte >= std::size_t(bytes.size());
        const QString problem = atEnd
            ? QCoreApplication::translate("SetupFileFormat", "the file ends too early; it may have been cut short")
            : QCoreApplication::translate("SetupFileFormat", "this is not valid JSON (%1)")
                  .arg(QString::fromUtf8(e.what()).section(QLatin1String(": "), -1));
        return failure(lineAndColumn(bytes, e.byte == 0 ? 0 : e.byte - 1), problem);
    }
    Decoded decoded = decode(root);
    decoded.error.file = fileName;
    return decoded;
}

QByteArray SetupFileFormat::serialize(const SetupData& data, const Preserved& preserved)
{
    const std::string text = encode(data, preserved).dump(2, ' ', false, Json::error_handler_t::replace);
    QByteArray bytes;
    bytes.reserve(qsizetype(text.size()) + 1);
    bytes.append(text.data(), qsizetype(text.size()));
    bytes.append('\n');
    return bytes;
}
