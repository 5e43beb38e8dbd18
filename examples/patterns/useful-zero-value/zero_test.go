package usefulzerovalue

import (
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"
)

// region proof

// A Set declared with var, never initialized, works, also from many
// goroutines at once (run with -race).
func TestZeroSetIsUsable(t *testing.T) {
	var s Set // no constructor
	if s.Has("a") || s.Len() != 0 {
		t.Fatal("zero Set is not empty")
	}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() { s.Add(fmt.Sprint(i % 10)) })
	}
	wg.Wait()
	if s.Len() != 10 || !s.Has("7") {
		t.Errorf("Len() = %d, want 10", s.Len())
	}
}

// The zero Client uses the documented defaults; set fields override them.
func TestZeroClientUsesDefaults(t *testing.T) {
	var c Client
	if c.timeout() != 30*time.Second || c.httpClient() != http.DefaultClient {
		t.Errorf("zero Client: timeout %v, client %p", c.timeout(), c.httpClient())
	}
	custom := &http.Client{}
	c = Client{Timeout: time.Second, HTTP: custom}
	if c.timeout() != time.Second || c.httpClient() != custom {
		t.Error("set fields were not used")
	}
}

// endregion proof

// Has and Len run while Add writes: each must take the lock itself, which
// -race checks here (the test above reads only after Wait).
func TestZeroSetConcurrentReadWrite(t *testing.T) {
	var s Set
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() { s.Add(fmt.Sprint(i)) })
		wg.Go(func() { _ = s.Has(fmt.Sprint(i)); _ = s.Len() })
	}
	wg.Wait()
	if s.Len() != 8 {
		t.Errorf("Len() = %d, want 8", s.Len())
	}
}
