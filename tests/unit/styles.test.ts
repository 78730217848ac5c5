import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf-8');
const pairs = (text: string, pattern: RegExp) => Object.fromEntries([...text.matchAll(pattern)].map(([, name, value]) => [name, value]));

test('browsers without light-dark() get the light half of every themed colour, and only that', () => {
  const theme = css.match(/@theme static \{([\s\S]*?)\n\}/)?.[1] ?? '';
  const fallback = css.match(/@supports not \(color: light-dark\([^)]*\)\) \{([\s\S]*?)\n {2}\}/)?.[1] ?? '';
  const lightHalves = pairs(theme, /(--color-[\w-]+): light-dark\((#[0-9a-f]{6}), #[0-9a-f]{6}\);/g);
  expect(Object.keys(lightHalves).length).toBeGreaterThan(5);
  expect(pairs(fallback, /(--color-[\w-]+): (#[0-9a-f]{6});/g)).toEqual(lightHalves);
});
