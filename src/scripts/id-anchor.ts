// An ID typed after # the way it is written (#R2.1, #RF2.3) reaches its
// anchor (#r2-1, #rf2-3), as a link to the anchor itself would.
import { anchorFor } from '../lib/urls.ts';

export function followIdHashes(): void {
  const follow = () => {
    let wanted: string;
    try {
      wanted = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!wanted || document.getElementById(wanted)) return;
    const anchor = anchorFor(wanted);
    // location.replace, not history: the browser scrolls to it and :target marks it, with no extra history entry.
    if (document.getElementById(anchor)) location.replace(`#${anchor}`);
  };
  follow();
  window.addEventListener('hashchange', follow);
}
