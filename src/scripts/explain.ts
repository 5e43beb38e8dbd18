// Wires /explain/: reads the pasted output when the form is submitted (or
// text is pasted), shows what src/lib/explain.ts found, and copies the
// findings as a Markdown review comment.
import { explain, reviewComment, type Explained, type KnownCheck } from '../lib/explain.ts';
import { selectForCopy, writeClipboard } from './clipboard.ts';

/** Lines shown per check before "and N more". */
const SHOWN_LINES = 3;
/** Unknown lines shown before "and N more": a long paste must not turn into a page of noise. */
const SHOWN_UNKNOWN = 50;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = element('a', text);
  a.href = href;
  return a;
}

function render(explained: Explained): HTMLElement {
  const out = element('div');
  if (explained.known.length > 0) {
    const heading = element('h2', 'Explained by the guide');
    heading.id = 'known';
    const list = element('ul', undefined, 'explain__known');
    for (const { check, lines } of explained.known) {
      const entry = element('li');
      const title = element('p', undefined, 'explain__check');
      const name = element('code', check.name);
      const checkLink = link('', `/checks/${check.slug}/`);
      checkLink.append(name);
      title.append(checkLink, ': ');
      check.entries.forEach((entry, i) => title.append(...(i > 0 ? [', '] : []), link(entry.title, entry.url)));
      const shown = element('ul', undefined, 'explain__lines');
      for (const line of lines.slice(0, SHOWN_LINES)) {
        const item = element('li');
        item.append(element('code', line));
        shown.append(item);
      }
      if (lines.length > SHOWN_LINES) shown.append(element('li', `and ${lines.length - SHOWN_LINES} more`, 'muted'));
      entry.append(title, shown);
      list.append(entry);
    }
    out.append(heading, list);
  }
  if (explained.unknown.length > 0) {
    const heading = element('h2', 'Not in the guide');
    heading.id = 'unknown';
    const note = element('p', 'No entry covers these lines yet. Search may still find a related page.', 'muted');
    const list = element('ul', undefined, 'explain__lines');
    for (const line of explained.unknown.slice(0, SHOWN_UNKNOWN)) {
      const item = element('li');
      item.append(element('code', line), ' ', link('Search', `/search/?q=${encodeURIComponent(line.slice(0, 200))}`));
      list.append(item);
    }
    if (explained.unknown.length > SHOWN_UNKNOWN) list.append(element('li', `and ${explained.unknown.length - SHOWN_UNKNOWN} more`, 'muted'));
    out.append(heading, note, list);
  }
  return out;
}

function describe(explained: Explained): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (explained.known.length === 0 && explained.unknown.length === 0) {
    return explained.skipped === 0 ? 'Paste some output first.' : 'None of these lines is a diagnostic or message the guide knows.';
  }
  const parts = [`${count(explained.known.length, 'check', 'checks')} the guide explains`];
  if (explained.unknown.length > 0) parts.push(`${count(explained.unknown.length, 'line', 'lines')} it does not cover`);
  if (explained.skipped > 0) parts.push(`${count(explained.skipped, 'other line', 'other lines')} (stack frames, test output) passed over`);
  return `${parts.join('; ')}.`;
}

export function initExplain(): void {
  const form = document.querySelector<HTMLFormElement>('[data-explain]');
  const results = document.querySelector<HTMLElement>('[data-explain-results]');
  const status = form?.querySelector<HTMLElement>('[data-explain-status]');
  const copy = form?.querySelector<HTMLButtonElement>('[data-explain-copy]');
  const input = form?.querySelector<HTMLTextAreaElement>('textarea[name="output"]');
  const fallback = form?.querySelector<HTMLElement>('[data-explain-markdown-label]');
  const markdownBox = fallback?.querySelector<HTMLTextAreaElement>('textarea');
  if (!form || !results || !status || !copy || !input || !fallback || !markdownBox) return;
  const checks = JSON.parse(form.dataset.checks ?? '[]') as KnownCheck[];
  let last: Explained | undefined;

  const run = (): void => {
    last = explain(input.value, checks);
    results.replaceChildren(render(last));
    status.textContent = describe(last);
    copy.hidden = last.known.length === 0;
    fallback.hidden = true;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  // Pasting is the usual way in: explain at once, after the text has landed.
  input.addEventListener('paste', () => setTimeout(run, 0));
  copy.addEventListener('click', () => {
    if (!last) return;
    const markdown = reviewComment(last, location.origin);
    void writeClipboard(markdown).then((copied) => {
      if (copied) {
        status.textContent = 'Copied the review comment as a Markdown list.';
        return;
      }
      // Shown in a box of its own, so the pasted output stays as it was.
      markdownBox.value = markdown;
      fallback.hidden = false;
      selectForCopy(markdownBox);
      status.textContent = 'The browser refused the clipboard: the review comment is in the box below, selected; press Ctrl+C to copy it.';
    });
  });
}
