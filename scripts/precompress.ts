// Writes a Brotli (.br) and a gzip (.gz) copy next to each text file of the
// built site, so a server such as Caddy (deploy/Caddyfile) sends them as they
// are, compressed once at the highest level instead of on every request.
//
// Usage: node scripts/precompress.ts [dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats worth compressing; Pagefind's index files are compressed already. */
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/** Whether a built file gets compressed copies: text, and big enough to gain. */
export function shouldCompress(path: string, bytes: number): boolean {
  return TEXT.has(extname(path)) && bytes >= 256;
}

/** The compressed copies of content worth writing: only those smaller than it. */
export function compressedCopies(content: Buffer): { ext: '.br' | '.gz'; data: Buffer }[] {
  const copies = [
    { ext: '.br' as const, data: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }) },
    { ext: '.gz' as const, data: gzipSync(content, { level: 9 }) },
  ];
  return copies.filter((copy) => copy.data.length < content.length);
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

function main(dist: string): number {
  let count = 0;
  let before = 0;
  let after = 0;
  for (const path of [...files(dist)]) {
    const size = statSync(path).size;
    if (!shouldCompress(path, size)) continue;
    const content = readFileSync(path);
    for (const { ext, data } of compressedCopies(content)) {
      writeFileSync(path + ext, data);
      if (ext === '.br') after += data.length;
    }
    before += size;
    count++;
  }
  console.log(`precompress: ${count} files, ${(before / 1024).toFixed(0)} KiB, ${(after / 1024).toFixed(0)} KiB as Brotli`);
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv[2] ?? 'dist');
