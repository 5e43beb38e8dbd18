// Coverage of the source documents: every unit of Go guidance in them
// (headings, checklist items, pitfalls, guardrails, red flags, code blocks…)
// is mapped to the entries that carry it, or to a recorded reason it was left
// out. The maps live in content/coverage/<source-id>.psv.

export interface Unit {
  line: number;
  kind: string;
  text: string;
  /** For a unit inside a code block: the line of that block's opening fence. */
  block?: number;
}

export interface Mapping {
  from: number;
  to: number;
  kind: string;
  what: string;
  /** Entry IDs, or X:<reason> codes. */
  targets: string[];
}

/** Bullet lists under these headings are guardrails or anti-patterns, one unit each. */
const RULE_HEADING = /anti-pattern|must do|must not|never|guardrail/i;

export function detectUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let fence = 0;
  let inPitfalls = false;
  let underRules = false;
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const add = (kind: string) => units.push({ line, kind, text: raw.trim(), ...(fence ? { block: fence } : {}) });
    if (/^\s*```/.test(raw)) {
      if (!fence) add('code block');
      fence = fence ? 0 : line;
      return;
    }
    if (/^\s*\/\/ ❌/.test(raw)) add('anti-pattern');
    if (fence) {
      if (/^Step \d+:/.test(raw)) add('workflow step');
      return;
    }
    if (/^#+ /.test(raw)) {
      add('heading');
      underRules = RULE_HEADING.test(raw);
      inPitfalls = false;
      return;
    }
    if (/^\s*- \[ \]/.test(raw)) add('checklist item');
    else if (/^\d+\. /.test(raw)) add('numbered item');
    else if (/🚨/.test(raw) && /^- /.test(raw)) add('red flag');
    else if (underRules && /^- /.test(raw)) add('guardrail');
    if (/\*\*Common Pitfalls:\*\*/.test(raw)) {
      inPitfalls = true;
    } else if (inPitfalls) {
      if (/^\s*- \*\*/.test(raw)) add('common pitfall');
      else if (raw.trim() === '') inPitfalls = false;
    }
  });
  return units;
}

/** Parses a coverage map: `lines|kind|what|targets`, `#` comments. */
export function parseMap(text: string): Mapping[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [lines = '', kind = '', what = '', targets = ''] = line.split('|');
      const [from = 0, to = from] = lines.split('-').map(Number);
      return { from, to, kind, what, targets: targets.split(',').map((t) => t.trim()).filter(Boolean) };
    });
}

/**
 * Units that no mapping covers. A mapping covers its line range; a code
 * block may also be mapped at the label line just above its fence, and a
 * unit inside a code block is covered with the block.
 */
export function unmapped(units: Unit[], map: Mapping[]): Unit[] {
  const covers = (line: number, label: boolean) => map.some((m) => (m.from <= line && line <= m.to) || (label && m.from === line - 1));
  return units.filter((unit) => !covers(unit.line, unit.kind === 'code block') && !(unit.block !== undefined && covers(unit.block, true)));
}

/** Targets that are neither a known ID nor a known X:<reason>. */
export function unknownTargets(map: Mapping[], ids: Set<string>, reasons: Set<string>): string[] {
  return map.flatMap((m) =>
    m.targets
      .filter((t) => (t.startsWith('X:') ? !reasons.has(t.slice(2)) : !ids.has(t)))
      .map((t) => `line ${m.from}: ${t} (${m.what})`),
  );
}
