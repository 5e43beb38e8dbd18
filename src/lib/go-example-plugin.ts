// Sätteri mdast plugin: turns <GoExample file="…" region="…" verdict="bad|good" />
// in MDX into <CodeFigure> around a real `go` code block read from examples/,
// so Shiki highlights it through Astro's markdown config. A missing file or
// region fails the build with the MDX file's name.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { loadSnippet, SnippetError } from './snippets.ts';

const ATTRIBUTES = new Set(['file', 'region', 'verdict']);
const VERDICTS = new Set(['bad', 'good']);

export const goExamplePlugin = defineMdastPlugin({
  name: 'go-example',
  mdxJsxFlowElement(node, ctx) {
    if (node.name !== 'GoExample') return;
    const where = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'MDX';
    const attrs: Record<string, string> = {};
    for (const attr of node.attributes) {
      if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string' || !ATTRIBUTES.has(attr.name)) {
        throw new Error(`${where}: <GoExample> takes only the string attributes ${[...ATTRIBUTES].join(', ')}`);
      }
      attrs[attr.name] = attr.value;
    }
    const { file, region, verdict } = attrs;
    if (!file) throw new Error(`${where}: <GoExample> needs a file attribute`);
    if (verdict !== undefined && !VERDICTS.has(verdict)) {
      throw new Error(`${where}: <GoExample file="${file}"> verdict must be "bad" or "good"`);
    }
    let code: string;
    try {
      code = loadSnippet(file, region);
    } catch (error) {
      if (!(error instanceof SnippetError)) throw error;
      throw new Error(`${where}: <GoExample file="${file}"${region ? ` region="${region}"` : ''}>: ${error.message}`);
    }
    const figureAttrs = Object.entries(attrs).map(([name, value]) => ({ type: 'mdxJsxAttribute' as const, name, value }));
    ctx.replaceNode(node, {
      type: 'mdxJsxFlowElement',
      name: 'CodeFigure',
      attributes: figureAttrs,
      children: [{ type: 'code', lang: 'go', value: code }],
    });
  },
});
