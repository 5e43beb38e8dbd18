package r2

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"
)

// region batch

// HashAll returns the hex SHA-256 of every item, hashing up to limit items
// at a time; a limit below 1 means one at a time. Each goroutine writes
// only its own element of sums, so they need no lock, and wg.Wait makes
// all the writes visible before the return.
func HashAll(items []string, limit int) []string {
	limit = max(limit, 1) // a 0-slot semaphore would block the first send forever
	sums := make([]string, len(items))
	sem := make(chan struct{}, limit) // at most limit goroutines at once
	var wg sync.WaitGroup
	for i, item := range items {
		sem <- struct{}{} // blocks while limit goroutines are running
		wg.Go(func() {
			defer func() { <-sem }()
			sum := sha256.Sum256([]byte(item))
			sums[i] = hex.EncodeToString(sum[:])
		})
	}
	wg.Wait() // [!code highlight]
	return sums
}

// endregion batch
