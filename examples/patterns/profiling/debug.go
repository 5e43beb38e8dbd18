//go:build go1.8

// Package profiling shows how to collect CPU, heap and goroutine profiles:
// from a running server over HTTP, and from a program run to a file.
package profiling

import (
	"net/http"
	"net/http/pprof"
	"time"
)

// region debug-server

// DebugServer serves the pprof endpoints on their own mux, for a listener
// that only operators can reach (localhost or an internal port). The
// public server uses another mux, so profiles are never exposed there.
func DebugServer(addr string) *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index) // heap, goroutine, block, mutex, allocs… // [!code highlight]
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile) // CPU, ?seconds=N
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace) // execution trace
	return &http.Server{
		Addr:              addr, // e.g. "localhost:6060"
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       2 * time.Minute,
		// No WriteTimeout: a 30-second CPU profile takes 30 seconds to write.
	}
}

// endregion debug-server
