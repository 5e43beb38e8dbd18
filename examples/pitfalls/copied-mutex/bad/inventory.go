//go:build bad

// Package bad copies a struct that holds a mutex.
package bad

import "sync"

// region inventory

// Inventory counts the stock of each item. It is safe for concurrent use,
// and its zero value is empty.
type Inventory struct {
	mu    sync.Mutex
	stock map[string]int
}

// Add changes the stock of item by n, which may be negative. It does not
// stop the stock going below zero or overflowing.
func (inv *Inventory) Add(item string, n int) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.stock == nil {
		inv.stock = make(map[string]int)
	}
	inv.stock[item] += n
}

// Stock returns the stock of item.
func (inv *Inventory) Stock(item string) int {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	return inv.stock[item]
}

// Clone returns a copy to change in a what-if report.
func (inv *Inventory) Clone() Inventory {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	return *inv // [!code highlight]
}

// endregion inventory
