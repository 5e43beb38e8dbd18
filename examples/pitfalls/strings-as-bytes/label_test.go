package stringsasbytes_test

import (
	"math"
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

// Label and Initial are pure functions of their argument: no context, no
// shared state and no goroutines, so cancellation, concurrent callers and
// leaks cannot reach them.

// Empty input, a four-byte character, bytes that are not UTF-8, and
// characters written as several runes: the result is always one whole,
// valid rune or nothing.
func TestInitialEdgeCases(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"", ""},
		{"🙂 smile", "🙂"},
		{"\xffoops", "\uFFFD"},
		{"e\u0301lan", "e"},                    // a combining accent is a rune of its own
		{"\U0001F1EB\U0001F1F7", "\U0001F1EB"}, // a flag is two regional indicator runes
	} {
		got := stringsasbytes.Initial(tc.name)
		if got != tc.want || !utf8.ValidString(got) {
			t.Errorf("Initial(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// Zero, negative numbers and the extremes of a 64-bit int are written as
// digits (on a 32-bit platform, the extremes that do not fit are skipped).
func TestLabelWritesDigits(t *testing.T) {
	for _, tc := range []struct {
		n    int64
		want string
	}{
		{0, "item-0"},
		{7, "item-7"},
		{65, "item-65"},
		{-1, "item--1"},
		{math.MaxInt64, "item-9223372036854775807"},
		{math.MinInt64, "item--9223372036854775808"},
	} {
		if int64(int(tc.n)) != tc.n {
			continue
		}
		if got := stringsasbytes.Label(int(tc.n)); got != tc.want {
			t.Errorf("Label(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}
