// Wires the review checklist to localStorage, the share URL (?review=…),
// the Markdown export and reset. State logic lives in src/lib/review-state.ts.
import {
  countVerdicts,
  decodeState,
  describeCounts,
  emptyState,
  encodeState,
  exportMarkdown,
  hasContent,
  mergeStates,
  parseJson,
  parseState,
  sameReview,
  SHARE_LIMIT,
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

export async function initReview(): Promise<void> {
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

  const choice = form.querySelector<HTMLElement>('[data-review-choice]');
  const undo = form.querySelector<HTMLButtonElement>('[data-review-undo]');
  const controls = () => form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>(
    'fieldset input, fieldset textarea, [data-review-actions] button',
  );

  const stored = readStorage();
  const mine = parseState(parseJson(stored), items);
  let state: ReviewState | undefined = mine;
  // A shared review waiting for the reader's choice: shown read-only, never
  // saved over the reader's own review until they choose.
  let shared: ReviewState | undefined;
  const fromUrl = new URLSearchParams(location.search).get('review');
  if (fromUrl !== null) {
    history.replaceState(null, '', location.pathname);
    const incoming = parseState(await decodeState(fromUrl), items);
    if (!incoming) say(mine ? 'The shared review link could not be read; your own review is unchanged.' : 'The shared review link could not be read; starting a new review.');
    else if (!mine || !hasContent(mine) || sameReview(mine, incoming)) {
      state = incoming;
      say('Loaded the shared review.');
    } else shared = incoming;
  } else if (stored !== null && !mine) say('The saved review could not be read; starting a new review.');
  state ??= emptyState(allPhases);

  const render = () => {
    const current = shared ?? state ?? emptyState(allPhases);
    if (choice) choice.hidden = !shared;
    for (const control of controls()) control.disabled = Boolean(shared);
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

  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-review-choose]')) {
    button.addEventListener('click', () => {
      if (!shared || !state) return;
      const how = button.dataset.reviewChoose;
      state = how === 'replace' ? shared : how === 'merge' ? mergeStates(state, shared) : state;
      shared = undefined;
      writeStorage(state);
      render();
      say(how === 'replace' ? 'Your review is replaced by the shared one.' : how === 'merge' ? 'The shared review is merged into yours.' : 'You kept your own review; the shared one is closed.');
      form.querySelector<HTMLInputElement>('input[data-phase-box]')?.focus();
    });
  }

  form.addEventListener('change', () => {
    if (undo) undo.hidden = true;
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
    const value = await encodeState(state ?? emptyState(allPhases));
    if (value.length > SHARE_LIMIT) {
      say(`This review is too long to share as a link (${value.length.toLocaleString('en')} characters; links hold ${SHARE_LIMIT.toLocaleString('en')}). Export Markdown and share that instead.`);
      return;
    }
    const url = `${location.origin}${location.pathname}?review=${value}`;
    say((await writeClipboard(url)) ? 'A link to this review is copied.' : `Copy this link: ${url}`);
  });
  form.querySelector('[data-review-print]')?.addEventListener('click', () => window.print());
  let beforeReset: ReviewState | undefined;
  form.querySelector('[data-review-reset]')?.addEventListener('click', () => {
    beforeReset = state;
    state = emptyState(allPhases);
    writeStorage(undefined);
    if (markdownLabel) markdownLabel.hidden = true;
    render();
    say('The review is reset.');
    if (undo && beforeReset && hasContent(beforeReset)) undo.hidden = false;
  });
  undo?.addEventListener('click', () => {
    if (!beforeReset) return;
    state = beforeReset;
    beforeReset = undefined;
    undo.hidden = true;
    writeStorage(state);
    render();
    say('The reset is undone.');
  });

  render();
  if (shared) choice?.querySelector<HTMLButtonElement>('[data-review-choose="keep"]')?.focus(); // the choice that loses nothing
  else writeStorage(state);
}
