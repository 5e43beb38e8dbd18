//go:build go1.25

// Package backgroundworkonrequestcontext shows work that must outlive an
// HTTP request: it keeps the request's values but not its cancellation
// (context.WithoutCancel, Go 1.21), has a timeout of its own, and is
// tracked so shutdown can wait for it (sync.WaitGroup.Go, Go 1.25).
package backgroundworkonrequestcontext

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// Auditor records an audit event for each request, after the response.
type Auditor struct {
	Save    func(ctx context.Context, event string) error
	Timeout time.Duration // for one Save; 0 means 5 s

	wg sync.WaitGroup
}

// region handler

// Handler answers at once and saves the audit event in the background.
// The goroutine's context keeps the request's values (trace and request
// IDs) but is not cancelled when the handler returns; its own timeout
// bounds it instead.
func (a *Auditor) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithoutCancel(r.Context()) // [!code highlight]
		event := "visit " + r.URL.Path
		a.wg.Go(func() {
			// net/http recovers a panicking handler, but not a goroutine the
			// handler started: a panic here would end the whole server.
			defer func() {
				if p := recover(); p != nil {
					slog.ErrorContext(ctx, "save audit event: panic", "panic", p)
				}
			}()
			ctx, cancel := context.WithTimeout(ctx, a.timeout()) // [!code highlight]
			defer cancel()
			if err := a.Save(ctx, event); err != nil {
				slog.ErrorContext(ctx, "save audit event", "err", err)
			}
		})
		w.WriteHeader(http.StatusAccepted)
	})
}

// Wait blocks until every background save has finished. Call it during
// graceful shutdown, after the server has stopped accepting requests.
func (a *Auditor) Wait() { a.wg.Wait() }

// endregion handler

func (a *Auditor) timeout() time.Duration {
	if a.Timeout <= 0 {
		return 5 * time.Second
	}
	return a.Timeout
}
