//go:build go1.8

package r4_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"fieldguide.dev/examples/rubric/r4"
)

func TestDebugServerServesPprof(t *testing.T) {
	srv := r4.DebugServer("localhost:0")
	rec := httptest.NewRecorder()
	srv.Handler.ServeHTTP(rec, httptest.NewRequest("GET", "/debug/pprof/goroutine?debug=1", nil))
	if rec.Code != http.StatusOK {
		t.Errorf("goroutine profile: %d, want 200", rec.Code)
	}
}
