package ratelimiting_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"golang.org/x/time/rate"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	ratelimiting "fieldguide.dev/examples/patterns/rate-limiting"
)

// region server-test

func TestPerClientAllowsBurstThenRejects(t *testing.T) {
	p := &ratelimiting.PerClient{Rate: rate.Every(time.Hour), Burst: 2}
	h := p.Wrap(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	get := func(addr string) int {
		req := httptest.NewRequest("GET", "/", nil)
		req.RemoteAddr = addr
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}

	for i := range 2 {
		if code := get("10.0.0.1:5000"); code != http.StatusOK {
			t.Fatalf("request %d within the burst: %d, want 200", i+1, code)
		}
	}
	if code := get("10.0.0.1:5001"); code != http.StatusTooManyRequests {
		t.Errorf("third request: %d, want 429", code)
	}
	if code := get("10.0.0.2:5000"); code != http.StatusOK {
		t.Errorf("another client: %d, want 200 (its own bucket)", code)
	}
}

// endregion server-test

func TestFetcherWaitsForATokenOrTheContext(t *testing.T) {
	calls := 0
	f := &ratelimiting.Fetcher{
		Limiter: rate.NewLimiter(rate.Every(time.Hour), 1),
		Call:    func(context.Context, string) error { calls++; return nil },
	}
	if err := f.Fetch(t.Context(), "a"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Millisecond)
	defer cancel()
	// The next token is an hour away: Wait fails at once, as the deadline
	// would pass first, and the call is not made.
	if err := f.Fetch(ctx, "b"); err == nil || calls != 1 {
		t.Errorf("second fetch: %v after %d calls, want an error after 1", err, calls)
	}
}

func TestFetcherPacesCalls(t *testing.T) {
	f := &ratelimiting.Fetcher{
		Limiter: rate.NewLimiter(rate.Every(5*time.Millisecond), 1),
		Call:    func(context.Context, string) error { return nil },
	}
	start := time.Now()
	for range 5 {
		if err := f.Fetch(t.Context(), "x"); err != nil {
			t.Fatal(err)
		}
	}
	if d := time.Since(start); d < 15*time.Millisecond {
		t.Errorf("5 calls at 1 per 5ms took %v, want at least 20ms minus scheduling slack", d)
	}
}

func TestUnaryLimit(t *testing.T) {
	intercept := ratelimiting.UnaryLimit(rate.NewLimiter(rate.Every(time.Hour), 1))
	info := &grpc.UnaryServerInfo{FullMethod: "/shop.Orders/Get"}
	ok := func(context.Context, any) (any, error) { return "ok", nil }
	if _, err := intercept(t.Context(), nil, info, ok); err != nil {
		t.Fatalf("first call: %v", err)
	}
	_, err := intercept(t.Context(), nil, info, ok)
	if status.Code(err) != codes.ResourceExhausted {
		t.Errorf("second call: %v, want ResourceExhausted", err)
	}
}
