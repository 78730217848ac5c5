/**
 * Share, print, "link to this section" and the reader's address, once JavaScript runs.
 * Without it the section links are plain anchors and the Share and Print buttons stay
 * hidden (they need JS).
 */
import { nlmDate } from '../lib/page-meta.ts';
import { addressOf, drawCodes, fillReaderAddress } from './reader-address.ts';

/** The page's own address, without search highlights or other query parameters. */
const cleanUrl = (hash = '') => addressOf(location.pathname + hash);

/**
 * One of the status region's messages. Their words are the interface dictionary's
 * (`ui.pageTools`), rendered by PageTools.astro as data-copied, data-section-not-copied and
 * data-page-not-copied, so this script carries no text of its own.
 */
function message(key: 'copied' | 'sectionNotCopied' | 'pageNotCopied', url = ''): string {
  return (document.querySelector<HTMLElement>('[data-announcer]')?.dataset[key] ?? '').replace('{url}', url);
}

function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('[data-announcer]');
  if (!region) return;
  // Clear first, so saying the same words twice is announced twice.
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard (an insecure address, or permission refused).
    return false;
  }
}

function enableSectionLinks(): void {
  document.addEventListener('click', async (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-section-link]') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const hash = link.hash;
    if (!navigator.clipboard) return; // the anchor still moves to the section
    event.preventDefault();
    history.replaceState(null, '', hash);
    if (await copy(cleanUrl(hash))) {
      const label = link.querySelector<HTMLElement>('[data-section-link-label]');
      announce(message('copied'));
      if (label) {
        // Put back the label the page was built with (the interface dictionary's words).
        const original = label.textContent;
        label.textContent = message('copied');
        setTimeout(() => (label.textContent = original), 2500);
      }
    } else {
      announce(message('sectionNotCopied'));
    }
  });
}

function enableShareAndPrint(): void {
  const tools = document.querySelector<HTMLElement>('[data-page-tools]');
  if (!tools) return;
  // The QR codes of a copy built to work anywhere are drawn before the print dialog opens.
  tools.querySelector('[data-print]')?.addEventListener('click', () => drawCodes(() => print()));
  tools.querySelector('[data-share]')?.addEventListener('click', async () => {
    const data = { title: document.title, url: cleanUrl() };
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return; // the reader closed the share sheet
      }
    }
    announce((await copy(data.url)) ? message('copied') : message('pageNotCopied', data.url));
  });
}

/** "Cite this page": the cited date is the day the reader reads it. */
function fillCitedDate(): void {
  for (const cited of document.querySelectorAll<HTMLTimeElement>('[data-cited-date]')) {
    const today = new Date();
    cited.dateTime = today.toISOString().slice(0, 10);
    // The page's month names come with it (the dictionary stays out of the page's script).
    const months = (cited.dataset['months'] ?? '').split(' ');
    if (months.length !== 12) continue;
    cited.textContent = nlmDate(new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())), months);
  }
}

/**
 * Printed pages show every hidden detail (clinician panels, tables behind "Show as a table").
 * A copy built to work anywhere also gets its QR codes; `beforeprint` (Ctrl+P, the browser's
 * menu) cannot wait for them, so that printout has the address as text, and later ones the codes.
 */
function prepareForPrint(): void {
  const opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    drawCodes();
    for (const details of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
      details.open = true;
      opened.push(details);
    }
  });
  addEventListener('afterprint', () => {
    for (const details of opened.splice(0)) details.open = false;
  });
}

export function enablePageTools(): void {
  enableSectionLinks();
  enableShareAndPrint();
  fillCitedDate();
  fillReaderAddress();
  prepareForPrint();
}
