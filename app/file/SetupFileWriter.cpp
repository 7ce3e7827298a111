#include "file/SetupFileWriter.h"

#include "model/FieldCatalog.h"
#include "model/SectionCatalog.h"

#include <QCoreApplication>

namespace {
constexpr unsigned IndentStep = 2;

// UTF-8 of `text` into `target`, reusing its capacity; most setup text is ASCII.
void assignUtf8(std::string& target, const QString& text)
{
    const qsizetype size = text.size();
    target.resize(std::size_t(size));
    const ushort* chars = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        if (chars[i] >= 0x80) {
            target = text.toStdString();
            return;
        }
        target[std::size_t(i)] = char(chars[i]);
    }
}

std::string utf8(const QString& text)
{
    std::string out;
    assignUtf8(out, text);
    return out;
}

std::string timeText(const QDateTime& time)
{
    return time.isValid() ? utf8(time.toUTC().toString(Qt::ISODateWithMs)) : std::string();
}

SetupFileFormat::Json strings(const QStringList& list)
{
    SetupFileFormat::Json out = SetupFileFormat::Json::array();
    for (const QString& s : list)
        out.push_back(utf8(s));
    return out;
}
} // namespace

SetupFileWriter::SetupFileWriter(const SetupFileFormat::Preserved& preserved)
{
    for (const auto& [anchor, members] : preserved)
        m_preserved.emplace(anchor, &members);
}

// ---------------------------------------------------------------------------------------------
// Layout: exactly what nlohmann's dump(2) prints for the whole document.

void SetupFileWriter::openContainer(char bracket)
{
    *m_out += bracket;
    ++m_level;
}

void SetupFileWriter::closeContainer(char bracket, bool empty)
{
    --m_level;
    if (!empty) {
        *m_out += '\n';
        m_out->append(m_level * IndentStep, ' ');
    }
    *m_out += bracket;
}

void SetupFileWriter::nextElement(bool& first)
{
    if (!first)
        *m_out += ',';
    first = false;
    *m_out += '\n';
    m_out->append(m_level * IndentStep, ' ');
}

void SetupFileWriter::key(const std::string& name, bool& first)
{
    nextElement(first);
    value(Json(name));
    *m_out += ": ";
}

void SetupFileWriter::value(const Json& json)
{
    // nlohmann's own serializer, started at the current indent (what basic_json::dump() does
    // at indent 0), so nested values need no re-indenting.
    nlohmann::detail::serializer<Json> serializer(
        nlohmann::detail::output_adapter<char, std::string>(*m_out), ' ', Json::error_handler_t::replace);
    serializer.dump(json, true, false, IndentStep, m_level * IndentStep);
}

void SetupFileWriter::member(const std::string& name, const Json& json, bool& first)
{
    key(name, first);
    value(json);
}

// ---------------------------------------------------------------------------------------------
// Content

void SetupFileWriter::restore(Json& object, const std::string& anchor) const
{
    if (m_preserved.empty())
        return;
    const auto found = m_preserved.find(anchor);
    if (found == m_preserved.end())
        return;
    for (const auto& [name, member] : found->second->items()) {
        if (!object.contains(name))
            object[name] = member;
    }
}

void SetupFileWriter::writeUnknown(const std::string& anchor, bool& first)
{
    const auto found = m_preserved.find(anchor);
    if (found == m_preserved.end())
        return;
    for (const auto& [name, member] : found->second->items())
        this->member(name, member, first);
}

void SetupFileWriter::write(const SetupData& d, std::string& out)
{
    m_out = &out;
    m_level = 0;
    bool first = true;
    openContainer('{');
    member("format", SetupFileFormat::FormatName, first);
    member("version", SetupFileFormat::Version, first);
    member("savedBy",
        utf8(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()), first);
    member("savedAt", timeText(QDateTime::currentDateTimeUtc()), first);
    member("createdAt", timeText(d.createdAt), first);
    member("currentPage", utf8(d.currentPage), first);
    member("fields", fields(d), first);

    key("partners", first);
    writePartners(d);

    Json otherSettings = Json::array();
    for (const KeyValue& row : d.otherSettings)
        otherSettings.push_back(keyValue(row, "otherSettings/" + utf8(row.key)));
    member("otherSettings", otherSettings, first);

    Json policies = Json::array();
    for (const FulfillmentPolicy& p : d.policies)
        policies.push_back(policy(p));
    member("policies", policies, first);

    key("rules", first);
    writeRules(d);

    key("sections", first);
    bool firstSection = true;
    openContainer('{');
    for (SectionId id : Sections::all())
        member(utf8(Sections::key(id)), section(id, d.sections.value(id)), firstSection);
    writeUnknown("sections", firstSection);
    closeContainer('}', false);

    if (!d.alma.isEmpty())
        member("alma", alma(d), first);

    writeUnknown({}, first);
    closeContainer('}', false);
    m_out = nullptr;
}

SetupFileFormat::Json SetupFileWriter::alma(const SetupData& d) const
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
    return out;
}

SetupFileFormat::Json SetupFileWriter::fields(const SetupData& d) const
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

void SetupFileWriter::writePartners(const SetupData& d)
{
    // One partner object is reused for all partners: its strings keep their capacity, so
    // writing 5,000 partners allocates almost nothing.
    Json p = Json::object();
    for (const char* name : { "code", "name", "profileType", "status", "borrowingWorkflow", "lendingWorkflow" })
        p[name] = std::string();
    for (const char* name : { "expiryDays", "avgSupplyTime", "deliveryDelay" })
        p[name] = 0;
    for (const char* name : { "borrowingSupported", "lendingSupported" })
        p[name] = false;
    for (const char* name : { "systemType", "locateProfile", "institutionCode", "holdingCode" })
        p[name] = std::string();
    auto text = [&p](const char* name) -> std::string& { return p[name].get_ref<std::string&>(); };
    std::string& code = text("code");
    std::string& name = text("name");
    std::string& profileType = text("profileType");
    std::string& status = text("status");
    std::string& borrowingWorkflow = text("borrowingWorkflow");
    std::string& lendingWorkflow = text("lendingWorkflow");
    std::string& systemType = text("systemType");
    std::string& locateProfile = text("locateProfile");
    std::string& institutionCode = text("institutionCode");
    std::string& holdingCode = text("holdingCode");
    Json& expiryDays = p["expiryDays"];
    Json& avgSupplyTime = p["avgSupplyTime"];
    Json& deliveryDelay = p["deliveryDelay"];
    Json& borrowingSupported = p["borrowingSupported"];
    Json& lendingSupported = p["lendingSupported"];

    bool first = true;
    openContainer('[');
    for (const Partner& partner : d.partners) {
        assignUtf8(code, partner.code);
        assignUtf8(name, partner.name);
        assignUtf8(profileType, partner.profileType);
        assignUtf8(status, partner.status);
        assignUtf8(borrowingWorkflow, partner.borrowingWorkflow);
        assignUtf8(lendingWorkflow, partner.lendingWorkflow);
        expiryDays.get_ref<Json::number_integer_t&>() = partner.expiryDays;
        avgSupplyTime.get_ref<Json::number_integer_t&>() = partner.avgSupplyTime;
        deliveryDelay.get_ref<Json::number_integer_t&>() = partner.deliveryDelay;
        borrowingSupported.get_ref<Json::boolean_t&>() = partner.borrowingSupported;
        lendingSupported.get_ref<Json::boolean_t&>() = partner.lendingSupported;
        assignUtf8(systemType, partner.systemType);
        assignUtf8(locateProfile, partner.locateProfile);
        assignUtf8(institutionCode, partner.institutionCode);
        assignUtf8(holdingCode, partner.holdingCode);
        nextElement(first);
        const auto unknown = m_preserved.empty() ? m_preserved.end() : m_preserved.find("partners/" + code);
        if (unknown == m_preserved.end()) {
            value(p);
        } else {
            Json withUnknown = p;
            restore(withUnknown, unknown->first);
            value(withUnknown);
        }
    }
    closeContainer(']', first);
}

SetupFileFormat::Json SetupFileWriter::keyValue(const KeyValue& row, const std::string& anchor) const
{
    Json o = Json::object();
    o["key"] = utf8(row.key);
    o["value"] = utf8(row.value);
    restore(o, anchor);
    return o;
}

SetupFileFormat::Json SetupFileWriter::policy(const FulfillmentPolicy& p) const
{
    Json o = Json::object();
    o["type"] = utf8(p.type);
    o["name"] = utf8(p.name);
    o["value"] = utf8(p.value);
    o["description"] = utf8(p.description);
    restore(o, "policies/" + utf8(p.type) + '/' + utf8(p.name));
    return o;
}

void SetupFileWriter::writeRules(const SetupData& d)
{
    bool firstList = true;
    openContainer('{');
    for (RuleId id : RuleIds::all()) {
        const std::string kind = "rules/" + utf8(RuleIds::key(id));
        const QList<Rule> existing = d.existingRules.value(id);
        const int position = qBound(0, d.newRulePositions.value(id), int(existing.size()));
        key(utf8(RuleIds::key(id)), firstList);
        bool first = true;
        openContainer('[');
        for (int i = 0; i <= existing.size(); ++i) {
            if (i == position) {
                nextElement(first);
                value(rule(d.rules.value(id), true, kind + "/new"));
            }
            if (i < existing.size()) {
                nextElement(first);
                value(rule(existing.at(i), false, kind + "/existing/" + utf8(existing.at(i).name)));
            }
        }
        closeContainer(']', first);
    }
    writeUnknown("rules", firstList);
    closeContainer('}', firstList);
}

SetupFileFormat::Json SetupFileWriter::rule(const Rule& r, bool isNew, const std::string& anchor) const
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

SetupFileFormat::Json SetupFileWriter::section(SectionId id, const SectionState& state) const
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
        }
        restore(s, anchor + "/steps/" + spec.id);
        steps[spec.id] = std::move(s);
    }
    restore(steps, anchor + "/steps");
    restore(o, anchor);
    return o;
}
