/**
 * `npm run readability`: prints the reading level of every built page.
 * Reads dist/readability.json, written by the build; run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { PageReadability } from '../src/build/site-readability.ts';
import { patientGradeLimit, patientGradeTarget, spanishEaseLimit, spanishEaseTarget } from '../src/build/site-readability.ts';

const file = 'dist/readability.json';
if (!existsSync(file)) {
  console.error(`${file} not found. Run \`npm run build\` first.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf-8')) as PageReadability[];
// One table per language: each language has its own measures.
const english = report.flatMap((p) => {
  if (p.lang !== 'en') return [];
  const patient = p.audience === 'patients';
  const status = !patient ? '' : p.fleschKincaidGrade > patientGradeLimit ? 'OVER LIMIT' : p.fleschKincaidGrade > patientGradeTarget ? 'above target' : 'ok';
  return [{ page: p.path, audience: p.audience, 'FK grade': p.fleschKincaidGrade.toFixed(1), 'Reading ease': p.fleschReadingEase.toFixed(0), SMOG: p.smogGrade.toFixed(1), words: p.words, sentences: p.sentences, status }];
});
const spanish = report.flatMap((p) => {
  if (p.lang !== 'es') return [];
  const patient = p.audience === 'patients';
  const status = !patient ? '' : p.szigrisztPazos < spanishEaseLimit ? 'BELOW LIMIT' : p.szigrisztPazos < spanishEaseTarget ? 'below target' : 'ok';
  return [{ page: p.path, audience: p.audience, 'Fernández-Huerta': p.fernandezHuerta.toFixed(0), 'Szigriszt-Pazos': p.szigrisztPazos.toFixed(0), INFLESZ: p.inflesz, words: p.words, sentences: p.sentences, status }];
});
console.table(english);
console.log(`English patient pages: target grade ${patientGradeTarget} or lower, limit ${patientGradeLimit}.`);
console.table(spanish);
console.log(`Spanish patient pages: target Szigriszt-Pazos ${spanishEaseTarget} or higher ("bastante fácil"), limit ${spanishEaseLimit} ("normal").`);
