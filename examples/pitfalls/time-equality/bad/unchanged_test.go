//go:build bad

package bad_test

import (
	"testing"
	"time"

	"fieldguide.dev/examples/pitfalls/time-equality/bad"
)

// region test

func TestUnchangedForTheSameInstant(t *testing.T) {
	now := time.Now()
	for _, tc := range []struct {
		name   string
		stored time.Time
	}{
		{"the same value", now},
		{"in UTC", now.UTC()},
		{"without the monotonic reading", now.Round(0)},
		{"parsed from RFC 3339", mustParse(t, now.Format(time.RFC3339Nano))},
	} {
		if !bad.Unchanged(now, tc.stored) { // [!code highlight]
			t.Errorf("%s: Unchanged = false for the same instant", tc.name)
		}
	}
}

// endregion test

func mustParse(t *testing.T, s string) time.Time {
	t.Helper()
	parsed, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t.Fatal(err)
	}
	return parsed
}
