package timeequality_test

import (
	"testing"
	"time"

	timeequality "fieldguide.dev/examples/pitfalls/time-equality"
)

// Unchanged is a pure function of two values: no context, no shared state
// and no goroutines, so cancellation, concurrent callers and leaks cannot
// reach it.

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
		if !timeequality.Unchanged(now, tc.stored) {
			t.Errorf("%s: Unchanged = false for the same instant", tc.name)
		}
	}
}

// endregion test

// Different instants are never unchanged, down to one nanosecond, and the
// same instant in another time zone is.
func TestUnchangedComparesInstantsOnly(t *testing.T) {
	base := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	tokyo := time.FixedZone("JST", 9*60*60)
	for _, tc := range []struct {
		name    string
		current time.Time
		want    bool
	}{
		{"one nanosecond later", base.Add(time.Nanosecond), false},
		{"an hour earlier", base.Add(-time.Hour), false},
		{"the same instant in Tokyo", base.In(tokyo), true},
		{"the same wall clock in Tokyo", time.Date(2026, 12, 7, 12, 0, 0, 0, tokyo), false},
	} {
		if got := timeequality.Unchanged(base, tc.current); got != tc.want {
			t.Errorf("%s: Unchanged = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// The zero Time is unchanged only against another zero Time, whatever its
// location; a record never written is not the same as one written now.
func TestUnchangedWithZeroTimes(t *testing.T) {
	var zero time.Time
	if !timeequality.Unchanged(zero, zero.In(time.FixedZone("JST", 9*60*60))) {
		t.Error("Unchanged(zero, zero in Tokyo) = false, want true")
	}
	if timeequality.Unchanged(zero, time.Now()) {
		t.Error("Unchanged(zero, now) = true, want false")
	}
}

func mustParse(t *testing.T, s string) time.Time {
	t.Helper()
	parsed, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t.Fatal(err)
	}
	return parsed
}
