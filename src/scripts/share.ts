// The share buttons: copy an entry's permanent link or a review comment.
import { permalink, reviewComment } from '../lib/review-comment.ts';
import { selectForCopy, writeClipboard } from './clipboard.ts';

export function initShareButtons(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const { id = '', title = '', summary = '' } = box.dataset;
    const status = box.querySelector<HTMLElement>('[data-share-status]');
    const fallback = box.querySelector<HTMLTextAreaElement>('[data-share-fallback]');
    for (const button of box.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      const label = button.textContent ?? '';
      button.addEventListener('click', async () => {
        const isLink = button.dataset.copy === 'link';
        const text = isLink ? permalink(location.origin, id) : reviewComment({ id, title, summary }, location.origin);
        const what = isLink ? 'Link' : 'Review comment';
        if (await writeClipboard(text)) {
          if (fallback) fallback.hidden = true;
          button.textContent = 'Copied';
          if (status) status.textContent = `${what} for ${id} copied to the clipboard.`;
          setTimeout(() => (button.textContent = label), 2000);
        } else if (fallback) {
          fallback.value = text;
          fallback.hidden = false;
          selectForCopy(fallback);
          if (status) status.textContent = `${what} for ${id} is selected: press Ctrl+C to copy it.`;
        }
      });
    }
  }
}
