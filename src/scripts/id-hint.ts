// On the 404 page: /id/R2.1/ (any spelling other than lower case) is sent on
// to /id/r2.1/ when that ID exists. IDs are lower case in URLs because one
// folder per spelling would collide on case-insensitive file systems.

export function lowerCaseIdPath(path: string): string | undefined {
  const match = /^\/id\/([^/]+)\/?$/.exec(path);
  if (!match?.[1]) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return undefined; // a malformed escape such as %E0%A4%A names no ID
  }
  return id === id.toLowerCase() ? undefined : `/id/${encodeURIComponent(id.toLowerCase())}/`;
}

export async function initIdHint(): Promise<void> {
  const target = lowerCaseIdPath(location.pathname);
  const hint = document.querySelector<HTMLElement>('[data-id-hint]');
  if (!target || !hint) return;
  const ids = (await (await fetch('/ids.json')).json()) as { permalink: string }[];
  if (!ids.some((entry) => entry.permalink === target)) return;
  const link = document.createElement('a');
  link.href = target + location.hash;
  link.textContent = target;
  hint.append('IDs are lower case in links. Taking you to ', link, '…');
  hint.hidden = false;
  location.replace(link.href);
}
