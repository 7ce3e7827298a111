// Setup file benchmark: load and save of a setup with 5,000 partners and 1,000 rules, against
// plain nlohmann_json parse and dump of the same document, alternated in one run so machine
// noise hits both. Targets: at most 2x the plain floor, and under 100 ms each.
// Usage: file_bench [RUNS]
#include "BenchTiming.h"
#include "RandomSetup.h"
#include "file/SetupFile.h"
#include "file/SetupFileFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace BenchTiming;

namespace {
using Clock = std::chrono::steady_clock;
using Json = SetupFileFormat::Json;

struct Pair {
    const char* name;
    std::function<void()> ours;
    std::function<void()> floor;
    std::vector<double> oursMs;
    std::vector<double> floorMs;
};

bool keep(bool ok)
{
    if (!ok) {
        std::fprintf(stderr, "file_bench: a measured step failed\n");
        std::exit(2);
    }
    return ok;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, std::atoi(argv[1])) : 21;

    RandomSetup::Sizes sizes;
    sizes.partners = 5000;
    sizes.existingRulesPerList = 166; // 6 lists x (166 existing + 1 new) = 1,002 rules
    sizes.otherSettings = 20;
    sizes.policies = 40;
    const SetupData data = RandomSetup(2026).create(sizes);
    const QByteArray bytes = SetupFileFormat::serialize(data);
    const Json document = Json::parse(bytes.constData(), bytes.constData() + bytes.size());

    QTemporaryDir dir;
    const QString oursPath = dir.filePath(QStringLiteral("ours.p2p.json"));
    const QString floorPath = dir.filePath(QStringLiteral("floor.json"));
    keep(!SetupFile::save(oursPath, data));
    keep(!SetupFile::save(floorPath, data));

    int rules = 0;
    for (RuleId id : RuleIds::all())
        rules += int(data.existingRules.value(id).size()) + 1;
    std::printf("setup: %lld partners, %d rules, %.2f MB of JSON; %d runs each, alternated\n",
        static_cast<long long>(data.partners.size()), rules, double(bytes.size()) / (1024.0 * 1024.0), runs);

    std::vector<Pair> pairs;
    pairs.push_back(
        { "load (bytes -> setup)", [&] { keep(bool(SetupFileFormat::parse(bytes, QStringLiteral("bench")).document)); },
            [&] { keep(!Json::parse(bytes.constData(), bytes.constData() + bytes.size()).is_null()); }, {}, {} });
    pairs.push_back({ "save (setup -> bytes)", [&] { keep(!SetupFileFormat::serialize(data).isEmpty()); },
        [&] { keep(!document.dump(2).empty()); }, {}, {} });
    pairs.push_back({ "load from disk", [&] { keep(bool(SetupFile::load(oursPath).document)); },
        [&] {
            QFile file(floorPath);
            keep(file.open(QIODevice::ReadOnly));
            const QByteArray read = file.readAll();
            keep(!Json::parse(read.constData(), read.constData() + read.size()).is_null());
        },
        {}, {} });
    pairs.push_back({ "save to disk (atomic)", [&] { keep(!SetupFile::save(oursPath, data)); },
        [&] {
            // The same atomic write (QSaveFile, synced) of the plain dump: only the encoding differs.
            const std::string text = document.dump(2);
            QSaveFile file(floorPath);
            keep(file.open(QIODevice::WriteOnly));
            file.write(text.data(), qint64(text.size()));
            keep(file.commit());
        },
        {}, {} });

    for (int run = 0; run < runs; ++run) {
        for (Pair& pair : pairs) {
            // Alternate which goes first, so warm caches favour neither.
            if (run % 2 == 0) {
                pair.oursMs.push_back(timeMs(pair.ours));
                pair.floorMs.push_back(timeMs(pair.floor));
            } else {
                pair.floorMs.push_back(timeMs(pair.floor));
                pair.oursMs.push_back(timeMs(pair.ours));
            }
        }
    }

    bool met = true;
    std::printf("%-24s %10s %10s %7s   targets: <= 2.0x and < 100 ms\n", "median", "ours ms", "floor ms", "ratio");
    for (const Pair& pair : pairs) {
        const double ours = median(pair.oursMs);
        const double floor = median(pair.floorMs);
        const double ratio = ours / floor;
        const bool ok = ratio <= 2.0 && ours < 100.0;
        met = met && ok;
        std::printf("%-24s %10.1f %10.1f %7.2f   %s\n", pair.name, ours, floor, ratio, ok ? "met" : "NOT MET");
    }
    return met ? 0 : 1;
}
