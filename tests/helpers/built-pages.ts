import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(import.meta.dirname, '../../dist');

/** Every page in the build output, as its URL path ("/", "/results/"), from dist/ itself. */
export function builtPages(dir = distDir): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!['_astro', 'pagefind'].includes(entry.name)) walk(path);
      } else if (entry.name === 'index.html') {
        const rel = relative(dir, folder).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dir);
  if (pages.length === 0) throw new Error(`No pages in ${dir}. Run \`npm run build\` first.`);
  return pages.sort();
}

export function builtHtml(page: string, dir = distDir): string {
  return readFileSync(join(dir, page, 'index.html'), 'utf-8');
}
