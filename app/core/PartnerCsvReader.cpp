#include "PartnerCsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QStringDecoder>

namespace {
QString tr(const char* text) { return QCoreApplication::translate("PartnerCsvReader", text); }

enum class Column {
    Code,
    Name,
    ProfileType,
    Status,
    BorrowingWorkflow,
    LendingWorkflow,
    ExpiryDays,
    AvgSupplyTime,
    DeliveryDelay,
    BorrowingSupported,
    LendingSupported,
    LocateProfile,
    InstitutionCode,
    HoldingCode,
    SystemType,
};

QString normalizeHeader(QString h)
{
    h = h.trimmed().toLower();
    h.replace(QLatin1Char(' '), QLatin1Char('_'));
    h.replace(QLatin1Char('.'), QLatin1Char('_'));
    h.remove(QLatin1Char('('));
    h.remove(QLatin1Char(')'));
    return h;
}

const QHash<QString, Column>& headerNames()
{
    static const QHash<QString, Column> names = {
        { QStringLiteral("code"), Column::Code },
        { QStringLiteral("name"), Column::Name },
        { QStringLiteral("profile_type"), Column::ProfileType },
        { QStringLiteral("profile_details_profile_type"), Column::ProfileType },
        { QStringLiteral("status"), Column::Status },
        { QStringLiteral("borrowing_workflow"), Column::BorrowingWorkflow },
        { QStringLiteral("lending_workflow"), Column::LendingWorkflow },
        { QStringLiteral("expiry_time"), Column::ExpiryDays },
        { QStringLiteral("expiry_days"), Column::ExpiryDays },
        { QStringLiteral("expiry_time_days"), Column::ExpiryDays },
        { QStringLiteral("avg_supply_time"), Column::AvgSupplyTime },
        { QStringLiteral("avg__supply_time"), Column::AvgSupplyTime },
        { QStringLiteral("delivery_delay"), Column::DeliveryDelay },
        { QStringLiteral("borrowing_supported"), Column::BorrowingSupported },
        { QStringLiteral("borrowing"), Column::BorrowingSupported },
        { QStringLiteral("lending_supported"), Column::LendingSupported },
        { QStringLiteral("lending"), Column::LendingSupported },
        { QStringLiteral("locate_profile"), Column::LocateProfile },
        { QStringLiteral("institution_code"), Column::InstitutionCode },
        { QStringLiteral("holding_code"), Column::HoldingCode },
        { QStringLiteral("system_type"), Column::SystemType },
    };
    return names;
}

QChar detectDelimiter(const QString& firstLine)
{
    const int commas = int(firstLine.count(QLatin1Char(',')));
    const int semicolons = int(firstLine.count(QLatin1Char(';')));
    const int tabs = int(firstLine.count(QLatin1Char('\t')));
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

bool parseBool(const QString& text, bool* ok)
{
    const QString t = text.trimmed().toLower();
    *ok = true;
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("y") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("n") || t == QLatin1String("0"))
        return false;
    *ok = false;
    return false;
}
} // namespace

QList<PartnerCsvReader::Row> PartnerCsvReader::parse(const QString& text, QChar delimiter, QString* error)
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
            *error = tr("line %1: a quoted field is not closed").arg(row.line);
        return {};
    }
    if (rowHasContent || !field.isEmpty()) {
        row.fields.append(field);
        rows.append(row);
    }
    return rows;
}

PartnerCsvReader::Result PartnerCsvReader::readFile(const QString& path, const Partner& defaults)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.errors.append(tr("could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return r;
    }
    return read(file, defaults);
}

PartnerCsvReader::Result PartnerCsvReader::read(QIODevice& device, const Partner& defaults)
{
    const QByteArray bytes = device.readAll();
    // Excel's "Unicode Text" export is UTF-16 with a byte order mark.
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        auto decoder = QStringDecoder(bytes.startsWith("\xff\xfe") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = decoder(bytes.mid(2));
        if (!decoder.hasError())
            return read(text, defaults);
    }
    if (bytes.contains('\0')) {
        Result r;
        r.errors.append(tr("this is not a text file"));
        return r;
    }
    return read(QString::fromUtf8(bytes), defaults);
}

PartnerCsvReader::Result PartnerCsvReader::read(const QString& input, const Partner& defaults)
{
    Result result;
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar delimiter = detectDelimiter(text.section(QLatin1Char('\n'), 0, 0));
    QString error;
    const QList<Row> rows = parse(text, delimiter, &error);
    if (!error.isEmpty()) {
        result.errors.append(error);
        return result;
    }
    if (rows.isEmpty()) {
        result.errors.append(tr("the file is empty"));
        return result;
    }

    QList<std::pair<int, Column>> columns;
    const Row& header = rows.constFirst();
    for (int i = 0; i < header.fields.size(); ++i) {
        const auto it = headerNames().constFind(normalizeHeader(header.fields.at(i)));
        if (it != headerNames().cend())
            columns.append({ i, *it });
    }
    const bool hasCode = std::any_of(columns.cbegin(), columns.cend(), [](const auto& c) { return c.second == Column::Code; });
    if (!hasCode) {
        result.errors.append(tr("line %1: no \"code\" column in the header row").arg(header.line));
        return result;
    }

    QHash<QString, int> seen;
    for (int r = 1; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        // Spreadsheets often end with rows of empty cells (",,,,"): skip them.
        if (std::all_of(row.fields.cbegin(), row.fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); }))
            continue;
        Partner p = defaults;
        bool rowOk = true;
        auto fail = [&](const QString& message) {
            result.errors.append(tr("line %1: %2").arg(row.line).arg(message));
            rowOk = false;
        };
        for (const auto& [i, column] : columns) {
            const QString value = row.fields.value(i).trimmed();
            bool ok = true;
            switch (column) {
            case Column::Code:
                p.code = value;
                break;
            case Column::Name:
                p.name = value;
                break;
            case Column::ProfileType:
                if (!value.isEmpty())
                    p.profileType = value.toUpper();
                break;
            case Column::Status:
                if (!value.isEmpty())
                    p.status = value.toUpper();
                break;
            case Column::BorrowingWorkflow:
                if (!value.isEmpty())
                    p.borrowingWorkflow = value;
                break;
            case Column::LendingWorkflow:
                if (!value.isEmpty())
                    p.lendingWorkflow = value;
                break;
            case Column::ExpiryDays:
            case Column::AvgSupplyTime:
            case Column::DeliveryDelay: {
                if (value.isEmpty())
                    break;
                const int n = value.toInt(&ok);
                if (!ok || n < 0) {
                    fail(tr("\"%1\" is not a whole number of days").arg(value));
                    break;
                }
                (column == Column::ExpiryDays ? p.expiryDays
                        : column == Column::AvgSupplyTime ? p.avgSupplyTime
                                                          : p.deliveryDelay)
                    = n;
                break;
            }
            case Column::BorrowingSupported:
            case Column::LendingSupported: {
                if (value.isEmpty())
                    break;
                const bool b = parseBool(value, &ok);
                if (!ok) {
                    fail(tr("\"%1\" is not yes or no").arg(value));
                    break;
                }
                (column == Column::BorrowingSupported ? p.borrowingSupported : p.lendingSupported) = b;
                break;
            }
            case Column::LocateProfile:
                p.locateProfile = value;
                break;
            case Column::InstitutionCode:
                p.institutionCode = value;
                break;
            case Column::HoldingCode:
                p.holdingCode = value;
                break;
            case Column::SystemType:
                p.systemType = value;
                break;
            }
        }
        if (p.code.isEmpty()) {
            fail(tr("the partner code is empty"));
        } else if (seen.contains(p.code)) {
            fail(tr("partner code \"%1\" already appears on line %2").arg(p.code).arg(seen.value(p.code)));
        }
        if (rowOk) {
            seen.insert(p.code, row.line);
            result.partners.append(p);
        }
    }
    return result;
}
