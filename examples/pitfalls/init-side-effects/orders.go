//go:build go1.13

package initsideeffects

import (
	"errors"
	"fmt"
	"net/url"
)

// region explicit

// Config is what the orders store needs. The caller fills it, from the
// environment in main, from literals in tests.
type Config struct {
	DatabaseURL string
}

// ConfigFromEnv reads the configuration with getenv (os.Getenv in main),
// and returns an error instead of panicking when it is incomplete.
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	cfg := Config{DatabaseURL: getenv("ORDERS_DATABASE_URL")}
	if cfg.DatabaseURL == "" {
		return Config{}, errors.New("orders: ORDERS_DATABASE_URL is not set")
	}
	return cfg, nil
}

// Store is the orders store.
type Store struct {
	db *url.URL
}

// Open sets up a store when the caller asks for one, not on import.
func Open(cfg Config) (*Store, error) { // [!code highlight]
	if cfg.DatabaseURL == "" { // a Config literal in a test skips ConfigFromEnv
		return nil, errors.New("orders: no database URL")
	}
	u, err := url.Parse(cfg.DatabaseURL)
	if err != nil {
		return nil, fmt.Errorf("orders: database URL: %w", err)
	}
	return &Store{db: u}, nil // a real package would connect here
}

// endregion explicit

// Key returns the cache key of an order. It needs no database at all.
func Key(customer string, id int) string {
	return fmt.Sprintf("order:%s:%d", customer, id)
}

// DatabaseHost returns the host the store connects to.
func (s *Store) DatabaseHost() string { return s.db.Host }
