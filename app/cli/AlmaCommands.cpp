#include "cli/AlmaCommands.h"

#include "api/AlmaClient.h"
#include "api/AlmaSync.h"
#include "cli/AlmaTarget.h"
#include "cli/HeadlessCommands.h"
#include "cli/PullCommand.h"
#include "cli/ResultFileSaver.h"
#include "file/SetupFile.h"
#include "model/SetupModel.h"
#include "sandbox/AlmaSandbox.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {
constexpr char PlanCommand[] = "plan";
constexpr char PushCommand[] = "push";
constexpr char VerifyCommand[] = "verify";
constexpr char SandboxCommand[] = "sandbox";
constexpr char PullCommandName[] = "pull";
} // namespace

AlmaCommands::AlmaCommands(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QStringList AlmaCommands::commands()
{
    return { QLatin1String(PlanCommand), QLatin1String(PushCommand), QLatin1String(VerifyCommand),
        QLatin1String(PullCommandName), QLatin1String(SandboxCommand) };
}

bool AlmaCommands::isCommand(const QString& word)
{
    return commands().contains(word);
}

QString AlmaCommands::summary()
{
    return tr("  plan FILE               compare FILE with Alma: what a push would create or update,\n"
              "                          and the manual steps left (writes nothing to Alma)\n"
              "  push FILE               create or update the temporary locations and the partners\n"
              "  verify FILE             read back what Alma holds and tick the steps that match\n"
              "  pull FILE [--library CODE]\n"
              "                          read the partners and the two locations from Alma into FILE\n"
              "                          (new, or existing: its ticks stay); a read-only key is enough\n"
              "      with --region R (na, eu, ap, aps, ca, cn) or --alma-url URL, the API key in\n"
              "      ALMA_API_KEY, or --sandbox; results are saved into FILE; exit 0 all done,\n"
              "      1 some items failed, 2 unreadable input or wrong key or address\n"
              "  sandbox [--port N]      run the built-in simulated Alma on 127.0.0.1 until stopped\n");
}

int AlmaCommands::run(const QStringList& arguments)
{
    if (arguments.constFirst() == QLatin1String(SandboxCommand))
        return runSandbox(arguments);
    if (arguments.constFirst() == QLatin1String(PullCommandName))
        return PullCommand(m_out, m_err).run(arguments);
    return runSync(arguments);
}

int AlmaCommands::runSync(const QStringList& arguments)
{
    const QString command = arguments.constFirst();
    QCommandLineParser parser;
    parser.setApplicationDescription(description(command));
    parser.addHelpOption();
    const AlmaTarget::Options options = AlmaTarget::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The setup file; the results are saved into it."));
    int result = HeadlessCommands::Success;
    if (!HeadlessCommands::parseCommand(parser, arguments, m_out, m_err, &result))
        return result;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("Usage: %1 %2 FILE (--region R | --alma-url URL | --sandbox)")
                     .arg(QCoreApplication::applicationName(), command)
              << Qt::endl;
        return HeadlessCommands::BadInput;
    }
    std::optional<AlmaTarget> target = AlmaTarget::resolve(parser, options, m_err, &result);
    if (!target)
        return result;
    const QString path = parser.positionalArguments().constFirst();
    const SetupFileFormat::Decoded loaded = SetupFile::load(path);
    if (!loaded.document) {
        m_err << loaded.error.message() << Qt::endl;
        return HeadlessCommands::BadInput;
    }

    SetupModel model;
    model.reset(loaded.document->data);
    ResultFileSaver saver(&model, path, *loaded.document);
    AlmaClient client(target->endpoint, target->key);
    client.setCallsPerSecond(target->callsPerSecond);
    const AlmaRunResult outcome = runWithProgress(command, client, model);

    print(outcome, model.data());
    if (client.remainingCalls() >= 0)
        m_out << tr("Alma allows %1 more API calls today.").arg(client.remainingCalls()) << Qt::endl;
    if (outcome.sandbox)
        m_out << tr("This was a sandbox run: nothing was written to a real Alma.") << Qt::endl;
    if (const QString failed = saver.finish(); !failed.isEmpty()) {
        m_err << failed << Qt::endl;
        return HeadlessCommands::Failed;
    }
    if (saver.changed())
        m_out << tr("Saved the results into %1.").arg(path) << Qt::endl;
    return outcome.exitCode();
}

QString AlmaCommands::description(const QString& command)
{
    if (command == QLatin1String(PlanCommand))
        return tr("Compares a setup with what Alma holds and lists, per item, create, update (with the fields that "
                  "change) or already as wanted, then the manual steps left. Nothing is written to Alma.");
    if (command == QLatin1String(PushCommand))
        return tr("Creates or updates the temporary locations (with the circulation desk attached) and the partners "
                  "in Alma. Never deletes anything. Each item's result is saved into FILE, and a second push does only "
                  "what is left.");
    return tr("Reads back the library, the circulation desk, the locations, the job, the item policy and the "
              "partners, ticks the steps that match and saves a finding for what differs.");
}

AlmaRunResult AlmaCommands::runWithProgress(const QString& command, AlmaClient& client, SetupModel& model)
{
    AlmaSync sync(&client, &model);
    int lastTenth = -1;
    QObject::connect(&sync, &AlmaSync::progress, &sync, [&](int done, int total, const QString& what) {
        const int tenth = total > 0 ? done * 10 / total : 10;
        if (total <= 20 || tenth != lastTenth)
            m_err << tr("[%1/%2] %3").arg(done).arg(total).arg(what) << Qt::endl;
        lastTenth = tenth;
    });
    QObject::connect(&client, &AlmaClient::retrying, &client,
        [&](const QString& what, const AlmaError& error, int attempt, int delayMs) {
            m_err
                << tr("Retrying %1 in %2 ms (attempt %3): %4").arg(what).arg(delayMs).arg(attempt + 1).arg(error.text())
                << Qt::endl;
        });
    AlmaRunResult outcome;
    QEventLoop loop;
    QObject::connect(&sync, &AlmaSync::finished, &loop, [&](const AlmaRunResult& r) {
        outcome = r;
        loop.quit();
    });
    if (command == QLatin1String(PlanCommand))
        sync.plan();
    else if (command == QLatin1String(PushCommand))
        sync.planAndPush();
    else
        sync.verify();
    if (sync.isRunning())
        loop.exec();
    return outcome;
}

void AlmaCommands::print(const AlmaRunResult& r, const SetupData& data)
{
    for (const QString& key : r.recorded) {
        const AlmaRecord record = data.alma.value(key);
        m_out << AlmaRecord::outcomeKey(record.outcome) << '\t' << record.label;
        if (!record.detail.isEmpty())
            m_out << '\t' << record.detail;
        m_out << '\n';
    }
    if (r.kind == AlmaRunResult::Kind::Plan) {
        for (const AlmaPlanItem& item : r.plan.items) {
            const bool blocked = item.action != AlmaPlanItem::Action::AsWanted && !item.pushable();
            m_out << (blocked ? QStringLiteral("blocked") : AlmaPlanItem::actionKey(item.action)) << '\t' << item.label;
            if (blocked)
                m_out << '\t' << item.problems.join(QLatin1String("; "));
            else if (!item.changes.isEmpty())
                m_out << '\t' << item.changes.join(QLatin1String("; "));
            m_out << '\n';
        }
        for (const AlmaPlan::ManualStep& step : r.plan.manualSteps)
            m_out << "manual\t" << Sections::number(step.section) << '\t' << step.text << '\n';
    }
    m_out << r.summary() << Qt::endl;
}

int AlmaCommands::runSandbox(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the built-in simulated Alma on 127.0.0.1 until stopped (Ctrl+C). It "
                                        "holds a demo institution and accepts the keys sandbox-read-write and "
                                        "sandbox-read-only. Try: ALMA_API_KEY=sandbox-read-write %1 plan FILE "
                                        "--alma-url http://127.0.0.1:PORT")
                                         .arg(QCoreApplication::applicationName()));
    parser.addHelpOption();
    const QCommandLineOption port(
        QStringLiteral("port"), tr("The port to listen on (default: any free one)."), tr("N"), QStringLiteral("0"));
    const QCommandLineOption latency(
        QStringLiteral("latency"), tr("Delay every answer by MS milliseconds."), tr("MS"), QStringLiteral("0"));
    const QCommandLineOption errors(QStringLiteral("server-errors"),
        tr("Answer this share of calls (0 to 1) with HTTP 500 or 503."), tr("SHARE"), QStringLiteral("0"));
    const QCommandLineOption drops(QStringLiteral("drop-connections"),
        tr("Drop the connection of this share of calls (0 to 1) after doing the work."), tr("SHARE"),
        QStringLiteral("0"));
    const QCommandLineOption rate(QStringLiteral("calls-per-second"), tr("The per-second threshold (default 25)."),
        tr("N"), QStringLiteral("25"));
    parser.addOptions({ port, latency, errors, drops, rate });
    int result = HeadlessCommands::Success;
    if (!HeadlessCommands::parseCommand(parser, arguments, m_out, m_err, &result))
        return result;
    bool ok[5] = {};
    const uint portNumber = parser.value(port).toUInt(&ok[0]);
    SandboxFaults faults;
    faults.latencyMs = parser.value(latency).toInt(&ok[1]);
    faults.serverErrorRate = parser.value(errors).toDouble(&ok[2]);
    faults.dropRate = parser.value(drops).toDouble(&ok[3]);
    faults.dropAfterWork = true;
    const int perSecond = parser.value(rate).toInt(&ok[4]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || !ok[4] || portNumber > 65535 || faults.latencyMs < 0
        || faults.serverErrorRate < 0 || faults.serverErrorRate > 1 || faults.dropRate < 0 || faults.dropRate > 1
        || perSecond < 1) {
        m_err << tr(
            "Check the numbers: --port 0-65535, --latency in ms, shares from 0 to 1, --calls-per-second at least 1.")
              << Qt::endl;
        return HeadlessCommands::BadInput;
    }
    AlmaSandbox server;
    server.setFaults(faults);
    server.setCallsPerSecond(perSecond);
    if (!server.listenOnLoopback(quint16(portNumber))) {
        m_err << tr("Could not listen on 127.0.0.1:%1; is the port in use?").arg(portNumber) << Qt::endl;
        return HeadlessCommands::Failed;
    }
    m_out << tr("Alma sandbox listening on %1/almaws/v1 (keys: %2, %3). Stop it with Ctrl+C.")
                 .arg(server.baseUrl(), QLatin1String(AlmaSandbox::ReadWriteKey),
                     QLatin1String(AlmaSandbox::ReadOnlyKey))
          << Qt::endl;
    return QCoreApplication::exec();
}
