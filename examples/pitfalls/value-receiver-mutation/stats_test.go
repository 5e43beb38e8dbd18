package valuereceivermutation_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	valuereceivermutation "fieldguide.dev/examples/pitfalls/value-receiver-mutation"
)

// region test

func TestRecordCounts(t *testing.T) {
	var s valuereceivermutation.Stats
	s.Record(nil)
	s.Record(errors.New("timeout"))
	if s.Requests != 2 || s.Failures != 1 {
		t.Errorf("after two calls Stats = %+v, want 2 requests and 1 failure", s)
	}
}

// endregion test

func ExampleStats() {
	var s valuereceivermutation.Stats
	s.Record(nil)
	s.Record(errors.New("timeout"))
	fmt.Println(s.Requests, s.Failures)
	// Output: 2 1
}

func TestRecordThroughAnInterfaceAMapAndAMethodValue(t *testing.T) {
	s := &valuereceivermutation.Stats{}
	var r interface{ Record(error) } = s
	r.Record(nil)
	byName := map[string]*valuereceivermutation.Stats{"api": s}
	byName["api"].Record(errors.New("refused"))
	record := s.Record
	record(nil)
	if s.Requests != 3 || s.Failures != 1 {
		t.Errorf("Stats = %+v, want 3 requests and 1 failure", *s)
	}
}

func TestRecordOnSliceElements(t *testing.T) {
	stats := make([]valuereceivermutation.Stats, 3)
	for i := range stats {
		stats[i].Record(nil)
	}
	for i, s := range stats {
		if s.Requests != 1 {
			t.Errorf("stats[%d].Requests = %d, want 1", i, s.Requests)
		}
	}
}

func TestSharedStatsFromConcurrentCallers(t *testing.T) {
	var s valuereceivermutation.SharedStats
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Go(func() {
			var err error
			if i%4 == 0 {
				err = errors.New("failed")
			}
			s.Record(err)
		})
	}
	wg.Wait()
	if requests, failures := s.Counts(); requests != 100 || failures != 25 {
		t.Errorf("Counts() = %d, %d; want 100, 25", requests, failures)
	}
}
