import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countVerdicts, decodeState, emptyState, encodeState, exportMarkdown, hasContent, mergeStates, parseJson, parseState, sameReview, SHARE_LIMIT, type ChecklistItem } from '../../src/lib/review-state.ts';

const items: ChecklistItem[] = [
  { id: 'R2.1', title: 'Manage goroutine lifecycles', phase: 'R2' },
  { id: 'R2.2', title: 'Use channels correctly', phase: 'R2' },
  { id: 'R2.3', title: 'Apply common concurrency patterns', phase: 'R2' },
  { id: 'R3.1', title: 'Write table-driven tests', phase: 'R3' },
];
const titles = { R2: 'Concurrency', R3: 'Testing' };

test('exports a task list with links, verdicts and notes for the chosen phases only', () => {
  const state = {
    ...emptyState(['R2']),
    items: { 'R2.1': { verdict: 'pass' as const }, 'R2.2': { verdict: 'work' as const, note: 'The consumer\ncloses `jobs`.' }, 'R2.3': { verdict: 'na' as const }, 'R3.1': { verdict: 'pass' as const } },
  };
  assert.equal(
    exportMarkdown(state, items, titles, 'https://go.example.org'),
    [
      '### Go review checklist',
      '',
      'Phases: R2 Concurrency.',
      '1 pass, 1 need work, 1 not applicable, 0 open, of 3.',
      '',
      '- [x] [R2.1](https://go.example.org/id/r2.1/) Manage goroutine lifecycles.',
      '- [ ] [R2.2](https://go.example.org/id/r2.2/) Use channels correctly. **Needs work.** The consumer closes `jobs`.',
      '- [x] [R2.3](https://go.example.org/id/r2.3/) Apply common concurrency patterns. _Not applicable._',
      '',
    ].join('\n'),
  );
});

test('counts open items in the chosen phases', () => {
  assert.deepEqual(countVerdicts({ ...emptyState(['R2', 'R3']), items: { 'R2.1': { verdict: 'pass' } } }, items), { pass: 1, work: 0, na: 0, open: 3, total: 4 });
});

test('round-trips through the URL encoding, unicode notes included', async () => {
  const state = { ...emptyState(['R2']), items: { 'R2.1': { verdict: 'work' as const, note: 'ünïcode → ✓ 🚀 "quotes" & <tags>' } } };
  assert.deepEqual(parseState(await decodeState(await encodeState(state)), items), state);
  assert.match(await encodeState(state), /^z[A-Za-z0-9_-]+$/);
});

test('links made before compression still open', async () => {
  const old = Buffer.from(JSON.stringify({ v: 1, phases: ['R2'], items: { 'R2.1': { verdict: 'pass' } } })).toString('base64url');
  assert.deepEqual(parseState(await decodeState(old), items)?.items, { 'R2.1': { verdict: 'pass' } });
});

// The review found share links of 54 KB, which servers refuse (414).
test('a review with long notes on every item fits a share link, compressed', async () => {
  const words = 'the goroutine leaks when the caller cancels and nobody reads the channel, so bound it with a context';
  const many = parseState({ v: 1, phases: ['R2', 'R3'], items: Object.fromEntries(items.map((item) => [item.id, { verdict: 'work', note: `${item.id}: ${words}. `.repeat(19) }])) }, items)!;
  const plain = Buffer.from(JSON.stringify(many)).toString('base64url').length;
  const shared = (await encodeState(many)).length;
  assert.ok(shared < SHARE_LIMIT && shared * 5 < plain, `${shared} characters compressed, ${plain} plain`);
});

test('recovers from corrupted or foreign state instead of crashing', async () => {
  assert.equal(parseJson('{not json'), undefined);
  assert.equal(await decodeState('%%%'), undefined);
  assert.equal(await decodeState('znot-deflate'), undefined);
  assert.equal(parseState(undefined, items), undefined);
  assert.equal(parseState({ v: 2, phases: ['R2'] }, items), undefined);
  assert.equal(parseState('a string', items), undefined);
});

test('keeps what is valid from old state: unknown IDs, bad verdicts and wrong types are dropped', () => {
  const state = parseState({ v: 1, phases: ['R2', 'R9', 7], items: { 'R2.1': { verdict: 'great', note: 'keep me' }, 'R2.2': { verdict: 'pass', note: 42 }, 'R7.7': { verdict: 'pass' }, 'R2.3': null } }, items);
  assert.deepEqual(state, { v: 1, phases: ['R2'], items: { 'R2.1': { note: 'keep me' }, 'R2.2': { verdict: 'pass' } } });
});

test('a verdict must be one of the three, not a name every object has', () => {
  for (const verdict of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    const state = parseState({ v: 1, phases: ['R2'], items: { 'R2.1': { verdict } } }, items);
    assert.deepEqual(state?.items, {}, verdict);
  }
});

// A shared review link can carry any note; the exported comment must show
// it as typed, not as a disguised link, a tracking image, HTML or a mention.
test('a note is exported as the reviewer sees it: code kept, links, images, HTML and mentions neutralised', () => {
  const note = 'Looks fine, see `ctx.Done()`. [Security sign-off: approved](https://evil.example/phish) ![](https://evil.example/pixel.png) @octo-org/security-team <!-- <script>x</script> *bold*';
  const state = parseState({ v: 1, phases: ['R2'], items: { 'R2.1': { verdict: 'pass', note } } }, items);
  const line = exportMarkdown(state!, items, titles, 'https://example.org').split('\n').find((text) => text.includes('R2.1')) ?? '';
  assert.ok(line.includes('`ctx.Done()`'), line);
  assert.ok(line.includes('\\[Security sign-off: approved\\](https://evil.example/phish)'), line);
  assert.ok(line.includes('!\\[\\](https://evil.example/pixel.png)'), line);
  assert.ok(line.includes('`@octo-org/security-team`'), line);
  assert.ok(line.includes('\\<!-- \\<script\\>x\\</script\\> \\*bold\\*'), line);
  assert.ok(!/[^\\]\[Security/.test(line) && !/[^\\]<(!|script)/.test(line), line);
});

test('merging a shared review keeps my verdicts and adds what I had not reviewed, with both notes', () => {
  const mine = parseState({ v: 1, phases: ['R2'], items: { 'R2.1': { verdict: 'pass', note: 'mine' }, 'R2.2': { note: 'look again' } } }, items)!;
  const shared = parseState({ v: 1, phases: ['R3'], items: { 'R2.1': { verdict: 'work', note: 'theirs' }, 'R2.2': { verdict: 'na' }, 'R3.1': { verdict: 'work' } } }, items)!;
  assert.deepEqual(mergeStates(mine, shared), {
    v: 1,
    phases: ['R2', 'R3'],
    items: { 'R2.1': { verdict: 'pass', note: 'mine\ntheirs' }, 'R2.2': { verdict: 'na', note: 'look again' }, 'R3.1': { verdict: 'work' } },
  });
  assert.ok(sameReview(mergeStates(mine, mine), mine));
});

test('an empty review has no content, and the same review in another order is the same', () => {
  assert.equal(hasContent(emptyState(['R2'])), false);
  const a = parseState({ v: 1, phases: ['R2', 'R3'], items: { 'R2.1': { verdict: 'pass' }, 'R3.1': { note: 'n' } } }, items)!;
  const b = parseState({ v: 1, phases: ['R3', 'R2'], items: { 'R3.1': { note: 'n' }, 'R2.1': { verdict: 'pass' } } }, items)!;
  assert.ok(hasContent(a));
  assert.ok(sameReview(a, b));
  assert.ok(!sameReview(a, emptyState(['R2', 'R3'])));
});
