//go:build bad

package bad

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// setup makes dir/public with report.txt, sub/notes.txt and a link to
// report.txt, and dir/secret.txt next to it; it serves dir/public.
func setup(t *testing.T) (*httptest.Server, string) {
	t.Helper()
	dir := t.TempDir()
	public := filepath.Join(dir, "public")
	for name, text := range map[string]string{
		"secret.txt":           "the database password",
		"public/report.txt":    "quarterly report",
		"public/sub/notes.txt": "notes",
		"public/sub/.keep":     "",
	} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("report.txt", filepath.Join(public, "latest.txt")); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{
		"escape.txt": filepath.Join("..", "secret.txt"),
		"outdir":     "..",
		"chain.txt":  "latest.txt",
		"abs.txt":    filepath.Join(public, "report.txt"),
	} {
		if err := os.Symlink(target, filepath.Join(public, link)); err != nil {
			t.Fatal(err)
		}
	}
	f, err := New(public, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	mux := http.NewServeMux()
	f.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, dir
}

// get requests path as written, without the client cleaning it.
func get(t *testing.T, srv *httptest.Server, path string) (int, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, srv.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.URL.Opaque = path
	client := &http.Client{
		Transport: srv.Client().Transport,
		// The status the handler gave, not where a redirect leads.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

func TestFilesInTheDirectoryAreServed(t *testing.T) {
	srv, _ := setup(t)
	for path, want := range map[string]string{
		"/files/report.txt":            "quarterly report",
		"/files/latest.txt":            "quarterly report",
		"/files/chain.txt":             "quarterly report",
		"/files/sub%2Fnotes.txt":       "notes",
		"/files/sub%2F..%2Freport.txt": "quarterly report",
	} {
		status, body := get(t, srv, path)
		if status != http.StatusOK || body != want {
			t.Errorf("GET %s: %d %q, want 200 %q", path, status, body, want)
		}
	}
}

// region test
func TestNamesLeadingOutsideTheDirectoryAreNotServed(t *testing.T) {
	srv, _ := setup(t)
	for _, path := range []string{
		"/files/..%2Fsecret.txt",
		"/files/sub%2F..%2F..%2Fsecret.txt",
		"/files/escape.txt",          // a link inside to a file outside
		"/files/outdir%2Fsecret.txt", // a link inside to a directory outside
	} {
		status, body := get(t, srv, path)
		if status != http.StatusNotFound || strings.Contains(body, "password") { // [!code highlight]
			t.Errorf("GET %s: %d %q, want 404", path, status, body)
		}
	}
}

// endregion test

// filepath.Join keeps an absolute name under the directory, so this passes
// on the Bad version too; a Root refuses absolute names and links outright.
func TestAbsoluteNamesAndLinksAreNotServed(t *testing.T) {
	srv, dir := setup(t)
	path := "/files/" + strings.ReplaceAll(filepath.ToSlash(filepath.Join(dir, "secret.txt")), "/", "%2F")
	for _, path := range []string{path, "/files/abs.txt"} {
		if status, body := get(t, srv, path); status != http.StatusNotFound {
			t.Errorf("GET %s: %d %q, want 404", path, status, body)
		}
	}
}

func TestDirectoriesAndOddNamesAreNotServed(t *testing.T) {
	srv, _ := setup(t)
	for _, path := range []string{"/files/%2E", "/files/sub", "/files/sub%2F", "/files/%2E%2E", "/files/missing.txt", "/files/report.txt%00.png"} {
		status, body := get(t, srv, path)
		if status != http.StatusNotFound {
			t.Errorf("GET %s: %d %q, want 404", path, status, body)
		}
	}
}

func TestRangeAndHeadRequestsAreServed(t *testing.T) {
	srv, _ := setup(t)
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, srv.URL+"/files/report.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Range", "bytes=0-8")
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusPartialContent || string(body) != "quarterly" {
		t.Errorf("Range: %d %q %v, want 206 \"quarterly\"", resp.StatusCode, body, err)
	}
	req, err = http.NewRequestWithContext(t.Context(), http.MethodHead, srv.URL+"/files/report.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err = srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.ContentLength != int64(len("quarterly report")) {
		t.Errorf("HEAD: %d, Content-Length %d", resp.StatusCode, resp.ContentLength)
	}
}

func TestConcurrentRequestsShareTheRoot(t *testing.T) {
	srv, _ := setup(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if status, _ := get(t, srv, "/files/report.txt"); status != http.StatusOK {
				t.Errorf("status %d", status)
			}
		})
	}
	wg.Wait()
}
