//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/naked-returns/bad"
)

// region errors-zero-test

// On every error, the size must be 0: a caller that logs the error and
// goes on must not get a negative or wrapped-around number with it.
func TestParseSizeErrorsReturnZero(t *testing.T) {
	for _, in := range []string{"-1K", "x", "99999999999999999999", "8796093022208M"} {
		if n, err := bad.ParseSize(in); n != 0 || err == nil {
			t.Errorf("ParseSize(%q) = %d, %v; want 0 and an error", in, n, err)
		}
	}
}

// endregion errors-zero-test
