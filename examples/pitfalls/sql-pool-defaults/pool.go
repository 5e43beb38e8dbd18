// Package pool opens a database/sql pool sized to what the database allows
// this process.
package pool

import (
	"database/sql"
	"database/sql/driver"
	"time"
)

// region open

// The pool's limits. maxConns is this process's share of the server's
// connection limit: say max_connections of 100, less 20 kept for
// administration and migrations, shared by 8 replicas.
const (
	maxConns    = 10
	maxIdleTime = 4 * time.Minute  // close what a burst opened, before a proxy's idle timeout does
	maxLifetime = 30 * time.Minute // reconnect now and then, to follow load balancing and DNS
)

// Open returns a pool of connections made by c.
func Open(c driver.Connector) *sql.DB {
	db := sql.OpenDB(c)
	db.SetMaxOpenConns(maxConns)       // [!code highlight]
	db.SetMaxIdleConns(maxConns)       // [!code highlight]
	db.SetConnMaxIdleTime(maxIdleTime) // [!code highlight]
	db.SetConnMaxLifetime(maxLifetime) // [!code highlight]
	return db
}

// endregion open
