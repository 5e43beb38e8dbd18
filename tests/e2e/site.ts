// Helpers shared by the gates that visit the whole site. The page list comes
// from the served sitemap rather than from dist/ on disk, because Playwright
// collects the tests before its web server has built the site.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/**
 * The path of every page in the sitemap, in sitemap order. A test that walks
 * them gets a time limit that grows with the site: `msPerPage` for each page.
 */
export async function sitemapPaths(request: APIRequestContext, msPerPage = 3_000): Promise<string[]> {
  const response = await request.get('/sitemap-0.xml');
  expect(response.ok(), 'the sitemap is served').toBe(true);
  const paths = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  expect(paths.length, 'the sitemap lists pages').toBeGreaterThan(0);
  test.setTimeout(60_000 + paths.length * msPerPage);
  return paths;
}

/**
 * Types a query into the search page's search box (a combobox) and waits for
 * a result linking to an entry about it.
 */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto('/search/');
  await page.getByRole('main').getByRole('combobox', { name: /Search patterns/ }).fill(query);
  await expect(page.getByRole('main').getByRole('listbox').locator(`[data-href*="${query}"]`).first()).toBeVisible();
}
