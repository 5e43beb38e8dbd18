//go:build go1.13

// Package contextinstruct shows a context passed to each call instead of
// stored in the struct: every call gets the caller's own deadline and
// cancellation.
package contextinstruct

import "context"

// region client

// Client looks up values. It holds long-lived dependencies only; the
// context of each lookup is a parameter.
type Client struct {
	lookup func(ctx context.Context, key string) (string, error)
}

// NewClient returns a Client that uses lookup. A nil lookup is a
// programming error, reported here rather than at the first Get.
func NewClient(lookup func(context.Context, string) (string, error)) *Client {
	if lookup == nil {
		panic("contextinstruct: NewClient with a nil lookup")
	}
	return &Client{lookup: lookup}
}

// Get fetches key within ctx, the context of this call.
func (c *Client) Get(ctx context.Context, key string) (string, error) { // [!code highlight]
	if err := ctx.Err(); err != nil {
		return "", err
	}
	return c.lookup(ctx, key)
}

// endregion client
