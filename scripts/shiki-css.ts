// Writes src/styles/shiki-tokens.css, the classes that stand for the inline
// styles Shiki would write (see src/lib/shiki-classes.ts). Run it after
// changing SHIKI_THEMES or upgrading Shiki; a unit test fails while the
// committed file is out of date.
import { writeFileSync } from 'node:fs';
import { loadSiteThemes, tokenStyleTable, tokenStylesheet } from '../src/lib/shiki-classes.ts';

export const STYLESHEET = new URL('../src/styles/shiki-tokens.css', import.meta.url);

if (import.meta.main) {
  writeFileSync(STYLESHEET, tokenStylesheet(tokenStyleTable(await loadSiteThemes())));
  console.log(`wrote ${STYLESHEET.pathname}`);
}
