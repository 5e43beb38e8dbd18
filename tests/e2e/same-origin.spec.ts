import { expect, test } from '@playwright/test';
import { searchFor, sitemapPaths } from './site.ts';

test('no page of the sitemap, the 404 page or a search requests anything from another origin', { tag: '@site-walk' }, async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const elsewhere = new Set<string>();
  page.on('request', (sent) => {
    const url = new URL(sent.url());
    // data: and blob: URLs are made in the page and never reach the network.
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) elsewhere.add(`${new URL(page.url()).pathname} → ${sent.url()}`);
  });
  for (const path of [...(await sitemapPaths(request)), '/no/such/page/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await searchFor(page, 'goroutine');
  await page.waitForLoadState('networkidle');
  expect([...elsewhere]).toEqual([]);
});
