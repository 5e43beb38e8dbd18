package lookup

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

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
		Lookup(t.Context(), resolve, "db.internal")
		synctest.Wait()
		if !released.Load() {
			t.Error("Lookup returned, but what the request holds waits for the deadline")
		}
	})
}

// The error path releases the context too.
func TestLookupReleasesWhatItsContextHoldsOnError(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var released atomic.Bool
		refused := errors.New("refused")
		resolve := func(ctx context.Context, name string) (string, error) {
			go func() {
				<-ctx.Done()
				released.Store(true)
			}()
			return "", refused
		}
		if _, err := Lookup(t.Context(), resolve, "db.internal"); err != refused {
			t.Fatalf("Lookup = %v, want the resolver's error", err)
		}
		synctest.Wait()
		if !released.Load() {
			t.Error("Lookup returned an error, but what the request holds waits for the deadline")
		}
	})
}

func TestTheDeadlineEndsAHungResolver(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		_, err := Lookup(t.Context(), func(ctx context.Context, _ string) (string, error) {
			<-ctx.Done()
			return "", ctx.Err()
		}, "db.internal")
		if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) != 2*time.Second {
			t.Fatalf("Lookup of a hung resolver = %v after %v, want DeadlineExceeded after 2s", err, time.Since(start))
		}
	})
}

// The caller's own cancellation and an earlier deadline of the caller's
// still reach the resolver; its answer and its error come back unchanged.
func TestTheCallersContextStillRules(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		wait := func(ctx context.Context, _ string) (string, error) {
			<-ctx.Done()
			return "", context.Cause(ctx)
		}
		ctx, cancel := context.WithCancelCause(t.Context())
		gone := errors.New("client went away")
		time.AfterFunc(time.Second, func() { cancel(gone) })
		if _, err := Lookup(ctx, wait, "db.internal"); !errors.Is(err, gone) {
			t.Errorf("Lookup with a cancelled caller = %v, want its cause", err)
		}
		short, stop := context.WithTimeout(t.Context(), 500*time.Millisecond)
		defer stop()
		start := time.Now()
		if _, err := Lookup(short, wait, "db.internal"); !errors.Is(err, context.DeadlineExceeded) || time.Since(start) != 500*time.Millisecond {
			t.Errorf("Lookup with a 500ms caller deadline = %v after %v", err, time.Since(start))
		}
		refused := errors.New("refused")
		answer := func(context.Context, string) (string, error) { return "10.0.0.7", refused }
		if addr, err := Lookup(t.Context(), answer, "db.internal"); addr != "10.0.0.7" || err != refused {
			t.Errorf("Lookup = %q, %v; want the resolver's own answer and error", addr, err)
		}
	})
}
