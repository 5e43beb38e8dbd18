package profiles

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

// backend is a fake profile service: each fetch takes delay, or fails with
// err, and counts itself.
type backend struct {
	delay   time.Duration
	err     error
	fetches atomic.Int32
}

func (b *backend) fetch(ctx context.Context, id string) (Profile, error) {
	b.fetches.Add(1)
	select {
	case <-time.After(b.delay):
	case <-ctx.Done():
		return Profile{}, ctx.Err()
	}
	if b.err != nil {
		return Profile{}, b.err
	}
	return Profile{ID: id, Name: "Ada", Roles: []string{"admin"}}, nil
}

// load calls Load in a new goroutine and returns where its result will be.
func load(l *Loader, ctx context.Context, id string) func() (Profile, error) {
	var p Profile
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		p, err = l.Load(ctx, id)
	}()
	return func() (Profile, error) { <-done; return p, err }
}

func TestConcurrentLoadsShareOneFetch(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := &backend{delay: time.Second}
		l := NewLoader(b.fetch, time.Minute)
		var results []func() (Profile, error)
		for range 10 {
			results = append(results, load(l, t.Context(), "u1"))
		}
		for _, result := range results {
			if p, err := result(); err != nil || p.Name != "Ada" {
				t.Errorf("Load = %+v, %v; want Ada's profile", p, err)
			}
		}
		if n := b.fetches.Load(); n != 1 {
			t.Errorf("10 concurrent loads made %d fetches, want 1", n)
		}
	})
}

// region test

func TestOneCallerGivingUpDoesNotFailTheOthers(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := &backend{delay: time.Second}
		l := NewLoader(b.fetch, time.Minute)
		first, cancel := context.WithCancel(t.Context())
		firstResult := load(l, first, "u1")
		synctest.Wait() // the first caller's fetch is under way
		secondResult := load(l, t.Context(), "u1")
		synctest.Wait()
		cancel() // the first caller's request ends: its client went away
		if _, err := firstResult(); !errors.Is(err, context.Canceled) {
			t.Errorf("first caller got %v, want context.Canceled", err)
		}
		if p, err := secondResult(); err != nil || p.Name != "Ada" { // [!code highlight]
			t.Errorf("second caller got %+v, %v; want Ada's profile", p, err)
		}
	})
}

// endregion test

// A caller whose deadline passes stops waiting then, and the fetch it
// started still serves a caller that arrives later.
func TestACallerStopsWaitingAtItsOwnDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := &backend{delay: 5 * time.Second}
		l := NewLoader(b.fetch, time.Minute)
		start := time.Now()
		ctx, cancel := context.WithTimeout(t.Context(), time.Second)
		defer cancel()
		if _, err := l.Load(ctx, "u1"); !errors.Is(err, context.DeadlineExceeded) || time.Since(start) != time.Second {
			t.Errorf("Load with a 1s deadline = %v after %v, want DeadlineExceeded after 1s", err, time.Since(start))
		}
		if p, err := l.Load(t.Context(), "u1"); err != nil || p.Name != "Ada" || time.Since(start) != 5*time.Second {
			t.Errorf("a later Load = %+v, %v after %v; want Ada's profile after 5s", p, err, time.Since(start))
		}
		if n := b.fetches.Load(); n != 1 {
			t.Errorf("made %d fetches, want 1", n)
		}
	})
}

func TestAFetchStopsAtTheLoadersTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := &backend{delay: time.Hour}
		l := NewLoader(b.fetch, 10*time.Second)
		start := time.Now()
		if _, err := l.Load(t.Context(), "u1"); !errors.Is(err, ErrFetchTimeout) || errors.Is(err, context.DeadlineExceeded) || time.Since(start) != 10*time.Second {
			t.Errorf("Load of a hung backend = %v after %v, want ErrFetchTimeout after 10s", err, time.Since(start))
		}
	})
}

func TestAnAlreadyCancelledCallerFetchesNothing(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := &backend{}
		l := NewLoader(b.fetch, time.Minute)
		ctx, cancel := context.WithCancelCause(t.Context())
		cause := errors.New("client went away")
		cancel(cause)
		if _, err := l.Load(ctx, "u1"); !errors.Is(err, cause) {
			t.Errorf("Load with a cancelled context = %v, want its cause", err)
		}
		synctest.Wait()
		if n := b.fetches.Load(); n != 0 {
			t.Errorf("made %d fetches, want 0", n)
		}
	})
}

// A failure reaches every caller waiting for it, and is not kept: the next
// Load fetches again.
func TestErrorsAreSharedButNotKept(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		down := errors.New("backend down")
		b := &backend{delay: time.Second, err: down}
		l := NewLoader(b.fetch, time.Minute)
		first, second := load(l, t.Context(), "u1"), load(l, t.Context(), "u1")
		for _, result := range []func() (Profile, error){first, second} {
			if _, err := result(); !errors.Is(err, down) {
				t.Errorf("Load = %v, want the backend's error", err)
			}
		}
		b.err = nil
		if p, err := l.Load(t.Context(), "u1"); err != nil || p.Name != "Ada" {
			t.Errorf("Load after the failure = %+v, %v; want Ada's profile", p, err)
		}
		if n := b.fetches.Load(); n != 2 {
			t.Errorf("made %d fetches, want 2", n)
		}
	})
}

func TestCallersGetTheirOwnRoles(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := &backend{delay: time.Second}
		l := NewLoader(b.fetch, time.Minute)
		var mu sync.Mutex
		var seen []string
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				p, err := l.Load(t.Context(), "u1")
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				seen = append(seen, strings.Join(p.Roles, ","))
				mu.Unlock()
				p.Roles[0] = "guest" // must not reach the other callers
			})
		}
		wg.Wait()
		for _, roles := range seen {
			if roles != "admin" {
				t.Errorf("a caller saw roles %q, changed by another caller", roles)
			}
		}
	})
}

func TestDifferentUsersAreFetchedAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := &backend{delay: time.Second}
		l := NewLoader(b.fetch, time.Minute)
		start := time.Now()
		a, c := load(l, t.Context(), "a"), load(l, t.Context(), "c")
		pa, errA := a()
		pc, errC := c()
		if errA != nil || errC != nil || pa.ID != "a" || pc.ID != "c" || time.Since(start) != time.Second {
			t.Errorf("loads of a and c = %+v, %v, %+v, %v after %v; want each profile after 1s", pa, errA, pc, errC, time.Since(start))
		}
	})
}

func TestAPanicInFetchIsAnErrorForEveryCaller(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		release := make(chan struct{})
		l := NewLoader(func(context.Context, string) (Profile, error) {
			<-release
			panic("nil map in the backend client")
		}, time.Minute)
		first, second := load(l, t.Context(), "u1"), load(l, t.Context(), "u1")
		synctest.Wait()
		close(release)
		for _, result := range []func() (Profile, error){first, second} {
			if _, err := result(); err == nil || !strings.Contains(err.Error(), "panic: nil map") {
				t.Errorf("Load = %v, want an error carrying the panic", err)
			}
		}
	})
}

// A caller that joins a fetch late waits only for what is left of it.
func TestALateCallerSharesTheFetchsTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := &backend{delay: time.Hour}
		l := NewLoader(b.fetch, 10*time.Second)
		first := load(l, t.Context(), "u1")
		time.Sleep(9 * time.Second)
		start := time.Now()
		if _, err := l.Load(t.Context(), "u1"); !errors.Is(err, ErrFetchTimeout) || time.Since(start) != time.Second {
			t.Errorf("a Load joining 9s into a 10s fetch = %v after %v, want ErrFetchTimeout after 1s", err, time.Since(start))
		}
		if _, err := first(); !errors.Is(err, ErrFetchTimeout) {
			t.Errorf("first Load = %v, want ErrFetchTimeout", err)
		}
	})
}

type tokenKey struct{}

// The fetch runs with none of the first caller's values: a second caller
// must not get a profile fetched with the first caller's credentials.
func TestTheFetchDoesNotCarryTheCallersValues(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := NewLoader(func(ctx context.Context, id string) (Profile, error) {
			if token := ctx.Value(tokenKey{}); token != nil {
				return Profile{}, fmt.Errorf("fetched with the caller's token %v", token)
			}
			return Profile{ID: id}, nil
		}, time.Minute)
		ctx := context.WithValue(t.Context(), tokenKey{}, "alice-token")
		if _, err := l.Load(ctx, "u1"); err != nil {
			t.Error(err)
		}
	})
}

// A caller cancelled while it waits gets its own cause.
func TestAWaitingCallerGetsItsOwnCancelCause(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := &backend{delay: time.Second}
		l := NewLoader(b.fetch, time.Minute)
		ctx, cancel := context.WithCancelCause(t.Context())
		result := load(l, ctx, "u1")
		synctest.Wait()
		gone := errors.New("client went away")
		cancel(gone)
		if _, err := result(); !errors.Is(err, gone) {
			t.Errorf("Load = %v, want the cause it was cancelled with", err)
		}
		time.Sleep(time.Second) // the fetch goes on without callers: let it end with the test
	})
}

func TestNewLoaderRejectsANilFetchOrATimeoutBelowOne(t *testing.T) {
	for _, tc := range []struct {
		fetch   Fetch
		timeout time.Duration
	}{{nil, time.Second}, {(&backend{}).fetch, 0}, {(&backend{}).fetch, -time.Second}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("NewLoader(fetch nil: %t, %v) did not panic", tc.fetch == nil, tc.timeout)
				}
			}()
			NewLoader(tc.fetch, tc.timeout)
		}()
	}
}
