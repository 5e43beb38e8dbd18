//go:build bad

package bad

import (
	"context"
	"sync/atomic"
	"testing"
	"testing/synctest"
)

// region test

func TestLookupReleasesWhatItsContextHolds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var released atomic.Bool
		resolve := func(ctx context.Context, name string) (string, error) {
			// Work tied to ctx, such as a watcher that aborts the request
			// when ctx ends, waits for it.
			go func() {
				<-ctx.Done()
				released.Store(true)
			}()
			return "10.0.0.7", nil
		}
		Lookup(t.Context(), resolve, "db.internal") // [!code highlight]
		synctest.Wait()
		if !released.Load() {
			t.Error("Lookup returned, but what the request holds waits for the deadline")
		}
	})
}

// endregion test
