package prematureoptimization_test

import (
	"sync"
	"testing"

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
