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

// region all-test

// The loop body calls Set and Delete on the same map: with a Range that
// held the lock during the walk, this would deadlock.
func TestAllLetsTheLoopBodyUseTheMap(t *testing.T) {
	m := genericconcurrentmap.New[string, int]()
	m.Set("a", 1)
	m.Set("b", 2)
	sum := 0
	for k, v := range m.All() {
		sum += v
		m.Set(k+k, v*10) // not seen by this loop: it walks a copy
		m.Delete(k)
	}
	if sum != 3 {
		t.Errorf("sum = %d, want 3", sum)
	}
	if v, _ := m.Get("aa"); v != 10 {
		t.Errorf(`Get("aa") = %d, want 10`, v)
	}
	for k := range m.All() {
		if k == "a" || k == "b" {
			t.Errorf("%q still present after Delete", k)
		}
	}
}

// endregion all-test

func TestAllStopsWhenTheLoopBreaks(t *testing.T) {
	m := genericconcurrentmap.New[int, int]()
	for i := range 10 {
		m.Set(i, i)
	}
	n := 0
	for range m.All() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("the loop ran %d times after break, want 1", n)
	}
}

// A panicking f leaves the map unchanged and unlocked.
func TestUpdateSurvivesAPanickingFunction(t *testing.T) {
	m := genericconcurrentmap.New[string, int]()
	m.Set("a", 1)
	func() {
		defer func() { _ = recover() }()
		m.Update("a", func(int, bool) int { panic("boom") })
	}()
	if v, ok := m.Get("a"); v != 1 || !ok {
		t.Errorf(`Get("a") = %d, %v after a panicking Update, want 1, true`, v, ok)
	}
}

// Loops over All while other goroutines write: under -race, the copy taken
// under the read lock leaves nothing for the detector to find.
func TestAllWithConcurrentWriters(t *testing.T) {
	m := genericconcurrentmap.New[int, int]()
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := range 200 {
				m.Set(w*1000+i, i)
			}
		})
	}
	for range 20 {
		for k, v := range m.All() {
			if k%1000 != v {
				t.Errorf("entry %d = %d", k, v)
			}
		}
	}
	wg.Wait()
}
