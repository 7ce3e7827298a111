#include "consortium/MemberSetupFiles.h"

#include "consortium/MemberSetupGenerator.h"
#include "file/SetupFile.h"
#include "model/FieldId.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MemberSetupFiles)
};
constexpr char Member[] = "consortium";
} // namespace

QString MemberSetupFiles::fileName(const RosterMember& member)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString name = member.code();
    name.replace(unsafe, QStringLiteral("_"));
    return name + QLatin1String(SetupFile::Suffix);
}

const RosterMember* MemberSetupFiles::memberOf(const Roster& roster, const QString& path, const SetupData& setup)
{
    QString stem = QFileInfo(path).fileName();
    if (stem.endsWith(QLatin1String(SetupFile::Suffix), Qt::CaseInsensitive))
        stem.chop(qsizetype(qstrlen(SetupFile::Suffix)));
    const QString symbol = setup.fields.value(QLatin1String(FieldId::LibrarySymbol)).toString();
    const QString institution = setup.fields.value(QLatin1String(FieldId::Institution)).toString();
    for (const RosterMember& m : roster.members) {
        if (QFileInfo(fileName(m)).fileName().compare(QFileInfo(path).fileName(), Qt::CaseInsensitive) == 0
            || m.code().compare(stem, Qt::CaseInsensitive) == 0)
            return &m;
    }
    for (const RosterMember& m : roster.members) {
        if (!symbol.isEmpty() && m.symbol().compare(symbol, Qt::CaseInsensitive) == 0)
            return &m;
    }
    for (const RosterMember& m : roster.members) {
        if (!institution.isEmpty() && m.record.name.compare(institution, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

std::optional<MemberSetupFiles::Generation> MemberSetupFiles::lastGeneration(
    const SetupFileFormat::Preserved& preserved)
{
    const auto top = preserved.find(std::string());
    if (top == preserved.end() || !top->second.is_object())
        return std::nullopt;
    const auto record = top->second.find(Member);
    if (record == top->second.end() || !record->is_object() || !record->contains("generated"))
        return std::nullopt;
    const SetupFileFormat::Decoded decoded = SetupFileFormat::decode(record->at("generated"));
    if (!decoded.document)
        return std::nullopt; // damaged: treated as no generation, so the member's values win
    Generation g { decoded.document->data, {} };
    const auto members = record->find("members");
    if (members != record->end() && members->is_array()) {
        for (const auto& code : *members) {
            if (code.is_string())
                g.members.insert(QString::fromStdString(code.get<std::string>()));
        }
    }
    return g;
}

void MemberSetupFiles::recordGeneration(
    SetupFileFormat::Preserved& preserved, const Roster& roster, const SetupData& generated)
{
    SetupFileFormat::Json record = SetupFileFormat::Json::object();
    record["roster"] = roster.name.toStdString();
    SetupFileFormat::Json& members = record["members"] = SetupFileFormat::Json::array();
    for (const RosterMember& m : roster.members)
        members.push_back(m.code().toStdString());
    // Without the times of saving and creating: the same generation must record the same, or every
    // run would rewrite every member's file.
    SetupFileFormat::Json values = SetupFileFormat::encode(generated);
    for (const char* when : { "savedAt", "createdAt", "savedBy" })
        values.erase(when);
    record["generated"] = std::move(values);
    SetupFileFormat::Json& top = preserved[std::string()];
    if (!top.is_object())
        top = SetupFileFormat::Json::object();
    top[Member] = std::move(record);
}

MemberSetupFiles::Update MemberSetupFiles::update(const SetupData& templateSetup, const Roster& roster,
    const RosterMember& member, const SetupFileFormat::Document* existing)
{
    const SetupData fresh = MemberSetupGenerator::generate(templateSetup, roster, member);
    Update out { fresh, {}, {}, true };
    if (existing) {
        out.preserved = existing->preserved;
        const auto last = lastGeneration(out.preserved);
        QSet<QString> codes = last ? last->members : QSet<QString>();
        for (const RosterMember& m : roster.members)
            codes.insert(m.code());
        MemberSetupGenerator::Merged merged = MemberSetupGenerator::merge(
            existing->data, last ? std::optional<SetupData>(last->generated) : std::nullopt, fresh, codes);
        out.data = std::move(merged.data);
        out.changes = std::move(merged.changes);
    }
    recordGeneration(out.preserved, roster, fresh);
    // Unchanged only when the values and the recorded generation are both as they were (a stale
    // record would make later roster changes look like the member's own edits).
    out.changed
        = !existing || !out.changes.isEmpty() || out.data != existing->data || out.preserved != existing->preserved;
    return out;
}

QList<MemberSetupFiles::LoadedFile> MemberSetupFiles::load(const QStringList& paths, QStringList* errors)
{
    QList<LoadedFile> out;
    for (const QString& path : paths) {
        SetupFileFormat::Decoded loaded = SetupFile::load(path);
        if (loaded.document)
            out.append({ path, std::move(loaded.document->data) });
        else
            errors->append(loaded.error.message());
    }
    return out;
}

QHash<QString, Reciprocity::MemberPartners> MemberSetupFiles::assign(
    const Roster& roster, const QList<LoadedFile>& files, QStringList* errors)
{
    QHash<QString, Reciprocity::MemberPartners> out;
    for (const RosterMember& m : roster.members)
        out.insert(m.code(), Reciprocity::MemberPartners::notRead(Text::tr("no setup file was given")));
    for (const LoadedFile& file : files) {
        const QString& path = file.path;
        const RosterMember* member = memberOf(roster, path, file.data);
        if (!member) {
            errors->append(
                Text::tr("%1: belongs to no member of the roster (name the file after the member's code, "
                         "e.g. %2)")
                    .arg(path, roster.members.isEmpty() ? QString() : fileName(roster.members.constFirst())));
            continue;
        }
        Reciprocity::MemberPartners& partners = out[member->code()];
        if (partners.read) {
            errors->append(Text::tr("%1 and %2 are both %3's setup").arg(partners.source, path, member->code()));
            continue;
        }
        partners = Reciprocity::MemberPartners::from(
            path, file.data.partners, file.data.fields.value(QLatin1String(FieldId::RotaMembers)).toStringList());
    }
    return out;
}

QHash<QString, Reciprocity::MemberPartners> MemberSetupFiles::read(
    const Roster& roster, const QStringList& paths, QStringList* errors)
{
    return assign(roster, load(paths, errors), errors);
}
