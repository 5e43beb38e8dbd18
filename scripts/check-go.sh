#!/usr/bin/env bash
# Checks the Good Go examples: go.mod is tidy, gofmt, go vet, staticcheck
# (a tool dependency pinned in go.mod, so it comes from the module proxy) and
# the tests under -race. Bad code (the "bad" build tag) must still compile;
# scripts/prove-go.ts then proves that its detector catches it.
set -euo pipefail
cd "$(dirname "$0")/../examples"

go mod tidy -diff >/dev/null || {
  echo "go mod tidy: go.mod or go.sum is not tidy; run (cd examples && go mod tidy)" >&2
  go mod tidy -diff >&2 || true
  exit 1
}
echo "go mod tidy: ok"

unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
  echo "gofmt: these files need formatting:" >&2
  echo "$unformatted" >&2
  exit 1
fi
echo "gofmt: ok"
go vet ./...
echo "go vet: ok"
go tool staticcheck ./...
echo "staticcheck ($(go tool staticcheck -version)): ok"
go build -tags bad ./...
echo "go build -tags bad: ok"
# Each file's Go version badge: exits 1 if a //go:build go1.N term is older
# than what the file uses.
go run ./internal/minversion ./... >/dev/null
echo "minversion (Go version badges): ok"
# No -count=1: Go's test cache is keyed on the test binary and the files and
# environment the tests read, so a package that did not change is not re-run.
go test -race ./...
