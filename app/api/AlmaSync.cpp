#include "api/AlmaSync.h"

#include "api/AlmaPartnerJson.h"
#include "api/AlmaSnapshotReader.h"
#include "api/AlmaVerifier.h"
#include "model/AlmaItemKey.h"
#include "model/FieldId.h"
#include "model/SetupModel.h"

#include <QCoreApplication>

#include <utility>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlmaSync)
};

QString encoded(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}
} // namespace

QString AlmaRunResult::institutionText() const
{
    if (institutionCode.isEmpty())
        return {};
    const QString who
        = institutionName.isEmpty() ? institutionCode : QStringLiteral("%1 (%2)").arg(institutionName, institutionCode);
    if (environment.compare(QLatin1String("sandbox"), Qt::CaseInsensitive) == 0)
        return Text::tr("%1, sandbox environment").arg(who);
    if (environment.compare(QLatin1String("production"), Qt::CaseInsensitive) == 0)
        return Text::tr("%1, production environment").arg(who);
    return who;
}

int AlmaRunResult::exitCode() const
{
    if (fatal.kind == AlmaError::Kind::Unauthorized || fatal.kind == AlmaError::Kind::Security)
        return 2;
    if (fatal.isError() || cancelled || !failures.isEmpty() || !skipped.isEmpty())
        return 1;
    return 0;
}

QString AlmaRunResult::summary() const
{
    QStringList lines;
    const QString where = sandbox ? Text::tr("the Alma sandbox") : Text::tr("Alma");
    switch (kind) {
    case Kind::TestConnection:
        for (const AlmaAccessCheck& c : access) {
            const QString what = c.write ? Text::tr("%1: write").arg(c.area) : Text::tr("%1: read").arg(c.area);
            lines.append(c.error.isError() ? Text::tr("%1: not allowed (%2)").arg(what, c.error.text())
                                           : Text::tr("%1: allowed").arg(what));
        }
        break;
    case Kind::Plan:
        if (fatal.isError() && plan.items.isEmpty()) {
            lines.append(Text::tr("Nothing could be read from %1, so there is no plan.").arg(where));
            break;
        }
        lines.append(
            Text::tr("Plan against %1: %2 to create, %3 to update, %4 already as wanted; %5 manual steps left.")
                .arg(where)
                .arg(plan.count(AlmaPlanItem::Action::Create))
                .arg(plan.count(AlmaPlanItem::Action::Update))
                .arg(plan.count(AlmaPlanItem::Action::AsWanted))
                .arg(plan.manualSteps.size()));
        if (plan.blockedCount() > 0)
            lines.append(Text::tr("A push would not send %1 of them, because Alma would refuse them as they are:")
                             .arg(plan.blockedCount()));
        for (const AlmaPlanItem& item : plan.items) {
            if (item.action != AlmaPlanItem::Action::AsWanted && !item.pushable())
                lines.append(QStringLiteral("  - %1: %2").arg(item.label, item.problems.join(QLatin1String("; "))));
        }
        break;
    case Kind::Push:
        lines.append(Text::tr("Push to %1: %2 created, %3 updated, %4 already as wanted, %5 failed.")
                         .arg(where)
                         .arg(outcomes.value(AlmaRecord::Outcome::Created))
                         .arg(outcomes.value(AlmaRecord::Outcome::Updated))
                         .arg(outcomes.value(AlmaRecord::Outcome::AsWanted))
                         .arg(failures.size()));
        if (!skipped.isEmpty())
            lines.append(Text::tr("Not sent, because Alma would refuse them as they are (fix them, then push again):"));
        for (const QString& s : skipped)
            lines.append(QStringLiteral("  - ") + s);
        break;
    case Kind::Verify:
        if (fatal.isError() && succeeded == 0) {
            lines.append(Text::tr("Nothing could be read from %1, so nothing was verified.").arg(where));
            break;
        }
        lines.append(Text::tr("Verify against %1: %2 items match, %3 differ or could not be read.")
                         .arg(where)
                         .arg(succeeded)
                         .arg(failures.size()));
        break;
    }
    if (!institutionCode.isEmpty())
        lines.insert(kind == Kind::TestConnection ? 0 : 1, Text::tr("Institution: %1").arg(institutionText()));
    if (cancelled)
        lines.append(Text::tr("Cancelled: items not reached are left for the next run."));
    if (fatal.isError())
        lines.append(Text::tr("Stopped: %1").arg(fatal.text()));
    for (const QString& f : failures)
        lines.append(QStringLiteral("  - ") + f);
    return lines.join(QLatin1Char('\n'));
}

AlmaSync::AlmaSync(AlmaClient* client, SetupModel* model, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(1000);
    connect(&m_flushTimer, &QTimer::timeout, this, &AlmaSync::flushRecords);
    // Results belong to the setup the run started with.
    connect(m_model, &SetupModel::modelReset, this, [this] {
        if (!m_running)
            return;
        m_modelReplaced = true;
        m_pending.clear();
        cancel();
    });
}

AlmaSync::~AlmaSync()
{
    flushRecords();
}

void AlmaSync::recordLater(const QString& key, const AlmaRecord& record)
{
    if (m_modelReplaced)
        return;
    m_pending.insert(key, record);
    m_result.recorded.append(key);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void AlmaSync::flushRecords()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() || m_modelReplaced)
        return;
    const QMap<QString, AlmaRecord> records = std::exchange(m_pending, {});
    m_model->recordAlma(records, {}, {}, m_runKey);
}

AlmaRecord AlmaSync::recordOf(const AlmaPlanItem& item, AlmaRecord::Outcome outcome, const QString& detail) const
{
    AlmaRecord r;
    r.outcome = outcome;
    r.label = item.label;
    r.detail = detail;
    r.at = QDateTime::currentDateTimeUtc();
    r.sandbox = isSandbox(m_snapshot.environment);
    return r;
}

bool AlmaSync::isSandbox(const QString& environment) const
{
    return (m_client && m_client->isSandbox())
        || environment.compare(QLatin1String("sandbox"), Qt::CaseInsensitive) == 0;
}

QString AlmaSync::libraryCode() const
{
    return m_model->data().fields.value(QString::fromLatin1(FieldId::LibraryCode)).toString().trimmed();
}

void AlmaSync::begin(AlmaRunResult::Kind kind)
{
    m_running = true;
    m_cancelled = false;
    m_stopping = false;
    m_modelReplaced = false;
    m_runKey = QStringLiteral("alma-run-%1").arg(++m_runNumber);
    m_result = AlmaRunResult();
    m_result.kind = kind;
}

void AlmaSync::end()
{
    m_running = false;
    m_result.cancelled = m_result.cancelled || m_cancelled;
    m_result.sandbox = isSandbox(m_result.environment);
    const AlmaRunResult result = m_result;
    Q_EMIT finished(result);
}

void AlmaSync::stopOn(const AlmaError& error)
{
    if (!m_result.fatal.isError())
        m_result.fatal = error;
    if (m_stopping)
        return;
    // The rest would fail alike: nothing more goes out, and calls in flight are given up unrecorded.
    m_stopping = true;
    if (m_client)
        m_client->cancel();
}

bool AlmaSync::stopsTheRun(const AlmaError& error)
{
    return error.kind == AlmaError::Kind::Unauthorized || error.kind == AlmaError::Kind::DailyThreshold
        || error.kind == AlmaError::Kind::Security;
}

void AlmaSync::send(const AlmaRequest& request, AlmaClient::Callback callback)
{
    if (m_stopping || !m_client) {
        AlmaReply reply;
        reply.error = AlmaError::make(AlmaError::Kind::Cancelled, Text::tr("Not sent: the run was stopped."));
        callback(reply);
        return;
    }
    m_client->send(request, std::move(callback));
}

void AlmaSync::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_client)
        m_client->cancel();
}

void AlmaSync::testConnection()
{
    begin(AlmaRunResult::Kind::TestConnection);
    struct Probe {
        const char* area;
        const char* path;
        bool write;
    };
    static const Probe probes[] = {
        { QT_TRANSLATE_NOOP("AlmaSync", "Configuration"), "/conf/test", false },
        { QT_TRANSLATE_NOOP("AlmaSync", "Configuration"), "/conf/test", true },
        { QT_TRANSLATE_NOOP("AlmaSync", "Partners"), "/partners/operation/test", false },
        { QT_TRANSLATE_NOOP("AlmaSync", "Partners"), "/partners/operation/test", true },
    };
    // Whose Alma this is, alongside the permissions: one more call to wait for.
    auto waiting = std::make_shared<int>(int(std::size(probes)) + 1);
    auto release = [this, waiting] {
        if (--*waiting != 0)
            return;
        const bool none = std::all_of(m_result.access.cbegin(), m_result.access.cend(),
            [](const AlmaAccessCheck& c) { return c.error.kind == AlmaError::Kind::Unauthorized; });
        if (none && !m_result.fatal.isError())
            m_result.fatal = m_result.access.first().error; // the key is not valid at all
        end();
    };
    m_result.access.resize(int(std::size(probes)));
    readGeneral([this, release](const QString& code, const QString& name, const QString& environment) {
        m_result.institutionCode = code;
        m_result.institutionName = name;
        m_result.environment = environment;
        release();
    });
    for (int i = 0; i < int(std::size(probes)); ++i) {
        AlmaRequest request;
        request.method = probes[i].write ? "POST" : "GET";
        request.path = QString::fromLatin1(probes[i].path);
        m_result.access[i].area = Text::tr(probes[i].area);
        m_result.access[i].write = probes[i].write;
        m_client->send(request, [this, i, release](const AlmaReply& reply) {
            m_result.access[i].error = reply.error;
            if (reply.error.isError() && reply.error.kind != AlmaError::Kind::Unauthorized && !m_result.fatal.isError())
                m_result.fatal = reply.error; // not a permission: the connection itself failed
            Q_EMIT progress(i + 1, int(std::size(probes)), m_result.access[i].area);
            release();
        });
    }
}

void AlmaSync::takeInstitution()
{
    m_result.institutionCode = m_snapshot.institutionCode;
    m_result.institutionName = m_snapshot.institutionName;
    m_result.environment = m_snapshot.environment;
}

void AlmaSync::readGeneral(std::function<void(const QString&, const QString&, const QString&)> done)
{
    AlmaRequest request;
    request.path = QStringLiteral("/conf/general");
    send(request, [done](const AlmaReply& reply) {
        // Only shown to people: a failure here (an old gateway) does not stop the run.
        AlmaSnapshot general;
        if (!reply.error.isError())
            AlmaSnapshotReader::general(reply.json, &general);
        done(general.institutionCode, general.institutionName, general.environment);
    });
}

// One reading of the snapshot: counts the parts asked for and calls `then` once the last has
// answered. Holds one count itself until every part is asked for, so a part answered at once (the
// client refuses everything after DAILY_THRESHOLD) cannot finish the reading early.
struct AlmaSync::SnapshotReading {
    using ListReader = QString (*)(const QList<nlohmann::json>&, AlmaSnapshot*);
    using AnswerReader = QString (*)(const nlohmann::json&, AlmaSnapshot*);

    AlmaSync* sync;
    std::function<void()> then;
    int waiting = 1;
    int total = 0;
    int done = 0;

    void release()
    {
        if (--waiting != 0)
            return;
        sync->m_snapshot.sandbox = sync->isSandbox(sync->m_snapshot.environment);
        then();
    }

    // A part whose answer is not what the contract promises is not used: BadResponse, in words.
    void partDone(AlmaSnapshot::Part* part, AlmaError error, const QString& problem, const QString& what)
    {
        if (!error.isError() && !problem.isEmpty())
            error = AlmaError::make(AlmaError::Kind::BadResponse, problem);
        part->read = !error.isError();
        part->error = error;
        AlmaRunResult& result = sync->m_result;
        if (stopsTheRun(error))
            sync->stopOn(error); // one refusal says it all: the key or the quota, not each part
        else if (error.kind == AlmaError::Kind::Network && !result.fatal.isError())
            result.fatal = error;
        if (error.isError() && error.kind != AlmaError::Kind::Cancelled && !stopsTheRun(error))
            result.failures.append(Text::tr("Reading %1: %2").arg(what, error.text()));
        if (!sync->m_stopping)
            Q_EMIT sync->progress(++done, total, what);
        release();
    }

    static void list(const std::shared_ptr<SnapshotReading>& self, const QString& path, const char* key,
        const QUrlQuery& query, AlmaSnapshot::Part* part, const QString& what, ListReader read)
    {
        ++self->waiting;
        ++self->total;
        if (self->sync->m_stopping) {
            self->partDone(part, AlmaError::make(AlmaError::Kind::Cancelled, {}), {}, what);
            return;
        }
        self->sync->m_client->getAll(
            path, key, query, [self, part, what, read](const QList<nlohmann::json>& items, const AlmaError& error) {
                self->partDone(part, error, error.isError() ? QString() : read(items, &self->sync->m_snapshot), what);
            });
    }

    static void one(const std::shared_ptr<SnapshotReading>& self, const QString& path, const QUrlQuery& query,
        AlmaSnapshot::Part* part, const QString& what, AnswerReader read)
    {
        ++self->waiting;
        ++self->total;
        AlmaRequest request;
        request.path = path;
        request.query = query;
        self->sync->send(request, [self, part, what, read](const AlmaReply& reply) {
            self->partDone(
                part, reply.error, reply.error.isError() ? QString() : read(reply.json, &self->sync->m_snapshot), what);
        });
    }
};

void AlmaSync::readSnapshot(Reads reads, std::function<void()> then)
{
    m_snapshot = AlmaSnapshot();
    auto reading = std::make_shared<SnapshotReading>(SnapshotReading { this, std::move(then) });
    ++reading->waiting;
    readGeneral([this, reading](const QString& code, const QString& name, const QString& environment) {
        m_snapshot.institutionCode = code;
        m_snapshot.institutionName = name;
        m_snapshot.environment = environment;
        reading->release();
    });
    readPlanParts(reading);
    if (reads == Reads::ForVerify)
        readVerifyParts(reading);
    reading->release(); // the count held while the parts were asked for
}

void AlmaSync::readPlanParts(const std::shared_ptr<SnapshotReading>& reading)
{
    SnapshotReading::list(reading, QStringLiteral("/partners"), "partner", {}, &m_snapshot.partnersPart,
        Text::tr("the partners"), &AlmaSnapshotReader::partners);
    const QString library = libraryCode();
    if (library.isEmpty())
        return;
    // The location list has no paging in Alma's contract: one call returns all of them.
    SnapshotReading::one(reading, QStringLiteral("/conf/libraries/%1/locations").arg(encoded(library)), {},
        &m_snapshot.locationsPart, Text::tr("the locations of %1").arg(library), &AlmaSnapshotReader::locations);
    // A location's desk needs the desk's name and link (rest_location-post.json); verify checks the desk.
    SnapshotReading::list(reading, QStringLiteral("/conf/libraries/%1/circ-desks/").arg(encoded(library)), "circ_desk",
        {}, &m_snapshot.circDesksPart, Text::tr("the circulation desks of %1").arg(library),
        &AlmaSnapshotReader::circDesks);
}

void AlmaSync::readVerifyParts(const std::shared_ptr<SnapshotReading>& reading)
{
    const QString library = libraryCode();
    if (!library.isEmpty())
        SnapshotReading::one(reading, QStringLiteral("/conf/libraries/%1").arg(encoded(library)), {},
            &m_snapshot.libraryPart, Text::tr("library %1").arg(library), &AlmaSnapshotReader::library);
    QUrlQuery scheduled;
    scheduled.addQueryItem(QStringLiteral("type"), QStringLiteral("SCHEDULED"));
    SnapshotReading::list(reading, QStringLiteral("/conf/jobs"), "job", scheduled, &m_snapshot.jobsPart,
        Text::tr("the scheduled jobs"), &AlmaSnapshotReader::jobs);
    QUrlQuery scope;
    if (!library.isEmpty())
        scope.addQueryItem(QStringLiteral("scope"), library);
    SnapshotReading::one(reading, QStringLiteral("/conf/code-tables/ItemPolicy"), scope, &m_snapshot.itemPoliciesPart,
        Text::tr("the ItemPolicy code table"), &AlmaSnapshotReader::itemPolicies);
}

void AlmaSync::plan()
{
    begin(AlmaRunResult::Kind::Plan);
    readSnapshot(Reads::ForPlan, [this] {
        takeInstitution();
        if (m_result.fatal.isError() && m_stopping) {
            end(); // nothing trustworthy was read: no plan, no manual step count
            return;
        }
        m_result.plan = AlmaPlan::build(m_model->data(), m_snapshot);
        if (m_pushAfterPlan && !m_result.fatal.isError() && !m_cancelled && m_result.failures.isEmpty()) {
            m_pushAfterPlan = false;
            const AlmaPlan plan = m_result.plan;
            push(plan);
            return;
        }
        m_pushAfterPlan = false;
        end();
    });
}

void AlmaSync::planAndPush()
{
    m_pushAfterPlan = true;
    plan();
}

void AlmaSync::push(const AlmaPlan& plan)
{
    begin(AlmaRunResult::Kind::Push);
    takeInstitution(); // of the plan's reading
    m_result.plan = plan;
    QList<AlmaPlanItem> todo;
    for (const AlmaPlanItem& item : plan.items) {
        if (item.action == AlmaPlanItem::Action::AsWanted)
            continue;
        if (item.pushable())
            todo.append(item);
        else // Alma would refuse it: nothing is sent, and the user is told what to fix
            m_result.skipped.append(Text::tr("%1: %2").arg(item.label, item.problems.join(QLatin1String("; "))));
    }
    // Items Alma already has as wanted are recorded too, so the file says what the push found.
    for (const AlmaPlanItem& item : plan.items) {
        if (item.action == AlmaPlanItem::Action::AsWanted) {
            const AlmaRecord r = recordOf(item, AlmaRecord::Outcome::AsWanted);
            recordLater(item.key, r);
            ++m_result.succeeded;
            ++m_result.outcomes[r.outcome];
        }
    }
    auto finishPush = [this] {
        flushRecords();
        end();
    };
    if (todo.isEmpty()) {
        finishPush();
        return;
    }
    auto waiting = std::make_shared<int>(int(todo.size()));
    const int total = int(todo.size());
    for (const AlmaPlanItem& item : std::as_const(todo)) {
        pushItem(item, [this, item, waiting, total, finishPush](const AlmaRecord& record, const AlmaError& error) {
            if (stopsTheRun(error)) {
                stopOn(error); // the key may not write, or today's quota is gone: nothing about this item was learned
            } else if (error.kind != AlmaError::Kind::Cancelled && !m_stopping) {
                recordLater(item.key, record);
                ++m_result.outcomes[record.outcome];
                if (record.outcome == AlmaRecord::Outcome::Failed)
                    m_result.failures.append(Text::tr("%1: %2").arg(item.label, record.detail));
                else
                    ++m_result.succeeded;
            } // cancelled or given up after a stop: left for the next push, unrecorded
            if (!m_stopping)
                Q_EMIT progress(total - *waiting + 1, total, item.label);
            if (--*waiting == 0)
                finishPush();
        });
    }
}

void AlmaSync::pushItem(const AlmaPlanItem& item, ItemDone done)
{
    if (item.action == AlmaPlanItem::Action::Update) {
        updateItem(item, done);
        return;
    }
    AlmaRequest request;
    request.method = "POST";
    if (item.kind == AlmaPlanItem::Kind::Partner) {
        request.path = QStringLiteral("/partners");
        request.body = AlmaPartnerJson::toAlma(item.partner);
    } else {
        request.path = QStringLiteral("/conf/libraries/%1/locations").arg(encoded(item.location.library));
        request.body = AlmaLocationJson::toAlma(item.location);
    }
    send(request, [this, item, done](const AlmaReply& reply) {
        if (!reply.error.isError()) {
            done(recordOf(item, AlmaRecord::Outcome::Created), reply.error);
            return;
        }
        if (reply.error.kind == AlmaError::Kind::Business || (reply.error.isRetryable() && reply.attempts > 1)) {
            // It may exist already: created by someone else, or by an earlier attempt whose answer
            // was lost. Then it is an update, never a second copy.
            AlmaPlanItem asUpdate = item;
            asUpdate.action = AlmaPlanItem::Action::Update;
            // The plan found no such item, so one found now is this push's creation whose answer was
            // lost (Qt resends a POST whose connection dropped, and the resend hears "already exists").
            auto found = [this, item, done](const AlmaRecord& record, const AlmaError& error) {
                if (error.isError() || record.outcome == AlmaRecord::Outcome::Failed) {
                    done(record, error);
                    return;
                }
                const QString lost
                    = Text::tr("not in Alma when this push read it, and there now: the answer to the create was lost");
                done(recordOf(item, AlmaRecord::Outcome::Created,
                         record.detail.isEmpty() ? lost : lost + QLatin1String("; ") + record.detail),
                    error);
            };
            updateItem(asUpdate, found, [this, item, done, reply](const AlmaError& getError) {
                // Not there after all: the create's own error is the one that explains, unless
                // reading it back failed for another reason.
                const AlmaError& cause = getError.kind == AlmaError::Kind::Business ? reply.error : getError;
                done(recordOf(item, AlmaRecord::Outcome::Failed, cause.text()), cause);
            });
            return;
        }
        done(recordOf(item, AlmaRecord::Outcome::Failed, reply.error.text()), reply.error);
    });
}

void AlmaSync::updateItem(const AlmaPlanItem& item, ItemDone done, std::function<void(const AlmaError&)> onGetFailed)
{
    const QString path = item.kind == AlmaPlanItem::Kind::Partner
        ? QStringLiteral("/partners/%1").arg(encoded(item.partner.code))
        : QStringLiteral("/conf/libraries/%1/locations/%2")
              .arg(encoded(item.location.library), encoded(item.location.code));
    AlmaRequest get;
    get.path = path;
    auto fail = [this, item, done](
                    const AlmaError& error) { done(recordOf(item, AlmaRecord::Outcome::Failed, error.text()), error); };
    // GET, change, PUT: Alma replaces the whole object, so every field the wizard does not manage
    // is sent back as Alma holds it now.
    send(get, [this, item, path, done, fail, onGetFailed](const AlmaReply& current) {
        if (current.error.isError()) {
            if (onGetFailed && current.error.kind != AlmaError::Kind::Cancelled)
                onGetFailed(current.error);
            else
                fail(current.error);
            return;
        }
        const QStringList changes = item.kind == AlmaPlanItem::Kind::Partner
            ? AlmaPartnerJson::differences(item.partner, current.json)
            : AlmaLocationJson::differences(item.location, current.json);
        if (changes.isEmpty()) {
            done(recordOf(item, AlmaRecord::Outcome::AsWanted), {});
            return;
        }
        AlmaRequest put;
        put.method = "PUT";
        put.path = path;
        put.body = item.kind == AlmaPlanItem::Kind::Partner ? AlmaPartnerJson::toAlma(item.partner, current.json)
                                                            : AlmaLocationJson::toAlma(item.location, current.json);
        send(put, [this, item, changes, done, fail](const AlmaReply& reply) {
            if (reply.error.isError()) {
                fail(reply.error);
                return;
            }
            done(recordOf(item, AlmaRecord::Outcome::Updated, changes.join(QLatin1String("; "))), {});
        });
    });
}

void AlmaSync::verify()
{
    begin(AlmaRunResult::Kind::Verify);
    readSnapshot(Reads::ForVerify, [this] {
        takeInstitution();
        if (m_cancelled || m_modelReplaced) {
            end();
            return;
        }
        const AlmaVerification v
            = AlmaVerification::compare(m_model->data(), m_snapshot, QDateTime::currentDateTimeUtc());
        m_result.recorded = v.records.keys();
        for (const AlmaRecord& r : v.records) {
            if (r.outcome == AlmaRecord::Outcome::Verified)
                ++m_result.succeeded;
            else
                m_result.failures.append(Text::tr("%1: %2").arg(r.label, r.detail));
        }
        // The checklist says what was done in the institution's Alma: a sandbox proves nothing
        // there, so its matches are recorded (and labelled) but tick no step.
        m_model->recordAlma(v.records, m_snapshot.sandbox ? QList<SetupModel::StepRef>() : v.stepsVerified,
            Text::tr("Verified in Alma"));
        end();
    });
}
