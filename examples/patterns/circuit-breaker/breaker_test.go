//go:build go1.22

package circuitbreaker

import (
	"errors"
	"runtime"
	"sync"
	"testing"
	"time"
)

var errDown = errors.New("dependency down")

func fail() error    { return errDown }
func succeed() error { return nil }

// fakeClock is a clock the test moves by hand, so the cooldown needs no sleep.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newTestBreaker(maxFailures int, cooldown time.Duration) (*Breaker, *fakeClock) {
	clock := &fakeClock{t: time.Unix(0, 0)}
	b := New(maxFailures, cooldown)
	b.now = clock.Now
	return b, clock
}

// region lifecycle

func TestBreakerOpensHalfOpensAndCloses(t *testing.T) {
	b, clock := newTestBreaker(3, time.Minute)

	for range 3 {
		if err := b.Call(fail); !errors.Is(err, errDown) {
			t.Fatalf("closed breaker: got %v, want the dependency's error", err)
		}
	}
	if b.State() != Open {
		t.Fatalf("after 3 failures: state %v, want open", b.State())
	}

	called := false
	if err := b.Call(func() error { called = true; return nil }); !errors.Is(err, ErrOpen) || called {
		t.Fatalf("open breaker: got %v (called=%v), want ErrOpen without a call", err, called)
	}

	clock.Advance(time.Minute) // the cooldown is over: the next call is a probe
	if err := b.Call(fail); !errors.Is(err, errDown) || b.State() != Open {
		t.Fatalf("failed probe: got %v, state %v; want the error and open again", err, b.State())
	}

	clock.Advance(time.Minute)
	if err := b.Call(succeed); err != nil || b.State() != Closed {
		t.Fatalf("good probe: got %v, state %v; want nil and closed", err, b.State())
	}
}

// endregion lifecycle

// region one-probe

func TestHalfOpenAdmitsOneProbe(t *testing.T) {
	b, clock := newTestBreaker(1, time.Minute)
	b.Call(fail)
	clock.Advance(time.Minute)

	inProbe, release := make(chan struct{}), make(chan struct{})
	done := make(chan error)
	go func() {
		done <- b.Call(func() error { close(inProbe); <-release; return nil })
	}()
	<-inProbe
	if b.State() != HalfOpen {
		t.Errorf("during the probe: state %v, want half-open", b.State())
	}
	if err := b.Call(succeed); !errors.Is(err, ErrOpen) {
		t.Errorf("second call during the probe: got %v, want ErrOpen", err)
	}
	close(release)
	if err := <-done; err != nil || b.State() != Closed {
		t.Errorf("probe: got %v, state %v; want nil and closed", err, b.State())
	}
}

// endregion one-probe

// region no-lock

// The source's breaker held its mutex while calling fn, so one slow call
// blocked every other caller. Here a second call completes while the first
// is still inside fn.
func TestCallDoesNotHoldLockWhileCallingOut(t *testing.T) {
	b := New(5, time.Minute)
	inSlow, release := make(chan struct{}), make(chan struct{})
	done := make(chan error)
	go func() {
		done <- b.Call(func() error { close(inSlow); <-release; return nil })
	}()
	<-inSlow

	fast := make(chan error)
	go func() { fast <- b.Call(succeed) }()
	select {
	case err := <-fast:
		if err != nil {
			t.Errorf("fast call: %v", err)
		}
	case <-time.After(time.Second):
		t.Fatal("a fast call waited for a slow one: the lock is held during fn")
	}
	close(release)
	if err := <-done; err != nil {
		t.Errorf("slow call: %v", err)
	}
}

// endregion no-lock

func TestSuccessResetsFailureCount(t *testing.T) {
	b, _ := newTestBreaker(2, time.Minute)
	b.Call(fail)
	b.Call(succeed)
	b.Call(fail)
	if b.State() != Closed {
		t.Errorf("non-consecutive failures opened the breaker")
	}
}

func TestNewClampsMaxFailures(t *testing.T) {
	b, _ := newTestBreaker(0, time.Minute)
	b.Call(fail)
	if b.State() != Open {
		t.Errorf("maxFailures 0: state %v after one failure, want open", b.State())
	}
}

// A slow call that started while the breaker was closed succeeds after a
// failure has opened it: its stale success must not close the breaker.
func TestStaleSuccessDoesNotClose(t *testing.T) {
	b, _ := newTestBreaker(1, time.Minute)
	started, release, done := make(chan struct{}), make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		_ = b.Call(func() error { close(started); <-release; return nil })
	}()
	<-started
	_ = b.Call(fail) // opens the breaker
	close(release)
	<-done
	if got := b.State(); got != Open {
		t.Fatalf("after a stale success the breaker is %v, want open", got)
	}
}

// A probe that panics counts as a failure: the breaker opens again, and
// admits the next probe after the next cooldown, instead of staying
// half-open with no probe in flight.
func TestPanickingProbeReopens(t *testing.T) {
	b, clock := newTestBreaker(1, time.Minute)
	_ = b.Call(fail)
	clock.Advance(time.Minute)
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the probe's panic was swallowed")
			}
		}()
		_ = b.Call(func() error { panic("probe exploded") })
	}()
	if got := b.State(); got != Open {
		t.Fatalf("after a panicking probe the breaker is %v, want open", got)
	}
	clock.Advance(time.Minute)
	if err := b.Call(succeed); err != nil || b.State() != Closed {
		t.Errorf("next probe: %v, state %v; want nil and closed", err, b.State())
	}
}

// A probe that ends with runtime.Goexit, as t.FailNow does, never returns
// and never panics: it must still count as a failure.
func TestGoexitProbeReopens(t *testing.T) {
	b, clock := newTestBreaker(1, time.Minute)
	_ = b.Call(fail)
	clock.Advance(time.Minute)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = b.Call(func() error { runtime.Goexit(); return nil })
	}()
	<-done
	if got := b.State(); got != Open {
		t.Fatalf("after a probe that called Goexit the breaker is %v, want open", got)
	}
}

// A failed probe starts a new cooldown: a second later, calls are still
// rejected without running.
func TestFailedProbeRestartsCooldown(t *testing.T) {
	b, clock := newTestBreaker(1, time.Minute)
	_ = b.Call(fail)
	clock.Advance(time.Minute)
	_ = b.Call(fail) // the probe fails
	clock.Advance(time.Second)
	ran := false
	if err := b.Call(func() error { ran = true; return nil }); !errors.Is(err, ErrOpen) || ran {
		t.Errorf("a second after a failed probe: %v, fn ran %v; want ErrOpen without running", err, ran)
	}
}
