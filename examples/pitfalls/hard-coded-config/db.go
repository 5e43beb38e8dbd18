//go:build go1.1

// Package hardcodedconfig says where the service's database is.
package hardcodedconfig

import (
	"errors"
	"os"
)

// region dsn

// DatabaseURL returns the address of the service's database, taken from
// the DATABASE_URL environment variable, which the deployment sets (from a
// secret store for the password).
func DatabaseURL() (string, error) {
	url := os.Getenv("DATABASE_URL") // [!code highlight]
	if url == "" {
		return "", errors.New("DATABASE_URL is not set")
	}
	return url, nil
}

// endregion dsn
