// npm run bench: builds the site and prints one Markdown table of build
// times, page weights, search speed and Lighthouse scores, measured on this
// machine in the installed Chromium, with the site served as deployed: by Caddy
// with deploy/Caddyfile, so bytes are counted as that server sends them. `npm run bench -- --scale` also builds a
// copy with ten times the patterns and pitfalls and reports how build time grows.
//
// Not part of npm test: the figures depend on the machine and its load.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { TABLE } from '../tests/data/search-queries.ts';
import { pagefindQuery } from '../src/lib/search-results.ts';
import { startCaddy } from './caddy.ts';
import { gzipSize, pageAssets, reader, sitemapPaths, staticImports, cssImports, weight } from './check-budgets.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.PORT ?? 4471);
const ORIGIN = `http://localhost:${PORT}`;
const FIRST_QUERY = 'goroutine';
/** Warm queries: the search-quality table, so speed is measured on the queries quality is, sent as the search panel sends them. */
const WARM_QUERIES = TABLE.map(([query]) => pagefindQuery(query));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Runs a command to completion and returns its wall time in milliseconds; a failure stops the bench. */
async function timed(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const start = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
  return performance.now() - start;
}

interface BuildTimes {
  astro: number;
  pagefind: number;
  precompress: number;
}

/** The steps of `npm run build`, timed one by one. */
async function build(outDir: string, env: NodeJS.ProcessEnv = {}): Promise<BuildTimes> {
  const astro = await timed('npx', ['astro', 'build', '--outDir', outDir], env);
  const pagefind = await timed('npx', ['pagefind', '--site', outDir], env);
  const precompress = await timed('node', ['scripts/precompress.ts', outDir], env);
  return { astro, pagefind, precompress };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const bytes = (dir: string, keep: (file: string) => boolean = () => true) =>
  files(dir).filter(keep).reduce((sum, file) => sum + statSync(file).size, 0);
const isCompressedCopy = (file: string) => file.endsWith('.br') || file.endsWith('.gz');

/** The bytes of the search index proper (index, fragment and filter chunks and the metadata), which grow with the content, unlike Pagefind's code. */
const indexBytes = (dist: string) => {
  const pagefind = join(dist, 'pagefind');
  const meta = readdirSync(pagefind).filter((name) => name.endsWith('.pf_meta')).map((name) => statSync(join(pagefind, name)).size);
  const chunks = ['index', 'fragment', 'filter'].map((dir) => join(pagefind, dir)).filter((dir) => existsSync(dir)).map((dir) => bytes(dir));
  return [...meta, ...chunks].reduce((sum, size) => sum + size, 0);
};

/** The nearest-rank percentile of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** One page of each kind, picked from the sitemap. */
export function pageKinds(paths: string[]): Record<string, string> {
  const first = (pattern: RegExp, kind: string) => {
    const path = paths.find((candidate) => pattern.test(candidate));
    if (path === undefined) throw new Error(`the sitemap has no ${kind} page`);
    return path;
  };
  return {
    home: first(/^\/$/, 'home'),
    pattern: first(/^\/patterns\/[^/]+\/$/, 'pattern'),
    pitfall: first(/^\/pitfalls\/[^/]+\/$/, 'pitfall'),
    'rubric phase': first(/^\/rubric\/[^/]+\/$/, 'rubric phase'),
    review: first(/^\/review\/$/, 'review'),
    search: first(/^\/search\/$/, 'search'),
  };
}

/**
 * A content directory with ten times the patterns and pitfalls: each entry
 * is copied nine times under a new ID. Rubric, sources and examples stay
 * shared, as the copies point to the same Go files.
 */
export function scaledContent(from: string, to: string, factor = 10): number {
  cpSync(from, to, { recursive: true });
  let entries = 0;
  for (const collection of ['patterns', 'pitfalls']) {
    for (const name of readdirSync(join(from, collection)).filter((file) => file.endsWith('.mdx'))) {
      const source = readFileSync(join(from, collection, name), 'utf8');
      for (let copy = 1; copy < factor; copy++) writeFileSync(join(to, collection, name.replace(/\.mdx$/, `-copy-${copy}.mdx`)), source);
      entries += factor;
    }
  }
  return entries;
}

/** Bytes a fresh browser receives for one page load, as sent (compressed), headers included, and the number of requests. */
async function measureTransfer(path: string): Promise<{ bytes: number; requests: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const requests: Promise<number>[] = [];
    page.on('requestfinished', (request) => requests.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize)));
    await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
    const sizes = await Promise.all(requests);
    return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length };
  } finally {
    await browser.close();
  }
}

interface SearchFigures {
  firstMs: number;
  firstBytes: number;
  firstRequests: number;
  warm: number[];
}

/** First query through the page's UI in a cold browser, then warm queries straight through Pagefind in that page. */
async function measureSearch(): Promise<SearchFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const requests: Promise<number>[] = [];
    page.on('requestfinished', (request) => requests.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize)));
    const start = performance.now();
    await page.goto(`${ORIGIN}/search/?q=${encodeURIComponent(FIRST_QUERY)}`);
    await page.getByRole('main').getByRole('listbox').locator(`[href*="${FIRST_QUERY}"]`).first().waitFor();
    const firstMs = performance.now() - start;
    const sizes = await Promise.all(requests);
    const warm = await page.evaluate(async (queries) => {
      // A variable keeps the bundler-free import a runtime URL, as the search page loads it.
      const module = '/pagefind/pagefind.js';
      const pagefind = await import(module);
      await pagefind.init();
      const times: number[] = [];
      for (const query of queries) {
        const begin = performance.now();
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()));
        times.push(performance.now() - begin);
      }
      return times;
    }, WARM_QUERIES);
    return { firstMs, firstBytes: sizes.reduce((a, b) => a + b, 0), firstRequests: sizes.length, warm };
  } finally {
    await browser.close();
  }
}

/** Lighthouse scores (0–100) per category for each URL, in one headless Chromium. */
async function measureLighthouse(paths: string[]): Promise<Map<string, number[]>> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const scores = new Map<string, number[]>();
  try {
    for (const path of paths) {
      const result = await lighthouse(`${ORIGIN}${path}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories } = result.lhr;
      scores.set(path, CATEGORIES.map((category) => Math.round((categories[category]?.score ?? Number.NaN) * 100)));
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const scale = process.argv.includes('--scale');
  const rows: [string, string][] = [];
  // Canonical URLs point at the server the bench starts, so Lighthouse judges them as a deployed site's.
  const times = await build('dist', { SITE_URL: ORIGIN });
  rows.push(['build: astro build', seconds(times.astro)], ['build: pagefind', seconds(times.pagefind)], ['build: precompress (Brotli and gzip copies)', seconds(times.precompress)]);

  const read = reader('dist');
  const paths = sitemapPaths(read('/sitemap-0.xml') ?? '');
  const html = files('dist').filter((file) => file.endsWith('.html'));
  rows.push(
    ['pages: in the sitemap / HTML files (with /id/ redirects and 404)', `${paths.length} / ${html.length}`],
    ['dist size / its .br and .gz copies', `${kb(bytes('dist', (file) => !isCompressedCopy(file)))} / ${kb(bytes('dist', isCompressedCopy))}`],
    ['Pagefind: index (chunks, fragments, metadata) / its code (JS, WASM, UI)', `${kb(indexBytes('dist'))} / ${kb(bytes('dist/pagefind') - indexBytes('dist'))}`],
  );
  const kinds = pageKinds(paths);
  for (const [kind, path] of Object.entries(kinds)) {
    const page = read(path) ?? '';
    const assets = pageAssets(page);
    const js = weight(assets.scripts, path, read, staticImports).bytes;
    const css = weight(assets.styles, path, read, cssImports).bytes;
    rows.push([`gzip HTML / CSS / JS: ${kind} (${path})`, `${kb(gzipSize(page))} / ${kb(css)} / ${kb(js)}`]);
  }

  const server = await startCaddy(PORT);
  try {
    for (const [kind, path] of Object.entries(kinds)) {
      const transfer = await measureTransfer(path);
      rows.push([`bytes sent for one page load, as deploy/Caddyfile serves it: ${kind}`, `${kb(transfer.bytes)} in ${transfer.requests} requests`]);
    }
    const search = await measureSearch();
    rows.push(
      [`search: first query "${FIRST_QUERY}", cold (page load to first result)`, `${Math.round(search.firstMs)} ms`],
      ['search: bytes sent for it, as deploy/Caddyfile serves them', `${kb(search.firstBytes)} in ${search.firstRequests} requests`],
      [`search: warm query p50 / p95 (${search.warm.length} queries, top 5 results loaded)`, `${percentile(search.warm, 50).toFixed(1)} / ${percentile(search.warm, 95).toFixed(1)} ms`],
    );
    const lighthouseScores = await measureLighthouse(Object.values(kinds));
    for (const [kind, path] of Object.entries(kinds)) {
      rows.push([`Lighthouse perf / a11y / best practices / SEO: ${kind}`, (lighthouseScores.get(path) ?? []).join(' / ')]);
    }
  } finally {
    server.kill();
  }

  if (scale) {
    const work = mkdtempSync(join(tmpdir(), 'gfg-scale-'));
    try {
      cpSync('content', join(work, 'base'), { recursive: true });
      const entries = scaledContent('content', join(work, 'scaled'));
      // On a shared machine one build can take half as long again as the next: build each
      // content set twice, alternating, and keep the faster of each.
      const runs: Record<'base' | 'scaled', BuildTimes[]> = { base: [], scaled: [] };
      for (let round = 0; round < 2; round++) {
        for (const set of ['base', 'scaled'] as const) {
          runs[set].push(await build(join(work, `dist-${set}`), { CONTENT_DIR: join(work, set), SITE_URL: ORIGIN }));
        }
      }
      const fastest = (times: BuildTimes[]) => Math.min(...times.map((time) => time.astro + time.pagefind + time.precompress));
      const pages = files(join(work, 'dist-scaled')).filter((file) => file.endsWith('.html')).length;
      rows.push(
        [`scale ×10: ${entries} patterns and pitfalls, ${pages} HTML files: astro build + pagefind + precompress, fastest of 2 (base / ×10)`, `${seconds(fastest(runs.base))} / ${seconds(fastest(runs.scaled))}`],
        ['scale ×10: build-time ratio', `${(fastest(runs.scaled) / fastest(runs.base)).toFixed(2)}×`],
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} × ${cpu}\n`);
  console.log('| measure | value |\n| --- | --- |');
  for (const [measure, value] of rows) console.log(`| ${measure} | ${value} |`);
}

if (import.meta.main) await main();
