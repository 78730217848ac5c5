/**
 * The page's side of offline reading (the worker is src/client/sw.ts). Not in `astro dev`.
 * - Registers the worker once the page has loaded, so it never competes with the page;
 *   it then saves the whole guide. Not on metered data (Save-Data) unless the reader asked
 *   (the "Save this guide" control), and never after the reader removed the saved copy.
 * - Shows what the worker tells this page in the status line at the top (GuideStatus.astro):
 *   "offline" when it answered with the saved copy, "unsaved" when it answered with the 404
 *   page because the page was not saved (both gone when the connection returns), or
 *   "updated" when a new version took over while the page was open (with a Reload button).
 * Kept small: it runs on every page, inside the 4 KB JavaScript budget; the Save control's
 * script (offline-save.ts, written to offline-save.js by src/integrations/service-worker.ts)
 * loads only when the control is opened.
 */

/** `localStorage` key for the reader's choice in the Save control: "saved" or "removed". */
export const offlineChoiceKey = 'guide-offline';

export function registerServiceWorker(): void {
  const sw = navigator.serviceWorker;
  if (!import.meta.env.PROD || !sw) return;
  const base = import.meta.env.BASE_URL;
  // Always in the layout (GuideStatus.astro): the status line, then its Reload link.
  const status = document.querySelector('[data-guide-status]') as HTMLElement;
  const reload = status.nextElementSibling as HTMLElement;
  // Messages are "offline", "unsaved" or "updated" (src/client/sw.ts); their words are data-*
  // attributes. Back online, the offline words go.
  // (The Save control's progress messages are objects, with no words here: ignored.)
  sw.addEventListener('message', ({ data }) => {
    const text = status.dataset[data as string];
    if (!text) return;
    status.textContent = text;
    reload.hidden = data !== 'updated';
  });
  addEventListener('online', () => reload.hidden && (status.textContent = ''));
  // The Save control's script is written beside sw.js by the build (not bundled here), so it
  // costs a page nothing until a reader opens the control. Its address comes from the markup:
  // a literal here would be bundled, with Vite's preload helper (~900 B) on every page.
  // (`toggle` does not bubble: listen while it passes down.)
  document.addEventListener(
    'toggle',
    ({ target }) => {
      const control = target as HTMLDetailsElement;
      const script = control.open && control.dataset['script'];
      if (script) void (import(/* @vite-ignore */ script) as Promise<typeof import('./offline-save.ts')>).then((m) => m.enableSaveOffline(control, offlineChoiceKey));
    },
    true,
  );

  addEventListener('load', () => {
    let choice: string | null = null;
    try {
      choice = localStorage.getItem(offlineChoiceKey);
    } catch {
      // Storage blocked: follow the default.
    }
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
    // Asked, not assumed: on metered data the ~1 MB copy is saved only on request.
    if (choice === 'removed' || (saveData && choice !== 'saved' && !sw.controller)) return;
    // Its scope is its folder: the base. Offline reading is a bonus; the site works
    // without it (e.g. from file:// or plain http), so a failure is not an error.
    sw.register(`${base}sw.js`).catch(() => undefined);
  });
}
