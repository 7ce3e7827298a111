#include "consortium/RosterCsvReader.h"

#include "consortium/RosterFile.h"
#include "file/BoundedFile.h"
#include "file/CsvText.h"
#include "file/PartnerCsvReader.h"
#include "model/PartnerFields.h"
#include "model/SetupLimits.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RosterCsvReader)
};

// "Alma URL", "alma_url" and "almaUrl" all name the same column.
QString normalized(const QString& header)
{
    QString out;
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

enum class Column {
    Symbol,
    AlmaInstitution,
    Region,
    AlmaUrl,
    Lends,
    Borrows,
    Library,
    CirculationDesk,
    BorrowingLocation,
    LendingLocation
};

const QHash<QString, Column>& memberColumns()
{
    static const QHash<QString, Column> columns { { QStringLiteral("symbol"), Column::Symbol },
        { QStringLiteral("almainstitution"), Column::AlmaInstitution }, { QStringLiteral("region"), Column::Region },
        { QStringLiteral("almaurl"), Column::AlmaUrl }, { QStringLiteral("lends"), Column::Lends },
        { QStringLiteral("borrows"), Column::Borrows }, { QStringLiteral("library"), Column::Library },
        { QStringLiteral("circulationdesk"), Column::CirculationDesk },
        { QStringLiteral("borrowinglocation"), Column::BorrowingLocation },
        { QStringLiteral("lendinglocation"), Column::LendingLocation } };
    return columns;
}
} // namespace

RosterCsvReader::Result RosterCsvReader::read(const QString& text)
{
    Result result;
    // The partner record's columns, read as partner CSV files are.
    const PartnerCsvReader::Result partners = PartnerCsvReader::read(text, Partner());
    result.errors = partners.errors;
    if (!partners.ok())
        return result;
    if (partners.partners.size() > RosterFile::MaxMembers) {
        result.errors.append(Text::tr("the file has %1 members; a consortium holds at most %2")
                                 .arg(partners.partners.size())
                                 .arg(RosterFile::MaxMembers));
        return result;
    }
    QHash<QString, RosterMember> byCode;
    for (const Partner& p : partners.partners) {
        RosterMember m;
        m.record = p;
        byCode.insert(p.code, m);
    }

    // The member's own columns, found by the code of their row.
    QString error;
    const QList<CsvText::Row> rows = CsvText::parse(text, &error);
    const CsvText::Row& header = rows.constFirst();
    QList<std::pair<int, Column>> columns;
    int codeColumn = -1;
    for (int i = 0; i < header.fields.size(); ++i) {
        const PartnerField* field = PartnerFields::fromHeader(header.fields.at(i));
        if (field && field->text == &Partner::code)
            codeColumn = i;
        const auto it = memberColumns().find(normalized(header.fields.at(i)));
        if (it != memberColumns().end() && !field)
            columns.append({ i, *it });
    }
    for (int r = 1; r < rows.size(); ++r) {
        const CsvText::Row& row = rows.at(r);
        const auto it = byCode.find(row.fields.value(codeColumn).trimmed());
        if (it == byCode.end())
            continue; // an empty row
        RosterMember& m = *it;
        for (const auto& [i, column] : columns) {
            const QString value = row.fields.value(i).trimmed().left(SetupLimits::MaxText);
            bool ok = true;
            switch (column) {
            case Column::Symbol:
                if (value.isEmpty())
                    break; // the profile type's own symbol column may hold it
                if (QString Partner::*field = RosterRecords::symbolField(m.record.profileType))
                    m.record.*field = value;
                else if (!value.isEmpty())
                    result.errors.append(Text::tr("line %1: profile type %2 has no symbol; leave \"symbol\" empty")
                                             .arg(row.line)
                                             .arg(m.record.profileType));
                break;
            case Column::AlmaInstitution:
                m.almaInstitution = value;
                break;
            case Column::Region:
                m.region = value;
                break;
            case Column::AlmaUrl:
                m.almaUrl = value;
                break;
            case Column::Lends:
            case Column::Borrows: {
                const bool yes = value.isEmpty() || CsvText::parseBool(value, &ok);
                if (!ok)
                    result.errors.append(Text::tr("line %1: \"%2\" is not yes or no").arg(row.line).arg(value));
                (column == Column::Lends ? m.lends : m.borrows) = yes;
                break;
            }
            case Column::Library:
                m.library = value;
                break;
            case Column::CirculationDesk:
                m.circulationDesk = value;
                break;
            case Column::BorrowingLocation:
                m.borrowingLocation = value;
                break;
            case Column::LendingLocation:
                m.lendingLocation = value;
                break;
            }
        }
        if (m.record.profileType.isEmpty())
            result.errors.append(Text::tr("line %1: member %2 has no profile type").arg(row.line).arg(m.code()));
    }
    for (const Partner& p : partners.partners)
        result.members.append(byCode.value(p.code));
    return result;
}

RosterCsvReader::Result RosterCsvReader::readFile(const QString& path)
{
    Result result;
    const BoundedFile::Contents contents = BoundedFile::read(path, CsvText::MaxFileSize);
    if (!contents.bytes) {
        result.errors.append(QStringLiteral("%1: %2").arg(path, contents.error));
        return result;
    }
    QString error;
    const std::optional<QString> text = CsvText::decode(*contents.bytes, &error);
    if (!text) {
        result.errors.append(QStringLiteral("%1: %2").arg(path, error));
        return result;
    }
    return read(*text);
}
