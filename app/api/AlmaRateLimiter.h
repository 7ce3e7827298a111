#pragma once

#include <QtGlobal>

// Keeps calls safely under Alma's per-second threshold. Calls start evenly spaced at a pace of
// 80% of the threshold (20 a second for Alma's 25): spaced calls stay under the threshold in
// every one-second window even when network delays bunch them on the way, which calls sent in
// bursts do not (an independent server counted 26 in one second from a 25-per-window limiter).
// After a 429 every call waits, and the pace slows by a further fifth for the rest of the run.
class AlmaRateLimiter {
public:
    explicit AlmaRateLimiter(int perSecond = 25);

    void setPerSecond(int perSecond);
    int perSecond() const { return m_perSecond; }
    // Milliseconds between call starts now.
    double intervalMs() const;
    // Milliseconds to wait before the next call may start (0: now).
    qint64 waitBefore(qint64 nowMs) const;
    void started(qint64 nowMs);
    // After Alma said 429: no call starts before `untilMs`, and the pace slows (down to a quarter).
    void pauseUntil(qint64 untilMs);

private:
    int m_perSecond;
    double m_slowdown = 1.0;
    double m_lastStart = -1e12;
    qint64 m_pausedUntil = 0;
};
