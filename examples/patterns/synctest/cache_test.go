package expiry

import (
	"fmt"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// region expires

func TestEntryExpiresAfterTTL(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := New[string, int](time.Minute)
		defer c.Close()
		time.Sleep(time.Second) // returns at once: the clock is fake
		c.Set("a", 1)           // expires at 1m1s; the sweeps run at 1m and 2m
		time.Sleep(time.Minute - time.Nanosecond)
		if v, ok := c.Get("a"); !ok || v != 1 {
			t.Fatalf("a nanosecond before its TTL, Get = %d, %t; want 1, true", v, ok)
		}
		time.Sleep(time.Nanosecond)
		if _, ok := c.Get("a"); ok {
			t.Fatal("at its TTL, Get still returns the entry")
		}
		if n := c.Len(); n != 1 {
			t.Fatalf("Len = %d, want 1: no sweep has run since the entry expired", n)
		}
	})
}

// endregion expires

// region sweep

func TestSweepRemovesExpiredEntries(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := New[string, int](time.Minute)
		defer c.Close()
		c.Set("old", 1)
		time.Sleep(30 * time.Second)
		c.Set("new", 2)
		time.Sleep(30 * time.Second)
		synctest.Wait() // until the sweep due now has run and is blocked again
		if n := c.Len(); n != 1 {
			t.Fatalf("after one TTL, Len = %d, want 1: the sweep has not removed old", n)
		}
		if _, ok := c.Get("new"); !ok {
			t.Fatal("the sweep removed an entry that had not expired")
		}
		time.Sleep(time.Minute)
		synctest.Wait()
		if n := c.Len(); n != 0 {
			t.Fatalf("after two TTLs, Len = %d, want 0", n)
		}
	})
}

// endregion sweep

// Setting a key again restarts its TTL.
func TestSetAgainRenewsTheEntry(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := New[string, int](time.Minute)
		defer c.Close()
		c.Set("a", 1)
		time.Sleep(50 * time.Second)
		c.Set("a", 2)
		time.Sleep(50 * time.Second)
		synctest.Wait()
		if v, ok := c.Get("a"); !ok || v != 2 {
			t.Fatalf("50s after it was set again, Get = %d, %t; want 2, true", v, ok)
		}
	})
}

// Close waits for the sweeping goroutine, may be called again and from
// several goroutines at once, and leaves a cache that still works.
// synctest.Test itself fails if Close leaves the sweeping goroutine running.
func TestCloseStopsTheSweeper(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := New[string, int](time.Minute)
		c.Close()
		select {
		case <-c.stopped:
		default:
			t.Fatal("Close returned before the sweeping goroutine did")
		}
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(c.Close)
		}
		wg.Wait()
		c.Set("a", 1)
		if v, ok := c.Get("a"); !ok || v != 1 {
			t.Fatalf("after Close, Get = %d, %t; want 1, true", v, ok)
		}
	})
}

func TestConcurrentUse(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := New[string, int](time.Second)
		defer c.Close()
		var wg sync.WaitGroup
		for i := range 8 {
			wg.Go(func() {
				for j := range 100 {
					key := fmt.Sprint(j % 10)
					c.Set(key, i)
					c.Get(key)
					c.Len()
					time.Sleep(100 * time.Millisecond)
				}
			})
		}
		wg.Wait()
	})
}

func TestZeroValuesAndMissingKeys(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := New[string, *int](time.Minute)
		defer c.Close()
		if v, ok := c.Get("missing"); ok || v != nil {
			t.Fatalf("Get of a missing key = %v, %t; want nil, false", v, ok)
		}
		c.Set("", nil)
		if v, ok := c.Get(""); !ok || v != nil {
			t.Fatalf("Get of a stored nil under the empty key = %v, %t; want nil, true", v, ok)
		}
	})
}

func TestNewRejectsANonPositiveTTL(t *testing.T) {
	for _, ttl := range []time.Duration{0, -time.Second} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("New(%v) did not panic", ttl)
				}
			}()
			New[string, int](ttl)
		}()
	}
}
