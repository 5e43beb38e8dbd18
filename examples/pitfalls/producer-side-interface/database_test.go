package producersideinterface_test

import (
	"math"
	"testing"

	psi "fieldguide.dev/examples/pitfalls/producer-side-interface"
)

// IDs at both ends of int: a comparator written as a.ID - b.ID overflows
// and sorts them wrongly.
func TestListUsersOrdersExtremeIDs(t *testing.T) {
	db := psi.New()
	for _, id := range []int{math.MaxInt, -1, math.MinInt, 0} {
		if err := db.SaveUser(&psi.User{ID: id}); err != nil {
			t.Fatal(err)
		}
	}
	users, err := db.ListUsers()
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(users); i++ {
		if users[i-1].ID >= users[i].ID {
			t.Fatalf("not ordered by ID: %d before %d", users[i-1].ID, users[i].ID)
		}
	}
}
