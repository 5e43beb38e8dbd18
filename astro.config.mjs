// Site settings. Go code reaches pages through the go-example plugin, so Shiki
// highlights it with the same themes and notations as every code fence.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { cspMetaFirstIntegration } from './src/lib/csp-meta-first.ts';
import { goExamplePlugin } from './src/lib/go-example-plugin.ts';
import { headingPermalinks } from './src/lib/heading-permalinks.ts';
import { stdDocLinks } from './src/lib/std-doc-links.ts';
import { siteUrl } from './src/lib/site-url.ts';
import { siteShikiConfig } from './src/lib/shiki-classes.ts';

// Astro's usage telemetry stays off for this project on every machine and in
// CI, whatever the shell's environment; Astro reads this after loading the config.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const site = siteUrl(process.env.SITE_URL);

export default defineConfig({
  // The deployed origin, for the sitemap, canonical links and og:url; a build without SITE_URL has none.
  site,
  trailingSlash: 'always',
  // /id/ pages only redirect, so they stay out of the sitemap.
  integrations: [mdx(), cspMetaFirstIntegration(), ...(site ? [sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/id/') })] : [])],
  markdown: {
    processor: satteri({ mdastPlugins: [goExamplePlugin], hastPlugins: [headingPermalinks, stdDocLinks] }),
    // The same highlighting as the whole-file pages under /examples/.
    shikiConfig: await siteShikiConfig(),
  },
  build: { format: 'directory' },
  security: {
    // A meta tag on every page hashes its inline scripts and styles; nothing
    // else inline runs. Pagefind compiles its WebAssembly, hence 'wasm-unsafe-eval'.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
