#include "cli/PullCommand.h"

#include "api/AlmaClient.h"
#include "api/AlmaPartnerJson.h"
#include "api/AlmaPull.h"
#include "api/AlmaSnapshotReader.h"
#include "cli/AlmaTarget.h"
#include "cli/HeadlessCommands.h"
#include "file/SetupFile.h"
#include "model/FieldId.h"
#include "model/Presets.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

PullCommand::PullCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString PullCommand::description()
{
    return tr("Reads the institution's partners (all pages) and the resource sharing library's two temporary "
              "locations from Alma into FILE: a new setup, or an existing one whose ticks and other values stay. "
              "Alma's values replace the setup's where Alma has them; partners only in the setup are kept. Only "
              "reads: a read-only key is enough.");
}

int PullCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    const AlmaTarget::Options options = AlmaTarget::addOptions(parser);
    const QCommandLineOption library(QStringLiteral("library"),
        tr("The resource sharing library's code, for its locations (default: the setup's section 1 code)."),
        tr("CODE"));
    const QCommandLineOption another(QStringLiteral("another-institution"),
        tr("Pull even when FILE was pulled from another Alma institution than the key opens."));
    parser.addOptions({ library, another });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The setup file to write or bring up to date."));
    int result = HeadlessCommands::Success;
    if (!HeadlessCommands::parseCommand(parser, arguments, m_out, m_err, &result))
        return result;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("Usage: %1 pull FILE (--region R | --alma-url URL | --sandbox)")
                     .arg(QCoreApplication::applicationName())
              << Qt::endl;
        return HeadlessCommands::BadInput;
    }
    const QString path = parser.positionalArguments().constFirst();
    SetupFileFormat::Document document { Presets::create(QLatin1String(Presets::Blank)), {} };
    const bool existing = QFileInfo::exists(path);
    if (existing) {
        SetupFileFormat::Decoded loaded = SetupFile::load(path);
        if (!loaded.document) {
            m_err << loaded.error.message() << Qt::endl;
            return HeadlessCommands::BadInput;
        }
        document = std::move(*loaded.document);
    }
    std::optional<AlmaTarget> target = AlmaTarget::resolve(parser, options, m_err, &result);
    if (!target)
        return result;
    SetupData& data = document.data;
    const QString libraryCode = parser.isSet(library)
        ? parser.value(library)
        : data.fields.value(QLatin1String(FieldId::LibraryCode)).toString();

    // Three reads at once; the first refused key or failure is the one reported.
    AlmaClient client(target->endpoint, target->key);
    client.setCallsPerSecond(target->callsPerSecond);
    AlmaSnapshot snapshot;
    AlmaError failure;
    QString problem;
    QList<Partner> partners;
    int waiting = libraryCode.isEmpty() ? 2 : 3;
    QEventLoop loop;
    auto done = [&] {
        if (--waiting == 0)
            loop.quit();
    };
    auto failed = [&](const AlmaError& error) {
        if (!failure.isError())
            failure = error;
    };
    AlmaRequest general;
    general.path = QStringLiteral("/conf/general");
    client.send(general, [&](const AlmaReply& reply) {
        if (reply.error.isError())
            failed(reply.error);
        else
            AlmaSnapshotReader::general(reply.json, &snapshot);
        done();
    });
    client.getAll(
        QStringLiteral("/partners"), "partner", {}, [&](const QList<nlohmann::json>& items, const AlmaError& error) {
            if (error.isError()) {
                failed(error);
            } else {
                problem = AlmaSnapshotReader::partners(items, &snapshot);
                for (const nlohmann::json& item : items)
                    partners.append(AlmaPartnerJson::fromAlma(item));
            }
            done();
        });
    QString locationsProblem;
    if (!libraryCode.isEmpty()) {
        AlmaRequest locations;
        locations.path = QStringLiteral("/conf/libraries/%1/locations")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(libraryCode)));
        client.send(locations, [&](const AlmaReply& reply) {
            if (reply.error.isError())
                locationsProblem = reply.error.text();
            else
                locationsProblem = AlmaSnapshotReader::locations(reply.json, &snapshot);
            done();
        });
    }
    loop.exec();

    if (failure.isError() || !problem.isEmpty()) {
        m_err
            << tr("Nothing was pulled; %1 was not changed: %2").arg(path, failure.isError() ? failure.text() : problem)
            << Qt::endl;
        return failure.kind == AlmaError::Kind::Unauthorized ? HeadlessCommands::BadInput : HeadlessCommands::Failed;
    }
    // The key of another institution than the file's would bring that institution's partners in.
    const QString before = AlmaPull::pulledFrom(document.preserved);
    if (!before.isEmpty() && !snapshot.institutionCode.isEmpty()
        && before.compare(snapshot.institutionCode, Qt::CaseInsensitive) != 0 && !parser.isSet(another)) {
        m_err << tr("Nothing was pulled; %1 was not changed: it was pulled from %2 before, and this key opens %3 "
                    "(%4). Give --another-institution to pull anyway.")
                     .arg(path, before, snapshot.institutionName, snapshot.institutionCode)
              << Qt::endl;
        return HeadlessCommands::BadInput;
    }
    if (!snapshot.institutionCode.isEmpty())
        AlmaPull::recordPull(document.preserved, snapshot.institutionCode, snapshot.institutionName);
    if (!existing && !snapshot.institutionName.isEmpty())
        data.fields.insert(QLatin1String(FieldId::Institution), snapshot.institutionName);
    if (parser.isSet(library))
        data.fields.insert(QLatin1String(FieldId::LibraryCode), libraryCode);
    const AlmaPull::Counts counts = AlmaPull::apply(data, partners, snapshot.locations);
    if (const auto error = SetupFile::save(path, data, document.preserved)) {
        m_err << error->message() << Qt::endl;
        return HeadlessCommands::Failed;
    }
    const QString from = snapshot.institutionCode.isEmpty()
        ? target->endpoint.baseUrl().host()
        : QStringLiteral("%1 (%2)").arg(snapshot.institutionName, snapshot.institutionCode);
    m_out << tr("Pulled from %1 into %2:").arg(from, path) << Qt::endl
          << tr("  partners: %1 new, %2 updated, %3 unchanged; %4 only in the setup (kept)")
                 .arg(counts.added)
                 .arg(counts.updated)
                 .arg(counts.unchanged)
                 .arg(counts.onlyInSetup)
          << Qt::endl;
    if (libraryCode.isEmpty())
        m_out << tr("  locations: not read (no library code: give --library CODE)") << Qt::endl;
    else if (!locationsProblem.isEmpty())
        m_out << tr("  locations of %1: not read: %2").arg(libraryCode, locationsProblem) << Qt::endl;
    else if (counts.locations.isEmpty())
        m_out << tr("  locations of %1: none of the setup's location codes is in Alma yet").arg(libraryCode)
              << Qt::endl;
    else
        m_out << tr("  locations of %1: %2 of the setup's found in Alma (%3)")
                     .arg(libraryCode)
                     .arg(counts.locations.size())
                     .arg(counts.locations.join(QLatin1String(", ")))
              << Qt::endl;
    if (target->sandbox)
        m_out << tr("This was read from the built-in sandbox, not a real Alma.") << Qt::endl;
    return locationsProblem.isEmpty() ? HeadlessCommands::Success : HeadlessCommands::Failed;
}
