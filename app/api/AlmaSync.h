#pragma once

#include "api/AlmaClient.h"
#include "api/AlmaPlan.h"
#include "api/AlmaSnapshot.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class SetupModel;

// One check of "Test connection": may the key read or write an API area?
struct AlmaAccessCheck {
    QString area; // "Configuration" or "Partners" (Alma's names for the key's areas)
    bool write = false;
    AlmaError error; // none: allowed
};

// How a plan, push or verify run ended.
struct AlmaRunResult {
    enum class Kind { TestConnection, Plan, Push, Verify };

    Kind kind = Kind::Plan;
    bool cancelled = false;
    AlmaError fatal; // what stopped the whole run (wrong key, daily threshold, no connection…)
    QStringList failures; // one line per item or part that failed: "label: error"
    QStringList skipped; // Push: items not sent because of the plan's problems: "label: problems"
    int succeeded = 0;
    QMap<AlmaRecord::Outcome, int> outcomes; // Push: how many items were created, updated, …
    QStringList recorded; // Push and Verify: the items this run recorded (AlmaItemKey)
    AlmaPlan plan; // Plan and Push: what was (to be) done
    QList<AlmaAccessCheck> access; // TestConnection
    // Whose Alma the key opens (GET /conf/general): staff check it before a push, since a key of
    // another member library or a forgotten sandbox key would write into the wrong Alma.
    QString institutionCode; // e.g. "01ABC_INST"
    QString institutionName;
    QString environment; // "production" or "sandbox", as Alma says
    bool sandbox = false; // the built-in sandbox, or an Alma sandbox environment

    // "Demo University (01DEMO_INST), sandbox environment", or empty when not known.
    QString institutionText() const;

    // For the command line: 0 all went well, 1 some items failed or Alma could not be reached,
    // 2 the key is refused or the secure connection failed.
    int exitCode() const;
    // One paragraph for people: counts, then what failed.
    QString summary() const;
};

// Runs plan, push and verify for a setup against Alma through an AlmaClient, and records every
// item's result in the model (one undo step per run), so the results are saved with the setup
// and a second push does only what is left. The GUI and the command line both use it.
class AlmaSync : public QObject {
    Q_OBJECT

public:
    AlmaSync(AlmaClient* client, SetupModel* model, QObject* parent = nullptr);
    ~AlmaSync() override;

    AlmaClient* client() const { return m_client; }
    bool isRunning() const { return m_running; }

    void testConnection();
    // Reads what Alma holds and builds the plan (nothing is written).
    void plan();
    // Carries out a plan the user has reviewed: creates and updates; never deletes.
    void push(const AlmaPlan& plan);
    // plan() then push() of its result (the command line's `push`).
    void planAndPush();
    void verify();
    void cancel();

Q_SIGNALS:
    void progress(int done, int total, const QString& what);
    void finished(const AlmaRunResult& result);

private:
    enum class Reads { ForPlan, ForVerify };
    // A refused key, the daily quota or a failed secure connection: every other call would fail
    // alike, so the run stops at once.
    static bool stopsTheRun(const AlmaError& error);
    void stopOn(const AlmaError& error);
    // Sends through the client unless the run has stopped (then answers Cancelled at once).
    void send(const AlmaRequest& request, AlmaClient::Callback callback);
    struct SnapshotReading;
    void readSnapshot(Reads reads, std::function<void()> then);
    void readPlanParts(const std::shared_ptr<SnapshotReading>& reading);
    void readVerifyParts(const std::shared_ptr<SnapshotReading>& reading);
    // GET /conf/general: institution code, name and environment (empty when it cannot be read).
    void readGeneral(std::function<void(const QString&, const QString&, const QString&)> done);
    void takeInstitution();
    using ItemDone = std::function<void(const AlmaRecord&, const AlmaError&)>;
    void pushItem(const AlmaPlanItem& item, ItemDone done);
    // GET, change, PUT. When `onGetFailed` is given, a failed GET goes there instead of `done`.
    void updateItem(const AlmaPlanItem& item, ItemDone done, std::function<void(const AlmaError&)> onGetFailed = {});
    // Push results are recorded as they come (at most once a second, one undo step per run), so
    // a quit or a crash mid-run loses none.
    void recordLater(const QString& key, const AlmaRecord& record);
    void flushRecords();
    void begin(AlmaRunResult::Kind kind);
    void end();
    QString libraryCode() const;
    // Answers come from a sandbox: the built-in one (it says so in a header) or an Alma whose
    // /conf/general reports `environment` "sandbox".
    bool isSandbox(const QString& environment) const;
    // A result of `item` now, labelled sandbox when the answers come from one.
    AlmaRecord recordOf(const AlmaPlanItem& item, AlmaRecord::Outcome outcome, const QString& detail = {}) const;

    QPointer<AlmaClient> m_client;
    SetupModel* m_model;
    AlmaSnapshot m_snapshot;
    AlmaRunResult m_result;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_stopping = false; // stopOn() was called: nothing more goes out or is recorded
    bool m_pushAfterPlan = false;
    bool m_modelReplaced = false; // another setup was opened mid-run: record nothing into it
    QMap<QString, AlmaRecord> m_pending;
    QTimer m_flushTimer;
    QString m_runKey; // merge key of this run's recordings
    int m_runNumber = 0;
};
