//go:build go1.24

// The build constraint gives this file the language version of a module
// whose go line predates WaitGroup.Go, so go fix leaves it as it is.

package waitgroupmisuse

import "sync"

// region add-before-go

// FetchAllBefore125 is FetchAll for modules whose go line is older than
// 1.25, which have no WaitGroup.Go: Add runs before the go statement.
func FetchAllBefore125(urls []string, fetch func(url string) string) []string {
	bodies := make([]string, len(urls))
	var wg sync.WaitGroup
	for i, url := range urls {
		wg.Add(1) // [!code highlight]
		go func() {
			defer wg.Done()
			bodies[i] = fetch(url)
		}()
	}
	wg.Wait()
	return bodies
}

// endregion add-before-go
