//go:build bad && go1.1

// Package hardcodedconfig says where the service's database is.
package hardcodedconfig

// region dsn

// DatabaseURL returns the address of the service's database.
func DatabaseURL() (string, error) {
	return "postgres://app:s3cret@db.prod.internal:5432/app", nil // [!code highlight]
}

// endregion dsn
