// Where a detector's check is documented, so a pitfall can link the check it
// names to its own docs. Links only: nothing is fetched from those sites.
import type { Detector } from './taxonomy.ts';

/** Checks of golangci-lint's that are not its own linters, by the tool that owns them. */
const OTHER_LINTERS: Record<string, string> = {
  'context-as-argument': 'https://github.com/mgechev/revive/blob/master/RULES_DESCRIPTIONS.md#context-as-argument',
  govulncheck: 'https://pkg.go.dev/golang.org/x/vuln/cmd/govulncheck',
};

/** The documentation of `check` as `tool` reports it, or undefined when there is none to point to. */
export function checkDocs(tool: Detector, check: string): string | undefined {
  if (tool === 'staticcheck' && /^(SA|S|ST|QF|U)\d+$/.test(check)) return `https://staticcheck.dev/docs/checks/#${check}`;
  if (tool === 'vet' && /^[a-z]+$/.test(check)) return `https://pkg.go.dev/golang.org/x/tools/go/analysis/passes/${check}`;
  if (tool !== 'linter') return undefined;
  if (Object.hasOwn(OTHER_LINTERS, check)) return OTHER_LINTERS[check];
  if (/^DL\d{4}$/.test(check)) return `https://github.com/hadolint/hadolint/wiki/${check}`;
  if (/^G\d{3}$/.test(check)) return 'https://github.com/securego/gosec#available-rules';
  // golangci-lint's own linters are all one lower-case word.
  if (/^[a-z]+$/.test(check)) return 'https://golangci-lint.run/usage/linters/';
  return undefined;
}
