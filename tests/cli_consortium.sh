#!/bin/bash
# The consortium commands from the command line: import a roster from CSV, generate every
# member's setup from a template, regenerate keeping a member's edits, and check the pairs;
# bad input gives exit status 2 and a message, and leaves every file as it was.
# Usage: cli_consortium.sh PROGRAM
set -u
program=$1
source "$(dirname "$0")/cli_common.sh"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

cat >members.csv <<'CSV'
code,name,profile_type,symbol,alma_institution,ill_server,library,borrowing_location,lending_location
GWA,George Washington University,ISO_18626,GWA,01WRLC_GWA,https://ill.example/gwa,MAIN,GWBORR,GWLEND
CUA,Catholic University,ISO_18626,CUA,01WRLC_CUA,https://ill.example/cua,MULLEN,CUBORR,CULEND
AU,American University,ISO,AU,01WRLC_AMU,ill.example,BENDER,AUBORR,AULEND
CSV
expect 0 "import writes the roster" -- "$program" consortium import members.csv wrlc.consortium.json --name WRLC \
    --expiry-days 30 --borrowing-workflow P2P_BORROW --lending-workflow P2P_LEND
contains "$work/out" "3 members" "import count"
contains wrlc.consortium.json '"format": "alma-p2p-wizard/consortium"' "roster format"
roster=$(sha256sum wrlc.consortium.json)
expect 1 "import never overwrites" -- "$program" consortium import members.csv wrlc.consortium.json
[ "$(sha256sum wrlc.consortium.json)" == "$roster" ] || { echo "FAIL: roster changed"; failures=$((failures + 1)); }
printf 'code,profile_type,lends\nX,ISO,perhaps\n' >bad.csv
expect 2 "import of a bad CSV" -- "$program" consortium import bad.csv other.consortium.json
contains "$work/err" '"perhaps" is not yes or no' "CSV error"
[ ! -e other.consortium.json ] || { echo "FAIL: a roster was written from a bad CSV"; failures=$((failures + 1)); }

expect 0 "template" -- "$program" new template.p2p.json --preset wrlc --institution Template
expect 0 "generate writes every member" -- "$program" consortium generate wrlc.consortium.json template.p2p.json members
contains "$work/out" "members/GWA.p2p.json: written (2 partners)" "generate output"
before=$(sha256sum members/*.p2p.json)
sleep 0.01
expect 0 "generate again with nothing new" -- "$program" consortium generate wrlc.consortium.json template.p2p.json members
contains "$work/out" "members/GWA.p2p.json: up to date" "nothing new: up to date"
[ "$(sha256sum members/*.p2p.json)" == "$before" ] || { echo "FAIL: generating again rewrote the member files"; failures=$((failures + 1)); }
expect 0 "generated setups all agree" -- "$program" consortium check wrlc.consortium.json members/GWA.p2p.json \
    members/CUA.p2p.json members/AU.p2p.json
contains "$work/err" "6 of 6 pairs agree." "check count"

# AU makes its record of GWA inactive (a member's edit).
# The first partner only: the file also keeps the last generation, which must stay as generated.
sed -i '0,/"status": "ACTIVE"/s//"status": "INACTIVE"/' members/AU.p2p.json
expect 1 "check finds the inactive records" -- "$program" consortium check wrlc.consortium.json members/*.p2p.json
contains "$work/out" $'GWA\tAU\tinactive' "pair line"
expect 1 "check --todo" -- "$program" consortium check wrlc.consortium.json members/*.p2p.json --todo
contains "$work/out" $'AU\tSet partner GWA\'s Status to ACTIVE.' "todo line"
expect 1 "check --json --report" -- "$program" consortium check wrlc.consortium.json members/*.p2p.json --json \
    --report matrix.html
contains "$work/out" '"state": "inactive"' "json state"
contains matrix.html "To do, per member" "html report"
expect 1 "check with a member missing" -- "$program" consortium check wrlc.consortium.json members/GWA.p2p.json
contains "$work/out" "not read" "not read"

# Live: each member read from its own institution in the built-in sandbox (the partners of its
# file, or the roster's when it has none); without keys or files a member is "not read".
expect 1 "live check from the sandbox" -- "$program" consortium check wrlc.consortium.json members/*.p2p.json \
    --live --sandbox
contains "$work/out" $'GWA\tAU\tinactive' "live pair line"
contains "$work/err" "Read AU (" "live progress"
expect 0 "live check of the roster's own partners" -- "$program" consortium check wrlc.consortium.json --live --sandbox
expect 1 "live check without keys" -- env -u ALMA_API_KEY_GWA "$program" consortium check wrlc.consortium.json --live
contains "$work/out" "no key in ALMA_API_KEY_GWA or the system keychain, and no setup file" "no key message"
expect 2 "--sandbox without --live" -- "$program" consortium check wrlc.consortium.json --sandbox
expect 1 "live check without keys or the keychain" -- env -u ALMA_API_KEY_GWA "$program" consortium check \
    wrlc.consortium.json --live --no-keychain
contains "$work/out" "no key in ALMA_API_KEY_GWA, and no setup file" "no key message without the keychain"
expect 2 "--no-keychain without --live" -- "$program" consortium check wrlc.consortium.json --no-keychain
# A member's key is sent only to Ex Libris' API hosts.
printf 'code,profile_type,alma_url\nEVIL,ISO,https://collector.example.org\nGOOD,ISO,na\n' >evil.csv
expect 0 "a roster naming another host" -- "$program" consortium import evil.csv evil.consortium.json
expect 1 "the key is not sent there" -- env ALMA_API_KEY_EVIL=secret "$program" consortium check evil.consortium.json --live
contains "$work/out" "collector.example.org is not an Ex Libris API host; its key was not sent" "host refused"

# Regenerating keeps AU's edit (the roster did not change it) and adds a new member.
sed -i 's/^AU,American University,ISO,AU,01WRLC_AMU,ill.example,BENDER,AUBORR,AULEND$/&\nGMU,George Mason University,NCIP_P2P,GMU,01WRLC_GMU,ill.example\/gmu,,,/' members.csv
expect 0 "a roster with GMU" -- "$program" consortium import members.csv wrlc2.consortium.json --name WRLC \
    --expiry-days 30 --borrowing-workflow P2P_BORROW --lending-workflow P2P_LEND
expect 0 "regenerate" -- "$program" consortium generate wrlc2.consortium.json template.p2p.json members
contains "$work/out" "members/AU.p2p.json: updated" "regenerate output"
contains "$work/out" "partner GMU added" "new member added"
contains members/AU.p2p.json '"status": "INACTIVE"' "the member's edit stays"

# A member file that cannot be read stops generate before anything is written.
before=$(cat members/*.p2p.json | sha256sum)
echo "{ broken" >members/CUA.p2p.json
broken=$(cat members/*.p2p.json | sha256sum)
expect 2 "generate with a broken member file" -- "$program" consortium generate wrlc2.consortium.json template.p2p.json members
contains "$work/err" "Nothing was written" "nothing written"
[ "$(cat members/*.p2p.json | sha256sum)" == "$broken" ] || { echo "FAIL: files changed"; failures=$((failures + 1)); }
[ "$before" != "$broken" ] || { echo "FAIL: the test did not break the file"; failures=$((failures + 1)); }

echo '{"format": "alma-p2p-wizard/consortium", "version": 1, "memebrs": []}' >typo.consortium.json
expect 2 "a roster with a typo" -- "$program" consortium check typo.consortium.json
contains "$work/err" 'typo.consortium.json, memebrs: "memebrs" is not a member this version knows' "typo message"
expect 2 "unknown consortium command" -- "$program" consortium frobnicate
expect 0 "consortium --help" -- "$program" consortium --help
contains "$work/out" "consortium check ROSTER" "help"

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
