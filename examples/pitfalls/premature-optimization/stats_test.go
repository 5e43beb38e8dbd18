package prematureoptimization_test

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"golang.org/x/sys/cpu"

	po "fieldguide.dev/examples/pitfalls/premature-optimization"
)

func TestStatsConcurrent(t *testing.T) {
	var s po.Stats
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Go(func() {
			s.Requests.Add(1)
			if i%10 == 0 {
				s.Errors.Add(1)
			}
		})
	}
	wg.Wait()
	if r, e := s.Requests.Load(), s.Errors.Load(); r != 100 || e != 10 {
		t.Errorf("Requests, Errors = %d, %d; want 100, 10", r, e)
	}
}

// padded puts a cache line between the two counters, which is where
// padding against false sharing has to go.
type padded struct {
	Requests atomic.Uint64
	_        cpu.CacheLinePad
	Errors   atomic.Uint64
}

// BenchmarkTwoWriters measures one goroutine adding to Requests while
// another adds to Errors as fast as it can: the contention the padding is
// for. Compare the layouts with benchstat -col /layout.
func BenchmarkTwoWriters(b *testing.B) {
	b.Run("layout=adjacent", func(b *testing.B) {
		var s po.Stats
		twoWriters(b, &s.Requests, &s.Errors)
	})
	b.Run("layout=padded", func(b *testing.B) {
		var s padded
		twoWriters(b, &s.Requests, &s.Errors)
	})
}

func twoWriters(b *testing.B, mine, theirs *atomic.Uint64) {
	if runtime.GOMAXPROCS(0) < 2 {
		b.Skip("false sharing needs two goroutines running at once")
	}
	stop := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-stop:
				return
			default:
			}
			for range 1000 {
				theirs.Add(1)
			}
		}
	}()
	for b.Loop() {
		mine.Add(1)
	}
	close(stop)
	<-stopped
}
