// Ways around a long page: the header and the "On this page" list stay in view,
// and the list marks the section being read.
import { expect, test, type Page } from '@playwright/test';

const onThisPage = (page: Page) => page.getByRole('navigation', { name: 'On this page' });

/** Scrolls the element with `id` to the top of the window, below the header, as a reader scrolling to it would. */
async function scrollTo(page: Page, id: string): Promise<void> {
  await page.evaluate((target) => document.getElementById(target)?.scrollIntoView({ block: 'start' }), id);
}

test.describe('at 1440 px wide', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('an entry lists its sections beside the text, keeps the list in view and marks the section being read', async ({ page }) => {
    await page.goto('/patterns/worker-pool/');
    const links = onThisPage(page).getByRole('link');
    await expect(links).toHaveText(['Problem', 'The code', 'Proof', 'When to use it', 'When not to use it', 'Variants', 'Corrected from the source', 'Related', 'Sources']);
    await expect(links.first()).toHaveAttribute('aria-current', 'true');
    await scrollTo(page, 'when-to-use-it');
    await expect(onThisPage(page)).toBeInViewport();
    await expect(onThisPage(page).getByRole('link', { name: 'When to use it' })).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.toc a[aria-current]')).toHaveCount(1);
    await page.keyboard.press('End');
    await expect(onThisPage(page).getByRole('link', { name: 'Sources' })).toHaveAttribute('aria-current', 'true');

    await onThisPage(page).getByRole('link', { name: 'Proof' }).click();
    await expect(page).toHaveURL(/#proof$/);
    const header = (await page.getByRole('banner').boundingBox())?.height ?? Number.NaN;
    expect((await page.locator('#proof').boundingBox())?.y).toBeGreaterThanOrEqual(header);
  });

  test('Bad and Good code keep two columns of at least 34rem beside the list', async ({ page }) => {
    await page.goto('/pitfalls/data-race/');
    const widths = await page.locator('.bad-good').first().locator(':scope > .code-figure').evaluateAll((figures) => figures.map((figure) => figure.getBoundingClientRect().width));
    expect(widths).toHaveLength(2);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(34 * 16);
  });
});

test.describe('at 1280 px wide', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('an entry gives its code the whole width and no side list', async ({ page }) => {
    await page.goto('/patterns/worker-pool/');
    await expect(onThisPage(page)).toBeHidden();
  });

  test('a rubric phase keeps its list of items in view and marks the item being read', async ({ page }) => {
    await page.goto('/rubric/concurrency/');
    await scrollTo(page, 'r2-3');
    await expect(onThisPage(page)).toBeInViewport();
    await expect(onThisPage(page).getByRole('link', { name: /^R2\.3 / })).toHaveAttribute('aria-current', 'true');
  });
});

test('an entry links to the previous and next entry of its category, also on the arrow keys, but not while typing', async ({ page }) => {
  await page.goto('/pitfalls/data-race/');
  const pager = page.getByRole('navigation', { name: /^Previous and next in / });
  const previous = await pager.getByRole('link', { name: /^Previous / }).getAttribute('href');
  const next = await pager.getByRole('link', { name: /^Next / }).getAttribute('href');
  expect(previous).toMatch(/^\/pitfalls\/[a-z0-9-]+\/$/);
  expect(next).toMatch(/^\/pitfalls\/[a-z0-9-]+\/$/);

  await page.getByRole('button', { name: /^Search/ }).first().click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/pitfalls\/data-race\/$/);
  // Focus is back on the search button: arrows belong to it until the reader clicks into the text.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/pitfalls\/data-race\/$/);

  await page.locator('.lede').click();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`${next}$`));
  // The keys work once the page's scripts have run, by DOMContentLoaded.
  await page.waitForLoadState('domcontentloaded');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/pitfalls\/data-race\/$/);
  await page.waitForLoadState('domcontentloaded');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`${previous}$`));
});

test('the breadcrumb leads to the index, and its category to the index filtered to that category', async ({ page }) => {
  await page.goto('/patterns/worker-pool/');
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link')).toHaveText(['Patterns', 'Concurrency']);
  await breadcrumb.getByRole('link', { name: 'Concurrency' }).click();
  await expect(page.getByRole('combobox', { name: 'Category' })).toHaveValue('concurrency');
  const shown = page.locator('[data-entry]:not([hidden])');
  expect(await shown.count()).toBeGreaterThan(1);
  for (const category of await shown.evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.category))) expect(category).toBe('concurrency');
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('an entry offers a menu of its whole collection by category, its own category open and the entry marked', async ({ page }) => {
    await page.goto('/pitfalls/data-race/');
    const menu = page.getByRole('navigation', { name: 'All pitfalls' });
    await expect(menu).toBeInViewport();
    await expect(menu.getByRole('link', { name: 'Data race' })).toBeHidden();
    await menu.getByText(/^All \d+ pitfalls$/).click();
    await expect(menu.getByRole('link', { name: 'Data race' })).toHaveAttribute('aria-current', 'page');
    await expect(menu.getByRole('link', { name: 'Data race' })).toBeVisible();
    const total = Number((await menu.getByText(/^All \d+ pitfalls$/).innerText()).match(/\d+/)?.[0]);
    expect(await menu.locator('a').count()).toBe(total + 1); // and the index
    const errors = menu.locator('details.collection__group').filter({ has: page.getByText(/^Errors/) });
    await expect(errors.getByRole('link').first()).toBeHidden();
    await errors.locator('summary').click();
    await expect(errors.getByRole('link').first()).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });

  test('the list and the collection menu are there and their links work', async ({ page }) => {
    await page.goto('/pitfalls/goroutine-leak/');
    await page.getByRole('navigation', { name: 'All pitfalls' }).getByText(/^All \d+ pitfalls$/).click();
    await expect(page.getByRole('navigation', { name: 'All pitfalls' }).getByRole('link', { name: 'Goroutine leak' })).toHaveAttribute('aria-current', 'page');
    await expect(onThisPage(page).getByRole('link').first()).toBeVisible();
    await onThisPage(page).getByRole('link', { name: 'Sources' }).click();
    await expect(page).toHaveURL(/#sources$/);
  });
});
