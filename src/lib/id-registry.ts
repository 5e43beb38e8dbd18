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
  for (const id of current.keys()) {
    if (!seen.has(id.toLowerCase())) problems.push(`${id} is not registered; run npm run ids:register`);
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
