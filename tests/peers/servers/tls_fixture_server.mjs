// An HTTPS server for TLS tests: serves the certificate files it is given,
// so a test can present an expired leaf, a leaf without its intermediate, a
// leaf for another host or a self-signed one (tests/support/tls_fixtures.h
// makes them with openssl). Every request is answered 200 with a small JSON
// body.
//   PORT          port on 127.0.0.1
//   CERT, KEY     PEM files of the leaf and its key
//   CHAIN         optional PEM file sent after the leaf (the intermediates);
//                 without it the server sends the leaf alone
//   DATE_OFFSET_S optional: the Date header is this many seconds off the
//                 real clock (a server whose clock is skewed)
//   MAX_VERSION   optional TLS version cap, e.g. TLSv1.1 (a weak server)
// Prints "listening" once ready.
import https from 'node:https';
import { readFileSync } from 'node:fs';

const env = process.env;
let cert = readFileSync(env.CERT, 'utf8');
if (env.CHAIN) cert += '\n' + readFileSync(env.CHAIN, 'utf8');
const options = { cert, key: readFileSync(env.KEY, 'utf8') };
if (env.MAX_VERSION) {
  options.maxVersion = env.MAX_VERSION;
  options.minVersion = 'TLSv1';
  options.ciphers = 'DEFAULT@SECLEVEL=0';
}
const offsetMs = Number(env.DATE_OFFSET_S || 0) * 1000;

https.createServer(options, (req, res) => {
  req.resume();
  req.on('end', () => {
    const body = JSON.stringify({ ok: true, path: req.url });
    const headers = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) };
    if (offsetMs) headers.Date = new Date(Date.now() + offsetMs).toUTCString();
    res.writeHead(200, headers);
    res.end(body);
  });
}).listen(Number(env.PORT), '127.0.0.1', () => console.log('listening'));
