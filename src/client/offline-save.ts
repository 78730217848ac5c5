/**
 * The "Save this guide for offline reading" control (SaveOffline.astro), loaded when a reader
 * opens it. Like sw.js, the build strips its types and writes it as offline-save.js, so it
 * stays out of every page's JavaScript: no imports, and the base is where it is served from. It shows whether the guide is saved and its size, saves it on request (with
 * progress, reported by the worker while it downloads) and removes the saved copy.
 * The reader's choice is remembered, so the page script follows it (register-sw.ts).
 */
/** What the worker posts while saving (src/client/sw.ts, `report`). */
interface SaveProgress {
  type: 'guide-saving';
  done: number;
  total: number;
}

const fill = (text = '', values: Record<string, string | number> = {}) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

function remember(key: string, choice: 'saved' | 'removed'): void {
  try {
    localStorage.setItem(key, choice);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
}

/** Resolves once the worker is active (its install saved every file), rejects if it failed. */
function activated(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('The offline worker could not save the guide.'));
    };
    check();
    worker.addEventListener('statechange', check);
  });
}

/** `choiceKey`: where the reader's choice is kept (register-sw.ts owns it, and passes it). */
export async function enableSaveOffline(control: HTMLElement, choiceKey: string): Promise<void> {
  if ('ready' in control.dataset) return;
  control.dataset['ready'] = '';
  const t = control.dataset;
  const status = control.querySelector<HTMLElement>('[data-save-status]');
  const progress = control.querySelector<HTMLProgressElement>('[data-save-progress]');
  const save = control.querySelector<HTMLButtonElement>('[data-save]');
  const remove = control.querySelector<HTMLButtonElement>('[data-remove]');
  if (!status || !progress || !save || !remove) return;
  const sw = navigator.serviceWorker;
  if (!sw || !('caches' in window)) {
    status.textContent = t['unsupported'] ?? '';
    return;
  }
  // This file is served from the site's base folder, beside sw.js, whose scope that is.
  const scope = new URL('./', import.meta.url);
  const base = scope.pathname;
  // The worker names its caches by scope (src/client/sw.ts, `cachePrefix`).
  const prefix = `guide ${scope.href} `;
  let size = '';
  try {
    // Written by the build beside sw.js (src/integrations/service-worker.ts).
    const { bytes } = (await (await fetch(`${base}offline.json`)).json()) as { bytes: number };
    size = new Intl.NumberFormat(document.documentElement.lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);
  } catch {
    // Offline, or an old host: the size is left out of the sentence.
  }
  const show = async (message?: string) => {
    const registration = await sw.getRegistration(base);
    const saved = Boolean(registration?.active) && (await caches.keys()).some((name) => name.startsWith(prefix));
    status.textContent = message ?? fill(saved ? t['saved'] : t['notSaved'], { size });
    progress.hidden = true;
    save.hidden = saved;
    remove.hidden = !saved;
  };

  sw.addEventListener('message', (event: MessageEvent<SaveProgress | undefined>) => {
    if (event.data?.type !== 'guide-saving') return;
    progress.hidden = false;
    progress.max = event.data.total;
    progress.value = event.data.done;
    status.textContent = fill(t['saving'], event.data as unknown as Record<string, number>);
  });
  save.addEventListener('click', async () => {
    remember(choiceKey, 'saved');
    save.hidden = true;
    progress.hidden = false;
    progress.removeAttribute('value');
    try {
      const registration = await sw.register(`${base}sw.js`, { scope: base });
      const worker = registration.installing ?? registration.waiting ?? registration.active;
      if (worker) await activated(worker);
      await show();
    } catch {
      await show(t['failed']);
      save.hidden = false;
    }
  });
  remove.addEventListener('click', async () => {
    remember(choiceKey, 'removed');
    await (await sw.getRegistration(base))?.unregister();
    for (const name of await caches.keys()) if (name.startsWith(prefix)) await caches.delete(name);
    await show(t['removed']);
    save.hidden = false;
    remove.hidden = true;
  });
  await show();
}
