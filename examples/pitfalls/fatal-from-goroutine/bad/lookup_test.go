//go:build bad

package bad_test

import (
	"sync"
	"testing"

	"fieldguide.dev/examples/pitfalls/fatal-from-goroutine/bad"
)

// region bad

func TestCapitalConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for _, country := range []string{"France", "Japan", "Peru"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := bad.Capital(country); err != nil {
				t.Fatalf("Capital(%q): %v", country, err) // BUG: ends this goroutine, not the test // [!code highlight]
			}
		}()
	}
	wg.Wait()
}

// endregion bad
