// After a requirement-set run: holds every scenario that ran to the baseline,
// the ones the revision does not score (extensions, added after release)
// included, which the suite's own baseline check leaves out. A failure or
// warning outside the baseline fails; a baseline entry that now passes is
// stale and fails too, so the baseline only ever shrinks.
//   node check_every_scenario.mjs RESULTS_DIR BASELINE_YAML
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [resultsDir, baselinePath] = process.argv.slice(2);
const baseline = new Set(
  readFileSync(baselinePath, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).trim()),
);

function* checkFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* checkFiles(path);
    else if (name === 'checks.json') yield path;
  }
}

const problems = [];
const seen = new Set();
for (const file of checkFiles(resultsDir)) {
  const scenario = relative(resultsDir, file)
    .replace(/\/checks\.json$/, '')
    .replace(/-\d{4}-\d{2}-\d{2}T[\d-]+Z$/, '');
  seen.add(scenario);
  const checks = JSON.parse(readFileSync(file, 'utf8'));
  const bad = checks.filter((c) => c.status === 'FAILURE' || c.status === 'WARNING');
  if (bad.length > 0 && !baseline.has(scenario))
    problems.push(`${scenario}: ${bad.map((c) => `${c.status} ${c.id}`).join(', ')}`);
  if (bad.length === 0 && baseline.has(scenario))
    problems.push(`${scenario}: passes now; remove it from ${baselinePath}`);
}
for (const scenario of baseline)
  if (!seen.has(scenario)) problems.push(`${scenario}: in the baseline but did not run`);
console.log(`every scenario: ${seen.size} ran, ${baseline.size} expected to fail`);
for (const problem of problems) console.log(`  ✗ ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
