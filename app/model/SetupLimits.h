#pragma once

// How much a setup may hold. Files and CSV come from anywhere: these bounds keep a hostile or
// broken one from taking the program's time and memory (a report of one 20 MB value took 1 GB),
// while staying far above any real setup (WRLC's network has about 100 partners).
namespace SetupLimits {
// Characters in one text value: the most a line edit takes (QLineEdit's default maxLength), so
// nothing typed or pasted in the window can make a file this program would refuse.
inline constexpr int MaxText = 32767;
// Items in one list (partners, rules of a list, a condition's values, Alma results, …).
inline constexpr int MaxListItems = 20000;
} // namespace SetupLimits
