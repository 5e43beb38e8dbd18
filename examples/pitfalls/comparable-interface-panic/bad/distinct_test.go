//go:build bad

package bad_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"fieldguide.dev/examples/pitfalls/comparable-interface-panic/bad"
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
	got := bad.DistinctJSON(values) // [!code highlight]
	want := decode(t, `[1, "a", [1, 2], {"k": true}]`)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DistinctJSON = %v, want %v", got, want)
	}
}

// endregion test
