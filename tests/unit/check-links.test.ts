import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  brokenLinks,
  candidateFiles,
  idsJsonUrls,
  refreshTarget,
  resolveLink,
  scanHtml,
  sitePath,
  srcsetUrls,
  type PageScan,
} from '../../scripts/check-links.ts';

const ORIGIN = 'http://localhost:4321';

test('a page scan collects hrefs, srcs, srcset candidates, refresh targets and ids', () => {
  const scan = scanHtml(`<!doctype html><head>
    <meta http-equiv="refresh" content="0; url=/rubric/concurrency/#r2-1">
    <link rel="stylesheet" href="/_astro/a.css"><script src="/before-paint.js"></script></head>
    <body><a href="/patterns/&#x77;orker-pool/">x</a><img src="/a.png" srcset="/b.png 2x, /c.png 3x" alt="">
    <h2 id="r2-1">R2.1</h2><a name="legacy"></a><code>href="/not-a-link/"</code></body>`);
  assert.deepEqual(scan.links, ['/rubric/concurrency/#r2-1', '/_astro/a.css', '/before-paint.js', '/patterns/worker-pool/', '/a.png', '/b.png', '/c.png']);
  assert.deepEqual([...scan.ids], ['r2-1', 'legacy']);
});

test('a refresh target is read with or without quotes and a missing one is undefined', () => {
  assert.equal(refreshTarget('0; url=/id/x/'), '/id/x/');
  assert.equal(refreshTarget("0;URL='/id/x/'"), '/id/x/');
  assert.equal(refreshTarget('5'), undefined);
});

test('srcset candidates drop their width and density descriptors', () => {
  assert.deepEqual(srcsetUrls('/a.png 1x,/b.png 2x , /c.png 640w'), ['/a.png', '/b.png', '/c.png']);
});

test('ids.json publishes both the canonical URL and the permalink of every entry', () => {
  const json = JSON.stringify([{ id: 'r2.1', url: '/rubric/concurrency/#r2-1', permalink: '/id/r2.1/' }]);
  assert.deepEqual(idsJsonUrls(json), ['/rubric/concurrency/#r2-1', '/id/r2.1/']);
});

test('links resolve relative to their page, and other origins and schemes are skipped', () => {
  assert.deepEqual(resolveLink('../fan-out-fan-in/#code', '/patterns/worker-pool/', ORIGIN), { path: '/patterns/fan-out-fan-in/', fragment: 'code' });
  assert.deepEqual(resolveLink('#r2-1', '/rubric/concurrency/', ORIGIN), { path: '/rubric/concurrency/', fragment: 'r2-1' });
  assert.deepEqual(resolveLink(`${ORIGIN}/review/`, '/', ORIGIN), { path: '/review/', fragment: '' });
  assert.equal(resolveLink('https://go.dev/ref/spec', '/', ORIGIN), undefined);
  assert.equal(resolveLink('mailto:a@example.com', '/', ORIGIN), undefined);
});

test('a directory path is served by its index.html and a file path by itself', () => {
  assert.deepEqual(candidateFiles('/'), ['index.html']);
  assert.deepEqual(candidateFiles('/patterns/x/'), ['patterns/x/index.html']);
  assert.deepEqual(candidateFiles('/ids.json'), ['ids.json', 'ids.json.html', 'ids.json/index.html']);
  assert.equal(sitePath('patterns/x/index.html'), '/patterns/x/');
  assert.equal(sitePath('index.html'), '/');
  assert.equal(sitePath('404.html'), '/404.html');
});

test('missing pages and missing anchors are reported, and the rest pass', () => {
  const pages = new Map<string, PageScan>([
    ['index.html', { links: [], ids: new Set(['main']) }],
    ['rubric/concurrency/index.html', { links: [], ids: new Set(['r2-1']) }],
  ]);
  const files = new Set([...pages.keys(), 'ids.json']);
  const problems = brokenLinks(
    pages,
    files,
    [
      { from: '/', url: '/rubric/concurrency/#r2-1' },
      { from: '/', url: '#main' },
      { from: '/', url: '#top' },
      { from: '/', url: '/ids.json' },
      { from: '/', url: 'https://example.com/gone/' },
      { from: '/', url: '/rubric/concurrency/#r2-9' },
      { from: '/ids.json', url: '/id/r2.9/' },
      { from: '/', url: '/ids.json#x' },
    ],
    ORIGIN,
  );
  assert.deepEqual(problems, [
    '/: /rubric/concurrency/#r2-9 → rubric/concurrency/index.html has no element with id "r2-9"',
    '/ids.json: /id/r2.9/ → no file serves /id/r2.9/',
    '/: /ids.json#x → #x points into ids.json, which is not an HTML page',
  ]);
});
