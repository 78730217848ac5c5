import { describe, expect, test } from 'vitest';
import { anywhereNotice, decideSiteAddress } from '../../src/lib/site-address.ts';
import { medicalWebPage } from '../../src/lib/page-meta.ts';

describe('the site address (SITE_URL)', () => {
  test('unset or empty: a copy that works anywhere, and the build says what that leaves out', () => {
    for (const raw of [undefined, '', '  ']) expect(decideSiteAddress(raw)).toEqual({ kind: 'anywhere', reason: 'unset' });
    expect(anywhereNotice(decideSiteAddress(undefined))).toMatch(/^SITE_URL is not set: .*No canonical links, link previews or sitemap/);
  });
  test('a reserved example domain reaches nothing, so it counts as no address', () => {
    for (const raw of ['https://anakinra-guide.example', 'https://guide.invalid/', 'http://site.test']) {
      expect(decideSiteAddress(raw), raw).toEqual({ kind: 'anywhere', reason: 'placeholder' });
    }
    expect(anywhereNotice(decideSiteAddress('https://x.example'))).toMatch(/placeholder domain/);
  });
  test('a real address is the canonical origin, without a trailing slash, and the build says nothing', () => {
    const address = decideSiteAddress('https://Guide.Hospital.org/');
    expect(address).toEqual({ kind: 'canonical', origin: 'https://guide.hospital.org' });
    expect(anywhereNotice(address)).toBeUndefined();
  });
  test('a folder in SITE_URL stops the build and says to put it in BASE_PATH', () => {
    expect(() => decideSiteAddress('https://intranet.org/ra-guide')).toThrow(
      expect.objectContaining({ hint: 'Set SITE_URL=https://intranet.org BASE_PATH=/ra-guide/' }),
    );
  });
  test('something that is not an http(s) address stops the build', () => {
    expect(() => decideSiteAddress('guide.hospital.org')).toThrow(/is not a web address/);
    expect(() => decideSiteAddress('ftp://guide.hospital.org')).toThrow(/is not an http\(s\) address/);
  });
});

test('a copy built to work anywhere names no address in its JSON-LD', () => {
  const data = medicalWebPage({
    title: 'Results',
    description: 'What the trials found',
    siteName: 'Guide',
    language: 'en-GB',
    author: 'Editors',
    lastReviewed: new Date('2026-11-22T00:00:00Z'),
    audience: 'patients',
  });
  expect(JSON.stringify(data)).not.toMatch(/"(url|image)"/);
  expect(data['isPartOf']).toEqual({ '@type': 'WebSite', name: 'Guide' });
});
