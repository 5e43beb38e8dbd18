//go:build go1.8

// Package exposedpprofendpoint builds a service's public and debug servers.
package exposedpprofendpoint

// region servers

import (
	"net/http"
	"net/http/pprof"
	"time"
)

// NewServers returns the public API server and a debug server for pprof.
// Each has its own mux; the pprof handlers are registered only on the
// debug one, which listens on localhost. Importing net/http/pprof also
// registers them on http.DefaultServeMux, which is what a nil Handler
// serves, so a nil api is refused.
func NewServers(api http.Handler) (public, debug *http.Server) {
	if api == nil {
		panic("NewServers: nil api handler would serve http.DefaultServeMux, pprof included")
	}
	public = &http.Server{
		Addr:              ":8080",
		Handler:           api, // only the API // [!code highlight]
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	debug = &http.Server{Addr: "localhost:6060", Handler: mux, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	return public, debug
}

// endregion servers
