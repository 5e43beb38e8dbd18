import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { mdxToJs } from 'satteri';
import { goExamplePlugin } from '../../src/lib/go-example-plugin.ts';

const fileURL = pathToFileURL(resolve('content/patterns/demo.mdx'));
// async so that a plugin error surfaces as a rejection for assert.rejects.
const compile = async (mdx: string) => mdxToJs(mdx, { mdastPlugins: [goExamplePlugin], fileURL }).code;

test('replaces <GoExample> with a CodeFigure around the Go code from examples/', async () => {
  const code = await compile('<GoExample file="patterns/worker-pool/pool.go" region="pool" verdict="good" />\n');
  assert.match(code, /CodeFigure/);
  assert.match(code, /func Pool\(ctx context\.Context/);
  assert.match(code, /language-go/);
  assert.doesNotMatch(code, /endregion/);
});

test('fails the build on a missing file, naming the MDX file', async () => {
  await assert.rejects(compile('<GoExample file="patterns/nope.go" />\n'), /content\/patterns\/demo\.mdx: <GoExample file="patterns\/nope\.go">: examples\/patterns\/nope\.go does not exist/);
});

test('fails the build on a missing region, naming the MDX file and the region', async () => {
  await assert.rejects(compile('<GoExample file="patterns/worker-pool/pool.go" region="nope" />\n'), /content\/patterns\/demo\.mdx: .*region "nope" not found/);
});

test('rejects unknown attributes and verdicts', async () => {
  await assert.rejects(compile('<GoExample file="patterns/worker-pool/pool.go" lines="1-3" />\n'), /only the string attributes/);
  await assert.rejects(compile('<GoExample file="patterns/worker-pool/pool.go" verdict="ugly" />\n'), /verdict must be/);
});

test('rejects a Bad or Good snippet that marks no line, since the marked lines are the fault and the fix', async () => {
  await assert.rejects(
    compile('<GoExample file="pitfalls/init-side-effects/orders_test.go" region="key-test" verdict="good" />\n'),
    /a good snippet marks its fixed lines with \/\/ \[!code highlight\]/,
  );
});

test('renders <GoDiff> as the file with diff notation against its from file', async () => {
  const code = await compile('<GoDiff from="pitfalls/goroutine-leak/bad/compute.go" file="pitfalls/goroutine-leak/compute.go" region="compute" />\n');
  assert.match(code, /CodeFigure/);
  assert.match(code, /make\(chan T\)\/\/ \[!code --\]/);
  assert.match(code, /make\(chan T, 1\)\/\/ \[!code \+\+\]/);
});

test('fails on a <GoDiff> without a from file', async () => {
  await assert.rejects(compile('<GoDiff file="pitfalls/goroutine-leak/compute.go" />\n'), /needs a from attribute/);
});

test('attaches the saved proof output to a Bad snippet and the Go version to every figure', async () => {
  const code = await compile('<GoExample file="pitfalls/data-race/bad/sum.go" region="race" verdict="bad" />\n');
  assert.match(code, /ToolOutput/);
  assert.match(code, /WARNING: DATA RACE/);
  assert.match(code, /go: "1\.25"/);
});

test('refuses a Bad snippet that no proof.json covers', async () => {
  await assert.rejects(compile('<GoExample file="pitfalls/data-race/sum.go" region="mutex" verdict="bad" />\n'), /must come from a bad\/ folder with a proof\.json/);
});

test('asks which proof to show when a folder holds several', async () => {
  await assert.rejects(compile('<GoExample file="pitfalls/goroutine-leak/bad/compute.go" region="compute" verdict="bad" />\n'), /holds several proofs; name one with proof="proof-worker\.txt" or "proof-compute\.txt"/);
});
