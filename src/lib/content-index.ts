// Scans content/ before Astro loads it, so the schemas can check that every
// related ID exists and that no ID is claimed twice, naming file and field.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { RegistryEntry } from './id-registry.ts';
import { canonicalUrl, type IdKind } from './urls.ts';

export const CONTENT_DIR = resolve(process.cwd(), process.env.CONTENT_DIR ?? 'content');

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type { IdKind };

export interface ContentIndex {
  /** Every ID of the site, with its kind and the files that declare it. */
  ids: Map<string, { kind: IdKind; files: string[] }>;
  /** Source document IDs, the keys of sources.yaml. */
  sources: Set<string>;
}

/**
 * Parses YAML read from file, naming the file and the line in any syntax
 * error: Astro reports these without either. firstLine is the file's line
 * where the YAML text starts (2 for front matter after its opening ---).
 */
export function parseYaml(text: string, file: string, firstLine = 1): unknown {
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const at = error.linePos?.[0];
    const where = at ? `${file}:${at.line + firstLine - 1}:${at.col}` : file;
    // The message's own "at line N" counts from the start of the YAML text, not of the file.
    const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new Error(`${where}: ${message}`, { cause: error });
  }
}

function frontmatter(dir: string, file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'));
  const data: unknown = match ? parseYaml(match[1] ?? '', `content/${file}`, 2) : {};
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

function listIds(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => (entry && typeof entry === 'object' && typeof entry.id === 'string' ? [entry.id] : []));
}

export function scanContent(dir = CONTENT_DIR): ContentIndex {
  const ids: ContentIndex['ids'] = new Map();
  const add = (id: string, kind: IdKind, file: string) => {
    const known = ids.get(id);
    if (known) known.files.push(file);
    else ids.set(id, { kind, files: [file] });
  };
  const files = (sub: string) =>
    existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).filter((name) => name.endsWith('.mdx')).sort() : [];

  for (const [sub, kind] of [['patterns', 'pattern'], ['pitfalls', 'pitfall']] as const) {
    for (const name of files(sub)) {
      const id = name.replace(/\.mdx$/, '');
      if (!SLUG.test(id)) throw new Error(`content/${sub}/${name}: the file name is the ID and must be kebab-case`);
      add(id, kind, `${sub}/${name}`);
    }
  }
  for (const name of files('rubric')) {
    const file = `rubric/${name}`;
    const data = frontmatter(dir, file);
    if (typeof data.phase === 'number') add(`R${data.phase}`, 'rubric-phase', file);
    for (const id of listIds(data.items)) add(id, 'rubric-item', file);
    for (const id of listIds(data.redFlags)) add(id, 'red-flag', file);
  }
  const sourcesFile = join(dir, 'sources.yaml');
  const sources = existsSync(sourcesFile) ? Object.keys((parseYaml(readFileSync(sourcesFile, 'utf8'), 'content/sources.yaml') ?? {}) as object) : [];
  return { ids, sources: new Set(sources) };
}

/** IDs are case-insensitive in URLs (/id/r2.1/), so R2.1 and r2.1 would collide. */
export function duplicateIds(index: ContentIndex): string[] {
  const seen = new Map<string, string[]>();
  for (const [id, { files }] of index.ids) {
    const key = id.toLowerCase();
    seen.set(key, [...(seen.get(key) ?? []), ...files.map((file) => `${id} in ${file}`)]);
  }
  return [...seen.values()].filter((claims) => claims.length > 1).map((claims) => claims.join(' and '));
}

/** Every ID with its kind and canonical URL, as scanned from content/. */
export function currentIds(index: ContentIndex): Map<string, { kind: IdKind; url: string }> {
  const ids = new Map<string, { kind: IdKind; url: string }>();
  for (const [id, { kind, files }] of index.ids) {
    const phaseSlug = (files[0] ?? '').replace(/^rubric\/(.*)\.mdx$/, '$1');
    ids.set(id, { kind, url: canonicalUrl(kind, id, phaseSlug) });
  }
  return ids;
}

/**
 * The published IDs, content/id-registry.json. A content directory without
 * one has published nothing (test fixtures); a unit test checks content/.
 */
export function readRegistry(dir = CONTENT_DIR): RegistryEntry[] {
  const file = join(dir, 'id-registry.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RegistryEntry[]) : [];
}
