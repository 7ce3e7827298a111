// Writing setup files: SetupFileFormat::encode() and serialize(), the inverse of the reader in
// SetupFileFormat.cpp. The file is one JSON tree, written by nlohmann's dump with two-space indents.
#include "file/SetupFileFormat.h"

#include "model/FieldCatalog.h"
#include "model/PartnerFields.h"
#include "model/SectionCatalog.h"

#include <QCoreApplication>

using SetupFileFormat::Json;
using SetupFileFormat::Preserved;

namespace {
std::string utf8(const QString& text)
{
    return text.toStdString();
}

std::string timeText(const QDateTime& time)
{
    return time.isValid() ? utf8(time.toUTC().toString(Qt::ISODateWithMs)) : std::string();
}

Json strings(const QStringList& list)
{
    Json out = Json::array();
    for (const QString& s : list)
        out.push_back(utf8(s));
    return out;
}

class Encoder {
public:
    explicit Encoder(const Preserved& preserved)
        : m_preserved(preserved)
    {
    }

    // The whole file as one tree; with `withPartners` false the partners list is left empty
    // (serialize() writes it one partner at a time).
    Json document(const SetupData& d, bool withPartners = true) const
    {
        Json o = Json::object();
        o["format"] = SetupFileFormat::FormatName;
        o["version"] = SetupFileFormat::Version;
        o["savedBy"]
            = utf8(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion());
        o["savedAt"] = timeText(QDateTime::currentDateTimeUtc());
        o["createdAt"] = timeText(d.createdAt);
        o["currentPage"] = utf8(d.currentPage);
        if (!d.visitedSections.isEmpty()) {
            Json visited = Json::array();
            for (const QString& key : d.visitedSections)
                visited.push_back(utf8(key));
            o["visitedSections"] = visited;
        }
        o["fields"] = fields(d);
        Json& partners = o["partners"] = Json::array();
        if (withPartners) {
            for (const Partner& p : d.partners)
                partners.push_back(partner(p));
        }
        Json& otherSettings = o["otherSettings"] = Json::array();
        for (const KeyValue& row : d.otherSettings)
            otherSettings.push_back(keyValue(row, "otherSettings/" + utf8(row.key)));
        Json& policies = o["policies"] = Json::array();
        for (const FulfillmentPolicy& p : d.policies)
            policies.push_back(policy(p));
        o["rules"] = rules(d);
        Json& sections = o["sections"] = Json::object();
        for (SectionId id : Sections::all())
            sections[utf8(Sections::key(id))] = section(id, d.sections.value(id));
        restore(sections, "sections");
        if (!d.alma.isEmpty())
            o["alma"] = alma(d);
        restore(o, {});
        return o;
    }

    Json partner(const Partner& p) const
    {
        Json o = SetupFileFormat::encodePartner(p);
        restore(o, "partners/" + utf8(p.code));
        return o;
    }

private:
    // Puts back the members a reader did not know, where it found them.
    void restore(Json& object, const std::string& anchor) const
    {
        const auto found = m_preserved.find(anchor);
        if (found == m_preserved.end())
            return;
        for (const auto& [name, member] : found->second.items()) {
            if (!object.contains(name))
                object[name] = member;
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

    // Each list as in Alma, the new rule at its place among the existing ones.
    Json rules(const SetupData& d) const
    {
        Json out = Json::object();
        for (RuleId id : RuleIds::all()) {
            const std::string kind = "rules/" + utf8(RuleIds::key(id));
            const QList<Rule> existing = d.existingRules.value(id);
            const int position = qBound(0, d.newRulePositions.value(id), int(existing.size()));
            Json& list = out[utf8(RuleIds::key(id))] = Json::array();
            for (int i = 0; i <= existing.size(); ++i) {
                if (i == position)
                    list.push_back(rule(d.rules.value(id), true, kind + "/new"));
                if (i < existing.size())
                    list.push_back(rule(existing.at(i), false, kind + "/existing/" + utf8(existing.at(i).name)));
            }
        }
        restore(out, "rules");
        return out;
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
                s["doneAt"] = timeText(step.doneAt);
                s["doneBy"] = utf8(step.doneBy);
                if (!step.note.isEmpty())
                    s["note"] = utf8(step.note);
            }
            restore(s, anchor + "/steps/" + spec.id);
            steps[spec.id] = std::move(s);
        }
        restore(steps, anchor + "/steps");
        restore(o, anchor);
        return o;
    }

    Json alma(const SetupData& d) const
    {
        Json out = Json::object();
        for (auto it = d.alma.cbegin(); it != d.alma.cend(); ++it) {
            const AlmaRecord& r = it.value();
            Json record = Json::object();
            record["outcome"] = utf8(AlmaRecord::outcomeKey(r.outcome));
            record["label"] = utf8(r.label);
            record["detail"] = utf8(r.detail);
            record["at"] = timeText(r.at);
            record["sandbox"] = r.sandbox;
            const std::string key = utf8(it.key());
            restore(record, "alma/" + key);
            out[key] = std::move(record);
        }
        restore(out, "alma");
        return out;
    }

    const Preserved& m_preserved;
};
} // namespace

Json SetupFileFormat::encodePartner(const Partner& p)
{
    Json o = Json::object();
    for (const PartnerField& field : PartnerFields::all()) {
        if (!field.isSet(p))
            continue;
        switch (field.kind) {
        case PartnerField::Kind::Text:
        case PartnerField::Kind::Choice:
            o[field.key] = utf8(p.*field.text);
            break;
        case PartnerField::Kind::Number:
            o[field.key] = *(p.*field.number);
            break;
        case PartnerField::Kind::YesNo:
            o[field.key] = *(p.*field.yesNo);
            break;
        }
    }
    return o;
}

Json SetupFileFormat::encode(const SetupData& data, const Preserved& preserved)
{
    return Encoder(preserved).document(data);
}

namespace {
// `text` as a JSON string, escaped as nlohmann's dump escapes it (UTF-8 kept as it is).
void appendJsonString(std::string& out, const QString& text)
{
    auto escaped = [&out](unsigned char c) {
        switch (c) {
        case '"':
            out += "\\\"";
            return;
        case '\\':
            out += "\\\\";
            return;
        case '\b':
            out += "\\b";
            return;
        case '\f':
            out += "\\f";
            return;
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += char(c);
            }
        }
    };
    out += '"';
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        for (const QChar c : text)
            escaped((unsigned char)c.unicode());
    } else {
        for (const char c : text.toUtf8())
            escaped((unsigned char)c);
    }
    out += '"';
}

// One partner as dump(2) writes it in the partners list (`indent` spaces deep). The partners are
// nearly all of a big file: written straight from the model, they save as fast as a plain dump
// of a tree (building and freeing a tree of 5,000 partners took twice as long as writing it).
void appendPartner(std::string& out, const Partner& p, const Json& unknown, std::size_t indent)
{
    const std::string pad(indent + 2, ' ');
    bool first = true;
    auto key = [&](const char* name) {
        out += first ? "{\n" : ",\n";
        first = false;
        out += pad;
        out += '"';
        out += name;
        out += "\": ";
    };
    for (const PartnerField& field : PartnerFields::all()) {
        if (!field.isSet(p))
            continue;
        key(field.key);
        switch (field.kind) {
        case PartnerField::Kind::Text:
        case PartnerField::Kind::Choice:
            appendJsonString(out, p.*field.text);
            break;
        case PartnerField::Kind::Number:
            out += std::to_string(*(p.*field.number));
            break;
        case PartnerField::Kind::YesNo:
            out += *(p.*field.yesNo) ? "true" : "false";
            break;
        }
    }
    for (const auto& [name, value] : unknown.items()) {
        out += first ? "{\n" : ",\n";
        first = false;
        out += pad;
        out += Json(name).dump(-1, ' ', false, Json::error_handler_t::replace);
        out += ": ";
        std::string text = value.dump(2, ' ', false, Json::error_handler_t::replace);
        for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1 + pad.size()))
            text.insert(at + 1, pad);
        out += text;
    }
    if (first) {
        out += "{}";
        return;
    }
    out += '\n';
    out.append(indent, ' ');
    out += '}';
}

// `value` as dump(2) writes it nested `indent` spaces deep.
void appendIndented(std::string& out, const Json& value, std::size_t indent)
{
    const std::string text = value.dump(2, ' ', false, Json::error_handler_t::replace);
    std::size_t from = 0;
    for (std::size_t newline = text.find('\n'); newline != std::string::npos; newline = text.find('\n', from)) {
        out.append(text, from, newline + 1 - from);
        out.append(indent, ' ');
        from = newline + 1;
    }
    out.append(text, from, std::string::npos);
}
} // namespace

QByteArray SetupFileFormat::serialize(const SetupData& data, const Preserved& preserved)
{
    // The text dump(2) makes of encode()'s tree, written member by member and the partners one
    // by one: a tree of 5,000 partners costs more to build and free than to write.
    const Encoder encoder(preserved);
    const Json document = encoder.document(data, false);
    std::string out;
    out.reserve(std::size_t(64 * 1024 + data.partners.size() * 700));
    out += "{";
    bool first = true;
    for (const auto& [key, value] : document.items()) {
        out += first ? "\n  " : ",\n  ";
        first = false;
        out += Json(key).dump(-1, ' ', false, Json::error_handler_t::replace);
        out += ": ";
        if (key != "partners" || data.partners.isEmpty()) {
            appendIndented(out, value, 2);
            continue;
        }
        out += "[";
        for (qsizetype i = 0; i < data.partners.size(); ++i) {
            out += i == 0 ? "\n    " : ",\n    ";
            const Partner& p = data.partners.at(i);
            const auto unknown = preserved.find("partners/" + utf8(p.code));
            appendPartner(out, p, unknown == preserved.end() ? Json::object() : unknown->second, 4);
        }
        out += "\n  ]";
    }
    out += "\n}\n";
    return QByteArray(out.data(), qsizetype(out.size()));
}
