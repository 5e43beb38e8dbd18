//go:build bad

// Package bad counts goroutines into a WaitGroup from inside them.
package bad

import "sync"

// region fetch-all

// FetchAll calls fetch for every URL at once and returns the bodies in the
// order of urls.
func FetchAll(urls []string, fetch func(url string) string) []string {
	bodies := make([]string, len(urls))
	var wg sync.WaitGroup
	for i, url := range urls {
		go func() {
			wg.Add(1) // [!code highlight]
			defer wg.Done()
			bodies[i] = fetch(url)
		}()
	}
	wg.Wait()
	return bodies
}

// endregion fetch-all
