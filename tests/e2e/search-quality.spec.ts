// Runs the search-quality table through the search page and prints the
// top-1 and top-3 hit rates.
import { expect, test } from '@playwright/test';
import { TABLE } from '../data/search-queries.ts';
import { pastedWords } from '../../src/lib/search-results.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the quality table: every expected entry is in the first three results', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/search/');
  const panel = page.locator('[data-search-page]');
  const box = panel.getByRole('combobox', { name: /Search patterns/ });
  const status = panel.getByRole('status');
  const misses: string[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const [query, expected] of TABLE) {
    await box.fill(query);
    // The status names the query or, for a pasted tool line, the words it searched for: some of its words, in order.
    const words = pastedWords(query).map(escape);
    const narrowed = words.map((word) => `(?:${word} ?)?`).join('');
    await expect(status).toContainText(new RegExp(`for “(${escape(query)}|${narrowed})”`));
    const hrefs = await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').evaluateAll((options) => options.slice(0, 3).map((option) => option.getAttribute('href')));
    if (hrefs[0] === expected) top1++;
    if (hrefs.includes(expected)) top3++;
    else misses.push(`${query} → ${hrefs.join(', ')} (want ${expected})`);
  }
  console.log(`search quality: top-1 ${top1}/${TABLE.length} (${((100 * top1) / TABLE.length).toFixed(0)}%), top-3 ${top3}/${TABLE.length} (${((100 * top3) / TABLE.length).toFixed(0)}%)`);
  expect(TABLE.length).toBeGreaterThanOrEqual(120);
  expect(misses).toEqual([]);
  expect(top1 / TABLE.length, 'the share of queries whose expected entry is the first result').toBeGreaterThanOrEqual(0.85);
});
