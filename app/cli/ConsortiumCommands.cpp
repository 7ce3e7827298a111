#include "cli/ConsortiumCommands.h"

#include "api/AlmaMemberReader.h"
#include "cli/ConsortiumSandbox.h"
#include "cli/HeadlessCommands.h"
#include "consortium/MatrixReport.h"
#include "consortium/MemberSetupFiles.h"
#include "consortium/MemberSetupGenerator.h"
#include "consortium/ReciprocityCheck.h"
#include "consortium/RosterCsvReader.h"
#include "consortium/RosterFile.h"
#include "file/SetupFile.h"
#include "model/Presets.h"
#include "report/ReportExporter.h"
#include "sandbox/AlmaSandbox.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

namespace {
bool parse(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err, int* result)
{
    // "consortium check …" reads as one command for the parser's messages.
    QStringList argv = arguments.mid(1);
    argv[0] = QStringLiteral("consortium ") + argv[0];
    return HeadlessCommands::parseCommand(parser, argv, out, err, result);
}
} // namespace

ConsortiumCommands::ConsortiumCommands(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString ConsortiumCommands::summary()
{
    return tr("  consortium import CSV ROSTER\n"
              "                          write a consortium file (the members and the agreed terms)\n"
              "                          from a CSV of the members\n"
              "  consortium generate ROSTER TEMPLATE DIR\n"
              "                          write every member's setup into DIR from the template setup,\n"
              "                          or bring existing ones up to date, keeping the members' edits\n"
              "  consortium check ROSTER [FILES...] [--live [--sandbox] [--no-keychain]] [--json] [--report OUT]\n"
              "                          check every pair of members from their setup files: both\n"
              "                          partner records exist and agree; exit 0 all agree, 1 not\n");
}

int ConsortiumCommands::usage()
{
    m_err << tr("Usage: %1 consortium import|generate|check … (%1 consortium COMMAND --help for its options)")
                 .arg(QCoreApplication::applicationName())
          << Qt::endl;
    return HeadlessCommands::BadInput;
}

int ConsortiumCommands::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("import"))
        return runImport(arguments);
    if (command == QLatin1String("generate"))
        return runGenerate(arguments);
    if (command == QLatin1String("check"))
        return runCheck(arguments);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        m_out << tr("Commands for consortium coordinators:\n") << summary();
        return HeadlessCommands::Success;
    }
    return usage();
}

int ConsortiumCommands::runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a consortium file from a CSV of its members. The header names the columns: code, name, "
           "profile_type, symbol and any other partner column, and the member's own alma_institution, region, "
           "alma_url, lends, borrows, library, circulation_desk, borrowing_location, lending_location "
           "(docs/consortium-file.md). An existing file is never overwritten."));
    parser.addHelpOption();
    const QCommandLineOption name(QStringLiteral("name"), tr("The consortium's name."), tr("NAME"));
    const QCommandLineOption expiry(
        QStringLiteral("expiry-days"), tr("Agreed expiry time (days) of the partner records."), tr("N"));
    const QCommandLineOption borrowing(
        QStringLiteral("borrowing-workflow"), tr("Agreed borrowing workflow profile code."), tr("CODE"));
    const QCommandLineOption lending(
        QStringLiteral("lending-workflow"), tr("Agreed lending workflow profile code."), tr("CODE"));
    parser.addOptions({ name, expiry, borrowing, lending });
    parser.addPositionalArgument(QStringLiteral("CSV"), tr("The members, one row each."));
    parser.addPositionalArgument(QStringLiteral("ROSTER"), tr("The consortium file to write (.consortium.json)."));
    if (!parse(parser, arguments, m_out, m_err, &m_parseResult))
        return m_parseResult;
    if (parser.positionalArguments().size() != 2)
        return usage();
    const QString csv = parser.positionalArguments().at(0);
    const QString out = parser.positionalArguments().at(1);
    if (QFileInfo::exists(out)) {
        m_err << tr("%1 already exists; it was not changed. Choose another name.").arg(out) << Qt::endl;
        return HeadlessCommands::Failed;
    }
    const RosterCsvReader::Result read = RosterCsvReader::readFile(csv);
    if (!read.ok()) {
        for (const QString& e : read.errors)
            m_err << csv << ": " << e << Qt::endl;
        return HeadlessCommands::BadInput;
    }
    Roster roster;
    roster.name = parser.value(name);
    roster.members = read.members;
    if (parser.isSet(expiry)) {
        bool ok = false;
        const int days = parser.value(expiry).toInt(&ok);
        if (!ok || days < 1) {
            m_err << tr("--expiry-days: \"%1\" is not a number of days").arg(parser.value(expiry)) << Qt::endl;
            return HeadlessCommands::BadInput;
        }
        roster.terms.expiryDays = days;
    }
    roster.terms.borrowingWorkflow = parser.value(borrowing);
    roster.terms.lendingWorkflow = parser.value(lending);
    if (const auto failed = RosterFile::save(out, roster)) {
        m_err << failed->message() << Qt::endl;
        return HeadlessCommands::BadInput;
    }
    m_out << tr("Wrote %1: %n member(s).", nullptr, int(roster.members.size())).arg(out) << Qt::endl;
    return HeadlessCommands::Success;
}

int ConsortiumCommands::runGenerate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes each member's setup into DIR (named after its code, e.g. GWA.p2p.json) from the template setup: "
           "its own values from the roster, every other member as a partner with the agreed terms, those it "
           "borrows from in the rota and in rules 8 and 14. A member's file that exists is brought up to date: "
           "what the member ticked or changed stays, and every change is listed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ROSTER"), tr("The consortium file."));
    parser.addPositionalArgument(QStringLiteral("TEMPLATE"), tr("The setup every member starts from."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The folder of the member setups."));
    if (!parse(parser, arguments, m_out, m_err, &m_parseResult))
        return m_parseResult;
    if (parser.positionalArguments().size() != 3)
        return usage();
    const RosterFile::Loaded roster = RosterFile::load(parser.positionalArguments().at(0));
    if (!roster.roster) {
        m_err << roster.error.message() << Qt::endl;
        return HeadlessCommands::BadInput;
    }
    const SetupFileFormat::Decoded templ = SetupFile::load(parser.positionalArguments().at(1));
    if (!templ.document) {
        m_err << templ.error.message() << Qt::endl;
        return HeadlessCommands::BadInput;
    }
    const QDir dir(parser.positionalArguments().at(2));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        m_err << tr("%1: the folder cannot be made").arg(dir.path()) << Qt::endl;
        return HeadlessCommands::BadInput;
    }

    // Every member's file is read first: one unreadable file stops the run before anything is written.
    struct Job {
        const RosterMember* member;
        QString path;
        std::optional<SetupFileFormat::Document> existing;
    };
    QList<Job> jobs;
    for (const RosterMember& m : roster.roster->members) {
        Job job { &m, dir.filePath(MemberSetupFiles::fileName(m)), std::nullopt };
        if (QFileInfo::exists(job.path)) {
            SetupFileFormat::Decoded loaded = SetupFile::load(job.path);
            if (!loaded.document) {
                m_err << loaded.error.message() << Qt::endl
                      << tr("Nothing was written: fix or move that file and run again.") << Qt::endl;
                return HeadlessCommands::BadInput;
            }
            job.existing = std::move(*loaded.document);
        }
        jobs.append(std::move(job));
    }

    int failed = 0;
    for (const Job& job : jobs) {
        const MemberSetupFiles::Update update = MemberSetupFiles::update(
            templ.document->data, *roster.roster, *job.member, job.existing ? &*job.existing : nullptr);
        if (!update.changed) {
            m_out << tr("%1: up to date").arg(job.path) << Qt::endl;
            continue;
        }
        if (const auto error = SetupFile::save(job.path, update.data, update.preserved)) {
            m_err << error->message() << Qt::endl;
            ++failed;
            continue;
        }
        if (!job.existing) {
            m_out << tr("%1: written (%n partner(s))", nullptr, int(update.data.partners.size())).arg(job.path)
                  << Qt::endl;
            continue;
        }
        m_out << tr("%1: updated").arg(job.path) << Qt::endl;
        for (const QString& change : update.changes)
            m_out << "  " << change << Qt::endl;
    }
    return failed ? HeadlessCommands::Failed : HeadlessCommands::Success;
}

void ConsortiumCommands::readLive(const Roster& roster, bool fromSandbox, bool useKeychain, int callsPerSecond,
    QHash<QString, Reciprocity::MemberPartners>* partners)
{
    QList<AlmaMemberReader::Member> targets;
    std::unique_ptr<AlmaSandbox> sandbox;
    if (fromSandbox) {
        // Each member's institution holds the partners of its file, or those the roster gives it.
        QHash<QString, QList<Partner>> held;
        const SetupData blank = Presets::create(QLatin1String(Presets::Blank));
        for (const RosterMember& m : roster.members) {
            const Reciprocity::MemberPartners& file = partners->value(m.code());
            held.insert(
                m.code(), file.read ? file.partners : MemberSetupGenerator::generate(blank, roster, m).partners);
        }
        sandbox = std::make_unique<AlmaSandbox>();
        if (!sandbox->listenOnLoopback()) {
            m_err << tr("The sandbox could not listen on 127.0.0.1.") << Qt::endl;
            return;
        }
        ConsortiumSandbox::serve(*sandbox, roster, held);
        QString error;
        const AlmaEndpoint endpoint = AlmaEndpoint::fromText(sandbox->baseUrl(), &error);
        for (const RosterMember& m : roster.members)
            targets.append({ m.code(), endpoint, ConsortiumSandbox::keyOf(m), m.almaInstitution });
    } else {
        MemberKeys keys;
        QEventLoop keychain;
        QObject::connect(&keys, &MemberKeys::finished, &keychain, &QEventLoop::quit);
        keys.read(roster.members, useKeychain);
        if (keys.isReading())
            keychain.exec();
        targets = AlmaMemberReader::targets(roster, keys.found(), partners);
    }
    AlmaMemberReader reader;
    reader.setCallsPerSecond(callsPerSecond);
    QEventLoop loop;
    QObject::connect(&reader, &AlmaMemberReader::finished, &loop, &QEventLoop::quit);
    QObject::connect(&reader, &AlmaMemberReader::memberRead, &loop, [this](const QString& code, int done, int total) {
        m_err << tr("Read %1 (%2 of %3)").arg(code).arg(done).arg(total) << Qt::endl;
    });
    reader.read(targets);
    if (reader.isRunning())
        loop.exec();
    for (auto it = reader.results().cbegin(); it != reader.results().cend(); ++it)
        partners->insert(it.key(), it.value());
}

int ConsortiumCommands::runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks every ordered pair of members (a borrower and a lender) from their setup files: the "
           "borrower's partner record of the lender and the lender's record of the borrower exist, are active, "
           "agree with the roster on code, profile type and symbol, support borrowing and lending on the right "
           "sides, and hold the agreed terms. Prints one line per pair that needs work "
           "(borrower<TAB>lender<TAB>state<TAB>reasons). A file belongs to the member whose code is its name, "
           "whose symbol is its library symbol, or whose name is its institution.\n"
           "Exit status: 0 every pair agrees, 1 some pairs need work, 2 an input cannot be read."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
        tr("Print the matrix as JSON: members, counts, pairs {borrower, lender, state, reasons} and todo per "
           "member."));
    const QCommandLineOption todo(QStringLiteral("todo"), tr("Print each member's to-do list instead of the pairs."));
    const QCommandLineOption live(QStringLiteral("live"),
        tr("Read each member's partners from its own Alma (its region or address in the roster) with its "
           "read-only key from the environment variable ALMA_API_KEY_<CODE> (e.g. ALMA_API_KEY_GWA) or else "
           "from the system keychain, where the consortium window keeps the keys it is given; a member without "
           "a key is checked from its file, or reported not read."));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        tr("With --live: read from the built-in sandbox, which serves each member as an institution of its own "
           "(with the partners of its file, or those the roster gives it)."));
    const QCommandLineOption rate(QStringLiteral("calls-per-second"),
        tr("With --live: calls per second per member (Alma allows 25 per institution)."), tr("N"),
        QStringLiteral("25"));
    const QCommandLineOption report(QStringLiteral("report"),
        tr("Also write the matrix, the pairs and the to-do lists to OUT (.pdf, .html or .md)."), tr("OUT"));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"),
        tr("With --live: keys from the environment only, so a script never waits for a keychain to be unlocked."));
    parser.addOptions({ json, todo, live, sandbox, rate, noKeychain, report });
    parser.addPositionalArgument(QStringLiteral("ROSTER"), tr("The consortium file."));
    parser.addPositionalArgument(QStringLiteral("FILES"), tr("The members' setup files."), tr("[FILES...]"));
    if (!parse(parser, arguments, m_out, m_err, &m_parseResult))
        return m_parseResult;
    if (parser.positionalArguments().isEmpty())
        return usage();
    const RosterFile::Loaded roster = RosterFile::load(parser.positionalArguments().constFirst());
    if (!roster.roster) {
        m_err << roster.error.message() << Qt::endl;
        return HeadlessCommands::BadInput;
    }
    QStringList errors;
    auto partners = MemberSetupFiles::read(*roster.roster, parser.positionalArguments().mid(1), &errors);
    if (!errors.isEmpty()) {
        for (const QString& e : errors)
            m_err << e << Qt::endl;
        return HeadlessCommands::BadInput;
    }
    for (const QCommandLineOption& withLive : { sandbox, noKeychain }) {
        if (parser.isSet(withLive) && !parser.isSet(live)) {
            m_err << tr("--%1 goes with --live.").arg(withLive.names().constFirst()) << Qt::endl;
            return HeadlessCommands::BadInput;
        }
    }
    if (parser.isSet(live)) {
        bool ok = false;
        const int perSecond = parser.value(rate).toInt(&ok);
        if (!ok || perSecond < 1 || perSecond > 25) {
            m_err << tr("--calls-per-second: give a number from 1 to 25") << Qt::endl;
            return HeadlessCommands::BadInput;
        }
        readLive(*roster.roster, parser.isSet(sandbox), !parser.isSet(noKeychain), perSecond, &partners);
    }
    const Reciprocity::Result result = Reciprocity::check(*roster.roster, partners);

    if (parser.isSet(report)) {
        if (const auto failed
            = ReportExporter::write(MatrixReport::build(*roster.roster, result, partners), parser.value(report))) {
            m_err << failed->message() << Qt::endl;
            return HeadlessCommands::BadInput;
        }
    }
    if (parser.isSet(json)) {
        m_out << QString::fromUtf8(MatrixReport::json(result));
    } else if (parser.isSet(todo)) {
        for (const QString& code : result.codes) {
            for (const QString& item : result.todo.value(code))
                m_out << code << '\t' << item << '\n';
        }
    } else {
        for (int b = 0; b < result.codes.size(); ++b) {
            for (int l = 0; l < result.codes.size(); ++l) {
                const Reciprocity::Pair& p = result.pair(b, l);
                if (b == l || p.state == Reciprocity::State::Ok || p.state == Reciprocity::State::NotApplicable)
                    continue;
                m_out << result.codes.at(b) << '\t' << result.codes.at(l) << '\t' << Reciprocity::key(p.state) << '\t'
                      << p.reasons.join(QLatin1String("; ")) << '\n';
            }
        }
    }
    m_out.flush();
    const int n = int(result.codes.size());
    const int applicable = n * (n - 1) - result.count(Reciprocity::State::NotApplicable);
    m_err << tr("%1 of %n pair(s) agree.", nullptr, applicable).arg(result.count(Reciprocity::State::Ok)) << Qt::endl;
    return result.allAgree() ? HeadlessCommands::Success : HeadlessCommands::Failed;
}
