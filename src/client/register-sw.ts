/**
 * Registers the offline service worker (built by src/integrations/service-worker.ts) once
 * the page has loaded, so it never competes with the page itself. Not in `astro dev`.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
      // Offline reading is a bonus; the site works without it (e.g. from file:// or http).
      console.warn('Offline reading is not available:', error);
    });
  });
}
