#!/usr/bin/env bash
# Proof that the README's two commands work on a fresh machine's bare Python, run by hand (as
# root, on Debian or Ubuntu; a few minutes, most of them the test suite). Not part of .ci/run.
# Prints PASS/FAIL lines and writes them, with each step's time, to
# build/check-fresh-machine-results.txt.
#
#   packaging/check-fresh-machine.sh [--head]
#
# In a clean Debian 12 root (debootstrap, minbase) with only Debian's own python3 (3.11: no pip,
# no venv module, so no ensurepip either), as an ordinary user with a clean environment:
# 1. python3 -m pip is missing and python3 -m venv fails: the proof really is on a bare Python.
# 2. python3 packaging/dev.py app fetches uv into .tools/ without pip, makes .venv with it and,
#    Qt's system libraries being missing, names the apt packages to install; they are installed.
# 3. python3 packaging/dev.py test passes.
# 4. python3 packaging/dev.py app --data-dir /tmp/x opens a real window (on the host's Xvfb).
# The repository goes in as it is in the working tree, uncommitted files too. With --head it is
# the last commit instead, plus packaging/dev.py from the working tree: for when a change in
# progress leaves the working tree unable to run.
# "A && pass || fail" is meant: pass only prints, so fail runs exactly when A fails. SC2317:
# the functions that only the EXIT trap calls are not unreachable.
# shellcheck disable=SC2015,SC2317
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
WORK=${CHECK_WORK:-/var/tmp/between-sessions-fresh}
SUITE=${CHECK_SUITE:-bookworm}
MIRROR=${CHECK_MIRROR:-http://deb.debian.org/debian}
ROOTFS=$WORK/root
CHECKOUT=/home/person/between-sessions
RESULTS=$REPO/build/check-fresh-machine-results.txt

mkdir -p "$WORK" "$REPO/build"
: >"$RESULTS"
note() { echo "$*" | tee -a "$RESULTS"; }
pass() { note "PASS: $* ($((SECONDS - STARTED)) s)"; }
fail() {
    note "FAIL: $* ($((SECONDS - STARTED)) s)"
    exit 1
}
FAILED=0
fail_on() { # a failure that leaves the next checks worth making; the script still exits 1
    note "FAIL: $* ($((SECONDS - STARTED)) s)"
    FAILED=1
}
STARTED=$SECONDS
step() {
    printf '\n== %s\n' "$*"
    STARTED=$SECONDS
}

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
    for mount in tmp/.X11-unix dev/pts dev proc; do
        if mountpoint -q "$ROOTFS/$mount" 2>/dev/null; then umount -l "$ROOTFS/$mount"; fi
    done
}
stop_root_processes() { # whatever still runs inside the root (only this script starts any)
    local link
    for link in /proc/[0-9]*/root; do
        [[ $(readlink "$link" 2>/dev/null) == "$ROOTFS" ]] && kill "$(basename "$(dirname "$link")")" 2>/dev/null
    done
    return 0
}
cleanup() {
    stop_root_processes
    unmount_root
    if [[ -n $XVFB_PID ]]; then kill "$XVFB_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

in_root() { chroot "$ROOTFS" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
# Network plumbing only: a proxy, and on networks that intercept TLS (a company's proxy) the
# host's certificate bundle, without which nothing could be fetched from inside the root.
NET_ENV=()
for name in HTTPS_PROXY https_proxy HTTP_PROXY http_proxy NO_PROXY no_proxy; do
    [[ -n ${!name:-} ]] && NET_ENV+=("$name=${!name}")
done
person_command() { # chroot as person, in the checkout, with nothing of this shell's environment
    # shellcheck disable=SC2016 # $0 and $@ are for the sh inside the root
    PERSON=(chroot --userspec=person:person "$ROOTFS" /usr/bin/env -i PATH=/usr/bin:/bin
        HOME=/home/person USER=person LOGNAME=person LANG=C.UTF-8 "${NET_ENV[@]}"
        sh -c 'cd "$0" && exec "$@"' "$CHECKOUT")
}
as_person() { person_command && "${PERSON[@]}" "$@"; }

step "Tools for the check"
apt_install debootstrap xvfb x11-utils
pass "debootstrap, Xvfb and xwininfo on this machine"

step "Clean Debian root ($SUITE, minbase) with debootstrap, and Debian's own python3"
unmount_root
if grep -q " $ROOTFS/" /proc/mounts; then fail "something is still mounted in $ROOTFS"; fi
rm -rf --one-file-system "$ROOTFS"
debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 ||
    fail "debootstrap (see $WORK/debootstrap.log)"
mount -t proc proc "$ROOTFS/proc"
mount --bind /dev "$ROOTFS/dev"
mount --bind /dev/pts "$ROOTFS/dev/pts"
in_root useradd --create-home --shell /bin/sh person
if [[ -n ${SSL_CERT_FILE:-} && -f $SSL_CERT_FILE ]]; then
    mkdir -p "$ROOTFS/etc/ssl" && cp "$SSL_CERT_FILE" "$ROOTFS/etc/ssl/host-certificates.pem"
    NET_ENV+=(SSL_CERT_FILE=/etc/ssl/host-certificates.pem)
    note "note: this host sets SSL_CERT_FILE (TLS interception?); it is passed into the root"
fi
in_root apt-get update -qq
# What a person types on a fresh Debian: python3, with its recommends (ca-certificates).
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 >"$WORK/apt-python3.log" 2>&1 ||
    fail "apt-get install python3 (see $WORK/apt-python3.log)"
pass "debootstrap $SUITE, then apt-get install python3: $(in_root python3 --version)"

step "A bare Python: no pip, no venv"
in_root python3 -m pip --version >/dev/null 2>&1 && fail "python3 -m pip works in the root" ||
    pass "python3 -m pip: No module named pip"
in_root python3 -m venv /tmp/v >/dev/null 2>&1 && fail "python3 -m venv works in the root" ||
    pass "python3 -m venv /tmp/v fails (ensurepip is not available)"
in_root rm -rf /tmp/v
in_root sh -c 'command -v uv' >/dev/null && fail "uv is on PATH in the root" || pass "no uv on PATH"

step "The repository, copied into $CHECKOUT"
mkdir -p "$ROOTFS$CHECKOUT"
if [[ ${1:-} == --head ]]; then
    git archive HEAD | tar -x -C "$ROOTFS$CHECKOUT"
    cp packaging/dev.py "$ROOTFS$CHECKOUT/packaging/"
    what="the last commit ($(git rev-parse --short HEAD)) and packaging/dev.py"
else
    # Tracked and untracked files as they are now; not what .gitignore leaves out (.venv, .tools,
    # build, dist). A file deleted but not yet committed is skipped (--ignore-failed-read).
    git ls-files -z -co --exclude-standard | grep -zvE '^(\.venv|\.tools|build|dist)/' |
        tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -x -C "$ROOTFS$CHECKOUT"
    what="the working tree"
fi
in_root chown -R person:person /home/person
pass "copied $what: $(find "$ROOTFS$CHECKOUT" -type f | wc -l) files"

step "python3 packaging/dev.py app, before Qt's system libraries are there"
# --smoke-test: should the libraries be there after all, the app closes by itself.
as_person timeout 900 python3 packaging/dev.py app --smoke-test --data-dir /tmp/probe \
    >"$WORK/app-without-libraries.log" 2>&1 && fail "the app started without Qt's libraries?"
[[ -x $ROOTFS$CHECKOUT/.tools/uv/$(sed -n 's/^UV_VERSION = "\([^"]*\)".*/\1/p' packaging/dev.py)/uv ]] &&
    pass "dev.py fetched uv into .tools/ without pip" || fail "no uv in .tools (see $WORK/app-without-libraries.log)"
grep -q "^home = /usr/bin" "$ROOTFS$CHECKOUT/.venv/pyvenv.cfg" &&
    pass "uv made .venv with Debian's python3 ($(sed -n 's/^version_info = //p' "$ROOTFS$CHECKOUT/.venv/pyvenv.cfg"))" ||
    fail "no .venv on /usr/bin/python3 (see $WORK/app-without-libraries.log)"
hint=$(grep "sudo apt install" "$WORK/app-without-libraries.log") ||
    fail "dev.py named no packages (see $WORK/app-without-libraries.log)"
packages=${hint##*sudo apt install }
pass "dev.py named the packages: $packages"

step "apt-get install the packages dev.py named"
# shellcheck disable=SC2086 # one word per package
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >"$WORK/apt-qt.log" 2>&1 &&
    pass "apt-get install $(wc -w <<<"$packages") packages" || fail "apt-get install (see $WORK/apt-qt.log)"

step "The README's test command: python3 packaging/dev.py test"
as_person timeout 3600 python3 packaging/dev.py test >"$WORK/test.log" 2>&1 && tested=0 || tested=$?
summary=$(grep -E '^=+ .*(passed|failed|error).* =+$' "$WORK/test.log" | tail -1 || true)
if ((tested == 0)); then
    pass "dev.py test: $summary"
else
    grep -E '^(FAILED|ERROR) ' "$WORK/test.log" | tee -a "$RESULTS" || tail -20 "$WORK/test.log" | tee -a "$RESULTS"
    fail_on "dev.py test exited $tested: ${summary:-no summary} (see $WORK/test.log)"
fi

step "The README's app command opens a real window under Xvfb"
display=$((90 + RANDOM % 400)) # well away from :0, which desktop sessions and other tools take
while [[ -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x860x24 -nolisten tcp 2>"$WORK/xvfb.log" &
XVFB_PID=$!
for _ in $(seq 100); do DISPLAY=:$display xwininfo -root >/dev/null 2>&1 && break || sleep 0.1; done
DISPLAY=:$display xwininfo -root >/dev/null 2>&1 || fail "Xvfb did not start (see $WORK/xvfb.log)"
mkdir -p "$ROOTFS/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$ROOTFS/tmp/.X11-unix" # the host's Xvfb socket, after it exists
person_command
# Not through a function, so that $! is the app's own process (chroot, env and sh exec it).
"${PERSON[@]}" env DISPLAY=:$display python3 packaging/dev.py app --data-dir /tmp/x >"$WORK/app.log" 2>&1 &
app=$!
window=""
for _ in $(seq 600); do # a minute at most
    # 0x600007 "Between Sessions": ("between-sessions" "Between Sessions")  1100x720+0+0: a
    # top-level window has a class; Qt's helper windows of the same name have none.
    read -r window title < <(DISPLAY=:$display xwininfo -root -tree |
        awk -F'"' '/"Between Sessions[^"]*": \("/ {split($1, id, " "); print id[1], $2; exit}' ||
        true) || true
    if [[ -n $window ]] && DISPLAY=:$display xwininfo -id "$window" | grep -q IsViewable; then break; fi
    window=""
    kill -0 $app 2>/dev/null || break # it stopped: no window will come
    sleep 0.1
done
[[ -n $window ]] || fail "no window named Between Sessions on screen (see $WORK/app.log)"
sleep 2 # let the first frame paint
size=$(DISPLAY=:$display xwininfo -id "$window" | awk '/Width:/ {w = $2} /Height:/ {h = $2} END {print w "x" h}')
if command -v import >/dev/null; then
    DISPLAY=:$display import -window "$window" "$REPO/build/fresh-machine-window.png" &&
        note "screenshot: build/fresh-machine-window.png"
fi
kill -0 $app 2>/dev/null || fail "the app closed by itself (see $WORK/app.log)"
kill $app # dev.py passes it on to uv, and uv to the app
wait $app || true
pass "dev.py app opened a real X11 window: \"$title\", $size"

step "Summary"
cat "$RESULTS"
exit $FAILED
