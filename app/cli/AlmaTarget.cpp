#include "cli/AlmaTarget.h"

#include "cli/HeadlessCommands.h"
#include "sandbox/AlmaSandbox.h"

#include <QCommandLineParser>
#include <QTextStream>

AlmaTarget::AlmaTarget() = default;
AlmaTarget::~AlmaTarget() = default;
AlmaTarget::AlmaTarget(AlmaTarget&&) noexcept = default;
AlmaTarget& AlmaTarget::operator=(AlmaTarget&&) noexcept = default;

AlmaTarget::Options AlmaTarget::addOptions(QCommandLineParser& parser)
{
    Options o {
        QCommandLineOption(QStringLiteral("region"), tr("Alma's API region: na, eu, ap, aps, ca or cn."), tr("R")),
        QCommandLineOption(QStringLiteral("alma-url"),
            tr("The API's address instead of a region (https; plain http only for this computer)."), tr("URL")),
        QCommandLineOption(QStringLiteral("sandbox"),
            tr("Run against a built-in simulated Alma instead (nothing reaches a real Alma).")),
        QCommandLineOption(QStringLiteral("calls-per-second"),
            tr("Stay under this many calls a second (Alma's threshold; default 25)."), tr("N"), QStringLiteral("25")),
    };
    parser.addOptions({ o.region, o.url, o.sandbox, o.rate });
    return o;
}

std::optional<AlmaTarget> AlmaTarget::resolve(
    const QCommandLineParser& parser, const Options& o, QTextStream& err, int* exitCode)
{
    auto fail = [&](const QString& message, int code = HeadlessCommands::BadInput) {
        err << message << Qt::endl;
        *exitCode = code;
        return std::nullopt;
    };
    const int sources = int(parser.isSet(o.region)) + int(parser.isSet(o.url)) + int(parser.isSet(o.sandbox));
    if (sources != 1)
        return fail(tr("Say where Alma is with exactly one of --region, --alma-url and --sandbox."));
    AlmaTarget target;
    bool rateOk = false;
    target.callsPerSecond = parser.value(o.rate).toInt(&rateOk);
    if (!rateOk || target.callsPerSecond < 1 || target.callsPerSecond > 25)
        return fail(tr("--calls-per-second takes a whole number from 1 to 25 (Alma's threshold)."));

    QString address;
    if (parser.isSet(o.sandbox)) {
        target.sandbox = std::make_unique<AlmaSandbox>();
        if (!target.sandbox->listenOnLoopback())
            return fail(tr("The sandbox could not listen on 127.0.0.1."), HeadlessCommands::Failed);
        address = target.sandbox->baseUrl();
        target.key = QString::fromLatin1(AlmaSandbox::ReadWriteKey);
    } else {
        address = parser.isSet(o.region) ? parser.value(o.region) : parser.value(o.url);
    }
    QString problem;
    target.endpoint = AlmaEndpoint::fromText(address, &problem);
    if (!target.endpoint.isValid())
        return fail(problem); // before asking for a key
    if (!target.sandbox) {
        target.key = qEnvironmentVariable(KeyVariable).trimmed();
        if (target.key.isEmpty())
            return fail(tr("Set the API key in the environment variable %1; it is never read from the command line, "
                           "where other users could see it.")
                            .arg(QLatin1String(KeyVariable)));
    }
    return target;
}
