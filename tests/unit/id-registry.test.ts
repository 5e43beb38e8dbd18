import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { currentIds, scanContent } from '../../src/lib/content-index.ts';
import { movedPages, publishedProblems, redirectTargets, registerNew, registryProblems, type CurrentIds, type RegistryEntry } from '../../src/lib/id-registry.ts';

const current: CurrentIds = new Map([
  ['worker-pool', { kind: 'pattern', url: '/patterns/worker-pool/' }],
  ['R2.1', { kind: 'rubric-item', url: '/rubric/concurrency/#r2-1' }],
]);
const registry: RegistryEntry[] = [
  { id: 'worker-pool', kind: 'pattern', url: '/patterns/worker-pool/' },
  { id: 'R2.1', kind: 'rubric-item', url: '/rubric/concurrency/#r2-1' },
];

test('accepts a registry that matches the content', () => {
  assert.deepEqual(registryProblems(registry, current), []);
});

test('fails when a published ID no longer resolves', () => {
  const problems = registryProblems([...registry, { id: 'thread-pool', kind: 'pattern', url: '/patterns/thread-pool/' }], current);
  assert.match(problems.join('\n'), /thread-pool was published at \/patterns\/thread-pool\/ and no longer exists/);
});

test('accepts a renamed entry kept as an alias, and redirects it', () => {
  const renamed = [...registry, { id: 'thread-pool', kind: 'pattern' as const, url: '/patterns/thread-pool/', aliasOf: 'worker-pool' }];
  assert.deepEqual(registryProblems(renamed, current), []);
  assert.equal(redirectTargets(renamed, current).get('thread-pool'), '/patterns/worker-pool/');
});

test('a renamed page keeps its old address as a redirect; a renamed rubric item needs none', () => {
  const renamed = [
    ...registry,
    { id: 'thread-pool', kind: 'pattern' as const, url: '/patterns/thread-pool/', aliasOf: 'worker-pool' },
    { id: 'R2.9', kind: 'rubric-item' as const, url: '/rubric/concurrency/#r2-9', aliasOf: 'R2.1' },
  ];
  assert.deepEqual([...movedPages(renamed, current)], [['/patterns/thread-pool/', '/patterns/worker-pool/']]);
});

test('a removed or moved ID breaks the build; a new, unregistered one only fails the tests', () => {
  const gone: CurrentIds = new Map([...current].filter(([id]) => id !== 'worker-pool'));
  assert.match(publishedProblems(registry, gone).join(), /worker-pool was published at \/patterns\/worker-pool\/ and no longer exists/);
  const more: CurrentIds = new Map([...current, ['new-entry', { kind: 'pattern', url: '/patterns/new-entry/' }]]);
  assert.deepEqual(publishedProblems(registry, more), []);
});

test('fails on an alias to an ID that does not exist', () => {
  assert.match(registryProblems([...registry, { id: 'x', kind: 'pattern', url: '/patterns/x/', aliasOf: 'nope' }], current).join(), /alias of nope, which does not exist/);
});

test('fails when an entry is not registered', () => {
  assert.deepEqual(registryProblems(registry.slice(0, 1), current), ['R2.1 is not registered; run npm run ids:register']);
});

test('fails when two entries claim one ID, whatever the case', () => {
  assert.match(registryProblems([...registry, { id: 'r2.1', kind: 'rubric-item', url: '/x/' }], current).join(), /r2\.1 is registered twice \(also as R2\.1\)/);
});

test('fails when an ID moves or changes kind', () => {
  const moved: CurrentIds = new Map([...current, ['R2.1', { kind: 'rubric-item', url: '/rubric/goroutines/#r2-1' }]]);
  assert.match(registryProblems(registry, moved).join(), /R2\.1 moved from \/rubric\/concurrency\/#r2-1 to \/rubric\/goroutines\/#r2-1/);
  const changed: CurrentIds = new Map([...current, ['worker-pool', { kind: 'pitfall', url: '/patterns/worker-pool/' }]]);
  assert.match(registryProblems(registry, changed).join(), /published as a pattern and is now a pitfall/);
});

test('registers new IDs at the end without touching existing lines', () => {
  const more: CurrentIds = new Map([...current, ['R2.10', { kind: 'rubric-item', url: '/a/' }], ['R2.2', { kind: 'rubric-item', url: '/b/' }]]);
  assert.deepEqual(registerNew(registry, more).map((entry) => entry.id), ['worker-pool', 'R2.1', 'R2.2', 'R2.10']);
});

test('the committed registry covers every ID in content/ and every published ID still resolves', () => {
  const committed = JSON.parse(readFileSync('content/id-registry.json', 'utf8')) as RegistryEntry[];
  assert.deepEqual(registryProblems(committed, currentIds(scanContent())), []);
});
