// Marks the section being read in the page's "On this page" list: the last
// section whose heading has passed a line a third of the way down the window
// (the first before any has), or the last once the page is scrolled to its end.
export function initOnThisPage(): void {
  const nav = document.querySelector<HTMLElement>('[data-toc]');
  if (!nav) return;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const sections = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  let queued = false;
  const update = () => {
    queued = false;
    // Hidden at this width: nothing to mark.
    if (nav.offsetParent === null) return;
    const line = window.innerHeight / 3;
    const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    let reading = 0;
    sections.forEach((section, index) => {
      if (section && (atEnd || section.getBoundingClientRect().top <= line)) reading = index;
    });
    links.forEach((link, index) => {
      if (index === reading) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  window.addEventListener('scroll', queue, { passive: true });
  window.addEventListener('resize', queue, { passive: true });
  update();
}
