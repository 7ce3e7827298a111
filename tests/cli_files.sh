#!/bin/bash
# The program's file commands from the command line: `new FILE`, resuming `FILE`, and exit
# status 2 with a message on standard error for a file that cannot be read.
# Usage: cli_files.sh PROGRAM   (runs without a display; the wizard uses the offscreen platform)
set -u
program=$1
source "$(dirname "$0")/cli_common.sh"
trap 'rm -rf "$work"' EXIT

expect 0 "new writes a setup" -- "$program" new "$work/gwu.p2p.json" --preset wrlc --institution "George Washington"
contains "$work/gwu.p2p.json" '"format": "alma-p2p-wizard/setup"' "new file format"
contains "$work/gwu.p2p.json" '"location.borrowing.code": "CLSBORR"' "wrlc preset"
contains "$work/gwu.p2p.json" '"setup.institution": "George Washington"' "institution"
before=$(sha256sum "$work/gwu.p2p.json")

expect 1 "new refuses to overwrite" -- "$program" new "$work/gwu.p2p.json"
contains "$work/err" "already exists" "overwrite message"
[ "$(sha256sum "$work/gwu.p2p.json")" == "$before" ] || { echo "FAIL: existing file changed"; failures=$((failures + 1)); }

expect 2 "unknown preset" -- "$program" new "$work/x.p2p.json" --preset nope
contains "$work/err" 'Unknown preset "nope"' "preset message"
expect 2 "new without FILE" -- "$program" new
expect 0 "new --help" -- "$program" new --help
contains "$work/out" "--preset" "new help"
expect 0 "--help lists the commands" -- "$program" --help
contains "$work/out" "new FILE" "help lists new"

# Mistyped commands and options are reported before any window is created: without a display
# (DISPLAY and QT_QPA_PLATFORM unset) Qt would otherwise abort.
unset QT_QPA_PLATFORM
expect 2 "unknown command" -- "$program" chek "$work/gwu.p2p.json"
contains "$work/err" "Unknown command: chek. Did you mean check?" "did you mean"
expect 2 "unknown word" -- "$program" bogus
contains "$work/err" "Unknown command: bogus." "unknown word message"
expect 2 "unknown option" -- "$program" --frobnicate
contains "$work/err" "Unknown option: --frobnicate." "unknown option message"

export QT_QPA_PLATFORM=offscreen
expect 0 "resume a saved setup" -- "$program" "$work/gwu.p2p.json" --quit-after-show
contains "$work/out" "Resumed gwu.p2p.json at the introduction" "resumed where it was"
# A file saved on the partners page opens there (what a double-click in a file manager does).
sed 's/"currentPage": "[^"]*"/"currentPage": "partners"/' "$work/gwu.p2p.json" >"$work/at-partners.p2p.json"
grep -q '"currentPage": "partners"' "$work/at-partners.p2p.json" || { echo "FAIL: no currentPage to edit"; failures=$((failures + 1)); }
expect 0 "resume at the saved page" -- "$program" "$work/at-partners.p2p.json" --quit-after-show
contains "$work/out" "Resumed at-partners.p2p.json at 6. Resource Sharing Partners" "resumed at partners"
printf '{"format": "alma-p2p-wizard/setup", "version": 1, "fields": {}, "sections": {"jobs": []}}' >"$work/bad.p2p.json"
bad_before=$(sha256sum "$work/bad.p2p.json")
expect 2 "unreadable setup" -- "$program" "$work/bad.p2p.json" --quit-after-show
contains "$work/err" "bad.p2p.json, sections.jobs: expected an object" "error names file and place"
[ "$(sha256sum "$work/bad.p2p.json")" == "$bad_before" ] || { echo "FAIL: bad file changed"; failures=$((failures + 1)); }
expect 2 "missing setup" -- "$program" "$work/missing.p2p.json" --quit-after-show
contains "$work/err" "there is no such file" "missing file message"
printf '{"format": "alma-p2p-wizard/setup", "version": 9, "fields": {}, "sections": {}}' >"$work/newer.p2p.json"
expect 2 "newer format" -- "$program" "$work/newer.p2p.json" --quit-after-show
contains "$work/err" "newer version" "newer version message"

# check: one finding per line (severity TAB section TAB message); 1 with errors, 0 without, 2 unreadable.
expect 1 "check a new setup (codes still empty)" -- "$program" check "$work/gwu.p2p.json"
contains "$work/out" "$(printf 'error\tresource-sharing-library\tLibrary code is empty.')" "check line format"
contains "$work/err" "errors, " "check ends with a count line"
sed -z -e 's/"library.code": ""/"library.code": "MAIN"/' -e 's/"circ-desk.code": ""/"circ-desk.code": "CIRC"/' \
    -e 's/"ill_item_creation_lib_code",\n      "value": ""/"ill_item_creation_lib_code",\n      "value": "MAIN"/' \
    -e 's/"values": \[\]/"values": ["PARTNER1"]/g' \
    -e 's/"partners": \[\]/"partners": [{"code": "PARTNER1", "name": "Partner One", "borrowingWorkflow": "P2P_BORROWING", "lendingWorkflow": "P2P_LENDING"}]/' \
    "$work/gwu.p2p.json" >"$work/filled.p2p.json"
expect 0 "check a setup with warnings only" -- "$program" check "$work/filled.p2p.json"
contains "$work/out" "$(printf 'warning\trota-template\t')" "warnings listed"
if grep -q "^error" "$work/out"; then echo "FAIL: errors listed for a setup without errors"; failures=$((failures + 1)); fi
expect 1 "check --json" -- "$program" check "$work/gwu.p2p.json" --json
contains "$work/out" '"code": "required"' "json finding"
contains "$work/out" '"sectionTitle": "1. Resource Sharing Library"' "json section title"
expect 2 "check an unreadable setup" -- "$program" check "$work/bad.p2p.json"
contains "$work/err" "bad.p2p.json, sections.jobs" "check names the file and place"

# A number no double holds (nlohmann's out_of_range, not a parse_error): exit 2 naming file, line and column.
printf '{"format": "alma-p2p-wizard/setup", "version": 1, "fields": {},\n "sections": {}, "x": 1e400}' >"$work/huge.p2p.json"
expect 2 "check a file with 1e400" -- "$program" check "$work/huge.p2p.json"
contains "$work/err" "huge.p2p.json, line 2, column" "1e400 names the place"
contains "$work/err" "the number 1e400 is too large" "1e400 message"
expect 2 "report of a file with -1e400" -- "$program" report "$work/huge.md" "$work/huge.p2p.json"
expect 2 "open a file with 1e400" -- "$program" "$work/huge.p2p.json" --quit-after-show
contains "$work/err" "the number 1e400 is too large" "1e400 message in the window's start"

# A named pipe is refused at once (reading it would block for ever).
mkfifo "$work/pipe.p2p.json"
expect 2 "check a named pipe" -- timeout 20 "$program" check "$work/pipe.p2p.json"
contains "$work/err" "not a regular file" "pipe message"

# report OUT FILE: the format from OUT's extension; 2 when FILE cannot be read or OUT not written.
expect 0 "report as PDF" -- "$program" report "$work/report.pdf" "$work/filled.p2p.json"
head -c 5 "$work/report.pdf" | grep -q "%PDF-" || { echo "FAIL: not a PDF"; failures=$((failures + 1)); }
expect 0 "report as HTML" -- "$program" report "$work/report.html" "$work/filled.p2p.json"
contains "$work/report.html" "1. Resource Sharing Library" "html report sections"
expect 0 "report as Markdown" -- "$program" report "$work/report.md" "$work/filled.p2p.json"
contains "$work/report.md" "- [ ] " "markdown task list"
expect 2 "report of an unreadable setup" -- "$program" report "$work/r2.pdf" "$work/bad.p2p.json"
[ ! -e "$work/r2.pdf" ] || { echo "FAIL: a report was written for an unreadable setup"; failures=$((failures + 1)); }
expect 2 "report to a missing folder" -- "$program" report "$work/nowhere/report.pdf" "$work/filled.p2p.json"
contains "$work/err" "does not exist" "unwritable report message"
expect 2 "report with an unknown extension" -- "$program" report "$work/report.docx" "$work/filled.p2p.json"

[ "$failures" == 0 ] && echo "all passed" || { echo "$failures failed"; exit 1; }
