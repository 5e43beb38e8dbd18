//go:build bad

// Package bad assigns one error variable from several goroutines.
package bad

import (
	"context"
	"sync"
)

// Record is a row to save.
type Record struct {
	ID   string
	Data string
}

// region save-all

// SaveAll saves every record at once and returns an error if any save
// failed.
func SaveAll(ctx context.Context, records []Record, save func(context.Context, Record) error) error {
	var err error
	var wg sync.WaitGroup
	for _, r := range records {
		wg.Go(func() {
			if e := save(ctx, r); e != nil {
				err = e // [!code highlight]
			}
		})
	}
	wg.Wait()
	return err
}

// endregion save-all
