import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressedCopies, shouldCompress } from '../../scripts/precompress.ts';

test('text files of some size get compressed copies; images, Pagefind chunks and tiny files do not', () => {
  assert.ok(shouldCompress('dist/patterns/worker-pool/index.html', 40_000));
  assert.ok(shouldCompress('dist/_astro/review.Bx1.js', 5_000));
  assert.ok(shouldCompress('dist/sitemap-0.xml', 9_000));
  assert.ok(!shouldCompress('dist/pagefind/fragment/en_1a2b.pf_fragment', 5_000));
  assert.ok(!shouldCompress('dist/favicon.png', 5_000));
  assert.ok(!shouldCompress('dist/robots.txt', 40));
});

test('the copies decompress to the original, and only copies that are smaller are kept', () => {
  const page = Buffer.from('<p>Go Field Guide</p>\n'.repeat(200));
  const copies = compressedCopies(page);
  assert.deepEqual(copies.map((copy) => copy.ext), ['.br', '.gz']);
  assert.deepEqual(brotliDecompressSync(copies[0]!.data), page);
  assert.deepEqual(gunzipSync(copies[1]!.data), page);
  assert.deepEqual(compressedCopies(Buffer.from([0x8f, 0x12, 0xa3, 0x44])), []);
});
