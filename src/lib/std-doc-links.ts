// Sätteri hast plugin: inline code in prose that names a standard library
// API becomes a link to its documentation on pkg.go.dev (src/lib/std-docs.ts).
// Only the first mention of an API on a page links, as in an encyclopedia;
// code in a block, a heading or a link stays as it is. The link is plain: the
// page requests nothing from pkg.go.dev.
import { defineHastPlugin } from 'satteri';
import { stdApi, stdDocUrl } from './std-docs.ts';

const KEEP = new Set(['pre', 'a', 'h1', 'h2', 'h3', 'h4', 'figcaption']);

export function stdDocLinks() {
  const linked = new Set<string>();
  return defineHastPlugin({
    name: 'std-doc-links',
    before() {
      linked.clear();
    },
    element: {
      filter: ['code'],
      visit(node, ctx) {
        for (let up = ctx.parent(node); up && up.type === 'element'; up = ctx.parent(up)) {
          if (KEEP.has(up.tagName)) return;
        }
        const href = stdDocUrl(ctx.textContent(node), stdApi());
        if (href === undefined || linked.has(href)) return;
        linked.add(href);
        ctx.wrapNode(node, { type: 'element', tagName: 'a', properties: { href }, children: [] });
      },
    },
  });
}
