// Every token colour the site's code can show, checked against every
// background it can sit on, in both themes, for WCAG AA text contrast (4.5:1).
// The site-wide axe walks leave highlighted code out (tests/e2e/site-walk.spec.ts)
// and theme.spec.ts covers only a few pages, so this covers all of it: every Go
// file in examples/ and every fenced block in the content, tokenized as the
// site does, on the plain code background and on the highlighted, added and
// removed line backgrounds of src/styles/global.css.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHighlighter, type BundledLanguage } from 'shiki';
import { SHIKI_THEMES } from '../../src/lib/shiki-classes.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const AA = 4.5;

/** The relative luminance of a #rrggbb colour, as WCAG 2 defines it. */
function luminance(hex: string): number {
  const linear = (start: number) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5);
}

/** The WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

type Variant = keyof typeof SHIKI_THEMES;
const VARIANTS = Object.keys(SHIKI_THEMES) as Variant[];

/** A custom property of global.css declared as light-dark(#light, #dark), split by theme. */
function siteColour(css: string, name: string): Record<Variant, string> {
  const match = css.match(new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i'));
  const [, light, dark] = match ?? [];
  if (!light || !dark) throw new Error(`global.css declares no --${name}: light-dark(#…, #…)`);
  return { light: light.toLowerCase(), dark: dark.toLowerCase() };
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name));
}

interface Block {
  where: string;
  lang: string;
  code: string;
}

/** Every Go file, and every fenced code block of the pages' content, with its language. */
function codeBlocks(): Block[] {
  const blocks: Block[] = filesUnder(join(ROOT, 'examples'), '.go').map((file) => ({
    where: relative(ROOT, file),
    lang: 'go',
    code: readFileSync(file, 'utf8'),
  }));
  for (const collection of ['patterns', 'pitfalls', 'rubric']) {
    for (const file of filesUnder(join(ROOT, 'content', collection), '.mdx')) {
      for (const fence of readFileSync(file, 'utf8').matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```/gm)) {
        blocks.push({ where: relative(ROOT, file), lang: fence[1] || 'text', code: fence[2] ?? '' });
      }
    }
  }
  return blocks;
}

const declarations = (style: string) =>
  Object.fromEntries(style.split(';').filter(Boolean).map((part) => part.split(':').map((side) => side.trim().toLowerCase())));

test('the contrast ratio follows WCAG: black on white is 21, a colour on itself is 1', () => {
  assert.equal(contrast('#000000', '#ffffff'), 21);
  assert.equal(contrast('#767676', '#767676'), 1);
  // #767676 is the lightest grey that passes AA on white.
  assert.ok(contrast('#767676', '#ffffff') >= AA);
  assert.ok(contrast('#777777', '#ffffff') < AA);
});

test('every token colour of every code block passes WCAG AA contrast on every code background, in both themes', async () => {
  const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
  const lineBackgrounds = { highlighted: siteColour(css, 'highlight'), added: siteColour(css, 'diff-add'), removed: siteColour(css, 'diff-remove') };
  const blocks = codeBlocks();
  const langs = [...new Set(blocks.map((block) => block.lang))].filter((lang) => lang !== 'text') as BundledLanguage[];
  const highlighter = await createHighlighter({ themes: Object.values(SHIKI_THEMES), langs });

  // Each distinct foreground/background pair, with the first place it appears.
  const pairs = new Map<string, string>();
  const add = (variant: Variant, fg: string, bg: string, where: string) => {
    const key = `${variant} ${fg} on ${bg}`;
    if (!pairs.has(key)) pairs.set(key, where);
  };
  // The diff markers drawn before added and removed lines.
  for (const variant of VARIANTS) {
    add(variant, siteColour(css, 'good')[variant], lineBackgrounds.added[variant], 'the + marker of an added line');
    add(variant, siteColour(css, 'bad')[variant], lineBackgrounds.removed[variant], 'the - marker of a removed line');
  }
  for (const block of blocks) {
    const result = highlighter.codeToTokens(block.code, { lang: block.lang === 'text' ? 'text' : (block.lang as BundledLanguage), themes: SHIKI_THEMES, defaultColor: false });
    const root = declarations(result.rootStyle || '');
    for (const line of result.tokens) {
      for (const token of line) {
        const style = token.htmlStyle ?? {};
        for (const variant of VARIANTS) {
          const fg = (style[`--shiki-${variant}`] ?? root[`--shiki-${variant}`]).toLowerCase();
          const ownBackground = style[`--shiki-${variant}-bg`];
          // A token with a background of its own is read on that background, whatever the line's.
          const backgrounds = ownBackground
            ? [ownBackground.toLowerCase()]
            : [root[`--shiki-${variant}-bg`], ...Object.values(lineBackgrounds).map((colours) => colours[variant])];
          for (const bg of backgrounds) add(variant, fg, bg, `${block.where}: ${JSON.stringify(token.content.trim())}`);
        }
      }
    }
  }

  const failures = [...pairs]
    .map(([key, where]) => {
      const [variant = '', fg = '', , bg = ''] = key.split(' ');
      return { variant, fg, bg, ratio: contrast(fg, bg), where };
    })
    .filter(({ ratio }) => ratio < AA)
    .map(({ variant, fg, bg, ratio, where }) => `${variant}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1, first in ${where}`);
  assert.deepEqual(failures, []);
  // Guards the walk itself: both themes and several token colours were seen.
  assert.ok(blocks.length > 400, `only ${blocks.length} code blocks found`);
  for (const variant of VARIANTS) {
    const colours = new Set([...pairs.keys()].filter((key) => key.startsWith(`${variant} `)).map((key) => key.split(' ')[1]));
    assert.ok(colours.size >= 8, `only ${colours.size} ${variant} colours seen`);
  }
});
