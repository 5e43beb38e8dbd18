import { expect, test } from '@playwright/test';

test('the checks index groups every check by tool and leads to the entries that explain it', async ({ page }) => {
  await page.goto('/checks/');
  const staticcheck = page.getByRole('region', { name: 'staticcheck checks' });
  await expect(staticcheck.getByRole('link', { name: 'SA1029' })).toHaveAttribute('href', '/checks/sa1029/');
  await expect(staticcheck.getByRole('listitem').filter({ hasText: 'SA1029' }).getByRole('link', { name: 'Built-in type used as a context key' }))
    .toHaveAttribute('href', '/pitfalls/context-value-string-key/');
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: /Race detector/ }).click();
  await expect(page).toHaveURL(/#race$/);
  await expect(page.getByRole('region', { name: 'Race detector' }).getByRole('link', { name: 'Data race', exact: true })).toBeVisible();
});

test("a check's page names its tool, links its documentation and lists the entries that explain it", async ({ page }) => {
  await page.goto('/checks/sa1029/');
  await expect(page.getByRole('heading', { level: 1, name: 'SA1029' })).toBeVisible();
  await expect(page.getByText('This is a staticcheck check.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'staticcheck.dev' })).toHaveAttribute('href', 'https://staticcheck.dev/docs/checks/#SA1029');
  await page.getByRole('link', { name: 'Built-in type used as a context key' }).click();
  await expect(page).toHaveURL('/pitfalls/context-value-string-key/');
});

test('a runtime message has a page of its own that leads to the pitfall behind it', async ({ page }) => {
  await page.goto('/checks/concurrent-map-writes/');
  await expect(page.getByRole('heading', { level: 1, name: 'fatal error: concurrent map writes' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'A map written by several goroutines at once', exact: true })).toHaveAttribute('href', '/pitfalls/concurrent-map-writes/');
});
