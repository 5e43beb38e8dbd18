package nilmapwrite_test

import (
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
