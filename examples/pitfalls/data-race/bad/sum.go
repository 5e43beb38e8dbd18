//go:build bad

// Package bad has a data race: goroutines update one variable with no
// synchronisation.
package bad

import "sync"

// region race

// SumSquares adds up n*n for every n in nums, one goroutine per number.
//
// BUG: total += sq is a read, an add and a write. Goroutines running it at
// once overwrite each other's updates, so the sum comes out too small, now
// and then. go test -race reports it every time.
func SumSquares(nums []int) int {
	var (
		total int
		wg    sync.WaitGroup
	)
	for _, n := range nums {
		wg.Go(func() {
			total += n * n // unsynchronised read-modify-write // [!code highlight]
		})
	}
	wg.Wait()
	return total
}

// endregion race
