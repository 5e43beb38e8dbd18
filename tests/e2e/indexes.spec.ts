import { expect, test } from '@playwright/test';

test('the pitfall index groups entries by category and filters them on the spot', async ({ page }) => {
  await page.goto('/pitfalls/');
  const cards = page.locator('[data-entry]');
  const total = await cards.count();
  expect(total).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('heading', { level: 2, name: 'Concurrency' })).toBeVisible();

  const filters = page.getByRole('form', { name: 'Filter pitfalls' });
  await filters.getByLabel('Severity').selectOption('critical');
  await expect(page.getByRole('link', { name: 'Data race' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Goroutine leak' })).toBeHidden();
  const shown = await page.locator('[data-entry]:visible').count();
  await expect(filters.locator('output')).toHaveText(`${shown} of ${total} shown`);
  await expect(page).toHaveURL(/\?severity=critical$/);

  await filters.getByLabel('Detected by').selectOption('race');
  await expect(page.locator('[data-entry]:visible')).toHaveCount(1);
  await page.reload();
  await expect(filters.getByLabel('Severity')).toHaveValue('critical');
  await expect(page.locator('[data-entry]:visible')).toHaveCount(1);
});

test('the pattern index filters by the Go version you use', async ({ page }) => {
  await page.goto('/patterns/');
  const filters = page.getByRole('form', { name: 'Filter patterns' });
  await filters.getByLabel('Your Go version').selectOption('1.24');
  await expect(page.getByRole('link', { name: 'Worker pool' })).toBeHidden();
  await filters.getByLabel('Your Go version').selectOption('1.26');
  await expect(page.getByRole('link', { name: 'Worker pool' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every entry is listed and the filter form stays hidden', async ({ page }) => {
    for (const [path, names] of [
      ['/patterns/', ['Worker pool', 'Fan-out, fan-in', 'Graceful shutdown (HTTP and gRPC)']],
      ['/pitfalls/', ['Goroutine leak', 'Send on closed channel', 'Data race']],
    ] as const) {
      await page.goto(path);
      for (const name of names) await expect(page.getByRole('link', { name })).toBeVisible();
      await expect(page.locator('[data-filters]')).toBeHidden();
    }
  });
});
