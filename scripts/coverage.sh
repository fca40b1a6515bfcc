#!/usr/bin/env bash
# Measures test coverage: builds the `coverage` preset (gcc --coverage) in
# build-coverage/, runs the whole suite there the way run-tests.sh does, then
# prints line, function and branch coverage per folder (gcovr). Not a CI
# gate; the figures go in the README's test section and each closing note.
#   scripts/coverage.sh            build, test, report
#   scripts/coverage.sh --report   report on the last run only
# Further arguments go to coverage_report.py: --files N lists the N files with
# the most unrun lines, --missing DIR writes each file's unrun line ranges.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh" tests >/dev/null
if ! command -v gcovr >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq --no-install-recommends gcovr >/dev/null
fi
report_only=0
if [ "${1:-}" = --report ]; then report_only=1; shift; fi
if [ "$report_only" = 0 ]; then
  [ -f build-coverage/build.ninja ] || cmake --preset coverage >/dev/null
  cmake --build --preset coverage -j "$(nproc)"
  find build-coverage -name '*.gcda' -delete
  MCPSCOPE_TEST_BUILD_DIR=build-coverage "$root/scripts/run-tests.sh" --no-fuzz || true
fi
# One gcovr pass writes a JSON report; coverage_report.py prints every view of
# it (per folder; --files N the least-run files; --missing DIR unrun lines).
report=build-coverage/coverage.json
gcovr -r "$root" --object-directory build-coverage --filter "$root/(core|models|ui|app)/" \
      --exclude-unreachable-branches --exclude-throw-branches --json "$report" >/dev/null
python3 "$root/scripts/coverage_report.py" "$report" "$@"
