package backgroundworkonrequestcontext_test

import (
	"context"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"fieldguide.dev/examples/internal/leakcheck"
	backgroundworkonrequestcontext "fieldguide.dev/examples/pitfalls/background-work-on-request-context"
)

// region test

// The audit event must be saved even though the handler has returned by
// the time the save runs.
func TestAuditSurvivesHandlerReturn(t *testing.T) {
	leakcheck.Check(t)

	release := make(chan struct{})
	saved := make(chan error, 1)
	a := &backgroundworkonrequestcontext.Auditor{
		Save: func(ctx context.Context, event string) error {
			<-release          // the save is slow: it starts after the response
			saved <- ctx.Err() // a real store would fail with this error
			return nil
		},
	}
	a.Handler().ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/home", nil))
	close(release) // the handler has returned; now let the save run
	a.Wait()

	if err := <-saved; err != nil {
		t.Errorf("audit save failed: %v", err)
	}
}

// endregion test

// A panic in Save must not take the server down: the background goroutine
// is not covered by net/http's recovery of handler panics.
func TestAuditSurvivesAPanickingSave(t *testing.T) {
	leakcheck.Check(t)

	a := &backgroundworkonrequestcontext.Auditor{
		Save: func(context.Context, string) error { panic("store exploded") },
	}
	a.Handler().ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/home", nil))
	a.Wait() // returns: the panic was recovered and logged
}

// Under a burst, at most MaxPending saves run in the background: the next
// request saves before it answers instead of leaving one more goroutine
// behind. Every event is still saved.
func TestAuditIsBoundedUnderABurst(t *testing.T) {
	leakcheck.Check(t)

	release := make(chan struct{})
	var mu sync.Mutex
	saved := 0
	a := &backgroundworkonrequestcontext.Auditor{
		MaxPending: 2,
		Save: func(context.Context, string) error {
			<-release
			mu.Lock()
			saved++
			mu.Unlock()
			return nil
		},
	}
	h := a.Handler()
	serve := func() { h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/home", nil)) }
	serve() // both return at once: their saves wait in the background
	serve()

	third := make(chan struct{})
	go func() { defer close(third); serve() }()
	select {
	case <-third:
		t.Fatal("a third request got a background save beyond MaxPending = 2")
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	<-third
	a.Wait()
	if saved != 3 {
		t.Errorf("%d events saved, want 3", saved)
	}
}

// With every slot taken, the save runs inside the handler; a panic there
// is recovered and logged too, and the handler still answers.
func TestAuditRecoversAPanicInAnInlineSave(t *testing.T) {
	leakcheck.Check(t)

	release := make(chan struct{})
	a := &backgroundworkonrequestcontext.Auditor{
		MaxPending: 1,
		Save: func(_ context.Context, event string) error {
			if event == "visit /boom" {
				panic("store exploded")
			}
			<-release
			return nil
		},
	}
	h := a.Handler()
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/home", nil)) // takes the one slot
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/boom", nil)) // saved inline, panics
	if rec.Code != 202 {
		t.Errorf("status %d after a panicking inline save, want 202", rec.Code)
	}
	close(release)
	a.Wait()
}
