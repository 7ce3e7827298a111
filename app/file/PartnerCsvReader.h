#pragma once

#include "file/CsvText.h"
#include "model/Partner.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// Reads partners from a CSV file (a spreadsheet export, or a list from the consortium office).
// The first row names the columns, with Alma's field names or the table's titles
// ("code" or "Code", "expiry_time" or "Expiry days", …); "code" is required. Comma, semicolon
// and tab delimiters are recognised; quotes follow RFC 4180.
class PartnerCsvReader {
public:
    struct Result {
        QList<Partner> partners;
        QStringList errors; // "line 4: expiry days "x" is not a whole number"
        bool ok() const { return errors.isEmpty(); }
    };

    // `defaults` supplies the values of columns the file does not have.
    static Result read(QIODevice& device, const Partner& defaults);
    // Opens and reads the file; a file that cannot be opened is an error naming it.
    static Result readFile(const QString& path, const Partner& defaults);
    static Result read(const QString& text, const Partner& defaults);
    using Row = CsvText::Row;
    // Splits CSV text into rows of fields (CsvText::parse).
    static QList<Row> parse(const QString& text, QChar delimiter, QString* error)
    {
        return CsvText::parse(text, delimiter, error);
    }
};
