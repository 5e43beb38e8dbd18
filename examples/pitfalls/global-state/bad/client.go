//go:build bad && go1.16

package bad

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
)

// Settings configures the API client.
type Settings struct {
	BaseURL string
	Retries int
}

// region global

// Config is the package's configuration. main sets it at start-up, and
// every function reads it: a hidden input that tests must overwrite.
var Config = Settings{BaseURL: "https://api.example.com", Retries: 3} // [!code highlight]

// FetchUser returns the body of the user resource with the ID.
func FetchUser(ctx context.Context, id string) (string, error) {
	u := Config.BaseURL + "/users/" + url.PathEscape(id) // [!code highlight]
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("fetch user %s: %w", id, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return string(body), err
}

// endregion global
