// The search panel: Pagefind queries with filters and counts, rubric items
// and red flags as rows of their own, the exact ID first, and an accessible
// combobox with a listbox of results. Loaded only when search is opened.
import { exactId, excerptParts, isPastedLine, orderRows, pastedWords, rankByPhrase, ROW_KINDS, rowsFromPage, spreadRows, typedQuery, type IdEntry, type PageResult, type Row } from '../lib/search-results.ts';

interface PagefindSearch {
  results: { score: number; data(): Promise<PageResult> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}

/** Longer queries are cut: nobody types them, and they only cost time. */
const MAX_QUERY = 200;
const MAX_PAGES = 25;

let pagefind: Promise<Pagefind> | undefined;
let idList: Promise<IdEntry[]> | undefined;

let failedImports = 0;

function loadPagefind(): Promise<Pagefind> {
  // The HTML standard long had a failed module import stay failed for its URL
  // (Chromium no longer does; others may), so a retry asks under a new one.
  const url = failedImports ? `/pagefind/pagefind.js?retry=${failedImports}` : '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>)
    .catch((error: unknown) => {
      failedImports++;
      throw error;
    })
    .then(async (module) => {
      await module.options({ excerptLength: 22 });
      // Searches report filter counts only once the filter index is loaded.
      await module.filters();
      return module;
    })
    .catch((error: unknown) => {
      pagefind = undefined;
      throw error;
    });
  return pagefind;
}

function loadIds(): Promise<IdEntry[]> {
  idList ??= fetch('/ids.json')
    .then((response) => {
      if (!response.ok) throw new Error(`/ids.json: ${response.status}`);
      return response.json() as Promise<IdEntry[]>;
    })
    .catch((error: unknown) => {
      idList = undefined;
      throw error;
    });
  return idList;
}

export interface SearchState {
  query: string;
  filters: Record<string, string>;
}

export interface Panel {
  setState(state: SearchState): Promise<void>;
  state(): SearchState;
  focus(): void;
}

export function mountSearch(root: HTMLElement, onChange?: (state: SearchState, commit: boolean) => void): Panel {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const suggestions = root.querySelector<HTMLElement>('[data-search-suggestions]')!;
  const retry = root.querySelector<HTMLButtonElement>('[data-search-retry]')!;
  // The empty state's words are in the markup (SearchPanel.astro); they come back when the box is cleared.
  const intro = status.textContent ?? '';
  const selects = [...root.querySelectorAll<HTMLSelectElement>('[data-filter]')];
  const prefix = list.id;
  let rows: Row[] = [];
  let active = -1;
  let generation = 0;
  // The query the rows on show answer: Enter must not open a result of an earlier query.
  let shownFor = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const state = (): SearchState => ({
    query: input.value,
    filters: Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset.filter ?? '', select.value])),
  });

  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = list.querySelector<HTMLElement>(`#${prefix}-${index}`);
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const renderFilters = (counts: Record<string, Record<string, number>>, kindCounts: Map<string, number>) => {
    for (const select of selects) {
      const values = select.dataset.filter === 'kind' ? new Map(ROW_KINDS.map((kind) => [kind, kindCounts.get(kind) ?? 0])) : new Map(Object.entries(counts[select.dataset.filter ?? ''] ?? {}));
      const chosen = select.value;
      select.replaceChildren(new Option('Any', ''));
      for (const [value, count] of [...values].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
        if (count === 0 && value !== chosen) continue;
        select.append(new Option(`${value} (${count})`, value));
      }
      // A value from the address that nothing has (a typo) stays chosen and visible, so it can be taken off.
      if (chosen && !values.has(chosen)) select.append(new Option(`${chosen} (0)`, chosen));
      select.value = chosen;
      // Disabled rather than hidden, so the filters never move while typing.
      select.disabled = select.options.length <= 1 && !chosen;
    }
    const summary = root.querySelector('.search-panel__more summary');
    const active = selects.filter((select) => select.value).length;
    if (summary) summary.textContent = active ? `Filters (${active} on)` : 'Filters';
  };

  // A result on the page being read only moves to its anchor: the dialog closes so the reader sees it.
  const open = (url: string) => {
    if (new URL(url, location.href).pathname === location.pathname) root.closest('dialog')?.close();
    location.assign(url);
  };

  const renderRows = () => {
    list.replaceChildren(
      ...rows.map((row, index) => {
        // A real link, so a result can be opened in a new tab or its address
        // copied; as an option it is reached with the arrow keys while focus
        // stays in the box (aria-activedescendant), so it is out of the Tab order.
        const option = document.createElement('a');
        option.href = row.url;
        option.id = `${prefix}-${index}`;
        option.tabIndex = -1;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.addEventListener('click', (event) => {
          // Ctrl, Cmd, Shift or Alt with a click keeps the browser's meaning (new tab, new window, download).
          if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          open(row.url);
        });
        const meta = document.createElement('span');
        meta.className = 'search-row__meta';
        meta.textContent = row.id ? `${row.kind} · ${row.id}` : row.kind;
        const title = document.createElement('span');
        title.className = 'search-row__title';
        title.textContent = row.title;
        const excerpt = document.createElement('span');
        excerpt.className = 'search-row__excerpt';
        for (const part of excerptParts(row.excerpt)) {
          if (part.mark) {
            const mark = document.createElement('mark');
            mark.textContent = part.text;
            excerpt.append(mark);
          } else {
            excerpt.append(part.text);
          }
        }
        option.append(meta, title, excerpt);
        option.addEventListener('mousemove', () => active !== index && setActive(index));
        return option;
      }),
    );
    input.setAttribute('aria-expanded', String(rows.length > 0));
    setActive(rows.length ? 0 : -1);
  };

  const showSuggestions = (shown: boolean) => {
    suggestions.hidden = !shown;
    if (shown) status.textContent = intro;
  };
  for (const button of suggestions.querySelectorAll('button')) {
    button.addEventListener('click', () => {
      input.value = button.textContent ?? '';
      void run(true);
      input.focus();
    });
  }

  const run = async (commit: boolean) => {
    const current = state();
    onChange?.(current, commit);
    const query = current.query.trim().slice(0, MAX_QUERY);
    const mine = ++generation;
    try {
      await searchFor(current, query, mine);
      if (mine === generation) retry.hidden = true;
    } catch {
      if (mine === generation) fail();
    }
  };

  // Search fetches its index as the reader types, so a lost connection shows
  // here: say so, rather than leave the last query's rows or a "No results".
  const fail = () => {
    rows = [];
    shownFor = '';
    renderRows();
    showSuggestions(false);
    status.textContent = navigator.onLine
      ? 'Search could not load its index: the server did not answer. Try again in a moment.'
      : 'You are offline, and search needs to fetch its index. It searches again when you are back online.';
    retry.hidden = false;
  };
  retry.addEventListener('click', () => {
    void run(true);
    input.focus();
  });
  addEventListener('online', () => {
    if (!retry.hidden) void run(false);
  });

  const searchFor = async (current: SearchState, query: string, mine: number) => {
    const { kind, ...pageFilters } = current.filters;
    const engine = await loadPagefind();
    if (kind && kind !== 'Pattern' && kind !== 'Pitfall') pageFilters.kind = 'Rubric';
    else if (kind) pageFilters.kind = kind;
    if (!query && !Object.keys(current.filters).length) {
      if (mine !== generation) return;
      rows = [];
      shownFor = query;
      renderRows();
      renderFilters(await engine.filters(), new Map());
      if (mine === generation) showSuggestions(true);
      return;
    }
    // A pasted tool line is searched without its addresses, positions and
    // numbers from the start: they match other numbers' digits, not the line.
    const words = pastedWords(query);
    const pasted = words.length > 1 && isPastedLine(query);
    const [first, ids] = await Promise.all([engine.search((pasted ? words.join(' ') : typedQuery(query)) || null, { filters: pageFilters }), loadIds()]);
    let search = first;
    // A pasted error line rarely has all its words on one page. Without its
    // positions and numbers it may; else keep, in order, each word that still
    // leaves some page matching. Not with filters on: then the filters, not
    // the words, may be what excludes every page.
    let narrowed = pasted && search.results.length ? words.join(' ') : '';
    if (!search.results.length && words.length > 1 && !Object.keys(current.filters).length) {
      const whole = pasted ? search : await engine.search(words.join(' '));
      if (mine !== generation) return;
      if (whole.results.length) {
        search = whole;
        narrowed = words.join(' ');
      } else {
        const kept: string[] = [];
        for (const word of words) {
          const trial = await engine.search([...kept, word].join(' '));
          if (mine !== generation) return;
          if (trial.results.length) {
            kept.push(word);
            search = trial;
          }
        }
        narrowed = kept.join(' ');
      }
    }
    const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map(async (result) => ({ ...(await result.data()), score: result.score })));
    if (mine !== generation) return;
    // Pagefind answers a chunk it could not fetch with no results, not an error.
    if (!pages.length && !navigator.onLine) throw new Error('offline');
    showSuggestions(false);
    const all = orderRows(spreadRows(rankByPhrase(pages, query).map(rowsFromPage)), exactId(query, ids));
    const kindCounts = new Map<string, number>();
    for (const row of all) kindCounts.set(row.kind, (kindCounts.get(row.kind) ?? 0) + 1);
    rows = kind ? all.filter((row) => row.kind === kind) : all;
    shownFor = query;
    renderRows();
    renderFilters(search.filters, kindCounts);
    // A narrowed search says what it searched for, not the whole pasted line.
    const shown = narrowed ? ` for “${narrowed}”, the words of your text that pages have` : query ? ` for “${query}”` : '';
    // Only the best MAX_PAGES pages are read: say so, rather than let the count pass for all there is.
    const more = narrowed ? '' : '; add words or a filter to reach the others';
    const cut = search.results.length > MAX_PAGES ? ` from the ${MAX_PAGES} best-matching of ${search.results.length} pages${more}` : '';
    status.textContent = rows.length
      ? `${rows.length} ${rows.length === 1 ? 'result' : 'results'}${shown}${cut}. Use the arrow keys and Enter to open one.`
      : `No results${shown}. Check the spelling, try fewer or other words, or remove a filter; you can also browse the patterns, pitfalls and rubric.`;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(false), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!rows.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + rows.length) % rows.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const query = input.value.trim().slice(0, MAX_QUERY);
      if (query === shownFor) {
        const row = rows[active] ?? rows[0];
        if (row) open(row.url);
        else void run(true);
        return;
      }
      // Typed or pasted faster than the search ran (a pasted line may take several passes): open this query's first result once it is in.
      clearTimeout(timer);
      void run(true).then(() => {
        const row = rows[0];
        if (row && shownFor === query && input.value.trim().slice(0, MAX_QUERY) === query) open(row.url);
      });
    }
  });
  for (const select of selects) select.addEventListener('change', () => void run(true));

  return {
    async setState(next) {
      input.value = next.query;
      for (const select of selects) {
        const value = next.filters[select.dataset.filter ?? ''] ?? '';
        if (value && ![...select.options].some((option) => option.value === value)) select.append(new Option(value, value));
        select.value = value;
      }
      await run(false);
    },
    state,
    focus: () => input.focus(),
  };
}
