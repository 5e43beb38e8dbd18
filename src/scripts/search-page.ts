// The /search/ page: runs the query from ?q= with Pagefind, which is loaded
// only here, on demand, from the site's own origin.

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

async function run(query: string, list: HTMLElement, status: HTMLElement): Promise<void> {
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = 'Type a word, a Go identifier or an ID such as R2.1.';
    return;
  }
  status.textContent = 'Searching…';
  const search = await (await loadPagefind()).search(query);
  if (!search) return;
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  status.textContent = results.length
    ? `${search.results.length} ${search.results.length === 1 ? 'result' : 'results'} for “${query}”`
    : `No results for “${query}”. Try fewer words, or browse the indexes.`;
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and adds only <mark> around matches.
    excerpt.innerHTML = result.excerpt;
    item.append(link, excerpt);
    list.append(item);
  }
}

export function initSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  if (!input || !list || !status) return;
  if (fallback) fallback.hidden = true;
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  void run(query, list, status);
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    history.pushState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value, list, status);
  });
  window.addEventListener('popstate', () => {
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    void run(input.value, list, status);
  });
}
