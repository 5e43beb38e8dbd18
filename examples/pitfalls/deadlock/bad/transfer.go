//go:build bad

// Package bad takes two locks in an order that depends on the arguments,
// so two opposite transfers can deadlock.
package bad

import (
	"errors"
	"sync"
)

// ErrInsufficient is returned when the source account lacks the funds.
var ErrInsufficient = errors.New("insufficient funds")

// Account is a balance guarded by a mutex.
type Account struct {
	mu      sync.Mutex
	balance int
}

// pauseBetweenLocks is a test hook: the test widens the window between
// the two Lock calls so the deadlock happens on every run, not one in a
// thousand.
var pauseBetweenLocks = func() {}

// region transfer

// Transfer moves amount from one account to the other.
//
// BUG: it locks from, then to. Transfer(a, b) and Transfer(b, a) running
// at once each take their first lock and wait forever for the other's.
func Transfer(from, to *Account, amount int) error {
	from.mu.Lock() // [!code highlight]
	defer from.mu.Unlock()
	pauseBetweenLocks()
	to.mu.Lock() // waits for a lock the other transfer holds // [!code highlight]
	defer to.mu.Unlock()

	if from.balance < amount {
		return ErrInsufficient
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

// endregion transfer
