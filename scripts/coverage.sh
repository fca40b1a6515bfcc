#!/usr/bin/env bash
# Measures test coverage: builds the `coverage` preset (gcc --coverage) in
# build-coverage/, runs the whole suite there the way run-tests.sh does, then
# prints line, function and branch coverage per folder (gcovr). Not a CI
# gate; the figures go in the README's test section and each closing note.
#   scripts/coverage.sh            build, test, report
#   scripts/coverage.sh --report   report on the last run only
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh" tests >/dev/null
if ! command -v gcovr >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq --no-install-recommends gcovr >/dev/null
fi
if [ "${1:-}" != --report ]; then
  [ -f build-coverage/build.ninja ] || cmake --preset coverage >/dev/null
  cmake --build --preset coverage -j "$(nproc)"
  find build-coverage -name '*.gcda' -delete
  MCPSCOPE_TEST_BUILD_DIR=build-coverage "$root/scripts/run-tests.sh" --no-fuzz || true
fi
# gcovr writes its full report to -o; never /dev/null (it replaces the file).
report=$(mktemp)
trap 'rm -f "$report"' EXIT
printf '%-10s %8s %10s %9s\n' folder lines functions branches
for folder in core models ui app; do
  # gcovr 5.2 --print-summary: "lines: 95.1% (…)", "functions: …", "branches: …"
  summary=$(gcovr -r "$root" --object-directory build-coverage --filter "$root/$folder/" \
                  --exclude-unreachable-branches --exclude-throw-branches --print-summary -o "$report" 2>/dev/null)
  pick() { sed -n "s/^$1: \([0-9.]*%\).*/\1/p" <<<"$summary"; }
  printf '%-10s %8s %10s %9s\n' "$folder" "$(pick lines)" "$(pick functions)" "$(pick branches)"
done
summary=$(gcovr -r "$root" --object-directory build-coverage --filter "$root/(core|models|ui|app)/" \
                --exclude-unreachable-branches --exclude-throw-branches --print-summary -o "$report" 2>/dev/null)
printf '%-10s %8s %10s %9s\n' all "$(sed -n 's/^lines: \([0-9.]*%\).*/\1/p' <<<"$summary")" \
  "$(sed -n 's/^functions: \([0-9.]*%\).*/\1/p' <<<"$summary")" "$(sed -n 's/^branches: \([0-9.]*%\).*/\1/p' <<<"$summary")"
