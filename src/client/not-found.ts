/**
 * On the 404 page: starts the search box with the words of the address that was not found
 * (/anakinra-dose/ → "anakinra dose"), so one press of Search looks for what the reader
 * wanted; and says so when the cause is being offline (the service worker serves this page
 * then). Without JavaScript the form still works; the reader types the words.
 */
import { searchWordsFromPath } from '../lib/not-found.ts';

export function enableNotFound(): void {
  const input = document.querySelector<HTMLInputElement>('#not-found-q');
  if (input && !input.value) input.value = searchWordsFromPath(location.pathname, import.meta.env.BASE_URL);
  const offline = document.querySelector<HTMLElement>('[data-not-found-offline]');
  const show = () => offline && (offline.hidden = navigator.onLine);
  show();
  addEventListener('online', show);
}
