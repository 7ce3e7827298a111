#!/usr/bin/env bash
# Fuzzes every target for SECONDS each, starting from the committed corpus and regressions.
# New interesting inputs go to a scratch folder (the committed corpus stays small); a crash
# stops with the input saved under OUT and named on standard output: copy it into
# regressions/TARGET/ once it is fixed, so every run replays it.
#   tests/fuzz/run.sh BUILD_DIR SECONDS [OUT]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$1
seconds=$2
out=${3:-$(mktemp -d)}
mkdir -p "$out"
status=0
for target in fuzz_setupfile fuzz_partnercsv fuzz_ruletext fuzz_almaanswers fuzz_consortium; do
    work=$out/$target.corpus
    mkdir -p "$work"
    echo "== $target: $seconds s"
    if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$out/$target-" \
        "$work" "$here/corpus/$target" "$here/regressions/$target" >"$out/$target.log" 2>&1; then
        echo "FAIL: $target found a crash; see $out/$target.log and $out/$target-*"
        tail -n 40 "$out/$target.log"
        status=1
    else
        grep -E "^stat::number_of_executed_units|^stat::new_units_added" "$out/$target.log" || true
    fi
done
exit $status
