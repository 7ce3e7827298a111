#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: installs what is missing, builds, then
#   ./setup.sh run       starts the wizard
#   ./setup.sh test      runs the whole test suite (what CI runs: .ci/run)
#   ./setup.sh sanitize  builds with clang's AddressSanitizer and UndefinedBehaviorSanitizer in
#                        build-asan/, runs the whole suite there and fuzzes each reader
#                        (FUZZ_SECONDS each, default 60); CI runs it after the tests
set -euo pipefail
cd "$(dirname "$0")"
mode=${1:-run}

packages=(cmake make g++ qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev nlohmann-json3-dev libgl1-mesa-dev qt6-translations-l10n
    xvfb xauth poppler-utils fonts-dejavu-core clang-format-14
    dpkg-dev file desktop-file-utils appstream libxml2-utils shared-mime-info xdg-utils libfile-mimeinfo-perl)
[ "$mode" = "sanitize" ] && packages+=(clang-14 libclang-rt-14-dev)
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

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
if [ "$mode" = "sanitize" ]; then
    build=${BUILD_DIR:-build-asan}
    CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DP2P_WERROR=$werror \
        -DP2P_SANITIZE=ON -DP2P_FUZZ=ON -DP2P_BUILD_BENCH=OFF
else
    build=${BUILD_DIR:-build}
    cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DP2P_WERROR=$werror
fi
cmake --build "$build" -j2

case "$mode" in
run)
    shift || true
    exec "$build/app/gui/alma-p2p-wizard" "$@"
    ;;
test)
    export QT_QPA_PLATFORM=offscreen
    cd "$build"
    ctest --output-on-failure -j2 --timeout 300
    ;;
sanitize)
    export QT_QPA_PLATFORM=offscreen
    export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    (cd "$build" && ctest --output-on-failure -j2 --timeout 600)
    tests/fuzz/run.sh "$build" "${FUZZ_SECONDS:-60}"
    ;;
*)
    echo "usage: $0 [run [FILE]|test|sanitize]" >&2
    exit 2
    ;;
esac
