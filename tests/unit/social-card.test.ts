import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cardSvg, textWidth, wrapText } from '../../src/lib/social-card.ts';

test('text width follows the font metrics: an m is wider than an i, and bold is wider than regular', () => {
  assert.equal(textWidth('m', 1000), 833);
  assert.equal(textWidth('i', 1000), 222);
  assert.ok(textWidth('Deadlock', 60, true) > textWidth('Deadlock', 60));
});

test('text that fits on a line is left whole', () => {
  assert.deepEqual(wrapText('Goroutine leak', 1000, 60, 3, true), ['Goroutine leak']);
  assert.deepEqual(wrapText('', 1000, 60, 3), []);
});

test('long text breaks at spaces into lines no wider than the width', () => {
  const lines = wrapText('Strings treated as characters, or numbers converted with string()', 1056, 60, 3, true);
  assert.deepEqual(lines, ['Strings treated as characters, or', 'numbers converted with string()']);
  for (const line of lines) assert.ok(textWidth(line, 60, true) <= 1056, line);
});

test('text with more lines than allowed ends its last line in an ellipsis, without trailing punctuation', () => {
  const lines = wrapText('one two, three four five six seven', 120, 30, 2);
  assert.equal(lines.length, 2);
  assert.match(lines[1]!, /\w…$/);
  for (const line of lines) assert.ok(textWidth(line, 30) <= 120, line);
});

test('a word wider than a line is cut rather than left to run off the card', () => {
  const lines = wrapText('x'.repeat(60), 300, 30, 3);
  assert.ok(lines.length >= 2);
  for (const line of lines) assert.ok(textWidth(line, 30) <= 300, line);
});

test('the card escapes its text, so a title with < or & stays text', () => {
  const svg = cardSvg({ eyebrow: 'Pitfall · Errors', title: 'errors.As with <T> & friends', summary: 'a "quoted" summary' });
  assert.match(svg, /errors\.As with &lt;T&gt; &amp; friends/);
  assert.match(svg, /PITFALL · ERRORS/);
  assert.doesNotMatch(svg, /<T>/);
});
