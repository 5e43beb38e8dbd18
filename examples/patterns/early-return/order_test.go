package earlyreturn_test

import (
	"context"
	"errors"
	"testing"

	earlyreturn "fieldguide.dev/examples/patterns/early-return"
)

type memRepo struct {
	saved map[string]earlyreturn.Amounts
}

func (m *memRepo) Save(_ context.Context, o *earlyreturn.Order, a earlyreturn.Amounts) error {
	m.saved[o.ID] = a
	return nil
}

// item is one line of an order, for the table below.
func item(price, quantity int64) []earlyreturn.Item {
	return []earlyreturn.Item{{SKU: "a", Price: price, Quantity: quantity}}
}

// region proof

// Each guard returns its own error, and only a valid order reaches Save.
func TestProcessOrder(t *testing.T) {
	tests := []struct {
		name    string
		order   earlyreturn.Order
		wantErr error
		saved   bool
	}{
		{"empty", earlyreturn.Order{ID: "1"}, earlyreturn.ErrEmptyOrder, false},
		{"zero quantity", earlyreturn.Order{ID: "2", Items: item(100, 0)}, earlyreturn.ErrInvalidItem, false},
		{"negative price", earlyreturn.Order{ID: "3", Items: item(-100, 1)}, earlyreturn.ErrInvalidItem, false},
		{"negative discount", earlyreturn.Order{ID: "4", Items: item(100, 1), Discount: -1000}, earlyreturn.ErrInvalidDiscount, false},
		{"negative total", earlyreturn.Order{ID: "5", Items: item(100, 1), Discount: 200}, earlyreturn.ErrInvalidTotal, false},
		{"overflow", earlyreturn.Order{ID: "6", Items: item(1<<62, 4)}, earlyreturn.ErrOverflow, false},
		{"ok", earlyreturn.Order{ID: "7", Items: item(100, 2), Discount: 50}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			repo := &memRepo{saved: map[string]earlyreturn.Amounts{}}
			svc := &earlyreturn.OrderService{Repo: repo}
			err := svc.ProcessOrder(t.Context(), &tt.order)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if _, ok := repo.saved[tt.order.ID]; ok != tt.saved {
				t.Errorf("saved = %v, want %v", ok, tt.saved)
			}
			if got := repo.saved["7"]; tt.saved && got != (earlyreturn.Amounts{Subtotal: 200, Total: 150}) {
				t.Errorf("saved amounts %+v, want subtotal 200 and total 150", got)
			}
		})
	}
}

// endregion proof

type failRepo struct{}

var errBoom = errors.New("database down")

func (failRepo) Save(context.Context, *earlyreturn.Order, earlyreturn.Amounts) error { return errBoom }

// A failed Save is the last exit: its error must come back, wrapped.
func TestProcessOrderReturnsSaveError(t *testing.T) {
	svc := &earlyreturn.OrderService{Repo: failRepo{}}
	err := svc.ProcessOrder(t.Context(), &earlyreturn.Order{ID: "8", Items: item(100, 1)})
	if !errors.Is(err, errBoom) {
		t.Errorf("err = %v, want the Save error", err)
	}
}
