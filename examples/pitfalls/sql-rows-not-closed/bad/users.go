//go:build bad

// Package bad shows the mistake: the connection is kept after a failed Scan,
// and a result set that fails partway looks like one that ended.
package bad

import (
	"context"
	"database/sql"
	"fmt"
)

// User is one row of the users table.
type User struct {
	ID   int64
	Name string
}

// region users

// ActiveUsers returns every active user.
func ActiveUsers(ctx context.Context, db *sql.DB) ([]User, error) {
	rows, err := db.QueryContext(ctx, "SELECT id, name FROM users WHERE active")
	if err != nil {
		return nil, fmt.Errorf("query active users: %w", err)
	}

	var users []User
	for rows.Next() {
		var u User
		if err := rows.Scan(&u.ID, &u.Name); err != nil {
			return nil, fmt.Errorf("scan user: %w", err) // [!code highlight]
		}
		users = append(users, u)
	}
	return users, nil // [!code highlight]
}

// endregion users
