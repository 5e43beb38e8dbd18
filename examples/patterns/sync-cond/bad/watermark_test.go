//go:build bad

package bad

import (
	"context"
	"testing"
	"testing/synctest"
)

// waitFor calls WaitFor in a new goroutine; its result arrives on the
// channel, for the test's own goroutine to check.
func waitFor(w *Watermark, ctx context.Context, pos uint64) <-chan error {
	result := make(chan error, 1)
	go func() { result <- w.WaitFor(ctx, pos) }()
	return result
}

// region test

func TestWaitForReturnsAtItsPosition(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		w := New()
		result := waitFor(w, t.Context(), 10)
		synctest.Wait() // the reader is waiting
		w.Advance(5)    // a writer moves halfway // [!code highlight]
		synctest.Wait()
		if len(result) > 0 {
			t.Fatal("WaitFor(10) returned at position 5")
		}
		w.Advance(10)
		if err := <-result; err != nil {
			t.Fatalf("WaitFor(10) at position 10 = %v, want nil", err)
		}
	})
}

// endregion test
