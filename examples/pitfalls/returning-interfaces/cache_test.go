package returninginterfaces_test

import (
	"fmt"
	"testing"

	ri "fieldguide.dev/examples/pitfalls/returning-interfaces"
)

// region consumer

// getter is declared by a consumer that only reads.
type getter interface {
	Get(key string) (string, bool)
}

func lookup(g getter, key string) string {
	v, _ := g.Get(key)
	return v
}

func ExampleNewCache() {
	c := ri.NewCache()
	c.Set("lang", "Go")
	fmt.Println(lookup(c, "lang")) // *MemoryCache satisfies getter
	fmt.Println(c.Len())           // and Len is still reachable
	// Output:
	// Go
	// 1
}

// endregion consumer

// The exported type's zero value works, since callers can now declare one.
func TestZeroMemoryCache(t *testing.T) {
	var c ri.MemoryCache
	c.Set("k", "v")
	if v, ok := c.Get("k"); !ok || v != "v" || c.Len() != 1 {
		t.Errorf("zero cache: Get = %q, %v; Len = %d", v, ok, c.Len())
	}
}
