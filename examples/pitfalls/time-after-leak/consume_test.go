// The go:debug line below gives this test Go 1.22 timers, whatever the
// go.mod says, so the test shows what Consume does on those releases.

//go:debug asynctimerchan=1

package timeafterleak_test

import (
	"runtime"
	"testing"
	"time"

	timeafterleak "fieldguide.dev/examples/pitfalls/time-after-leak"
)

// region consume-test

// Consume 100,000 values with an idle timeout of an hour, then collect
// garbage: the heap must be back near where it started.
func TestConsumeFreesItsTimers(t *testing.T) {
	const n = 100_000
	ch := make(chan int, n)
	for i := range n {
		ch <- i
	}
	close(ch)

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if got := timeafterleak.Consume(ch, time.Hour); got != n {
		t.Fatalf("consumed %d values, want %d", got, n)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)

	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 4<<20 {
		t.Errorf("heap grew by more than 4 MiB after GC: timers from finished iterations are still alive")
	}
}

// endregion consume-test

// With nothing more arriving, Consume returns after the idle time, having
// counted what came before: without the Reset it would never time out.
func TestConsumeReturnsWhenIdle(t *testing.T) {
	ch := make(chan int, 1)
	ch <- 1
	done := make(chan int, 1)
	go func() { done <- timeafterleak.Consume(ch, 10*time.Millisecond) }()
	select {
	case n := <-done:
		if n != 1 {
			t.Errorf("Consume = %d, want 1", n)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Consume did not return after its idle time")
	}
}
