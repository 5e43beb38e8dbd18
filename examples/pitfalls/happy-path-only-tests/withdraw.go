//go:build go1.13

// Package happypathonlytests is the code under test for the
// happy-path-only-tests pitfall: a withdrawal with two error paths.
package happypathonlytests

import (
	"errors"
	"fmt"
)

// region withdraw

// Errors Withdraw returns.
var (
	ErrInvalidAmount     = errors.New("amount must be positive")
	ErrInsufficientFunds = errors.New("insufficient funds")
)

// Withdraw returns the balance left after taking amount from balance.
func Withdraw(balance, amount int) (int, error) {
	if amount <= 0 {
		return balance, fmt.Errorf("withdraw %d: %w", amount, ErrInvalidAmount)
	}
	if amount > balance {
		return balance, fmt.Errorf("withdraw %d from %d: %w", amount, balance, ErrInsufficientFunds)
	}
	return balance - amount, nil
}

// endregion withdraw
