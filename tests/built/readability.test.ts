import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { PageReadability } from '../../src/build/site-readability.ts';
import { patientGradeLimit, spanishEaseLimit } from '../../src/build/site-readability.ts';
import { builtHtml, builtPages, distDir } from '../helpers/built-pages.ts';

const report = JSON.parse(readFileSync(join(distDir, 'readability.json'), 'utf-8')) as PageReadability[];

test('the build measured every built page, each with its language\'s measures', () => {
  expect(report.map((p) => p.path).sort()).toEqual(builtPages());
  for (const page of report) expect(page.lang, page.path).toBe(page.path.startsWith('/es/') ? 'es' : 'en');
});

for (const page of report.filter((p) => p.audience === 'patients')) {
  if (page.lang === 'en') {
    test(`patient page ${page.path} reads at grade ${patientGradeLimit} or below`, () => {
      expect(page.words, `${page.path} has almost no prose to measure`).toBeGreaterThan(20);
      expect(page.fleschKincaidGrade, `${page.path} is at Flesch-Kincaid grade ${page.fleschKincaidGrade}`).toBeLessThanOrEqual(patientGradeLimit);
    });
  } else {
    test(`Spanish patient page ${page.path} reads at INFLESZ "normal" (${spanishEaseLimit}) or easier`, () => {
      expect(page.words, `${page.path} has almost no prose to measure`).toBeGreaterThan(20);
      expect(page.szigrisztPazos, `${page.path} scores ${page.szigrisztPazos} (${page.inflesz})`).toBeGreaterThanOrEqual(spanishEaseLimit);
    });
  }
}

test('each About page shows both languages\' tables, in its own language', () => {
  const english = builtHtml('/about/');
  const spanish = builtHtml('/es/about/');
  for (const html of [english, spanish]) {
    expect(html.match(/<table>/g)?.length, 'two reading-level tables').toBeGreaterThanOrEqual(2);
    expect(html).toContain('<a href="/es/anakinra/">');
    expect(html).toContain('<a href="/anakinra/">');
  }
  expect(english).toContain('<th scope="col">Szigriszt-Pazos</th>');
  expect(english).toContain('Reading ease of each Spanish page');
  expect(spanish).toContain('Facilidad de lectura de cada página en español');
  expect(spanish).toContain('bastante fácil');
});
