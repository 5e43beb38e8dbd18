import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';

test('the home page says what the site is and offers the three ways in and a search box', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Go Field Guide' })).toBeVisible();
  for (const name of ['Browse patterns', 'Look up a pitfall', 'Review with the rubric']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const search = page.getByRole('main').getByRole('searchbox');
  await search.fill('goroutine leak');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=goroutine\+leak/);
});

test('the header navigates to every index and marks the current one', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, path] of [['Patterns', '/patterns/'], ['Pitfalls', '/pitfalls/'], ['Rubric', '/rubric/']] as const) {
    await nav.getByRole('link', { name }).click();
    await expect(page).toHaveURL(path);
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  }
});

test('a pattern page shows its summary, Go version, code and sources', async ({ page }) => {
  await page.goto('/patterns/worker-pool/');
  await expect(page.getByRole('heading', { level: 1, name: 'Worker pool' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Facts' }).getByText('Go 1.25+')).toBeVisible();
  await expect(page.locator('pre.astro-code').first()).toContainText('func Pool(ctx context.Context, n int, jobs <-chan int) <-chan Result');
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Corrected from the source' })).toBeVisible();
});

test("an entry shows the other words it is searched by under its summary, and search finds it by them", async ({ page }) => {
  await page.goto('/pitfalls/premature-interface/');
  await expect(page.getByText('Search terms: interface pollution · speculative generality')).toBeVisible();
  await page.goto('/search/?q=interface+pollution');
  await expect(page.locator('[data-search-page]').getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toHaveAttribute('href', '/pitfalls/premature-interface/');
});

test("an entry written from Go's own documentation lists those pages as its sources, and /sources/ lists who cites each", async ({ page }) => {
  await page.goto('/pitfalls/typed-nil-interface/');
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('link', { name: 'The Go FAQ: Why is my nil error value not equal to nil?' })).toHaveAttribute('href', 'https://go.dev/doc/faq#nil_error');
  await page.goto('/sources/');
  const cited = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'The Go FAQ: Why is my nil error value not equal to nil?' }) });
  await expect(cited.getByRole('link', { name: 'A nil pointer returned as a non-nil error' })).toHaveAttribute('href', '/pitfalls/typed-nil-interface/');
});

test('notes on what was corrected from the source are folded into one section at the end, opened on request', async ({ page }) => {
  await page.goto('/patterns/worker-pool/');
  const section = page.getByRole('region', { name: 'Corrected from the source' });
  const notes = section.getByRole('listitem');
  await expect(notes.first()).toBeHidden();
  await section.getByText('Corrected from the source').click();
  await expect(notes.first()).toBeVisible();
  const after = await section.evaluate((element) => [...element.parentElement?.children ?? []].slice([...element.parentElement?.children ?? []].indexOf(element) + 1).map((next) => next.tagName.toLowerCase()).filter((tag) => tag !== 'script'));
  expect(after, 'only the footer (related entries, sources, date, previous and next) follows').toEqual(['footer', 'p', 'nav']);
});

test('a pitfall page shows symptom, severity, Go versions and detectors', async ({ page }) => {
  await page.goto('/pitfalls/data-race/');
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('WARNING: DATA RACE');
  await expect(facts).toContainText('Critical');
  await expect(facts).toContainText('All Go versions');
  await expect(facts).toContainText('go test -race ./...');
});

test('related entries are linked both ways, computed from the data', async ({ page }) => {
  // send-on-closed-channel names no pattern; the patterns name it.
  await page.goto('/pitfalls/send-on-closed-channel/');
  const related = page.locator('section', { has: page.getByRole('heading', { name: 'Related' }) });
  await expect(related.getByRole('link', { name: 'Worker pool' })).toHaveAttribute('href', '/patterns/worker-pool/');
  await expect(related.getByRole('link', { name: 'Fan-out, fan-in' })).toBeVisible();
  await expect(related.getByRole('link', { name: /R2\.2 Use channels correctly/ })).toHaveAttribute('href', '/rubric/concurrency/#r2-2');
});

test('an unknown address answers 404 with the indexes and a search box', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  for (const name of ['Patterns', 'Pitfalls', 'Rubric']) {
    await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
  }
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
});

test('the sitemap lists every page kind', async ({ request }) => {
  const index = await request.get('/sitemap-index.xml');
  expect(index.ok()).toBe(true);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const path of ['/patterns/worker-pool/', '/pitfalls/data-race/', '/rubric/concurrency/', '/patterns/', '/pitfalls/', '/rubric/']) {
    expect(sitemap).toContain(path);
  }
  expect(sitemap).not.toContain('/404');
});

test('every page has a description and link-preview tags, with its canonical URL on the SITE_URL origin', async ({ page, baseURL }) => {
  await page.goto('/pitfalls/goroutine-leak/');
  // The suite builds the site with SITE_URL set to the preview server's origin.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/pitfalls/goroutine-leak/`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${baseURL}/pitfalls/goroutine-leak/`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /blocks forever/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Goroutine leak');
  await expect(page).toHaveTitle('Goroutine leak · Go Field Guide');
});

test('each pattern, pitfall and rubric phase has a link-preview card of its own, a 1200 × 630 PNG with its text inside the margins', async ({ page, request, baseURL }) => {
  await page.goto('/pitfalls/goroutine-leak/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${baseURL}/og/pitfalls/goroutine-leak.png`);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await page.goto('/search/');
  await expect(page.locator('meta[property="og:image"]'), 'a page without a card of its own shows the site card').toHaveAttribute('content', `${baseURL}/og/site.png`);

  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/(?:patterns|pitfalls|rubric)\/[^/<]+\/)<\/loc>/g)].map((match) => match[1]!);
  expect(paths.length).toBeGreaterThan(130);
  const background = [13, 17, 23];
  // Where no text may reach: the right margin, and the gap between the summary and the footer.
  const empty = [{ left: 1129, top: 0, width: 71, height: 630, name: 'right margin' }, { left: 72, top: 524, width: 1056, height: 18, name: 'gap above the footer' }];
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(card, path).toBe(`${baseURL}/og${path.slice(0, -1)}.png`);
    const response = await request.get(card!);
    expect(response.headers()['content-type'], card).toBe('image/png');
    const png = await response.body();
    const { width, height } = await sharp(png).metadata();
    expect([width, height], card).toEqual([1200, 630]);
    for (const { name, ...region } of empty) {
      const { channels } = await sharp(await sharp(png).extract(region).png().toBuffer()).stats();
      expect(channels.slice(0, 3).map(({ max }) => max), `${card}: ${name}`).toEqual(background);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('entry pages read completely, with code and no dead controls', async ({ page }) => {
    await page.goto('/patterns/worker-pool/');
    await expect(page.locator('pre.astro-code').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Copy (code|full file)$/ })).toHaveCount(0);
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  });

});

test('every pattern, pitfall and rubric phase says which Go release checked it, the one the toolchain reports', async ({ page }) => {
  const reported = execFileSync('go', ['env', 'GOVERSION'], { cwd: 'examples', encoding: 'utf8' }).trim().split(' ')[0] ?? '';
  for (const path of ['/patterns/worker-pool/', '/pitfalls/goroutine-leak/', '/rubric/concurrency/']) {
    await page.goto(path);
    await expect(page.getByRole('main').getByText(/^Checked with Go/), path).toContainText(`Checked with Go ${reported.replace(/^go/, '')}:`);
  }
});

test('the home page opens with a real Bad and Good pair and the output of the tool that catches the Bad one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const pair = page.getByRole('group', { name: 'Bad and good code compared' });
  await expect(pair.locator('figure.code-figure--bad')).toContainText('func SumSquares');
  await expect(pair.locator('figure.code-figure--good')).toContainText('mu.Lock()');
  await expect(pair.locator('.tool-output')).toContainText('WARNING: DATA RACE');
  await expect(pair.locator('figure.code-figure--bad')).toBeInViewport({ ratio: 0.1 });
});

test('the home page leads from symptoms to their pitfalls and lists every category with its count', async ({ page }) => {
  await page.goto('/');
  const symptoms = page.getByRole('region', { name: 'Start from what you see' }).getByRole('link');
  expect(await symptoms.count()).toBeGreaterThanOrEqual(6);
  for (const href of await symptoms.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) expect(href).toMatch(/^\/pitfalls\/[a-z0-9-]+\/$/);
  await symptoms.filter({ hasText: 'assignment to entry in nil map' }).click();
  await expect(page).toHaveURL(/\/pitfalls\/nil-map-write\/$/);

  await page.goto('/');
  const pitfallCategories = page.getByRole('list', { name: 'Pitfalls by category' }).getByRole('listitem');
  let total = 0;
  for (const text of await pitfallCategories.allInnerTexts()) total += Number(text.match(/(\d+)$/)?.[1]);
  await page.goto('/pitfalls/');
  expect(total).toBe(await page.locator('[data-entry]').count());
});

test('an entry says when its page or its Go examples last changed, from git', async ({ page }) => {
  const newest = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/patterns/worker-pool.mdx', 'examples/patterns/worker-pool'], { encoding: 'utf8' }).trim();
  await page.goto('/patterns/worker-pool/');
  const time = page.locator('.last-updated time');
  await expect(time).toHaveAttribute('datetime', newest);
  await expect(page.locator('.last-updated')).toHaveText(/^Last updated \d{1,2} [A-Z][a-z]+ \d{4}$/);
});

test("reader-facing pages name no seed file, coverage map or repository path", async ({ request }) => {
  for (const path of ['/sources/', '/sources/golang-pro/', '/patterns/worker-pool/', '/pitfalls/data-race/']) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/\.psv\b|content\/sources\/|seeds\/|[0-9a-f]{16}\.txt/);
  }
});

test("a pitfall's detector checks link to their own documentation, as plain links that load nothing", async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/pitfalls/context-value-string-key/');
  const detectors = page.locator('dt:has-text("Detected by") + dd');
  await expect(detectors.getByRole('link', { name: 'SA1029' })).toHaveAttribute('href', 'https://staticcheck.dev/docs/checks/#SA1029');
  await page.goto('/pitfalls/container-runs-as-root/');
  await expect(detectors.getByRole('link', { name: 'DL3002' })).toHaveAttribute('href', 'https://github.com/hadolint/hadolint/wiki/DL3002');
  expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);
});

test('the first mention of a standard library API in prose links to pkg.go.dev; code in headings and code blocks does not', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/pitfalls/error-equality-comparison/');
  const links = page.getByRole('main').getByRole('link', { name: 'errors.Is', exact: true });
  await expect(links, 'only the first mention links').toHaveCount(1);
  await expect(links).toHaveAttribute('href', 'https://pkg.go.dev/errors#Is');
  await expect(page.locator('main :is(pre, h1, h2, h3, h4) a[href^="https://pkg.go.dev/"]')).toHaveCount(0);
  expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);
});

test('red-flag titles show as text, not Markdown, wherever only text can go', async ({ page, request }) => {
  const raw = /`|\]\(|\*\*/;
  const redirect = await (await request.get('/id/rf3.3/')).text();
  expect(redirect.match(/<title>(.*?)<\/title>/)?.[1]).not.toMatch(raw);
  const ids = (await (await request.get('/ids.json')).json()) as { id: string; title: string }[];
  expect(ids.filter((entry) => raw.test(entry.title)).map((entry) => entry.id)).toEqual([]);
  await page.goto('/pitfalls/data-race/');
  for (const text of await page.locator('#related ~ * li, section[aria-labelledby="related"] li').allInnerTexts()) expect(text).not.toMatch(raw);
});
