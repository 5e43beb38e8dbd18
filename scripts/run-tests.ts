/**
 * run-tests: runs the test suite step by step and ends with a table of where
 * the time went, so every run shows which step to make cheaper.
 *
 *   node scripts/run-tests.ts           every check (npm test)
 *   node scripts/run-tests.ts --quick   the developer loop (npm run test:quick): the same
 *                                       steps without the end-to-end walks over every page
 *
 * The site is built once, by the build step; the end-to-end step serves that
 * build. The end-to-end step gets one row per spec file: the summed time of its
 * tests (two workers run them side by side, so the rows add up to more than the
 * step's wall time). The run stops at the first failing step, table included.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Playwright's JSON report, reduced to what the table needs. */
export interface PlaywrightSuite {
  file: string;
  specs?: { tests: { status: string; results: { duration: number }[] }[] }[];
  suites?: PlaywrightSuite[];
}

export interface Row {
  name: string;
  seconds: number;
  status: 'ok' | 'failed';
  note?: string;
}

/** Summed test time and test count of each spec file in a Playwright JSON report. */
export function e2eFileTimes(report: { suites: PlaywrightSuite[] }): { file: string; seconds: number; tests: number; failed: number }[] {
  const byFile = new Map<string, { ms: number; tests: number; failed: number }>();
  const visit = (suite: PlaywrightSuite): void => {
    const entry = byFile.get(suite.file) ?? { ms: 0, tests: 0, failed: 0 };
    for (const spec of suite.specs ?? []) {
      for (const run of spec.tests) {
        entry.tests++;
        // Playwright's test status: expected, unexpected, flaky or skipped.
        if (run.status === 'unexpected') entry.failed++;
        for (const result of run.results) entry.ms += result.duration;
      }
    }
    byFile.set(suite.file, entry);
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites) visit(suite);
  return [...byFile]
    .filter(([, { tests }]) => tests > 0)
    .map(([file, { ms, tests, failed }]) => ({ file, seconds: ms / 1000, tests, failed }))
    .sort((a, b) => b.seconds - a.seconds);
}

/** The timing table, in Markdown so it can be pasted into a note. */
export function timingTable(rows: Row[], totalSeconds: number): string {
  const lines = ['| step | time | result |', '| --- | ---: | --- |'];
  for (const row of rows) {
    lines.push(`| ${row.name}${row.note === undefined ? '' : ` (${row.note})`} | ${row.seconds.toFixed(1)} s | ${row.status} |`);
  }
  lines.push(`| **total** | **${totalSeconds.toFixed(1)} s** | |`);
  return lines.join('\n');
}

const E2E_REPORT = 'playwright-report/results.json';

interface Step {
  name: string;
  command: string;
  env?: Record<string, string>;
}

// The suite builds the site for the preview server's origin, as a deployment
// builds it for its own: canonical links and the sitemap need an origin.
const SITE_URL = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 4329}`;

function steps(quick: boolean): Step[] {
  return [
    { name: 'types (astro check)', command: 'npx astro check' },
    { name: 'unit', command: "node --test 'tests/unit/*.test.ts'" },
    { name: 'Go checks (tidy, gofmt, vet, staticcheck, bad build, go test -race)', command: 'bash scripts/check-go.sh' },
    { name: 'Go proofs', command: 'node scripts/prove-go.ts' },
    { name: 'examples shown or listed', command: 'node scripts/check-examples.ts' },
    { name: 'build (astro build, pagefind, precompress)', command: 'npx astro build && npx pagefind && node scripts/precompress.ts', env: { SITE_URL } },
    {
      name: quick ? 'end to end, without the whole-site walks' : 'end to end',
      command: `npx playwright test --reporter=list,json${quick ? ' --grep-invert @site-walk' : ''}`,
      env: { PLAYWRIGHT_JSON_OUTPUT_FILE: E2E_REPORT },
    },
    { name: 'links', command: 'node scripts/check-links.ts', env: { SITE_URL } },
    { name: 'valid HTML', command: 'npx html-validate "dist/**/*.html"' },
    { name: 'budgets', command: 'node scripts/check-budgets.ts' },
  ];
}

function main(): number {
  const quick = process.argv.includes('--quick');
  const rows: Row[] = [];
  const started = performance.now();
  let failed = false;
  for (const step of steps(quick)) {
    console.log(`\n=== ${step.name}: ${step.command}`);
    const begin = performance.now();
    const run = spawnSync(step.command, { shell: true, stdio: 'inherit', env: { ...process.env, ...step.env } });
    const seconds = (performance.now() - begin) / 1000;
    failed = run.status !== 0;
    rows.push({ name: step.name, seconds, status: failed ? 'failed' : 'ok' });
    if (step.env?.['PLAYWRIGHT_JSON_OUTPUT_FILE'] !== undefined && existsSync(E2E_REPORT)) {
      for (const file of e2eFileTimes(JSON.parse(readFileSync(E2E_REPORT, 'utf8')))) {
        rows.push({ name: `  e2e ${file.file}`, seconds: file.seconds, status: file.failed > 0 ? 'failed' : 'ok', note: `${file.tests} ${file.tests === 1 ? 'test' : 'tests'}, summed` });
      }
    }
    if (failed) break;
  }
  console.log(`\n${quick ? 'npm run test:quick' : 'npm test'}: time per step\n`);
  console.log(timingTable(rows, (performance.now() - started) / 1000));
  return failed ? 1 : 0;
}

if (import.meta.main) process.exit(main());
