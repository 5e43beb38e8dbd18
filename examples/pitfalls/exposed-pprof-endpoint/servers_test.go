//go:build go1.8

package exposedpprofendpoint_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	exposedpprofendpoint "fieldguide.dev/examples/pitfalls/exposed-pprof-endpoint"
)

// region test

func TestPublicServerHidesPprof(t *testing.T) {
	api := http.NotFoundHandler()
	public, debug := exposedpprofendpoint.NewServers(api)

	if code := get(public, "/debug/pprof/goroutine?debug=1"); code != http.StatusNotFound {
		t.Errorf("public server: /debug/pprof/goroutine = %d, want 404", code)
	}
	if code := get(debug, "/debug/pprof/goroutine?debug=1"); code != http.StatusOK {
		t.Errorf("debug server: /debug/pprof/goroutine = %d, want 200", code)
	}
}

// get sends a request to srv's handler (nil means http.DefaultServeMux,
// as in http.Server) and returns the status code.
func get(srv *http.Server, path string) int {
	h := srv.Handler
	if h == nil {
		h = http.DefaultServeMux
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Code
}

// endregion test

// Both servers close idle keep-alive connections, as the
// http-server-without-timeouts pitfall asks of every server.
func TestServersHaveTimeouts(t *testing.T) {
	public, debug := exposedpprofendpoint.NewServers(http.NotFoundHandler())
	for name, srv := range map[string]*http.Server{"public": public, "debug": debug} {
		if srv.ReadHeaderTimeout <= 0 || srv.IdleTimeout <= 0 {
			t.Errorf("%s server: ReadHeaderTimeout %v, IdleTimeout %v; want both set", name, srv.ReadHeaderTimeout, srv.IdleTimeout)
		}
	}
}

// Importing net/http/pprof, blank or not, registers it on the default mux,
// which a nil Handler serves: NewServers must refuse one.
func TestNilAPIHandlerIsRefused(t *testing.T) {
	if code := get(&http.Server{}, "/debug/pprof/cmdline"); code != http.StatusOK {
		t.Fatalf("default mux: /debug/pprof/cmdline = %d; the import should have registered pprof on it", code)
	}
	defer func() {
		if recover() == nil {
			t.Error("NewServers(nil) returned servers; the public one would serve pprof")
		}
	}()
	exposedpprofendpoint.NewServers(nil)
}

// The debug server listens on the loopback interface only and serves every
// pprof endpoint, the ones Index does not route to included.
func TestDebugServerIsLocalAndComplete(t *testing.T) {
	_, debug := exposedpprofendpoint.NewServers(http.NotFoundHandler())
	if !strings.HasPrefix(debug.Addr, "localhost:") {
		t.Errorf("debug server listens on %q, want localhost only", debug.Addr)
	}
	mux, ok := debug.Handler.(*http.ServeMux)
	if !ok {
		t.Fatalf("debug server's Handler is %T, want its own *http.ServeMux", debug.Handler)
	}
	for _, path := range []string{"/debug/pprof/cmdline", "/debug/pprof/profile", "/debug/pprof/symbol", "/debug/pprof/trace"} {
		if _, pattern := mux.Handler(httptest.NewRequest("GET", path, nil)); pattern != path {
			t.Errorf("debug mux routes %s to pattern %q, want its own handler", path, pattern)
		}
	}
}
