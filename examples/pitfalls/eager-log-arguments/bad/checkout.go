//go:build bad

// Package bad shows the mistake: the description is computed on every call,
// and thrown away whenever debug logging is off.
package bad

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
)

// Item is one line of a cart.
type Item struct {
	SKU   string
	Qty   int
	Cents int64
}

// Cart is what a customer is buying.
type Cart struct{ Items []Item }

// describe formats every item: cheap for one cart, not for every request.
func describe(c *Cart) string {
	if c == nil {
		return "no cart"
	}
	var b strings.Builder
	for _, it := range c.Items {
		fmt.Fprintf(&b, "%s×%d@%d ", it.SKU, it.Qty, it.Cents)
	}
	return b.String()
}

// region log

// Checkout logs the cart at debug level before charging for it.
func Checkout(ctx context.Context, logger *slog.Logger, c *Cart) error {
	logger.DebugContext(ctx, "checkout", "cart", describe(c)) // [!code highlight]
	// ... charge for the cart ...
	return nil
}

// endregion log
