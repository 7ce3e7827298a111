#!/bin/bash
# The packages as staff get them: builds the .deb and .tar.gz with CPack, unpacks the .deb into
# a scratch root, validates its menu entry, metainfo and MIME type, and runs the installed
# program from there (--help, --version, new, check, report, the menu entry's Exec line with
# --quit-after-show, a .p2p.json found by its MIME type). Also `cmake --install --prefix`.
# Usage: package_install.sh BUILD_DIR CMAKE CPACK
set -u
build=$1 cmake=$2 cpack=$3
source "$(dirname "$0")/cli_common.sh"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
unset LANGUAGE
check() { # check DESCRIPTION -- COMMAND...: the command succeeds
    local what=$1
    shift 2
    if "$@" >"$work/out" 2>&1; then echo "ok: $what"; else echo "FAIL: $what"; cat "$work/out"; failures=$((failures + 1)); fi
}
equal() { # equal GOT WANT DESCRIPTION
    if [ "$1" = "$2" ]; then echo "ok: $3"; else echo "FAIL: $3: \"$1\", expected \"$2\""; failures=$((failures + 1)); fi
}

# The packages.
check "cpack makes the .deb and the .tar.gz" -- "$cpack" --config "$build/CPackConfig.cmake" -B "$work/packages" -G "DEB;TGZ"
deb=$(ls "$work"/packages/*.deb 2>/dev/null | head -n1)
tgz=$(ls "$work"/packages/*.tar.gz 2>/dev/null | head -n1)
[ -n "$deb" ] && [ -n "$tgz" ] || { echo "FAIL: no packages in $work/packages"; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6printsupport6 libqt6keychain1; do
    case "$depends" in *"$lib"*) ;; *) echo "FAIL: Depends lacks $lib: $depends"; failures=$((failures + 1)) ;; esac
done

root=$work/root
dpkg-deb -x "$deb" "$root"
program=$root/usr/bin/alma-p2p-wizard
id=$(basename "$(ls "$root"/usr/share/applications/*.desktop)" .desktop)
for f in usr/bin/alma-p2p-wizard "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
    "usr/share/mime/packages/$id.xml" usr/share/icons/hicolor/scalable/apps/alma-p2p-wizard.svg \
    usr/share/icons/hicolor/48x48/apps/alma-p2p-wizard.png usr/share/icons/hicolor/256x256/apps/alma-p2p-wizard.png \
    usr/share/man/man1/alma-p2p-wizard.1.gz usr/share/doc/alma-p2p-wizard/setup-file.md; do
    [ -f "$root/$f" ] || { echo "FAIL: the .deb lacks /$f"; failures=$((failures + 1)); }
done
# Nothing points back into the build folder.
if readelf -d "$program" | grep -E "RPATH|RUNPATH" | grep -qF "$build"; then
    echo "FAIL: the installed program's RUNPATH names the build folder"; failures=$((failures + 1))
fi

check "desktop-file-validate" -- desktop-file-validate "$root/usr/share/applications/$id.desktop"
check "appstreamcli validate" -- appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"
check "the MIME package is valid XML" -- xmllint --noout "$root/usr/share/mime/packages/$id.xml"

# One version everywhere: --version, the .deb, the metainfo, the archive's name, savedBy.
version=$("$program" --version | awk '{print $NF}')
equal "$(dpkg-deb -f "$deb" Version)" "$version" "the .deb's version is --version's"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$id.metainfo.xml" \
    || { echo "FAIL: the metainfo has no release $version"; failures=$((failures + 1)); }
case "$tgz" in *"-$version-"*) ;; *) echo "FAIL: $tgz is not version $version"; failures=$((failures + 1)) ;; esac

# The installed program, from the scratch root.
expect 0 "installed --help" -- "$program" --help
contains "$work/out" "report OUT FILE" "installed help lists the commands"
expect 0 "installed new" -- "$program" new "$work/gwu.p2p.json" --preset wrlc --institution "George Washington"
contains "$work/gwu.p2p.json" "\"savedBy\": \"alma-p2p-wizard $version\"" "savedBy carries the version"
expect 1 "installed check (the preset's open warnings and errors)" -- "$program" check "$work/gwu.p2p.json"
contains "$work/out" "error" "installed check prints findings"
expect 0 "installed report" -- "$program" report "$work/gwu.pdf" "$work/gwu.p2p.json"
head -c 5 "$work/gwu.pdf" | grep -q "%PDF-" || { echo "FAIL: the report is no PDF"; failures=$((failures + 1)); }
expect 0 "installed --quit-after-show" -- "$program" --quit-after-show
# Its translations are compiled in: German with a German locale.
expect 0 "installed --help in German" -- env LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 "$program" --help
contains "$work/out" "Befehl" "German help"

# The menu entry's Exec line, with the setup file a double-click passes as %f.
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/$id.desktop")
read -r -a exec_words <<<"${exec_line//%f/$work/gwu.p2p.json}"
expect 0 "the menu entry's Exec line opens the file" -- env PATH="$root/usr/bin:$PATH" "${exec_words[@]}" --quit-after-show
contains "$work/out" "Resumed gwu.p2p.json" "Exec line resumes the setup"

# A .p2p.json is the setup's MIME type, and the menu entry is what opens it.
if command -v update-mime-database >/dev/null && command -v xdg-mime >/dev/null && command -v mimetype >/dev/null; then
    update-mime-database "$root/usr/share/mime" >/dev/null 2>&1
    type=$(XDG_DATA_DIRS="$root/usr/share" XDG_DATA_HOME="$work/nothing" xdg-mime query filetype "$work/gwu.p2p.json")
    equal "$type" "application/x-alma-p2p-setup" "xdg-mime: a .p2p.json is the setup type"
    grep -q "^MimeType=.*$type;" "$root/usr/share/applications/$id.desktop" \
        || { echo "FAIL: the menu entry does not open $type"; failures=$((failures + 1)); }
    echo '{"format": "alma-p2p-wizard/consortium", "version": 1}' >"$work/wrlc.consortium.json"
    type=$(XDG_DATA_DIRS="$root/usr/share" XDG_DATA_HOME="$work/nothing" xdg-mime query filetype "$work/wrlc.consortium.json")
    equal "$type" "application/x-alma-p2p-consortium" "xdg-mime: a .consortium.json is the consortium type"
    grep -q "^MimeType=.*$type;" "$root/usr/share/applications/$id.desktop" \
        || { echo "FAIL: the menu entry does not open $type"; failures=$((failures + 1)); }
else
    echo "FAIL: update-mime-database, xdg-mime or mimetype missing (shared-mime-info, xdg-utils, libfile-mimeinfo-perl)"
    failures=$((failures + 1))
fi

# The man page: every command's options, made from --help.
gzip -dc "$root/usr/share/man/man1/alma-p2p-wizard.1.gz" >"$work/man"
for command in new check report plan push verify sandbox consortium; do
    contains "$work/man" ".SS $command" "man page section for $command"
done
contains "$work/man" '\-\-json' "man page lists check --json"

# The .tar.gz holds the same files as the .deb.
tar -tzf "$tgz" | sed -n 's#^[^/]*/##p' | grep -v '/$' | grep -v '^$' | sort >"$work/tgz-files"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./usr/##' | grep -v '/$' | grep -v '^$' | sort >"$work/deb-files"
diff "$work/deb-files" "$work/tgz-files" >"$work/out" && echo "ok: .tar.gz and .deb hold the same files" \
    || { echo "FAIL: .tar.gz and .deb differ:"; cat "$work/out"; failures=$((failures + 1)); }

# cmake --install into a prefix of one's choosing.
check "cmake --install --prefix" -- "$cmake" --install "$build" --prefix "$work/prefix"
expect 0 "prefix-installed --version" -- "$work/prefix/bin/alma-p2p-wizard" --version

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
