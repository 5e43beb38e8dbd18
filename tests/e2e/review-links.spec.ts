import { expect, test, type Page } from '@playwright/test';

// A copy button writes after its click returns (the share link is compressed first), so reads poll until the text arrives.
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('share buttons', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('copy link puts the permanent /id/ link on the clipboard and announces it', async ({ page, baseURL }) => {
    await page.goto('/rubric/concurrency/');
    await page.getByRole('button', { name: 'Copy link to R2.1' }).click();
    await expect.poll(() => clipboard(page)).toBe(`${baseURL}/id/r2.1/`);
    await expect(page.locator('.rubric-item:has(#r2-1) [data-share-status]')).toHaveText('Link for R2.1 copied to the clipboard.');
  });

  test('copy as review comment writes Markdown with the ID, title, summary and link', async ({ page, baseURL }) => {
    await page.goto('/rubric/concurrency/');
    await page.getByRole('button', { name: 'Copy as review comment: R2.1' }).press('Enter');
    await expect.poll(() => clipboard(page)).toBe(
      `**[R2.1] Manage goroutine lifecycles**: Every goroutine has a way to exit (a cancelled context or a closed channel), their number is bounded, and whoever starts them waits for them. ${baseURL}/id/r2.1/`,
    );
  });

  test('patterns, pitfalls and red flags have share buttons too', async ({ page, baseURL }) => {
    await page.goto('/pitfalls/data-race/');
    await page.getByRole('button', { name: 'Copy link to data-race' }).click();
    await expect.poll(() => clipboard(page)).toBe(`${baseURL}/id/data-race/`);
    await page.goto('/rubric/concurrency/');
    await page.getByRole('button', { name: 'Copy as review comment: RF2.2' }).click();
    await expect.poll(() => clipboard(page)).toContain('**[RF2.2] A receiver closing a channel; only the sender should.**: A sign that R2.2 (Use channels correctly) is not met.');
  });
});

test('without the Clipboard API the text is shown selected for copying', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.goto('/patterns/worker-pool/');
  await page.getByRole('button', { name: 'Copy link to worker-pool' }).click();
  const fallback = page.getByRole('textbox', { name: 'Text to copy for worker-pool' });
  await expect(fallback).toBeVisible();
  await expect(fallback).toHaveValue(`${baseURL}/id/worker-pool/`);
  await expect(fallback).toBeFocused();
  expect(await page.evaluate(() => {
    const box = document.activeElement as HTMLTextAreaElement;
    return box.value.slice(box.selectionStart, box.selectionEnd);
  })).toBe(`${baseURL}/id/worker-pool/`);
});

test('section headings have permalinks that appear on keyboard focus', async ({ page }) => {
  await page.goto('/patterns/worker-pool/');
  const heading = page.getByRole('heading', { level: 2, name: /^When to use it/ });
  await expect(heading).toHaveAttribute('id', 'when-to-use-it');
  const permalink = heading.getByRole('link', { name: 'Permalink to When to use it' });
  await expect(permalink).toHaveAttribute('href', '#when-to-use-it');
  await permalink.focus();
  await expect(permalink).toHaveCSS('opacity', '1');
});

test.describe('/id/ permalinks without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/id/r2.1/ leads to the item on its rubric page', async ({ page }) => {
    await page.goto('/id/r2.1/');
    await page.waitForURL('**/rubric/concurrency/#r2-1');
    await expect(page.locator('#r2-1')).toBeInViewport();
  });

  test('/id/goroutine-leak/ leads to the pitfall page', async ({ page }) => {
    await page.goto('/id/goroutine-leak/');
    await page.waitForURL('**/pitfalls/goroutine-leak/');
  });
});

test('another spelling such as /id/R2.1/ lands on the 404 page, which sends the reader on', async ({ page }) => {
  const response = await page.goto('/id/R2.1/');
  expect(response?.status()).toBe(404);
  await page.waitForURL('**/rubric/concurrency/#r2-1');
});

test('an /id/ address with a malformed escape shows the 404 page without a script error', async ({ page, request }) => {
  // The preview server answers such an address with 500 before any page is
  // served; a static host serves its 404 page, so serve it the same way here.
  const notFound = await (await request.get('/404.html')).text();
  await page.route('**/id/%E0%A4%A/', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFound }));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto('/id/%E0%A4%A/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
  expect(new URL(page.url()).pathname).toBe('/id/%E0%A4%A/');
});

test('ids.json lists every ID with kind, title, URL and permalink, and every target exists', async ({ request }) => {
  const ids = (await (await request.get('/ids.json')).json()) as { id: string; kind: string; title: string; url: string; permalink: string }[];
  const byKind = (kind: string) => ids.filter((entry) => entry.kind === kind).map((entry) => entry.id);
  expect(byKind('rubric-item')).toEqual(expect.arrayContaining(['R2.1', 'R2.2', 'R2.3', 'R2.4']));
  expect(byKind('red-flag')).toEqual(expect.arrayContaining(['RF2.1', 'RF2.6']));
  expect(byKind('pattern')).toContain('worker-pool');
  expect(byKind('pitfall')).toContain('data-race');
  const pages = new Map<string, string>();
  for (const entry of ids) {
    expect(entry.title.length, entry.id).toBeGreaterThan(2);
    expect(entry.permalink).toBe(`/id/${entry.id.toLowerCase()}/`);
    const redirect = await (await request.get(entry.permalink)).text();
    expect(redirect, entry.id).toContain(`url=${entry.url}`);
    const [path = '', anchor] = entry.url.split('#');
    if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
    if (anchor) expect(pages.get(path), `${entry.id}: #${anchor} on ${path}`).toContain(`id="${anchor}"`);
  }
});

/** The stored library of named reviews (src/lib/review-library.ts), as text. */
const storedLibrary = (page: Page) => page.evaluate(() => localStorage.getItem('gfg-reviews'));

/** The review the stored library opens first, or undefined. */
async function storedReview(page: Page): Promise<{ name: string; state: { items: Record<string, unknown> } } | undefined> {
  const library = JSON.parse((await storedLibrary(page)) ?? 'null');
  return library?.reviews.find((review: { id: string }) => review.id === library.last);
}

/** Stores `state` as the one saved review, to be read on the next load. */
async function storeReview(page: Page, state: object): Promise<void> {
  await page.evaluate((review) => localStorage.setItem('gfg-reviews', JSON.stringify({ v: 1, last: 'a', reviews: [{ id: 'a', name: 'Stored', state: review }] })), state);
}

/** Leaves only phase R2 chosen, so counts and exports are about its four items. */
async function onlyConcurrency(page: Page) {
  for (const box of await page.getByRole('group', { name: 'Phases that apply' }).getByRole('checkbox').all()) {
    if ((await box.getAttribute('value')) !== 'R2') await box.uncheck();
  }
}

test.describe('the review checklist', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('goes from empty to an exported Markdown summary, and survives a reload', async ({ page, baseURL }) => {
    await page.goto('/review/');
    await onlyConcurrency(page);
    await expect(page.getByText(/0 pass, 0 need work, 0 not applicable, 4 open, of 4 items\./)).toBeVisible();
    const item = (id: string) => page.locator(`[data-item="${id}"]`);
    await item('R2.1').getByLabel('Pass').check();
    await item('R2.2').getByLabel('Needs work').check();
    await item('R2.2').getByLabel('Note').fill('The consumer closes jobs.');
    await item('R2.3').getByLabel('Not applicable').check();
    await expect(page.getByText('1 pass, 1 need work, 1 not applicable, 1 open, of 4 items.')).toBeVisible();

    await page.getByRole('button', { name: 'Export Markdown' }).click();
    const expected = [
      '### Go review checklist',
      '',
      'Phases: R2 Concurrency.',
      '1 pass, 1 need work, 1 not applicable, 1 open, of 4.',
      '',
      `- [x] [R2.1](${baseURL}/id/r2.1/) Manage goroutine lifecycles.`,
      `- [ ] [R2.2](${baseURL}/id/r2.2/) Use channels correctly. **Needs work.** The consumer closes jobs.`,
      `- [x] [R2.3](${baseURL}/id/r2.3/) Apply common concurrency patterns. _Not applicable._`,
      `- [ ] [R2.4](${baseURL}/id/r2.4/) Ensure thread safety.`,
      '',
    ].join('\n');
    await expect.poll(() => clipboard(page)).toBe(expected);
    await expect(page.getByRole('textbox', { name: 'Markdown summary' })).toHaveValue(expected);
    await expect(page.getByRole('status')).toHaveText('The Markdown summary is copied: paste it into the pull request.');

    await page.reload();
    await expect(item('R2.2').getByLabel('Needs work')).toBeChecked();
    await expect(item('R2.2').getByLabel('Note')).toHaveValue('The consumer closes jobs.');
  });

  test('shares its state as a URL that opens the same review elsewhere', async ({ page, browser }) => {
    await page.goto('/review/');
    await page.locator('[data-item="R2.4"]').getByLabel('Needs work').check();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/\/review\/\?review=z[A-Za-z0-9_-]+$/); // z: compressed
    const url = await clipboard(page);

    const other = await browser.newPage();
    await other.goto(url);
    await expect(other.locator('[data-item="R2.4"]').getByLabel('Needs work')).toBeChecked();
    await expect(other.getByRole('status')).toHaveText('Loaded the shared review.');
    await other.close();
  });

  test('choosing phases hides the others and reset clears everything', async ({ page }) => {
    await page.goto('/review/');
    await onlyConcurrency(page);
    await page.locator('[data-item="R2.1"]').getByLabel('Pass').check();
    await page.getByRole('checkbox', { name: 'R2 Concurrency' }).uncheck();
    await expect(page.locator('[data-phase="R2"]')).toBeHidden();
    await expect(page.getByText('0 pass, 0 need work, 0 not applicable, 0 open, of 0 items.')).toBeVisible();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.locator('[data-phase="R2"]')).toBeVisible();
    await expect(page.locator('[data-item="R2.1"]').getByLabel('Pass')).not.toBeChecked();
    expect((await storedReview(page))?.state.items).toEqual({});
  });

  test('a shared link never replaces a saved review without asking: keep, merge or replace', async ({ page }) => {
    const link = (state: object) => `/review/?review=${Buffer.from(JSON.stringify(state)).toString('base64url')}`;
    const theirs = { v: 1, phases: ['R2'], items: { 'R2.4': { verdict: 'work', note: 'shared note' } } };
    const item = (id: string) => page.locator(`[data-item="${id}"]`);
    const saved = () => storedLibrary(page);
    await page.goto('/review/');
    await item('R2.1').getByLabel('Pass').check();
    const mine = await saved();

    await page.goto(link(theirs));
    await expect(page.getByRole('group', { name: /shared review, shown below read-only/ })).toBeVisible();
    await expect(item('R2.4').getByLabel('Needs work')).toBeChecked();
    await expect(item('R2.4').getByLabel('Needs work')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeDisabled();
    for (const control of [page.getByRole('combobox', { name: 'Review' }), page.getByRole('textbox', { name: 'Name' }), page.getByRole('button', { name: 'New review', exact: true }), page.getByRole('button', { name: 'Delete review' })]) {
      await expect(control).toBeDisabled();
    }
    expect(await saved()).toBe(mine);
    await page.getByRole('button', { name: 'Keep mine' }).click();
    await expect(item('R2.1').getByLabel('Pass')).toBeChecked();
    await expect(item('R2.4').getByLabel('Needs work')).not.toBeChecked();
    expect(await saved()).toBe(mine);

    await page.goto(link(theirs));
    await page.getByRole('button', { name: 'Merge it into mine' }).click();
    await expect(item('R2.1').getByLabel('Pass')).toBeChecked();
    await expect(item('R2.4').getByLabel('Note')).toHaveValue('shared note');
    await expect(item('R2.4').getByLabel('Note')).toBeEnabled();

    await page.goto(link(theirs));
    await page.getByRole('button', { name: 'Replace mine with it' }).click();
    await expect(item('R2.1').getByLabel('Pass')).not.toBeChecked();
    await expect(page.getByRole('status')).toHaveText('Your review is replaced by the shared one.');

    await page.goto('/review/?review=not-a-review');
    await expect(page.getByRole('status')).toHaveText('The shared review link could not be read; your own review is unchanged.');
    await expect(item('R2.4').getByLabel('Needs work')).toBeChecked();
  });

  test('a review too long for a link says so instead of copying a link servers refuse', async ({ page }) => {
    await page.goto('/review/');
    // Random notes do not compress: 2,000 characters on every item.
    await page.evaluate(() => {
      const ids = [...document.querySelectorAll<HTMLElement>('[data-item]')].map((item) => item.dataset.item ?? '');
      const random = () => Array.from({ length: 2000 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
      return Object.fromEntries(ids.map((id) => [id, { note: random() }]));
    }).then((items) => storeReview(page, { v: 1, phases: ['R0', 'R1', 'R2', 'R3', 'R4'], items }));
    await page.reload();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByRole('status')).toHaveText(/^This review is too long to share as a link \([\d,]+ characters; links hold 8,000\)\. Export Markdown and share that instead\.$/);
  });

  test('what Export and Share did shows next to the buttons, wherever the page is scrolled', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/review/');
    await page.getByRole('button', { name: 'Export Markdown' }).click();
    await expect(page.getByRole('status')).toHaveText(/The Markdown summary is (copied|selected)/);
    await expect(page.getByRole('status')).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByRole('status')).toHaveText(/link/);
    await expect(page.getByRole('status')).toBeInViewport();
  });

  test('keeps several named reviews, one per pull request, each as it was left', async ({ page }) => {
    const item = (id: string) => page.locator(`[data-item="${id}"]`);
    const picker = page.getByRole('combobox', { name: 'Review' });
    await page.goto('/review/');
    await page.getByRole('textbox', { name: 'Name' }).fill('PR #12');
    await item('R2.1').getByLabel('Pass').check();
    await page.getByRole('button', { name: 'New review', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await page.keyboard.type('PR #13');
    await expect(item('R2.1').getByLabel('Pass')).not.toBeChecked();
    await item('R2.2').getByLabel('Needs work').check();
    await expect(picker.getByRole('option')).toHaveText(['PR #12', 'PR #13']);

    await picker.selectOption({ label: 'PR #12' });
    await expect(page.getByRole('status')).toHaveText('Opened "PR #12".');
    await expect(item('R2.1').getByLabel('Pass')).toBeChecked();
    await expect(item('R2.2').getByLabel('Needs work')).not.toBeChecked();
    await page.reload();
    await expect(picker).toHaveValue(await picker.locator('option', { hasText: 'PR #12' }).getAttribute('value') ?? '');
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('PR #12');
    await expect(item('R2.1').getByLabel('Pass')).toBeChecked();

    await picker.selectOption({ label: 'PR #13' });
    await page.getByRole('button', { name: 'Delete review' }).click();
    await expect(page.getByRole('status')).toHaveText('"PR #13" is deleted.');
    await expect(picker.getByRole('option')).toHaveText(['PR #12']);
    await expect(item('R2.1').getByLabel('Pass')).toBeChecked();
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await expect(picker.getByRole('option')).toHaveText(['PR #12', 'PR #13']);
    await expect(item('R2.2').getByLabel('Needs work')).toBeChecked();
  });

  test('a review edited in another tab is not lost when this tab saves another one', async ({ page, context }) => {
    await page.goto('/review/');
    await page.locator('[data-item="R2.1"]').getByLabel('Pass').check();
    const other = await context.newPage();
    await other.goto('/review/');
    await other.getByRole('button', { name: 'New review', exact: true }).click();
    await other.keyboard.type('From the other tab');
    await other.locator('[data-item="R2.3"]').getByLabel('Needs work').check();
    await page.locator('[data-item="R2.4"]').getByLabel('Pass').check();
    const names = JSON.parse((await storedLibrary(page)) ?? '{}').reviews.map((review: { name: string }) => review.name);
    expect(names).toEqual(['Review 1', 'From the other tab']);
    await expect(page.getByRole('combobox', { name: 'Review' }).getByRole('option')).toHaveText(['Review 1', 'From the other tab']);
    await other.close();
  });

  test('the same review open in two tabs shows each tab the other one\'s changes, so neither overwrites them', async ({ page, context }) => {
    await page.goto('/review/');
    const other = await context.newPage();
    await other.goto('/review/');
    await other.locator('[data-item="R2.1"]').getByLabel('Note').fill('Written in the other tab.');
    await other.getByRole('textbox', { name: 'Name' }).fill('PR #7');
    await expect(page.locator('[data-item="R2.1"]').getByLabel('Note')).toHaveValue('Written in the other tab.');
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('PR #7');
    await page.locator('[data-item="R2.2"]').getByLabel('Pass').check();
    const review = await storedReview(page);
    expect(review?.name).toBe('PR #7');
    expect(review?.state.items).toEqual({ 'R2.1': { note: 'Written in the other tab.' }, 'R2.2': { verdict: 'pass' } });
    await other.close();
  });

  test('where the browser refuses storage, reviews still work until the page is closed, and the page says so', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/review/');
    await page.locator('[data-item="R2.1"]').getByLabel('Pass').check();
    await page.getByRole('button', { name: 'New review', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('This browser does not let the page save reviews');
    await expect(page.locator('[data-item="R2.1"]').getByLabel('Pass')).not.toBeChecked();
    await page.getByRole('combobox', { name: 'Review' }).selectOption({ label: 'Review 1' });
    await expect(page.locator('[data-item="R2.1"]').getByLabel('Pass')).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Review' }).getByRole('option')).toHaveText(['Review 1', 'Review 2']);
  });

  test('a review saved before there were several opens as "Review 1" and moves to the new storage', async ({ page }) => {
    await page.goto('/review/');
    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('gfg-review', JSON.stringify({ v: 1, phases: ['R2'], items: { 'R2.3': { verdict: 'na' } } }));
    });
    await page.reload();
    await expect(page.locator('[data-item="R2.3"]').getByLabel('Not applicable')).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Review 1');
    await expect(page.getByRole('combobox', { name: 'Review' }).getByRole('option')).toHaveText(['Review 1']);
    expect(await page.evaluate(() => localStorage.getItem('gfg-review'))).toBeNull();
    expect(JSON.parse((await storedLibrary(page)) ?? '{}').reviews).toHaveLength(1);
    expect((await storedReview(page))?.state.items).toEqual({ 'R2.3': { verdict: 'na' } });
  });

  test('a shared link can be saved as a new review beside mine', async ({ page }) => {
    const theirs = { v: 1, phases: ['R2'], items: { 'R2.4': { verdict: 'work', note: 'shared note' } } };
    await page.goto('/review/');
    await page.locator('[data-item="R2.1"]').getByLabel('Pass').check();
    await page.goto(`/review/?review=${Buffer.from(JSON.stringify(theirs)).toString('base64url')}`);
    await page.getByRole('button', { name: 'Save it as a new review' }).click();
    await expect(page.getByRole('status')).toHaveText('The shared review is saved as "Review 2"; yours is kept.');
    await expect(page.locator('[data-item="R2.4"]').getByLabel('Note')).toHaveValue('shared note');
    await page.getByRole('combobox', { name: 'Review' }).selectOption({ label: 'Review 1' });
    await expect(page.locator('[data-item="R2.1"]').getByLabel('Pass')).toBeChecked();
    await expect(page.locator('[data-item="R2.4"]').getByLabel('Note')).toHaveValue('');
  });

  test('a reset can be undone', async ({ page }) => {
    await page.goto('/review/');
    await page.locator('[data-item="R2.2"]').getByLabel('Note').fill('Keep this.');
    await page.locator('[data-item="R2.2"]').getByLabel('Needs work').check();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.locator('[data-item="R2.2"]').getByLabel('Note')).toHaveValue('');
    await page.getByRole('textbox', { name: 'Name' }).fill('PR #5');
    await page.getByRole('button', { name: 'Undo reset' }).click();
    await expect(page.locator('[data-item="R2.2"]').getByLabel('Note')).toHaveValue('Keep this.');
    await expect(page.getByRole('textbox', { name: 'Name' }), 'a name given after the reset stays').toHaveValue('PR #5');
    await expect(page.getByRole('combobox', { name: 'Review' }), 'focus stays on the page, not lost with the hidden button').toBeFocused();
    await expect(page.getByRole('button', { name: 'Undo reset' })).toBeHidden();
    await page.reload();
    await expect(page.locator('[data-item="R2.2"]').getByLabel('Needs work')).toBeChecked();
  });

  test('recovers from corrupted and old saved state without errors', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const review = '{"v":1,"phases":"R2","items":{"R2.1":{"verdict":"great","note":7},"R9.9":{"verdict":"pass"}}}';
    for (const saved of ['{not json', `{"v":1,"last":"a","reviews":[{"id":"a","state":${review}}]}`, '{"v":1,"reviews":[{"id":"a"}]}', '{"v":0}']) {
      await page.goto('/review/');
      await page.evaluate((text) => localStorage.setItem('gfg-reviews', text), saved);
      await page.reload();
      await expect(page.locator('[data-item="R2.1"]').getByLabel('Pass')).not.toBeChecked();
      await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeVisible();
    }
    await expect(page.getByRole('status')).toHaveText('The saved review could not be read; starting a new review.');
    expect(errors).toEqual([]);
  });

  test('prints without navigation or buttons', async ({ page }) => {
    await page.goto('/review/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeHidden();
    await expect(page.locator('[data-item="R2.1"]')).toBeVisible();
  });
});

test('without the Clipboard API the review summary is shown selected and the share link is spelled out', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.goto('/review/');
  await onlyConcurrency(page);
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const summary = page.getByRole('textbox', { name: 'Markdown summary' });
  await expect(summary).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('The Markdown summary is selected: press Ctrl+C to copy it.');
  const selected = await summary.evaluate((box: HTMLTextAreaElement) => box.value.slice(box.selectionStart, box.selectionEnd));
  expect(selected).toMatch(/^### Go review checklist\n[\s\S]*\[R2\.4\]/);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Copy this link: http:\/\/[^ ]+\/review\/\?review=[A-Za-z0-9_-]+$/);
});

test('every pattern, pitfall and phase title carries a permalink to its page', async ({ page }) => {
  for (const [path, name] of [['/patterns/worker-pool/', 'Worker pool'], ['/pitfalls/data-race/', 'Data race'], ['/rubric/concurrency/', 'R2 Concurrency']] as const) {
    await page.goto(path);
    const permalink = page.getByRole('heading', { level: 1 }).getByRole('link', { name: `Permalink to ${name}` });
    await expect(permalink).toHaveAttribute('href', path);
    await permalink.focus();
    await expect(permalink).toHaveCSS('opacity', '1');
  }
});
