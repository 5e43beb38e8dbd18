//go:build go1.16

package globalstate

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

// region explicit

// Client holds its own configuration. Two clients with different settings
// can live in one program, or in two parallel tests.
type Client struct {
	cfg  Settings
	http *http.Client
}

// NewClient returns a client configured by cfg that sends its requests
// with hc, or with http.DefaultClient if hc is nil.
func NewClient(cfg Settings, hc *http.Client) *Client { // [!code highlight]
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{cfg: cfg, http: hc}
}

// FetchUser returns the body of the user resource with the ID.
func (c *Client) FetchUser(ctx context.Context, id string) (string, error) {
	u := c.cfg.BaseURL + "/users/" + url.PathEscape(id) // [!code highlight]
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return "", err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return "", fmt.Errorf("fetch user %s: %w", id, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // a 404 page is not the user
		return "", fmt.Errorf("fetch user %s: %s", id, resp.Status)
	}
	body, err := io.ReadAll(resp.Body)
	return string(body), err
}

// endregion explicit
