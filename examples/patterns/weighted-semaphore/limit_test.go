package upload

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

const (
	budget  = 64 << 10
	maxBody = 32 << 10
	maxWait = 10 * time.Second
)

var settings = Budget{Bytes: budget, MaxBody: maxBody, MaxWait: maxWait, MaxRead: time.Hour}

// handler reads each body whole, as a JSON or image decoder would, and holds
// it for hold; it records the bytes held at once and what it was asked.
type handler struct {
	hold  time.Duration
	panic bool

	mu      sync.Mutex
	held    int64
	peak    int64
	calls   int
	readErr []error
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	h.calls++
	h.mu.Unlock()
	body, err := io.ReadAll(r.Body)
	h.mu.Lock()
	if err != nil {
		h.readErr = append(h.readErr, err)
	}
	h.held += int64(len(body))
	h.peak = max(h.peak, h.held)
	h.mu.Unlock()
	if h.panic {
		panic("handler failed")
	}
	time.Sleep(h.hold)
	h.mu.Lock()
	h.held -= int64(len(body))
	h.mu.Unlock()
}

// post makes a request with a body of size bytes, of unknown length if chunked.
func post(ctx context.Context, size int, chunked bool) *http.Request {
	r := httptest.NewRequestWithContext(ctx, http.MethodPost, "/upload", strings.NewReader(strings.Repeat("x", size)))
	if chunked {
		r.ContentLength = -1
	}
	return r
}

type result struct {
	code  int
	body  string
	after time.Duration
}

// serve runs r through h, and reports a panic as a failure rather than
// recovering it quietly as net/http does.
func serve(t *testing.T, h http.Handler, r *http.Request) result {
	t.Helper()
	start := time.Now()
	rec := httptest.NewRecorder()
	defer func() {
		if p := recover(); p != nil {
			t.Errorf("%s with Content-Length %d: the handler panicked: %v", r.Method, r.ContentLength, p)
		}
	}()
	h.ServeHTTP(rec, r)
	return result{rec.Code, rec.Body.String(), time.Since(start)}
}

// start serves r in the background, as one of wg.
func start(t *testing.T, wg *sync.WaitGroup, h http.Handler, r *http.Request) {
	wg.Go(func() { serve(t, h, r) })
}

// serveAll serves every request at once and returns the results in order.
func serveAll(t *testing.T, h http.Handler, requests ...*http.Request) []result {
	results := make([]result, len(requests))
	var wg sync.WaitGroup
	for i, r := range requests {
		wg.Go(func() { results[i] = serve(t, h, r) })
	}
	wg.Wait()
	return results
}

func TestBodiesInFlightStayWithinTheBudget(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := &handler{hold: time.Second}
		limit := Limit(h, settings)
		var requests []*http.Request
		for range 12 {
			requests = append(requests, post(t.Context(), 16<<10, false))
		}
		for i, got := range serveAll(t, limit, requests...) {
			if got.code != http.StatusOK {
				t.Errorf("request %d: status %d, want 200", i, got.code)
			}
		}
		if h.peak != budget {
			t.Errorf("at most %d bytes of bodies were held at once; want the whole budget, %d, and no more", h.peak, budget)
		}
		if h.calls != 12 {
			t.Errorf("handler called %d times, want 12", h.calls)
		}
	})
}

// region unknown-length
func TestBodyOfUnknownLengthIsChargedTheMost(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := &handler{hold: time.Second}
		limit := Limit(h, settings)
		var wg sync.WaitGroup
		defer wg.Wait()
		for range 3 {
			start(t, &wg, limit, post(t.Context(), 16<<10, false))
		}
		synctest.Wait() // 48 KiB held for a second
		// Charged maxBody, a 1 KiB chunked body waits for the holders, then is held a second itself.
		if got := serve(t, limit, post(t.Context(), 1<<10, true)); got.code != http.StatusOK || got.after != 2*time.Second {
			t.Errorf("a 1 KiB chunked upload while 16 KiB were free: status %d after %v, want 200 after 2s", got.code, got.after)
		}
		// A chunked body longer than maxBody is cut off at maxBody.
		h.readErr = nil
		serve(t, limit, post(t.Context(), maxBody+1, true))
		var tooLarge *http.MaxBytesError
		if len(h.readErr) != 1 || !errors.As(h.readErr[0], &tooLarge) {
			t.Errorf("reading a chunked body of maxBody+1 bytes: errors %v, want one *http.MaxBytesError", h.readErr)
		}
	})
}

// endregion unknown-length

// region over-max
func TestBodyOverTheMaximumIsRefusedAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := &handler{hold: time.Minute}
		limit := Limit(h, settings)
		var wg sync.WaitGroup
		defer wg.Wait()
		start(t, &wg, limit, post(t.Context(), maxBody, false))
		start(t, &wg, limit, post(t.Context(), maxBody, false))
		synctest.Wait() // the budget is full
		for _, size := range []int{maxBody + 1, budget + 1} {
			if got := serve(t, limit, post(t.Context(), size, false)); got.code != http.StatusRequestEntityTooLarge || got.after != 0 {
				t.Errorf("a %d-byte body: status %d after %v, want 413 at once", size, got.code, got.after)
			}
		}
		if h.calls != 2 {
			t.Errorf("handler called %d times, want 2: refused requests must not reach it", h.calls)
		}
	})
}

// endregion over-max

func TestWaitingEndsAfterMaxWaitAndTakesNothing(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := &handler{hold: time.Minute}
		limit := Limit(h, settings)
		var wg sync.WaitGroup
		defer wg.Wait()
		start(t, &wg, limit, post(t.Context(), budget/2, false))
		start(t, &wg, limit, post(t.Context(), budget/2, false))
		synctest.Wait()
		rec := httptest.NewRecorder()
		t0 := time.Now()
		limit.ServeHTTP(rec, post(t.Context(), 1, false))
		if rec.Code != http.StatusServiceUnavailable || time.Since(t0) != maxWait || rec.Header().Get("Retry-After") != "10" {
			t.Errorf("with the budget full: status %d after %v, Retry-After %q; want 503 after %v, Retry-After 10", rec.Code, time.Since(t0), rec.Header().Get("Retry-After"), maxWait)
		}
		time.Sleep(time.Minute) // the two holders finish
		// The refusal took nothing: two bodies of maxBody are admitted together, and held a second.
		h.hold = time.Second
		got := serveAll(t, limit, post(t.Context(), maxBody, false), post(t.Context(), maxBody, false))
		for i, g := range got {
			if g.code != http.StatusOK || g.after != time.Second {
				t.Errorf("request %d after the budget was freed: status %d after %v, want 200 after 1s", i, g.code, g.after)
			}
		}
	})
}

func TestCallerThatGivesUpIsNotServed(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := &handler{hold: time.Minute}
		limit := Limit(h, settings)
		var wg sync.WaitGroup
		defer wg.Wait()
		start(t, &wg, limit, post(t.Context(), maxBody, false))
		start(t, &wg, limit, post(t.Context(), maxBody, false))
		synctest.Wait()
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
		defer cancel()
		if got := serve(t, limit, post(ctx, 1, false)); got.body != "" || got.after != 2*time.Second {
			t.Errorf("a client gone after 2s: answered %q after %v, want no answer after 2s", got.body, got.after)
		}
		time.Sleep(time.Minute)
		gone, cancelGone := context.WithCancel(t.Context())
		cancelGone()
		if got := serve(t, limit, post(gone, 1, false)); got.body != "" || got.after != 0 {
			t.Errorf("a client gone before its turn, with the budget free: answered %q after %v, want no answer, at once", got.body, got.after)
		}
		if h.calls != 2 {
			t.Errorf("handler called %d times, want 2", h.calls)
		}
	})
}

func TestRequestWithoutBodyDoesNotQueueBehindUploads(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := &handler{hold: time.Minute}
		limit := Limit(h, settings)
		var wg sync.WaitGroup
		defer wg.Wait()
		start(t, &wg, limit, post(t.Context(), maxBody, false))
		start(t, &wg, limit, post(t.Context(), maxBody, false))
		synctest.Wait()
		start(t, &wg, limit, post(t.Context(), maxBody, false)) // waits for room
		synctest.Wait()
		h.hold = 0
		get := httptest.NewRequestWithContext(t.Context(), http.MethodGet, "/status", nil)
		if got := serve(t, limit, get); got.code != http.StatusOK || got.after != 0 {
			t.Errorf("a GET while an upload waits: status %d after %v, want 200 at once", got.code, got.after)
		}
	})
}

func TestPanickingHandlerGivesBackItsShare(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := &handler{panic: true}
		limit := Limit(h, settings)
		func() {
			defer func() {
				if recover() == nil {
					t.Error("the handler's panic did not reach the caller")
				}
			}()
			limit.ServeHTTP(httptest.NewRecorder(), post(t.Context(), maxBody, false))
		}()
		h.panic = false
		h.hold = time.Second
		for i, got := range serveAll(t, limit, post(t.Context(), maxBody, false), post(t.Context(), maxBody, false)) {
			if got.code != http.StatusOK || got.after != time.Second {
				t.Errorf("request %d after a panic: status %d after %v, want 200 after 1s, admitted at once", i, got.code, got.after)
			}
		}
	})
}

func TestLimitRefusesSettingsThatCannotWork(t *testing.T) {
	for _, b := range []Budget{
		{Bytes: budget, MaxBody: 0, MaxWait: maxWait, MaxRead: time.Second},
		{Bytes: budget, MaxBody: budget + 1, MaxWait: maxWait, MaxRead: time.Second},
		{Bytes: budget, MaxBody: maxBody, MaxWait: 0, MaxRead: time.Second},
		{Bytes: budget, MaxBody: maxBody, MaxWait: maxWait, MaxRead: 0},
		{},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Limit with %+v did not panic", b)
				}
			}()
			Limit(http.NotFoundHandler(), b)
		}()
	}
	// The edges that work: one byte, and a body as large as the whole budget.
	for _, b := range []Budget{{Bytes: 1, MaxBody: 1, MaxWait: 1, MaxRead: 1}, {Bytes: budget, MaxBody: budget, MaxWait: maxWait, MaxRead: time.Second}} {
		Limit(http.NotFoundHandler(), b)
	}
}

// A real server and a client that declares ten bytes and sends two: its share
// goes back when MaxRead ends the read, and the next upload gets in.
func TestSlowBodyGivesBackItsShare(t *testing.T) {
	h := &handler{}
	srv := httptest.NewServer(Limit(h, Budget{Bytes: 10, MaxBody: 10, MaxWait: 5 * time.Second, MaxRead: 200 * time.Millisecond}))
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := io.WriteString(conn, "POST / HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\nab"); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
		h.mu.Lock()
		called := h.calls == 1
		h.mu.Unlock()
		if called {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the slow request never reached the handler")
		}
	}
	res, err := http.Post(srv.URL, "text/plain", strings.NewReader("0123456789"))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("an upload behind a stalled body: status %d, want 200 once the stalled read times out", res.StatusCode)
	}
}
