#include "file/CsvText.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CsvText)
};
} // namespace

QChar CsvText::detectDelimiter(const QString& firstLine)
{
    const int commas = int(firstLine.count(QLatin1Char(',')));
    const int semicolons = int(firstLine.count(QLatin1Char(';')));
    const int tabs = int(firstLine.count(QLatin1Char('\t')));
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

bool CsvText::parseBool(const QString& text, bool* ok)
{
    const QString t = text.trimmed().toLower();
    *ok = true;
    // English, and the German and French words staff may type in their spreadsheets.
    static const QStringList yes { QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
        QStringLiteral("1"), QStringLiteral("ja"), QStringLiteral("j"), QStringLiteral("wahr"), QStringLiteral("oui"),
        QStringLiteral("vrai") };
    static const QStringList no { QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
        QStringLiteral("0"), QStringLiteral("nein"), QStringLiteral("falsch"), QStringLiteral("non"),
        QStringLiteral("faux") };
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    *ok = false;
    return false;
}

QList<CsvText::Row> CsvText::parse(const QString& text, QChar delimiter, QString* error)
{
    QList<Row> rows;
    Row row { 1, {} };
    QString field;
    bool inQuotes = false;
    bool rowHasContent = false;
    int line = 1;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuotes = true;
            rowHasContent = true;
        } else if (c == delimiter) {
            row.fields.append(field);
            field.clear();
            rowHasContent = true;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            if (rowHasContent || !field.isEmpty()) {
                row.fields.append(field);
                rows.append(row);
            }
            field.clear();
            ++line;
            row = Row { line, {} };
            rowHasContent = false;
        } else {
            field.append(c);
            rowHasContent = true;
        }
    }
    if (inQuotes) {
        if (error)
            *error = Text::tr("line %1: a quoted field is not closed").arg(row.line);
        return {};
    }
    if (rowHasContent || !field.isEmpty()) {
        row.fields.append(field);
        rows.append(row);
    }
    return rows;
}

QList<CsvText::Row> CsvText::parse(const QString& input, QString* error)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return parse(text, detectDelimiter(text.section(QLatin1Char('\n'), 0, 0)), error);
}

std::optional<QString> CsvText::decode(const QByteArray& bytes, QString* error)
{
    // Excel's "Unicode Text" export is UTF-16 with a byte order mark.
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        auto decoder
            = QStringDecoder(bytes.startsWith("\xff\xfe") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = decoder(bytes.mid(2));
        if (!decoder.hasError())
            return text;
    }
    if (bytes.contains('\0')) {
        if (error)
            *error = Text::tr("this is not a text file");
        return std::nullopt;
    }
    return QString::fromUtf8(bytes);
}
