import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';

/**
 * Reads a QR code on the page as a phone camera would: a screenshot of the element (as
 * drawn, in the current media, print included), decoded with jsQR. The screenshot's pixels
 * are read in a blank page of the same browser, so no PNG library and no page CSP is involved.
 */
export async function readQr(element: Locator): Promise<string | undefined> {
  const png = (await element.screenshot()).toString('base64');
  const blank = await element.page().context().newPage();
  try {
    const { width, height, pixels } = await blank.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('No 2D canvas in this browser');
      context.drawImage(image, 0, 0);
      return { width: canvas.width, height: canvas.height, pixels: [...context.getImageData(0, 0, canvas.width, canvas.height).data] };
    }, png);
    return jsQR(new Uint8ClampedArray(pixels), width, height)?.data;
  } finally {
    await blank.close();
  }
}
