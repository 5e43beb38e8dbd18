// Turns Pagefind's page results into the rows the search shows: a rubric
// page's matching items and red flags become rows of their own, an exact ID
// match goes first, and every row says its kind and ID.

export type RowKind = 'Pattern' | 'Pitfall' | 'Rubric item' | 'Red flag' | 'Rubric phase';
export const ROW_KINDS: RowKind[] = ['Pattern', 'Pitfall', 'Rubric item', 'Red flag', 'Rubric phase'];

export interface Row {
  kind: RowKind;
  id: string;
  title: string;
  url: string;
  /** Pagefind's excerpt: page text with <mark> around matches. */
  excerpt: string;
}

export interface PageResult {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: { title?: string; kind?: string; id?: string };
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { id?: string }; weighted_locations?: { balanced_score: number }[] }[];
}

export interface IdEntry {
  id: string;
  kind: string;
  title: string;
  url: string;
}

const ID_KINDS: Record<string, RowKind> = {
  pattern: 'Pattern',
  pitfall: 'Pitfall',
  'rubric-item': 'Rubric item',
  'red-flag': 'Red flag',
  'rubric-phase': 'Rubric phase',
};

/** "r2-1" → "R2.1", "rf2-3" → "RF2.3"; undefined for other anchors. */
export function idFromAnchor(anchor: string | undefined): string | undefined {
  const match = /^(rf?)(\d+)-(\d+)$/.exec(anchor ?? '');
  return match ? `${match[1]?.toUpperCase()}${match[2]}.${match[3]}` : undefined;
}

/** A heading's text without its leading ID and trailing permalink "#". */
function headingTitle(text: string, id: string): string {
  return text.replace(/#\s*$/, '').replace(new RegExp(`^\\s*${id.replace('.', '\\.')}\\s*`), '').trim();
}

export function rowsFromPage(page: PageResult): Row[] {
  const title = page.meta.title ?? page.url;
  if (page.meta.kind !== 'Rubric') {
    return [{ kind: page.meta.kind === 'Pitfall' ? 'Pitfall' : 'Pattern', id: page.meta.id ?? '', title, url: page.url, excerpt: page.excerpt }];
  }
  // Pagefind lists a page's sections in page order; the best-matching item goes first.
  const score = (sub: NonNullable<PageResult['sub_results']>[number]) => (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
  const rows: Row[] = [];
  for (const sub of [...(page.sub_results ?? [])].sort((a, b) => score(b) - score(a))) {
    const id = idFromAnchor(sub.anchor?.id);
    if (id) rows.push({ kind: id.startsWith('RF') ? 'Red flag' : 'Rubric item', id, title: headingTitle(sub.title, id), url: sub.url, excerpt: sub.excerpt });
  }
  const phase = /^R\d+/.exec(title)?.[0] ?? '';
  return rows.length ? rows : [{ kind: 'Rubric phase', id: phase, title: title.replace(/^R\d+\s*/, ''), url: page.url, excerpt: page.excerpt }];
}

/**
 * The query as Pagefind is asked it. Go's channel operator `<-` is not part of
 * any indexed word, and Pagefind would keep its `-` (kept in words for `-race`)
 * and find nothing: `<-ctx.Done()` searches for `ctx.Done()`.
 */
export function pagefindQuery(query: string): string {
  return query.replace(/<-/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Words of a question that say nothing about its topic. Pagefind requires every
 * word and ranks by how often each appears, so in "how to test an http handler"
 * the pages that say "how" and "to" most win over the one about handler tests.
 * Compared in lower case; Go words such as `for`, `as`, `not`, `go` stay.
 */
const FILLER = new Set(['a', 'about', 'am', 'an', 'are', 'best', 'can', 'correctly', 'could', 'do', 'does', 'golang', 'how', 'i', 'in', 'is', 'it', 'me', 'my', 'of', 'should', 'the', 'this', 'to', 'way', 'we', 'what', 'when', 'where', 'which', 'why', 'would', 'you', 'your']);

/**
 * The query a reader typed, as Pagefind is asked it: pagefindQuery without
 * the question's filler words, unless nothing else is left or the reader
 * quoted a phrase (Pagefind then matches the words in order).
 */
export function typedQuery(query: string): string {
  const plain = pagefindQuery(query);
  if (plain.includes('"')) return plain;
  const kept = plain.split(' ').filter((word) => !FILLER.has(word.toLowerCase()));
  return kept.length ? kept.join(' ') : plain;
}

/** Words a pasted line may hold that no page can match: positions, addresses, numbers. */
const NOISE = /^[\d.]+$|0x[0-9a-f]|:\d/i;

/** A token only a pasted tool line holds: a memory address or a file position (main.go:12). */
const PASTED = /0x[0-9a-f]|\.go:\d/i;

/**
 * Whether a query is a pasted tool line: one with an address or a file
 * position in it. Its numbers then only match by accident, since Pagefind
 * matches a number as the start of a longer one ("8" finds "800").
 */
export function isPastedLine(query: string): boolean {
  return pagefindQuery(query).split(/\s+/).some((token) => PASTED.test(token));
}

/** At most this many words of a pasted line are tried, one search each. */
export const MAX_PASTED_WORDS = 10;

/**
 * The distinct words of a pasted tool or runtime line that can be searched
 * for: file positions (main.go:12:2), addresses and other numbers, and the
 * punctuation around words go; identifiers (response.WriteHeader) and check
 * codes (SA2002, G112) stay whole. At most MAX_PASTED_WORDS.
 */
export function pastedWords(query: string): string[] {
  const seen = new Set<string>();
  return searchableWords(query)
    .filter((token) => {
      const key = token.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_PASTED_WORDS);
}

/** A text's words in order, without the punctuation around them and without positions, addresses and numbers. */
function searchableWords(text: string): string[] {
  return pagefindQuery(text)
    .split(/\s+/)
    .map((token) => token.replace(/^[^\w%-]+|[^\w%]+$/g, ''))
    .filter((token) => token && !NOISE.test(token) && !/^[-%.]+$/.test(token));
}

/** Words as a phrase match compares them: lower case, and "copy-on-write" as "copy on write". */
const phraseText = (text: string) => searchableWords(text).join(' ').toLowerCase().replace(/(\w)-(?=\w)/g, '$1 ');

/** Fewer words in a row than this are no phrase: two words side by side are common on every page. */
const MIN_PHRASE = 3;
/** Only the first words of a long query make phrases, which bounds the work per page. */
const MAX_PHRASE = 12;

/** The query's words that make its phrases: at most MAX_PHRASE. */
const phraseWords = (query: string) => phraseText(query).split(' ').filter(Boolean).slice(0, MAX_PHRASE);

/** The longest run of the query's words (MIN_PHRASE or more) that a text has in the same order, as phrase words joined by spaces; '' if none. */
function longestRun(words: string[], haystack: string): string {
  for (let length = words.length; length >= MIN_PHRASE; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const run = words.slice(start, start + length).join(' ');
      if (haystack.includes(` ${run} `)) return run;
    }
  }
  return '';
}

/**
 * The most words of the query, one after another, that a page's text has one
 * after another, as a phrase match counts them (case, punctuation, numbers and
 * positions aside); 0 when fewer than MIN_PHRASE.
 */
export function longestPhrase(query: string, text: string): number {
  const run = longestRun(phraseWords(query), ` ${phraseText(text)} `);
  return run ? run.split(' ').length : 0;
}

/** How much a page quoting the whole query gains over Pagefind's score; a page quoting part of it gains that part's share. */
const PHRASE_BOOST = 0.35;

/**
 * Pages ranked by Pagefind's score, raised for a page that alone, among
 * these pages, has a run of the query's words in the query's order: Pagefind
 * ranks by words, not by their order, so a page quoting a pasted message
 * could rank below one that only uses its words. A run that several pages
 * have is boilerplate (a race report's first line), and raises none of them.
 * The raise is bounded, so a page that is about the query's words still
 * outranks one that merely quotes them.
 */
export function rankByPhrase<T extends { content: string; score: number }>(pages: T[], query: string): T[] {
  const words = phraseWords(query);
  // Most queries are a word or two: no phrase, and no page text to prepare (some 20 ms for 25 pages).
  if (words.length < MIN_PHRASE) return pages;
  const haystacks = pages.map((page) => ` ${phraseText(page.content)} `);
  const runs = haystacks.map((haystack) => longestRun(words, haystack));
  const raise = (run: string) => {
    if (!run || haystacks.filter((haystack) => haystack.includes(` ${run} `)).length > 1) return 1;
    return 1 + (PHRASE_BOOST * run.split(' ').length) / words.length;
  };
  return pages
    .map((page, index) => ({ page, index, score: page.score * raise(runs[index] ?? '') }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ page }) => page);
}

/** The ID a query names, if any: R2.1, r2.1, r2-1, RF2.3, goroutine-leak. */
export function exactId(query: string, ids: IdEntry[]): IdEntry | undefined {
  const wanted = query.trim().toLowerCase().replace(/^(rf?\d+)-(\d+)$/, '$1.$2');
  return ids.find((entry) => entry.id.toLowerCase() === wanted);
}

/**
 * The rows of the pages in result order, at most `perPage` of each page until
 * every page has had its turn, then the rest: one rubric page matching in ten
 * items would otherwise push every pattern and pitfall down the list.
 */
export function spreadRows(pages: Row[][], perPage = 2): Row[] {
  return [...pages.flatMap((rows) => rows.slice(0, perPage)), ...pages.flatMap((rows) => rows.slice(perPage))];
}

/** Rows in result order with the exact ID match first and no duplicates. */
export function orderRows(rows: Row[], exact: IdEntry | undefined): Row[] {
  const ordered = exact
    ? [{ kind: ID_KINDS[exact.kind] ?? 'Pattern', id: exact.id, title: exact.title, url: exact.url, excerpt: '' } satisfies Row, ...rows]
    : rows;
  const seen = new Set<string>();
  return ordered.filter((row) => {
    const key = row.url;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Keeps from an excerpt only its text and <mark> elements, as plain parts. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  const decode = (html: string) =>
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index)), mark: false });
    parts.push({ text: decode(match[1] ?? ''), mark: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts.filter((part) => part.text);
}
