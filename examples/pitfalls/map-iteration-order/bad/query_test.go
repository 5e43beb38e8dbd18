//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/map-iteration-order/bad"
)

// region test

func TestCanonicalQueryIsTheSameEveryTime(t *testing.T) {
	params := map[string]string{
		"a": "1", "b": "2", "c": "3", "d": "4",
		"e": "5", "f": "6", "g": "7", "h": "8",
	}
	want := "a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8"
	// One call comes out in order about one time in eight; twenty in a row,
	// about once in 10^18.
	for range 20 {
		if got := bad.CanonicalQuery(params); got != want { // [!code highlight]
			t.Fatalf("CanonicalQuery did not always return %q", want)
		}
	}
}

// endregion test
