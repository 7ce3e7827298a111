#pragma once

// Installs the program's English plural forms ("1 step", "3 steps") the way the program does
// at start-up, for tests of texts with %n that run without the program. Returns false when the
// .qm file is missing (build the alma-p2p-wizard target first).
bool installPluralForms();
