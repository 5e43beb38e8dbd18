package r2_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"testing"

	"fieldguide.dev/examples/rubric/r2"
)

func ExampleHashAll() {
	for _, sum := range r2.HashAll([]string{"a", "b", "c"}, 2) {
		fmt.Println(sum[:12])
	}
	// Output:
	// ca978112ca1b
	// 3e23e8160039
	// 2e7d2c03a950
}

func TestHashAll(t *testing.T) {
	items := make([]string, 100)
	want := make([]string, len(items))
	for i := range items {
		items[i] = fmt.Sprint("item-", i)
		sum := sha256.Sum256([]byte(items[i]))
		want[i] = hex.EncodeToString(sum[:])
	}
	for _, limit := range []int{-3, 0, 1, 4, 1000} { // below 1: one at a time, not a hang
		if got := r2.HashAll(items, limit); !slices.Equal(got, want) {
			t.Errorf("HashAll(items, %d) differs from hashing one by one", limit)
		}
	}
}
