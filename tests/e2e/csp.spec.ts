// Every page's CSP and its loads are checked in site-walk.spec.ts; this covers
// what a page load alone does not reach: a search, which loads Pagefind's code,
// WebAssembly and index on demand.
import { expect, test } from '@playwright/test';
import { searchFor } from './site.ts';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

test('a search triggers no CSP violation and requests nothing from another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const problems: string[] = [];
  page.on('request', (sent) => {
    const url = new URL(sent.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) problems.push(`requested ${sent.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  await searchFor(page, 'goroutine');
  await page.waitForLoadState('networkidle');
  problems.push(...(await page.evaluate(() => window.cspViolations ?? [])));
  expect(problems).toEqual([]);
});
