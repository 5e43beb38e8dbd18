// Helpers shared by the tests that visit many pages of the site.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const BUILT_SITEMAP = 'dist/sitemap-0.xml';

// WCAG 2.2 level AA: axe files each rule under the version that introduced it.
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The paths of a sitemap's pages, in sitemap order. */
function locPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

/**
 * The path of every page in the built sitemap, read from dist/ while the tests
 * are collected, so that a walk over the site can be split into one test per
 * group of pages. The site is built before the tests run (`npm run test:e2e`).
 */
export function builtSitemapPaths(): string[] {
  if (!existsSync(BUILT_SITEMAP)) throw new Error(`${BUILT_SITEMAP} is missing: build the site first (npm run build), or run npm run test:e2e`);
  const paths = locPaths(readFileSync(BUILT_SITEMAP, 'utf8'));
  if (paths.length === 0) throw new Error(`${BUILT_SITEMAP} lists no pages`);
  return paths;
}

/**
 * The path of every page in the sitemap, in sitemap order. A test that walks
 * them gets a time limit that grows with the site: `msPerPage` for each page.
 */
export async function sitemapPaths(request: APIRequestContext, msPerPage = 3_000): Promise<string[]> {
  const response = await request.get('/sitemap-0.xml');
  expect(response.ok(), 'the sitemap is served').toBe(true);
  const paths = locPaths(await response.text());
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
  await expect(page.getByRole('main').getByRole('listbox').locator(`[href*="${query}"]`).first()).toBeVisible();
}
