//go:build bad

package bad

import (
	"runtime"
	"sync"
	"testing"
)

// region test

func TestIncFromManyGoroutines(t *testing.T) {
	// The runtime's check is best-effort: it needs two goroutines inside the
	// map at the same instant, so the test needs two processors and many tries.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(2, runtime.GOMAXPROCS(0))))
	for range 100 {
		c := NewCounter()
		c.Inc("/") // the key exists, so the writes below only update it
		start := make(chan struct{})
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				// recover does not help: the runtime ends the program with
				// a fatal error, which is not a panic.
				defer func() { _ = recover() }()
				<-start
				for range 10_000 {
					c.Inc("/") // [!code highlight]
				}
			})
		}
		close(start)
		wg.Wait()
		if got := c.Count("/"); got != 80_001 {
			t.Fatalf("Count = %d, want 80001", got)
		}
	}
}

// endregion test
