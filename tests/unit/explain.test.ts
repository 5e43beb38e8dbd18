import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checksIn, explain, reviewComment, type KnownCheck } from '../../src/lib/explain.ts';
import { parseProofs } from '../../src/lib/proofs.ts';

const known = (tool: KnownCheck['tool'], name: string, slug = name.toLowerCase()): KnownCheck => ({ slug, name, tool, entries: [{ title: `About ${name}`, url: `/pitfalls/${slug}/` }] });
const CHECKS = [
  known('vet', 'loopclosure'),
  known('vet', 'testinggoroutine'),
  known('staticcheck', 'SA1029'),
  known('linter', 'errcheck'),
  known('linter', 'G112'),
  known('runtime', 'panic: assignment to entry in nil map', 'nil-map'),
  known('runtime', 'fatal error: concurrent map writes', 'concurrent-map-writes'),
  known('race', 'WARNING: DATA RACE', 'race'),
];
const names = (line: string) => checksIn(line, CHECKS).map((check) => check.name);

test('go vet lines are known by their message, since vet does not print the analyzer', () => {
  assert.deepEqual(names('./main.go:15:2: loop variable v captured by func literal'), ['loopclosure']);
  assert.deepEqual(names('worker_test.go:21:4: call to (*testing.T).Fatalf from a non-test goroutine'), ['testinggoroutine']);
});

test('staticcheck and golangci-lint lines are known by the check or linter they name', () => {
  assert.deepEqual(names('ctx.go:9:27: should not use built-in type string as key for value; define your own type to avoid collisions (SA1029)'), ['SA1029']);
  assert.deepEqual(names('ctx.go:9:27: SA1029: should not use built-in type string as key for value (staticcheck)'), ['SA1029']);
  assert.deepEqual(names('main.go:12:15: Error return value of `f.Close` is not checked (errcheck)'), ['errcheck']);
  assert.deepEqual(names('server.go:8:9: G112: Potential Slowloris Attack because ReadHeaderTimeout is not configured in the http.Server (gosec)'), ['G112']);
  assert.deepEqual(names('main.go:3:1: loopclosure: loop variable v captured by func literal (govet)'), ['loopclosure']);
});

test('runtime messages and race reports are known wherever they stand in a line', () => {
  assert.deepEqual(names('panic: assignment to entry in nil map [recovered]'), ['panic: assignment to entry in nil map']);
  assert.deepEqual(names('fatal error: concurrent map writes'), ['fatal error: concurrent map writes']);
  assert.deepEqual(names('WARNING: DATA RACE'), ['WARNING: DATA RACE']);
  assert.deepEqual(names('goroutine 1 [running]:'), []);
});

test("golangci-lint's JSON and staticcheck's JSON lines are read as findings", () => {
  const golangci = JSON.stringify({ Issues: [{ FromLinter: 'errcheck', Text: 'Error return value is not checked', Pos: { Filename: 'a.go', Line: 3, Column: 2 } }] });
  assert.deepEqual(explain(golangci, CHECKS).known.map(({ check, lines }) => [check.name, lines]), [['errcheck', ['a.go:3:2: Error return value is not checked (errcheck)']]]);
  const staticcheck = '{"code":"SA1029","severity":"error","location":{"file":"/src/ctx.go","line":9,"column":27},"message":"should not use built-in type string as key"}';
  assert.deepEqual(explain(staticcheck, CHECKS).known.map(({ check }) => check.name), ['SA1029']);
});

test('diagnostics nobody covers are listed as unknown, and stack frames are passed over', () => {
  const result = explain(['# example.com/x', './x.go:4:2: declared and not used: y', 'panic: boom', '', 'goroutine 1 [running]:', 'main.main()', 'WARNING: DATA RACE', 'WARNING: DATA RACE'].join('\n'), CHECKS);
  assert.deepEqual(result.unknown, ['./x.go:4:2: declared and not used: y', 'panic: boom']);
  assert.deepEqual(result.known.map(({ check, lines }) => [check.name, lines]), [['WARNING: DATA RACE', ['WARNING: DATA RACE']]]);
  assert.equal(result.skipped, 3);
});

test('the review comment is a Markdown list linking each finding to its entries', () => {
  const result = explain('a.go:1:1: x (errcheck)\nb.go:2:2: y (errcheck)\nfatal error: concurrent map writes', CHECKS);
  assert.equal(
    reviewComment(result, 'https://example.test'),
    '- `a.go:1:1: x (errcheck)` (and 1 more): see [About errcheck](https://example.test/pitfalls/errcheck/)\n' +
      '- `fatal error: concurrent map writes`: see [About fatal error: concurrent map writes](https://example.test/pitfalls/concurrent-map-writes/)',
  );
});

test('every vet and staticcheck proof snapshot in examples/ is known by the check its proof names', () => {
  const root = 'examples';
  const proofFiles = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('proof.json'));
  let checked = 0;
  for (const path of proofFiles) {
    const dir = join(root, path, '..');
    for (const proof of parseProofs(JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown, path)) {
      if ((proof.detector !== 'vet' && proof.detector !== 'staticcheck') || proof.check === undefined) continue;
      const check = known(proof.detector, proof.check);
      const found = explain(readFileSync(join(dir, proof.snapshot), 'utf8'), [check]).known.map(({ check: c }) => c.name);
      assert.deepEqual(found, [proof.check], `${dir}/${proof.snapshot}`);
      checked++;
    }
  }
  assert.ok(checked >= 9, `only ${checked} snapshots checked`);
});
