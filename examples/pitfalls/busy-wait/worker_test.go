package busywait_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"fieldguide.dev/examples/pitfalls/busy-wait"
)

// region idle-test

// With no jobs, the worker must be parked (waiting in select), not
// runnable: a runnable goroutine with nothing to do is polling.
func TestIdleWorkerIsParked(t *testing.T) {
	jobs, done := make(chan int), make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { busywait.Worker(jobs, done, func(int) {}) })
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
