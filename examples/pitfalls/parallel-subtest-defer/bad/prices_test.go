//go:build bad

package bad

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// get fetches path from srv with srv's own client, tied to the test's
// context so a hung request ends with the test.
func get(t *testing.T, srv *httptest.Server, path string) (int, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// region test
func TestPrices(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(Handler())
	defer srv.Close() // [!code highlight]

	for _, tt := range []struct {
		item   string
		status int
		body   string
	}{
		{"apple", 200, "45"},
		{"plum", 200, "30"},
		{"kiwi", 404, "404 page not found\n"},
	} {
		t.Run(tt.item, func(t *testing.T) {
			t.Parallel()
			status, body := get(t, srv, "/price/"+tt.item)
			if status != tt.status || body != tt.body {
				t.Errorf("GET /price/%s = %d %q; want %d %q", tt.item, status, body, tt.status, tt.body)
			}
		})
	}
}

// endregion test
