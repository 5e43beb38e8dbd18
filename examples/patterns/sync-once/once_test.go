package synconce_test

import (
	"strconv"
	"sync"
	"testing"

	synconce "fieldguide.dev/examples/patterns/sync-once"
)

// region once-test

// 100 goroutines ask at once; the parse runs exactly once and every caller
// gets its result. Under -race, calls++ inside parse is not a race:
// OnceValues orders it before every return.
func TestLoaderParsesOnce(t *testing.T) {
	calls := 0
	parse := func(s string) (int, error) { calls++; return strconv.Atoi(s) }
	l := synconce.NewLoader("8", parse)

	var wg sync.WaitGroup
	for range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if n, err := l.Workers(); n != 8 || err != nil {
				t.Errorf("Workers() = (%d, %v), want (8, nil)", n, err)
			}
		}()
	}
	wg.Wait()
	if calls != 1 {
		t.Errorf("parsed %d times, want 1", calls)
	}
}

// endregion once-test

func TestLoaderCachesTheError(t *testing.T) {
	calls := 0
	l := synconce.NewLoader("eight", func(s string) (int, error) { calls++; return strconv.Atoi(s) })
	for range 3 {
		if _, err := l.Workers(); err == nil {
			t.Error("want a parse error")
		}
	}
	if calls != 1 {
		t.Errorf("parsed %d times, want 1", calls)
	}
}

func TestIsSemver(t *testing.T) {
	for s, want := range map[string]bool{"v1.25.0": true, "1.25.0": false, "v01.2.3": false} {
		if got := synconce.IsSemver(s); got != want {
			t.Errorf("IsSemver(%q) = %v, want %v", s, got, want)
		}
	}
}
