//go:build bad

// Package bad asks a rates service for exchange rates.
package bad

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
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

// NewClient returns a Client that gives up connecting after timeout.
func NewClient(base string, timeout time.Duration) *Client {
	dialer := &net.Dialer{Timeout: timeout}
	return &Client{base: base, http: &http.Client{Transport: &http.Transport{DialContext: dialer.DialContext}}} // [!code highlight]
}

// Rate returns how many units of to one unit of from buys.
func (c *Client) Rate(ctx context.Context, from, to string) (float64, error) {
	u := c.base + "/rate?" + url.Values{"from": {from}, "to": {to}}.Encode()
	resp, err := c.http.Get(u) // [!code highlight]
	if err != nil {
		return 0, fmt.Errorf("rate %s/%s: %w", from, to, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
		return 0, fmt.Errorf("rate %s/%s: %s", from, to, resp.Status)
	}
	var body struct{ Rate *float64 }
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&body); err != nil {
		return 0, fmt.Errorf("rate %s/%s: %w", from, to, err)
	}
	if body.Rate == nil {
		return 0, fmt.Errorf("rate %s/%s: no rate in the response", from, to)
	}
	return *body.Rate, nil
}

// endregion client
