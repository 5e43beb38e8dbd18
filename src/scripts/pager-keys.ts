// ← and → go to the previous and next entry, as the links at the foot of the
// page do, unless the reader is typing, using a control or scrolling code
// sideways: only while nothing on the page has focus.
export function initPagerKeys(): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const rel = event.key === 'ArrowLeft' ? 'prev' : event.key === 'ArrowRight' ? 'next' : undefined;
    if (!rel) return;
    const focused = document.activeElement;
    if (focused && focused !== document.body && focused.id !== 'main') return;
    const link = document.querySelector<HTMLAnchorElement>(`.pager a[rel="${rel}"]`);
    if (link) location.href = link.href;
  });
}
