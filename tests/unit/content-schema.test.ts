// Malformed content must fail `astro sync` with a message naming the file and
// the field. Each case starts from a valid content folder and breaks one thing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const VALID = 'tests/fixtures/content';

function sync(edit: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(VALID, dir, { recursive: true });
  edit(dir);
  const run = spawnSync('npx', ['astro', 'sync'], {
    env: { ...process.env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function replaceIn(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes(from), `fixture ${file} lacks ${from}`);
  writeFileSync(path, text.replace(from, to));
}

test('accepts the valid fixture', () => {
  const { status, output } = sync(() => {});
  assert.equal(status, 0, output);
});

test('rejects a pattern without a title, naming the file and the field', () => {
  const { status, output } = sync((dir) => replaceIn(dir, 'patterns/demo-pattern.mdx', 'title: Demo pattern\n', ''));
  assert.notEqual(status, 0);
  assert.match(output, /demo-pattern/);
  assert.match(output, /title/);
});

test('rejects an unknown category, naming the file and the field', () => {
  const { status, output } = sync((dir) => replaceIn(dir, 'pitfalls/demo-pitfall.mdx', 'category: concurrency', 'category: astrology'));
  assert.notEqual(status, 0);
  assert.match(output, /demo-pitfall/);
  assert.match(output, /category/);
});

test('rejects a related ID that does not exist, naming the file, the field and the ID', () => {
  const { status, output } = sync((dir) => replaceIn(dir, 'patterns/demo-pattern.mdx', 'pitfalls: [demo-pitfall]', 'pitfalls: [no-such-pitfall]'));
  assert.notEqual(status, 0);
  assert.match(output, /demo-pattern/);
  assert.match(output, /pitfalls\.0/);
  assert.match(output, /"no-such-pitfall" is not a known pitfall ID/);
});

test('rejects a rubric ID declared twice, naming both places', () => {
  const { status, output } = sync((dir) => replaceIn(dir, 'rubric/demo-phase.mdx', 'id: RF2.1', 'id: R2.1'));
  assert.notEqual(status, 0);
  assert.match(output, /Duplicate ID: R2\.1 in rubric\/demo-phase\.mdx and R2\.1 in rubric\/demo-phase\.mdx/);
});

test('rejects an ID claimed by a pattern and a pitfall at once', () => {
  const { status, output } = sync((dir) => cpSync(join(dir, 'patterns/demo-pattern.mdx'), join(dir, 'pitfalls/demo-pattern.mdx')));
  assert.notEqual(status, 0);
  assert.match(output, /Duplicate ID: demo-pattern in patterns\/demo-pattern\.mdx and demo-pattern in pitfalls\/demo-pattern\.mdx/);
});

test('rejects a rubric item filed under the wrong phase', () => {
  const { status, output } = sync((dir) => replaceIn(dir, 'rubric/demo-phase.mdx', 'id: R2.1', 'id: R3.1'));
  assert.notEqual(status, 0);
  assert.match(output, /items\.0\.id/);
  assert.match(output, /R3\.1 does not belong to phase 2/);
});

test('rejects an unknown source document', () => {
  const { status, output } = sync((dir) => replaceIn(dir, 'patterns/demo-pattern.mdx', 'sources: [demo-source]', 'sources: [a-blog-post]'));
  assert.notEqual(status, 0);
  assert.match(output, /sources\.0/);
  assert.match(output, /"a-blog-post" is not a source/);
});

test('rejects content that drops a published ID, naming the ID and its address', () => {
  const { status, output } = sync((dir) =>
    writeFileSync(join(dir, 'id-registry.json'), JSON.stringify([{ id: 'thread-pool', kind: 'pattern', url: '/patterns/thread-pool/' }])),
  );
  assert.notEqual(status, 0);
  assert.match(output, /Published IDs would break/);
  assert.match(output, /thread-pool was published at \/patterns\/thread-pool\/ and no longer exists/);
});

test('rejects bad YAML in a rubric file, naming the file and the line', () => {
  const { status, output } = sync((dir) => replaceIn(dir, 'rubric/demo-phase.mdx', 'phase: 2\n', 'phase: 2\nbroken: [x\n'));
  assert.notEqual(status, 0);
  assert.match(output, /content\/rubric\/demo-phase\.mdx:\d+:\d+: /);
});

test('rejects an entry with neither a source document nor a page of Go documentation', () => {
  const { status, output } = sync((dir) => replaceIn(dir, 'pitfalls/demo-pitfall.mdx', 'sources: [demo-source]\n', ''));
  assert.notEqual(status, 0);
  assert.match(output, /demo-pitfall/);
  assert.match(output, /needs a source document \(sources\) or a page of Go's documentation \(references\)/);
});

test("accepts Go's own documentation in place of a source document, and rejects a reference elsewhere", () => {
  const goDocs = 'references:\n  - title: "The Go FAQ: nil error"\n    url: https://go.dev/doc/faq#nil_error\n';
  const accepted = sync((dir) => replaceIn(dir, 'pitfalls/demo-pitfall.mdx', 'sources: [demo-source]\n', goDocs));
  assert.equal(accepted.status, 0, accepted.output);
  const rejected = sync((dir) => replaceIn(dir, 'pitfalls/demo-pitfall.mdx', 'sources: [demo-source]\n', goDocs.replace('https://go.dev/doc/faq#nil_error', 'https://example.com/blog/nil')));
  assert.notEqual(rejected.status, 0);
  assert.match(rejected.output, /is not an https page of go\.dev, pkg\.go\.dev, staticcheck\.dev/);
});
