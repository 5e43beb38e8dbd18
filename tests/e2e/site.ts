// Helpers shared by the gates that visit the whole site. The page list comes
// from the served sitemap rather than from dist/ on disk, because Playwright
// collects the tests before its web server has built the site.
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The path of every page in the sitemap, in sitemap order. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap-0.xml');
  expect(response.ok(), 'the sitemap is served').toBe(true);
  const paths = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  expect(paths.length, 'the sitemap lists pages').toBeGreaterThan(0);
  return paths;
}

/**
 * Types a query into the search page's search box and waits for a result
 * linking to an entry about it. It relies only on the page having a search
 * box in its main region and results being links, not on how search is built.
 */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto('/search/');
  const box = page.getByRole('main').getByRole('searchbox').first();
  await box.fill(query);
  await box.press('Enter');
  await expect(page.getByRole('main').locator(`a[href*="${query}"]`).first()).toBeVisible();
}
