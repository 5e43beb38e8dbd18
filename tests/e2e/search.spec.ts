import { expect, test } from '@playwright/test';

test('the search page runs the query from the address and links to the entry', async ({ page }) => {
  await page.goto('/search/?q=worker%20pool');
  await expect(page.getByRole('searchbox', { name: /Search patterns/ })).toHaveValue('worker pool');
  const first = page.locator('[data-search-results] li a').first();
  await expect(first).toHaveAttribute('href', /\/patterns\/worker-pool\//);
  await expect(page.locator('[data-search-status]')).toContainText(/\d+ results? for “worker pool”/);
});

test('the search page says so when nothing matches', async ({ page }) => {
  await page.goto('/search/?q=zzzxqv');
  await expect(page.locator('[data-search-status]')).toContainText('No results for “zzzxqv”');
});

test('no search code is loaded on a content page', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/patterns/worker-pool/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('pagefind'))).toEqual([]);
});
