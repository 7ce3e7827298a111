#include "model/RuleText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RuleText)
};

// The spellings of each operator, in any case; the words may be split by any spaces. At one
// place the longest match wins, so "Is Not Empty" beats "Is Empty" and "!=" beats "=".
struct Spelling {
    const char* pattern;
    RuleOperator op;
};
constexpr Spelling kSpellings[] = {
    { "\\bis\\s*not\\s*empty\\b", RuleOperator::IsNotEmpty },
    { "\\bis\\s*empty\\b", RuleOperator::IsEmpty },
    { "\\bnot\\s*in\\s*list\\b", RuleOperator::NotInList },
    { "\\bin\\s*list\\b", RuleOperator::InList },
    { "\\bnot\\s*=", RuleOperator::NotEquals },
    { "!=", RuleOperator::NotEquals },
    { "=", RuleOperator::Equals },
};

struct Match {
    RuleOperator op = RuleOperator::Equals;
    qsizetype start = -1;
    qsizetype end = -1;
};

const QList<QPair<QRegularExpression, RuleOperator>>& spellings()
{
    static const QList<QPair<QRegularExpression, RuleOperator>> compiled = [] {
        QList<QPair<QRegularExpression, RuleOperator>> list;
        for (const Spelling& s : kSpellings)
            list.append(
                { QRegularExpression(QString::fromLatin1(s.pattern),
                      QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption),
                    s.op });
        return list;
    }();
    return compiled;
}

// The earliest operator in text[from, to), the longest spelling at that place.
Match findOperator(const QString& text, qsizetype from, qsizetype to)
{
    const QString part = text.mid(from, to - from);
    Match best;
    for (const auto& [re, op] : spellings()) {
        const QRegularExpressionMatch m = re.match(part);
        if (!m.hasMatch())
            continue;
        const qsizetype start = from + m.capturedStart();
        const qsizetype end = from + m.capturedEnd();
        if (best.start < 0 || start < best.start || (start == best.start && end > best.end))
            best = { op, start, end };
    }
    return best;
}

// The operator that starts exactly at `at` (after a quoted parameter).
Match operatorAt(const QString& text, qsizetype at, qsizetype to)
{
    Match best;
    for (const auto& [re, op] : spellings()) {
        const QRegularExpressionMatch m = re.match(
            text.left(to), at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch() && m.capturedEnd() > best.end)
            best = { op, at, m.capturedEnd() };
    }
    return best;
}

void skipSpaces(const QString& text, qsizetype* at)
{
    while (*at < text.size() && text.at(*at).isSpace())
        ++*at;
}

// Reads a quoted text starting at the quote at *at; *at ends after the closing quote.
bool readQuoted(const QString& text, qsizetype* at, QString* out, QString* error)
{
    QString value;
    for (qsizetype i = *at + 1; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('"')) {
            value += text.at(i);
        } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
            value += QLatin1Char('"');
            ++i;
        } else {
            *at = i + 1;
            *out = value;
            return true;
        }
    }
    *error = Text::tr("a quote (\") is not closed: %1").arg(text.mid(*at));
    return false;
}

// Reads values separated by "," from *at up to a ";" outside quotes or the end.
bool readValues(const QString& text, qsizetype* at, QStringList* values, QString* error)
{
    values->clear();
    while (true) {
        skipSpaces(text, at);
        if (*at >= text.size() || text.at(*at) == QLatin1Char(';'))
            return true;
        if (text.at(*at) == QLatin1Char('"')) {
            QString value;
            if (!readQuoted(text, at, &value, error))
                return false;
            values->append(value);
            skipSpaces(text, at);
            if (*at < text.size() && text.at(*at) != QLatin1Char(',') && text.at(*at) != QLatin1Char(';')) {
                *error
                    = Text::tr("after the quoted value \u201c%1\u201d comes \u201c%2\u201d; put a comma between values")
                          .arg(value, text.mid(*at).section(QLatin1Char(';'), 0, 0).trimmed());
                return false;
            }
        } else {
            qsizetype end = *at;
            while (end < text.size() && text.at(end) != QLatin1Char(',') && text.at(end) != QLatin1Char(';'))
                ++end;
            const QString value = text.mid(*at, end - *at).trimmed();
            if (!value.isEmpty()) // "A, , B": an empty value needs quotes
                values->append(value);
            *at = end;
        }
        if (*at < text.size() && text.at(*at) == QLatin1Char(','))
            ++*at;
    }
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

bool valueNeedsQuotes(const QString& value)
{
    return value.isEmpty() || value.trimmed() != value || value.contains(QLatin1Char(','))
        || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"'));
}

// As Alma shows the operators, untranslated, so the text can always be read back.
QString operatorText(RuleOperator op)
{
    static const char* const names[] = { "=", "Not =", "InList", "NotInList", "Is Empty", "Is Not Empty" };
    return QLatin1String(names[int(op)]);
}
} // namespace

QString RuleText::formatValues(const QStringList& values)
{
    QStringList parts;
    for (const QString& v : values)
        parts.append(valueNeedsQuotes(v) ? quoted(v) : v);
    return parts.join(QLatin1String(", "));
}

bool RuleText::parseValues(const QString& text, QStringList* values, QString* error)
{
    QStringList out;
    qsizetype at = 0;
    QString problem;
    while (true) {
        if (!readValues(text, &at, &out, &problem)) {
            if (error)
                *error = problem;
            return false;
        }
        if (at >= text.size())
            break;
        // A ";" outside quotes: in a values cell it is just a character of the value before it.
        if (error)
            *error = Text::tr("a value holding \u201c;\u201d needs quotes: \"%1\"").arg(text.trimmed());
        return false;
    }
    *values = out;
    return true;
}

QString RuleText::format(const QList<RuleCondition>& conditions)
{
    QStringList parts;
    for (const RuleCondition& c : conditions) {
        const QString op = operatorText(c.op);
        // The parameter goes without quotes when it reads back as itself before this operator.
        QString head = c.parameter + QLatin1Char(' ') + op;
        const Match found = findOperator(head, 0, head.size());
        const bool plain = !c.parameter.isEmpty() && c.parameter.trimmed() == c.parameter
            && !c.parameter.startsWith(QLatin1Char('"')) && !c.parameter.contains(QLatin1Char(';')) && found.op == c.op
            && found.start == c.parameter.size() + 1 && found.end == head.size();
        if (!plain)
            head = quoted(c.parameter) + QLatin1Char(' ') + op;
        if (RuleOperators::takesValues(c.op) && !c.values.isEmpty())
            head += QLatin1Char(' ') + formatValues(c.values);
        parts.append(head);
    }
    return parts.join(QLatin1String("; "));
}

bool RuleText::parse(const QString& text, QList<RuleCondition>* conditions, QString* error)
{
    QList<RuleCondition> out;
    QString problem;
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    qsizetype at = 0;
    while (true) {
        skipSpaces(text, &at);
        if (at >= text.size())
            break;
        if (text.at(at) == QLatin1Char(';')) {
            ++at;
            continue;
        }
        const qsizetype partStart = at;
        qsizetype partEnd = text.indexOf(QLatin1Char(';'), at); // the parameter and operator come before any ";"
        if (partEnd < 0)
            partEnd = text.size();
        RuleCondition c;
        Match op;
        if (text.at(at) == QLatin1Char('"')) {
            if (!readQuoted(text, &at, &c.parameter, &problem))
                return fail(problem);
            skipSpaces(text, &at);
            partEnd = text.indexOf(QLatin1Char(';'), at);
            if (partEnd < 0)
                partEnd = text.size();
            op = operatorAt(text, at, partEnd);
            if (op.start < 0)
                return fail(Text::tr(
                    "after \u201c%1\u201d comes no operator (=, Not =, InList, NotInList, Is Empty, Is Not Empty)")
                                .arg(text.mid(partStart, at - partStart).trimmed()));
        } else {
            op = findOperator(text, at, partEnd);
            const QString part = text.mid(partStart, partEnd - partStart).trimmed();
            if (op.start < 0)
                return fail(
                    Text::tr("\u201c%1\u201d has no operator (=, Not =, InList, NotInList, Is Empty, Is Not Empty)")
                        .arg(part));
            c.parameter = text.mid(at, op.start - at).trimmed();
            if (c.parameter.isEmpty())
                return fail(Text::tr("\u201c%1\u201d names no parameter before the operator").arg(part));
        }
        c.op = op.op;
        at = op.end;
        if (RuleOperators::takesValues(c.op)) {
            if (!readValues(text, &at, &c.values, &problem))
                return fail(problem);
        } else {
            skipSpaces(text, &at);
            if (at < text.size() && text.at(at) != QLatin1Char(';'))
                return fail(Text::tr("\u201c%1\u201d takes no value, but \u201c%2\u201d follows it")
                                .arg(operatorText(c.op), text.mid(at).section(QLatin1Char(';'), 0, 0).trimmed()));
        }
        out.append(c);
    }
    *conditions = out;
    return true;
}
