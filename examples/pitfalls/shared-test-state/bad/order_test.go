//go:build bad

package bad_test

import (
	"errors"
	"testing"

	"fieldguide.dev/examples/pitfalls/shared-test-state/bad"
)

// fakeInventory holds stock in a map and takes reservations from it.
type fakeInventory struct{ stock map[string]int }

func (f *fakeInventory) Reserve(sku string, n int) error {
	if f.stock[sku] < n {
		return bad.ErrOutOfStock
	}
	f.stock[sku] -= n
	return nil
}

// region bad

func TestOrder(t *testing.T) {
	inv := &fakeInventory{stock: map[string]int{"apple": 5}} // BUG: one fake for every case // [!code highlight]
	tests := []struct {
		name    string
		n       int
		wantErr error
	}{
		{"order 3 of 5", 3, nil},
		{"order all 5", 5, nil}, // fails: the case before took 3
		{"order 6 of 5", 6, bad.ErrOutOfStock},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := bad.Order(inv, "apple", tt.n); !errors.Is(err, tt.wantErr) {
				t.Errorf("Order(%d) = %v, want %v", tt.n, err, tt.wantErr)
			}
		})
	}
}

// endregion bad
