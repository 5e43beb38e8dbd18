//go:build bad

// Package bad charges each request its Content-Length, as declared.
package bad

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/sync/semaphore"
)

// Budget is the memory that the request bodies being handled may take at once.
type Budget struct {
	Bytes   int64         // the whole budget
	MaxBody int64         // the largest body admitted: at most Bytes
	MaxWait time.Duration // how long a request may wait for room
	MaxRead time.Duration // how long an admitted body may take to arrive
}

// region limit

// Limit admits requests to next while their bodies total at most b.Bytes.
func Limit(next http.Handler, b Budget) http.Handler {
	sem := semaphore.NewWeighted(b.Bytes)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := r.ContentLength // [!code highlight]
		ctx, cancel := context.WithTimeout(r.Context(), b.MaxWait)
		defer cancel()
		if err := sem.Acquire(ctx, n); err != nil {
			http.Error(w, "server busy, retry later", http.StatusServiceUnavailable)
			return
		}
		defer sem.Release(n)
		_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(b.MaxRead))
		r.Body = http.MaxBytesReader(w, r.Body, b.MaxBody)
		next.ServeHTTP(w, r)
	})
}

// endregion limit
