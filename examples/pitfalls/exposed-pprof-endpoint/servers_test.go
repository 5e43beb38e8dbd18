//go:build go1.8

package exposedpprofendpoint_test

import (
	"net/http"
	"net/http/httptest"
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
