/**
 * The offline service worker. src/integrations/service-worker.ts strips the types from this
 * file and writes it to sw.js after the build, with the build's file list in front of it as
 * `const GUIDE = { version, files }`. It is one small file with no imports, so the CSP can
 * stay 'self' and hosts serve one more static file.
 *
 * - Install: saves every file of this build in a cache of its own. A file whose revision did
 *   not change since the saved copy is copied from the old cache, not downloaded again.
 * - Activate: takes over open pages at once and deletes older copies of this guide.
 * - Pages that exist: served from the saved copy (precached).
 * - Addresses the guide does not have: the network answers, so the host's real 404 shows;
 *   with no network, the saved 404 page answers (status 404), and says the reader is offline.
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
  respondWith(response: Promise<Response> | Response): void;
}
interface SwGlobal {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: SwExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
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

/** Saves every file of this build; unchanged files are copied from the previous copy. */
async function saveCopy(): Promise<void> {
  const cache = await caches.open(cacheName);
  const previous = await previousCopy();
  const queue = [...GUIDE.files];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [path, revision] = next;
      const url = absolute(path);
      const unchanged = previous?.revisions.has(path) && previous.revisions.get(path) === revision ? await previous.cache.match(url) : undefined;
      // `reload`: a file from the HTTP cache could be older than this build.
      const response = unchanged ?? (await fetch(new Request(url, { cache: 'reload' })));
      if (!response.ok) throw new Error(`Offline copy: ${url} answered ${response.status}.`);
      await cache.put(url, response);
    }
  };
  // A few downloads at a time, as a browser loads a page.
  await Promise.all(Array.from({ length: 4 }, worker));
  await cache.put(manifestKey, new Response(JSON.stringify(GUIDE.files), { headers: { 'content-type': 'application/json' } }));
}

async function removeOlderCopies(): Promise<void> {
  const names = await caches.keys();
  // Also the Workbox precache of versions before this worker.
  const old = names.filter((name) => (name.startsWith(cachePrefix) && name !== cacheName) || (name.startsWith('workbox-precache') && name.endsWith(scope)));
  await Promise.all(old.map((name) => caches.delete(name)));
}

/** The saved 404 page, with the status it stands for. */
async function notFound(): Promise<Response | undefined> {
  const page = await (await caches.open(cacheName)).match(notFoundPage);
  return page && new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
}

async function navigate(request: Request): Promise<Response> {
  const saved = await fromCache(request);
  if (saved) return saved;
  try {
    // Not a page of this build: only the host can say whether it exists now (or is a 404).
    return await fetch(request);
  } catch (error) {
    const page = await notFound();
    if (page) return page;
    throw error;
  }
}

sw.addEventListener('install', (event) => {
  event.waitUntil(saveCopy().then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(removeOlderCopies().then(() => sw.clients.claim()));
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(request));
    return;
  }
  event.respondWith(fromCache(request).then((saved) => saved ?? fetch(request)));
});

// A module for the type checker (its names stay out of the global scope); the build drops this line.
export {};
