import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { ogImagePng, ogSize, titleFontSize } from '../../src/build/og-image.ts';
import { isoDate, medicalWebPage, nlmCitation, nlmDate } from '../../src/lib/page-meta.ts';
import { qrSvg } from '../../src/lib/qr.ts';
import { contractProblems, extendContract, sectionIds } from '../../src/build/url-contract.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';

describe('citation helpers', () => {
  test('NLM dates are "YYYY Mon D"', () => {
    expect(nlmDate(new Date('2026-11-02T00:00:00Z'), en.citeThisPage.nlm.months)).toBe('2026 Nov 2');
    expect(nlmDate(new Date('2026-12-05T00:00:00Z'), es.citeThisPage.nlm.months)).toBe('2026 dic 5');
    expect(isoDate(new Date('2026-01-09T00:00:00Z'))).toBe('2026-01-09');
  });
  test('cite this page follows NLM for part of a website, with the cited date left for the reader', () => {
    const c = nlmCitation({
      author: "The guide's editorial team",
      title: 'Side effects and safety',
      siteName: 'Anakinra with methotrexate: a guide',
      url: 'https://guide.example.org/side-effects/',
      lastReviewed: new Date('2026-11-22T00:00:00Z'),
    }, en.citeThisPage.nlm);
    expect(`${c.before}2026 Dec 1${c.after}`).toBe(
      "The guide's editorial team. Side effects and safety. In: Anakinra with methotrexate: a guide [Internet]. " +
        '[reviewed 2026 Nov 22; cited 2026 Dec 1]. Available from: https://guide.example.org/side-effects/',
    );
  });
  test('in Spanish the same reference uses the Spanish words of the Vancouver style', () => {
    const c = nlmCitation({ author: 'El equipo editorial de la guía', title: 'Efectos secundarios', siteName: 'Guía', url: 'https://guide.example.org/es/side-effects/', lastReviewed: new Date('2026-12-05T00:00:00Z') }, es.citeThisPage.nlm);
    expect(`${c.before}2026 dic 6${c.after}`).toBe(
      'El equipo editorial de la guía. Efectos secundarios. En: Guía [Internet]. [revisado 2026 dic 5; citado 2026 dic 6]. Disponible en: https://guide.example.org/es/side-effects/',
    );
  });
  test('a title that ends in a question mark gets no extra full stop', () => {
    const c = nlmCitation({ author: 'Team.', title: 'Does it work?', siteName: 'S', url: 'u', lastReviewed: new Date(0) }, en.citeThisPage.nlm);
    expect(c.before).toMatch(/^Team\. Does it work\? In: S/);
  });
});

describe('MedicalWebPage JSON-LD', () => {
  const input = {
    title: 'Anakinra (Kineret)',
    description: 'd',
    url: 'https://x.org/anakinra/',
    siteName: 'Guide',
    siteUrl: 'https://x.org/',
    language: 'en-GB',
    author: 'Editorial team',
    lastReviewed: new Date('2026-11-22T00:00:00Z'),
    audience: 'clinicians',
    image: 'https://x.org/og/anakinra.png',
  } as const;
  const page = medicalWebPage(input);
  test('has the review date, the author and both medicines as Drug', () => {
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-11-22',
      author: { '@type': 'Organization', name: 'Editorial team' },
      audience: { '@type': 'MedicalAudience', audienceType: 'Clinician' },
    });
    const about = page['about'] as { '@type': string; name: string }[];
    expect(about.filter((a) => a['@type'] === 'Drug').map((a) => a.name)).toEqual(['anakinra', 'methotrexate']);
  });
  test('claims a reviewer only when a named clinician is configured, and then names that person', () => {
    expect(page).not.toHaveProperty('reviewedBy');
    const reviewed = medicalWebPage({ ...input, reviewedBy: { name: 'Dr A Example', credentials: 'Consultant rheumatologist' } });
    expect(reviewed['reviewedBy']).toEqual({ '@type': 'Person', name: 'Dr A Example', jobTitle: 'Consultant rheumatologist' });
  });
});

/** Reads a QR code back from its SVG, as a phone camera would from paper. */
function decode(svg: string): string | undefined {
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: 400 } }).render();
  const result = jsQR(new Uint8ClampedArray(rendered.pixels), rendered.width, rendered.height);
  return result?.data;
}

describe('QR codes', () => {
  test('the SVG scans back to the exact address, and is labelled for screen readers', () => {
    const url = 'https://intranet.example.org/ra-guide/side-effects/';
    const svg = qrSvg(url, `QR code for ${url}`);
    expect(decode(svg)).toBe(url);
    expect(svg).toMatch(/^<svg role="img" aria-label="QR code for https:\/\/intranet\.example\.org\/ra-guide\/side-effects\/" /);
  });
  test('a quote in the label cannot break the SVG', () => {
    const svg = qrSvg('https://x.org/', 'He said "hi"');
    expect(svg).toContain('aria-label="He said &quot;hi&quot;"');
    expect(decode(svg)).toBe('https://x.org/');
  });
});

describe('link-preview images', () => {
  test('a 1200 × 630 PNG under 100 KB, drawn with no network', async () => {
    const png = await ogImagePng({ title: 'Side effects and safety', siteName: 'Guide', footer: 'For patients' });
    const header = Buffer.from(png);
    expect(header.subarray(1, 4).toString()).toBe('PNG');
    expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([ogSize.width, ogSize.height]);
    expect(png.length).toBeLessThan(100 * 1024);
  });
  test('long titles get smaller type', () => {
    expect(titleFontSize('Glossary')).toBeGreaterThan(titleFontSize('Anakinra with methotrexate for rheumatoid arthritis, a very long title indeed'));
  });
});

describe('URL contract', () => {
  const page = (ids: string[]) => `<main>${ids.map((id) => `<h2 id="${id}">x</h2>`).join('')}<p id="not-a-section"></p></main>`;
  test('collects the h2/h3 anchors of a page', () => {
    expect(sectionIds(page(['b', 'a']))).toEqual(['a', 'b']);
  });
  test('a page or anchor that disappears is a problem; a redirect page keeps a URL', () => {
    const contract = { '/a/': ['x', 'y'], '/old/': ['z'], '/moved/': ['q'] };
    const built = new Map([
      ['/a/', page(['x'])],
      ['/moved/', '<meta http-equiv="refresh" content="0;url=/a/">'],
    ]);
    expect(contractProblems(contract, built)).toEqual([
      '/a/#y is gone. Fix: keep the old anchor (<span id="y"></span>) by the new heading, or keep the heading\'s words.',
      '/old/ is gone. Fix: add a redirect in astro.config.mjs (moved) from it to the page that replaced it, or restore the page.',
    ]);
  });
  test('an old anchor kept on another element still counts', () => {
    expect(contractProblems({ '/a/': ['not-a-section'] }, new Map([['/a/', page([])]]))).toEqual([]);
  });
  test('extending adds new pages and anchors and never drops promised ones', () => {
    const next = extendContract({ '/a/': ['old'] }, new Map([['/a/', page(['new'])], ['/b/', page(['s'])]]));
    expect(next).toEqual({ '/a/': ['new', 'old'], '/b/': ['s'] });
  });
});
