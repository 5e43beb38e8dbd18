// The ID registry: an append-only list of every ID ever published, with the
// URL it was published at. IDs are a public contract (reviewers paste them
// into pull requests), so none may disappear, change kind or move without a
// trace, and no ID may be claimed twice.
import type { IdKind } from './urls.ts';

export interface RegistryEntry {
  /** The ID as published, e.g. "R2.1" or "goroutine-leak". */
  id: string;
  kind: IdKind;
  /** Where it was published; this address must keep working. */
  url: string;
  /** For a renamed or merged entry: the ID that now holds its content. */
  aliasOf?: string;
}

export type CurrentIds = Map<string, { kind: IdKind; url: string }>;

/** What is wrong between the registry and the IDs the content defines now. */
export function registryProblems(registry: RegistryEntry[], current: CurrentIds): string[] {
  const known = new Set(registry.map((entry) => entry.id.toLowerCase()));
  const unregistered = [...current.keys()]
    .filter((id) => !known.has(id.toLowerCase()))
    .map((id) => `${id} is not registered; run npm run ids:register`);
  return [...publishedProblems(registry, current), ...unregistered];
}

/**
 * What would break a published ID or its address: an ID gone, moved or of
 * another kind, registered twice, or an alias of nothing. The build fails on
 * these; a new, not yet registered ID breaks nothing and only fails the tests.
 */
export function publishedProblems(registry: RegistryEntry[], current: CurrentIds): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const entry of registry) {
    const key = entry.id.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(`${entry.id} is registered twice (also as ${earlier}); an ID names one entry only`);
    seen.set(key, entry.id);

    if (entry.aliasOf !== undefined) {
      if (!current.has(entry.aliasOf)) problems.push(`${entry.id} is an alias of ${entry.aliasOf}, which does not exist`);
      if (current.has(entry.id)) problems.push(`${entry.id} is an alias but an entry claims it again`);
      continue;
    }
    const now = current.get(entry.id);
    if (!now) {
      problems.push(`${entry.id} was published at ${entry.url} and no longer exists; keep it, or register it with "aliasOf" the entry that replaced it`);
    } else if (now.kind !== entry.kind) {
      problems.push(`${entry.id} was published as a ${entry.kind} and is now a ${now.kind}`);
    } else if (now.url !== entry.url) {
      problems.push(`${entry.id} moved from ${entry.url} to ${now.url}; links to the old address would break`);
    }
  }
  return problems;
}

/** The registry with every unregistered current ID appended, in a stable order. */
export function registerNew(registry: RegistryEntry[], current: CurrentIds): RegistryEntry[] {
  const known = new Set(registry.map((entry) => entry.id.toLowerCase()));
  const added = [...current]
    .filter(([id]) => !known.has(id.toLowerCase()))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([id, { kind, url }]) => ({ id, kind, url }));
  return [...registry, ...added];
}

/** Where /id/<id>/ leads for every registered ID, aliases included. */
export function redirectTargets(registry: RegistryEntry[], current: CurrentIds): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [id, { url }] of current) targets.set(id, url);
  for (const entry of registry) {
    const target = entry.aliasOf !== undefined ? current.get(entry.aliasOf) : undefined;
    if (target) targets.set(entry.id, target.url);
  }
  return targets;
}

/**
 * The page addresses of renamed entries (aliasOf), each with where it now
 * leads: an old page URL keeps working as a redirect. Rubric items live at
 * anchors of phase pages that still exist, so they need no page of their own.
 */
export function movedPages(registry: RegistryEntry[], current: CurrentIds): Map<string, string> {
  const livePages = new Set([...current.values()].map(({ url }) => url.split('#')[0]));
  const moved = new Map<string, string>();
  for (const entry of registry) {
    const target = entry.aliasOf !== undefined ? current.get(entry.aliasOf) : undefined;
    if (target && !entry.url.includes('#') && !livePages.has(entry.url)) moved.set(entry.url, target.url);
  }
  return moved;
}
