package contextinstruct_test

import (
	"context"
	"testing"

	contextinstruct "fieldguide.dev/examples/pitfalls/context-in-struct"
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
	first, cancel := context.WithCancel(context.Background())
	c := newClient(first)
	if _, err := get(c, first, "a"); err != nil {
		t.Fatal(err)
	}
	cancel() // the first request ends

	second := context.Background()
	if _, err := get(c, second, "b"); err != nil {
		t.Errorf("second request: %v", err)
	}
}

// endregion test

func newClient(context.Context) *contextinstruct.Client { return contextinstruct.NewClient(lookup) }

func get(c *contextinstruct.Client, ctx context.Context, key string) (string, error) {
	return c.Get(ctx, key)
}
