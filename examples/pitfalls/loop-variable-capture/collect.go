//go:build go1.22

// Package loopvariablecapture shows closures that capture a loop variable.
// Since Go 1.22 each iteration has its own variable, so this code is
// correct as written.
package loopvariablecapture

import (
	"slices"
	"sync"
)

// region collect

// Squares returns the square of every value, computed in one goroutine per
// value. Each closure captures v; since Go 1.22 every iteration declares a
// new v, so each goroutine sees its own value.
func Squares(vals []int) []int {
	var (
		mu  sync.Mutex
		wg  sync.WaitGroup
		out []int
	)
	for _, v := range vals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			out = append(out, v*v) // [!code highlight]
		}()
	}
	wg.Wait()
	slices.Sort(out)
	return out
}

// endregion collect
