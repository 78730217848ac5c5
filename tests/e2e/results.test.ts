import { expect, test } from '@playwright/test';
import trials from '../../content/trials.json' with { type: 'json' };

// Expected figures come from the data file: change a figure there and this page must follow.
const figure = (trialId: string, outcomeId: string) => {
  const trial = trials.find((t) => t.id === trialId)!;
  return { trial, outcome: trial.outcomes.find((o) => o.id === outcomeId)! };
};

test('the results page shows the 2004 trial\'s figures from the data', async ({ page }) => {
  await page.goto('/results/');
  const { trial, outcome } = figure('cohen-2004', 'acr20-week24');
  // The visible results table (icon arrays and clinician panels hold closed copies).
  const table = page
    .locator('table', { has: page.locator('caption', { hasText: `${trial.shortName}: ACR20, ACR50 and ACR70` }) })
    .filter({ visible: true })
    .first();
  await expect(table).toBeVisible();
  for (const arm of trial.arms) {
    const value = (outcome.percent as Record<string, number>)[arm.id];
    const row = table.locator('tbody tr', { has: page.locator('th', { hasText: arm.label }) });
    await expect(row.locator('td').first()).toContainText(`${value}%`);
    await expect(row.locator('td').first()).toContainText(`${value} out of 100`);
  }
});

test('the results page shows the 2002 trial by dose, with unreported doses marked', async ({ page }) => {
  await page.goto('/results/');
  const { trial, outcome } = figure('cohen-2002', 'acr20-week12');
  const table = page
    .locator('table', { has: page.locator('caption', { hasText: `${trial.shortName}: ACR20 after 12 weeks, by daily dose` }) })
    .filter({ visible: true })
    .first();
  const percent = outcome.percent as Record<string, number | string>;
  await expect(table.locator('tbody tr').filter({ hasText: '1 mg/kg' }).filter({ hasNotText: '0.1' })).toContainText(`${percent['anakinra-1mgkg']}%`);
  await expect(table.locator('tbody tr').filter({ hasText: 'Placebo' })).toContainText(`${percent['placebo']} out of 100`);
  const unreported = Object.values(percent).filter((v) => v === 'not reported').length;
  await expect(table.getByText('Not reported', { exact: true })).toHaveCount(unreported);
});

test('every [n] citation on the results page links to an entry in its source list', async ({ page }) => {
  await page.goto('/results/');
  const cites = page.locator('sup.cite a');
  expect(await cites.count()).toBeGreaterThan(0);
  for (const cite of await cites.all()) {
    const target = (await cite.getAttribute('href'))!;
    await expect(page.locator(target)).toHaveCount(1);
  }
});
