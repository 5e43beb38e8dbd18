package copiedmutex

import (
	"sync"
	"testing"
	"time"
)

// Run these with -race: unlocked access shows up only as a data race.
// Inventory takes no context or callback and writes no response, so there
// is nothing to cancel, call back or write partly.

func TestCloneCanBeChanged(t *testing.T) {
	var inv Inventory
	inv.Add("apple", 3)
	plan := inv.Clone()
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
	if got := plan.Stock("apple"); got != 0 {
		t.Errorf("clone's Stock = %d, want 0", got)
	}
}

func TestCloneDoesNotSeeLaterChanges(t *testing.T) {
	var inv Inventory
	inv.Add("pear", 1)
	plan := inv.Clone()
	inv.Add("pear", 1)
	inv.Add("fig", 5)
	if got := plan.Stock("pear"); got != 1 {
		t.Errorf("clone's pear = %d, want 1", got)
	}
	if got := plan.Stock("fig"); got != 0 {
		t.Errorf("clone's fig = %d, want 0", got)
	}
}

func TestZeroInventory(t *testing.T) {
	var inv Inventory
	if got := inv.Stock("apple"); got != 0 {
		t.Errorf("Stock of a zero Inventory = %d, want 0", got)
	}
	plan := inv.Clone()
	plan.Add("apple", 2)
	plan.Clone().Add("apple", 1)
	if got, want := plan.Stock("apple"), 2; got != want {
		t.Errorf("clone of a zero Inventory: Stock = %d, want %d", got, want)
	}
	if got := inv.Stock("apple"); got != 0 {
		t.Errorf("original changed through its clone: Stock = %d", got)
	}
}

func TestCloneWhileOthersAdd(t *testing.T) {
	var inv Inventory
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 1_000 {
				inv.Add("apple", 1)
			}
		})
	}
	var clones []*Inventory
	wg.Go(func() {
		for range 100 {
			clones = append(clones, inv.Clone())
		}
	})
	wg.Wait()
	if got := inv.Stock("apple"); got != 4_000 {
		t.Errorf("Stock = %d, want 4000", got)
	}
	last := -1
	for _, c := range clones {
		n := c.Stock("apple")
		if n < last || n > 4_000 {
			t.Fatalf("clone stocks go %d then %d: a clone saw a torn or future state", last, n)
		}
		last = n
		c.Add("apple", 1)
	}
}

func TestStockWhileOthersAddAndClone(t *testing.T) {
	var inv Inventory
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for range 1_000 {
				inv.Add("apple", 1)
			}
		})
	}
	wg.Go(func() {
		for range 1_000 {
			if n := inv.Stock("apple"); n < 0 || n > 2_000 {
				t.Errorf("Stock = %d mid-way, want 0 to 2000", n)
				return
			}
		}
	})
	wg.Go(func() {
		for range 100 {
			inv.Clone().Clone().Add("apple", -1)
		}
	})
	wg.Wait()
	if got := inv.Stock("apple"); got != 2_000 {
		t.Errorf("Stock = %d, want 2000", got)
	}
}
