// libFuzzer target: Alma's answers. The first byte picks the HTTP status and the part of a run
// the rest answers; the rest is the body. Nothing in an answer may crash the client, the plan or
// the verification.
#include "api/AlmaError.h"
#include "api/AlmaListPage.h"
#include "api/AlmaLocationJson.h"
#include "api/AlmaPartnerJson.h"
#include "api/AlmaPlan.h"
#include "api/AlmaSnapshotReader.h"
#include "api/AlmaVerifier.h"
#include "model/FieldId.h"
#include "model/Presets.h"

#include <cstdint>

namespace {
SetupData setup()
{
    SetupData d = Presets::create(QString::fromLatin1(Presets::Wrlc));
    d.fields.insert(QString::fromLatin1(FieldId::LibraryCode), QStringLiteral("MAIN"));
    Partner p;
    p.code = QStringLiteral("P1");
    p.name = QStringLiteral("Partner One");
    d.partners = { p };
    return d;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const int statuses[] = { 200, 400, 401, 403, 429, 500, 503 };
    const int status = statuses[data[0] % std::size(statuses)];
    const QByteArray body(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    if (status != 200) {
        AlmaError::fromResponse(status, body).text();
        return 0;
    }
    const nlohmann::json json = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (json.is_discarded())
        return 0;

    static const SetupData wanted = setup();
    AlmaSnapshot snapshot;
    const AlmaListPage page = AlmaListPage::read(json, data[0] % 2 ? "partner" : "location");
    snapshot.partnersPart.read = AlmaSnapshotReader::partners(page.items, &snapshot).isEmpty();
    snapshot.locationsPart.read = AlmaSnapshotReader::locations(json, &snapshot).isEmpty();
    snapshot.libraryPart.read = AlmaSnapshotReader::library(json, &snapshot).isEmpty();
    snapshot.circDesksPart.read
        = AlmaSnapshotReader::circDesks(AlmaListPage::read(json, "circ_desk").items, &snapshot).isEmpty();
    snapshot.jobsPart.read = AlmaSnapshotReader::jobs(AlmaListPage::read(json, "job").items, &snapshot).isEmpty();
    snapshot.itemPoliciesPart.read = AlmaSnapshotReader::itemPolicies(json, &snapshot).isEmpty();
    AlmaSnapshotReader::general(json, &snapshot);

    AlmaPlan::build(wanted, snapshot);
    AlmaVerification::compare(wanted, snapshot, QDateTime());
    for (const nlohmann::json& item : page.items) {
        AlmaPartnerJson::differences(wanted.partners.constFirst(), item);
        AlmaPartnerJson::toAlma(wanted.partners.constFirst(), item).dump();
    }
    for (const WantedLocation& location : AlmaLocationJson::wanted(wanted)) {
        AlmaLocationJson::differences(location, json);
        AlmaLocationJson::toAlma(location, json).dump();
    }
    return 0;
}
