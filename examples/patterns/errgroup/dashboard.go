// Package errgroup runs a few related calls concurrently with
// golang.org/x/sync/errgroup: wait for all of them, return the first error,
// and cancel the rest as soon as one fails.
package errgroup

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

// Store is the data source the dashboard reads from.
type Store interface {
	Users(ctx context.Context) ([]string, error)
	Orders(ctx context.Context) ([]int, error)
}

// Dashboard is what one page shows.
type Dashboard struct {
	Users  []string
	Orders []int
}

// region load

// Load fetches users and orders at the same time. If either fetch fails,
// the context both share is cancelled so the other stops early, and Load
// returns the first error. Each goroutine writes its own variable, and
// g.Wait makes both writes visible here, so no lock is needed.
func Load(ctx context.Context, s Store) (Dashboard, error) {
	g, ctx := errgroup.WithContext(ctx) // [!code highlight]
	var d Dashboard
	g.Go(func() error {
		users, err := s.Users(ctx)
		if err != nil {
			return fmt.Errorf("load users: %w", err)
		}
		d.Users = users
		return nil
	})
	g.Go(func() error {
		orders, err := s.Orders(ctx)
		if err != nil {
			return fmt.Errorf("load orders: %w", err)
		}
		d.Orders = orders
		return nil
	})
	if err := g.Wait(); err != nil { // [!code highlight]
		return Dashboard{}, err
	}
	return d, nil
}

// endregion load
