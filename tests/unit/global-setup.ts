import { execFileSync } from 'node:child_process';

/** Validates content and writes the data store that component tests read. */
export default function setup() {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { stdio: 'pipe' });
}
