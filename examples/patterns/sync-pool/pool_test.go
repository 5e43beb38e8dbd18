//go:build go1.25

package syncpool_test

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	syncpool "fieldguide.dev/examples/patterns/sync-pool"
)

// Many goroutines share the pool; each must get exactly its own output,
// never bytes left by another call.
func TestWriteJSONConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			var out bytes.Buffer
			if err := syncpool.WriteJSON(&out, map[string]int{"n": i}); err != nil {
				t.Error(err)
				return
			}
			if got, want := out.String(), fmt.Sprintf("{\"n\":%d}\n", i); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
	wg.Wait()
}

// A value that cannot be encoded writes nothing.
func TestWriteJSONError(t *testing.T) {
	var out bytes.Buffer
	if err := syncpool.WriteJSON(&out, make(chan int)); err == nil {
		t.Error("want an error for a channel")
	}
	if out.Len() != 0 {
		t.Errorf("wrote %q on error", out.String())
	}
}

// A huge buffer is used once and then dropped, not pooled.
func TestWriteJSONLarge(t *testing.T) {
	var out bytes.Buffer
	big := bytes.Repeat([]byte("x"), 128<<10)
	if err := syncpool.WriteJSON(&out, string(big)); err != nil {
		t.Fatal(err)
	}
	if out.Len() != len(big)+3 { // quotes and newline
		t.Errorf("wrote %d bytes", out.Len())
	}
}
