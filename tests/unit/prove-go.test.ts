import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  diffLines,
  dirtyReason,
  extractDiagnostics,
  extractLeak,
  extractPanic,
  extractRace,
  extractTestFailure,
  firedReason,
  localDeps,
  mostFrequent,
  normalizeOutput,
  proofKey,
  trimOutput,
} from '../../scripts/prove-go.ts';
import { parseProofs, ProofError, type Proof } from '../../src/lib/proofs.ts';

const ctx = {
  examplesDir: '/home/ci/site/examples',
  goroot: '/usr/local/go',
  gomodcache: '/home/ci/go/pkg/mod',
};

const raceOutput = `==================
WARNING: DATA RACE
Read at 0x00c000018248 by goroutine 9:
  fieldguide.dev/examples/pitfalls/data-race/bad.SumSquares.func1()
      /home/ci/site/examples/pitfalls/data-race/bad/sum.go:23 +0x33

Previous write at 0x00c000018248 by goroutine 10:
  fieldguide.dev/examples/pitfalls/data-race/bad.SumSquares.func1()
      /home/ci/site/examples/pitfalls/data-race/bad/sum.go:23 +0x4e

Goroutine 9 (running) created at:
  sync.(*WaitGroup).Go()
      /usr/local/go/src/sync/waitgroup.go:238 +0x72
  fieldguide.dev/examples/pitfalls/data-race/bad_test.TestSumSquares()
      /home/ci/site/examples/pitfalls/data-race/bad/sum_test.go:20 +0x9b
  testing.tRunner()
      /usr/local/go/src/testing/testing.go:2036 +0x21c

Goroutine 10 (finished) created at:
  sync.(*WaitGroup).Go()
      /usr/local/go/src/sync/waitgroup.go:238 +0x72
==================
==================
WARNING: DATA RACE
Write at 0x00c000018248 by goroutine 96:
  fieldguide.dev/examples/pitfalls/data-race/bad.SumSquares.func1()
      /home/ci/site/examples/pitfalls/data-race/bad/sum.go:23 +0x4e

Previous write at 0x00c000018248 by goroutine 72:
  fieldguide.dev/examples/pitfalls/data-race/bad.SumSquares.func1()
      /home/ci/site/examples/pitfalls/data-race/bad/sum.go:23 +0x4e
==================
--- FAIL: TestSumSquares (0.00s)
    testing.go:1712: race detected during execution of test
FAIL
FAIL	fieldguide.dev/examples/pitfalls/data-race/bad	0.020s
FAIL
`;

const raceSnapshot = `==================
WARNING: DATA RACE
Read at 0x… by goroutine N:
  fieldguide.dev/examples/pitfalls/data-race/bad.SumSquares.func1()
      pitfalls/data-race/bad/sum.go:23

Previous write at 0x… by goroutine N:
  fieldguide.dev/examples/pitfalls/data-race/bad.SumSquares.func1()
      pitfalls/data-race/bad/sum.go:23
==================`;

const proof = (over: Partial<Proof> = {}): Proof => ({
  detector: 'race',
  title: 'go test -race',
  command: ['go', 'test', '-race', '-count=1', '-tags=bad', '.'],
  expect: 'WARNING: DATA RACE',
  good: '..',
  snapshot: 'proof.txt',
  ...over,
});

test('replaces absolute paths and hex addresses so snapshots are stable', () => {
  const out = normalizeOutput(
    [
      'Read at 0x00c000094188 by goroutine 7:',
      '      /home/ci/site/examples/pitfalls/x/bad/a.go:12 +0x29',
      '      /usr/local/go/src/runtime/chan.go:176 +0x0',
      '\t/home/ci/go/pkg/mod/golang.org/x/sync@v0.19.0/errgroup/errgroup.go:93 +0x5c',
      'main.f(0xc000012345, 0x3)',
    ].join('\n'),
    ctx,
  );
  assert.equal(
    out,
    [
      'Read at 0x… by goroutine N:',
      '      pitfalls/x/bad/a.go:12',
      '      $GOROOT/src/runtime/chan.go:176',
      '\t$GOMODCACHE/golang.org/x/sync@v0.19.0/errgroup/errgroup.go:93',
      'main.f(…)', // argument values vary between runs, so they are hidden
    ].join('\n'),
  );
});

test('replaces goroutine numbers and test server ports, and drops timings, wait times and trailing blanks', () => {
  const out = normalizeOutput(
    [
      '--- FAIL: TestWorker (2.04s)',
      '    --- FAIL: TestWorker/sub (0.01s)',
      '        goroutine 18 [chan send, 2 minutes]:   ',
      'created by x.F in goroutine 17',
      'Goroutine 9 (running) created at:',
      '    a_test.go:9: Get "http://127.0.0.1:41789/a": dial tcp 127.0.0.1:41789: connect: connection refused',
      'FAIL\tfieldguide.dev/examples/pitfalls/x/bad\t4.083s',
      'ok  \tfieldguide.dev/examples/pitfalls/x\t0.005s',
      'ok  \tfieldguide.dev/examples/pitfalls/y\t(cached)',
      '',
    ].join('\r\n'),
    ctx,
  );
  assert.equal(
    out,
    [
      '--- FAIL: TestWorker',
      '    --- FAIL: TestWorker/sub',
      '        goroutine N [chan send]:',
      'created by x.F in goroutine N',
      'Goroutine N (running) created at:',
      '    a_test.go:9: Get "http://127.0.0.1:PORT/a": dial tcp 127.0.0.1:PORT: connect: connection refused',
      'FAIL\tfieldguide.dev/examples/pitfalls/x/bad',
      'ok  \tfieldguide.dev/examples/pitfalls/x',
      'ok  \tfieldguide.dev/examples/pitfalls/y',
    ].join('\n'),
  );
});

test('normalizes paths whether or not the root is given with a trailing slash', () => {
  const text = '/home/ci/site/examples/a/b.go:1';
  assert.equal(normalizeOutput(text, { examplesDir: '/home/ci/site/examples/' }), 'a/b.go:1');
  assert.equal(normalizeOutput(text, { examplesDir: '/home/ci/site/examples' }), 'a/b.go:1');
  // A sibling directory that merely shares the prefix is left alone.
  assert.equal(normalizeOutput('/home/ci/site/examples2/a.go', ctx), '/home/ci/site/examples2/a.go');
});

test('keeps the race report that sorts first, with access stacks only', () => {
  assert.equal(extractRace(normalizeOutput(raceOutput, ctx)), raceSnapshot);
});

test('picks the same race report whichever order the blocks come in', () => {
  const second = raceOutput.indexOf('==================\nWARNING', 1);
  const tail = raceOutput.indexOf('--- FAIL');
  const swapped = raceOutput.slice(second, tail) + raceOutput.slice(0, second) + raceOutput.slice(tail);
  assert.notEqual(swapped, raceOutput);
  assert.equal(extractRace(normalizeOutput(swapped, ctx)), raceSnapshot);
});

test('drops test-runner frames from race stacks', () => {
  const text = normalizeOutput(
    `==================
WARNING: DATA RACE
Previous write at 0x00c000084240 by goroutine 8:
  runtime.closechan()
      /usr/local/go/src/runtime/chan.go:414 +0x0
  fieldguide.dev/examples/p/bad.Squares()
      /home/ci/site/examples/p/bad/squares.go:19 +0x109
  testing.tRunner()
      /usr/local/go/src/testing/testing.go:2036 +0x21c
  testing.(*T).Run.gowrap1()
      /usr/local/go/src/testing/testing.go:2101 +0x38
==================`,
    ctx,
  );
  assert.equal(
    extractRace(text),
    `==================
WARNING: DATA RACE
Previous write at 0x… by goroutine N:
  runtime.closechan()
      $GOROOT/src/runtime/chan.go:414
  fieldguide.dev/examples/p/bad.Squares()
      p/bad/squares.go:19
==================`,
  );
});

test('keeps the panic message and the first goroutine only', () => {
  const text = normalizeOutput(
    `panic: send on closed channel

goroutine 22 [running]:
fieldguide.dev/examples/p/bad.Squares.func1()
	/home/ci/site/examples/p/bad/squares.go:17 +0x47
created by fieldguide.dev/examples/p/bad.Squares in goroutine 20
	/home/ci/site/examples/p/bad/squares.go:17 +0x5d

goroutine 23 [running]:
fieldguide.dev/examples/p/bad.Squares.func1()
	/home/ci/site/examples/p/bad/squares.go:17 +0x47
FAIL	fieldguide.dev/examples/p/bad	0.026s
FAIL
`,
    ctx,
  );
  assert.equal(
    extractPanic(text),
    `panic: send on closed channel

goroutine N [running]:
fieldguide.dev/examples/p/bad.Squares.func1()
	p/bad/squares.go:17
created by fieldguide.dev/examples/p/bad.Squares in goroutine N
	p/bad/squares.go:17`,
  );
});

test('keeps the runtime\'s fatal error, and a program\'s own main but not the test main', () => {
  const deadlock = 'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine N [chan receive]:\nmain.main()\n\tcmd/demo/main.go:5\nexit status 2';
  assert.equal(extractPanic(deadlock), deadlock.replace('\nexit status 2', ''));
  const inTest = 'panic: boom\n\ngoroutine N [running]:\np.F()\n\tp/f.go:3\nmain.main()\n\t_testmain.go:48';
  assert.equal(extractPanic(inTest), 'panic: boom\n\ngoroutine N [running]:\np.F()\n\tp/f.go:3');
});

test('shows the goroutine a synctest bubble left behind, not the test that returned', () => {
  const output = [
    'panic: deadlock: main bubble goroutine has exited but blocked goroutines remain [recovered, repanicked]',
    '',
    'goroutine N [running]:',
    'testing/synctest.Test(…)',
    '\t$GOROOT/src/testing/synctest/synctest.go:290',
    'p.TestCache(…)',
    '\tp/cache_test.go:16',
    '',
    'goroutine N [select (durable), synctest bubble 1]:',
    'p.(*Cache[...]).sweep(…)',
    '\tp/cache.go:50',
    'created by p.New[...] in goroutine N',
    '\tp/cache.go:40',
  ].join('\n');
  assert.equal(extractPanic(output), [output.split('\n')[0], '', ...output.split('\n').slice(8)].join('\n'));
});

test('keeps a failing test, its leakcheck message and the first leaked stack', () => {
  const text = normalizeOutput(
    [
      '--- FAIL: TestWorkerStopsOnCancel (2.04s)',
      '    worker_test.go:17: leakcheck: 2 goroutine(s) started during the test still running (4 running in all):',
      '        ',
      '        goroutine 10 [chan receive]:',
      '        fieldguide.dev/examples/p/bad.Worker(...)',
      '        \t/home/ci/site/examples/p/bad/worker.go:17',
      '        created by fieldguide.dev/examples/p/bad_test.TestWorkerStopsOnCancel in goroutine 9',
      '        \t/home/ci/site/examples/p/bad/worker_test.go:22 +0xf8',
      '        ',
      '        goroutine 11 [chan receive]:',
      '        fieldguide.dev/examples/p/bad.Worker(...)',
      '--- FAIL: TestOther (0.00s)',
      'FAIL',
    ].join('\n'),
    ctx,
  );
  assert.equal(
    extractLeak(text),
    [
      '--- FAIL: TestWorkerStopsOnCancel',
      '    worker_test.go:17: leakcheck: 2 goroutine(s) started during the test still running (4 running in all):',
      '',
      '        goroutine N [chan receive]:',
      '        fieldguide.dev/examples/p/bad.Worker(...)',
      '        \tp/bad/worker.go:17',
      '        created by fieldguide.dev/examples/p/bad_test.TestWorkerStopsOnCancel in goroutine N',
      '        \tp/bad/worker_test.go:22',
    ].join('\n'),
  );
});

test('keeps the first failing test and what it logged', () => {
  const text = '=== RUN   TestA\n--- FAIL: TestA\n    a_test.go:9: Double(2) = 5, want 4\n\n    a_test.go:10: second line\n--- FAIL: TestB\nFAIL\nFAIL\tpkg';
  assert.equal(extractTestFailure(text), '--- FAIL: TestA\n    a_test.go:9: Double(2) = 5, want 4\n\n    a_test.go:10: second line');
  assert.equal(extractTestFailure('ok\tpkg'), '');
});

test('keeps the diagnostic lines of vet and staticcheck', () => {
  const vet = '# fieldguide.dev/examples/p/bad\nfx.go:22:17: Snapshot passes lock by value: bad.Counter contains sync.Mutex\n';
  assert.equal(extractDiagnostics(vet), 'fx.go:22:17: Snapshot passes lock by value: bad.Counter contains sync.Mutex');
  assert.equal(
    trimOutput('staticcheck', 'fx.go:12:32: should not use built-in type string as key for value (SA1029)\n'),
    'fx.go:12:32: should not use built-in type string as key for value (SA1029)',
  );
});

test('a detector fires only on a non-zero exit with the expected text', () => {
  assert.notEqual(firedReason(proof(), 1, raceOutput), null);
  assert.equal(firedReason(proof(), 0, raceOutput), null);
  assert.equal(firedReason(proof(), 1, 'FAIL\tpkg [build failed]'), null);
  const sc = proof({ detector: 'staticcheck', check: 'SA1029', expect: '(SA1029)', command: ['go', 'tool', 'staticcheck', '-checks', 'SA1029', '-tags=bad', '.'] });
  assert.notEqual(firedReason(sc, 1, 'a.go:1:2: bad key (SA1029)'), null);
  assert.equal(firedReason(sc, 1, 'mentions (SA1029) but is no diagnostic'), null);
});

test('a Good twin is dirty if it fails, shows the expected text, or runs no test', () => {
  assert.equal(dirtyReason(proof(), 0, 'ok  \tpkg'), null);
  assert.match(dirtyReason(proof(), 1, 'FAIL') ?? '', /failed/);
  assert.match(dirtyReason(proof(), 0, 'WARNING: DATA RACE') ?? '', /contains/);
  assert.match(dirtyReason(proof(), 0, 'ok  \tpkg [no tests to run]') ?? '', /no tests/);
});

test('parses a proof and fills in the default snapshot name', () => {
  const [p, ...rest] = parseProofs(
    { detector: 'race', title: 'go test -race', command: ['go', 'test', '-race', '-tags', 'bad', '.'], expect: 'WARNING: DATA RACE', good: '..' },
    'x/proof.json',
  );
  assert.equal(rest.length, 0);
  assert.equal(p?.snapshot, 'proof.txt');
  assert.equal(p?.check, undefined);
});

test('rejects proofs that could not prove anything', () => {
  const base = { detector: 'race', title: 't', command: ['go', 'test', '-race', '-tags=bad', '.'], expect: 'WARNING: DATA RACE', good: '..' };
  const bad: [string, unknown][] = [
    ['unknown detector', { ...base, detector: 'lint' }],
    ['no bad tag', { ...base, command: ['go', 'test', '-race', '.'] }],
    ['race without -race', { ...base, command: ['go', 'test', '-tags=bad', '.'] }],
    ['no package "."', { ...base, command: ['go', 'test', '-race', '-tags=bad', './...'] }],
    ['unknown field', { ...base, extra: 1 }],
    ['panic message', { ...base, detector: 'panic', command: ['go', 'test', '-tags=bad', '.'], expect: 'send on closed channel' }],
    ['vet without check', { ...base, detector: 'vet', command: ['go', 'vet', '-tags=bad', '.'], expect: 'x' }],
    ['vet running every analyzer', { ...base, detector: 'vet', check: 'copylocks', command: ['go', 'vet', '-tags=bad', '.'], expect: 'x' }],
    ['staticcheck without -checks', { ...base, detector: 'staticcheck', check: 'SA1029', command: ['go', 'tool', 'staticcheck', '-tags=bad', '.'], expect: '(SA1029)' }],
    ['several proofs without snapshot names', [base, base]],
    ['empty list', []],
  ];
  for (const [why, data] of bad) {
    assert.throws(() => parseProofs(data, 'p.json'), ProofError, why);
  }
  assert.doesNotThrow(() =>
    parseProofs(
      [
        { ...base, snapshot: 'proof-a.txt' },
        { ...base, detector: 'vet', check: 'copylocks', command: ['go', 'vet', '-copylocks', '-tags=bad', '.'], expect: 'passes lock by value', snapshot: 'proof-b.txt' },
      ],
      'p.json',
    ),
  );
});

test('picks the most frequent output, ties broken by sort order', () => {
  assert.equal(mostFrequent(new Map([['b', 2], ['a', 1], ['c', 2]])), 'b');
});

test('shows a line diff of a stale snapshot', () => {
  assert.equal(diffLines('a\nb\nc', 'a\nB\nc'), '  a\n- b\n+ B\n  c');
  assert.equal(diffLines('a', 'a'), '  a');
});

test('accepts a "none" proof with a reason, and rejects one without', () => {
  const [proof] = parseProofs({ detector: 'none', reason: 'No analyzer looks at how large an interface is.', good: '..' }, 'proof.json');
  assert.equal(proof?.detector, 'none');
  assert.equal(proof?.reason, 'No analyzer looks at how large an interface is.');
  assert.throws(() => parseProofs({ detector: 'none', good: '..' }, 'proof.json'), /needs a "reason"/);
  assert.throws(() => parseProofs({ detector: 'none', reason: 'No analyzer looks at this at all.', good: '..', command: ['go'] }, 'proof.json'), /unknown field "command"/);
});

test('skips a goroutine left empty by dropping runner frames, to show the deadlocked one', () => {
  const output = [
    'fatal error: all goroutines are asleep - deadlock!',
    '',
    'goroutine N [chan receive]:',
    'testing.(*T).Run(0x…, {0x…, 0x…}, 0x…)',
    '\t/usr/local/go/src/testing/testing.go:2000',
    '',
    'goroutine N [sync.Mutex.Lock]:',
    'fieldguide.dev/examples/pitfalls/deadlock/bad.Transfer(...)',
    '\tpitfalls/deadlock/bad/transfer.go:21',
    '',
  ].join('\n');
  assert.equal(extractPanic(output), ['fatal error: all goroutines are asleep - deadlock!', '', 'goroutine N [sync.Mutex.Lock]:', 'fieldguide.dev/examples/pitfalls/deadlock/bad.Transfer(...)', '\tpitfalls/deadlock/bad/transfer.go:21'].join('\n'));
});

test('hides a stack frame\'s argument values, which vary between runs', () => {
  assert.equal(
    normalizeOutput('sync.runtime_SemacquireWaitGroup(0xc000012345?, 0xc0?)\ntesting.(*T).Run(0xc000103880, {0x5d1a2f, 0x6}, 0x5f0e38)', ctx),
    'sync.runtime_SemacquireWaitGroup(…)\ntesting.(*T).Run(…)',
  );
});

test('a proof cache key changes with any input file or text, and not with files of subdirectories', () => {
  const root = mkdtempSync(join(tmpdir(), 'proof-key-'));
  try {
    const bad = join(root, 'pkg', 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(root, 'pkg', 'good.go'), 'package pkg\n');
    writeFileSync(join(bad, 'bad.go'), 'package bad\n');
    const dirs = [join(root, 'pkg'), bad];
    const key = proofKey(['go1.26', '{"detector":"race"}'], dirs, root);
    assert.match(key, /^[0-9a-f]{64}$/);
    assert.equal(proofKey(['go1.26', '{"detector":"race"}'], [...dirs].reverse(), root), key, 'the order of directories does not matter');
    assert.notEqual(proofKey(['go1.25', '{"detector":"race"}'], dirs, root), key, 'another Go version');
    assert.notEqual(proofKey(['go1.26', '{"detector":"race"}'], [join(root, 'pkg')], root), key, 'a directory left out');
    writeFileSync(join(bad, 'bad.go'), 'package bad // changed\n');
    const changed = proofKey(['go1.26', '{"detector":"race"}'], dirs, root);
    assert.notEqual(changed, key, 'a changed file');
    mkdirSync(join(bad, 'sub'));
    writeFileSync(join(bad, 'sub', 'other.go'), 'package sub\n');
    assert.equal(proofKey(['go1.26', '{"detector":"race"}'], dirs, root), changed, 'a file in a subdirectory (another package)');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the module-local dependencies of each package include what its tests import', () => {
  const examples = join(import.meta.dirname, '..', '..', 'examples');
  const deps = localDeps(examples);
  assert.ok(deps !== undefined, 'go list ran');
  const importers = [...deps].filter(([, set]) => [...set].some((dir) => dir.endsWith(join('internal', 'leakcheck'))));
  assert.ok(importers.length > 0, 'some package has tests that import internal/leakcheck');
  for (const set of deps.values()) for (const dir of set) assert.ok(dir.startsWith(examples), `${dir} is inside examples/`);
});
