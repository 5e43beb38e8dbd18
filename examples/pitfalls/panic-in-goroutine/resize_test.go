package goroutinepanic

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// A resize that calls runtime.Goexit (t.FailNow does) ends its goroutine
// without panicking or returning, and errgroup counts it as done with no
// error; the page says so. ResizeAll writes no response and counts nothing
// that could overflow. The panics below are logged to stderr by design.

func TestResizeAllReturnsAPanicAsAnError(t *testing.T) {
	err := ResizeAll(t.Context(), []string{"a.png", "broken.png"}, func(_ context.Context, name string) error {
		if name == "broken.png" {
			panic("corrupt header in " + name)
		}
		return nil
	})
	var perr *PanicError
	if !errors.As(err, &perr) {
		t.Fatalf("ResizeAll = %v, want a *PanicError", err)
	}
	if perr.Name != "broken.png" || perr.Value != "corrupt header in broken.png" {
		t.Errorf("PanicError = %q, %v", perr.Name, perr.Value)
	}
	if s := string(perr.Stack); !strings.Contains(s, "panic(") || !strings.Contains(s, "TestResizeAllReturnsAPanicAsAnError.func1") {
		t.Errorf("the stack does not show where the panic happened:\n%s", perr.Stack)
	}
}

func TestRuntimeErrorsCanBeMatched(t *testing.T) {
	err := ResizeAll(t.Context(), []string{"x.png"}, func(_ context.Context, name string) error {
		var sizes []int
		_ = sizes[len(name)] // index out of range
		return nil
	})
	var rerr runtime.Error
	if !errors.As(err, &rerr) {
		t.Fatalf("ResizeAll = %v, want a runtime.Error inside", err)
	}
}

func TestPanicWithNil(t *testing.T) {
	// Since Go 1.21 (go line 1.21 or later) panic(nil) recovers as *runtime.PanicNilError.
	err := ResizeAll(t.Context(), []string{"x.png"}, func(context.Context, string) error {
		panic(nil)
	})
	var nilPanic *runtime.PanicNilError
	if !errors.As(err, &nilPanic) {
		t.Fatalf("ResizeAll = %v, want a *runtime.PanicNilError inside", err)
	}
}

func TestAPanicCancelsTheOthers(t *testing.T) {
	err := ResizeAll(t.Context(), []string{"broken.png", "slow.png"}, func(ctx context.Context, name string) error {
		if name == "broken.png" {
			panic("corrupt")
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
			return errors.New("not cancelled")
		}
	})
	var perr *PanicError
	if !errors.As(err, &perr) {
		t.Fatalf("ResizeAll = %v, want the panic first", err)
	}
}

func TestErrorsStillWin(t *testing.T) {
	want := errors.New("disk full")
	err := ResizeAll(t.Context(), []string{"a.png"}, func(context.Context, string) error { return want })
	if !errors.Is(err, want) {
		t.Fatalf("ResizeAll = %v, want %v", err, want)
	}
}

func TestConcurrentCallersGetTheirOwnPanics(t *testing.T) {
	var wg sync.WaitGroup
	for c := range 8 {
		wg.Go(func() {
			name := fmt.Sprint(c, ".png")
			err := ResizeAll(t.Context(), []string{name, "ok.png"}, func(_ context.Context, n string) error {
				if n == name {
					panic("corrupt " + n)
				}
				return nil
			})
			var perr *PanicError
			if !errors.As(err, &perr) || perr.Name != name {
				t.Errorf("caller %d: ResizeAll = %v, want the panic of %s", c, err, name)
			}
		})
	}
	wg.Wait()
}

func TestEmptyAndCancelled(t *testing.T) {
	var calls atomic.Int32
	count := func(context.Context, string) error { calls.Add(1); return nil }
	if err := ResizeAll(t.Context(), nil, count); err != nil || calls.Load() != 0 {
		t.Errorf("ResizeAll(nil) = %v after %d calls, want nil after 0", err, calls.Load())
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	err := ResizeAll(ctx, []string{"a.png"}, func(ctx context.Context, _ string) error { return ctx.Err() })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("ResizeAll with a cancelled context = %v, want context.Canceled", err)
	}
}
