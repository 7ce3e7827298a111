#pragma once

#include "model/SetupData.h"

#include <QStringList>

// Starting points for a new setup: the guide's suggestions ("blank" leaves institution-specific
// codes empty) or WRLC's AFN/CLS configuration (main library, CLSBORR and CLSLEND).
namespace Presets {
inline constexpr char Blank[] = "blank";
inline constexpr char Wrlc[] = "wrlc";

QStringList keys();
bool isKnown(const QString& key);
// A complete setup for the preset; unknown keys give the blank preset.
SetupData create(const QString& key);
// Fills what `data` lacks (fields, rules, sections a file written before they existed does not
// have) from the blank preset, and clamps each new rule's position into its list.
void complete(SetupData& data);
} // namespace Presets
