package rates

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// timeout is short, so that tests against a stalled server end soon.
const timeout = 300 * time.Millisecond

// stalled is a rates service that accepts requests and never answers them
// (or, with headers, answers and never finishes the body), until the test ends.
func stalled(t *testing.T, headers bool) *httptest.Server {
	done := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if headers {
			w.Write([]byte(`{"rate": `))
			w.(http.Flusher).Flush()
		}
		select {
		case <-done:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(func() { close(done); srv.Close() })
	return srv
}

// within calls Rate and fails the test if it has not returned after limit.
func within(t *testing.T, ctx context.Context, limit time.Duration, c *Client) error {
	t.Helper()
	errc := make(chan error, 1)
	go func() {
		_, err := c.Rate(ctx, "EUR", "USD")
		errc <- err
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(limit):
		t.Fatalf("Rate from a stalled server still waiting after %v", limit)
		return nil
	}
}

// region test
func TestRateGivesUpOnAStalledServer(t *testing.T) {
	for _, headers := range []bool{false, true} {
		c := NewClient(stalled(t, headers).URL, timeout)
		// A background job: no deadline from the caller.
		if err := within(t, context.Background(), 2*time.Second, c); err == nil {
			t.Errorf("Rate from a stalled server (headers sent: %v) succeeded", headers)
		}
	}
}

// endregion test

func TestRateTimeoutIsReportedAsATimeout(t *testing.T) {
	c := NewClient(stalled(t, false).URL, timeout)
	err := within(t, context.Background(), 2*time.Second, c)
	var timeoutErr interface{ Timeout() bool }
	if !errors.As(err, &timeoutErr) || !timeoutErr.Timeout() {
		t.Errorf("Rate from a stalled server: %v, want an error whose Timeout() is true", err)
	}
}

func TestRateHonoursTheCallersContext(t *testing.T) {
	c := NewClient(stalled(t, false).URL, timeout)
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	if err := within(t, ctx, 2*time.Second, c); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Rate with a 50ms deadline: %v, want context.DeadlineExceeded", err)
	}
	// Client.Timeout's error matches context.DeadlineExceeded too: only the time tells them apart.
	if elapsed := time.Since(start); elapsed >= timeout {
		t.Errorf("Rate with a 50ms deadline returned after %v, not before the client's own timeout", elapsed)
	}
	cancelled, cancelNow := context.WithCancel(t.Context())
	cancelNow()
	if err := within(t, cancelled, 2*time.Second, c); !errors.Is(err, context.Canceled) {
		t.Errorf("Rate with a cancelled context: %v, want context.Canceled", err)
	}
}

func TestRateStopsWhenCancelledMidway(t *testing.T) {
	c := NewClient(stalled(t, false).URL, time.Minute)
	ctx, cancel := context.WithCancel(t.Context())
	time.AfterFunc(50*time.Millisecond, cancel)
	if err := within(t, ctx, 2*time.Second, c); !errors.Is(err, context.Canceled) {
		t.Errorf("Rate cancelled midway: %v, want context.Canceled", err)
	}
}

func TestRateTimeoutWinsOverALongerDeadline(t *testing.T) {
	c := NewClient(stalled(t, false).URL, timeout)
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	if err := within(t, ctx, 2*time.Second, c); err == nil {
		t.Error("Rate from a stalled server succeeded")
	}
}

func TestRateAnswersAndErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch q := r.URL.Query(); {
		case q.Get("from") == "EUR" && q.Get("to") == "US D&x":
			w.Write([]byte(`{"rate": 1.08}`))
		case q.Get("to") == "NONE":
			w.Write([]byte(`{}`))
		default:
			http.Error(w, "unknown pair", http.StatusNotFound)
		}
	}))
	defer srv.Close()
	c := NewClient(srv.URL, timeout)
	if got, err := c.Rate(t.Context(), "EUR", "US D&x"); err != nil || got != 1.08 {
		t.Errorf("Rate(EUR, %q) = %v, %v; want 1.08 (the query escaped)", "US D&x", got, err)
	}
	if _, err := c.Rate(t.Context(), "EUR", "XXX"); err == nil {
		t.Error("Rate of an unknown pair succeeded, want the 404 as an error")
	}
	if got, err := c.Rate(t.Context(), "EUR", "NONE"); err == nil {
		t.Errorf("Rate from a response without a rate = %v, want an error, not a zero rate", got)
	}
}
