// Every ID on the site with its title and canonical URL, and the relations
// between them, taken both ways: a pitfall that names a pattern is listed on
// that pattern's page without anyone editing it.
import { canonicalUrl, type IdKind } from './urls.ts';
import { plainText } from './inline-markdown.ts';

export type Kind = IdKind;

export interface CatalogEntry {
  id: string;
  kind: Kind;
  title: string;
  summary: string;
  url: string;
}

export interface PatternInput {
  id: string;
  title: string;
  summary: string;
  patterns: string[];
  pitfalls: string[];
  rubric: string[];
}

export interface PhaseInput {
  slug: string;
  phase: number;
  title: string;
  summary: string;
  items: { id: string; title: string; summary: string; patterns: string[]; pitfalls: string[]; commonPitfalls: { pitfall?: string | undefined }[] }[];
  redFlags: { id: string; text: string; pitfall?: string | undefined; item?: string | undefined }[];
}

export interface Catalog {
  entries: Map<string, CatalogEntry>;
  /** Entries related to `id`, in either direction, sorted by kind then title. */
  related(id: string): CatalogEntry[];
}

const KIND_ORDER: Kind[] = ['rubric-phase', 'rubric-item', 'red-flag', 'pattern', 'pitfall'];

export function buildCatalog(patterns: PatternInput[], pitfalls: PatternInput[], phases: PhaseInput[]): Catalog {
  const entries = new Map<string, CatalogEntry>();
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const set = links.get(from) ?? new Set<string>();
      set.add(to);
      links.set(from, set);
    }
  };

  for (const [list, kind] of [[patterns, 'pattern'], [pitfalls, 'pitfall']] as const) {
    for (const entry of list) {
      entries.set(entry.id, { id: entry.id, kind, title: entry.title, summary: entry.summary, url: canonicalUrl(kind, entry.id) });
      for (const other of [...entry.patterns, ...entry.pitfalls, ...entry.rubric]) link(entry.id, other);
    }
  }
  for (const phase of phases) {
    const phaseId = `R${phase.phase}`;
    entries.set(phaseId, { id: phaseId, kind: 'rubric-phase', title: phase.title, summary: phase.summary, url: canonicalUrl('rubric-phase', phaseId, phase.slug) });
    for (const item of phase.items) {
      entries.set(item.id, { id: item.id, kind: 'rubric-item', title: item.title, summary: item.summary, url: canonicalUrl('rubric-item', item.id, phase.slug) });
      for (const other of [...item.patterns, ...item.pitfalls]) link(item.id, other);
      for (const { pitfall } of item.commonPitfalls) if (pitfall) link(item.id, pitfall);
    }
    for (const flag of phase.redFlags) {
      // A red flag's text is inline Markdown; wherever a title goes, only its plain text can.
      entries.set(flag.id, { id: flag.id, kind: 'red-flag', title: plainText(flag.text), summary: plainText(flag.text), url: canonicalUrl('red-flag', flag.id, phase.slug) });
      if (flag.pitfall) link(flag.id, flag.pitfall);
      if (flag.item) link(flag.id, flag.item);
    }
  }

  return {
    entries,
    related(id) {
      return [...(links.get(id) ?? [])]
        .map((other) => entries.get(other))
        .filter((entry): entry is CatalogEntry => entry !== undefined)
        .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id, 'en', { numeric: true }));
    },
  };
}

/** Keywords given to more than one entry (in any case), each as "keyword: first, second"; on two entries a keyword would rank neither. */
export function sharedKeywords(entries: readonly { id: string; keywords: readonly string[] }[]): string[] {
  const owners = new Map<string, string>();
  const shared: string[] = [];
  for (const { id, keywords } of entries) {
    for (const keyword of keywords) {
      const owner = owners.get(keyword.toLowerCase());
      if (owner === undefined) owners.set(keyword.toLowerCase(), id);
      else shared.push(`${keyword}: ${owner}, ${id}`);
    }
  }
  return shared;
}
