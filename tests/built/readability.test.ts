import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { PageReadability } from '../../src/build/site-readability.ts';
import { patientGradeLimit } from '../../src/build/site-readability.ts';
import { builtPages, distDir } from '../helpers/built-pages.ts';

const report = JSON.parse(readFileSync(join(distDir, 'readability.json'), 'utf-8')) as PageReadability[];

test('the build measured every built page', () => {
  expect(report.map((p) => p.path).sort()).toEqual(builtPages());
});

for (const page of report.filter((p) => p.audience === 'patients')) {
  test(`patient page ${page.path} reads at grade ${patientGradeLimit} or below`, () => {
    expect(page.words, `${page.path} has almost no prose to measure`).toBeGreaterThan(20);
    expect(page.fleschKincaidGrade, `${page.path} is at Flesch-Kincaid grade ${page.fleschKincaidGrade}`).toBeLessThanOrEqual(patientGradeLimit);
  });
}
