import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exactId, excerptParts, isPastedLine, MAX_PASTED_WORDS, pagefindQuery, pastedWords, typedQuery, rankByPhrase, longestPhrase, idFromAnchor, orderRows, rowsFromPage, spreadRows, type Row } from '../../src/lib/search-results.ts';

const ids = [
  { id: 'R2.1', kind: 'rubric-item', title: 'Manage goroutine lifecycles', url: '/rubric/concurrency/#r2-1' },
  { id: 'goroutine-leak', kind: 'pitfall', title: 'Goroutine leak', url: '/pitfalls/goroutine-leak/' },
];

test('drops the channel operator from a query but keeps the punctuation Go words carry', () => {
  assert.equal(pagefindQuery('<-ctx.Done()'), 'ctx.Done()');
  assert.equal(pagefindQuery('ch <- v'), 'ch v');
  assert.equal(pagefindQuery('case v := <-ch:'), 'case v := ch:');
  for (const kept of ['-race', '%w', 'errgroup.SetLimit', 'R2.1', 'goroutine-leak']) assert.equal(pagefindQuery(kept), kept);
});

test('asks a typed question without its filler words', () => {
  assert.equal(typedQuery('How to test an HTTP handler?'), 'test HTTP handler?');
  assert.equal(typedQuery('why is my nil error not nil'), 'nil error not nil');
  assert.equal(typedQuery('how do I range over <-ch'), 'range over ch');
  assert.equal(typedQuery('errors.As for a custom type'), 'errors.As for custom type');
  for (const kept of ['send on closed channel', 'go mod tidy', 'is']) assert.equal(typedQuery(kept), kept);
  assert.equal(typedQuery('how to'), 'how to');
  assert.equal(typedQuery('"the same object"'), '"the same object"');
});

test('reads rubric IDs back from anchors', () => {
  assert.equal(idFromAnchor('r2-1'), 'R2.1');
  assert.equal(idFromAnchor('rf4-12'), 'RF4.12');
  assert.equal(idFromAnchor('the-code'), undefined);
});

test('finds the ID a query names in any case and with a dash', () => {
  for (const query of ['R2.1', 'r2.1', ' r2-1 ']) assert.equal(exactId(query, ids)?.id, 'R2.1');
  assert.equal(exactId('Goroutine-Leak', ids)?.id, 'goroutine-leak');
  assert.equal(exactId('goroutine leak', ids), undefined);
});

test('turns a rubric page into one row per matching item or red flag', () => {
  const rows = rowsFromPage({
    url: '/rubric/concurrency/',
    content: 'x',
    excerpt: 'x',
    meta: { title: 'R2 Concurrency · Go Field Guide', kind: 'Rubric' },
    sub_results: [
      { title: 'R2.1Manage goroutine lifecycles#', url: '/rubric/concurrency/#r2-1', excerpt: 'a <mark>goroutine</mark>', anchor: { id: 'r2-1' } },
      { title: 'RF2.1Goroutines without an exit strategy#', url: '/rubric/concurrency/#rf2-1', excerpt: 'b', anchor: { id: 'rf2-1' } },
      { title: 'Red flags', url: '/rubric/concurrency/#red-flags', excerpt: 'c', anchor: { id: 'red-flags' } },
    ],
  });
  assert.deepEqual(rows.map((row) => [row.kind, row.id, row.title]), [
    ['Rubric item', 'R2.1', 'Manage goroutine lifecycles'],
    ['Red flag', 'RF2.1', 'Goroutines without an exit strategy'],
  ]);
});

test('a rubric page’s best-matching item comes first', () => {
  const rows = rowsFromPage({
    url: '/rubric/concurrency/',
    content: 'x',
    excerpt: 'x',
    meta: { title: 'R2 Concurrency', kind: 'Rubric' },
    sub_results: [
      { title: 'R2.1Manage goroutine lifecycles#', url: '/rubric/concurrency/#r2-1', excerpt: '', anchor: { id: 'r2-1' }, weighted_locations: [{ balanced_score: 1 }] },
      { title: 'R2.2Use channels correctly#', url: '/rubric/concurrency/#r2-2', excerpt: '', anchor: { id: 'r2-2' }, weighted_locations: [{ balanced_score: 3 }, { balanced_score: 2 }] },
    ],
  });
  assert.deepEqual(rows.map((row) => row.id), ['R2.2', 'R2.1']);
});

test('no page takes more than two rows until every page has had its turn', () => {
  const row = (id: string): Row => ({ kind: 'Rubric item', id, title: id, url: `/#${id}`, excerpt: '' });
  const rubric = ['R2.1', 'R2.2', 'R2.3', 'R2.4'].map(row);
  const pitfall = [{ ...row('data-race'), kind: 'Pitfall' as const }];
  assert.deepEqual(spreadRows([rubric, pitfall]).map((r) => r.id), ['R2.1', 'R2.2', 'data-race', 'R2.3', 'R2.4']);
});

test('puts the exact ID first and drops its duplicate further down', () => {
  const rows = [
    { kind: 'Pattern' as const, id: 'worker-pool', title: 'Worker pool', url: '/patterns/worker-pool/', excerpt: '' },
    { kind: 'Pitfall' as const, id: 'goroutine-leak', title: 'Goroutine leak', url: '/pitfalls/goroutine-leak/', excerpt: '' },
  ];
  assert.deepEqual(orderRows(rows, ids[1]).map((row) => row.id), ['goroutine-leak', 'worker-pool']);
});

test('keeps only text and marks from an excerpt, so markup in it cannot inject anything', () => {
  assert.deepEqual(excerptParts('use <mark>ctx</mark> &amp; &lt;script&gt;<img src=x onerror=alert(1)>'), [
    { text: 'use ', mark: false },
    { text: 'ctx', mark: true },
    { text: ' & <script>', mark: false },
  ]);
});

test('a pasted line keeps its words and identifiers, not its positions, addresses or punctuation', () => {
  assert.deepEqual(pastedWords('WARNING: DATA RACE Write at 0x00c00001c0f8 by goroutine 8:'), ['WARNING', 'DATA', 'RACE', 'Write', 'at', 'by', 'goroutine']);
  assert.deepEqual(pastedWords('http: superfluous response.WriteHeader call from main.handler (main.go:12)'), ['http', 'superfluous', 'response.WriteHeader', 'call', 'from', 'main.handler']);
  assert.deepEqual(pastedWords('fatal error: all goroutines are asleep - deadlock!'), ['fatal', 'error', 'all', 'goroutines', 'are', 'asleep', 'deadlock']);
  assert.deepEqual(pastedWords('use %w with -race'), ['use', '%w', 'with', '-race']);
  assert.deepEqual(pastedWords('main_test.go:14:3: SA2002: the goroutine calls T.Fatal'), ['SA2002', 'the', 'goroutine', 'calls', 'T.Fatal']);
  assert.deepEqual(pastedWords('[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x48f4d6]'), ['signal', 'SIGSEGV', 'segmentation', 'violation']);
});

test('a pasted line’s words are tried once each, and at most ten of them', () => {
  assert.deepEqual(pastedWords('type Type TYPE mismatch type'), ['type', 'mismatch']);
  assert.equal(pastedWords('x '.repeat(100)).length, 1);
  assert.equal(pastedWords(Array.from({ length: 30 }, (_, i) => `word${'abcdefghijklmnopqrstuvwxyzab'[i]}x`).join(' ')).length, MAX_PASTED_WORDS);
});

test('a query with an address or a file position is a pasted tool line; words, IDs and versions are not', () => {
  assert.equal(isPastedLine('WARNING: DATA RACE Write at 0x00c00001c0f8 by goroutine 8:'), true);
  assert.equal(isPastedLine('./main.go:15:2: loop variable v captured by func literal'), true);
  assert.equal(isPastedLine('goroutine 8 [chan send]:'), false);
  assert.equal(isPastedLine('loop variable go 1.22'), false);
  assert.equal(isPastedLine('SA1029'), false);
  assert.equal(isPastedLine('errors.Is'), false);
});

test('a phrase is the longest run of the query’s words that a text has in the same order', () => {
  const vet = 'Run go vet: ./inventory.go:38:9: return copies lock value: shop.Inventory contains sync.Mutex.';
  assert.equal(longestPhrase('return copies lock value', vet), 4);
  // Positions, the reader’s own type names and punctuation break no run longer than they must.
  assert.equal(longestPhrase('main.go:12:2: return copies lock value: example.com/app.Cache contains sync.Mutex', vet), 4);
  assert.equal(longestPhrase('Return Copies Lock Value', vet), 4);
  assert.equal(longestPhrase('copy on write snapshot', 'a copy-on-write snapshot'), 4);
  // The same words in another order, or two in a row, are no phrase.
  assert.equal(longestPhrase('value lock copies return', vet), 0);
  assert.equal(longestPhrase('lock value', vet), 0);
  assert.equal(longestPhrase('', vet), 0);
  assert.equal(longestPhrase('return copies lock value', ''), 0);
});

test('a page alone in quoting a run of the query gains up to 35% over its score, in proportion to the run', () => {
  const pages = [
    { url: 'about', score: 10, content: 'a lock held while the value copies a return' },
    { url: 'three', score: 8, content: 'it will return copies of the lock' },
    { url: 'none', score: 7, content: 'nothing here' },
    { url: 'whole', score: 8, content: 'vet says: return copies lock value: T contains sync.Mutex' },
  ];
  // whole: 8 × 1.35 = 10.8 passes about (10); three quotes no run of this query.
  assert.deepEqual(rankByPhrase(pages, 'return copies lock value').map((page) => page.url), ['whole', 'about', 'three', 'none']);
  // three quotes all five words: 8 × 1.35; whole quotes two, which is no phrase.
  assert.deepEqual(rankByPhrase(pages, 'return copies of the lock').map((page) => page.url), ['three', 'about', 'whole', 'none']);
  // A bounded raise: a page far ahead on its words stays ahead of one quoting the whole query.
  assert.deepEqual(rankByPhrase([{ ...pages[0]!, score: 20 }, pages[3]!], 'return copies lock value').map((page) => page.url), ['about', 'whole']);
  // A run that two pages quote is boilerplate, like a race report's first line: neither is raised.
  const reports = [
    { url: 'topic', score: 10, content: 'WARNING: DATA RACE Read at 0x1 by goroutine 7' },
    { url: 'example', score: 9.9, content: 'WARNING: DATA RACE Write at 0x00c0 by goroutine 8:' },
    { url: 'another', score: 5, content: 'WARNING: DATA RACE Write at 0x00c8 by goroutine 6:' },
  ];
  assert.deepEqual(rankByPhrase(reports, 'WARNING: DATA RACE Write at 0x00c00001c0f8 by goroutine 8:').map((page) => page.url), ['topic', 'example', 'another']);
  assert.deepEqual(rankByPhrase(reports.slice(0, 2), 'WARNING: DATA RACE Write at 0x00c00001c0f8 by goroutine 8:').map((page) => page.url), ['example', 'topic']);
  // One word is no phrase: the pages stay in Pagefind's order, untouched.
  assert.deepEqual(rankByPhrase(pages, 'lock').map((page) => page.url), ['about', 'three', 'none', 'whole']);
});
