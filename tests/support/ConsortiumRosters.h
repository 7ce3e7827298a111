#pragma once

#include "consortium/Roster.h"

// Consortia of any size for tests and benchmarks: members L001, L002, … ("Library 1", …), every
// third an NCIP P2P partner and the others ISO 18626, each with its symbol (S001, …), Alma
// institution code (01CONS_L001, …) and region "na", and the terms agreed (30 days' expiry,
// P2P_BORROW and P2P_LEND).
namespace ConsortiumRosters {
Roster make(int members);
} // namespace ConsortiumRosters
