//go:build bad

// Package bad shows the mistake: the pool keeps database/sql's defaults, no
// limit on open connections and two idle ones.
package bad

import (
	"database/sql"
	"database/sql/driver"
)

// region open

// Open returns a pool of connections made by c.
func Open(c driver.Connector) *sql.DB {
	return sql.OpenDB(c) // [!code highlight]
}

// endregion open
