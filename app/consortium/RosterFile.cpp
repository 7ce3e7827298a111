#include "consortium/RosterFile.h"

#include "file/BoundedFile.h"
#include "file/JsonValueReader.h"
#include "file/SetupFile.h"
#include "file/SetupFileFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

using Json = JsonValueReader::Json;
using namespace JsonValueReader;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RosterFile)
};

std::string utf8(const QString& text)
{
    return text.toStdString();
}

void checkFormatAndVersion(const Json& root)
{
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get_ref<const std::string&>() != RosterFile::FormatName)
        fail(QStringLiteral("format"),
            Text::tr("this is not an alma-p2p-wizard consortium file (it lacks \"format\": \"%1\")")
                .arg(QString::fromLatin1(RosterFile::FormatName)));
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer())
        fail(QStringLiteral("version"), Text::tr("expected the format version, a whole number"));
    const auto number = version->get<long long>();
    if (number > RosterFile::Version)
        fail(QStringLiteral("version"),
            Text::tr("this file was written by a newer version of alma-p2p-wizard (consortium format %1); this "
                     "version reads format %2. Nothing was read or changed.")
                .arg(number)
                .arg(RosterFile::Version));
    if (number < 1)
        fail(QStringLiteral("version"), Text::tr("%1 is not a consortium format version").arg(number));
}

[[noreturn]] void unknownMember(const Path& at, const std::string& key)
{
    fail(
        at, Text::tr("\"%1\" is not a member this version knows; check its spelling").arg(QString::fromStdString(key)));
}

AgreedTerms terms(const Json& v, const Path& path)
{
    AgreedTerms t;
    for (const auto& [key, value] : object(v, path).items()) {
        const Path at { &path, &key };
        if (key == "expiryDays")
            t.expiryDays = integer(value, at);
        else if (key == "borrowingWorkflow")
            t.borrowingWorkflow = text(value, at);
        else if (key == "lendingWorkflow")
            t.lendingWorkflow = text(value, at);
        else if (key == "loanPeriod")
            t.loanPeriod = text(value, at);
        else if (key == "lendingPeriod")
            t.lendingPeriod = text(value, at);
        else
            unknownMember(at, key);
    }
    return t;
}

RosterMember member(const Json& v, const Path& path)
{
    RosterMember m;
    bool hasRecord = false;
    for (const auto& [key, value] : object(v, path).items()) {
        const Path at { &path, &key };
        if (key == "record") {
            Json unknown;
            m.record = partner(value, at, &unknown);
            if (!unknown.is_null())
                unknownMember(at, unknown.items().begin().key());
            hasRecord = true;
        } else if (key == "almaInstitution") {
            m.almaInstitution = text(value, at);
        } else if (key == "region") {
            m.region = text(value, at);
        } else if (key == "almaUrl") {
            m.almaUrl = text(value, at);
        } else if (key == "lends") {
            m.lends = boolean(value, at);
        } else if (key == "borrows") {
            m.borrows = boolean(value, at);
        } else if (key == "library") {
            m.library = text(value, at);
        } else if (key == "circulationDesk") {
            m.circulationDesk = text(value, at);
        } else if (key == "borrowingLocation") {
            m.borrowingLocation = text(value, at);
        } else if (key == "lendingLocation") {
            m.lendingLocation = text(value, at);
        } else {
            unknownMember(at, key);
        }
    }
    if (!hasRecord)
        fail(path, Text::tr("a member needs its \"record\" (code, name, profile type, symbol)"));
    return m;
}

Roster roster(const Json& root)
{
    if (!root.is_object())
        fail(QString(), Text::tr("the file holds %1, not a consortium (a JSON object)").arg(describe(root)));
    checkFormatAndVersion(root);
    Roster r;
    for (const auto& [key, value] : root.items()) {
        const Path path = Path::top(key);
        if (key == "format" || key == "version" || key == "savedBy" || key == "savedAt")
            continue;
        if (key == "name") {
            r.name = text(value, path);
        } else if (key == "terms") {
            r.terms = terms(value, path);
        } else if (key == "members") {
            checkList(value, path);
            if (value.size() > std::size_t(RosterFile::MaxMembers))
                fail(path,
                    Text::tr("the list has %1 members; a consortium file holds at most %2")
                        .arg(value.size())
                        .arg(RosterFile::MaxMembers));
            forEach(value, path, [&](const Json& item, const Path& at) { r.members.append(member(item, at)); });
        } else {
            unknownMember(path, key);
        }
    }
    const QString wrong = RosterFile::problem(r);
    if (!wrong.isEmpty())
        fail(QStringLiteral("members"), wrong);
    return r;
}

Json encode(const Roster& r)
{
    Json root = Json::object();
    root["format"] = RosterFile::FormatName;
    root["version"] = RosterFile::Version;
    root["savedBy"]
        = utf8(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion());
    root["savedAt"] = utf8(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root["name"] = utf8(r.name);
    Json& t = root["terms"] = Json::object();
    if (r.terms.expiryDays)
        t["expiryDays"] = *r.terms.expiryDays;
    const std::pair<const char*, const QString*> texts[]
        = { { "borrowingWorkflow", &r.terms.borrowingWorkflow }, { "lendingWorkflow", &r.terms.lendingWorkflow },
              { "loanPeriod", &r.terms.loanPeriod }, { "lendingPeriod", &r.terms.lendingPeriod } };
    for (const auto& [key, value] : texts) {
        if (!value->isEmpty())
            t[key] = utf8(*value);
    }
    Json& members = root["members"] = Json::array();
    for (const RosterMember& m : r.members) {
        Json o = Json::object();
        o["record"] = SetupFileFormat::encodePartner(m.record);
        const std::pair<const char*, const QString*> values[]
            = { { "almaInstitution", &m.almaInstitution }, { "region", &m.region }, { "almaUrl", &m.almaUrl },
                  { "library", &m.library }, { "circulationDesk", &m.circulationDesk },
                  { "borrowingLocation", &m.borrowingLocation }, { "lendingLocation", &m.lendingLocation } };
        for (const auto& [key, value] : values) {
            if (!value->isEmpty())
                o[key] = utf8(*value);
        }
        o["lends"] = m.lends;
        o["borrows"] = m.borrows;
        members.push_back(std::move(o));
    }
    return root;
}
} // namespace

QString RosterFile::problem(const Roster& r)
{
    if (r.terms.expiryDays && *r.terms.expiryDays < 1)
        return Text::tr("the agreed expiry time must be at least 1 day");
    // Codes must differ in more than case or punctuation: each member has its own setup file
    // (GWA.p2p.json) and key variable (ALMA_API_KEY_GWA), named from the code.
    QHash<QString, QString> seen; // by the code as a file and variable name see it
    for (qsizetype i = 0; i < r.members.size(); ++i) {
        const RosterMember& m = r.members.at(i);
        if (m.code().trimmed().isEmpty())
            return Text::tr("member %1 has no code").arg(i + 1);
        if (m.code() != m.code().trimmed())
            return Text::tr("the code \"%1\" starts or ends with a space").arg(m.code());
        QString folded;
        for (const QChar c : m.code().toUpper())
            folded.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_'));
        if (seen.contains(folded))
            return Text::tr(
                "the codes %1 and %2 are too alike: each member needs a code of its own (told apart only by "
                "case or punctuation, they would name the same file and key variable)")
                .arg(seen.value(folded), m.code());
        seen.insert(folded, m.code());
        if (m.record.profileType.isEmpty())
            return Text::tr("member %1 has no profile type").arg(m.code());
    }
    return {};
}

RosterFile::Loaded RosterFile::parse(const QByteArray& bytes, const QString& fileName)
{
    Error error;
    const std::optional<Json> root = parseText(bytes, &error);
    if (!root)
        return { std::nullopt, { fileName, error.location, error.problem } };
    try {
        return { roster(*root), {} };
    } catch (const Error& e) {
        return { std::nullopt, { fileName, e.location, e.problem } };
    } catch (const Json::exception& e) {
        return { std::nullopt,
            { fileName, QString(), Text::tr("the file could not be read (%1)").arg(QString::fromUtf8(e.what())) } };
    }
}

RosterFile::Loaded RosterFile::load(const QString& path)
{
    const BoundedFile::Contents contents = BoundedFile::read(path, MaxSize);
    if (!contents.bytes)
        return { std::nullopt, { path, QString(), contents.error } };
    return parse(*contents.bytes, path);
}

QByteArray RosterFile::serialize(const Roster& roster)
{
    return QByteArray::fromStdString(encode(roster).dump(2)) + '\n';
}

std::optional<SetupFileError> RosterFile::save(const QString& path, const Roster& roster)
{
    const QString wrong = problem(roster);
    if (!wrong.isEmpty())
        return SetupFileError { path, QString(), wrong };
    return SetupFile::writeAtomically(path, serialize(roster));
}
