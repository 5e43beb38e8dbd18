package backgroundworkonrequestcontext_test

import (
	"context"
	"net/http/httptest"
	"testing"

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
