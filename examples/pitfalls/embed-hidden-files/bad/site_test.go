//go:build bad

package bad

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
)

func request(t *testing.T, h http.Handler, method, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequestWithContext(t.Context(), method, path, nil))
	res := rec.Result()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, string(body)
}

// region test
func TestEveryBuiltFileIsServed(t *testing.T) {
	h := Handler()
	for _, tt := range []struct{ path, want string }{
		{"/", "<title>Shop</title>"},
		{"/_app/immutable/start.js", `console.log("started")`},
		{"/_app/immutable/chunks/_plugin-vue_export-helper.js", "export default"},
		{"/.well-known/security.txt", "Contact: mailto:security@example.com"},
	} {
		status, body := request(t, h, http.MethodGet, tt.path)
		if status != http.StatusOK || !strings.Contains(body, tt.want) {
			t.Errorf("GET %s = %d %.40q; want 200 with %q", tt.path, status, body, tt.want) // [!code highlight]
		}
	}
}

// endregion test

// list returns the names of the regular files in fsys, sorted.
func list(t *testing.T, fsys fs.FS) []string {
	t.Helper()
	var names []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, name)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return names
}

func TestEveryFileOnDiskIsEmbeddedAndNoStrayOne(t *testing.T) {
	root, err := fs.Sub(files, "site")
	if err != nil {
		t.Fatal(err)
	}
	embedded, onDisk := list(t, root), list(t, os.DirFS("site"))
	if !slices.Equal(embedded, onDisk) {
		t.Errorf("embedded %q; site/ holds %q", embedded, onDisk)
	}
	for _, name := range embedded {
		if base := name[strings.LastIndex(name, "/")+1:]; base == ".env" || base == ".DS_Store" || strings.HasPrefix(base, ".git") {
			t.Errorf("%s is embedded, and would be served", name)
		}
	}
}

func TestDirectoriesAreNotListed(t *testing.T) {
	for _, path := range []string{"/_app/", "/_app/immutable/", "/.well-known/"} {
		if status, body := request(t, Handler(), http.MethodGet, path); status != http.StatusNotFound {
			t.Errorf("GET %s = %d %.60q; want 404, not a listing", path, status, body)
		}
	}
}

func TestOnlyGetAndHeadAreServed(t *testing.T) {
	if status, body := request(t, Handler(), http.MethodHead, "/_app/immutable/start.js"); status != http.StatusOK || body != "" {
		t.Errorf("HEAD = %d %q; want 200 and no body", status, body)
	}
	if status, _ := request(t, Handler(), http.MethodPost, "/_app/immutable/start.js"); status != http.StatusMethodNotAllowed {
		t.Errorf("POST = %d; want 405", status)
	}
}

func TestMissingAndOutsideFilesAreNotFound(t *testing.T) {
	// The file system is rooted at site/, so nothing is found under /site/.
	for _, path := range []string{"/_app/immutable/missing.js", "/site/_app/immutable/start.js"} {
		if status, _ := request(t, Handler(), http.MethodGet, path); status != http.StatusNotFound {
			t.Errorf("GET %s = %d; want 404", path, status)
		}
	}
}

// A smoke test: the handler keeps no state of its own.
func TestConcurrentRequests(t *testing.T) {
	h := Handler()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if status, _ := request(t, h, http.MethodGet, "/_app/immutable/start.js"); status != http.StatusOK {
				t.Errorf("status %d", status)
			}
		})
	}
	wg.Wait()
}
