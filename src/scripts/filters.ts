// Filters, orders and lays out (cards or a compact list) an index page on the spot. The choice is kept in the URL's
// query so a filtered view can be shared and survives back/forward.

function versionNumber(version: string | undefined): number | undefined {
  if (!version) return undefined;
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major * 1000 + minor;
}

/** Whether an entry applies to Go `wanted`: since ≤ wanted ≤ until. */
export function appliesTo(wanted: string, since?: string, until?: string): boolean {
  const v = versionNumber(wanted) ?? 0;
  return (versionNumber(since) ?? 0) <= v && v <= (versionNumber(until) ?? Number.MAX_SAFE_INTEGER);
}

export function initFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-filters]');
  if (!form) return;
  const cards = [...document.querySelectorAll<HTMLElement>('[data-entry]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-entry-group]')];
  const count = form.querySelector('[data-filter-count]');
  const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
  const jumps = [...document.querySelectorAll<HTMLElement>('[data-jump]')];
  const selects = [...form.querySelectorAll('select')];
  const rank = (card: HTMLElement, by: string) => [by === 'severity' ? Number(card.dataset.severityRank) : 0, Number(card.dataset.order)];

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const value = params.get(select.name);
    if (value && [...select.options].some((option) => option.value === value)) select.value = value;
  }

  const update = () => {
    const chosen = Object.fromEntries(selects.map((select) => [select.name, select.value]));
    let shown = 0;
    for (const card of cards) {
      const { category, severity, detectors = '', goSince, goUntil } = card.dataset;
      const visible =
        (!chosen.category || category === chosen.category) &&
        (!chosen.severity || severity === chosen.severity) &&
        (!chosen.detector || detectors.split(' ').includes(chosen.detector)) &&
        (!chosen.go || appliesTo(chosen.go, goSince, goUntil));
      card.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-entry]:not([hidden])');
    for (const jump of jumps) jump.hidden = !document.querySelector(`[data-entry][data-category="${jump.dataset.jump}"]:not([hidden])`);
    // Moved in the page, not only drawn elsewhere, so Tab and screen readers follow the order seen.
    for (const list of new Set(cards.map((card) => card.parentElement))) {
      const sorted = [...(list?.children ?? [])].filter((card): card is HTMLElement => card instanceof HTMLElement && card.hasAttribute('data-entry'));
      sorted.sort((a, b) => {
        const [x, y] = [rank(a, chosen.sort ?? ''), rank(b, chosen.sort ?? '')];
        return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0);
      });
      list?.append(...sorted);
    }
    for (const list of document.querySelectorAll('.entry-list')) list.classList.toggle('entry-list--compact', chosen.view === 'list');
    if (count) count.textContent = `${shown} of ${cards.length} shown`;
    if (empty) empty.hidden = shown > 0;
    const query = new URLSearchParams(Object.entries(chosen).filter(([, value]) => value));
    const url = query.size ? `?${query}` : location.pathname;
    history.replaceState(null, '', url);
  };

  form.addEventListener('change', update);
  document.querySelector('[data-filter-clear]')?.addEventListener('click', () => {
    // How entries are shown is not a filter.
    for (const select of selects) if (select.name !== 'sort' && select.name !== 'view') select.value = '';
    update();
    selects[0]?.focus();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
}
