import { expect, test, type Page } from '@playwright/test';
import { searchFor, sitemapPaths } from './site.ts';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Records every CSP violation of every document the page loads, and console errors that report one. */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

async function collect(page: Page, into: string[]): Promise<void> {
  const found = await page.evaluate(() => window.cspViolations ?? []);
  into.push(...found.map((violation) => `${new URL(page.url()).pathname}: ${violation}`));
}

test('every page declares a CSP that allows scripts only from the site and no unhashed inline code', { tag: '@site-walk' }, async ({ page, request }) => {
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    const styleSrc = /style-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc.split(/\s+/).filter((source) => !source.startsWith("'sha256-")), path).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(styleSrc.split(/\s+/).filter((source) => !source.startsWith("'sha256-")), path).toEqual(["'self'"]);
    expect(policy, path).not.toContain('unsafe-inline');
  }
});

test('no page of the sitemap, nor a search, triggers a CSP violation', { tag: '@site-walk' }, async ({ page, request }) => {
  const violations = await recordViolations(page);
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await collect(page, violations);
  }
  await searchFor(page, 'goroutine');
  await page.waitForLoadState('networkidle');
  await collect(page, violations);
  expect(violations).toEqual([]);
});
