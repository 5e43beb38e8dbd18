//go:build bad && go1.1

package bad

import (
	"fmt"
	"net/url"
	"os"
)

// region init

// db is set up when the package is imported, before main or any test runs.
var db *url.URL

func init() {
	dsn := os.Getenv("ORDERS_DATABASE_URL") // [!code highlight]
	if dsn == "" {
		panic("orders: ORDERS_DATABASE_URL is not set") // [!code highlight]
	}
	u, err := url.Parse(dsn)
	if err != nil {
		panic(err)
	}
	db = u // a real package would connect here
}

// endregion init

// Key returns the cache key of an order. It needs no database at all.
func Key(customer string, id int) string {
	return fmt.Sprintf("order:%s:%d", customer, id)
}

// DatabaseHost returns the host the package connects to.
func DatabaseHost() string { return db.Host }
