#include "file/PartnerCsvReader.h"

#include "file/BoundedFile.h"
#include "file/CsvText.h"
#include "model/PartnerFields.h"
#include "model/SetupLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QStringDecoder>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PartnerCsvReader)
};

} // namespace

PartnerCsvReader::Result PartnerCsvReader::readFile(const QString& path, const Partner& defaults)
{
    const BoundedFile::Contents contents = BoundedFile::read(path, CsvText::MaxFileSize);
    if (!contents.bytes) {
        Result r;
        r.errors.append(Text::tr("could not open %1: %2").arg(QDir::toNativeSeparators(path), contents.error));
        return r;
    }
    QString error;
    const std::optional<QString> text = CsvText::decode(*contents.bytes, &error);
    if (!text) {
        Result r;
        r.errors.append(error);
        return r;
    }
    return read(*text, defaults);
}

PartnerCsvReader::Result PartnerCsvReader::read(QIODevice& device, const Partner& defaults)
{
    QString error;
    const std::optional<QByteArray> bytes = BoundedFile::readAtMost(device, CsvText::MaxFileSize);
    if (!bytes) {
        Result r;
        r.errors.append(Text::tr("the file is larger than %1 MB").arg(CsvText::MaxFileSize / (1024 * 1024)));
        return r;
    }
    const std::optional<QString> text = CsvText::decode(*bytes, &error);
    if (!text) {
        Result r;
        r.errors.append(error);
        return r;
    }
    return read(*text, defaults);
}

PartnerCsvReader::Result PartnerCsvReader::read(const QString& input, const Partner& defaults)
{
    Result result;
    QString error;
    const QList<Row> rows = CsvText::parse(input, &error);
    if (!error.isEmpty()) {
        result.errors.append(error);
        return result;
    }
    if (rows.isEmpty()) {
        result.errors.append(Text::tr("the file is empty"));
        return result;
    }

    if (rows.size() - 1 > SetupLimits::MaxListItems) {
        result.errors.append(Text::tr("the file has %1 rows; a setup holds at most %2 partners")
                                 .arg(rows.size() - 1)
                                 .arg(SetupLimits::MaxListItems));
        return result;
    }

    QList<std::pair<int, const PartnerField*>> columns;
    const Row& header = rows.constFirst();
    for (int i = 0; i < header.fields.size(); ++i) {
        if (const PartnerField* field = PartnerFields::fromHeader(header.fields.at(i)))
            columns.append({ i, field });
    }
    const bool hasCode
        = std::any_of(columns.cbegin(), columns.cend(), [](const auto& c) { return c.second->text == &Partner::code; });
    if (!hasCode) {
        result.errors.append(Text::tr("line %1: no \"code\" column in the header row").arg(header.line));
        return result;
    }

    QHash<QString, int> seen;
    for (int r = 1; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        // Spreadsheets often end with rows of empty cells (",,,,"): skip them.
        if (std::all_of(row.fields.cbegin(), row.fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); }))
            continue;
        Partner p = defaults;
        QSet<const PartnerField*> given; // the fields this row sets
        bool rowOk = true;
        auto fail = [&](const QString& message) {
            result.errors.append(Text::tr("line %1: %2").arg(row.line).arg(message));
            rowOk = false;
        };
        for (const auto& [i, field] : columns) {
            const QString value = row.fields.value(i).trimmed();
            if (value.size() > SetupLimits::MaxText) {
                fail(Text::tr("a value is %1 characters long; a value holds at most %2")
                         .arg(value.size())
                         .arg(SetupLimits::MaxText));
                break;
            }
            if (value.isEmpty() && field->text != &Partner::code)
                continue; // an empty cell keeps the default
            given.insert(field);
            bool ok = true;
            switch (field->kind) {
            case PartnerField::Kind::Text:
                field->setValue(p, value);
                break;
            case PartnerField::Kind::Choice: {
                const QString upper = value.toUpper();
                if (!field->choices.contains(upper)) {
                    fail(Text::tr("%1 \"%2\" is not one of Alma's values (%3)")
                             .arg(field->translatedTitle(), value, field->choices.join(QLatin1String(", "))));
                    break;
                }
                field->setValue(p, upper);
                break;
            }
            case PartnerField::Kind::Number: {
                const int n = value.toInt(&ok);
                if (!ok || n < 0) {
                    fail(Text::tr("%1 \"%2\" is not a whole number").arg(field->translatedTitle(), value));
                    break;
                }
                field->setValue(p, n);
                break;
            }
            case PartnerField::Kind::YesNo: {
                const bool b = CsvText::parseBool(value, &ok);
                if (!ok) {
                    fail(Text::tr("%1 \"%2\" is not yes or no").arg(field->translatedTitle(), value));
                    break;
                }
                field->setValue(p, b);
                break;
            }
            }
        }
        // A default the row's profile type has no use for (expiry days of an ISO 18626 partner) is
        // not imported: it would only be flagged as unused.
        for (const PartnerField& f : PartnerFields::all()) {
            if (!given.contains(&f) && f.isSet(p) && !f.appliesTo(p.profileType))
                f.clear(p);
        }
        if (p.code.isEmpty()) {
            fail(Text::tr("the partner code is empty"));
        } else if (seen.contains(p.code)) {
            fail(Text::tr("partner code \"%1\" already appears on line %2").arg(p.code).arg(seen.value(p.code)));
        }
        if (rowOk) {
            seen.insert(p.code, row.line);
            result.partners.append(p);
        }
    }
    return result;
}
