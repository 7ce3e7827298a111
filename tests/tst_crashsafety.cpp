// Crash safety, with real processes killed by SIGKILL (the helper is tests/save_loop.cpp):
// a save killed at any moment leaves the old or the new setup file whole, never a broken or
// mixed one; a session killed while it holds a recovery copy leaves exactly one orphan, which
// restores the setup; and a live or cleanly ended session is never offered as an orphan.
#include "RandomSetup.h"
#include "SetupDifference.h"
#include "file/RecoveryStore.h"
#include "file/SetupFile.h"
#include "file/SetupFileFormat.h"
#include "model/FieldId.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#ifndef SAVE_LOOP_PATH
#error "SAVE_LOOP_PATH must name the save_loop helper (see tests/CoreTests.cmake)"
#endif

namespace {
constexpr int KillRounds = 30;
constexpr int ReadyTimeoutMs = 60000; // generous: under a sanitizer the helper is many times slower
constexpr int FinishTimeoutMs = 5000;

QString F(const char* id)
{
    return QString::fromLatin1(id);
}

QString helperPath()
{
    return QString::fromLocal8Bit(SAVE_LOOP_PATH);
}

// The sizes save_loop.cpp saves with (keep the two in step): about 1 MB of file.
RandomSetup::Sizes largeSizes()
{
    RandomSetup::Sizes sizes;
    sizes.partners = 2000;
    return sizes;
}

// Waits until the helper has printed the line `line`. Its output is read line by line: reads
// may bring several lines at once, so what comes after `line` stays in the helper's buffer.
bool waitForLine(QProcess& helper, const QByteArray& line, QString* why)
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        while (helper.canReadLine()) {
            if (helper.readLine().trimmed() == line)
                return true;
        }
        const qint64 left = ReadyTimeoutMs - timer.elapsed();
        if (left <= 0) {
            *why = QStringLiteral("the helper did not say \"%1\" within %2 ms")
                       .arg(QString::fromLatin1(line))
                       .arg(ReadyTimeoutMs);
            return false;
        }
        helper.waitForReadyRead(int(std::min<qint64>(left, 1000)));
        if (helper.state() == QProcess::NotRunning && !helper.canReadLine()) {
            *why = QStringLiteral("the helper ended before it said \"%1\" (exit code %2)")
                       .arg(QString::fromLatin1(line))
                       .arg(helper.exitCode());
            return false;
        }
    }
}

// Starts the helper and waits until it has written its first file.
bool startHelper(QProcess& helper, const QStringList& arguments, QString* why)
{
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its complaints show in the test log
    helper.start(helperPath(), arguments);
    if (!helper.waitForStarted(ReadyTimeoutMs)) {
        *why = QStringLiteral("%1 did not start: %2").arg(helperPath(), helper.errorString());
        return false;
    }
    return waitForLine(helper, "ready", why);
}

// Kills the helper as a crash would, and waits until it is gone (reaped, so its pid is free).
bool killHelper(QProcess& helper, QString* why)
{
    if (helper.processId() <= 0) {
        *why = QStringLiteral("the helper is not running");
        return false;
    }
    helper.kill(); // SIGKILL on Unix, TerminateProcess on Windows: no chance to clean up
    if (!helper.waitForFinished(FinishTimeoutMs)) {
        *why = QStringLiteral("the helper did not end after the kill");
        return false;
    }
    // A normal exit means the helper stopped by itself before the kill: a failed save, or a timeout.
    if (helper.exitStatus() != QProcess::CrashExit) {
        *why = QStringLiteral("the helper had already ended by itself with exit code %1").arg(helper.exitCode());
        return false;
    }
    return true;
}

// Everything in `directory` but the named files: what killed saves left behind.
QStringList othersIn(const QString& directory, const QStringList& expected = {})
{
    QStringList found
        = QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& name : expected)
        found.removeAll(name);
    return found;
}

int recoveryCopies(const QString& directory)
{
    return int(QDir(directory).entryList({ QStringLiteral("*.recovery.json") }, QDir::Files).size());
}
} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void killedWhileSaving();
    void recoveryAfterCrash();
    void cleanSessionLeavesNoOrphan();
    void damagedRecoveryCopyIsReported();
};

void TestCrashSafety::initTestCase()
{
    QVERIFY2(QFileInfo(helperPath()).isExecutable(), qPrintable(helperPath()));
}

void TestCrashSafety::killedWhileSaving()
{
    const SetupData a = RandomSetup(1).create(largeSizes());
    const SetupData b = RandomSetup(2).create(largeSizes());
    QVERIFY(a != b); // otherwise "a or b" would tell nothing about which save survived

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString name = QStringLiteral("loop%1").arg(QLatin1String(SetupFile::Suffix));
    const QString path = dir.filePath(name);

    qint64 saveMs = 0;
    {
        // How long one save takes in this build: the kills land within one save's time of its start.
        const QString probe = dir.filePath(QStringLiteral("probe.json"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!SetupFile::save(probe, a));
        saveMs = timer.elapsed();
        qInfo("one save of a: %lld ms, %lld bytes", saveMs, QFileInfo(probe).size());
        QVERIFY(QFile::remove(probe));
    }

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill timing seed %u", seed);
    QRandomGenerator random(seed);

    int sawA = 0;
    int sawB = 0;
    QStringList leftovers;
    QElapsedTimer total;
    total.start();
    for (int round = 0; round < KillRounds; ++round) {
        QProcess helper;
        QString why;
        QVERIFY2(startHelper(helper, { QStringLiteral("save"), path }, &why), qPrintable(why));
        // Save 1 writes b over a, save 2 a over b: kill during one of them, early or late in it.
        const int save = 1 + int(random.bounded(2));
        QVERIFY2(waitForLine(helper, "saving " + QByteArray::number(save), &why), qPrintable(why));
        const int runMs = int(random.bounded(int(saveMs) + 2));
        QTest::qSleep(runMs);
        QVERIFY2(killHelper(helper, &why), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(why)));

        const auto loaded = SetupFile::load(path);
        QVERIFY2(loaded.document,
            qPrintable(QStringLiteral("round %1, killed %2 ms into save %3: %4")
                           .arg(round)
                           .arg(runMs)
                           .arg(save)
                           .arg(loaded.error.message())));
        QVERIFY(loaded.document->preserved.empty()); // no stray members: the file is one whole save
        const SetupData& data = loaded.document->data;
        if (data == a) {
            ++sawA;
        } else if (data == b) {
            ++sawB;
        } else {
            QFAIL(qPrintable(
                QStringLiteral("round %1, killed %2 ms into save %3: the file is neither setup (vs a: %4; vs b: %5)")
                    .arg(round)
                    .arg(runMs)
                    .arg(save)
                    .arg(firstDifference(a, data), firstDifference(b, data))));
        }

        // A killed QSaveFile may leave its temporary file; there can be at most one per kill.
        leftovers = othersIn(dir.path(), { name });
        QVERIFY2(leftovers.size() <= round + 1, qPrintable(leftovers.join(QLatin1String(", "))));
    }
    qInfo("%d kills in %lld ms: the file held setup a %d times, setup b %d times; %lld temporary files left behind%s%s",
        KillRounds, total.elapsed(), sawA, sawB, qlonglong(leftovers.size()), leftovers.isEmpty() ? "" : ": ",
        qPrintable(leftovers.join(QLatin1String(", "))));
    // Both setups were seen: the helper really did replace the file while it was being killed.
    QVERIFY(sawA > 0);
    QVERIFY(sawB > 0);
}

void TestCrashSafety::recoveryAfterCrash()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString source = QStringLiteral("/some/source.p2p.json");
    const SetupData expected = RandomSetup(3).create();

    const QDateTime before = QDateTime::currentDateTimeUtc();
    QProcess helper;
    QString why;
    QVERIFY2(startHelper(helper, { QStringLiteral("recover"), dir.path(), source }, &why), qPrintable(why));

    // The copy is there, but its session is alive: nothing to offer.
    QCOMPARE(recoveryCopies(dir.path()), 1);
    QCOMPARE(RecoveryStore(dir.path()).orphans().size(), 0);
    QCOMPARE(RecoveryStore(dir.path()).orphans().size(), 0); // looking does not break the live lock

    QVERIFY2(killHelper(helper, &why), qPrintable(why));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const QList<RecoveryStore::Orphan> orphans = RecoveryStore(dir.path()).orphans();
    QCOMPARE(orphans.size(), 1);
    const RecoveryStore::Orphan& orphan = orphans.constFirst();
    QCOMPARE(orphan.sourcePath, source);
    QVERIFY(orphan.savedAt.isValid());
    QVERIFY2(orphan.savedAt >= before && orphan.savedAt <= after,
        qPrintable(QStringLiteral("savedAt %1 not within %2 .. %3")
                       .arg(orphan.savedAt.toString(Qt::ISODateWithMs), before.toString(Qt::ISODateWithMs),
                           after.toString(Qt::ISODateWithMs))));
    QCOMPARE(orphan.institution, expected.fields.value(F(FieldId::Institution)).toString());
    QVERIFY(orphan.recoveryPath.startsWith(dir.path() + QLatin1Char('/')));

    const auto loaded = RecoveryStore::load(orphan);
    QVERIFY2(loaded.document, qPrintable(loaded.error.message()));
    QVERIFY2(loaded.document->data == expected, qPrintable(firstDifference(expected, loaded.document->data)));

    // Still an orphan until removed (load does not remove it), then gone with its lock.
    QCOMPARE(RecoveryStore(dir.path()).orphans().size(), 1);
    RecoveryStore::remove(orphan);
    QCOMPARE(RecoveryStore(dir.path()).orphans().size(), 0);
    QCOMPARE(othersIn(dir.path()), QStringList());
}

void TestCrashSafety::cleanSessionLeavesNoOrphan()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString source = QStringLiteral("/some/source.p2p.json");
    const SetupData data = RandomSetup(4).create();
    QString error;

    // Written, then cleared (saved or discarded), then closed: nothing is left to recover.
    {
        RecoveryStore store(dir.path());
        QVERIFY2(store.write(data, {}, source, &error), qPrintable(error));
        QVERIFY(store.hasCopy());
        QCOMPARE(recoveryCopies(dir.path()), 1);
        store.clear();
        QVERIFY(!store.hasCopy());
        QCOMPARE(recoveryCopies(dir.path()), 0);
    }
    QCOMPARE(RecoveryStore(dir.path()).orphans().size(), 0);
    QCOMPARE(othersIn(dir.path()), QStringList()); // the lock went with the store

    // Stores that are alive in this process are not orphans, to another instance or to each other.
    {
        RecoveryStore live(dir.path());
        QVERIFY2(live.write(data, {}, source, &error), qPrintable(error));
        RecoveryStore other(dir.path());
        QCOMPARE(other.orphans().size(), 0);
        QCOMPARE(live.orphans().size(), 0);
        QVERIFY2(other.write(RandomSetup(5).create(), {}, QString(), &error), qPrintable(error));
        QCOMPARE(recoveryCopies(dir.path()), 2);
        QCOMPARE(live.orphans().size(), 0);
        QCOMPARE(other.orphans().size(), 0);
        QCOMPARE(RecoveryStore(dir.path()).orphans().size(), 0);
        // Writing again replaces the session's copy rather than adding one.
        QVERIFY2(live.write(RandomSetup(6).create(), {}, source, &error), qPrintable(error));
        QCOMPARE(recoveryCopies(dir.path()), 2);
    }

    // Control: closed without clear(), both copies are kept for recovery and are now orphans, so
    // the empty lists above came from the live locks, not from orphans() overlooking the copies.
    const QList<RecoveryStore::Orphan> orphans = RecoveryStore(dir.path()).orphans();
    QCOMPARE(orphans.size(), 2);
    QSet<QString> sources;
    for (const RecoveryStore::Orphan& orphan : orphans) {
        sources.insert(orphan.sourcePath);
        const auto loaded = RecoveryStore::load(orphan);
        QVERIFY2(loaded.document, qPrintable(loaded.error.message()));
        // Each holds its session's last write: `live` rewrote its copy, `other` wrote once.
        const SetupData expected = RandomSetup(orphan.sourcePath.isEmpty() ? 5 : 6).create();
        QVERIFY2(loaded.document->data == expected, qPrintable(firstDifference(expected, loaded.document->data)));
    }
    QCOMPARE(sources, (QSet<QString> { source, QString() }));
    for (const RecoveryStore::Orphan& orphan : orphans)
        RecoveryStore::remove(orphan);
    QCOMPARE(othersIn(dir.path()), QStringList());
}

void TestCrashSafety::damagedRecoveryCopyIsReported()
{
    // A copy left by a crash, then damaged on disk: members of the wrong type must not stop the
    // next start (nlohmann's value() throws for them), and restoring it explains what is wrong.
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    {
        RecoveryStore store(dir.path());
        QVERIFY2(store.write(RandomSetup(7).create(), {}, QStringLiteral("/x.p2p.json"), &error), qPrintable(error));
    } // closed without clear(): an orphan
    const QStringList copies = QDir(dir.path()).entryList({ QStringLiteral("*.recovery.json") });
    QCOMPARE(copies.size(), 1);
    QFile file(dir.filePath(copies.constFirst()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"recoveryOf": 5, "savedAt": [], "setup": {"fields": {"setup.institution": {}}, "x": 1e400}})");
    file.close();

    const QList<RecoveryStore::Orphan> orphans = RecoveryStore(dir.path()).orphans();
    QCOMPARE(orphans.size(), 1);
    QVERIFY(orphans.constFirst().sourcePath.isEmpty());
    QVERIFY(orphans.constFirst().institution.isEmpty());
    const auto loaded = RecoveryStore::load(orphans.constFirst());
    QVERIFY(!loaded.document);
    QVERIFY2(loaded.error.problem.contains(QStringLiteral("damaged")), qPrintable(loaded.error.message()));
    RecoveryStore::remove(orphans.constFirst());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
