#include "model/SetupTypes.h"

#include "model/KeyTable.h"

#include <QCoreApplication>

namespace {
struct OutcomeText {
    AlmaRecord::Outcome value;
    const char* key;
    const char* name;
};
const OutcomeText kOutcomes[] = {
    { AlmaRecord::Outcome::Created, "created", QT_TRANSLATE_NOOP("AlmaRecord", "Created in Alma") },
    { AlmaRecord::Outcome::Updated, "updated", QT_TRANSLATE_NOOP("AlmaRecord", "Updated in Alma") },
    { AlmaRecord::Outcome::AsWanted, "as-wanted", QT_TRANSLATE_NOOP("AlmaRecord", "Already as wanted") },
    { AlmaRecord::Outcome::Failed, "failed", QT_TRANSLATE_NOOP("AlmaRecord", "Failed") },
    { AlmaRecord::Outcome::Verified, "verified", QT_TRANSLATE_NOOP("AlmaRecord", "Verified in Alma") },
    { AlmaRecord::Outcome::Differs, "differs", QT_TRANSLATE_NOOP("AlmaRecord", "Differs in Alma") },
};
} // namespace

QString AlmaRecord::outcomeKey(Outcome outcome)
{
    return KeyTable::keyOf(kOutcomes, outcome);
}

std::optional<AlmaRecord::Outcome> AlmaRecord::outcomeFromKey(const QString& key)
{
    return KeyTable::fromKey(kOutcomes, key);
}

QString AlmaRecord::outcomeName(Outcome outcome)
{
    return QCoreApplication::translate("AlmaRecord", KeyTable::entryOf(kOutcomes, outcome)->name);
}
