// The Go toolchain that checks the examples, as the site states it on every
// entry page: read at build time from `go env GOVERSION` in examples/, so it
// is never typed by hand and never out of date.
import { execFileSync } from 'node:child_process';
import { EXAMPLES_DIR } from './snippets.ts';

/** The release in a GOVERSION string: "go1.26.8" and "go1.26.8 X:jsonv2" give "1.26.8", "go1.27rc1" gives "1.27rc1". */
export function goRelease(goversion: string): string {
  const release = /^go(\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)(?:\s|$)/.exec(goversion.trim())?.[1];
  if (release === undefined) throw new Error(`go env GOVERSION printed "${goversion.trim()}", not a Go release such as go1.26.8`);
  return release;
}

let checked: string | undefined;

/** The release of the Go toolchain that runs in examples/ (so GOTOOLCHAIN and the go line count), read once per build. */
export function checkedGoRelease(): string {
  checked ??= goRelease(execFileSync('go', ['env', 'GOVERSION'], { cwd: EXAMPLES_DIR, encoding: 'utf8' }));
  return checked;
}
