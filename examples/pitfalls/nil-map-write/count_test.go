package nilmapwrite_test

import (
	"strconv"
	"sync"
	"testing"

	nilmapwrite "fieldguide.dev/examples/pitfalls/nil-map-write"
)

// region test

func TestCountWords(t *testing.T) {
	got := nilmapwrite.CountWords([]string{"go", "vet", "go"})
	if got["go"] != 2 || got["vet"] != 1 {
		t.Errorf("CountWords = %v", got)
	}
}

// endregion test

func TestCacheZeroValue(t *testing.T) {
	var c nilmapwrite.Cache // declared, not built with NewCache
	c.Set("k", "v")
	if v, ok := c.Get("k"); !ok || v != "v" {
		t.Errorf("Get = %q, %v", v, ok)
	}
	if _, ok := nilmapwrite.NewCache().Get("missing"); ok {
		t.Error("found a missing key")
	}
}

// The zero Cache from many goroutines at once: the lazy make and every
// write must happen under the write lock, which -race checks here.
func TestCacheZeroValueConcurrent(t *testing.T) {
	var c nilmapwrite.Cache
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			k := strconv.Itoa(i)
			c.Set(k, k)
			c.Get(k)
		})
	}
	wg.Wait()
	for i := range 8 {
		k := strconv.Itoa(i)
		if v, ok := c.Get(k); !ok || v != k {
			t.Errorf("Get(%q) = %q, %v", k, v, ok)
		}
	}
}
