#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

class QByteArray;

// CSV as spreadsheets write it, for the importers (partners, existing rules): RFC 4180 quotes,
// comma, semicolon or tab delimiters, UTF-8 or Excel's UTF-16 "Unicode Text".
namespace CsvText {
// Larger files are refused before they are read (5,000 partners take about 1 MB).
inline constexpr qint64 MaxFileSize = qint64(16) * 1024 * 1024;

struct Row {
    int line; // 1-based line the row starts on
    QStringList fields;
};

// Rows of `text` (a leading byte order mark is skipped), the delimiter found from the first line.
QList<Row> parse(const QString& text, QString* error);
// Rows of `text` split at `delimiter`. Empty lines are skipped; `error` is set for an unclosed quote.
QList<Row> parse(const QString& text, QChar delimiter, QString* error);
QChar detectDelimiter(const QString& firstLine);
// yes/no, true/false, y/n, 1/0 (any case).
bool parseBool(const QString& text, bool* ok);
// The text of a file's bytes: UTF-16 with a byte order mark, else UTF-8; binary data is refused.
std::optional<QString> decode(const QByteArray& bytes, QString* error);
} // namespace CsvText
