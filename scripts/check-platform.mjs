// Before `npm start` and `npm run dev`: checks that this install has the native builds the
// site needs for this machine, and says what to do if not, instead of a stack trace from
// deep inside Vite or Tailwind.
//
// Why it can happen: the lock file was made on Linux x64, against a registry that serves
// only Linux builds of native packages (see README, "Platforms"). On macOS or Windows,
// `npm ci` with this lock installs no native build for that platform.
// Plain JavaScript (not TypeScript), so it runs on whatever Node started it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Packages with a native part, and what they do for the site. */
const natives = [
  ['rolldown', 'bundling (Vite 8)'],
  ['@tailwindcss/oxide', 'styles (Tailwind CSS)'],
  ['lightningcss', 'styles (CSS minifier)'],
  ['@resvg/resvg-js', 'link-preview images'],
];
const missing = [];
for (const [name, use] of natives) {
  try {
    require(name);
  } catch (error) {
    missing.push(`  - ${name} (${use}): ${String(error?.message ?? error).split('\n')[0]}`);
  }
}
if (missing.length > 0) {
  console.error(
    [
      `This install has no native build for ${process.platform}-${process.arch} of:`,
      ...missing,
      '',
      'The lock file lists Linux x64 builds only (README, "Platforms"). On this machine, run:',
      '  rm -rf node_modules package-lock.json && npm install',
      'then `npm start` again. Do not commit that lock file: CI installs with the Linux one.',
    ].join('\n'),
  );
  process.exit(1);
}
