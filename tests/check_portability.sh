#!/bin/bash
# Platform-specific code stays guarded: a POSIX or Linux header, or a POSIX-only call, in the
# sources must sit inside an #if/#ifdef that names the platform (Q_OS_..., __linux__, __APPLE__,
# _WIN32, __unix__). Staff workstations are mostly Windows (docs/packaging.md).
# Usage: check_portability.sh SOURCE_DIR
set -u
cd "$1"
status=0
while IFS= read -r -d '' file; do
    awk -v file="$file" '
        # A stack of open #if blocks, each marked 1 when it names a platform.
        /^[ \t]*#[ \t]*if/ {
            depth++
            platform[depth] = ($0 ~ /Q_OS_|__linux__|__APPLE__|_WIN32|__unix__/)
            next
        }
        /^[ \t]*#[ \t]*endif/ { if (depth > 0) depth--; next }
        {
            guarded = 0
            for (i = 1; i <= depth; i++) if (platform[i]) guarded = 1
            if (guarded) next
            if ($0 ~ /^[ \t]*#[ \t]*include[ \t]*<(unistd|fcntl|pwd|grp|dlfcn|termios|signal)\.h>/ \
                || $0 ~ /^[ \t]*#[ \t]*include[ \t]*<(sys|linux)\// \
                || $0 ~ /(^|[^A-Za-z0-9_.>:])(fork|execl|execv|execvp|wait4|waitpid|getrlimit|setrlimit|prctl|mkfifo|fsync|getuid|geteuid|dup2|setenv|unsetenv)[ \t]*\(/ \
                || $0 ~ /::kill[ \t]*\(/) {
                printf "%s:%d: platform-specific, not inside #if Q_OS_...: %s\n", file, FNR, $0
                bad = 1
            }
        }
        END { exit bad }
    ' "$file" || status=1
done < <(find app wizard_pages tests bench \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
[ "$status" -eq 0 ] && echo "No unguarded platform-specific code."
exit "$status"
