//go:build bad

package bad

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var ada = map[int]User{1: {ID: 1, Name: "Ada"}}

// region handler
func TestRoutes(t *testing.T) {
	h := Routes(ada)
	const text = "text/plain; charset=utf-8"
	for _, tt := range []struct {
		method, target    string
		status            int
		contentType, body string
	}{
		{"GET", "/users/1", 200, "application/json", `{"id":1,"name":"Ada"}` + "\n"},
		{"GET", "/users/x", 400, text, "id must be a number\n"},
		{"GET", "/users/9", 404, text, "no such user\n"},
		{"GET", "/users/99999999999999999999", 400, text, "id must be a number\n"},
		{"GET", "/users/", 404, text, "404 page not found\n"},
		{"POST", "/users/1", 405, text, "Method Not Allowed\n"},
	} {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequestWithContext(t.Context(), tt.method, tt.target, nil))

			res := rec.Result() // headers as they were when the body started // [!code highlight]
			body, err := io.ReadAll(res.Body)
			if err != nil {
				t.Fatal(err)
			}
			if res.StatusCode != tt.status || string(body) != tt.body {
				t.Errorf("%s %s = %d %q; want %d %q", tt.method, tt.target, res.StatusCode, body, tt.status, tt.body)
			}
			if ct := res.Header.Get("Content-Type"); ct != tt.contentType { // [!code highlight]
				t.Errorf("Content-Type = %q; want %q", ct, tt.contentType)
			}
			if tt.status == http.StatusMethodNotAllowed && res.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("405 with Allow %q; want %q", res.Header.Get("Allow"), "GET, HEAD")
			}
		})
	}
}

// endregion handler

// region client
func TestClient(t *testing.T) {
	srv := httptest.NewServer(Routes(ada))
	t.Cleanup(srv.Close)
	c := &Client{BaseURL: srv.URL, HTTP: srv.Client()}

	u, err := c.User(t.Context(), 1)
	if err != nil || u != (User{1, "Ada"}) {
		t.Errorf("User(1) = %v, %v; want Ada", u, err)
	}
	if _, err := c.User(t.Context(), 9); !errors.Is(err, ErrNotFound) {
		t.Errorf("User(9) = %v; want ErrNotFound", err)
	}
}

func TestClientGivesUpWithItsContext(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select { // a server that does not answer in time
		case <-r.Context().Done(): // the client hung up
		case <-time.After(5 * time.Second):
		}
	}))
	t.Cleanup(srv.Close)
	c := &Client{BaseURL: srv.URL, HTTP: srv.Client()}

	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.User(ctx, 1); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("User from a silent server = %v; want context.DeadlineExceeded", err)
	}
}

// endregion client

// serve starts a server whose every response is written by respond.
func serve(t *testing.T, respond http.HandlerFunc) *Client {
	srv := httptest.NewServer(respond)
	t.Cleanup(srv.Close)
	return &Client{BaseURL: srv.URL, HTTP: srv.Client()}
}

func TestTheClientSendsWhatTheAPIExpects(t *testing.T) {
	c := serve(t, func(w http.ResponseWriter, r *http.Request) {
		// t.Errorf, not t.Fatalf: this runs on the server's goroutine.
		if r.Method != http.MethodGet || r.URL.Path != "/users/1" {
			t.Errorf("server got %s %s; want GET /users/1", r.Method, r.URL.Path)
		}
		fmt.Fprint(w, `{"id":1,"name":"Ada"}`)
	})
	if _, err := c.User(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
}

func TestClientReportsAServerError(t *testing.T) {
	// A 500 with a body that decodes: only the status says it failed.
	c := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusInternalServerError)
		fmt.Fprint(w, `{"id":1,"name":"Ada"}`)
	})
	if u, err := c.User(t.Context(), 1); err == nil || errors.Is(err, ErrNotFound) {
		t.Fatalf("User from a failing server = %v, %v; want an error that is not ErrNotFound", u, err)
	}
}

func TestClientRejectsBodiesThatAreNotTheUser(t *testing.T) {
	for _, body := range []string{`{"id":1,"na`, `null`, `{}`, `{"id":2,"name":"Grace"}`, ``} {
		c := serve(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, body) })
		if u, err := c.User(t.Context(), 1); err == nil {
			t.Errorf("User from body %q = %v, nil; want an error", body, u)
		}
	}
}

func TestClientRejectsABodyCutShort(t *testing.T) {
	c := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "100")
		fmt.Fprint(w, `{"id":1,"na`) // then the connection closes
	})
	if u, err := c.User(t.Context(), 1); err == nil {
		t.Fatalf("User from a body cut short = %v, nil; want an error", u)
	}
}

func TestClientStopsReadingAnEndlessBody(t *testing.T) {
	c := serve(t, func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"id":1,"name":"`)
		chunk := []byte(strings.Repeat("a", 4096))
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	if _, err := c.User(ctx, 1); err == nil || errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("User from an endless body = %v; want a decoding error before the deadline", err)
	}
}

func TestClientWithAnAlreadyCancelledContextSendsNothing(t *testing.T) {
	var requests atomic.Int64
	c := serve(t, func(w http.ResponseWriter, r *http.Request) { requests.Add(1) })
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := c.User(ctx, 1); !errors.Is(err, context.Canceled) || requests.Load() != 0 {
		t.Fatalf("User = %v with %d requests sent; want context.Canceled and none", err, requests.Load())
	}
}

func TestClientOverTLS(t *testing.T) {
	srv := httptest.NewTLSServer(Routes(ada))
	t.Cleanup(srv.Close)
	// srv.Client trusts the test server's certificate; http.DefaultClient would not.
	c := &Client{BaseURL: srv.URL, HTTP: srv.Client()}
	if u, err := c.User(t.Context(), 1); err != nil || u.Name != "Ada" {
		t.Fatalf("User over TLS = %v, %v", u, err)
	}
}

func TestHeadThroughARealServerHasNoBody(t *testing.T) {
	// A ResponseRecorder keeps the body of a HEAD response; a server drops it.
	srv := httptest.NewServer(Routes(ada))
	t.Cleanup(srv.Close)
	req, err := http.NewRequestWithContext(t.Context(), http.MethodHead, srv.URL+"/users/1", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || len(body) != 0 || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("HEAD /users/1 = %d, %q, Content-Type %q", resp.StatusCode, body, resp.Header.Get("Content-Type"))
	}
}

func TestCallsInTurnReuseTheirConnection(t *testing.T) {
	var conns atomic.Int64
	srv := httptest.NewUnstartedServer(Routes(ada))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	c := &Client{BaseURL: srv.URL, HTTP: srv.Client()}

	for i := range 10 {
		id := i%3 + 1 // 1 is found, 2 and 3 are not
		_, err := c.User(t.Context(), id)
		if (id == 1) != (err == nil) || (id != 1 && !errors.Is(err, ErrNotFound)) {
			t.Fatalf("User(%d) = %v", id, err)
		}
	}
	// One connection, or two if a loaded machine delays the transport's
	// check that a connection is free; without the drain it is about 7.
	if n := conns.Load(); n > 2 {
		t.Errorf("10 calls in turn opened %d connections; want 1 (2 on a loaded machine)", n)
	}
}

func TestConcurrentCalls(t *testing.T) {
	srv := httptest.NewServer(Routes(ada))
	t.Cleanup(srv.Close)
	c := &Client{BaseURL: srv.URL, HTTP: srv.Client()}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if u, err := c.User(t.Context(), 1); err != nil || u.Name != "Ada" {
				t.Errorf("User(1) = %v, %v", u, err)
			}
		})
	}
	wg.Wait()
}
