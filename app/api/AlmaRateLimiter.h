#pragma once

#include <QtGlobal>

#include <deque>

// Keeps calls under Alma's per-second threshold: at most `perSecond` calls start within any
// window of `windowMs` milliseconds. The window is a little longer than a second so that calls
// that reach Alma a few milliseconds apart from when they left still fit its count.
class AlmaRateLimiter {
public:
    explicit AlmaRateLimiter(int perSecond = 25, int windowMs = 1050);

    void setPerSecond(int perSecond);
    int perSecond() const { return m_perSecond; }
    // Milliseconds to wait before the next call may start (0: now).
    qint64 waitBefore(qint64 nowMs) const;
    void started(qint64 nowMs);
    // After Alma said 429: no call starts before `untilMs`.
    void pauseUntil(qint64 untilMs);

private:
    int m_perSecond;
    int m_windowMs;
    qint64 m_pausedUntil = 0;
    std::deque<qint64> m_starts; // start times within the last window, oldest first
};
