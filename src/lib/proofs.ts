// The proof.json schema: which detector catches a Bad Go snippet. Read by
// scripts/prove-go.ts, which runs the detectors, and by the site, which shows
// their saved output under each Bad snippet. The format is documented at the
// top of scripts/prove-go.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

export type DetectorKind = 'race' | 'panic' | 'leak' | 'vet' | 'staticcheck' | 'test' | 'none';

export const DETECTOR_KINDS: readonly DetectorKind[] = ['race', 'panic', 'leak', 'vet', 'staticcheck', 'test', 'none'];

export interface Proof {
  detector: DetectorKind;
  title: string;
  command: string[];
  expect: string;
  good: string;
  check?: string;
  snapshot: string;
  /** detector "none" only: why no tool catches it (the page says so). */
  reason?: string;
}

export class ProofError extends Error {}

const PROOF_KEYS = new Set(['detector', 'title', 'command', 'expect', 'good', 'check', 'snapshot']);
const NONE_KEYS = new Set(['detector', 'reason', 'good']);

function isKind(value: unknown): value is DetectorKind {
  return typeof value === 'string' && (DETECTOR_KINDS as readonly string[]).includes(value);
}

function hasBadTag(command: readonly string[]): boolean {
  return command.some((arg, i) => {
    const tags = arg.startsWith('-tags=') ? arg.slice(6) : arg === '-tags' ? (command[i + 1] ?? '') : null;
    return tags !== null && tags.split(',').includes('bad');
  });
}

/**
 * Validates the parsed contents of a proof.json (`where` names it in
 * errors) and returns its proofs, with defaults filled in.
 */
export function parseProofs(data: unknown, where: string): Proof[] {
  const list: unknown[] = Array.isArray(data) ? data : [data];
  if (list.length === 0) throw new ProofError(`${where}: no proofs`);
  const proofs = list.map((item, i) => {
    const at = Array.isArray(data) ? `${where}[${i}]` : where;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new ProofError(`${at}: a proof must be an object`);
    }
    const p = item as Record<string, unknown>;
    if (p.detector === 'none') {
      // No tool catches the mistake: nothing runs, and the page shows the reason instead of output.
      for (const key of Object.keys(p)) {
        if (!NONE_KEYS.has(key)) throw new ProofError(`${at}: unknown field "${key}" for detector "none"`);
      }
      if (list.length > 1) throw new ProofError(`${at}: detector "none" must be the only proof in its proof.json`);
      if (typeof p.reason !== 'string' || p.reason.trim().length < 20) {
        throw new ProofError(`${at}: detector "none" needs a "reason" saying why no tool catches it`);
      }
      if (typeof p.good !== 'string' || p.good === '' || isAbsolute(p.good)) {
        throw new ProofError(`${at}: "good" must be a relative path`);
      }
      return { detector: 'none', title: 'no tool', command: [], expect: '', good: p.good, snapshot: '', reason: p.reason } satisfies Proof;
    }
    for (const key of Object.keys(p)) {
      if (!PROOF_KEYS.has(key)) throw new ProofError(`${at}: unknown field "${key}"`);
    }
    const { detector, title, command, expect, good, check, snapshot } = p;
    if (!isKind(detector)) {
      throw new ProofError(`${at}: "detector" must be one of ${DETECTOR_KINDS.join(', ')}`);
    }
    for (const [name, value] of [['title', title], ['expect', expect], ['good', good]] as const) {
      if (typeof value !== 'string' || value.trim() === '') {
        throw new ProofError(`${at}: "${name}" must be a non-empty string`);
      }
    }
    if (!Array.isArray(command) || command.length < 2 || !command.every((a) => typeof a === 'string')) {
      throw new ProofError(`${at}: "command" must be an array of strings`);
    }
    const cmd = command as string[];
    const proof: Proof = {
      detector,
      title: title as string,
      command: cmd,
      expect: expect as string,
      good: good as string,
      snapshot: 'proof.txt',
    };
    if (snapshot !== undefined) {
      if (typeof snapshot !== 'string' || !/^proof[\w.-]*\.txt$/.test(snapshot)) {
        throw new ProofError(`${at}: "snapshot" must be a file name like proof.txt or proof-worker.txt`);
      }
      proof.snapshot = snapshot;
    } else if (list.length > 1) {
      throw new ProofError(`${at}: "snapshot" is required when proof.json holds several proofs`);
    }
    if (check !== undefined) {
      if (typeof check !== 'string' || check === '') throw new ProofError(`${at}: "check" must be a string`);
      proof.check = check;
    }
    if (cmd[0] !== 'go') throw new ProofError(`${at}: "command" must run go`);
    if (!hasBadTag(cmd)) throw new ProofError(`${at}: "command" must select the bad build tag (-tags=bad)`);
    if (!cmd.includes('.')) throw new ProofError(`${at}: "command" must name the package as "."`);
    if (isAbsolute(proof.good)) throw new ProofError(`${at}: "good" must be a relative path`);

    const fail = (why: string): never => {
      throw new ProofError(`${at}: detector "${detector}": ${why}`);
    };
    switch (detector) {
      case 'race':
        if (!cmd.includes('-race')) fail('"command" must use -race');
        if (!proof.expect.includes('DATA RACE')) fail('"expect" must contain "DATA RACE"');
        break;
      case 'panic':
        if (!/^(panic|fatal error): /.test(proof.expect)) fail('"expect" must start with "panic: " or "fatal error: "');
        break;
      case 'leak':
        if (!proof.expect.startsWith('leakcheck: ')) fail('"expect" must start with "leakcheck: "');
        break;
      case 'test':
        if (!proof.expect.startsWith('--- FAIL: ')) fail('"expect" must start with "--- FAIL: "');
        break;
      case 'vet':
        if (proof.check === undefined) fail('"check" must name the analyzer');
        if (cmd[1] !== 'vet' || !cmd.includes(`-${proof.check}`)) {
          fail(`"command" must be go vet -${proof.check ?? '<analyzer>'} ..., so that only that analyzer runs`);
        }
        break;
      case 'staticcheck': {
        if (proof.check === undefined || !/^[A-Z]+\d+$/.test(proof.check)) fail('"check" must be a check ID like SA1029');
        const i = cmd.indexOf('-checks');
        if (cmd[1] !== 'tool' || cmd[2] !== 'staticcheck' || i < 0 || cmd[i + 1] !== proof.check) {
          fail(`"command" must be go tool staticcheck -checks ${proof.check ?? '<ID>'} ...`);
        }
        break;
      }
    }
    if (proof.check !== undefined && detector !== 'vet' && detector !== 'staticcheck') {
      fail('"check" is only for vet and staticcheck');
    }
    return proof;
  });
  const names = proofs.map((p) => p.snapshot);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) throw new ProofError(`${where}: snapshot ${dup} is used twice`);
  return proofs;
}

/** The proofs in the proof.json at `file`; `where` names it in errors. */
export function readProofs(file: string, where: string): Proof[] {
  return parseProofs(JSON.parse(readFileSync(file, 'utf8')) as unknown, where);
}

/** A Bad snippet's proof and, when a tool catches it, that tool's saved output. */
export interface ShownProof {
  proof: Proof;
  /** The package directory the command runs in, relative to examples/. */
  dir: string;
  /** The snapshot text; empty for detector "none". */
  output: string;
}

/**
 * Finds the proof for a Bad snippet shown from `file` (relative to `root`):
 * its folder's proof.json, and the snapshot named `name` when the folder
 * holds several proofs. Throws when the snippet is not proven.
 */
export function proofFor(file: string, name: string | undefined, root: string): ShownProof {
  const dir = dirname(file);
  const json = resolve(root, dir, 'proof.json');
  if (!/(^|\/)bad$/.test(dir) || !existsSync(json)) {
    throw new ProofError(`a Bad snippet must come from a bad/ folder with a proof.json (examples/${dir}/proof.json)`);
  }
  const proofs = readProofs(json, `examples/${dir}/proof.json`);
  const proof = name === undefined ? (proofs.length === 1 ? proofs[0] : undefined) : proofs.find((p) => p.snapshot === name);
  if (!proof) {
    throw new ProofError(
      name === undefined
        ? `examples/${dir}/proof.json holds several proofs; name one with proof="${proofs.map((p) => p.snapshot).join('" or "')}"`
        : `examples/${dir}/proof.json has no proof with snapshot "${name}"`,
    );
  }
  const snapshot = resolve(root, dir, proof.snapshot);
  if (proof.detector !== 'none' && !existsSync(snapshot)) {
    throw new ProofError(`examples/${dir}/${proof.snapshot} is missing; run node scripts/prove-go.ts --update`);
  }
  return { proof, dir, output: proof.detector === 'none' ? '' : readFileSync(snapshot, 'utf8').trimEnd() };
}
