/**
 * A plain static host for the browser tests, as a hospital's web server would serve the
 * guide: files as they are, and for an address that does not exist the guide's 404.html
 * with status 404 (what nginx `error_page 404` or Apache `ErrorDocument 404` do; see
 * scripts/hosting.txt). `sirv` alone answers a bare 404, which would not test the page.
 *
 *   node tests/helpers/static-host.ts <folder> <port> <404 page path, e.g. /ra-guide/404.html>
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const [folder = '.subpath-site', port = '4330', notFoundPath = '/404.html'] = process.argv.slice(2);
const notFoundPage = readFileSync(join(folder, notFoundPath));
const files = sirv(folder, {
  dev: true,
  onNoMatch: (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(notFoundPage);
  },
});

createServer((req, res) => files(req, res)).listen(Number(port), '127.0.0.1');
