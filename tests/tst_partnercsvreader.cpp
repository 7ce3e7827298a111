// Unit tests of PartnerCsvReader: header names, RFC 4180 quoting, delimiters, BOM, and the
// error messages for broken files.
#include "file/PartnerCsvReader.h"

#include <QBuffer>
#include <QTest>

namespace {
using Result = PartnerCsvReader::Result;

// What a new partner of the setup holds before the file's columns are read.
Partner defaults()
{
    Partner p;
    p.profileType = QStringLiteral("NCIP_P2P");
    p.status = QStringLiteral("ACTIVE");
    p.borrowingSupported = true;
    p.lendingSupported = true;
    p.borrowingWorkflow = QStringLiteral("P2P_BORROWING");
    p.lendingWorkflow = QStringLiteral("P2P_LENDING");
    p.expiryDays = 7;
    p.avgSupplyTime = 4;
    p.deliveryDelay = 0;
    return p;
}

Result readText(const QString& text)
{
    return PartnerCsvReader::read(text, defaults());
}

Result readBytes(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    if (!buffer.open(QIODevice::ReadOnly))
        qFatal("cannot open buffer");
    return PartnerCsvReader::read(buffer, defaults());
}

QStringList codes(const Result& r)
{
    QStringList out;
    for (const Partner& p : r.partners)
        out.append(p.code);
    return out;
}

bool anyErrorContains(const Result& r, const QString& text)
{
    for (const QString& e : r.errors) {
        if (e.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

class TestPartnerCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unreadableFileNamesIt();
    void skipsRowsOfEmptyCells();
    void readsUtf16WithByteOrderMark();
    void headerAliases_data();
    void headerAliases();
    void headerCaseAndSpaces();
    void unknownColumnsIgnored();
    void defaultsForMissingColumns();
    void shortRows();
    void valuesTrimmedAndUppercased();
    void quotedFields();
    void quotedMultilineKeepsLineNumbers();
    void delimiters_data();
    void delimiters();
    void crlf();
    void bom();
    void blankLinesSkipped();
    void headerOnly();
    void missingCodeColumn();
    void emptyCode();
    void duplicateCodes();
    void badNumbers();
    void booleans_data();
    void booleans();
    void badBooleans();
    void unclosedQuote();
    void binaryInput();
    void emptyFile();
    void parseRows();
};

void TestPartnerCsvReader::headerAliases_data()
{
    QTest::addColumn<QString>("header");
    // Alma's field names (rest_partner).
    QTest::newRow("alma") << QStringLiteral(
        "code,name,profile_details.profile_type,status,borrowing_workflow,lending_workflow,expiry_time,"
        "avg_supply_time,delivery_delay,borrowing_supported,lending_supported,locate_profile,institution_code,"
        "holding_code,system_type");
    // The titles of the partner table (PartnerTableModel).
    QTest::newRow("table titles") << QStringLiteral(
        "Code,Name,Profile type,Status,Borrowing workflow,Lending workflow,Expiry days,Avg. supply time,"
        "Delivery delay,Borrowing,Lending,Locate profile,Institution code,Holding code,System type");
    // Alma's UI labels.
    QTest::newRow("alma ui") << QStringLiteral(
        "Code,Name,Profile Type,Status,Borrowing Workflow,Lending Workflow,Expiry Time (Days),Avg Supply Time,"
        "Delivery Delay,Borrowing Supported,Lending Supported,Locate Profile,Institution Code,Holding Code,"
        "System Type");
}

void TestPartnerCsvReader::headerAliases()
{
    QFETCH(QString, header);
    const QString text
        = header + QStringLiteral("\nGWU,George Washington,iso_18626,Inactive,BW,LW,12,3,2,no,yes,LP,INST,HOLD,ALMA\n");
    const Result r = readText(text);
    QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.partners.size(), 1);
    const Partner& p = r.partners.at(0);
    QCOMPARE(p.code, QStringLiteral("GWU"));
    QCOMPARE(p.name, QStringLiteral("George Washington"));
    QCOMPARE(p.profileType, QStringLiteral("ISO_18626"));
    QCOMPARE(p.status, QStringLiteral("INACTIVE"));
    QCOMPARE(p.borrowingWorkflow, QStringLiteral("BW"));
    QCOMPARE(p.lendingWorkflow, QStringLiteral("LW"));
    QCOMPARE(p.expiryDays, 12);
    QCOMPARE(p.avgSupplyTime, 3);
    QCOMPARE(p.deliveryDelay, 2);
    QCOMPARE(p.borrowingSupported, false);
    QCOMPARE(p.lendingSupported, true);
    QCOMPARE(p.locateProfile, QStringLiteral("LP"));
    QCOMPARE(p.institutionCode, QStringLiteral("INST"));
    QCOMPARE(p.holdingCode, QStringLiteral("HOLD"));
    QCOMPARE(p.systemType, QStringLiteral("ALMA"));
}

void TestPartnerCsvReader::headerCaseAndSpaces()
{
    const Result r = readText(QStringLiteral("  CODE  ,  Expiry_Time \nA,5\n"));
    QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(codes(r), QStringList { QStringLiteral("A") });
    QCOMPARE(r.partners.at(0).expiryDays, 5);
}

void TestPartnerCsvReader::unknownColumnsIgnored()
{
    const Result r = readText(QStringLiteral("notes,code,colour\nhello,A,red\n"));
    QVERIFY(r.ok());
    QCOMPARE(codes(r), QStringList { QStringLiteral("A") });
    QCOMPARE(r.partners.at(0).name, QString());
}

void TestPartnerCsvReader::defaultsForMissingColumns()
{
    const Result r = readText(QStringLiteral("code,name\nA,Alpha\n"));
    QVERIFY(r.ok());
    QCOMPARE(r.partners.size(), 1);
    Partner expected = defaults();
    expected.code = QStringLiteral("A");
    expected.name = QStringLiteral("Alpha");
    QCOMPARE(r.partners.at(0), expected);

    // Empty cells of optional columns keep the defaults.
    const Result r2 = readText(
        QStringLiteral("code,profile_type,status,borrowing_workflow,lending_workflow,expiry_time,avg_supply_time,"
                       "delivery_delay,borrowing,lending\nB,,,,,,,,,\n"));
    QVERIFY2(r2.ok(), qPrintable(r2.errors.join(QLatin1Char('\n'))));
    expected = defaults();
    expected.code = QStringLiteral("B");
    QCOMPARE(r2.partners.at(0), expected);

    // A default the row's profile type does not use is left out (ISO 18626 keeps no expiry
    // time); one the row gives is kept, and checked as unused.
    QVERIFY(defaults().expiryDays.has_value());
    const Result r3 = readText(QStringLiteral("code,profile_type,expiry_time\nC,ISO_18626,\nD,ISO_18626,5\n"));
    QVERIFY2(r3.ok(), qPrintable(r3.errors.join(QLatin1Char('\n'))));
    QVERIFY(!r3.partners.at(0).expiryDays.has_value());
    QCOMPARE(r3.partners.at(1).expiryDays, std::optional<int>(5));
}

void TestPartnerCsvReader::shortRows()
{
    const Result r = readText(QStringLiteral("code,name,status,expiry_time\nA\nB,Bee\n"));
    QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(codes(r), (QStringList { QStringLiteral("A"), QStringLiteral("B") }));
    QCOMPARE(r.partners.at(0).status, QStringLiteral("ACTIVE"));
    QCOMPARE(r.partners.at(0).expiryDays, 7);
    QCOMPARE(r.partners.at(1).name, QStringLiteral("Bee"));
}

void TestPartnerCsvReader::valuesTrimmedAndUppercased()
{
    const Result r
        = readText(QStringLiteral("code,name,status,profile_type\n  A1 ,  Alpha Library  , active ,ncip_p2p\n"));
    QVERIFY(r.ok());
    const Partner& p = r.partners.at(0);
    QCOMPARE(p.code, QStringLiteral("A1"));
    QCOMPARE(p.name, QStringLiteral("Alpha Library"));
    QCOMPARE(p.status, QStringLiteral("ACTIVE"));
    QCOMPARE(p.profileType, QStringLiteral("NCIP_P2P"));
}

void TestPartnerCsvReader::quotedFields()
{
    const QString text = QStringLiteral("code,name,locate_profile\n"
                                        "\"A1\",\"Library, Main\",LP\n"
                                        "A2,\"Line one\nLine two\",LP2\n"
                                        "A3,\"He said \"\"hi\"\"\",\"\"\n"
                                        "\"A,4\",\"\"\"quoted\"\"\",\"x;y\"\n");
    const Result r = readText(text);
    QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(codes(r),
        (QStringList { QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A,4") }));
    QCOMPARE(r.partners.at(0).name, QStringLiteral("Library, Main"));
    QCOMPARE(r.partners.at(0).locateProfile, QStringLiteral("LP"));
    QCOMPARE(r.partners.at(1).name, QStringLiteral("Line one\nLine two"));
    QCOMPARE(r.partners.at(1).locateProfile, QStringLiteral("LP2"));
    QCOMPARE(r.partners.at(2).name, QStringLiteral("He said \"hi\""));
    QCOMPARE(r.partners.at(2).locateProfile, QString());
    QCOMPARE(r.partners.at(3).name, QStringLiteral("\"quoted\""));
    QCOMPARE(r.partners.at(3).locateProfile, QStringLiteral("x;y"));
}

void TestPartnerCsvReader::quotedMultilineKeepsLineNumbers()
{
    // Row 2 spans lines 2-4, so the bad row is on line 5 of the file.
    const QString text = QStringLiteral("code,name,expiry_time\n"
                                        "A,\"one\ntwo\nthree\",1\n"
                                        "B,bee,soon\n");
    const Result r = readText(text);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.at(0).startsWith(QStringLiteral("line 5:")), qPrintable(r.errors.at(0)));
    QVERIFY(r.errors.at(0).contains(QStringLiteral("soon")));
    QCOMPARE(codes(r), QStringList { QStringLiteral("A") });
}

void TestPartnerCsvReader::delimiters_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("comma") << QStringLiteral("code,name,expiry_time\nA,\"Smith; Jones\",5\nB,Bee,6\n");
    QTest::newRow("semicolon") << QStringLiteral("code;name;expiry_time\nA;Smith; Jones;5\nB;Bee;6\n");
    QTest::newRow("semicolon quoted") << QStringLiteral("code;name;expiry_time\nA;\"Smith; Jones\";5\nB;Bee;6\n");
    QTest::newRow("tab") << QStringLiteral("code\tname\texpiry_time\nA\tSmith; Jones\t5\nB\tBee\t6\n");
}

void TestPartnerCsvReader::delimiters()
{
    QFETCH(QString, text);
    if (QTest::currentDataTag() == QLatin1String("semicolon")) {
        // An unquoted delimiter inside a value splits it: "Smith" then " Jones" into expiry_time.
        const Result r = readText(text);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.at(0).startsWith(QStringLiteral("line 2:")));
        QCOMPARE(codes(r), QStringList { QStringLiteral("B") });
        return;
    }
    const Result r = readText(text);
    QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(codes(r), (QStringList { QStringLiteral("A"), QStringLiteral("B") }));
    QCOMPARE(r.partners.at(0).name, QStringLiteral("Smith; Jones"));
    QCOMPARE(r.partners.at(0).expiryDays, 5);
    QCOMPARE(r.partners.at(1).expiryDays, 6);
}

void TestPartnerCsvReader::crlf()
{
    const Result r = readText(QStringLiteral("code,name\r\nA,Alpha\r\nB,Beta\r\n"));
    QVERIFY(r.ok());
    QCOMPARE(codes(r), (QStringList { QStringLiteral("A"), QStringLiteral("B") }));
    QCOMPARE(r.partners.at(0).name, QStringLiteral("Alpha"));
    QCOMPARE(r.partners.at(1).name, QStringLiteral("Beta"));

    const Result bad = readText(QStringLiteral("code,expiry_time\r\nA,1\r\nB,x\r\n"));
    QCOMPARE(bad.errors.size(), 1);
    QVERIFY(bad.errors.at(0).startsWith(QStringLiteral("line 3:")));
}

void TestPartnerCsvReader::bom()
{
    // As text (U+FEFF) and as UTF-8 bytes from a device.
    const Result r1 = readText(QChar(0xFEFF) + QStringLiteral("code,name\nA,Alpha\n"));
    QVERIFY2(r1.ok(), qPrintable(r1.errors.join(QLatin1Char('\n'))));
    QCOMPARE(codes(r1), QStringList { QStringLiteral("A") });

    const Result r2 = readBytes(QByteArray("\xEF\xBB\xBF"
                                           "code;name\nA;Alpha\nB;B\xC3\xA9ta\n"));
    QVERIFY2(r2.ok(), qPrintable(r2.errors.join(QLatin1Char('\n'))));
    QCOMPARE(codes(r2), (QStringList { QStringLiteral("A"), QStringLiteral("B") }));
    QCOMPARE(r2.partners.at(1).name, QString::fromUtf8("B\xC3\xA9ta"));
}

void TestPartnerCsvReader::blankLinesSkipped()
{
    const Result r = readText(QStringLiteral("\ncode,expiry_time\n\nA,1\n\n\nB,x\n\n"));
    QCOMPARE(codes(r), QStringList { QStringLiteral("A") });
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.at(0).startsWith(QStringLiteral("line 7:")), qPrintable(r.errors.at(0)));
}

void TestPartnerCsvReader::headerOnly()
{
    const Result r = readText(QStringLiteral("code,name\n"));
    QVERIFY(r.ok());
    QVERIFY(r.partners.isEmpty());
}

void TestPartnerCsvReader::missingCodeColumn()
{
    const Result r = readText(QStringLiteral("name,status\nAlpha,ACTIVE\n"));
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.at(0).startsWith(QStringLiteral("line 1:")));
    QVERIFY(r.errors.at(0).contains(QStringLiteral("\"code\"")));
    QVERIFY(r.partners.isEmpty());

    // "partner code" is not a code column, nor is a data row that says "code".
    const Result r2 = readText(QStringLiteral("partner code,name\nA,code\n"));
    QVERIFY(!r2.ok());
    QVERIFY(r2.partners.isEmpty());
}

void TestPartnerCsvReader::emptyCode()
{
    const Result r = readText(QStringLiteral("code,name\n,Nameless\nB,Bee\n\"  \",Blank\n"));
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 2);
    QVERIFY(r.errors.at(0).startsWith(QStringLiteral("line 2:")));
    QVERIFY(r.errors.at(0).contains(QStringLiteral("empty")));
    QVERIFY(r.errors.at(1).startsWith(QStringLiteral("line 4:")));
    // The good rows are still read.
    QCOMPARE(codes(r), QStringList { QStringLiteral("B") });
}

void TestPartnerCsvReader::duplicateCodes()
{
    const Result r = readText(QStringLiteral("code,name\nA,first\nB,bee\nA,second\n"));
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.at(0).startsWith(QStringLiteral("line 4:")), qPrintable(r.errors.at(0)));
    QVERIFY2(r.errors.at(0).contains(QStringLiteral("line 2")), qPrintable(r.errors.at(0)));
    QVERIFY(r.errors.at(0).contains(QStringLiteral("\"A\"")));
    QCOMPARE(codes(r), (QStringList { QStringLiteral("A"), QStringLiteral("B") }));
    QCOMPARE(r.partners.at(0).name, QStringLiteral("first"));

    // Codes are compared after trimming.
    const Result r2 = readText(QStringLiteral("code\nA\n A \n"));
    QCOMPARE(r2.errors.size(), 1);
    QCOMPARE(codes(r2), QStringList { QStringLiteral("A") });
}

void TestPartnerCsvReader::badNumbers()
{
    const Result r = readText(QStringLiteral("code,expiry days,avg_supply_time,delivery_delay\n"
                                             "A,abc,,\n"
                                             "B,-1,,\n"
                                             "C,2.5,,\n"
                                             "D,,,\n"
                                             "E, 12 ,0,3\n"
                                             "F,1,x,\n"
                                             "G,1,1,1d\n"));
    QCOMPARE(r.errors.size(), 5);
    QVERIFY(r.errors.at(0).startsWith(QStringLiteral("line 2:")));
    QVERIFY(r.errors.at(0).contains(QStringLiteral("\"abc\"")));
    QVERIFY(r.errors.at(1).startsWith(QStringLiteral("line 3:")));
    QVERIFY(r.errors.at(1).contains(QStringLiteral("\"-1\"")));
    QVERIFY(r.errors.at(2).startsWith(QStringLiteral("line 4:")));
    QVERIFY(r.errors.at(3).startsWith(QStringLiteral("line 7:")));
    QVERIFY(r.errors.at(4).startsWith(QStringLiteral("line 8:")));
    QCOMPARE(codes(r), (QStringList { QStringLiteral("D"), QStringLiteral("E") }));
    QCOMPARE(r.partners.at(0).expiryDays, 7); // default
    QCOMPARE(r.partners.at(0).avgSupplyTime, 4);
    QCOMPARE(r.partners.at(1).expiryDays, 12);
    QCOMPARE(r.partners.at(1).avgSupplyTime, 0);
    QCOMPARE(r.partners.at(1).deliveryDelay, 3);
}

void TestPartnerCsvReader::booleans_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");
    for (const char* v : { "true", "TRUE", "yes", "Yes", "y", "Y", "1", " yes " })
        QTest::newRow(v) << QString::fromLatin1(v) << true;
    for (const char* v : { "false", "False", "no", "NO", "n", "N", "0" })
        QTest::newRow(v) << QString::fromLatin1(v) << false;
}

void TestPartnerCsvReader::booleans()
{
    QFETCH(QString, value);
    QFETCH(bool, expected);
    Partner d = defaults();
    d.borrowingSupported = !expected;
    d.lendingSupported = !expected;
    const Result r
        = PartnerCsvReader::read(QStringLiteral("code,borrowing_supported,lending\nA,%1,%1\n").arg(value), d);
    QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.partners.at(0).borrowingSupported, expected);
    QCOMPARE(r.partners.at(0).lendingSupported, expected);
}

void TestPartnerCsvReader::badBooleans()
{
    const Result r = readText(QStringLiteral("code,borrowing,lending\nA,maybe,yes\nB,yes,2\nC,,\n"));
    QCOMPARE(r.errors.size(), 2);
    QVERIFY(r.errors.at(0).startsWith(QStringLiteral("line 2:")));
    QVERIFY(r.errors.at(0).contains(QStringLiteral("\"maybe\"")));
    QVERIFY(r.errors.at(1).startsWith(QStringLiteral("line 3:")));
    QVERIFY(r.errors.at(1).contains(QStringLiteral("\"2\"")));
    QCOMPARE(codes(r), QStringList { QStringLiteral("C") });
    QCOMPARE(r.partners.at(0).borrowingSupported, std::optional<bool>(true));
    QCOMPARE(r.partners.at(0).lendingSupported, std::optional<bool>(true));
}

void TestPartnerCsvReader::unclosedQuote()
{
    const Result r = readText(QStringLiteral("code,name\nA,Alpha\nB,\"Beta\nC,Gamma\n"));
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.at(0).startsWith(QStringLiteral("line 3:")), qPrintable(r.errors.at(0)));
    QVERIFY(r.errors.at(0).contains(QStringLiteral("not closed")));
    // Nothing is imported from a file that cannot be split into rows.
    QVERIFY(r.partners.isEmpty());

    QString error;
    QVERIFY(PartnerCsvReader::parse(QStringLiteral("\"a"), QLatin1Char(','), &error).isEmpty());
    QVERIFY(error.startsWith(QStringLiteral("line 1:")));
}

void TestPartnerCsvReader::binaryInput()
{
    // A PNG header: not text.
    static const char pngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    const QByteArray png(pngHeader, sizeof pngHeader - 1); // the 20 bytes of the header, not the final NUL
    const Result r = readBytes(png);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(anyErrorContains(r, QStringLiteral("not a text file")));
    QVERIFY(r.partners.isEmpty());

    // A NUL byte after a valid header is enough.
    QByteArray bytes("code,name\nA,Al");
    bytes.append('\0');
    bytes.append("pha\n");
    const Result r2 = readBytes(bytes);
    QVERIFY(!r2.ok());
    QVERIFY(r2.partners.isEmpty());

    // Plain UTF-8 through a device reads normally.
    const Result r3 = readBytes(QByteArray("code,name\nA,Alpha\n"));
    QVERIFY(r3.ok());
    QCOMPARE(codes(r3), QStringList { QStringLiteral("A") });
}

void TestPartnerCsvReader::emptyFile()
{
    for (const QString& text : { QString(), QStringLiteral("\n"), QStringLiteral("\r\n\r\n\n") }) {
        const Result r = readText(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.at(0).contains(QStringLiteral("empty")), qPrintable(r.errors.at(0)));
        QVERIFY(r.partners.isEmpty());
    }
    const Result r = readBytes(QByteArray());
    QVERIFY(!r.ok());
    QVERIFY(anyErrorContains(r, QStringLiteral("empty")));
    // Only a BOM is empty too.
    const Result bomOnly = readBytes(QByteArray("\xEF\xBB\xBF"));
    QVERIFY(anyErrorContains(bomOnly, QStringLiteral("empty")));
}

void TestPartnerCsvReader::parseRows()
{
    QString error;
    const auto rows
        = PartnerCsvReader::parse(QStringLiteral("a,b\n\"c\nd\",e\nx,,\n,\n\nlast"), QLatin1Char(','), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).line, 1);
    QCOMPARE(rows.at(0).fields, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(rows.at(1).line, 2);
    QCOMPARE(rows.at(1).fields, (QStringList { QStringLiteral("c\nd"), QStringLiteral("e") }));
    QCOMPARE(rows.at(2).line, 4);
    QCOMPARE(rows.at(2).fields, (QStringList { QStringLiteral("x"), QString(), QString() }));
    QCOMPARE(rows.at(3).line, 5);
    QCOMPARE(rows.at(3).fields, (QStringList { QString(), QString() }));
    QCOMPARE(rows.at(4).line, 7);
    QCOMPARE(rows.at(4).fields, QStringList { QStringLiteral("last") });

    // A quoted empty field is a row with one empty field.
    const auto quotedEmpty = PartnerCsvReader::parse(QStringLiteral("\"\"\n"), QLatin1Char(','), &error);
    QCOMPARE(quotedEmpty.size(), 1);
    QCOMPARE(quotedEmpty.at(0).fields, QStringList { QString() });

    // The delimiter is the one given.
    const auto semi = PartnerCsvReader::parse(QStringLiteral("a,b;c"), QLatin1Char(';'), &error);
    QCOMPARE(semi.at(0).fields, (QStringList { QStringLiteral("a,b"), QStringLiteral("c") }));
}

void TestPartnerCsvReader::skipsRowsOfEmptyCells()
{
    const auto r = PartnerCsvReader::read(QStringLiteral("code,name\nA,Alpha\n,,\n , \n"), Partner {});
    QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.partners.size(), 1);
    QCOMPARE(r.partners.at(0).code, QStringLiteral("A"));
}

void TestPartnerCsvReader::readsUtf16WithByteOrderMark()
{
    const QString text = QStringLiteral("code\tname\nZ\u00dc1\tZ\u00fcrich\n");
    QByteArray bytes("\xff\xfe", 2);
    bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto r = PartnerCsvReader::read(buffer, Partner {});
    QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.partners.size(), 1);
    QCOMPARE(r.partners.at(0).name, QStringLiteral("Z\u00fcrich"));
}

void TestPartnerCsvReader::unreadableFileNamesIt()
{
    const auto r = PartnerCsvReader::readFile(QStringLiteral("/nonexistent/partners.csv"), Partner {});
    QVERIFY(!r.ok());
    QVERIFY(r.partners.isEmpty());
    QVERIFY2(r.errors.constFirst().contains(QStringLiteral("partners.csv")), qPrintable(r.errors.constFirst()));
}

QTEST_GUILESS_MAIN(TestPartnerCsvReader)
#include "tst_partnercsvreader.moc"
