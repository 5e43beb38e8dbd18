// The checks of this site's entries: what each names in its detection list
// and what the proofs of the Bad code it shows were caught by. Worked out once
// per build for /checks/ and /explain/.
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { buildChecks, type Check, type NamedCheck } from './checks.ts';
import { entryPages } from './entries.ts';
import { referencedFiles } from './example-packages.ts';
import { readProofs } from './proofs.ts';
import { EXAMPLES_DIR } from './snippets.ts';

/**
 * The checks named by the proofs of the Bad folders an MDX body shows. A panic
 * proof names its message only when an entry's detection list names it as a
 * runtime check, so a program's own panic gets no page of its own.
 */
function provenChecks(body: string, runtimeMessages: ReadonlySet<string>): NamedCheck[] {
  const dirs = new Set(referencedFiles(body).map((file) => posix.dirname(file)).filter((dir) => /(^|\/)bad$/.test(dir)));
  return [...dirs].flatMap((dir) => {
    const json = join(EXAMPLES_DIR, dir, 'proof.json');
    if (!existsSync(json)) return [];
    return readProofs(json, `examples/${dir}/proof.json`).flatMap((proof): NamedCheck[] => {
      if (proof.detector === 'race') return [{ tool: 'race' }];
      if (proof.detector === 'panic' && runtimeMessages.has(proof.expect)) return [{ tool: 'runtime', check: proof.expect }];
      if ((proof.detector === 'vet' || proof.detector === 'staticcheck') && proof.check !== undefined) return [{ tool: proof.detector, check: proof.check }];
      return [];
    });
  });
}

let checks: Promise<Check[]> | undefined;

async function load(): Promise<Check[]> {
  const pages = await entryPages();
  const runtimeMessages = new Set(pages.flatMap(({ detection }) => detection.flatMap(({ tool, check }) => (tool === 'runtime' && check !== undefined ? [check] : []))));
  return buildChecks(pages.map(({ title, url, summary, body, detection }) => ({ title, url, summary, named: [...detection, ...provenChecks(body, runtimeMessages)] })));
}

export function loadChecks(): Promise<Check[]> {
  checks ??= load();
  return checks;
}
