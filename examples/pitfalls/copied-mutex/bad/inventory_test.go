//go:build bad

package bad

import (
	"testing"
	"time"
)

// region test

func TestCloneCanBeChanged(t *testing.T) {
	var inv Inventory
	inv.Add("apple", 3)
	plan := inv.Clone() // [!code highlight]
	done := make(chan struct{})
	go func() {
		defer close(done)
		plan.Add("apple", -3)
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
		t.Fatal("Add on the clone is still waiting for its lock after 1s")
	}
	if got := inv.Stock("apple"); got != 3 {
		t.Errorf("Stock after changing the clone = %d, want 3", got)
	}
}

// endregion test
