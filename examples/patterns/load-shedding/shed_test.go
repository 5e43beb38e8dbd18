package shed

import (
	"context"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

// batch tells the requests of an export, batch work that can be retried.
func batch(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/export/") }

var config = Config{Limit: 4, Reserved: 1, MaxWait: 50 * time.Millisecond, RetryAfter: 2 * time.Second,
	Classify: func(r *http.Request) Priority {
		if batch(r) {
			return Sheddable
		}
		return Critical
	}}

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

func TestBatchWorkNeverTakesTheReservedSlots(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := newBackend()
		h := shed(t, config, b)
		start := time.Now()
		var results []<-chan result
		for range 10 {
			results = append(results, send(h, "/export/orders", start))
		}
		time.Sleep(config.MaxWait)
		synctest.Wait()
		close(b.release)
		shed := 0
		for _, c := range results {
			r := <-c
			switch {
			case r.code == http.StatusServiceUnavailable && r.retryAfter == "2" && r.at == config.MaxWait:
				shed++
			case r.code != http.StatusOK:
				t.Errorf("a batch request got %d with Retry-After %q after %v", r.code, r.retryAfter, r.at)
			}
		}
		if shed != 7 || b.maxBatch.Load() != 3 {
			t.Errorf("%d batch requests shed after MaxWait and at most %d in the handler at once, want 7 and 3", shed, b.maxBatch.Load())
		}
	})
}

func TestAWaitingBatchRequestGetsInWhenItsShareFrees(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := newBackend()
		h := shed(t, config, b)
		start := time.Now()
		for range 3 {
			send(h, "/export/orders", start)
		}
		synctest.Wait()
		waiting := send(h, "/export/orders", start)
		time.Sleep(10 * time.Millisecond)
		b.release <- struct{}{} // one export finishes at 10ms
		synctest.Wait()
		if got := b.batch.Load(); got != 3 {
			t.Errorf("%d batch requests in the handler after one finished, want 3: the waiting one did not get in", got)
		}
		close(b.release)
		if r := <-waiting; r.code != http.StatusOK {
			t.Errorf("the waiting batch request got %d after %v", r.code, r.at)
		}
	})
}

func TestBatchWorkFindingTheServerFullIsShedAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		// The cost of never queueing batch work ahead of users: a sheddable
		// request that gets its share when every slot is busy is not kept.
		b := newBackend()
		h := shed(t, config, b)
		start := time.Now()
		for _, path := range []string{"/orders/1", "/orders/2", "/export/a", "/export/b"} {
			send(h, path, start)
		}
		synctest.Wait()
		if r := <-send(h, "/export/c", start); r.code != http.StatusServiceUnavailable || r.at != 0 {
			t.Errorf("batch work arriving at a full server got %d after %v, want 503 at once", r.code, r.at)
		}
		close(b.release)
	})
}

func TestCriticalRequestsMayUseEverySlot(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := newBackend()
		h := shed(t, config, b)
		start := time.Now()
		var results []<-chan result
		for range 5 {
			results = append(results, send(h, "/orders/42", start))
		}
		synctest.Wait()
		if got := b.inside.Load(); got != 4 {
			t.Errorf("%d critical requests in the handler, want all 4 slots", got)
		}
		time.Sleep(config.MaxWait)
		synctest.Wait()
		close(b.release)
		codes := map[int]int{}
		for _, c := range results {
			codes[(<-c).code]++
		}
		if codes[http.StatusOK] != 4 || codes[http.StatusServiceUnavailable] != 1 {
			t.Errorf("status codes %v, want 4 × 200 and 1 × 503", codes)
		}
	})
}

func TestAWaitingRequestGetsTheNextFreeSlot(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := newBackend()
		h := shed(t, config, b)
		start := time.Now()
		for range 4 {
			send(h, "/orders/1", start)
		}
		synctest.Wait()
		waiting := send(h, "/orders/2", start)
		time.Sleep(20 * time.Millisecond)
		close(b.release) // the four finish at 20ms; the waiting one goes in
		if r := <-waiting; r.code != http.StatusOK || r.at != 20*time.Millisecond {
			t.Errorf("the waiting request got %d at %v, want 200 at 20ms", r.code, r.at)
		}
	})
}

func TestWithoutAWaitTheExcessIsShedAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := newBackend()
		cfg := config
		cfg.MaxWait = 0
		h := shed(t, cfg, b)
		start := time.Now()
		for range 4 {
			send(h, "/orders/1", start)
		}
		synctest.Wait()
		if r := <-send(h, "/orders/2", start); r.code != http.StatusServiceUnavailable || r.at != 0 {
			t.Errorf("with MaxWait 0 the fifth request got %d after %v, want 503 at once", r.code, r.at)
		}
		close(b.release)
	})
}

func TestARequestWhoseContextEndsWhileWaitingIsNotServed(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := newBackend()
		h := shed(t, config, b)
		start := time.Now()
		for range 4 {
			send(h, "/orders/1", start)
		}
		synctest.Wait()
		ctx, cancel := context.WithCancel(context.Background())
		rec := httptest.NewRecorder()
		done := make(chan time.Duration)
		go func() {
			h.ServeHTTP(rec, httptest.NewRequest("GET", "/orders/2", nil).WithContext(ctx))
			done <- time.Since(start)
		}()
		time.Sleep(10 * time.Millisecond)
		cancel()
		if at := <-done; rec.Code != http.StatusServiceUnavailable || at != 10*time.Millisecond {
			t.Errorf("a request whose context ended at 10ms got %d at %v, want 503 then", rec.Code, at)
		}
		close(b.release)
		synctest.Wait()
		if got := b.served.Load(); got != 4 {
			t.Errorf("%d requests served, want the 4 that got in", got)
		}
	})
}

func TestAWaitingUserIsNotOvertakenByBatchWork(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := newBackend()
		h := shed(t, config, b)
		start := time.Now()
		for range 4 {
			send(h, "/orders/1", start)
		}
		synctest.Wait()
		var batch []<-chan result
		for range 3 {
			batch = append(batch, send(h, "/export/orders", start))
		}
		synctest.Wait()
		user := send(h, "/orders/2", start)
		time.Sleep(10 * time.Millisecond)
		b.release <- struct{}{} // one order finishes at 10ms
		synctest.Wait()
		if got := b.critical.Load(); got != 4 {
			t.Errorf("%d user requests in the handler after a slot freed, want 4: batch work took it", got)
		}
		close(b.release)
		if r := <-user; r.code != http.StatusOK {
			t.Errorf("the waiting user got %d after %v", r.code, r.at)
		}
		for _, c := range batch {
			if r := <-c; r.code != http.StatusServiceUnavailable || r.at != 0 {
				t.Errorf("batch work arriving at a full server got %d after %v, want 503 at once", r.code, r.at)
			}
		}
	})
}

func TestAPanickingHandlerGivesItsSlotsBack(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := newBackend()
		h := shed(t, config, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/export/panic" {
				panic(http.ErrAbortHandler)
			}
			b.ServeHTTP(w, r)
		}))
		for range 2 * config.Limit {
			func() {
				defer func() { recover() }()
				h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/export/panic", nil))
			}()
		}
		start := time.Now()
		for range config.Limit {
			send(h, "/orders/1", start)
		}
		synctest.Wait()
		if got := b.inside.Load(); got != int64(config.Limit) {
			t.Errorf("%d requests in the handler after %d panics, want %d: slots were kept", got, 2*config.Limit, config.Limit)
		}
		close(b.release)
	})
}

func TestSettingsAreChecked(t *testing.T) {
	for name, change := range map[string]func(*Config){
		"no limit":             func(c *Config) { c.Limit = 0 },
		"negative reserve":     func(c *Config) { c.Reserved = -1 },
		"every slot reserved":  func(c *Config) { c.Reserved = c.Limit },
		"negative wait":        func(c *Config) { c.MaxWait = -time.Second },
		"Retry-After under 1s": func(c *Config) { c.RetryAfter = 500 * time.Millisecond },
		"Retry-After over 24h": func(c *Config) { c.RetryAfter = math.MaxInt64 },
		"no way to classify":   func(c *Config) { c.Classify = nil },
	} {
		cfg := config
		change(&cfg)
		if _, err := Shed(cfg, http.NotFoundHandler()); err == nil {
			t.Errorf("%s: Shed accepted %+v", name, cfg)
		}
	}
}

func TestRetryAfterIsRoundedUpToWholeSeconds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		cfg := config
		cfg.MaxWait, cfg.Limit, cfg.Reserved, cfg.RetryAfter = 0, 1, 0, 1500*time.Millisecond
		b := newBackend()
		h := shed(t, cfg, b)
		start := time.Now()
		send(h, "/orders/1", start)
		synctest.Wait()
		if r := <-send(h, "/orders/2", start); r.retryAfter != "2" {
			t.Errorf("Retry-After %q for 1.5s, want 2", r.retryAfter)
		}
		close(b.release)
	})
}

func TestConcurrentRequestsStayWithinTheLimits(t *testing.T) {
	b := newBackend()
	b.hold = 100 * time.Microsecond
	close(b.release)
	cfg := config
	cfg.MaxWait = time.Millisecond
	h := shed(t, cfg, b)
	var wg sync.WaitGroup
	for i := range 200 {
		path := "/orders/1"
		if i%2 == 0 {
			path = "/export/orders"
		}
		wg.Go(func() {
			h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", path, nil))
		})
	}
	wg.Wait()
	if b.maxInside.Load() > 4 || b.maxBatch.Load() > 3 {
		t.Errorf("at most %d requests and %d batch requests in the handler at once, want at most 4 and 3", b.maxInside.Load(), b.maxBatch.Load())
	}
}
