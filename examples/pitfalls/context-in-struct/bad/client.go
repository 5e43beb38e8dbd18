//go:build bad

// Package bad stores a context in a struct.
package bad

import "context"

// region client

// Client looks up values.
//
// BUG: the context is captured once, at construction, and used for every
// call. When the request that built the Client ends, every later call on
// it fails with "context canceled"; and no caller can give one call its
// own deadline.
type Client struct {
	ctx    context.Context // [!code highlight]
	lookup func(ctx context.Context, key string) (string, error)
}

// NewClient returns a Client that uses lookup within ctx.
func NewClient(ctx context.Context, lookup func(context.Context, string) (string, error)) *Client {
	return &Client{ctx: ctx, lookup: lookup}
}

// Get fetches key.
func (c *Client) Get(key string) (string, error) {
	if err := c.ctx.Err(); err != nil {
		return "", err
	}
	return c.lookup(c.ctx, key)
}

// endregion client
