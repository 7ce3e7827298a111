// docs/sources.md is the program's catalogs written out (SourcesReport): the test fails when the
// two differ and writes the current text to sources.md in the working directory, to copy over.
#include "report/SourcesReport.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

class TestSourcesDoc : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentMatchesTheCatalogs();
    void everySuggestionIsMarked();
};

void TestSourcesDoc::documentMatchesTheCatalogs()
{
    const QString expected = SourcesReport::markdown();
    QFile doc(QStringLiteral(P2P_SOURCE_DIR "/docs/sources.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    const QString actual = QString::fromUtf8(doc.readAll());
    if (actual != expected) {
        QFile current(QStringLiteral("sources.md"));
        QVERIFY(current.open(QIODevice::WriteOnly | QIODevice::Truncate));
        current.write(expected.toUtf8());
        QFAIL(qPrintable(QStringLiteral("docs/sources.md is out of date: copy %1 over it")
                             .arg(QFileInfo(current).absoluteFilePath())));
    }
}

// Every suggestion row says so in bold, and only those.
void TestSourcesDoc::everySuggestionIsMarked()
{
    const QString md = SourcesReport::markdown();
    QVERIFY(md.contains(QStringLiteral("| **Suggestion** |")));
    QVERIFY(md.contains(QStringLiteral("| Guide |")));
    QVERIFY(md.contains(QStringLiteral("| Ex Libris |")));
    // The WRLC location codes are the guide's; the rota's code is the program's.
    QVERIFY(md.contains(QStringLiteral("`CLSBORR` | Guide")));
    QVERIFY(md.contains(QStringLiteral("`P2P_ROTA` | **Suggestion**")));
}

QTEST_GUILESS_MAIN(TestSourcesDoc)
#include "tst_sourcesdoc.moc"
