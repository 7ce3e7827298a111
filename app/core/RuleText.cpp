#include "RuleText.h"

#include "CsvText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char* text) { return QCoreApplication::translate("RuleText", text); }

// Spellings of each operator, longest first within a line so "Is Not Empty" wins over "Is Empty".
struct Spelling {
    const char* text;
    RuleOperator op;
};
constexpr Spelling kSpellings[] = {
    { "is not empty", RuleOperator::IsNotEmpty },
    { "isnotempty", RuleOperator::IsNotEmpty },
    { "is empty", RuleOperator::IsEmpty },
    { "isempty", RuleOperator::IsEmpty },
    { "notinlist", RuleOperator::NotInList },
    { "not in list", RuleOperator::NotInList },
    { "inlist", RuleOperator::InList },
    { "in list", RuleOperator::InList },
    { "not =", RuleOperator::NotEquals },
    { "!=", RuleOperator::NotEquals },
    { "=", RuleOperator::Equals },
};

// Finds the operator in `part` as a whole word (or the symbols = / !=): the earliest one, the
// longest spelling at that place.
bool findOperator(const QString& part, RuleOperator* op, qsizetype* start, qsizetype* end)
{
    const QString lower = part.toLower();
    qsizetype best = -1;
    qsizetype bestLength = 0;
    for (const Spelling& s : kSpellings) {
        const QString spelling = QString::fromLatin1(s.text);
        const bool symbolic = !spelling.at(0).isLetter();
        for (qsizetype at = lower.indexOf(spelling); at >= 0; at = lower.indexOf(spelling, at + 1)) {
            const qsizetype after = at + spelling.size();
            const bool wordStart = symbolic || at == 0 || !lower.at(at - 1).isLetterOrNumber();
            const bool wordEnd = symbolic || after == lower.size() || !lower.at(after).isLetterOrNumber();
            if (!wordStart || !wordEnd)
                continue;
            if (best < 0 || at < best || (at == best && spelling.size() > bestLength)) {
                best = at;
                bestLength = spelling.size();
                *op = s.op;
            }
            break;
        }
    }
    if (best < 0)
        return false;
    *start = best;
    *end = best + bestLength;
    return true;
}
} // namespace

QString RuleText::format(const QList<RuleCondition>& conditions)
{
    // As Alma shows them, untranslated, so the text can always be read back.
    static const char* const names[] = { "=", "Not =", "InList", "NotInList", "Is Empty", "Is Not Empty" };
    QStringList parts;
    for (const RuleCondition& c : conditions) {
        QString part = c.parameter + QLatin1Char(' ') + QLatin1String(names[int(c.op)]);
        if (RuleOperators::takesValues(c.op))
            part += QLatin1Char(' ') + c.values.join(QLatin1String(", "));
        parts.append(part);
    }
    return parts.join(QLatin1String("; "));
}

bool RuleText::parse(const QString& text, QList<RuleCondition>* conditions, QString* error)
{
    QList<RuleCondition> out;
    for (const QString& raw : text.split(QLatin1Char(';'))) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        RuleOperator op = RuleOperator::Equals;
        qsizetype start = 0;
        qsizetype end = 0;
        if (!findOperator(part, &op, &start, &end)) {
            if (error)
                *error = tr("\u201c%1\u201d has no operator (=, Not =, InList, NotInList, Is Empty, Is Not Empty)").arg(part);
            return false;
        }
        RuleCondition c;
        c.parameter = part.left(start).trimmed();
        c.op = op;
        if (c.parameter.isEmpty()) {
            if (error)
                *error = tr("\u201c%1\u201d names no parameter before the operator").arg(part);
            return false;
        }
        if (RuleOperators::takesValues(op)) {
            for (const QString& value : part.mid(end).split(QLatin1Char(','))) {
                if (!value.trimmed().isEmpty())
                    c.values.append(value.trimmed());
            }
        }
        out.append(c);
    }
    *conditions = out;
    return true;
}

RuleText::ReadResult RuleText::readRules(const QString& text)
{
    ReadResult result;
    QString error;
    const QList<CsvText::Row> rows = CsvText::parse(text, &error);
    if (!error.isEmpty()) {
        result.errors.append(error);
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
        Rule rule;
        rule.name = field(nameColumn);
        if (rule.name.isEmpty()) {
            result.errors.append(tr("line %1: the rule has no name").arg(row.line));
            continue;
        }
        if (!field(enabledColumn).isEmpty()) {
            bool ok = false;
            rule.enabled = CsvText::parseBool(field(enabledColumn), &ok);
            if (!ok) {
                result.errors.append(tr("line %1: \u201c%2\u201d is not yes or no").arg(row.line).arg(field(enabledColumn)));
                continue;
            }
        }
        QString conditionError;
        if (!parse(field(conditionsColumn), &rule.conditions, &conditionError)) {
            result.errors.append(tr("line %1: %2").arg(row.line).arg(conditionError));
            continue;
        }
        rule.description = field(descriptionColumn);
        result.rules.append(rule);
    }
    if (result.rules.isEmpty() && result.errors.isEmpty())
        result.errors.append(tr("there are no rules in the text"));
    return result;
}
