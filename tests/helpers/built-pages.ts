import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPagePaths } from '../../src/lib/built-pages.ts';

export const distDir = join(import.meta.dirname, '../../dist');

/** Every page in the build output (from dist/ itself, not a hand-kept list). */
export function builtPages(dir = distDir): string[] {
  const pages = builtPagePaths(dir);
  if (pages.length === 0) throw new Error(`No pages in ${dir}. Run \`npm run build\` first.`);
  return pages;
}

export function builtHtml(page: string, dir = distDir): string {
  return readFileSync(join(dir, page, 'index.html'), 'utf-8');
}
