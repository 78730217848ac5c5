import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../helpers/built-pages.ts';

// One test per built page, from the build output, so a new page is checked without
// anyone editing this list.
for (const page of builtPages()) {
  test(`axe finds no WCAG 2.2 AA violations on ${page}`, async ({ page: tab }) => {
    await tab.goto(page);
    const results = await new AxeBuilder({ page: tab })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    expect(summary).toEqual([]);
  });
}
