//go:build bad && go1.21

// Package bad captures a loop variable under pre-1.22 semantics: the
// go1.21 build constraint gives this file the old rules, one variable for
// the whole loop.
package bad

import (
	"slices"
	"sync"
)

// region collect

// Squares returns the square of every value, one goroutine per value.
//
// BUG (Go 1.21 and earlier): v is one variable shared by every iteration.
// The goroutines read it whenever they get to run, usually after the loop
// has moved on, so most of them see the last value, and they race with
// the loop's writes to it.
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
