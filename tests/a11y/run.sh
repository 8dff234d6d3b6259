#!/bin/bash
# The screen-reader audit's desktop: a private Xvfb, D-Bus session bus, accessibility bus and
# window manager (openbox), the app on them, then audit.py against it; all stopped by PID.
# Adapted from the workplace's tools/a11y/run_audit.sh (its notes say why each step is so).
#
#   tests/a11y/run.sh [audit.py options] -- APP COMMAND [ARGS...]
#   e.g. tests/a11y/run.sh --screens empty -- .venv/bin/python -m desktop --data-dir /tmp/d
#
# Needs Debian's xvfb, openbox, xdotool, dbus, at-spi2-core and python3-pyatspi (the auditor
# runs on /usr/bin/python3, which has pyatspi). A11Y_KEEP=1 keeps the folder with the logs.
# Exit status: audit.py's (0 all named and reached, 1 unnamed, 2 unreachable, 3 both, 4 the
# app or a screen could not be found), or 5 when the desktop itself could not be started.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
AUDIT_ARGS=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do AUDIT_ARGS+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ $# -gt 0 ] || { echo "usage: $0 [audit options] -- APP COMMAND..." >&2; exit 64; }

RUN=$(mktemp -d "${TMPDIR:-/tmp}/a11y-run.XXXXXX")
XVFB_PID= ; DBUS_PID= ; LAUNCHER_PID= ; WM_PID= ; APP_PID= ; REGISTRYD_PID= ; A11Y_ADDR=

alive() {  # running and not a zombie (kill -0 succeeds on zombies)
  [ -n "$1" ] && [ -r "/proc/$1/stat" ] &&
    [ "$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)" != Z ]
}
stop() {  # TERM, up to 3 s, then KILL; reaped when it is our child
  local pid=$1
  alive "$pid" || { [ -n "$pid" ] && wait "$pid" 2>/dev/null; return 0; }
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 60); do alive "$pid" || break; sleep 0.05; done
  alive "$pid" && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return 0
}
wait_for() {  # wait_for FILE: until it has something in it (5 s at most)
  for _ in $(seq 100); do [ -s "$1" ] && return 0; sleep 0.05; done
  return 1
}
cleanup() {
  # registryd is started by D-Bus on the a11y bus and outlives it: find it while it is there.
  if [ -n "$A11Y_ADDR" ]; then
    REGISTRYD_PID=$(dbus-send --bus="$A11Y_ADDR" --print-reply --dest=org.freedesktop.DBus \
      /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
      string:org.a11y.atspi.Registry 2>/dev/null | awk '/uint32/ {print $2}')
  fi
  for pid in "$APP_PID" "$WM_PID" "$REGISTRYD_PID" "$LAUNCHER_PID" "$DBUS_PID" "$XVFB_PID"; do
    stop "$pid"
  done
  if [ -n "${A11Y_KEEP:-}" ]; then echo "[desktop] logs kept in $RUN"; else rm -rf "$RUN"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. The X server, on a free display it picks. -noreset: without it Xvfb resets whenever its
#    last client goes, and an app connecting during a reset dies.
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset 3>"$RUN/display" \
  >"$RUN/xvfb.log" 2>&1 &
XVFB_PID=$!
wait_for "$RUN/display"
export DISPLAY=":$(head -1 "$RUN/display")"
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.05; done
if ! alive "$XVFB_PID" || ! xdotool getdisplaygeometry >/dev/null 2>&1; then
  echo "[desktop] Xvfb did not start" >&2; cat "$RUN/xvfb.log" >&2; exit 5
fi

# 2. The buses, with their own XDG folders: nothing is written to the person's dconf or home.
mkdir -p "$RUN/xdg-runtime" "$RUN/xdg-config" "$RUN/xdg-cache"
chmod 700 "$RUN/xdg-runtime"
export XDG_RUNTIME_DIR="$RUN/xdg-runtime" XDG_CONFIG_HOME="$RUN/xdg-config" \
  XDG_CACHE_HOME="$RUN/xdg-cache"
dbus-daemon --session --nofork --print-address=3 3>"$RUN/bus" >"$RUN/dbus.log" 2>&1 &
DBUS_PID=$!
wait_for "$RUN/bus" || { echo "[desktop] dbus-daemon did not start" >&2; exit 5; }
DBUS_SESSION_BUS_ADDRESS=$(head -1 "$RUN/bus")
export DBUS_SESSION_BUS_ADDRESS
# Started by us rather than by D-Bus, so that we own its PID; --a11y=1 turns AT-SPI on.
/usr/libexec/at-spi-bus-launcher --launch-immediately --a11y=1 >"$RUN/launcher.log" 2>&1 &
LAUNCHER_PID=$!
for _ in $(seq 100); do
  A11Y_ADDR=$(dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.a11y.Bus.GetAddress 2>/dev/null | awk -F'"' '/string/ {print $2}')
  [ -n "$A11Y_ADDR" ] && break; sleep 0.05
done
[ -n "$A11Y_ADDR" ] || { echo "[desktop] a11y bus did not start" >&2; exit 5; }

# 3. A window manager: without one no window has the keyboard after a dialog closes.
openbox --sm-disable >"$RUN/openbox.log" 2>&1 &
WM_PID=$!
for _ in $(seq 100); do
  [ "$(xdotool get_num_desktops 2>/dev/null)" -gt 0 ] 2>/dev/null && break; sleep 0.05
done

# 4. The app (QT_LINUX_ACCESSIBILITY_ALWAYS_ON: the tree Orca reads, without Orca), then the
#    audit, which waits for its window.
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$@" >"$RUN/app.log" 2>&1 &
APP_PID=$!
/usr/bin/python3 "$HERE/audit.py" --pid "$APP_PID" "${AUDIT_ARGS[@]}"
RC=$?
if ! alive "$APP_PID"; then echo "[desktop] the app has ended; its log:"; cat "$RUN/app.log"; fi
exit $RC
