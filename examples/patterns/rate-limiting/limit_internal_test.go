package ratelimiting

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"golang.org/x/time/rate"
)

func serve(h http.Handler, addr string) *httptest.ResponseRecorder {
	req := httptest.NewRequest("GET", "/", nil)
	req.RemoteAddr = addr
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// Every address of one IPv6 /64 shares a bucket: a host cannot get a new
// bucket, and a new map entry, by switching addresses.
func TestPerClientKeysIPv6ByPrefix(t *testing.T) {
	p := &PerClient{Rate: rate.Every(time.Hour), Burst: 1}
	h := p.Wrap(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	for i := range 100 {
		serve(h, fmt.Sprintf("[2001:db8::%x]:1234", i))
	}
	if n := len(p.clients); n != 1 {
		t.Errorf("one /64 holds %d buckets, want 1", n)
	}
	if code := serve(h, "[2001:db8::ffff:1]:1").Code; code != http.StatusTooManyRequests {
		t.Errorf("another address of the same /64: %d, want 429", code)
	}
}

// Clients whose buckets have refilled are dropped before the map doubles,
// so a stream of one-off clients does not grow it without bound.
func TestPerClientDropsRefilledBuckets(t *testing.T) {
	p := &PerClient{Rate: rate.Inf, Burst: 1} // every bucket refills at once
	h := p.Wrap(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	for i := range 5000 {
		serve(h, fmt.Sprintf("10.0.%d.%d:1", i>>8&255, i&255))
	}
	if n := len(p.clients); n > 1100 {
		t.Errorf("%d buckets kept for 5000 idle clients", n)
	}
}

// Retry-After says when the next token comes, rounded up to a second.
func TestPerClientRetryAfter(t *testing.T) {
	p := &PerClient{Rate: rate.Every(90 * time.Second), Burst: 1}
	h := p.Wrap(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	serve(h, "10.0.0.1:1")
	for i := range 5 { // refused requests give their token back: the wait does not grow
		rec := serve(h, fmt.Sprintf("10.0.0.1:%d", i+2))
		if got := rec.Header().Get("Retry-After"); rec.Code != http.StatusTooManyRequests || got != "90" {
			t.Errorf("refusal %d: %d with Retry-After %q, want 429 and 90 (rounded up)", i+1, rec.Code, got)
		}
	}
}

// The pruning drops only refilled buckets: a client that is being limited
// keeps its empty bucket through a flood of new addresses.
func TestPerClientSweepKeepsLimitedClients(t *testing.T) {
	p := &PerClient{Rate: rate.Every(time.Hour), Burst: 1}
	h := p.Wrap(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	serve(h, "192.0.2.1:1")
	for i := range 5000 {
		serve(h, fmt.Sprintf("10.0.%d.%d:1", i>>8&255, i&255))
	}
	if code := serve(h, "192.0.2.1:1").Code; code != http.StatusTooManyRequests {
		t.Errorf("the limited client after a sweep: %d, want 429", code)
	}
}
