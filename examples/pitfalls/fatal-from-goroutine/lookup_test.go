//go:build go1.22

package fatalfromgoroutine_test

import (
	"sync"
	"testing"

	ffg "fieldguide.dev/examples/pitfalls/fatal-from-goroutine"
)

// region good

func TestCapitalConcurrent(t *testing.T) {
	want := map[string]string{"France": "Paris", "Japan": "Tokyo", "Peru": "Lima"}
	var wg sync.WaitGroup
	for country, capital := range want {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := ffg.Capital(country)
			if err != nil || got != capital {
				t.Errorf("Capital(%q) = %q, %v; want %q", country, got, err, capital) // safe from any goroutine // [!code highlight]
				return                                                                // ends this goroutine only
			}
		}()
	}
	wg.Wait()
}

// endregion good
