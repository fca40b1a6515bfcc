#!/usr/bin/env bash
# First README command: install what is missing, build, launch McpScope.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" app
app="$root/build/app/mcpscope"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-app: no display found; starting McpScope on a virtual X server (xvfb-run)."
  echo "run-app: on a desktop session it opens a normal window."
  exec xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- "$app" "$@"
fi
exec "$app" "$@"
