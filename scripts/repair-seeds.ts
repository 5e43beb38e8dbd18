// Repairs the seed documents' broken encoding and writes them to content/sources/.
//
// Some seeds were UTF-8 that was decoded as Mac Roman and re-encoded as UTF-8:
// "✅" (E2 9C 85) became "‚úÖ", "→" became "‚Üí", and every 4-byte emoji gained
// an invisible U+F8FF, the character Mac Roman's 0xF0 maps to. The repair
// reverses that: each maximal run of characters from the Mac Roman upper half
// (0x80–0xFF) is mapped back to its bytes and decoded as UTF-8, but only when
// those bytes are valid UTF-8, so genuine non-ASCII text stays as it is.
// Whether a file needs the repair at all is decided per file by needsRepair().
//
//   node scripts/repair-seeds.ts [--seeds DIR]          write content/sources/<id>.md
//   node scripts/repair-seeds.ts --check [--seeds DIR]  exit 1 if those files are stale
//
// DIR defaults to $SEEDS_DIR, else ../shared/seeds next to the repository.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Seed file name prefix → source ID (content/sources/<id>.md). */
export const SOURCE_IDS: ReadonlyMap<string, string> = new Map([
  ['000', 'golang-pro'],
  ['001', 'elite-go-developer'],
  ['002', 'go-expert-rubric'],
  ['003', 'go-advanced-patterns'],
  ['004', 'golang-backend-specialist'],
]);

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const SOURCES_DIR = join(REPO_ROOT, 'content', 'sources');
export const DEFAULT_SEEDS_DIR = process.env['SEEDS_DIR'] ?? resolve(REPO_ROOT, '..', 'shared', 'seeds');

/** Mac Roman byte → character, for bytes 0x80–0xFF (0x00–0x7F are ASCII). */
function macRomanUpperHalf(): string[] {
  const bytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
  const chars = [...new TextDecoder('macintosh').decode(bytes)];
  if (chars.length !== 128) throw new Error('this Node has no full Mac Roman decoder (needs full ICU)');
  return chars;
}

const UPPER_HALF = macRomanUpperHalf();
/** Character → Mac Roman byte, for the 128 non-ASCII characters of Mac Roman. */
const TO_BYTE: ReadonlyMap<string, number> = new Map(UPPER_HALF.map((char, i) => [char, 0x80 + i]));
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Maximal runs of characters that Mac Roman produces from a byte >= 0x80. */
const RUN = new RegExp(`[${UPPER_HALF.map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]+`, 'gu');

/** The run's characters as the Mac Roman bytes they were decoded from. */
function toMacRomanBytes(run: string): Uint8Array {
  return Uint8Array.from([...run], (char) => TO_BYTE.get(char) ?? 0);
}

/** The run repaired, or null if its bytes are not valid UTF-8 (then it is genuine text). */
function repairRun(run: string): string | null {
  try {
    const decoded = STRICT_UTF8.decode(toMacRomanBytes(run));
    // Text never contains C1 controls; a decode producing one is not a repair.
    return /[\u0080-\u009f]/u.test(decoded) ? null : decoded;
  } catch {
    return null;
  }
}

/**
 * Reverses "UTF-8 decoded as Mac Roman": every run of Mac Roman upper-half
 * characters whose bytes form valid UTF-8 is replaced by that UTF-8 text.
 * ASCII and any other character are left untouched.
 */
export function repairMacRoman(text: string): string {
  return text.replace(RUN, (run) => repairRun(run) ?? run);
}

/** The inverse of the repair: what the broken pipeline makes of correct text. */
export function encodeAsMacRomanMojibake(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return new TextDecoder('macintosh').decode(bytes);
}

/**
 * Whether a document was mis-decoded as Mac Roman: at least one run would be
 * repaired, and every non-ASCII character is one that Mac Roman produces (a
 * mis-decoded file can contain no other; a correct UTF-8 file with ✅, → or an
 * emoji has characters Mac Roman cannot produce).
 */
export function needsRepair(text: string): boolean {
  const runs = text.match(RUN) ?? [];
  if (!runs.some((run) => repairRun(run) !== null)) return false;
  for (const char of text) {
    if (char.codePointAt(0)! > 0x7f && !TO_BYTE.has(char)) return false;
  }
  return true;
}

/** The repaired document: repaired only if it needs it. */
export function repairDocument(text: string): string {
  return needsRepair(text) ? repairMacRoman(text) : text;
}

export interface RepairedSource {
  id: string;
  seed: string;
  repaired: boolean;
  text: string;
}

/** Reads the seeds and returns the five documents as they belong in content/sources/. */
export function repairSeeds(seedsDir: string = DEFAULT_SEEDS_DIR): RepairedSource[] {
  const files = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
  const sources: RepairedSource[] = [];
  for (const [prefix, id] of SOURCE_IDS) {
    const seed = files.find((name) => name.startsWith(`${prefix}_`));
    if (seed === undefined) throw new Error(`no seed ${prefix}_*.txt in ${seedsDir}`);
    const original = readFileSync(join(seedsDir, seed), 'utf8');
    const repaired = needsRepair(original);
    sources.push({ id, seed, repaired, text: repaired ? repairMacRoman(original) : original });
  }
  return sources;
}

export function sourcePath(id: string): string {
  return join(SOURCES_DIR, `${id}.md`);
}

function main(args: string[]): number {
  const check = args.includes('--check');
  const seedsFlag = args.indexOf('--seeds');
  const seedsDir = seedsFlag >= 0 ? args[seedsFlag + 1] : DEFAULT_SEEDS_DIR;
  if (seedsDir === undefined || !existsSync(seedsDir)) {
    console.error(`seeds directory not found: ${seedsDir ?? '(missing value after --seeds)'}`);
    return 2;
  }
  const sources = repairSeeds(seedsDir);
  if (check) {
    const stale = sources.filter(({ id, text }) => !existsSync(sourcePath(id)) || readFileSync(sourcePath(id), 'utf8') !== text);
    for (const { id } of stale) console.error(`stale or missing: content/sources/${id}.md`);
    if (stale.length > 0) {
      console.error('run: node scripts/repair-seeds.ts');
      return 1;
    }
    console.log(`content/sources: ${sources.length} documents up to date`);
    return 0;
  }
  mkdirSync(SOURCES_DIR, { recursive: true });
  for (const { id, seed, repaired, text } of sources) {
    writeFileSync(sourcePath(id), text);
    console.log(`${seed} -> content/sources/${id}.md (${repaired ? 'repaired' : 'already correct, copied'})`);
  }
  return 0;
}

if (import.meta.main) {
  process.exitCode = main(process.argv.slice(2));
}
