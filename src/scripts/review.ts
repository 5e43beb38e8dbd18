// Wires the review checklist to localStorage (several named reviews), the
// share URL (?review=…), the Markdown export and reset. State logic lives in
// src/lib/review-state.ts and src/lib/review-library.ts.
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
import { cleanName, dropReview, newReview, parseLibrary, putReview, unusedName, type NamedReview, type ReviewLibrary } from '../lib/review-library.ts';
import { selectForCopy, writeClipboard } from './clipboard.ts';

const LIBRARY_KEY = 'gfg-reviews';
/** Where the one review was kept before there were several; moved into the library under LEGACY_ID. */
const LEGACY_KEY = 'gfg-review';
const LEGACY_ID = 'review-1';

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

// Once storage refuses a write (blocked or full), the library lives in memory
// for this visit, and reads come from there instead of the stale stored copy.
let storageFailed = false;
let written: string | null = null;

function readLibraryText(): string | null {
  return storageFailed ? written : readStorage(LIBRARY_KEY);
}

function writeLibrary(library: ReviewLibrary | undefined): void {
  written = library ? JSON.stringify(library) : null;
  try {
    if (written === null) localStorage.removeItem(LIBRARY_KEY);
    else localStorage.setItem(LIBRARY_KEY, written);
    localStorage.removeItem(LEGACY_KEY);
  } catch {
    storageFailed = true;
  }
}

/** A fresh ID; crypto.randomUUID needs a secure context, which a plain-HTTP host is not. */
const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export async function initReview(): Promise<void> {
  const form = document.querySelector<HTMLElement>('[data-review]');
  if (!form) return;
  const status = form.querySelector<HTMLElement>('[data-review-status]');
  const counts = form.querySelector<HTMLElement>('[data-review-counts]');
  const markdown = form.querySelector<HTMLTextAreaElement>('[data-review-markdown]');
  const markdownLabel = form.querySelector<HTMLElement>('[data-review-markdown-label]');
  const say = (text: string) => {
    if (status) status.textContent = storageFailed ? `${text} This browser does not let the page save reviews: they last until it is closed.`.trim() : text;
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
  const picker = form.querySelector<HTMLSelectElement>('[data-review-select]');
  const nameBox = form.querySelector<HTMLInputElement>('[data-review-name]');
  const controls = () => form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement | HTMLSelectElement>(
    'fieldset input, fieldset textarea, [data-review-actions] button, [data-review-library] :is(select, input, button)',
  );

  // The library as stored now: another tab may have changed it since this one read it.
  const readLibrary = (): ReviewLibrary | undefined => {
    const text = readLibraryText();
    if (text !== null || storageFailed) return parseLibrary(parseJson(text), items);
    const legacy = parseState(parseJson(readStorage(LEGACY_KEY)), items);
    return legacy ? putReview(undefined, { id: LEGACY_ID, name: 'Review 1', state: legacy }) : undefined;
  };
  const stored = readLibraryText() ?? readStorage(LEGACY_KEY);
  const library = readLibrary();
  let current: NamedReview = library?.reviews.find((review) => review.id === library.last) ?? newReview(newId(), unusedName(library), allPhases);
  const mine = library ? current.state : undefined;
  let state: ReviewState | undefined = mine;
  // Every change is written into the library as stored now, so the other reviews, perhaps open in other tabs, are kept.
  const save = () => {
    current = { ...current, state: state ?? emptyState(allPhases) };
    writeLibrary(putReview(readLibrary(), current));
  };
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

  const renderLibrary = () => {
    if (nameBox && document.activeElement !== nameBox) nameBox.value = current.name;
    if (!picker) return;
    const reviews = putReview(readLibrary(), current).reviews;
    // Rebuilt only when the list changed, so a list open in the browser stays open.
    const listed = [...picker.options].map((option) => `${option.value}\n${option.text}`).join('\n');
    if (listed !== reviews.map((review) => `${review.id}\n${review.name}`).join('\n')) {
      picker.replaceChildren(...reviews.map((review) => new Option(review.name, review.id)));
    }
    picker.value = current.id;
  };

  const render = () => {
    renderLibrary();
    const shown = shared ?? state ?? emptyState(allPhases);
    if (choice) choice.hidden = !shared;
    for (const control of controls()) control.disabled = Boolean(shared);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[data-phase-box]')) box.checked = shown.phases.includes(box.value);
    for (const section of form.querySelectorAll<HTMLElement>('[data-phase]')) section.hidden = !shown.phases.includes(section.dataset.phase ?? '');
    for (const item of items) {
      const { verdict, note = '' } = shown.items[item.id] ?? {};
      for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="verdict-${item.id}"]`)) radio.checked = radio.value === verdict;
      const textarea = form.querySelector<HTMLTextAreaElement>(`textarea[name="note-${item.id}"]`);
      // Only a changed note is set: setting a value moves the caret of a note being typed.
      if (textarea && textarea.value.trim() !== note) textarea.value = note;
    }
    const c = countVerdicts(shown, items);
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
      if (how === 'new') current = newReview(newId(), unusedName(readLibrary()), allPhases);
      state = how === 'replace' || how === 'new' ? shared : how === 'merge' ? mergeStates(state, shared) : state;
      shared = undefined;
      save();
      render();
      say(
        how === 'new' ? `The shared review is saved as "${current.name}"; yours is kept.`
        : how === 'replace' ? 'Your review is replaced by the shared one.'
        : how === 'merge' ? 'The shared review is merged into yours.'
        : 'You kept your own review; the shared one is closed.',
      );
      form.querySelector<HTMLInputElement>('input[data-phase-box]')?.focus();
    });
  }

  form.addEventListener('change', (event) => {
    if (event.target === picker || event.target === nameBox) return;
    if (undo) undo.hidden = true;
    state = readForm();
    save();
    render();
  });
  form.addEventListener('input', (event) => {
    if (event.target instanceof HTMLTextAreaElement && event.target !== markdown) {
      state = readForm();
      save();
    }
  });

  // Each review keeps its own state; switching opens another one as it was left.
  const open = (review: NamedReview, message: string) => {
    current = review;
    state = review.state;
    if (undo) undo.hidden = true;
    if (markdownLabel) markdownLabel.hidden = true;
    save();
    render();
    say(message);
  };
  picker?.addEventListener('change', () => {
    const chosen = readLibrary()?.reviews.find((review) => review.id === picker.value);
    if (chosen) open(chosen, `Opened "${chosen.name}".`);
    else {
      renderLibrary();
      say('That review was deleted in another tab.');
    }
  });
  // A name cleared while typing falls back to the one it had when the box was entered.
  let nameBefore = current.name;
  nameBox?.addEventListener('focus', () => {
    nameBefore = current.name;
  });
  nameBox?.addEventListener('input', () => {
    current = { ...current, name: cleanName(nameBox.value, nameBefore) };
    save();
    renderLibrary();
  });
  nameBox?.addEventListener('change', () => {
    nameBox.value = current.name;
  });
  form.querySelector('[data-review-new]')?.addEventListener('click', () => {
    open(newReview(newId(), unusedName(readLibrary()), allPhases), 'A new review is started; name it after its pull request.');
    nameBox?.select();
  });
  // Undo brings back what the last reset (the review's verdicts and notes) or deletion (the whole review) removed.
  let undoable: { review: NamedReview; deleted: boolean } | undefined;
  const offerUndo = (review: NamedReview, deleted: boolean) => {
    undoable = { review, deleted };
    if (!undo || (!deleted && !hasContent(review.state))) return;
    undo.textContent = deleted ? 'Undo delete' : 'Undo reset';
    undo.hidden = false;
  };
  form.querySelector('[data-review-delete]')?.addEventListener('click', () => {
    const deleted = current;
    const rest = dropReview(readLibrary(), deleted.id);
    writeLibrary(rest);
    const next = rest?.reviews.find((review) => review.id === rest.last) ?? newReview(newId(), unusedName(rest), allPhases);
    open(next, `"${deleted.name}" is deleted.`);
    offerUndo(deleted, true);
  });
  // Another tab saved: show its changes to this review, and its list of reviews.
  window.addEventListener('storage', (event) => {
    if (storageFailed || (event.key !== LIBRARY_KEY && event.key !== null)) return;
    const stored = readLibrary()?.reviews.find((review) => review.id === current.id);
    if (stored && !shared) {
      current = stored;
      state = stored.state;
      render();
    } else renderLibrary();
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
  form.querySelector('[data-review-reset]')?.addEventListener('click', () => {
    const before = current;
    state = emptyState(allPhases);
    save();
    if (markdownLabel) markdownLabel.hidden = true;
    render();
    say('The review is reset.');
    offerUndo(before, false);
  });
  undo?.addEventListener('click', () => {
    if (!undoable) return;
    const { review, deleted } = undoable;
    undoable = undefined;
    if (deleted) open(review, `"${review.name}" is back.`);
    // A reset is undone in the review as it is now, keeping a name given since.
    else open({ ...current, state: review.state }, 'The reset is undone.');
    picker?.focus();
  });

  render();
  if (shared) choice?.querySelector<HTMLButtonElement>('[data-review-choose="keep"]')?.focus(); // the choice that loses nothing
  else save();
}
