import { expect, test } from '@playwright/test';

const ITEMS = ['R2.1', 'R2.2', 'R2.3', 'R2.4'];
const FLAGS = ['RF2.1', 'RF2.2', 'RF2.3', 'RF2.4', 'RF2.5', 'RF2.6'];
const anchor = (id: string) => id.toLowerCase().replace('.', '-');

test('phase 2 anchors every item at #r2-n and every red flag at #rf2-n, each with a permalink', async ({ page }) => {
  await page.goto('/rubric/concurrency/');
  for (const id of [...ITEMS, ...FLAGS]) {
    const target = page.locator(`#${anchor(id)}`);
    await expect(target).toHaveCount(1);
    await expect(target).toContainText(id);
    await expect(target.locator(`a.permalink[href="#${anchor(id)}"]`)).toHaveCount(1);
  }
});

test('a link to #r2-3 lands on that item, scrolled into view and marked', async ({ page }) => {
  await page.goto('/rubric/concurrency/#r2-3');
  const heading = page.locator('#r2-3');
  await expect(heading).toBeInViewport();
  await expect(heading).toHaveText(/R2\.3\s*Apply common concurrency patterns/);
  const item = page.locator('.rubric-item', { has: heading });
  const background = await item.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('an ID typed after # as it is written, #R2.3 or #RF2.1, reaches its anchor', async ({ page }) => {
  await page.goto('/rubric/concurrency/#R2.3');
  await expect(page).toHaveURL(/#r2-3$/);
  await expect(page.locator('#r2-3')).toBeInViewport();
  await page.evaluate(() => {
    location.hash = 'RF2.1';
  });
  await expect(page).toHaveURL(/#rf2-1$/);
  await expect(page.locator('#rf2-1')).toBeInViewport();
  await page.goBack();
  await expect(page).toHaveURL(/#r2-3$/);
});

test('a permalink becomes visible when it gets keyboard focus', async ({ page }) => {
  await page.goto('/rubric/concurrency/');
  const permalink = page.locator('#r2-1 a.permalink');
  await expect(permalink).toHaveCSS('opacity', '0');
  await permalink.focus();
  await expect(permalink).toHaveCSS('opacity', '1');
  await expect(permalink).toHaveAccessibleName('Permalink to R2.1 Manage goroutine lifecycles');
});

test('red flags link to the item they break and the pitfall that explains them', async ({ page }) => {
  await page.goto('/rubric/concurrency/');
  const flag = page.locator('.red-flag', { has: page.locator('#rf2-2') });
  await expect(flag.getByRole('link', { name: /R2\.2 Use channels correctly/ })).toHaveAttribute('href', '/rubric/concurrency/#r2-2');
  await expect(flag.getByRole('link', { name: 'Send on closed channel' })).toHaveAttribute('href', '/pitfalls/send-on-closed-channel/');
});

test('the phase shows its purpose, quote, criteria, common pitfalls and pro tips', async ({ page }) => {
  await page.goto('/rubric/concurrency/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/R2\s+Concurrency/);
  await expect(page.locator('blockquote')).toContainText('share memory by communicating');
  const item = page.locator('.rubric-item', { has: page.locator('#r2-4') });
  for (const heading of ['Criteria', 'Common pitfalls', 'Pro tips']) {
    await expect(item.getByRole('heading', { level: 3, name: heading })).toBeVisible();
  }
  await expect(item.locator('pre.astro-code').first()).toContainText('type SafeCounter struct');
});

test('the rubric index links every phase item to its anchor', async ({ page }) => {
  await page.goto('/rubric/');
  for (const id of ITEMS) {
    await expect(page.getByRole('link', { name: new RegExp(`^${id.replace('.', '\\.')} `) })).toHaveAttribute('href', `/rubric/concurrency/#${anchor(id)}`);
  }
});
