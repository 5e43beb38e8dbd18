//go:build go1.1

// Package missingpreallocation allocates its result slice once, with the
// known final length.
package missingpreallocation

// User is a record with a name.
type User struct {
	ID   int
	Name string
}

// region good

// Names returns the name of every user.
func Names(users []User) []string {
	names := make([]string, 0, len(users)) // one allocation // [!code highlight]
	for _, u := range users {
		names = append(names, u.Name)
	}
	return names
}

// endregion good
