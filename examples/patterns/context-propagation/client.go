//go:build go1.21

// Package contextpropagation shows a context passed down the call chain: the
// caller's deadline and cancellation reach the HTTP request, and each layer
// can only shorten the time it is given, never extend it.
package contextpropagation

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Client fetches documents over HTTP. The zero value uses
// http.DefaultClient and a 10-second limit per request.
type Client struct {
	HTTP    *http.Client
	Timeout time.Duration
	MaxBody int64 // bytes; 0 means 1 MiB
}

// region fetch

// Fetch GETs url. It takes the caller's ctx as its first parameter and
// derives a shorter deadline from it, so the request stops when the caller
// gives up or after c.Timeout, whichever comes first.
func (c *Client) Fetch(ctx context.Context, url string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout()) // [!code highlight]
	defer cancel()                                       // release the timer as soon as Fetch returns

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil) // [!code highlight]
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", url, err)
	}
	resp, err := c.client().Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err) // *url.Error wraps ctx.Err()
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch %s: status %s", url, resp.Status)
	}
	// Read one byte more than the limit: LimitReader ends a longer body
	// without an error, and a cut-off document must not pass for a whole one.
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.maxBody()+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: read body: %w", url, err)
	}
	if int64(len(body)) > c.maxBody() {
		return nil, fmt.Errorf("fetch %s: body larger than %d bytes", url, c.maxBody())
	}
	return body, nil
}

// endregion fetch

func (c *Client) client() *http.Client {
	if c.HTTP == nil {
		return http.DefaultClient
	}
	return c.HTTP
}

func (c *Client) timeout() time.Duration {
	if c.Timeout <= 0 {
		return 10 * time.Second
	}
	return c.Timeout
}

func (c *Client) maxBody() int64 {
	if c.MaxBody <= 0 {
		return 1 << 20
	}
	return c.MaxBody
}
