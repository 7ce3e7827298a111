#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `alma-p2p-wizard pull FILE [--library CODE] (--region R | --alma-url URL | --sandbox)`: reads
// the institution's partners (all pages) and the resource sharing library's two temporary
// locations from Alma into FILE, a new setup or an existing one (its ticks and other sections
// stay). Only GET calls: a read-only key in ALMA_API_KEY is enough. A member can start from what
// it has, or send the file to its consortium's coordinator instead of a key.
class PullCommand final {
    Q_DECLARE_TR_FUNCTIONS(PullCommand)

public:
    PullCommand(QTextStream& out, QTextStream& err);
    static QString description();
    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};
