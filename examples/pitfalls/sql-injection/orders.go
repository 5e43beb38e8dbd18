// Package orders searches orders with the customer's name passed to the
// driver as an argument and the sort order chosen from a fixed list.
package orders

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Order is one row of the orders table.
type Order struct {
	ID         int64
	TotalCents int64
}

// ErrUnknownSort is returned for a sort key that is not in orderBy.
var ErrUnknownSort = errors.New("unknown sort key")

// region find

// orderBy maps the sort keys the API accepts to ORDER BY clauses. Column
// names and directions cannot be query arguments, so they come from this
// list, never from the request; id breaks ties so pages are stable.
var orderBy = map[string]string{
	"":       "created_at, id",
	"date":   "created_at, id",
	"-date":  "created_at DESC, id DESC",
	"total":  "total_cents, id",
	"-total": "total_cents DESC, id DESC",
}

// FindOrders returns the orders of the named customer, sorted by sortBy.
func FindOrders(ctx context.Context, db *sql.DB, customer, sortBy string) ([]Order, error) {
	order, ok := orderBy[sortBy] // [!code highlight]
	if !ok {
		return nil, fmt.Errorf("sort by %q: %w", sortBy, ErrUnknownSort)
	}
	query := "SELECT id, total_cents FROM orders WHERE customer = ? ORDER BY " + order
	rows, err := db.QueryContext(ctx, query, customer) // [!code highlight]
	if err != nil {
		return nil, fmt.Errorf("find orders: %w", err)
	}
	defer rows.Close()

	var orders []Order
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.TotalCents); err != nil {
			return nil, fmt.Errorf("scan order: %w", err)
		}
		orders = append(orders, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read orders: %w", err)
	}
	return orders, nil
}

// endregion find
