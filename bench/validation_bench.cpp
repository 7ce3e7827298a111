// Validation benchmark: SetupValidator::validate() on a setup with 5,000 partners and 1,000
// existing rules in each of the six rule lists, and on one with a tenth of that, in the same
// run. Targets: under 20 ms median for the large setup, and growth no worse than n log n
// (t(n) / t(n/10) at most 10 * log(n) / log(n/10)).
// Usage: validation_bench [RUNS]
#include "RandomSetup.h"
#include "checks/SetupValidator.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {
// Rules as staff enter them: the partner rule lists many partners, existing rules test a few
// partners or parameters each, so the ordering analysis has real sets to intersect.
SetupData makeSetup(int partners, int rulesPerList)
{
    RandomSetup::Sizes sizes;
    sizes.partners = partners;
    sizes.existingRulesPerList = rulesPerList;
    SetupData d = RandomSetup(7).create(sizes);
    QStringList codes;
    for (const Partner& p : d.partners)
        codes.append(p.code);
    Rule& partnerRule = d.rules[RuleId::TemporaryItemCreation];
    partnerRule.enabled = true;
    partnerRule.conditions = { { QStringLiteral("Resource Sharing Partner"), RuleOperator::InList, codes } };
    for (RuleId id : RuleIds::all()) {
        QList<Rule>& existing = d.existingRules[id];
        for (int i = 0; i < existing.size(); ++i) {
            Rule& r = existing[i];
            r.enabled = true;
            QStringList some;
            for (int k = 0; k < 10; ++k)
                some.append(codes.at((i * 37 + k * 101) % codes.size()));
            r.conditions.append({ QStringLiteral("Resource Sharing Partner"),
                i % 3 ? RuleOperator::InList : RuleOperator::NotInList, some });
        }
        d.newRulePositions[id] = int(existing.size() / 2); // half the rules above the new one
    }
    return d;
}

double medianMs(const SetupData& d, int runs, qsizetype* findings)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        *findings = SetupValidator::validate(d).size();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, std::atoi(argv[1])) : 21;
    const int n = 5000;
    const SetupData large = makeSetup(n, 1000);
    const SetupData small = makeSetup(n / 10, 100);
    qsizetype largeFindings = 0;
    qsizetype smallFindings = 0;
    // Alternate the two so machine noise hits both.
    std::vector<double> largeTimes;
    std::vector<double> smallTimes;
    for (int i = 0; i < runs; ++i) {
        largeTimes.push_back(medianMs(large, 1, &largeFindings));
        smallTimes.push_back(medianMs(small, 1, &smallFindings));
    }
    std::sort(largeTimes.begin(), largeTimes.end());
    std::sort(smallTimes.begin(), smallTimes.end());
    const double tLarge = largeTimes[largeTimes.size() / 2];
    const double tSmall = smallTimes[smallTimes.size() / 2];
    const double growth = tLarge / tSmall;
    const double nLogNBound = 10.0 * std::log(double(n)) / std::log(double(n / 10));
    std::printf("large: %d partners, 1000 existing rules x 6 lists: median %.2f ms (%lld findings)\n", n, tLarge,
        static_cast<long long>(largeFindings));
    std::printf("small: %d partners, 100 existing rules x 6 lists: median %.2f ms (%lld findings)\n", n / 10, tSmall,
        static_cast<long long>(smallFindings));
    std::printf("growth for 10x the lists: %.1fx (n log n allows %.1fx)\n", growth, nLogNBound);
    const bool met = tLarge < 20.0 && growth <= nLogNBound;
    std::printf("targets (< 20 ms, growth <= n log n): %s\n", met ? "met" : "NOT MET");
    return met ? 0 : 1;
}
