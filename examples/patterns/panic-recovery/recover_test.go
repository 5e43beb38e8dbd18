//go:build go1.24

package panicrecovery_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
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

// A handler that has already sent a 200 and part of its body, then panics:
// the client must not receive a response that looks complete, and the log
// must still have the panic.
func TestRecoverAbortsAHalfWrittenResponse(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	srv := httptest.NewServer(panicrecovery.Recover(log)(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"items":[1,2,`)
		http.NewResponseController(w).Flush() // the 200 and the first bytes are on the wire
		panic("lost the third item")
	})))

	resp, err := srv.Client().Get(srv.URL)
	if err == nil {
		body, readErr := io.ReadAll(resp.Body)
		resp.Body.Close()
		if readErr == nil {
			t.Errorf("the client read a complete %d response: %q", resp.StatusCode, body)
		}
	}
	srv.Close() // waits for the handler, so its log is complete
	if !strings.Contains(logs.String(), "lost the third item") ||
		!strings.Contains(logs.String(), "response_started=true") {
		t.Errorf("log has no panic value or response_started=true:\n%s", logs.String())
	}
}

// Headers set but nothing written yet: a 500 is still possible, and the
// handler's Content-Type must not claim the error text is JSON.
func TestRecoverAnswers500WhenOnlyHeadersWereSet(t *testing.T) {
	h := panicrecovery.Recover(slog.New(slog.DiscardHandler))(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		panic("boom")
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusInternalServerError || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") {
		t.Errorf("got %d with Content-Type %q, want 500 text/plain", rec.Code, rec.Header().Get("Content-Type"))
	}
}

// The middleware's writer still lets a handler flush, through
// http.ResponseController and through an http.Flusher assertion.
func TestRecoverKeepsFlushing(t *testing.T) {
	h := panicrecovery.Recover(slog.New(slog.DiscardHandler))(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		io.WriteString(w, "event")
		if err := http.NewResponseController(w).Flush(); err != nil {
			t.Errorf("ResponseController.Flush: %v", err)
		}
		if _, ok := w.(http.Flusher); !ok {
			t.Error("the middleware's writer is not an http.Flusher")
		}
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if !rec.Flushed {
		t.Error("the response was not flushed")
	}
}

// plainWriter can write but neither flush nor hijack.
type plainWriter struct {
	h    http.Header
	code int
}

func (p *plainWriter) Header() http.Header         { return p.h }
func (p *plainWriter) Write(b []byte) (int, error) { return len(b), nil }
func (p *plainWriter) WriteHeader(code int)        { p.code = code }

// A handler behind Recover learns that its writer cannot flush, as it
// would without the middleware.
func TestRecoverPassesOnFlushErrors(t *testing.T) {
	var flushErr error
	h := panicrecovery.Recover(slog.New(slog.DiscardHandler))(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		flushErr = http.NewResponseController(w).Flush()
	}))
	h.ServeHTTP(&plainWriter{h: http.Header{}}, httptest.NewRequest("GET", "/", nil))
	if !errors.Is(flushErr, http.ErrNotSupported) {
		t.Errorf("Flush through Recover = %v, want http.ErrNotSupported", flushErr)
	}
}

// hijackWriter hands over one end of a pipe as the connection.
type hijackWriter struct {
	plainWriter
	conn net.Conn
}

func (h *hijackWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return h.conn, bufio.NewReadWriter(bufio.NewReader(h.conn), bufio.NewWriter(h.conn)), nil
}

// After a hijack (or a 101), nothing may be written through the
// ResponseWriter: a panic then must abort, not attempt a 500.
func TestRecoverAbortsAfterHijackOr101(t *testing.T) {
	for name, handler := range map[string]http.HandlerFunc{
		"hijack": func(w http.ResponseWriter, _ *http.Request) {
			if _, _, err := http.NewResponseController(w).Hijack(); err != nil {
				t.Fatal(err)
			}
			panic("after hijack")
		},
		"101": func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(http.StatusSwitchingProtocols)
			panic("after 101")
		},
	} {
		t.Run(name, func(t *testing.T) {
			server, client := net.Pipe()
			defer server.Close()
			defer client.Close()
			w := &hijackWriter{plainWriter: plainWriter{h: http.Header{}}, conn: server}
			defer func() {
				if v := recover(); v != http.ErrAbortHandler {
					t.Errorf("recovered %v, want http.ErrAbortHandler", v)
				}
				if w.code == http.StatusInternalServerError {
					t.Error("Recover wrote a 500 after the response had started")
				}
			}()
			panicrecovery.Recover(slog.New(slog.DiscardHandler))(handler).ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
		})
	}
}

// A wrapped ErrAbortHandler is passed on as the sentinel itself, which is
// what net/http compares with ==; anything else gets logged with a stack.
func TestRecoverPassesOnAWrappedErrAbortHandler(t *testing.T) {
	h := panicrecovery.Recover(slog.New(slog.DiscardHandler))(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic(fmt.Errorf("proxy: %w", http.ErrAbortHandler))
	}))
	defer func() {
		if v := recover(); v != http.ErrAbortHandler {
			t.Errorf("recovered %v, want http.ErrAbortHandler itself", v)
		}
	}()
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
}

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
