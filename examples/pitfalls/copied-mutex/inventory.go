// Package copiedmutex copies the data guarded by a mutex, never the mutex.
package copiedmutex

import (
	"maps"
	"sync"
)

// region inventory

// Inventory counts the stock of each item. It is safe for concurrent use,
// its zero value is empty, and it must not be copied: pass *Inventory.
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

// Clone returns an independent Inventory with the same stock, to change in
// a what-if report. It has a mutex of its own.
func (inv *Inventory) Clone() *Inventory {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	return &Inventory{stock: maps.Clone(inv.stock)} // [!code highlight]
}

// endregion inventory
