//go:build bad

package bad

import (
	"testing"
	"testing/synctest"
	"time"

	expiry "fieldguide.dev/examples/patterns/synctest"
)

// region test

func TestEntryExpiresAfterTTL(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := expiry.New[string, int](time.Minute) // [!code highlight]
		c.Set("a", 1)
		time.Sleep(time.Minute)
		if _, ok := c.Get("a"); ok {
			t.Fatal("at its TTL, the entry is still there")
		}
	})
}

// endregion test
