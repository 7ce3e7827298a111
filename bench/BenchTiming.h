#pragma once

// The benchmarks' clock: wall time of a piece of work, and the median of repeated runs (the
// machines are shared and noisy; medians of alternated runs are compared, never single times).
#include <algorithm>
#include <chrono>
#include <vector>

namespace BenchTiming {
template <typename F> double timeMs(F&& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace BenchTiming
