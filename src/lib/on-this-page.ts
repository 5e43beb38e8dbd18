// The "On this page" list of an entry: its Markdown sections (h2), then the
// sections its page template adds at the end when they have anything in them.
export interface TocLink {
  href: string;
  text: string;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export function entrySections(headings: Heading[], end: { corrections: boolean; related: boolean; sources: boolean }): TocLink[] {
  const links = headings
    .filter((heading) => heading.depth === 2)
    // Astro takes a heading's text after src/lib/heading-permalinks.ts has appended its "#" link.
    .map((heading) => ({ href: `#${heading.slug}`, text: heading.text.endsWith('#') ? heading.text.slice(0, -1).trimEnd() : heading.text }));
  if (end.corrections) links.push({ href: '#corrections', text: 'Corrected from the source' });
  if (end.related) links.push({ href: '#related', text: 'Related' });
  if (end.sources) links.push({ href: '#sources', text: 'Sources' });
  return links;
}
