/**
 * A copy built to work anywhere (no SITE_URL) names the address the reader opened: each
 * `<span data-reader-address="<path>">` becomes the full address at once, and each
 * `<div data-qr="<path> <name>">` gets a QR code when the reader prints, drawn in a worker
 * (qr-worker.ts) fetched only then, so the QR library adds nothing to the page before it.
 * This runs on every page, within its script budget, so it is kept small. A copy built
 * for one address has neither (the build wrote them), and this does nothing.
 */

/** The full address of a path ("/ra-guide/handout/") on the server the reader is on. */
export const addressOf = (path = '') => location.origin + path;

/**
 * Draws the codes not yet drawn (a drawn code stays for later printouts), then calls
 * `then`; also when drawing failed, e.g. offline before the worker was ever fetched: the
 * printout still has the address as text, and the next print tries again.
 */
export function drawCodes(then = () => {}): void {
  const boxes = document.querySelectorAll<HTMLElement>('[data-qr]:empty');
  if (!boxes.length) return then();
  const worker = new Worker(new URL('./qr-worker.ts', import.meta.url));
  worker.onmessage = ({ data }: MessageEvent<string[]>) => {
    boxes.forEach((box, i) => (box.innerHTML = data[i] ?? ''));
    worker.terminate();
    then();
  };
  worker.onerror = then;
  worker.postMessage([location.origin, [...boxes].map((box) => box.dataset['qr'])]);
}

/** The text addresses; the codes are drawn by page-tools.ts, before printing. */
export function fillReaderAddress(): void {
  for (const text of document.querySelectorAll<HTMLElement>('[data-reader-address]')) text.textContent = addressOf(text.dataset['readerAddress']);
}
