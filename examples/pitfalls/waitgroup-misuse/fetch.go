// Package waitgroupmisuse waits for a set of goroutines with a WaitGroup.
package waitgroupmisuse

import "sync"

// region fetch-all

// FetchAll calls fetch for every URL at once and returns the bodies in the
// order of urls. If fetch panics, the program crashes: FetchAll does not
// recover, and a recover in its caller cannot catch the panic.
func FetchAll(urls []string, fetch func(url string) string) []string {
	bodies := make([]string, len(urls))
	var wg sync.WaitGroup
	for i, url := range urls {
		wg.Go(func() { // [!code highlight]
			bodies[i] = fetch(url)
		})
	}
	wg.Wait()
	return bodies
}

// endregion fetch-all
