/**
 * prove-go: proves that every Bad Go snippet is caught by the tool that is
 * said to catch it, and that its Good twin is not, and keeps the tool's real
 * output as a committed snapshot for the page to show.
 *
 *   node scripts/prove-go.ts             check: detectors fire on Bad, stay quiet on Good,
 *                                        snapshots match the fresh output
 *   node scripts/prove-go.ts --update    the same, but (re)write the snapshots
 *   node scripts/prove-go.ts --repeat 5  run each Bad detector 5 times; the normalized
 *                                        output must be identical every time
 *   node scripts/prove-go.ts --examples DIR   use another examples/ tree (for tests)
 *
 * ## proof.json
 *
 * Every Bad package (a directory named `bad` under examples/, whose files
 * carry `//go:build bad`) has a `proof.json` next to its code: one proof
 * object, or an array of them when the package holds several Bad snippets.
 *
 *   {
 *     "detector": "race",                       // race | panic | leak | vet | staticcheck | test
 *     "title": "go test -race",                 // how the page names the tool
 *     "command": ["go", "test", "-race", "-count=1", "-tags=bad", "."],
 *     "expect": "WARNING: DATA RACE",           // text the Bad output must contain
 *     "good": "..",                             // the Good twin package, relative to bad/
 *     "check": "SA1029",                        // vet and staticcheck only: analyzer name / check ID
 *     "snapshot": "proof.txt"                   // optional; default proof.txt, required
 *   }                                           //   (and distinct) when the file holds an array
 *
 * `command` must start with "go", select the bad build tag (`-tags=bad` or
 * `-tags bad`) and name the package as "."; it runs unchanged in the Bad
 * directory and then in the Good one (where the tag changes nothing).
 *
 * A detector FIRES when the command exits non-zero and its output contains
 * `expect`, plus, by kind:
 *   race         command has -race; expect contains "DATA RACE"
 *   panic        expect starts with "panic: " or "fatal error: " (runtime message)
 *   leak         expect starts with "leakcheck: " (examples/internal/leakcheck)
 *   vet          command is `go vet -<check> ...`; a file:line:col diagnostic is printed
 *   staticcheck  command is `go tool staticcheck -checks <check> ...`; a diagnostic
 *                ends with "(<check>)"
 *   test         expect starts with "--- FAIL: "
 * The Good twin is CLEAN when the same command exits 0, its output does not
 * contain `expect`, and (for go test) it actually ran tests.
 *
 * The snapshot (bad/proof.txt, or the "snapshot" name) is the Bad output
 * normalized (see normalizeOutput) and trimmed to the useful part (see
 * trimOutput), so that it is identical run after run and machine to machine.
 * A check fails when it differs from the fresh output. One exception: which
 * of two racing accesses the race detector reports first can vary, so a
 * race is run up to 5 times until it matches (and --update keeps the report
 * seen most often in 5 runs). Detectors run one at a time: `go test -race`
 * is heavy.
 *
 * ## The cache
 *
 * A check that passed leaves an empty file in .cache/prove-go/ named by the
 * SHA-256 of everything its result depends on (see proofKey): the proof, its
 * saved snapshot, every file of the Bad and Good packages and of the packages
 * of this module they import (tests included), go.mod, go.sum, the Go version
 * and this script. A later check with the same key is not re-run. --update and
 * --repeat ignore the cache; deleting .cache/ empties it, and CI starts empty.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProofError, readProofs, type DetectorKind, type Proof } from '../src/lib/proofs.ts';

// ---------------------------------------------------------------------------
// Normalization: make raw tool output stable across runs and machines.

export interface NormalizeContext {
  /** Absolute path of examples/; paths under it become relative to it. */
  examplesDir: string;
  /** Absolute GOROOT; paths under it become $GOROOT/... */
  goroot?: string;
  /** Absolute GOMODCACHE; paths under it become $GOMODCACHE/... */
  gomodcache?: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Normalizes tool output: CRLF to LF; absolute paths under examples/ made
 * relative to it, under GOROOT or GOMODCACHE prefixed with $GOROOT or
 * $GOMODCACHE; `+0x29` frame offsets dropped; hex addresses (6+ digits)
 * to 0x…; goroutine numbers to N; timings such as (2.04s) and 0.005s and
 * wait times such as ", 2 minutes" dropped; trailing whitespace trimmed.
 */
export function normalizeOutput(text: string, ctx: NormalizeContext): string {
  const roots: [string, string][] = [[ctx.examplesDir, '']];
  if (ctx.goroot !== undefined && ctx.goroot !== '') roots.push([ctx.goroot, '$GOROOT/']);
  if (ctx.gomodcache !== undefined && ctx.gomodcache !== '') roots.push([ctx.gomodcache, '$GOMODCACHE/']);
  roots.sort((a, b) => b[0].length - a[0].length); // the most specific root first

  let out = text.replace(/\r\n?/g, '\n');
  for (const [root, replacement] of roots) {
    const trimmed = root.replace(/[\\/]+$/, '');
    out = out.replace(new RegExp(`${escapeRegExp(trimmed)}[\\\\/]`, 'g'), replacement);
  }
  return out
    .split('\n')
    .map((line) =>
      line
        .replace(/ \+0x[0-9a-f]+$/, '') // pc offset at the end of a frame's file line
        .replace(/\b0x[0-9a-fA-F]{6,}\b/g, '0x…')
        // A frame's arguments are runtime values (pointers, small words): they vary between runs.
        .replace(/^(\S.*)\(([^()]*\b0x[^()]*)\)$/, '$1(…)')
        .replace(/\b([Gg]oroutine) \d+\b/g, '$1 N')
        // A test server listens on a port the kernel picks.
        .replace(/\b127\.0\.0\.1:\d+\b/g, '127.0.0.1:PORT')
        .replace(/^(\s*--- (?:FAIL|PASS|SKIP): .*?) \(\d+(?:\.\d+)?s\)$/, '$1')
        .replace(/^((?:ok|FAIL)\s+\S+)\s+(?:\d+(?:\.\d+)?s|\(cached\))$/, '$1')
        .replace(/^(\s*goroutine N \[[^\]]*?), \d+ minutes\]/, '$1]')
        .replace(/\s+$/, ''),
    )
    .join('\n')
    .trim();
}

// ---------------------------------------------------------------------------
// Trimming: keep the part of the (normalized) output that a reader needs.

const RACE_RULE = '==================';

/**
 * Whether a stack frame belongs to the test runner rather than the code: a
 * function in package testing, or the generated test main (_testmain.go).
 */
function isRunnerFrame(line: string, fileLine: string): boolean {
  return /^\s*(created by )?testing\./.test(line) || (/^\s*main\.main\(/.test(line) && fileLine.includes('_testmain.go'));
}

/**
 * Drops test-runner frames (testing.*, the test main) from a stack given as
 * pairs of a function line and a file line.
 */
function dropRunnerFrames(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isRunnerFrame(line, lines[i + 1] ?? '')) {
      if (/^\s+\S+\.go:\d+/.test(lines[i + 1] ?? '')) i++; // and its file line
      continue;
    }
    out.push(line);
  }
  return out;
}

/**
 * The race report to show: of all WARNING: DATA RACE blocks, each reduced
 * to its access stacks ("Read at", "Previous write at"; the "Goroutine N
 * (running|finished) created at" sections are dropped, since the second
 * goroutine's state varies from run to run) without test-runner frames, the
 * one that sorts first. Which pair of accesses is reported first varies
 * between runs; sorting picks the same block every time as long as it is
 * reported at all.
 */
export function extractRace(text: string): string {
  const lines = text.split('\n');
  const blocks: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== 'WARNING: DATA RACE') continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j] !== RACE_RULE) body.push(lines[j++] ?? '');
    i = j;
    const sections = body
      .join('\n')
      .split(/\n\s*\n/)
      .map((s) => s.split('\n').filter((l) => l !== ''))
      .filter((s) => s.length > 0 && !/^Goroutine N \(.*\) created at:$/.test(s[0] ?? ''))
      .map((s) => dropRunnerFrames(s).join('\n'));
    blocks.push([RACE_RULE, 'WARNING: DATA RACE', sections.join('\n\n'), RACE_RULE].join('\n'));
  }
  return [...blocks].sort()[0] ?? '';
}

/** Collects the lines of a goroutine's stack, from its header to a blank or non-stack line. */
function goroutineBlock(lines: string[], start: number): string[] {
  const out: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '' || (i > start && /^(FAIL|ok|PASS|exit status|---|panic:|fatal error:|goroutine )/.test(line))) break;
    out.push(line);
  }
  return dropRunnerFrames(out);
}

/**
 * The runtime's panic (or fatal error) message, and the stack of the first
 * goroutine printed after it that has frames of its own: in a deadlock the
 * test runner's goroutine comes first, and nothing of it is left once its
 * runner frames are dropped. When a synctest bubble's root returned with
 * goroutines left in it, the first of those is the one worth showing.
 */
export function extractPanic(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^(panic|fatal error): /.test(l));
  if (start < 0) return '';
  const message: string[] = [];
  let i = start;
  while (i < lines.length && lines[i] !== '' && !/^goroutine N \[/.test(lines[i] ?? '')) message.push(lines[i++] ?? '');
  const leftInBubble = message[0]?.includes('main bubble goroutine has exited') && lines.slice(i).some((l) => /^goroutine N \[.*synctest bubble.*\]:$/.test(l));
  for (let g = i; g < lines.length; g++) {
    if (!/^goroutine N \[.*\]:$/.test(lines[g] ?? '')) continue;
    if (leftInBubble && !lines[g]?.includes('synctest bubble')) continue;
    const block = goroutineBlock(lines, g);
    if (block.length > 1) return [...message, '', ...block].join('\n');
  }
  return message.join('\n');
}

/** The first "--- FAIL" line and the indented lines that belong to it. */
function failBlock(lines: string[], start: number): string[] {
  const indent = /^\s*/.exec(lines[start] ?? '')?.[0].length ?? 0;
  const out = [lines[start] ?? ''];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const depth = /^\s*/.exec(line)?.[0].length ?? 0;
    if (line !== '' && depth <= indent) break;
    out.push(line);
  }
  while (out.at(-1) === '') out.pop();
  return out;
}

/**
 * The failing test's "--- FAIL" line and what it logged, up to and
 * including the leakcheck message and the first leaked goroutine's stack.
 */
export function extractLeak(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('leakcheck: '));
  if (at < 0) return '';
  let fail = -1;
  for (let i = at; i >= 0; i--) {
    if (/^\s*--- FAIL: /.test(lines[i] ?? '')) {
      fail = i;
      break;
    }
  }
  const block = fail < 0 ? lines.slice(at) : failBlock(lines, fail);
  const msg = block.findIndex((l) => l.includes('leakcheck: '));
  const out = block.slice(0, msg + 1);
  // The stacks follow after a blank line and are separated by blank lines.
  let i = msg + 1;
  while (i < block.length && block[i] === '') i++;
  const stack: string[] = [];
  while (i < block.length && block[i] !== '') stack.push(block[i++] ?? '');
  if (stack.length > 0) out.push('', ...dropRunnerFrames(stack));
  return out.join('\n');
}

/** The first failing test's "--- FAIL" line and what it logged. */
export function extractTestFailure(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /^\s*--- FAIL: /.test(l));
  return at < 0 ? '' : failBlock(lines, at).join('\n');
}

const DIAGNOSTIC = /^\S+\.go:\d+(?::\d+)?: /;

/** The diagnostic lines (file.go:line:col: message) of go vet or staticcheck. */
export function extractDiagnostics(text: string): string {
  return text
    .split('\n')
    .filter((l) => DIAGNOSTIC.test(l))
    .join('\n');
}

/** Trims normalized output to the part worth showing for a detector kind. */
export function trimOutput(kind: DetectorKind, text: string): string {
  switch (kind) {
    case 'race':
      return extractRace(text);
    case 'panic':
      return extractPanic(text);
    case 'leak':
      return extractLeak(text);
    case 'test':
      return extractTestFailure(text);
    case 'vet':
    case 'staticcheck':
      return extractDiagnostics(text);
    case 'none':
      return '';
  }
}

/**
 * Why a detector's output shows that it fired, or null if it did not.
 * `output` is the normalized output, `code` the exit status (null if killed).
 */
export function firedReason(proof: Proof, code: number | null, output: string): string | null {
  if (code === 0) return null;
  if (!output.includes(proof.expect)) return null;
  const lines = output.split('\n');
  switch (proof.detector) {
    case 'vet':
      if (!lines.some((l) => DIAGNOSTIC.test(l))) return null;
      break;
    case 'staticcheck':
      if (!lines.some((l) => DIAGNOSTIC.test(l) && l.endsWith(`(${proof.check ?? ''})`))) return null;
      break;
    default:
      break;
  }
  return `exit ${code ?? 'killed'}, output contains ${JSON.stringify(proof.expect)}`;
}

/**
 * Why the Good twin's output shows the detector firing or the run proving
 * nothing, or null if it is clean.
 */
export function dirtyReason(proof: Proof, code: number | null, output: string): string | null {
  if (code !== 0) return `the command failed (exit ${code ?? 'killed'})`;
  if (output.includes(proof.expect)) return `the output contains ${JSON.stringify(proof.expect)}`;
  if (proof.command[1] === 'test' && /no tests to run|no test files/.test(output)) {
    return 'go test ran no tests, so it proves nothing';
  }
  return null;
}

// ---------------------------------------------------------------------------
// A small line diff for stale snapshots.

/** A unified-style line diff (" " same, "-" only in a, "+" only in b). */
export function diffLines(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const n = x.length;
  const m = y.length;
  // lcs[i][j] = length of the longest common subsequence of x[i:] and y[j:]
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = x[i] === y[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      out.push(`  ${x[i++] ?? ''}`);
      j++;
    } else if (i < n && (j >= m || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      out.push(`- ${x[i++] ?? ''}`);
    } else {
      out.push(`+ ${y[j++] ?? ''}`);
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------
// The CLI.

/** How often a race is run before its output is taken as differing from the snapshot. */
const RACE_RUNS = 5;

/** The key seen most often; ties go to the one that sorts first. */
export function mostFrequent(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0] ?? '';
}

interface RunResult {
  code: number | null;
  output: string;
  seconds: number;
}

/** Runs a command with stdout and stderr merged in order, as a terminal would show them. */
function run(command: string[], cwd: string): RunResult {
  const env = { ...process.env };
  delete env['GORACE']; // options such as halt_on_error would change the report
  delete env['GOTRACEBACK']; // keep the default: the panicking goroutine only
  delete env['PWD']; // so go reports the real path of cwd, which normalizeOutput knows
  const started = performance.now();
  const r = spawnSync('sh', ['-c', '"$@" 2>&1', 'sh', ...command], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 5 * 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, output: r.stdout, seconds: (performance.now() - started) / 1000 };
}

function goEnv(name: string, cwd: string): string {
  const r = spawnSync('go', ['env', name], { cwd, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

/** Every directory named `bad` under root, skipping hidden directories and testdata. */
function findBadDirs(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'testdata') continue;
      const path = join(dir, entry.name);
      if (entry.name === 'bad') found.push(path);
      walk(path);
    }
  };
  walk(root);
  return found.sort();
}

function indent(text: string, prefix = '    '): string {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}

// ---------------------------------------------------------------------------
// The cache: a proof whose inputs did not change is not re-run.

const CACHE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '.cache', 'prove-go');

/**
 * The directories of this module's packages that each package directory
 * depends on, its own and its tests' imports included, from one `go list`.
 * Undefined when go list fails: then nothing is cached.
 */
export function localDeps(examplesDir: string): Map<string, Set<string>> | undefined {
  const module = /^module\s+(\S+)/m.exec(readFileSync(join(examplesDir, 'go.mod'), 'utf8'))?.[1];
  if (module === undefined) return undefined;
  const r = spawnSync('go', ['list', '-tags', 'bad', '-test', '-f', '{{.Dir}} {{join .Deps " "}}', './...'], {
    cwd: examplesDir,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) return undefined;
  const deps = new Map<string, Set<string>>();
  for (const line of r.stdout.split('\n').filter(Boolean)) {
    const [dir = '', ...imports] = line.split(' ');
    const set = deps.get(dir) ?? new Set<string>();
    for (const path of imports) {
      if (path !== module && !path.startsWith(`${module}/`)) continue;
      // An external test package (x_test) lives in the directory of x.
      const dir = join(examplesDir, path.slice(module.length).replace(/_test$/, ''));
      if (existsSync(dir)) set.add(dir);
    }
    deps.set(dir, set);
  }
  return deps;
}

/** What every proof's result depends on besides its own packages: the toolchain, the prover, go.mod and go.sum. */
function cacheInputs(examplesDir: string): string[] {
  const toolchain = spawnSync('go', ['env', 'GOVERSION', 'GOOS', 'GOARCH', 'GOFLAGS', 'CGO_ENABLED', 'GOEXPERIMENT'], { cwd: examplesDir, encoding: 'utf8' }).stdout;
  const here = dirname(fileURLToPath(import.meta.url));
  const files = [join(here, 'prove-go.ts'), join(here, '..', 'src', 'lib', 'proofs.ts'), join(examplesDir, 'go.mod'), join(examplesDir, 'go.sum')];
  return [toolchain, ...files.map((path) => readFileSync(path, 'utf8'))];
}

/** The SHA-256 of a proof's inputs: the given texts, then each directory's files (not its subdirectories) by name. */
export function proofKey(texts: string[], dirs: Iterable<string>, root: string): string {
  const hash = createHash('sha256');
  const add = (label: string, content: string | Buffer): void => {
    hash.update(`${label}\0${content.length}\0`);
    hash.update(content);
  };
  texts.forEach((text, index) => add(`text ${index}`, text));
  for (const dir of [...new Set(dirs)].sort()) {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.isFile()) add(relative(root, join(dir, entry.name)).split(sep).join('/'), readFileSync(join(dir, entry.name)));
    }
  }
  return hash.digest('hex');
}

interface Options {
  update: boolean;
  repeat: number;
  examplesDir: string;
}

function parseArgs(argv: string[]): Options {
  const here = dirname(fileURLToPath(import.meta.url));
  const opts: Options = { update: false, repeat: 1, examplesDir: resolve(here, '..', 'examples') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--update') opts.update = true;
    else if (arg === '--repeat') opts.repeat = Number(argv[++i]);
    else if (arg === '--examples') opts.examplesDir = resolve(argv[++i] ?? '');
    else throw new ProofError(`unknown argument ${arg ?? ''}\nusage: node scripts/prove-go.ts [--update] [--repeat N] [--examples DIR]`);
  }
  if (!Number.isInteger(opts.repeat) || opts.repeat < 1) throw new ProofError('--repeat needs a whole number >= 1');
  return opts;
}

function main(argv: string[]): number {
  const opts = parseArgs(argv);
  const examplesDir = realpathSync(opts.examplesDir);
  const ctx: NormalizeContext = {
    examplesDir,
    goroot: goEnv('GOROOT', examplesDir),
    gomodcache: goEnv('GOMODCACHE', examplesDir),
  };
  const rel = (p: string): string => relative(examplesDir, p).split(sep).join('/');
  // The cache serves plain checks only: --update and --repeat always run.
  const deps = !opts.update && opts.repeat === 1 ? localDeps(examplesDir) : undefined;
  const sharedInputs = deps === undefined ? [] : cacheInputs(examplesDir);

  const failures: string[] = [];
  const fail = (msg: string): void => {
    failures.push(msg);
    console.error(`FAIL ${msg}`);
  };
  let caught = 0;
  let clean = 0;
  let written = 0;
  let uncatchable = 0;
  let cached = 0;

  for (const badDir of findBadDirs(examplesDir)) {
    const where = `${rel(badDir)}/proof.json`;
    const file = join(badDir, 'proof.json');
    if (!existsSync(file)) {
      fail(`${rel(badDir)}: a Bad package needs a proof.json declaring the detector that catches it`);
      continue;
    }
    let proofs: Proof[];
    try {
      proofs = readProofs(file, where);
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err));
      continue;
    }
    const declared = new Set(proofs.map((p) => p.snapshot));
    for (const name of readdirSync(badDir)) {
      if (/^proof.*\.txt$/.test(name) && !declared.has(name)) {
        fail(`${rel(badDir)}/${name}: snapshot declared by no proof in proof.json; delete it`);
      }
    }

    for (const proof of proofs) {
      if (proof.detector === 'none') {
        uncatchable++;
        console.log(`ok   ${rel(badDir)} [none] no tool catches it: ${proof.reason ?? ''}`);
        continue;
      }
      const label = `${rel(badDir)}/${proof.snapshot} [${proof.detector}${proof.check !== undefined ? ` ${proof.check}` : ''}]`;
      const goodDir = resolve(badDir, proof.good);
      if (!existsSync(goodDir) || !statSync(goodDir).isDirectory() || goodDir === badDir || !goodDir.startsWith(examplesDir + sep)) {
        fail(`${label}: Good twin "${proof.good}" is not a package directory inside examples/`);
        continue;
      }
      const cmd = proof.command.join(' ');

      // The Bad package: the detector must fire on every run.
      //  --repeat N: N runs, whose trimmed output must be identical.
      //  --update:   RACE_RUNS runs for a race (1 otherwise); the snapshot is the
      //              output seen most often.
      //  check:      runs until the output equals the saved snapshot, at most
      //              RACE_RUNS times for a race (1 otherwise): which of two racing
      //              accesses the race detector reports first can vary.
      const snapFile = join(badDir, proof.snapshot);
      const saved = existsSync(snapFile) ? readFileSync(snapFile, 'utf8').replace(/\n$/, '') : null;
      const key =
        deps === undefined
          ? undefined
          : proofKey([...sharedInputs, JSON.stringify(proof), saved ?? ''], [badDir, goodDir, ...(deps.get(badDir) ?? []), ...(deps.get(goodDir) ?? [])], examplesDir);
      if (key !== undefined && existsSync(join(CACHE_DIR, key))) {
        caught++;
        clean++;
        cached++;
        console.log(`ok   ${label} caught; Good twin clean (cached: nothing it depends on changed)`);
        continue;
      }
      const maxRuns = opts.repeat > 1 ? opts.repeat : proof.detector === 'race' ? RACE_RUNS : 1;
      const seen = new Map<string, number>();
      let first: string | null = null;
      let ok = true;
      let runs = 0;
      let badSeconds = 0;
      while (runs < maxRuns) {
        const r = run(proof.command, badDir);
        runs++;
        badSeconds += r.seconds;
        const output = normalizeOutput(r.output, ctx);
        if (firedReason(proof, r.code, output) === null) {
          fail(`${label}: \`${cmd}\` did not catch the Bad code in ${rel(badDir)} (exit ${r.code ?? 'killed'}; want non-zero and ${JSON.stringify(proof.expect)}). Output:\n${indent(output)}`);
          ok = false;
          break;
        }
        const trimmed = trimOutput(proof.detector, output);
        if (trimmed === '') {
          fail(`${label}: the ${proof.detector} report was not found in the output:\n${indent(output)}`);
          ok = false;
          break;
        }
        first ??= trimmed;
        seen.set(trimmed, (seen.get(trimmed) ?? 0) + 1);
        if (opts.repeat > 1 && trimmed !== first) {
          fail(`${label}: run ${runs} of ${opts.repeat} gave different normalized output (- run 1, + run ${runs}):\n${indent(diffLines(first, trimmed))}`);
          ok = false;
          break;
        }
        if (opts.repeat === 1 && !opts.update && trimmed === saved) break;
      }
      if (!ok || first === null) continue;
      caught++;
      const snapshot = opts.update ? mostFrequent(seen) : saved !== null && seen.has(saved) ? saved : first;

      // The Good twin: the same command must pass without the expected text.
      const g = run(proof.command, goodDir);
      const goodOutput = normalizeOutput(g.output, ctx);
      const dirty = dirtyReason(proof, g.code, goodOutput);
      if (dirty !== null) {
        fail(`${label}: on the Good twin ${rel(goodDir)}, \`${cmd}\` should pass cleanly, but ${dirty}. Output:\n${indent(goodOutput)}`);
        continue;
      }
      clean++;

      // The snapshot.
      const timing = `(Bad ${badSeconds.toFixed(1)}s${runs > 1 ? ` in ${runs} runs` : ''}, Good ${g.seconds.toFixed(1)}s)`;
      if (saved === snapshot) {
        console.log(`ok   ${label} caught; Good twin clean ${timing}`);
        if (key !== undefined) {
          mkdirSync(CACHE_DIR, { recursive: true });
          writeFileSync(join(CACHE_DIR, key), '');
        }
      } else if (opts.update) {
        writeFileSync(snapFile, `${snapshot}\n`);
        written++;
        console.log(`ok   ${label} caught; Good twin clean; snapshot ${saved === null ? 'written' : 'updated'} ${timing}`);
      } else if (saved === null) {
        fail(`${label}: no snapshot ${rel(snapFile)}; run node scripts/prove-go.ts --update`);
      } else {
        fail(`${label}: snapshot ${rel(snapFile)} is stale (- saved, + fresh); run node scripts/prove-go.ts --update:\n${indent(diffLines(saved, snapshot))}`);
      }
    }
  }

  const snippets = (n: number): string => `${n} Bad snippet${n === 1 ? '' : 's'}`;
  if (failures.length > 0) {
    console.error(`prove-go: FAILED, ${failures.length} problem${failures.length === 1 ? '' : 's'} (${snippets(caught)} caught, ${clean} Good twins clean)`);
    return 1;
  }
  if (caught === 0) {
    console.error(`prove-go: FAILED, no Bad packages found under ${examplesDir}`);
    return 1;
  }
  console.log(`prove-go: ${snippets(caught)} caught (${cached} of them cached), ${clean} Good twins clean, ${uncatchable} caught by review only${opts.update ? `, ${written} snapshots written` : ''}`);
  return 0;
}

/** Whether this file was run directly (fallback for Node versions without import.meta.main). */
function invokedDirectly(): boolean {
  const script = process.argv[1];
  return script !== undefined && resolve(script) === fileURLToPath(import.meta.url);
}

if (import.meta.main ?? invokedDirectly()) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    console.error(`prove-go: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
