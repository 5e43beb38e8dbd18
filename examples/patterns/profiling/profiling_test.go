package profiling_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fieldguide.dev/examples/patterns/profiling"
)

// The debug server answers the goroutine profile in text form (?debug=1).
func TestDebugServerGoroutineProfile(t *testing.T) {
	ts := httptest.NewServer(profiling.DebugServer("").Handler)
	defer ts.Close()

	resp, err := http.Get(ts.URL + "/debug/pprof/goroutine?debug=1")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(body), "goroutine profile: total") {
		t.Errorf("unexpected profile: %.80q", body)
	}
}

// Importing net/http/pprof registers the profiles on http.DefaultServeMux
// whatever else the program does, which is why the public server needs a
// mux of its own: this package's import put them there too.
func TestDefaultServeMuxServesProfiles(t *testing.T) {
	ts := httptest.NewServer(nil) // nil: http.DefaultServeMux
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/debug/pprof/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("default mux: /debug/pprof/ = %d, want 200 (the import registers it)", resp.StatusCode)
	}
}

func TestWithCPUProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cpu.prof")
	err := profiling.WithCPUProfile(path, func() error {
		n := 0
		for i := range 1_000_000 {
			n += i % 7
		}
		_ = n
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Errorf("profile not written: %v", err)
	}
}

func TestDebugServerHasTimeouts(t *testing.T) {
	srv := profiling.DebugServer("localhost:0")
	if srv.ReadHeaderTimeout <= 0 || srv.IdleTimeout <= 0 {
		t.Errorf("ReadHeaderTimeout %v, IdleTimeout %v; want both set", srv.ReadHeaderTimeout, srv.IdleTimeout)
	}
}
