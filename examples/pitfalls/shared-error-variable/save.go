// Package sharederr collects the errors of several goroutines without a
// shared variable.
package sharederr

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Record is a row to save.
type Record struct {
	ID   string
	Data string
}

// region save-all

// SaveAll saves every record at once and returns the errors of all the
// saves that failed, joined, or nil if none did.
func SaveAll(ctx context.Context, records []Record, save func(context.Context, Record) error) error {
	errs := make([]error, len(records)) // [!code highlight]
	var wg sync.WaitGroup
	for i, r := range records {
		wg.Go(func() {
			if err := save(ctx, r); err != nil {
				errs[i] = fmt.Errorf("save %s: %w", r.ID, err) // [!code highlight]
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...) // [!code highlight]
}

// endregion save-all
