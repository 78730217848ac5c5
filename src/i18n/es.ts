import type { NumberWords } from '../lib/wording.ts';
import { en, type UiText } from './en.ts';

/**
 * Cómo se dicen en español los números y los resultados (ver NumberWords en src/lib/wording.ts).
 * "38 de cada 100", "1,8 %", "después de 12 semanas". Las palabras de frecuencia son las de
 * los prospectos de la UE en español, en femenino plural: las frases de las páginas hablan de
 * "reacciones" e "infecciones".
 */
const numbers: NumberWords = {
  locale: 'es',
  notReported: 'no informado',
  outOf: (people, of) => `${people} de cada ${of}`,
  aboutOutOf: (people, of) => `alrededor de ${people} de cada ${of}`,
  fewerThanOne: (of) => `menos de 1 de cada ${of}`,
  after: (weeks) => `después de ${weeks === 1 ? '1 semana' : `${weeks} semanas`}`,
  over: (weeks) => `durante ${weeks === 1 ? '1 semana' : `${weeks} semanas`}`,
  acrossTrials: 'en el conjunto de los ensayos',
  ratio: (ratio, written) => ({ 2: 'el doble de', 3: 'el triple de', 4: 'cuatro veces más' } as Record<number, string>)[ratio] ?? `${written} veces más`,
  doseUnits: { 'mg/kg': 'mg por kg de peso corporal', mg: 'mg' },
  sameNumber: 'más o menos el mismo número de personas',
  moreOrFewer: (people, written, more, of) =>
    `alrededor de ${written} ${people === 1 ? 'persona' : 'personas'} ${more ? 'más' : 'menos'} de cada ${of}`,
  measures: {
    ACR20: {
      name: 'ACR20',
      happened: 'mejoraron al menos un 20 % (ACR20: menos articulaciones doloridas e hinchadas, y mejoría en otras pruebas)',
      more: 'mejoraron',
    },
    ACR50: { name: 'ACR50', happened: 'mejoraron al menos un 50 % (ACR50: una bajada mayor de articulaciones doloridas e hinchadas)', more: 'mejoraron así de bien' },
    ACR70: { name: 'ACR70', happened: 'mejoraron al menos un 70 % (ACR70: una bajada aún mayor de articulaciones doloridas e hinchadas)', more: 'mejoraron así de bien' },
    'injection-site-reaction': { name: 'Reacción en el lugar de la inyección', happened: 'tuvieron una reacción donde se inyectaron', more: 'tuvieron una reacción en la piel' },
    'withdrawal-injection-site-reaction': {
      name: 'Dejaron el tratamiento por reacciones en el lugar de la inyección',
      happened: 'dejaron el tratamiento antes de tiempo por reacciones en el lugar de la inyección',
      more: 'lo dejaron antes de tiempo',
    },
    'serious-infection': { name: 'Infección grave', happened: 'tuvieron una infección grave', more: 'tuvieron una infección grave' },
  },
  frequency: {
    'very common': 'muy frecuentes',
    common: 'frecuentes',
    uncommon: 'poco frecuentes',
    rare: 'raras',
    'very rare': 'muy raras',
    'not seen': 'no observadas',
  },
  result: {
    main: (figure, percent, arm, happened, when) => `${figure} personas${percent ? ` (${percent})` : ''} que recibieron ${arm} ${happened} ${when}`,
    notReported: (arm, happened, when) => `La fuente no informó cuántas personas que recibieron ${arm} ${happened} ${when}.`,
    controlNotReported: (control) => `La fuente no dio una cifra para las personas que recibieron ${control}.`,
    comparedWith: (figure, control) => `, frente a ${figure} que recibieron ${control}`,
    so: (difference, verb) => `Es decir, ${difference} ${verb}.`,
    same: (verb) => `Es decir, más o menos el mismo número de personas ${verb} en los dos grupos.`,
  },
  dose: {
    noneReported: (measure, when) => `Ninguna dosis tuvo un resultado ${measure} informado ${when}.`,
    noneReportedShort: (when) => `Ninguna dosis tuvo un resultado informado ${when}.`,
    best: (dose, measure, when, figure) => `La dosis de ${dose} tuvo el mejor resultado ${measure} informado ${when}: ${figure} personas`,
    versusPlacebo: (figure) => `, frente a ${figure} con placebo`,
    higherNotBetter: (doses) => `La dosis más alta (${doses}) no dio mejor resultado.`,
    missing: (count) => (count === 1 ? '1 dosis no tiene una cifra informada.' : `${count} dosis no tienen una cifra informada.`),
    amongReported: 'De las dosis con un resultado informado, ',
    amongAll: 'De todas las dosis, ',
    didBest: (dose, when, figure, verb) => `la de ${dose} fue la mejor ${when}: ${figure} ${verb}`,
  },
};

// PLACEHOLDER until the translation lands (never merged to main as is).
export const es: UiText = {
  ...en,
 numbers,
 taxonomy: {
   audience: { patients: 'Pacientes y familias', clinicians: 'Profesionales de la salud', researchers: 'Investigadores' },
   topic: { basics: 'Lo básico', medicines: 'Los medicamentos', evidence: 'Resultados de los ensayos', safety: 'Efectos secundarios y seguridad', reference: 'Consulta', research: 'Investigación', about: 'Sobre esta guía' },
 },
 language: { label: 'Idioma', home: 'Esta guía en español: ir a la página principal' },
 searchRecord: { otherNames: (names) => `Otros nombres: ${names}.`, spelled: (names) => `A veces se escribe ${names}.`, title: (term) => `${term} (glosario)` },
 citeThisPage: { ...en.citeThisPage, nlm: { in: 'En', internet: 'Internet', reviewed: 'revisado', cited: 'citado', availableFrom: 'Disponible en', months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'] } },
 ogFooter: (audience) => `Guía en lenguaje sencillo · para ${audience.toLowerCase()}`,

};
