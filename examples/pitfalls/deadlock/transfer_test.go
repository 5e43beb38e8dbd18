package deadlock

import (
	"sync"
	"testing"
	"time"
)

// region transfer-test

// Two opposite transfers at once. Run with go test -timeout=0, so that the
// runtime reports the deadlock instead of waiting for the test timeout.
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
