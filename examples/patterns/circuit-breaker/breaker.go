//go:build go1.21

// Package circuitbreaker stops calling a failing dependency for a while, so
// callers fail fast instead of piling up behind timeouts, and the
// dependency gets room to recover.
package circuitbreaker

import (
	"errors"
	"sync"
	"time"
)

// region types

// ErrOpen is returned, without calling the dependency, while the breaker
// is open. It is a sentinel so that callers can test for it with errors.Is.
var ErrOpen = errors.New("circuit breaker is open")

// State is the breaker's state.
type State int

const (
	Closed   State = iota // calls go through; failures are counted
	Open                  // calls fail fast with ErrOpen until the cooldown ends
	HalfOpen              // one probe call is in flight; the others fail fast
)

func (s State) String() string {
	switch s {
	case Closed:
		return "closed"
	case Open:
		return "open"
	default:
		return "half-open"
	}
}

// Breaker is a circuit breaker. Make one with New; it is safe for
// concurrent use.
type Breaker struct {
	maxFailures int
	cooldown    time.Duration
	now         func() time.Time // time.Now, replaced in tests

	mu       sync.Mutex
	state    State
	gen      uint64    // goes up on every change of state
	failures int       // consecutive failures while closed
	openedAt time.Time // when the breaker last opened
}

// New returns a closed breaker that opens after maxFailures consecutive
// failures (at least 1) and lets one probe through after cooldown.
func New(maxFailures int, cooldown time.Duration) *Breaker {
	return &Breaker{maxFailures: max(maxFailures, 1), cooldown: cooldown, now: time.Now}
}

// endregion types

// region call

// errPanicked is recorded for a call whose fn did not return: it panicked
// or called runtime.Goexit (t.FailNow in a test).
var errPanicked = errors.New("call panicked")

// Call runs fn unless the breaker is open. The lock is held only to decide
// and to record the result, never while fn runs: a slow dependency must not
// serialize every caller behind one mutex. A panic in fn counts as a
// failure, and goes on up unchanged.
func (b *Breaker) Call(fn func() error) error {
	gen, err := b.allow()
	if err != nil {
		return err
	}
	completed := false
	defer func() {
		if !completed { // fn panicked or called runtime.Goexit
			b.record(gen, errPanicked) // else a probe would leave it half-open for good
		}
	}()
	err = fn() // [!code highlight]
	completed = true
	b.record(gen, err)
	return err
}

// allow decides whether a call may go ahead, and returns the generation
// the call belongs to. After the cooldown it moves the breaker to
// half-open and admits exactly one probe.
func (b *Breaker) allow() (uint64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch b.state {
	case Open:
		if b.now().Sub(b.openedAt) < b.cooldown {
			return 0, ErrOpen
		}
		b.setState(HalfOpen) // this caller is the probe
	case HalfOpen:
		return 0, ErrOpen // a probe is already in flight
	}
	return b.gen, nil
}

// record updates the state with the result of a call that allow admitted.
// A result from an older generation is stale: a slow call that started
// while the breaker was closed must not close it again once it has opened.
func (b *Breaker) record(gen uint64, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if gen != b.gen { // [!code highlight]
		return
	}
	if err == nil {
		if b.state != Closed {
			b.setState(Closed)
		}
		b.failures = 0
		return
	}
	b.failures++
	if b.state == HalfOpen || b.failures >= b.maxFailures {
		b.setState(Open)
		b.openedAt = b.now() // [!code highlight]
	}
}

// setState moves to s and starts a new generation.
func (b *Breaker) setState(s State) {
	b.state, b.failures = s, 0
	b.gen++
}

// endregion call

// State reports the breaker's current state.
func (b *Breaker) State() State {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.state
}
