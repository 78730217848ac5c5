import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import trials from '../../content/trials.json' with { type: 'json' };
import { siteIn } from '../../src/site.config.ts';

const site = siteIn('en');
import { builtHtml, editionOf, guidePages, sameEdition } from '../helpers/built-pages.ts';

// Issue 11, "Safe and actionable": what a patient must do, whom to call and what could harm
// them, checked on the built pages as a reader sees them.

const documents = guidePages().map((path) => ({ path, document: parseHTML(builtHtml(path)).document }));
const patientPages = documents.filter(({ document }) => document.querySelector('main')?.getAttribute('data-audience') === 'patients');
const text = (path: string) => {
  const found = documents.find((d) => d.path === path);
  if (!found) throw new Error(`${path} was not built`);
  return (found.document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
};
/** The sentences of a page (main text), to check words that must or must not stand together. */
const sentences = (path: string) => text(path).split(/(?<=[.!?:])\s+/);
test('there are patient pages to check', () => {
  expect(patientPages.length).toBeGreaterThanOrEqual(10);
});

// The Spanish twins too, with the contacts in Spanish: a Spanish reader is told whom to call.
for (const path of ['/side-effects/', '/methotrexate/', '/anakinra/', '/es/side-effects/', '/es/methotrexate/', '/es/anakinra/']) {
  const site = siteIn(path.startsWith('/es/') ? 'es' : 'en');
  test(`${path} says when to get help, whom to contact and how, near the top and before any chart`, async () => {
    const { document } = documents.find((d) => d.path === path)!;
    const main = document.querySelector('main')!;
    const cards = [...main.querySelectorAll('.care-card')];
    const firstCard = cards.find((c) => c.matches('.care-card--emergency, .care-card--urgent'));
    expect(firstCard, `${path} has no urgent or emergency care card`).toBeTruthy();
    const firstChart = main.querySelector('.icon-array, .dose-chart, .results-table');
    if (firstChart) {
      // DOCUMENT_POSITION_FOLLOWING (4): the chart comes after the card.
      expect(firstCard!.compareDocumentPosition(firstChart) & 4, `${path}: a chart comes before "when to get help"`).toBeTruthy();
    }
    // Whom and how come from site configuration, so a host's own numbers appear here.
    const contacts = [...main.querySelectorAll('[data-care-contact]')].map((c) => c.textContent ?? '').join(' ');
    // An emergency card (where the page has one) says the emergency number.
    if (main.querySelector('.care-card--emergency')) expect(contacts).toContain(site.contacts.emergency.how);
    expect(contacts).toContain(site.contacts.careTeam.name);
    expect(contacts).toContain(site.contacts.urgent.name);
  });
}

test('the once-a-week rule is an "Important" card, not an emergency one', () => {
  for (const path of ['/methotrexate/', '/handout/']) {
    const { document } = documents.find((d) => d.path === path)!;
    const important = [...document.querySelectorAll('.care-card--important')].map((c) => c.textContent ?? '');
    expect(important.some((t) => /once[ -]a[ -]week/i.test(t)), `${path}: no Important card with the once-a-week rule`).toBe(true);
    for (const card of document.querySelectorAll('.care-card--emergency')) expect(card.textContent).not.toMatch(/once[ -]a[ -]week/i);
  }
});

test('the methotrexate page warns about the medicines that interact, and what to do', () => {
  const page = text('/methotrexate/');
  for (const words of [/trimethoprim/i, /co-trimoxazole/i, /ibuprofen/i, /pharmacist/i, /dentist/i]) expect(page).toMatch(words);
  // Trimethoprim is named with what it can do, not only listed.
  expect(sentences('/methotrexate/').some((s) => /trimethoprim|co-trimoxazole/i.test(s) && /blood|marrow|serious|avoid/i.test(s))).toBe(true);
  // The NSAID rule from the fact base: ask first, never a flat ban.
  expect(page).not.toMatch(/never take ibuprofen/i);
});

test('the methotrexate page covers warning signs, side effects, a missed dose, pregnancy for women and men, folic acid, alcohol, blood tests and vaccines', () => {
  const page = text('/methotrexate/');
  for (const sign of [/sore throat/i, /bruis/i, /breath/i, /dry cough/i, /yellow/i, /mouth ulcers/i]) expect(page).toMatch(sign);
  for (const effect of [/feeling sick|feel sick/i, /hair/i]) expect(page).toMatch(effect);
  expect(page).toMatch(/double/i); // never double up
  expect(page).toMatch(/\bmen\b/i);
  expect(page).toMatch(/become pregnant|get pregnant/i);
  expect(page).toMatch(/breastfe/i);
  expect(page).toMatch(/folic acid/i);
  expect(page).toMatch(/14 units/i);
  expect(page).toMatch(/blood test/i);
  expect(page).toMatch(/vaccine/i);
  // Urgent help is for too much, not for a late dose.
  expect(page).not.toMatch(/wrong day[^.]*get (medical )?help now/i);
  expect(page).not.toMatch(/works mainly by/i);
});

test('the anakinra page shows how to inject, store it, who must not take it, pregnancy and serious infections', () => {
  const page = text('/anakinra/');
  for (const step of [/room temperature/i, /shake/i, /clear/i, /sharps bin/i, /different (spot|place)/i]) expect(page).toMatch(step);
  for (const rule of [/fridge/i, /freez|frozen/i, /leaflet in (your|the) pack/i, /E\. ?coli/i, /TNF/i, /active infection|infection now/i, /pregnan/i, /breastfe/i]) {
    expect(page).toMatch(rule);
  }
  const { document } = documents.find((d) => d.path === '/anakinra/')!;
  expect(document.querySelector('figure.injection-sites svg title')?.textContent).toMatch(/thigh/i);
  expect(document.querySelectorAll('figure.injection-sites figcaption li').length).toBe(3);
});

test('serious infections are never called rare, and risk words come from the figures', () => {
  for (const { path } of patientPages) {
    for (const s of sentences(path)) {
      if (/serious infection/i.test(s)) expect(s, `${path}: "${s}"`).not.toMatch(/\brare\b|not common/i);
    }
  }
  const { document } = documents.find((d) => d.path === '/anakinra/')!;
  expect([...document.querySelectorAll('.frequency')].map((f) => f.textContent)).toContain('common');
});

test('home and "together" say plainly that anakinra is seldom a first choice today, naming the usual alternatives', () => {
  for (const path of ['/', '/together/']) {
    const page = text(path);
    expect(page, path).toMatch(/seldom|rarely|not often/i);
    expect(page, path).toMatch(/2022/);
  }
  const together = text('/together/');
  for (const medicine of [/TNF/i, /abatacept/i, /tocilizumab|sarilumab|IL-6/i, /JAK/i]) expect(together).toMatch(medicine);
  // The "works less well" comparison cites the network meta-analysis (Singh 2009).
  const { document } = documents.find((d) => d.path === '/together/')!;
  expect(document.querySelector('.page-sources')?.textContent).toMatch(/19884297/);
});

test('headline results say how much and when, and that the trials are about 20 years old', () => {
  for (const path of ['/', '/handout/']) {
    const page = text(path);
    expect(page, path).toMatch(/20 years/i);
    expect(page, path).toMatch(/at least 20%/);
    expect(page, path).toMatch(/after 24 weeks/);
  }
});

test('the comparison group is called a placebo injection plus methotrexate beside every result', () => {
  for (const { path, document } of documents) {
    for (const result of document.querySelectorAll('.icon-array, .result-sentence, .results-table, .stat')) {
      expect(result.textContent, path).not.toMatch(/methotrexate alone/i);
    }
    // Never "methotrexate alone" in a sentence about injection-site reactions.
    for (const s of sentences(path)) if (/inject/i.test(s) && /react/i.test(s)) expect(s, `${path}: "${s}"`).not.toMatch(/methotrexate alone/i);
  }
});

/** How each language says a time frame, and a difference in people, in a picture's caption. */
const captionWords = {
  en: { when: /(after|over) \d+ weeks|across the trials/, difference: /about (\d+ (more|fewer) (people|person) out of 1?,?\d+|the same number)/ },
  es: { when: /(después de|durante) \d+ semanas|en el conjunto de los ensayos/, difference: /alrededor de \d+ personas? (más|menos) de cada \d+|más o menos el mismo número/ },
};

test('every result picture gives its time frame and how many more people had it', () => {
  for (const { path, document } of documents) {
    const words = captionWords[editionOf(path).lang];
    for (const figure of document.querySelectorAll('figure.icon-array')) {
      const caption = figure.querySelector('figcaption')?.textContent ?? '';
      expect(caption, path).toMatch(words.when);
      const control = trials.find((t) => t.id === figure.getAttribute('data-trial'))?.control;
      if (figure.querySelector(`.icon-array__group[data-arm="${control}"][data-filled]`) && figure.querySelectorAll('.icon-array__group[data-filled]').length >= 2) {
        expect(caption, path).toMatch(words.difference);
      }
    }
  }
});

test('the glossary has A–Z jump links to terms that exist', () => {
  const { document } = documents.find((d) => d.path === '/glossary/')!;
  const letters = [...document.querySelectorAll('.glossary-letters a')];
  expect(letters.length).toBeGreaterThan(5);
  for (const a of letters) expect(document.getElementById(a.getAttribute('href')!.slice(1)), a.textContent ?? '').not.toBeNull();
  expect(document.querySelector('#anakinra')?.closest('section')?.textContent).toMatch(/almost/i);
});

test('no page claims a reviewer who is not configured', () => {
  for (const { path, document } of documents) {
    const line = document.querySelector('[data-reviewer]')?.textContent ?? '';
    if (site.reviewer) expect(line, path).toContain(site.reviewer.name);
    else expect(line, path).toContain(editionOf(path).ui.reviewer.none);
  }
});

test('the research page gives each onset window with its protocol; mouse results stay off the IL-1 page; About claims no unshown figure', () => {
  const research = text('/research-cia-model/');
  expect(research).toMatch(/21[–-]28/);
  expect(research).toMatch(/26[–-]35/);
  expect(research).not.toMatch(/intermittent dosing was not enough/i);
  expect(text('/ra-and-il-1/')).not.toMatch(/\bmice\b/i);
  expect(text('/about/')).not.toMatch(/71%/);
});

test('every patient page ends with 1 to 3 things to do, then previous and next pages in contents order', () => {
  for (const homePath of ['/', '/es/']) {
  const edition = documents.filter((d) => sameEdition(d.path, homePath));
  const home = documents.find((d) => d.path === homePath)!.document;
  const order = [...home.querySelectorAll('nav#contents a')].map((a) => new URL(a.getAttribute('href') ?? '', 'https://site.invalid/').pathname);
  expect(order.length).toBe(edition.length);
  for (const { path, document } of edition) {
    const i = order.indexOf(path);
    const prev = document.querySelector('nav.pagination a[rel="prev"]')?.getAttribute('href') ?? null;
    const next = document.querySelector('nav.pagination a[rel="next"]')?.getAttribute('href') ?? null;
    expect(prev, `${path}: previous`).toBe(i > 0 ? order[i - 1] : null);
    expect(next, `${path}: next`).toBe(i < order.length - 1 ? order[i + 1] : null);
  }
  }
  for (const { path, document } of patientPages) {
    const steps = document.querySelectorAll('.next-steps li').length;
    expect(steps, `${path} has ${steps} next steps`).toBeGreaterThanOrEqual(1);
    expect(steps, `${path} has ${steps} next steps`).toBeLessThanOrEqual(3);
  }
});
