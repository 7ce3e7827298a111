// The German and French translations are complete: every string the program shows (as lupdate
// finds it in the sources today) is translated, with the same placeholders, HTML tags and one
// keyboard accelerator where the source has one. Fails on unfinished or missing entries.
#include "checks/SetupValidator.h"
#include "model/Presets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message { context, {}, {}, false };
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                current.unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    current.unfinished = false;
                // Numerus forms are child elements; plain text otherwise.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations.append(xml.readElementText());
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (current.translations.isEmpty())
                    current.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            out.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList tags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z]+)[^>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1).toLower());
    found.sort();
    return found;
}

int accelerators(const QString& text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&[^\\s&;]"));
    int n = 0;
    for (auto it = re.globalMatch(t); it.hasNext(); it.next())
        ++n;
    // "&amp;"-style entities inside rich text are not accelerators.
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;|&#\\d+;"));
    for (auto it = entity.globalMatch(t); it.hasNext(); it.next())
        --n;
    return n;
}

// The same %1, %2 … as the source; a plural form may leave out %n ("un partenaire").
bool samePlaceholders(const Message& m, const QString& translation)
{
    const QStringList expected = placeholders(m.source);
    const QStringList got = placeholders(translation);
    if (got == expected)
        return true;
    QStringList withoutN = expected;
    withoutN.removeAll(QStringLiteral("%n"));
    return m.translations.size() > 1 && got == withoutN;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(P2P_SOURCE_DIR "/translations/alma-p2p-wizard_%1.ts").arg(language);
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void coversEveryStringInTheSources_data();
    void coversEveryStringInTheSources();
    void checksAreTranslatedAtRunTime();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 300);
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (m.unfinished) {
            problems.append(QStringLiteral("unfinished: ") + where);
            continue;
        }
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty())
                problems.append(QStringLiteral("empty: ") + where);
            else if (!samePlaceholders(m, t))
                problems.append(
                    QStringLiteral("placeholders %1 vs %2: ")
                        .arg(placeholders(t).join(QLatin1Char(' ')), placeholders(m.source).join(QLatin1Char(' ')))
                    + where);
            else if (tags(t) != tags(m.source))
                problems.append(QStringLiteral("HTML tags differ: ") + where);
            else if (accelerators(m.source) == 1 && accelerators(t) != 1)
                problems.append(QStringLiteral("accelerator: ") + where + QStringLiteral(" -> ") + t);
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 problems:\n").arg(problems.size()) + problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::coversEveryStringInTheSources_data()
{
    complete_data();
}

void TestTranslations::coversEveryStringInTheSources()
{
    // lupdate on today's sources into a scratch file: a string added without updating the .ts
    // files (cmake --build build --target update_translations) is missing there.
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString scratch = dir.filePath(QStringLiteral("scan.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(P2P_SOURCE_DIR));
    lupdate.start(QStringLiteral(P2P_LUPDATE),
        { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("app"),
            QStringLiteral("wizard_pages"), QStringLiteral("-ts"), scratch });
    QVERIFY2(lupdate.waitForFinished(120000) && lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    const QList<Message> found = readTs(scratch, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(found.size() > 300);
    QHash<QString, bool> translated;
    for (const Message& m : readTs(tsPath(language), &error))
        translated.insert(m.context + QLatin1Char('\x1f') + m.source, !m.unfinished);
    QStringList missing;
    for (const Message& m : found) {
        if (!translated.value(m.context + QLatin1Char('\x1f') + m.source))
            missing.append(m.context + QStringLiteral(": ") + m.source.left(70));
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(
            QStringLiteral("%1 strings of the sources are not translated in %2:\n").arg(missing.size()).arg(language)
            + missing.mid(0, 40).join(QLatin1Char('\n'))));
}

// The context lupdate files a text under must be the one tr() asks for at run time (a class
// that inherits tr() from another files its texts under its own name): every finding of a
// blank setup comes out in German.
void TestTranslations::checksAreTranslatedAtRunTime()
{
    SetupData d = Presets::create(QString::fromLatin1(Presets::Blank));
    d.partners.append(Partner {});
    d.partners.last().code = QStringLiteral("X1");
    const QList<Finding> english = SetupValidator::validate(d);
    QVERIFY(english.size() > 10);
    QTranslator german;
    QVERIFY(german.load(QStringLiteral("alma-p2p-wizard_de"), QStringLiteral(P2P_QM_DIR)));
    QCoreApplication::installTranslator(&german);
    const QList<Finding> translated = SetupValidator::validate(d);
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(translated.size(), english.size());
    QStringList untranslated;
    for (qsizetype i = 0; i < english.size(); ++i) {
        const bool sameFix = !english.at(i).fix.isEmpty() && translated.at(i).fix == english.at(i).fix;
        if (translated.at(i).message == english.at(i).message || sameFix)
            untranslated.append(english.at(i).code + QStringLiteral(": ") + english.at(i).message);
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
