/**
 * Draws QR codes away from the page, for src/client/reader-address.ts: a worker, rather
 * than an import, keeps the QR library and any loader code out of the page's own scripts
 * until the reader prints. Receives the reader's origin and each box's `data-qr`, "<path>
 * <name>" (`{url}` in the name stands for the address); answers with one SVG for each.
 */
import { qrSvg } from '../lib/qr.ts';

self.onmessage = ({ data: [origin, boxes] }: MessageEvent<[string, string[]]>) => {
  self.postMessage(
    boxes.map((box) => {
      const [path = '', ...name] = box.split(' ');
      const url = origin + path;
      return qrSvg(url, name.join(' ').replace('{url}', url));
    }),
  );
};
