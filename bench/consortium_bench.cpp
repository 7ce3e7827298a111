// Consortium benchmark: the offline reciprocity check of a 100-member consortium from its 100
// member setup files (each holding its 99 partners): reading the files and checking the 9,900
// pairs, and the same work with the matrix report as PDF. Target: the check under 1 s.
// Usage: consortium_bench [MEMBERS] [RUNS]
#include "BenchTiming.h"
#include "ConsortiumRosters.h"
#include "consortium/MatrixReport.h"
#include "consortium/MemberSetupFiles.h"
#include "consortium/MemberSetupGenerator.h"
#include "consortium/ReciprocityCheck.h"
#include "file/SetupFile.h"
#include "model/Presets.h"
#include "report/ReportExporter.h"

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace BenchTiming;

namespace {

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // the PDF lays out text
    const int members = argc > 1 ? std::max(2, atoi(argv[1])) : 100;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;

    const Roster roster = ConsortiumRosters::make(members);
    QTemporaryDir dir;
    QStringList paths;
    const SetupData templ = Presets::create(QLatin1String(Presets::Wrlc));
    const double generateMs = timeMs([&] {
        for (int i = 0; i < members; ++i) {
            SetupData d = MemberSetupGenerator::generate(templ, roster, roster.members.at(i));
            if (i == 1) // one member with a problem, so the report has work in it
                d.partners.removeFirst();
            const QString path = dir.filePath(MemberSetupFiles::fileName(roster.members.at(i)));
            if (SetupFile::save(path, d)) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                return;
            }
            paths.append(path);
        }
    });
    if (paths.size() != members)
        return 2;
    std::printf(
        "generated and saved %d member setups (%d partners each) in %.0f ms\n", members, members - 1, generateMs);

    std::vector<double> check, withReport;
    int agree = 0;
    for (int run = 0; run < runs; ++run) {
        QStringList errors;
        QHash<QString, Reciprocity::MemberPartners> partners;
        Reciprocity::Result result;
        check.push_back(timeMs([&] {
            partners = MemberSetupFiles::read(roster, paths, &errors);
            result = Reciprocity::check(roster, partners);
        }));
        agree = result.count(Reciprocity::State::Ok);
        if (!errors.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(errors.join(QLatin1Char('\n'))));
            return 2;
        }
        withReport.push_back(
            check.back() + timeMs([&] { ReportExporter::pdf(MatrixReport::build(roster, result, partners)); }));
    }
    std::printf("offline check (read %d files, check %d pairs; %d agree): median %.0f ms (target < 1000 ms)\n", members,
        members * (members - 1), agree, median(check));
    std::printf("the same with the matrix report as PDF: median %.0f ms\n", median(withReport));
    return median(check) < 1000 ? 0 : 1;
}
