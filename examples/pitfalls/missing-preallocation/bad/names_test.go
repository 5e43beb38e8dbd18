//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/missing-preallocation/bad"
)

// region test

// Names runs once per request on lists of hundreds of users: it must
// allocate its result once.
func TestNamesAllocatesOnce(t *testing.T) {
	users := make([]bad.User, 500)
	for i := range users {
		users[i] = bad.User{ID: i, Name: "user"}
	}
	allocs := testing.AllocsPerRun(100, func() { bad.Names(users) })
	if allocs != 1 {
		t.Errorf("Names allocates %v times per call, want 1", allocs)
	}
}

// endregion test
