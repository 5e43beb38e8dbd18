//go:build go1.21

package httpmiddleware_test

import (
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	httpmiddleware "fieldguide.dev/examples/patterns/http-middleware"
)

// region order

func TestChainOrder(t *testing.T) {
	var trace []string
	mark := func(name string) httpmiddleware.Middleware {
		return func(next http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				trace = append(trace, name+" in")
				next.ServeHTTP(w, r)
				trace = append(trace, name+" out")
			})
		}
	}
	h := httpmiddleware.Chain(mark("a"), mark("b"))(http.HandlerFunc(
		func(http.ResponseWriter, *http.Request) { trace = append(trace, "handler") }))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))

	want := []string{"a in", "b in", "handler", "b out", "a out"}
	if !slices.Equal(trace, want) {
		t.Errorf("order = %q, want %q", trace, want)
	}
}

// endregion order

func TestRequireTokenStopsTheChain(t *testing.T) {
	called := false
	h := httpmiddleware.RequireToken(func(string) bool { return false })(http.HandlerFunc(
		func(http.ResponseWriter, *http.Request) { called = true }))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusUnauthorized || called {
		t.Errorf("got %d (handler called: %v), want 401 without calling the handler", rec.Code, called)
	}
}

func TestStatusRecorderKeepsFlusher(t *testing.T) {
	h := httpmiddleware.Logging(discardLogger())(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := http.NewResponseController(w).Flush(); err != nil {
			t.Errorf("Flush through the wrapper: %v", err)
		}
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// A streaming handler behind Logging can still flush, whether it asserts
// http.Flusher or uses http.ResponseController.
func TestLoggingKeepsFlushing(t *testing.T) {
	for name, flush := range map[string]func(http.ResponseWriter){
		"http.Flusher": func(w http.ResponseWriter) {
			f, ok := w.(http.Flusher)
			if !ok {
				t.Fatal("w.(http.Flusher) fails behind Logging")
			}
			f.Flush()
		},
		"ResponseController": func(w http.ResponseWriter) {
			if err := http.NewResponseController(w).Flush(); err != nil {
				t.Errorf("ResponseController.Flush: %v", err)
			}
		},
	} {
		h := httpmiddleware.Logging(discardLogger())(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			flush(w)
		}))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		if !rec.Flushed {
			t.Errorf("%s: the response was not flushed", name)
		}
	}
}

// A flush sends the header with status 200; a WriteHeader after it is too
// late, and the access log must say 200.
func TestLoggingRecordsTheStatusFlushed(t *testing.T) {
	var logs strings.Builder
	h := httpmiddleware.Logging(slog.New(slog.NewTextHandler(&logs, nil)))(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.NewResponseController(w).Flush()
		w.WriteHeader(http.StatusInternalServerError)
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusOK || !strings.Contains(logs.String(), "status=200") {
		t.Errorf("client got %d, log says %q; want 200 in both", rec.Code, logs.String())
	}
}

// A flush the real writer cannot do sends nothing, so a later status is
// still the one the client gets, and the one logged.
func TestLoggingAfterAFailedFlush(t *testing.T) {
	var logs strings.Builder
	h := httpmiddleware.Logging(slog.New(slog.NewTextHandler(&logs, nil)))(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		if err := http.NewResponseController(w).Flush(); !errors.Is(err, http.ErrNotSupported) {
			t.Errorf("Flush on a writer that cannot flush: %v, want http.ErrNotSupported", err)
		}
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(noFlush{rec}, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(logs.String(), "status=503") {
		t.Errorf("client got %d, log says %q; want 503 in both", rec.Code, logs.String())
	}
}

// noFlush is a ResponseWriter with no Flush method, as some wrappers are.
type noFlush struct{ rec *httptest.ResponseRecorder }

func (w noFlush) Header() http.Header         { return w.rec.Header() }
func (w noFlush) Write(b []byte) (int, error) { return w.rec.Write(b) }
func (w noFlush) WriteHeader(code int)        { w.rec.WriteHeader(code) }

// A WriteHeader after the body has started cannot change the status the
// client got, and the access log must show that one.
func TestLoggingRecordsTheStatusSent(t *testing.T) {
	var logs strings.Builder
	h := httpmiddleware.Logging(slog.New(slog.NewTextHandler(&logs, nil)))(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		io.WriteString(w, "partial")
		w.WriteHeader(http.StatusInternalServerError) // too late: 200 is on the wire
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusOK || !strings.Contains(logs.String(), "status=200") {
		t.Errorf("client got %d; log: %s; want 200 in both", rec.Code, logs.String())
	}
}
