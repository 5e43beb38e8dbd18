//go:build bad

package bad_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"fieldguide.dev/examples/pitfalls/busy-wait/bad"
)

// region idle-test

// With no jobs, the worker must be parked (waiting in select), not
// runnable: a runnable goroutine with nothing to do is polling.
func TestIdleWorkerIsParked(t *testing.T) {
	var q bad.Queue
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { bad.Worker(&q, done, func(int) {}) })
	defer wg.Wait()
	defer close(done)

	time.Sleep(5 * time.Millisecond) // let it reach its wait
	for range 10 {
		if !strings.HasPrefix(workerState(), "select") {
			t.Fatal("idle worker is runnable instead of parked in select: it is polling")
		}
		time.Sleep(time.Millisecond)
	}
}

// endregion idle-test
