/**
 * A second deployment of the built site without a second build: a copy of dist/ with one
 * figure corrected, and the worker's file list given that page's new revision (so sw.js
 * changes, as a rebuild makes it). Served by a throwaway static server the test owns.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { distDir } from './built-pages.ts';

export interface TestSite {
  origin: string;
  dir: string;
  close(): Promise<void>;
}

/** A copy of dist/ on its own server (any free port), files read afresh on every request. */
export async function serveCopyOfDist(): Promise<TestSite> {
  const dir = mkdtempSync(join(tmpdir(), 'guide-deploy-'));
  cpSync(distDir, dir, { recursive: true });
  const files = sirv(dir, { dev: true });
  const server = createServer((req, res) => files(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    dir,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

/** Redeploys `site` with `from` replaced by `to` in `page` (e.g. "results/index.html"). */
export function redeployWithChange(site: TestSite, page: string, from: string, to: string): void {
  const file = join(site.dir, page);
  const html = readFileSync(file, 'utf-8');
  if (!html.includes(from)) throw new Error(`${page} has no "${from}" to change: pick a figure the page shows.`);
  const changed = html.replaceAll(from, to);
  writeFileSync(file, changed);
  const workerFile = join(site.dir, 'sw.js');
  const [first = '', ...rest] = readFileSync(workerFile, 'utf-8').split('\n');
  const guide = JSON.parse(first.replace(/^const GUIDE = /, '').replace(/;$/, '')) as { version: string; files: [string, string | null][] };
  guide.files = guide.files.map(([url, revision]) => [url, url === page ? createHash('md5').update(changed).digest('hex') : revision]);
  guide.version = createHash('sha256').update(JSON.stringify(guide.files)).digest('hex').slice(0, 16);
  writeFileSync(workerFile, [`const GUIDE = ${JSON.stringify(guide)};`, ...rest].join('\n'));
}
