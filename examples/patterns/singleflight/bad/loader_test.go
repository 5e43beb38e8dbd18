//go:build bad

package bad

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

type backend struct {
	delay   time.Duration
	fetches atomic.Int32
}

func (b *backend) fetch(ctx context.Context, id string) (Profile, error) {
	b.fetches.Add(1)
	select {
	case <-time.After(b.delay):
		return Profile{ID: id, Name: "Ada", Roles: []string{"admin"}}, nil
	case <-ctx.Done():
		return Profile{}, ctx.Err()
	}
}

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
