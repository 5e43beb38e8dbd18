//go:build go1.17

// Package deadlock takes several locks in one global order, so no two
// goroutines can each hold a lock the other is waiting for.
package deadlock

import (
	"errors"
	"math"
	"sync"
)

// Errors returned by Transfer.
var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrInvalid      = errors.New("invalid transfer")
)

// Account is a balance guarded by a mutex. Its ID fixes its place in the
// lock order, so each account needs an ID no other account has.
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
// A nil account, a negative amount, a credit that would overflow, or two
// accounts with one ID (which includes the same account twice, whose mutex
// it would lock twice), is ErrInvalid.
func Transfer(from, to *Account, amount int) error {
	if from == nil || to == nil || amount < 0 || from.ID == to.ID { // [!code highlight]
		return ErrInvalid
	}
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
	if to.balance > math.MaxInt-amount {
		return ErrInvalid // the credit would overflow
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

// endregion transfer
