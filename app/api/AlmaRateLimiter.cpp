#include "api/AlmaRateLimiter.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr double kMargin = 0.8; // share of Alma's threshold the client uses
constexpr double kSlowdownPer429 = 1.25;
constexpr double kMaxSlowdown = 4.0;
} // namespace

AlmaRateLimiter::AlmaRateLimiter(int perSecond)
    : m_perSecond(std::max(1, perSecond))
{
}

void AlmaRateLimiter::setPerSecond(int perSecond)
{
    m_perSecond = std::max(1, perSecond);
}

double AlmaRateLimiter::intervalMs() const
{
    return 1000.0 / (kMargin * m_perSecond) * m_slowdown;
}

qint64 AlmaRateLimiter::waitBefore(qint64 nowMs) const
{
    const double paced = m_lastStart + intervalMs() - double(nowMs);
    return std::max<qint64>({ 0, m_pausedUntil - nowMs, qint64(std::ceil(paced)) });
}

void AlmaRateLimiter::started(qint64 nowMs)
{
    // A call that waited longer than the pace asks for does not earn a burst later.
    m_lastStart = std::max(double(nowMs), m_lastStart + intervalMs());
}

void AlmaRateLimiter::pauseUntil(qint64 untilMs)
{
    m_pausedUntil = std::max(m_pausedUntil, untilMs);
    m_slowdown = std::min(kMaxSlowdown, m_slowdown * kSlowdownPer429);
}
