//go:build bad

package bad

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

// region parallel

// The same parallel subtests against the global: each one points Config at
// its own server while the other is using it.
func TestFetchUser(t *testing.T) {
	for _, name := range []string{"ada", "grace"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				fmt.Fprint(w, name)
			}))
			defer srv.Close()

			Config.BaseURL = srv.URL // [!code highlight]
			if got, err := FetchUser(context.Background(), "1"); got != name || err != nil {
				t.Errorf("FetchUser = %q, %v; want %q", got, err, name)
			}
		})
	}
}

// endregion parallel
