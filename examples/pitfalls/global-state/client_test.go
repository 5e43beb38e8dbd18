package globalstate

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// region parallel

// Parallel subtests, each with its own test server. Every client has its
// own settings, so the subtests cannot interfere.
func TestFetchUser(t *testing.T) {
	for _, name := range []string{"ada", "grace"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				fmt.Fprint(w, name)
			}))
			defer srv.Close()

			c := NewClient(Settings{BaseURL: srv.URL}, srv.Client())
			if got, err := c.FetchUser(context.Background(), "1"); got != name || err != nil {
				t.Errorf("FetchUser = %q, %v; want %q", got, err, name)
			}
		})
	}
}

// endregion parallel

// countingTransport counts the requests it carries and records their paths.
type countingTransport struct {
	n    atomic.Int64
	path atomic.Value
}

func (ct *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	ct.n.Add(1)
	ct.path.Store(r.URL.EscapedPath())
	return http.DefaultTransport.RoundTrip(r)
}

// The client sends through the http.Client it was given, with the
// caller's context, and escapes the ID into one path segment.
func TestFetchUserUsesItsDependencies(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, "ada")
	}))
	defer srv.Close()
	ct := &countingTransport{}
	c := NewClient(Settings{BaseURL: srv.URL}, &http.Client{Transport: ct})

	if _, err := c.FetchUser(t.Context(), "a/b"); err != nil {
		t.Fatal(err)
	}
	if ct.n.Load() != 1 || ct.path.Load() != "/users/a%2Fb" {
		t.Errorf("injected client carried %d requests, last to %v; want 1 to /users/a%%2Fb", ct.n.Load(), ct.path.Load())
	}

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := c.FetchUser(ctx, "1"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}
}

// A 404 or 500 page is an error, not the user's data.
func TestFetchUserRejectsErrorStatus(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	if got, err := NewClient(Settings{BaseURL: srv.URL}, nil).FetchUser(t.Context(), "1"); err == nil {
		t.Errorf("FetchUser on a 404 = %q, nil; want an error", got)
	}
}
