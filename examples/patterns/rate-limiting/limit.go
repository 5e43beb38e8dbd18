// Package ratelimiting limits how often something happens, with the token
// bucket of golang.org/x/time/rate: a steady rate of events per second,
// plus a burst.
package ratelimiting

import (
	"context"
	"net"
	"net/http"
	"sync"

	"golang.org/x/time/rate"
)

// region client

// Fetcher calls an external API that allows a limited request rate. Wait
// blocks until the bucket has a token, or returns the context's error, so
// the caller stays within the limit instead of collecting 429s.
type Fetcher struct {
	Limiter *rate.Limiter // e.g. rate.NewLimiter(10, 1): 10 calls/s, no burst
	Call    func(ctx context.Context, id string) error
}

func (f *Fetcher) Fetch(ctx context.Context, id string) error {
	if err := f.Limiter.Wait(ctx); err != nil { // [!code highlight]
		return err
	}
	return f.Call(ctx, id)
}

// endregion client

// region server

// PerClient is HTTP middleware that gives every client IP its own bucket
// and answers 429 Too Many Requests when it is empty. It never waits: a
// server should shed excess load, not queue it.
type PerClient struct {
	Rate  rate.Limit // tokens per second
	Burst int

	mu      sync.Mutex
	clients map[string]*rate.Limiter
}

func (p *PerClient) limiter(key string) *rate.Limiter {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.clients == nil {
		p.clients = make(map[string]*rate.Limiter)
	}
	l, ok := p.clients[key]
	if !ok {
		l = rate.NewLimiter(p.Rate, p.Burst)
		p.clients[key] = l
	}
	return l
}

func (p *PerClient) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ip, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			ip = r.RemoteAddr
		}
		if !p.limiter(ip).Allow() { // [!code highlight]
			w.Header().Set("Retry-After", "1")
			http.Error(w, "too many requests", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// endregion server
