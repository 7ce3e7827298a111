#pragma once

#include <QCoreApplication>
#include <QStringList>

class AlmaClient;
class SetupModel;
class AlmaSandbox;
class QCommandLineParser;
class QTextStream;
struct AlmaRunResult;
struct SetupData;

// The Alma commands of the command line: `plan FILE`, `push FILE`, `verify FILE` and `pull FILE` against
// Alma (--region R or --alma-url URL, the key from ALMA_API_KEY) or the built-in sandbox
// (--sandbox), and `sandbox --port N`, which serves the simulated Alma until stopped.
// Results are saved into FILE atomically. Exit status: 0 everything succeeded, 1 some items
// failed (listed), 2 the input cannot be read or the configuration (key, address) is wrong.
class AlmaCommands final {
    Q_DECLARE_TR_FUNCTIONS(AlmaCommands)

public:
    AlmaCommands(QTextStream& out, QTextStream& err);

    static bool isCommand(const QString& word);
    static QStringList commands(); // plan, push, verify, sandbox
    // The commands' lines for --help.
    static QString summary();
    // Runs an Alma command; `arguments` start with its name.
    int run(const QStringList& arguments);

private:
    int runSync(const QStringList& arguments);
    static QString description(const QString& command);
    // Runs plan, push or verify, with progress and retries on standard error.
    AlmaRunResult runWithProgress(const QString& command, AlmaClient& client, SetupModel& model);
    int runSandbox(const QStringList& arguments);
    // One line per item (tab-separated, stable keys first, for scripts), then the summary.
    void print(const AlmaRunResult& result, const SetupData& data);

    QTextStream& m_out;
    QTextStream& m_err;
};
