#include "file/RuleCsvReader.h"

#include "file/CsvText.h"
#include "model/RuleText.h"
#include "model/SetupLimits.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RuleCsvReader)
};
} // namespace

RuleCsvReader::Result RuleCsvReader::read(const QString& text)
{
    Result result;
    QString error;
    const QList<CsvText::Row> rows = CsvText::parse(text, &error);
    if (!error.isEmpty()) {
        result.errors.append(error);
        return result;
    }
    if (rows.size() > SetupLimits::MaxListItems) {
        result.errors.append(Text::tr("the text has %1 rows; a list holds at most %2 rules")
                                 .arg(rows.size())
                                 .arg(SetupLimits::MaxListItems));
        return result;
    }
    int nameColumn = 0;
    int enabledColumn = 1;
    int conditionsColumn = 2;
    int descriptionColumn = 3;
    qsizetype first = 0;
    if (!rows.isEmpty()) {
        const QStringList header = rows.constFirst().fields;
        auto column = [&header](const char* name) {
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (header.at(i).trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                    return int(i);
            }
            return -1;
        };
        if (column("name") >= 0) {
            nameColumn = column("name");
            enabledColumn = column("enabled");
            conditionsColumn = column("conditions");
            descriptionColumn = column("description");
            first = 1;
        }
    }
    for (qsizetype r = first; r < rows.size(); ++r) {
        const CsvText::Row& row = rows.at(r);
        auto field = [&row](int column) { return column >= 0 ? row.fields.value(column).trimmed() : QString(); };
        if (std::any_of(row.fields.cbegin(), row.fields.cend(),
                [](const QString& f) { return f.size() > SetupLimits::MaxText; })) {
            result.errors.append(
                Text::tr("line %1: a value is longer than %2 characters").arg(row.line).arg(SetupLimits::MaxText));
            continue;
        }
        Rule rule;
        rule.name = field(nameColumn);
        if (rule.name.isEmpty()) {
            result.errors.append(Text::tr("line %1: the rule has no name").arg(row.line));
            continue;
        }
        if (!field(enabledColumn).isEmpty()) {
            bool ok = false;
            rule.enabled = CsvText::parseBool(field(enabledColumn), &ok);
            if (!ok) {
                result.errors.append(
                    Text::tr("line %1: \u201c%2\u201d is not yes or no").arg(row.line).arg(field(enabledColumn)));
                continue;
            }
        }
        QString conditionError;
        if (!RuleText::parse(field(conditionsColumn), &rule.conditions, &conditionError)) {
            result.errors.append(Text::tr("line %1: %2").arg(row.line).arg(conditionError));
            continue;
        }
        rule.description = field(descriptionColumn);
        result.rules.append(rule);
    }
    if (result.rules.isEmpty() && result.errors.isEmpty())
        result.errors.append(Text::tr("there are no rules in the text"));
    return result;
}
