// Every check the site knows: the vet analyzers, staticcheck checks, linters,
// go command messages, runtime messages and the race detector that its entries
// name, each with the entries that explain it. /checks/ lists them and gives
// each its own page; /explain/ matches pasted tool output against them.
import { checkDocs } from './detector-docs.ts';
import type { Detector } from './taxonomy.ts';

/** The tools whose checks have a name a reader sees in their output: a group's heading, and what one check is. */
export const CHECK_TOOLS = {
  vet: { group: 'go vet analyzers', one: 'a go vet analyzer' },
  staticcheck: { group: 'staticcheck checks', one: 'a staticcheck check' },
  linter: { group: 'Linters and other checkers', one: 'a linter, one of its rules, or another checker run on the code' },
  gocmd: { group: 'The go command', one: 'a go command, an analyzer it runs, or a message it prints' },
  runtime: { group: 'Run-time errors, panics and fatal errors', one: 'what a Go program or the runtime prints when something fails at run time' },
  race: { group: 'Race detector', one: "the heading of every report of Go's race detector" },
} as const;
export type CheckTool = keyof typeof CHECK_TOOLS;

/** What the race detector prints first in every report. */
export const RACE_REPORT = 'WARNING: DATA RACE';

/** A check as an entry names it: in its detection list, or in a proof of its Bad code. */
export interface NamedCheck {
  tool: Detector;
  check?: string | undefined;
  command?: string | undefined;
}

/** A page that names checks. */
export interface CheckSource {
  title: string;
  url: string;
  summary: string;
  named: NamedCheck[];
}

export interface Check {
  /** The URL segment under /checks/: "sa1029", "copylocks", "assignment-to-entry-in-nil-map". */
  slug: string;
  /** The name as the tool prints it: an ID, an analyzer or linter name, or a message. */
  name: string;
  tool: CheckTool;
  /** The tool's own documentation of the check, when there is a page for it. */
  docs?: string;
  /** Commands the entries give for running it, each once. */
  commands: string[];
  /** The entries that explain it, in the order of the sources. */
  entries: { title: string; url: string; summary: string }[];
}

function isCheckTool(tool: Detector): tool is CheckTool {
  return Object.hasOwn(CHECK_TOOLS, tool);
}

/** The URL segment of a check: its ID in lower case, or its message's words joined by dashes. */
export function checkSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:panic|fatal error): /, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Gathers the checks the sources name. The race detector needs no name: its
 * report is always headed the same way. A runtime entry without a message
 * names no check, nor do tests, profiles and review. Throws when two different
 * names would share a page.
 */
export function buildChecks(sources: readonly CheckSource[]): Check[] {
  const bySlug = new Map<string, Check>();
  for (const source of sources) {
    for (const { tool, check, command } of source.named) {
      if (!isCheckTool(tool)) continue;
      const name = tool === 'race' ? RACE_REPORT : check;
      if (name === undefined) continue;
      const slug = checkSlug(name);
      if (slug === '') throw new Error(`${source.url}: the check "${name}" gives an empty URL segment`);
      let found = bySlug.get(slug);
      if (found === undefined) {
        const docs = checkDocs(tool, name);
        found = { slug, name, tool, ...(docs === undefined ? {} : { docs }), commands: [], entries: [] };
        bySlug.set(slug, found);
      } else if (found.name !== name || found.tool !== tool) {
        throw new Error(`${source.url}: "${name}" (${tool}) and "${found.name}" (${found.tool}) would share /checks/${slug}/`);
      }
      if (command !== undefined && !found.commands.includes(command)) found.commands.push(command);
      if (!found.entries.some((entry) => entry.url === source.url)) {
        found.entries.push({ title: source.title, url: source.url, summary: source.summary });
      }
    }
  }
  const order = Object.keys(CHECK_TOOLS);
  return [...bySlug.values()].sort((a, b) => order.indexOf(a.tool) - order.indexOf(b.tool) || a.name.localeCompare(b.name, 'en'));
}
