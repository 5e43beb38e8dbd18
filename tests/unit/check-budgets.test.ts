import { test } from 'node:test';
import assert from 'node:assert/strict';
import { budgetTable, cssImports, gzipSize, overBudget, pageAssets, sitemapPaths, staticImports, weight } from '../../scripts/check-budgets.ts';

test('a page loads its external and inline scripts and stylesheets, not JSON data or empty tags', () => {
  const assets = pageAssets(`<head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/f.svg">
    <style>main{color:red}</style><script src="/before-paint.js"></script><script type="application/ld+json">{"a":1}</script>
    <script type="module">import "/_astro/x.js";</script><script></script></head>`);
  assert.deepEqual(assets.scripts, [{ url: '/before-paint.js' }, { inline: 'import "/_astro/x.js";' }]);
  assert.deepEqual(assets.styles, [{ url: '/_astro/a.css' }, { inline: 'main{color:red}' }]);
});

test('static imports and re-exports count, dynamic imports wait for an interaction', () => {
  const js = `import{a as b}from"./review-comment.js";import "./side.js";export*from'./more.js';const c=()=>import("./lazy.js");`;
  assert.deepEqual(staticImports(js), ['./review-comment.js', './side.js', './more.js']);
  assert.deepEqual(cssImports(`@import url("/a.css");@import '/b.css';`), ['/a.css', '/b.css']);
});

test('a page weighs each file once, with what it imports, resolved from the importing file', () => {
  const files: Record<string, string> = {
    '/_astro/a.js': 'import"./shared.js";',
    '/_astro/b.js': 'import"./shared.js";',
    '/_astro/shared.js': 'export const x = 1;',
  };
  const read = (path: string) => files[path];
  const { bytes, missing } = weight([{ url: '/_astro/a.js' }, { url: '../../_astro/b.js' }, { url: '/gone.js' }], '/patterns/x/', read, staticImports);
  assert.equal(bytes, gzipSize(files['/_astro/a.js'] ?? '') + gzipSize(files['/_astro/b.js'] ?? '') + gzipSize(files['/_astro/shared.js'] ?? ''));
  assert.deepEqual(missing, ['/gone.js']);
});

test('a page at or over a budget, or missing an asset, fails and the table says which', () => {
  const ok = { path: '/a/', js: 1024, css: 2048, missing: [] };
  const heavy = { path: '/b/', js: 10 * 1024, css: 0, missing: [] };
  const broken = { path: '/c/', js: 0, css: 0, missing: ['/gone.js'] };
  const styled = { path: '/d/', js: 0, css: 12 * 1024, missing: [] };
  assert.deepEqual([ok, heavy, broken, styled].map(overBudget), [false, true, true, true]);
  const table = budgetTable([ok, heavy, broken]);
  assert.match(table, /\| \/a\/ \| 1\.0 KB \| 2\.0 KB \| ok \|/);
  assert.match(table, /\| \/b\/ \| 10\.0 KB \| 0\.0 KB \| over budget \|/);
  assert.match(table, /missing \/gone\.js/);
});

test('sitemap entries become site paths', () => {
  assert.deepEqual(sitemapPaths('<url><loc>http://localhost:4321/</loc></url><url><loc>http://localhost:4321/review/</loc></url>'), ['/', '/review/']);
});
