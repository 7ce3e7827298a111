// Start-up benchmark: wall time and peak memory (max RSS) of whole processes, the wizard with
// --quit-after-show against the bare QWizard, alternated in one run so machine noise hits both.
// Usage: startup_bench WIZARD BARE [RUNS] [WxH]. Targets: wizard <= 2x the bare wall time, <= 60 MiB.
// With WxH (the wizard's window size, 1180x680), a bare QWizard opened at that size is timed too,
// as context: how much of the difference is the larger window (backing store, painting) rather
// than the wizard's own work. The targets are always against the bare wizard at its own size.
// POSIX only (fork, exec, wait4): bench/CMakeLists.txt builds it on Unix.
#if defined(__unix__) || defined(__APPLE__)
#include "BenchTiming.h"
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace BenchTiming;

namespace {
struct Sample {
    double ms;
    double maxRssMiB;
};

Sample runOnce(const char* program, bool quitAfterShow, const char* size = nullptr)
{
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
        // The offscreen platform's warnings would bury the results.
        if (const int devNull = open("/dev/null", O_WRONLY); devNull >= 0)
            dup2(devNull, STDERR_FILENO);
        if (quitAfterShow)
            execl(program, program, "--quit-after-show", static_cast<char*>(nullptr));
        else if (size)
            execl(program, program, "--size", size, static_cast<char*>(nullptr));
        else
            execl(program, program, static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s failed (status %d); run it by hand to see its messages\n", program, status);
        std::exit(2);
    }
#ifdef __APPLE__
    return { ms, usage.ru_maxrss / (1024.0 * 1024.0) }; // bytes on macOS
#else
    return { ms, usage.ru_maxrss / 1024.0 }; // kilobytes on Linux
#endif
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s WIZARD BARE [RUNS] [WxH]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 3 ? std::atoi(argv[3]) : 15;
    const char* size = argc > 4 ? argv[4] : nullptr;
    runOnce(argv[1], true); // warm the page cache for both
    runOnce(argv[2], false);
    std::vector<double> wizardMs, bareMs, sizedMs, wizardRss, bareRss;
    for (int i = 0; i < runs; ++i) {
        const Sample w = runOnce(argv[1], true);
        const Sample b = runOnce(argv[2], false);
        wizardMs.push_back(w.ms);
        bareMs.push_back(b.ms);
        wizardRss.push_back(w.maxRssMiB);
        bareRss.push_back(b.maxRssMiB);
        if (size)
            sizedMs.push_back(runOnce(argv[2], false, size).ms);
    }
    const double ratio = median(wizardMs) / median(bareMs);
    const double peak = *std::max_element(wizardRss.begin(), wizardRss.end());
    std::printf("runs: %d\n", runs);
    std::printf("wizard: median %.1f ms, peak RSS %.1f MiB\n", median(wizardMs), peak);
    std::printf("bare QWizard: median %.1f ms, peak RSS %.1f MiB\n", median(bareMs),
        *std::max_element(bareRss.begin(), bareRss.end()));
    std::printf("ratio %.2f (target <= 2.00), memory %s (target <= 60 MiB)\n", ratio, peak <= 60.0 ? "ok" : "OVER");
    if (size) {
        std::printf("context: bare QWizard at %s: median %.1f ms; the wizard is %.2fx that\n", size, median(sizedMs),
            median(wizardMs) / median(sizedMs));
    }
    return ratio <= 2.0 && peak <= 60.0 ? 0 : 1;
}
#else
#error "startup_bench measures processes with fork, exec and wait4: Unix only"
#endif
