import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { contractProblems, extendContract, type UrlContract } from '../../src/build/url-contract.ts';
import { builtHtml, builtPages, guidePages } from '../helpers/built-pages.ts';

// Clinicians paste these addresses into letters that live for years: the committed contract
// (tests/url-contract.json) is what the guide promises to keep.
const contract = JSON.parse(readFileSync(join(import.meta.dirname, '../url-contract.json'), 'utf-8')) as UrlContract;
const built = new Map(builtPages(undefined, { redirects: true }).map((path) => [path, builtHtml(path)]));

test('no promised page or section anchor has disappeared', () => {
  expect(contractProblems(contract, built), 'A promised address or anchor is gone: add a redirect in astro.config.mjs (moved) or keep the old anchor.').toEqual([]);
});

test('every page and section of the guide is recorded in the contract, so its removal would be caught', () => {
  expect(Object.keys(contract)).toEqual(expect.arrayContaining(guidePages()));
  // A section added without `npm run url-contract` is a link nobody is protecting yet.
  const unrecorded = Object.entries(extendContract(contract, built)).flatMap(([path, ids]) =>
    ids.filter((id) => !(contract[path] ?? []).includes(id)).map((id) => `${path}#${id}`),
  );
  expect(unrecorded, 'Record them: npm run build && npm run url-contract, then commit tests/url-contract.json').toEqual([]);
});
