#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: installs what is missing, builds, then
#   ./setup.sh run    starts the wizard
#   ./setup.sh test   runs the whole test suite (what CI runs)
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake make g++ qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev
    qt6-websockets-dev qtkeychain-qt6-dev nlohmann-json3-dev libgl1-mesa-dev qt6-translations-l10n
    xvfb xauth poppler-utils fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

build=${BUILD_DIR:-build}
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DP2P_WERROR=$werror
cmake --build "$build" -j2

case "${1:-run}" in
run)
    shift || true
    exec "$build/app/gui/alma-p2p-wizard" "$@"
    ;;
test)
    export QT_QPA_PLATFORM=offscreen
    cd "$build"
    ctest --output-on-failure -j2 --timeout 300
    ;;
*)
    echo "usage: $0 [run [FILE]|test]" >&2
    exit 2
    ;;
esac
