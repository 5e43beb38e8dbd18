package syncpool

import (
	"io"
	"strings"
	"testing"
)

// A buffer grown past maxPooled by one huge message is dropped, not
// pooled: the next Get must not hand back its 128 KiB and more.
func TestHugeBufferIsNotPooled(t *testing.T) {
	if err := WriteJSON(io.Discard, strings.Repeat("x", 128<<10)); err != nil {
		t.Fatal(err)
	}
	for range 10 { // the pool may hold several buffers; none may be huge
		if c := bufPool.Get().(interface{ Cap() int }).Cap(); c > maxPooled {
			t.Fatalf("pooled buffer of %d bytes, over maxPooled (%d)", c, maxPooled)
		}
	}
}
