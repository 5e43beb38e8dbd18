// Package upload admits requests to a handler under a memory budget shared by
// every request the server is handling at once.
package upload

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"golang.org/x/sync/semaphore"
)

// region limit

// Budget is the memory that the request bodies being handled may take at once.
type Budget struct {
	Bytes   int64         // the whole budget
	MaxBody int64         // the largest body admitted: at most Bytes
	MaxWait time.Duration // how long a request may wait for room
	MaxRead time.Duration // how long an admitted body may take to arrive
}

// Limit admits requests to next while their bodies total at most b.Bytes.
// A body declared longer than b.MaxBody is refused with 413 at once; one of
// unknown length is charged b.MaxBody and cut off there. A request that finds
// no room within b.MaxWait is refused with 503.
func Limit(next http.Handler, b Budget) http.Handler {
	if b.MaxBody < 1 || b.MaxBody > b.Bytes || b.MaxWait <= 0 || b.MaxRead <= 0 {
		panic(fmt.Sprintf("upload.Limit: unusable %+v", b))
	}
	sem := semaphore.NewWeighted(b.Bytes)
	retryAfter := strconv.Itoa(max(1, int(b.MaxWait/time.Second)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := r.ContentLength // -1 when unknown, as for a chunked body // [!code highlight]
		if n < 0 {
			n = b.MaxBody
		}
		if n > b.MaxBody {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		if n == 0 {
			// Nothing to hold, and Acquire(ctx, 0) would queue behind waiting uploads.
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), b.MaxWait) // [!code highlight]
		err := sem.Acquire(ctx, n)
		cancel()
		if err != nil {
			if r.Context().Err() != nil {
				return // the client has gone: no one to answer
			}
			w.Header().Set("Retry-After", retryAfter)
			http.Error(w, "server busy, retry later", http.StatusServiceUnavailable)
			return
		}
		defer sem.Release(n) // [!code highlight]
		// A body that arrives slowly holds its share meanwhile: bound how long.
		_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(b.MaxRead))
		r.Body = http.MaxBytesReader(w, r.Body, n)
		next.ServeHTTP(w, r)
	})
}

// endregion limit
