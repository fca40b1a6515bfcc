// Validates a HAR file against the HAR 1.2 schema with the npm har-validator
// package. Usage: node validate_har.mjs FILE.har
// Exit 0 and "valid" when it passes; exit 1 with the validator's errors on
// stderr when it does not; exit 2 when the file cannot be read or parsed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const validate = require('har-validator/lib/promise');

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate_har.mjs FILE.har');
  process.exit(2);
}
let data;
try {
  data = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`cannot read ${file}: ${e.message}`);
  process.exit(2);
}
try {
  await validate.har(data);
  console.log('valid');
} catch (e) {
  console.error(JSON.stringify(e.errors ?? e.message, null, 1));
  process.exit(1);
}
