// Renders the inline Markdown used in frontmatter strings (code spans, bold,
// emphasis, links) to HTML, or to plain text where only text can go (a page
// title, ids.json, a related list). In HTML everything else is escaped, so
// data can never inject markup.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function formatText(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])_(.+?)_(?=$|[\s).,;:!?])/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\(((?:\/|#|https:\/\/)[^\s)]*)\)/g, '<a href="$2">$1</a>');
}

/** Code spans are cut out first so that `*` or `_` inside code stays literal. */
export function inlineMarkdown(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : formatText(part)))
    .join('');
}

/** The text a reader sees of inline Markdown: code spans, emphasis and link targets dropped, their text kept. */
export function plainText(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      /^`[^`]+`$/.test(part)
        ? part.slice(1, -1)
        : part
            .replace(/\*\*(.+?)\*\*/g, '$1')
            .replace(/(^|[\s(])_(.+?)_(?=$|[\s).,;:!?])/g, '$1$2')
            .replace(/\[([^\]]+)\]\(((?:\/|#|https:\/\/)[^\s)]*)\)/g, '$1'),
    )
    .join('');
}
