//go:build go1.22

package sharedteststate_test

import (
	"errors"
	"testing"

	sts "fieldguide.dev/examples/pitfalls/shared-test-state"
)

// fakeInventory holds stock in a map and takes reservations from it.
type fakeInventory struct{ stock map[string]int }

func (f *fakeInventory) Reserve(sku string, n int) error {
	if f.stock[sku] < n {
		return sts.ErrOutOfStock
	}
	f.stock[sku] -= n
	return nil
}

// region good

func TestOrder(t *testing.T) {
	tests := []struct {
		name    string
		stock   int // the starting stock of this case
		n       int
		wantErr error
	}{
		{"order 3 of 5", 5, 3, nil},
		{"order all 5", 5, 5, nil},
		{"order 6 of 5", 5, 6, sts.ErrOutOfStock},
		{"order 1 of 0", 0, 1, sts.ErrOutOfStock},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			inv := &fakeInventory{stock: map[string]int{"apple": tt.stock}} // a fresh fake per case // [!code highlight]
			if err := sts.Order(inv, "apple", tt.n); !errors.Is(err, tt.wantErr) {
				t.Errorf("Order(%d) = %v, want %v", tt.n, err, tt.wantErr)
			}
		})
	}
}

// endregion good
