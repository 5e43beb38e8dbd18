//go:build bad

package bad

import (
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

// region test

func TestConcurrentGetsDialOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var dials atomic.Int32
		p := NewPool(func(host string) (*Conn, error) {
			dials.Add(1)
			time.Sleep(10 * time.Millisecond) // a TCP and TLS handshake
			return &Conn{Host: host}, nil
		})
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() { p.Get("db:5432") }) // [!code highlight]
		}
		wg.Wait()
		if n := dials.Load(); n != 1 {
			t.Fatalf("8 concurrent Gets dialled %d connections to one host, want 1", n)
		}
	})
}

// endregion test
