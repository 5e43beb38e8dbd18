package client

import (
	"context"
	"encoding/json"
	"io"
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
		if n := conns.Load(); n != 1 {
			t.Errorf("10 requests in turn to %s opened %d connections, want 1", path, n)
		}
	}
}

// endregion test

// trackedBody records whether it was read to the end and closed.
type trackedBody struct {
	r           io.Reader
	n           int
	eof, closed bool
}

func (b *trackedBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.n += n
	b.eof = b.eof || err == io.EOF
	return n, err
}

func (b *trackedBody) Close() error { b.closed = true; return nil }

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// Reading to the end alone returns a connection to the pool, so the test
// above would pass without Close: this one sees each body directly.
func TestBodyIsDrainedAndClosedOnEveryPath(t *testing.T) {
	for _, tc := range []struct {
		name             string
		status           int
		body             string
		wantErr, wantEOF bool
	}{
		{"ok", 200, `{"n":1}` + "\n", false, true},
		{"error status", 404, "<html>" + strings.Repeat("not found ", 100) + "</html>", true, true},
		{"wrong type", 200, `{"n":"one"}` + "\n", true, true},
		{"syntax error", 200, `{"n":1,,}` + strings.Repeat(" ", 1000), true, true},
		{"no content", 204, "", true, true},
		{"error body over maxDrain", 500, strings.Repeat("e", 2*maxDrain), true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := &trackedBody{r: strings.NewReader(tc.body)}
			c := &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
				return &http.Response{StatusCode: tc.status, Status: http.StatusText(tc.status), Header: http.Header{}, Body: body, Request: r}, nil
			})}
			var v struct{ N int }
			err := Fetch(t.Context(), c, "http://example.test/", &v)
			if (err != nil) != tc.wantErr || (!tc.wantErr && v.N != 1) {
				t.Fatalf("Fetch: %v, decoded %+v; want an error: %v", err, v, tc.wantErr)
			}
			if !body.closed {
				t.Error("body not closed")
			}
			if body.eof != tc.wantEOF {
				t.Errorf("body read to the end: %v, want %v", body.eof, tc.wantEOF)
			}
			if !tc.wantEOF && body.n > maxDrain+4096 {
				t.Errorf("read %d bytes of a body over maxDrain, want about maxDrain (%d)", body.n, maxDrain)
			}
		})
	}
}

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
