//go:build go1.22

package healthchecks_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	healthchecks "fieldguide.dev/examples/patterns/health-checks"
)

func probe(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Code, rec.Body.String()
}

// region ready-test

func TestReadiness(t *testing.T) {
	dbErr := error(nil)
	h := &healthchecks.Health{Checks: []healthchecks.Check{
		{Name: "db", Check: func(context.Context) error { return dbErr }},
	}}
	mux := http.NewServeMux()
	h.Register(mux)

	if code, _ := probe(t, mux, "/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("before SetReady: /readyz = %d, want 503", code)
	}
	h.SetReady(true)
	if code, _ := probe(t, mux, "/readyz"); code != http.StatusOK {
		t.Errorf("ready: /readyz = %d, want 200", code)
	}
	dbErr = errors.New("dial tcp 10.0.3.7:5432: connection refused") // must stay in the server's log
	if code, body := probe(t, mux, "/readyz"); code != http.StatusServiceUnavailable || body != "db: not ready\n" {
		t.Errorf("db down: /readyz = %d %q, want 503 naming the check", code, body)
	}
	if code, _ := probe(t, mux, "/healthz"); code != http.StatusOK {
		t.Errorf("db down: /healthz = %d, want 200 (liveness ignores dependencies)", code)
	}
	h.SetReady(false) // shutdown begins
	dbErr = nil
	if code, _ := probe(t, mux, "/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("shutting down: /readyz = %d, want 503", code)
	}
}

// endregion ready-test

func TestReadinessCheckTimesOut(t *testing.T) {
	h := &healthchecks.Health{Timeout: 10 * time.Millisecond, Checks: []healthchecks.Check{
		{Name: "slow", Check: func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }},
	}}
	h.SetReady(true)
	start := time.Now()
	if code, body := probe(t, http.HandlerFunc(h.Ready), "/readyz"); code != http.StatusServiceUnavailable || body != "slow: not ready\n" {
		t.Errorf("hung check: /readyz = %d %q, want 503 naming the check", code, body)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("hung check: the probe took %v, want about its 10ms timeout", d)
	}
}
