/**
 * The header's Search and Menu panels (src/components/layout/SiteHeader.astro). On a phone
 * the two share a name, so opening one closes the other (search.ts focuses the box when
 * Search opens). On a wide screen both are always shown (global.css): drop the shared name
 * and mark them open, so assistive technology agrees with the screen.
 */
export function fitHeaderMenus(): void {
  const wide = matchMedia('(min-width: 64rem)');
  const fit = () => {
    for (const menu of document.querySelectorAll<HTMLDetailsElement>('.header-menu')) {
      if (wide.matches) menu.removeAttribute('name');
      else menu.setAttribute('name', 'header-menu');
      menu.open = wide.matches;
    }
  };
  fit();
  wide.addEventListener('change', fit);
}
