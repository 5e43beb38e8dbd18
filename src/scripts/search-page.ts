// The /search/ page: the query and filters live in the URL (?q=…&kind=pitfall),
// so a search can be shared, and back and forward restore it.
import { filterLabel, filterSlug } from '../lib/search-filters.ts';
import { mountSearch, type SearchState } from './search-ui.ts';

const FILTERS = ['kind', 'category', 'phase', 'severity', 'detector', 'go'];

function fromUrl(): SearchState {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = filterLabel(name, value);
  }
  return { query: params.get('q') ?? '', filters };
}

function toUrl({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const name of FILTERS) if (filters[name]) params.set(name, filterSlug(name, filters[name]));
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

export async function initSearchPage(): Promise<void> {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  const root = page?.querySelector<HTMLElement>('[data-search-panel]');
  if (!page || !root) return;
  let restoring = false;
  const panel = mountSearch(root, (state, commit) => {
    const url = toUrl(state);
    if (restoring || url === `${location.pathname}${location.search}`) return;
    if (commit) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  // The panel reports the restored state before its first await; only that
  // report must not write history, not the reader's changes while it searches.
  const restore = async () => {
    restoring = true;
    const searched = panel.setState(fromUrl());
    restoring = false;
    await searched;
  };
  window.addEventListener('popstate', () => void restore());
  // No autofocus: it would skip the skip link and the navigation for keyboard
  // and screen-reader users; "/" focuses the box.
  await restore();
}
