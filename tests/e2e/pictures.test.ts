import { expect, test } from '@playwright/test';
import trials from '../../content/trials.json' with { type: 'json' };

// Every icon array on the pages that discuss results draws exactly the data's figures.
for (const path of ['/results/', '/side-effects/']) {
  test(`icon arrays on ${path} draw the figures in content/trials.json`, async ({ page }) => {
    await page.goto(path);
    const arrays = page.locator('figure.icon-array');
    expect(await arrays.count()).toBeGreaterThanOrEqual(4);
    for (const figure of await arrays.all()) {
      const trialId = await figure.getAttribute('data-trial');
      const outcomeId = await figure.getAttribute('data-outcome');
      const trial = trials.find((t) => t.id === trialId)!;
      const outcome = trial.outcomes.find((o) => o.id === outcomeId)!;
      for (const group of await figure.locator('.icon-array__group').all()) {
        const value = (outcome.percent as Record<string, number | string>)[(await group.getAttribute('data-arm'))!];
        if (value === 'not reported') {
          await expect(group.locator('svg')).toHaveCount(0);
          await expect(group).toContainText('Not reported');
        } else {
          // Out of 100, or out of 1,000 when 100 would round the figure (data-scale).
          const scale = Number(await figure.getAttribute('data-scale'));
          await expect(group.locator('svg .icon--yes')).toHaveCount(Math.round(((value as number) * scale) / 100));
        }
      }
      // Each picture has its message as a sentence and its data as a table.
      await expect(figure.locator('figcaption')).not.toBeEmpty();
      await expect(figure.locator('details table')).toHaveCount(1);
    }
  });
}

test('the dose-response chart on the results page has a message, a description and its table', async ({ page }) => {
  await page.goto('/results/');
  const chart = page.locator('figure.dose-chart');
  await expect(chart.locator('svg title')).toContainText('had the best reported ACR20 result');
  await expect(chart.locator('.dose-chart__message')).toContainText('Of the doses with a reported result');
  await expect(chart.locator('svg desc')).toContainText('Bar chart');
  // The same numbers as a table, straight after the figure.
  const next = chart.locator('xpath=following-sibling::*[1]');
  await expect(next.locator('table').or(next.and(page.locator('table'))).first()).toBeVisible();
  await expect(next).toContainText('0.04');
});
