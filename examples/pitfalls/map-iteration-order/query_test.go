package mapiterationorder_test

import (
	"net/url"
	"testing"

	mapiterationorder "fieldguide.dev/examples/pitfalls/map-iteration-order"
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
		if got := mapiterationorder.CanonicalQuery(params); got != want {
			t.Fatalf("CanonicalQuery did not always return %q", want)
		}
	}
}

// endregion test

func TestCanonicalQueryEdgeCases(t *testing.T) {
	for _, tc := range []struct {
		name   string
		params map[string]string
		want   string
	}{
		{"nil", nil, ""},
		{"empty", map[string]string{}, ""},
		{"an empty value", map[string]string{"k": ""}, "k="},
		{"an empty key", map[string]string{"a": "1", "": "v"}, "=v&a=1"},
		{"upper case sorts first", map[string]string{"b": "1", "B": "2", "a": "3"}, "B=2&a=3&b=1"},
		{"separators are escaped", map[string]string{"q": "x y", "a&b": "c=d"}, "a%26b=c%3Dd&q=x+y"},
		{"byte order, not alphabetical", map[string]string{"é": "1", "z": "2", "e": "3", "Z": "4"}, "Z=4&e=3&z=2&%C3%A9=1"},
		{"sorted before escaping", map[string]string{"a+": "2", "a b": "1"}, "a+b=1&a%2B=2"},
		{"non-ASCII", map[string]string{"ключ": "é"}, "%D0%BA%D0%BB%D1%8E%D1%87=%C3%A9"},
	} {
		if got := mapiterationorder.CanonicalQuery(tc.params); got != tc.want {
			t.Errorf("%s: CanonicalQuery = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestCanonicalQueryRoundTrips(t *testing.T) {
	params := map[string]string{"a&b": "c=d", "q": "x y", "": "empty key", "ключ": "é"}
	parsed, err := url.ParseQuery(mapiterationorder.CanonicalQuery(params))
	if err != nil {
		t.Fatal(err)
	}
	if len(parsed) != len(params) {
		t.Fatalf("parsed %d keys, want %d", len(parsed), len(params))
	}
	for k, v := range params {
		if got := parsed.Get(k); got != v {
			t.Errorf("parsed[%q] = %q, want %q", k, got, v)
		}
	}
}

func TestCanonicalQueryMatchesURLValuesEncode(t *testing.T) {
	params := map[string]string{"b": "2", "a b": "1", "a+": "3", "é": "4", "": "5"}
	q := url.Values{}
	for k, v := range params {
		q.Set(k, v)
	}
	if got, want := mapiterationorder.CanonicalQuery(params), q.Encode(); got != want {
		t.Errorf("CanonicalQuery = %q, url.Values.Encode = %q", got, want)
	}
}

func TestCanonicalQueryUnderConcurrentCallers(t *testing.T) {
	params := map[string]string{"x": "1", "y": "2", "z": "3"}
	done := make(chan string)
	for range 8 {
		go func() { done <- mapiterationorder.CanonicalQuery(params) }()
	}
	for range 8 {
		if got := <-done; got != "x=1&y=2&z=3" {
			t.Errorf("CanonicalQuery = %q, want x=1&y=2&z=3", got)
		}
	}
}
