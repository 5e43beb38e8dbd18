// The quality gates over every page of the sitemap (and the 404 page), in as
// few page loads as possible: each page is loaded once with JavaScript and once
// without, and every check runs on those two loads. Axe runs in the light theme,
// at 360 px and in the dark theme by changing the viewport and the emulated
// colour scheme of the loaded page: the themes are light-dark() colours and the
// layout is CSS only, so both follow at once without a reload. The pages are
// split into shards, which Playwright spreads over its workers.
import { expect, test, type Page } from '@playwright/test';
import axe from 'axe-core';
import { builtSitemapPaths, WCAG_22_AA } from './site.ts';

// The walk leaves out the lines of highlighted code: every token is a span,
// thousands per page, which makes axe too slow for every page in three modes on
// two cores. Every token colour is checked against every code background in
// tests/unit/code-contrast.test.ts, and axe checks code in both themes on the
// code-heavy pages of tests/e2e/theme.spec.ts.
const CODE_LINES = 'pre.astro-code .line';

// The search page runs Pagefind in the browser; it is the one page that needs JavaScript.
const NEEDS_JAVASCRIPT = new Set(['/search/']);

const PAGES_PER_SHARD = 8;

declare global {
  interface Window {
    axe?: typeof axe;
    cspViolations?: string[];
    tabFocus?: { key: string | undefined; visible: boolean }[];
  }
}

/**
 * Axe violations of the page as it is now, one line each. Axe is put into the
 * page once per load and run directly: AxeBuilder would inject its half
 * megabyte of source on every run, which costs more than the run itself. The
 * site has no frames, the one thing AxeBuilder adds.
 */
async function axeViolations(page: Page, path: string, mode: string): Promise<string[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ tags, exclude }) => {
      if (window.axe === undefined) throw new Error('axe is not in the page');
      const results = await window.axe.run(
        { exclude: [exclude] },
        // Passes and incomplete results are not read: asking only for violations saves axe the work of listing them.
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    { tags: WCAG_22_AA, exclude: CODE_LINES },
  );
  return violations.map(({ id, impact, help, targets }) => `${path} (${mode}): ${id} (${impact}) ${help}: ${targets.slice(0, 5).join(', ')}`);
}

/**
 * The page's CSP declares scripts only from the site, styles only from the site, and no unhashed inline code,
 * and comes right after the charset: a CSP meta governs only what follows it.
 */
async function cspProblems(page: Page, path: string): Promise<string[]> {
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  const ahead = await page.evaluate(() =>
    [...document.head.children]
      .slice(0, [...document.head.children].findIndex((element) => element.getAttribute('http-equiv') === 'content-security-policy'))
      .filter((element) => !element.hasAttribute('charset'))
      .map((element) => element.outerHTML.slice(0, 60)),
  );
  const unhashed = (directive: string): string[] =>
    (new RegExp(`${directive} ([^;]*)`).exec(policy)?.[1] ?? '').split(/\s+/).filter((source) => !source.startsWith("'sha256-"));
  const problems: string[] = [];
  if (unhashed('script-src').join(' ') !== "'self' 'wasm-unsafe-eval'") problems.push(`${path}: script-src is "${unhashed('script-src').join(' ')}"`);
  if (unhashed('style-src').join(' ') !== "'self'") problems.push(`${path}: style-src is "${unhashed('style-src').join(' ')}"`);
  if (policy.includes('unsafe-inline')) problems.push(`${path}: the CSP allows unsafe-inline`);
  if (ahead.length > 0) problems.push(`${path}: the CSP meta comes after ${ahead.join(', ')}`);
  const violations = await page.evaluate(() => window.cspViolations ?? []);
  return [...problems, ...violations.map((violation) => `${path}: CSP violation: ${violation}`)];
}

/** What a reader reads on a page: its headings and code blocks, in order. */
async function readable(page: Page): Promise<{ headings: string[]; code: string[] }> {
  const main = page.getByRole('main');
  return {
    headings: (await main.locator('h1, h2, h3, h4').filter({ visible: true }).allInnerTexts()).map((text) => text.trim()),
    code: await main.locator('pre').filter({ visible: true }).allInnerTexts(),
  };
}

/**
 * Presses Tab through the page and reports every visible control that is not
 * reached, or that shows no outline or shadow when focused. A focusin listener
 * records each focus, so the walk needs no round trip per key press.
 */
async function tabProblems(page: Page, path: string): Promise<string[]> {
  const controls = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const labels: Record<string, string> = {};
    let index = 0;
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.matches(':disabled') || !element.checkVisibility({ visibilityProperty: true })) continue;
      // Arrow keys, not Tab, move between the radios of a group: one of them stands for the group.
      const radio = element instanceof HTMLInputElement && element.type === 'radio' ? element.name : undefined;
      const key = radio === undefined ? `control-${index++}` : `radio-${radio}`;
      element.dataset.tabKey = key;
      labels[key] ??= `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? element.getAttribute('name') ?? '').trim().slice(0, 40)}"`;
    }
    window.tabFocus = [];
    document.addEventListener('focusin', (event) => {
      const element = event.target;
      if (!(element instanceof HTMLElement)) return;
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      window.tabFocus?.push({ key: element.dataset.tabKey, visible: element.matches(':focus-visible') && (outlined || style.boxShadow !== 'none') });
    });
    return labels;
  });
  // A few more presses than controls: focus leaves the page after the last one and comes back round.
  for (let presses = 0; presses < Object.keys(controls).length + 5; presses++) await page.keyboard.press('Tab');
  const focuses = await page.evaluate(() => {
    const recorded = window.tabFocus ?? [];
    delete window.tabFocus;
    (document.activeElement as HTMLElement | null)?.blur();
    return recorded;
  });
  const problems: string[] = [];
  const reached = new Set<string>();
  for (const focus of focuses) {
    if (focus.key === undefined) continue;
    if (reached.has(focus.key)) break;
    reached.add(focus.key);
    if (!focus.visible) problems.push(`${path}: ${controls[focus.key]} shows no outline or shadow when focused`);
  }
  for (const [key, label] of Object.entries(controls)) {
    if (!reached.has(key)) problems.push(`${path}: ${label} is not reached by Tab`);
  }
  return problems;
}

const paths = [...builtSitemapPaths(), '/no/such/page/'];
const shards = Array.from({ length: Math.ceil(paths.length / PAGES_PER_SHARD) }, (_, index) =>
  paths.slice(index * PAGES_PER_SHARD, (index + 1) * PAGES_PER_SHARD),
);

for (const [index, shard] of shards.entries()) {
  test(
    `pages ${index * PAGES_PER_SHARD + 1}–${index * PAGES_PER_SHARD + shard.length} of the sitemap pass every gate: WCAG 2.2 AA in the light theme, at 360 px and in the dark theme, no sideways scroll at 360 px, Tab reaches every control with a visible focus, a strict CSP with no violation, nothing from another origin, the same headings and code without JavaScript`,
    { tag: '@site-walk' },
    async ({ page, browser, baseURL }) => {
      test.setTimeout(30_000 + shard.length * 15_000);
      const origin = new URL(baseURL ?? '').origin;
      const problems: string[] = [];
      page.on('request', (sent) => {
        const url = new URL(sent.url());
        // data: and blob: URLs are made in the page and never reach the network.
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) problems.push(`${new URL(page.url()).pathname}: requested ${sent.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(`${new URL(page.url()).pathname}: ${message.text()}`);
      });
      await page.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
        });
      });
      const noScript = await browser.newPage({ javaScriptEnabled: false });

      for (const path of shard) {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        // The search page's scripts load Pagefind and then enable its controls; let them settle
        // before the Tab walk. Other pages' scripts have run by the load event.
        if (NEEDS_JAVASCRIPT.has(path)) await page.waitForLoadState('networkidle');

        if (!NEEDS_JAVASCRIPT.has(path)) {
          const withJs = await readable(page);
          if (withJs.headings.length === 0) problems.push(`${path}: no heading in main`);
          await noScript.goto(path);
          expect.soft(await readable(noScript), `${path} reads the same without JavaScript`).toEqual(withJs);
        }

        problems.push(...(await axeViolations(page, path, 'light theme')));
        problems.push(...(await tabProblems(page, path)));
        await page.setViewportSize({ width: 360, height: 800 });
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (sideways > 0) problems.push(`${path}: the page scrolls sideways by ${sideways} px at 360 px`);
        problems.push(...(await axeViolations(page, path, '360 px')));
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.emulateMedia({ colorScheme: 'dark' });
        problems.push(...(await axeViolations(page, path, 'dark theme')));
        // Read last, so a violation that comes late, after the load event, is caught too.
        problems.push(...(await cspProblems(page, path)));
      }
      await noScript.close();
      expect(problems).toEqual([]);
    },
  );
}
