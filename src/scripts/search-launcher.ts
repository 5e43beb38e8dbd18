// Opens the search dialog from the header button, "/" and Ctrl/Cmd+K. This is
// all the search code a page carries until the reader opens search; the panel
// and Pagefind load then.

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function initSearchLauncher(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const button = document.querySelector<HTMLButtonElement>('[data-search-launch]');
  if (!dialog || !button) return;
  let panel: Promise<{ focus(): void }> | undefined;

  const open = async () => {
    // On the search page itself, the page's own box is the place to type.
    const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
    if (pageInput) return pageInput.focus();
    const root = dialog.querySelector<HTMLElement>('[data-search-panel]')!;
    panel ??= import('./search-ui.ts').then(({ mountSearch }) => {
      // The box is on screen before the panel's code arrives: keep and search what was typed meanwhile.
      const typed = root.querySelector<HTMLInputElement>('[data-search-input]')?.value ?? '';
      const mounted = mountSearch(root);
      void mounted.setState({ query: typed, filters: {} });
      return mounted;
    });
    dialog.showModal();
    (await panel).focus();
  };

  button.addEventListener('click', () => void open());
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
    if (shortcut || (event.key === '/' && !typingInField(event.target) && !event.altKey && !event.ctrlKey && !event.metaKey)) {
      event.preventDefault();
      void open();
    }
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
}
