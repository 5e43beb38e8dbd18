// Sätteri mdast plugin: turns <GoExample file="…" region="…" verdict="bad|good" />
// in MDX into <CodeFigure> around a real `go` code block read from examples/,
// so Shiki highlights it through Astro's markdown config. <GoDiff from="…"
// file="…" region="…" /> shows the line diff from one file to another (a Bad
// snippet to its Good twin). A Bad snippet carries the saved output of the
// tool that catches it (its proof.json; `proof="…"` picks one of several).
// A missing file, region or proof fails the build with the MDX file's name.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { diffNotation } from './line-diff.ts';
import { proofFor, ProofError } from './proofs.ts';
import { EXAMPLES_DIR, goVersionOf, loadSnippet, SnippetError } from './snippets.ts';

const ATTRIBUTES: Record<string, Set<string>> = {
  GoExample: new Set(['file', 'region', 'verdict', 'proof']),
  GoDiff: new Set(['from', 'file', 'region']),
};
const VERDICTS = new Set(['bad', 'good']);

type Attribute = { type: 'mdxJsxAttribute'; name: string; value: string };
type CodeNode = { type: 'code'; lang: string; value: string };
type Element = { type: 'mdxJsxFlowElement'; name: string; attributes: Attribute[]; children: (CodeNode | Element)[] };

const attribute = (name: string, value: string): Attribute => ({ type: 'mdxJsxAttribute', name, value });

/** The <ToolOutput> under a Bad snippet: the detector's saved output, or why no tool catches it. */
function toolOutput(file: string, proofName: string | undefined): Element {
  const { proof, dir, output } = proofFor(file, proofName, EXAMPLES_DIR);
  if (proof.detector === 'none') {
    return { type: 'mdxJsxFlowElement', name: 'ToolOutput', attributes: [attribute('reason', proof.reason ?? '')], children: [] };
  }
  return {
    type: 'mdxJsxFlowElement',
    name: 'ToolOutput',
    attributes: [attribute('title', proof.title), attribute('command', proof.command.join(' ')), attribute('dir', dir)],
    children: [{ type: 'code', lang: 'text', value: output }],
  };
}

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
    const { file, region, verdict, from, proof } = attrs;
    const tag = `<${node.name} file="${file}"${region ? ` region="${region}"` : ''}>`;
    if (!file) throw new Error(`${where}: <${node.name}> needs a file attribute`);
    if (node.name === 'GoDiff' && !from) throw new Error(`${where}: ${tag} needs a from attribute`);
    if (verdict !== undefined && !VERDICTS.has(verdict)) throw new Error(`${where}: ${tag} verdict must be "bad" or "good"`);
    if (proof !== undefined && verdict !== 'bad') throw new Error(`${where}: ${tag} proof="…" is only for verdict="bad"`);

    try {
      const code = from ? diffNotation(loadSnippet(from, region), loadSnippet(file, region)) : loadSnippet(file, region);
      // A reader compares Bad and Good by their marked lines: the fault and the fix.
      if (verdict !== undefined && !code.includes('[!code highlight]')) {
        throw new SnippetError(`a ${verdict} snippet marks its ${verdict === 'bad' ? 'faulty' : 'fixed'} lines with // [!code highlight]`);
      }
      const figure: Element = {
        type: 'mdxJsxFlowElement',
        name: 'CodeFigure',
        attributes: [
          ...Object.entries(attrs).filter(([name]) => name !== 'proof').map(([name, value]) => attribute(name, value)),
          attribute('go', goVersionOf(file)),
        ],
        children: [{ type: 'code', lang: 'go', value: code }],
      };
      ctx.replaceNode(node, verdict === 'bad' ? { ...figure, children: [...figure.children, toolOutput(file, proof)] } : figure);
    } catch (error) {
      if (!(error instanceof SnippetError || error instanceof ProofError)) throw error;
      throw new Error(`${where}: ${tag}: ${error.message}`);
    }
  },
});
