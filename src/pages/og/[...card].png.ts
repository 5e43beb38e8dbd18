// /og/…png: the link-preview card of the home page (site.png) and of each
// pattern, pitfall and rubric phase, named after the page's path.
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { loadSite } from '../../lib/entries.ts';
import { plainText } from '../../lib/inline-markdown.ts';
import { cardSvg, type Card } from '../../lib/social-card.ts';
import { CATEGORIES } from '../../lib/taxonomy.ts';

export async function getStaticPaths() {
  const { patterns, pitfalls, phases } = await loadSite();
  const page = (card: string, props: Card) => ({ params: { card }, props });
  return [
    page('site', {
      eyebrow: 'Go patterns, pitfalls and a review rubric',
      title: 'Go Field Guide',
      summary: 'Bad and Good code side by side, the tool that catches each mistake, and rubric items with stable IDs to cite in code review.',
    }),
    ...patterns.map(({ id, data }) => page(`patterns/${id}`, { eyebrow: `Pattern · ${CATEGORIES[data.category]}`, title: data.title, summary: plainText(data.summary) })),
    ...pitfalls.map(({ id, data }) => page(`pitfalls/${id}`, { eyebrow: `Pitfall · ${CATEGORIES[data.category]}`, title: data.title, summary: plainText(data.summary) })),
    ...phases.map(({ id, data }) => page(`rubric/${id}`, { eyebrow: `Rubric · Phase ${data.phase}`, title: `R${data.phase} ${data.title}`, summary: plainText(data.summary) })),
  ];
}

export const GET: APIRoute<Card> = async ({ props }) => {
  // Full colour: a palette PNG is half the size but takes four times as long
  // to make (about 80 ms against 18 ms a card), on every build.
  const png = await sharp(Buffer.from(cardSvg(props))).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
