// A line diff (longest common subsequence) between two small files, so a page
// can show the change from a Bad snippet to its Good twin with diff markers.

export type DiffLine = { op: 'same' | 'add' | 'remove'; text: string };

export function diffLines(before: string[], after: string[]): DiffLine[] {
  // lcs[i][j] = length of the longest common subsequence of before[i..] and after[j..].
  const lcs = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      out.push({ op: 'same', text: before[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      out.push({ op: 'remove', text: before[i++]! });
    } else {
      out.push({ op: 'add', text: after[j++]! });
    }
  }
  while (i < before.length) out.push({ op: 'remove', text: before[i++]! });
  while (j < after.length) out.push({ op: 'add', text: after[j++]! });
  return out;
}

/** Shiki notation for a diff: changed lines end with `// [!code ++]` or `// [!code --]`. */
export function diffNotation(before: string, after: string): string {
  const strip = (code: string) => code.replace(/\/\/ \[!code [^\]]+\]$/gm, '').split('\n');
  return diffLines(strip(before), strip(after))
    .map(({ op, text }) => (op === 'same' ? text : `${text}// [!code ${op === 'add' ? '++' : '--'}]`))
    .join('\n');
}
