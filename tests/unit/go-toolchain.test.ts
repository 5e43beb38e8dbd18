import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { checkedGoRelease, goRelease } from '../../src/lib/go-toolchain.ts';

test('the Go release is read from GOVERSION, experiments and release candidates included', () => {
  assert.equal(goRelease('go1.26.8\n'), '1.26.8');
  assert.equal(goRelease('go1.26.8 X:jsonv2'), '1.26.8');
  assert.equal(goRelease('go1.27rc1'), '1.27rc1');
  assert.equal(goRelease('go1.25'), '1.25');
});

test('a GOVERSION that names no release fails the build instead of printing nonsense', () => {
  assert.throws(() => goRelease('devel go1.27-3f2a1b Tue'), /not a Go release/);
  assert.throws(() => goRelease(''), /not a Go release/);
});

test('the checked release is the one the toolchain in examples/ reports', () => {
  const reported = execFileSync('go', ['env', 'GOVERSION'], { cwd: 'examples', encoding: 'utf8' }).trim();
  assert.equal(`go${checkedGoRelease()}`, reported.split(' ')[0]);
});
