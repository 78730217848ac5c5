/**
 * `npm run package`: builds the site, then writes `anakinra-guide-site.zip` with the site
 * in `site/` and a short HOSTING.txt (what kind of copy it is, how to serve it, why it needs
 * a web server, how to set the subpath and site address, and sample security headers).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { describeBuild, kindOfCopy } from './lib/hosting.ts';

const dist = 'dist';
const out = 'anakinra-guide-site.zip';

function addFolder(zip: Zippable, folder: string): number {
  let files = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files += addFolder(zip, path);
    else {
      zip[`site/${relative(dist, path).split(sep).join('/')}`] = new Uint8Array(readFileSync(path));
      files += 1;
    }
  }
  return files;
}

if (!statSync(join(dist, 'index.html'), { throwIfNoEntry: false })) {
  console.error('dist/index.html not found: the build must run first (npm run package does both).');
  process.exit(1);
}
// What was built, read from the build itself: the variables of this shell may differ.
const copy = describeBuild(readFileSync(join(dist, 'index.html'), 'utf-8'));
const { builtFor, kind } = kindOfCopy(copy);
const zip: Zippable = {};
const files = addFolder(zip, dist);
zip['HOSTING.txt'] = new TextEncoder().encode(
  readFileSync('scripts/hosting.txt', 'utf-8')
    .replaceAll('{{BUILT_FOR}}', builtFor)
    .replaceAll('{{KIND}}', kind)
    .replaceAll('{{BASE_PATH}}', copy.base)
    .replaceAll('{{BUILT}}', new Date().toISOString().slice(0, 10)),
);
const bytes = zipSync(zip, { level: 9 });
writeFileSync(out, bytes);
console.log(`Wrote ${out}: ${files} files, ${(bytes.length / 1024).toFixed(0)} KB. See HOSTING.txt inside.`);
