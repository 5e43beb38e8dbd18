// The text the share buttons copy: a permanent link, and a review comment in
// Markdown that GitHub and GitLab both render.
import { idPath } from './urls.ts';

export interface Citable {
  id: string;
  title: string;
  summary: string;
}

/** The /id/ link, which keeps resolving even if the entry moves. */
export function permalink(origin: string, id: string): string {
  return `${origin.replace(/\/+$/, '')}${idPath(id)}`;
}

/** Markdown characters that would change how a title renders. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_[\]<>|])/g, '\\$1');
}

/** Markdown with its code spans kept and everything else escaped. */
function keepCodeSpans(text: string, escape: (part: string) => string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : escape(part)))
    .join('');
}

/**
 * Text a person typed, such as a review note, for a Markdown comment: it
 * reads as typed. Code spans stay code; links, images, HTML and emphasis are
 * escaped, and @mentions become code so that they notify nobody.
 */
export function literalMarkdown(text: string): string {
  return keepCodeSpans(text, (part) => escapeMarkdown(part).replace(/(^|[^\w`])(@[\w-]+(?:\/[\w.-]+)?)/g, '$1`$2`'));
}

/**
 * `**[R2.1] Manage goroutine lifecycles**: Every goroutine has … <link>`.
 * Code spans in the summary are kept; the link is bare so both GitHub and
 * GitLab turn it into a link.
 */
export function reviewComment(entry: Citable, origin: string): string {
  return `**[${entry.id}] ${escapeMarkdown(entry.title)}**: ${keepCodeSpans(entry.summary, escapeMarkdown)} ${permalink(origin, entry.id)}`;
}
