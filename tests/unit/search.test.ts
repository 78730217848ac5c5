import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { aToZ } from '../../src/lib/a-to-z.ts';
import { aliasWeight, glossaryRecords, indexableHtml, termsOnPage, type SearchTerm } from '../../src/build/search-records.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';

const glossary: SearchTerm[] = [
  { id: 'anakinra', term: 'anakinra', aliases: ['Kineret'], misspellings: ['anakinara'], short: 'An IL-1 blocker.', long: 'A daily injection.' },
  { id: 'methotrexate', term: 'methotrexate', aliases: ['MTX', 'Trexall'], misspellings: [], short: 'A weekly DMARD.', long: 'Taken once a week.' },
  { id: 'il-1', term: 'IL-1', aliases: ['interleukin-1', 'IL1'], misspellings: [], short: 'A messenger.', long: 'It drives swelling.' },
];

/** The same terms in Spanish, as content/i18n/es/glossary.json holds them. */
const glosario: SearchTerm[] = [
  { id: 'anakinra', term: 'anakinra', aliases: ['Kineret'], misspellings: ['anakinara'], short: 'Un bloqueador de la IL-1.', long: 'Una inyección diaria.' },
  { id: 'methotrexate', term: 'metotrexato', aliases: ['MTX'], misspellings: ['metrotexato'], short: 'Un FAME semanal.', long: 'Se toma una vez por semana.' },
  { id: 'il-1', term: 'IL-1', aliases: ['interleucina 1'], misspellings: [], short: 'Un mensajero.', long: 'Provoca hinchazón.' },
];

const page = (body: string, attrs = 'data-pagefind-body') =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body><header>anakinra in the header</header><main ${attrs}><article>${body}</article></main></body></html>`;

describe('termsOnPage', () => {
  test('finds a term by its name or an alias, whole words only, and counts mentions', () => {
    const found = termsOnPage('Anakinra (Kineret) is taken daily. Anakinra is not methotrexated.', glossary);
    expect(found.map((t) => [t.id, t.mentions])).toEqual([['anakinra', 3]]);
  });
  test('treats a hyphen and a space as the same ("interleukin 1" matches "interleukin-1")', () => {
    expect(termsOnPage('What interleukin 1 does', glossary).map((t) => t.id)).toEqual(['il-1']);
  });
  test('lists only the names the page does not already use', () => {
    const [mtx] = termsOnPage('Methotrexate, also called MTX.', glossary);
    expect(mtx?.missingNames).toEqual(['Trexall']);
  });
  test('measures how much of the title is the term', () => {
    expect(termsOnPage('methotrexate', glossary, 'Methotrexate')[0]?.titleShare).toBe(1);
    expect(termsOnPage('methotrexate', glossary, 'Anakinra with methotrexate')[0]?.titleShare).toBeCloseTo(1 / 3);
  });
});

describe('aliasWeight', () => {
  test('a page titled with the term weighs its other names most', () => {
    expect(aliasWeight({ mentions: 1, titleShare: 1 })).toBe(10);
    expect(aliasWeight({ mentions: 40, titleShare: 0 })).toBeLessThan(aliasWeight({ mentions: 1, titleShare: 0.3 }));
  });
  test('otherwise grows with mentions, within Pagefind limits', () => {
    expect(aliasWeight({ mentions: 1, titleShare: 0 })).toBe(0.7);
    expect(aliasWeight({ mentions: 20, titleShare: 0 })).toBeGreaterThan(aliasWeight({ mentions: 2, titleShare: 0 }));
    expect(aliasWeight({ mentions: 10_000, titleShare: 0 })).toBeLessThanOrEqual(10);
  });
});

describe('indexableHtml', () => {
  test('adds the other names of terms the page mentions under its title, weighted', () => {
    const html = indexableHtml(page('<h1>Methotrexate</h1><p class="lede">Weekly.</p><h2 id="a">Dose</h2><p>Take methotrexate once a week.</p>'), glossary);
    const { document } = parseHTML(html ?? '');
    const block = document.querySelector('[data-search-aliases]');
    expect(block?.textContent).toBe('Other names for methotrexate: MTX, Trexall.');
    expect(block?.querySelector('p')?.getAttribute('data-pagefind-weight')).toBe('10');
    // Under the summary, before the first section, so it counts for the page.
    expect(block?.previousElementSibling?.className).toBe('lede');
    expect(block?.nextElementSibling?.id).toBe('a');
  });
  test('puts misspellings after the other names', () => {
    const html = indexableHtml(page('<h1>Anakinra</h1><p>anakinra and methotrexate</p>'), glossary) ?? '';
    const text = parseHTML(html).document.querySelector('[data-search-aliases]')?.textContent ?? '';
    expect(text).toBe('Other names for anakinra: Kineret.Other names for methotrexate: MTX, Trexall.anakinra is sometimes spelled anakinara.');
  });
  test('ignores text marked data-pagefind-ignore and text outside the body', () => {
    const html = indexableHtml(page('<h1>Home</h1><div data-pagefind-ignore>methotrexate</div>'), glossary);
    expect(html).not.toContain('data-search-aliases');
  });
  test('escapes names so they cannot inject markup', () => {
    const tricky: SearchTerm[] = [{ ...glossary[0]!, aliases: ['<b>Kin</b>'] }];
    const html = indexableHtml(page('<h1>x</h1><p>anakinra</p>'), tricky) ?? '';
    expect(html).toContain('&lt;b&gt;Kin&lt;/b&gt;');
  });
  test("a page's own search aliases (frontmatter searchAliases) reach the index, not the page", () => {
    const html = indexableHtml(page('<h1>Questions</h1><p class="lede">Print them.</p>', 'data-pagefind-body data-search-words="questions for my doctor; appointment"'), glossary) ?? '';
    const block = parseHTML(html).document.querySelector('[data-search-aliases]');
    expect(block?.textContent).toBe('Also searched as: questions for my doctor, appointment.');
    expect(block?.querySelector('p')?.getAttribute('data-pagefind-weight')).toBe('7');
  });
  test('a page without data-pagefind-body is not indexed', () => {
    expect(indexableHtml(page('<h1>Search</h1>', 'id="main"'), glossary)).toBeUndefined();
  });
});

describe('glossaryRecords', () => {
  test('one record per term, linking to its anchor, with names and the page language', () => {
    const [record] = glossaryRecords(glossary, 'en', en);
    expect(record).toMatchObject({
      url: '/glossary/#anakinra',
      language: 'en-gb',
      meta: { title: 'anakinra (glossary)', description: 'An IL-1 blocker.' },
      filters: { audience: ['Patients and families'], topic: ['Reference'] },
    });
    expect(record?.content).toMatch(/^anakinra: An IL-1 blocker\. A daily injection\. Other names: Kineret\. Sometimes spelled anakinara\.$/);
  });

  test('Spanish terms go to the Spanish index and link to the Spanish glossary, in Spanish', () => {
    const records = glossaryRecords(glosario, 'es', es);
    expect(records[1]).toMatchObject({
      url: '/es/glossary/#methotrexate',
      language: 'es',
      meta: { title: es.searchRecord.title('metotrexato') },
      filters: { audience: [es.taxonomy.audience.patients], topic: [es.taxonomy.topic.reference] },
    });
    expect(records[1]?.content).toContain('metrotexato');
  });
});

describe('aToZ', () => {
  test('groups pages and terms by first letter, sorted, symbols under #', () => {
    const groups = aToZ([
      { label: 'methotrexate', href: '/g/#m', kind: 'term' },
      { label: 'Anakinra (Kineret)', href: '/anakinra/', kind: 'page' },
      { label: 'ACR20', href: '/g/#acr20', kind: 'term' },
      { label: '5 facts', href: '/x/', kind: 'page' },
    ], 'en-GB');
    expect(groups.map((g) => [g.letter, g.entries.map((e) => e.label)])).toEqual([
      ['#', ['5 facts']],
      ['A', ['ACR20', 'Anakinra (Kineret)']],
      ['M', ['methotrexate']],
    ]);
  });

  test('in Spanish an accent does not make a letter of its own, but Ñ is a letter and comes after N', () => {
    const groups = aToZ([
      { label: 'ñame', href: '/x/', kind: 'term' },
      { label: 'Ácido fólico', href: '/es/glossary/#folic-acid', kind: 'term' },
      { label: 'articulación', href: '/es/glossary/#joint', kind: 'term' },
      { label: 'náuseas', href: '/es/glossary/#nausea', kind: 'term' },
    ], 'es');
    expect(groups.map((g) => [g.letter, g.entries.map((e) => e.label)])).toEqual([
      ['A', ['Ácido fólico', 'articulación']],
      ['N', ['náuseas']],
      ['Ñ', ['ñame']],
    ]);
  });
});

// The integration module, with Pagefind replaced: what it asks Pagefind to do, in order.
const calls: string[] = [];
const fake = {
  addHTMLFile: vi.fn(async (file: { sourcePath: string }) => {
    calls.push(`add ${file.sourcePath}`);
    return { errors: [] as string[], file: { url: `/${file.sourcePath}`, meta: {}, uniqueWords: 1 } };
  }),
  addCustomRecord: vi.fn(async (record: { url: string }) => {
    calls.push(`record ${record.url}`);
    return { errors: [], file: { url: record.url, meta: {}, uniqueWords: 1 } };
  }),
  writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
    calls.push('write');
    return { errors: [], outputPath };
  }),
};
vi.mock('pagefind', () => ({
  createIndex: vi.fn(async () => {
    calls.push('create');
    return { errors: [], index: fake };
  }),
  close: vi.fn(async () => {
    calls.push('close');
    return null;
  }),
}));

describe('buildSearchIndex', () => {
  let dist: string;
  beforeEach(() => {
    calls.length = 0;
    vi.clearAllMocks();
    dist = mkdtempSync(join(tmpdir(), 'search-index-'));
    const write = (path: string, html: string) => {
      mkdirSync(join(dist, path), { recursive: true });
      writeFileSync(join(dist, path, 'index.html'), html);
    };
    write('', page('<h1>Home</h1><p>methotrexate</p>'));
    write('results', page('<h1>Results</h1>'));
    write('search', page('<h1>Search</h1>', 'id="main"'));
    write('es', page('<h1>Inicio</h1><p>metotrexato</p>').replace('lang="en-GB"', 'lang="es"'));
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  test('creates the index, adds each searchable page and each term, writes the files, then closes', async () => {
    const { buildSearchIndex } = await import('../../src/integrations/search-index.ts');
    const summary = await buildSearchIndex(dist, ['/', '/results/', '/search/', '/es/'], { en: glossary, es: glosario });
    expect(calls).toEqual([
      'create',
      'add index.html',
      'add results/index.html',
      'add es/index.html',
      'record /glossary/#anakinra',
      'record /glossary/#methotrexate',
      'record /glossary/#il-1',
      'record /es/glossary/#anakinra',
      'record /es/glossary/#methotrexate',
      'record /es/glossary/#il-1',
      'write',
      'close',
    ]);
    expect(fake.writeFiles).toHaveBeenCalledWith({ outputPath: join(dist, 'pagefind') });
    expect(summary).toMatchObject({ pages: 3, terms: 6 });
    // The page Pagefind indexes carries the other names; the file on disk does not change.
    expect(fake.addHTMLFile.mock.calls[0]?.[0]).toMatchObject({ content: expect.stringContaining('MTX, Trexall') });
    // A Spanish page carries the Spanish glossary's names (a misspelling finds it), not the English ones.
    const spanish = String((fake.addHTMLFile.mock.calls[2]?.[0] as { content?: string } | undefined)?.content);
    expect(spanish).toContain('metrotexato');
    expect(spanish).not.toContain('Trexall');
  });

  test('when Pagefind reports an error, the build fails naming the file, and Pagefind is still closed', async () => {
    fake.addHTMLFile.mockImplementationOnce(async () => ({ errors: ['bad HTML'], file: { url: '', meta: {}, uniqueWords: 0 } }));
    const { buildSearchIndex } = await import('../../src/integrations/search-index.ts');
    await expect(buildSearchIndex(dist, ['/', '/results/', '/search/'], { en: glossary, es: glosario })).rejects.toThrow(/while adding index\.html:\n {2}bad HTML/);
    expect(calls.at(-1)).toBe('close');
    expect(fake.writeFiles).not.toHaveBeenCalled();
  });

  test('when writing throws, Pagefind is still closed', async () => {
    fake.writeFiles.mockRejectedValueOnce(new Error('disk full'));
    const { buildSearchIndex } = await import('../../src/integrations/search-index.ts');
    await expect(buildSearchIndex(dist, ['/', '/results/', '/search/'], { en: glossary, es: glosario })).rejects.toThrow('disk full');
    expect(calls.at(-1)).toBe('close');
  });
});
