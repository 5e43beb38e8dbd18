// Checks the built site in dist/: every internal href, src and srcset, every
// meta-refresh target (the /id/ redirect pages), every URL in /ids.json and
// every #fragment must land on a file that exists and an element with that id.
// Published links are a public contract, so a broken one fails `npm test`.
//
// Usage: node scripts/check-links.ts [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

/** A link found in a page: where it was written, and the URL as written. */
export interface Link {
  from: string;
  url: string;
}

/** What the checker needs from one HTML page. */
export interface PageScan {
  links: string[];
  ids: Set<string>;
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/** The URLs of a srcset: each candidate is a URL and an optional descriptor. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** The target of `<meta http-equiv="refresh" content="0; url=/x/">`, if any. */
export function refreshTarget(content: string): string | undefined {
  const match = /^\s*\d+(?:\.\d+)?\s*[;,]\s*url\s*=\s*(['"]?)(.*?)\1\s*$/i.exec(content);
  return match?.[2] || undefined;
}

/** The links and element ids of an HTML document. */
export function scanHtml(html: string): PageScan {
  const links: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id'] !== undefined) ids.add(attributes['id']);
        // <a name> is an older anchor form that browsers still scroll to.
        if (name === 'a' && attributes['name'] !== undefined) ids.add(attributes['name']);
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          links.push(...(attribute === 'srcset' ? srcsetUrls(value) : [value.trim()]));
        }
        if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
          const target = refreshTarget(attributes['content'] ?? '');
          if (target) links.push(target);
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { links, ids };
}

/** The URLs /ids.json publishes: each entry's url and permalink. */
export function idsJsonUrls(json: string): string[] {
  const entries: unknown = JSON.parse(json);
  if (!Array.isArray(entries)) throw new Error('ids.json is not a list');
  return entries.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return [];
    const record = entry as Record<string, unknown>;
    return [record['url'], record['permalink']].filter((url): url is string => typeof url === 'string');
  });
}

/**
 * Resolves a link written on the page at `fromPath` (a site path such as
 * /patterns/x/) to a site path and fragment, or undefined when it points to
 * another origin or is not a navigable URL (mailto:, data:, javascript:).
 */
export function resolveLink(url: string, fromPath: string, origin: string): { path: string; fragment: string } | undefined {
  let resolved: URL;
  try {
    resolved = new URL(url, new URL(fromPath, origin));
  } catch {
    // An unparsable URL is a broken link, reported against the raw text.
    return { path: url, fragment: '' };
  }
  if (resolved.origin !== new URL(origin).origin) return undefined;
  return { path: decodeURIComponent(resolved.pathname), fragment: decodeURIComponent(resolved.hash.slice(1)) };
}

/**
 * The file in dist/ that serves a site path, the way `astro preview` and
 * static hosts do: /x/ serves x/index.html, /x serves x or x.html.
 */
export function candidateFiles(path: string): string[] {
  const clean = path.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return [`${clean}index.html`];
  return [clean, `${clean}.html`, `${clean}/index.html`];
}

/** Every broken link of the site, as readable messages; empty when all resolve. */
export function brokenLinks(pages: Map<string, PageScan>, files: Set<string>, links: Link[], origin: string): string[] {
  const problems: string[] = [];
  for (const { from, url } of links) {
    const target = resolveLink(url, from, origin);
    if (!target) continue;
    const file = candidateFiles(target.path).find((candidate) => files.has(candidate));
    if (!file) {
      problems.push(`${from}: ${url} → no file serves ${target.path}`);
      continue;
    }
    if (target.fragment === '' || target.fragment === 'top') continue;
    const page = pages.get(file);
    if (!page) problems.push(`${from}: ${url} → #${target.fragment} points into ${file}, which is not an HTML page`);
    else if (!page.ids.has(target.fragment)) problems.push(`${from}: ${url} → ${file} has no element with id "${target.fragment}"`);
  }
  return problems;
}

/** The site path a dist/ file is served at: patterns/x/index.html → /patterns/x/. */
export function sitePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function main(dist: string, origin: string): number {
  const files = new Set(walk(dist).map((file) => relative(dist, file).split(sep).join('/')));
  const pages = new Map<string, PageScan>();
  const links: Link[] = [];
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const scan = scanHtml(readFileSync(join(dist, file), 'utf8'));
    pages.set(file, scan);
    const from = sitePath(file);
    links.push(...scan.links.map((url) => ({ from, url })));
  }
  if (!files.has('ids.json')) {
    console.error(`check-links: ${dist}/ids.json is missing; build the site first`);
    return 1;
  }
  links.push(...idsJsonUrls(readFileSync(join(dist, 'ids.json'), 'utf8')).map((url) => ({ from: '/ids.json', url })));
  const problems = brokenLinks(pages, files, links, origin);
  for (const problem of problems) console.error(problem);
  console.log(`check-links: ${links.length} links in ${pages.size} pages and ids.json, ${problems.length} broken`);
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.main) {
  // The origin the build was given: its canonical links point there. A build
  // without SITE_URL has no absolute links to the site, so any origin will do.
  process.exitCode = main(process.argv[2] ?? 'dist', process.env.SITE_URL ?? 'http://localhost:4329');
}
