//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/panic-for-errors/bad"
)

// Bad input should be reported, not crash the program.
func TestParsePortRejectsBadInput(t *testing.T) {
	for _, in := range []string{"http", "0", "70000"} {
		_ = bad.ParsePort(in) // there is no error to check
	}
}
