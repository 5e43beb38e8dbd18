import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { searchFor, sitemapPaths } from './site.ts';

// WCAG 2.2 level AA: axe files each rule under the version that introduced it.
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The site-wide walks leave out the lines of highlighted code: every token is a
// span, thousands per page, which makes axe too slow for every page in three
// modes on two cores. Every token colour is checked against every code background
// in tests/unit/code-contrast.test.ts, and axe checks code in both themes on the
// code-heavy pages of tests/e2e/theme.spec.ts.
const CODE_LINES = 'pre.astro-code .line';

const modes = [
  { name: 'the light theme', colorScheme: 'light', width: 1280 },
  { name: 'the dark theme', colorScheme: 'dark', width: 1280 },
  { name: 'a 360 px wide phone', colorScheme: 'light', width: 360 },
] as const;

for (const mode of modes) {
  test(`every page in the sitemap has no WCAG 2.2 AA violation in ${mode.name}`, { tag: '@site-walk' }, async ({ page, request }) => {
    // One test walks every page, since the page list is only known once the site is served.
    await page.setViewportSize({ width: mode.width, height: 800 });
    await page.emulateMedia({ colorScheme: mode.colorScheme });
    const found: string[] = [];
    for (const path of await sitemapPaths(request, 8_000)) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).exclude(CODE_LINES).analyze();
      for (const violation of violations) {
        const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ');
        found.push(`${path}: ${violation.id} (${violation.impact ?? 'unknown'}) ${violation.help}: ${targets}`);
      }
    }
    expect(found).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`search results have no WCAG 2.2 AA violation in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await searchFor(page, 'goroutine');
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('every interactive control of every page is reached by Tab and visibly focused', { tag: '@site-walk' }, async ({ page, request }) => {
  const problems: string[] = [];
  for (const path of await sitemapPaths(request, 10_000)) {
    await page.goto(path);
    // Let scripts that show or hide controls (the search page's filters) finish first.
    await page.waitForLoadState('networkidle');
    // Tag each visible control, so the Tab walk can tell which ones it reached.
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
      return labels;
    });
    const reached = new Set<string>();
    // A few more presses than controls: the walk ends when focus leaves the page or comes back round.
    for (let presses = 0; presses < Object.keys(controls).length + 5; presses++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement;
        if (!(element instanceof HTMLElement) || element === document.body) return undefined;
        const style = getComputedStyle(element);
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return { key: element.dataset.tabKey, visible: element.matches(':focus-visible') && (outlined || style.boxShadow !== 'none') };
      });
      if (focus === undefined) break;
      if (focus.key === undefined) continue;
      if (reached.has(focus.key)) break;
      reached.add(focus.key);
      if (!focus.visible) problems.push(`${path}: ${controls[focus.key]} shows no outline or shadow when focused`);
    }
    for (const [key, label] of Object.entries(controls)) {
      if (!reached.has(key)) problems.push(`${path}: ${label} is not reached by Tab`);
    }
  }
  expect(problems).toEqual([]);
});
