#!/usr/bin/env bash
# The installer proofs that can be made on Linux, run by hand (as root, on Debian or Ubuntu;
# about ten minutes, most of it downloads). Not part of .ci/run, which only builds the bundle
# and smoke-tests it. Prints PASS/FAIL lines and writes them, with the sizes and start times,
# to build/check-linux-results.txt.
#
#   packaging/check-linux.sh [--no-build]
#
# 1. python3 packaging/build.py: the onedir bundle and the .deb (skipped with --no-build).
# 2. Budgets: bundle <= 135 MiB on disk, .deb <= 45 MiB, frozen start <= 1.1 x venv start.
# 3. The frozen bundle passes --smoke-test offscreen, opens a protected data folder with its
#    passphrase (and not without it), reports the package's version, passes
#    packaging/check_bundle.py (the console executable's commands, a second launch), and opens
#    a real window under Xvfb (screenshot: docs/linux-window.png). The bundle holds no OpenSSL
#    (ssl, _hashlib) and no libcups, but Qt's CUPS plugin; with the system's libcups hidden, Qt's
#    print support still prints to a PDF file (packaging/check_print.py, in build/venv).
# 4. A clean Debian root (debootstrap, minbase): the .deb installs with apt (which installs its
#    Depends, libcups among them), every library of the bundle resolves, the CUPS plugin finds
#    the system's libcups, the installed app passes --smoke-test offscreen and on X (xcb) and
#    opens a protected data folder, and
#    removing then purging the package keeps the person's data folder untouched.
# 5. Windows, under Wine in that root: packaging/windows/installer.nsi compiles with Debian's
#    makensis around a stand-in payload (packaging/windows/standin.c, as both executables; a
#    real Windows build can't be made on Linux), installs silently per user, starts, upgrades in
#    place (old files gone), uninstalls silently keeping the data and leaving no program file
#    behind, and removes the data only when asked (/REMOVEDATA).
# "A && pass || fail" is meant: pass only prints, so fail runs exactly when A fails.
# shellcheck disable=SC2015
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
WORK=${CHECK_WORK:-/var/tmp/between-sessions-check}
SUITE=${CHECK_SUITE:-bookworm}
MIRROR=${CHECK_MIRROR:-http://deb.debian.org/debian}
ROOTFS=$WORK/root
RESULTS=$REPO/build/check-linux-results.txt
APP_ID=org.betweensessions.BetweenSessions
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

mkdir -p "$WORK" "$REPO/build"
: >"$RESULTS"
note() { echo "$*" | tee -a "$RESULTS"; }
pass() { note "PASS: $*"; }
fail() {
    note "FAIL: $*"
    exit 1
}
step() { printf '\n== %s\n' "$*"; }

apt_install() { # install Debian packages on this machine, only those missing
    local missing=() package
    for package in "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
    if ((${#missing[@]})); then
        apt-get -o APT::Sandbox::User=root update -qq || true
        DEBIAN_FRONTEND=noninteractive apt-get -o APT::Sandbox::User=root install -y -qq \
            "${missing[@]}"
    fi
}

XVFB_PID=""
unmount_root() {
    local mount
    for mount in dev/pts dev proc tmp/.X11-unix; do
        if mountpoint -q "$ROOTFS/$mount" 2>/dev/null; then umount -l "$ROOTFS/$mount"; fi
    done
}
cleanup() {
    unmount_root
    if [[ -n $XVFB_PID ]]; then kill "$XVFB_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

step "Tools for the checks"
apt_install debootstrap xvfb x11-utils imagemagick desktop-file-utils nsis gcc-mingw-w64-x86-64 \
    libegl1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
    libxcb-shape0 libxkbcommon-x11-0 fonts-dejavu-core

if [[ ${1:-} != --no-build ]]; then
    step "Build: python3 packaging/build.py"
    python3 packaging/build.py
fi
BUNDLE=$REPO/dist/between-sessions
DEB=$(ls "$REPO"/dist/between-sessions_"$VERSION"_*.deb)
[[ -x $BUNDLE/between-sessions && -x $BUNDLE/between-sessions-cli && -f $DEB ]] || fail "build outputs missing"

# $1: the GUI executable, $2: the console one, $3: a new folder. The app makes the data, the
# console protects it (the recovery code printed on its line), the file holds no plain SQLite
# header, and the app opens it with the passphrase; without it the smoke test stops, non-zero.
encrypted_opens() {
    printf 'a passphrase for the check\n' >"$3/passphrase" &&
        QT_QPA_PLATFORM=offscreen "$1" --smoke-test --data-dir "$3/data" >/dev/null &&
        "$2" protect --data-dir "$3/data" --passphrase-file "$3/passphrase" | grep -q '^Recovery code: ' &&
        ! head -c 15 "$3/data/between-sessions.sqlite3" | grep -q 'SQLite format' &&
        QT_QPA_PLATFORM=offscreen "$1" --smoke-test --data-dir "$3/data" \
            --passphrase-file "$3/passphrase" | grep -q "smoke test: visited" &&
        ! QT_QPA_PLATFORM=offscreen "$1" --smoke-test --data-dir "$3/data" </dev/null >/dev/null 2>&1
}

step "Budgets"
bundle_kib=$(du -sk "$BUNDLE" | cut -f1)
deb_bytes=$(stat -c %s "$DEB")
note "bundle on disk: $((bundle_kib / 1024)) MiB ($bundle_kib KiB, $(find "$BUNDLE" -type f | wc -l) files)"
note "deb: $((deb_bytes / 1048576)) MiB ($deb_bytes bytes)"
((bundle_kib <= 135 * 1024)) && pass "bundle <= 135 MiB" || fail "bundle over 135 MiB"
((deb_bytes <= 45 * 1048576)) && pass ".deb <= 45 MiB" || fail ".deb over 45 MiB"

step "Frozen bundle: smoke test, version"
QT_QPA_PLATFORM=offscreen "$BUNDLE/between-sessions" --smoke-test --data-dir "$(mktemp -d)" |
    grep -q "smoke test: visited" && pass "frozen bundle --smoke-test (offscreen)" ||
    fail "frozen bundle --smoke-test"
reported=$("$BUNDLE/between-sessions-cli" --version | head -n 1) # (a line for SQLite may follow)
[[ $reported == "Between Sessions $VERSION" ]] && ls -d "$BUNDLE"/_internal/between_sessions-*.dist-info >/dev/null &&
    pass "frozen --version from package metadata: $reported" || fail "version: $reported"
encrypted_opens "$BUNDLE/between-sessions" "$BUNDLE/between-sessions-cli" "$(mktemp -d)" &&
    pass "frozen bundle: a protected data folder opens with its passphrase (SQLCipher, Argon2id)" ||
    fail "frozen bundle: protected data folder"
python3 packaging/check_bundle.py "$BUNDLE" >"$WORK/check-bundle.log" 2>&1 &&
    pass "console executable: --version, the commands' round trip, a second launch (check_bundle.py)" ||
    fail "check_bundle.py (see $WORK/check-bundle.log)"

step "Left to the system: OpenSSL and libcups (packaging/bundle_filter.py)"
openssl=$(find "$BUNDLE" \( -name 'libssl.so*' -o -name 'libcrypto.so*' -o -name '_ssl.*' -o -name '_hashlib.*' \))
[[ -z $openssl ]] && pass "no OpenSSL in the bundle (ssl, _ssl, _hashlib, libssl, libcrypto)" ||
    fail "OpenSSL in the bundle: $openssl"
[[ -z $(find "$BUNDLE" \( -name 'libcups.so*' -o -name 'libgnutls.so*' -o -name 'libkrb5.so*' \)) &&
    -f $BUNDLE/_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so ]] &&
    pass "no libcups (nor GnuTLS, Kerberos) in the bundle; Qt's CUPS print-support plugin kept" ||
    fail "libcups or its libraries in the bundle, or the CUPS plugin missing"
# As on a machine without libcups: /dev/null over the system's, in a mount namespace of its own.
libcups=$(ldconfig -p | awk '/libcups\.so\.2 / {print $NF; exit}')
printed=$(unshare --mount sh -c '[ -z "$1" ] || mount --bind /dev/null "$1"; shift; exec "$@"' sh \
    "$libcups" env QT_QPA_PLATFORM=offscreen "$REPO/build/venv/bin/python" packaging/check_print.py \
    "$WORK/print.pdf" 2>"$WORK/print.log") || printed="exit $?: $printed"
note "without libcups: $printed"
[[ $printed == "CUPS plugin loaded: no;"*"print dialog accepted: True; PDF written: True"* ]] &&
    pass "without libcups Qt skips its CUPS plugin; the print dialog opens and prints to PDF" ||
    fail "printing without libcups (see $WORK/print.log)"

step "Resources in a wheel and in an editable install"
rm -rf "$WORK/wheel" "$WORK/wheel-venv"
python3 packaging/dev.py uv build --wheel --out-dir "$WORK/wheel" >/dev/null 2>&1 || fail "uv build --wheel"
python3 packaging/dev.py uv venv -q "$WORK/wheel-venv"
python3 packaging/dev.py uv pip install -q --python "$WORK/wheel-venv/bin/python" "$WORK"/wheel/*.whl
found=$(cd / && "$WORK/wheel-venv/bin/python" -c 'from desktop import paths; print(paths.resource_path("icons", "app-icon-256.png"))')
[[ $found == "$WORK"/wheel-venv/*/desktop/_resources/icons/app-icon-256.png && -f $found ]] &&
    pass "installed wheel: paths.py finds resources in desktop/_resources" || fail "wheel resources: $found"
python3 packaging/dev.py uv sync -q --locked --inexact # leaves anything else in .venv alone
imported=$(cd / && "$REPO/.venv/bin/python" -c 'import desktop; print(desktop.__file__)')
[[ $imported == "$REPO/desktop/__init__.py" ]] &&
    pass "editable install (uv sync) still imports desktop from the checkout" || fail "editable: $imported"

step "Start time: frozen bundle vs the same code in build/venv (median of 9 starts each)"
python3 packaging/measure_start.py "$BUNDLE/between-sessions" "$REPO/build/venv/bin/between-sessions" \
    --runs 9 | tee -a "$RESULTS" && pass "start ratio <= 1.1" || fail "start ratio over 1.1"

step "A real window under Xvfb"
display=$((90 + RANDOM % 400)) # well away from :0, which desktop sessions and other tools take
while [[ -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x860x24 -nolisten tcp 2>"$WORK/xvfb.log" &
XVFB_PID=$!
export DISPLAY=:$display
for _ in $(seq 100); do xwininfo -root >/dev/null 2>&1 && break || sleep 0.1; done
xwininfo -root >/dev/null || fail "Xvfb did not start (see $WORK/xvfb.log)"
note "Xvfb on $DISPLAY"
(
    cd "$(mktemp -d)" # fresh data and settings: the first-run window
    XDG_CONFIG_HOME=$PWD/config QT_QPA_PLATFORM=xcb "$BUNDLE/between-sessions" --data-dir "$PWD/data" \
        >"$WORK/window.log" 2>&1 &
    app=$!
    window=""
    for _ in $(seq 150); do
        window=$(xwininfo -root -tree | awk '/\("between-sessions"/ {print $1; exit}')
        [[ -n $window ]] && break
        sleep 0.1
    done
    [[ -n $window ]] || { kill $app; exit 1; }
    sleep 1 # let the first frame paint
    import -window "$window" "$REPO/docs/linux-window.png"
    kill -0 $app && kill $app
) && pass "frozen app opened a real X11 window (docs/linux-window.png)" || fail "no window under Xvfb"

step "Clean Debian root ($SUITE, minbase) with debootstrap"
unmount_root
rm -rf "$ROOTFS"
debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 ||
    fail "debootstrap (see $WORK/debootstrap.log)"
mount -t proc proc "$ROOTFS/proc"
mount --bind /dev "$ROOTFS/dev"
mount --bind /dev/pts "$ROOTFS/dev/pts"
mkdir -p "$ROOTFS/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$ROOTFS/tmp/.X11-unix" # the host's Xvfb, for the xcb start
in_root() { chroot "$ROOTFS" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
as_person() {
    chroot --userspec=person:person "$ROOTFS" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/person \
        USER=person LANG=C.UTF-8 "$@"
}
in_root useradd --create-home --shell /bin/sh person
pass "debootstrap $SUITE"

step ".deb: install with apt into the clean root"
cp "$DEB" "$ROOTFS/tmp/"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$DEB")" \
    >"$WORK/apt-install.log" 2>&1 || fail "apt install (see $WORK/apt-install.log)"
pass "apt-get install ./$(basename "$DEB") in a clean $SUITE root"
for path in /opt/between-sessions/between-sessions /usr/bin/between-sessions \
    /opt/between-sessions/between-sessions-cli /usr/bin/between-sessions-cli \
    "/usr/share/applications/$APP_ID.desktop" "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" \
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" "/usr/share/metainfo/$APP_ID.metainfo.xml"; do
    in_root test -e "$path" || fail "missing after install: $path"
done
desktop-file-validate "$ROOTFS/usr/share/applications/$APP_ID.desktop" && pass "installed launcher, .desktop entry (valid), icons, metainfo"
unresolved=$(in_root sh -c 'find /opt/between-sessions -type f \( -name "*.so*" -o -name between-sessions \) |
    LD_LIBRARY_PATH=/opt/between-sessions/_internal xargs -n1 ldd 2>/dev/null | grep "not found" | sort -u' || true)
[[ -z $unresolved ]] && pass "every library of the installed bundle resolves (Depends is complete)" ||
    fail "unresolved libraries: $unresolved"
in_root env LD_LIBRARY_PATH=/opt/between-sessions/_internal \
    ldd /opt/between-sessions/_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so |
    grep -Eq 'libcups\.so\.2 => /(usr/)?lib/' &&
    pass "installed: Qt's CUPS plugin links the system's libcups ($(in_root dpkg-query -W \
        -f '${Package} ${Version} ${db:Status-Abbrev}\n' 'libcups2*' | awk '$3 == "ii" {print $1, $2}'))" ||
    fail "installed: the CUPS plugin does not find the system's libcups"

step "Installed app: smoke test as a person, with the default data folder"
as_person env QT_QPA_PLATFORM=offscreen between-sessions --smoke-test | grep -q "smoke test: visited" &&
    pass "installed between-sessions --smoke-test (offscreen)" || fail "installed smoke test (offscreen)"
as_person env DISPLAY="$DISPLAY" between-sessions --smoke-test 2>"$WORK/xcb.log" | grep -q "smoke test: visited" &&
    pass "installed between-sessions --smoke-test on X11 (xcb plugin, Depends only)" ||
    fail "installed smoke test on X11 (see $WORK/xcb.log)"
as_person sh -c "$(declare -f encrypted_opens); encrypted_opens between-sessions between-sessions-cli \$(mktemp -d)" &&
    pass "installed: a protected data folder opens with its passphrase" ||
    fail "installed: protected data folder"
DATA="$ROOTFS/home/person/.local/share/Between Sessions"
[[ -s $DATA/between-sessions.sqlite3 ]] || fail "no data file in $DATA"
before=$(cd "$DATA" && find . -type f -exec sha256sum {} + | sort)

step ".deb: remove, then purge; the data stays"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq between-sessions >/dev/null
if in_root test -e /opt/between-sessions -o -L /usr/bin/between-sessions -o -L /usr/bin/between-sessions-cli; then
    fail "files left after remove"
fi
[[ $(cd "$DATA" && find . -type f -exec sha256sum {} + | sort) == "$before" ]] &&
    pass "apt-get remove: program gone, data folder unchanged" || fail "data changed by remove"
in_root dpkg --purge between-sessions >/dev/null # apt no longer knows a package from a local file
[[ $(cd "$DATA" && find . -type f -exec sha256sum {} + | sort) == "$before" ]] &&
    pass "dpkg --purge: data folder unchanged" || fail "data changed by purge"

step "Windows installer: compile with Debian's makensis around a stand-in payload"
for version in 0.1.0 0.2.0; do
    payload=$WORK/payload-$version
    rm -rf "$payload" && mkdir -p "$payload/_internal"
    x86_64-w64-mingw32-gcc -O2 -s -DSTANDIN_VERSION="\"$version\"" -o "$payload/between-sessions.exe" \
        packaging/windows/standin.c
    cp "$payload/between-sessions.exe" "$payload/between-sessions-cli.exe" # the console one
    echo "a file only version $version has" >"$payload/_internal/only-in-$version.txt"
    makensis -V2 -DVERSION="$version" -DBUNDLE="$payload" -DOUTFILE="$ROOTFS/tmp/setup-$version.exe" \
        -DICON="$REPO/resources/icons/app-icon.ico" packaging/windows/installer.nsi ||
        fail "makensis $version"
done
pass "installer.nsi compiles with makensis $(makensis -VERSION)"

step "Windows installer under Wine (in the same root, after the .deb checks)"
in_root dpkg --add-architecture i386 # the installer's stub is 32-bit, as on real Windows builds
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    wine wine32 wine64 >"$WORK/apt-wine.log" 2>&1 || fail "installing wine (see $WORK/apt-wine.log)"
wine() { as_person env DISPLAY="$DISPLAY" WINEDEBUG=-all WINEPREFIX=/home/person/.wine wine "$@"; }
wait_wine() { as_person env WINEPREFIX=/home/person/.wine wineserver -w; }
as_person env DISPLAY="$DISPLAY" WINEDEBUG=-all WINEPREFIX=/home/person/.wine wineboot --init >/dev/null 2>&1
wait_wine
C="$ROOTFS/home/person/.wine/drive_c/users/person"
PROGRAM="$C/AppData/Local/Programs/Between Sessions"
WIN_DATA="$C/AppData/Local/Between Sessions"
LINK="$C/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Between Sessions.lnk"
KEY="HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\\$APP_ID"
EXE='C:\users\person\AppData\Local\Programs\Between Sessions\between-sessions.exe'
UNINSTALL='C:\users\person\AppData\Local\Programs\Between Sessions\uninstall.exe'
registered() { wine reg query "$KEY" /v DisplayVersion 2>/dev/null | tr -d '\r' | awk '/DisplayVersion/ {print $3}'; }

wine /tmp/setup-0.1.0.exe /S && wait_wine
[[ -f $PROGRAM/between-sessions.exe && -f $PROGRAM/between-sessions-cli.exe && -f $PROGRAM/uninstall.exe &&
    -f $PROGRAM/_internal/only-in-0.1.0.txt ]] || fail "silent install: program files missing"
[[ -f $LINK ]] || fail "no Start-menu entry"
[[ $(registered) == 0.1.0 ]] || fail "no entry in Apps (uninstall key) for 0.1.0"
wine reg query "$KEY" /v UninstallString >/dev/null 2>&1 || fail "no UninstallString"
pass "setup.exe /S: per-user install of both executables, Start-menu entry, Apps entry with uninstaller"
wine "$EXE" | grep -q "stand-in 0.1.0" && [[ -s $WIN_DATA/between-sessions.sqlite3 ]] &&
    pass "installed app starts and writes its data folder" || fail "installed app did not start"

wine /tmp/setup-0.2.0.exe /S && wait_wine
[[ ! -e $PROGRAM/_internal/only-in-0.1.0.txt && -f $PROGRAM/_internal/only-in-0.2.0.txt ]] ||
    fail "upgrade mixed old and new files"
[[ $(registered) == 0.2.0 ]] || fail "Apps entry not updated to 0.2.0"
wine "$EXE" | grep -q "stand-in 0.2.0" || fail "upgraded app did not start"
wine "${EXE%.exe}-cli.exe" | grep -q "stand-in 0.2.0" || fail "upgraded console executable did not start"
grep -q "stand-in 0.1.0" "$WIN_DATA/between-sessions.sqlite3" || fail "upgrade lost data"
pass "upgrade in place: old files replaced, not mixed; Apps entry 0.2.0; data kept"
before=$(sha256sum "$WIN_DATA/between-sessions.sqlite3")

wine "$UNINSTALL" /S && wait_wine
[[ ! -e $PROGRAM && ! -e $LINK ]] || fail "uninstall left program files ($(ls "$PROGRAM" 2>/dev/null)) or the Start-menu entry"
[[ -z $(registered) ]] || fail "uninstall left the Apps entry"
[[ $(sha256sum "$WIN_DATA/between-sessions.sqlite3") == "$before" ]] ||
    fail "silent uninstall touched the data"
pass "uninstall.exe /S: program, Start-menu entry and Apps entry gone; data folder kept"

wine /tmp/setup-0.2.0.exe /S && wait_wine
wine "$UNINSTALL" /S /REMOVEDATA && wait_wine
[[ ! -e $WIN_DATA && ! -e $PROGRAM ]] || fail "/REMOVEDATA did not remove the data folder"
pass "uninstall.exe /S /REMOVEDATA: removes the data only when asked"

step "Summary"
cat "$RESULTS"
