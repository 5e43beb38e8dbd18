//go:build bad && go1.17

package hardcodedconfig_test

import (
	"testing"

	hardcodedconfig "fieldguide.dev/examples/pitfalls/hard-coded-config/bad"
)

// The same binary must run against a test database: the address comes from
// the environment, not from the code.
func TestDatabaseURLFromEnvironment(t *testing.T) {
	t.Setenv("DATABASE_URL", "postgres://localhost:5432/test")
	got, err := hardcodedconfig.DatabaseURL()
	if err != nil || got != "postgres://localhost:5432/test" {
		t.Errorf("DatabaseURL() = %q, %v; want the address from DATABASE_URL", got, err)
	}
}
