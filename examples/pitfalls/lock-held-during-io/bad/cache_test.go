//go:build bad

package bad_test

import (
	"context"
	"testing"
	"time"

	"fieldguide.dev/examples/pitfalls/lock-held-during-io/bad"
)

// region get-test

// While the backend is stuck on one key, a Get for another key must still
// be answered.
func TestSlowFetchDoesNotBlockOtherKeys(t *testing.T) {
	release := make(chan struct{})
	c := bad.New(func(ctx context.Context, key string) (string, error) {
		if key == "slow" {
			<-release // a backend call that takes its time
		}
		return "value of " + key, nil
	})
	if _, err := c.Get(t.Context(), "fast"); err != nil { // now cached
		t.Fatal(err)
	}

	slowDone := make(chan struct{})
	go func() { defer close(slowDone); _, _ = c.Get(context.Background(), "slow") }()
	time.Sleep(5 * time.Millisecond) // let the slow fetch start

	fastDone := make(chan struct{})
	go func() { defer close(fastDone); _, _ = c.Get(context.Background(), "fast") }()
	select {
	case <-fastDone:
	case <-time.After(50 * time.Millisecond):
		t.Error("a cached key waited for another key's fetch: the lock is held during I/O")
	}
	close(release)
	<-slowDone
	<-fastDone
}

// endregion get-test
