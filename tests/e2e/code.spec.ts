import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('Go is highlighted by Shiki with colours for both themes', async ({ page }) => {
  await page.goto('/patterns/worker-pool/');
  const keyword = page.locator('pre.astro-code span', { hasText: /^func$/ }).first();
  // The colours come from classes (the CSP forbids style attributes), so read the computed variables.
  await expect(keyword).not.toHaveAttribute('style');
  const colours = await keyword.evaluate((span) => {
    const style = getComputedStyle(span);
    return [style.getPropertyValue('--shiki-light'), style.getPropertyValue('--shiki-dark')];
  });
  expect(colours[0]).toMatch(/^#[0-9a-f]{6}$/i);
  expect(colours[1]).toMatch(/^#[0-9a-f]{6}$/i);
  expect(colours[0]).not.toBe(colours[1]);
  await expect(page.locator('pre.astro-code[data-language="go"]').first()).toBeVisible();
});

test('each snippet names its source file and region, and marker lines never show', async ({ page }) => {
  await page.goto('/patterns/worker-pool/');
  const figure = page.locator('figure.code-figure').first();
  await expect(figure.locator('figcaption')).toContainText('examples/patterns/worker-pool/pool.go (pool)');
  await expect(page.locator('pre.astro-code', { hasText: '// region' })).toHaveCount(0);
  await expect(page.locator('pre.astro-code', { hasText: '[!code' })).toHaveCount(0);
});

test('highlight notation marks the lines that matter', async ({ page }) => {
  await page.goto('/patterns/worker-pool/');
  const highlighted = page.locator('pre.astro-code .line.highlighted');
  await expect(highlighted.first()).toContainText('close(results)');
  const background = await highlighted.first().evaluate((line) => getComputedStyle(line).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('a diff from a Bad file to its Good twin marks removed and added lines with - and +', async ({ page }) => {
  await page.goto('/pitfalls/goroutine-leak/');
  const diff = page.locator('figure.code-figure', { hasText: 'Diff from' });
  await expect(diff.locator('.line.diff.remove', { hasText: 'ch := make(chan T)' })).toHaveCount(1);
  await expect(diff.locator('.line.diff.add', { hasText: 'ch := make(chan T, 1)' })).toHaveCount(1);
  const marker = await diff.locator('.line.diff.add').first().evaluate((line) => getComputedStyle(line, '::before').content);
  expect(marker).toBe('"+"');
});

test('the copy button puts the code on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/patterns/worker-pool/');
  const figure = page.locator('figure.code-figure').first();
  const button = figure.locator('[data-copy-code]');
  await button.click();
  await expect(button).toHaveText('Copied');
  await expect(button).toHaveAttribute('aria-live', 'polite');
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain('func Pool(ctx context.Context, n int, jobs <-chan int) <-chan Result {');
  expect(clipboard).not.toMatch(/[ \t]$/m);
  expect(clipboard).not.toContain('[!code');
});

test('copying a diff copies the code after the change', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/pitfalls/goroutine-leak/');
  await page.locator('figure.code-figure', { hasText: 'Diff from' }).getByRole('button', { name: 'Copy code' }).click();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain('ch := make(chan T, 1)');
  expect(clipboard).not.toContain('ch := make(chan T)\n');
});

test('without clipboard access the copy button selects the code instead', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto('/patterns/worker-pool/');
  const button = page.locator('[data-copy-code]').first();
  await button.click();
  await expect(button).toHaveText('Press Ctrl+C to copy');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toContain('func Pool');
});

test('Bad and Good are labelled in words, not only by colour', async ({ page }) => {
  await page.goto('/pitfalls/data-race/');
  const pair = page.getByRole('group', { name: 'Bad and good code compared' });
  await expect(pair.locator('figcaption').nth(0)).toContainText('Bad');
  await expect(pair.locator('figcaption').nth(1)).toContainText('Good');
});

test('Bad and Good sit side by side on a wide screen and stack on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/pitfalls/data-race/');
  const figures = page.getByRole('group', { name: 'Bad and good code compared' }).locator('figure');
  let [bad, good] = [await figures.nth(0).boundingBox(), await figures.nth(1).boundingBox()];
  expect(bad && good && Math.abs(bad.y - good.y) < 1 && good.x > bad.x + bad.width).toBe(true);

  await page.setViewportSize({ width: 360, height: 800 });
  [bad, good] = [await figures.nth(0).boundingBox(), await figures.nth(1).boundingBox()];
  expect(bad && good && good.y >= bad.y + bad.height).toBe(true);
});

test('side by side, Bad and Good code start at the same height even when one caption wraps onto more lines', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // On these pages the two captions' text takes different heights at 1280 px.
  for (const id of ['container-runs-as-root', 'producer-side-interface']) {
    await page.goto(`/pitfalls/${id}/`);
    const tops = await page.getByRole('group', { name: 'Bad and good code compared' }).first()
      .evaluate((group) => [...group.querySelectorAll(':scope > figure > pre')].map((pre) => pre.getBoundingClientRect().top));
    expect(tops, id).toHaveLength(2);
    expect(Math.abs((tops[0] ?? 0) - (tops[1] ?? 0)), id).toBeLessThan(1);
  }
});

test('the marked line is the fault in a Bad snippet and the fix in a Good one, each in its verdict’s colour', async ({ page }) => {
  await page.goto('/pitfalls/context-in-struct/');
  const marked = (verdict: string) => page.locator(`figure.code-figure--${verdict} .line.highlighted`).first();
  await expect(marked('bad')).toContainText('ctx');
  await expect(marked('good')).toContainText('func (c *Client) Get(ctx context.Context');
  const colours = async (verdict: string) => ({
    bar: await marked(verdict).evaluate((line) => getComputedStyle(line).boxShadow),
    label: await page.locator(`figure.code-figure--${verdict} .code-figure__verdict`).first().evaluate((label) => getComputedStyle(label).color),
  });
  for (const verdict of ['bad', 'good']) {
    const { bar, label } = await colours(verdict);
    expect(bar, `the ${verdict} bar has the ${verdict} label's colour`).toContain(label);
  }
});

test('a Bad snippet shows the real output of the tool that catches it', async ({ page }) => {
  await page.goto('/pitfalls/data-race/');
  const bad = page.locator('figure.code-figure--bad').first();
  const output = bad.locator('.tool-output');
  await expect(output).toContainText('go test -race reports:');
  await expect(output).toContainText('go test -race -count=1 -tags=bad . in examples/pitfalls/data-race/bad');
  await expect(output.locator('pre')).toContainText('WARNING: DATA RACE');
  await expect(output.locator('pre')).toContainText('pitfalls/data-race/bad/sum.go:23');
  await expect(page.locator('figure.code-figure--good .tool-output')).toHaveCount(0);
});

test('each of two Bad snippets in one folder shows its own proof', async ({ page }) => {
  await page.goto('/pitfalls/goroutine-leak/');
  const bad = page.locator('figure.code-figure--bad');
  await expect(bad.nth(0).locator('.tool-output pre')).toContainText('TestComputeGivesUpWithoutLeaking');
  await expect(bad.nth(1).locator('.tool-output pre')).toContainText('TestWorkerStopsOnCancel');
});

test('every snippet caption shows the oldest Go release it builds with', async ({ page }) => {
  await page.goto('/rubric/concurrency/');
  const captions = page.locator('figure.code-figure figcaption');
  const count = await captions.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) await expect(captions.nth(i)).toContainText(/Go 1\.\d+\+/);
});

test('code, and the tool output under it, reads at 13.5 to 14 px', async ({ page }) => {
  await page.goto('/pitfalls/data-race/');
  const sizes = await page.locator('pre.astro-code code').evaluateAll((blocks) => blocks.map((block) => parseFloat(getComputedStyle(block).fontSize)));
  expect(sizes.length).toBeGreaterThan(2);
  for (const size of sizes) {
    expect(size).toBeGreaterThanOrEqual(13.5);
    expect(size).toBeLessThanOrEqual(14);
  }
  expect(await page.locator('.tool-output pre').count()).toBeGreaterThan(0);
});

test('the Dockerfile pitfalls frame Bad and Good as the Go ones do, labelled in words and with a copy button', async ({ page }) => {
  for (const path of ['/pitfalls/scratch-missing-ca-certs/', '/pitfalls/container-runs-as-root/']) {
    await page.goto(path);
    const pair = page.getByRole('group', { name: 'Bad and good code compared' });
    await expect(pair.locator('figure.code-figure--bad figcaption'), path).toContainText('Bad');
    await expect(pair.locator('figure.code-figure--good figcaption'), path).toContainText('Good');
    await expect(pair.locator('figure.code-figure--bad pre'), path).toContainText('FROM scratch');
    await expect(pair.getByRole('button', { name: 'Copy code' }), path).toHaveCount(2);
    await expect(pair.locator('.code-figure__go'), 'a Dockerfile has no Go version badge').toHaveCount(0);
  }
});

test('each snippet’s Go badge is the oldest release its own file builds with, so Bad code is not labelled with the module’s Go', async ({ page }) => {
  await page.goto('/pitfalls/deadlock/');
  const badge = (file: string) =>
    page.locator('figure.code-figure', { has: page.locator('figcaption', { hasText: `examples/${file} (` }) }).locator('.code-figure__go');
  await expect(badge('pitfalls/deadlock/bad/transfer.go')).toHaveText('Go 1.1+');
  await expect(badge('pitfalls/deadlock/transfer.go')).toHaveText('Go 1.17+');
  await expect(badge('pitfalls/deadlock/transfer_test.go'), 'the test calls sync.WaitGroup.Go, new in Go 1.25').toHaveText('Go 1.25+');
  await page.goto('/patterns/cache-aside/');
  await expect(badge('patterns/cache-aside/cacheaside.go').first(), 'the code calls context.WithoutCancel, new in Go 1.21').toHaveText('Go 1.21+');
});

test('a snippet’s caption links to its whole file, and copying that gives the file as it compiles, without site markers', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/pitfalls/deadlock/');
  await page.locator('figure.code-figure--bad figcaption').getByRole('link', { name: 'examples/pitfalls/deadlock/bad/transfer.go' }).click();
  await expect(page).toHaveURL(/\/examples\/pitfalls\/deadlock\/bad\/#transfer-go$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('examples/pitfalls/deadlock/bad');
  await expect(page.getByText('go test -tags=bad ./pitfalls/deadlock/bad/')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Deadlock' }).first()).toHaveAttribute('href', '/pitfalls/deadlock/');
  const section = page.getByRole('region', { name: 'transfer.go' });
  await expect(section.getByRole('heading', { level: 2 })).toBeInViewport();
  const copy = section.locator('[data-copy-code]');
  await expect(copy).toHaveText('Copy full file');
  await copy.click();
  await expect(copy).toHaveText('Copied');
  await expect(copy, 'the label comes back').toHaveText('Copy full file', { timeout: 5000 });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const lines = readFileSync('examples/pitfalls/deadlock/bad/transfer.go', 'utf8').trimEnd().split('\n');
  const expected = lines
    .filter((line, i) => !/^\s*\/\/ (end)?region /.test(line) && !(line === '' && /^\s*\/\/ (end)?region /.test(lines[i - 1] ?? '') && lines[i - 2] === ''))
    .map((line) => line.replace(/[ \t]*\/\/ \[!code [^\]]+\]$/, ''))
    .join('\n')
    .trimEnd();
  expect(copied).toContain('package bad\n\nimport (');
  expect(copied).toBe(expected);
  expect(copied, 'gofmt leaves no two blank lines in a row').not.toContain('\n\n\n');
});
