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

/**
 * `**[R2.1] Manage goroutine lifecycles**: Every goroutine has … <link>`.
 * Code spans in the summary are kept; the link is bare so both GitHub and
 * GitLab turn it into a link.
 */
export function reviewComment(entry: Citable, origin: string): string {
  const summary = entry.summary
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : escapeMarkdown(part)))
    .join('');
  return `**[${entry.id}] ${escapeMarkdown(entry.title)}**: ${summary} ${permalink(origin, entry.id)}`;
}
