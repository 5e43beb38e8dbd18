// The ID and URL contract: how an ID becomes an anchor and a page address.

/** R2.1 → r2-1, RF2.3 → rf2-3: the fragment a rubric ID is anchored at. */
export function anchorFor(id: string): string {
  return id.toLowerCase().replace(/\./g, '-');
}

/** The /id/<id>/ permalink that redirects to the canonical place. */
export function idPath(id: string): string {
  return `/id/${id.toLowerCase()}/`;
}

export type IdKind = 'pattern' | 'pitfall' | 'rubric-phase' | 'rubric-item' | 'red-flag';

/**
 * The canonical URL of an ID. `phaseSlug` is the rubric phase's file name,
 * needed for the rubric kinds.
 */
export function canonicalUrl(kind: IdKind, id: string, phaseSlug = ''): string {
  switch (kind) {
    case 'pattern':
      return `/patterns/${id}/`;
    case 'pitfall':
      return `/pitfalls/${id}/`;
    case 'rubric-phase':
      return `/rubric/${phaseSlug}/`;
    case 'rubric-item':
    case 'red-flag':
      return `/rubric/${phaseSlug}/#${anchorFor(id)}`;
  }
}
