// The one clipboard write of the site, and its fallback: where the clipboard
// is refused (no permission, an insecure origin), the text is selected so the
// reader can copy it with Ctrl+C.

/** Writes text to the clipboard; false when the browser refuses. */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects a text field's value, or an element's text, ready for Ctrl+C. */
export function selectForCopy(element: Element): void {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    element.focus();
    element.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
