import { expect, test } from '@playwright/test';

test('the pitfall index groups entries by category and filters them on the spot', async ({ page }) => {
  await page.goto('/pitfalls/');
  const cards = page.locator('[data-entry]');
  const total = await cards.count();
  expect(total).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('heading', { level: 2, name: 'Concurrency' })).toBeVisible();

  const filters = page.getByRole('form', { name: 'Filter pitfalls' });
  await filters.getByLabel('Severity').selectOption('critical');
  await expect(page.getByRole('link', { name: 'Data race' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Goroutine leak' })).toBeHidden();
  const shown = await page.locator('[data-entry]:visible').count();
  await expect(filters.locator('output')).toHaveText(`${shown} of ${total} shown`);
  await expect(page).toHaveURL(/\?severity=critical$/);

  await filters.getByLabel('Detected by').selectOption('race');
  await expect(page.locator('[data-entry]:visible')).toHaveCount(2);
  await page.reload();
  await expect(filters.getByLabel('Severity')).toHaveValue('critical');
  await expect(page.locator('[data-entry]:visible')).toHaveCount(2);
  for (const name of ['Data race', 'A map written by several goroutines at once']) await expect(page.getByRole('link', { name })).toBeVisible();
});

test('the pattern index filters by the Go version you use', async ({ page }) => {
  await page.goto('/patterns/');
  const filters = page.getByRole('form', { name: 'Filter patterns' });
  await filters.getByLabel('Your Go version').selectOption('1.24');
  await expect(page.getByRole('link', { name: 'Worker pool' })).toBeHidden();
  await filters.getByLabel('Your Go version').selectOption('1.26');
  await expect(page.getByRole('link', { name: 'Worker pool' })).toBeVisible();
});

test('the index jumps to each category and shows how many entries it has', async ({ page }) => {
  await page.goto('/pitfalls/');
  const jump = page.getByRole('navigation', { name: 'Categories' });
  const concurrency = jump.getByRole('link', { name: /^Concurrency \d+$/ });
  const count = Number((await concurrency.innerText()).match(/\d+$/)?.[0]);
  expect(count).toBe(await page.locator('[data-entry][data-category="concurrency"]').count());
  await concurrency.click();
  await expect(page).toHaveURL(/#group-concurrency$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Concurrency' })).toBeInViewport();

  await page.getByRole('form', { name: 'Filter pitfalls' }).getByLabel('Category').selectOption('concurrency');
  await expect(jump.getByRole('listitem')).toHaveCount(1);
});

test('filters that match nothing say so, and Clear filters shows every entry again', async ({ page }) => {
  await page.goto('/pitfalls/');
  // A severity and a detector that no pitfall has together, found in the page's own data.
  const none = await page.locator('[data-entry]').evaluateAll((cards) => {
    const pairs = new Set(cards.flatMap((card) => ((card as HTMLElement).dataset.detectors ?? '').split(' ').map((tool) => `${(card as HTMLElement).dataset.severity}&detector=${tool}`)));
    const severities = [...new Set(cards.map((card) => (card as HTMLElement).dataset.severity))];
    const tools = [...new Set(cards.flatMap((card) => ((card as HTMLElement).dataset.detectors ?? '').split(' ')))];
    return severities.flatMap((severity) => tools.map((tool) => `${severity}&detector=${tool}`)).find((pair) => !pairs.has(pair));
  });
  expect(none, 'some severity and detector never go together').toBeDefined();
  await page.goto(`/pitfalls/?severity=${none}`);
  const total = await page.locator('[data-entry]').count();
  await expect(page.locator('[data-entry]:visible')).toHaveCount(0);
  await expect(page.getByText('No pitfalls match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('[data-entry]:visible')).toHaveCount(total);
  await expect(page.getByText('No pitfalls match these filters.')).toBeHidden();
  await expect(page).toHaveURL(/\/pitfalls\/$/);
});

test('pitfalls can be ordered by severity within each category, critical first, and back to A to Z', async ({ page }) => {
  await page.goto('/pitfalls/');
  const ranks = () => page.locator('[data-entry-group]').first().locator('[data-entry]').evaluateAll((cards) => cards.map((card) => Number((card as HTMLElement).dataset.severityRank)));
  const titles = () => page.locator('[data-entry-group]').first().locator('[data-entry] h3').allInnerTexts();
  const alphabetical = await titles();
  expect(new Set(await ranks()).size, 'the first category mixes severities').toBeGreaterThan(1);
  await page.getByRole('form', { name: 'Filter pitfalls' }).getByLabel('Sort').selectOption('severity');
  const ordered = await ranks();
  expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
  await expect(page).toHaveURL(/\?sort=severity$/);
  await page.getByRole('form', { name: 'Filter pitfalls' }).getByLabel('Sort').selectOption('');
  expect(await titles()).toEqual(alphabetical);
});

test('a compact list shows one row per entry, keeps the whole summary for screen readers, and survives a reload and Clear filters', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/pitfalls/');
  const cards = page.locator('[data-entry]');
  const tallest = () => cards.evaluateAll((all) => Math.max(...all.map((card) => card.getBoundingClientRect().height)));
  const cardHeight = await tallest();
  const form = page.getByRole('form', { name: 'Filter pitfalls' });
  await form.locator('select[name="view"]').selectOption('list');
  await expect(page).toHaveURL(/\?view=list$/);
  const rowHeight = await tallest();
  expect(rowHeight, 'a row is at most about two lines of text').toBeLessThan(64);
  expect(rowHeight).toBeLessThan(cardHeight / 2);
  const firstSummary = cards.first().locator('p');
  expect(await firstSummary.evaluate((p) => p.scrollWidth > p.clientWidth), 'the summary is cut on screen').toBe(true);
  await expect(firstSummary).toHaveText(/\.$/);
  await page.reload();
  await expect(form.locator('select[name="view"]')).toHaveValue('list');
  expect(await tallest()).toBeLessThan(64);
  await form.getByLabel('Category').selectOption({ index: 1 });
  await page.locator('[data-filter-clear]').evaluate((button: HTMLButtonElement) => button.click());
  await expect(form.getByLabel('Category')).toHaveValue('');
  await expect(form.locator('select[name="view"]'), 'Clear filters clears filters, not the view').toHaveValue('list');
});

test('each category starts with a link to the rubric rules behind it', async ({ page }) => {
  for (const path of ['/patterns/', '/pitfalls/']) {
    await page.goto(path);
    const groups = page.locator('[data-entry-group]');
    await expect(groups.locator('.start-here')).toHaveCount(await groups.count());
  }
  const errors = page.getByRole('region', { name: 'Errors' });
  await errors.getByRole('link', { name: 'R1.2 Handle errors explicitly and idiomatically' }).click();
  await expect(page).toHaveURL(/\/rubric\/idiomatic-go\/#r1-2$/);
  await expect(page.locator('#r1-2')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every entry is listed and the filter form stays hidden', async ({ page }) => {
    for (const [path, names] of [
      ['/patterns/', ['Worker pool', 'Fan-out, fan-in', 'Graceful shutdown (HTTP and gRPC)']],
      ['/pitfalls/', ['Goroutine leak', 'Send on closed channel', 'Data race']],
    ] as const) {
      await page.goto(path);
      for (const name of names) await expect(page.getByRole('link', { name })).toBeVisible();
      await expect(page.locator('[data-filters]')).toBeHidden();
    }
  });
});
