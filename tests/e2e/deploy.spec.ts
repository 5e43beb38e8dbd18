// The documented Caddy configuration (deploy/Caddyfile) serving the built
// site: the headers a <meta> CSP cannot set, precompressed files, long
// caching only for hashed assets, and the site's own 404 page.
import type { ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { expect, test } from '@playwright/test';
import { startCaddy } from '../../scripts/caddy.ts';

const PORT = Number(process.env.PORT ?? 4329) + 10;
const ORIGIN = `http://localhost:${PORT}`;

test.describe('deploy/Caddyfile', () => {
  test.describe.configure({ mode: 'serial' });
  let caddy: ChildProcess;

  test.beforeAll(async () => {
    caddy = await startCaddy(PORT);
  });

  test.afterAll(() => {
    caddy.kill();
  });

  test('every response carries the headers a meta CSP cannot set', async ({ request }) => {
    for (const path of ['/', '/review/', '/patterns/worker-pool/', '/no-such-page/']) {
      const headers = (await request.get(`${ORIGIN}${path}`)).headers();
      expect(headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });

  test('pages and bundles are sent precompressed, Brotli first, as the browser asks', async ({ request }) => {
    const page = await request.get(`${ORIGIN}/patterns/worker-pool/`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.headers()['content-encoding']).toBe('br');
    expect(await page.text()).toContain('<h1');
    const gzip = await request.get(`${ORIGIN}/patterns/worker-pool/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers()['content-encoding']).toBe('gzip');
    const plain = await request.get(`${ORIGIN}/patterns/worker-pool/`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();
  });

  test('hashed bundles are cached for a year; pages are not', async ({ request }) => {
    const bundle = readdirSync('dist/_astro').find((name) => name.endsWith('.js') || name.endsWith('.css'));
    expect(bundle, 'dist/_astro has a bundle').toBeDefined();
    expect((await request.get(`${ORIGIN}/_astro/${bundle}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request.get(`${ORIGIN}/patterns/worker-pool/`)).headers()['cache-control']).toBeUndefined();
  });

  test('another site cannot frame the review checklist', async ({ page }) => {
    // A real server on another port: another origin, which frames /review/.
    const framer = createServer((_, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(`<iframe src="${ORIGIN}/review/"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(PORT + 1, resolve));
    try {
      await page.goto(`http://localhost:${PORT + 1}/`);
      await expect(page.locator('iframe')).toBeAttached();
      const review = page.frames().find((frame) => frame.url() === `${ORIGIN}/review/`);
      expect(review && (await review.locator('h1').count()), 'the review page rendered inside another site').toBeFalsy();
    } finally {
      framer.close();
    }
  });

  test("an unknown address answers 404 with the site's 404 page", async ({ request }) => {
    const response = await request.get(`${ORIGIN}/no-such-page/`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('<h1>Page not found</h1>');
  });
});
