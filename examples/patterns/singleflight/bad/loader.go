//go:build bad

// Package bad shares concurrent loads through the first caller's context.
package bad

import (
	"context"
	"time"

	"golang.org/x/sync/singleflight"
)

// Profile is what the backend knows about a user.
type Profile struct {
	ID    string
	Name  string
	Roles []string
}

// Fetch loads one profile from the backend.
type Fetch func(ctx context.Context, id string) (Profile, error)

// Loader shares concurrent loads of the same profile.
type Loader struct {
	fetch   Fetch
	timeout time.Duration
	group   singleflight.Group
}

// NewLoader returns a Loader whose fetches each run for at most timeout.
func NewLoader(fetch Fetch, timeout time.Duration) *Loader {
	return &Loader{fetch: fetch, timeout: timeout}
}

// region load

// Load returns the profile of user id, sharing concurrent calls for the same id.
func (l *Loader) Load(ctx context.Context, id string) (Profile, error) {
	v, err, _ := l.group.Do(id, func() (any, error) {
		ctx, cancel := context.WithTimeout(ctx, l.timeout) // [!code highlight]
		defer cancel()
		return l.fetch(ctx, id)
	})
	if err != nil {
		return Profile{}, err
	}
	return v.(Profile), nil
}

// endregion load
