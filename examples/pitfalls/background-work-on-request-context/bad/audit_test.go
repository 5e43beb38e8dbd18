//go:build bad

package bad_test

import (
	"context"
	"net/http/httptest"
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	"fieldguide.dev/examples/pitfalls/background-work-on-request-context/bad"
)

// region test

// The audit event must be saved even though the handler has returned by
// the time the save runs.
func TestAuditSurvivesHandlerReturn(t *testing.T) {
	leakcheck.Check(t)

	release := make(chan struct{})
	saved := make(chan error, 1)
	a := &bad.Auditor{
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
