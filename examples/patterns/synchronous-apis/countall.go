package synchronousapis

import (
	"context"
	"errors"
	"strings"
	"sync"
)

// region caller

// CountAll counts the words of every text concurrently. The concurrency is
// the caller's decision, written here in a few lines around the
// synchronous CountWords: the caller chooses how many goroutines (here
// one per text; bound them, with errgroup.SetLimit say, for large inputs),
// waits for all of them, and collects every error.
func CountAll(ctx context.Context, texts []string) ([]int, error) {
	counts := make([]int, len(texts))
	errs := make([]error, len(texts))
	var wg sync.WaitGroup
	for i, text := range texts {
		wg.Go(func() { // [!code highlight]
			counts[i], errs[i] = CountWords(ctx, strings.NewReader(text))
		})
	}
	wg.Wait() // [!code highlight]
	return counts, errors.Join(errs...)
}

// endregion caller
