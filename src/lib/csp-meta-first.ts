// A CSP in a <meta> governs only what the parser meets after it, and Astro puts
// its CSP meta at the end of <head>. After the build, each page's CSP meta is
// moved to follow <meta charset>, which must stay first, so it covers every
// script, style and link of the page.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CHARSET = '<meta charset="utf-8">';
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;

/** The page with its CSP meta moved to just after <meta charset>; a page without either is an error. */
export function cspMetaFirst(html: string, page: string): string {
  const csp = CSP_META.exec(html)?.[0];
  if (csp === undefined) throw new Error(`${page}: no CSP meta; every page needs one`);
  const charset = html.indexOf(CHARSET);
  if (charset === -1 || charset > html.indexOf(csp)) throw new Error(`${page}: no ${CHARSET} before the CSP meta`);
  const end = charset + CHARSET.length;
  return html.slice(0, end) + csp + html.slice(end).replace(csp, '');
}

/** The Astro integration that applies cspMetaFirst to every built page. */
export function cspMetaFirstIntegration(): AstroIntegration {
  return {
    name: 'csp-meta-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const page of pages) {
          const path = join(root, page);
          await writeFile(path, cspMetaFirst(await readFile(path, 'utf8'), page));
        }
        logger.info(`moved the CSP meta first in ${pages.length} pages`);
      },
    },
  };
}
