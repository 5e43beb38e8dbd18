// The checks of this site's entries: what each names in its detection list
// and what the proofs of the Bad code it shows were caught by. Worked out once
// per build for /checks/ and /explain/.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { buildChecks, type Check, type NamedCheck } from './checks.ts';
import { loadSite } from './entries.ts';
import { referencedFiles } from './example-packages.ts';
import { parseProofs } from './proofs.ts';
import { EXAMPLES_DIR } from './snippets.ts';

/** The checks named by the proofs of the Bad folders an MDX body shows. */
function provenChecks(body: string): NamedCheck[] {
  const dirs = new Set(referencedFiles(body).map((file) => posix.dirname(file)).filter((dir) => /(^|\/)bad$/.test(dir)));
  return [...dirs].flatMap((dir) => {
    const json = join(EXAMPLES_DIR, dir, 'proof.json');
    if (!existsSync(json)) return [];
    return parseProofs(JSON.parse(readFileSync(json, 'utf8')) as unknown, `examples/${dir}/proof.json`).flatMap((proof): NamedCheck[] => {
      if (proof.detector === 'race') return [{ tool: 'race' }];
      if ((proof.detector === 'vet' || proof.detector === 'staticcheck') && proof.check !== undefined) return [{ tool: proof.detector, check: proof.check }];
      return [];
    });
  });
}

let checks: Promise<Check[]> | undefined;

async function load(): Promise<Check[]> {
  const { patterns, pitfalls, phases } = await loadSite();
  return buildChecks([
    ...pitfalls.map((entry) => ({
      title: entry.data.title,
      url: `/pitfalls/${entry.id}/`,
      summary: entry.data.summary,
      named: [...entry.data.detection, ...provenChecks(entry.body ?? '')],
    })),
    ...patterns.map((entry) => ({ title: entry.data.title, url: `/patterns/${entry.id}/`, summary: entry.data.summary, named: provenChecks(entry.body ?? '') })),
    ...phases.map((entry) => ({ title: `R${entry.data.phase} ${entry.data.title}`, url: `/rubric/${entry.id}/`, summary: entry.data.summary, named: provenChecks(entry.body ?? '') })),
  ]);
}

export function loadChecks(): Promise<Check[]> {
  checks ??= load();
  return checks;
}
