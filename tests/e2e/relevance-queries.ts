/**
 * What patients and clinicians type, and where it must lead: the page (or page#section)
 * that must be among the first 3 results. Includes the aliases the glossary promises and
 * the misspellings it lists. A section target passes when one of the first 3 results has
 * it as a sub-result; a glossary target ("/glossary/#id") is the term's own result.
 */
export interface RelevanceCase {
  query: string;
  /** The target; a list when several pages answer equally well (any one must be in the top 3). */
  expect: string | string[];
  why: string;
}

export const relevanceCases: RelevanceCase[] = [
  { query: 'kineret side effects', expect: '/side-effects/', why: 'brand name + worry' },
  { query: 'kineret', expect: '/anakinra/', why: 'brand name' },
  { query: 'mtx', expect: '/methotrexate/', why: 'abbreviation' },
  { query: 'Trexall', expect: '/methotrexate/', why: 'US brand' },
  { query: 'Otrexup', expect: '/methotrexate/', why: 'US brand (auto-injector)' },
  { query: 'Rasuvo', expect: '/methotrexate/', why: 'US brand (auto-injector)' },
  { query: 'methotrexat', expect: '/methotrexate/', why: 'misspelling' },
  { query: 'anakinara', expect: '/anakinra/', why: 'misspelling' },
  { query: 'rheumatiod', expect: ['/glossary/#rheumatoid-arthritis', '/ra-and-il-1/'], why: 'misspelling: the term, or the page about RA' },
  { query: 'shot hurts', expect: '/side-effects/', why: 'lay words for an injection-site reaction' },
  { query: 'jab', expect: ['/glossary/#injection', '/anakinra/'], why: 'lay word for injection; the anakinra page shows how to inject' },
  { query: 'needle', expect: '/glossary/#injection', why: 'lay word for injection' },
  { query: 'injection site reaction', expect: '/side-effects/#skin-reactions-where-you-inject', why: 'most common side effect' },
  { query: 'can I drink', expect: '/methotrexate/', why: 'alcohol with methotrexate' },
  { query: 'alcohol', expect: '/methotrexate/#alcohol', why: 'alcohol with methotrexate' },
  { query: 'pregnancy', expect: ['/methotrexate/#pregnancy-breastfeeding-and-fertility', '/anakinra/#pregnancy-and-breastfeeding'], why: 'methotrexate harms a baby; both pages say what to do' },
  { query: 'once a week', expect: '/methotrexate/', why: 'the weekly-dose warning' },
  { query: 'folic acid', expect: '/methotrexate/', why: 'taken with methotrexate' },
  { query: 'how well does it work', expect: '/results/', why: 'a question typed as a sentence' },
  { query: 'how long does it take to work', expect: '/results/', why: 'a question typed as a sentence' },
  { query: 'serious infection', expect: '/side-effects/#serious-infections', why: 'the main safety worry' },
  { query: 'white blood cells', expect: '/glossary/#neutrophil', why: 'lay words for neutrophils' },
  { query: 'blood tests', expect: ['/side-effects/#blood-tests', '/methotrexate/#blood-tests', '/anakinra/#blood-tests'], why: 'monitoring: each medicine page has a section' },
  { query: 'vaccine', expect: ['/anakinra/#vaccines', '/methotrexate/#vaccines'], why: 'no live vaccines with either medicine' },
  { query: 'interleukin-1', expect: '/ra-and-il-1/', why: 'full name of IL-1' },
  { query: 'IL1', expect: '/ra-and-il-1/', why: 'IL-1 without the hyphen' },
  { query: 'IL-1', expect: '/ra-and-il-1/', why: 'the messenger anakinra blocks' },
  { query: 'ACR50', expect: '/results/', why: 'clinician outcome term' },
  { query: 'ACR 20', expect: '/glossary/#acr20', why: 'ACR20 with a space' },
  { query: 'ACR-20', expect: '/glossary/#acr20', why: 'ACR20 with a hyphen' },
  { query: 'dose response', expect: '/results/#the-2002-trial-finding-the-dose', why: 'clinician: the 2002 dose-finding trial' },
  { query: 'placebo', expect: '/glossary/#placebo', why: 'trial word' },
  { query: 'mouse model', expect: '/research-cia-model/', why: 'researcher' },
  { query: 'collagen-induced arthritis', expect: '/research-cia-model/', why: 'researcher, full name' },
  { query: 'missed dose', expect: ['/methotrexate/#if-you-miss-a-dose', '/anakinra/#if-you-miss-a-dose'], why: 'what to do: each medicine page says' },
  { query: 'questions for my doctor', expect: '/questions/', why: 'how patients name the questions page (its searchAliases)' },
  { query: 'what to ask the doctor', expect: '/questions/', why: 'a question typed as a sentence' },
  { query: 'appointment', expect: '/questions/', why: 'the visit the questions are for' },
  { query: 'reading level', expect: '/about/#reading-level-of-each-page', why: 'how the guide is written' },
];

/**
 * The same promise for the Spanish edition: what a Spanish-speaking patient types, with and
 * without accents, the brand names, and the misspellings the Spanish glossary lists.
 */
export const relevanceCasesEs: RelevanceCase[] = [
  { query: 'metotrexato', expect: '/es/methotrexate/', why: 'the medicine, in Spanish' },
  { query: 'metrotexato', expect: ['/es/methotrexate/', '/es/glossary/#methotrexate'], why: 'common misspelling' },
  { query: 'MTX', expect: '/es/methotrexate/', why: 'abbreviation' },
  { query: 'Kineret', expect: '/es/anakinra/', why: 'brand name' },
  { query: 'anakinra', expect: '/es/anakinra/', why: 'the medicine' },
  { query: 'inyección', expect: ['/es/anakinra/', '/es/glossary/#injection'], why: 'how anakinra is taken' },
  { query: 'inyeccion', expect: ['/es/anakinra/', '/es/glossary/#injection'], why: 'typed without the accent' },
  { query: 'infección', expect: ['/es/side-effects/', '/es/glossary/#serious-infection', '/es/glossary/#infection'], why: 'the main safety worry' },
  { query: 'infección grave', expect: ['/es/side-effects/', '/es/glossary/#serious-infection'], why: 'the main safety worry' },
  { query: 'embarazo', expect: ['/es/methotrexate/', '/es/anakinra/'], why: 'methotrexate harms a baby; both pages say what to do' },
  { query: 'efectos secundarios', expect: '/es/side-effects/', why: 'the safety page' },
  { query: 'ácido fólico', expect: ['/es/methotrexate/', '/es/glossary/#folic-acid'], why: 'taken with methotrexate' },
  { query: 'una vez por semana', expect: '/es/methotrexate/', why: 'the weekly-dose rule' },
  { query: 'alcohol', expect: '/es/methotrexate/', why: 'alcohol with methotrexate' },
  { query: 'vacuna', expect: ['/es/anakinra/', '/es/methotrexate/'], why: 'no live vaccines with either medicine' },
  { query: 'análisis de sangre', expect: ['/es/methotrexate/', '/es/side-effects/', '/es/anakinra/'], why: 'monitoring' },
  { query: 'se me olvidó una dosis', expect: ['/es/methotrexate/', '/es/anakinra/'], why: 'what to do after a missed dose' },
  { query: 'preguntas para el médico', expect: '/es/questions/', why: 'how patients name the questions page' },
  { query: 'placebo', expect: '/es/glossary/#placebo', why: 'trial word' },
  { query: 'artritis reumatoide', expect: ['/es/ra-and-il-1/', '/es/glossary/#rheumatoid-arthritis'], why: 'the illness' },
  { query: 'interleucina', expect: '/es/ra-and-il-1/', why: 'full name of IL-1' },
  { query: 'IL-1', expect: '/es/ra-and-il-1/', why: 'the messenger anakinra blocks' },
  { query: 'resultados', expect: '/es/results/', why: 'the trial results page' },
  { query: 'reacción en la piel', expect: ['/es/side-effects/', '/es/glossary/#injection-site-reaction'], why: 'most common side effect, lay words' },
  { query: 'ACR20', expect: ['/es/glossary/#acr20', '/es/results/'], why: 'clinician outcome term' },
  { query: 'juntos', expect: '/es/together/', why: 'taking the two medicines together' },
  { query: 'imprimir', expect: '/es/handout/', why: 'the printable handout' },
];
