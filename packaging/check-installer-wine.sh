#!/usr/bin/env bash
# The Windows installer stops, touching nothing, while the app runs: proven under Wine on this
# machine (Debian or Ubuntu; about a minute once the tools are there, no build, no chroot).
#
#   packaging/check-installer-wine.sh
#
# installer.nsi is compiled with makensis around the stand-in payload (windows/standin.c, as in
# check-linux.sh), installed silently into a fresh Wine prefix, and the stand-in is left running
# (--stay-open), holding the mutex the app holds (desktop/running_mark.py). Then a silent upgrade
# and a silent uninstall with /REMOVEDATA must change no file of the program or the data (the
# backups too); once the stand-in has closed, the same upgrade and uninstall must go ahead.
# Installs nsis, gcc-mingw-w64-x86-64, wine and wine32 with apt when run as root and missing.
# "A && pass || fail" is meant: pass only prints, so fail runs exactly when A fails.
# shellcheck disable=SC2015
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
WORK=${CHECK_WORK:-/var/tmp/between-sessions-wine}

pass() { echo "PASS: $*"; }
fail() {
    echo "FAIL: $*"
    exit 1
}

missing=()
for package in nsis gcc-mingw-w64-x86-64 wine wine32:i386; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
    [[ $(id -u) == 0 ]] || fail "missing ${missing[*]}: install them, or run this as root"
    dpkg --add-architecture i386 # the installer's stub is 32-bit, as on real Windows builds
    apt-get -o APT::Sandbox::User=root update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o APT::Sandbox::User=root install -y -qq \
        --no-install-recommends "${missing[@]}"
fi

rm -rf "$WORK" && mkdir -p "$WORK/hold"
for version in 0.1.0 0.2.0; do
    payload=$WORK/payload-$version
    mkdir -p "$payload/_internal"
    x86_64-w64-mingw32-gcc -O2 -s -DSTANDIN_VERSION="\"$version\"" -o "$payload/between-sessions.exe" \
        packaging/windows/standin.c
    cp "$payload/between-sessions.exe" "$payload/between-sessions-cli.exe"
    echo "a file only version $version has" >"$payload/_internal/only-in-$version.txt"
    makensis -V2 -DVERSION="$version" -DBUNDLE="$payload" -DOUTFILE="$WORK/setup-$version.exe" \
        -DICON="$REPO/resources/icons/app-icon.ico" packaging/windows/installer.nsi ||
        fail "makensis $version"
done
pass "installer.nsi compiles with makensis $(makensis -VERSION)"

export WINEPREFIX=$WORK/prefix WINEDEBUG=-all
# However the check ends, the stand-in is told to close and this prefix's Wine is stopped (it
# would otherwise keep running, and keep this script's output open).
cleanup() {
    touch "$WORK/hold/release"
    wineserver -k 2>/dev/null || true
}
trap cleanup EXIT
wineboot --init >/dev/null 2>&1
wineserver -w
LOCAL="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Local"
PROGRAM="$LOCAL/Programs/Between Sessions"
DATA="$LOCAL/Between Sessions"
# Every file of the program and of the data, with its contents.
snapshot() { (cd "$LOCAL" && find "Programs/Between Sessions" "Between Sessions" -type f -exec sha256sum {} + | sort); }
wine "$WORK/setup-0.1.0.exe" /S && wineserver -w || fail "silent install of 0.1.0"
wine "$PROGRAM/between-sessions.exe" | grep -q "stand-in 0.1.0" || fail "installed stand-in did not start"
mkdir -p "$DATA/backups" && echo "a backup" >"$DATA/backups/between-sessions-backup.sqlite3"
[[ -f $PROGRAM/_internal/only-in-0.1.0.txt && -s $DATA/between-sessions.sqlite3 ]] ||
    fail "0.1.0 not installed with its data"

# The stand-in stays open, holding the running mark, until $WORK/hold/release exists.
wine "$PROGRAM/between-sessions.exe" --stay-open "$(winepath -w "$WORK/hold")" >"$WORK/holder.log" 2>&1 &
HOLDER=$!
for _ in $(seq 300); do [[ -e $WORK/hold/holding ]] && break; sleep 0.1; done
[[ -e $WORK/hold/holding ]] || fail "the stand-in did not stay open ($(cat "$WORK/holder.log"))"
before=$(snapshot)

code=0
wine "$WORK/setup-0.2.0.exe" /S || code=$?
[[ $code == 2 ]] || fail "setup.exe /S while the app runs exited $code, not 2 (aborted)"
[[ $(snapshot) == "$before" ]] && pass "setup.exe /S while the app runs: exits 2, no file changed" ||
    fail "the upgrade changed files while the app ran"

# An uninstaller copies itself to %TEMP%, starts the copy and exits at once, unless _?= names
# the folder it uninstalls: then it runs where it is, and exits with its own code (2: it
# stopped). That name must have no space in it (Wine quotes an argument with one, and NSIS then
# doesn't see _?=): the folder's short name.
code=0
wine "$PROGRAM/uninstall.exe" /S /REMOVEDATA "_?=$(winepath -s "$(winepath -w "$PROGRAM")")" || code=$?
[[ $code == 2 ]] || fail "uninstall.exe /S /REMOVEDATA while the app runs exited $code, not 2 (aborted)"
[[ $(snapshot) == "$before" ]] &&
    pass "uninstall.exe /S /REMOVEDATA while the app runs: exits 2, program, data and backups unchanged" ||
    fail "the uninstall changed files while the app ran"

touch "$WORK/hold/release"
wait "$HOLDER" || fail "the stand-in did not close cleanly"
wineserver -w

wine "$WORK/setup-0.2.0.exe" /S && wineserver -w || fail "silent upgrade after closing"
[[ ! -e $PROGRAM/_internal/only-in-0.1.0.txt && -f $PROGRAM/_internal/only-in-0.2.0.txt ]] &&
    pass "once the app has closed, the upgrade goes ahead" || fail "the upgrade did not go ahead"
wine "$PROGRAM/uninstall.exe" /S /REMOVEDATA && wineserver -w
[[ ! -e $PROGRAM && ! -e $DATA ]] && pass "once the app has closed, uninstall /REMOVEDATA goes ahead" ||
    fail "the uninstall did not go ahead"
