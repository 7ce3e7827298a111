#include "consortium/MatrixReport.h"

#include "model/Dates.h"

#include <QCoreApplication>
#include <QDateTime>

#include <nlohmann/json.hpp>

using Reciprocity::State;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MatrixReport)
};

ReportBlock heading(const QString& text, ReportBlock::Kind kind = ReportBlock::Kind::Heading)
{
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    return b;
}

ReportBlock paragraph(const QString& text)
{
    return heading(text, ReportBlock::Kind::Paragraph);
}
} // namespace

ReportDocument MatrixReport::build(const Roster& roster, const Reciprocity::Result& result,
    const QHash<QString, Reciprocity::MemberPartners>& partners)
{
    ReportDocument doc;
    doc.title = Text::tr("Consortium reciprocity and agreement");
    doc.institution = roster.name.isEmpty() ? Text::tr("Consortium") : roster.name;
    const int n = int(result.codes.size());
    doc.header = { { Text::tr("Checked"), Dates::shown(QDateTime::currentDateTime()) },
        { Text::tr("Members"), QString::number(n) },
        { Text::tr("Pairs"), Text::tr("%1 (each member borrowing from each other member)").arg(n * (n - 1)) } };

    ReportBlock summary = heading(Text::tr("Summary"));
    doc.blocks.append(summary);
    ReportBlock counts;
    counts.kind = ReportBlock::Kind::Table;
    counts.headers = { Text::tr("Mark"), Text::tr("State"), Text::tr("Pairs"), Text::tr("Meaning") };
    for (State s : Reciprocity::states()) {
        counts.rows.append({ Reciprocity::mark(s), Reciprocity::name(s), QString::number(result.count(s)),
            Reciprocity::explanation(s) });
    }
    counts.columnWidths = { 8, 20, 10, 62 };
    doc.blocks.append(counts);
    doc.blocks.append(paragraph(result.allAgree()
            ? Text::tr("Every pair that lends and borrows agrees with the roster.")
            : Text::tr("Rows are borrowers, columns lenders: the cell of row A and column B is A borrowing from B, "
                       "which needs A's partner record of B and B's partner record of A.")));

    // The matrix, in blocks of lenders that fit the page's width.
    doc.blocks.append(heading(Text::tr("Matrix")));
    for (int first = 0; first < n; first += LendersPerBlock) {
        const int last = std::min(n, first + LendersPerBlock) - 1;
        ReportBlock block;
        block.kind = ReportBlock::Kind::Table;
        block.headers = { Text::tr("Borrower") };
        for (int l = first; l <= last; ++l)
            block.headers.append(result.codes.at(l));
        for (int b = 0; b < n; ++b) {
            QStringList row { result.codes.at(b) };
            for (int l = first; l <= last; ++l)
                row.append(b == l ? QStringLiteral("—") : Reciprocity::mark(result.pair(b, l).state));
            block.rows.append(row);
        }
        doc.blocks.append(heading(Text::tr("Lenders %1 to %2").arg(result.codes.at(first), result.codes.at(last)),
            ReportBlock::Kind::Subheading));
        doc.blocks.append(block);
    }

    // Every pair that needs work, with its reasons.
    ReportBlock pairs;
    pairs.kind = ReportBlock::Kind::Table;
    pairs.headers = { Text::tr("Borrower"), Text::tr("Lender"), Text::tr("State"), Text::tr("Why") };
    pairs.columnWidths = { 12, 12, 18, 58 };
    for (int b = 0; b < n; ++b) {
        for (int l = 0; l < n; ++l) {
            const Reciprocity::Pair& p = result.pair(b, l);
            if (b == l || p.state == State::Ok || p.state == State::NotApplicable)
                continue;
            pairs.rows.append({ result.codes.at(b), result.codes.at(l),
                Reciprocity::mark(p.state) + QLatin1Char(' ') + Reciprocity::name(p.state),
                p.reasons.join(QLatin1String("; ")) });
        }
    }
    doc.blocks.append(heading(Text::tr("Pairs that need work")));
    if (pairs.rows.isEmpty())
        doc.blocks.append(paragraph(Text::tr("None.")));
    else
        doc.blocks.append(pairs);

    // What each member changes in its own Alma.
    doc.blocks.append(heading(Text::tr("To do, per member")));
    for (const RosterMember& m : roster.members) {
        const Reciprocity::MemberPartners read = partners.value(m.code());
        doc.blocks.append(
            heading(QStringLiteral("%1 (%2)").arg(m.code(), m.record.name), ReportBlock::Kind::Subheading));
        if (!read.read) {
            doc.blocks.append(paragraph(Text::tr("Not read: %1.").arg(read.error)));
            continue;
        }
        const QStringList todo = result.todo.value(m.code());
        if (todo.isEmpty()) {
            doc.blocks.append(paragraph(
                Text::tr("Nothing: its partner records agree with the roster (read from %1).").arg(read.source)));
            continue;
        }
        ReportBlock list;
        list.kind = ReportBlock::Kind::Checklist;
        for (const QString& item : todo)
            list.items.append({ false, item, QString() });
        doc.blocks.append(paragraph(Text::tr("Read from %1.").arg(read.source)));
        doc.blocks.append(list);
    }
    doc.signOff = { Text::tr("Checked by") };
    return doc;
}

QByteArray MatrixReport::json(const Reciprocity::Result& result)
{
    using Json = nlohmann::ordered_json;
    Json out = Json::object();
    Json& members = out["members"] = Json::array();
    for (const QString& code : result.codes)
        members.push_back(code.toStdString());
    Json& counts = out["counts"] = Json::object();
    for (State s : Reciprocity::states())
        counts[Reciprocity::key(s).toStdString()] = result.count(s);
    Json& pairs = out["pairs"] = Json::array();
    for (int b = 0; b < result.codes.size(); ++b) {
        for (int l = 0; l < result.codes.size(); ++l) {
            if (b == l)
                continue;
            const Reciprocity::Pair& p = result.pair(b, l);
            Json reasons = Json::array();
            for (const QString& r : p.reasons)
                reasons.push_back(r.toStdString());
            pairs.push_back(
                { { "borrower", result.codes.at(b).toStdString() }, { "lender", result.codes.at(l).toStdString() },
                    { "state", Reciprocity::key(p.state).toStdString() }, { "reasons", reasons } });
        }
    }
    Json& todo = out["todo"] = Json::object();
    for (const QString& code : result.codes) {
        Json items = Json::array();
        for (const QString& t : result.todo.value(code))
            items.push_back(t.toStdString());
        todo[code.toStdString()] = items;
    }
    return QByteArray::fromStdString(out.dump(2)) + '\n';
}
