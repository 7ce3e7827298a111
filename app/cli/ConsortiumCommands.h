#pragma once

#include "consortium/ReciprocityCheck.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `alma-p2p-wizard consortium COMMAND`, for consortium coordinators:
//   import CSV ROSTER         a consortium file from the members' CSV
//   generate ROSTER TEMPLATE DIR   every member's setup, or each brought up to date
//   check ROSTER [FILES…]     the reciprocity and agreement check from member setup files
// Exit status: 0 done (check: every pair agrees), 1 failed (check: some pairs need work),
// 2 the command line is wrong or an input cannot be read.
class ConsortiumCommands final {
    Q_DECLARE_TR_FUNCTIONS(ConsortiumCommands)

public:
    ConsortiumCommands(QTextStream& out, QTextStream& err);
    static QString summary(); // the lines for --help
    int run(const QStringList& arguments); // arguments start with "consortium"

private:
    int runImport(const QStringList& arguments);
    int runGenerate(const QStringList& arguments);
    int runCheck(const QStringList& arguments);
    int usage();
    // Reads the members' partners from their Alma (or from the sandbox as a consortium) into
    // `partners`, over what their files said; progress on standard error.
    void readLive(const Roster& roster, bool fromSandbox, bool useKeychain, int callsPerSecond,
        QHash<QString, Reciprocity::MemberPartners>* partners);

    QTextStream& m_out;
    QTextStream& m_err;
    int m_parseResult = 0;
};
