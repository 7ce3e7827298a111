#!/bin/bash
# The Alma commands from the command line against the sandbox command on 127.0.0.1: plan, push,
# verify, exit statuses 0/1/2, results saved into the file, and no API key in it.
# Usage: cli_alma.sh PROGRAM
set -u
program=$1
source "$(dirname "$0")/cli_common.sh"
sandbox_pid=
trap '[ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"' EXIT

# The sandbox on a free port; its first line says where.
"$program" sandbox >"$work/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do
    grep -q "listening on" "$work/sandbox.out" 2>/dev/null && break
    sleep 0.1
done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sandbox.out" | head -1)
[ -n "$url" ] || { echo "FAIL: the sandbox did not start"; cat "$work/sandbox.out"; exit 1; }
echo "sandbox at $url"

# A peer-to-peer partner with what Alma requires of NCIP_P2P partners (rest_partner.xsd).
partner() {
    printf '{"code": "%s", "name": "%s", "profileType": "NCIP_P2P", "status": "ACTIVE", "systemType": "ALMA", ' "$1" "$2"
    printf '"borrowingSupported": true, "lendingSupported": true, "borrowingWorkflow": "P2P_BORROWING", '
    printf '"lendingWorkflow": "P2P_LENDING", "avgSupplyTime": 4, "requestExpiryType": "EXPIRY_TIME", "expiryDays": 4, '
    printf '"illServer": "ill.%s.example.edu", "partnerSymbol": "01%s_INST", "userIdentifierType": "userName", ' "$1" "$1"
    printf '"emailAddress": "ill@%s.example.edu"}' "$1"
}

# A WRLC setup in the sandbox's MAIN library with two partners; the sandbox has no CLSBORR and
# CLSLEND yet, so they are marked as new.
setup=$work/member.p2p.json
"$program" new "$setup" --preset wrlc --institution "Member College" >/dev/null
sed -i -e 's/"library.code": ""/"library.code": "MAIN"/' \
    -e 's/"location.borrowing.fulfillment-unit": ""/"location.borrowing.fulfillment-unit": "MAIN_FU"/' \
    -e 's/"location.lending.fulfillment-unit": ""/"location.lending.fulfillment-unit": "MAIN_FU"/' \
    -e 's/"circ-desk.code": ""/"circ-desk.code": "DEFAULT_CIRC_DESK"/' \
    -e 's/"location.\(borrowing\|lending\).exists": true/"location.\1.exists": false/' \
    -e 's/"location.borrowing.name": ""/"location.borrowing.name": "CLS Borrowing"/' \
    -e 's/"location.lending.name": ""/"location.lending.name": "CLS Lending"/' \
    -e "s/\"partners\": \[\]/\"partners\": [$(partner CLI1 'Command Line College'), $(partner CLI2 'Shell University')]/" \
    "$setup"
expect 1 "the edited setup still reads (with the preset's open errors)" -- "$program" check "$setup"

expect 2 "no key: bad configuration" -- "$program" plan "$setup" --alma-url "$url"
contains "$work/err" "ALMA_API_KEY" "names the variable"
ALMA_API_KEY=sandbox-read-write expect 2 "plain http to another host is refused" -- "$program" plan "$setup" --alma-url http://alma.example.edu
contains "$work/err" "https" "says why"
ALMA_API_KEY=wrong-key expect 2 "a wrong key" -- "$program" plan "$setup" --alma-url "$url"
contains "$work/out" "UNAUTHORIZED" "Alma's error code"
contains "$work/out" "tracking id" "the tracking id for support"
expect 2 "two places at once" -- "$program" plan "$setup" --region eu --sandbox

export ALMA_API_KEY=sandbox-read-write
before=$(sha256sum "$setup")
expect 0 "plan" -- "$program" plan "$setup" --alma-url "$url"
contains "$work/out" "create	Partner CLI1 (Command Line College)" "plan lists the partner"
contains "$work/out" "create	Temporary borrowing location CLSBORR in MAIN" "plan lists the location"
contains "$work/out" "sandbox run" "labelled as a sandbox"
[ "$(sha256sum "$setup")" == "$before" ] || { echo "FAIL: plan changed the file"; failures=$((failures + 1)); }

expect 0 "push" -- "$program" push "$setup" --alma-url "$url"
contains "$work/out" "4 created, 0 updated, 0 already as wanted, 0 failed" "push summary"
contains "$work/out" "created	Partner CLI1 (Command Line College)" "one line per item"
contains "$setup" '"outcome": "created"' "results saved"
contains "$setup" '"sandbox": true' "sandbox results are marked"
if grep -q "sandbox-read-write" "$setup"; then echo "FAIL: the API key was written to the file"; failures=$((failures + 1)); fi

expect 0 "a second push changes nothing" -- "$program" push "$setup" --alma-url "$url"
contains "$work/out" "0 created, 0 updated, 4 already as wanted, 0 failed" "all as wanted"

expect 1 "verify: the job is not active in the sandbox" -- "$program" verify "$setup" --alma-url "$url"
contains "$work/out" "Expired Resource Sharing Requests" "names what differs"
contains "$work/out" "verified	Partner CLI1 (Command Line College)" "verify lists each item"
contains "$setup" '"outcome": "verified"' "verified results saved"
expect 1 "check reports the difference as a finding" -- "$program" check "$setup"
contains "$work/out" "differs from this setup" "finding text"

sed -i 's/"code": "CLI2"/"code": "CLI3"/' "$setup"
ALMA_API_KEY=sandbox-read-only expect 2 "a read-only key cannot push" -- "$program" push "$setup" --alma-url "$url"
contains "$work/out" "UNAUTHORIZED" "the key's problem"

# A push killed half-way has saved what it did so far (results are saved as they come).
"$program" sandbox --latency 100 >"$work/slow.out" 2>&1 &
slow_pid=$!
for _ in $(seq 100); do grep -q "listening on" "$work/slow.out" 2>/dev/null && break; sleep 0.1; done
slow_url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/slow.out" | head -1)
killed=$work/killed.p2p.json
"$program" new "$killed" --preset wrlc >/dev/null
many=$(for i in $(seq 100); do printf '%s,' "$(partner "K$i" "Kill $i")"; done)
sed -i -e 's/"library.code": ""/"library.code": "MAIN"/' -e "s/\"partners\": \[\]/\"partners\": [${many%,}]/" "$killed"
"$program" push "$killed" --alma-url "$slow_url" >/dev/null 2>&1 &
push_pid=$!
sleep 3
kill -9 "$push_pid" 2>/dev/null
wait "$push_pid" 2>/dev/null
kill "$slow_pid" 2>/dev/null
created=$(grep -c '"outcome": "created"' "$killed")
if [ "$created" -ge 1 ] && [ "$created" -lt 100 ]; then
    echo "ok: a killed push kept $created results"
else
    echo "FAIL: a push killed after 3 s kept $created results"; failures=$((failures + 1))
fi
expect 1 "the killed push's file still reads" -- "$program" check "$killed"

# A wrong key: nothing could be read, so no plan and no count of manual steps.
ALMA_API_KEY=wrong-key expect 2 "plan with a wrong key" -- "$program" plan "$setup" --alma-url "$url"
contains "$work/out" "Nothing could be read" "says nothing was read"
if grep -q "manual steps left" "$work/out"; then echo "FAIL: a plan with a wrong key counted manual steps"; failures=$((failures + 1)); fi
expect 2 "a bad region is reported before the key is asked for" -- env -u ALMA_API_KEY "$program" push "$setup" --region xx
contains "$work/err" "xx" "names the bad region"

# pull: the partners and the two locations into a new setup, or an existing one keeping its ticks;
# a read-only key is enough, and a failed pull leaves the file as it was.
ALMA_API_KEY=sandbox-read-only expect 0 "pull into a new setup" -- "$program" pull "$work/pulled.p2p.json" \
    --alma-url "$url" --library MAIN
contains "$work/out" "Pulled from Demo University" "pull names the institution"
contains "$work/pulled.p2p.json" '"code": "CLI1"' "pulled partner"
contains "$work/pulled.p2p.json" '"library.code": "MAIN"' "pulled library code"
ticks=$(grep -c '"done": true' "$setup")
ALMA_API_KEY=sandbox-read-only expect 0 "pull into the member's setup" -- "$program" pull "$setup" --alma-url "$url"
contains "$work/out" "locations of MAIN: 2 of the setup's found in Alma (CLSBORR, CLSLEND)" "pulled locations"
contains "$work/out" "only in the setup (kept)" "partners only in the setup are kept"
[ "$(grep -c '"done": true' "$setup")" = "$ticks" ] || { echo "FAIL: pull changed the ticks"; failures=$((failures + 1)); }
before=$(sha256sum "$setup")
ALMA_API_KEY=wrong-key expect 2 "pull with a wrong key" -- "$program" pull "$setup" --alma-url "$url"
contains "$work/err" "was not changed" "pull says nothing changed"
[ "$(sha256sum "$setup")" == "$before" ] || { echo "FAIL: a failed pull changed the file"; failures=$((failures + 1)); }
# The file remembers the institution it was pulled from; another institution's key is refused.
contains "$setup" '"pulledFrom"' "the file says where it was pulled from"
perl -0pi -e 's/("pulledFrom": \{\s*"institutionCode": ")[^"]*/${1}01OTHER_INST/' "$setup"
before=$(sha256sum "$setup")
ALMA_API_KEY=sandbox-read-only expect 2 "pull with another institution's key" -- "$program" pull "$setup" --alma-url "$url"
contains "$work/err" "pulled from 01OTHER_INST before" "names the institution the file was pulled from"
[ "$(sha256sum "$setup")" == "$before" ] || { echo "FAIL: a refused pull changed the file"; failures=$((failures + 1)); }
ALMA_API_KEY=sandbox-read-only expect 0 "pull from another institution when asked" -- "$program" pull "$setup" \
    --alma-url "$url" --another-institution

expect 2 "an unreadable file" -- "$program" push "$work/missing.p2p.json" --alma-url "$url"
expect 0 "help lists the Alma commands" -- "$program" --help
contains "$work/out" "verify FILE" "help text"

[ "$failures" -eq 0 ] && echo "all passed" || echo "$failures failed"
[ "$failures" -eq 0 ]
