/**
 * Las palabras de la interfaz en español (neutral, de usted). Misma forma que `en` en en.ts:
 * el tipo `UiText` exige cada clave con los mismos argumentos, así que falta una palabra y la
 * compilación falla; nunca se muestra el inglés en su lugar.
 */
import type { NumberWords } from '../lib/wording.ts';
import type { UiText } from './en.ts';

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

export const es: UiText = {
  numbers,
  taxonomy: {
    audience: { patients: 'Pacientes y familias', clinicians: 'Profesionales de la salud', researchers: 'Investigadores' },
    topic: {
      basics: 'Lo básico',
      medicines: 'Los medicamentos',
      evidence: 'Resultados de los ensayos',
      safety: 'Efectos secundarios y seguridad',
      reference: 'Consulta',
      research: 'Investigación',
      about: 'Sobre esta guía',
    },
  },
  language: {
    label: 'Idioma',
    home: 'Esta guía en español: ir a la página principal',
  },
  searchRecord: {
    otherNames: (names) => `Otros nombres: ${names}.`,
    spelled: (names) => `A veces se escribe ${names}.`,
    title: (term) => `${term} (glosario)`,
  },
  ogFooter: (audience) => `Guía en lenguaje sencillo · para ${audience.toLowerCase()}`,
  skipLink: 'Ir al contenido principal',
  header: { search: 'Buscar', menu: 'Menú', contents: 'Páginas de esta guía' },

  search: {
    label: 'Buscar en la guía',
    placeholder: 'Buscar en la guía',
    submit: 'Buscar',
    hint: 'Los resultados aparecen mientras escribe. Use la flecha hacia abajo para recorrerlos.',
    count: { one: '1 resultado para «{query}»', other: '{count} resultados para «{query}»' },
    allResults: 'Todos los resultados, con filtros, en la página de búsqueda',
    more: 'Mostrar más resultados',
    filters: { audience: 'Para quién', topic: 'Tema' },
    devOnly: { before: 'La búsqueda funciona en el sitio ya construido: ejecute', command: 'npm start', after: '.' },
    empty: {
      nothing: 'Nada en la guía coincide con esas palabras.',
      tryThese: 'Puede probar:',
      tips: [
        'una palabra más corta o más sencilla, como «inyección», «infección» o «efectos secundarios»',
        'otro nombre del medicamento, como «Kineret» para anakinra o «MTX» para metotrexato',
        'revisar cómo está escrita',
        'quitar un filtro, si eligió alguno',
      ],
      alsoBefore: 'También puede buscar la palabra en',
      glossaryLink: 'el glosario',
      alsoBetween: ', o elegir una página de',
      pagesLink: 'la lista de páginas',
      alsoAfter: '.',
    },
    page: {
      title: 'Buscar en esta guía',
      description: 'Escriba lo que quiere saber, con sus propias palabras. También puede elegir entre todas las páginas y palabras de la guía, de la A a la Z.',
      needsJs:
        'La búsqueda necesita JavaScript, que está desactivado o no funciona en este navegador. Abajo están todas las páginas y todas las palabras del glosario, de la A a la Z.',
      aToZ: 'Páginas y palabras, de la A a la Z',
      letter: (letter) => `Letra ${letter}`,
      inGlossary: ' (en el glosario)',
    },
  },

  pageTools: {
    // Short, so both buttons fit on one line of a phone under the title.
    share: 'Compartir',
    print: 'Imprimir',
    copied: 'Enlace copiado',
    sectionNotCopied: 'No se pudo copiar. La barra de direcciones ya tiene el enlace a esta sección.',
    pageNotCopied: 'No se pudo copiar. La dirección de la página es {url}',
  },
  sectionLink: 'Enlace a esta sección',

  careCard: {
    'non-urgent': { label: 'Consejo no urgente', visible: 'Hable con su equipo de atención' },
    urgent: { label: 'Consejo urgente', visible: 'Pida consejo ahora' },
    emergency: { label: 'Actúe de inmediato', visible: 'Pida ayuda ahora' },
    important: { label: 'Importante', visible: 'Importante' },
    how: {
      'non-urgent': (team) => [`Hable con ${team.name}:`, team],
      urgent: (team) => [`Hable con ${team.name} de inmediato:`, team],
      emergency: (emergency) => [`Llame a ${emergency.name}`, emergency],
    },
    urgentFallback: (urgent) => [`Si está cerrado, llame a ${urgent.name}:`, urgent],
    emergencyAlso: 'o vaya al servicio de urgencias más cercano.',
  },
  keyFacts: { heading: 'Datos clave' },
  nextSteps: { heading: 'Qué hacer ahora' },
  forClinicians: (title) => `Para profesionales de la salud: ${title}`,
  checklist: {
    saved: 'Sus marcas se guardan solo en este dispositivo. Nunca se envían a ningún sitio.',
  },
  pagination: { label: 'Página anterior y siguiente', previous: 'Anterior', next: 'Siguiente' },
  theme: { legend: 'Colores', system: 'Como mi dispositivo', light: 'Claro', dark: 'Oscuro' },

  results: {
    notReported: 'No informado',
    group: 'Grupo',
    percent: 'Porcentaje',
    analysed: (people) => `${people} personas analizadas`,
    versus: (p, control) => `${p} frente a ${control}`,
    trend: (measure, p) => `${measure}, tendencia entre dosis: ${p}`,
    source: (trial) => `Fuente: ${trial}`,
  },
  doseResponse: {
    caption: (trial, measure, when) => `${trial}: ${measure} ${when}, según la dosis diaria de anakinra`,
    doseHeader: 'Dosis diaria (todos tomaban también metotrexato)',
    placeboRow: 'Placebo (sin anakinra)',
    notReportedNote: '«No informado» quiere decir que la fuente que revisamos no da una cifra para esa dosis, así que no mostramos ninguna.',
  },
  doseChart: {
    placebo: 'Placebo',
    notReported: 'no informado',
    description: (trial, measure, when) =>
      `Gráfico de barras: porcentaje de personas de cada grupo del ${trial} que alcanzaron ${measure} ${when}, según la dosis diaria de anakinra, de 0 a 100 %.`,
    units: (units) => ` Las dosis están en ${units.join(' o ')}, una vez al día.`,
  },
  iconArray: {
    notReported: 'No informado: la fuente no da una cifra para este grupo.',
    // `happened` is plural ("mejoraron"), as result sentences need it: these lines speak of
    // the filled figures together, so the verb agrees.
    picture: (arm, filled, outOf, happened) => `${arm}: ${filled} de ${outOf} figuras rellenas, las personas que ${happened}.`,
    didNot: 'no',
    key: (harm, happened) =>
      `Clave: cada ${harm ? 'triángulo relleno (un daño)' : 'círculo relleno'} es una persona. Los rellenos son las personas que ${happened}; los anillos vacíos, las que no.`,
    showTable: 'Ver como tabla',
    outOf: (scale) => `De cada ${scale}`,
  },
  injectionSites: {
    title: 'Dónde inyectar: 1, la parte de delante de los muslos; 2, la barriga, lejos del ombligo; 3, la parte de atrás de los brazos.',
    front: 'Delante',
    back: 'Detrás',
    intro: 'Puede inyectarse en:',
    sites: [
      'La parte de delante de los muslos.',
      'La barriga, pero no cerca del ombligo.',
      'La parte de atrás de los brazos, si otra persona le pone la inyección.',
    ],
    rotate: 'Use un lugar distinto cada día.',
  },
  weekStrip: {
    caption: 'Una semana de ejemplo. Su equipo elige sus días y los anota con usted.',
    medicine: 'Medicamento',
    days: [
      ['Lu', 'lunes'],
      ['Ma', 'martes'],
      ['Mi', 'miércoles'],
      ['Ju', 'jueves'],
      ['Vi', 'viernes'],
      ['Sá', 'sábado'],
      ['Do', 'domingo'],
    ],
    rows: {
      methotrexate: { label: 'Metotrexato', note: 'una vez por semana, el mismo día' },
      'folic-acid': { label: 'Ácido fólico', note: 'no el día del metotrexato' },
      anakinra: { label: 'Anakinra', note: 'todos los días' },
    },
    dose: 'tomarlo',
    noDose: 'nada',
  },
  scoringScale: {
    caption: (scale) => `${scale.name}: de ${scale.min} a ${scale.max} ${scale.unit}, ${scale.paws} patas, hasta ${scale.maxPerAnimal} por ratón`,
    score: 'Puntuación',
    meaning: 'Qué significa',
  },
  glossary: {
    letters: 'Glosario, de la A a la Z',
    aliases: (names) => `También se llama: ${names.join(', ')}`,
    more: (term) => `Más sobre ${term} en el glosario`,
  },
  qrCode: {
    image: (title, url) => `Código QR de ${title}: ${url}`,
    caption: (title) => `Escanee para abrir «${title}»`,
  },
  cite: { source: 'fuente ' },
  reportMistake: {
    before: 'Si encuentra un error, escriba al equipo editorial a',
    after: '. Díganos la página y qué está mal. Revisamos cada aviso con las fuentes.',
    noEmail: 'Si encuentra un error, avise a la clínica o al grupo que le dio esta guía. Diga en qué página está y qué está mal.',
  },

  notFound: {
    title: 'No se encontró la página',
    description: 'No hay ninguna página en esta dirección. Puede que el enlace tenga un error o que la página se haya movido.',
    searchHeading: 'Busque lo que quería',
    searchLabel: 'Palabras para buscar',
    pagesHeading: 'O elija una página',
    reportHeading: '¿Llegó aquí por un enlace?',
    reportBefore: 'Si una carta, un folleto o un sitio web le trajo aquí, escriba a',
    reportAfter: 'con la dirección que usó, para que podamos arreglarla.',
    reportNoEmail: 'Si una carta, un folleto o un sitio web le trajo aquí, avise a la clínica o al grupo que le dio esta guía y diga qué dirección usó.',
  },

  offline: {
    savedCopy: (date) => `No tiene conexión. Esta es la copia guardada el ${date}.`,
    notSaved: 'No tiene conexión y esta página no se guardó en este dispositivo. Conéctese a internet y vuelva a intentarlo.',
    updated: 'Esta guía se ha actualizado. Vuelva a cargar la página para ver la última versión.',
    reload: 'Volver a cargar',
    save: {
      summary: 'Guardar esta guía para leerla sin conexión',
      needsJs: 'Para guardar la guía y leerla sin conexión hace falta JavaScript, que está desactivado o no funciona en este navegador.',
      notSaved: 'La guía no está guardada en este dispositivo. Guardarla descarga unos {size}.',
      saved: 'La guía está guardada en este dispositivo ({size}). Puede leerla sin señal. Con conexión, siempre verá la última versión.',
      saving: 'Guardando: {done} de {total} archivos.',
      removed: 'La copia guardada se quitó de este dispositivo.',
      unsupported: 'Este navegador no puede guardar la guía para leerla sin conexión.',
      failed: 'No se pudo guardar la guía. Revise su conexión y vuelva a intentarlo.',
      save: 'Guardar la guía',
      remove: 'Quitar la copia guardada',
    },
  },

  sources: { summary: 'Fuentes y cómo citar', heading: 'Fuentes' },
  reference: {
    currentVersion: 'versión actual',
    pubmed: (pmid) => `PubMed ${pmid}`,
    doi: (doi) => `DOI ${doi}`,
    fullText: (pmcid) => `Texto completo ${pmcid}`,
    online: (host) => `En línea en ${host}`,
  },
  readingLevels: {
    page: 'Página',
    english: {
      caption: 'Nivel de lectura de cada página en inglés, medido en las páginas construidas (grado escolar de EE. UU.: más bajo es más fácil; facilidad de lectura: más alta es más fácil)',
      columns: ['Grado (Flesch-Kincaid)', 'Facilidad (Flesch)', 'Grado (SMOG)'],
    },
    spanish: {
      caption: 'Facilidad de lectura de cada página en español, medida en las páginas construidas (más alta es más fácil; INFLESZ lee la puntuación de Szigriszt-Pazos)',
      columns: ['Fernández-Huerta', 'Szigriszt-Pazos', 'INFLESZ'],
      grades: {
        'very-difficult': 'muy difícil',
        'somewhat-difficult': 'algo difícil',
        normal: 'normal',
        'fairly-easy': 'bastante fácil',
        'very-easy': 'muy fácil',
      },
    },
  },
  citeThisPage: {
    heading: 'Cómo citar esta página',
    dateRead: 'fecha en que la leyó',
    nlm: {
      in: 'En',
      internet: 'Internet',
      reviewed: 'revisado',
      cited: 'citado',
      availableFrom: 'Disponible en',
      months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
    },
  },
  reviewDates: {
    lastReviewed: 'Última revisión de la página:',
    nextReview: 'Próxima revisión:',
    writtenBy: (author) => `Escrito por: ${author}`,
  },
  reviewer: {
    named: (r) => `Revisado por: ${r.name}, ${r.credentials}${r.organisation ? `, ${r.organisation}` : ''}`,
    none: 'Ningún profesional de la salud con nombre ha revisado esta copia de la guía. Consulte con su equipo de atención lo que lea aquí.',
  },
  printFooter: {
    label: 'Copia impresa',
    qr: (url) => `Código QR de ${url}`,
    online: 'En internet, siempre al día:',
    reviewed: (last, next) => `Última revisión: ${last}${next ? `; próxima revisión: ${next}` : ''}.`,
    printed: 'Impreso desde el sitio web. Consulte la página en internet por si hay cambios.',
  },
  footer: {
    disclaimerLead: 'Esta guía es solo informativa.',
    disclaimer: (emergency) =>
      `No reemplaza el consejo de su reumatólogo, enfermera, médico de familia o farmacéutico. No empiece, deje ni cambie un medicamento sin hablar con su equipo de atención. En una emergencia, llame a ${emergency.name} (${emergency.how}).`,
    credit: (siteName, author) => `${siteName}. Escrito por ${author}. Se puede copiar y publicar libremente con la licencia CC BY 4.0.`,
  },
};
