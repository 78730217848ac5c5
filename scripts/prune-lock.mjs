// Removes optional dependencies from package-lock.json that the lock has no entry for.
//
// Why: the registry this project is built against serves only Linux builds of native
// bindings (Astro's compiler, Tailwind's oxide, …). `npm install` skips the other
// platforms' optional packages, but still records them as wanted, and then `npm ci`
// refuses the lock as "out of sync". Pruning those edges keeps `npm ci` reproducible here.
// Run after changing dependencies: `npm install && node scripts/prune-lock.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf-8'));
let pruned = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!entry.optionalDependencies) continue;
  for (const name of Object.keys(entry.optionalDependencies)) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) {
      delete entry.optionalDependencies[name];
      pruned += 1;
    }
  }
  if (Object.keys(entry.optionalDependencies).length === 0) delete entry.optionalDependencies;
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`Pruned ${pruned} optional dependencies that this registry does not serve.`);
