// Package checkout logs a costly description of a cart at debug level,
// computing it only when a handler is going to write it.
package checkout

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

// cartDetails defers describe until a handler resolves the value.
type cartDetails struct{ c *Cart }

func (d cartDetails) LogValue() slog.Value { return slog.StringValue(describe(d.c)) }

// Checkout logs the cart at debug level before charging for it.
func Checkout(ctx context.Context, logger *slog.Logger, c *Cart) error {
	logger.DebugContext(ctx, "checkout", "cart", cartDetails{c}) // [!code highlight]
	// ... charge for the cart ...
	return nil
}

// endregion log
