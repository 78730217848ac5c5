/**
 * The colour choice in the header menu (match the device, light, dark). Without JavaScript
 * it is hidden (.js-only) and the device setting applies; a stored light or dark is applied
 * before first paint by theme-init.ts, so this only shows the current choice and stores a
 * new one. "Match my device" forgets the stored choice, so the page follows the device again.
 */
import { themeStorageKey } from './theme-init.ts';

export function enableThemeToggle(): void {
  const choice = document.querySelector<HTMLFieldSetElement>('[data-theme-toggle]');
  if (!choice) return;
  const root = document.documentElement;
  const current = root.dataset['theme'] ?? 'system';
  for (const radio of choice.querySelectorAll('input')) radio.checked = radio.value === current;
  choice.addEventListener('change', (event) => {
    const theme = (event.target as HTMLInputElement).value;
    if (theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
    try {
      if (theme === 'system') localStorage.removeItem(themeStorageKey);
      else localStorage.setItem(themeStorageKey, theme);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
  });
}
