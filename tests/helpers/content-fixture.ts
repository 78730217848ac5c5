import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Edits one file of a throw-away copy of the project. */
export interface Fixture {
  readJson(file: string): any;
  writeJson(file: string, data: unknown): void;
  edit(file: string, change: (text: string) => string): void;
  writeText(file: string, text: string): void;
}

/**
 * Copies the project's content and code to a temporary folder, applies `mutate` (one bad
 * edit, as a tired editor would make), runs the real `astro sync` there and returns its
 * exit code and output. This tests the messages a person actually sees.
 */
export async function syncWith(mutate: (fixture: Fixture) => void): Promise<{ code: number; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'guide-fixture-'));
  try {
    for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, item), join(dir, item), { recursive: true });
    }
    // Link each package, but not node_modules/.vite: fixtures run concurrently, and Vite
    // clears and rewrites its dependency cache there, so a shared one races (ENOTEMPTY).
    mkdirSync(join(dir, 'node_modules'));
    for (const entry of readdirSync(join(root, 'node_modules'))) {
      if (entry !== '.vite') symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
    }
    mutate({
      readJson: (file) => JSON.parse(readFileSync(join(dir, file), 'utf-8')),
      writeJson: (file, data) => writeFileSync(join(dir, file), JSON.stringify(data, null, 2)),
      edit: (file, change) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf-8'))),
      writeText: (file, text) => writeFileSync(join(dir, file), text),
    });
    return await new Promise((done) => {
      execFile(
        process.execPath,
        [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'],
        { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
        (error, stdout, stderr) => {
          // Strip colour codes so assertions read the words a person sees.
          const output = `${stdout}${stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
          done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output });
        },
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
