import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineMarkdown, plainText } from '../../src/lib/inline-markdown.ts';

test('renders code spans, bold, emphasis and links', () => {
  assert.equal(
    inlineMarkdown('Use `wg.Go` and **never** _ever_ [read this](/pitfalls/data-race/)'),
    'Use <code>wg.Go</code> and <strong>never</strong> <em>ever</em> <a href="/pitfalls/data-race/">read this</a>',
  );
});

test('keeps Markdown characters inside code spans literal', () => {
  assert.equal(inlineMarkdown('`a **b** _c_`'), '<code>a **b** _c_</code>');
});

test('leaves snake_case identifiers alone', () => {
  assert.equal(inlineMarkdown('GO_MAX and max_procs'), 'GO_MAX and max_procs');
});

test('escapes HTML so data cannot inject markup', () => {
  assert.equal(inlineMarkdown('<script>x</script> & `<b>`'), '&lt;script&gt;x&lt;/script&gt; &amp; <code>&lt;b&gt;</code>');
});

test('does not turn javascript: URLs into links', () => {
  assert.equal(inlineMarkdown('[x](javascript:alert(1))'), '[x](javascript:alert(1))');
});

test('plain text keeps what a reader sees: code, emphasis and link text, without their marks or targets', () => {
  assert.equal(
    plainText('The tests have never run with the `-race` detector. This is the same check as [RF2.3](/rubric/concurrency/#rf2-3), **seen** from _testing_.'),
    'The tests have never run with the -race detector. This is the same check as RF2.3, seen from testing.',
  );
  assert.equal(plainText('`[a](/b)` stays as typed inside code'), '[a](/b) stays as typed inside code');
});
