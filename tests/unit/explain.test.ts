import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checksIn, codeSpan, explain, reviewComment, type KnownCheck } from '../../src/lib/explain.ts';
import { readProofs } from '../../src/lib/proofs.ts';

const known = (tool: KnownCheck['tool'], name: string, slug = name.toLowerCase()): KnownCheck => ({ slug, name, tool, entries: [{ title: `About ${name}`, url: `/pitfalls/${slug}/` }] });
const CHECKS = [
  known('vet', 'loopclosure'),
  known('vet', 'testinggoroutine'),
  known('staticcheck', 'SA1029'),
  known('linter', 'errcheck'),
  known('linter', 'G112'),
  known('linter', 'context-as-argument'),
  known('linter', 'DL3002'),
  known('vet', 'structtag'),
  known('gocmd', 'stringsbuilder'),
  known('gocmd', 'missing go.sum entry', 'missing-go-sum-entry'),
  known('runtime', 'panic: assignment to entry in nil map', 'nil-map'),
  known('runtime', 'fatal error: concurrent map writes', 'concurrent-map-writes'),
  known('race', 'WARNING: DATA RACE', 'race'),
];
const names = (line: string) => checksIn(line, CHECKS).map((check) => check.name);

test('go vet lines are known by their message, since vet does not print the analyzer', () => {
  assert.deepEqual(names('./main.go:15:2: loop variable v captured by func literal'), ['loopclosure']);
  assert.deepEqual(names('worker_test.go:21:4: call to (*testing.T).Fatalf from a non-test goroutine'), ['testinggoroutine']);
  assert.deepEqual(names('x_test.go:9:3: call to (*testing.T).Fatal on t defined outside of the subtest'), ['testinggoroutine']);
  assert.deepEqual(names('C:\\src\\app\\user.go:5:2: struct field d has json tag but is not exported'), ['structtag']);
});

test('go vet -json output is read as one finding per diagnostic, named by its analyzer', () => {
  const vet = ['# example.com/app', '{', '\t"example.com/app": {', '\t\t"loopclosure": [', '\t\t\t{', '\t\t\t\t"posn": "/src/app/main.go:15:2",', '\t\t\t\t"message": "loop variable v captured by func literal"', '\t\t\t}', '\t\t]', '\t}', '}'].join('\n');
  assert.deepEqual(explain(vet, CHECKS).known.map(({ check, lines }) => [check.name, lines]), [['loopclosure', ['/src/app/main.go:15:2: loopclosure: loop variable v captured by func literal']]]);
});

test('staticcheck and golangci-lint lines are known by the check or linter they name', () => {
  assert.deepEqual(names('ctx.go:9:27: should not use built-in type string as key for value; define your own type to avoid collisions (SA1029)'), ['SA1029']);
  assert.deepEqual(names('ctx.go:9:27: SA1029: should not use built-in type string as key for value (staticcheck)'), ['SA1029']);
  assert.deepEqual(names('main.go:12:15: Error return value of `f.Close` is not checked (errcheck)'), ['errcheck']);
  assert.deepEqual(names('server.go:8:9: G112: Potential Slowloris Attack because ReadHeaderTimeout is not configured in the http.Server (gosec)'), ['G112']);
  assert.deepEqual(names('main.go:3:1: loopclosure: loop variable v captured by func literal (govet)'), ['loopclosure']);
  assert.deepEqual(names('ctx.go:5:1: context-as-argument: context.Context should be the first parameter of a function (revive)'), ['context-as-argument']);
  assert.deepEqual(names('Dockerfile:7 DL3002 warning: Last USER should not be root'), ['DL3002']);
  assert.deepEqual(names('\x1b[1mmain.go:12:15\x1b[0m: Error return value is not checked \x1b[2m(errcheck)\x1b[0m'.replace(/\x1b\[[0-9;]*m/g, '')), ['errcheck']);
});

test('an ID or a message mentioned outside a diagnostic is not taken for one', () => {
  assert.deepEqual(names('See https://staticcheck.dev/docs/checks/#SA5011'), []);
  assert.deepEqual(names('2024/01/02 order G112 shipped'), []);
  assert.deepEqual(names('log.go:3: request failed (errcheck)'), []);
  assert.deepEqual(names('commit 4f2c: panic: send on closed channel is logged here'), []);
  assert.deepEqual(names('import "example.com/stringsbuilder"'), []);
  assert.deepEqual(names('go: example.com/app: missing go.sum entry for module providing package x'), ['missing go.sum entry']);
});

test('runtime messages and race reports are known wherever they stand in a line', () => {
  assert.deepEqual(names('panic: assignment to entry in nil map [recovered]'), ['panic: assignment to entry in nil map']);
  assert.deepEqual(names('fatal error: concurrent map writes'), ['fatal error: concurrent map writes']);
  assert.deepEqual(names('WARNING: DATA RACE'), ['WARNING: DATA RACE']);
  assert.deepEqual(names('goroutine 1 [running]:'), []);
});

test("golangci-lint's JSON and staticcheck's JSON lines are read as findings", () => {
  const issues = [
    { FromLinter: 'errcheck', Text: 'Error return value is not checked', Pos: { Filename: 'a.go', Line: 3, Column: 2 } },
    { FromLinter: 'gosec', Text: 'G112: Potential Slowloris Attack', Pos: { Filename: 'b.go', Line: 8, Column: 9 } },
  ];
  // golangci-lint v2 prints its counts after the JSON unless told not to.
  const golangci = `${JSON.stringify({ Issues: issues, Report: {} })}\n2 issues:\n* errcheck: 1\n* gosec: 1`;
  const expected = [['errcheck', ['a.go:3:2: Error return value is not checked (errcheck)']], ['G112', ['b.go:8:9: G112: Potential Slowloris Attack (gosec)']]];
  assert.deepEqual(explain(golangci, CHECKS).known.map(({ check, lines }) => [check.name, lines]), expected);
  assert.deepEqual(explain(JSON.stringify({ Issues: issues }, null, 2), CHECKS).known.map(({ check, lines }) => [check.name, lines]), expected);
  const staticcheck = '{"code":"SA1029","severity":"error","location":{"file":"/src/ctx.go","line":9,"column":27},"message":"should not use built-in type string as key"}';
  assert.deepEqual(explain(staticcheck, CHECKS).known.map(({ check }) => check.name), ['SA1029']);
});

test('diagnostics nobody covers are listed as unknown; stack frames, test output and related lines are passed over', () => {
  const result = explain(['# example.com/x', './x.go:4:2: declared and not used: y', 'panic: boom', '', 'goroutine 1 [running]:', 'main.main()', 'WARNING: DATA RACE', 'WARNING: DATA RACE', '    x_test.go:12: got 3, want 4', '\ty.go:3:1: related information', '    testing.go:1712: race detected during execution of test'].join('\n'), CHECKS);
  assert.deepEqual(result.unknown, ['./x.go:4:2: declared and not used: y', 'panic: boom']);
  assert.deepEqual(result.known.map(({ check, lines }) => [check.name, lines]), [['WARNING: DATA RACE', ['WARNING: DATA RACE', 'testing.go:1712: race detected during execution of test']]]);
  assert.equal(result.skipped, 5);
});

test('a line with backticks is quoted with a longer fence, so the copy keeps it as it was', () => {
  assert.equal(codeSpan('a.go:1:1: x'), '`a.go:1:1: x`');
  assert.equal(codeSpan('Error return value of `f.Close` is not checked'), '`` Error return value of `f.Close` is not checked ``');
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
    for (const proof of readProofs(join(root, path), path)) {
      if ((proof.detector !== 'vet' && proof.detector !== 'staticcheck') || proof.check === undefined) continue;
      const check = known(proof.detector, proof.check);
      const found = explain(readFileSync(join(dir, proof.snapshot), 'utf8'), [check]).known.map(({ check: c }) => c.name);
      assert.deepEqual(found, [proof.check], `${dir}/${proof.snapshot}`);
      checked++;
    }
  }
  assert.ok(checked >= 9, `only ${checked} snapshots checked`);
});
