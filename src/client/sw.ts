/**
 * The offline service worker. src/integrations/service-worker.ts strips the types from this
 * file and writes it to sw.js after the build, with the build's file list in front of it as
 * `const GUIDE = { version, files }`. It is one small file with no imports, so the CSP can
 * stay 'self' and hosts serve one more static file.
 *
 * - Install: saves every file of this build in a cache of its own, reporting progress to
 *   open pages (the "Save this guide" control shows it). A file whose revision did not
 *   change since the saved copy is copied from the old cache, not downloaded again.
 * - Activate: takes over open pages at once and deletes older copies; after an update, tells
 *   open pages ("updated"), which offer a reload.
 * - Pages: the network first, so a reader who is online always gets the current page (a
 *   corrected dose must never be shown stale); the saved copy only when the network fails
 *   or is too slow (`networkTimeout`). A page given the saved copy is told so ("offline"),
 *   and says it ("You are offline. This is the copy saved on …").
 * - Addresses the guide does not have: the network answers, so the host's real 404 shows;
 *   with no network, the saved 404 page answers (status 404), told to say the reader is offline.
 * - Styles, scripts, images and search files: the saved copy first. Their names (or their
 *   revisions in this worker) change with their content, so a saved one is never stale.
 *
 * Every address is relative to this file's scope, so a subpath build works unchanged.
 */

/** Written in front of this file by the build: a content hash of the file list, and the list. */
interface GuideBuild {
  version: string;
  /** [path relative to the scope, revision]; revision null when the name itself has a hash. */
  files: [string, string | null][];
}
declare const GUIDE: GuideBuild;

// The service-worker types (FetchEvent, Clients) live in TypeScript's "webworker" lib, which
// clashes with the DOM lib the rest of src/ uses; these are the few members used here.
interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  /** The page a navigation will become (to answer its question later). */
  readonly resultingClientId: string;
  respondWith(response: Promise<Response> | Response): void;
}
interface SwClient {
  postMessage(message: unknown): void;
}
interface SwGlobal {
  readonly registration: { readonly scope: string };
  readonly clients: {
    claim(): Promise<void>;
    get(id: string): Promise<SwClient | undefined>;
    matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<SwClient[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: SwExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
}

/** What the worker tells open pages (src/client/offline-save.ts listens). */
export interface SaveProgress {
  type: 'guide-saving';
  done: number;
  total: number;
}

const sw = self as unknown as SwGlobal;
const scope = sw.registration.scope;
/** Several guides can share one origin (one per folder), so caches are named by scope. */
const cachePrefix = `guide ${scope} `;
const cacheName = `${cachePrefix}${GUIDE.version}`;
/** Where a cache keeps the file list it was filled from, to know what changed next time. */
const manifestKey = new URL('__guide-files.json', scope).href;
const notFoundPage = new URL('404.html', scope).href;

const absolute = (path: string) => new URL(path, scope).href;

/**
 * How long a page request may take before the saved copy is shown instead. Measured on the
 * project machine (Chromium, request start to last byte of a page's HTML, 79 KB, or 15 KB
 * gzipped): 14-86 ms from a local server; 0.9-1.1 s on DevTools' "fast 3G" (562 ms latency,
 * 180 KB/s) uncompressed; 3.2-3.8 s on "slow 3G" (2 s latency, 50 KB/s) uncompressed, about
 * 2.3 s gzipped. So with 3 s a reader on 3G still gets the current page from any host that
 * compresses HTML (every common one does), and a reader on a dead connection (a tunnel, a
 * hospital basement, "connected" but no data) waits 3 s, not a minute, for the saved copy.
 */
const networkTimeout = 3000;

/**
 * Tells a page something once it exists ("offline": it is the saved copy; "unsaved": it is
 * the 404 page, because the page asked for was not saved and there is no network). A message posted
 * before the page's script runs waits in the page's queue until the page has loaded.
 */
async function tell(clientId: string, message: 'offline' | 'unsaved'): Promise<void> {
  for (let tries = 0; tries < 50; tries += 1) {
    const client = await sw.clients.get(clientId);
    if (client) return client.postMessage(message);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The saved copy of a request's file: /results/ is results/index.html; queries are ignored. */
async function fromCache(request: Request): Promise<Response | undefined> {
  const cache = await caches.open(cacheName);
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  return cache.match(url.href);
}

/** The newest other copy of this guide in the cache storage, and its file list. */
async function previousCopy(): Promise<{ cache: Cache; revisions: Map<string, string | null> } | undefined> {
  const names = (await caches.keys()).filter((name) => name.startsWith(cachePrefix) && name !== cacheName);
  for (const name of names.reverse()) {
    const cache = await caches.open(name);
    const list = await cache.match(manifestKey);
    if (list) return { cache, revisions: new Map((await list.json()) as GuideBuild['files']) };
  }
  return undefined;
}

/** Tells every open page of this guide how far saving has got. */
async function report(done: number): Promise<void> {
  const message: SaveProgress = { type: 'guide-saving', done, total: GUIDE.files.length };
  for (const client of await sw.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
}

/** Saves every file of this build; unchanged files are copied from the previous copy. */
async function saveCopy(): Promise<void> {
  const cache = await caches.open(cacheName);
  const previous = await previousCopy();
  const queue = [...GUIDE.files];
  let done = 0;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [path, revision] = next;
      const url = absolute(path);
      const unchanged = previous?.revisions.has(path) && previous.revisions.get(path) === revision ? await previous.cache.match(url) : undefined;
      // `reload`: a file from the HTTP cache could be older than this build.
      const response = unchanged ?? (await fetch(new Request(url, { cache: 'reload' })));
      if (!response.ok) throw new Error(`Offline copy: ${url} answered ${response.status}.`);
      await cache.put(url, response);
      done += 1;
      if (done % 10 === 0) void report(done);
    }
  };
  // A few downloads at a time, as a browser loads a page.
  await Promise.all(Array.from({ length: 4 }, worker));
  await cache.put(manifestKey, new Response(JSON.stringify(GUIDE.files), { headers: { 'content-type': 'application/json' } }));
  await report(done);
}

/** Deletes older copies; if there were any, this is an update: open pages offer a reload. */
async function replaceOlderCopies(): Promise<void> {
  const names = await caches.keys();
  // Also the Workbox precache of versions before this worker.
  const old = names.filter((name) => (name.startsWith(cachePrefix) && name !== cacheName) || (name.startsWith('workbox-precache') && name.endsWith(scope)));
  await Promise.all(old.map((name) => caches.delete(name)));
  await sw.clients.claim();
  if (old.length === 0) return;
  for (const client of await sw.clients.matchAll({ includeUncontrolled: false, type: 'window' })) client.postMessage('updated');
}

/** The saved 404 page, with the status it stands for. */
async function notFound(): Promise<Response | undefined> {
  const page = await (await caches.open(cacheName)).match(notFoundPage);
  return page && new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
}

/** The network's answer, or undefined if it fails or takes longer than `networkTimeout`. */
async function withinTimeout(network: Promise<Response>): Promise<Response | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, networkTimeout, undefined)));
  try {
    return await Promise.race([network, late]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

async function navigate(event: SwFetchEvent): Promise<Response> {
  const network = fetch(event.request);
  // Settled later or never read: not an error worth reporting.
  network.catch(() => undefined);
  const fresh = await withinTimeout(network);
  // A host's server error is no better than no network, when a saved copy exists.
  if (fresh && fresh.status < 500) return fresh;
  const saved = await fromCache(event.request);
  if (saved) {
    event.waitUntil(tell(event.resultingClientId, 'offline'));
    return saved;
  }
  try {
    // Not a page of this build: only the host can say whether it exists now (a page added
    // since) or is a 404, however long that takes.
    return await network;
  } catch (error) {
    const page = await notFound();
    if (!page) throw error;
    event.waitUntil(tell(event.resultingClientId, 'unsaved'));
    return page;
  }
}

sw.addEventListener('install', (event) => {
  event.waitUntil(saveCopy().then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(replaceOlderCopies());
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(event));
    return;
  }
  event.respondWith(fromCache(request).then((saved) => saved ?? fetch(request)));
});

// A module for the type checker (its names stay out of the global scope); the build drops this line.
export {};
