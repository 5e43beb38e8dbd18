// Package profiles loads user profiles from a slow backend, with at most one
// fetch per user in flight however many requests ask for that user.
package profiles

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"time"

	"golang.org/x/sync/singleflight"
)

// Profile is what the backend knows about a user.
type Profile struct {
	ID    string
	Name  string
	Roles []string
}

// Clone returns a copy of p that shares no memory with it.
func (p Profile) Clone() Profile {
	p.Roles = slices.Clone(p.Roles)
	return p
}

// Fetch loads one profile from the backend. It must return when ctx ends.
type Fetch func(ctx context.Context, id string) (Profile, error)

// ErrFetchTimeout is the cause of a fetch cut off by the Loader's timeout.
var ErrFetchTimeout = errors.New("profile fetch timed out")

// Loader shares concurrent loads of the same profile. Create it with
// NewLoader.
type Loader struct {
	fetch   Fetch
	timeout time.Duration
	group   singleflight.Group
}

// NewLoader returns a Loader whose fetches each run for at most timeout,
// which must be positive.
func NewLoader(fetch Fetch, timeout time.Duration) *Loader {
	if fetch == nil || timeout <= 0 {
		panic("profiles: NewLoader needs a fetch function and a positive timeout")
	}
	return &Loader{fetch: fetch, timeout: timeout}
}

// region load

// Load returns the profile of user id. Concurrent calls for the same id share
// one fetch: a call that joins a fetch under way gets that fetch's result,
// and waits at most what is left of its timeout. Each call stops waiting when
// its own ctx ends; the fetch goes on for the others.
func (l *Loader) Load(ctx context.Context, id string) (Profile, error) {
	if ctx.Err() != nil {
		return Profile{}, context.Cause(ctx)
	}
	results := l.group.DoChan(id, func() (v any, err error) {
		// A panic in DoChan's function would crash the process.
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("fetch profile %s: panic: %v\n%s", id, r, debug.Stack())
			}
		}()
		// None of the first caller's context: not its cancellation or deadline,
		// which the others did not agree to, nor its values (its credentials).
		fetchCtx, cancel := context.WithTimeoutCause(context.Background(), l.timeout, ErrFetchTimeout) // [!code highlight]
		defer cancel()
		p, err := l.fetch(fetchCtx, id)
		if err != nil && errors.Is(context.Cause(fetchCtx), ErrFetchTimeout) {
			err = ErrFetchTimeout // so no caller takes it for its own deadline
		}
		if err != nil {
			return nil, fmt.Errorf("fetch profile %s: %w", id, err)
		}
		return p, nil
	})
	select {
	case <-ctx.Done(): // [!code highlight]
		return Profile{}, context.Cause(ctx)
	case r := <-results:
		if r.Err != nil {
			return Profile{}, r.Err
		}
		return r.Val.(Profile).Clone(), nil // the other callers share r.Val // [!code highlight]
	}
}

// endregion load
