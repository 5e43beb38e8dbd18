//go:build go1.1

// Package deadlock takes several locks in one global order, so no two
// goroutines can each hold a lock the other is waiting for.
package deadlock

import (
	"errors"
	"sync"
)

// ErrInsufficient is returned when the source account lacks the funds.
var ErrInsufficient = errors.New("insufficient funds")

// Account is a balance guarded by a mutex. Its ID fixes its place in the
// lock order.
type Account struct {
	ID      int
	mu      sync.Mutex
	balance int
}

// pauseBetweenLocks is a test hook; see the Bad version.
var pauseBetweenLocks = func() {}

// region transfer

// Transfer moves amount from one account to the other. Whatever the
// direction, it locks the account with the lower ID first, so two
// transfers between the same accounts always queue on the same lock.
func Transfer(from, to *Account, amount int) error {
	first, second := from, to
	if second.ID < first.ID { // [!code highlight]
		first, second = second, first // [!code highlight]
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	pauseBetweenLocks()
	second.mu.Lock()
	defer second.mu.Unlock()

	if from.balance < amount {
		return ErrInsufficient
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

// endregion transfer
