//go:build bad

package bad

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// server answers /ok with a 100 KB JSON value, as json.Encoder writes it,
// /missing with 404 and a page of HTML, and counts the connections clients
// open to it.
func server(t *testing.T) (*httptest.Server, *atomic.Int32) {
	var conns atomic.Int32
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			json.NewEncoder(w).Encode(map[string]any{"n": 1, "pad": strings.Repeat("x", 100_000)})
		default:
			w.WriteHeader(http.StatusNotFound)
			w.Write([]byte("<html>" + strings.Repeat("not found ", 100) + "</html>"))
		}
	}))
	srv.Config.ConnState = func(_ net.Conn, state http.ConnState) {
		if state == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv, &conns
}

// region test
func TestRequestsInTurnShareOneConnection(t *testing.T) {
	for _, path := range []string{"/ok", "/missing"} {
		srv, conns := server(t)
		for range 10 {
			var v struct{ N int }
			err := Fetch(t.Context(), srv.Client(), srv.URL+path, &v)
			if (err == nil) != (path == "/ok") || (path == "/ok" && v.N != 1) {
				t.Fatalf("GET %s: %v, decoded %+v", path, err, v)
			}
		}
		if n := conns.Load(); n != 1 { // [!code highlight]
			t.Errorf("10 requests in turn to %s opened %d connections, want 1", path, n)
		}
	}
}

// endregion test

func TestCancelledContextOpensNoConnection(t *testing.T) {
	srv, conns := server(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	var v struct{ N int }
	if err := Fetch(ctx, srv.Client(), srv.URL+"/ok", &v); err == nil {
		t.Error("Fetch with a cancelled context succeeded")
	}
	if n := conns.Load(); n != 0 {
		t.Errorf("%d connections opened for a cancelled request", n)
	}
}
