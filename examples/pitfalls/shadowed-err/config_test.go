package shadowederr_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	shadowederr "fieldguide.dev/examples/pitfalls/shadowed-err"
)

// Load reads one file, keeps no state, starts no goroutine and takes no
// callback, context or writer: calling it twice, concurrently or with a
// cancelled request changes nothing, and nothing outlives it. It checks JSON
// types only: a negative or huge number of workers is returned as read, for
// the caller's validation.

func write(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.json")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// region test

func TestLoadRejectsAMalformedFile(t *testing.T) {
	path := write(t, `{"workers": "four"}`)
	if _, err := shadowederr.Load(path); err == nil {
		t.Fatal("Load(malformed file) = nil error, want the JSON error")
	}
}

// endregion test

// Every failure is returned, wrapped so callers can still inspect it, with
// the zero Config rather than half-read settings.
func TestLoadReturnsEveryError(t *testing.T) {
	_, err := shadowederr.Load(filepath.Join(t.TempDir(), "missing.json"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(missing file) = %v, want an error wrapping fs.ErrNotExist", err)
	}
	for _, content := range []string{`{"workers": "four"}`, `{`, ``} {
		cfg, err := shadowederr.Load(write(t, content))
		var syntax *json.SyntaxError
		var typeErr *json.UnmarshalTypeError
		if !errors.As(err, &syntax) && !errors.As(err, &typeErr) {
			t.Errorf("Load(%q) error = %v, want a JSON error", content, err)
		}
		if cfg != (shadowederr.Config{}) {
			t.Errorf("Load(%q) = %+v with an error, want the zero Config", content, cfg)
		}
	}
}

// No path gives the defaults; a file overrides only the fields it sets.
func TestLoadDefaultsAndOverrides(t *testing.T) {
	for _, tc := range []struct {
		name, content string
		want          shadowederr.Config
	}{
		{"no file", "", shadowederr.Defaults()},
		{"empty object", `{}`, shadowederr.Defaults()},
		{"JSON null", `null`, shadowederr.Defaults()},
		{"workers only", `{"workers": 16}`, shadowederr.Config{Addr: ":8080", Workers: 16}},
	} {
		path := ""
		if tc.name != "no file" {
			path = write(t, tc.content)
		}
		got, err := shadowederr.Load(path)
		if err != nil || got != tc.want {
			t.Errorf("%s: Load = %+v, %v, want %+v, nil", tc.name, got, err, tc.want)
		}
	}
}
