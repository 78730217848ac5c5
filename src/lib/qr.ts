import QRCode from 'qrcode';

/**
 * A QR code for a printout, as inline SVG: a phone camera on a printed page opens the
 * page's address. The same function draws it at build time (a copy built for SITE_URL)
 * and in the browser at print time (a copy that works anywhere), so both look alike.
 * Error correction "M" survives a smudge or a fold; the SVG scales to any print size.
 *
 * Synchronous, because a browser's `beforeprint` cannot wait: qrcode calls back before
 * `toString` returns when given a callback, in Node and in browsers alike.
 */
export function qrSvg(url: string, label: string): string {
  let svg: string | undefined;
  let failure: unknown;
  QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }, (error, out) => {
    failure = error;
    svg = out;
  });
  if (failure || svg === undefined) throw new Error(`Could not draw a QR code for ${url}`, { cause: failure });
  // A role and name, so a screen reader describes it instead of skipping or spelling it.
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" `);
}
