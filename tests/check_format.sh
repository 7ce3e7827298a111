#!/usr/bin/env bash
# Fails when a C++ file of the project does not match .clang-format (clang-format 14, as Debian 12
# ships it; other versions lay some lines out differently). Fix with:
#   git ls-files '*.cpp' '*.h' | xargs clang-format-14 -i
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(command -v clang-format-14 || true)
[ -n "$tool" ] || { echo "clang-format-14 is missing (setup.sh installs it)" >&2; exit 2; }
if ! git ls-files '*.cpp' '*.h' | xargs "$tool" --dry-run --Werror 2>/tmp/p2p-format.$$; then
    grep -E "^[^ ].*(warning|error):" /tmp/p2p-format.$$ | head -n 20
    echo "These files are not formatted as .clang-format says." >&2
    rm -f /tmp/p2p-format.$$
    exit 1
fi
rm -f /tmp/p2p-format.$$
echo "formatting: all files match .clang-format"
