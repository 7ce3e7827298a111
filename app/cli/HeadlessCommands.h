#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

// The commands that run without a window, for scripts and for consortium staff who set up
// many member libraries: `alma-p2p-wizard COMMAND ...`.
//
// Exit status: 0 done; 1 the command ran but failed (e.g. the file to create exists);
// 2 the command line is wrong or an input file cannot be read.
class HeadlessCommands final {
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommands)

public:
    enum ExitCode { Success = 0, Failed = 1, BadInput = 2 };

    HeadlessCommands(QTextStream& out, QTextStream& err);

    static bool isCommand(const QString& word);
    // The command `word` is most likely a misspelling of ("chek" -> "check"), or empty.
    static QString closestCommand(const QString& word);
    // What is wrong with a command line meant for the window (`arguments` without the program),
    // or empty: an option the window does not take, or a word that is neither a command nor a
    // file. Checked before any window is created: without a display Qt would abort instead.
    static QString windowCommandLineProblem(const QStringList& arguments);
    // The command lays out text (the PDF report): it needs a QGuiApplication, on the offscreen
    // platform when there is no display.
    static bool needsFonts(const QString& word);
    // One line per command, for the program's --help.
    static QString summary();
    // `arguments` start with the command name.
    int run(const QStringList& arguments);

    // Parses a command's arguments; false when the command is over (--help, or an error with
    // the exit status in *result). Shared with AlmaCommands.
    static bool parseCommand(
        QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err, int* result);

private:
    int runNew(const QStringList& arguments);
    int runCheck(const QStringList& arguments);
    int runReport(const QStringList& arguments);
    bool parseCommand(QCommandLineParser& parser, const QStringList& arguments)
    {
        return parseCommand(parser, arguments, m_out, m_err, &m_parseResult);
    }

    QTextStream& m_out;
    QTextStream& m_err;
    int m_parseResult = Success;
};
