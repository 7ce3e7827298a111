#include "report/SourcesReport.h"

#include "model/FieldCatalog.h"
#include "model/PartnerFields.h"
#include "model/Presets.h"
#include "model/RuleCatalog.h"
#include "model/SectionId.h"

#include <QStringList>

namespace {
QString sourceName(Source source)
{
    switch (source) {
    case Source::Guide:
        return QStringLiteral("Guide");
    case Source::ExLibris:
        return QStringLiteral("Ex Libris");
    case Source::Public:
        return QStringLiteral("Public");
    case Source::Suggestion:
        break;
    }
    return QStringLiteral("**Suggestion**");
}

// A table cell: no line breaks, and pipes escaped.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString row(const QStringList& cells)
{
    QStringList escaped;
    for (const QString& c : cells)
        escaped.append(cell(c));
    return QLatin1String("| ") + escaped.join(QLatin1String(" | ")) + QLatin1String(" |\n");
}

QString header(const QStringList& titles)
{
    QString line = row(titles);
    QStringList rules;
    for (qsizetype i = 0; i < titles.size(); ++i)
        rules.append(QStringLiteral("---"));
    return line + QLatin1String("|") + rules.join(QLatin1String("|")) + QLatin1String("|\n");
}

QString where(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString code(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("(empty)") : QLatin1Char('`') + value + QLatin1Char('`');
}

QString defaultText(const FieldSpec& spec)
{
    switch (spec.type) {
    case FieldType::Bool:
        return spec.defaultValue.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    case FieldType::MultiChoice:
        return spec.defaultValue.toStringList().join(QLatin1String(", "));
    case FieldType::Integer:
    case FieldType::Text:
    case FieldType::Choice:
        break;
    }
    return spec.defaultValue.toString();
}

void addFields(QString& md)
{
    md += QLatin1String("\n## Fields of the sections\n\nThe default each new setup starts from.\n\n");
    md += header({ QStringLiteral("Section"), QStringLiteral("Field"), QStringLiteral("Default"),
        QStringLiteral("Source"), QStringLiteral("Where") });
    for (const FieldSpec& spec : FieldCatalog::all()) {
        const QString value = defaultText(spec);
        if (value.isEmpty() && spec.type != FieldType::Bool)
            continue; // nothing offered
        md += row({ spec.section ? QString::number(Sections::number(*spec.section)) : QStringLiteral("—"),
            spec.qualifiedLabel(), code(value), sourceName(spec.defaultSource), where(spec.defaultWhere) });
    }
    md += QLatin1String("\n## Choices\n\n");
    md += header({ QStringLiteral("Field"), QStringLiteral("Value"), QStringLiteral("Shown as"),
        QStringLiteral("Source"), QStringLiteral("Where") });
    for (const FieldSpec& spec : FieldCatalog::all()) {
        if (spec.choiceSource != ChoiceSource::Static)
            continue;
        for (const ChoiceSpec& c : spec.choices) {
            md += row({ spec.qualifiedLabel(), code(QString::fromLatin1(c.value)),
                spec.choiceLabel(QString::fromLatin1(c.value)), sourceName(c.source), where(c.where) });
        }
    }
}

void addPresets(QString& md)
{
    md += QLatin1String("\n## Preset values\n\n");
    md += header({ QStringLiteral("Preset"), QStringLiteral("Field"), QStringLiteral("Value"), QStringLiteral("Source"),
        QStringLiteral("Where") });
    for (const FieldCatalog::PresetValue& p : FieldCatalog::presetValues()) {
        md += row({ QString::fromLatin1(p.preset), FieldCatalog::get(p.field).qualifiedLabel(),
            code(QString::fromUtf8(p.value)), sourceName(p.source), where(p.where) });
    }
}

void addSourcedList(QString& md, const QString& title, const QString& column, const QList<Sourced>& list)
{
    md += QLatin1String("\n## ") + title + QLatin1String("\n\n");
    md += header({ column, QStringLiteral("Source"), QStringLiteral("Where") });
    for (const Sourced& s : list)
        md += row({ code(s.text()), sourceName(s.source), where(s.where) });
}

void addRules(QString& md)
{
    md += QLatin1String("\n## Rules\n\n");
    md += header({ QStringLiteral("Rule"), QStringLiteral("Input or output"), QStringLiteral("Name"),
        QStringLiteral("Source"), QStringLiteral("Where") });
    for (RuleId id : RuleIds::all()) {
        const RuleSpec& r = RuleCatalog::rule(id);
        const QString title = QString::fromLatin1(r.title);
        for (const Sourced& s : r.parameters)
            md += row({ title, QStringLiteral("input"), code(s.text()), sourceName(s.source), where(s.where) });
        for (const Sourced& s : r.outputs)
            md += row({ title, QStringLiteral("output"), code(s.text()), sourceName(s.source), where(s.where) });
        if (r.presetSource != Source::Guide)
            md += row({ title, QStringLiteral("the presets' inputs"), QStringLiteral("—"), sourceName(r.presetSource),
                where(r.presetWhere) });
    }
    md += QLatin1String("\n## Names the presets give the rules\n\nThe guide: \"All names and descriptions listed in "
                        "this document are merely suggestions.\" These are the program's.\n\n");
    md += header(
        { QStringLiteral("Preset"), QStringLiteral("Rule"), QStringLiteral("Name"), QStringLiteral("Source") });
    for (const QString& preset : Presets::keys()) {
        const SetupData d = Presets::create(preset);
        for (RuleId id : RuleIds::all())
            md += row({ preset, QString::fromLatin1(RuleCatalog::rule(id).title), code(d.rules.value(id).name),
                sourceName(Source::Suggestion) });
    }
    md += QLatin1String("\n## Rule operators\n\n");
    md += header({ QStringLiteral("Operator"), QStringLiteral("Source"), QStringLiteral("Where") });
    for (RuleOperator op : RuleOperators::all()) {
        const OperatorSpec& spec = RuleCatalog::op(op);
        md += row({ code(QString::fromUtf8(spec.display)), sourceName(spec.source), where(spec.where) });
    }
}

void addPartnerFields(QString& md)
{
    md += QLatin1String("\n## A new partner's values\n\nBesides the workflows of section 5 and the default "
                        "expiry days of section 6.\n\n");
    md += header(
        { QStringLiteral("Field"), QStringLiteral("Value"), QStringLiteral("Source"), QStringLiteral("Where") });
    for (const PartnerFields::NewPartnerValue& v : PartnerFields::newPartnerValues())
        md += row({ code(QString::fromLatin1(PartnerFields::find(QString::fromLatin1(v.key))->almaName)),
            code(QString::fromLatin1(v.value)), sourceName(v.source), where(v.where) });
    md += QLatin1String("\n## Partner fields\n\nAll from Ex Libris' contract (rest_partner.xsd); the values a "
                        "push sends are limited to the contract's enumerations.\n\n");
    md += header({ QStringLiteral("Alma element"), QStringLiteral("Title"), QStringLiteral("Values"),
        QStringLiteral("Profile types"), QStringLiteral("Mandatory for") });
    for (const PartnerField& f : PartnerFields::all()) {
        md += row({ code(QString::fromLatin1(f.almaName)), f.translatedTitle(), f.choices.join(QLatin1String(", ")),
            f.profileTypes.isEmpty() ? QStringLiteral("all") : f.profileTypes.join(QLatin1String(", ")),
            f.mandatoryFor.join(QLatin1String(", ")) });
    }
}
} // namespace

QString SourcesReport::markdown()
{
    QString md = QStringLiteral(
        "# Where the wizard's Alma names and values come from\n\n"
        "Generated from the program's catalogs (`tests/tst_sourcesdoc` fails when this file and the program "
        "differ, and writes the current text next to the test). Do not edit by hand.\n\n"
        "- **Guide**: the staff guide (`spec/p2p-guide.txt`), quoted in *Where*.\n"
        "- **Ex Libris**: Ex Libris' API contract or documentation, or the domain notes that summarise them.\n"
        "- **Public**: another public source, such as a consortium's documentation.\n"
        "- **Suggestion**: the program's suggestion, with no public source. The wizard marks these "
        "\"suggested\" on screen and \"(suggested)\" in the report.\n");
    addFields(md);
    addPresets(md);
    QList<Sourced> otherSettings;
    for (const FieldCatalog::OtherSetting& s : FieldCatalog::otherSettings())
        otherSettings.append(s.parameter);
    addSourcedList(
        md, QStringLiteral("Other Settings parameters (section 4)"), QStringLiteral("Parameter"), otherSettings);
    addSourcedList(md, QStringLiteral("Fulfillment policy types (section 9)"), QStringLiteral("Type"),
        FieldCatalog::policyTypes());
    addRules(md);
    addPartnerFields(md);
    return md;
}
