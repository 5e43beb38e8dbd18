import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildChecks, checkSlug, RACE_REPORT } from '../../src/lib/checks.ts';

const page = (url: string, named: Parameters<typeof buildChecks>[0][number]['named']) => ({ title: url, url, summary: `About ${url}`, named });

test('a check ID becomes its lower-case slug and a message its words joined by dashes', () => {
  assert.equal(checkSlug('SA1029'), 'sa1029');
  assert.equal(checkSlug('context-as-argument'), 'context-as-argument');
  assert.equal(checkSlug('panic: assignment to entry in nil map'), 'assignment-to-entry-in-nil-map');
  assert.equal(checkSlug('fatal error: all goroutines are asleep - deadlock!'), 'all-goroutines-are-asleep-deadlock');
  assert.equal(checkSlug(RACE_REPORT), 'warning-data-race');
});

test('each check lists every page that names it once, with the commands given for it', () => {
  const checks = buildChecks([
    page('/pitfalls/a/', [{ tool: 'staticcheck', check: 'SA5000', command: 'go tool staticcheck ./...' }, { tool: 'staticcheck', check: 'SA5000' }]),
    page('/pitfalls/b/', [{ tool: 'staticcheck', check: 'SA5000', command: 'go tool staticcheck ./...' }]),
  ]);
  assert.equal(checks.length, 1);
  assert.deepEqual(checks[0]?.entries.map((entry) => entry.url), ['/pitfalls/a/', '/pitfalls/b/']);
  assert.deepEqual(checks[0]?.commands, ['go tool staticcheck ./...']);
  assert.equal(checks[0]?.docs, 'https://staticcheck.dev/docs/checks/#SA5000');
});

test('the race detector is one check, and tools that print no name give none', () => {
  const checks = buildChecks([
    page('/pitfalls/race/', [{ tool: 'race', command: 'go test -race ./...' }, { tool: 'test' }, { tool: 'review' }, { tool: 'runtime' }, { tool: 'pprof', check: 'x' }]),
  ]);
  assert.deepEqual(checks.map((check) => [check.tool, check.name]), [['race', RACE_REPORT]]);
});

test('checks are grouped by tool in a fixed order, then sorted by name', () => {
  const checks = buildChecks([
    page('/x/', [{ tool: 'runtime', check: 'panic: send on closed channel' }, { tool: 'vet', check: 'loopclosure' }, { tool: 'staticcheck', check: 'SA2002' }, { tool: 'vet', check: 'copylocks' }]),
  ]);
  assert.deepEqual(checks.map((check) => check.name), ['copylocks', 'loopclosure', 'SA2002', 'panic: send on closed channel']);
});

test('two names that would share a page stop the build', () => {
  assert.throws(() => buildChecks([page('/x/', [{ tool: 'gocmd', check: 'go mod tidy' }, { tool: 'gocmd', check: 'go-mod tidy' }])]), /would share \/checks\/go-mod-tidy\//);
  assert.throws(() => buildChecks([page('/x/', [{ tool: 'linter', check: 'copylocks' }, { tool: 'vet', check: 'copylocks' }])]), /would share/);
});
