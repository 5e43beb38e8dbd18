//go:build bad

package bad_test

import (
	"context"
	"testing"

	"fieldguide.dev/examples/pitfalls/context-in-struct/bad"
)

func lookup(ctx context.Context, key string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	return "value of " + key, nil
}

// region test

// The client outlives the first request: a later request with a live
// context must succeed after the first one's context was cancelled.
func TestClientOutlivesFirstRequest(t *testing.T) {
	first, cancel := context.WithCancel(t.Context())
	c := newClient(first)
	if _, err := get(c, first, "a"); err != nil {
		t.Fatal(err)
	}
	cancel() // the first request ends

	second := t.Context()
	if _, err := get(c, second, "b"); err != nil {
		t.Errorf("second request: %v", err)
	}
}

// endregion test

func newClient(ctx context.Context) *bad.Client { return bad.NewClient(ctx, lookup) }

// get cannot pass ctx on: the Bad Client has no parameter for it.
func get(c *bad.Client, _ context.Context, key string) (string, error) {
	return c.Get(key)
}
