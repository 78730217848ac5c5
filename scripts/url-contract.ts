/**
 * `npm run url-contract`: adds the built site's new pages and section anchors to
 * tests/url-contract.json (never removes any). Run after `npm run build`, and commit the
 * file: from then on the tests fail if one of those addresses disappears.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPagePaths } from '../src/build/built-pages.ts';
import { contractProblems, extendContract, type UrlContract } from '../src/build/url-contract.ts';

const file = 'tests/url-contract.json';
const dist = 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no site. Run `npm run build` first.');
  process.exit(1);
}
const built = new Map(builtPagePaths(dist, { redirects: true }).map((path) => [path, readFileSync(join(dist, path, 'index.html'), 'utf-8')]));
const contract = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf-8')) as UrlContract) : {};
const problems = contractProblems(contract, built);
const next = extendContract(contract, built);
writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
const count = (c: UrlContract) => Object.values(c).reduce((n, ids) => n + 1 + ids.length, 0);
console.log(`${file}: ${Object.keys(next).length} pages, ${count(next) - Object.keys(next).length} anchors (${count(next) - count(contract)} new).`);
if (problems.length > 0) {
  console.error(`Still promised but missing in this build: add a redirect in astro.config.mjs or keep the old anchor.\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
