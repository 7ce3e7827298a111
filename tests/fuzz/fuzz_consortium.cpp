// libFuzzer target: the consortium readers. The first byte picks the reader: even, the
// consortium file (RosterFile::parse); odd, the members' CSV (RosterCsvReader). A roster that
// reads must write and read back the same, and a small one goes through generation and the
// reciprocity check.
#include "consortium/MemberSetupGenerator.h"
#include "consortium/ReciprocityCheck.h"
#include "consortium/RosterCsvReader.h"
#include "consortium/RosterFile.h"
#include "file/CsvText.h"
#include "model/Presets.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    Roster roster;
    if (data[0] % 2 == 0) {
        const RosterFile::Loaded loaded = RosterFile::parse(bytes, QStringLiteral("fuzz.consortium.json"));
        if (!loaded.roster)
            return 0;
        roster = *loaded.roster;
        const RosterFile::Loaded again = RosterFile::parse(RosterFile::serialize(roster), QStringLiteral("again"));
        if (!again.roster || *again.roster != roster)
            __builtin_trap(); // what was read must be written and read back the same
    } else {
        QString error;
        const std::optional<QString> text = CsvText::decode(bytes, &error);
        if (!text)
            return 0;
        const RosterCsvReader::Result read = RosterCsvReader::read(*text);
        if (!read.ok())
            return 0;
        roster.members = read.members;
        if (!RosterFile::problem(roster).isEmpty())
            return 0;
    }
    if (roster.members.isEmpty() || roster.members.size() > 12)
        return 0;
    const SetupData blank = Presets::create(QLatin1String(Presets::Blank));
    QHash<QString, Reciprocity::MemberPartners> partners;
    for (const RosterMember& m : roster.members)
        partners.insert(m.code(),
            Reciprocity::MemberPartners::from(QString(), MemberSetupGenerator::generate(blank, roster, m).partners));
    const Reciprocity::Result result = Reciprocity::check(roster, partners);
    if (!result.allAgree())
        __builtin_trap(); // generated setups always agree with their roster
    return 0;
}
