//go:build bad && go1.8

// Package exposedpprofendpoint builds a service's public and debug servers.
package exposedpprofendpoint

// region servers

import (
	"net/http"
	_ "net/http/pprof" // registers /debug/pprof/ on http.DefaultServeMux // [!code highlight]
	"time"
)

// NewServers returns the public API server and a debug server for pprof.
func NewServers(api http.Handler) (public, debug *http.Server) {
	http.Handle("/", api)
	public = &http.Server{
		Addr:              ":8080",
		Handler:           nil, // nil means http.DefaultServeMux: pprof included // [!code highlight]
		ReadHeaderTimeout: 10 * time.Second,
	}
	debug = &http.Server{Addr: "localhost:6060", ReadHeaderTimeout: 10 * time.Second}
	return public, debug
}

// endregion servers
