//go:build go1.25

// Package backgroundworkonrequestcontext shows work that must outlive an
// HTTP request: it keeps the request's values but not its cancellation
// (context.WithoutCancel, Go 1.21), has a timeout of its own, is bounded,
// and is tracked so shutdown can wait for it (sync.WaitGroup.Go, Go 1.25).
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
	Save       func(ctx context.Context, event string) error
	Timeout    time.Duration // for one Save; 0 means 5 s
	MaxPending int           // background saves at once; 0 means 100

	once  sync.Once
	slots chan struct{} // a semaphore of MaxPending slots
	wg    sync.WaitGroup
}

// region handler

// Handler answers once the audit event is on its way. The save's context
// keeps the request's values (trace and request IDs) but is not cancelled
// when the handler returns; its own timeout bounds it instead. At most
// MaxPending saves run in the background; beyond that, the handler saves
// before it answers, which slows a burst down instead of letting saves
// pile up without limit.
func (a *Auditor) Handler() http.Handler {
	a.once.Do(func() { a.slots = make(chan struct{}, a.maxPending()) })
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithoutCancel(r.Context()) // [!code highlight]
		event := "visit " + r.URL.Path
		select {
		case a.slots <- struct{}{}: // [!code highlight]
			a.wg.Go(func() {
				defer func() { <-a.slots }()
				a.save(ctx, event)
			})
		default: // every slot is taken: save now, then answer
			a.save(ctx, event)
		}
		w.WriteHeader(http.StatusAccepted)
	})
}

// save runs Save under its own timeout, and logs an error or a panic:
// net/http recovers a panicking handler, but not a goroutine the handler
// started, where a panic would end the whole server.
func (a *Auditor) save(ctx context.Context, event string) {
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
}

// Wait blocks until every background save has finished. Call it during
// graceful shutdown, after srv.Shutdown has returned: only then has every
// handler, and so every wg.Go, finished (srv.Close does not wait for them).
func (a *Auditor) Wait() { a.wg.Wait() }

// endregion handler

func (a *Auditor) timeout() time.Duration {
	if a.Timeout <= 0 {
		return 5 * time.Second
	}
	return a.Timeout
}

func (a *Auditor) maxPending() int {
	if a.MaxPending <= 0 {
		return 100
	}
	return a.MaxPending
}
