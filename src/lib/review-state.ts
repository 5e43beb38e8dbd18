// The review checklist's state, how it is stored and shared, and its export
// to a Markdown summary for a pull request. Pure, so it is unit-tested; the
// page script only wires it to the DOM, localStorage and the URL.
import { literalMarkdown, permalink } from './review-comment.ts';

export type Verdict = 'pass' | 'work' | 'na';
export const VERDICTS: Record<Verdict, string> = { pass: 'Pass', work: 'Needs work', na: 'Not applicable' };

export interface ItemState {
  verdict?: Verdict;
  note?: string;
}

export interface ReviewState {
  /** Format version; anything else read back is discarded. */
  v: 1;
  /** Phase IDs (R0…R4) chosen as applying to this review. */
  phases: string[];
  /** Per item ID. */
  items: Record<string, ItemState>;
}

export interface ChecklistItem {
  id: string;
  title: string;
  phase: string;
}

export const NOTE_LIMIT = 2000;

export function emptyState(phases: string[]): ReviewState {
  return { v: 1, phases: [...phases], items: {} };
}

/**
 * Reads state from storage or a URL, keeping only what is valid for the
 * current checklist: unknown IDs, bad verdicts and wrong types are dropped.
 * Returns undefined when the input is not a review state at all.
 */
export function parseState(raw: unknown, items: ChecklistItem[]): ReviewState | undefined {
  if (!raw || typeof raw !== 'object' || (raw as { v?: unknown }).v !== 1) return undefined;
  const { phases, items: itemStates } = raw as { phases?: unknown; items?: unknown };
  const knownPhases = new Set(items.map((item) => item.phase));
  const knownItems = new Set(items.map((item) => item.id));
  const state = emptyState(Array.isArray(phases) ? phases.filter((p): p is string => typeof p === 'string' && knownPhases.has(p)) : []);
  if (itemStates && typeof itemStates === 'object') {
    for (const [id, value] of Object.entries(itemStates as Record<string, unknown>)) {
      if (!knownItems.has(id) || !value || typeof value !== 'object') continue;
      const { verdict, note } = value as { verdict?: unknown; note?: unknown };
      const item: ItemState = {};
      // Own properties only: "toString" or "__proto__" is in every object.
      if (typeof verdict === 'string' && Object.hasOwn(VERDICTS, verdict)) item.verdict = verdict as Verdict;
      if (typeof note === 'string' && note.trim()) item.note = note.slice(0, NOTE_LIMIT);
      if (item.verdict || item.note) state.items[id] = item;
    }
  }
  return state;
}

/** Whether a review holds any verdict or note; an empty one can be replaced without asking. */
export function hasContent(state: ReviewState): boolean {
  return Object.keys(state.items).length > 0;
}

/** Whether two states are the same review: same phases, verdicts and notes. */
export function sameReview(a: ReviewState, b: ReviewState): boolean {
  const key = (state: ReviewState) =>
    JSON.stringify([[...state.phases].sort(), Object.entries(state.items).sort(([x], [y]) => x.localeCompare(y))]);
  return key(a) === key(b);
}

/**
 * My review with a shared one added: the phases of both; for each item my
 * verdict when I gave one, else the shared one; both notes, mine first.
 */
export function mergeStates(mine: ReviewState, shared: ReviewState): ReviewState {
  const merged = emptyState([...new Set([...mine.phases, ...shared.phases])]);
  for (const id of new Set([...Object.keys(mine.items), ...Object.keys(shared.items)])) {
    const own = mine.items[id] ?? {};
    const theirs = shared.items[id] ?? {};
    const verdict = own.verdict ?? theirs.verdict;
    const notes = [own.note, theirs.note].filter((note): note is string => Boolean(note));
    const note = [...new Set(notes)].join('\n').slice(0, NOTE_LIMIT);
    merged.items[id] = { ...(verdict ? { verdict } : {}), ...(note ? { note } : {}) };
  }
  return merged;
}

/** Parses JSON without throwing; corrupted text reads as undefined. */
export function parseJson(text: string | null): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The longest ?review= value a share link may carry. Many servers refuse a
 * request line much over 8 KB (414), and chat tools cut long links.
 */
export const SHARE_LIMIT = 8000;

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
}

async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

/**
 * State as a URL-safe string for ?review=…: "z", then the base64url of its
 * JSON compressed with deflate-raw. Notes compress well, so a full review
 * usually fits in SHARE_LIMIT.
 */
export async function encodeState(state: ReviewState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return `z${toBase64url(await through(json, new CompressionStream('deflate-raw')))}`;
}

/**
 * The state a ?review= value holds, or undefined. Links made before
 * compression (plain base64url JSON, which starts "eyJ") still open.
 */
export async function decodeState(text: string): Promise<unknown> {
  try {
    const bytes = fromBase64url(text.startsWith('z') ? text.slice(1) : text);
    const json = text.startsWith('z') ? await through(bytes, new DecompressionStream('deflate-raw')) : bytes;
    return parseJson(new TextDecoder().decode(json));
  } catch {
    return undefined;
  }
}

export interface Counts {
  pass: number;
  work: number;
  na: number;
  open: number;
  total: number;
}

/** Counts for the items of the chosen phases. */
export function countVerdicts(state: ReviewState, items: ChecklistItem[]): Counts {
  const counts: Counts = { pass: 0, work: 0, na: 0, open: 0, total: 0 };
  for (const item of items.filter((candidate) => state.phases.includes(candidate.phase))) {
    counts.total++;
    const verdict = state.items[item.id]?.verdict;
    counts[verdict ?? 'open']++;
  }
  return counts;
}

/** The counts in words, as the page shows them and the export starts: "1 pass, 0 need work, 0 not applicable, 3 open, of 4". */
export function describeCounts(counts: Counts): string {
  return `${counts.pass} pass, ${counts.work} need work, ${counts.na} not applicable, ${counts.open} open, of ${counts.total}`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A GitHub/GitLab task list: passed and not-applicable items are ticked,
 * items that need work or are still open are not; notes follow each item.
 */
export function exportMarkdown(state: ReviewState, items: ChecklistItem[], phaseTitles: Record<string, string>, origin: string): string {
  const chosen = items.filter((item) => state.phases.includes(item.phase));
  const counts = countVerdicts(state, items);
  const lines = [
    '### Go review checklist',
    '',
    `Phases: ${state.phases.map((phase) => `${phase} ${phaseTitles[phase] ?? ''}`.trim()).join(', ') || 'none chosen'}.`,
    `${describeCounts(counts)}.`,
    '',
  ];
  for (const item of chosen) {
    const { verdict, note } = state.items[item.id] ?? {};
    const ticked = verdict === 'pass' || verdict === 'na';
    const status = verdict === 'work' ? ' **Needs work.**' : verdict === 'na' ? ' _Not applicable._' : '';
    lines.push(`- [${ticked ? 'x' : ' '}] [${item.id}](${permalink(origin, item.id)}) ${literalMarkdown(item.title)}.${status}${note ? ` ${literalMarkdown(oneLine(note))}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
