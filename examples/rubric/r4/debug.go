//go:build go1.8

package r4

import (
	"net/http"
	"net/http/pprof"
	"time"
)

// region debug-server

// DebugServer serves the pprof endpoints on their own mux, for a listener
// that only operators can reach (localhost, or a port the load balancer
// does not expose). The import still registers the handlers on
// http.DefaultServeMux; they stay private because the public server has
// its own mux and nothing serves the default one.
func DebugServer(addr string) *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index) // also serves heap, goroutine, block…
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return &http.Server{
		Addr:              addr, // e.g. "localhost:6060" // [!code highlight]
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       2 * time.Minute,
		// No WriteTimeout: a 30-second CPU profile takes 30 seconds to write.
	}
}

// endregion debug-server
