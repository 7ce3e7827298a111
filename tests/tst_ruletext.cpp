// RuleText: a rule's conditions as one line of text (the existing-rules table, pasting, CSV).
#include "file/RuleCsvReader.h"
#include "model/RuleText.h"

#include <QRandomGenerator>
#include <QTest>

class TestRuleText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();
    void formatReadsBack();
    void formatQuotesWhatWouldBeMisread_data();
    void formatQuotesWhatWouldBeMisread();
    void formatAndParseAreInverses();
    void quotedValues();
    void readRulesWithHeader();
    void readPastedRowsWithoutHeader();
    void readRulesReportsBadLines();
};

Q_DECLARE_METATYPE(RuleOperator)

void TestRuleText::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<RuleOperator>("op");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("equals") << "Location = MAIN"
                            << "Location" << RuleOperator::Equals << QStringList { "MAIN" };
    QTest::newRow("not equals words") << "Location Not = MAIN"
                                      << "Location" << RuleOperator::NotEquals << QStringList { "MAIN" };
    QTest::newRow("not equals symbol") << "Location != MAIN"
                                       << "Location" << RuleOperator::NotEquals << QStringList { "MAIN" };
    QTest::newRow("in list") << "User Group InList STAFF, FACULTY"
                             << "User Group" << RuleOperator::InList << QStringList { "STAFF", "FACULTY" };
    QTest::newRow("in list, any case, spaced")
        << "User Group in list  STAFF ,FACULTY "
        << "User Group" << RuleOperator::InList << QStringList { "STAFF", "FACULTY" };
    QTest::newRow("not in list") << "Resource Sharing Partner NotInList A"
                                 << "Resource Sharing Partner" << RuleOperator::NotInList << QStringList { "A" };
    QTest::newRow("is not empty wins over is empty")
        << "Requested Format Is Not Empty"
        << "Requested Format" << RuleOperator::IsNotEmpty << QStringList {};
    QTest::newRow("is empty") << "Requested Format IsEmpty"
                              << "Requested Format" << RuleOperator::IsEmpty << QStringList {};
    QTest::newRow("operator word inside a parameter name")
        << "Listing Type = X"
        << "Listing Type" << RuleOperator::Equals << QStringList { "X" };
}

void TestRuleText::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, parameter);
    QFETCH(RuleOperator, op);
    QFETCH(QStringList, values);
    QList<RuleCondition> conditions;
    QString error;
    QVERIFY2(RuleText::parse(text, &conditions, &error), qPrintable(error));
    QCOMPARE(conditions.size(), 1);
    QCOMPARE(conditions.at(0).parameter, parameter);
    QCOMPARE(conditions.at(0).op, op);
    QCOMPARE(conditions.at(0).values, values);
}

void TestRuleText::refusesWhatItCannotRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no operator") << "User Group STAFF"
                                 << "has no operator";
    QTest::newRow("no parameter") << "= STAFF"
                                  << "names no parameter";
    QTest::newRow("second part broken") << "Location = MAIN; User Group STAFF"
                                        << "User Group STAFF";
    // "Not  =" is Not = whatever the spacing, so nothing names a parameter here.
    QTest::newRow("not equals, two spaces") << "Not  = x"
                                            << "names no parameter";
    QTest::newRow("unclosed quote") << "\"Location = MAIN"
                                    << "not closed";
    QTest::newRow("value after no-value operator") << "Requested Format Is Empty BOOK"
                                                   << "takes no value";
    QTest::newRow("text after a quoted value") << "Location InList \"A\" B"
                                               << "put a comma";
}

void TestRuleText::refusesWhatItCannotRead()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QList<RuleCondition> conditions { RuleCondition { QStringLiteral("kept"), RuleOperator::Equals, {} } };
    QString error;
    QVERIFY(!RuleText::parse(text, &conditions, &error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QCOMPARE(conditions.value(0).parameter, QStringLiteral("kept")); // unchanged on failure
}

void TestRuleText::formatReadsBack()
{
    const QList<RuleCondition> conditions {
        { QStringLiteral("User Group"), RuleOperator::InList, { QStringLiteral("STAFF"), QStringLiteral("FACULTY") } },
        { QStringLiteral("Location"), RuleOperator::NotEquals, { QStringLiteral("MAIN") } },
        { QStringLiteral("Requested Format"), RuleOperator::IsNotEmpty, {} },
        { QStringLiteral("Material Type"), RuleOperator::NotInList, { QStringLiteral("DVD") } },
        { QStringLiteral("Pickup Location"), RuleOperator::IsEmpty, {} },
        { QStringLiteral("Item Policy"), RuleOperator::Equals, { QStringLiteral("P2P") } },
    };
    const QString text = RuleText::format(conditions);
    QCOMPARE(text,
        QStringLiteral("User Group InList STAFF, FACULTY; Location Not = MAIN; Requested Format Is Not Empty; "
                       "Material Type NotInList DVD; Pickup Location Is Empty; Item Policy = P2P"));
    QList<RuleCondition> back;
    QString error;
    QVERIFY(RuleText::parse(text, &back, &error));
    QCOMPARE(back, conditions);
    QCOMPARE(RuleText::format({}), QString());
    QVERIFY(RuleText::parse(QString(), &back, &error));
    QVERIFY(back.isEmpty());
}

void TestRuleText::formatQuotesWhatWouldBeMisread_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<RuleOperator>("op");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("text");
    QTest::newRow("parameter Not before =") << "Not" << RuleOperator::Equals << QStringList { "x" } << "\"Not\" = x";
    QTest::newRow("parameter ending in an operator's word")
        << "Format is" << RuleOperator::Equals << QStringList { "x" } << "Format is = x";
    QTest::newRow("operator words inside")
        << "Item in list" << RuleOperator::Equals << QStringList { "x" } << "\"Item in list\" = x";
    QTest::newRow("value with comma") << "Name" << RuleOperator::InList << QStringList { "Smith, J.", "Doe" }
                                      << "Name InList \"Smith, J.\", Doe";
    QTest::newRow("value with semicolon and quote")
        << "Note" << RuleOperator::Equals << QStringList { "a;\"b\"" } << "Note = \"a;\"\"b\"\"\"";
    QTest::newRow("empty value and spaces")
        << "P" << RuleOperator::InList << QStringList { "", " x " } << "P InList \"\", \" x \"";
    QTest::newRow("empty parameter") << "" << RuleOperator::IsEmpty << QStringList {} << "\"\" Is Empty";
    QTest::newRow("semicolon in parameter") << "A;B" << RuleOperator::Equals << QStringList { "1" } << "\"A;B\" = 1";
}

void TestRuleText::formatQuotesWhatWouldBeMisread()
{
    QFETCH(QString, parameter);
    QFETCH(RuleOperator, op);
    QFETCH(QStringList, values);
    QFETCH(QString, text);
    const QList<RuleCondition> conditions { { parameter, op, values } };
    QCOMPARE(RuleText::format(conditions), text);
    QList<RuleCondition> back;
    QString error;
    QVERIFY2(RuleText::parse(text, &back, &error), qPrintable(error));
    QCOMPARE(back, conditions);
}

void TestRuleText::formatAndParseAreInverses()
{
    // Conditions built from the pieces that trip a reader: operator words, separators, quotes,
    // spaces, nothing at all; parse(format(c)) must give c back for every one.
    const QStringList pieces { "Not", "not", "=", "!=", "in", "list", "In List", "is", "Is Not", "empty", "Empty", ";",
        ",", "\"", "\"\"", " ", "  ", "\t", "A", "Location", "MAIN", "User Group", "\u00e9t\u00e9", "x=y", "NotInList",
        "IsEmpty", "\n" };
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    auto text = [&] {
        QString out;
        const int n = int(random.bounded(4));
        for (int i = 0; i < n; ++i)
            out += pieces.at(int(random.bounded(int(pieces.size()))));
        return out;
    };
    for (int round = 0; round < 20000; ++round) {
        QList<RuleCondition> conditions;
        const int count = int(random.bounded(4));
        for (int i = 0; i < count; ++i) {
            RuleCondition c;
            c.parameter = text();
            c.op = RuleOperators::all().at(int(random.bounded(int(RuleOperators::all().size()))));
            if (RuleOperators::takesValues(c.op)) {
                const int values = int(random.bounded(4));
                for (int v = 0; v < values; ++v)
                    c.values.append(text());
            }
            conditions.append(c);
        }
        const QString formatted = RuleText::format(conditions);
        QList<RuleCondition> back;
        QString error;
        QVERIFY2(RuleText::parse(formatted, &back, &error),
            qPrintable(QStringLiteral("seed %1: %2 cannot be read: %3").arg(seed).arg(formatted, error)));
        QVERIFY2(back == conditions,
            qPrintable(QStringLiteral("seed %1: %2 reads back differently").arg(seed).arg(formatted)));
    }
}

void TestRuleText::quotedValues()
{
    QStringList values;
    QString error;
    QVERIFY(RuleText::parseValues(QStringLiteral("A, \"B, C\" ,D"), &values, &error));
    QCOMPARE(values, (QStringList { "A", "B, C", "D" }));
    QCOMPARE(RuleText::formatValues(values), QStringLiteral("A, \"B, C\", D"));
    QVERIFY(!RuleText::parseValues(QStringLiteral("A; B"), &values, &error));
    QVERIFY2(error.contains(QStringLiteral("needs quotes")), qPrintable(error));
    QCOMPARE(values, (QStringList { "A", "B, C", "D" })); // unchanged on failure
}

void TestRuleText::readRulesWithHeader()
{
    const auto read = RuleCsvReader::read(QStringLiteral(
        "Conditions,Name,Enabled\n\"User Group InList STAFF, FACULTY\",Staff loans,yes\n,Catch-all,no\n"));
    QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(QLatin1Char('\n'))));
    QCOMPARE(read.rules.size(), 2);
    QCOMPARE(read.rules.at(0).name, QStringLiteral("Staff loans"));
    QCOMPARE(read.rules.at(0).conditions.value(0).values.size(), 2);
    QVERIFY(read.rules.at(0).enabled);
    QCOMPARE(read.rules.at(1).name, QStringLiteral("Catch-all"));
    QVERIFY(read.rules.at(1).conditions.isEmpty());
    QVERIFY(!read.rules.at(1).enabled);
}

void TestRuleText::readPastedRowsWithoutHeader()
{
    // Cells copied from a spreadsheet: tab-separated, name / enabled / conditions.
    const auto read
        = RuleCsvReader::read(QStringLiteral("Old rota\tno\tRequested Format = BOOK\nAll requests\tyes\t\n"));
    QVERIFY(read.errors.isEmpty());
    QCOMPARE(read.rules.size(), 2);
    QVERIFY(!read.rules.at(0).enabled);
    QCOMPARE(read.rules.at(0).conditions.value(0).parameter, QStringLiteral("Requested Format"));
    QVERIFY(read.rules.at(1).conditions.isEmpty());
}

void TestRuleText::readRulesReportsBadLines()
{
    const auto read = RuleCsvReader::read(QStringLiteral(
        "name,enabled,conditions\nGood,yes,Location = A\n,yes,Location = B\nBad,maybe,\nWorse,yes,Location B\n"));
    QCOMPARE(read.rules.size(), 1);
    QCOMPARE(read.errors.size(), 3);
    QVERIFY(read.errors.at(0).startsWith(QStringLiteral("line 3:")));
    QVERIFY(read.errors.at(1).contains(QStringLiteral("maybe")));
    QVERIFY(read.errors.at(2).contains(QStringLiteral("no operator")));
    QVERIFY(!RuleCsvReader::read(QString()).errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestRuleText)
#include "tst_ruletext.moc"
