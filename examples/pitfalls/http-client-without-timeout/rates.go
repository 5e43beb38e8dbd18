// Package rates asks a rates service for exchange rates.
package rates

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// region client

// Client asks the rates service at base.
type Client struct {
	base string
	http *http.Client
}

// NewClient returns a Client whose every call ends within timeout.
func NewClient(base string, timeout time.Duration) *Client {
	return &Client{base: base, http: &http.Client{Timeout: timeout}} // [!code highlight]
}

// Rate returns how many units of to one unit of from buys. It gives up when
// ctx ends or the client's timeout passes, whichever comes first.
func (c *Client) Rate(ctx context.Context, from, to string) (float64, error) {
	u := c.base + "/rate?" + url.Values{"from": {from}, "to": {to}}.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil) // [!code highlight]
	if err != nil {
		return 0, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, fmt.Errorf("rate %s/%s: %w", from, to, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10)) // so the connection can be reused
		return 0, fmt.Errorf("rate %s/%s: %s", from, to, resp.Status)
	}
	var body struct{ Rate *float64 }
	// A rate is a few bytes: more than 1 MiB is refused, as an unexpected EOF.
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&body); err != nil {
		return 0, fmt.Errorf("rate %s/%s: %w", from, to, err)
	}
	if body.Rate == nil {
		return 0, fmt.Errorf("rate %s/%s: no rate in the response", from, to)
	}
	return *body.Rate, nil
}

// endregion client
