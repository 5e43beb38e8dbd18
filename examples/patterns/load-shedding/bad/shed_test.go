//go:build bad

package bad

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

// batch tells the requests of an export, batch work that can be retried.
func batch(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/export/") }

var config = Config{Limit: 4, MaxWait: 50 * time.Millisecond, RetryAfter: 2 * time.Second}

// backend is the handler behind Shed: it counts the requests in it and
// holds each one until release is closed.
type backend struct {
	release           chan struct{}
	hold              time.Duration
	inside, maxInside atomic.Int64
	batch, maxBatch   atomic.Int64
	critical          atomic.Int64
	served            atomic.Int64
}

func newBackend() *backend { return &backend{release: make(chan struct{})} }

func (b *backend) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	in := b.inside.Add(1)
	defer b.inside.Add(-1)
	raise(&b.maxInside, in)
	if batch(r) {
		n := b.batch.Add(1)
		defer b.batch.Add(-1)
		raise(&b.maxBatch, n)
	} else {
		b.critical.Add(1)
		defer b.critical.Add(-1)
	}
	<-b.release
	time.Sleep(b.hold)
	b.served.Add(1)
	w.Write([]byte("done"))
}

func raise(max *atomic.Int64, n int64) {
	for m := max.Load(); n > m && !max.CompareAndSwap(m, n); m = max.Load() {
	}
}

// result is what a request got and when, in the bubble's fake time.
type result struct {
	code       int
	retryAfter string
	at         time.Duration
}

// send serves one request to h in a goroutine of its own.
func send(h http.Handler, path string, start time.Time) <-chan result {
	done := make(chan result, 1)
	go func() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		res := rec.Result()
		done <- result{res.StatusCode, res.Header.Get("Retry-After"), time.Since(start)}
	}()
	return done
}

func shed(t *testing.T, cfg Config, b http.Handler) http.Handler {
	t.Helper()
	h, err := Shed(cfg, b)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// region critical-test

func TestAUserIsServedWhileBatchWorkFillsTheServer(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := newBackend()
		h := shed(t, config, b)
		start := time.Now()
		for range 10 {
			send(h, "/export/orders", start)
		}
		synctest.Wait()
		user := send(h, "/orders/42", start)
		synctest.Wait()
		if b.critical.Load() != 1 { // [!code highlight]
			t.Errorf("a user's request arriving during a batch flood is not in the handler: %d batch requests are", b.batch.Load())
		}
		time.Sleep(config.MaxWait)
		synctest.Wait()
		close(b.release)
		if r := <-user; r.code != http.StatusOK {
			t.Errorf("the user's request got %d %s after %v", r.code, http.StatusText(r.code), r.at)
		}
	})
}

// endregion critical-test
