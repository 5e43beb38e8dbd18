//go:build go1.8

package httpserverwithouttimeouts_test

import (
	"net/http"
	"testing"

	httpserverwithouttimeouts "fieldguide.dev/examples/pitfalls/http-server-without-timeouts"
)

// region test

// A zero timeout in http.Server means no timeout at all.
func TestServerTimeouts(t *testing.T) {
	srv := httpserverwithouttimeouts.NewServer(":8080", http.NotFoundHandler())
	if srv.ReadHeaderTimeout <= 0 {
		t.Error("no ReadHeaderTimeout: a client that sends its headers slowly holds a connection for ever")
	}
	if srv.IdleTimeout <= 0 && srv.ReadTimeout <= 0 {
		t.Error("no IdleTimeout or ReadTimeout: idle keep-alive connections are never closed")
	}
	if srv.WriteTimeout <= 0 {
		t.Error("no WriteTimeout: a client that reads the response slowly holds a connection for ever")
	}
}

// endregion test
