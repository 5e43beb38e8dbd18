// Sätteri mdast plugin: turns <GoExample file="…" region="…" verdict="bad|good" />
// in MDX into <CodeFigure> around a real `go` code block read from examples/,
// so Shiki highlights it through Astro's markdown config. <GoDiff from="…"
// file="…" region="…" /> shows the line diff from one file to another (a Bad
// snippet to its Good twin). A missing file or region fails the build with the
// MDX file's name.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { loadSnippet, SnippetError } from './snippets.ts';
import { diffNotation } from './line-diff.ts';

const ATTRIBUTES: Record<string, Set<string>> = {
  GoExample: new Set(['file', 'region', 'verdict']),
  GoDiff: new Set(['from', 'file', 'region']),
};
const VERDICTS = new Set(['bad', 'good']);

export const goExamplePlugin = defineMdastPlugin({
  name: 'go-example',
  mdxJsxFlowElement(node, ctx) {
    const allowed = node.name ? ATTRIBUTES[node.name] : undefined;
    if (!node.name || !allowed) return;
    const where = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'MDX';
    const attrs: Record<string, string> = {};
    for (const attr of node.attributes) {
      if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string' || !allowed.has(attr.name)) {
        throw new Error(`${where}: <${node.name}> takes only the string attributes ${[...allowed].join(', ')}`);
      }
      attrs[attr.name] = attr.value;
    }
    const { file, region, verdict, from } = attrs;
    if (!file) throw new Error(`${where}: <${node.name}> needs a file attribute`);
    if (node.name === 'GoDiff' && !from) throw new Error(`${where}: <GoDiff file="${file}"> needs a from attribute`);
    if (verdict !== undefined && !VERDICTS.has(verdict)) {
      throw new Error(`${where}: <GoExample file="${file}"> verdict must be "bad" or "good"`);
    }
    const load = (path: string) => {
      try {
        return loadSnippet(path, region);
      } catch (error) {
        if (!(error instanceof SnippetError)) throw error;
        throw new Error(`${where}: <${node.name} file="${path}"${region ? ` region="${region}"` : ''}>: ${error.message}`);
      }
    };
    const code = from ? diffNotation(load(from), load(file)) : load(file);
    const figureAttrs = Object.entries(attrs).map(([name, value]) => ({ type: 'mdxJsxAttribute' as const, name, value }));
    ctx.replaceNode(node, {
      type: 'mdxJsxFlowElement',
      name: 'CodeFigure',
      attributes: figureAttrs,
      children: [{ type: 'code', lang: 'go', value: code }],
    });
  },
});
