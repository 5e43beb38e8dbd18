import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site.ts';

/** What a reader reads on a page: its headings and code blocks, in order. */
async function readable(page: Page): Promise<{ headings: string[]; code: string[] }> {
  const main = page.getByRole('main');
  return {
    headings: (await main.locator('h1, h2, h3, h4').filter({ visible: true }).allInnerTexts()).map((text) => text.trim()),
    code: await main.locator('pre').filter({ visible: true }).allInnerTexts(),
  };
}

test('every content page reads the same without JavaScript: same headings, same code', { tag: '@site-walk' }, async ({ page, browser, request }) => {
  const noScript = await browser.newPage({ javaScriptEnabled: false });
  // The search page runs Pagefind in the browser; it is the one page that needs JavaScript.
  for (const path of (await sitemapPaths(request)).filter((path) => path !== '/search/')) {
    await page.goto(path);
    await noScript.goto(path);
    const withJs = await readable(page);
    expect(withJs.headings.length, path).toBeGreaterThan(0);
    expect(await readable(noScript), path).toEqual(withJs);
  }
  await noScript.close();
});
