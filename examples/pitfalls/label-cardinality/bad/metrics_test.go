//go:build bad

package bad

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	prometheusmetrics "fieldguide.dev/examples/patterns/prometheus-metrics"
)

type requestIDKey struct{}

// serve returns a handler for two routes, instrumented, and its counter.
func serve() (http.Handler, *prometheusmetrics.CounterVec) {
	requests := NewRequests()
	mux := http.NewServeMux()
	handle := func(pattern string, h http.HandlerFunc) { Handle(mux, requests, pattern, h) }
	handle("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("id") == "0" {
			http.Error(w, "no such user", http.StatusNotFound)
			return
		}
		fmt.Fprintf(w, "user %s\n", r.PathValue("id"))
	})
	handle("POST /orders", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
	})
	handle("GET /dirs/{id}/", func(w http.ResponseWriter, r *http.Request) {})
	handle("GET /boom", func(w http.ResponseWriter, r *http.Request) { panic("boom") })
	handle("GET /abort", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("partial"))
		panic(http.ErrAbortHandler) // cut the response short, as a proxy does
	})
	// A middleware between Instrument and the mux that replaces the request.
	withValue := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mux.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey{}, "req-1")))
	})
	return Instrument(requests, withValue), requests
}

func do(h http.Handler, method, target string) {
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(method, target, nil))
}

// series returns the scraped lines of the counter, one per series.
func series(t *testing.T, requests *prometheusmetrics.CounterVec) []string {
	t.Helper()
	rec := httptest.NewRecorder()
	prometheusmetrics.Handler([]*prometheusmetrics.CounterVec{requests}, nil).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	var lines []string
	for line := range strings.Lines(rec.Body.String()) {
		if strings.HasPrefix(line, "http_requests_total{") {
			lines = append(lines, strings.TrimSuffix(line, "\n"))
		}
	}
	return lines
}

// region test
func TestSeriesStayFewWhateverClientsSend(t *testing.T) {
	h, requests := serve()
	for i := range 1000 {
		do(h, http.MethodGet, fmt.Sprintf("/users/%d", i+1)) // a user each
		do(h, http.MethodGet, fmt.Sprintf("/wp-login.php?try=%d", i))
		do(h, fmt.Sprintf("PROBE%d", i), "/orders")       // any token is a method
		do(h, http.MethodGet, fmt.Sprintf("/dirs/%d", i)) // redirected to /dirs/N/
	}
	got := series(t, requests)
	if len(got) > 10 { // [!code highlight]
		t.Fatalf("%d series after 4000 requests, want at most 10; first: %q", len(got), got[:2])
	}
}

// endregion test

func TestEachRouteMethodAndCodeIsCounted(t *testing.T) {
	h, requests := serve()
	do(h, http.MethodGet, "/users/7")
	do(h, http.MethodGet, "/users/8")
	do(h, http.MethodGet, "/users/0")
	do(h, http.MethodHead, "/users/7")
	do(h, http.MethodPost, "/orders")
	do(h, http.MethodGet, "/orders")
	do(h, http.MethodGet, "/nowhere")
	do(h, http.MethodGet, "/dirs/42")      // the mux redirects to /dirs/42/
	do(h, http.MethodGet, "/users/1/../2") // the mux redirects to /users/2
	do(h, http.MethodDelete, "/users/7")
	want := []string{
		`http_requests_total{route="GET /users/{id}",method="GET",code="200"} 2`,
		`http_requests_total{route="GET /users/{id}",method="GET",code="404"} 1`,
		`http_requests_total{route="GET /users/{id}",method="HEAD",code="200"} 1`,
		`http_requests_total{route="POST /orders",method="POST",code="201"} 1`,
		`http_requests_total{route="unmatched",method="DELETE",code="405"} 1`,
		`http_requests_total{route="unmatched",method="GET",code="307"} 2`,
		`http_requests_total{route="unmatched",method="GET",code="404"} 1`,
		`http_requests_total{route="unmatched",method="GET",code="405"} 1`,
	}
	got := series(t, requests)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("series:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestConcurrentRequestsAreAllCounted(t *testing.T) {
	h, requests := serve()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 50 {
				do(h, http.MethodGet, fmt.Sprintf("/users/%d", i*100+j+1))
			}
		})
	}
	wg.Wait()
	want := []string{`http_requests_total{route="GET /users/{id}",method="GET",code="200"} 400`}
	if got := series(t, requests); strings.Join(got, "\n") != want[0] {
		t.Errorf("series: %q, want %q", got, want)
	}
}

func TestAPanicIsCountedWithTheStatusTheClientGot(t *testing.T) {
	h, requests := serve()
	func() {
		defer func() {
			if p := recover(); p != "boom" {
				t.Errorf("recovered %v, want the handler's panic", p)
			}
		}()
		do(h, http.MethodGet, "/boom")
	}()
	func() {
		defer func() { recover() }()
		do(h, http.MethodGet, "/abort")
	}()
	want := []string{
		`http_requests_total{route="GET /abort",method="GET",code="200"} 1`,
		`http_requests_total{route="GET /boom",method="GET",code="500"} 1`,
	}
	if got := series(t, requests); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("series: %q, want %q", got, want)
	}
}

func TestATimeoutInsideRouteIsCountedAsThe503Sent(t *testing.T) {
	requests := NewRequests()
	mux := http.NewServeMux()
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // TimeoutHandler cancels it
		w.WriteHeader(http.StatusOK)
	})
	Handle(mux, requests, "GET /slow", http.TimeoutHandler(slow, 10*time.Millisecond, "timeout"))
	do(Instrument(requests, mux), http.MethodGet, "/slow")
	want := `http_requests_total{route="GET /slow",method="GET",code="503"} 1`
	if got := series(t, requests); len(got) != 1 || got[0] != want {
		t.Errorf("series: %q, want %q", got, want)
	}
}

func TestAnInformationalResponseIsNotTheStatus(t *testing.T) {
	requests := NewRequests()
	mux := http.NewServeMux()
	Handle(mux, requests, "POST /upload", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusEarlyHints)
		w.WriteHeader(http.StatusAccepted)
	}))
	do(Instrument(requests, mux), http.MethodPost, "/upload")
	want := `http_requests_total{route="POST /upload",method="POST",code="202"} 1`
	if got := series(t, requests); len(got) != 1 || got[0] != want {
		t.Errorf("series: %q, want %q", got, want)
	}
}

func TestResponseControllerReachesTheServer(t *testing.T) {
	requests := NewRequests()
	mux := http.NewServeMux()
	Handle(mux, requests, "GET /stream", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := http.NewResponseController(w).Flush(); err != nil {
			t.Errorf("Flush through the recorders: %v", err)
		}
	}))
	do(Instrument(requests, mux), http.MethodGet, "/stream")
}
