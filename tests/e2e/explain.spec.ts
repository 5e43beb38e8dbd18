import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProofs } from '../../src/lib/proofs.ts';

// Panics the example code raises itself: their message is the program's own, so no check names it.
const OWN_PANICS = new Set(['pitfalls/panic-for-errors/bad', 'pitfalls/init-side-effects/bad', 'pitfalls/panic-in-goroutine/bad']);

/** Every committed snapshot of a vet, staticcheck, race or panic proof, with the entry that shows its Bad code. */
function snapshots(): { dir: string; file: string; entry: string }[] {
  const root = 'examples';
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('/bad/proof.json'))
    .flatMap((path) => {
      const dir = path.slice(0, -'/proof.json'.length);
      return readProofs(join(root, path), path)
        .filter((proof) => ['vet', 'staticcheck', 'race', 'panic'].includes(proof.detector) && !OWN_PANICS.has(dir))
        .map((proof) => ({ dir, file: join(root, dir, proof.snapshot), entry: `/${dir.slice(0, -'/bad'.length)}/` }));
    });
}

test('pasted vet output links each line the guide knows to its check and entries, and lists the rest', async ({ page }) => {
  await page.goto('/explain/');
  await page.getByLabel('Tool output').fill(['# example.com/app', './main.go:15:2: loop variable v captured by func literal', './main.go:20:2: declared and not used: y'].join('\n'));
  await page.getByRole('button', { name: 'Explain', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/^1 check the guide explains; 1 line it does not cover; 1 other line/);
  const results = page.locator('[data-explain-results]');
  await expect(results.getByRole('link', { name: 'loopclosure' })).toHaveAttribute('href', '/checks/loopclosure/');
  await expect(results.getByRole('link', { name: 'Loop variable captured by closures' })).toHaveAttribute('href', '/pitfalls/loop-variable-capture/');
  await expect(results.getByText('./main.go:20:2: declared and not used: y')).toBeVisible();
});

test('every committed proof snapshot of a vet, staticcheck, race or panic proof is explained by the entry that shows it', async ({ page }) => {
  const cases = snapshots();
  expect(cases.length).toBeGreaterThanOrEqual(20);
  await page.goto('/explain/');
  for (const { file, entry } of cases) {
    await page.getByLabel('Tool output').fill(readFileSync(file, 'utf8'));
    await page.getByRole('button', { name: 'Explain', exact: true }).click();
    await expect(page.locator(`[data-explain-results] .explain__known a[href="${entry}"]`).first(), file).toBeVisible();
  }
});

test('nothing pasted leaves the page, and the findings copy as a Markdown review comment', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/explain/');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByLabel('Tool output').fill('fatal error: concurrent map writes');
  await page.getByRole('button', { name: 'Explain', exact: true }).click();
  await page.getByRole('button', { name: 'Copy as review comment' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied the review comment as a Markdown list.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`- \`fatal error: concurrent map writes\`: see [A map written by several goroutines at once](${new URL('/pitfalls/concurrent-map-writes/', page.url()).href})`);
  expect(requests).toEqual([]);
  expect(page.url()).not.toContain('concurrent');
});

test('without the Clipboard API the review comment is shown selected in a box of its own, and the pasted output stays', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.goto('/explain/');
  const pasted = 'fatal error: concurrent map writes';
  await page.getByLabel('Tool output').fill(pasted);
  await page.getByRole('button', { name: 'Explain', exact: true }).click();
  await page.getByRole('button', { name: 'Copy as review comment' }).click();
  const comment = page.getByRole('textbox', { name: 'Review comment' });
  await expect(comment).toBeFocused();
  await expect(comment).toHaveValue(/^- `fatal error: concurrent map writes`: see \[A map written by several goroutines at once\]/);
  await expect(page.getByLabel('Tool output')).toHaveValue(pasted);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says it needs JavaScript and leads to the checks list instead', async ({ page }) => {
    await page.goto('/explain/');
    await expect(page.getByLabel('Tool output')).toBeHidden();
    await page.getByRole('link', { name: 'list of checks' }).click();
    await expect(page).toHaveURL('/checks/');
  });
});
