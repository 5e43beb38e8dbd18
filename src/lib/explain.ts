// Reads pasted tool output (go vet as text or -json, staticcheck as text or
// -f json, golangci-lint as text or JSON, the race detector, a panic or fatal
// error) and finds, line by line, the checks the site knows. Pure, so the
// /explain/ page runs it in the browser and nothing pasted leaves the page.
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
 * site names needs its messages here (from x/tools, vendored in
 * $GOROOT/src/cmd/vendor); the /explain/ page fails the build when one is missing.
 */
export const VET_MESSAGES: Record<string, RegExp> = {
  loopclosure: /\bloop variable \S+ captured by func literal\b/,
  structtag: /\bstruct field (?:tag .* not compatible with reflect\.StructTag\.Get|\S+ repeats \S+ tag|\S+ has \S+ tag but is not exported)/,
  testinggoroutine: /\bcall to \S+ (?:from a non-test goroutine|on \S+ defined outside of the subtest)/,
  stringintconv: /\bconversion from \S+ to \S+ yields a string of one rune, not a string of digits\b/,
  waitgroup: /\bWaitGroup\.Add called from inside new goroutine\b/,
  copylocks: /\b(?:passes lock by value|copies lock(?: value)?\b.*?): .* contains /,
  errorsas: /\bsecond argument to errors\.As (?:must be a non-nil pointer to either a type that implements error, or to any interface type|should not be \*error)/,
  tests: /\b\w+ (?:refers to unknown (?:identifier|field or method): \S+|has malformed example suffix: \S+|should (?:be niladic|return nothing|not have type params)|has malformed name: first letter after '\w+' must not be lowercase)/,
  lostcancel: /\bthe cancel function (?:returned by context\.\w+ should be called, not discarded|is not used on all paths)|\bthis return statement may be reached without using the \w+ var defined on line \d+/,
};

/** Lines that belong to a report of a known check without naming it. */
const REPORT_LINES: Record<string, RegExp> = {
  'WARNING: DATA RACE': /\brace detected during execution of test\b/,
};

export interface Explained {
  /** The checks found, in the order they first appear, each with the lines that named it. */
  known: { check: KnownCheck; lines: string[] }[];
  /** Lines that look like a diagnostic (file:line:col: message, panic:, fatal error:) and name no known check. */
  unknown: string[];
  /** How many other lines (stack frames, test output, summaries) were passed over. */
  skipped: number;
}

// A file position as the tools print it: a path (any characters but blanks
// and colons, after an optional Windows drive), a line and a column.
const POSITION = /^(?:[A-Za-z]:)?[^\s:]+\.\w+:\d+:\d+:\s*/;
// The check a diagnostic names itself: staticcheck and golangci-lint end it
// with "(name)"; golangci-lint puts "SA1029: " or "analyzer: " first in its message.
const TRAILING_NAME = /\(([\w-]+)\)$/;
const LEADING_NAME = /^([\w-]+): /;
const ANSI = /\x1b\[[0-9;]*m/g;
// hadolint: "Dockerfile:3 DL3002 warning: Last USER should not be root".
const HADOLINT = /^\S+:\d+ (DL\d{4}) /;

/** The end of the JSON value that starts at `start` (an opening brace or bracket), or -1. */
function jsonEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The findings of one JSON document as text lines, or undefined when it is not a shape we know. */
function jsonLines(value: unknown): string[] | undefined {
  if (!isObject(value)) return undefined;
  // golangci-lint: {"Issues": [{"FromLinter", "Text", "Pos": {"Filename", "Line", "Column"}}], ...}
  if (Array.isArray(value.Issues)) {
    return value.Issues.filter(isObject).map((issue) => {
      const pos = isObject(issue.Pos) ? issue.Pos : {};
      return `${text(pos.Filename)}:${text(pos.Line)}:${text(pos.Column)}: ${text(issue.Text)} (${text(issue.FromLinter)})`;
    });
  }
  // staticcheck -f json, one object per line: {"code", "location": {"file", "line", "column"}, "message"}
  if (typeof value.code === 'string' && typeof value.message === 'string') {
    const at = isObject(value.location) ? value.location : {};
    return [`${text(at.file)}:${text(at.line)}:${text(at.column)}: ${value.message} (${value.code})`];
  }
  // go vet -json: {"package": {"analyzer": [{"posn", "message"}]}}
  const lines: string[] = [];
  for (const analyzers of Object.values(value)) {
    if (!isObject(analyzers)) return undefined;
    for (const [analyzer, found] of Object.entries(analyzers)) {
      if (!Array.isArray(found)) return undefined;
      for (const item of found.filter(isObject)) lines.push(`${text(item.posn)}: ${analyzer}: ${text(item.message)}`);
    }
  }
  return lines;
}

/** The findings of a JSON document, or undefined when `source` is not JSON of a shape we know. */
function parseFindings(source: string): string[] | undefined {
  try {
    return jsonLines(JSON.parse(source) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * The pasted text as lines, each JSON document of a tool replaced by one line
 * per finding: staticcheck's one object per line, or golangci-lint's and
 * go vet's documents, on one line or pretty-printed from a line holding only
 * "{", and followed by anything (golangci-lint prints its counts after it).
 */
function toLines(pasted: string): string[] {
  const raw = pasted.replace(ANSI, '').split(/\r?\n/);
  const lines: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? '';
    const trimmed = line.trim();
    const single = trimmed.startsWith('{') ? parseFindings(trimmed) : undefined;
    if (single !== undefined) {
      lines.push(...single);
      continue;
    }
    if (trimmed === '{') {
      const rest = raw.slice(i).join('\n');
      const start = rest.indexOf('{');
      const end = jsonEnd(rest, start);
      const found = end > 0 ? parseFindings(rest.slice(start, end)) : undefined;
      if (found !== undefined) {
        lines.push(...found);
        i += rest.slice(0, end).split('\n').length - 1;
        continue;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Whether a runtime or race check is the message `line` starts with (a panic or a report heading), or, for other messages, one it contains. */
function saysMessage(line: string, name: string): boolean {
  return /^(?:panic|fatal error|WARNING): /.test(name) ? line.startsWith(name) : line.includes(name);
}

/** The checks one line names: by the ID or name a tool gives, by an analyzer's message, or by a runtime message. */
export function checksIn(line: string, checks: readonly KnownCheck[]): KnownCheck[] {
  const byName = (name: string, tools: readonly CheckTool[]) =>
    checks.filter((check) => check.name.toLowerCase() === name.toLowerCase() && tools.includes(check.tool));
  const found = new Set<KnownCheck>();
  const position = POSITION.exec(line);
  if (position) {
    // A diagnostic: its check is named at the end, at the start of its message, or by the message itself.
    const message = line.slice(position[0].length);
    const trailing = TRAILING_NAME.exec(message)?.[1];
    if (trailing !== undefined) byName(trailing, ['staticcheck', 'linter', 'vet']).forEach((check) => found.add(check));
    const leading = LEADING_NAME.exec(message)?.[1];
    if (leading !== undefined) byName(leading, ['staticcheck', 'linter', 'vet']).forEach((check) => found.add(check));
  }
  const hadolint = HADOLINT.exec(line)?.[1];
  if (hadolint !== undefined) byName(hadolint, ['linter']).forEach((check) => found.add(check));
  for (const check of checks) {
    if (check.tool === 'vet' && VET_MESSAGES[check.name]?.test(line)) found.add(check);
    if (REPORT_LINES[check.name]?.test(line)) found.add(check);
    // A go command check with no blank is an analyzer or a command name, not a message it prints.
    const message = check.tool === 'runtime' || check.tool === 'race' || (check.tool === 'gocmd' && check.name.includes(' ') && !check.name.startsWith('go '));
    if (message && saysMessage(line, check.name)) found.add(check);
  }
  return [...found];
}

// Lines that are not diagnostics even though they carry a position: a test's
// own t.Errorf output (a position without a column) and the tab-indented
// related-information lines under a staticcheck finding.
const DIAGNOSTIC = /^(?:(?:[A-Za-z]:)?[^\s:]+\.\w+:\d+:\d+:\s*\S|panic: |fatal error: )/;

/** Goes through pasted output line by line. */
export function explain(pasted: string, checks: readonly KnownCheck[]): Explained {
  const known = new Map<KnownCheck, Set<string>>();
  const unknown = new Set<string>();
  let skipped = 0;
  for (const raw of toLines(pasted)) {
    const line = raw.trim();
    if (line === '') continue;
    const found = checksIn(line, checks);
    for (const check of found) {
      const lines = known.get(check) ?? new Set<string>();
      lines.add(line);
      known.set(check, lines);
    }
    if (found.length > 0) continue;
    if (!raw.startsWith('\t') && DIAGNOSTIC.test(line)) unknown.add(line);
    else skipped++;
  }
  return { known: [...known].map(([check, lines]) => ({ check, lines: [...lines] })), unknown: [...unknown], skipped };
}

/** `line` as a Markdown code span, with a fence longer than any run of backticks in it. */
export function codeSpan(line: string): string {
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** The findings as a Markdown list for a review comment, entries linked from `origin`. */
export function reviewComment(explained: Explained, origin: string): string {
  return explained.known
    .map(({ check, lines }) => {
      const entries = check.entries.map((entry) => `[${entry.title}](${new URL(entry.url, origin).href})`).join(', ');
      const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : '';
      return `- ${codeSpan(lines[0] ?? check.name)}${more}: see ${entries}`;
    })
    .join('\n');
}
