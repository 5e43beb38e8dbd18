// The coverage test: every unit of every source document is mapped to an
// entry ID that exists, or to a recorded reason for leaving it out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CONTENT_DIR, scanContent } from '../../src/lib/content-index.ts';
import { detectUnits, parseMap, unknownTargets, unmapped } from '../../src/lib/coverage.ts';

const SOURCES = Object.keys(parse(readFileSync(`${CONTENT_DIR}/sources.yaml`, 'utf8')) as Record<string, unknown>);
// "rubric-guide" is the "How to use the rubric" section of /rubric/ (content/rubric-guide.yaml).
const ids = new Set([...scanContent().ids.keys(), 'rubric-guide']);
const reasons = new Set(Object.keys(parse(readFileSync(`${CONTENT_DIR}/coverage/reasons.yaml`, 'utf8')) as Record<string, unknown>));

test('detects headings, checklist items, red flags, common pitfalls, guardrails and code blocks', () => {
  const units = detectUnits(['## Never do this', '- Ignore errors', '```go', '// ❌ wrong', '```', '## Checklist', '- [ ] **Item**', '- 🚨 Red flag', '**Common Pitfalls:**', '- **No exit**: leaks', '', '1. First'].join('\n'));
  assert.deepEqual(units.map((u) => [u.line, u.kind]), [
    [1, 'heading'], [2, 'guardrail'], [3, 'code block'], [4, 'anti-pattern'], [6, 'heading'], [7, 'checklist item'], [8, 'red flag'], [10, 'common pitfall'], [12, 'numbered item'],
  ]);
});

test('reports units no mapping covers and targets that do not exist', () => {
  const map = parseMap('# comment\n1-2|heading|x|R2.1,X:persona\n4|code|y|nope,X:bogus');
  assert.deepEqual(unmapped([{ line: 2, kind: 'h', text: '' }, { line: 3, kind: 'h', text: '' }], map).map((u) => u.line), [3]);
  assert.deepEqual(unknownTargets(map, new Set(['R2.1']), new Set(['persona'])), ['line 4: nope (y)', 'line 4: X:bogus (y)']);
});

for (const source of SOURCES) {
  test(`every unit of ${source} is mapped to an existing entry or a recorded exclusion`, () => {
    const units = detectUnits(readFileSync(`${CONTENT_DIR}/sources/${source}.md`, 'utf8'));
    const map = parseMap(readFileSync(`${CONTENT_DIR}/coverage/${source}.psv`, 'utf8'));
    assert.ok(units.length > 10, `${source}: too few units detected`);
    assert.deepEqual(unmapped(units, map).map((u) => `${u.line} ${u.kind}: ${u.text.slice(0, 60)}`), []);
    assert.deepEqual(unknownTargets(map, ids, reasons), []);
  });
}
