import type { Page } from '@playwright/test';

/**
 * Waits until the offline worker has saved the guide and controls the page: after this,
 * the page and the next ones are served by the worker (what a returning reader has).
 */
export async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}
