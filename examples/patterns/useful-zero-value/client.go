//go:build go1.1

package usefulzerovalue

import (
	"net/http"
	"time"
)

// region defaults

// Client calls a remote API. Every field is optional: its zero value means
// "use the default", the way a nil http.Client.Transport means
// http.DefaultTransport. So Client{} works, and a caller sets only what it
// needs to change.
type Client struct {
	// Timeout bounds each request. Zero means 30 seconds.
	Timeout time.Duration
	// HTTP sends the requests. Nil means http.DefaultClient.
	HTTP *http.Client
}

func (c *Client) timeout() time.Duration {
	if c.Timeout == 0 { // [!code highlight]
		return 30 * time.Second
	}
	return c.Timeout
}

func (c *Client) httpClient() *http.Client {
	if c.HTTP == nil {
		return http.DefaultClient
	}
	return c.HTTP
}

// endregion defaults
