import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cspMetaFirst } from '../../src/lib/csp-meta-first.ts';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;

test('the CSP meta moves to just after the charset, ahead of the scripts and links Astro put before it', () => {
  const built = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title><script src="/before-paint.js"></script><link rel="icon" href="/favicon.svg">${csp}<link rel="stylesheet" href="/_astro/a.css"></head><body></body></html>`;
  assert.equal(
    cspMetaFirst(built, 'index.html'),
    `<!DOCTYPE html><html><head><meta charset="utf-8">${csp}<title>T</title><script src="/before-paint.js"></script><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css"></head><body></body></html>`,
  );
});

test('a page already in order is left as it is', () => {
  const page = `<html><head><meta charset="utf-8">${csp}<title>T</title></head></html>`;
  assert.equal(cspMetaFirst(page, 'index.html'), page);
});

test('a page without a CSP meta, or without a charset before it, stops the build and names the page', () => {
  assert.throws(() => cspMetaFirst('<html><head><meta charset="utf-8"></head></html>', 'a/index.html'), /a\/index\.html: no CSP meta/);
  assert.throws(() => cspMetaFirst(`<html><head>${csp}<meta charset="utf-8"></head></html>`, 'b/index.html'), /b\/index\.html: no <meta charset/);
});
