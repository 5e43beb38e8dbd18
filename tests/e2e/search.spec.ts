import { expect, test, type Page } from '@playwright/test';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guide' });
const box = (page: Page) => dialog(page).getByRole('combobox', { name: /Search patterns/ });
const options = (page: Page) => dialog(page).getByRole('listbox', { name: 'Search results' }).getByRole('option');

async function openSearch(page: Page, path = '/patterns/worker-pool/') {
  await page.goto(path);
  await page.getByRole('button', { name: /^Search/ }).click();
  await expect(box(page)).toBeFocused();
}

test('nothing of search is fetched on a content page until the reader opens it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/patterns/worker-pool/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => /pagefind|search-ui|ids\.json/.test(path))).toEqual([]);
  await page.getByRole('button', { name: /^Search/ }).click();
  await box(page).fill('leak');
  await expect(options(page).first()).toBeVisible();
  expect(requests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

test('words typed before the search code has arrived are kept and searched', async ({ page }) => {
  // Hold the panel's code back, as a slow network would, while the reader types.
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/_astro\/search-ui\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/patterns/worker-pool/');
  await page.getByRole('button', { name: /^Search/ }).click();
  await box(page).fill('leak');
  release();
  await expect(options(page).first()).toBeVisible();
  await expect(box(page)).toHaveValue('leak');
});

test('search opens with "/" and with Ctrl+K from any page, and Esc closes it', async ({ page }) => {
  await page.goto('/rubric/concurrency/');
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
});

test('typing "/" in a text field types it instead of opening search', async ({ page }) => {
  await page.goto('/review/');
  const note = page.locator('[data-item="R2.1"]').getByLabel('Note');
  await note.fill('a');
  await note.press('/');
  await expect(note).toHaveValue('a/');
  await expect(dialog(page)).toBeHidden();
});

test('results show kind, ID, title and a marked excerpt, and the count is announced', async ({ page }) => {
  await openSearch(page);
  await box(page).fill('goroutine leak');
  const first = options(page).first();
  await expect(first).toContainText('Pitfall · goroutine-leak');
  await expect(first).toContainText('Goroutine leak');
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results? for “goroutine leak”/);
});

test('excerpts hold the page’s text, not its labels glued together or its breadcrumb', async ({ page }) => {
  await openSearch(page);
  for (const query of ['SA1029', 'all goroutines are asleep', 'range over channel hangs', 'concurrent map writes', 'fatal error: concurrent map writes', 'panic: assignment to entry in nil map']) {
    await box(page).fill(query);
    await expect(dialog(page).getByRole('status')).toContainText(`“${query}”`);
    for (const excerpt of await options(page).locator('.search-row__excerpt').allInnerTexts()) {
      expect(excerpt, query).not.toMatch(/Severity(Critical|High|Medium|Low)|Applies to|Detected by|^\W*(Pitfalls|Patterns)?\s*·/);
      expect(excerpt, query).not.toMatch(/^\s*·/);
      expect(excerpt, query).not.toMatch(/(fatal error|panic): (fatal error|panic):|panic or fatal error/);
    }
  }
});

test('a pasted tool line is searched by its words, not its addresses and numbers, and says which words it used', async ({ page }) => {
  await openSearch(page);
  for (const [line, title] of [
    ['WARNING: DATA RACE Write at 0x00c00001c0f8 by goroutine 8:', 'Data race'],
    // Pagefind matches "2" as the start of numbers such as "2,000", so this
    // whole line matches pages by accident; its words alone reach Data race.
    ['WARNING: DATA RACE Write at 0x00c000012345 by goroutine 2:', 'Data race'],
    ['main.go:15:2: loop variable v captured by func literal', 'Loop variable'],
  ] as const) {
    await box(page).fill(line);
    const status = dialog(page).getByRole('status');
    await expect(status).toContainText('the words of your text that pages have');
    await expect(status, 'the status does not read the whole pasted line out').not.toContainText(line);
    await expect(options(page).first(), line).toContainText(title);
  }
});

test('an ID in any case goes first and links to its anchor', async ({ page }) => {
  await openSearch(page);
  for (const [query, id, href] of [['r2.1', 'R2.1', '/rubric/concurrency/#r2-1'], ['RF2.3', 'RF2.3', '/rubric/concurrency/#rf2-3'], ['Goroutine-Leak', 'goroutine-leak', '/pitfalls/goroutine-leak/']] as const) {
    await box(page).fill(query);
    await expect(options(page).first()).toContainText(`· ${id}`);
    await expect(options(page).first()).toHaveAttribute('href', href);
  }
});

test('a result on the page being read closes the dialog and shows its anchor, by Enter or by click', async ({ page }) => {
  await page.goto('/rubric/concurrency/');
  await page.keyboard.press('/');
  await box(page).fill('R2.3');
  await expect(options(page).first()).toHaveAttribute('href', '/rubric/concurrency/#r2-3');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#r2-3$/);
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('#r2-3')).toBeInViewport();

  await page.keyboard.press('/');
  await box(page).fill('RF2.3');
  await expect(options(page).first()).toHaveAttribute('href', '/rubric/concurrency/#rf2-3');
  await options(page).first().click();
  await expect(page).toHaveURL(/#rf2-3$/);
  await expect(dialog(page)).toBeHidden();
});

test('when more pages match than are read, the count says so instead of passing for all of them', async ({ page }) => {
  await page.goto('/pitfalls/');
  const pitfalls = await page.locator('[data-entry]').count();
  await page.goto('/search/?kind=Pitfall');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toContainText(`from the 25 best-matching of ${pitfalls} pages; add words or a filter to reach the others.`);
  await page.goto('/search/?q=R2.1');
  await expect(status).not.toContainText('best-matching');
});

test("the furniture around an entry's text is not searchable: its date, menu, sections and previous/next", async ({ page }) => {
  await page.goto('/search/?q=last%20updated');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toContainText('for “last updated”');
  // Every entry says "Last updated"; only the few whose own text says so may match.
  expect(Number((await status.innerText()).match(/^(\d+) result/)?.[1] ?? 0)).toBeLessThan(20);
  await expect(status).not.toContainText('best-matching');
});

test('arrow keys move through the results and Enter opens the active one', async ({ page }) => {
  await openSearch(page);
  await box(page).fill('channel');
  await expect(options(page).nth(1)).toBeVisible();
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await box(page).press('ArrowDown');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = options(page).nth(1);
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id')) ?? '');
  const href = await second.getAttribute('href');
  await box(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`${(href ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
});

test('each result is a link: Ctrl+click opens it in a new tab and leaves the search as it was, a plain click opens it here', async ({ page, context }) => {
  await openSearch(page);
  await box(page).fill('goroutine leak');
  const first = options(page).first();
  await expect(first).toHaveAttribute('href', '/pitfalls/goroutine-leak/');
  expect(await first.evaluate((option) => option.tagName)).toBe('A');
  // Out of the Tab order: the arrow keys reach results, and Tab goes on to the next control.
  await expect(first).toHaveAttribute('tabindex', '-1');
  const [tab] = await Promise.all([context.waitForEvent('page'), first.click({ modifiers: ['ControlOrMeta'] })]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/pitfalls/goroutine-leak/');
  await expect(page).toHaveURL(/\/patterns\/worker-pool\/$/);
  await expect(dialog(page)).toBeVisible();
  await expect(box(page)).toHaveValue('goroutine leak');
  await first.click();
  await expect(page).toHaveURL(/\/pitfalls\/goroutine-leak\/$/);
});

test("Enter pressed before a new query's results are in opens that query's first result, not one of the previous query", async ({ page }) => {
  await openSearch(page);
  await box(page).fill('channel');
  await expect(options(page).nth(1)).toBeVisible();
  // A pasted line takes several passes of narrowing; Enter comes at once.
  await box(page).fill('WARNING: DATA RACE Write at 0x00c00001c0f8 by goroutine 8:');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/pitfalls\/data-race\/$/);
});

test('filters narrow the results, show counts and combine', async ({ page }) => {
  await page.goto('/search/?q=channel');
  const panel = page.locator('[data-search-page]');
  const kind = panel.getByLabel('Kind');
  await expect(kind.locator('option', { hasText: /^Pitfall \(\d+\)$/ })).toHaveCount(1);
  await kind.selectOption('Pitfall');
  await expect(panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('Pitfall ·');
  for (const option of await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').all()) await expect(option).toContainText('Pitfall ·');
  await expect(panel.getByRole('option', { name: /Goroutine leak/ })).toHaveCount(1);
  await panel.getByLabel('Severity').selectOption('Critical');
  await expect(page).toHaveURL(/kind=pitfall/);
  await expect(page).toHaveURL(/severity=critical/);
  // The URL changes at once and the results a moment later: wait until the High-severity leak is gone.
  await expect(panel.getByRole('option', { name: /Goroutine leak/ })).toHaveCount(0);
  for (const option of await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').all()) await expect(option).toContainText('Pitfall ·');
});

test('a search URL reproduces the search, and back and forward restore it', async ({ page }) => {
  await page.goto('/search/?q=race&kind=Pitfall');
  const panel = page.locator('[data-search-page]');
  await expect(panel.getByRole('combobox', { name: /Search patterns/ })).toHaveValue('race');
  await expect(panel.getByLabel('Kind')).toHaveValue('Pitfall');
  await expect(panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('Data race');
  await panel.getByLabel('Kind').selectOption('');
  await expect(page).toHaveURL(/\/search\/\?q=race$/);
  await page.goBack();
  await expect(page).toHaveURL(/kind=Pitfall/i);
  await expect(panel.getByLabel('Kind')).toHaveValue('Pitfall');
  await page.goForward();
  await expect(panel.getByLabel('Kind')).toHaveValue('');
});

test('filters in a search URL may use the index pages’ lower-case words, and one that matches nothing shows and can be taken off', async ({ page }) => {
  await page.goto('/search/?q=channel&kind=pitfall&category=concurrency');
  const panel = page.locator('[data-search-page]');
  const results = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(panel.getByLabel('Kind')).toHaveValue('Pitfall');
  await expect(panel.getByLabel('Category')).toHaveValue('Concurrency');
  await expect(results.first()).toContainText('Pitfall ·');
  await page.goto('/search/?q=channel&category=nope');
  await expect(panel.getByRole('status')).toContainText('No results for “channel”');
  await expect(panel.getByLabel('Category').locator('option:checked')).toHaveText('nope (0)');
  await panel.getByLabel('Category').selectOption('');
  await expect(results.first()).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?q=channel$/);
});

test('the empty state suggests searches and the no-result state says what to try', async ({ page }) => {
  await openSearch(page);
  const status = dialog(page).getByRole('status');
  await expect(status).toHaveText('Search by words, a Go identifier, a check ID or a rubric ID.');
  await expect(dialog(page).getByRole('button', { name: 'R2.1' })).toBeVisible();
  await dialog(page).getByRole('button', { name: 'errgroup' }).click();
  await expect(box(page)).toHaveValue('errgroup');
  await expect(dialog(page).getByRole('button', { name: 'R2.1' })).toBeHidden();
  await box(page).fill('zzzxqv');
  await expect(status).toContainText('No results for “zzzxqv”. Check the spelling');
});

test('when the index cannot be fetched, search says so and offers to try again, and trying again searches', async ({ page }) => {
  let failing = true;
  await page.route(/\/pagefind\/pagefind\.js/, (route) => (failing ? route.abort() : route.continue()));
  await page.goto('/search/?q=leak');
  const panel = page.locator('[data-search-page]');
  const results = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(panel.getByRole('status')).toHaveText(/could not load its index/);
  await expect(results).toHaveCount(0);
  failing = false;
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(results.first()).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText(/results? for “leak”/);
  await expect(panel.getByRole('button', { name: 'Try again' })).toBeHidden();
});

test('offline, a new query says the reader is offline rather than "No results" or the last rows, and runs once back online', async ({ page, context }) => {
  await page.goto('/search/?q=leak');
  const panel = page.locator('[data-search-page]');
  const results = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(results.first()).toBeVisible();
  await context.setOffline(true);
  // Words whose index chunks this page has not fetched yet.
  await panel.getByRole('combobox', { name: /Search patterns/ }).fill('zebra quantum mutex');
  await expect(panel.getByRole('status')).toHaveText(/You are offline/);
  await expect(results).toHaveCount(0);
  await panel.getByRole('combobox', { name: /Search patterns/ }).fill('channel');
  await expect(panel.getByRole('status')).toHaveText(/You are offline/);
  await context.setOffline(false);
  await expect(panel.getByRole('status')).toHaveText(/results? for “channel”/);
  await expect(results.first()).toBeVisible();
});

test('the search box does not move while results come and go', async ({ page }) => {
  await openSearch(page);
  const before = await box(page).boundingBox();
  await box(page).fill('goroutine');
  await expect(options(page).first()).toBeVisible();
  const during = await box(page).boundingBox();
  await box(page).fill('zzzxqv');
  await expect(options(page)).toHaveCount(0);
  expect([during?.y, (await box(page).boundingBox())?.y]).toEqual([before?.y, before?.y]);
});

test('on the search page, typing moves neither the box nor the filters', async ({ page }) => {
  await page.goto('/search/');
  const panel = page.getByRole('main');
  const input = panel.getByRole('combobox', { name: /Search patterns/ });
  const places = () => Promise.all([input, panel.getByLabel('Kind'), panel.getByLabel('Go version'), panel.getByRole('status')].map(async (control) => (await control.boundingBox())?.y));
  await expect(panel.getByRole('button', { name: 'R2.1' })).toBeVisible();
  const before = await places();
  for (const query of ['g', 'goroutine', 'goroutine leak', 'zzzxqv']) {
    await input.fill(query);
    await expect(panel.getByRole('status')).toContainText(`for “${query}”`);
    expect(await places(), query).toEqual(before);
  }
});

test('hostile queries show as text, inject nothing and raise no errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('dialog', (popup) => {
    errors.push(`unexpected ${popup.type()}: ${popup.message()}`);
    void popup.dismiss();
  });
  await openSearch(page);
  const hostile = ['x'.repeat(10_000), '.*+?^${}()|[]\\', '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'ünïcödé Ωμέγα 漢字', 'مرحبا بالعالم', '🚀🔥 goroutine 🧵', '%w %v \u0000'];
  for (const query of hostile) {
    await box(page).fill(query);
    await expect(dialog(page).getByRole('status')).toContainText(/results?/);
  }
  await box(page).fill('<img src=x onerror=alert(1)>');
  await expect(dialog(page).getByRole('status')).toContainText('“<img src=x onerror=alert(1)>”');
  expect(await dialog(page).locator('img').count()).toBe(0);
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page offers the browse indexes and the header links to it', async ({ page }) => {
    await page.goto('/search/?q=leak');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Pitfalls' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
    // A box that cannot search would mislead: without JavaScript it is not shown.
    await expect(page.getByRole('combobox')).toHaveCount(0);
  });
});
