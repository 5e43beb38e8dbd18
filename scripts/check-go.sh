#!/usr/bin/env bash
# Checks the Go examples: gofmt, go vet (Good code, and Bad code under the
# "bad" build tag, which must still compile), and the tests under -race.
set -euo pipefail
cd "$(dirname "$0")/../examples"

unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
  echo "gofmt: these files need formatting:" >&2
  echo "$unformatted" >&2
  exit 1
fi
echo "gofmt: ok"
go vet ./...
echo "go vet: ok"
go build -tags bad ./...
echo "go build -tags bad: ok"
go test -race -count=1 ./...
