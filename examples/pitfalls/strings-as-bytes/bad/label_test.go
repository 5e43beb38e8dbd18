//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/strings-as-bytes/bad"
)

// region test

func TestInitialOfNonASCIINames(t *testing.T) {
	for _, tc := range []struct{ name, want string }{{"Ann", "A"}, {"Élodie", "É"}, {"Łukasz", "Ł"}, {"Ömer", "Ö"}} {
		if got := bad.Initial(tc.name); got != tc.want { // [!code highlight]
			t.Errorf("Initial(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// endregion test
