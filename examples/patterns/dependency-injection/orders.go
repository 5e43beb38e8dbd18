//go:build go1.21

package dependencyinjection

import (
	"context"
	"fmt"
	"log/slog"
	"time"
)

// Order is a placed order.
type Order struct {
	Item     string
	Qty      int
	PlacedAt time.Time
}

// region service

// OrderSaver is what Orders needs from storage, declared where it is used.
type OrderSaver interface {
	SaveOrder(ctx context.Context, o Order) error
}

// Orders places orders. Everything it depends on, storage, logging and
// even the clock, is passed in; it creates none of it, so a test can
// replace each one.
type Orders struct {
	store  OrderSaver
	logger *slog.Logger
	now    func() time.Time
}

// NewOrders returns an Orders that saves to store, logs to logger and
// stamps orders with now (time.Now in production). None may be nil.
func NewOrders(store OrderSaver, logger *slog.Logger, now func() time.Time) *Orders { // [!code highlight]
	return &Orders{store: store, logger: logger, now: now}
}

// Place saves an order for qty of item and logs it.
func (o *Orders) Place(ctx context.Context, item string, qty int) (Order, error) {
	ord := Order{Item: item, Qty: qty, PlacedAt: o.now()}
	if err := o.store.SaveOrder(ctx, ord); err != nil {
		return Order{}, fmt.Errorf("place order for %s: %w", item, err)
	}
	o.logger.InfoContext(ctx, "order placed", "item", item, "qty", qty)
	return ord, nil
}

// endregion service
