//go:build bad

// Package bad shows the mistake: the customer's name and the sort column are
// formatted into the SQL text.
package bad

import (
	"context"
	"database/sql"
	"fmt"
)

// Order is one row of the orders table.
type Order struct {
	ID         int64
	TotalCents int64
}

// region find

// FindOrders returns the orders of the named customer, sorted by sortBy.
func FindOrders(ctx context.Context, db *sql.DB, customer, sortBy string) ([]Order, error) {
	query := fmt.Sprintf("SELECT id, total_cents FROM orders WHERE customer = '%s' ORDER BY %s", customer, sortBy) // [!code highlight]
	rows, err := db.QueryContext(ctx, query)
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
