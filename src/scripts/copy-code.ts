// Copy buttons on code figures. The button reports the outcome in its own
// label, which screen readers announce through the live region it sits in.
import { selectForCopy, writeClipboard } from './clipboard.ts';

export function initCopyCode(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-code]')) {
    const code = button.closest('[data-code-figure]')?.querySelector('pre code');
    if (!code) continue;
    const idle = button.textContent ?? 'Copy code';
    button.setAttribute('aria-live', 'polite');
    button.addEventListener('click', async () => {
      // A diff copies as the code after the change: removed lines are left out.
      const lines = [...code.querySelectorAll('.line')].filter((line) => !line.classList.contains('remove'));
      const copied = await writeClipboard(lines.map((line) => line.textContent).join('\n'));
      if (!copied) selectForCopy(code);
      button.textContent = copied ? 'Copied' : 'Press Ctrl+C to copy';
      setTimeout(() => (button.textContent = idle), 2000);
    });
  }
}
