//go:build go1.22

package missingpreallocation_test

import (
	"slices"
	"testing"

	mp "fieldguide.dev/examples/pitfalls/missing-preallocation"
)

// region test

// Names runs once per request on lists of hundreds of users: it must
// allocate its result once.
func TestNamesAllocatesOnce(t *testing.T) {
	users := make([]mp.User, 500)
	for i := range users {
		users[i] = mp.User{ID: i, Name: "user"}
	}
	allocs := testing.AllocsPerRun(100, func() { mp.Names(users) })
	if allocs != 1 {
		t.Errorf("Names allocates %v times per call, want 1", allocs)
	}
}

// endregion test

func TestNames(t *testing.T) {
	users := []mp.User{{ID: 1, Name: "Ann"}, {ID: 2, Name: "Bob"}, {ID: 3, Name: "Cy"}}
	if got, want := mp.Names(users), []string{"Ann", "Bob", "Cy"}; !slices.Equal(got, want) {
		t.Errorf("Names = %q, want %q", got, want)
	}
	if got := mp.Names(nil); len(got) != 0 {
		t.Errorf("Names(nil) = %q, want no names", got)
	}
}
