#pragma once

#include "api/AlmaSnapshot.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

// Reads Alma's answers into an AlmaSnapshot, trusting none of them: each function checks the
// shape the contract promises and returns what is wrong in words (empty: the answer is fine).
// A part with a problem is not used, so a broken answer can never pass for "nothing there".
namespace AlmaSnapshotReader {
using Json = nlohmann::json;

// GET /partners, all pages: every item a partner object with a code.
QString partners(const QList<Json>& items, AlmaSnapshot* snapshot);
// GET /conf/libraries/{code}/locations: {"location": [...]} (one location may come as an object).
QString locations(const Json& answer, AlmaSnapshot* snapshot);
// GET /conf/libraries/{code}: the library object.
QString library(const Json& answer, AlmaSnapshot* snapshot);
// GET /conf/libraries/{code}/circ-desks, all pages.
QString circDesks(const QList<Json>& items, AlmaSnapshot* snapshot);
// GET /conf/jobs?type=SCHEDULED, all pages.
QString jobs(const QList<Json>& items, AlmaSnapshot* snapshot);
// GET /conf/code-tables/ItemPolicy: {"row": [...]}.
QString itemPolicies(const Json& answer, AlmaSnapshot* snapshot);
// GET /conf/general: the institution's code and name and the environment ("production" or
// "sandbox"); left empty where the answer does not say.
void general(const Json& answer, AlmaSnapshot* snapshot);
} // namespace AlmaSnapshotReader
