import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { builtHtml, guidePages, sameEdition } from '../helpers/built-pages.ts';

// Checks on the built HTML that hold for every page of the guide.
const pages = guidePages().map((path) => ({ path, document: parseHTML(builtHtml(path)).document }));

test('every page opens with "Key facts" of 3 to 5 bullets', () => {
  for (const { path, document } of pages) {
    const box = document.querySelector('main .key-facts');
    expect(box, `${path} has no Key facts`).not.toBeNull();
    // The key facts come straight after the title and summary.
    expect(box!.previousElementSibling?.classList.contains('lede'), `${path}: Key facts is not first`).toBe(true);
    const bullets = box!.querySelectorAll('li').length;
    expect(bullets, `${path} has ${bullets} key facts`).toBeGreaterThanOrEqual(3);
    expect(bullets, `${path} has ${bullets} key facts`).toBeLessThanOrEqual(5);
  }
});

test('every page is in the contents list, and every page lists numbered sources', () => {
  for (const { path, document } of pages) {
    const links = [...document.querySelectorAll('nav#contents a')].map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(pages.filter((p) => sameEdition(p.path, path)).map((p) => p.path).sort());
    expect(document.querySelectorAll('.page-sources li').length, `${path} lists no sources`).toBeGreaterThan(0);
  }
});

test('no page claims synergy; the word appears only where the guide says it was not shown', () => {
  // Each paragraph or list item that mentions synergy must say it was not shown or tested
  // (headings and the glossary's list of other names only name the word).
  for (const { path, document } of pages) {
    for (const block of document.querySelectorAll('main p:not(.aliases), main li')) {
      const text = block.textContent ?? '';
      if (!/synerg/i.test(text)) continue;
      expect(text, `${path}: "${text}"`).toMatch(/\bno\b|\bnot\b|never|would need|would be the way/i);
    }
  }
});

test('unverified figures from the seed documents appear only in the corrections on About', () => {
  // [X] in the fact base: the 0.0001 p-value, "70%" reactions, the 34/28/27% low-dose figures.
  const unverified = [/0\.0001/, /\b70%[^.]*reaction/i, /reaction[^.]*\b70%/i, /\b34%/, /\b28%/, /\b27%/];
  for (const { path, document } of pages) {
    const main = document.querySelector('main')!.cloneNode(true) as Element;
    if (path === '/about/') {
      // Drop the corrections section: everything from its heading to the next heading.
      const heading = main.querySelector('#mistakes-in-other-sources')?.closest('.section-heading');
      expect(heading, 'the About page has its corrections section').toBeTruthy();
      for (let next = heading?.nextElementSibling; next && !next.matches('.section-heading'); next = heading?.nextElementSibling) next.remove();
    }
    // Figures that are in the data (e.g. the 1998 trial's 27% placebo) appear only inside result components.
    for (const node of main.querySelectorAll('.results-table, .icon-array, .stat, .result-sentence, .dose-chart')) node.remove();
    const text = main.textContent ?? '';
    for (const pattern of unverified) expect(text, `${path} shows ${pattern}`).not.toMatch(pattern);
  }
});

test('glossary terms on every page link to an anchor that exists on the glossary page', () => {
  const glossary = pages.find((p) => p.path === '/glossary/')!.document;
  for (const { path, document } of pages) {
    for (const link of document.querySelectorAll('.term__popover a')) {
      const id = link.getAttribute('href')!.split('#')[1]!;
      expect(glossary.getElementById(id), `${path} links to missing glossary entry #${id}`).not.toBeNull();
    }
  }
});
