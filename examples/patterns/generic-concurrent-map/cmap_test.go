package genericconcurrentmap_test

import (
	"sync"
	"testing"

	genericconcurrentmap "fieldguide.dev/examples/patterns/generic-concurrent-map"
)

// region update-test

// 100 goroutines increment one key with Update. Every increment counts,
// and go test -race finds nothing: Update reads and writes under one lock.
func TestUpdateIsAtomic(t *testing.T) {
	hits := genericconcurrentmap.New[string, int]()
	var wg sync.WaitGroup
	for range 100 {
		wg.Go(func() {
			hits.Update("/", func(n int, _ bool) int { return n + 1 })
		})
	}
	wg.Wait()
	if n, _ := hits.Get("/"); n != 100 {
		t.Errorf("hits = %d, want 100", n)
	}
}

// endregion update-test

func TestDelete(t *testing.T) {
	m := genericconcurrentmap.New[string, int]()
	m.Set("a", 1)
	m.Delete("a")
	if _, ok := m.Get("a"); ok {
		t.Error("key still present after Delete")
	}
}
