#include "cli/HeadlessCommands.h"

#include "checks/SetupValidator.h"
#include "cli/AlmaCommands.h"
#include "cli/ConsortiumCommands.h"
#include "file/SetupFile.h"
#include "model/FieldId.h"
#include "model/Presets.h"
#include "model/SectionCatalog.h"
#include "report/ReportBuilder.h"
#include "report/ReportExporter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

namespace {
constexpr char NewCommand[] = "new";
constexpr char CheckCommand[] = "check";
constexpr char ReportCommand[] = "report";
constexpr char ConsortiumCommand[] = "consortium";
} // namespace

HeadlessCommands::HeadlessCommands(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

bool HeadlessCommands::isCommand(const QString& word)
{
    return word == QLatin1String(NewCommand) || word == QLatin1String(CheckCommand)
        || word == QLatin1String(ReportCommand) || word == QLatin1String(ConsortiumCommand)
        || AlmaCommands::isCommand(word);
}

QString HeadlessCommands::closestCommand(const QString& word)
{
    // The command within two edits of `word` (insertions, deletions, substitutions).
    auto distance = [](const QString& a, const QString& b) {
        QList<int> row(b.size() + 1);
        for (qsizetype j = 0; j <= b.size(); ++j)
            row[j] = int(j);
        for (qsizetype i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = int(i);
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const int above = row[j];
                row[j] = std::min({ above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
                diagonal = above;
            }
        }
        return row[b.size()];
    };
    const QString lower = word.toLower().left(40);
    QString best;
    int bestDistance = 3;
    const QStringList commands = QStringList { QLatin1String(NewCommand), QLatin1String(CheckCommand),
        QLatin1String(ReportCommand), QLatin1String(ConsortiumCommand) }
        + AlmaCommands::commands();
    for (const QString& command : commands) {
        const int d = distance(lower, command);
        if (d < bestDistance) {
            best = command;
            bestDistance = d;
        }
    }
    return best;
}

QString HeadlessCommands::windowCommandLineProblem(const QStringList& arguments)
{
    // The window's own options and those every Qt program takes (qt.io: QGuiApplication).
    static const QStringList takesValue = { QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("session"), QStringLiteral("display"), QStringLiteral("name"),
        QStringLiteral("geometry"), QStringLiteral("title"), QStringLiteral("icon"), QStringLiteral("qmljsdebugger") };
    static const QStringList flags = { QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("help-all"),
        QStringLiteral("v"), QStringLiteral("version"), QStringLiteral("quit-after-show"), QStringLiteral("reverse"),
        QStringLiteral("widgetcount"), QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync") };
    int positional = 0;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
            name = name.left(name.indexOf(QLatin1Char('=')));
            if (takesValue.contains(name)) {
                if (!arg.contains(QLatin1Char('=')))
                    ++i;
                continue;
            }
            if (!flags.contains(name))
                return tr("Unknown option: %1. alma-p2p-wizard --help lists the options and commands.").arg(arg);
            continue;
        }
        if (++positional > 1)
            return tr("Too many arguments: the window opens one setup file (%1).").arg(arg);
        // A word that names no file and looks like no file name is a mistyped command.
        const bool looksLikeFile = arg.contains(QLatin1Char('/')) || arg.contains(QLatin1Char('.'))
            || arg.contains(QLatin1Char('\\')) || QFileInfo::exists(arg);
        if (!looksLikeFile) {
            const QString closest = closestCommand(arg);
            return closest.isEmpty() ? tr("Unknown command: %1. alma-p2p-wizard --help lists the commands.").arg(arg)
                                     : tr("Unknown command: %1. Did you mean %2?").arg(arg, closest);
        }
    }
    return {};
}

bool HeadlessCommands::needsFonts(const QString& word)
{
    return word == QLatin1String(ReportCommand) || word == QLatin1String(ConsortiumCommand);
}

QString HeadlessCommands::summary()
{
    return tr("  new FILE [--preset wrlc|blank] [--institution NAME]\n"
              "                          write a new setup file without opening a window\n"
              "  check FILE [--json]     validate a setup: one finding per line (severity, section,\n"
              "                          message); exit 0 without errors, 1 with errors\n"
              "  report OUT FILE         write the completion report of FILE to OUT; the format is\n"
              "                          taken from OUT's extension: .pdf, .html or .md\n")
        + AlmaCommands::summary() + ConsortiumCommands::summary();
}

int HeadlessCommands::run(const QStringList& arguments)
{
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String(NewCommand))
        return runNew(arguments);
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String(CheckCommand))
        return runCheck(arguments);
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String(ReportCommand))
        return runReport(arguments);
    if (!arguments.isEmpty() && AlmaCommands::isCommand(arguments.constFirst()))
        return AlmaCommands(m_out, m_err).run(arguments);
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String(ConsortiumCommand))
        return ConsortiumCommands(m_out, m_err).run(arguments);
    m_err << tr("Unknown command: %1. alma-p2p-wizard --help lists the commands.").arg(arguments.value(0)) << Qt::endl;
    return BadInput;
}

int HeadlessCommands::runNew(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a new setup file, ready to be opened with alma-p2p-wizard FILE."));
    parser.addHelpOption();
    const QCommandLineOption preset(QStringLiteral("preset"),
        tr("Start from PRESET: \"wrlc\" (WRLC AFN/CLS: main library, CLSBORR, CLSLEND) or \"blank\" (the guide's "
           "suggestions, no institution codes). Default: blank."),
        tr("PRESET"), QString::fromLatin1(Presets::Blank));
    const QCommandLineOption institution(
        QStringLiteral("institution"), tr("The institution the setup is for."), tr("NAME"));
    parser.addOption(preset);
    parser.addOption(institution);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The setup file to create; it must not exist yet."));

    if (!parseCommand(parser, arguments))
        return m_parseResult;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("Usage: %1 new FILE [--preset wrlc|blank] [--institution NAME]")
                     .arg(QCoreApplication::applicationName())
              << Qt::endl;
        return BadInput;
    }
    const QString presetKey = parser.value(preset);
    if (!Presets::isKnown(presetKey)) {
        m_err
            << tr("Unknown preset \"%1\"; choose one of: %2").arg(presetKey, Presets::keys().join(QLatin1String(", ")))
            << Qt::endl;
        return BadInput;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(path)) {
        m_err << tr("%1 already exists; it was left as it is. Choose another name, or open it with %2 %1.")
                     .arg(path, QCoreApplication::applicationName())
              << Qt::endl;
        return Failed;
    }

    SetupData data = Presets::create(presetKey);
    if (parser.isSet(institution))
        data.fields.insert(QString::fromLatin1(FieldId::Institution), parser.value(institution));
    if (const auto failed = SetupFile::save(path, data)) {
        m_err << failed->message() << Qt::endl;
        return Failed;
    }
    m_out << tr("Created %1 (preset %2).").arg(path, presetKey) << Qt::endl;
    return Success;
}

int HeadlessCommands::runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Validates a setup: rule order (first match wins), names that must line up between sections, formats "
           "and required values. Prints one finding per line: severity<TAB>section<TAB>message.\n"
           "Exit status: 0 no errors (warnings allowed), 1 errors, 2 the file cannot be read."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
        tr("Print the findings as a JSON array of {severity, section, sectionTitle, subject, code, message, fix}."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The setup file to check."));
    if (!parseCommand(parser, arguments))
        return m_parseResult;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("Usage: %1 check FILE [--json]").arg(QCoreApplication::applicationName()) << Qt::endl;
        return BadInput;
    }
    const SetupFileFormat::Decoded loaded = SetupFile::load(parser.positionalArguments().constFirst());
    if (!loaded.document) {
        m_err << loaded.error.message() << Qt::endl;
        return BadInput;
    }
    const QList<Finding> findings = SetupValidator::validate(loaded.document->data);
    if (parser.isSet(json)) {
        SetupFileFormat::Json out = SetupFileFormat::Json::array();
        for (const Finding& f : findings) {
            out.push_back({ { "severity", Findings::severityKey(f.severity).toStdString() },
                { "section", Sections::key(f.section).toStdString() },
                { "sectionTitle", SectionCatalog::section(f.section).numberedTitle().toStdString() },
                { "subject", f.subject.toStdString() }, { "code", f.code.toStdString() },
                { "message", f.message.toStdString() }, { "fix", f.fix.toStdString() } });
        }
        m_out << QString::fromStdString(out.dump(2)) << Qt::endl;
    } else {
        for (const Finding& f : findings) {
            QString message = Findings::messageAndFix(f);
            message.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            m_out << Findings::severityKey(f.severity) << '\t' << Sections::key(f.section) << '\t' << message << '\n';
        }
        m_out.flush();
        // The count goes to standard error: standard output stays one finding per line for scripts.
        m_err << tr("%1, %2, %3.")
                     .arg(tr("%n error(s)", nullptr, Findings::count(findings, Finding::Severity::Error)),
                         tr("%n warning(s)", nullptr, Findings::count(findings, Finding::Severity::Warning)),
                         tr("%n note(s)", nullptr, Findings::count(findings, Finding::Severity::Info)))
              << Qt::endl;
    }
    return Findings::count(findings, Finding::Severity::Error) > 0 ? Failed : Success;
}

bool HeadlessCommands::parseCommand(
    QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err, int* result)
{
    QStringList argv = arguments;
    argv[0] = QCoreApplication::applicationName() + QLatin1Char(' ') + arguments.constFirst();
    if (!parser.parse(argv)) {
        err << parser.errorText() << Qt::endl;
        *result = BadInput;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        *result = Success;
        return false;
    }
    return true;
}

int HeadlessCommands::runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the completion report of a setup: every section with its values, "
                                        "checklist and checks, and sign-off lines. The format is taken from OUT's "
                                        "extension: .pdf (A4 or Letter by locale), .html (one file) or .md.\n"
                                        "Exit status: 0 written, 2 FILE cannot be read or OUT cannot be written."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The report to write (.pdf, .html or .md)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The setup file."));
    if (!parseCommand(parser, arguments))
        return m_parseResult;
    if (parser.positionalArguments().size() != 2) {
        m_err << tr("Usage: %1 report OUT FILE").arg(QCoreApplication::applicationName()) << Qt::endl;
        return BadInput;
    }
    const QString out = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    if (!ReportExporter::formatOf(out)) {
        m_err << tr("%1: the report format is taken from the file name: use .pdf, .html or .md").arg(out) << Qt::endl;
        return BadInput;
    }
    const SetupFileFormat::Decoded loaded = SetupFile::load(file);
    if (!loaded.document) {
        m_err << loaded.error.message() << Qt::endl;
        return BadInput;
    }
    const SetupData& data = loaded.document->data;
    ReportBuilder::Info info;
    info.fileName = file;
    info.lastChanged = QFileInfo(file).lastModified();
    const ReportDocument report = ReportBuilder::build(data, SetupValidator::validate(data), info);
    if (const auto failed = ReportExporter::write(report, out)) {
        m_err << failed->message() << Qt::endl;
        return BadInput;
    }
    m_out << tr("Wrote %1.").arg(out) << Qt::endl;
    return Success;
}
