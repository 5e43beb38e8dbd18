package invoice

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// region golden

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the current output")

// compareGolden reports how got differs from the golden file at path, or
// writes got there when write is set. A missing file is an error unless
// write is set: a test must not pass by creating what it checks against.
func compareGolden(path string, got []byte, write bool) error {
	if write {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		return os.WriteFile(path, got, 0o644)
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s does not exist: rerun this package's tests with -update (go test ./pkg -update), then review the diff", path) // [!code highlight]
	}
	if err != nil {
		return err
	}
	if !bytes.Equal(got, want) {
		return fmt.Errorf("output differs from %s (-update rewrites it):\n%s", path, firstDifference(want, got))
	}
	return nil
}

// endregion golden

// firstDifference describes the first line where want and got differ.
func firstDifference(want, got []byte) string {
	// Lines keep their "\n", so a missing final newline or a "\r" shows.
	w, g := strings.SplitAfter(string(want), "\n"), strings.SplitAfter(string(got), "\n")
	for i := range max(len(w), len(g)) {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, wl, gl)
		}
	}
	return "no line differs"
}

// region render-test
func TestRender(t *testing.T) {
	for _, tc := range []struct {
		name     string
		customer string
		lines    []Line
	}{
		{"empty", "Ada", nil},
		{"two-lines", "Grace", []Line{{"Widget", 3, 250}, {"Gadget", 1, 1999}}},
		{"refund", "Linus", []Line{{"Widget", -2, 250}}},
		{"extremes", "Edsger", []Line{{"Credit", 1, math.MinInt64}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Render(tc.customer, tc.lines)
			if err := compareGolden(filepath.Join("testdata", tc.name+".golden"), got, *update); err != nil {
				t.Error(err)
			}
		})
	}
}

// endregion render-test

// region missing-test
func TestAMissingGoldenFileFailsAndIsNotCreated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.golden")
	if err := compareGolden(path, []byte("output\n"), false); err == nil { // [!code highlight]
		t.Error("no error for a missing golden file")
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the golden file was created (Stat: %v)", err)
	}
}

// endregion missing-test

func TestADifferenceNamesItsLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden")
	if err := os.WriteFile(path, []byte("a\nb\nc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		got  string
		line string
	}{
		{"a\nB\nc\n", "line 2:"},
		{"a\nb\nc", "line 3:"},
		{"a\nb\nc\n\n", "line 4:"},
		{"a\r\nb\r\nc\r\n", "line 1:"},
	} {
		err := compareGolden(path, []byte(tc.got), false)
		if err == nil || !strings.Contains(err.Error(), tc.line) {
			t.Errorf("got %q: error %v, want one naming %s", tc.got, err, tc.line)
		}
	}
	if err := compareGolden(path, []byte("a\nb\nc\n"), false); err != nil {
		t.Errorf("equal output: %v", err)
	}
}

func TestUpdateWritesTheFileAndThenPasses(t *testing.T) {
	// A directory that does not exist yet, as testdata/ in a new package.
	path := filepath.Join(t.TempDir(), "testdata", "u.golden")
	if err := compareGolden(path, []byte("v2\n"), true); err != nil {
		t.Fatal(err)
	}
	if err := compareGolden(path, []byte("v2\n"), false); err != nil {
		t.Errorf("after -update: %v", err)
	}
}
