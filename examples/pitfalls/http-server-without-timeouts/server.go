//go:build go1.8

// Package httpserverwithouttimeouts configures an HTTP server.
package httpserverwithouttimeouts

import (
	"net/http"
	"time"
)

// region server

// NewServer returns the server for the public API. Every phase of a
// connection has a bound, so slow or idle clients cannot hold connections
// and goroutines for ever.
func NewServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,  // Slowloris: headers sent a byte at a time // [!code highlight]
		ReadTimeout:       30 * time.Second, // the whole request, body included
		WriteTimeout:      30 * time.Second, // from the end of the headers to the end of the response
		IdleTimeout:       2 * time.Minute,  // a keep-alive connection between requests
	}
}

// endregion server
