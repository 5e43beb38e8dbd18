import { expect, test } from '@playwright/test';

const PAGES = ['/', '/patterns/', '/pitfalls/', '/rubric/', '/patterns/worker-pool/', '/patterns/graceful-shutdown/', '/pitfalls/data-race/', '/pitfalls/goroutine-leak/', '/rubric/concurrency/', '/search/', '/404/'];

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('no page scrolls sideways; only code blocks scroll inside themselves', async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('the header keeps the navigation, search and theme toggle usable', async ({ page }) => {
    await page.goto('/');
    for (const locator of [
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rubric' }),
      page.getByRole('banner').getByRole('button', { name: /^Search/ }),
      page.getByRole('button', { name: /^Theme:/ }),
    ]) {
      await expect(locator).toBeInViewport();
    }
  });
});

test('the skip link takes keyboard users to the content', async ({ page }) => {
  await page.goto('/patterns/worker-pool/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
