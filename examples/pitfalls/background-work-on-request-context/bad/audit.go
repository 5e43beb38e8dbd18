//go:build bad

// Package bad starts background work on a context that is cancelled when
// the handler returns.
package bad

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// Auditor records an audit event for each request, after the response.
type Auditor struct {
	Save func(ctx context.Context, event string) error

	wg sync.WaitGroup
}

// region handler

// Handler answers at once and saves the audit event in the background.
//
// BUG: ctx derives from r.Context(), which net/http cancels when the
// handler returns, and the deferred cancel fires at the same moment. The
// goroutine this timeout was meant to bound is cancelled as soon as the
// handler returns, so the save almost always fails with "context canceled".
func (a *Auditor) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second) // [!code highlight]
		defer cancel()                                                 // [!code highlight]
		event := "visit " + r.URL.Path
		a.wg.Go(func() {
			if err := a.Save(ctx, event); err != nil {
				slog.ErrorContext(ctx, "save audit event", "err", err)
			}
		})
		w.WriteHeader(http.StatusAccepted)
	})
}

// Wait blocks until every background save has finished.
func (a *Auditor) Wait() { a.wg.Wait() }

// endregion handler
