package comparableinterface_test

import (
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	comparableinterface "fieldguide.dev/examples/pitfalls/comparable-interface-panic"
)

func decode(t *testing.T, s string) []any {
	t.Helper()
	var values []any
	if err := json.Unmarshal([]byte(s), &values); err != nil {
		t.Fatal(err)
	}
	return values
}

// region test

func TestDistinctJSONWithArraysAndObjects(t *testing.T) {
	values := decode(t, `[1, "a", 1, [1, 2], {"k": true}, [1, 2]]`)
	got, err := comparableinterface.DistinctJSON(values)
	if err != nil {
		t.Fatal(err)
	}
	want := decode(t, `[1, "a", [1, 2], {"k": true}]`)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DistinctJSON = %v, want %v", got, want)
	}
}

// endregion test

func TestDistinctJSONComparesValuesNotSpelling(t *testing.T) {
	values := decode(t, `[{"a": 1, "b": 2}, {"b": 2, "a": 1}, 1, 1.0, 1e0, "1", "\u0041", "A", null, null, [], {},
		{"x": {"a": 1, "b": [1, {"c": 2, "d": 3}]}}, {"x": {"b": [1, {"d": 3, "c": 2}], "a": 1}}]`)
	got, err := comparableinterface.DistinctJSON(values)
	if err != nil {
		t.Fatal(err)
	}
	want := decode(t, `[{"a": 1, "b": 2}, 1, "1", "A", null, [], {}, {"x": {"a": 1, "b": [1, {"c": 2, "d": 3}]}}]`)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DistinctJSON = %v, want %v", got, want)
	}
}

func TestDistinctJSONOfNothing(t *testing.T) {
	for _, values := range [][]any{nil, {}} {
		got, err := comparableinterface.DistinctJSON(values)
		if err != nil || got != nil {
			t.Errorf("DistinctJSON(%#v) = %#v, %v; want nil, nil", values, got, err)
		}
	}
}

func TestDistinctJSONRejectsValuesJSONCannotEncode(t *testing.T) {
	// Callers may pass values that did not come from json.Unmarshal.
	for _, v := range []any{math.NaN(), func() {}, make(chan int)} {
		got, err := comparableinterface.DistinctJSON([]any{1, v})
		if err == nil || got != nil || !strings.HasPrefix(err.Error(), "value 1: ") {
			t.Errorf("DistinctJSON([1, %T]) = %v, %v; want nil and an error naming value 1", v, got, err)
		}
	}
}

func TestDistinctFuncKeepsTheFirst(t *testing.T) {
	got, err := comparableinterface.DistinctFunc([]string{"Go", "go", "GO", "Rust"},
		func(s string) (string, error) { return strings.ToLower(s), nil })
	if err != nil || !slices.Equal(got, []string{"Go", "Rust"}) {
		t.Errorf("DistinctFunc = %q, %v; want [Go Rust], nil", got, err)
	}
}

func TestDistinctFuncStopsAtTheFirstKeyError(t *testing.T) {
	errBad := errors.New("bad value")
	calls := 0
	got, err := comparableinterface.DistinctFunc([]int{1, 2, 3}, func(v int) (int, error) {
		calls++
		if v == 2 {
			return 0, errBad
		}
		return v, nil
	})
	if !errors.Is(err, errBad) || got != nil || calls != 2 {
		t.Errorf("DistinctFunc = %v, %v after %d calls; want nil, %v after 2", got, err, calls, errBad)
	}
}
