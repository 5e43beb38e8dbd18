// Wires the review checklist to localStorage, the share URL (?review=…),
// the Markdown export and reset. State logic lives in src/lib/review-state.ts.
import {
  countVerdicts,
  decodeState,
  describeCounts,
  emptyState,
  encodeState,
  exportMarkdown,
  parseJson,
  parseState,
  type ChecklistItem,
  type ReviewState,
  type Verdict,
} from '../lib/review-state.ts';
import { selectForCopy, writeClipboard } from './clipboard.ts';

const STORAGE_KEY = 'gfg-review';

function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStorage(state: ReviewState | undefined): void {
  try {
    if (state) localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked or full: the review still works for this visit.
  }
}

export function initReview(): void {
  const form = document.querySelector<HTMLElement>('[data-review]');
  if (!form) return;
  const status = form.querySelector<HTMLElement>('[data-review-status]');
  const counts = form.querySelector<HTMLElement>('[data-review-counts]');
  const markdown = form.querySelector<HTMLTextAreaElement>('[data-review-markdown]');
  const markdownLabel = form.querySelector<HTMLElement>('[data-review-markdown-label]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  const items: ChecklistItem[] = [...form.querySelectorAll<HTMLElement>('[data-item]')].map((fieldset) => ({
    id: fieldset.dataset.item ?? '',
    title: fieldset.dataset.title ?? '',
    phase: fieldset.closest<HTMLElement>('[data-phase]')?.dataset.phase ?? '',
  }));
  const phaseTitles = Object.fromEntries(
    [...form.querySelectorAll<HTMLElement>('[data-phase]')].map((section) => [section.dataset.phase ?? '', section.dataset.phaseTitle ?? '']),
  );
  const allPhases = Object.keys(phaseTitles);

  const fromUrl = new URLSearchParams(location.search).get('review');
  let state: ReviewState | undefined;
  if (fromUrl !== null) {
    state = parseState(decodeState(fromUrl), items);
    say(state ? 'Loaded the shared review.' : 'The shared review link could not be read; starting a new review.');
    history.replaceState(null, '', location.pathname);
  } else {
    const stored = readStorage();
    state = parseState(parseJson(stored), items);
    if (stored !== null && !state) say('The saved review could not be read; starting a new review.');
  }
  state ??= emptyState(allPhases);

  const render = () => {
    const current = state ?? emptyState(allPhases);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[data-phase-box]')) box.checked = current.phases.includes(box.value);
    for (const section of form.querySelectorAll<HTMLElement>('[data-phase]')) section.hidden = !current.phases.includes(section.dataset.phase ?? '');
    for (const item of items) {
      const { verdict, note = '' } = current.items[item.id] ?? {};
      for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="verdict-${item.id}"]`)) radio.checked = radio.value === verdict;
      const textarea = form.querySelector<HTMLTextAreaElement>(`textarea[name="note-${item.id}"]`);
      if (textarea) textarea.value = note;
    }
    const c = countVerdicts(current, items);
    if (counts) counts.textContent = `${describeCounts(c)} items.`;
  };

  const readForm = (): ReviewState => {
    const next = emptyState([...form.querySelectorAll<HTMLInputElement>('input[data-phase-box]:checked')].map((box) => box.value));
    for (const item of items) {
      const verdict = form.querySelector<HTMLInputElement>(`input[name="verdict-${item.id}"]:checked`)?.value as Verdict | undefined;
      const note = form.querySelector<HTMLTextAreaElement>(`textarea[name="note-${item.id}"]`)?.value.trim() ?? '';
      if (verdict || note) next.items[item.id] = { ...(verdict ? { verdict } : {}), ...(note ? { note } : {}) };
    }
    return next;
  };

  form.addEventListener('change', () => {
    state = readForm();
    writeStorage(state);
    render();
  });
  form.addEventListener('input', (event) => {
    if (event.target instanceof HTMLTextAreaElement && event.target !== markdown) {
      state = readForm();
      writeStorage(state);
    }
  });

  form.querySelector('[data-review-export]')?.addEventListener('click', async () => {
    const text = exportMarkdown(state ?? emptyState(allPhases), items, phaseTitles, location.origin);
    if (markdown && markdownLabel) {
      markdown.value = text;
      markdownLabel.hidden = false;
    }
    if (await writeClipboard(text)) say('The Markdown summary is copied: paste it into the pull request.');
    else {
      if (markdown) selectForCopy(markdown);
      say('The Markdown summary is selected: press Ctrl+C to copy it.');
    }
  });
  form.querySelector('[data-review-share]')?.addEventListener('click', async () => {
    const url = `${location.origin}${location.pathname}?review=${encodeState(state ?? emptyState(allPhases))}`;
    say((await writeClipboard(url)) ? 'A link to this review is copied.' : `Copy this link: ${url}`);
  });
  form.querySelector('[data-review-print]')?.addEventListener('click', () => window.print());
  form.querySelector('[data-review-reset]')?.addEventListener('click', () => {
    state = emptyState(allPhases);
    writeStorage(undefined);
    if (markdownLabel) markdownLabel.hidden = true;
    render();
    say('The review is reset.');
  });

  render();
  writeStorage(state);
}
