package contextinstruct_test

import (
	"context"
	"errors"
	"testing"
	"time"

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

// Get must run lookup under the ctx of its own call: a cancelled call fails
// with context.Canceled, and lookup sees the call's deadline. A Get that
// passed context.Background() on would pass the test above.
func TestGetUsesTheCallContext(t *testing.T) {
	c := contextinstruct.NewClient(lookup)
	cancelled, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := c.Get(cancelled, "a"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled call: err = %v, want context.Canceled", err)
	}

	want := time.Now().Add(time.Hour)
	var got time.Time
	c = contextinstruct.NewClient(func(ctx context.Context, key string) (string, error) {
		got, _ = ctx.Deadline()
		return key, nil
	})
	ctx, cancel := context.WithDeadline(t.Context(), want)
	defer cancel()
	if _, err := c.Get(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	if !got.Equal(want) {
		t.Errorf("lookup saw deadline %v, want the call's %v", got, want)
	}
}

func newClient(context.Context) *contextinstruct.Client { return contextinstruct.NewClient(lookup) }

func get(c *contextinstruct.Client, ctx context.Context, key string) (string, error) {
	return c.Get(ctx, key)
}

func TestNewClientRejectsNilLookup(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("NewClient(nil) returned a Client whose first Get would panic")
		}
	}()
	contextinstruct.NewClient(nil)
}
