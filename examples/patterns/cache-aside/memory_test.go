//go:build go1.24

package cacheaside

import (
	"fmt"
	"testing"
	"time"
)

// 100,000 one-off keys, each expired before the next is set: the map holds
// only what has not expired, not every key ever seen.
func TestMemoryCacheDropsExpiredEntries(t *testing.T) {
	now := time.Unix(0, 0)
	c := &MemoryCache[int]{Now: func() time.Time { return now }}
	for i := range 100_000 {
		c.Set(t.Context(), fmt.Sprint("k", i), i, time.Second)
		now = now.Add(time.Second)
	}
	if n := len(c.entries); n > 64 {
		t.Errorf("%d entries after 100,000 expired keys, want at most 64", n)
	}
	c.Set(t.Context(), "live", 1, time.Hour)
	now = now.Add(time.Minute)
	if v, ok, _ := c.Get(t.Context(), "live"); !ok || v != 1 {
		t.Errorf("a live entry was swept: %v, %v", v, ok)
	}
}
