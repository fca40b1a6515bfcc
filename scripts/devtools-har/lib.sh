# shellcheck shell=bash disable=SC2154  # out and shots come from the caller
# Shared by open-in-devtools.sh and save-har-from-page.sh (sourced, not run):
# a private Xvfb, Chromium with a scratch profile whose DevTools open docked at
# the bottom on the Network panel, and the xdotool steps both scripts take.
# The caller sets `out` (a .png path for failure screenshots) and `shots` (a
# directory for step screenshots) before calling anything here.

SIZE=1600x1000
REST_AT=(800 150)  # the mouse waits over the page, away from anything that hovers

for tool in chromium Xvfb xdotool import compare convert; do
  command -v "$tool" >/dev/null || { echo "devtools-har: $tool is missing (apt-get install chromium xvfb xdotool imagemagick)" >&2; exit 2; }
done

work=$(mktemp -d)
xpid='' cpid='' extra_pids=()
cleanup() {
  local p
  for p in "${extra_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$cpid" ] && { kill -- "-$cpid" 2>/dev/null || true; }
  [ -n "$xpid" ] && { kill "$xpid" 2>/dev/null || true; }
  [ -n "$cpid" ] && { for _ in $(seq 50); do kill -0 -- "-$cpid" 2>/dev/null || break; sleep 0.1; done; }
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "devtools-har: $*" >&2
  [ -n "${DISPLAY:-}" ] && import -window root "${out%.png}-failed.png" 2>/dev/null &&
    echo "devtools-har: the screen then: ${out%.png}-failed.png" >&2
  exit 1
}

# settle N FILE: waits up to N half seconds for the screen to stop changing; the last screenshot is FILE.
settle() {
  import -window root "$work/settle.png"
  for _ in $(seq "$1"); do
    sleep 0.5; import -window root "$2"
    [ "$(compare -metric AE "$work/settle.png" "$2" null: 2>&1 || true)" = 0 ] && return 0
    cp "$2" "$work/settle.png"
  done
}

# waitwin N NAME: waits up to N tenths of a second for a visible window whose name matches NAME; prints its id.
waitwin() {
  local w
  for _ in $(seq "$1"); do
    w=$(xdotool search --onlyvisible --name "$2" 2>/dev/null | head -1 || true)
    [ -n "$w" ] && { echo "$w"; return 0; }
    sleep 0.1
  done
  return 1
}

start_display() {
  local d
  disp=
  for d in $(seq 90 140); do [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ] || { disp=:$d; break; }; done
  [ -n "$disp" ] || fail "no free X display between :90 and :140"
  Xvfb "$disp" -screen 0 "${SIZE}x24" -nolisten tcp >/dev/null 2>&1 &
  xpid=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${disp#:}" ] && break; sleep 0.1; done
  export DISPLAY=$disp
}

# start_chromium URL [SYNCED_PREFERENCES_JSON]: Chromium with DevTools docked at the bottom on the Network
# panel, cache disabled while DevTools is open; the optional JSON object goes to DevTools' unsynced settings
# (devtools.synced_preferences_sync_disabled). Sets `win` to the browser window, focused.
start_chromium() {
  local sandbox=() w=${SIZE%x*} h=${SIZE#*x} synced='{}'
  [ -n "${2:-}" ] && synced=$2
  mkdir -p "$work/profile/Default"
  cat >"$work/profile/Default/Preferences" <<EOF
{"devtools": {"preferences": {
  "currentDockState": "\"bottom\"",
  "panel-selected-tab": "\"network\"",
  "cache-disabled": "true",
  "inspector-view.split-view-state": "{\"vertical\":{\"size\":0},\"horizontal\":{\"size\":760}}",
  "releaseNoteVersionSeen": "999"
}, "synced_preferences_sync_disabled": $synced}}
EOF
  [ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox)  # Chromium refuses to run as root with its sandbox
  setsid chromium "${sandbox[@]}" --test-type --user-data-dir="$work/profile" --no-first-run --no-default-browser-check \
    --disable-gpu --password-store=basic --disable-features=Translate --auto-open-devtools-for-tabs \
    --window-position=0,0 --window-size="$w,$h" "$1" >"$work/chromium.log" 2>&1 &
  cpid=$!
  win=$(waitwin 300 'Chromium') || fail "no Chromium window after 30 s (log: $(tail -3 "$work/chromium.log"))"
  sleep 1
  settle 30 "$work/loaded.png"  # DevTools' front end loads after the window shows
  focus_browser
}

# Without a window manager Chromium's menus close at once unless its window has the keyboard focus.
focus_browser() {
  xdotool windowfocus --sync "$win" 2>/dev/null || true
  xdotool mousemove "${REST_AT[@]}"
}

click() { xdotool mousemove "$1" "$2" click 1; }

# file_dialog TITLE PATH SHOT: in the GTK file chooser TITLE ("Open File", "Save File"), enter PATH and press
# its Open/Save button (Return in the name field closes the chooser without acting, here).
file_dialog() {
  local dialog X Y WIDTH HEIGHT SCREEN WINDOW  # getwindowgeometry --shell sets all of them
  dialog=$(waitwin 100 "$1") || fail "no \"$1\" dialog"
  xdotool windowfocus --sync "$dialog" 2>/dev/null || true
  if [ "$1" = "Open File" ]; then xdotool key ctrl+l; else xdotool key ctrl+a; fi
  sleep 0.3
  xdotool type --delay 10 "$2"
  sleep 0.5
  import -window root "$3"
  eval "$(xdotool getwindowgeometry --shell "$dialog")"
  : "$SCREEN" "$WINDOW"
  click $((X + WIDTH - 50)) $((Y + HEIGHT - 25))  # the button sits 50,25 px in from the bottom right (GTK 3, bookworm)
  xdotool mousemove "${REST_AT[@]}"
  for _ in $(seq 50); do xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 || return 0; sleep 0.1; done
  fail "the \"$1\" dialog did not close after its button was clicked"
}
