//go:build go1.24

package panicrecovery_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	panicrecovery "fieldguide.dev/examples/patterns/panic-recovery"
)

// region http-test

func TestRecoverAnswers500AndLogs(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	h := panicrecovery.Recover(log)(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("order has no customer") // a bug somewhere below the handler
	}))

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/orders", nil))

	if rec.Code != http.StatusInternalServerError {
		t.Errorf("status = %d, want 500", rec.Code)
	}
	if !strings.Contains(logs.String(), "order has no customer") ||
		!strings.Contains(logs.String(), "recover_test.go") {
		t.Errorf("log has no panic value or stack:\n%s", logs.String())
	}
}

// endregion http-test

func TestRecoverPassesOnErrAbortHandler(t *testing.T) {
	h := panicrecovery.Recover(slog.New(slog.DiscardHandler))(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic(http.ErrAbortHandler)
	}))
	defer func() {
		if v := recover(); v != http.ErrAbortHandler {
			t.Errorf("recovered %v, want http.ErrAbortHandler passed on", v)
		}
	}()
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
}

// region grpc-test

func TestUnaryRecoverReturnsInternal(t *testing.T) {
	intercept := panicrecovery.UnaryRecover(slog.New(slog.DiscardHandler))
	info := &grpc.UnaryServerInfo{FullMethod: "/shop.Orders/Get"}
	panicky := func(context.Context, any) (any, error) { panic("boom") }

	_, err := intercept(t.Context(), nil, info, panicky)
	if status.Code(err) != codes.Internal {
		t.Errorf("err = %v, want code Internal", err)
	}
}

// endregion grpc-test

func TestStreamRecoverReturnsInternal(t *testing.T) {
	intercept := panicrecovery.StreamRecover(slog.New(slog.DiscardHandler))
	info := &grpc.StreamServerInfo{FullMethod: "/shop.Orders/List"}
	err := intercept(nil, fakeStream{}, info, func(any, grpc.ServerStream) error { panic("boom") })
	if status.Code(err) != codes.Internal {
		t.Errorf("err = %v, want code Internal", err)
	}
}

// fakeStream is the least a stream interceptor needs: a context.
type fakeStream struct{ grpc.ServerStream }

func (fakeStream) Context() context.Context { return context.Background() }
