//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/json-struct-tags/bad"
)

// region test-tags

func TestEncodeLeavesOutAnUnsetTime(t *testing.T) {
	got, err := bad.Encode(bad.Event{Name: "deploy"}) // [!code highlight]
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"name":"deploy"}`; string(got) != want {
		t.Errorf("Encode = %s, want %s", got, want)
	}
}

// endregion test-tags

// region test-decode

func TestDecodeRejectsAMisspeltField(t *testing.T) {
	_, err := bad.Decode([]byte(`{"name":"deploy","t":"2026-12-07T10:00:00Z"}`)) // [!code highlight]
	if err == nil {
		t.Error(`Decode accepted "t", which is no field of Event`)
	}
}

// endregion test-decode
