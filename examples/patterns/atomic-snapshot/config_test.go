package config

import (
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
)

// Every version a reader loads is whole: one Update's three changes, never
// part of one and part of another. Run with -race, this also catches a
// writer that changes the published version in place.
func TestReadersSeeWholeVersions(t *testing.T) {
	set := func(i int) func(*Config) {
		return func(c *Config) {
			c.Timeout = time.Duration(i) * time.Millisecond
			c.Limits["mobile"] = i
			c.Backends = append(c.Backends[:0], fmt.Sprint("10.0.0.", i))
		}
	}
	s := NewStore(Config{})
	s.Update(set(0))
	var readers sync.WaitGroup
	for range 4 {
		readers.Go(func() {
			for range 2000 {
				c := s.Load()
				i := c.Limits["mobile"]
				if c.Timeout != time.Duration(i)*time.Millisecond || !slices.Equal(c.Backends, []string{fmt.Sprint("10.0.0.", i)}) {
					t.Errorf("a reader saw a mixed version: %v, %v, %v", c.Timeout, c.Limits, c.Backends)
					return
				}
			}
		})
	}
	done := make(chan struct{})
	go func() {
		readers.Wait()
		close(done)
	}()
	for i := 1; ; i++ {
		select {
		case <-done:
			return
		default:
			s.Update(set(i))
		}
	}
}

func TestConcurrentUpdatesLoseNothing(t *testing.T) {
	s := NewStore(Config{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				s.Update(func(c *Config) {
					n := c.Limits["requests"]
					runtime.Gosched() // give another writer the chance to interleave
					c.Limits["requests"] = n + 1
				})
			}
		})
	}
	wg.Wait()
	if n := s.Load().Limits["requests"]; n != 800 {
		t.Fatalf("8 goroutines × 100 updates counted %d, want 800", n)
	}
}

// A version once loaded never changes, whatever later Updates do, and an
// Update copies every field, not only those it changes.
func TestAnOldVersionStaysAsItWas(t *testing.T) {
	initial := Config{Timeout: time.Second, Limits: map[string]int{"mobile": 10}, Backends: []string{"a", "b"}}
	s := NewStore(initial)
	initial.Limits["mobile"] = 99 // the caller's map is not the Store's
	old := s.Load()
	s.Update(func(c *Config) {})
	if same := s.Load(); !reflect.DeepEqual(same, old) || same == old {
		t.Fatalf("an Update that changes nothing published %+v, want a copy of %+v", same, old)
	}
	s.Update(func(c *Config) {
		c.Limits["mobile"] = 20
		c.Backends[0] = "changed"
		c.Backends = append(c.Backends, "c")
	})
	if old.Timeout != time.Second || old.Limits["mobile"] != 10 || !slices.Equal(old.Backends, []string{"a", "b"}) {
		t.Fatalf("the old version changed: %+v", old)
	}
	if cur := s.Load(); cur.Timeout != time.Second || cur.Limits["mobile"] != 20 || !slices.Equal(cur.Backends, []string{"changed", "b", "c"}) {
		t.Fatalf("the new version is %+v", cur)
	}
}

// The zero Store holds nothing until its first Update, and no Update leaves
// a nil map for the next one to panic on.
func TestTheZeroStoreAndANilMap(t *testing.T) {
	var s Store
	if c := s.Load(); c != nil {
		t.Fatalf("the zero Store's Load = %+v, want nil", c)
	}
	s.Update(func(c *Config) { c.Limits["mobile"] = 1 })
	s.Update(func(c *Config) { c.Limits = nil })
	s.Update(func(c *Config) { c.Limits["web"] = 2 })
	if c := s.Load(); c.Limits["web"] != 2 {
		t.Fatalf("after the Updates, Load = %+v", c)
	}
}

// A change that panics publishes nothing and leaves the Store unlocked.
func TestAPanickingChangePublishesNothing(t *testing.T) {
	s := NewStore(Config{Limits: map[string]int{"mobile": 10}})
	func() {
		defer func() { _ = recover() }()
		s.Update(func(c *Config) {
			c.Limits["mobile"] = 99
			panic("bad admin input")
		})
	}()
	if !s.mu.TryLock() {
		t.Fatal("a panicking change left the writers' lock held")
	}
	s.mu.Unlock()
	if n := s.Load().Limits["mobile"]; n != 10 {
		t.Fatalf("after a panicking change, the limit is %d, want 10", n)
	}
}
