#pragma once

#include "model/SetupData.h"

#include <QString>

// Which part of two setups differs ("field library.code: A vs B", "partner 3", …), or empty when
// they are equal: for readable test failures.
QString firstDifference(const SetupData& a, const SetupData& b);
