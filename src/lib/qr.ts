import QRCode from 'qrcode';

/**
 * A QR code for a printout, as inline SVG: a phone camera on a printed page opens the
 * page's address. Built at build time (no image request, no network). Error correction
 * "M" survives a smudge or a fold; the SVG scales to any print size.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  // A role and name, so a screen reader describes it instead of skipping or spelling it.
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `);
}
