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

test.describe('at 1280 px wide', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the header stays in view while reading, and a link to a section lands below it, not under it', async ({ page }) => {
    await page.goto('/rubric/concurrency/#r2-3');
    const header = page.getByRole('banner');
    await expect(header).toBeInViewport();
    const headerBottom = (await header.boundingBox())?.height ?? Number.NaN;
    const target = (await page.locator('#r2-3').boundingBox())?.y ?? Number.NaN;
    expect(target).toBeGreaterThanOrEqual(headerBottom);
    expect(target).toBeLessThan(headerBottom + 100);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    await expect(header).toBeInViewport();
    expect((await header.boundingBox())?.y).toBe(0);
  });
});

for (const width of [360, 1280]) {
  test(`pages and search results load without layout shift at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    // Controls that need JavaScript are in place from the first paint, and the
    // search page keeps room for its results, so nothing visible moves once scripts run.
    for (const path of [...PAGES, '/review/', '/search/?q=goroutine']) {
      await page.goto(path);
      if (path.includes('?q=')) await expect(page.getByRole('main').getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[];
              resolve(entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
            }).observe({ type: 'layout-shift', buffered: true });
            // With no shift recorded the observer never calls back.
            setTimeout(() => resolve(0), 500);
          }),
      );
      expect(shift, path).toBe(0);
    }
  });
}

test.describe('at 1440 px wide', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('running text keeps a reading width of at most 46rem on every kind of page, not the width of the window', async ({ page }) => {
    for (const path of ['/rubric/', '/sources/', '/sources/elite-go-developer/', '/review/', '/pitfalls/deadlock/', '/rubric/concurrency/']) {
      await page.goto(path);
      const wide = await page.locator('main :is(p, li, dd, blockquote)').evaluateAll((elements) =>
        elements
          .filter((element) => !element.closest('pre, .code-figure, .entry-list, .columns, nav, .badges') && (element.textContent ?? '').trim().length > 100)
          .filter((element) => element.getBoundingClientRect().width > 46 * 16 + 1)
          .map((element) => `${element.tagName} ${Math.round(element.getBoundingClientRect().width)} px: ${(element.textContent ?? '').trim().slice(0, 40)}`),
      );
      expect(wide, path).toEqual([]);
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

for (const scheme of ['light', 'dark'] as const) {
  test(`keyboard focus shows a blue ring with at least 3:1 contrast against the page in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/patterns/worker-pool/');
    await page.keyboard.press('Tab');
    const { ring, background } = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      return { ring: getComputedStyle(focused).outlineColor, background: getComputedStyle(document.body).backgroundColor };
    });
    const channels = (colour: string) => (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const luminance = (colour: string) => {
      const [r = 0, g = 0, b = 0] = channels(colour).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [r = 0, g = 0, b = 0] = channels(ring);
    expect(b, `${ring} is blue`).toBeGreaterThan(Math.max(r, g));
    const [light, dark] = [luminance(ring), luminance(background)].sort((x, y) => y - x);
    expect(((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)).toBeGreaterThanOrEqual(3);
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('no keyboard hints are shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner').locator('kbd')).toBeHidden();
    await page.getByRole('banner').getByRole('button', { name: /^Search/ }).click();
    await expect(page.locator('.search-dialog__hint')).toBeHidden();
  });
});
