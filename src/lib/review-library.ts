// Several named reviews, one per pull request, kept together in storage. Pure,
// so it is unit-tested; src/scripts/review.ts reads and writes it on each change.
import { emptyState, parseState, type ChecklistItem, type ReviewState } from './review-state.ts';

export interface NamedReview {
  /** Stable while the review lives; names can repeat and change. */
  id: string;
  name: string;
  state: ReviewState;
}

export interface ReviewLibrary {
  v: 1;
  /** The review opened last, to open first on the next visit. */
  last: string;
  reviews: NamedReview[];
}

export const NAME_LIMIT = 80;

/** A name as stored: one line, trimmed, at most NAME_LIMIT characters; empty falls back to `fallback`. */
export function cleanName(name: string, fallback: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, NAME_LIMIT) || fallback;
}

/**
 * The library read back from storage, keeping only well-formed reviews (each
 * state as parseState keeps it, the first of any repeated ID); undefined when
 * the input is not a library or holds no review.
 */
export function parseLibrary(raw: unknown, items: ChecklistItem[]): ReviewLibrary | undefined {
  if (!raw || typeof raw !== 'object' || (raw as { v?: unknown }).v !== 1) return undefined;
  const { last, reviews } = raw as { last?: unknown; reviews?: unknown };
  if (!Array.isArray(reviews)) return undefined;
  const kept: NamedReview[] = [];
  for (const review of reviews) {
    if (!review || typeof review !== 'object') continue;
    const { id, name, state } = review as { id?: unknown; name?: unknown; state?: unknown };
    const parsed = parseState(state, items);
    if (typeof id !== 'string' || !id || kept.some((other) => other.id === id) || !parsed) continue;
    kept.push({ id, name: cleanName(typeof name === 'string' ? name : '', `Review ${kept.length + 1}`), state: parsed });
  }
  if (kept.length === 0) return undefined;
  return { v: 1, last: typeof last === 'string' && kept.some((review) => review.id === last) ? last : (kept[0]?.id ?? ''), reviews: kept };
}

/** The library with `review` stored in place of the one with its ID, or added at the end, and opened last. */
export function putReview(library: ReviewLibrary | undefined, review: NamedReview): ReviewLibrary {
  const reviews = library?.reviews ?? [];
  const at = reviews.findIndex((other) => other.id === review.id);
  return { v: 1, last: review.id, reviews: at === -1 ? [...reviews, review] : reviews.with(at, review) };
}

/** The library without the review `id`; undefined when none is left. */
export function dropReview(library: ReviewLibrary | undefined, id: string): ReviewLibrary | undefined {
  const reviews = (library?.reviews ?? []).filter((review) => review.id !== id);
  if (reviews.length === 0) return undefined;
  const last = library?.last !== id && reviews.some((review) => review.id === library?.last) ? (library?.last ?? '') : (reviews[0]?.id ?? '');
  return { v: 1, last, reviews };
}

/** "Review N" with the smallest N no review in the library is named. */
export function unusedName(library: ReviewLibrary | undefined): string {
  const names = new Set(library?.reviews.map((review) => review.name));
  let n = 1;
  while (names.has(`Review ${n}`)) n++;
  return `Review ${n}`;
}

/** A new, empty review. */
export function newReview(id: string, name: string, phases: string[]): NamedReview {
  return { id, name, state: emptyState(phases) };
}
