import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { searchFor, WCAG_22_AA } from './site.ts';

// Every page of the sitemap is checked in site-walk.spec.ts; search results
// exist only once a search has run.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`search results have no WCAG 2.2 AA violation in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await searchFor(page, 'goroutine');
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
