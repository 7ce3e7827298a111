// The completion report: every section, step and value appears in each format; user values are
// escaped; Markdown boxes match the ticks; the PDF has the expected pages and text (pdftotext).
#include "PluralForms.h"
#include "RandomSetup.h"
#include "checks/SetupValidator.h"
#include "model/AlmaItemKey.h"
#include "model/FieldCatalog.h"
#include "model/FieldId.h"
#include "model/Presets.h"
#include "model/RuleCatalog.h"
#include "model/SectionCatalog.h"
#include "report/HtmlReport.h"
#include "report/MarkdownReport.h"
#include "report/ReportBuilder.h"
#include "report/ReportExporter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QMap>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace {
QString F(const char* id)
{
    return QString::fromLatin1(id);
}

// A setup with plain values (no Markdown or HTML specials), some steps ticked, one section not needed.
SetupData plainSetup()
{
    SetupData d = Presets::create(F(Presets::Wrlc));
    d.fields.insert(F(FieldId::Institution), QStringLiteral("Example University"));
    d.fields.insert(F(FieldId::PreparedBy), QStringLiteral("Pat Lender"));
    d.fields.insert(F(FieldId::LibraryCode), QStringLiteral("MAIN"));
    for (int i = 0; i < 3; ++i) {
        Partner p;
        p.code = QStringLiteral("PARTNER%1").arg(i);
        p.name = QStringLiteral("Partner Library %1").arg(i);
        d.partners.append(p);
    }
    d.policies.append(
        { QStringLiteral("Loan Period"), QStringLiteral("P2P Loan Period"), QStringLiteral("28 days"), {} });
    Rule existing;
    existing.name = QStringLiteral("Catch all rota");
    d.existingRules[RuleId::RotaAssignment] = { existing };
    int n = 0;
    for (SectionId s : Sections::all()) {
        for (const StepSpec& step : SectionCatalog::section(s).steps) {
            if (++n % 3 == 0)
                d.sections[s].steps.insert(step.key(),
                    { true, QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()),
                        QStringLiteral("Sam Borrower"), {} });
        }
    }
    d.sections[SectionId::SendingBorrowingRequestRule].notNeeded = true;
    d.sections[SectionId::SendingBorrowingRequestRule].notNeededReason = QStringLiteral("The rota sends requests");
    return d;
}

ReportDocument reportOf(const SetupData& d, bool sandbox = false)
{
    ReportBuilder::Info info;
    info.fileName = QStringLiteral("/data/example.p2p.json");
    info.lastChanged = QDateTime(QDate(2026, 11, 28), QTime(9, 0));
    SetupData data = d;
    if (sandbox) { // a result recorded from the sandbox marks the report
        AlmaRecord r;
        r.label = QStringLiteral("Job");
        r.sandbox = true;
        data.alma.insert(AlmaItemKey::expiredRequestsJob(), r);
    }
    return ReportBuilder::build(data, SetupValidator::validate(data), info);
}

QString runTool(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}
// The lines of text in the top 70 points of a page, from `pdftotext -bbox`: words on one
// baseline, left to right.
QStringList topBandLines(const QString& bbox)
{
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QMap<QString, QMap<double, QString>> lines; // by yMin, then xMin
    for (auto it = word.globalMatch(bbox); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(3).toDouble() < 70)
            lines[m.captured(2)].insert(m.captured(1).toDouble(), m.captured(4));
    }
    QStringList out;
    for (const auto& line : std::as_const(lines))
        out.append(QStringList(line.cbegin(), line.cend()).join(QLatin1Char(' ')));
    return out;
}
} // namespace

class TestReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(installPluralForms()); }
    void everythingAppearsInHtml();
    void everythingAppearsInMarkdown();
    void markdownBoxesMatchTicks();
    void userValuesAreEscaped();
    void sandboxIsClearlyMarked();
    void longValuesAreCutShort();
    void pdfHasPagesAndEverySection();
    void longTablesGoToAnAppendix();
    void exportPicksFormatFromExtension();
    void suggestionsAreMarked();
    void overviewComesFirst();
    void almaResultsShowOnTheirStep();
};

void TestReport::almaResultsShowOnTheirStep()
{
    // A push created the borrowing location; nobody has ticked or verified it yet. Its step
    // says so, instead of only "to do".
    SetupData d = plainSetup();
    const QString library = d.fields.value(F(FieldId::LibraryCode)).toString();
    const QString borrowing = d.fields.value(F(FieldId::BorrowingLocationCode)).toString();
    QVERIFY(!library.isEmpty() && !borrowing.isEmpty());
    const StepSpec* add
        = SectionCatalog::section(SectionId::TemporaryLocations).step(QStringLiteral("add-borrowing-location"));
    QVERIFY(add);
    d.sections[SectionId::TemporaryLocations].steps.remove(add->key());
    AlmaRecord created;
    created.outcome = AlmaRecord::Outcome::Created;
    created.label = QStringLiteral("Temporary borrowing location");
    created.at = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());
    d.alma.insert(AlmaItemKey::location(library, borrowing), created);
    const ReportDocument doc = reportOf(d);
    bool found = false;
    for (const ReportBlock& b : doc.blocks) {
        for (const ReportBlock::ChecklistItem& item : b.items) {
            if (item.text == add->translatedText(d)) {
                found = true;
                QVERIFY(!item.done);
                QVERIFY2(item.detail.startsWith(QStringLiteral("Last push or verify: 1 × Created in Alma (1 Dec 2026")),
                    qPrintable(item.detail));
                QVERIFY2(item.detail.contains(QLatin1String("verify pending")), qPrintable(item.detail));
            }
        }
    }
    QVERIFY(found);
    // The push attaches the desk to that location too; no other step has such a line.
    const StepSpec* attach
        = SectionCatalog::section(SectionId::TemporaryLocations).step(QStringLiteral("attach-desk-borrowing"));
    QVERIFY(attach);
    for (const ReportBlock& b : doc.blocks) {
        for (const ReportBlock::ChecklistItem& item : b.items) {
            const bool concerned = item.text == add->translatedText(d) || item.text == attach->translatedText(d);
            QVERIFY2(concerned == item.detail.contains(QLatin1String("Last push or verify:")) || item.done,
                qPrintable(item.text));
        }
    }
}

void TestReport::overviewComesFirst()
{
    // Page 1 for a supervisor: every section with its status and counts, then the open problems.
    const SetupData d = plainSetup();
    const QList<Finding> findings = SetupValidator::validate(d);
    QVERIFY(Findings::count(findings, Finding::Severity::Warning) > 0);
    const QString md = MarkdownReport::write(reportOf(d));
    const qsizetype overview = md.indexOf(QLatin1String("## Overview"));
    const qsizetype firstSection
        = md.indexOf(QLatin1String("## ") + SectionCatalog::section(SectionId::ResourceSharingLibrary).numberedTitle());
    QVERIFY(overview >= 0 && overview < firstSection);
    const QString page1 = md.mid(overview, firstSection - overview);
    for (SectionId s : Sections::all()) {
        const QString title = SectionCatalog::section(s).numberedTitle();
        QVERIFY2(page1.contains(QLatin1String("| ") + title + QLatin1String(" |"))
                || page1.contains(QLatin1String("| **") + title + QLatin1String("** |")), // a section with errors
            qPrintable(title));
    }
    QVERIFY(page1.contains(QLatin1String("Open problems")));
    // Errors and warnings, up to 25 of them, each with its section.
    const ReportDocument doc = reportOf(d);
    const auto problems = std::find_if(doc.blocks.cbegin(), doc.blocks.cend(),
        [](const ReportBlock& b) { return b.text == QLatin1String("Open problems"); });
    QVERIFY(problems != doc.blocks.cend());
    const int open
        = Findings::count(findings, Finding::Severity::Error) + Findings::count(findings, Finding::Severity::Warning);
    QCOMPARE(problems->rows.size(), open > 25 ? 26 : open);
    for (const Finding& f : findings) {
        if (f.severity == Finding::Severity::Error) {
            QVERIFY(problems->rows.contains(QStringList { SectionCatalog::section(f.section).numberedTitle(),
                QStringLiteral("Error"), Findings::messageAndFix(f) }));
        }
    }
    // Section 2's locations side by side, one row per attribute.
    QVERIFY2(
        md.contains(QLatin1String("| Code | ") + d.fields.value(F(FieldId::BorrowingLocationCode)).toString()
            + QLatin1String(" | ") + d.fields.value(F(FieldId::LendingLocationCode)).toString() + QLatin1String(" |")),
        qPrintable(md.mid(md.indexOf(QLatin1String("Temporary borrowing location |")), 300)));
    // In HTML (and so the PDF) the sections start on a new page.
    QVERIFY(HtmlReport::write(reportOf(d)).contains(QLatin1String("page-break-before: always")));
}

void TestReport::everythingAppearsInHtml()
{
    // Random values with quotes, ampersands, angle brackets and non-Latin text, all escaped.
    SetupData d = RandomSetup(3).create();
    for (SectionId s : Sections::all())
        d.sections[s].notNeeded = false; // everything is printed (a not-needed section prints its reason only)
    const QString html = HtmlReport::write(reportOf(d));
    for (SectionId s : Sections::all()) {
        const SectionSpec& spec = SectionCatalog::section(s);
        QVERIFY2(html.contains(spec.numberedTitle().toHtmlEscaped()), qPrintable(spec.numberedTitle()));
        if (d.sections.value(s).notNeeded)
            continue; // only its reason is printed (markdownBoxesMatchTicks)
        for (const StepSpec& step : spec.steps)
            QVERIFY2(html.contains(step.translatedText().toHtmlEscaped()), step.id);
    }
    for (const Partner& p : d.partners) {
        QVERIFY2(html.contains(p.code.toHtmlEscaped()), qPrintable(p.code));
        QVERIFY(html.contains(p.name.toHtmlEscaped()));
    }
    for (const FieldSpec& spec : FieldCatalog::all()) {
        if (spec.type != FieldType::Text)
            continue;
        const QString value = d.fields.value(spec.key()).toString().trimmed();
        if (!value.isEmpty())
            QVERIFY2(html.contains(value.toHtmlEscaped()), spec.id);
    }
    for (RuleId id : RuleIds::all()) {
        if (d.sections.value(RuleCatalog::rule(id).section).notNeeded)
            continue;
        QVERIFY(html.contains(d.rules.value(id).name.toHtmlEscaped()));
        for (const Rule& r : d.existingRules.value(id))
            QVERIFY(html.contains(r.name.toHtmlEscaped()));
    }
    for (const KeyValue& row : d.otherSettings)
        QVERIFY(html.contains(row.key.toHtmlEscaped()));
    for (const FulfillmentPolicy& p : d.policies)
        QVERIFY(d.sections.value(SectionId::FulfillmentPolicies).notNeeded || html.contains(p.name.toHtmlEscaped()));
}

void TestReport::everythingAppearsInMarkdown()
{
    const SetupData d = plainSetup();
    const QString md = MarkdownReport::write(reportOf(d));
    for (SectionId s : Sections::all())
        QVERIFY2(md.contains(QStringLiteral("## ") + SectionCatalog::section(s).numberedTitle()),
            qPrintable(SectionCatalog::section(s).numberedTitle()));
    for (const Partner& p : d.partners)
        QVERIFY(md.contains(QStringLiteral("| ") + p.code + QStringLiteral(" | ") + p.name + QStringLiteral(" |")));
    QVERIFY(md.contains(QStringLiteral("Example University")));
    QVERIFY(md.contains(QStringLiteral("P2P Loan Period")));
    QVERIFY(md.contains(QStringLiteral("Not needed: The rota sends requests")));
    QVERIFY(md.contains(QStringLiteral("Catch all rota")));
    QVERIFY(md.contains(QStringLiteral("Prepared by: ______")));
}

void TestReport::markdownBoxesMatchTicks()
{
    const SetupData d = plainSetup();
    const QString md = MarkdownReport::write(reportOf(d));
    int checked = 0;
    for (SectionId s : Sections::all()) {
        for (const StepSpec& step : SectionCatalog::section(s).steps) {
            const bool done = d.sections.value(s).steps.value(step.key()).done;
            // Markdown escapes only what it must; the step texts here have no such characters.
            QString text = step.translatedText(d);
            text.replace(QRegularExpression(QStringLiteral(R"(([\\`*_\[\]|<>&]))")), QStringLiteral("\\\\1"));
            const QString line = (done ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ")) + text;
            if (d.sections.value(s).notNeeded) {
                QVERIFY2(!md.contains(line), qPrintable(line)); // a not-needed section prints only its reason
                continue;
            }
            QVERIFY2(md.contains(line), qPrintable(line));
            if (done) {
                ++checked;
                QVERIFY(md.contains(line + QStringLiteral(" — _done by Sam Borrower")));
            }
        }
    }
    QVERIFY(checked > 5);
    QCOMPARE(int(md.count(QStringLiteral("- [x] "))), checked);
    int total = 0;
    for (SectionId s : Sections::all())
        total += d.sections.value(s).notNeeded ? 0 : int(SectionCatalog::section(s).steps.size());
    QCOMPARE(int(md.count(QStringLiteral("- [ ] "))), total - checked);
}

void TestReport::userValuesAreEscaped()
{
    SetupData d = plainSetup();
    d.fields.insert(F(FieldId::Institution), QStringLiteral("<script>alert('x')</script> Smith & Jones"));
    d.partners[0].name = QStringLiteral("A&M <b>Libraries</b>");
    d.rules[RuleId::RotaAssignment].name = QStringLiteral("Rota \"1\" <img src=x onerror=alert(1)>");
    const ReportDocument report = reportOf(d);
    const QString html = HtmlReport::write(report);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("<b>Libraries")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Smith &amp; Jones"))
        || html.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; Smith &amp; Jones")));
    QVERIFY(html.contains(QStringLiteral("A&amp;M &lt;b&gt;Libraries&lt;/b&gt;")));
    const QString qt = HtmlReport::write(report, HtmlReport::Flavor::QtRichText);
    QVERIFY(!qt.contains(QStringLiteral("<script>")));
    const QString md = MarkdownReport::write(report);
    QVERIFY(!md.contains(QStringLiteral("<script>")));
    QVERIFY(md.contains(QStringLiteral("A\\&M \\<b\\>Libraries\\</b\\>")));
}

void TestReport::longValuesAreCutShort()
{
    // 20 partners with 32,767-character names made a 41-second PDF; each value now shows at most
    // 1,000 characters and says how long it is, and the PDF stays quick.
    SetupData d = plainSetup();
    const QString huge(32767, QLatin1Char('x'));
    d.fields.insert(F(FieldId::Institution), huge);
    for (int i = 0; i < 20; ++i) {
        Partner p = d.partners.constFirst();
        p.code = QStringLiteral("LONG%1").arg(i);
        p.name = huge;
        d.partners.append(p);
    }
    const ReportDocument report = reportOf(d);
    const QString html = HtmlReport::write(report);
    QVERIFY(!html.contains(QString(1001, QLatin1Char('x'))));
    QVERIFY(html.contains(QString(1000, QLatin1Char('x'))));
    QVERIFY(html.contains(QStringLiteral("32767 characters in all")));
    QElapsedTimer timer;
    timer.start();
    const QByteArray pdf = ReportExporter::pdf(report);
    QVERIFY(pdf.startsWith("%PDF"));
    qInfo("PDF of 21 long values: %lld ms", timer.elapsed());
}

void TestReport::sandboxIsClearlyMarked()
{
    const ReportDocument report = reportOf(plainSetup(), true);
    QVERIFY(HtmlReport::write(report).contains(QStringLiteral("SANDBOX")));
    QVERIFY(MarkdownReport::write(report).contains(QStringLiteral("SANDBOX")));
    QVERIFY(!HtmlReport::write(reportOf(plainSetup())).contains(QStringLiteral("SANDBOX")));
}

void TestReport::pdfHasPagesAndEverySection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(!ReportExporter::write(reportOf(plainSetup()), path));
    const QString info = runTool(QStringLiteral("pdfinfo"), { path });
    QVERIFY2(!info.isEmpty(), "pdfinfo (poppler-utils, installed by setup.sh) could not read the PDF");
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(pages.hasMatch());
    QVERIFY2(pages.captured(1).toInt() >= 4, qPrintable(info)); // 14 sections do not fit on three pages
    const QString text = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    QVERIFY(!text.isEmpty());
    // NFKC turns the font's ligatures (ﬂ in "Workﬂow") back into letters.
    const QString flat = text.normalized(QString::NormalizationForm_KC)
                             .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    for (SectionId s : Sections::all())
        QVERIFY2(flat.contains(SectionCatalog::section(s).numberedTitle()),
            qPrintable(SectionCatalog::section(s).numberedTitle()));
    // The institution runs along the top of every page, and every page is numbered.
    const int pageCount = pages.captured(1).toInt();
    for (int page = 1; page <= pageCount; ++page) {
        const QString one = runTool(QStringLiteral("pdftotext"),
            { QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                QString::number(page), path, QStringLiteral("-") })
                                .normalized(QString::NormalizationForm_KC)
                                .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        // The running header is one line of its own in the top band of the page. (Body text that
        // continues from the page before is there too, clipped, so lines are told apart by baseline.)
        const QStringList lines = topBandLines(runTool(QStringLiteral("pdftotext"),
            { QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                QString::number(page), path, QStringLiteral("-") }));
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                     [](const QString& line) {
                         return line.startsWith(QStringLiteral("Example University — Peer-to-peer"));
                     }),
            qPrintable(lines.join(QLatin1String(" / "))));
        QVERIFY(one.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pageCount)));
    }
    QVERIFY(flat.contains(QStringLiteral("Page %1 of %1").arg(pageCount)));
    QVERIFY(flat.contains(QStringLiteral("PARTNER2")));
    QVERIFY(flat.contains(QStringLiteral("Reviewed by:")));
}

void TestReport::longTablesGoToAnAppendix()
{
    RandomSetup::Sizes sizes;
    sizes.partners = 300;
    SetupData d = RandomSetup(8).create(sizes);
    d.sections[SectionId::Partners].notNeeded = false; // the partners are printed
    d.fields.insert(F(FieldId::Institution), QStringLiteral("Big Consortium"));
    for (qsizetype i = 0; i < d.partners.size(); ++i)
        d.partners[i].code = QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0'));
    const QByteArray pdf = ReportExporter::pdf(reportOf(d));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    const QString text = runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    if (qEnvironmentVariableIsSet("P2P_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("P2P_KEEP_PDF"));
    QVERIFY(text.contains(QStringLiteral("Appendix A")));
    QVERIFY(text.contains(QStringLiteral("listed in appendix A")));
    // Every partner code is on some page (codes are short enough never to be cut).
    for (const Partner& p : d.partners)
        QVERIFY2(text.contains(p.code), qPrintable(p.code));
}

void TestReport::exportPicksFormatFromExtension()
{
    QTemporaryDir dir;
    const ReportDocument report = reportOf(plainSetup());
    QVERIFY(!ReportExporter::write(report, dir.filePath(QStringLiteral("r.html"))));
    QVERIFY(!ReportExporter::write(report, dir.filePath(QStringLiteral("r.md"))));
    QVERIFY(!ReportExporter::write(report, dir.filePath(QStringLiteral("r.PDF"))));
    QFile html(dir.filePath(QStringLiteral("r.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().startsWith("<!DOCTYPE html>"));
    QFile md(dir.filePath(QStringLiteral("r.md")));
    QVERIFY(md.open(QIODevice::ReadOnly));
    QVERIFY(md.readAll().startsWith("# "));
    QFile pdf(dir.filePath(QStringLiteral("r.PDF")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF"));
    const auto unknown = ReportExporter::write(report, dir.filePath(QStringLiteral("r.docx")));
    QVERIFY(unknown);
    QVERIFY(unknown->problem.contains(QStringLiteral(".pdf, .html or .md")));
    const auto missing = ReportExporter::write(report, dir.filePath(QStringLiteral("no/such/dir/r.pdf")));
    QVERIFY(missing);
    QVERIFY(missing->problem.contains(QStringLiteral("does not exist")));
}

// Values and rule inputs that are the program's suggestions say so, with a note saying what
// the mark means; values staff entered themselves do not.
void TestReport::suggestionsAreMarked()
{
    SetupData d = plainSetup();
    QString md = MarkdownReport::write(reportOf(d));
    QVERIFY(md.contains(QStringLiteral("Values marked (suggested)")));
    QVERIFY(
        md.contains(QStringLiteral("P2P\\_ROTA (suggested)")) || md.contains(QStringLiteral("P2P_ROTA (suggested)")));
    QVERIFY2(md.contains(QStringLiteral("none (matches every request) (suggested)")), qPrintable(md.left(4000)));
    QVERIFY(!md.contains(QStringLiteral("CLSBORR (suggested)"))); // the guide's

    d.fields.insert(F(FieldId::RotaCode), QStringLiteral("OUR_ROTA"));
    d.rules[RuleId::FulfillmentUnitLendingResourceSharing].conditions
        = { RuleCondition { QStringLiteral("User Group"), RuleOperator::InList, { QStringLiteral("STAFF") } } };
    md = MarkdownReport::write(reportOf(d));
    QVERIFY(
        !md.contains(QStringLiteral("OUR\\_ROTA (suggested)")) && !md.contains(QStringLiteral("OUR_ROTA (suggested)")));
    QVERIFY(md.contains(QStringLiteral("OUR")));
    QVERIFY(!md.contains(QStringLiteral("User Group InList STAFF (suggested)")));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
