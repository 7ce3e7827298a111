#include "file/PartnerCsvReader.h"

#include "file/BoundedFile.h"
#include "file/CsvText.h"
#include "model/SetupLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QStringDecoder>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PartnerCsvReader)
};

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
        result.errors.append(Text::tr("the file has %1 rows; a setup holds at most %2 partners").arg(rows.size() - 1).arg(SetupLimits::MaxListItems));
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
        bool rowOk = true;
        auto fail = [&](const QString& message) {
            result.errors.append(Text::tr("line %1: %2").arg(row.line).arg(message));
            rowOk = false;
        };
        for (const auto& [i, column] : columns) {
            const QString value = row.fields.value(i).trimmed();
            if (value.size() > SetupLimits::MaxText) {
                fail(Text::tr("a value is %1 characters long; a value holds at most %2").arg(value.size()).arg(SetupLimits::MaxText));
                break;
            }
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
                    fail(Text::tr("\"%1\" is not a whole number of days").arg(value));
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
                const bool b = CsvText::parseBool(value, &ok);
                if (!ok) {
                    fail(Text::tr("\"%1\" is not yes or no").arg(value));
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
