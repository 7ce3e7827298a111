#include "api/AlmaVerifier.h"

#include "api/AlmaJsonFields.h"
#include "api/AlmaLocationJson.h"
#include "api/AlmaPartnerJson.h"
#include "api/AlmaPlan.h"
#include "model/AlmaItemKey.h"
#include "model/AlmaStepKeys.h"
#include "model/FieldCatalog.h"
#include "model/FieldId.h"

#include <QCoreApplication>

using namespace AlmaJsonFields;

namespace {
QString label(const char* fieldId)
{
    return FieldCatalog::get(fieldId).plainLabel();
}

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlmaVerifier)
};

QString field(const SetupData& d, const char* id)
{
    return d.fields.value(QString::fromLatin1(id)).toString().trimmed();
}

constexpr char kExpiredRequestsJob[] = "Expired Resource Sharing Requests";
// The guide: "select Every Day at 02:00 from the Schedule dropdown" (the field's value DAILY_0200).
constexpr char kGuideSchedule[] = "DAILY_0200";
constexpr char kGuideScheduleDescription[] = "Every Day at 02:00";

class Verifier {
public:
    Verifier(const SetupData& data, const AlmaSnapshot& alma, const QDateTime& at)
        : d(data)
        , a(alma)
        , m_at(at)
    {
    }

    AlmaVerification run()
    {
        const QString library = field(d, FieldId::LibraryCode);
        if (!library.isEmpty()) {
            if (needed(SectionId::ResourceSharingLibrary) && a.libraryPart.read)
                verifyLibrary(library);
            if (needed(SectionId::TemporaryLocations)) {
                if (a.circDesksPart.read)
                    verifyCircDesk(library);
                if (a.locationsPart.read)
                    verifyLocations();
            }
        }
        if (needed(SectionId::Jobs) && a.jobsPart.read)
            verifyJob();
        if (needed(SectionId::ItemPolicy) && a.itemPoliciesPart.read)
            verifyItemPolicy();
        if (needed(SectionId::Partners) && a.partnersPart.read)
            verifyPartners();
        return m_out;
    }

private:
    bool needed(SectionId s) const { return !d.sections.value(s).notNeeded; }

    bool record(const QString& key, const QString& label, const QStringList& differences)
    {
        AlmaRecord r;
        r.outcome = differences.isEmpty() ? AlmaRecord::Outcome::Verified : AlmaRecord::Outcome::Differs;
        r.label = label;
        r.detail = differences.join(QLatin1String("; "));
        r.at = m_at;
        r.sandbox = a.sandbox;
        m_out.records.insert(key, r);
        return differences.isEmpty();
    }

    void tick(const AlmaStepKeys::Step& step)
    {
        m_out.stepsVerified.append({ step.section, QString::fromLatin1(step.key) });
    }

    void verifyLibrary(const QString& code)
    {
        QStringList differences;
        if (!a.library.is_object() || a.library.empty()) {
            differences.append(Text::tr("not found in Alma"));
        } else {
            // Only what the library object surely holds: its default_location is the library's
            // own default (rest_library.json), not the borrowing default location of section 1.
            compare(&differences, label(FieldId::LibraryIsRsLibrary), boolean(a.library, "resource_sharing"),
                d.fields.value(QString::fromLatin1(FieldId::LibraryIsRsLibrary)).toBool());
        }
        record(AlmaItemKey::library(code), Text::tr("Resource sharing library %1").arg(code), differences);
    }

    void verifyCircDesk(const QString& library)
    {
        const QString desk = field(d, FieldId::CircDeskCode);
        if (desk.isEmpty())
            return;
        const bool found = std::any_of(
            a.circDesks.cbegin(), a.circDesks.cend(), [&](const Json& entry) { return text(entry, "code") == desk; });
        record(AlmaItemKey::circDesk(library, desk), Text::tr("Circulation desk %1 in %2").arg(desk, library),
            found ? QStringList() : QStringList { Text::tr("not found in Alma") });
    }

    void verifyLocations()
    {
        for (const WantedLocation& l : AlmaLocationJson::wanted(d)) {
            const auto found = a.locations.constFind(l.code);
            QStringList differences;
            bool locationDiffers = true;
            bool deskDiffers = true;
            if (found == a.locations.cend()) {
                differences.append(Text::tr("not found in Alma"));
            } else {
                const QStringList location = AlmaLocationJson::locationDifferences(l, *found);
                const QStringList desk = AlmaLocationJson::deskDifferences(l, *found);
                locationDiffers = !location.isEmpty();
                deskDiffers = !desk.isEmpty();
                differences = location + desk;
            }
            record(AlmaItemKey::location(l.library, l.code), AlmaPlan::locationLabel(l), differences);
            if (!locationDiffers)
                tick(l.borrowing ? AlmaStepKeys::AddBorrowingLocation : AlmaStepKeys::AddLendingLocation);
            if (found != a.locations.cend() && !deskDiffers && !l.circDesk.isEmpty())
                tick(l.borrowing ? AlmaStepKeys::AttachDeskBorrowing : AlmaStepKeys::AttachDeskLending);
        }
    }

    void verifyJob()
    {
        const bool wantActive = d.fields.value(QString::fromLatin1(FieldId::JobExpiredRequestsActive)).toBool();
        const QString wantSchedule = field(d, FieldId::JobExpiredRequestsSchedule);
        const Json* job = nullptr;
        for (const Json& j : a.jobs) {
            if (text(j, "name").compare(QLatin1String(kExpiredRequestsJob), Qt::CaseInsensitive) == 0)
                job = &j;
        }
        QStringList differences;
        if (!job) {
            if (wantActive)
                differences.append(Text::tr("not among Alma's scheduled jobs"));
        } else {
            const QString schedule = text(*job, "schedule");
            const bool active = !schedule.isEmpty() && schedule != QLatin1String("NOT_SCHEDULED");
            compare(&differences, label(FieldId::JobExpiredRequestsActive), active, wantActive);
            // Alma names its schedules by description; the guide's is "Every Day at 02:00".
            // "Another schedule" accepts any.
            const QString description = text(job->value("schedule", Json::object()), "desc");
            if (wantActive && active && wantSchedule == QLatin1String(kGuideSchedule)
                && description.compare(QLatin1String(kGuideScheduleDescription), Qt::CaseInsensitive) != 0)
                compare(&differences, label(FieldId::JobExpiredRequestsSchedule),
                    description.isEmpty() ? schedule : description, QLatin1String(kGuideScheduleDescription));
        }
        if (record(AlmaItemKey::expiredRequestsJob(), Text::tr("Job %1").arg(QLatin1String(kExpiredRequestsJob)),
                differences)
            && wantActive)
            tick(AlmaStepKeys::ActivateExpiredRequestsJob);
    }

    void verifyItemPolicy()
    {
        const QString code = field(d, FieldId::ItemPolicyCode);
        if (code.isEmpty())
            return;
        QStringList differences;
        const Json* row = nullptr;
        for (const Json& r : a.itemPolicies) {
            if (text(r, "code") == code)
                row = &r;
        }
        if (!row) {
            differences.append(Text::tr("not in Alma's ItemPolicy code table"));
        } else {
            compare(&differences, Text::tr("Enabled"), boolean(*row, "enabled", true), true);
            const QString description = field(d, FieldId::ItemPolicyDescription);
            if (!description.isEmpty())
                compare(&differences, label(FieldId::ItemPolicyDescription), text(*row, "description"), description);
        }
        if (record(AlmaItemKey::itemPolicy(code), Text::tr("Item policy %1").arg(code), differences)) {
            tick(AlmaStepKeys::AddItemPolicyRow);
            tick(AlmaStepKeys::SaveItemPolicy);
        }
    }

    void verifyPartners()
    {
        bool allThere = !d.partners.isEmpty();
        bool workflows = allThere;
        bool expiry = allThere;
        for (const Partner& p : d.partners) {
            if (p.code.trimmed().isEmpty())
                continue;
            const auto found = a.partners.constFind(p.code);
            QStringList differences;
            if (found == a.partners.cend()) {
                differences.append(Text::tr("not found in Alma"));
                allThere = workflows = expiry = false;
            } else {
                QStringList differing;
                differences = AlmaPartnerJson::differences(p, *found, &differing);
                for (const char* key : { "borrowingWorkflow", "lendingWorkflow" })
                    workflows = workflows && !differing.contains(QLatin1String(key));
                for (const char* key : { "expiryDays", "requestExpiryType" })
                    expiry = expiry && !differing.contains(QLatin1String(key));
            }
            record(AlmaItemKey::partner(p.code), AlmaPlan::partnerLabel(p), differences);
        }
        if (allThere)
            tick(AlmaStepKeys::CopyPartners);
        if (workflows)
            tick(AlmaStepKeys::SetWorkflows);
        if (expiry)
            tick(AlmaStepKeys::SetExpiryTime);
    }

    const SetupData& d;
    const AlmaSnapshot& a;
    QDateTime m_at;
    AlmaVerification m_out;
};
} // namespace

AlmaVerification AlmaVerification::compare(const SetupData& data, const AlmaSnapshot& alma, const QDateTime& at)
{
    return Verifier(data, alma, at).run();
}
