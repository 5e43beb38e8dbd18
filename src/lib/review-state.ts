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

/** Parses JSON without throwing; corrupted text reads as undefined. */
export function parseJson(text: string | null): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** State as a URL-safe string for ?review=… (base64url of UTF-8 JSON). */
export function encodeState(state: ReviewState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeState(text: string): unknown {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return parseJson(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
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
