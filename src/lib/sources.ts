// What each source document became: the entries it contributed, the parts
// left out with their reasons, and the corrections made to it.
import { readFileSync } from 'node:fs';
import { getEntry } from 'astro:content';
import { parse } from 'yaml';
import { CONTENT_DIR } from './content-index.ts';
import { parseMap, type Mapping } from './coverage.ts';
import { loadSite } from './entries.ts';
import type { CatalogEntry } from './catalog.ts';

export interface Correction {
  text: string;
  /** Where the correction is shown. */
  entry: { title: string; url: string };
}

export interface SourceReport {
  id: string;
  title: string;
  description: string;
  contributed: CatalogEntry[];
  excluded: { reason: string; parts: Mapping[] }[];
  corrections: Correction[];
  units: number;
}

export async function sourceReports(): Promise<SourceReport[]> {
  const { sources, patterns, pitfalls, phases, catalog } = await loadSite();
  const reasons = parse(readFileSync(`${CONTENT_DIR}/coverage/reasons.yaml`, 'utf8')) as Record<string, string>;
  const guide = (await getEntry('guide', 'guide'))?.data;
  const corrected = [
    ...[...patterns, ...pitfalls].map(({ id, data }) => ({ corrections: data.corrections, entry: catalog.entries.get(id) })),
    ...phases.map(({ data }) => ({ corrections: data.corrections, entry: catalog.entries.get(`R${data.phase}`) })),
    { corrections: guide?.corrections ?? [], entry: { title: 'How to use the rubric', url: '/rubric/#how-to-use' } },
  ];
  return sources.map(({ id, data }) => {
    const map = parseMap(readFileSync(`${CONTENT_DIR}/coverage/${id}.psv`, 'utf8'));
    const ids = new Set(map.flatMap((m) => m.targets.filter((t) => !t.startsWith('X:'))));
    for (const entry of [...patterns, ...pitfalls]) if (entry.data.sources.includes(id)) ids.add(entry.id);
    for (const phase of phases) if (phase.data.sources.includes(id)) ids.add(`R${phase.data.phase}`);
    const contributed = [...ids]
      .map((entryId) => catalog.entries.get(entryId))
      .filter((entry): entry is CatalogEntry => entry !== undefined && (entry.kind === 'pattern' || entry.kind === 'pitfall' || entry.kind === 'rubric-phase'))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
    const byReason = new Map<string, Mapping[]>();
    for (const m of map) {
      for (const target of m.targets.filter((t) => t.startsWith('X:'))) {
        const reason = reasons[target.slice(2)] ?? target;
        byReason.set(reason, [...(byReason.get(reason) ?? []), m]);
      }
    }
    const corrections = corrected.flatMap(({ corrections, entry }) =>
      entry ? corrections.filter((c) => c.source === id).map((c) => ({ text: c.text, entry: { title: entry.title, url: entry.url } })) : [],
    );
    return {
      id,
      title: data.title,
      description: data.description,
      contributed,
      excluded: [...byReason].map(([reason, parts]) => ({ reason, parts })),
      corrections,
      units: map.length,
    };
  });
}

/** A page of Go's documentation and the entries that cite it. */
export interface GoReference {
  title: string;
  url: string;
  entries: { title: string; url: string }[];
}

/** Every page of Go's documentation the entries cite, once each, by title; the first entry's title for it is kept. */
export async function goReferences(): Promise<GoReference[]> {
  const { patterns, pitfalls, catalog } = await loadSite();
  const byUrl = new Map<string, GoReference>();
  for (const { id, data } of [...patterns, ...pitfalls]) {
    const entry = catalog.entries.get(id);
    if (!entry) continue;
    for (const { title, url } of data.references) {
      const reference = byUrl.get(url) ?? { title, url, entries: [] };
      reference.entries.push({ title: entry.title, url: entry.url });
      byUrl.set(url, reference);
    }
  }
  return [...byUrl.values()].sort((a, b) => a.title.localeCompare(b.title, 'en'));
}
