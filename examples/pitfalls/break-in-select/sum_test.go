package breakinselect_test

import (
	"sync"
	"testing"
	"time"

	breakinselect "fieldguide.dev/examples/pitfalls/break-in-select"
)

// Sum keeps no shared state and starts no goroutine: concurrent callers each
// read their own channels, and nothing of Sum outlives its return, so
// concurrent callers and leaks cannot reach it beyond the tests below.

// sumAsync runs Sum in a goroutine and fails the test if it has not
// returned within a second.
func sumAsync(t *testing.T, values <-chan int, done <-chan struct{}) func() int {
	t.Helper()
	result := make(chan int, 1)
	go func() { result <- breakinselect.Sum(values, done) }()
	return func() int {
		t.Helper()
		select {
		case got := <-result:
			return got
		case <-time.After(time.Second):
			t.Fatal("Sum did not return within 1s")
			return 0
		}
	}
}

// region test

func TestSumReturnsWhenDone(t *testing.T) {
	values := make(chan int)
	done := make(chan struct{})
	wait := sumAsync(t, values, done)
	values <- 2
	values <- 3
	close(done)
	if got := wait(); got != 5 {
		t.Errorf("Sum = %d, want 5", got)
	}
}

// endregion test

// done closed before the call: Sum returns at once with nothing added (values
// is nil, so only done is ever ready).
func TestSumWithDoneAlreadyClosed(t *testing.T) {
	done := make(chan struct{})
	close(done)
	if got := sumAsync(t, nil, done)(); got != 0 {
		t.Errorf("Sum = %d, want 0", got)
	}
}

// A closed values channel ends the sum too, instead of adding zeros forever.
func TestSumReturnsWhenValuesIsClosed(t *testing.T) {
	values := make(chan int, 3)
	values <- 1
	values <- 2
	values <- 3
	close(values)
	if got := sumAsync(t, values, make(chan struct{}))(); got != 6 {
		t.Errorf("Sum = %d, want 6", got)
	}
}

// Several senders at once: every value is counted exactly once.
func TestSumCountsConcurrentSenders(t *testing.T) {
	values := make(chan int)
	wait := sumAsync(t, values, make(chan struct{}))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				values <- 1
			}
		})
	}
	wg.Wait()
	close(values)
	if got := wait(); got != 800 {
		t.Errorf("Sum = %d, want 800", got)
	}
}

// With values buffered and both channels closed, select picks either case
// each time round: Sum returns the sum of some first values, never more, and
// never blocks.
func TestSumStopsAtAnyPrefixWhenBothAreReady(t *testing.T) {
	for range 200 {
		values := make(chan int, 3)
		values <- 1
		values <- 2
		values <- 3
		close(values)
		done := make(chan struct{})
		close(done)
		switch got := sumAsync(t, values, done)(); got {
		case 0, 1, 3, 6:
		default:
			t.Fatalf("Sum = %d, want the sum of the first 0 to 3 values (0, 1, 3 or 6)", got)
		}
	}
}
