package stringsasbytes_test

import (
	"math"
	"strconv"
	"testing"
	"unicode/utf8"

	stringsasbytes "fieldguide.dev/examples/pitfalls/strings-as-bytes"
)

// region test

func TestInitialOfNonASCIINames(t *testing.T) {
	for _, tc := range []struct{ name, want string }{{"Ann", "A"}, {"Élodie", "É"}, {"Łukasz", "Ł"}, {"Ömer", "Ö"}} {
		if got := stringsasbytes.Initial(tc.name); got != tc.want {
			t.Errorf("Initial(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// endregion test

// Empty input, a four-byte character, and bytes that are not UTF-8: the
// result is always one whole, valid character or nothing.
func TestInitialEdgeCases(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"", ""},
		{"🙂 smile", "🙂"},
		{"\xffoops", "\uFFFD"},
		{"e\u0301lan", "e"}, // a combining accent is a rune of its own
	} {
		got := stringsasbytes.Initial(tc.name)
		if got != tc.want || !utf8.ValidString(got) {
			t.Errorf("Initial(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// Zero, negative numbers and the extremes of int are written as digits.
func TestLabelWritesDigits(t *testing.T) {
	for _, n := range []int{0, 7, 65, -1, math.MaxInt, math.MinInt} {
		if got, want := stringsasbytes.Label(n), "item-"+strconv.FormatInt(int64(n), 10); got != want {
			t.Errorf("Label(%d) = %q, want %q", n, got, want)
		}
	}
}
