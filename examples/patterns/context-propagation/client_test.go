package contextpropagation_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	contextpropagation "fieldguide.dev/examples/patterns/context-propagation"
)

// hang never answers until the client gives up.
func hang(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }

// region proof

// The caller's deadline reaches the HTTP request: Fetch gives up at the
// caller's 20 ms. The client's own limit is 2 s, so a Fetch that ignored
// the caller's deadline would take 2 s and fail the test.
func TestFetchObeysCallerDeadline(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(hang))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := (&contextpropagation.Client{Timeout: 2 * time.Second}).Fetch(ctx, srv.URL)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want context.DeadlineExceeded", err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("Fetch took %v: the caller's 20 ms deadline did not reach the request", took)
	}
}

// A slow upstream becomes a 504 once the handler's budget runs out.
func TestProxyTimesOut(t *testing.T) {
	upstream := httptest.NewServer(http.HandlerFunc(hang))
	defer upstream.Close()

	h := contextpropagation.ProxyHandler(&contextpropagation.Client{Timeout: 2 * time.Second}, upstream.URL, 20*time.Millisecond)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusGatewayTimeout {
		t.Errorf("status = %d, want 504", rec.Code)
	}
}

// endregion proof

func TestFetchStatusAndLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write([]byte("0123456789"))
	}))
	defer srv.Close()

	c := &contextpropagation.Client{MaxBody: 4}
	if _, err := c.Fetch(context.Background(), srv.URL+"/missing"); err == nil {
		t.Error("404 returned no error")
	}
	if body, err := c.Fetch(context.Background(), srv.URL); err == nil {
		t.Errorf("a 10-byte body over a 4-byte limit: Fetch = %q, nil; want an error, not a cut-off body", body)
	}
	c.MaxBody = 10
	if body, err := c.Fetch(context.Background(), srv.URL); err != nil || string(body) != "0123456789" {
		t.Errorf("a body of exactly the limit: Fetch = %q, %v; want all of it", body, err)
	}
}

func TestPollStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := make(chan struct{})
	done := make(chan struct{})
	go func() {
		contextpropagation.Poll(ctx, time.Millisecond, func(context.Context) {
			select {
			case calls <- struct{}{}:
			default:
			}
		})
		close(done)
	}()
	<-calls
	cancel()
	<-done
}
