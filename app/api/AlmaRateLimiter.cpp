#include "AlmaRateLimiter.h"

#include <algorithm>

AlmaRateLimiter::AlmaRateLimiter(int perSecond, int windowMs)
    : m_perSecond(std::max(1, perSecond))
    , m_windowMs(windowMs)
{
}

void AlmaRateLimiter::setPerSecond(int perSecond) { m_perSecond = std::max(1, perSecond); }

qint64 AlmaRateLimiter::waitBefore(qint64 nowMs) const
{
    qint64 wait = std::max<qint64>(0, m_pausedUntil - nowMs);
    if (int(m_starts.size()) >= m_perSecond) {
        // The call that leaves the window next frees the slot.
        const qint64 oldestInWindow = m_starts[m_starts.size() - size_t(m_perSecond)];
        wait = std::max(wait, oldestInWindow + m_windowMs - nowMs);
    }
    return wait;
}

void AlmaRateLimiter::started(qint64 nowMs)
{
    m_starts.push_back(nowMs);
    while (!m_starts.empty() && m_starts.front() <= nowMs - m_windowMs)
        m_starts.pop_front();
}

void AlmaRateLimiter::pauseUntil(qint64 untilMs) { m_pausedUntil = std::max(m_pausedUntil, untilMs); }
