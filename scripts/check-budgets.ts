// The weight budget of a content page, checked on the built site: the
// JavaScript it loads before any interaction stays under 10 KB gzip and its
// CSS under 12 KB gzip. A page's weight is what its HTML pulls in: external
// and inline scripts with their static imports (dynamic imports wait for an
// interaction), and linked and inline stylesheets with their @imports.
//
// Usage: node scripts/check-budgets.ts [dist]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { candidateFiles } from './check-links.ts';

export const BUDGETS = { js: 10 * 1024, css: 12 * 1024 } as const;

/** Pages whose purpose is an application, not reading: search runs Pagefind. */
export const NOT_CONTENT = ['/search/'];

/** One resource a page loads: an external file, or inline code. */
export type Asset = { url: string } | { inline: string };

export interface PageAssets {
  scripts: Asset[];
  styles: Asset[];
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The scripts and stylesheets an HTML page loads as it opens. */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { scripts: [], styles: [] };
  let open: { kind: 'script' | 'style'; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && JS_TYPES.has((attributes['type'] ?? '').toLowerCase())) {
          if (attributes['src'] !== undefined) assets.scripts.push({ url: attributes['src'] });
          else open = { kind: 'script', text: '' };
        } else if (name === 'style') {
          open = { kind: 'style', text: '' };
        } else if (name === 'link' && attributes['href'] !== undefined && (attributes['rel'] ?? '').toLowerCase().split(/\s+/).includes('stylesheet')) {
          assets.styles.push({ url: attributes['href'] });
        }
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (!open || name !== open.kind) return;
        if (open.text.trim() !== '') (open.kind === 'script' ? assets.scripts : assets.styles).push({ inline: open.text });
        open = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return assets;
}

/** The modules a script imports statically, the ones the browser fetches before running it. */
export function staticImports(js: string): string[] {
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  return [...js.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** The stylesheets a stylesheet pulls in with @import. */
export function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)].map((match) => match[1] ?? '');
}

export function gzipSize(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

/**
 * The gzip bytes of a set of assets and everything they import, each file
 * counted once. `read` returns a site path's content, or undefined if missing.
 */
export function weight(assets: Asset[], from: string, read: (path: string) => string | undefined, imports: (code: string) => string[]): { bytes: number; missing: string[] } {
  const seen = new Set<string>();
  const missing: string[] = [];
  let bytes = 0;
  const visit = (url: string, base: string) => {
    const path = new URL(url, new URL(base, 'http://site')).pathname;
    if (seen.has(path)) return;
    seen.add(path);
    const code = read(path);
    if (code === undefined) {
      missing.push(path);
      return;
    }
    bytes += gzipSize(code);
    for (const next of imports(code)) visit(next, path);
  };
  for (const asset of assets) {
    if ('url' in asset) visit(asset.url, from);
    else {
      bytes += gzipSize(asset.inline);
      for (const next of imports(asset.inline)) visit(next, from);
    }
  }
  return { bytes, missing };
}

export interface BudgetRow {
  path: string;
  js: number;
  css: number;
  missing: string[];
}

export function overBudget(row: BudgetRow): boolean {
  return row.js >= BUDGETS.js || row.css >= BUDGETS.css || row.missing.length > 0;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The budget table in Markdown, one row per page. */
export function budgetTable(rows: BudgetRow[]): string {
  const lines = [
    `| page | JS gzip (< ${kb(BUDGETS.js)}) | CSS gzip (< ${kb(BUDGETS.css)}) | verdict |`,
    '| --- | ---: | ---: | --- |',
    ...rows.map((row) => `| ${row.path} | ${kb(row.js)} | ${kb(row.css)} | ${overBudget(row) ? `over budget${row.missing.length ? `; missing ${row.missing.join(', ')}` : ''}` : 'ok'} |`),
  ];
  return lines.join('\n');
}

/** Every page path in the sitemap files of dist/. */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

/** The content of the file dist/ serves at a site path, as `astro preview` would. */
export function reader(dist: string): (path: string) => string | undefined {
  return (path) => {
    const file = candidateFiles(decodeURIComponent(path)).map((candidate) => join(dist, candidate)).find((candidate) => existsSync(candidate));
    return file === undefined ? undefined : readFileSync(file, 'utf8');
  };
}

/** The budget row of every content page of the sitemap. */
export function measureSite(dist: string): BudgetRow[] {
  const read = reader(dist);
  const sitemap = read('/sitemap-0.xml');
  if (sitemap === undefined) throw new Error(`${dist}/sitemap-0.xml is missing; build the site first`);
  return sitemapPaths(sitemap)
    .filter((path) => !NOT_CONTENT.includes(path))
    .map((path) => {
      const html = read(path);
      if (html === undefined) return { path, js: 0, css: 0, missing: [path] };
      const assets = pageAssets(html);
      const js = weight(assets.scripts, path, read, staticImports);
      const css = weight(assets.styles, path, read, cssImports);
      return { path, js: js.bytes, css: css.bytes, missing: [...js.missing, ...css.missing] };
    });
}

if (import.meta.main) {
  const rows = measureSite(process.argv[2] ?? 'dist');
  const failed = rows.filter(overBudget);
  if (failed.length > 0) {
    console.error(budgetTable(rows));
    console.error(`\ncheck-budgets: ${failed.length} of ${rows.length} content pages over budget`);
    process.exitCode = 1;
  } else {
    const heaviest = (key: 'js' | 'css') => Math.max(...rows.map((row) => row[key]));
    console.log(`check-budgets: ${rows.length} content pages within budget (heaviest: JS ${kb(heaviest('js'))}, CSS ${kb(heaviest('css'))})`);
  }
}
