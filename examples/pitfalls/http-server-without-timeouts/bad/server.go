//go:build bad && go1.1

// Package httpserverwithouttimeouts configures an HTTP server.
package httpserverwithouttimeouts

import "net/http"

// region server

// NewServer returns the server for the public API.
func NewServer(addr string, h http.Handler) *http.Server {
	return &http.Server{Addr: addr, Handler: h} // [!code highlight]
}

// endregion server
