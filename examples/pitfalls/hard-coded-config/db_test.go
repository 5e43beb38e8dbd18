//go:build go1.17

package hardcodedconfig_test

import (
	"testing"

	hardcodedconfig "fieldguide.dev/examples/pitfalls/hard-coded-config"
)

// region test

// The same binary must run against a test database: the address comes from
// the environment, not from the code.
func TestDatabaseURLFromEnvironment(t *testing.T) {
	t.Setenv("DATABASE_URL", "postgres://localhost:5432/test")
	got, err := hardcodedconfig.DatabaseURL()
	if err != nil || got != "postgres://localhost:5432/test" {
		t.Errorf("DatabaseURL() = %q, %v; want the address from DATABASE_URL", got, err)
	}
}

// endregion test

// Unset, the address is an error at startup, never a built-in default that
// would send a test binary to the production database.
func TestDatabaseURLUnset(t *testing.T) {
	t.Setenv("DATABASE_URL", "")
	if got, err := hardcodedconfig.DatabaseURL(); err == nil {
		t.Errorf("DatabaseURL() with DATABASE_URL unset = %q, nil; want an error", got)
	}
}
