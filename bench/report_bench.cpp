// Report benchmark: PDF and HTML of a setup with 5,000 partners (and 1,000 existing rules).
// Target: under 2 s for the PDF on this machine. Usage: report_bench [RUNS]
#include "HtmlReport.h"
#include "RandomSetup.h"
#include "ReportBuilder.h"
#include "ReportExporter.h"
#include "SetupValidator.h"

#include <QGuiApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {
template<typename F>
double timeMs(F&& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    RandomSetup::Sizes sizes;
    sizes.partners = 5000;
    sizes.existingRulesPerList = 166;
    SetupData data = RandomSetup(11).create(sizes);
    // Partners as a consortium would have them: active, with the setup's workflow profiles.
    for (Partner& p : data.partners) {
        p.borrowingWorkflow = data.fields.value(QStringLiteral("profile.borrowing.code")).toString();
        p.lendingWorkflow = data.fields.value(QStringLiteral("profile.lending.code")).toString();
        p.expiryDays = 4;
    }
    const QList<Finding> findings = SetupValidator::validate(data);
    std::vector<double> pdfMs;
    std::vector<double> htmlMs;
    qsizetype pdfBytes = 0;
    qsizetype htmlChars = 0;
    for (int i = 0; i < runs; ++i) {
        htmlMs.push_back(timeMs([&] {
            htmlChars = HtmlReport::write(ReportBuilder::build(data, findings, {})).size();
        }));
        pdfMs.push_back(timeMs([&] { pdfBytes = ReportExporter::pdf(ReportBuilder::build(data, findings, {})).size(); }));
    }
    const double pdf = median(pdfMs);
    std::printf("5000 partners, %lld findings, %d runs\n", static_cast<long long>(findings.size()), runs);
    std::printf("HTML: median %.1f ms (%lld characters)\n", median(htmlMs), static_cast<long long>(htmlChars));
    std::printf("PDF:  median %.1f ms (%lld bytes)  target < 2000 ms: %s\n", pdf, static_cast<long long>(pdfBytes),
        pdf < 2000 ? "met" : "NOT MET");
    return pdf < 2000 ? 0 : 1;
}
