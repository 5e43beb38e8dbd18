import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocs } from '../../src/lib/detector-docs.ts';

test('staticcheck checks link to their entry on staticcheck.dev, vet analyzers to their package', () => {
  assert.equal(checkDocs('staticcheck', 'SA1029'), 'https://staticcheck.dev/docs/checks/#SA1029');
  assert.equal(checkDocs('vet', 'loopclosure'), 'https://pkg.go.dev/golang.org/x/tools/go/analysis/passes/loopclosure');
});

test('linter checks link to the tool that owns them', () => {
  assert.equal(checkDocs('linter', 'DL3002'), 'https://github.com/hadolint/hadolint/wiki/DL3002');
  assert.equal(checkDocs('linter', 'G108'), 'https://github.com/securego/gosec#available-rules');
  assert.equal(checkDocs('linter', 'errcheck'), 'https://golangci-lint.run/usage/linters/');
  assert.equal(checkDocs('linter', 'context-as-argument'), 'https://github.com/mgechev/revive/blob/master/RULES_DESCRIPTIONS.md#context-as-argument');
  assert.equal(checkDocs('linter', 'govulncheck'), 'https://pkg.go.dev/golang.org/x/vuln/cmd/govulncheck');
});

test('a check with no known documentation gets no link rather than a wrong one', () => {
  assert.equal(checkDocs('linter', 'DS002'), undefined);
  assert.equal(checkDocs('gocmd', 'missing go.sum entry'), undefined);
  assert.equal(checkDocs('staticcheck', 'not a check'), undefined);
  assert.equal(checkDocs('linter', 'toString'), undefined);
});
