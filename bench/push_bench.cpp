// Push benchmark: 500 new partners pushed to the sandbox with 150 ms latency per call and Alma's
// threshold of 25 calls a second, against a loop that sends the same calls one after another
// (what a script would do), in the same run. The threshold sets a floor of 500 / 25 = 20 s;
// target: within 15% of it (23 s), no failed item, no 429 reaching the user.
// Usage: push_bench [PARTNERS] [LATENCY_MS] [CALLS_PER_SECOND]
#include "SandboxSetups.h"
#include "api/AlmaClient.h"
#include "api/AlmaPartnerJson.h"
#include "api/AlmaSync.h"
#include "model/Presets.h"
#include "model/SetupModel.h"
#include "sandbox/AlmaSandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdio>

namespace {

QList<Partner> partners(int count, const QString& prefix)
{
    return SandboxSetups::partners(count, prefix);
}

AlmaSandbox* startSandbox(int latencyMs, int perSecond)
{
    auto* sandbox = new AlmaSandbox;
    SandboxFaults faults;
    faults.latencyMs = latencyMs;
    sandbox->setFaults(faults);
    sandbox->setCallsPerSecond(perSecond);
    if (!sandbox->listenOnLoopback())
        qFatal("the sandbox cannot listen on 127.0.0.1");
    return sandbox;
}

struct Run {
    double seconds = 0;
    int failed = 0;
    int rejected = 0; // 429s the sandbox sent
    int retries = 0; // calls the client sent again
    int created = 0;
};

// The wizard: AlmaSync's push (limiter, parallel connections, retries).
Run wizardPush(int count, int latencyMs, int perSecond)
{
    std::unique_ptr<AlmaSandbox> sandbox(startSandbox(latencyMs, perSecond));
    SetupData d = Presets::create(QString::fromLatin1(Presets::Blank));
    d.partners = partners(count, QStringLiteral("W"));
    SetupModel model;
    model.reset(d);
    QString error;
    AlmaClient client(
        AlmaEndpoint::fromText(sandbox->baseUrl(), &error), QString::fromLatin1(AlmaSandbox::ReadWriteKey));
    client.setCallsPerSecond(perSecond);
    AlmaSync sync(&client, &model);

    // Plan first (as staff would), then time the push of the reviewed plan.
    AlmaRunResult result;
    QEventLoop loop;
    QObject::connect(&sync, &AlmaSync::finished, &loop, [&](const AlmaRunResult& r) {
        result = r;
        loop.quit();
    });
    sync.plan();
    loop.exec();
    const AlmaPlan plan = result.plan;
    const int rejectedBefore = sandbox->rejectedPerSecond();
    QElapsedTimer timer;
    timer.start();
    sync.push(plan);
    loop.exec();
    Run run;
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.failed = int(result.failures.size());
    run.rejected = sandbox->rejectedPerSecond() - rejectedBefore;
    run.retries = client.retries();
    run.created = sandbox->institution().partnerCount() - 3;
    return run;
}

// A script: the same POSTs, one after another, each waiting for its answer.
Run scriptLoop(int count, int latencyMs, int perSecond)
{
    std::unique_ptr<AlmaSandbox> sandbox(startSandbox(latencyMs, perSecond));
    QNetworkAccessManager network;
    const QList<Partner> list = partners(count, QStringLiteral("S"));
    QElapsedTimer timer;
    timer.start();
    Run run;
    for (const Partner& p : list) {
        QNetworkRequest request(QUrl(sandbox->baseUrl() + QStringLiteral("/almaws/v1/partners")));
        request.setRawHeader("Authorization", QByteArray("apikey ") + AlmaSandbox::ReadWriteKey);
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = network.post(request, QByteArray::fromStdString(AlmaPartnerJson::toAlma(p).dump()));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            ++run.failed;
        reply->deleteLater();
    }
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.rejected = sandbox->rejectedPerSecond();
    run.created = sandbox->institution().partnerCount() - 3;
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 500;
    const int latencyMs = argc > 2 ? std::atoi(argv[2]) : 150;
    const int perSecond = argc > 3 ? std::atoi(argv[3]) : 25;
    const double floor = double(count) / perSecond;
    std::printf("push_bench: %d new partners, %d ms latency per call, threshold %d calls/s (floor %.1f s)\n", count,
        latencyMs, perSecond, floor);

    const Run wizard = wizardPush(count, latencyMs, perSecond);
    std::printf("wizard push : %6.2f s  (%.1f%% over the floor)  created %d, failed %d, 429 sent %d, retries %d\n",
        wizard.seconds, (wizard.seconds / floor - 1) * 100, wizard.created, wizard.failed, wizard.rejected,
        wizard.retries);
    const Run script = scriptLoop(count, latencyMs, perSecond);
    std::printf("script loop : %6.2f s  created %d, failed %d, 429 sent %d\n", script.seconds, script.created,
        script.failed, script.rejected);
    std::printf("speed-up    : %.2fx\n", script.seconds / wizard.seconds);
    const bool ok = wizard.seconds <= floor * 1.15 && wizard.failed == 0 && wizard.created == count;
    std::printf("target (<= %.1f s, no failed item, all created): %s\n", floor * 1.15, ok ? "met" : "NOT met");
    return ok ? 0 : 1;
}
