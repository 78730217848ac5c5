/**
 * Runs in <head> before the first paint, so a reader who chose a theme never sees the
 * other one flash. Kept tiny and dependency-free: it is inlined into every page.
 * (With Astro's CSP, add this script's hash; see README.)
 * It also marks <html data-js>, so controls that need JavaScript (.js-only) are laid out
 * from the first paint instead of appearing later and pushing the page down.
 */
export const themeStorageKey = 'guide-theme';
export const themeInitScript = `document.documentElement.dataset.js='';try{var t=localStorage.getItem('${themeStorageKey}');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`;
