// Package datarace shows two race-free ways for goroutines to build one
// result: guard the shared variable with a mutex, or share nothing and
// send values over a channel.
package datarace

import "sync"

// region mutex

// SumSquares adds up n*n for every n in nums, one goroutine per number.
// The goroutines share total, so every access to it holds mu; the lock is
// taken only for the update, not for the work.
func SumSquares(nums []int) int {
	var (
		mu    sync.Mutex
		total int
		wg    sync.WaitGroup
	)
	for _, n := range nums {
		wg.Go(func() {
			sq := n * n
			mu.Lock()         // [!code highlight]
			defer mu.Unlock() // [!code highlight]
			total += sq
		})
	}
	wg.Wait() // every goroutine's write happens before Wait returns
	return total
}

// endregion mutex
