package deadlock

import (
	"errors"
	"math"
	"sync"
	"testing"
	"time"
)

// region transfer-test

// Two opposite transfers at once. Run with go test -timeout=0 and without
// -race, so that the runtime reports the deadlock instead of waiting for
// the test timeout.
func TestOppositeTransfers(t *testing.T) {
	// Both transfers take their first lock before either takes its second.
	pauseBetweenLocks = func() { time.Sleep(20 * time.Millisecond) }
	defer func() { pauseBetweenLocks = func() {} }()

	a, b := &Account{ID: 1, balance: 100}, &Account{ID: 2, balance: 100}
	var wg sync.WaitGroup
	wg.Go(func() { _ = Transfer(a, b, 10) })
	wg.Go(func() { _ = Transfer(b, a, 30) })
	wg.Wait()

	if a.balance != 120 || b.balance != 80 {
		t.Errorf("balances %d and %d, want 120 and 80", a.balance, b.balance)
	}
}

// endregion transfer-test

// within fails the test if f has not returned after d: the deadlock these
// tests look for would otherwise hang until the test binary's timeout.
func within(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatal("Transfer did not return: deadlock")
	}
}

// Transfer(a, a) would lock a's mutex twice; it must refuse instead.
func TestTransferToSelfIsInvalid(t *testing.T) {
	a := &Account{ID: 1, balance: 100}
	var err error
	within(t, 5*time.Second, func() { err = Transfer(a, a, 10) })
	if !errors.Is(err, ErrInvalid) || a.balance != 100 {
		t.Errorf("Transfer(a, a, 10) = %v, balance %d; want ErrInvalid, 100", err, a.balance)
	}
}

// Two accounts with one ID, such as two zero values, have no lock order:
// opposite transfers between them must be refused, not deadlock.
func TestSameIDIsInvalid(t *testing.T) {
	pauseBetweenLocks = func() { time.Sleep(20 * time.Millisecond) }
	defer func() { pauseBetweenLocks = func() {} }()

	a, b := &Account{balance: 100}, &Account{balance: 100}
	var errAB, errBA error
	within(t, 5*time.Second, func() {
		var wg sync.WaitGroup
		wg.Go(func() { errAB = Transfer(a, b, 10) })
		wg.Go(func() { errBA = Transfer(b, a, 30) })
		wg.Wait()
	})
	if !errors.Is(errAB, ErrInvalid) || !errors.Is(errBA, ErrInvalid) {
		t.Errorf("errors %v and %v, want ErrInvalid for both", errAB, errBA)
	}
}

// A negative amount would pass the funds check and move money backwards.
func TestNegativeAmountIsInvalid(t *testing.T) {
	a, b := &Account{ID: 1}, &Account{ID: 2}
	if err := Transfer(a, b, -50); !errors.Is(err, ErrInvalid) {
		t.Errorf("Transfer(a, b, -50) = %v, balances %d and %d; want ErrInvalid", err, a.balance, b.balance)
	}
}

func TestInsufficientFundsChangesNothing(t *testing.T) {
	a, b := &Account{ID: 1, balance: 5}, &Account{ID: 2}
	if err := Transfer(a, b, 10); !errors.Is(err, ErrInsufficient) || a.balance != 5 || b.balance != 0 {
		t.Errorf("Transfer = %v, balances %d and %d; want ErrInsufficient, 5 and 0", err, a.balance, b.balance)
	}
}

func TestNilAccountAndOverflowAreInvalid(t *testing.T) {
	a := &Account{ID: 1, balance: 100}
	if err := Transfer(nil, a, 1); !errors.Is(err, ErrInvalid) {
		t.Errorf("Transfer(nil, a) = %v, want ErrInvalid", err)
	}
	if err := Transfer(a, nil, 1); !errors.Is(err, ErrInvalid) {
		t.Errorf("Transfer(a, nil) = %v, want ErrInvalid", err)
	}
	rich := &Account{ID: 2, balance: math.MaxInt - 5}
	if err := Transfer(a, rich, 10); !errors.Is(err, ErrInvalid) || rich.balance != math.MaxInt-5 || a.balance != 100 {
		t.Errorf("overflowing credit = %v, balances %d and %d; want ErrInvalid and no change", err, a.balance, rich.balance)
	}
}
