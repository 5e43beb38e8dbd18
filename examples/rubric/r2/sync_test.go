package r2_test

import (
	"fmt"
	"sync"
	"testing"

	"fieldguide.dev/examples/rubric/r2"
)

// Each test hammers a type from many goroutines; go test -race fails it if
// any access is unsynchronised.

func TestSafeCounter(t *testing.T) {
	c := r2.NewSafeCounter()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 1000 {
				c.Inc("a")
				c.Inc("b")
				c.Get("a")
			}
		})
	}
	wg.Wait()
	if a, b, none := c.Get("a"), c.Get("b"), c.Get("x"); a != 8000 || b != 8000 || none != 0 {
		t.Errorf("counts a=%d b=%d x=%d, want 8000 8000 0", a, b, none)
	}
}

func TestCache(t *testing.T) {
	c := r2.NewCache()
	if _, ok := c.Get("k"); ok {
		t.Error("Get on an empty cache reported a hit")
	}

	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			key := fmt.Sprint("k", i)
			for range 100 {
				c.Set(key, "v")
				c.Get(key)
				c.Get("k0")
			}
		})
	}
	wg.Wait()

	for i := range 8 {
		if v, ok := c.Get(fmt.Sprint("k", i)); !ok || v != "v" {
			t.Errorf("Get(k%d) = (%q, %v), want (\"v\", true)", i, v, ok)
		}
	}
	c.Set("k0", "new")
	if v, _ := c.Get("k0"); v != "new" {
		t.Errorf("after Set, Get(k0) = %q, want \"new\"", v)
	}
}

func TestCounter(t *testing.T) {
	var c r2.Counter // the zero value is ready
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 1000 {
				c.Inc()
			}
		})
	}
	wg.Wait()
	if got := c.Value(); got != 8000 {
		t.Errorf("Value = %d, want 8000", got)
	}
}

func ExamplePrimes() {
	var p r2.Primes // nothing is computed yet
	fmt.Println(p.IsPrime(7), p.IsPrime(9), p.IsPrime(65521))
	// Output: true false true
}

func TestPrimesConcurrentFirstUse(t *testing.T) {
	var p r2.Primes
	want := map[int]bool{0: false, 1: false, 2: true, 3: true, 4: false, 29: true, 91: false, 97: true}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { // all race to trigger the first build
			for n, isPrime := range want {
				if got := p.IsPrime(n); got != isPrime {
					t.Errorf("IsPrime(%d) = %v, want %v", n, got, isPrime)
				}
			}
		})
	}
	wg.Wait()
}
