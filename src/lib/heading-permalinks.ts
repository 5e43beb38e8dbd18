// Sätteri hast plugin: gives every h2–h4 in Markdown an id (the same slug the
// built-in heading-ids plugin would choose) and a visible "#" permalink, so
// each section of a page can be linked. It sets the id first because the link
// text would otherwise become part of the slug.
import Slugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';

export function headingPermalinks() {
  const slugger = new Slugger();
  return defineHastPlugin({
    name: 'heading-permalinks',
    element: {
      filter: ['h2', 'h3', 'h4'],
      visit(node, ctx) {
        const text = ctx.textContent(node).trim();
        const existing = node.properties?.id;
        const id = typeof existing === 'string' ? existing : slugger.slug(text);
        ctx.setProperty(node, 'id', id);
        ctx.setProperty(node, 'className', ['anchor-heading']);
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: { className: ['permalink'], href: `#${id}`, ariaLabel: `Permalink to ${text}`, dataPagefindIgnore: '' },
          children: [{ type: 'text', value: '#' }],
        });
      },
    },
  });
}
