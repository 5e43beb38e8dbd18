import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system when nothing is chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await background(page)).toBe('rgb(13, 17, 23)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe('rgb(255, 255, 255)');
});

test('the toggle cycles system, light, dark and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await expect(toggle).toHaveAccessibleName('Theme: System');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Theme: Light');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Theme: Dark');
  expect(await background(page)).toBe('rgb(13, 17, 23)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveAccessibleName('Theme: Dark');
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
});

test('a saved theme is applied before the body is first parsed, so it never flashes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/patterns/worker-pool/');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
});

test('code colours switch with the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/patterns/worker-pool/');
  const keyword = page.locator('pre.astro-code span', { hasText: /^func$/ }).first();
  const light = await keyword.evaluate((span) => getComputedStyle(span).color);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await keyword.evaluate((span) => getComputedStyle(span).color);
  expect(light).not.toBe(dark);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`text and code pass axe colour contrast in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/pitfalls/goroutine-leak/', '/rubric/concurrency/']) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${path} ${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
    }
  });
}
