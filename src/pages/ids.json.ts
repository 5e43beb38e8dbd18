// /ids.json: every ID on the site with its kind, title, canonical URL and
// permanent /id/ link, for tools and for anyone who links to the guide.
import { loadSite } from '../lib/entries.ts';
import { idPath } from '../lib/urls.ts';

export async function GET() {
  const { catalog } = await loadSite();
  const ids = [...catalog.entries.values()]
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
    .map(({ id, kind, title, url }) => ({ id, kind, title, url, permalink: idPath(id) }));
  return new Response(`${JSON.stringify(ids, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
