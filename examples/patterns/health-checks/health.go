//go:build go1.22

// Package healthchecks serves the liveness and readiness endpoints that
// orchestrators such as Kubernetes probe: liveness says "restart me if this
// fails", readiness says "do not send me traffic right now".
package healthchecks

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"
)

// region health

// A Check reports whether one dependency the service needs is usable.
type Check struct {
	Name  string
	Check func(ctx context.Context) error
}

// Health serves /healthz and /readyz. Its zero value is not ready; call
// SetReady(true) once the service can take traffic, and SetReady(false)
// when shutdown begins.
type Health struct {
	ready   atomic.Bool
	Checks  []Check       // run on every readiness probe
	Timeout time.Duration // per probe; 0 means one second
}

// SetReady marks the service ready, or not ready, for traffic.
func (h *Health) SetReady(ready bool) { h.ready.Store(ready) }

// Live answers the liveness probe. It checks nothing but that the process
// can serve HTTP: a database outage must not make Kubernetes restart every
// replica at once.
func (h *Health) Live(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "ok") // the first Write sends 200; no WriteHeader needed
}

// Ready answers the readiness probe: 503 until SetReady(true), after
// SetReady(false), or while a dependency check fails. Check only what this
// replica needs and can lose alone: a database every replica shares, when
// down, takes them all out of the load balancer at once.
func (h *Health) Ready(w http.ResponseWriter, r *http.Request) {
	if !h.ready.Load() { // [!code highlight]
		http.Error(w, "not ready", http.StatusServiceUnavailable)
		return
	}
	timeout := h.Timeout
	if timeout == 0 {
		timeout = time.Second
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout) // a probe must answer quickly
	defer cancel()
	for _, c := range h.Checks {
		if err := c.Check(ctx); err != nil {
			// The probe gets the check's name only: the error may hold host
			// names or addresses, and anyone who can reach /readyz reads it.
			slog.WarnContext(ctx, "readiness check failed", "check", c.Name, "err", err)
			http.Error(w, c.Name+": not ready", http.StatusServiceUnavailable)
			return
		}
	}
	fmt.Fprintln(w, "ready")
}

// Register adds both endpoints to mux.
func (h *Health) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", h.Live)
	mux.HandleFunc("GET /readyz", h.Ready)
}

// endregion health
