package globalstate

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
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
