package errorwrapping_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	errorwrapping "fieldguide.dev/examples/patterns/error-wrapping"
)

func writeFile(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.json")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// region proof

// The wrapped error keeps its cause: errors.Is finds fs.ErrNotExist and
// errors.As finds the *json.SyntaxError, under the added context.
func TestWrappedCauseSurvives(t *testing.T) {
	_, err := errorwrapping.LoadConfig(filepath.Join(t.TempDir(), "missing.json"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("errors.Is(%v, fs.ErrNotExist) = false", err)
	}
	if !strings.HasPrefix(err.Error(), "load config: open ") {
		t.Errorf("message %q lacks the context", err)
	}

	_, err = errorwrapping.LoadConfig(writeFile(t, "{"))
	var syntaxErr *json.SyntaxError
	if !errors.As(err, &syntaxErr) {
		t.Errorf("errors.As(%v, *json.SyntaxError) = false", err)
	}
}

// Both wrapped errors match: the sentinel, and each joined validation
// error inside the second %w.
func TestCheckWrapsSentinelAndCauses(t *testing.T) {
	_, err := errorwrapping.Check(writeFile(t, `{"workers": 0}`))
	for _, target := range []error{errorwrapping.ErrInvalidConfig, errorwrapping.ErrAddrEmpty, errorwrapping.ErrNoWorkers} {
		if !errors.Is(err, target) {
			t.Errorf("errors.Is(%v, %v) = false", err, target)
		}
	}
}

// endregion proof

func TestValidConfig(t *testing.T) {
	cfg, err := errorwrapping.Check(writeFile(t, `{"addr": ":8080", "workers": 4}`))
	if err != nil || cfg.Workers != 4 {
		t.Fatalf("Check = %+v, %v", cfg, err)
	}
}

// Check passes LoadConfig's errors on with their causes and path intact.
func TestCheckKeepsLoadCause(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.json")
	if _, err := errorwrapping.Check(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want fs.ErrNotExist", err)
	}
	path := writeFile(t, "{")
	_, err := errorwrapping.Check(path)
	var syntaxErr *json.SyntaxError
	if !errors.As(err, &syntaxErr) || !strings.Contains(err.Error(), path) {
		t.Errorf("broken file: %v, want a *json.SyntaxError naming %s", err, path)
	}
}
