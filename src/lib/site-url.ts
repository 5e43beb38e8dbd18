// The deployed origin, from SITE_URL. Canonical links, og:url and the
// sitemap need it; a build without it has none of them rather than ones
// that point at a developer's machine.

/** The origin SITE_URL names, or undefined when it is unset or empty. */
export function siteUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://go-field-guide.example, not ${JSON.stringify(text)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http or https URL, not ${JSON.stringify(text)}`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be an origin with no path, query or fragment (the site is served from /), not ${JSON.stringify(text)}`);
  }
  return url.origin;
}
