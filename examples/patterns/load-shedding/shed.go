// Package shed limits how many requests a server works on at once, turns
// the excess away with 503 after a short wait, and keeps part of the
// capacity for requests a user is waiting on.
package shed

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"
)

// Priority says whether a request may be shed to make room for others.
type Priority int

const (
	// Sheddable requests can be retried later at no cost to a user:
	// batch jobs, exports, prefetches, background sync.
	Sheddable Priority = iota
	// Critical requests have a user waiting on them.
	Critical
)

// Config sets the limits of Shed.
type Config struct {
	Limit      int           // requests in next at once
	Reserved   int           // of Limit, slots only Critical requests may take
	MaxWait    time.Duration // how long a request may wait for a slot; 0 sheds at once
	RetryAfter time.Duration // sent in the 503's Retry-After header, 1s to 24h
	// Classify decides a request's priority from what the server trusts:
	// its route or its authenticated caller, not a header any client can set.
	Classify func(*http.Request) Priority
}

// region shed

// Shed returns a handler that lets at most cfg.Limit requests into next at
// once, and at most cfg.Limit-cfg.Reserved Sheddable ones, so batch work
// cannot take the slots a user's request needs. A critical request waits up
// to cfg.MaxWait for a slot; a sheddable one waits up to cfg.MaxWait for its
// share and then takes a slot only if one is free, so it never queues ahead
// of a critical request. A request that gets no slot is answered with 503
// Service Unavailable and Retry-After.
func Shed(cfg Config, next http.Handler) (http.Handler, error) {
	if cfg.Limit < 1 || cfg.Reserved < 0 || cfg.Reserved >= cfg.Limit || cfg.MaxWait < 0 ||
		cfg.RetryAfter < time.Second || cfg.RetryAfter > 24*time.Hour || cfg.Classify == nil {
		return nil, errors.New("shed: need 0 <= Reserved < Limit, MaxWait >= 0, RetryAfter from 1s to 24h and a Classify func")
	}
	all := make(chan struct{}, cfg.Limit)
	sheddable := make(chan struct{}, cfg.Limit-cfg.Reserved)
	// Retry-After counts whole seconds; round up so clients wait at least RetryAfter.
	seconds := strconv.FormatInt(int64((cfg.RetryAfter+time.Second-1)/time.Second), 10)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		wait, cancel := context.WithTimeout(r.Context(), cfg.MaxWait)
		defer cancel()
		var ok bool
		if cfg.Classify(r) == Critical {
			ok = acquire(wait, all)
		} else if acquire(wait, sheddable) { // [!code highlight]
			defer func() { <-sheddable }()
			ok = take(all) // [!code highlight]
		}
		if !ok {
			w.Header().Set("Retry-After", seconds)
			http.Error(w, "server busy, retry later", http.StatusServiceUnavailable)
			return
		}
		// Given back even if next panics, and before the sheddable share
		// (defers run last in, first out), so a batch request that gets
		// the share finds this slot free.
		defer func() { <-all }()
		next.ServeHTTP(w, r)
	}), nil
}

// take takes a slot if one is free.
func take(slots chan struct{}) bool {
	select {
	case slots <- struct{}{}:
		return true
	default:
		return false
	}
}

// acquire takes a slot, waiting until ctx is done. A free slot is taken even
// if ctx is already done, so MaxWait 0 means "only if one is free now".
func acquire(ctx context.Context, slots chan struct{}) bool {
	if take(slots) {
		return true
	}
	select {
	case slots <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

// endregion shed
