//go:build bad

// Package bad is the code under test for the shared-test-state
// pitfall: an order that reserves stock through an interface.
package bad

import (
	"errors"
	"fmt"
)

// ErrOutOfStock is returned when fewer items are left than ordered.
var ErrOutOfStock = errors.New("out of stock")

// Inventory reserves items.
type Inventory interface {
	Reserve(sku string, n int) error
}

// Order reserves n items of sku.
func Order(inv Inventory, sku string, n int) error {
	if err := inv.Reserve(sku, n); err != nil {
		return fmt.Errorf("order %d %s: %w", n, sku, err)
	}
	return nil
}
