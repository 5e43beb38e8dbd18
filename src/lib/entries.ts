// Loads the collections once per build and builds the catalog of IDs.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, sharedKeywords, type Catalog } from './catalog.ts';
import { readRegistry } from './content-index.ts';
import type { CurrentIds, RegistryEntry } from './id-registry.ts';

export type Pattern = CollectionEntry<'patterns'>;
export type Pitfall = CollectionEntry<'pitfalls'>;
export type Phase = CollectionEntry<'rubric'>;

export interface Site {
  patterns: Pattern[];
  pitfalls: Pitfall[];
  phases: Phase[];
  sources: CollectionEntry<'sources'>[];
  catalog: Catalog;
}

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title);
  const patterns = (await getCollection('patterns')).sort(byTitle);
  const pitfalls = (await getCollection('pitfalls')).sort(byTitle);
  const phases = (await getCollection('rubric')).sort((a, b) => a.data.phase - b.data.phase);
  const sources = await getCollection('sources');
  const shared = sharedKeywords([...patterns, ...pitfalls].map(({ id, data }) => ({ id, keywords: data.keywords })));
  if (shared.length) throw new Error(`A keyword leads search to one entry; these are on two:\n- ${shared.join('\n- ')}`);
  const catalog = buildCatalog(
    patterns.map(({ id, data }) => ({ id, ...data })),
    pitfalls.map(({ id, data }) => ({ id, ...data })),
    phases.map(({ id, data }) => ({ slug: id, ...data })),
  );
  return { patterns, pitfalls, phases, sources, catalog };
}

export function loadSite(): Promise<Site> {
  site ??= load();
  return site;
}

/** A pattern, pitfall or rubric phase page: what the pages that list entries need of it. */
export interface EntryPage {
  title: string;
  url: string;
  summary: string;
  /** Its MDX source, which names the example files it shows. */
  body: string;
  /** A pitfall's detection list; empty for the other kinds. */
  detection: Pitfall['data']['detection'];
}

/** Every pattern, pitfall and rubric phase as a page, pitfalls first. */
export async function entryPages(): Promise<EntryPage[]> {
  const { patterns, pitfalls, phases } = await loadSite();
  return [
    ...pitfalls.map(({ id, data, body }) => ({ title: data.title, url: `/pitfalls/${id}/`, summary: data.summary, body: body ?? '', detection: data.detection })),
    ...patterns.map(({ id, data, body }) => ({ title: data.title, url: `/patterns/${id}/`, summary: data.summary, body: body ?? '', detection: [] })),
    ...phases.map(({ id, data, body }) => ({ title: `R${data.phase} ${data.title}`, url: `/rubric/${id}/`, summary: data.summary, body: body ?? '', detection: [] })),
  ];
}

/** The published IDs, and where each ID of the current content lives. */
export async function loadIds(): Promise<{ registry: RegistryEntry[]; current: CurrentIds }> {
  const { catalog } = await loadSite();
  const current: CurrentIds = new Map([...catalog.entries].map(([id, entry]) => [id, { kind: entry.kind, url: entry.url }]));
  return { registry: readRegistry(), current };
}
