package concurrentmapwrites

import (
	"fmt"
	"sync"
	"testing"
)

// Counter takes no context and no callback, writes no response and holds
// ints far from overflow, so tests of those cases would test nothing.

func TestIncFromManyGoroutines(t *testing.T) {
	var c Counter
	start := make(chan struct{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			<-start
			for range 10_000 {
				c.Inc("/")
			}
		})
	}
	close(start)
	wg.Wait()
	if got := c.Count("/"); got != 80_000 {
		t.Errorf("Count = %d, want 80000", got)
	}
}

func TestReadsAndWritesAtOnce(t *testing.T) {
	// Inc, Count and Snapshot on many paths together, for the race detector.
	var c Counter
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 1_000 {
				path := fmt.Sprint("/", i%16)
				c.Inc(path)
				_ = c.Count(path)
				if g == 0 && i%100 == 0 {
					_ = c.Snapshot()
				}
			}
		})
	}
	wg.Wait()
	total := 0
	for _, n := range c.Snapshot() {
		total += n
	}
	if total != 8_000 {
		t.Errorf("total hits = %d, want 8000", total)
	}
}

func TestZeroCounter(t *testing.T) {
	var c Counter
	if got := c.Count("/"); got != 0 {
		t.Errorf("Count on a zero Counter = %d, want 0", got)
	}
	if got := c.Snapshot(); got == nil || len(got) != 0 {
		t.Errorf("Snapshot of a zero Counter = %#v, want an empty, non-nil map", got)
	}
	c.Inc("")
	if got := c.Count(""); got != 1 {
		t.Errorf("Count(\"\") = %d, want 1", got)
	}
}

func TestSnapshotIsACopy(t *testing.T) {
	var c Counter
	c.Inc("/a")
	snap := c.Snapshot()
	snap["/a"] = 100
	snap["/b"] = 1
	c.Inc("/a")
	if got := c.Count("/a"); got != 2 {
		t.Errorf("Count(/a) = %d after changing a snapshot, want 2", got)
	}
	if got := c.Count("/b"); got != 0 {
		t.Errorf("Count(/b) = %d, want 0: a snapshot must not write back", got)
	}
}

func TestSnapshotWhileIncrementing(t *testing.T) {
	// Snapshot races with Inc unless both hold the lock; -race reports it.
	var c Counter
	start := make(chan struct{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			<-start
			for i := range 1_000 {
				c.Inc(fmt.Sprint("/", i%16))
			}
		})
	}
	wg.Go(func() {
		<-start
		for range 100 {
			snap := c.Snapshot()
			snap["/mine"] = 1 // the caller owns the copy
		}
	})
	close(start)
	wg.Wait()
	if got := c.Count("/mine"); got != 0 {
		t.Errorf("Count(/mine) = %d, want 0: a snapshot must not write back", got)
	}
}
