/**
 * On the 404 page: starts the search box with the words of the address that was not found
 * (/anakinra-dose/ → "anakinra dose"), so one press of Search looks for what the reader
 * wanted. Without JavaScript the form still works; the reader types the words. (Offline,
 * the layout's status line says the page was not saved: src/client/register-sw.ts.)
 */
import { searchWordsFromPath } from '../lib/not-found.ts';

export function enableNotFound(): void {
  const input = document.querySelector<HTMLInputElement>('#not-found-q');
  if (input) input.value = searchWordsFromPath(location.pathname, import.meta.env.BASE_URL);
}
