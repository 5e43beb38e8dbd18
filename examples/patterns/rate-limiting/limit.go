// Package ratelimiting limits how often something happens, with the token
// bucket of golang.org/x/time/rate: a steady rate of events per second,
// plus a burst.
package ratelimiting

import (
	"context"
	"math"
	"net/http"
	"net/netip"
	"strconv"
	"sync"
	"time"

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

// PerClient is HTTP middleware that gives every client its own bucket and
// answers 429 Too Many Requests when it is empty. It never waits: a server
// should shed excess load, not queue it. The zero value has no buckets yet
// and is ready to use once Rate and Burst are set.
type PerClient struct {
	Rate  rate.Limit // tokens per second
	Burst int

	mu        sync.Mutex
	clients   map[netip.Prefix]*rate.Limiter
	lastSweep int // len(clients) after the last sweep
}

// key is the client's address, or its /64 for IPv6: one IPv6 host usually
// holds a whole /64 and could take a new address, and a new bucket, for
// every request.
func key(remoteAddr string) netip.Prefix {
	ap, err := netip.ParseAddrPort(remoteAddr)
	if err != nil {
		return netip.Prefix{} // unparsable: all such requests share one bucket
	}
	addr := ap.Addr().Unmap()
	if addr.Is4() {
		return netip.PrefixFrom(addr, 32)
	}
	p, _ := addr.Prefix(64)
	return p
}

func (p *PerClient) limiter(k netip.Prefix, now time.Time) *rate.Limiter {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.clients == nil {
		p.clients = make(map[netip.Prefix]*rate.Limiter)
	}
	l, ok := p.clients[k]
	if !ok {
		// Before the map doubles, drop every bucket that has refilled: a
		// full bucket is what a new client gets anyway, so nothing is lost,
		// and the map stays within twice the clients that are still limited.
		if len(p.clients) >= 2*p.lastSweep+1024 {
			for k, l := range p.clients {
				if l.TokensAt(now) >= float64(p.Burst) {
					delete(p.clients, k)
				}
			}
			p.lastSweep = len(p.clients)
		}
		l = rate.NewLimiter(p.Rate, p.Burst)
		p.clients[k] = l
	}
	return l
}

func (p *PerClient) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		now := time.Now()
		res := p.limiter(key(r.RemoteAddr), now).ReserveN(now, 1) // [!code highlight]
		if delay := res.DelayFrom(now); !res.OK() || delay > 0 {
			res.CancelAt(now) // give the token back: this request is refused
			if res.OK() {
				w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(delay.Seconds()))))
			}
			http.Error(w, "too many requests", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// endregion server
