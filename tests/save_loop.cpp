// Helper of tst_crashsafety: a process that tst_crashsafety kills (SIGKILL) at a random moment.
//
//   save_loop save PATH                 saves two different setups to PATH by turns, for ever
//   save_loop recover DIR SOURCEPATH    writes a recovery copy to DIR, then waits for ever
//
// Both print "ready\n" once the first file is complete; `save` then prints "saving N\n" as it
// starts save N (a on even N, b on odd). They end themselves after a minute,
// and on Linux when the test process dies, so a crashed test leaves nothing running.
#include "RandomSetup.h"
#include "file/RecoveryStore.h"
#include "file/SetupFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

namespace {
// The sizes tst_crashsafety regenerates the setups with: about 1 MB of file, a few ms per save.
RandomSetup::Sizes largeSizes()
{
    RandomSetup::Sizes sizes;
    sizes.partners = 2000;
    return sizes;
}

constexpr int MaxLifetimeMs = 60 * 1000;

void ready()
{
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
}

int usage()
{
    std::fputs("usage: save_loop save PATH\n       save_loop recover DIR SOURCEPATH\n", stderr);
    return 64;
}

int saveLoop(const QString& path)
{
    const SetupData a = RandomSetup(1).create(largeSizes());
    const SetupData b = RandomSetup(2).create(largeSizes());
    QElapsedTimer lifetime;
    lifetime.start();
    for (quint64 round = 0; lifetime.elapsed() < MaxLifetimeMs; ++round) {
        const SetupData& data = round % 2 == 0 ? a : b;
        if (round > 0) {
            // The test kills us while this save runs, however fast or slow saving is here.
            std::fprintf(stdout, "saving %llu\n", static_cast<unsigned long long>(round));
            std::fflush(stdout);
        }
        if (const auto failed = SetupFile::save(path, data)) {
            std::fprintf(stderr, "save_loop: save %llu failed: %s\n", static_cast<unsigned long long>(round),
                qPrintable(failed->message()));
            return 2;
        }
        if (round == 0)
            ready();
    }
    return 3; // not killed in time: the test has gone wrong
}

int recover(const QString& directory, const QString& sourcePath)
{
    RecoveryStore store(directory);
    QString error;
    if (!store.write(RandomSetup(3).create(), {}, sourcePath, &error)) {
        std::fprintf(stderr, "save_loop: recovery copy not written: %s\n", qPrintable(error));
        return 2;
    }
    ready();
    QTimer::singleShot(MaxLifetimeMs, qApp, [] { QCoreApplication::exit(3); });
    return QCoreApplication::exec(); // holds the slot's lock until killed
}
} // namespace

int main(int argc, char* argv[])
{
#ifdef Q_OS_LINUX
    prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive the test
#endif
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("save"))
        return saveLoop(args.at(2));
    if (args.size() == 4 && args.at(1) == QLatin1String("recover"))
        return recover(args.at(2), args.at(3));
    return usage();
}
