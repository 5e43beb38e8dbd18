import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ShikiTransformer } from 'shiki';
import {
  declarationClass,
  loadSiteThemes,
  themeDeclarations,
  tokenStyleTable,
  tokenStylesheet,
  transformerStyleClasses,
} from '../../src/lib/shiki-classes.ts';
import { STYLESHEET } from '../../scripts/shiki-css.ts';

const theme = {
  name: 'tiny',
  colors: { 'editor.foreground': '#0E1116', 'editor.background': '#ffffff' },
  tokenColors: [{ scope: 'comment', settings: { foreground: '#66707B', fontStyle: 'italic' } }],
};

test('a declaration becomes a lower-case class named after it', () => {
  assert.equal(declarationClass('--shiki-light:#0E1116'), 'shiki-light-0e1116');
  assert.equal(declarationClass(' --shiki-dark-text-decoration: underline line-through'), 'shiki-dark-text-decoration-underline-line-through');
});

test('a theme yields its token colours, default colours, backgrounds and font styles', () => {
  const declarations = themeDeclarations('light', theme);
  for (const expected of ['--shiki-light:#0e1116', '--shiki-light:#66707b', '--shiki-light:inherit', '--shiki-light-bg:#ffffff', '--shiki-light-font-style:italic']) {
    assert.ok(declarations.includes(expected), expected);
  }
});

test('the transformer swaps every style attribute for classes and keeps existing classes', () => {
  const transformer: ShikiTransformer = transformerStyleClasses(tokenStyleTable({ light: theme, dark: theme }));
  const span = { type: 'element', tagName: 'span', properties: { style: '--shiki-light:#66707B;--shiki-dark:#0E1116' }, children: [] };
  const pre = { type: 'element', tagName: 'pre', properties: { class: 'astro-code', style: '--shiki-light-bg:#ffffff;overflow-x:auto' }, children: [span] };
  const root = { type: 'root', children: [pre] };
  transformer.root?.call({} as never, root as never);
  assert.deepEqual(pre.properties, { class: ['astro-code', 'shiki-light-bg-ffffff', 'overflow-x-auto'] });
  assert.deepEqual(span.properties, { class: ['shiki-light-66707b', 'shiki-dark-0e1116'] });
});

test('a style the themes cannot produce fails the build instead of losing its colour', () => {
  const transformer = transformerStyleClasses(tokenStyleTable({ light: theme }));
  const root = { type: 'root', children: [{ type: 'element', tagName: 'span', properties: { style: 'color:red' }, children: [] }] };
  assert.throws(() => transformer.root?.call({} as never, root as never), /color:red/);
});

test('the committed token stylesheet is the one the site themes produce', async () => {
  const expected = tokenStylesheet(tokenStyleTable(await loadSiteThemes()));
  assert.equal(readFileSync(STYLESHEET, 'utf8'), expected, 'run: node scripts/shiki-css.ts');
});
