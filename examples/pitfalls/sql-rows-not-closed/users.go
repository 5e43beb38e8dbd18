// Package users reads rows with database/sql, releasing the connection on
// every path and reporting a result set that failed partway.
package users

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

// ActiveUsers returns every active user, or an error: never a partial list
// with a nil error.
func ActiveUsers(ctx context.Context, db *sql.DB) ([]User, error) {
	rows, err := db.QueryContext(ctx, "SELECT id, name FROM users WHERE active")
	if err != nil {
		return nil, fmt.Errorf("query active users: %w", err)
	}
	defer rows.Close() // [!code highlight]

	var users []User
	for rows.Next() {
		var u User
		if err := rows.Scan(&u.ID, &u.Name); err != nil {
			return nil, fmt.Errorf("scan user: %w", err)
		}
		users = append(users, u)
	}
	if err := rows.Err(); err != nil { // [!code highlight]
		return nil, fmt.Errorf("read active users: %w", err)
	}
	return users, nil
}

// endregion users
