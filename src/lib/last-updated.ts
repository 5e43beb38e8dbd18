// When an entry last changed: the newest commit that touched its page or its
// Go examples. One `git log` for the whole site, read once per build.
import { execFileSync } from 'node:child_process';

/** Each file's newest commit date, from `git log --format=%x00%cI --name-only` output (newest commit first). */
export function lastChanges(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n').map((line) => line.trim());
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/** The newest of the dates of the files at or under `paths`, or undefined when git knows none of them. */
export function newestChange(dates: Map<string, string>, paths: string[]): string | undefined {
  let newest: string | undefined;
  for (const [file, date] of dates) {
    if (!paths.some((path) => file === path || file.startsWith(`${path}/`))) continue;
    if (newest === undefined || Date.parse(date) > Date.parse(newest)) newest = date;
  }
  return newest;
}

let cached: Map<string, string> | undefined;

/** The site's change dates; empty outside a git checkout, where pages then show no date. */
export function siteChanges(): Map<string, string> {
  if (!cached) {
    try {
      cached = lastChanges(execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'content', 'examples'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }));
    } catch {
      cached = new Map();
    }
  }
  return cached;
}
