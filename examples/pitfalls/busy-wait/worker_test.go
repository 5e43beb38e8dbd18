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

// Closing jobs must end the worker after the jobs already sent, even with
// done never closed: a worker that ignored ok would spin on the closed
// channel instead.
func TestWorkerReturnsWhenJobsClosed(t *testing.T) {
	jobs := make(chan int, 3)
	jobs <- 1
	jobs <- 2
	jobs <- 3
	close(jobs)

	var got []int
	returned := make(chan struct{})
	go func() {
		defer close(returned)
		busywait.Worker(jobs, make(chan struct{}), func(j int) { got = append(got, j) })
	}()
	select {
	case <-returned:
	case <-time.After(5 * time.Second):
		t.Fatal("Worker did not return after jobs was closed")
	}
	if len(got) != 3 {
		t.Errorf("handled %v, want [1 2 3]", got)
	}
}
