/**
 * The light/dark switch in the header menu. Without JavaScript it is hidden (.js-only) and
 * the system setting applies; the stored choice is applied before first paint by
 * theme-init.ts, so this only keeps the button's state and stores a new choice.
 */
import { themeStorageKey } from './theme-init.ts';

export function enableThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const root = document.documentElement;
  const isDark = () => (root.dataset['theme'] ? root.dataset['theme'] === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches);
  const render = () => button.setAttribute('aria-pressed', String(isDark()));
  render();
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      localStorage.setItem(themeStorageKey, next);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
    render();
  });
}
