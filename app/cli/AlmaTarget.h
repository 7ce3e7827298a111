#pragma once

#include "api/AlmaEndpoint.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <memory>
#include <optional>

class AlmaSandbox;
class QCommandLineParser;
class QTextStream;

// Where an Alma command reaches Alma: the options --region R, --alma-url URL and --sandbox,
// --calls-per-second N, and the key from ALMA_API_KEY (never from the command line, where other
// users could see it). Resolved before anything is read or sent: a bad region or address is
// reported before the key is asked for.
class AlmaTarget final {
    Q_DECLARE_TR_FUNCTIONS(AlmaTarget)

public:
    static constexpr char KeyVariable[] = "ALMA_API_KEY";

    AlmaTarget();
    ~AlmaTarget();
    AlmaTarget(AlmaTarget&&) noexcept;
    AlmaTarget& operator=(AlmaTarget&&) noexcept;

    // The options, for a command's parser.
    struct Options {
        QCommandLineOption region;
        QCommandLineOption url;
        QCommandLineOption sandbox;
        QCommandLineOption rate;
    };
    static Options addOptions(QCommandLineParser& parser);
    // The target the parsed options name, or nullopt after a message on `err` (*exitCode set).
    static std::optional<AlmaTarget> resolve(
        const QCommandLineParser& parser, const Options& options, QTextStream& err, int* exitCode);

    AlmaEndpoint endpoint;
    QString key;
    int callsPerSecond = 25;
    std::unique_ptr<AlmaSandbox> sandbox; // --sandbox: the simulated Alma, running while this lives
};
