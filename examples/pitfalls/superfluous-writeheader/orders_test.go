package orders

import (
	"errors"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

type store map[string]Order

func (s store) Order(id string) (Order, error) {
	if id == "broken" {
		return Order{}, errors.New("database is down")
	}
	o, ok := s[id]
	if !ok {
		return Order{}, ErrNotFound
	}
	return o, nil
}

// serverLog keeps what the server logs; the server writes it from its own
// goroutines.
type serverLog struct {
	mu   sync.Mutex
	text strings.Builder
}

func (l *serverLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.text.Write(p)
}

func (l *serverLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.text.String()
}

// get serves GET path on a real server and returns the response and what
// the server logged meanwhile.
func get(t *testing.T, path string) (status int, contentType, body, logged string) {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("GET /orders/{id}", Handler{Store: store{"a1": {ID: "a1", Total: 42}}})
	srv := httptest.NewUnstartedServer(mux)
	var l serverLog
	srv.Config.ErrorLog = log.New(&l, "", 0)
	srv.Start()
	defer srv.Close() // on t.Fatal; the Close below is still needed before reading the log
	res, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	srv.Close() // waits for the connection to go idle, so the handler has returned and logged
	return res.StatusCode, res.Header.Get("Content-Type"), string(b), l.String()
}

// region test
func TestMissingOrderIsA404AndNothingElse(t *testing.T) {
	status, _, body, logged := get(t, "/orders/b7")
	if status != http.StatusNotFound || body != "no such order\n" {
		t.Errorf("GET of a missing order: %d %q, want 404 %q", status, body, "no such order\n")
	}
	if logged != "" {
		t.Errorf("the server logged: %s", strings.TrimSpace(logged))
	}
}

// endregion test

func TestOrderIsServedAsJSON(t *testing.T) {
	status, contentType, body, logged := get(t, "/orders/a1")
	if status != http.StatusOK || contentType != "application/json" || body != `{"id":"a1","total":42}`+"\n" || logged != "" {
		t.Errorf("GET of an order: %d %s %q, server log %q; want 200 application/json with the order, nothing logged", status, contentType, body, logged)
	}
}

func TestStoreFailureIsA500AndNothingElse(t *testing.T) {
	status, _, body, logged := get(t, "/orders/broken")
	if status != http.StatusInternalServerError || body != "internal error\n" || logged != "" {
		t.Errorf("GET with the store down: %d %q, server log %q; want 500 %q, nothing logged", status, body, logged, "internal error\n")
	}
}
