// Setup files: every value survives a save and a load, unknown members are kept, bad input
// gives a clear error that names the file and the place and leaves the file alone, and failed
// saves keep the old file whole. Also SetupDocument's modified state and recovery copies.
#include "RandomSetup.h"
#include "SetupDifference.h"
#include "file/RecoveryStore.h"
#include "file/SetupDocument.h"
#include "file/SetupFile.h"
#include "file/SetupFileFormat.h"
#include "model/FieldCatalog.h"
#include "model/FieldId.h"
#include "model/Presets.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <QUndoStack>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#endif

using Json = SetupFileFormat::Json;

// QCOMPARE cannot print nlohmann values; this names both sides as JSON when they differ.
#define JSON_COMPARE(actual, expected)                                                                                 \
    QVERIFY2(Json(actual) == Json(expected), (Json(actual).dump() + " != " + Json(expected).dump()).c_str())

namespace {
QString F(const char* id)
{
    return QString::fromLatin1(id);
}

QByteArray bytesOf(const Json& json)
{
    const std::string text = json.dump(2);
    return QByteArray(text.data(), qsizetype(text.size()));
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// docs/setup-file.md's tables of field ids, written from the catalog.
QString fieldTables()
{
    auto type = [](const FieldSpec& spec) {
        QStringList values;
        for (const ChoiceSpec& c : spec.choices)
            values.append(*c.value ? QLatin1Char('`') + QString::fromLatin1(c.value) + QLatin1Char('`')
                                   : QStringLiteral("\"\" (not set)"));
        switch (spec.type) {
        case FieldType::Bool:
            return QStringLiteral("true/false");
        case FieldType::Integer:
            return QStringLiteral("whole number");
        case FieldType::Text:
            return QStringLiteral("text");
        case FieldType::Choice:
            return QStringLiteral("text, one of ") + values.join(QLatin1String(", "));
        case FieldType::MultiChoice:
            break;
        }
        switch (spec.choiceSource) {
        case ChoiceSource::Partners:
            return QStringLiteral("list of text (partner codes)");
        case ChoiceSource::FulfillmentPolicies:
            return QStringLiteral("list of text (policy names)");
        case ChoiceSource::Static:
            break;
        }
        return QStringLiteral("list of text from ") + values.join(QLatin1String(", "));
    };
    auto defaultValue = [](const FieldSpec& spec) {
        switch (spec.type) {
        case FieldType::Bool:
            return QString::fromLatin1(spec.defaultValue.toBool() ? "true" : "false");
        case FieldType::Integer:
            return QString::number(spec.defaultValue.toInt());
        case FieldType::MultiChoice:
            return QLatin1Char('[') + spec.defaultValue.toStringList().join(QLatin1String(", ")) + QLatin1Char(']');
        case FieldType::Text:
        case FieldType::Choice:
            break;
        }
        return QLatin1Char('"') + spec.defaultValue.toString() + QLatin1Char('"');
    };
    QString md;
    bool first = true;
    std::optional<SectionId> current;
    for (const FieldSpec& spec : FieldCatalog::all()) {
        if (first || current != spec.section) {
            first = false;
            current = spec.section;
            md += QLatin1String("\n#### ")
                + (spec.section ? SectionCatalog::section(*spec.section).numberedTitle()
                                : QStringLiteral("Introduction"))
                + QLatin1String("\n\n| Id | Type | Meaning and default |\n|---|---|---|\n");
        }
        md += QStringLiteral("| `%1` | %2 | %3. Default %4 |\n")
                  .arg(spec.key(), type(spec), spec.plainLabel(), defaultValue(spec));
    }
    return md;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Json validJson()
{
    return SetupFileFormat::encode(Presets::create(F(Presets::Wrlc)));
}
} // namespace

class TestSetupFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void randomSetupsRoundTrip_data();
    void randomSetupsRoundTrip();
    void roundTripThroughDisk();
    void idsNotPositions();
    void olderFileGetsNewParts();
    void unknownMembersAreKept();
    void badInput_data();
    void badInput();
    void newerVersionIsRefused();
    void unreadablePaths();
    void veryLargeFileIsRefused();
    void saveToFolderFails();
    void saveToMissingFolderFails();
    void fullDiskKeepsOldFile();
    void documentTracksChanges();
    void documentKeepsRecoveryCopyUntilSaved();
    void failedSaveKeepsWork();
    void strayRecoveryTemporariesAreRemoved();
    void documentationMatchesFormat();

private:
    QTemporaryDir m_dir;
};

void TestSetupFile::randomSetupsRoundTrip_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 25; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestSetupFile::randomSetupsRoundTrip()
{
    QFETCH(quint32, seed);
    const SetupData original = RandomSetup(seed).create();
    const QByteArray bytes = SetupFileFormat::serialize(original);
    const SetupFileFormat::Decoded decoded = SetupFileFormat::parse(bytes, QStringLiteral("random.json"));
    QVERIFY2(decoded.document, qPrintable(decoded.error.message()));
    QVERIFY2(decoded.document->data == original, qPrintable(firstDifference(original, decoded.document->data)));
    QVERIFY(decoded.document->preserved.empty());
    // serialize() lays the file out exactly as nlohmann's dump(2) of the whole document.
    const Json tree = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    QCOMPARE(bytes, bytesOf(tree) + '\n');
    // Writing what was read gives the same file (apart from the time of the save).
    Json again = SetupFileFormat::encode(decoded.document->data);
    Json first = Json::parse(bytes.toStdString());
    again.erase("savedAt");
    first.erase("savedAt");
    JSON_COMPARE(again, first);
}

void TestSetupFile::roundTripThroughDisk()
{
    // Through the model too: what the model holds after a load is what was saved.
    const SetupData original = RandomSetup(99).create();
    const QString path = m_dir.filePath(QStringLiteral("disk.p2p.json"));
    QVERIFY(!SetupFile::save(path, original));
    SetupModel model;
    SetupDocument document(&model, nullptr);
    const auto failed = document.open(path);
    QVERIFY2(!failed, qPrintable(failed ? failed->message() : QString()));
    QVERIFY2(model.data() == original, qPrintable(firstDifference(original, model.data())));
    QCOMPARE(document.filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(document.displayName(), QStringLiteral("disk.p2p.json"));
    QVERIFY(!document.isModified());
}

void TestSetupFile::idsNotPositions()
{
    SetupData data = Presets::create(F(Presets::Blank));
    const StepSpec& step = SectionCatalog::section(SectionId::Partners).steps.constFirst();
    data.sections[SectionId::Partners].steps.insert(step.key(),
        { true, QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc()), QStringLiteral("Pat"),
            QStringLiteral("with Kim from IT") });
    const Json json = SetupFileFormat::encode(data);
    // Sections, steps and rules are objects keyed by their stable ids, never arrays by position.
    QVERIFY(json["sections"].is_object());
    QVERIFY(json["sections"].contains("partners"));
    const Json& ticked = json["sections"]["partners"]["steps"][step.id];
    QCOMPARE(ticked["done"].get<bool>(), true);
    QVERIFY(ticked["doneAt"].get<std::string>() == std::string("2026-11-02T09:30:00.000Z"));
    QVERIFY(ticked["doneBy"].get<std::string>() == std::string("Pat"));
    QVERIFY(ticked["note"].get<std::string>() == std::string("with Kim from IT"));
    QCOMPARE(
        SetupFileFormat::decode(json).document->data.sections.value(SectionId::Partners).steps.value(step.key()).note,
        QStringLiteral("with Kim from IT"));
    QVERIFY(json["rules"].contains("temporary-item-creation"));
    QVERIFY(json["fields"].contains("location.borrowing.code"));
    QVERIFY(json["currentPage"].get<std::string>() == std::string("introduction"));

    // Reordering the members of the file changes nothing.
    Json reordered = Json::object();
    std::vector<std::string> keys;
    for (const auto& item : json.items())
        keys.push_back(item.key());
    for (auto it = keys.rbegin(); it != keys.rend(); ++it)
        reordered[*it] = json[*it];
    const auto decoded = SetupFileFormat::decode(reordered);
    QVERIFY(decoded.document);
    QVERIFY2(decoded.document->data == data, qPrintable(firstDifference(data, decoded.document->data)));
}

void TestSetupFile::olderFileGetsNewParts()
{
    // A file without some fields, a section and a rule list (as if written before they existed)
    // loads, and the missing parts get the blank preset's values.
    Json json = validJson();
    json["fields"].erase("job.expired-requests.schedule");
    json["sections"].erase("rota-template");
    json["rules"].erase("rota-assignment");
    json.erase("policies");
    const auto decoded = SetupFileFormat::decode(json);
    QVERIFY2(decoded.document, qPrintable(decoded.error.message()));
    const SetupData& d = decoded.document->data;
    const SetupData blank = Presets::create(F(Presets::Blank));
    QCOMPARE(d.fields.value(F(FieldId::JobExpiredRequestsSchedule)),
        blank.fields.value(F(FieldId::JobExpiredRequestsSchedule)));
    QVERIFY(d.sections.contains(SectionId::RotaTemplate));
    QCOMPARE(d.rules.value(RuleId::RotaAssignment), blank.rules.value(RuleId::RotaAssignment));
    QVERIFY(d.policies.isEmpty());
}

void TestSetupFile::unknownMembersAreKept()
{
    Json json = validJson();
    json["laterTopLevel"] = { { "a", 1 } };
    json["fields"]["later.field"] = "kept";
    json["partners"] = Json::array({ { { "code", "ABC" }, { "name", "A" }, { "laterPartnerMember", true } } });
    json["otherSettings"][0]["note"] = "kept too";
    json["sections"]["partners"]["laterSectionMember"] = 7;
    json["sections"]["partners"]["steps"]["a-later-step"] = { { "done", true } };
    const std::string stepId = SectionCatalog::section(SectionId::Jobs).steps.constFirst().id;
    json["sections"]["jobs"]["steps"][stepId]["laterStepMember"] = "x";
    json["sections"]["section-15"] = { { "notNeeded", false } };
    json["rules"]["temporary-item-creation"][0]["laterRuleMember"] = { 1, 2 };
    json["rules"]["temporary-item-creation"][0]["conditions"][0]["laterConditionMember"] = "c";
    json["rules"]["a-later-rule-list"] = Json::array();
    json["alma"]["partner/ABC"] = { { "outcome", "created" }, { "label", "Partner ABC" }, { "laterAlmaMember", 3 } };

    const auto decoded = SetupFileFormat::decode(json);
    QVERIFY2(decoded.document, qPrintable(decoded.error.message()));
    // Edit the setup a little, as a user would, then save.
    SetupData data = decoded.document->data;
    Partner added;
    added.code = QStringLiteral("NEW");
    data.partners.append(added);
    data.fields.insert(F(FieldId::Institution), QStringLiteral("Changed"));
    const Json saved = SetupFileFormat::encode(data, decoded.document->preserved);

    JSON_COMPARE(saved["laterTopLevel"], json["laterTopLevel"]);
    JSON_COMPARE(saved["fields"]["later.field"], Json("kept"));
    JSON_COMPARE(saved["fields"]["setup.institution"], Json("Changed"));
    JSON_COMPARE(saved["partners"][0]["laterPartnerMember"], Json(true));
    QVERIFY(!saved["partners"][1].contains("laterPartnerMember"));
    JSON_COMPARE(saved["otherSettings"][0]["note"], Json("kept too"));
    JSON_COMPARE(saved["sections"]["partners"]["laterSectionMember"], Json(7));
    JSON_COMPARE(
        saved["sections"]["partners"]["steps"]["a-later-step"], json["sections"]["partners"]["steps"]["a-later-step"]);
    JSON_COMPARE(saved["sections"]["jobs"]["steps"][stepId]["laterStepMember"], Json("x"));
    JSON_COMPARE(saved["sections"]["section-15"], json["sections"]["section-15"]);
    JSON_COMPARE(saved["rules"]["temporary-item-creation"][0]["laterRuleMember"],
        json["rules"]["temporary-item-creation"][0]["laterRuleMember"]);
    JSON_COMPARE(saved["rules"]["temporary-item-creation"][0]["conditions"][0]["laterConditionMember"], Json("c"));
    QVERIFY(saved["rules"].contains("a-later-rule-list"));
    JSON_COMPARE(saved["alma"]["partner/ABC"]["laterAlmaMember"], Json(3));
    JSON_COMPARE(saved["alma"]["partner/ABC"]["outcome"], Json("created"));
}

void TestSetupFile::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("location"); // expected in the message
    QTest::addColumn<QString>("problem"); // expected in the message

    const QByteArray valid = bytesOf(validJson());
    auto with = [](const std::function<void(Json&)>& change) {
        Json json = validJson();
        change(json);
        return bytesOf(json);
    };

    QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("the file is empty");
    QTest::newRow("only spaces") << QByteArray("  \n\t ") << QString() << QStringLiteral("the file is empty");
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << QStringLiteral("line ")
                               << QStringLiteral("ends too early");
    QTest::newRow("not JSON") << QByteArray("Institution: GWU\nPartners: 12\n") << QStringLiteral("line 1, column 1")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("syntax error on line 3")
        << QByteArray("{\n  \"format\": \"alma-p2p-wizard/setup\",\n  \"version\" 1\n}")
        << QStringLiteral("line 3, column 13") << QStringLiteral("not valid JSON");
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919 + 13) % 256);
    QTest::newRow("binary junk") << junk << QStringLiteral("line ") << QStringLiteral("binary data");
    QTest::newRow("a list, not an object") << QByteArray("[1, 2, 3]") << QString() << QStringLiteral("a list");
    QTest::newRow("another JSON file") << QByteArray("{\"name\": \"package\", \"version\": \"1.0.0\"}")
                                       << QStringLiteral("format")
                                       << QStringLiteral("not an alma-p2p-wizard setup file");
    QTest::newRow("version as text") << with([](Json& j) { j["version"] = "1"; }) << QStringLiteral("version")
                                     << QStringLiteral("expected a whole number");
    QTest::newRow("missing sections") << with([](Json& j) { j.erase("sections"); }) << QStringLiteral("sections")
                                      << QStringLiteral("has no \"sections\"");
    QTest::newRow("missing fields") << with([](Json& j) { j.erase("fields"); }) << QStringLiteral("fields")
                                    << QStringLiteral("has no \"fields\"");
    QTest::newRow("sections as list") << with([](Json& j) { j["sections"] = Json::array(); })
                                      << QStringLiteral("sections") << QStringLiteral("expected an object");
    QTest::newRow("text field holds number")
        << with([](Json& j) { j["fields"]["setup.institution"] = 42; })
        << QStringLiteral("fields[\"setup.institution\"]") << QStringLiteral("expected text, found the number 42");
    QTest::newRow("bool field holds text")
        << with([](Json& j) { j["fields"]["library.lending.auto-locate"] = "yes"; })
        << QStringLiteral("fields[\"library.lending.auto-locate\"]") << QStringLiteral("expected true or false");
    QTest::newRow("unknown choice") << with([](Json& j) { j["fields"]["library.choice"] = "sometimes"; })
                                    << QStringLiteral("fields[\"library.choice\"]")
                                    << QStringLiteral("\"sometimes\" is not one of the choices");
    QTest::newRow("list field holds text")
        << with([](Json& j) { j["fields"]["library.locate-by-fields"] = "TITLE"; })
        << QStringLiteral("fields[\"library.locate-by-fields\"]") << QStringLiteral("expected a list");
    QTest::newRow("partner expiry as text") << with([](Json& j) {
        j["partners"] = Json::array({ { { "code", "A" } }, { { "code", "B" }, { "expiryDays", "four" } } });
    }) << QStringLiteral("partners[1].expiryDays")
                                            << QStringLiteral("expected a whole number, found the text \"four\"");
    QTest::newRow("partner expiry fraction") << with([](Json& j) {
        j["partners"] = Json::array({ { { "code", "A" }, { "expiryDays", 4.5 } } });
    }) << QStringLiteral("partners[0].expiryDays")
                                             << QStringLiteral("expected a whole number, found the number 4.5");
    QTest::newRow("partner expiry huge") << with([](Json& j) {
        j["partners"] = Json::array({ { { "code", "A" }, { "expiryDays", 1e12 } } });
    }) << QStringLiteral("partners[0].expiryDays")
                                         << QStringLiteral("expected a whole number");
    QTest::newRow("partner expiry too large") << with([](Json& j) {
        j["partners"] = Json::array({ { { "code", "A" }, { "expiryDays", 99999999999LL } } });
    }) << QStringLiteral("partners[0].expiryDays")
                                              << QStringLiteral("too large");
    QTest::newRow("partner without code") << with([](Json& j) {
        j["partners"] = Json::array({ { { "name", "A" } } });
    }) << QStringLiteral("partners[0]") << QStringLiteral("needs a \"code\"");
    QTest::newRow("partners not a list") << with([](Json& j) {
        j["partners"] = { { "code", "A" } };
    }) << QStringLiteral("partners") << QStringLiteral("expected a list");
    QTest::newRow("step done as text") << with([](Json& j) {
        const std::string id = SectionCatalog::section(SectionId::Jobs).steps.constFirst().id;
        j["sections"]["jobs"]["steps"][id]["done"] = "yes";
    }) << QStringLiteral("sections.jobs.steps.")
                                       << QStringLiteral("expected true or false");
    QTest::newRow("bad date") << with([](Json& j) {
        const std::string id = SectionCatalog::section(SectionId::Jobs).steps.constFirst().id;
        j["sections"]["jobs"]["steps"][id] = { { "done", true }, { "doneAt", "last Tuesday" } };
    }) << QStringLiteral(".doneAt")
                              << QStringLiteral("expected a date and time");
    QTest::newRow("rule list without new rule")
        << with([](Json& j) { j["rules"]["rota-assignment"][0]["new"] = false; })
        << QStringLiteral("rules.rota-assignment") << QStringLiteral("no rule in this list is marked");
    QTest::newRow("two new rules") << with([](Json& j) {
        j["rules"]["rota-assignment"].push_back(j["rules"]["rota-assignment"][0]);
    }) << QStringLiteral("rules.rota-assignment[1]")
                                   << QStringLiteral("two rules are marked");
    QTest::newRow("unknown operator") << with([](Json& j) {
        j["rules"]["temporary-item-creation"][0]["conditions"][0]["operator"] = "LIKE";
    }) << QStringLiteral("rules.temporary-item-creation[0].conditions[0].operator")
                                      << QStringLiteral("\"LIKE\" is not a rule operator");
    QTest::newRow("unknown Alma outcome") << with([](Json& j) {
        j["alma"]["partner/X"] = { { "outcome", "deleted" } };
    }) << QStringLiteral("alma.partner/X.outcome")
                                          << QStringLiteral("\"deleted\" is not a result");
    QTest::newRow("Alma result without outcome") << with([](Json& j) {
        j["alma"]["partner/X"] = { { "label", "X" } };
    }) << QStringLiteral("alma.partner/X") << QStringLiteral("has no \"outcome\"");
    // nlohmann throws out_of_range (406), not parse_error, for a number no double holds.
    QTest::newRow("number beyond double range") << QByteArray(
        "{\"format\": \"alma-p2p-wizard/setup\", \"version\": 1, \"fields\": {}, \"sections\": {},\n \"x\": 1e400}")
                                                << QStringLiteral("line 2, column")
                                                << QStringLiteral("the number 1e400 is too large");
    QTest::newRow("negative number beyond double range") << QByteArray(
        "{\"format\": \"alma-p2p-wizard/setup\", \"version\": 1, \"fields\": {},\n\n \"sections\": {\"jobs\": -1e400}}")
                                                         << QStringLiteral("line 3, column")
                                                         << QStringLiteral("the number -1e400 is too large");
    QTest::newRow("nested too deep") << (QByteArray(100000, '[') + QByteArray(100000, ']')) << QStringLiteral("line 1")
                                     << QStringLiteral("nested more than");
}

void TestSetupFile::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, location);
    QFETCH(QString, problem);

    const QString path = m_dir.filePath(QStringLiteral("bad.p2p.json"));
    QVERIFY(writeFile(path, bytes));
    const QByteArray before = fileHash(path);

    SetupModel model;
    model.setField(F(FieldId::Institution), QStringLiteral("Work in progress"));
    SetupDocument document(&model, nullptr);
    const auto failed = document.open(path);
    QVERIFY(failed);
    const QString message = failed->message();
    QVERIFY2(message.startsWith(path), qPrintable(message)); // names the file
    QVERIFY2(failed->location.contains(location), qPrintable(message));
    QVERIFY2(failed->problem.contains(problem), qPrintable(message));
    // Nothing changed: not the file, not the work that was open.
    QCOMPARE(fileHash(path), before);
    QCOMPARE(model.text(F(FieldId::Institution)), QStringLiteral("Work in progress"));
    QVERIFY(document.filePath().isEmpty());
}

void TestSetupFile::newerVersionIsRefused()
{
    Json json = validJson();
    json["version"] = SetupFileFormat::Version + 1;
    json["sections"] = "restructured in version 2"; // must not be half-read
    const auto decoded = SetupFileFormat::parse(bytesOf(json), QStringLiteral("next.p2p.json"));
    QVERIFY(!decoded.document);
    QCOMPARE(decoded.error.location, QStringLiteral("version"));
    QVERIFY2(decoded.error.problem.contains(QStringLiteral("newer version")), qPrintable(decoded.error.problem));
    QVERIFY(decoded.error.message().startsWith(QStringLiteral("next.p2p.json, version: ")));
}

void TestSetupFile::unreadablePaths()
{
    const auto missing = SetupFile::load(m_dir.filePath(QStringLiteral("nowhere.p2p.json")));
    QVERIFY(!missing.document);
    QVERIFY(missing.error.problem.contains(QStringLiteral("no such file")));
    const auto folder = SetupFile::load(m_dir.path());
    QVERIFY(!folder.document);
    QVERIFY(folder.error.problem.contains(QStringLiteral("folder")));
    QCOMPARE(folder.error.file, m_dir.path());
#ifdef Q_OS_UNIX
    // A named pipe nobody writes to: reading it would block for ever.
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.p2p.json"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto pipe = SetupFile::load(fifo);
    QVERIFY(!pipe.document);
    QVERIFY2(pipe.error.problem.contains(QStringLiteral("not a regular file")), qPrintable(pipe.error.message()));
    QFile::remove(fifo);
#endif
}

void TestSetupFile::veryLargeFileIsRefused()
{
    // A sparse file just over the limit: refused from its size, without reading it.
    const QString path = m_dir.filePath(QStringLiteral("huge.p2p.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(SetupFile::MaxSize + 1));
    }
    const auto loaded = SetupFile::load(path);
    QVERIFY(!loaded.document);
    QVERIFY2(loaded.error.problem.contains(QStringLiteral("at most 64 MB")), qPrintable(loaded.error.message()));
    QFile::remove(path);
}

void TestSetupFile::saveToFolderFails()
{
    const auto failed = SetupFile::save(m_dir.path(), Presets::create(F(Presets::Blank)));
    QVERIFY(failed);
    QVERIFY2(failed->problem.contains(QStringLiteral("folder")), qPrintable(failed->message()));
    QVERIFY(QFileInfo(m_dir.path()).isDir());
}

void TestSetupFile::saveToMissingFolderFails()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/setup.p2p.json"));
    const auto failed = SetupFile::save(path, Presets::create(F(Presets::Blank)));
    QVERIFY(failed);
    QVERIFY2(failed->problem.contains(QStringLiteral("does not exist")), qPrintable(failed->message()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestSetupFile::fullDiskKeepsOldFile()
{
#ifdef Q_OS_UNIX // a full disk made with a file size limit
    // The process may write at most 64 KiB per file, so a large setup fails part way through the
    // write, as on a full disk. The old file must stay whole.
    const QString path = m_dir.filePath(QStringLiteral("full.p2p.json"));
    const SetupData small = RandomSetup(5).create({ 2, 1, 1, 1 });
    QVERIFY(!SetupFile::save(path, small));
    const QByteArray before = fileHash(path);

    RandomSetup::Sizes large;
    large.partners = 2000;
    const SetupData big = RandomSetup(6).create(large);
    QVERIFY(SetupFileFormat::serialize(big).size() > 64 * 1024);

    rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = old;
    limited.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const auto failed = SetupFile::save(path, big);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(failed);
    QVERIFY2(failed->problem.contains(QStringLiteral("could not be saved")), qPrintable(failed->message()));
    QVERIFY(failed->problem.contains(QStringLiteral("not changed")));
    QCOMPARE(fileHash(path), before);
    const auto reread = SetupFile::load(path);
    QVERIFY(reread.document);
    QVERIFY(reread.document->data == small);
#else
    QSKIP("a full disk is simulated with setrlimit(RLIMIT_FSIZE), which only Unix has");
#endif
}

void TestSetupFile::documentTracksChanges()
{
    SetupModel model;
    SetupDocument document(&model, nullptr);
    QSignalSpy state(&document, &SetupDocument::stateChanged);
    QVERIFY(!document.isModified());
    QCOMPARE(document.displayName(), QStringLiteral("Untitled"));

    model.setField(F(FieldId::Institution), QStringLiteral("GWU"));
    QVERIFY(document.isModified());
    QVERIFY(state.count() >= 1);

    const QString path = m_dir.filePath(QStringLiteral("doc.p2p.json"));
    QVERIFY(!document.saveAs(path));
    QVERIFY(!document.isModified());
    QCOMPARE(document.displayName(), QStringLiteral("doc.p2p.json"));

    // Undoing back to the saved state is unmodified again; the page the user is on is not a change.
    model.setField(F(FieldId::Institution), QStringLiteral("GWU Libraries"));
    QVERIFY(document.isModified());
    model.undoStack()->undo();
    QVERIFY(!document.isModified());
    model.setCurrentPage(QStringLiteral("partners"));
    QVERIFY(!document.isModified());

    // The current page is saved, and opening restores it.
    model.setStepDone(SectionId::Jobs, SectionCatalog::section(SectionId::Jobs).steps.constFirst().key(), true);
    QVERIFY(!document.save());
    SetupModel other;
    SetupDocument reopened(&other, nullptr);
    QVERIFY(!reopened.open(path));
    QCOMPARE(other.currentPage(), QStringLiteral("partners"));
    QVERIFY2(other.data() == model.data(), qPrintable(firstDifference(model.data(), other.data())));
}

void TestSetupFile::documentKeepsRecoveryCopyUntilSaved()
{
    QTemporaryDir recoveryDir;
    SetupModel model;
    RecoveryStore recovery(recoveryDir.path());
    SetupDocument document(&model, &recovery);
    document.setAutosaveDelay(10);

    model.setField(F(FieldId::Institution), QStringLiteral("Copy me"));
    QTRY_VERIFY(recovery.hasCopy()); // written by the timer, shortly after the edit
    QDir dir(recoveryDir.path());
    QCOMPARE(dir.entryList({ QStringLiteral("*.recovery.json") }, QDir::Files).size(), 1);

    QVERIFY(!document.saveAs(m_dir.filePath(QStringLiteral("recovered.p2p.json"))));
    QVERIFY(!recovery.hasCopy());
    QCOMPARE(dir.entryList({ QStringLiteral("*.recovery.json") }, QDir::Files).size(), 0);

    // A restored copy is modified work: it names the file it came from, and needs saving.
    model.setField(F(FieldId::Institution), QStringLiteral("Edited after save"));
    document.writeRecoveryCopy();
    QVERIFY(recovery.hasCopy());
    // Pretend this session crashed: another store sees nothing while this one is alive…
    QCOMPARE(RecoveryStore(recoveryDir.path()).orphans().size(), 0);
}

void TestSetupFile::failedSaveKeepsWork()
{
    SetupModel model;
    SetupDocument document(&model, nullptr);
    model.setField(F(FieldId::Institution), QStringLiteral("Unsaved work"));
    const auto failed = document.saveAs(m_dir.path()); // a folder
    QVERIFY(failed);
    QVERIFY(document.isModified());
    QVERIFY(document.filePath().isEmpty());
    QCOMPARE(model.text(F(FieldId::Institution)), QStringLiteral("Unsaved work"));
}

void TestSetupFile::strayRecoveryTemporariesAreRemoved()
{
    // A session killed mid-write leaves UUID.recovery.json.XXXXXX; it goes once that session is gone.
    QTemporaryDir dir;
    RecoveryStore live(dir.path());
    QVERIFY(live.write(Presets::create(F(Presets::Blank)), {}, QString()));
    const QStringList copies = QDir(dir.path()).entryList({ QStringLiteral("*.recovery.json") }, QDir::Files);
    QCOMPARE(copies.size(), 1);
    const QString liveTemporary = dir.filePath(copies.constFirst() + QStringLiteral(".Ab12Cd"));
    const QString deadTemporary = dir.filePath(QStringLiteral("0000-dead.recovery.json.Xy34Zw"));
    QVERIFY(writeFile(liveTemporary, "partial"));
    QVERIFY(writeFile(deadTemporary, "partial"));

    QCOMPARE(RecoveryStore(dir.path()).orphans().size(), 0);
    QVERIFY(!QFileInfo::exists(deadTemporary));
    QVERIFY(QFileInfo::exists(liveTemporary)); // its session may still be writing
}

void TestSetupFile::documentationMatchesFormat()
{
    // docs/setup-file.md names every field, section and rule list id, and its example loads.
    QFile file(QStringLiteral(P2P_SOURCE_DIR "/docs/setup-file.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(file.readAll());
    // The field tables are the catalog's: on a difference, the current ones are written out to copy in.
    const QString tables = fieldTables();
    if (!doc.contains(tables)) {
        QFile current(QStringLiteral("setup-file-fields.md"));
        QVERIFY(current.open(QIODevice::WriteOnly | QIODevice::Truncate));
        current.write(tables.toUtf8());
        QFAIL(qPrintable(QStringLiteral("the field tables of docs/setup-file.md are out of date: see %1")
                             .arg(QFileInfo(current).absoluteFilePath())));
    }
    for (SectionId id : Sections::all())
        QVERIFY2(doc.contains(QLatin1Char('`') + Sections::key(id) + QLatin1Char('`')), qPrintable(Sections::key(id)));
    for (RuleId id : RuleIds::all())
        QVERIFY2(doc.contains(QLatin1Char('`') + RuleIds::key(id) + QLatin1Char('`')), qPrintable(RuleIds::key(id)));

    const qsizetype start = doc.indexOf(QLatin1String("```json\n"));
    QVERIFY(start >= 0);
    const qsizetype end = doc.indexOf(QLatin1String("```"), start + 7);
    const QByteArray example = doc.mid(start + 8, end - start - 8).toUtf8();
    const auto decoded = SetupFileFormat::parse(example, QStringLiteral("example"));
    QVERIFY2(decoded.document, qPrintable(decoded.error.message()));
    const SetupData& d = decoded.document->data;
    QVERIFY(decoded.document->preserved.empty()); // the example uses no member the program does not know
    QCOMPARE(d.partners.size(), 1);
    QCOMPARE(d.currentPage, QStringLiteral("partners"));
    QCOMPARE(d.existingRules.value(RuleId::RotaAssignment).size(), 1);
    QCOMPARE(d.newRulePositions.value(RuleId::RotaAssignment), 0);
    QVERIFY(d.sections.value(SectionId::Jobs).steps.value(QStringLiteral("activate-expired-requests-job")).done);
    QVERIFY(d.sections.value(SectionId::SendingBorrowingRequestRule).notNeeded);
    QCOMPARE(SetupModel::statusOf(d, SectionId::Jobs), SectionStatus::Done);
}

QTEST_GUILESS_MAIN(TestSetupFile)
#include "tst_setupfile.moc"
