package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAPIDatesSymbolsAndPackagesByTheReleaseThatAddedThem(t *testing.T) {
	api, err := loadAPI()
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]int{
		"errors.New":                        0,
		"errors.Is":                         13,
		"context.Context.Done":              7,
		"net/http.Server.ReadHeaderTimeout": 8,
		"sync/atomic.Pointer.Load":          19,
		"sync.WaitGroup.Go":                 25,
		"os.ReadFile":                       16,
		"testing.T.Cleanup":                 14,
		"embed":                             16,
		"context":                           7,
	} {
		if got, ok := api[key]; !ok || got != want {
			t.Errorf("api[%q] = %d, %t; want %d", key, got, ok, want)
		}
	}
}

// TestBadgesComeFromWhatEachFileUses runs the command on a module of its own.
func TestBadgesComeFromWhatEachFileUses(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.test/m\n\ngo 1.25\n",
		"plain.go": `package m

func Double(n int) int { return 2 * n }
`,
		"wrap.go": `package m

import "fmt"

func Wrap(err error) error { return fmt.Errorf("load: %w", err) }
`,
		"is.go": `package m

import "errors"

var errMissing = errors.New("missing")

func Missing(err error) bool { return errors.Is(err, errMissing) }
`,
		"loops.go": `package m

func Funcs(names []string) []func() string {
	var fs []func() string
	for _, name := range names {
		fs = append(fs, func() string { return name })
	}
	return fs
}
`,
		"rangeint.go": `package m

func Sum(n int) (total int) {
	for i := range n {
		total += i
	}
	return total
}
`,
		"old.go": `//go:build go1.13

package m

import "os"

func Load(name string) ([]byte, error) { return os.ReadFile(name) }
`,
		"declared.go": `//go:build go1.24

package m

func Triple(n int) int { return 3 * n }
`,
		"twice.go": `package m

import "fmt"

func Twice(err error) error { return fmt.Errorf("%w; again %[1]w", err) }
`,
		"percent.go": `package m

import "fmt"

func Percent(n int) error { return fmt.Errorf("%d%%w", n) }
`,
		"cleanup_test.go": `package m

import "testing"

func TestCleanup(t *testing.T) { t.Cleanup(func() {}) }
`,
		"debug_test.go": `//go:debug asynctimerchan=1

package m

import "testing"

func TestDebug(t *testing.T) {}
`,
		"embed.go": `package m

import _ "embed"

//go:embed go.mod
var goMod string
`,
		"mux.go": `package m

import "net/http"

func Routes(mux *http.ServeMux, h http.Handler) { mux.Handle("GET /items/{id}", h) }
`,
		"alias.go": `package m

type Set[T comparable] = map[T]struct{}
`,
		"notgo.go": `//go:build !go1.30

package m

func Five() int { return 5 }
`,
		"bad.go": `//go:build bad

package m

func Quadruple(n int) int { return 4 * n }
`,
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	badges, problems, err := run([]string{"./..."})
	if err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{
		"plain.go":        "1.1",
		"wrap.go":         "1.13",
		"is.go":           "1.13",
		"loops.go":        "1.22",
		"rangeint.go":     "1.22",
		"declared.go":     "1.24",
		"bad.go":          "1.1",
		"twice.go":        "1.20",
		"percent.go":      "1.1",
		"cleanup_test.go": "1.14",
		"debug_test.go":   "1.23",
		"embed.go":        "1.16",
		"mux.go":          "1.22",
		"notgo.go":        "1.1",
		"alias.go":        "1.24",
	} {
		if got := badges[file].Go; got != want {
			t.Errorf("badge of %s = %q (%s); want %q", file, got, badges[file].Why, want)
		}
	}
	if len(problems) != 1 || !strings.Contains(problems[0], "old.go: //go:build says go1.13, but os.ReadFile needs Go 1.16") {
		t.Errorf("problems = %q; want one, for old.go's os.ReadFile", problems)
	}
	if _, ok := badges["old.go"]; ok {
		t.Errorf("old.go has a badge, %v, though its //go:build line is wrong", badges["old.go"])
	}
}
