//go:build go1.22

package fatalfromgoroutine_test

import (
	"sync"
	"testing"

	ffg "fieldguide.dev/examples/pitfalls/fatal-from-goroutine"
)

// region good

func TestCapitalConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for _, country := range []string{"France", "Japan", "Peru"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := ffg.Capital(country); err != nil {
				t.Errorf("Capital(%q): %v", country, err) // safe from any goroutine // [!code highlight]
				return                                    // ends this goroutine only
			}
		}()
	}
	wg.Wait()
}

// endregion good
