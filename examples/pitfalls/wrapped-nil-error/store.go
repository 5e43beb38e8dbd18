// Package store saves orders through a database that may refuse duplicates.
package store

import (
	"context"
	"errors"
	"fmt"
)

// ErrDuplicate is what the database returns for an order it already has.
var ErrDuplicate = errors.New("duplicate key")

// Order is an order to save.
type Order struct{ ID string }

// Inserter is the database.
type Inserter interface {
	Insert(ctx context.Context, o Order) error
}

// Store saves orders.
type Store struct{ DB Inserter }

// region save

// Save writes o. An order saved before counts as saved: retries are safe.
func (s *Store) Save(ctx context.Context, o Order) error {
	err := s.DB.Insert(ctx, o)
	if err == nil || errors.Is(err, ErrDuplicate) { // [!code highlight]
		return nil
	}
	return fmt.Errorf("save order %s: %w", o.ID, err)
}

// endregion save
