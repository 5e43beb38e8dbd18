import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import {
  DEFAULT_SEEDS_DIR,
  SOURCE_IDS,
  encodeAsMacRomanMojibake,
  needsRepair,
  repairDocument,
  repairMacRoman,
  repairSeeds,
  sourcePath,
} from '../../scripts/repair-seeds.ts';

const APPLE = '\uf8ff';

const samples = [
  'café → ✅ 🚀',
  '✅ DO: wrap errors\n❌ DON\'T: ignore them\n🚨 red flag',
  '├── cmd/\n│   └── main.go\n└── internal/',
  'a → b ← c ↔ d ⇒ e',
  'naïve façade, Zürich, Ångström, résumé, Œuvre, São Paulo, ß',
  '日本語のテキスト, 中文, 한국어',
  '🎯 🔧 📊 🔗 🎭 📋 🧠 🚧 📖 📚 📦 — “quoted” ‘single’ … ≥ ≤ ≠ ±',
  'Ω π ∑ ∞ µ • † ‡ ° © ® ™ € £ ¥',
  'mixed\u00a0nbsp and tab\tand emoji👍🏽 and ZWJ 👩‍💻',
  '\uf8ff the Apple logo itself',
  'plain ASCII only: func main() { fmt.Println("hi") }',
];

test('repairs the known mis-decoded sequences', () => {
  assert.equal(repairMacRoman('‚úÖ'), '✅');
  assert.equal(repairMacRoman('‚ùå'), '❌');
  assert.equal(repairMacRoman(`${APPLE}üö®`), '🚨');
  assert.equal(repairMacRoman('‚îú‚îÄ‚îÄ'), '├──');
  assert.equal(repairMacRoman('‚Üí'), '→');
  assert.equal(repairMacRoman(`- ‚úÖ Good ‚Üí ‚ùå Bad ${APPLE}üö® end`), '- ✅ Good → ❌ Bad 🚨 end');
});

test('produces the mis-decoded form the seeds show', () => {
  assert.equal(encodeAsMacRomanMojibake('✅ → 🚨 ├──'), `‚úÖ ‚Üí ${APPLE}üö® ‚îú‚îÄ‚îÄ`);
});

test('is lossless: repairing the mis-decoded form of a text gives the text back', () => {
  for (const original of samples) {
    const broken = encodeAsMacRomanMojibake(original);
    assert.equal(repairMacRoman(broken), original, `round trip of ${JSON.stringify(original)}`);
  }
});

test('is idempotent: repairing twice changes nothing more than repairing once', () => {
  for (const original of samples) {
    for (const text of [original, encodeAsMacRomanMojibake(original)]) {
      const once = repairMacRoman(text);
      assert.equal(repairMacRoman(once), once, `repair twice of ${JSON.stringify(text)}`);
    }
  }
});

test('leaves correct UTF-8 text unchanged', () => {
  for (const text of samples) {
    assert.equal(repairMacRoman(text), text, `repair of ${JSON.stringify(text)}`);
    assert.equal(needsRepair(text), false, `needsRepair of ${JSON.stringify(text)}`);
    assert.equal(repairDocument(text), text);
  }
});

test('leaves genuine Mac Roman characters alone when their bytes are not UTF-8', () => {
  assert.equal(repairMacRoman('é ü Ä ‚ alone'), 'é ü Ä ‚ alone');
  assert.equal(repairMacRoman('‚ú then ASCII'), '‚ú then ASCII');
});

test('detects a mis-decoded document and not a correct one', () => {
  assert.equal(needsRepair('‚úÖ done'), true);
  assert.equal(needsRepair(encodeAsMacRomanMojibake('café → ✅ 🚀')), true);
  assert.equal(needsRepair('✅ done'), false);
  assert.equal(needsRepair('ASCII only'), false);
});

const seedsPresent = existsSync(DEFAULT_SEEDS_DIR);

test('keeps the committed sources free of mis-decoded text', () => {
  for (const id of SOURCE_IDS.values()) {
    const text = readFileSync(sourcePath(id), 'utf8');
    assert.equal(needsRepair(text), false, `${id} still needs repair`);
    assert.equal(repairMacRoman(text), text, `${id} is not a fixed point of the repair`);
    assert.doesNotMatch(text, /[\uf8ff\ufffd]/u, `${id} has U+F8FF or U+FFFD`);
    assert.equal(repairMacRoman(encodeAsMacRomanMojibake(text)), text, `${id} does not survive a round trip`);
  }
});

test('matches the committed sources to the repair of the seeds', { skip: !seedsPresent && `no seeds at ${DEFAULT_SEEDS_DIR}` }, () => {
  const sources = repairSeeds();
  assert.deepEqual(sources.map((source) => source.id), [...SOURCE_IDS.values()]);
  for (const { id, text } of sources) {
    assert.equal(readFileSync(sourcePath(id), 'utf8'), text, `content/sources/${id}.md differs; run node scripts/repair-seeds.ts`);
  }
});

test('repairs exactly the seeds that were mis-decoded', { skip: !seedsPresent && `no seeds at ${DEFAULT_SEEDS_DIR}` }, () => {
  const repaired = repairSeeds().filter((source) => source.repaired).map((source) => source.id);
  assert.deepEqual(repaired, ['go-expert-rubric', 'golang-backend-specialist']);
});
