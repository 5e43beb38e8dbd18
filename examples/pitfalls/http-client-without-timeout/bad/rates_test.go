//go:build bad

package bad

import (
	"context"
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
		if err := within(t, context.Background(), 2*time.Second, c); err == nil { // [!code highlight]
			t.Errorf("Rate from a stalled server (headers sent: %v) succeeded", headers)
		}
	}
}

// endregion test
