// The /search/ page's filters in its address. Search filters by the labels it
// shows (Concurrency, Critical, Pitfall); the address uses the index pages'
// lower-case slugs (category=concurrency, severity=critical, kind=pitfall).
// An address may hold either, in any case.
import { ROW_KINDS } from './search-results.ts';
import { CATEGORIES, DETECTORS, SEVERITIES } from './taxonomy.ts';

const VOCABULARIES: Record<string, Record<string, string>> = {
  kind: Object.fromEntries(ROW_KINDS.map((kind) => [kind.toLowerCase().replace(/ /g, '-'), kind])),
  category: CATEGORIES,
  severity: SEVERITIES,
  detector: DETECTORS,
};

/** The label search filters by, for a slug or label in any case; anything else is returned as it is. */
export function filterLabel(name: string, value: string): string {
  const wanted = value.trim().toLowerCase();
  const match = Object.entries(VOCABULARIES[name] ?? {}).find(([slug, label]) => wanted === slug || wanted === label.toLowerCase());
  return match ? match[1] : value;
}

/** The slug an address writes for a label; a value without one is written as it is. */
export function filterSlug(name: string, label: string): string {
  return Object.entries(VOCABULARIES[name] ?? {}).find(([, known]) => known === label)?.[0] ?? label;
}
