#pragma once

#include "model/SectionId.h"

struct SetupData;
#include <QList>
#include <QString>

// Where in Alma a step is done: the guide is strict about this, and doing a step at the wrong
// level is a classic mistake (e.g. the item policy must be added with Configuring = RS library).
enum class ConfigLevel {
    Institution,
    ResourceSharingLibrary,
    MainAlmaPage,
};

// One numbered step of the staff guide. Texts are untranslated source strings; use the
// translated accessors, which go through QCoreApplication::translate("SectionCatalog", …).
struct StepSpec {
    const char* id; // stable, unique within its section
    const char* text;
    const char* menuPath;
    ConfigLevel level;
    // The step as it reads while the Bool field `whenField` is on ("this location already exists").
    const char* whenField = nullptr;
    const char* whenText = nullptr;

    QString key() const { return QString::fromLatin1(id); }
    // The step's text for this setup: `whenText` while `whenField` is on, otherwise `text`.
    QString translatedText(const SetupData& data) const;
    QString translatedText() const;
    QString translatedMenuPath() const;
};

// What the guide says about one section: titles, why it matters, where it is done, its steps.
struct SectionSpec {
    SectionId id;
    const char* key; // stable, in setup files and settings: "temporary-locations"
    const char* title;
    const char* why;
    const char* menuPath;
    ConfigLevel level;
    bool mayBeNotNeeded; // the guide says this section can be unnecessary
    QList<StepSpec> steps;

    QString translatedTitle() const;
    QString translatedWhy() const;
    QString translatedMenuPath() const;
    // "6. Resource Sharing Partners"
    QString numberedTitle() const;
    const StepSpec* step(const QString& key) const;
};

namespace SectionCatalog {
// The 14 sections in the guide's order.
const QList<SectionSpec>& all();
const SectionSpec& section(SectionId id);
QString levelName(ConfigLevel level);
} // namespace SectionCatalog
