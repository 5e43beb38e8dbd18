// Reads pasted tool output (go vet, staticcheck, golangci-lint as text or
// JSON, the race detector, a panic or fatal error) and finds, line by line,
// the checks the site knows. Pure, so the /explain/ page runs it in the
// browser and nothing pasted leaves the page.
import type { CheckTool } from './checks.ts';

/** What /explain/ needs of a check. */
export interface KnownCheck {
  slug: string;
  name: string;
  tool: CheckTool;
  entries: { title: string; url: string }[];
}

/**
 * go vet prints a message without the analyzer's name, so each analyzer the
 * site names needs its message here; the /explain/ page fails the build when
 * one is missing.
 */
export const VET_MESSAGES: Record<string, RegExp> = {
  loopclosure: /\bloop variable \S+ captured by func literal\b/,
  structtag: /\bstruct field (?:tag .* not compatible with reflect\.StructTag\.Get|\S+ repeats \S+ tag)/,
  testinggoroutine: /\bcall to \(\*testing\.[TBF]\)\.\w+ from a non-test goroutine\b/,
};

export interface Explained {
  /** The checks found, in the order they first appear, each with the lines that named it. */
  known: { check: KnownCheck; lines: string[] }[];
  /** Lines that look like a diagnostic (file:line: message, panic:, fatal error:) and name no known check. */
  unknown: string[];
  /** How many other lines (stack frames, test chatter) were passed over. */
  skipped: number;
}

// A check ID of staticcheck (SA1029, S1000, ST1003, QF1001, U1000), gosec
// (G112) or hadolint and dockle (DL3002, DS002), wherever it stands in a line.
const CHECK_ID = /\b(?:SA|ST|QF|S|U)\d{4}\b|\bG\d{3}\b|\bD[LS]\d{3,4}\b/g;
// Where a tool names itself: golangci-lint and staticcheck end a line with
// "(name)"; golangci-lint's govet starts the message with "analyzer: ".
const TRAILING_NAME = /\(([\w-]+)\)\s*$/;
const POSITION = /^\s*(?:\.{0,2}\/)?[\w./\\-]*\.\w+:\d+(?::\d+)?:\s*/;
const DIAGNOSTIC = /^\s*(?:[\w./\\-]*\.\w+:\d+(?::\d+)?:\s*\S|panic: |fatal error: )/;

/** One line per finding, from golangci-lint's or staticcheck's JSON output; other text as it is. */
function toLines(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const report = JSON.parse(trimmed) as { Issues?: { FromLinter?: unknown; Text?: unknown; Pos?: { Filename?: unknown; Line?: unknown; Column?: unknown } }[] };
      if (Array.isArray(report.Issues)) {
        return report.Issues.map(({ FromLinter, Text, Pos }) => `${String(Pos?.Filename ?? '')}:${String(Pos?.Line ?? 0)}:${String(Pos?.Column ?? 0)}: ${String(Text ?? '')} (${String(FromLinter ?? '')})`);
      }
    } catch {
      // Not one JSON document: staticcheck's JSON is one object per line, read below.
    }
  }
  return text.split(/\r?\n/).map((line) => {
    if (!line.trimStart().startsWith('{')) return line;
    try {
      const item = JSON.parse(line) as { code?: unknown; message?: unknown; location?: { file?: unknown; line?: unknown; column?: unknown } };
      if (typeof item.code !== 'string' || typeof item.message !== 'string') return line;
      return `${String(item.location?.file ?? '')}:${String(item.location?.line ?? 0)}:${String(item.location?.column ?? 0)}: ${item.message} (${item.code})`;
    } catch {
      return line;
    }
  });
}

/** The checks one line names: by ID, by the name a tool gives, by an analyzer's message, or by a runtime message. */
export function checksIn(line: string, checks: readonly KnownCheck[]): KnownCheck[] {
  const byName = (name: string, tools?: readonly CheckTool[]) =>
    checks.filter((check) => check.name.toLowerCase() === name.toLowerCase() && (tools === undefined || tools.includes(check.tool)));
  const found = new Set<KnownCheck>();
  for (const [id] of line.matchAll(CHECK_ID)) byName(id, ['staticcheck', 'linter']).forEach((check) => found.add(check));
  const trailing = TRAILING_NAME.exec(line)?.[1];
  if (trailing !== undefined) byName(trailing, ['linter', 'vet', 'staticcheck']).forEach((check) => found.add(check));
  const analyzer = /^(\w+): /.exec(line.replace(POSITION, ''))?.[1];
  if (analyzer !== undefined && analyzer !== 'panic') byName(analyzer, ['vet']).forEach((check) => found.add(check));
  for (const check of checks) {
    const message = check.tool === 'vet' ? VET_MESSAGES[check.name] : undefined;
    if (message?.test(line)) found.add(check);
    if ((check.tool === 'runtime' || check.tool === 'race' || check.tool === 'gocmd') && line.includes(check.name)) found.add(check);
  }
  return [...found];
}

/** Goes through pasted output line by line. */
export function explain(text: string, checks: readonly KnownCheck[]): Explained {
  const known = new Map<KnownCheck, string[]>();
  const unknown: string[] = [];
  let skipped = 0;
  for (const raw of toLines(text)) {
    const line = raw.trim();
    if (line === '') continue;
    const found = checksIn(line, checks);
    for (const check of found) {
      const lines = known.get(check) ?? [];
      if (!lines.includes(line)) lines.push(line);
      known.set(check, lines);
    }
    if (found.length > 0) continue;
    if (DIAGNOSTIC.test(line) && !unknown.includes(line)) unknown.push(line);
    else skipped++;
  }
  return { known: [...known].map(([check, lines]) => ({ check, lines })), unknown, skipped };
}

/** The findings as a Markdown list for a review comment, entries linked from `origin`. */
export function reviewComment(explained: Explained, origin: string): string {
  const code = (line: string) => `\`${line.replace(/`/g, "'")}\``;
  return explained.known
    .map(({ check, lines }) => {
      const entries = check.entries.map((entry) => `[${entry.title}](${new URL(entry.url, origin).href})`).join(', ');
      const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : '';
      return `- ${code(lines[0] ?? check.name)}${more}: see ${entries}`;
    })
    .join('\n');
}
