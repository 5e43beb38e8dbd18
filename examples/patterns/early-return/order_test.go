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
		{"negative", earlyreturn.Order{ID: "2", Items: []earlyreturn.Item{{SKU: "a", Price: 100, Quantity: 1}}, Discount: 200}, earlyreturn.ErrInvalidTotal, false},
		{"ok", earlyreturn.Order{ID: "3", Items: []earlyreturn.Item{{SKU: "a", Price: 100, Quantity: 2}}, Discount: 50}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			repo := &memRepo{saved: map[string]earlyreturn.Amounts{}}
			svc := &earlyreturn.OrderService{Repo: repo}
			err := svc.ProcessOrder(context.Background(), &tt.order)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if _, ok := repo.saved[tt.order.ID]; ok != tt.saved {
				t.Errorf("saved = %v, want %v", ok, tt.saved)
			}
		})
	}
}

// endregion proof
