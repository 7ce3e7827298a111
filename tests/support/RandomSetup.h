#pragma once

#include "model/SetupData.h"

#include <QRandomGenerator>

// Random but valid setups for round-trip tests and benchmarks: every field of the catalog gets
// a value of its type (text with non-ASCII characters, quotes and newlines), and the lists,
// rules, existing rules, checklist ticks (with who and when) and "not needed" reasons are filled.
class RandomSetup final {
public:
    explicit RandomSetup(quint32 seed)
        : m_random(seed)
    {
    }

    struct Sizes {
        int partners = 20;
        int existingRulesPerList = 3;
        int otherSettings = 4;
        int policies = 5;
    };

    SetupData create(const Sizes& sizes);
    SetupData create() { return create(Sizes {}); }

private:
    QString text(int maxLength = 24);
    QString code();
    Rule rule();
    int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    bool chance() { return m_random.bounded(2) == 1; }

    QRandomGenerator m_random;
    int m_serial = 0;
};
