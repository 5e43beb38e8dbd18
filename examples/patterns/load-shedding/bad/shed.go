//go:build bad

// Package bad limits how many requests a server works on at once and turns
// the excess away with 503 after a short wait.
package bad

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"
)

// Config sets the limits of Shed.
type Config struct {
	Limit      int           // requests in next at once
	MaxWait    time.Duration // how long a request may wait for a slot; 0 sheds at once
	RetryAfter time.Duration // sent in the 503's Retry-After header, 1s to 24h
}

// region shed

// Shed returns a handler that lets at most cfg.Limit requests into next at
// once. A request waits up to cfg.MaxWait for a slot; one that gets none is
// answered with 503 Service Unavailable and Retry-After.
func Shed(cfg Config, next http.Handler) (http.Handler, error) {
	if cfg.Limit < 1 || cfg.MaxWait < 0 || cfg.RetryAfter < time.Second || cfg.RetryAfter > 24*time.Hour {
		return nil, errors.New("shed: need Limit >= 1, MaxWait >= 0 and RetryAfter from 1s to 24h")
	}
	all := make(chan struct{}, cfg.Limit) // [!code highlight]
	// Retry-After counts whole seconds; round up so clients wait at least RetryAfter.
	seconds := strconv.FormatInt(int64((cfg.RetryAfter+time.Second-1)/time.Second), 10)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		wait, cancel := context.WithTimeout(r.Context(), cfg.MaxWait)
		defer cancel()
		if !acquire(wait, all) {
			w.Header().Set("Retry-After", seconds)
			http.Error(w, "server busy, retry later", http.StatusServiceUnavailable)
			return
		}
		defer func() { <-all }() // given back even if next panics
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
